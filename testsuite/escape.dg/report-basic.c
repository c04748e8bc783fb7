/* Go's -m: one note per address-taken stack object.  */
/* { dg-do compile } */
/* { dg-options "-Wno-return-local-addr -fplugin-arg-escape-report" } */

#include <string.h>

int *
leak (void)
{
  int kept = 0;		/* { dg-message "'kept' escapes: returned from 'leak'" } */
  int *p = &kept;
  return p;		/* { dg-warning "\\\[escape:return\\\]" } */
}

int
stays (void)
{
  char buf[16];		/* { dg-message "'buf' does not escape" } */
  memset (buf, 0, sizeof buf);
  return buf[1];
}
