/* Allocations that must stay on the heap: each condition of escape:promote
   broken once.  The report gives the first reason.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-report" } */

#include <stdlib.h>
#include <string.h>

char *global_buf;
void external (char *);
void *my_alloc (size_t) __attribute__ ((malloc, alloc_size (1)));

int
variable_size (size_t n)
{
  char *p = malloc (n);		/* { dg-message "allocation by 'malloc' does not escape, but its size is not known at compile time" } */
  if (!p)
    return 0;
  p[0] = 1;
  free (p);
  return 1;
}

int
too_large (void)
{
  char *p = malloc (65537);	/* { dg-message "but its 65537 bytes are more than the stack limit of 65536" } */
  if (!p)
    return 0;
  p[0] = 1;
  free (p);
  return 1;
}

int
freed_on_some_paths (int c)
{
  char *p = malloc (16);	/* { dg-message "does not escape, but it is not freed on the path through line 42" } */
  if (!p)
    return 0;
  if (c)
    return 1;
  free (p);
  return 2;
}

char *
returned (void)
{
  char *p = malloc (16);	/* { dg-message "allocation by 'malloc' escapes: returned from 'returned'" } */
  return p;			/* { dg-bogus "escape:promote" } */
}

void
stored_in_global (void)
{
  char *p = malloc (16);	/* { dg-message "allocation by 'malloc' escapes: stored into global 'global_buf'" } */
  global_buf = p;
  free (p);
}

void
stored_in_param (char **out)
{
  char *p = malloc (16);	/* { dg-message "escapes" } */
  *out = p;
  free (p);
}

void
freed_elsewhere (void (*release) (char *))
{
  char *p = malloc (16);	/* { dg-message "may escape: passed to an indirect call" } */
  release (p);
}

void
unknown_function (void)
{
  char *p = malloc (16);	/* { dg-message "may escape: passed to unknown function 'external'" } */
  external (p);
  free (p);
}

void
reallocated (void)
{
  char *p = malloc (16);	/* { dg-message "does not escape, but it is resized with 'realloc'" } */
  char *q = realloc (p, 32);
  free (q ? q : p);
}

int
allocated_in_loop (int n)
{
  char *p = 0;
  for (int i = 0; i < n; i++)
    {
      p = malloc (16);		/* { dg-message "does not escape, but it is allocated in a loop and not freed before the next iteration" } */
      if (p)
	p[0] = i;
    }
  free (p);
  return 0;
}

int
never_freed (void)
{
  char *p = my_alloc (16);	/* { dg-message "does not escape, but 'never_freed' does not free it" } */
  p[0] = 1;
  return p[0];
}

/* realloc's result is a block realloc resized, not a scratch one.  GCC
   folds realloc (NULL, n) into malloc (n): the note says malloc, not
   GCC's own name for it.  */
int
grown_result (void)
{
  char *p = malloc (16);	/* { dg-message "allocation by 'malloc' does not escape, but it is resized with 'realloc'" } */
  char *q = realloc (p, 32);	/* { dg-message "allocation by 'realloc' does not escape, but it is a block 'realloc' resized" } */
  if (!q)
    {
      free (p);
      return -1;
    }
  q[0] = 1;
  int r = q[0];
  free (q);
  return r;
}

int
from_nothing (void)
{
  char *p = realloc (0, 16);	/* { dg-bogus "__builtin" } */
  /* { dg-warning "heap allocation of 16 bytes never leaves 'from_nothing'" "" { target *-*-* } .-1 } */
  /* { dg-message "allocation by 'malloc' \\(16 bytes\\) does not escape" "" { target *-*-* } .-2 } */
  if (!p)
    return -1;
  p[0] = 1;
  int r = p[0];
  free (p);
  return r;
}
