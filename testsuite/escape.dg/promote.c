/* escape:promote: a heap allocation of constant size that never leaves the
   function and is freed on every path could live on the stack.  */
/* { dg-do compile } */

#include <stdlib.h>
#include <string.h>

struct point { int x, y; };
void *my_alloc (size_t) __attribute__ ((malloc, alloc_size (1)));
void my_free (void *);
void *my_alloc2 (size_t) __attribute__ ((malloc (my_free), alloc_size (1)));

int
checksum (const char *in)
{
  char *buf = malloc (64);	/* { dg-warning "heap allocation of 64 bytes never leaves 'checksum' and is freed on every path \\(line 23\\); it could live on the stack \\\[escape:promote\\\]" } */
				/* { dg-message "for example: 'char buf\\\[64\\\];'" "" { target *-*-* } .-1 } */
  if (!buf)
    return -1;
  strncpy (buf, in, 63);
  buf[63] = 0;
  int c = buf[0] ^ buf[1];
  free (buf);			/* { dg-message "freed here" } */
  return c;
}

int
typed (void)
{
  struct point *p = malloc (sizeof *p);	/* { dg-warning "heap allocation of 8 bytes never leaves 'typed'" } */
					/* { dg-message "for example: 'struct point v;'" "" { target *-*-* } .-1 } */
  if (p == NULL)
    return 0;
  p->x = 1;
  int r = p->x;
  free (p);
  return r;
}

int
with_calloc (void)
{
  int *v = calloc (4, sizeof (int));	/* { dg-warning "heap allocation of 16 bytes never leaves 'with_calloc'" } */
					/* { dg-message "for example: 'int buf\\\[4\\\];'" "" { target *-*-* } .-1 } */
  if (!v)
    return 0;
  int r = v[1];
  free (v);
  return r;
}

int
constant_count (void)
{
  int n = 10;
  int *v = malloc (n * sizeof *v);	/* { dg-warning "heap allocation of 40 bytes" } */
  if (!v)
    return 0;
  v[0] = 0;
  free (v);
  return 0;
}

int
aligned (void)
{
  char *p = aligned_alloc (64, 128);	/* { dg-warning "heap allocation of 128 bytes" } */
  if (!p)
    return 0;
  p[0] = 1;
  int r = p[0];
  free (p);
  return r;
}

int
attributed (void)
{
  char *p = my_alloc2 (32);	/* { dg-warning "heap allocation of 32 bytes" } */
  p[0] = 1;
  int r = p[0];
  my_free (p);
  return r;
}

int
freed_in_each_iteration (int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    {
      char *p = malloc (16);	/* { dg-warning "heap allocation of 16 bytes" } */
      if (!p)
	break;
      p[0] = i;
      s += p[0];
      free (p);
    }
  return s;
}

int
exactly_the_limit (void)
{
  char *p = malloc (65536);	/* { dg-warning "heap allocation of 65536 bytes" } */
  if (!p)
    return 0;
  p[0] = 1;
  free (p);
  return 1;
}
