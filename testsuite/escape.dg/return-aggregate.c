/* escape:return through a pointer field of a struct or union returned by
   value, and a compound literal.  */
/* { dg-do compile } */
/* { dg-options "-Wno-return-local-addr" } */

struct view { const char *data; int len; };
union any { int *ip; long l; };

struct view
make_view (void)
{
  char text[16] = "hello";
  struct view v;
  v.data = text;
  v.len = 5;
  return v;		/* { dg-warning "address of local 'text' escapes: returned from 'make_view' \\\[escape:return\\\]" } */
			/* { dg-message "returned here" "not <retval>" { target *-*-* } .-1 } */
			/* { dg-bogus "retval" "" { target *-*-* } .-2 } */
}

struct view
make_view_init (void)
{
  char text[16] = "hello";
  struct view v = { text, 5 };
  return v;		/* { dg-warning "address of local 'text' escapes" } */
}

union any
make_union (void)
{
  int x = 3;
  union any u;
  u.ip = &x;
  return u;		/* { dg-warning "address of local 'x' escapes" } */
}

int *
literal_array (void)
{
  return (int[]) { 1, 2, 3 };	/* { dg-warning "address of a compound literal escapes: returned from 'literal_array'" } */
}

struct view *
literal_struct (void)
{
  return &(struct view) { "x", 1 };	/* { dg-warning "address of a compound literal escapes" } */
}

/* A struct returned by value that holds no stack address.  */
struct view
view_of (const char *s)
{
  struct view v = { s, 1 };
  return v;		/* { dg-bogus "escape:" } */
}
