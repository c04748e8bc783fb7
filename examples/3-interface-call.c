/* The seeds' interface call: Go cannot see which voice() runs, so what is
   passed to it escapes.  In C, an address passed through a function pointer
   "may escape": the report (Go's -m) says so, and -fplugin-arg-escape-strict
   makes it a warning.
   demo-flags: -fplugin-arg-escape-report -fplugin-arg-escape-strict  */

#include <stdio.h>

struct animal { const char *name; void (*voice) (struct animal *); };

static void cat_voice (struct animal *a) { printf ("%s: meow\n", a->name); }

void
speak (void (*voice) (struct animal *))
{
  struct animal cat = { "cat", cat_voice };
  voice (&cat);
}
