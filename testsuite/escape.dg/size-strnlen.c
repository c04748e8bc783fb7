/* strnlen (s, n) is at most n: strndupa with a bounded length, and a VLA
   sized by strnlen, have a bound; an unsigned "n - 1" wraps and has none.  */
/* { dg-do compile } */

#define _GNU_SOURCE
#include <string.h>

extern void use (const char *);

void
bounded_copies (const char *s, size_t n)
{
  char *a = strndupa (s, 16);		/* { dg-bogus "escape:vla" } */
  char b[strnlen (s, 200) + 1];		/* { dg-bogus "escape:vla" } */
  char *c = strndupa (s, n);		/* { dg-warning "'alloca' has a size unknown at compile time and not bounded by any check \\\[escape:vla\\\]" } */
  char *d = strndupa (s, 1 << 20);	/* { dg-warning "'alloca' may be up to 1048577 bytes, more than the stack limit of 65536 bytes \\\[escape:vla\\\]" } */
  memcpy (b, s, strnlen (s, 200));
  use (a);
  use (b);
  use (c);
  use (d);
}

void
wrapped (const char *s, unsigned int n)
{
  if (n > 100)
    return;
  char e[n - 1];			/* { dg-warning "escape:vla" } */
  memcpy (e, s, sizeof e);
  use (e);
}
