/* Summaries: a helper that moves what one part of its argument's memory
   points to into another part of the same memory.  "*c->out = c->slot"
   stores the caller's &x where the caller's 'out' leads: the summary must
   say so even though source and destination are one parameter's memory.
   Moves that stay inside the caller's local memory are no finding.  */
/* { dg-do compile } */

struct ctx { int *slot; int **out; int *last; };

static void
publish (struct ctx *c)
{
  *c->out = c->slot;
}

/* Within the first level only: the caller's struct itself.  */
static void
remember (struct ctx *c)
{
  c->last = c->slot;
}

void
publish_local (int **out)
{
  int x = 0;
  struct ctx c = { &x, out, 0 };
  publish (&c);		/* { dg-warning "address of local 'x' escapes: passed to 'publish', which stores it into the memory of parameter 'out' \\\[escape:store\\\]" } */
}

int
publish_into_local (void)
{
  int x = 0, *dst = 0;
  struct ctx c = { &x, &dst, 0 };
  publish (&c);		/* { dg-bogus "escape" } */
  return *dst;
}

int
remember_local (int **out)
{
  int x = 0;
  struct ctx c = { &x, out, 0 };
  remember (&c);	/* { dg-bogus "escape" } */
  return *c.last;
}

/* sqlite's whereLoopAddOr: a sub-builder on the stack points at a local
   clause and at the caller's loop; the helper copies one into the other.  */
struct loop { void *term; };
struct builder { void *wc; struct loop *cur; };

static void
add_term (struct builder *b)
{
  b->cur->term = b->wc;
}

void
add_or (struct builder *b)
{
  int clause = 1;
  struct builder sub;
  sub.wc = &clause;
  sub.cur = b->cur;
  add_term (&sub);	/* { dg-warning "address of local 'clause' escapes: passed to 'add_term', which stores it into the memory of parameter 'b'" } */
}

void
add_or_local (void)
{
  int clause = 1;
  struct loop l = { 0 };
  struct builder sub;
  sub.wc = &clause;
  sub.cur = &l;
  add_term (&sub);	/* { dg-bogus "escape" } */
}

/* A node's neighbour pointed back at the node: a local node linked in
   front of the caller's list.  */
struct node { struct node *next, *prev; };

static void
point_back (struct node *n)
{
  if (n->next)
    n->next->prev = n;
}

void
link_local (struct node *head)
{
  struct node n = { head, 0 };
  point_back (&n);	/* { dg-warning "address of local 'n' escapes: passed to 'point_back', which stores it into the memory of parameter 'head'" } */
  head->prev = 0;
}

int
link_locals (void)
{
  struct node a = { 0, 0 }, b = { 0, 0 };
  a.next = &b;
  point_back (&a);	/* { dg-bogus "escape" } */
  return b.prev == &a;
}

/* The same move after a recursive descent.  */
static void
publish_after (struct ctx *c, int depth)
{
  if (depth > 0)
    publish_after (c, depth - 1);
  else
    *c->out = c->slot;
}

void
publish_deep (int **out, int depth)
{
  int x = 0;
  struct ctx c = { &x, out, 0 };
  publish_after (&c, depth);	/* { dg-warning "address of local 'x' escapes: passed to 'publish_after'" } */
}

/* lua's parser: a state with many pointer fields.  Opening a frame
   pushes the caller's frame into st->fs and copies another field of the
   state into the frame's prototype; closing pops it.  Reading st->source
   is not reading st->fs, so the frame is not copied into the prototype,
   which outlives the call.  */
struct proto { const char *source; };
struct frame { struct proto *f; struct frame *prev; struct state *st; };
struct state
{
  int current;
  const char *source;
  struct frame *fs;
  void *a, *b, *c, *d, *e, *g, *h;
};

static struct proto protos[8];

static void
open_frame (struct state *st, struct frame *fs)
{
  struct proto *f = fs->f;
  fs->prev = st->fs;
  fs->st = st;
  st->fs = fs;
  f->source = st->source;
}

static void
close_frame (struct state *st)
{
  st->fs = st->fs->prev;
}

void
frame_body (struct state *st, int i)
{
  struct frame fs;
  fs.f = &protos[i & 7];
  open_frame (st, &fs);		/* { dg-bogus "escape" } */
  close_frame (st);
}
