/* -fsanitize=object-size asks __builtin_object_size about every access
   before the pass runs: asking a size keeps no pointer, so the allocation
   is still one that could live on the stack, and a stack object's address
   given to it goes nowhere.  */
/* { dg-do compile } */
/* { dg-options "-fsanitize=object-size" } */

#include <stdlib.h>
#include <string.h>

int
sized_accesses (int n)
{
  int *p = malloc (16 * sizeof *p);	/* { dg-warning "heap allocation of 64 bytes never leaves 'sized_accesses' and is freed on every path \\(line 19\\); it could live on the stack \\\[escape:promote\\\]" } */
  if (!p)
    return -1;
  memset (p, 0, 16 * sizeof *p);
  int r = p[3] + p[n & 15];
  free (p);
  return r;
}

int *last;

int
asked_size (void)
{
  char buf[32];
  int r = (int) __builtin_object_size (buf, 0);
#if __GNUC__ >= 12
  r += (int) __builtin_dynamic_object_size (&buf[4], 1);
#endif
  return r;
}

void
still_stored (void)
{
  int x[4] = { 0 };
  last = &x[__builtin_object_size (x, 0) > 8];	/* { dg-warning "address of local 'x' escapes: stored into global 'last'" } */
}
