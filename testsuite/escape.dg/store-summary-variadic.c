/* A variadic same-file function: what it never reads (no va_start) goes
   nowhere; what it reads with va_arg is beyond its summary, so it may
   escape (a note; a warning under -strict).  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-strict" } */

#include <stdarg.h>
#include <stdio.h>

int *g;

static void
trace (const char *fmt, ...)	/* logging switched off: the arguments are ignored */
{
  (void) fmt;
}

static void
keep_vararg (int n, ...)
{
  va_list ap;
  va_start (ap, n);
  g = va_arg (ap, int *);
  va_end (ap);
}

void
quiet_trace (void)
{
  char buf[16] = "x";
  int v = 1;
  trace ("%s %p", buf, &v);	/* { dg-bogus "escape:" } */
}

void
kept_vararg (void)
{
  int e = 0;
  keep_vararg (1, &e);	/* { dg-warning "address of local 'e' may escape: passed to 'keep_vararg'" } */
}

/* A forwarder passes its variable arguments on with
   __builtin_va_arg_pack (): it reads them.  */
static inline __attribute__ ((always_inline)) void
forward (int n, ...)
{
  keep_vararg (n, __builtin_va_arg_pack ());
}

void
forwarded (void)
{
  int f = 0;
  forward (1, &f);	/* { dg-warning "address of local 'f' may escape: passed to 'forward'" } */
}
