/* escape:promote through an xmalloc-style wrapper defined in the same
   file: its summary says it returns fresh heap memory sized by its
   argument.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-report" } */

#include <stdlib.h>
#include <string.h>

static void *
xmalloc (size_t n)
{
  void *p = malloc (n);		/* { dg-message "allocation by 'malloc' escapes: returned from 'xmalloc'" } */
  if (!p)
    abort ();
  return p;
}

static char *
xstrdup (const char *s)		/* { dg-message "leaking param content: 's'" "field-insensitive: the bytes memcpy copies could be pointers" } */
{
  size_t n = strlen (s) + 1;
  char *p = xmalloc (n);	/* { dg-message "escapes: returned from 'xstrdup'" } */
  memcpy (p, s, n);
  return p;
}

int
scratch (void)
{
  char *buf = xmalloc (32);	/* { dg-warning "heap allocation of 32 bytes never leaves 'scratch' and is freed on every path \\(line 35\\); it could live on the stack \\\[escape:promote\\\]" } */
				/* { dg-message "could live on the stack" "" { target *-*-* } .-1 } */
  memset (buf, 0, 32);
  int r = buf[3];
  free (buf);
  return r;
}

int
copy_of (const char *s)
{
  char *c = xstrdup (s);	/* { dg-message "does not escape, but its size is not known at compile time" } */
  int r = c[0];
  free (c);
  return r;
}

char *
kept (void)
{
  char *buf = xmalloc (32);	/* { dg-message "escapes: returned from 'kept'" } */
  return buf;			/* { dg-bogus "escape:promote" } */
}
