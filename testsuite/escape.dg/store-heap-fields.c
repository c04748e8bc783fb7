/* Memory without a type (malloc'd, alloca'd) is split at the words the
   function reads and writes: a node's link and its data are apart, so what
   one field holds does not leak out of another.  Each case has a twin that
   reads the field which does hold the escaping memory.  */
/* { dg-do compile } */

#include <alloca.h>
#include <stdlib.h>
#include <string.h>

struct node { char *name; struct node *next; };

/* The node's name is the caller's buffer, its link a local: what is
   written through the link lands in the local.  */
void
link_and_name (char *buf)
{
  struct node local = { 0, 0 };
  struct node *n = malloc (sizeof *n);	/* { dg-warning "escape:promote" } */
  if (!n)
    return;
  n->name = buf;
  n->next = &local;
  char tmp[8];
  struct node *m = n->next;
  m->name = tmp;		/* { dg-bogus "escape:store" } */
  free (n);
}

/* The twin: read back through the field holding the buffer.  */
void
link_and_name_read_name (char *buf)
{
  struct node local = { 0, 0 };
  struct node *n = malloc (sizeof *n);	/* { dg-warning "escape:promote" } */
  if (!n)
    return;
  n->name = buf;
  n->next = &local;
  char tmp[8];
  struct node *m = (struct node *) n->name;
  m->name = tmp;		/* { dg-warning "address of local 'tmp' escapes: stored into 'm->name' \\(parameter 'buf' of 'link_and_name_read_name'\\)" } */
  free (n);
}

/* The fields are positions, not types: a pointer into the middle of the
   node, one moved by an unknown amount, and a copy of the whole node all
   find the field that holds the local.  */
struct node last_node;

struct node *
through_interior_pointer (void)
{
  int x = 0;
  struct node *n = malloc (sizeof *n);
  if (!n)
    return 0;
  n->name = 0;
  struct node **slot = &n->next;
  *slot = (struct node *) &x;	/* { dg-warning "address of local 'x' escapes: stored into '\\*slot', heap memory that escapes \\(returned from 'through_interior_pointer'\\)" } */
  return n;
}

struct node *
through_unknown_offset (long k)
{
  int x = 0;
  struct node *n = malloc (sizeof *n);
  if (!n)
    return 0;
  n->name = 0;
  n->next = 0;
  *(int **) ((char *) n + k) = &x;	/* { dg-warning "address of local 'x' escapes" } */
  return n;
}

void
copied_whole (void)
{
  char tmp[8];
  struct node *n = malloc (sizeof *n);	/* { dg-warning "escape:promote" } */
  if (!n)
    return;
  n->name = 0;
  n->next = (struct node *) tmp;
  memcpy (&last_node, n, sizeof *n);	/* { dg-warning "address of local 'tmp' escapes: stored into global 'last_node'" } */
  free (n);
}

/* dash's parser (readtoken1): a stack of syntax frames, the first a
   local, the others alloca'd, each pointing at a syntax table (the first
   at the caller's) and at its neighbours.  */
struct synstack { const char *syntax; struct synstack *prev, *next; int nest; };

static void
synstack_push (struct synstack **stack, struct synstack *next,
	       const char *syntax)
{
  memset (next, 0, sizeof *next);
  next->syntax = syntax;
  next->next = *stack;
  (*stack)->prev = next;
  *stack = next;
}

static void
synstack_pop (struct synstack **stack)
{
  *stack = (*stack)->next;
}

extern int next_char (void);
extern const char arith_syntax[];
extern char *output;

int
read_token (const char *syntax)
{
  struct synstack base = { .syntax = syntax };
  struct synstack *top = &base;
  int c;
  while ((c = next_char ()) != 0)
    {
      if (c == '(')
	synstack_push (&top, top->prev ?: alloca (sizeof *top), arith_syntax); /* { dg-bogus "escape:store" } */
	/* { dg-warning "'alloca' inside a loop grows the stack on every iteration" "" { target *-*-* } .-1 } */
      else if (c == '{')
	{
	  const char *syn = top->syntax;
	  synstack_push (&top, top->prev ?: alloca (sizeof *top), syn); /* { dg-bogus "escape:store" } */
	  /* { dg-warning "'alloca' inside a loop grows the stack on every iteration" "" { target *-*-* } .-1 } */
	}
      else if (c == ')')
	synstack_pop (&top);
      *output++ = top->syntax[c];
      top->nest++;
    }
  return c;
}

/* The twin: a frame's link set to the caller's frame, which the push then
   points back at the local.  */
int
read_token_linked (const char *syntax, struct synstack *outer)
{
  struct synstack base = { .syntax = syntax };
  struct synstack *top = &base;
  struct synstack *frame = alloca (sizeof *frame);
  frame->prev = outer;
  frame->syntax = syntax;
  top = frame->prev;
  synstack_push (&top, &base, syntax); /* { dg-warning "address of local 'base' escapes: passed to 'synstack_push', which stores it into the memory of parameter 'outer'" } */
  return top->nest;
}
