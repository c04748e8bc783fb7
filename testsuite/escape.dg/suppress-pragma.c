/* #pragma escape ignore silences one finding at its site: the next line,
   or a push/pop region.  The plugin defines __GCC_ESCAPE__ so that code
   built without it can hide the pragma.  */
/* { dg-do compile } */
/* { dg-options "-Wno-return-local-addr" } */

#ifndef __GCC_ESCAPE__
#error "the plugin defines __GCC_ESCAPE__"
#endif

struct ctx { int depth; };
struct ctx *current;
void use (void *);

void
next_line_only (void)
{
  struct ctx a = { 0 }, b = { 1 };
#pragma escape ignore "escape:store"
  current = &a;		/* { dg-bogus "escape:" } */
  current = &b;		/* { dg-warning "address of local 'b' escapes: stored into global 'current' \\\[escape:store\\\]" } */
}

void
other_rule_still_reported (void)
{
  struct ctx a = { 0 };
#pragma escape ignore "vla"
  current = &a;		/* { dg-warning "escape:store" } */
}

void
short_name_and_all_rules (void)
{
  struct ctx a = { 0 };
#pragma escape ignore store
  current = &a;		/* { dg-bogus "escape:" } */
#pragma escape ignore
  char big[70000];	/* { dg-bogus "escape:" } */
  use (big);
}

#pragma escape push
#pragma escape ignore "oversize"
void
in_region (void)
{
  char big1[70000];	/* { dg-bogus "escape:" } */
  char big2[70000];	/* { dg-bogus "escape:" } */
  use (big1);
  use (big2);
}
#pragma escape pop

void
after_region (void)
{
  char big[70000];	/* { dg-warning "'big' is 70000 bytes" } */
  use (big);
}

/* The ignore reaches the next line of code: the #endif of the guard, a
   blank line and a comment are passed over; one line of code is not.  */
static int *exit_code;

int
guarded_ignore (void)
{
  int code = 0;
#ifdef __GCC_ESCAPE__
#pragma escape ignore "escape:store"
#endif

  /* The exit path reads it.  */
  exit_code = &code;	/* { dg-bogus "escape:" "the next line of code" } */
  return code;
}

void
ignore_deref_line (int **out)
{
  int a = 0, b = 0;
#pragma escape ignore "escape:store"
  *out = &a;		/* { dg-bogus "escape:" "a line of code starting with '*'" } */
  *out = &b;		/* { dg-warning "address of local 'b' escapes" } */
}

int
ignore_used_up (void)
{
  int code = 0, other = 0;
#pragma escape ignore "escape:store"
  exit_code = &other;	/* { dg-bogus "escape:" "the next line of code" } */
  exit_code = &code;	/* { dg-warning "address of local 'code' escapes" } */
  return code;
}

#pragma escape ignore "nosuchrule"	/* { dg-warning "unknown rule 'nosuchrule'" } */

/* A misspelt rule silences nothing: the typo must not hide findings.  */
void
misspelt_rule (void)
{
  struct ctx a = { 0 };
#pragma escape ignore "escape:stroe"	/* { dg-warning "unknown rule 'escape:stroe'" } */
  current = &a;		/* { dg-warning "address of local 'a' escapes: stored into global 'current'" } */
}

/* Several rules in one pragma: strings separated by commas (adjacent
   strings would be joined into one), or names.  */
void
two_rules (int n)
{
  struct ctx a = { 0 };
#pragma escape ignore "store", "vla"
  current = &a;		/* { dg-bogus "escape:" } */
#pragma escape ignore vla store
  char v[n];		/* { dg-bogus "escape:" } */
  use (v);
}

#pragma escape push extra	/* { dg-warning "junk at end of '#pragma escape push'" } */
#pragma escape pop now	/* { dg-warning "junk at end of '#pragma escape pop'" } */
