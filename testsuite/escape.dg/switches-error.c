/* error=RULES makes those findings errors; the others stay warnings.  */
/* { dg-do compile } */
/* { dg-options "-Wno-return-local-addr -fplugin-arg-escape-error=escape:store" } */

int *saved;

void
stored (void)
{
  int x = 0;
  saved = &x;		/* { dg-error "address of local 'x' escapes: stored into global 'saved' \\\[escape:store\\\]" } */
}

int *
returned (void)
{
  int y = 0;
  int *p = &y;
  return p;		/* { dg-warning "address of local 'y' escapes: returned from 'returned' \\\[escape:return\\\]" } */
}
