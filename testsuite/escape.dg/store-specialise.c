/* Constant arguments select the callee's paths: a helper that copies its
   argument when a flag says so and keeps it otherwise (sqlite's
   sqlite3_result_text (ctx, buf, n, SQLITE_TRANSIENT)) keeps nothing when
   called with the copying constant, through any number of same-file
   calls that hand the flag on.  Any other flag, or one not known at the
   call, still keeps it.  */
/* { dg-do compile } */

#include <stdlib.h>
#include <string.h>

typedef void (*destructor) (void *);
#define TRANSIENT ((destructor) -1)
#define STATIC ((destructor) 0)

struct value { char *z; destructor del; };
struct value *result;

static void
set_text (struct value *v, char *z, destructor del)
{
  if (del == TRANSIENT)
    v->z = strdup (z);
  else
    {
      v->z = z;
      v->del = del;
    }
}

static void
result_text (char *z, destructor del)
{
  set_text (result, z, del);
}

void
copied (void)
{
  char buf[16] = "copied";
  result_text (buf, TRANSIENT);	/* { dg-bogus "escape" } */
}

void
kept (void)
{
  char buf[16] = "kept";
  result_text (buf, STATIC);	/* { dg-warning "address of local 'buf' escapes: passed to 'result_text'" } */
}

void
flag_unknown (destructor del)
{
  char buf[16] = "maybe";
  result_text (buf, del);	/* { dg-warning "address of local 'buf' escapes: passed to 'result_text'" } */
}

/* An ownership flag as an int, tested the other way round.  */
static char **slots;

static void
remember (char *name, int copy)
{
  if (!copy)
    slots[0] = name;
  else
    slots[0] = strdup (name);
}

void
remember_copy (void)
{
  char name[8] = "n";
  remember (name, 1);		/* { dg-bogus "escape" } */
}

void
remember_keep (void)
{
  char name[8] = "n";
  remember (name, 0);		/* { dg-warning "address of local 'name' escapes: passed to 'remember'" } */
}

/* A range test, which GCC folds into one comparison of "mode - 1" at -O2
   and keeps as two at -O0: the same verdicts at every level.  */
static char *stashed;

static void
stash (char *p, unsigned mode)
{
  if (mode == 0 || mode >= 8)
    stashed = p;
  else
    stashed = strdup (p);
}

void
stash_copy (void)
{
  char name[8] = "n";
  stash (name, 3);		/* { dg-bogus "escape" } */
}

void
stash_keep (void)
{
  char name[8] = "n";
  stash (name, 9);		/* { dg-warning "address of local 'name' escapes: passed to 'stash'" } */
}

/* The constant is the helper's own (sqlite3_result_error passes
   SQLITE_TRANSIENT to sqlite3VdbeMemSetStr): its summary says it copies,
   so a caller's buffer stays; a helper passing STATIC keeps it.  */
static void
result_error (char *z)
{
  set_text (result, z, TRANSIENT);
}

static void
result_static (char *z)
{
  set_text (result, z, STATIC);
}

void
error_copied (void)
{
  char msg[32] = "no such table";
  result_error (msg);		/* { dg-bogus "escape" } */
}

void
static_kept (void)
{
  char msg[32] = "kept";
  result_static (msg);		/* { dg-warning "address of local 'msg' escapes: passed to 'result_static'" } */
}

/* A constant kept in a const local: the C front end folds it into the
   call only when optimising; at -O0 it is read from the local, and the
   verdict must not change with the level.  */
void
const_local_flag (void)
{
  char buf[16] = "const";
  const destructor how = TRANSIENT;
  result_text (buf, how);	/* { dg-bogus "escape:store" } */
}
