/* enable= keeps only the rules it names.  */
/* { dg-do compile } */
/* { dg-options "-Wno-return-local-addr -fplugin-arg-escape-enable=store,return" } */

int *
loud (void)
{
  int x = 0;
  int *p = &x;
  return p;		/* { dg-warning "escape:return" } */
}
