/* What a parameter's fields point to, and what lies beyond that, are
   different memory: a helper that copies the *contents* of a buffer a
   field points to (a string builder growing out of its caller's stack
   buffer, sqlite's StrAccum) does not leak the buffer's address; one that
   keeps the buffer itself does, and so does one that keeps what the
   buffer's contents point to.  */
/* { dg-do compile } */

#include <stdlib.h>
#include <string.h>

struct sb { char *buf; size_t len, cap; int on_heap; };
static char *last_text;

static void
sb_grow (struct sb *s, size_t need)
{
  char *n = malloc (need);
  if (!n)
    return;
  memcpy (n, s->buf, s->len);	/* The old text, not its address.  */
  if (s->on_heap)
    free (s->buf);
  s->buf = n;
  s->cap = need;
  s->on_heap = 1;
  last_text = n;
}

static void
sb_append (struct sb *s, const char *z, size_t n)
{
  if (s->len + n > s->cap)
    sb_grow (s, 2 * (s->len + n));
  if (s->len + n <= s->cap)
    {
      memcpy (s->buf + s->len, z, n);
      s->len += n;
    }
}

void
greet (const char *who)
{
  char init[64];
  struct sb s = { init, 0, sizeof init, 0 };
  sb_append (&s, "hello, ", 7);	/* { dg-bogus "escape" } */
  sb_append (&s, who, strlen (who));
  if (s.on_heap)
    free (s.buf);
}

/* The buffer itself is kept.  */
static void
sb_keep (struct sb *s)
{
  last_text = s->buf;
}

void
keep (void)
{
  char init[64];	/* { dg-message "declared here" } */
  struct sb s = { init, 0, sizeof init, 0 };
  sb_keep (&s);		/* { dg-warning "address of local 'init' escapes: passed to 'sb_keep', which stores it where it outlives the call \\\[escape:store\\\]" } */
}

/* Two levels down: what the node's link points to goes, the node stays.  */
struct node { struct node *next; int v; };
struct holder { struct node *node; };
static struct node *seen;

static void
note_next (struct holder *h)
{
  seen = h->node->next;
}

void
walk_heap (void)
{
  struct node first = { malloc (sizeof (struct node)), 1 };
  struct holder h = { &first };
  note_next (&h);	/* { dg-bogus "escape" } */
}

void
walk_stack (void)
{
  struct node second = { 0, 2 };	/* { dg-message "declared here" } */
  struct node first = { &second, 1 };	/* { dg-bogus "escape" } */
  struct holder h = { &first };
  /* 'first' stays: { dg-bogus "'first' escapes" "" { target *-*-* } .+1 } */
  note_next (&h);	/* { dg-warning "address of local 'second' escapes: passed to 'note_next', which stores it where it outlives the call \\\[escape:store\\\]" } */
}

/* A struct copied whole into published heap memory carries its pointers
   along: what they point to escapes, the struct does not.  */
struct item { int *value; };
struct box { struct item *item; };
static struct item *published;

static void
publish (struct box *b)
{
  struct item *copy = malloc (sizeof *copy);
  if (!copy)
    return;
  memcpy (copy, b->item, sizeof *copy);
  published = copy;
}

void
publish_stack (void)
{
  int x = 1;	/* { dg-message "declared here" } */
  struct item it = { &x };	/* { dg-bogus "escape" } */
  struct box b = { &it };
  /* 'it' stays: { dg-bogus "'it' escapes" "" { target *-*-* } .+1 } */
  publish (&b);	/* { dg-warning "address of local 'x' escapes: passed to 'publish', which stores it where it outlives the call \\\[escape:store\\\]" } */
}
