/* A VLA of several variable dimensions is as large as the product of
   their bounds; a signed length counts from 0 (a negative one is
   undefined).  GIMPLE converts each signed dimension to sizetype before
   multiplying, which the ranger alone reads as unbounded.  */
/* { dg-do compile } */

extern void use (void *);

void
by_type (signed char r, signed char c)
{
  char m[r][c];		/* { dg-bogus "escape:vla" } */
  use (m);
}

void
by_check (int rows, int cols)
{
  if (rows > 16 || cols > 16)
    return;
  double m[rows][cols];	/* { dg-bogus "escape:vla" } */
  use (m);
}

void
three (signed char r, unsigned char c)
{
  char b[r][c][2];	/* { dg-bogus "escape:vla" } */
  use (b);
}

void
square (short n)
{
  char m[n][n];		/* { dg-warning "variable-length array 'm' may be up to 1073676289 bytes, more than the stack limit of 65536 bytes \\\[escape:vla\\\]" } */
  use (m);
}

void
one_unbounded (int r, int c)
{
  if (r > 4)
    return;
  char b[r][c];		/* { dg-warning "variable-length array 'b' has a size unknown at compile time and not bounded by any check \\\[escape:vla\\\]" } */
  use (b);
}
