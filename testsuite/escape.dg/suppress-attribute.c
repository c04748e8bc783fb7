/* __attribute__ ((escape_ok)) on a declaration silences the findings about
   that object, whatever the rule.  __has_attribute sees it, so code built
   without the plugin can leave it out.  */
/* { dg-do compile } */
/* { dg-options "-Wno-return-local-addr" } */

#if defined __has_attribute
# if __has_attribute (escape_ok)
#  define ESCAPE_OK __attribute__ ((escape_ok))
# endif
#endif
#ifndef ESCAPE_OK
# error "escape_ok is registered by the plugin"
#endif

#include <stdlib.h>

int *saved;
void use (void *);

void
kept_on_purpose (void)
{
  static int dummy;
  int x ESCAPE_OK = 0;
  saved = &x;		/* { dg-bogus "escape:" } */
  use (saved);
  saved = &dummy;
  int y = 0;
  saved = &y;		/* { dg-warning "address of local 'y' escapes" } */
}

void
big_on_purpose (void)
{
  char buf[70000] ESCAPE_OK;	/* { dg-bogus "escape:" } */
  use (buf);
}

int
heap_on_purpose (void)
{
  char *p ESCAPE_OK = malloc (16);	/* { dg-bogus "escape:" } */
  if (!p)
    return 0;
  p[0] = 1;
  int r = p[0];
  free (p);
  return r;
}

/* Only a local variable or parameter takes the attribute: anywhere else
   it would be kept and could change what GCC generates (identical code
   folding keeps functions with different attributes apart).  */
int twin_a (int x) __attribute__ ((escape_ok));	/* { dg-warning "'escape_ok' attribute applies only to local variables and parameters; ignored" } */
static int file_counter __attribute__ ((escape_ok));	/* { dg-warning "'escape_ok' attribute applies only to local variables and parameters; ignored" } */

int
twin_a (int x)
{
  static int calls __attribute__ ((escape_ok));	/* { dg-warning "'escape_ok' attribute applies only" } */
  return x + calls + file_counter;
}
