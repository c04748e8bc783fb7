/* An extern inline body (C99 "inline", gnu_inline) is kept only for
   inlining when optimising and is gone at -O0: the call is to a function
   defined elsewhere at every level, "may escape" (a note), the same
   finding from -O0 to -O3.  */
/* { dg-do compile } */
/* { dg-options "-std=gnu99 -fplugin-arg-escape-report" } */

struct ctx { int depth; };
extern struct ctx *current;

inline void
set_current (struct ctx *c)
{
  current = c;
}

extern inline __attribute__ ((gnu_inline)) void
set_current_gnu (struct ctx *c)
{
  current = c;
}

int
with_ctx (int d)
{
  struct ctx c = { d };	/* { dg-message "'c' may escape: passed to unknown function 'set_current'" } */
  set_current (&c);	/* { dg-bogus "escape:" "the same at every level" } */
  return c.depth;
}

int
with_ctx_gnu (int d)
{
  struct ctx c = { d };	/* { dg-message "'c' may escape: passed to unknown function 'set_current_gnu'" } */
  set_current_gnu (&c);	/* { dg-bogus "escape:" "the same at every level" } */
  return c.depth;
}
