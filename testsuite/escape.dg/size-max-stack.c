/* -fplugin-arg-escape-max-stack moves the limit; K and M suffixes.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-max-stack=4K" } */

int use (void *);

int
at_limit (void)
{
  char a[4096];		/* { dg-bogus "escape:" } */
  return use (a);
}

int
over_limit (void)
{
  char a[4097];		/* { dg-warning "'a' is 4097 bytes, more than the stack limit of 4096 bytes \\\[escape:oversize\\\]" } */
  return use (a);
}

int
bounded_over (int n)
{
  if (n > 5000)
    return 0;
  char a[n];		/* { dg-warning "may be up to 5000 bytes, more than the stack limit of 4096 bytes" } */
  return use (a);
}
