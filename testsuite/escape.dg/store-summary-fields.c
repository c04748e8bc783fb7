/* Summaries, field by field, where the first bytes of a struct hold no
   address and where a same-file helper made the memory: a helper that
   reads one field of its argument does not pass on what another field
   holds, and memory a helper built keeps its parts apart for the caller
   (sqlite's allocateIndexInfo puts the caller's clause in a trailer after
   the struct; whereLoopAddVirtualOne reads only idxStr).  */
/* { dg-do compile } */

#include <stdlib.h>

/* The first field is an int: a pointer to the struct is a pointer to its
   start, not somewhere into it.  */
struct info { int n; char *name; char *note; };
struct sink { char *kept; };

static void
keep_name (struct sink *s, const struct info *i)
{
  s->kept = i->name;
}

void
note_is_local (struct sink *s, char *name)
{
  char buf[16] = "";
  struct info i = { 0, name, buf };
  keep_name (s, &i);		/* { dg-bogus "escape" } */
}

void
name_is_local (struct sink *s, char *note)
{
  char buf[16] = "";
  struct info i = { 0, buf, note };
  keep_name (s, &i);		/* { dg-warning "address of local 'buf' escapes: passed to 'keep_name', which stores it into the memory of parameter 's'" } */
}

/* More than 8 fields that may hold an address (pcre2's match_block,
   lemon's pstate): still apart.  */
struct big { char *a, *b, *c, *d, *e, *f, *g, *h, *i, *j; };

static void
keep_a (struct sink *s, const struct big *p)
{
  s->kept = p->a;
}

void
big_other_local (struct sink *s, char *a)
{
  char buf[4] = "";
  struct big x = { a, 0, 0, 0, 0, 0, 0, 0, 0, buf };
  keep_a (s, &x);		/* { dg-bogus "escape" } */
}

void
big_kept_local (struct sink *s)
{
  char buf[4] = "";
  struct big x = { buf, 0, 0, 0, 0, 0, 0, 0, 0, 0 };
  keep_a (s, &x);		/* { dg-warning "address of local 'buf' escapes: passed to 'keep_a'" } */
}

/* A header and, after it, a trailer the helper fills.  */
struct hidden { void *clause; };

static struct info *
info_new (void *clause, struct info **last)
{
  struct info *p = malloc (sizeof *p + sizeof (struct hidden));
  if (!p)
    return 0;
  struct hidden *h = (struct hidden *) &p[1];
  h->clause = clause;
  p->n = 0;
  p->name = 0;
  p->note = 0;
  *last = p;
  return p;
}

static void *
info_clause (const struct info *p)
{
  return ((const struct hidden *) &p[1])->clause;
}

void
header_kept (struct sink *s)
{
  int clause = 1;
  struct info *last;
  struct info *p = info_new (&clause, &last);
  if (!p)
    return;
  keep_name (s, p);		/* { dg-bogus "escape" } */
  free (p);
}

void
trailer_kept (struct sink *s)
{
  int clause = 1;
  struct info *last;
  struct info *p = info_new (&clause, &last);
  if (!p)
    return;
  s->kept = info_clause (p);	/* { dg-warning "address of local 'clause' escapes: stored into 's->kept' \\(parameter 's' of 'trailer_kept'\\)" } */
  free (p);
}

/* Nodes a helper built and linked: the caller reads the head's name,
   then what the child holds.  */
struct node { char *name; struct node *child; void *data; };

static struct node *
pair_new (void *data)
{
  struct node *n = malloc (sizeof *n);
  struct node *c = malloc (sizeof *c);
  if (!n || !c)
    {
      free (n);
      free (c);
      return 0;
    }
  c->name = 0;
  c->child = 0;
  c->data = data;
  n->name = 0;
  n->child = c;
  n->data = 0;
  return n;
}

/* No arguments: what it made links to itself.  */
static struct node *
ring_new (void)
{
  struct node *n = malloc (sizeof *n);
  if (n)
    {
      n->name = 0;
      n->child = n;
      n->data = 0;
    }
  return n;
}

void
pair_name_kept (struct sink *s)
{
  int x = 1;
  struct node *n = pair_new (&x);	/* { dg-warning "heap allocation of 24 bytes never leaves 'pair_name_kept'" "a constructor's block, freed here" } */
  if (!n)
    return;
  s->kept = n->name;		/* { dg-bogus "escape" } */
  free (n->child);
  free (n);
}

void
pair_child_data_kept (void **out)
{
  int x = 1;
  struct node *n = pair_new (&x);	/* { dg-warning "heap allocation of 24 bytes never leaves" } */
  if (!n)
    return;
  *out = n->child->data;	/* { dg-warning "address of local 'x' escapes: stored into '\\*out'" } */
  free (n->child);
  free (n);
}

void
ring_data_kept (void **out)
{
  int x = 1;
  struct node *n = ring_new ();	/* { dg-warning "heap allocation of 24 bytes never leaves" } */
  if (!n)
    return;
  n->data = &x;
  *out = n->child->data;	/* { dg-warning "address of local 'x' escapes: stored into '\\*out'" } */
  free (n);
}
