/* A store that every path to the exit overwrites with a value that is not
   the frame's leaves no dangling pointer: not a finding.  */
/* { dg-do compile } */

struct ctx { int depth; };
struct ctx *current;
struct jmp { struct jmp *previous; int status; };
struct state { struct jmp *error_jmp; };

void run (void);

void
reset_to_null (void)
{
  struct ctx ctx = { 0 };
  current = &ctx;	/* { dg-bogus "escape:" } */
  run ();
  current = 0;
}

void
restore_saved (void)
{
  struct ctx ctx = { 0 };
  struct ctx *saved = current;
  current = &ctx;	/* { dg-bogus "escape:" } */
  run ();
  current = saved;
}

void
restore_through_param (struct state *L)
{
  struct jmp lj;
  lj.status = 0;
  lj.previous = L->error_jmp;
  L->error_jmp = &lj;	/* { dg-bogus "escape:" } */
  run ();
  L->error_jmp = lj.previous;
}

/* Reset on one path only: the other path leaves it dangling.  */
void
reset_sometimes (int c)
{
  struct ctx ctx = { 0 };
  current = &ctx;	/* { dg-warning "address of local 'ctx' escapes: stored into global 'current' \\\[escape:store\\\]" } */
  run ();
  if (c)
    current = 0;
}

/* Reset before the store: too early.  */
void
reset_before (void)
{
  struct ctx ctx = { 0 };
  current = 0;
  current = &ctx;	/* { dg-warning "address of local 'ctx' escapes" } */
  run ();
}

/* The place reached through pointers read afresh each time
   ("L->ctl->jmp" at -O0 loads L->ctl twice), and the old value kept in a
   volatile around setjmp, as libpng's png_safe_execute does.  */
#include <setjmp.h>

struct control { jmp_buf *error_buf; struct jmp *top; };
struct image { struct control *ctl; struct control *alt; };

void
restore_two_deep (struct image *im)
{
  struct jmp j = { 0, 0 };
  struct jmp *old = im->ctl->top;
  im->ctl->top = &j;			/* { dg-bogus "escape" } */
  run ();
  im->ctl->top = old;
}

void
restore_elsewhere (struct image *im)
{
  struct jmp j = { 0, 0 };
  struct jmp *old = im->ctl->top;
  im->ctl->top = &j;			/* { dg-warning "address of local 'j' escapes: stored into 'im->ctl->top' \\(parameter 'im' of 'restore_elsewhere'\\) \\\[escape:store\\\]" } */
  run ();
  im->alt->top = old;
}

int
safe_execute (struct image *image_in, int (*function) (void *), void *arg)
{
  struct image *volatile image = image_in;
  volatile int result;
  jmp_buf *volatile saved;
  jmp_buf safe;
  saved = image->ctl->error_buf;
  result = setjmp (safe) == 0;
  if (result)
    {
      image->ctl->error_buf = &safe;	/* { dg-bogus "escape" } */
      result = function (arg);
    }
  image->ctl->error_buf = saved;
  return result;
}

int
safe_execute_fallback (struct image *image_in, int (*function) (void *), void *arg)
{
  struct image *volatile image = image_in;
  volatile int result;
  jmp_buf *volatile saved;
  jmp_buf safe;
  saved = image->ctl->error_buf;
  if (!saved)
    saved = &safe;
  result = setjmp (safe) == 0;
  if (result)
    {
      image->ctl->error_buf = &safe;	/* { dg-warning "address of local 'safe' escapes: stored into 'image->ctl->error_buf'" } */
      result = function (arg);
    }
  image->ctl->error_buf = saved;
  return result;
}

/* A store and its undo under the same test of a value that does not
   change during the call (libpng's "if (output == NULL)" around its
   local buffer): the path that stored passes the test again.  */
int *current_buf;

void
reset_under_same_test (int *out)
{
  int buf = 0;
  if (out == 0)
    current_buf = &buf;			/* { dg-bogus "escape" } */
  run ();
  if (out == 0)
    current_buf = 0;
}

void
reset_under_inverse_test (int *out)
{
  int buf = 0;
  if (!out)
    current_buf = &buf;			/* { dg-bogus "escape" } */
  run ();
  if (out)
    return;
  current_buf = 0;
}

void
reset_under_other_test (int *out, int *in)
{
  int buf = 0;
  if (out == 0)
    current_buf = &buf;			/* { dg-warning "address of local 'buf' escapes: stored into global 'current_buf'" } */
  run ();
  if (in == 0)
    current_buf = 0;
}

/* The saved value joined over setjmp's abnormal edges (cexcept's Try).  */
struct exc { jmp_buf *penv; int caught; };

int
try_block (struct exc *ec, int (*fn) (void *), void *arg)
{
  jmp_buf *prev, env;
  int r = 0;
  run ();
  prev = ec->penv;
  ec->penv = &env;			/* { dg-bogus "escape" } */
  if (setjmp (env) == 0)
    r = fn (arg);
  else
    ec->caught = 1;
  ec->penv = prev;
  return r;
}

int
try_block_unsaved (struct exc *ec, struct exc *other, int (*fn) (void *),
		   void *arg)
{
  jmp_buf *prev, env;
  int r = 0;
  run ();
  prev = other->penv;
  ec->penv = &env;			/* { dg-warning "address of local 'env' escapes: stored into 'ec->penv'" } */
  if (setjmp (env) == 0)
    r = fn (arg);
  else
    prev = &env;
  ec->penv = prev;
  return r;
}

/* cexcept's Try with the context in a local pointer declared in a block
   (pngvalid's anon_context): across the setjmp the pointer is a phi of
   itself and of its uninitialised value before the block; the store and
   its undo go through the same pointer.  */
struct owner { void *handle; struct exc exc; };
void drop (void **);
void release_all (struct owner *);

void
reset_owner (struct owner *o)
{
  if (o->handle != 0)
    {
      struct exc *ctx = &o->exc;
      jmp_buf *prev, env;
      prev = ctx->penv;
      ctx->penv = &env;			/* { dg-bogus "escape" } */
      if (setjmp (env) == 0)
	drop (&o->handle);
      else
	ctx->caught = 1;
      ctx->penv = prev;
      o->handle = 0;
    }
  release_all (o);
  run ();
}

/* The same, restoring through another context: still a finding.  */
void
reset_other (struct owner *o, struct owner *p)
{
  if (o->handle != 0)
    {
      struct exc *ctx = &o->exc, *other = &p->exc;
      jmp_buf *prev, env;
      prev = ctx->penv;
      ctx->penv = &env;			/* { dg-warning "address of local 'env' escapes: stored into 'ctx->penv'" } */
      if (setjmp (env) == 0)
	drop (&o->handle);
      else
	ctx->caught = 1;
      other->penv = prev;
      o->handle = 0;
    }
  release_all (o);
  run ();
}

/* dash's parser: the old handler is saved and handed, on every path, to
   a function of another file that puts it back.  Code the analysis
   cannot see may undo the store: "may escape", a note, as what is passed
   to such code.  */
struct jmploc { jmp_buf loc; };
struct jmploc *handler;
void restore_handler (struct jmploc *, int);	/* another file */
void restore_other (struct jmploc *);		/* another file */

int
parse_sub (void)
{
  struct jmploc jmploc;
  struct jmploc *volatile savehandler;
  int err;
  savehandler = handler;
  if ((err = setjmp (jmploc.loc)))
    goto out;
  handler = &jmploc;			/* { dg-bogus "escape" } */
  run ();
out:
  restore_handler (savehandler, err);
  return err;
}

/* Given something else than the old value: still a finding.  */
int
parse_sub_other (struct jmploc *mine)
{
  struct jmploc jmploc;
  int err;
  if ((err = setjmp (jmploc.loc)))
    goto out;
  handler = &jmploc;			/* { dg-warning "address of local 'jmploc' escapes: stored into global 'handler'" } */
  run ();
out:
  restore_other (mine);
  return err;
}

/* Given the value read after the store, the new one: still a finding.  */
int
parse_sub_current (void)
{
  struct jmploc jmploc;
  handler = &jmploc;			/* { dg-warning "address of local 'jmploc' escapes: stored into global 'handler'" } */
  run ();
  restore_handler (handler, 0);
  return 0;
}

/* Handed back on one path only: still a finding.  */
int
parse_sub_partly (int quick)
{
  struct jmploc jmploc;
  struct jmploc *saved = handler;
  handler = &jmploc;			/* { dg-warning "address of local 'jmploc' escapes: stored into global 'handler'" } */
  run ();
  if (quick)
    return 1;
  restore_handler (saved, 0);
  return 0;
}

/* dash's exitshell: the process ends on every path after the store, so
   the frame outlives whoever reads the handler.  */
#include <unistd.h>
void
exit_shell (int status)
{
  struct jmploc loc;
  if (setjmp (loc.loc))
    goto out;
  handler = &loc;			/* { dg-bogus "escape" } */
  run ();
out:
  _exit (status);
}

/* Left by longjmp instead: the frame is gone, the handler dangles.  */
jmp_buf outer_env;
void
fail_out (void)
{
  struct jmploc loc;
  handler = &loc;			/* { dg-warning "address of local 'loc' escapes: stored into global 'handler'" } */
  run ();
  longjmp (outer_env, 1);
}

/* The process ends on one path only.  */
void
exit_sometimes (int status)
{
  struct jmploc loc;
  handler = &loc;			/* { dg-warning "address of local 'loc' escapes: stored into global 'handler'" } */
  run ();
  if (status)
    _exit (status);
}

/* libpng's png_image_free_function: the old value goes to code of
   another file, but to be freed: that code is not given the image, so it
   cannot put anything back into image->opaque.  Still a finding.  */
struct pcontrol { void *owner; int for_write; };
struct pimage { struct pcontrol *opaque; };
void ext_free (void *, void *);		/* another file */
void ext_destroy (void **);		/* another file */

int
image_free_function (void *argument)
{
  struct pimage *image = argument;
  struct pcontrol *cp = image->opaque;
  struct pcontrol c;
  c = *cp;
  image->opaque = &c;			/* { dg-warning "address of local 'c' escapes: stored into 'image->opaque'" } */
  ext_free (c.owner, cp);
  ext_destroy (&c.owner);
  return 1;
}

/* Given the image as well, it may put the old value back.  */
void ext_restore (struct pimage *, struct pcontrol *);	/* another file */

int
image_swap (struct pimage *image)
{
  struct pcontrol *cp = image->opaque;
  struct pcontrol c = { 0, 0 };
  image->opaque = &c;			/* { dg-bogus "escape" } */
  run ();
  ext_restore (image, cp);
  return 1;
}

/* A helper that lends the caller's pointer to lasting memory for a while
   does not keep it: sqlite's sqlite3InitCallback sets db->init.azInit to
   its argv and back to a constant table.  */
struct schema_init { int busy; const char **names; };
struct conn { struct schema_init init; int err; };
struct init_data { struct conn *db; int rc; };
const char *standard_names[] = { "any", "text" };
struct conn *current_conn;
int prepare_schema (const char *);

static int
init_callback (void *arg, char **argv)
{
  struct init_data *data = arg;
  struct conn *db = data->db;
  current_conn = db;
  db->init.names = (const char **) argv;
  db->err = prepare_schema (argv[1]);
  if (db->err)
    data->rc = 1;
  db->init.names = standard_names;
  return 0;
}

int
init_one (struct conn *db)
{
  char *row[3] = { "table", "t", 0 };
  struct init_data data = { db, 0 };
  init_callback (&data, row);		/* { dg-bogus "escape" } */
  return data.rc;
}

/* The twin: an error path leaves the names pointing at the row.  */
static int
init_callback_leaky (void *arg, char **argv)
{
  struct init_data *data = arg;
  struct conn *db = data->db;
  current_conn = db;
  db->init.names = (const char **) argv;
  db->err = prepare_schema (argv[1]);
  if (db->err)
    return 1;
  db->init.names = standard_names;
  return 0;
}

int
init_one_leaky (struct conn *db)
{
  char *row[3] = { "table", "t", 0 };
  struct init_data data = { db, 0 };
  init_callback_leaky (&data, row);	/* { dg-warning "address of local 'row' escapes: passed to 'init_callback_leaky', which stores it into the memory of parameter 'db'" } */
  return data.rc;
}

/* A callee that resets other fields of the same memory does not undo the
   store: lzo's init_match keeps its compressor in the caller's work
   memory ("s->c = c; swd_init (s);").  */
struct compressor { int init; const char *in; };
struct window { struct compressor *c; const char *dict; int n; };

static void
window_init (struct window *s)
{
  s->dict = 0;
  s->n = 0;
}

static int
init_match (struct compressor *c, struct window *s)
{
  c->init = 1;
  s->c = c;
  window_init (s);
  return 0;
}

int
compress (const char *in, void *work)
{
  struct compressor cc = { 0, in };
  struct window *const w = (struct window *) work;
  init_match (&cc, w);	/* { dg-warning "address of local 'cc' escapes: passed to 'init_match', which stores it into the memory of parameter 'work'" } */
  return cc.init;
}

/* What is put back must be the old value: read after the store, it is
   the stack address itself.  In a loop, the next round's read follows
   the restore, and is the old value again.  */
void
restore_read_after (void)
{
  struct ctx ctx = { 0 };
  struct ctx *old;
  current = &ctx;	/* { dg-warning "address of local 'ctx' escapes: stored into global 'current' \\\[escape:store\\\]" } */
  old = current;
  run ();
  current = old;
}

void
restore_self (void)
{
  struct ctx ctx = { 0 };
  current = &ctx;	/* { dg-warning "address of local 'ctx' escapes: stored into global 'current'" } */
  run ();
  current = current;
}

void
restore_in_loop (int n)
{
  struct ctx ctx = { 0 };
  for (int i = 0; i < n; i++)
    {
      struct ctx *saved = current;
      current = &ctx;	/* { dg-bogus "escape:" "saved before, restored before the next save" } */
      run ();
      current = saved;
    }
}

/* The whole struct put back, or cleared, undoes a store into its field.  */
struct where { const char *file; int line; };
struct where position;
extern void *memset (void *, int, __SIZE_TYPE__);

int
restore_struct (void)
{
  char name[8] = "<buf>";
  struct where saved = position;
  position.file = name;	/* { dg-bogus "escape:" "the struct is put back" } */
  run ();
  position = saved;
  return 0;
}

int
restore_struct_changed (void)
{
  char name[8] = "<buf>";
  struct where saved = position;
  saved.file = name;
  position.file = name;	/* { dg-warning "address of local 'name' escapes: stored into global 'position'" } */
  run ();
  position = saved;
  return 0;
}

int
clear_struct (void)
{
  char name[8] = "<buf>";
  position.file = name;	/* { dg-bogus "escape:" "cleared whole" } */
  run ();
  memset (&position, 0, sizeof position);
  return 0;
}

int
clear_part (void)
{
  char name[8] = "<buf>";
  position.file = name;	/* { dg-warning "address of local 'name' escapes: stored into global 'position'" } */
  run ();
  memset (&position.line, 0, sizeof position.line);
  return 0;
}

/* Put back: fresh heap memory, or one of two globals.  */
extern void *malloc (__SIZE_TYPE__);
struct ctx other_a, other_b;

void
reset_to_heap (void)
{
  struct ctx ctx = { 0 };
  current = &ctx;	/* { dg-bogus "escape:" "fresh heap memory put back" } */
  run ();
  current = malloc (sizeof *current);
}

void
reset_to_either (int w)
{
  struct ctx ctx = { 0 };
  current = &ctx;	/* { dg-bogus "escape:" "a global put back" } */
  run ();
  current = w ? &other_a : &other_b;
}

void
reset_to_either_or_ours (int w)
{
  struct ctx ctx = { 0 }, mine = { 1 };
  current = &ctx;	/* { dg-warning "address of local 'ctx' escapes" } */
  run ();
  current = w ? &other_a : &mine;	/* { dg-warning "address of local 'mine' escapes" } */
}

/* Put back by a same-file helper handed the old value.  */
static struct ctx *remembered;
static void
put_back (struct ctx *old)
{
  current = old;
}

static void
remember (struct ctx *old)
{
  remembered = old;
}

struct frame { struct ctx *cur; };

static void
put_back_cur (struct frame *f, struct ctx *old)
{
  f->cur = old;
}

void
restore_by_helper (void)
{
  struct ctx ctx = { 0 };
  struct ctx *old = current;
  current = &ctx;	/* { dg-bogus "escape:" "put back by put_back" } */
  run ();
  put_back (old);
}

void
restore_by_helper_param (struct frame *f)
{
  struct ctx ctx = { 0 };
  struct ctx *old = f->cur;
  f->cur = &ctx;	/* { dg-bogus "escape:" "put back by put_back_cur" } */
  run ();
  put_back_cur (f, old);
}

void
kept_by_helper (void)
{
  struct ctx ctx = { 0 };
  struct ctx *old = current;
  current = &ctx;	/* 'current' keeps it: the warning may name either place.  */
  run ();
  remember (old);	/* { dg-warning "address of local 'ctx' escapes" } */
}

/* Set and reset through same-file helpers.  */
static struct ctx *active;
static struct ctx *also;

static void
set_active (struct ctx *c)
{
  active = c;
}

static void
set_active_and_keep (struct ctx *c)
{
  active = c;
  also = c;
}

static void
clear_active (void)
{
  active = 0;
}

static void
clear_active_sometimes (int w)
{
  if (w)
    active = 0;
}

void
setter_reset (void)
{
  struct ctx ctx = { 0 };
  set_active (&ctx);	/* { dg-bogus "escape:" "set_active (0) resets it" } */
  run ();
  set_active (0);
}

void
store_cleared_by_helper (void)
{
  struct ctx ctx = { 0 };
  active = &ctx;	/* { dg-bogus "escape:" "clear_active resets it" } */
  run ();
  clear_active ();
}

void
setter_not_reset (void)
{
  struct ctx ctx = { 0 };
  set_active (&ctx);	/* { dg-warning "address of local 'ctx' escapes: passed to 'set_active', which stores it where it outlives the call" } */
  run ();
}

void
setter_kept_elsewhere (void)
{
  struct ctx ctx = { 0 };
  set_active_and_keep (&ctx);	/* { dg-warning "address of local 'ctx' escapes" } */
  run ();
  set_active (0);
}

void
cleared_sometimes (int w)
{
  struct ctx ctx = { 0 };
  active = &ctx;	/* { dg-warning "address of local 'ctx' escapes: stored into global 'active'" } */
  run ();
  clear_active_sometimes (w);
}

/* What the helpers must not be taken for.  */
struct pair { int a; int inner; };
static struct pair *pair_current;
static int *pair_inner;
static int put_back_flag;

static void
set_pair (struct pair *d)
{
  pair_current = d;
  pair_inner = &d->inner;	/* an address into it goes elsewhere */
}

static void
put_back_sometimes (struct ctx *old)
{
  if (put_back_flag)
    current = old;
}

static void
bounce (void)
{
  struct ctx *t = current;
  current = 0;
  run ();
  current = t;			/* the last write is not the reset */
}

void
setter_with_inner (void)
{
  struct pair c = { 0, 0 };
  set_pair (&c);	/* { dg-warning "address of local 'c' escapes" } */
  run ();
  pair_current = 0;
}

void
put_back_on_some_paths (void)
{
  struct ctx ctx = { 0 };
  struct ctx *old = current;
  current = &ctx;	/* 'current' keeps it: the warning may name either place.  */
  run ();
  put_back_sometimes (old);	/* { dg-warning "address of local 'ctx' escapes" } */
}

void
reset_then_put_back (void)
{
  struct ctx ctx = { 0 };
  current = &ctx;	/* { dg-warning "address of local 'ctx' escapes" } */
  bounce ();
}

/* memset of a pointer global is folded to "MEM <struct ctx *> [&current]
   = 0B": the same place.  */
void
clear_pointer_by_memset (void)
{
  struct ctx ctx = { 0 };
  current = &ctx;	/* { dg-bogus "escape:" "cleared by memset" } */
  run ();
  memset (&current, 0, sizeof current);
}
