/* An asm is code the analysis cannot see: what its operands hold may
   escape.  A memory operand naming a field ("m" (l.p)) once sent the
   plugin into endless recursion (a crash of cc1).  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-strict" } */

struct s { char *p; int n; };

void
field_operand (struct s *q)
{
  struct s l = { 0, 0 };
  char buf[8];
  l.p = buf;
  __asm__ volatile ("" : : "m" (l.p));	/* { dg-warning "address of local 'buf' may escape: passed to code the analysis cannot see" } */
  __asm__ volatile ("" : : "m" (q->p));
}

int
field_operand_clean (void)
{
  struct s l = { 0, 0 };
  __asm__ volatile ("" : : "m" (l.n));
  return l.n;
}
