/* error with no value makes every rule's findings errors.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-error" } */

void use (void *);

void
big (void)
{
  char buf[70000];	/* { dg-error "'buf' is 70000 bytes, more than the stack limit of 65536 bytes \\\[escape:oversize\\\]" } */
  use (buf);
}
