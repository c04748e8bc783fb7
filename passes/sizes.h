/* What the size rules look at: every stack object of a function with its
   size, or the bound the ranger proved for a VLA or alloca.  Filled by
   build-size.cc, judged by rules/size.c.  Plain C.  */

#ifndef ESCAPE_SIZES_H
#define ESCAPE_SIZES_H

#include "graph.h"

#ifdef __cplusplus
extern "C" {
#endif

struct stack_object_size
{
  const char *name;		/* NULL for compound literals and alloca.  */
  enum stack_kind kind;
  source_loc where;
  long long size;		/* Bytes when known at compile time, else -1.  */
  long long bound;		/* For a run-time size: the proved upper bound
				   in bytes, -1 when there is none.  */
  bool in_loop;			/* An alloca inside a loop.  */
  const void *decl;		/* The declaration, opaque, or NULL.  */
};

struct stack_sizes
{
  struct stack_object_size *items;
  int n, cap;
};

struct stack_object_size *stack_sizes_add (struct stack_sizes *);
void stack_sizes_clear (struct stack_sizes *);

#ifdef __cplusplus
}
#endif

#endif
