/* Memory a same-file helper allocates and hands back, through its result
   or a parameter's memory, carries what the helper stored in it: a node
   holding the caller's address, linked into a list that outlives the
   caller, lets the address escape; the same node in a list that dies with
   the caller does not.  */
/* { dg-do compile } */

#include <stdlib.h>

struct node { int *data; struct node *next; };
struct list { struct node *head; };

static struct list g_list;
static struct node *g_node;

static void
list_push (struct list *l, int *data)
{
  struct node *n = malloc (sizeof *n);
  if (!n)
    abort ();
  n->data = data;
  n->next = l->head;
  l->head = n;
}

static void
list_clear (struct list *l)
{
  while (l->head)
    {
      struct node *n = l->head;
      l->head = n->next;
      free (n);
    }
}

void
push_global (void)
{
  int x = 1;
  list_push (&g_list, &x);	/* { dg-warning "address of local 'x' escapes: passed to 'list_push', which stores it into memory it allocates, memory that escapes \\(into global 'g_list'\\) \\\[escape:store\\\]" } */
}

void
push_param (struct list *out)
{
  int x = 1;
  list_push (out, &x);	/* { dg-warning "address of local 'x' escapes: passed to 'list_push', which stores it into memory it allocates, memory that escapes \\(into the memory of parameter 'out'\\)" } */
}

int
push_local (void)
{
  int x = 1, y = 2;
  struct list l = { 0 };
  list_push (&l, &x);	/* { dg-bogus "escape" } */
  list_push (&l, &y);	/* { dg-bogus "escape" } */
  int sum = *l.head->data + *l.head->next->data;
  list_clear (&l);
  return sum;
}

void
push_local_then_publish (void)
{
  int x = 1;
  struct list l = { 0 };
  list_push (&l, &x);	/* { dg-warning "address of local 'x' escapes: passed to 'list_push', which stores it into memory it allocates, memory that escapes \\(into global 'g_node'\\)" } */
  g_node = l.head;
}

/* A constructor that returns its node.  */
static struct node *
node_new (int *data)
{
  struct node *n = malloc (sizeof *n);
  if (!n)
    abort ();
  n->data = data;
  n->next = NULL;
  return n;
}

int
node_kept (void)
{
  int x = 1;
  struct node *n = node_new (&x);	/* { dg-bogus "escape:store" } */
  /* { dg-warning "heap allocation of 16 bytes never leaves 'node_kept' and is freed on every path \\(line 92\\); it could live on the stack" "the constructor's node" { target *-*-* } .-1 } */
  int r = *n->data;
  free (n);
  return r;
}

struct node *
node_returned (void)
{
  int x = 1;
  return node_new (&x);	/* { dg-warning "address of local 'x' escapes: passed to 'node_new', which stores it into memory it allocates, heap memory that escapes \\(returned from 'node_returned'\\)" } */
}

/* The helper's node also goes into a global list: it is global memory to
   the caller, and what the caller stores in it later escapes too.  */
static struct node *
node_registered (void)
{
  struct node *n = node_new (NULL);
  n->next = g_node;
  g_node = n;
  return n;
}

void
fill_registered (void)
{
  int x = 1;
  struct node *n = node_registered ();
  n->data = &x;	/* { dg-warning "address of local 'x' escapes: stored into 'n->data', memory that outlives 'fill_registered' \\\[escape:store\\\]" } */
}

/* So is a global a helper returns.  */
struct ctx { int *cur; };
static struct ctx g_ctx;

static struct ctx *
current_ctx (void)
{
  return &g_ctx;
}

void
fill_current (void)
{
  int frame = 0;
  struct ctx *c = current_ctx ();
  c->cur = &frame;	/* { dg-warning "address of local 'frame' escapes: stored into 'c->cur', memory that outlives 'fill_current'" } */
}

int
fill_current_undone (void)
{
  int frame = 0;
  struct ctx *c = current_ctx ();
  c->cur = &frame;	/* { dg-bogus "escape" } */
  int r = *c->cur;
  c->cur = NULL;
  return r;
}

/* A helper that links a fresh node into a list and returns it: the
   caller's stores into it go where the list goes.  The words name the
   helper whose memory it is, not the first helper called.  */
static struct node *
node_link (struct list *l)
{
  struct node *n = malloc (sizeof *n);
  if (!n)
    abort ();
  n->data = NULL;
  n->next = l->head;
  l->head = n;
  return n;
}

void
fill_linked (void)
{
  int x = 1;
  struct list l1 = { 0 }, l2 = { 0 };
  list_push (&l1, NULL);
  struct node *n = node_link (&l2);
  n->data = &x;	/* { dg-warning "address of local 'x' escapes: stored into 'n->data', memory 'node_link' allocated that escapes \\(into global 'g_node'\\)" } */
  g_node = n;
}

/* Two helpers' nodes do not share their fate: a header list that dies
   with the caller holds the caller's address (a TAILQ-like head whose
   last-pointer is linked into the first node), while another helper links
   its own node into the caller's parameter (libevent's
   evhttp_read_trailer).  */
struct hdr { struct hdr *next, **prev; };
struct hdrq { struct hdr *first, **last; };
struct conn { struct node *events; struct hdr *kept; };

static void
hdr_add (struct hdrq *q)
{
  struct hdr *h = malloc (sizeof *h);
  if (!h)
    abort ();
  h->next = NULL;
  h->prev = q->last;
  *q->last = h;
  q->last = &h->next;
}

static void
hdr_clear (struct hdrq *q)
{
  while (q->first)
    {
      struct hdr *h = q->first;
      q->first = h->next;
      free (h);
    }
  q->last = &q->first;
}

static void
conn_note (struct conn *c)
{
  list_push ((struct list *) &c->events, NULL);
}

void
read_trailer (struct conn *c)
{
  struct hdrq tmp;	/* { dg-bogus "escapes" } */
  tmp.first = NULL;
  tmp.last = &tmp.first;
  hdr_add (&tmp);
  conn_note (c);
  hdr_clear (&tmp);
}

void
keep_trailer (struct conn *c)
{
  struct hdrq tmp;
  tmp.first = NULL;
  tmp.last = &tmp.first;
  hdr_add (&tmp);	/* { dg-warning "address of local 'tmp' escapes: passed to 'hdr_add', which stores it into memory it allocates, memory that escapes \\(into the memory of parameter 'c'\\)" } */
  conn_note (c);
  c->kept = tmp.first;
}

/* A helper that only fills a node another helper made: the words say
   whose memory it is.  */
static void
node_set (struct node *n, int *p)
{
  n->data = p;
}

void
set_linked (void)
{
  int x = 1;
  struct list l = { 0 };
  struct node *n = node_link (&l);
  node_set (n, &x);	/* { dg-warning "address of local 'x' escapes: passed to 'node_set', which stores it into memory 'node_link' allocated, memory that escapes \\(into global 'g_node'\\)" } */
  g_node = n;
}
