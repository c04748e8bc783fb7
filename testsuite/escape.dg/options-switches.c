/* disable= and enable= turn rules off and on; the short and the long
   names both work.  */
/* { dg-do compile } */
/* { dg-options "-Wno-return-local-addr -fplugin-arg-escape-disable=escape:return" } */

int *
quiet (void)
{
  int x = 0;
  int *p = &x;
  return p;		/* { dg-bogus "escape:return" } */
}
