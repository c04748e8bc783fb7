/* escape:store by calls that keep their argument after they return.  */
/* { dg-do compile } */
/* { dg-options "-pthread" } */

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <threads.h>

void *worker (void *arg) { return arg; }
int cworker (void *arg) { return arg != 0; }
void bye (void) { }

void
thread_not_joined (void)
{
  int arg = 0;
  pthread_t t;
  pthread_create (&t, 0, worker, &arg);	/* { dg-warning "address of local 'arg' escapes: passed to the thread started by 'pthread_create' \\\[escape:store\\\]" } */
  pthread_detach (t);
}

void
thread_joined (void)
{
  int arg = 0;
  pthread_t t;
  pthread_create (&t, 0, worker, &arg);	/* { dg-bogus "escape:" } */
  pthread_join (t, 0);
}

void
thread_joined_sometimes (int c)
{
  int arg = 0;
  pthread_t t;
  pthread_create (&t, 0, worker, &arg);	/* { dg-warning "passed to the thread started by 'pthread_create'" } */
  if (c)
    pthread_join (t, 0);
}

/* A thread that failed to start keeps nothing: the join need only follow
   the calls that succeeded.  */
int
thread_checked (void)
{
  int arg = 0;
  pthread_t t;
  if (pthread_create (&t, 0, worker, &arg) != 0)	/* { dg-bogus "escape:" } */
    return -1;
  pthread_join (t, 0);
  return arg;
}

int
thread_checked_rc (void)
{
  int arg = 0;
  pthread_t t;
  int rc = pthread_create (&t, 0, worker, &arg);	/* { dg-bogus "escape:" } */
  if (rc)
    return rc;
  pthread_join (t, 0);
  return arg;
}

/* The same test written with a branch hint (unlikely ()).  */
int
thread_checked_hinted (void)
{
  int arg = 0;
  pthread_t t;
  if (__builtin_expect (pthread_create (&t, 0, worker, &arg) != 0, 0))	/* { dg-bogus "escape:" } */
    return -1;
  pthread_join (t, 0);
  return arg;
}

int
thread_checked_not_joined (void)
{
  int arg = 0;
  pthread_t t;
  if (pthread_create (&t, 0, worker, &arg) != 0)	/* { dg-warning "address of local 'arg' escapes: passed to the thread started by 'pthread_create' \\\[escape:store\\\]" } */
    return 0;
  return -1;
}

/* Threads kept in an array: started by one loop, joined by a later loop
   over the same array.  */
int
threads_joined_by_loop (int n)
{
  pthread_t t[8];
  int args[8];
  if (n > 8)
    n = 8;
  for (int i = 0; i < n; i++)
    {
      args[i] = i;
      pthread_create (&t[i], 0, worker, &args[i]);	/* { dg-bogus "escape:" } */
    }
  for (int i = 0; i < n; i++)
    pthread_join (t[i], 0);
  return args[0];
}

void
threads_joined_one (void)
{
  pthread_t t[4];
  int args[4];
  for (int i = 0; i < 4; i++)
    pthread_create (&t[i], 0, worker, &args[i]);	/* { dg-warning "address of local 'args' escapes: passed to the thread started by 'pthread_create'" } */
  pthread_join (t[0], 0);
}

int
threads_not_joined_on_error (int fail)
{
  pthread_t t[4];
  int args[4];
  for (int i = 0; i < 4; i++)
    pthread_create (&t[i], 0, worker, &args[i]);	/* { dg-warning "address of local 'args' escapes: passed to the thread started by 'pthread_create'" } */
  if (fail)
    return -1;
  for (int i = 0; i < 4; i++)
    pthread_join (t[i], 0);
  return 0;
}

void
threads_joined_a_step_behind (void)
{
  pthread_t t[4];
  int args[4];
  for (int i = 0; i < 4; i++)
    {
      pthread_create (&t[i], 0, worker, &args[i]);	/* { dg-warning "address of local 'args' escapes: passed to the thread started by 'pthread_create'" } */
      if (i)
	pthread_join (t[i - 1], 0);
    }
}

void
c11_thread (void)
{
  int arg = 0;
  thrd_t t;
  thrd_create (&t, cworker, &arg);	/* { dg-warning "passed to the thread started by 'thrd_create'" } */
}

void
c11_thread_joined (void)
{
  int arg = 0;
  thrd_t t;
  thrd_create (&t, cworker, &arg);	/* { dg-bogus "escape:" } */
  thrd_join (t, 0);
}

void
stdio_buffer (void)
{
  char buf[BUFSIZ];
  setvbuf (stdout, buf, _IOFBF, sizeof buf);	/* { dg-warning "address of local 'buf' escapes: passed to 'setvbuf', which keeps it after it returns" } */
  puts ("hello");
}

void
stdio_buffer_reset (void)
{
  char buf[BUFSIZ];
  setvbuf (stdout, buf, _IOFBF, sizeof buf);	/* { dg-bogus "escape:" } */
  puts ("hello");
  setvbuf (stdout, 0, _IONBF, 0);
}

void
stdio_buffer_closed (const char *path)
{
  char buf[BUFSIZ];
  FILE *f = fopen (path, "w");
  if (!f)
    return;
  setbuf (f, buf);	/* { dg-bogus "escape:" } */
  fputs ("x", f);
  fclose (f);
}

void
at_exit_handler (void)
{
  int token = 0;
  on_exit ((void (*) (int, void *)) bye, &token);	/* { dg-warning "address of local 'token' escapes: passed to 'on_exit', which keeps it after it returns" } */
}

pthread_key_t key;

void
thread_specific (void)
{
  int slot = 0;
  pthread_setspecific (key, &slot);	/* { dg-warning "address of local 'slot' escapes: passed to 'pthread_setspecific'" } */
}

void
thread_specific_reset (void)
{
  int slot = 0;
  pthread_setspecific (key, &slot);	/* { dg-bogus "escape:" } */
  bye ();
  pthread_setspecific (key, 0);
}

/* A failed start in a loop started no thread either.  */
int
threads_checked_in_loop (int n)
{
  int arg = 0;
  for (int i = 0; i < n; i++)
    {
      pthread_t t;
      if (pthread_create (&t, 0, worker, &arg) != 0)	/* { dg-bogus "escape:" "joined when started" } */
	return -1;
      pthread_join (t, 0);
    }
  return arg;
}

/* ... but a later start that fails leaves the earlier threads running.  */
int
threads_started_checked_joined_later (void)
{
  pthread_t t[4];
  int slots[4] = { 0 };
  int i;
  for (i = 0; i < 4; i++)
    if (pthread_create (&t[i], 0, worker, &slots[i]) != 0)	/* { dg-warning "address of local 'slots' escapes: passed to the thread started by 'pthread_create'" } */
      return -1;
  for (i = 0; i < 4; i++)
    pthread_join (t[i], 0);
  return slots[0];
}

/* A memory stream keeps its buffer (open_memstream: the places it reports
   through) until it is closed; a stream that failed to open keeps
   nothing.  */
FILE *kept_stream;

void
memstream_kept (void)
{
  char buf[64];
  kept_stream = fmemopen (buf, sizeof buf, "w");	/* { dg-warning "address of local 'buf' escapes: passed to 'fmemopen', which keeps it after it returns" } */
}

int
memstream_closed (void)
{
  char buf[64] = "12";
  int n = 0;
  FILE *f = fmemopen (buf, sizeof buf, "r");	/* { dg-bogus "escape:" "closed on every path it opened" } */
  if (!f)
    return -1;
  if (fscanf (f, "%d", &n) != 1)
    n = -1;
  fclose (f);
  return n;
}

FILE *
dynamic_stream (void)
{
  char *text;
  size_t size;
  return open_memstream (&text, &size);	/* { dg-warning "address of local 'text' escapes: passed to 'open_memstream'" } */
			/* { dg-warning "address of local 'size' escapes" "" { target *-*-* } .-1 } */
}

/* Released by a same-file wrapper of the releaser, on every path of the
   wrapper: the thread is joined, the stream closed.  A wrapper that
   releases on one path only releases nothing.  */
static void
join_thread (pthread_t t)
{
  pthread_join (t, 0);
}

static void
close_stream (FILE *f)
{
  if (f)
    fclose (f);
}

static void
join_if (pthread_t t, int c)
{
  if (c)
    pthread_join (t, 0);
}

int
joined_by_wrapper (void)
{
  int arg = 1;
  pthread_t t;
  if (pthread_create (&t, 0, worker, &arg) != 0)	/* { dg-bogus "escape:" } */
    return -1;
  join_thread (t);
  return arg;
}

int
closed_by_wrapper (FILE *f)
{
  char buf[BUFSIZ];
  setvbuf (f, buf, _IOFBF, sizeof buf);	/* { dg-bogus "escape:" } */
  int c = fgetc (f);
  close_stream (f);
  return c;
}

int
joined_sometimes (int c)
{
  int arg = 1;
  pthread_t t;
  if (pthread_create (&t, 0, worker, &arg) != 0)	/* { dg-warning "passed to the thread started by 'pthread_create'" } */
    return -1;
  join_if (t, c);
  return arg;
}

/* One handle reused: a thread started again into it before the join
   leaves the earlier one unjoined.  Started and joined in each round of
   the loop, every thread is joined.  */
void
reused_handle (int n)
{
  int shared = 0;
  pthread_t t;
  for (int i = 0; i < n; i++)
    pthread_create (&t, 0, worker, &shared);	/* { dg-warning "address of local 'shared' escapes: passed to the thread started by 'pthread_create'" } */
  pthread_join (t, 0);
}

void
restarted_handle (void)
{
  int x = 0;
  pthread_t t;
  pthread_create (&t, 0, worker, &x);	/* { dg-warning "address of local 'x' escapes: passed to the thread started by 'pthread_create'" } */
  pthread_create (&t, 0, worker, 0);
  join_thread (t);
}

void
joined_each_round (int n)
{
  int shared = 0;
  pthread_t t;
  for (int i = 0; i < n; i++)
    {
      if (pthread_create (&t, 0, worker, &shared) != 0)	/* { dg-bogus "escape:" } */
	break;
      pthread_join (t, 0);
    }
}
