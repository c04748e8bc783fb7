/* The seeds' newTestStr, in C.  Go moves t to the heap ("new(testStr)
   escapes to heap"); C keeps it on the stack and returns a dangling
   pointer, unless the programmer allocates it.  */
/* { dg-do compile } */
/* { dg-options "-Wno-return-local-addr" } */

#include <stdlib.h>

struct testStr { const char *test; };

struct testStr *
newTestStr (const char *v)
{
  struct testStr t;	/* { dg-message "'t' declared here" } */
  t.test = v;
  return &t;		/* { dg-warning "address of local 't' escapes: returned from 'newTestStr' \\\[escape:return\\\]" } */
}

struct testStr *
newTestStrHeap (const char *v)
{
  struct testStr *t = malloc (sizeof *t);
  if (t)
    t->test = v;
  return t;		/* { dg-bogus "escape:" } */
}
