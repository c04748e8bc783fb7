/* The environment keeps the string putenv is given (CERT POS34-C), a
   search tree the keys tsearch is given; setenv copies.  GNU strerror_r
   returns the buffer it is given (or a static string).  */
/* { dg-do compile } */
/* { dg-options "-D_GNU_SOURCE" } */

#include <search.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int by_int (const void *a, const void *b)
{
  return *(const int *) a - *(const int *) b;
}

void
put_stack_env (int n)
{
  char buf[32];
  snprintf (buf, sizeof buf, "LEVEL=%d", n);
  putenv (buf);			/* { dg-warning "address of local 'buf' escapes: passed to 'putenv', which keeps it after it returns \\\[escape:store\\\]" } */
}

void
set_env_copy (int n)
{
  char buf[32];
  snprintf (buf, sizeof buf, "%d", n);
  setenv ("LEVEL", buf, 1);	/* { dg-bogus "escape:" } */
}

void
index_key (void **root, int v)
{
  int key = v;
  tsearch (&key, root, by_int);	/* { dg-warning "address of local 'key' escapes: passed to 'tsearch', which keeps it after it returns" } */
}

int
find_key (void **root, int v)
{
  int key = v;
  return tfind (&key, root, by_int) != NULL;	/* { dg-bogus "escape:" } */
}

const char *
describe (int e)
{
  char buf[64];
  return strerror_r (e, buf, sizeof buf);	/* { dg-warning "address of local 'buf' (may )?escapes?: returned from 'describe'" } */
}
