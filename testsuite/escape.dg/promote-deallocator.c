/* A block is freed only by a deallocator that matches its allocator: one
   declared "malloc (dealloc)" names them (GCC's -Wmismatched-dealloc).  A
   same-file wrapper of realloc returns its argument's block moved, not a
   fresh one.  */
/* { dg-do compile } */
/* { dg-options "-Wno-mismatched-dealloc" } */

#include <stdlib.h>
#include <string.h>

void arena_release (void *p);
void *arena_get (size_t n)
  __attribute__ ((malloc, malloc (arena_release, 1), alloc_size (1)));
void *plain_get (size_t n)
  __attribute__ ((malloc, malloc (free, 1), alloc_size (1)));

int
wrong_deallocator (int c)
{
  char *b = arena_get (64);	/* { dg-bogus "escape:promote" } */
  if (!b)
    return -1;
  b[0] = (char) c;
  int r = b[0];
  free (b);
  return r;
}

int
declared_deallocator (int c)
{
  char *b = arena_get (64);	/* { dg-warning "heap allocation of 64 bytes never leaves 'declared_deallocator' and is freed on every path \\(line 37\\); it could live on the stack \\\[escape:promote\\\]" } */
  if (!b)
    return -1;
  b[0] = (char) c;
  int r = b[0];
  arena_release (b);
  return r;
}

int
declared_free (int c)
{
  char *b = plain_get (64);	/* { dg-warning "heap allocation of 64 bytes never leaves 'declared_free'" } */
  if (!b)
    return -1;
  b[0] = (char) c;
  int r = b[0];
  free (b);
  return r;
}

static void *
xrealloc (void *p, size_t n)
{
  void *q = realloc (p, n);
  if (!q)
    abort ();
  return q;
}

int
grow (int c)
{
  char *p = malloc (32);	/* { dg-bogus "escape:promote" } */
  if (!p)
    return -1;
  memset (p, c, 32);
  char *q = xrealloc (p, 64);	/* { dg-bogus "escape:promote" } */
  int r = q[0];
  free (q);
  return r;
}
