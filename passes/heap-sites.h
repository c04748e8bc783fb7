/* What the promote rule looks at: each heap allocation site of a function,
   with its size and how it is freed.  Filled by build-promote.cc from the
   GIMPLE and the solved graph, judged by rules/promote.c.  Plain C.  */

#ifndef ESCAPE_HEAP_SITES_H
#define ESCAPE_HEAP_SITES_H

#include "graph.h"

#ifdef __cplusplus
extern "C" {
#endif

struct heap_site
{
  loc_id site;			/* The LOC_HEAP location.  */
  long long size;		/* Bytes when constant, else -1.  */
  bool reallocated;		/* Passed to realloc.  */
  bool freed;			/* A free runs on every path to the exit.  */
  source_loc freed_at;		/* The first such free.  */
  source_loc leak_at;		/* Else: the last place on a path without.  */
  bool leak_in_loop;		/* ... that path comes back to the
				   allocation: one slot per iteration.  */
  char *suggestion;		/* The stack form: "struct s v;".  */
};

struct heap_sites
{
  struct heap_site *items;
  int n, cap;
};

struct heap_site *heap_sites_add (struct heap_sites *);
void heap_sites_clear (struct heap_sites *);

#ifdef __cplusplus
}
#endif

#endif
