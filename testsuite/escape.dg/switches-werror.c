/* Plain -Werror turns the findings into errors, as users expect of any
   warning; -w would silence them.  */
/* { dg-do compile } */
/* { dg-options "-Werror -Wno-return-local-addr" } */
/* { dg-prune-output "all warnings being treated as errors" } */

int *
returned (void)
{
  int y = 0;
  int *p = &y;
  return p;		/* { dg-error "address of local 'y' escapes: returned from 'returned' \\\[escape:return\\\]" } */
}
