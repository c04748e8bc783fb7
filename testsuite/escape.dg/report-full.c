/* Go's -m for everything: stack objects, allocation sites, parameters.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-report" } */

#include <stdlib.h>
#include <string.h>

int *g;

int *pick (int *a, int *b, int c)	/* { dg-message "leaking param: 'a' to result" } */
{				/* { dg-message "leaking param: 'b' to result" "" { target *-*-* } .-1 } */
  return c ? a : b;
}

void keep (int *p)		/* { dg-message "leaking param: 'p'" } */
{				/* { dg-bogus "leaks:" "flows only at report=2" { target *-*-* } .-1 } */
  g = p;
}

void keep_content (int **pp)	/* { dg-message "leaking param content: 'pp'" } */
{
  g = *pp;
}

int sum (const int *p, int n)	/* { dg-message "'p' does not escape" } */
{
  int s = 0;
  for (int i = 0; i < n; i++)
    s += p[i];
  return s;
}

char *
make (void)
{
  char *p = malloc (16);	/* { dg-message "allocation by 'malloc' escapes: returned from 'make'" } */
  return p;
}

int
scratch (void)
{
  char *p = malloc (16);	/* { dg-message "allocation by 'malloc' \\(16 bytes\\) does not escape and is freed on every path: it could live on the stack" } */
			/* { dg-warning "escape:promote" "" { target *-*-* } .-1 } */
  if (!p)
    return 0;
  strcpy (p, "x");
  int n = p[0];
  free (p);
  return n;
}

/* A store that holds nothing for long (undone, or into a local nothing
   reads) still takes the address: the object is listed.  */
struct ctx { int *slot; };
struct ctx *current;
extern void run (void);

void
undone (void)
{
  struct ctx c = { 0 };	/* { dg-message "'c' does not escape" } */
  current = &c;
  run ();
  current = 0;
}

int
stored_unread (void)
{
  int x = 1;			/* { dg-message "'x' does not escape" } */
  struct ctx c;
  c.slot = &x;
  return 0;
}
