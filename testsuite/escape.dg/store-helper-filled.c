/* A same-file helper fills a local struct with a stack address; a field
   copied out of it keeps the address, whatever a later helper does to
   the struct (resets it, writes another field).  */
/* { dg-do compile } */
/* { dg-options "-Wno-return-local-addr" } */

struct sbuf { char *data; int len; };

static void sbuf_init (struct sbuf *s, char *mem, int n) { s->data = mem; s->len = n; }
static void sbuf_reset (struct sbuf *s) { s->data = 0; s->len = 0; }
static void sbuf_grow (struct sbuf *s) { s->len = 2 * s->len; }

char *g_last;

void
published_then_reset (void)
{
  char mem[64];
  struct sbuf s;
  sbuf_init (&s, mem, sizeof mem);
  g_last = s.data;		/* { dg-warning "address of local 'mem' escapes: stored into global 'g_last'" } */
  sbuf_reset (&s);
}

void
published_then_grown (void)
{
  char mem[64];
  struct sbuf s;
  sbuf_init (&s, mem, sizeof mem);
  g_last = s.data;		/* { dg-warning "address of local 'mem' escapes: stored into global 'g_last'" } */
  sbuf_grow (&s);
}

char *
returned_then_reset (void)
{
  char mem[64];
  struct sbuf s;
  sbuf_init (&s, mem, sizeof mem);
  char *r = s.data;
  sbuf_reset (&s);
  return r;			/* { dg-warning "address of local 'mem' escapes: returned from 'returned_then_reset'" } */
}

int
used_then_reset (void)
{
  char mem[64] = "x";
  struct sbuf s;
  sbuf_init (&s, mem, sizeof mem);
  int c = s.data[0];		/* { dg-bogus "escape:" } */
  sbuf_reset (&s);
  return c;
}
