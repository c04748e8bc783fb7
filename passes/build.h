/* GIMPLE -> escape graph.  The only interface that sees GCC's IR; compiled
   as C++ because GCC's headers are.  */

#ifndef ESCAPE_BUILD_H
#define ESCAPE_BUILD_H

#include "graph.h"
#include "summary.h"

/* Build the escape graph of the current function (cfun, in SSA form).
   SUMMARIES gives what already analysed callees do with their parameters.
   Never fails: what it does not model "may escape".  */
struct escape_graph *build_graph (const struct summary_table *summaries);

/* The front end rewrites the plainest "return &local;" into
   "return (&local, 0);" before GIMPLE exists, so GIMPLE only shows
   "return 0".  build-generic.cc catches that form on GENERIC
   (PLUGIN_PRE_GENERICIZE) and remembers it here for build_graph.  */
struct generic_return
{
  tree fndecl;
  tree object;
  location_t where;
  bool every_return;	/* All of the function's returns were rewritten:
			   the zeros GIMPLE returns are not the program's.  */
};

void note_generic_returns (tree fndecl);
/* The returns noted for FNDECL, in source order; *COUNT is set.  */
const generic_return *generic_returns_of (tree fndecl, unsigned *count);

/* Describe a stack object for a diagnostic: 'x', compound literal...  */
const char *stack_kind_words (enum stack_kind);

#endif
