/* Summaries: a same-file helper that stores its argument makes the
   caller's address escape; one that only reads it keeps it safe; one that
   returns it makes "return helper (&x)" an escape:return.  Recursion and
   mutual recursion are iterated to a fixpoint.  */
/* { dg-do compile } */
/* { dg-options "-Wno-return-local-addr" } */

#include <stdio.h>

int *saved;
struct list { int *items[8]; int n; };

static void keep (int *p) { saved = p; }
static int peek (const int *p) { return *p; }
static int *pick (int *a, int *b, int c) { return c ? a : b; }
static void add (struct list *l, int *p) { l->items[l->n++] = p; }
static void keep_indirect (int *p) { keep (p); }

void
helper_stores (void)
{
  int x = 0;
  keep (&x);		/* { dg-warning "address of local 'x' escapes: passed to 'keep', which stores it where it outlives the call \\\[escape:store\\\]" } */
}

void
helper_stores_indirectly (void)
{
  int x = 0;
  keep_indirect (&x);	/* { dg-warning "address of local 'x' escapes: passed to 'keep_indirect'" } */
}

int
helper_reads (void)
{
  int x = 5;
  return peek (&x);	/* { dg-bogus "escape:" } */
}

int *
helper_returns (int c)
{
  int a = 0, b = 1;
  return pick (&a, &b, c);	/* { dg-warning "address of local 'a' may escape: returned from 'helper_returns' \\\[escape:return\\\]" } */
}				/* { dg-warning "address of local 'b' may escape" "" { target *-*-* } .-1 } */

void
helper_stores_into_param (struct list *l)
{
  int x = 0;
  add (l, &x);		/* { dg-warning "address of local 'x' escapes: passed to 'add', which stores it into the memory of parameter 'l'" } */
}

int
helper_stores_into_local (void)
{
  int x = 0;
  struct list l = { { 0 }, 0 };
  add (&l, &x);		/* { dg-bogus "escape:" } */
  return *l.items[0];
}

/* Recursion: depth keeps going down, the last level stores.  */
static void
descend (int *p, int depth)
{
  if (depth == 0)
    saved = p;
  else
    descend (p, depth - 1);
}

void
recursive_helper (void)
{
  int x = 0;
  descend (&x, 3);	/* { dg-warning "address of local 'x' escapes: passed to 'descend'" } */
}

static void pong (int *p, int n);
static void ping (int *p, int n) { if (n) pong (p, n - 1); }
static void pong (int *p, int n) { if (n) ping (p, n - 1); else printf ("%d\n", *p); }

void
mutual_recursion_reads (void)
{
  int x = 0;
  ping (&x, 4);		/* { dg-bogus "escape:" } */
}

static void even_store (int *p, int n);
static void odd_store (int *p, int n) { if (n) even_store (p, n - 1); }
static void even_store (int *p, int n) { if (n) odd_store (p, n - 1); else saved = p; }

void
mutual_recursion_stores (void)
{
  int x = 0;
  odd_store (&x, 4);	/* { dg-warning "address of local 'x' escapes: passed to 'odd_store'" } */
}

/* What one helper's result points to is what its summary says, nothing
   more: two results do not share a place where stores through one are
   read back through the other.  */
struct box { int *p; };
static struct box *self (struct box *b) { return b; }
static struct box *same_box (struct box *b) { return b; }

void
results_apart (void)
{
  int x = 1;
  struct box l1 = { 0 }, l2 = { 0 };
  self (&l1)->p = &x;			/* { dg-bogus "escape" } */
  saved = same_box (&l2)->p;		/* { dg-bogus "escape" } */
}

void
result_read_back (void)
{
  int x = 1;
  struct box l1 = { 0 };
  self (&l1)->p = &x;
  saved = same_box (&l1)->p;		/* { dg-warning "address of local 'x' escapes: stored into global 'saved' \\\[escape:store\\\]" } */
}

/* A callback's context comes as "void *": its summary tells the fields
   apart by the struct the callback reads it as (sqlite's
   sqlite3InitCallback: its InitData keeps the connection, which lives on,
   and where to put an error message, the caller's local).  */
struct connection { int flags; };
struct callback_data { struct connection *db; char **error; int rc; };
struct connection *last_connection;
char *last_error;

static int
on_row (void *arg, int n)
{
  struct callback_data *data = (struct callback_data *) arg;
  last_connection = data->db;
  if (n < 0)
    *data->error = 0;
  return n;
}

int
run_rows (struct connection *db, int n)
{
  char *error = 0;
  struct callback_data data = { db, &error, 0 };
  on_row (&data, n);			/* { dg-bogus "escape" } */
  return error != 0;
}

/* The twin: the callback keeps where the message goes.  */
static int
on_row_keeping (void *arg, int n)
{
  struct callback_data *data = (struct callback_data *) arg;
  last_connection = data->db;
  last_error = (char *) data->error;
  return n;
}

int
run_rows_keeping (struct connection *db, int n)
{
  char *error = 0;
  struct callback_data data = { db, &error, 0 };
  on_row_keeping (&data, n);		/* { dg-warning "address of local 'error' escapes: passed to 'on_row_keeping', which stores it where it outlives the call" } */
  return error != 0;
}
