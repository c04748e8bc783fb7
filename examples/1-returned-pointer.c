/* The seeds' newTestStr: Go moves t to the heap because its address is
   returned ("new(testStr) escapes to heap").  C keeps it on the stack and
   returns a dangling pointer: gcc-escape says [escape:return].  The correct
   twin allocates it, and gets no warning.  */

#include <stdlib.h>

struct testStr { const char *test; };

struct testStr *
newTestStr (const char *v)
{
  struct testStr t;
  t.test = v;
  struct testStr *p = &t;
  return p;
}

struct testStr *
newTestStrFixed (const char *v)
{
  struct testStr *t = malloc (sizeof *t);
  if (t)
    t->test = v;
  return t;
}
