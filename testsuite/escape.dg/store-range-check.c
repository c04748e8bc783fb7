/* A pointer checked to lie between two bounds points into their object:
   pool allocators test "start <= p && p < end" before they push p onto
   the pool's free list (sqlite's lookaside), so a caller's stack buffer,
   which is never in the pool, is not pushed.  When the pool itself is the
   caller's stack memory, or the checked pointer goes back to the caller,
   the flow stays.  */
/* { dg-do compile } */
/* { dg-options "-Wno-return-local-addr -Wno-free-nonheap-object" } */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct slot { struct slot *next; };
struct pool { char *start, *end; struct slot *free; };
struct db { int flags; struct pool look; };

static void
pool_free (struct pool *pl, void *p)
{
  if ((uintptr_t) p >= (uintptr_t) pl->start
      && (uintptr_t) p < (uintptr_t) pl->end)
    {
      struct slot *s = p;
      s->next = pl->free;
      pl->free = s;
      return;
    }
  free (p);
}

/* sqlite3DbFreeNN's shape: nested tests, the bounds read through db.  */
static void
db_free (struct db *db, void *p)
{
  if (db)
    {
      if ((char *) p < db->look.end)
	{
	  if ((char *) p >= db->look.start)
	    {
	      struct slot *s = p;
	      s->next = db->look.free;
	      db->look.free = s;
	      return;
	    }
	}
    }
  free (p);
}

static void *
db_realloc (struct db *db, void *p, size_t n)
{
  if (!p)
    return malloc (n);
  void *q = malloc (n);
  if (q)
    memcpy (q, p, n / 2);
  db_free (db, p);
  return q;
}

/* sqlite's StrAccum: the text starts in the caller's buffer and moves to
   the heap when it grows; the old text is given back only when it was
   the heap's.  */
struct str { struct db *db; char *text; int malloced; size_t n, cap; };

static void
str_init (struct str *s, struct db *db, char *buf, size_t cap)
{
  s->db = db;
  s->text = buf;
  s->malloced = 0;
  s->n = 0;
  s->cap = cap;
}

static void
str_grow (struct str *s, size_t need)
{
  char *old = s->malloced ? s->text : 0;
  char *t = db_realloc (s->db, old, 2 * need);
  if (!t)
    return;
  if (!s->malloced)
    memcpy (t, s->text, s->n);
  s->text = t;
  s->malloced = 1;
  s->cap = 2 * need;
}

static void
str_append (struct str *s, const char *z)
{
  size_t len = strlen (z);
  if (s->n + len + 1 > s->cap)
    str_grow (s, s->n + len + 1);
  memcpy (s->text + s->n, z, len + 1);
  s->n += len;
}

static void
str_reset (struct str *s)
{
  if (s->malloced)
    db_free (s->db, s->text);
  s->text = 0;
}

char *
greet (struct db *db, const char *name)
{
  char buf[64];
  struct str s;
  str_init (&s, db, buf, sizeof buf);
  str_append (&s, name);	/* { dg-bogus "escape" } */
  char *r = strdup (s.text);
  str_reset (&s);		/* { dg-bogus "escape" } */
  return r;
}

/* A buffer handed straight to the free function: not the pool's.  */
void
give_back (struct db *db)
{
  char buf[32];
  db_free (db, buf);		/* { dg-bogus "escape" } */
  struct pool *pl = &db->look;
  pool_free (pl, buf);		/* { dg-bogus "escape" } */
}

/* Any pointer at all: the free list is the pool's, what is pushed was
   the pool's.  */
void
give_any (struct db *db, char *p)
{
  char local[8];
  char *q = p ? p : local;
  db_free (db, q);		/* { dg-bogus "escape" } */
}

/* The pool on the stack: its slots are pushed onto its free list, which
   goes to a global.  */
void *first_free;

void
stack_pool (void)
{
  char slots[256];
  struct pool pl = { slots, slots + sizeof slots, 0 };
  pool_free (&pl, slots + 16);
  first_free = pl.free;		/* { dg-warning "address of local 'slots' escapes: stored into global 'first_free'" } */
}

/* The same through a db on the stack, one call further.  */
struct db *last_db;

void
stack_db (void)
{
  char slots[256];
  struct db d = { 0, { slots, slots + sizeof slots, 0 } };
  db_free (&d, slots + 32);
  last_db = malloc (sizeof *last_db);
  if (last_db)
    last_db->look.free = d.look.free;	/* { dg-warning "address of local 'slots' escapes" } */
}

/* A checked pointer the callee hands back is the caller's again.  */
struct arena { char *start, *end, *last; };

static void *
arena_grow (struct arena *a, void *p, size_t n)
{
  if ((char *) p >= a->start && (char *) p < a->end && (char *) p == a->last
      && a->last + n <= a->end)
    return p;
  return malloc (n);
}

void *
arena_user (void)
{
  char space[128];
  struct arena a = { space, space + sizeof space, space };
  return arena_grow (&a, space, 16);	/* { dg-warning "address of local 'space' may escape: returned" } */
}

/* A local pointer checked against bounds in the same function.  */
struct pool *shared;

void
same_function (void)
{
  char buf[16];
  char *p = buf;
  if (p >= shared->start && p < shared->end)
    shared->free = (struct slot *) p;	/* { dg-bogus "escape" } */
}

void
same_function_own_pool (void)
{
  char buf[16];
  char *start = buf, *end = buf + sizeof buf;
  char *p = buf + 4;
  if (p >= start && p < end)
    shared->free = (struct slot *) p;	/* { dg-warning "address of local 'buf' escapes" } */
}
