/* A store that every path to the exit overwrites with a value that is not
   the frame's leaves no dangling pointer: not a finding.  */
/* { dg-do compile } */

struct ctx { int depth; };
struct ctx *current;
struct jmp { struct jmp *previous; int status; };
struct state { struct jmp *error_jmp; };

void run (void);

void
reset_to_null (void)
{
  struct ctx ctx = { 0 };
  current = &ctx;	/* { dg-bogus "escape:" } */
  run ();
  current = 0;
}

void
restore_saved (void)
{
  struct ctx ctx = { 0 };
  struct ctx *saved = current;
  current = &ctx;	/* { dg-bogus "escape:" } */
  run ();
  current = saved;
}

void
restore_through_param (struct state *L)
{
  struct jmp lj;
  lj.status = 0;
  lj.previous = L->error_jmp;
  L->error_jmp = &lj;	/* { dg-bogus "escape:" } */
  run ();
  L->error_jmp = lj.previous;
}

/* Reset on one path only: the other path leaves it dangling.  */
void
reset_sometimes (int c)
{
  struct ctx ctx = { 0 };
  current = &ctx;	/* { dg-warning "address of local 'ctx' escapes: stored into global 'current' \\\[escape:store\\\]" } */
  run ();
  if (c)
    current = 0;
}

/* Reset before the store: too early.  */
void
reset_before (void)
{
  struct ctx ctx = { 0 };
  current = 0;
  current = &ctx;	/* { dg-warning "address of local 'ctx' escapes" } */
  run ();
}
