/* Which same-file bodies speak for their callers: an alias of a function
   is the function; a weak definition is a default another object may
   replace at link time, so a call to it is a call to code the analysis
   cannot see.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-report" } */

int *g;

void
real_store (int *p)		/* { dg-message "leaking param: 'p'" } */
{
  g = p;
}

void alias_store (int *p) __attribute__ ((alias ("real_store")));

void
through_alias (void)
{
  int x;			/* { dg-message "'x' escapes" } */
  alias_store (&x);		/* { dg-warning "address of local 'x' escapes: passed to 'alias_store', which stores it where it outlives the call \\\[escape:store\\\]" } */
}

__attribute__ ((weak)) void
weak_read (int *p)		/* { dg-message "'p' does not escape" } */
{
  (void) *p;
}

void
through_weak (void)
{
  int y;			/* { dg-message "'y' may escape: passed to 'weak_read', a weak definition that another object may replace" } */
  weak_read (&y);
}
