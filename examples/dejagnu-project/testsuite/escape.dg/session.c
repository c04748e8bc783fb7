/* The project's own regression test: the session table must never keep a
   pointer into a caller's frame.  */
/* { dg-do compile } */

struct session { const char *user; };
static struct session *current;

void
login_broken (const char *user)
{
  struct session s = { user };
  current = &s;		/* { dg-warning "address of local 's' escapes: stored into global 'current' \\\[escape:store\\\]" } */
}

void
login_fixed (struct session *s)
{
  current = s;		/* { dg-bogus "escape:" } */
}
