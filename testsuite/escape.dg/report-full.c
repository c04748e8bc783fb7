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

/* The C library copies what a string argument points to, not the address;
   GCC's folds call it by its builtin's name (printf to __builtin_puts);
   va_start fills the list with places in the frame's arguments.  */
#include <stdarg.h>
#include <stdio.h>

void
copy_name (char *dst)		/* { dg-message "'dst' does not escape" } */
{
  char src[8] = "abc";		/* { dg-message "'src' does not escape" } */
  strcpy (dst, src);
  strcat (dst, src);
}

void
print_name (void)
{
  char s[8] = "abc";		/* { dg-message "'s' does not escape" } */
  printf ("%s\n", s);
}

int
sum_args (int n, ...)
{
  va_list ap;			/* { dg-message "'ap' does not escape" } */
  int s = 0;
  va_start (ap, n);
  for (int i = 0; i < n; i++)
    s += va_arg (ap, int);
  va_end (ap);
  return s;
}

/* memcpy between locals is folded to a block copy: both are listed.  */
int
copy_local (void)
{
  char s[100] = "abc";		/* { dg-message "'s' does not escape" } */
  char d[100];			/* { dg-message "'d' does not escape" } */
  memcpy (d, s, sizeof s);
  return d[1];
}

/* Returned and handed to unknown code: the report says both, as the
   callers are told.  */
extern void unseen (int *);

int *
shown_and_returned (int *p)	/* { dg-message "leaking param: 'p' to result; it may also escape: passed to code the analysis cannot see" } */
{
  unseen (p);
  return p;
}

/* What the parameter points to is returned, not the parameter: Go's
   "leaking param content to result".  */
int *
first_of (int **pp)		/* { dg-message "leaking param content: 'pp' to result" } */
{
  return *pp;
}
