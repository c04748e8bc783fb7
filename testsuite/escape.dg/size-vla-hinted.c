/* A check written with a branch hint (the likely ()/unlikely () idiom)
   bounds a VLA or an alloca like a plain one.  GCC keeps the
   __builtin_expect call until late, and the ranger does not see through
   it.  */
/* { dg-do compile } */

#include <alloca.h>

#define likely(x) __builtin_expect (!!(x), 1)
#define unlikely(x) __builtin_expect (!!(x), 0)

extern void use (void *);

void
early_return (unsigned n)
{
  if (unlikely (n > 512))
    return;
  char b[n];		/* { dg-bogus "escape:vla" } */
  use (b);
}

void
guarded_block (int n)
{
  if (likely (n <= 512))
    {
      char b[n];	/* { dg-bogus "escape:vla" } */
      use (b);
    }
}

void
hinted_alloca (unsigned long n)
{
  if (__builtin_expect (n >= 4096, 0))
    return;
  use (alloca (n));	/* { dg-bogus "escape:vla" } */
}

/* The hint's other branch bounds nothing.  */
void
wrong_branch (unsigned n)
{
  if (likely (n > 512))
    {
      char b[n];	/* { dg-warning "variable-length array 'b' has a size unknown at compile time and not bounded by any check \\\[escape:vla\\\]" } */
      use (b);
    }
}

/* Over the limit, the bound is named.  */
void
large_bound (unsigned n)
{
  if (unlikely (n > 100000))
    return;
  char b[n];		/* { dg-warning "variable-length array 'b' may be up to 100000 bytes, more than the stack limit of 65536 bytes \\\[escape:vla\\\]" } */
  use (b);
}
