/* Memory that code the analysis cannot see returns (an allocator hook
   called through a pointer, a function without a body) is that code's:
   what is stored there "may escape", as what is passed to it may.  The
   hook idiom of zlib and bzip2 (state = strm->alloc (...); state->strm =
   strm; strm->state = state) is therefore no finding; the state published
   in a global is.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-report" } */

typedef void *(*alloc_fn) (void *opaque, unsigned size);

struct stream { alloc_fn alloc; void *opaque; void *state; };
struct state { struct stream *strm; int level; };

static int
stream_init (struct stream *strm)
{
  struct state *s = strm->alloc (strm->opaque, sizeof *s);
  if (!s)
    return -1;
  s->strm = strm;
  s->level = 6;
  strm->state = s;
  return 0;
}

void stream_end (struct stream *);

int
compress_once (alloc_fn fn)
{
  struct stream strm;	/* { dg-message "'strm' may escape" } */
  strm.alloc = fn;
  strm.opaque = 0;
  if (stream_init (&strm))	/* { dg-bogus "warning" } */
    return -1;
  stream_end (&strm);
  return 0;
}

struct state *g_state;

int
compress_published (alloc_fn fn)
{
  struct stream strm;
  strm.alloc = fn;
  strm.opaque = 0;
  if (stream_init (&strm))	/* { dg-warning "address of local 'strm' escapes: passed to 'stream_init', which stores it into memory it allocates, memory that escapes \\(into global 'g_state'\\) \\\[escape:store\\\]" } */
    return -1;
  g_state = strm.state;
  return 0;
}

struct ctx { int *cur; };
struct ctx *lookup_ctx (int key);

void
store_into_theirs (void)
{
  int frame = 0;	/* { dg-message "'frame' may escape: stored into 'c->cur', memory returned by 'lookup_ctx'" } */
  struct ctx *c = lookup_ctx (1);
  c->cur = &frame;	/* { dg-bogus "warning" } */
}

struct ctx *g_ctx;

void
theirs_published (void)
{
  int frame = 0;
  struct ctx *c = lookup_ctx (2);
  g_ctx = c;
  c->cur = &frame;	/* { dg-warning "address of local 'frame' escapes: stored into 'c->cur', memory returned by 'lookup_ctx' that escapes \\(into global 'g_ctx'\\)" } */
}
