/* Summaries, field by field, where the first bytes of a struct hold no
   address: a helper that reads one field of its argument does not pass
   on what another field holds.  */
/* { dg-do compile } */

/* The first field is an int: a pointer to the struct is a pointer to its
   start, not somewhere into it.  */
struct info { int n; char *name; char *note; };
struct sink { char *kept; };

static void
keep_name (struct sink *s, const struct info *i)
{
  s->kept = i->name;
}

void
note_is_local (struct sink *s, char *name)
{
  char buf[16] = "";
  struct info i = { 0, name, buf };
  keep_name (s, &i);		/* { dg-bogus "escape" } */
}

void
name_is_local (struct sink *s, char *note)
{
  char buf[16] = "";
  struct info i = { 0, buf, note };
  keep_name (s, &i);		/* { dg-warning "address of local 'buf' escapes: passed to 'keep_name', which stores it into the memory of parameter 's'" } */
}

/* More than 8 fields that may hold an address (pcre2's match_block,
   lemon's pstate): still apart.  */
struct big { char *a, *b, *c, *d, *e, *f, *g, *h, *i, *j; };

static void
keep_a (struct sink *s, const struct big *p)
{
  s->kept = p->a;
}

void
big_other_local (struct sink *s, char *a)
{
  char buf[4] = "";
  struct big x = { a, 0, 0, 0, 0, 0, 0, 0, 0, buf };
  keep_a (s, &x);		/* { dg-bogus "escape" } */
}

void
big_kept_local (struct sink *s)
{
  char buf[4] = "";
  struct big x = { buf, 0, 0, 0, 0, 0, 0, 0, 0, 0 };
  keep_a (s, &x);		/* { dg-warning "address of local 'buf' escapes: passed to 'keep_a'" } */
}
