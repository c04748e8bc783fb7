/* With -g3 the front end hands every macro definition to the debug
   information.  The plugin's own __GCC_ESCAPE__ is defined before that is
   set up: GCC crashed on every file (jemalloc's configure runs its first
   test with -g3).  The macro is still defined, findings still reported.  */
/* { dg-do compile } */
/* { dg-options "-g3 -Wno-return-local-addr" } */

#ifndef __GCC_ESCAPE__
#error "the plugin defines __GCC_ESCAPE__"
#endif

#define BUFSZ 16

char *
name_buffer (void)
{
  char buf[BUFSZ];
  buf[0] = 0;
  return buf; /* { dg-warning "address of local 'buf' escapes: returned from 'name_buffer' \\\[escape:return\\\]" } */
}

int
main (void)
{
  return 0;
}
