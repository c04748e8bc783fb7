/* An allocation kept in a local struct's field: its null test reads the
   field back ("x.buf = malloc (n); if (!x.buf)"), which is the
   allocation itself when nothing was stored in between.  A leak is named
   by the line of the path's own return, not by the merged one.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-report" } */

#include <stdlib.h>
#include <string.h>

struct ctx { char *buf; int n; };

int
field_tested (int c)
{
  struct ctx x;
  x.buf = malloc (96);	/* { dg-warning "heap allocation of 96 bytes never leaves 'field_tested' and is freed on every path \\(line 23\\); it could live on the stack \\\[escape:promote\\\]" } */
  if (!x.buf)
    return 0;
  memset (x.buf, c, 96);
  x.n = c;
  int r = x.buf[1] + x.n;
  free (x.buf);
  return r;
}

int
early_return (int c)
{
  struct ctx x;
  x.buf = malloc (96);	/* { dg-message "allocation by 'malloc' does not escape, but it is not freed on the path through line 36" } */
  if (x.buf == NULL)
    return 0;
  memset (x.buf, c, 96);
  if (c > 3)
    return 1;
  int r = x.buf[1];
  free (x.buf);
  return r;
}

/* Another store between: the field read back may be another value.  */
int
restored_between (int c, char *other)
{
  struct ctx x;
  x.buf = malloc (96);	/* { dg-bogus "escape:promote" } */
  char *mine = x.buf;
  x.buf = other;
  if (!x.buf)
    return 0;
  memset (mine, c, 96);
  int r = mine[1];
  free (mine);
  return r;
}

/* The suggested stack form is a C declaration: an array of the innermost
   element, and bytes for a struct ending in a flexible array member.  */
double
matrix (void)
{
  double (*m)[4] = malloc (sizeof (double[4][4]));	/* { dg-warning "heap allocation of 128 bytes never leaves 'matrix'" } */
				/* { dg-message "for example: 'double buf\\\[16\\\];'" "" { target *-*-* } .-1 } */
  if (!m)
    return 0;
  m[1][1] = 2;
  double t = m[1][1];
  free (m);
  return t;
}

struct msg { size_t len; char data[]; };

int
flexible (int c)
{
  struct msg *m = malloc (sizeof *m + 32);	/* { dg-warning "heap allocation of 40 bytes never leaves 'flexible'" } */
				/* { dg-message "for example: 'char buf\\\[40\\\];'" "" { target *-*-* } .-1 } */
  if (!m)
    return 0;
  m->len = 32;
  memset (m->data, c, 32);
  int r = m->data[3];
  free (m);
  return r;
}

/* One byte is "1 byte".  */
int
one_byte (void)
{
  char *p = malloc (1);	/* { dg-warning "heap allocation of 1 byte never leaves 'one_byte'" } */
  if (!p)
    return -1;
  p[0] = 1;
  int r = p[0];
  free (p);
  return r;
}
