/* escape:store through a parameter: the caller's memory outlives us.  */
/* { dg-do compile } */

struct conn
{
  int *last;
  struct conn *next;
  int *items[4];
  struct { int *p; } inner;
};

void
out_param (int **out)
{
  int x = 0;
  *out = &x;		/* { dg-warning "address of local 'x' escapes: stored into '\\*out' \\(parameter 'out' of 'out_param'\\) \\\[escape:store\\\]" } */
}

void
field (struct conn *conn)
{
  int hdr = 0;
  conn->last = &hdr;	/* { dg-warning "address of local 'hdr' escapes: stored into 'conn->last' \\(parameter 'conn' of 'field'\\)" } */
}

void
array_in_field (struct conn *c, int i)
{
  int x = 0;
  c->items[i] = &x;	/* { dg-warning "stored into 'c->items\\\[i\\\]' \\(parameter 'c'" } */
}

void
nested_field (struct conn *c)
{
  int x = 0;
  c->next->inner.p = &x;	/* { dg-warning "stored into 'c->next->inner.p' \\(parameter 'c'" } */
}

void
array_of_structs (struct conn *conns, int i)
{
  int x = 0;
  conns[i].last = &x;	/* { dg-warning "address of local 'x' escapes" } */
}

/* Stores into our own locals, even through pointers, stay in the frame.  */
int
local_struct (void)
{
  int x = 1;
  struct conn c;
  struct conn *p = &c;
  p->last = &x;		/* { dg-bogus "escape:" } */
  return *c.last;
}

void
param_value_stored (struct conn *c, int *p)
{
  c->last = p;		/* { dg-bogus "escape:" } */
}

/* The place is named as it was written: a pointer read through a pointer
   in parentheses, an index by its name or what it was read from.  */
struct item { const char *name; };
struct table { int n; struct item ents[8]; };

void
rename_item (struct item **pp)
{
  char buf[16] = "renamed";
  (*pp)->name = buf;	/* { dg-warning "address of local 'buf' escapes: stored into '\\\(\\\*pp\\\)->name' \\\(parameter 'pp' of 'rename_item'\\\)" } */
}

void
add_entry (struct table *t, int k)
{
  char key1[8] = "a", key2[8] = "b", key3[8] = "c";
  t->ents[t->n].name = key1;	/* { dg-warning "stored into 't->ents\\\[t->n\\\].name'" } */
  t->ents[k].name = key2;	/* { dg-warning "stored into 't->ents\\\[k\\\].name'" } */
  t->ents[k & 7].name = key3;	/* { dg-warning "stored into 't->ents\\\[...\\\].name'" } */
}

/* An element reached by pointer arithmetic: "it + i" is it[...].  */
struct list2 { int n; struct item *items; };

void
fill_indexed (struct item *it, int i)
{
  char buf[32];
  it[i].name = buf;	/* { dg-warning "stored into 'it\\\[...\\\].name' \\\(parameter 'it' of 'fill_indexed'\\\)" } */
}

void
fill_items (struct list2 *p, int i)
{
  char buf[32];
  p->items[i].name = buf;	/* { dg-warning "stored into 'p->items\\\[...\\\].name'" } */
}

/* A place written through a cast of its own address (libuv's QUEUE
   macros: "*(QUEUE **) &((*(q))[1]) = ...") is named as the place, not
   as '*(&loop->pending_queue[1])'.  */
typedef void *QUEUE[2];
#define QUEUE_PREV(q) (*(QUEUE **) &((*(q))[1]))
struct loop { QUEUE pending_queue; };

void
link_queue (struct loop *loop)
{
  QUEUE pq;
  QUEUE_PREV (&loop->pending_queue) = &pq;	/* { dg-warning "stored into 'loop->pending_queue\\\[1\\\]' \\\(parameter 'loop' of 'link_queue'\\\)" } */
}
