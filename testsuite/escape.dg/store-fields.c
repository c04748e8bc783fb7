/* Field sensitivity: a struct's fields are told apart, in the function's
   own locals and in the summaries of the helpers it calls.  A buffer kept
   in one field of a local struct does not escape because another field's
   memory does (sqlite's StrAccum: acc.zText = buf beside acc.db).  The
   positive twins keep the address in the field that does escape.  */
/* { dg-do compile } */

#include <stddef.h>

struct conn { int *last; int count; };
struct accum
{
  struct conn *db;	/* The helpers hand this one on.  */
  char *text;		/* ... and only read this one.  */
  int len;
};

struct conn *current;
char *kept_text;

static void
accum_init (struct accum *a, struct conn *db, char *buf)
{
  a->db = db;
  a->text = buf;
  a->len = 0;
}

/* Leaks what a->db points to, never what a->text points to.  */
static void
accum_fail (struct accum *a)
{
  current = a->db;
}

static void
accum_keep_text (struct accum *a)
{
  kept_text = a->text;
}

static int
accum_length (struct accum *a)
{
  return a->len + (a->text ? 1 : 0);
}

void
buffer_beside_leaked_field (struct conn *db)
{
  char buf[64];
  struct accum acc;
  accum_init (&acc, db, buf);	/* { dg-bogus "escape" } */
  accum_fail (&acc);
  accum_length (&acc);
}

void
buffer_in_leaked_field (struct conn *db)
{
  char buf[64];
  struct accum acc;
  accum_init (&acc, db, buf);
  accum_keep_text (&acc);	/* { dg-warning "address of local 'buf' escapes: passed to 'accum_keep_text'" } */
}

/* The same with the fields written in the function itself.  */
void
direct_fields (struct conn *db)
{
  char buf[64];
  struct accum acc;
  acc.db = db;
  acc.text = buf;		/* { dg-bogus "escape" } */
  accum_fail (&acc);
}

void
direct_fields_twin (struct conn *db)
{
  char buf[64];
  struct accum acc;
  acc.db = db;
  acc.text = buf;
  accum_keep_text (&acc);	/* { dg-warning "address of local 'buf' escapes" } */
}

/* A local struct holding a local's address in one field, its other field
   stored through a parameter.  */
struct pair { int *a; int *b; };

void
one_field_out (int **out)
{
  int x = 0, y = 0, z = 0;
  struct pair p;
  p.a = &x;			/* { dg-bogus "escape" } */
  p.b = &z;
  *out = p.b;			/* { dg-warning "address of local 'z' escapes: stored into '\\*out'" } */
  (void) y;
}

/* Struct copies go field by field.  */
void
struct_copy (int **out)
{
  int x = 0, z = 0;
  struct pair p, q;
  p.a = &x;			/* { dg-bogus "escape" } */
  p.b = &z;
  q = p;
  *out = q.b;			/* { dg-warning "address of local 'z' escapes" } */
}

/* Through a pointer to the local struct, and a pointer to its field.  */
void
through_pointers (int **out)
{
  int x = 0, z = 0;
  struct pair p;
  struct pair *pp = &p;
  int **slot = &p.b;
  pp->a = &x;			/* { dg-bogus "escape" } */
  *slot = &z;
  *out = pp->b;			/* { dg-warning "address of local 'z' escapes" } */
}

/* An index the analysis cannot tell makes every field possible.  */
void
unknown_index (int **out, int i)
{
  int x = 0;
  struct pair p;
  p.a = &x;
  p.b = NULL;
  *out = ((int **) &p)[i];	/* { dg-warning "address of local 'x' escapes" } */
}

/* Nested structs: the inner struct's fields are fields of the outer.  */
struct outer { struct pair in; int *c; };

void
nested (int **out)
{
  int x = 0, z = 0;
  struct outer o;
  o.in.a = &x;			/* { dg-bogus "escape" } */
  o.in.b = &z;
  o.c = NULL;
  *out = o.in.b;		/* { dg-warning "address of local 'z' escapes" } */
}

/* A helper writing into the caller's struct, field by field.  */
static void
fill (struct pair *p, int *a, int *b)
{
  p->a = a;
  p->b = b;
}

static void
publish_b (struct pair *p, int **out)
{
  *out = p->b;
}

void
helper_fills (int **out)
{
  int x = 0, z = 0;
  struct pair p;
  fill (&p, &x, &z);
  publish_b (&p, out);		/* { dg-warning "address of local 'z' escapes: passed to 'publish_b'" } */
}

void
helper_fills_twin (int **out)
{
  int x = 0;
  struct pair p;
  fill (&p, &x, NULL);		/* { dg-bogus "escape" } */
  publish_b (&p, out);
}

/* A union's members overlap: writing one is writing the other.  */
union either { int *p; long n; };
struct tagged { union either u; int *other; };

void
union_overlap (int **out)
{
  int x = 0;
  struct tagged t;
  t.other = NULL;
  t.u.p = &x;
  *out = (int *) t.u.n;		/* { dg-warning "address of local 'x' escapes" } */
}
