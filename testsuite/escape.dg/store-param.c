/* escape:store through a parameter: the caller's memory outlives us.  */
/* { dg-do compile } */

struct conn
{
  int *last;
  struct conn *next;
  int *items[4];
  struct { int *p; } inner;
};

void
out_param (int **out)
{
  int x = 0;
  *out = &x;		/* { dg-warning "address of local 'x' escapes: stored into '\\*out' \\(parameter 'out' of 'out_param'\\) \\\[escape:store\\\]" } */
}

void
field (struct conn *conn)
{
  int hdr = 0;
  conn->last = &hdr;	/* { dg-warning "address of local 'hdr' escapes: stored into 'conn->last' \\(parameter 'conn' of 'field'\\)" } */
}

void
array_in_field (struct conn *c, int i)
{
  int x = 0;
  c->items[i] = &x;	/* { dg-warning "stored into 'c->items\\\[i\\\]' \\(parameter 'c'" } */
}

void
nested_field (struct conn *c)
{
  int x = 0;
  c->next->inner.p = &x;	/* { dg-warning "stored into 'c->next->inner.p' \\(parameter 'c'" } */
}

void
array_of_structs (struct conn *conns, int i)
{
  int x = 0;
  conns[i].last = &x;	/* { dg-warning "address of local 'x' escapes" } */
}

/* Stores into our own locals, even through pointers, stay in the frame.  */
int
local_struct (void)
{
  int x = 1;
  struct conn c;
  struct conn *p = &c;
  p->last = &x;		/* { dg-bogus "escape:" } */
  return *c.last;
}

void
param_value_stored (struct conn *c, int *p)
{
  c->last = p;		/* { dg-bogus "escape:" } */
}
