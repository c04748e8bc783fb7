/* escape:return for the plainest forms, which the C front end rewrites into
   "return (&x, 0)" before GIMPLE: caught on GENERIC.  */
/* { dg-do compile } */
/* { dg-options "-Wno-return-local-addr" } */

struct pair { int a, b; };

int *
local_address (void)
{
  int x = 1;		/* { dg-message "'x' declared here" } */
  return &x;		/* { dg-warning "address of local 'x' escapes: returned from 'local_address' \\\[escape:return\\\]" } */
}

int *
parameter_address (int v)
{
  return &v;		/* { dg-warning "address of parameter 'v' escapes: returned from 'parameter_address' \\\[escape:return\\\]" } */
}

char *
array_decay (void)
{
  char buf[32];
  buf[0] = 0;
  return buf;		/* { dg-warning "address of local 'buf' escapes: returned from 'array_decay'" } */
}

int *
element_address (int i)
{
  int arr[8] = { 0 };
  return &arr[i];	/* { dg-warning "address of local 'arr' escapes" } */
}

char *
pointer_arithmetic (void)
{
  char buf[16];
  buf[3] = 0;
  return buf + 3;	/* { dg-warning "address of local 'buf' escapes" } */
}

int *
field_address (void)
{
  struct pair p = { 1, 2 };
  return &p.b;		/* { dg-warning "address of local 'p' escapes" } */
}

void *
cast_address (void)
{
  long x = 0;
  return (void *) &x;	/* { dg-warning "address of local 'x' escapes" } */
}
