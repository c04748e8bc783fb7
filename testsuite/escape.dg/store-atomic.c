/* Atomic stores are stores: a lock-free push of a stack node into a
   shared list keeps a pointer into the frame.  */
/* { dg-do compile } */

struct node { struct node *next; int v; };
struct node *_Atomic top;
struct node *plain_top;

void
atomic_assign (void)
{
  struct node n = { 0, 1 };
  top = &n;		/* { dg-warning "address of local 'n' escapes" } */
}

void
atomic_store_builtin (void)
{
  struct node n = { 0, 1 };
  __atomic_store_n (&plain_top, &n, __ATOMIC_RELEASE);	/* { dg-warning "address of local 'n' escapes" } */
}

void
atomic_exchange (void)
{
  struct node n = { 0, 1 };
  n.next = __atomic_exchange_n (&plain_top, &n, __ATOMIC_ACQ_REL);	/* { dg-warning "address of local 'n' escapes" } */
}

int
atomic_load_only (void)
{
  struct node n = { 0, 1 };
  struct node *local = &n;
  struct node *seen = __atomic_load_n (&local, __ATOMIC_ACQUIRE);	/* { dg-bogus "escape:" } */
  return seen->v;
}

/* Set for a while and reset, atomically or not: undone.  */
extern void run (void);

void
atomic_set_reset (void)
{
  struct node n = { 0 };
  __atomic_store_n (&plain_top, &n, __ATOMIC_RELEASE);	/* { dg-bogus "escape:" "reset on every path" } */
  run ();
  __atomic_store_n (&plain_top, (struct node *) 0, __ATOMIC_RELEASE);
}

void
atomic_set_plain_reset (void)
{
  struct node n = { 0 };
  __atomic_store_n (&plain_top, &n, __ATOMIC_RELEASE);	/* { dg-bogus "escape:" "reset on every path" } */
  run ();
  plain_top = 0;
}

void
atomic_set_reset_sometimes (int w)
{
  struct node n = { 0 };
  __atomic_store_n (&plain_top, &n, __ATOMIC_RELEASE);	/* { dg-warning "address of local 'n' escapes" } */
  run ();
  if (w)
    __atomic_store_n (&plain_top, (struct node *) 0, __ATOMIC_RELEASE);
}

/* <stdatomic.h>: atomic_store passes its value through a temporary, and
   an assignment to an _Atomic pointer is an atomic store.  */
#include <stdatomic.h>
static _Atomic (struct node *) shared;

void
stdatomic_set_reset (void)
{
  struct node n = { 0 };
  atomic_store (&shared, &n);	/* { dg-bogus "escape:" "reset on every path" } */
  run ();
  atomic_store (&shared, (struct node *) 0);
}

void
stdatomic_set_assign_reset (void)
{
  struct node n = { 0 };
  atomic_store (&shared, &n);	/* { dg-bogus "escape:" "reset on every path" } */
  run ();
  shared = 0;
}

void
stdatomic_set_kept (void)
{
  struct node n = { 0 };
  atomic_store (&shared, &n);	/* { dg-warning "address of local 'n' escapes" } */
  run ();
}

/* The legacy __sync builtins store too.  */
void
sync_exchange (void)
{
  struct node n = { 0 };
  __sync_lock_test_and_set (&plain_top, &n);	/* { dg-warning "address of local 'n' escapes" } */
}

void
sync_compare_and_swap (void)
{
  struct node n = { 0 };
  __sync_val_compare_and_swap (&plain_top, (struct node *) 0, &n);	/* { dg-warning "address of local 'n' escapes" } */
}

void
sync_compare_only (void)
{
  struct node n = { 0 };
  struct node *seen = __sync_val_compare_and_swap (&plain_top, &n, (struct node *) 0);	/* { dg-bogus "escape:" "only compared" } */
  (void) seen;
}

/* An exchange or compare-and-swap is undone as a store is: by a later
   reset, by putting back the old value it returned, or not done at all
   when the compare-and-swap failed.  */
#include <stdatomic.h>
extern int step (int);
struct node *_Atomic current;

int
exchange_reset (void)
{
  struct node n = { 0, 1 };
  __atomic_exchange_n (&plain_top, &n, __ATOMIC_SEQ_CST);	/* { dg-bogus "escape:" } */
  step (0);
  plain_top = 0;
  return 0;
}

int
test_and_set_released (void)
{
  struct node n = { 0, 1 };
  __sync_lock_test_and_set (&plain_top, &n);	/* { dg-bogus "escape:" } */
  step (0);
  __sync_lock_release (&plain_top);
  return 0;
}

int
exchange_put_back (void)
{
  struct node n = { 0, 1 };
  struct node *old = atomic_exchange (&current, &n);	/* { dg-bogus "escape:" } */
  step (0);
  atomic_store (&current, old);
  return 0;
}

int
swap_put_back (void)
{
  struct node n = { 0, 1 };
  struct node *old = __sync_lock_test_and_set (&plain_top, &n);	/* { dg-bogus "escape:" } */
  step (0);
  plain_top = old;
  return 0;
}

int
cas_or_fail (void)
{
  struct node n = { 0, 1 };
  struct node *expected = 0;
  if (!__atomic_compare_exchange_n (&plain_top, &expected, &n, 0,
				    __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST))	/* { dg-bogus "escape:" } */
    return -1;
  step (0);
  plain_top = 0;
  return 0;
}

int
cas_kept (void)
{
  struct node n = { 0, 1 };
  if (!__sync_bool_compare_and_swap (&plain_top, 0, &n))	/* { dg-warning "address of local 'n' escapes" } */
    return -1;
  return step (0);
}

/* Named as written: __atomic_exchange_n, not GCC's sized
   __atomic_exchange_8.  */
void
exchange_named (void)
{
  struct node n = { 0, 1 };
  __atomic_exchange_n (&plain_top, &n, __ATOMIC_SEQ_CST);	/* { dg-warning "address of local 'n' escapes: passed to '__atomic_exchange_n'" } */
}

/* The old value put back must be the one from before the frame's store:
   an exchange after it returns the frame's address itself.  */
int
exchanged_after (void)
{
  struct node n = { 0, 1 };
  atomic_store (&current, &n);	/* { dg-warning "address of local 'n' escapes" } */
  step (0);
  struct node *saved = atomic_exchange (&current, 0);
  step (1);
  atomic_store (&current, saved);
  return 0;
}

int
exchanged_twice (void)
{
  struct node n = { 0, 1 };
  struct node *old = __sync_lock_test_and_set (&plain_top, &n);	/* { dg-warning "address of local 'n' escapes" } */
  struct node *mid = __sync_lock_test_and_set (&plain_top, old);
  step (0);
  plain_top = mid;
  return 0;
}

/* Atomics of objects over 16 bytes are calls to __atomic_store and
   __atomic_exchange with a size: they copy the object, pointers and
   all.  */
struct big { int *a, *b, *c, *d; };
struct big shared_big;
_Atomic struct big atomic_big;

void
big_atomic_store (void)
{
  int c = 0;
  struct big n = { &c, 0, 0, 0 };
  atomic_store (&atomic_big, n);	/* { dg-warning "address of local 'c' escapes: passed to '__atomic_store'" } */
}

void
big_atomic_exchange (void)
{
  int c = 0;
  struct big n = { &c, 0, 0, 0 }, o;
  __atomic_exchange (&shared_big, &n, &o, __ATOMIC_SEQ_CST);	/* { dg-warning "address of local 'c' escapes: passed to '__atomic_exchange'" } */
}
