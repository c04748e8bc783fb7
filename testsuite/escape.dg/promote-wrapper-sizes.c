/* The size of an allocation made by a same-file wrapper: a constant times
   up to two of its parameters (calloc's count and size, "n * size",
   "n * sizeof (T)", a constructor's sizeof), also through a wrapper of a
   wrapper.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-report" } */

#include <stdlib.h>
#include <string.h>

struct node { int v; struct node *next; };

static void *
xmalloc (size_t n)
{
  void *p = malloc (n);
  if (!p)
    abort ();
  return p;
}

static void *
xcalloc (size_t n, size_t size)
{
  void *p = calloc (n, size);
  if (!p)
    abort ();
  return p;
}

static void *
xmallocarray (size_t n, size_t size)
{
  return xmalloc (n * size);
}

static int *
xnew_ints (size_t n)
{
  return xmalloc (n * sizeof (int));
}

static struct node *
node_new (int v)
{
  struct node *n = xmalloc (sizeof *n);
  n->v = v;
  n->next = NULL;
  return n;
}

static void *
either (size_t a, size_t b, int c)
{
  return c ? malloc (a) : malloc (b);
}

int
sized (int k)
{
  int *a = xcalloc (10, sizeof *a);	/* { dg-warning "heap allocation of 40 bytes never leaves 'sized' and is freed on every path \\(line 69\\); it could live on the stack \\\[escape:promote\\\]" } */
  int *b = xmallocarray (4, sizeof *b);	/* { dg-warning "heap allocation of 16 bytes never leaves 'sized'" } */
  int *c = xnew_ints (3);		/* { dg-warning "heap allocation of 12 bytes never leaves 'sized'" } */
  struct node *n = node_new (k);	/* { dg-warning "heap allocation of 16 bytes never leaves 'sized'" } */
  a[k & 7] = k;
  b[k & 3] = k;
  c[k % 3] = k;
  int r = a[1] + b[1] + c[1] + n->v;
  free (a);
  free (b);
  free (c);
  free (n);
  return r;
}

int
not_known (int k, size_t m)
{
  char *e = either (8, 16, k);		/* { dg-message "does not escape, but its size is not known at compile time" } */
  int *big = xcalloc (m, 4);		/* { dg-message "does not escape, but its size is not known at compile time" } */
  int *huge = xnew_ints (1 << 20);	/* { dg-bogus "escape:promote" } */
  e[0] = 1;
  big[0] = 2;
  huge[0] = 3;
  int r = e[0] + big[0] + huge[0];
  free (e);
  free (big);
  free (huge);
  return r;
}
