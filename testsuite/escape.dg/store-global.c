/* escape:store into globals and statics, directly or through a pointer.  */
/* { dg-do compile } */

int *global_ptr;
static int *file_ptr;
struct holder { int *p; } global_holder;
int **global_slot;

void
to_global (void)
{
  int x = 0;		/* { dg-message "'x' declared here" } */
  global_ptr = &x;	/* { dg-warning "address of local 'x' escapes: stored into global 'global_ptr' \\\[escape:store\\\]" } */
}

void
to_file_static (void)
{
  int x = 0;
  file_ptr = &x;	/* { dg-warning "address of local 'x' escapes: stored into global 'file_ptr'" } */
}

void
to_function_static (void)
{
  char buf[8];
  static char *keep;
  keep = buf;		/* { dg-warning "address of local 'buf' escapes: stored into static 'keep'" } */
}

void
to_global_field (void)
{
  int x = 0;
  global_holder.p = &x;	/* { dg-warning "address of local 'x' escapes: stored into global 'global_holder'" } */
}

void
through_global_pointer (void)
{
  int x = 0;
  *global_slot = &x;	/* { dg-warning "address of local 'x' escapes: stored into '\\*global_slot'" } */
}

void
through_copy (void)
{
  int x = 0;
  int *p = &x;		/* { dg-message "address of 'x' taken here" } */
  int *q = p;
  global_ptr = q;	/* { dg-warning "address of local 'x' escapes" } */
}

/* Not findings.  */
void
value_only (void)
{
  int x = 42;
  static int copy;
  copy = x;		/* { dg-bogus "escape:" } */
}

void
static_address (void)
{
  static int x;
  global_ptr = &x;	/* { dg-bogus "escape:" } */
}
