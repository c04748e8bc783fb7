/* GNU C nested functions that use the enclosing function's locals: Go's
   closure rule.  Their address points into the parent's frame.  */
/* { dg-do compile } */

static int (*saved_counter) (void);
void run (int (*f) (void));

void
escapes_to_global (void)
{
  int count = 0;
  int next (void) { return ++count; }	/* { dg-message "'next' declared here" } */
  saved_counter = next;	/* { dg-warning "address of nested function 'next', which uses the locals of 'escapes_to_global', escapes: stored into global 'saved_counter' \\\[escape:store\\\]" } */
}

int (*returned (void)) (void)
{
  int count = 0;
  int next (void) { return ++count; }
  return next;		/* { dg-warning "address of nested function 'next', which uses the locals of 'returned', escapes: returned from 'returned' \\\[escape:return\\\]" } */
}

void
used_locally (void)
{
  int count = 0;
  int next (void) { return ++count; }
  int (*f) (void) = next;
  f ();			/* { dg-bogus "escape:" } */
}

void
uses_no_locals (void)
{
  int next (void) { return 1; }
  saved_counter = next;	/* { dg-bogus "escape:" "no frame, no trampoline" } */
}

/* A thread runs its start routine after the call: a nested one's
   trampoline must outlive it, unless the thread is joined.  */
typedef unsigned long thread_t;
extern int pthread_create (thread_t *, const void *, void *(*) (void *),
			   void *);
extern int pthread_join (thread_t, void **);

int
thread_body (thread_t *t)
{
  int shared = 0;
  void *body (void *a) { shared++; return a; }
  return pthread_create (t, 0, body, 0);	/* { dg-warning "address of nested function 'body', which uses the locals of 'thread_body', escapes: passed to the thread started by 'pthread_create' \\\[escape:store\\\]" } */
}

int
thread_joined (void)
{
  int shared = 0;
  void *body (void *a) { shared++; return a; }
  thread_t t;
  if (pthread_create (&t, 0, body, 0))	/* { dg-bogus "escape:" "joined" } */
    return -1;
  pthread_join (t, 0);
  return shared;
}

/* sigaction keeps the handler its struct names.  */
#include <signal.h>

static void on_term (int s) { (void) s; }

void
install_nested_handler (void)
{
  int hits = 0;
  void on_int (int s) { hits += s; }
  struct sigaction sa = { 0 };
  sa.sa_handler = on_int;
  sigaction (SIGINT, &sa, 0);	/* { dg-warning "address of nested function 'on_int', which uses the locals of 'install_nested_handler', escapes: passed to 'sigaction', which keeps it after it returns" } */
}

int
install_plain_handler (void)
{
  struct sigaction sa = { 0 }, old;
  sa.sa_handler = on_term;
  return sigaction (SIGTERM, &sa, &old);	/* { dg-bogus "escape:" } */
}

/* A nested function that uses only a parameter of its parent: the
   parameter is copied into the frame, which dies with the parent.  When
   optimising GCC marks no decl as living there, only the frame's field.  */
int (*saved_adder) (int);

void
keep_param_adder (int k)
{
  int add (int v) { return v + k; }
  saved_adder = add;		/* { dg-warning "address of nested function 'add', which uses the locals of 'keep_param_adder', escapes: stored into global 'saved_adder'" } */
}

int (*param_adder (int k)) (int)
{
  int add (int v) { return v + k; }
  return add;			/* { dg-warning "address of nested function 'add', which uses the locals of 'param_adder', escapes: returned from 'param_adder'" } */
}
