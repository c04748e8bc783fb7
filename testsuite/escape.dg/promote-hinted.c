/* A null test written with a branch hint leaves the allocation null on
   its failure edge, as a plain one does: nothing to free there.  */
/* { dg-do compile } */

#include <stdlib.h>
#include <string.h>

#define likely(x) __builtin_expect (!!(x), 1)
#define unlikely(x) __builtin_expect (!!(x), 0)

int
unlikely_null (int c)
{
  char *p = malloc (64);	/* { dg-warning "heap allocation of 64 bytes never leaves 'unlikely_null' and is freed on every path \\(line 19\\); it could live on the stack \\\[escape:promote\\\]" } */
  if (unlikely (p == NULL))
    return -1;
  memset (p, c, 64);
  int r = p[2];
  free (p);
  return r;
}

int
likely_nonnull (int c)
{
  int r = -1;
  char *p = malloc (64);	/* { dg-warning "heap allocation of 64 bytes never leaves 'likely_nonnull'" } */
  if (likely (p != NULL))
    {
      memset (p, c, 64);
      r = p[2];
      free (p);
    }
  return r;
}

/* The hint on the wrong test: the non-null path leaks.  */
int
leaks_when_set (int c)
{
  char *p = malloc (64);	/* { dg-bogus "escape:promote" } */
  if (likely (p != NULL))
    return c;
  free (p);
  return 0;
}
