/* A field of a local set to a stack address and overwritten before
   anything reads the local: the copy made afterwards holds no stack
   address (libpng's png_create_png_struct: create_struct.jmp_buf_ptr =
   &create_jmp_buf, cleared before *png_ptr = create_struct).  */
/* { dg-do compile } */

#include <setjmp.h>
#include <stdlib.h>

struct ctx { jmp_buf *jb; char *scratch; void *self; int flags; };

void *ext_alloc (struct ctx *, size_t);	/* another file's code */
static int check (struct ctx *c) { return c->flags; }

struct ctx *
create (void)
{
  struct ctx tmpl = { 0 };
  jmp_buf env;
  if (setjmp (env))
    return NULL;
  tmpl.jb = &env;
  if (check (&tmpl))
    return NULL;
  struct ctx *c = ext_alloc (&tmpl, sizeof *c);
  if (c)
    {
      tmpl.self = c;
      tmpl.jb = NULL;
      *c = tmpl;
      return c;
    }
  return NULL;
}

/* The same without the reset: the copy holds &env.  */
struct ctx *
create_kept (void)
{
  struct ctx tmpl = { 0 };
  jmp_buf env;
  if (setjmp (env))
    return NULL;
  tmpl.jb = &env;
  struct ctx *c = malloc (sizeof *c);
  if (c)
    *c = tmpl;	/* { dg-warning "address of local 'env' escapes: stored into '\\*c', heap memory that escapes" } */
  return c;
}

struct ctx *
scratch_then_clear (void)
{
  struct ctx tmpl = { 0 };
  char buf[16];
  tmpl.scratch = buf;
  struct ctx *c = malloc (sizeof *c);
  if (!c)
    return NULL;
  tmpl.scratch = NULL;
  *c = tmpl;
  return c;
}

/* Cleared on one path only.  */
struct ctx *
cleared_sometimes (int fast)
{
  struct ctx tmpl = { 0 };
  char buf[16];
  tmpl.scratch = buf;
  if (!fast)
    tmpl.scratch = NULL;
  struct ctx *c = malloc (sizeof *c);
  if (c)
    *c = tmpl;	/* { dg-warning "address of local 'buf' escapes: stored into '\\*c', heap memory that escapes" } */
  return c;
}

/* Copied out in a loop before the reset of the same iteration.  */
void
copied_in_loop (struct ctx *out, int n)
{
  struct ctx tmpl = { 0 };
  char buf[16];
  for (int i = 0; i < n; i++)
    {
      tmpl.scratch = buf;
      if (i == 3)
	*out = tmpl;	/* { dg-warning "address of local 'buf' escapes: stored into '\\*out'" } */
      tmpl.scratch = NULL;
    }
}

/* A same-file callee copies the local out before the reset.  */
struct ctx *saved;
static void
save (struct ctx *c)
{
  saved = malloc (sizeof *saved);
  *saved = *c;
}

void
saved_before_reset (void)
{
  struct ctx tmpl = { 0 };
  char buf[16];
  tmpl.scratch = buf;
  save (&tmpl);	/* { dg-warning "address of local 'buf' escapes: passed to 'save'" } */
  tmpl.scratch = NULL;
}

/* The local's address is kept in a global: the field is read after the
   function, whatever it cleared.  */
struct ctx *current;
void
published (void)
{
  struct ctx tmpl = { 0 };
  char buf[16];
  current = &tmpl;	/* { dg-warning "address of local 'tmpl' escapes: stored into global 'current'" } */
  tmpl.scratch = buf;	/* { dg-warning "address of local 'buf' escapes: stored into 'tmpl.scratch', a stack object that escapes" } */
}

/* The field read into a variable before the overwrite: the variable has
   the address, the struct copied afterwards does not.  */
unsigned long strlen (const char *);
struct ctx *
measured_then_replaced (const struct ctx *dflt)
{
  struct ctx tmpl;
  char buf[16] = "";
  tmpl.scratch = buf;
  tmpl.flags = strlen (tmpl.scratch);
  tmpl = *dflt;
  struct ctx *c = malloc (sizeof *c);
  if (c)
    *c = tmpl;
  return c;
}

char *last_scratch;
void
read_out_then_cleared (void)
{
  struct ctx tmpl = { 0 };
  char buf[16];
  tmpl.scratch = buf;
  last_scratch = tmpl.scratch;	/* { dg-warning "address of local 'buf' escapes: stored into global 'last_scratch'" } */
  tmpl.scratch = NULL;
}
