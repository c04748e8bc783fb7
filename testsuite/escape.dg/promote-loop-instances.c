/* An allocation in a loop is promoted only when each iteration's block is
   freed before the next one starts.  A free of a pointer computed before
   the allocation ran (the previous iteration's block, kept in "prev") does
   not free this one, and neither does a free reached only through the
   next iteration.  */
/* { dg-do compile } */

#include <stdlib.h>
#include <string.h>

int
each_round (int n)
{
  int r = 0;
  for (int i = 0; i < n; i++)
    {
      char *cur = malloc (32);	/* { dg-warning "heap allocation of 32 bytes never leaves 'each_round' and is freed on every path \\(line 22\\); it could live on the stack \\\[escape:promote\\\]" } */
      if (!cur)
	break;
      memset (cur, i, 32);
      r += cur[3];
      free (cur);
    }
  return r;
}

/* Two blocks are live at once: "cur" and the previous round's "prev".  */
int
chain (int n)
{
  char *prev = NULL;
  for (int i = 0; i < n; i++)
    {
      char *cur = malloc (32);	/* { dg-bogus "escape:promote" } */
      if (!cur)
	break;
      if (prev)
	memcpy (cur, prev, 32);
      else
	memset (cur, 0, 32);
      cur[0]++;
      free (prev);
      prev = cur;
    }
  int r = prev ? prev[0] : 0;
  free (prev);
  return r;
}

/* The same through memory.  */
struct keep { char *prev; };

int
chain_in_struct (int n)
{
  struct keep k = { 0 };
  for (int i = 0; i < n; i++)
    {
      char *cur = malloc (32);	/* { dg-bogus "escape:promote" } */
      if (!cur)
	break;
      memset (cur, i, 32);
      if (k.prev)
	free (k.prev);
      k.prev = cur;
    }
  int r = k.prev ? k.prev[0] : 0;
  free (k.prev);
  return r;
}

/* Freed at the top of the next round, and after the loop.  */
int
next_round (int n)
{
  char *p = NULL;
  int r = 0;
  for (int i = 0; i < n; i++)
    {
      free (p);
      p = malloc (32);		/* { dg-bogus "escape:promote" } */
      if (!p)
	return r;
      memset (p, i, 32);
      r += p[1];
    }
  free (p);
  return r;
}
