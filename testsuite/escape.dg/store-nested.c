/* GNU C nested functions that use the enclosing function's locals: Go's
   closure rule.  Their address points into the parent's frame.  */
/* { dg-do compile } */

static int (*saved_counter) (void);
void run (int (*f) (void));

void
escapes_to_global (void)
{
  int count = 0;
  int next (void) { return ++count; }	/* { dg-message "'next' declared here" } */
  saved_counter = next;	/* { dg-warning "address of nested function 'next', which uses the locals of 'escapes_to_global', escapes: stored into global 'saved_counter' \\\[escape:store\\\]" } */
}

int (*returned (void)) (void)
{
  int count = 0;
  int next (void) { return ++count; }
  return next;		/* { dg-warning "address of nested function 'next', which uses the locals of 'returned', escapes: returned from 'returned' \\\[escape:return\\\]" } */
}

void
used_locally (void)
{
  int count = 0;
  int next (void) { return ++count; }
  int (*f) (void) = next;
  f ();			/* { dg-bogus "escape:" } */
}

void
uses_no_locals (void)
{
  int next (void) { return 1; }
  saved_counter = next;	/* { dg-bogus "escape:" "no frame, no trampoline" } */
}
