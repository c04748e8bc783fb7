/* A stack object in a recursive function costs its size once per level:
   findings there name the cycle; the report names the largest object of
   each recursive function.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-max-stack=1024 -fplugin-arg-escape-report" } */

int use (void *);
int odd (int n);

int
walk (int depth)	/* { dg-message "'walk' is recursive \\(cycle: walk -> walk\\)" } */
{
  char frame[2048];	/* { dg-warning "'frame' is 2048 bytes" } */
			/* { dg-message "'frame' \\(2048 bytes\\) is too large for the stack" "" { target *-*-* } .-1 } */
			/* { dg-message "'frame' \\(2048 bytes\\) is the largest stack object of recursive 'walk'" "" { target *-*-* } .-2 } */
  return depth ? walk (depth - 1) + use (frame) : 0;
}

int
even (int n)
{
  char small[64];	/* { dg-message "'small' \\(64 bytes\\) is the largest stack object of recursive 'even' \\(cycle: \[a-z\]+ -> \[a-z\]+ -> \[a-z\]+\\)" } */
  use (small);
  return n ? odd (n - 1) : 1;
}

int
odd (int n)
{
  return n ? even (n - 1) : 0;
}

int
not_recursive (void)
{
  char frame[2048];	/* { dg-warning "'frame' is 2048 bytes" } */
			/* { dg-message "too large for the stack" "" { target *-*-* } .-1 } */
			/* { dg-bogus "largest stack object" "" { target *-*-* } .-2 } */
  return use (frame);
}

/* Scalars whose address is never taken are in registers: no stack object
   to name.  An address-taken one is.  */
int
count_down (const int *p, int n)	/* { dg-bogus "largest stack object" } */
{
  int left = n - 1;
  return n ? count_down (p, left) + *p : 0;
}

int
count_kept (int n)
{
  int here = n;		/* { dg-message "'here' \\(4 bytes\\) is the largest stack object of recursive 'count_kept'" } */
  use (&here);
  return n ? count_kept (n - 1) : 0;
}
