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
			/* { dg-message "stored into 'global_ptr'" "the flow ends at the sink" { target *-*-* } .-1 } */
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
			/* { dg-message "stored into 'global_holder.p'" "" { target *-*-* } .-1 } */
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

/* A const table of characters (dash's syntax tables) holds no address
   and takes none: where a node without fields mixes a pointer to it with
   node pointers, a store through what was read back is no store into
   the table.  */
extern const char syntax_table[];
struct syn_node { const char *syntax; struct syn_node *prev; };
void *malloc (__SIZE_TYPE__);

int
scan_with_table (const char *s)
{
  char buf[16];
  int n = 0;
  struct syn_node *top = malloc (sizeof *top);
  if (!top)
    return -1;
  top->syntax = syntax_table;
  top->prev = top;
  for (; *s; s++)
    {
      struct syn_node *up = top->prev;
      up->syntax = buf;			/* { dg-bogus "escape" } */
      n += up->syntax[0];
    }
  return n;
}

/* A table of pointers may lead to memory that lasts: still a finding.  */
extern char *const slots[];

void
store_through_table (void)
{
  char buf[16];
  char **slot = (char **) slots[0];
  *slot = buf;				/* { dg-warning "address of local 'buf' escapes" } */
}

/* A static function nothing uses is removed by GCC before the pass when
   optimising; at -O0 it is left out too, for the same findings at every
   level.  One reached through a table the unit exports is analysed.  */
static int *unused_keep;

static void
never_called (void)
{
  int x = 0;
  unused_keep = &x;	/* { dg-bogus "escape:" "removed at -O1 and up" } */
}

static void
in_table (void)
{
  int y = 0;
  unused_keep = &y;	/* { dg-warning "address of local 'y' escapes: stored into global 'unused_keep'" } */
}

void (*const exported_table[]) (void) = { in_table };

/* A stack depth: what is subtracted is not kept.  The address itself, as
   an integer, is.  */
#include <stdint.h>
uintptr_t stack_base;
uintptr_t stack_used;

void
measure_depth (void)
{
  char here;
  stack_used = stack_base - (uintptr_t) &here;	/* { dg-bogus "escape:" } */
}

void
keep_base (void)
{
  char here;
  stack_base = (uintptr_t) &here;	/* { dg-warning "address of local 'here' escapes: stored into global 'stack_base'" } */
}
