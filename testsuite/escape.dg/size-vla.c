/* escape:vla: a run-time size is fine only when provably at most
   max-stack, and the proof must hold at -O0 as at -O2.  */
/* { dg-do compile } */

#include <alloca.h>

#define MIN(a, b) ((a) < (b) ? (a) : (b))

int use (void *);

int
unbounded (int n)
{
  int a[n];		/* { dg-warning "variable-length array 'a' has a size unknown at compile time" } */
  return use (a);
}

int
by_type (unsigned char n)
{
  int a[n];		/* { dg-bogus "escape:" } */
  return use (a);
}

int
by_check (int n)
{
  if (n > 64)
    return -1;
  int a[n];		/* { dg-bogus "escape:" } */
  return use (a);
}

int
by_clamp (int n)
{
  int m = MIN (n, 256);
  char a[m];		/* { dg-bogus "escape:" } */
  return use (a);
}

int
by_loop_bound (void)
{
  int s = 0;
  for (int i = 1; i < 100; i++)
    {
      char a[i];	/* { dg-bogus "escape:" } */
      s += use (a);
    }
  return s;
}

int
bound_too_large (int n)
{
  if (n > 100000)
    return -1;
  int a[n];		/* { dg-warning "variable-length array 'a' may be up to 400000 bytes, more than the stack limit of 65536 bytes \\\[escape:vla\\\]" } */
  return use (a);
}

int
alloca_unbounded (unsigned long n)
{
  return use (alloca (n));	/* { dg-warning "'alloca' has a size unknown at compile time" } */
}

/* alloca is <alloca.h>'s macro: the statement is placed in the system
   header, where GCC drops warnings; ours go where the user wrote it.  */
int
alloca_declared (unsigned long n)
{
  char *p = alloca (n);	/* { dg-warning "'alloca' has a size unknown at compile time and not bounded by any check \\\[escape:vla\\\]" } */
  return use (p);
}

int
alloca_bounded (unsigned short n)
{
  return use (__builtin_alloca (n));	/* { dg-bogus "escape:" } */
}

int
alloca_in_loop (int k)
{
  int s = 0;
  for (int i = 0; i < k; i++)
    s += use (alloca (16));	/* { dg-warning "'alloca' inside a loop grows the stack on every iteration \\\[escape:vla\\\]" } */
  return s;
}

int
vla_in_loop (int k)
{
  int s = 0;
  for (int i = 0; i < k; i++)
    {
      char a[16 + (i & 15)];	/* { dg-bogus "escape:" "released every iteration" } */
      s += use (a);
    }
  return s;
}
