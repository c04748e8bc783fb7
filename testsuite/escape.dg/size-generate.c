/* The seeds' generate8192 / generate8193 / generate(n) and testSlice, in
   C.  Go keeps make([]int, 8192) (64 KiB) on the stack and moves 8193 and n
   to the heap; so does the plugin's limit.  */
/* { dg-do compile } */

#include <stdlib.h>

void sink (void *);

void
generate8192 (void)
{
  long nums[8192];	/* { dg-bogus "escape:" } */
  for (int i = 0; i < 8192; i++)
    nums[i] = rand ();
  sink (nums);
}

void
generate8193 (void)
{
  long nums[8193];	/* { dg-warning "'nums' is 65544 bytes, more than the stack limit of 65536 bytes \\\[escape:oversize\\\]" } */
  for (int i = 0; i < 8193; i++)
    nums[i] = rand ();
  sink (nums);
}

void
generate (int n)
{
  long nums[n];		/* { dg-warning "variable-length array 'nums' has a size unknown at compile time and not bounded by any check \\\[escape:vla\\\]" } */
  for (int i = 0; i < n; i++)
    nums[i] = rand ();
  sink (nums);
}

void
testSlice (void)
{
  long s[10000];	/* { dg-warning "'s' is 80000 bytes" } */
  for (int i = 0; i < 10000; i++)
    s[i] = i;
  sink (s);
}
