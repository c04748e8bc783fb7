/* escape:return of VLA and alloca memory.  */
/* { dg-do compile } */
/* { dg-options "-Wno-return-local-addr -Wno-vla -fplugin-arg-escape-disable=vla" } */

#include <alloca.h>

char *
vla (int n)
{
  char a[n];		/* { dg-message "'a' declared here" } */
  a[0] = 0;
  char *r = a;
  return r;		/* { dg-warning "address of variable-length array 'a' escapes: returned from 'vla' \\\[escape:return\\\]" } */
}

char *
with_alloca (unsigned n)
{
  char *p = alloca (n);
  p[0] = 0;
  return p;		/* { dg-warning "address of 'alloca' memory escapes: returned from 'with_alloca'" } */
}

char *
builtin_alloca (void)
{
  char *p = __builtin_alloca (16);
  p[0] = 0;
  return p + 1;		/* { dg-warning "address of 'alloca' memory escapes" } */
}
