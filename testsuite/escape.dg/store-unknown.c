/* Addresses passed to code the analysis cannot see "may escape" (Go's
   interface dispatch): a note in the report, a warning only under strict.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-strict -fplugin-arg-escape-report" } */

#include <string.h>
#include <stdio.h>
#include <stdlib.h>

void external (void *);

void
to_external (void)
{
  int x = 0;		/* { dg-message "'x' may escape: passed to unknown function 'external'" } */
  external (&x);	/* { dg-warning "address of local 'x' may escape: passed to unknown function 'external' \\\[escape:store\\\]" } */
}

void
to_indirect (void (*f) (int *))
{
  int x = 0;
  f (&x);		/* { dg-warning "address of local 'x' may escape: passed to an indirect call" } */
			/* { dg-message "note: passed to an indirect call" "the flow ends at the call" { target *-*-* } .-1 } */
}

static int cmp (const void *a, const void *b) { return *(const int *) a - *(const int *) b; }

/* The C library keeps none of these.  */
int
library (void)
{
  int v[4] = { 4, 3, 2, 1 };	/* { dg-message "'v' does not escape" } */
  char buf[32];		/* { dg-message "'buf' does not escape" } */
  qsort (v, 4, sizeof v[0], cmp);
  snprintf (buf, sizeof buf, "%d", v[0]);
  printf ("%s %zu\n", buf, strlen (buf));
  int key = 2;
  return bsearch (&key, v, 4, sizeof v[0], cmp) != 0;
}

/* What unknown code returns is its memory: a store there may escape.  */
struct ctx { int *cur; };
struct ctx *lookup_ctx (int key);

void
into_theirs (void)
{
  int frame = 0;
  struct ctx *c = lookup_ctx (1);
  c->cur = &frame;	/* { dg-warning "address of local 'frame' may escape: stored into 'c->cur', memory returned by 'lookup_ctx' \\\[escape:store\\\]" } */
}

/* A same-file function that hands the address to unknown code.  */
static void
hand_on (int *p)
{
  external (p);
}

void
through_helper (void)
{
  int x = 0;
  hand_on (&x);	/* { dg-warning "address of local 'x' may escape: passed to 'hand_on', which passes it to code the analysis cannot see" } */
}
