/* escape:return through copies, casts, uintptr_t round trips and pointer
   arithmetic: forms the front end does not see.  */
/* { dg-do compile } */
/* { dg-options "-Wno-return-local-addr" } */

#include <stdint.h>

int *
through_copy (void)
{
  int x = 0;
  int *p = &x;		/* { dg-message "address of 'x' taken here" } */
  int *q = p;
  return q;		/* { dg-warning "address of local 'x' escapes: returned from 'through_copy' \\\[escape:return\\\]" } */
}

char *
through_cast (void)
{
  double d = 0;
  void *v = &d;
  return (char *) v;	/* { dg-warning "address of local 'd' escapes" } */
}

char *
through_uintptr (void)
{
  char buf[16];
  buf[0] = 0;
  uintptr_t u = (uintptr_t) buf;
  u += 4;
  return (char *) u;	/* { dg-warning "address of local 'buf' escapes" } */
}

char *
through_masked_uintptr (void)
{
  char buf[64];
  buf[0] = 0;
  uintptr_t u = ((uintptr_t) buf + 15) & ~(uintptr_t) 15;
  return (char *) u;	/* { dg-warning "address of local 'buf' escapes" } */
}

int *
through_arithmetic (int i)
{
  int arr[10];
  arr[0] = 0;
  int *p = arr;
  p += i;
  return p - 1;		/* { dg-warning "address of local 'arr' escapes" } */
}

int *
through_loop (int n)
{
  int arr[10];
  int *p = arr;
  for (int i = 0; i < n && i < 9; i++)
    *p++ = i;
  return p;		/* { dg-warning "address of local 'arr' escapes" } */
}
