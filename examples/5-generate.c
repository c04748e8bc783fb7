/* The seeds' generate8192 / generate8193 / generate(n): Go keeps 8192 ints
   (64 KiB) on the stack, moves 8193 to the heap, and moves n ints to the
   heap because their size is unknown.  gcc-escape applies the same limit:
   nothing on the first, [escape:oversize] on the second, [escape:vla] on
   the third.  */

#include <stdlib.h>

void
generate8192 (void)
{
  long nums[8192];
  for (int i = 0; i < 8192; i++)
    nums[i] = rand ();
  __asm__ volatile ("" : : "r" (nums) : "memory");
}

void
generate8193 (void)
{
  long nums[8193];
  for (int i = 0; i < 8193; i++)
    nums[i] = rand ();
  __asm__ volatile ("" : : "r" (nums) : "memory");
}

void
generate (int n)
{
  long nums[n];
  for (int i = 0; i < n; i++)
    nums[i] = rand ();
  __asm__ volatile ("" : : "r" (nums) : "memory");
}
