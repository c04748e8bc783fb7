/* A struct holding a stack address, copied whole: by a memcpy GCC folds
   into a copy of bytes, or passed by value to a function that keeps a
   field.  */
/* { dg-do compile } */

#include <string.h>

struct msg { char *text; int len; void *owner; };
struct msg last_msg;
char *last_text;

void
copy_bytes (void)
{
  char buf[32];
  struct msg m;
  m.text = buf;
  m.len = 0;
  memcpy (&last_msg, &m, sizeof m);	/* { dg-warning "address of local 'buf' escapes: stored into global 'last_msg'" } */
}

void
copy_bytes_out (struct msg *out)
{
  char buf[32];
  struct msg m = { buf, 0, 0 };
  memmove (out, &m, sizeof m);	/* { dg-warning "address of local 'buf' escapes: passed to 'memmove', which stores it into the memory of parameter 'out'" } */
}

/* The negative twin: the copy holds no stack address.  */
void
copy_bytes_clean (const char *text)
{
  struct msg m = { (char *) text, 0, 0 };
  memcpy (&last_msg, &m, sizeof m);
}

/* Bytes copied into a local that dies: nothing escapes.  */
int
copy_bytes_local (void)
{
  char buf[32];
  struct msg m = { buf, 0, 0 }, n;
  memcpy (&n, &m, sizeof m);
  return n.len;
}

static void
remember (struct msg m)
{
  last_text = m.text;
}

static int
measure (struct msg m)
{
  return m.len + (m.text != 0);
}

void
by_value (void)
{
  char buf[32];
  struct msg m = { buf, 0, 0 };
  remember (m);	/* { dg-warning "address of local 'buf' escapes: passed to 'remember', which stores it where it outlives the call" } */
}

/* The negative twin: the callee only reads the struct.  */
int
by_value_read (void)
{
  char buf[32];
  struct msg m = { buf, 0, 0 };
  return measure (m);
}

/* Only the pointers of a struct passed by value lead to the caller's
   memory: a size kept by the callee is no address (zstd's
   COVER_best_finish keeps selection.dictSize).  */
struct selection { char *content; unsigned long size; };
unsigned long last_size;

static void
keep_size (struct selection s)
{
  last_size = s.size;
}

void
by_value_size (void)
{
  char buf[32];
  struct selection s = { buf, sizeof buf };
  keep_size (s);
}
