/* escape:return on some paths only: phis and ?: say "may".  */
/* { dg-do compile } */
/* { dg-options "-Wno-return-local-addr" } */

int *
either (int c)
{
  int x = 1, y = 2;
  int *p = c ? &x : &y;
  return p;		/* { dg-warning "address of local 'x' may escape: returned from 'either'" } */
			/* { dg-warning "address of local 'y' may escape: returned from 'either'" "" { target *-*-* } .-1 } */
}

int *
sometimes (int c, int *fallback)
{
  int local = 0;
  int *p = fallback;
  if (c)
    p = &local;
  return p;		/* { dg-warning "address of local 'local' may escape: returned from 'sometimes'" } */
}

char *
or_null (int c)
{
  char buf[8];
  buf[0] = 0;
  return c ? buf : 0;	/* { dg-warning "address of local 'buf' may escape" } */
}

int *
early_return (int c)
{
  int x = 0;
  if (c)
    return &x;		/* { dg-warning "address of local 'x' may escape" } */
  return 0;
}
