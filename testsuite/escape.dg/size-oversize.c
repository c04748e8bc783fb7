/* escape:oversize: stack objects larger than max-stack (65536 by default;
   exactly the limit is fine).  */
/* { dg-do compile } */
/* { dg-options "-Wno-return-local-addr" } */

#include <alloca.h>

void sink (void *);

struct big { char data[70000]; };
struct small { char data[100]; };
typedef double matrix[100][100];	/* 80000 bytes */

void
plain_array (void)
{
  char buf[65537];	/* { dg-warning "'buf' is 65537 bytes, more than the stack limit of 65536 bytes \\\[escape:oversize\\\]" } */
  sink (buf);
}

void
at_the_limit (void)
{
  char buf[65536];	/* { dg-bogus "escape:" } */
  sink (buf);
}

void
struct_with_array (void)
{
  struct big b;		/* { dg-warning "'b' is 70000 bytes" } */
  sink (&b);
}

void
array_of_structs (void)
{
  struct small many[700];	/* { dg-warning "'many' is 70000 bytes" } */
  sink (many);
}

void
through_typedef (void)
{
  matrix m;		/* { dg-warning "'m' is 80000 bytes" } */
  sink (m);
}

void
nested_block (int c)
{
  if (c)
    {
      int inner[20000];	/* { dg-warning "'inner' is 80000 bytes" } */
      sink (inner);
    }
}

void
unused_still_counts (void)
{
  long unused[10000];	/* { dg-warning "'unused' is 80000 bytes" } */
  (void) unused;
}

void
compound_literal (void)
{
  sink ((struct big) { { 1 } }.data);	/* { dg-warning "compound literal is 70000 bytes" } */
}

int
by_value (struct big b)	/* { dg-warning "parameter 'b' is 70000 bytes" } */
{
  return b.data[0];
}

void
constant_alloca (void)
{
  sink (alloca (100000));	/* { dg-warning "'alloca' is 100000 bytes" } */
}

void
constant_alloca_declared (void)
{
  char *p = alloca (100000);	/* { dg-warning "'alloca' is 100000 bytes, more than the stack limit of 65536 bytes \\\[escape:oversize\\\]" } */
  sink (p);
}

/* Not stack objects.  */
static char file_static[100000];
char global_array[100000];
extern char external_array[100000];

void
not_on_the_stack (void)
{
  static char function_static[100000];	/* { dg-bogus "escape:" } */
  extern char declared_elsewhere[100000];	/* { dg-bogus "escape:" } */
  sink (function_static);
  sink (declared_elsewhere);
  sink (file_static);
  sink (global_array);
  sink (external_array);
}
