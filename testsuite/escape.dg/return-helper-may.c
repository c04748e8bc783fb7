/* "may" through a same-file helper: one that may return NULL instead of
   its argument makes the returned local "may" escape, as a direct
   "c ? &x : 0" does; one that always returns it makes it escape.  The
   report says it the way the warning does.  */
/* { dg-do compile } */
/* { dg-options "-Wno-return-local-addr -fplugin-arg-escape-report" } */

static int *
maybe (int *a, int c)		/* { dg-message "leaking param: 'a' to result" } */
{
  return c ? a : 0;
}

static int *
always (int *a)			/* { dg-message "leaking param: 'a' to result" } */
{
  return a;
}

int *
via_maybe (int c)
{
  int y;			/* { dg-message "'y' may escape: returned from 'via_maybe'" } */
  return maybe (&y, c);		/* { dg-warning "address of local 'y' may escape: returned from 'via_maybe'" } */
}

int *
via_always (void)
{
  int z;			/* { dg-message "'z' escapes: returned from 'via_always'" } */
  return always (&z);		/* { dg-warning "address of local 'z' escapes: returned from 'via_always'" } */
}
