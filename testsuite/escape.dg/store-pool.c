/* A pool allocator hands out blocks taken off its free list or, when the
   list is empty, freshly allocated: either way the block is the caller's
   from then on, not the pool owner's memory (sqlite's lookaside).  The
   caller's address stored in such a block escapes only where the block
   does.  A function that takes blocks off a list without ever allocating
   (an iterator's "next") still hands back the owner's memory.  */
/* { dg-do compile } */

#include <stdlib.h>

struct slot { struct slot *next; };
struct pool
{
  char *start, *end;		/* The arena the pool's blocks come from.  */
  struct slot *small, *big;	/* Its free lists.  */
  int nused;
};
struct node { struct node *link; int *val; };
struct owner { struct pool *pool; struct node *nodes; };

static struct node *g_last;

static void *
pool_get (struct pool *p, size_t n)
{
  struct slot *s;
  if (n <= 32 && (s = p->small) != NULL)
    {
      p->small = s->next;
      p->nused++;
      return s;
    }
  if ((s = p->big) != NULL)
    {
      p->big = s->next;
      p->nused++;
      return (void *) s;
    }
  return malloc (n);
}

/* Blocks of the arena go back on the free list, the rest to free.  */
static void
pool_free (struct pool *p, void *v)
{
  if ((char *) v >= p->start && (char *) v < p->end)
    {
      struct slot *s = v;
      s->next = p->big;
      p->big = s;
      p->nused--;
      return;
    }
  free (v);
}

/* Takes nodes off the owner's list, allocates none.  */
static struct node *
next_node (struct owner *o)
{
  struct node *n = o->nodes;
  if (n)
    o->nodes = n->link;
  return n;
}

static int
sum (const struct node *n)
{
  int s = 0;
  for (; n; n = n->link)
    s += *n->val;
  return s;
}

int
scratch (struct pool *p, int k)
{
  int x = k;
  struct node *n = pool_get (p, sizeof *n);
  if (!n)
    return 0;
  n->link = NULL;
  n->val = &x;			/* { dg-bogus "escape" } */
  int r = sum (n);
  pool_free (p, n);		/* { dg-bogus "escape" } */
  return r;
}

int
scratch_two (struct pool *p, int k)
{
  int x = k, y = k + 1;
  struct node *a = pool_get (p, sizeof *a);
  struct node *b = pool_get (p, 64);
  if (!a || !b)
    return 0;
  a->val = &x;			/* { dg-bogus "escape" } */
  b->val = &y;			/* { dg-bogus "escape" } */
  a->link = b;
  b->link = NULL;
  int r = sum (a);
  pool_free (p, b);		/* { dg-bogus "escape" } */
  pool_free (p, a);		/* { dg-bogus "escape" } */
  return r;
}

void
linked (struct owner *o, int k)
{
  int x = k;
  struct node *n = pool_get (o->pool, sizeof *n);
  if (!n)
    return;
  n->val = &x;			/* { dg-warning "address of local 'x' escapes: stored into 'n->val', heap memory that escapes \\(into the memory of parameter 'o'\\) \\\[escape:store\\\]" } */
  n->link = o->nodes;
  o->nodes = n;
}

void
published (struct pool *p, int k)
{
  int x = k;
  struct node *n = pool_get (p, sizeof *n);
  if (!n)
    return;
  n->val = &x;			/* { dg-warning "address of local 'x' escapes: stored into 'n->val', heap memory that escapes \\(into global 'g_last'\\)" } */
  g_last = n;
}

void
into_owned (struct owner *o, int k)
{
  int x = k;
  struct node *n = next_node (o);
  if (n)
    n->val = &x;		/* { dg-warning "address of local 'x' escapes: stored into 'n->val'" } */
}
