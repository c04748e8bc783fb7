/* Checks the test harness itself, not the plugin: a GCC warning that is
   given at every -O level must be matched (dg-warning), a message that is
   not given must be reported as absent (dg-bogus), and nothing else may be
   left over as an excess error.  */
/* { dg-do compile } */
/* { dg-options "-Wunused-variable" } */

void f (void) { int unused; } /* { dg-warning "unused variable 'unused'" } */

int g (int used) { return used; } /* { dg-bogus "unused" } */
