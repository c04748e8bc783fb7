/* GIMPLE -> escape graph.  The only interface that sees GCC's IR; compiled
   as C++ because GCC's headers are.  */

#ifndef ESCAPE_BUILD_H
#define ESCAPE_BUILD_H

#include "graph.h"
#include "summary.h"
#include "sizes.h"
#include "heap-sites.h"

/* Build the escape graph of the current function (cfun, in SSA form),
   solve it, and fill OUT with the function's summary (keyed by its decl;
   release it with summary_release).  SUMMARIES gives what already
   analysed callees do with their parameters.  Returns the solved graph.
   Never fails: what it does not model "may escape".  */
struct escape_graph *summarise_function (const struct summary_table *summaries,
					 struct escape_summary *out);

/* Specialisation.  A call that passes constants to parameters its callee
   tests against constants (sqlite3_result_text (ctx, buf, n,
   SQLITE_TRANSIENT): the callee copies rather than keeps buf on that path)
   uses a summary of the callee built with those parameters bound: blocks
   the bound conditions rule out are left out of its graph.  The builder
   makes such summaries on demand, stores them in SUMMARIES under keys of
   its own, and forgets the keys with forget_specialisations.  */
void specialise_with (struct summary_table *summaries);
void forget_specialisations (void);
/* The functions of the recursive cycle being iterated (their summaries
   are not final: no specialisation of them), or none.  */
void set_unsettled (const tree *decls, unsigned n);

/* The front end rewrites the plainest "return &local;" into
   "return (&local, 0);" before GIMPLE exists, so GIMPLE only shows
   "return 0".  build-generic.cc catches that form on GENERIC
   (PLUGIN_PRE_GENERICIZE) and remembers it here for the builder.  */
struct generic_return
{
  tree fndecl;
  tree object;
  location_t where;
  bool every_return;	/* All of the function's returns were rewritten:
			   the zeros GIMPLE returns are not the program's.  */
};

/* A local declared in FNDECL's body, as the front end saw it.  */
struct generic_local
{
  tree fndecl;
  tree decl;
};

void note_generic_returns (tree fndecl);
const generic_local *generic_locals_of (tree fndecl, unsigned *count);
/* The root that keeps the noted trees alive, for PLUGIN_REGISTER_GGC_ROOTS.  */
const struct ggc_root_tab *generic_gc_roots (void);
/* The returns noted for FNDECL, in source order; *COUNT is set.  */
const generic_return *generic_returns_of (tree fndecl, unsigned *count);

/* Was DECL made for a compound literal of the function?  Noted on GENERIC,
   where COMPOUND_LITERAL_EXPR still says so.  */
bool is_compound_literal (tree decl);

/* The sizes of the current function's stack objects (build-size.cc).  */
void measure_stack_objects (struct stack_sizes *);

/* The location summarise_function gave T (an SSA name or a decl) in the current
   function's graph, or NO_LOC.  */
loc_id built_loc_of (tree t);

/* The heap allocation sites of the current function (build-promote.cc),
   after its graph is solved; SUMMARIES give the sizes of same-file
   allocation wrappers.  */
void examine_heap_sites (const struct escape_graph *,
			 const struct summary_table *, struct heap_sites *);

/* For a function whose summary says it returns a fresh allocation: its
   size as a constant times up to two parameters (OUT's size_scale and
   size_params); a scale of 0 when it is something else.  SUMMARIES give
   the sizes of the allocation wrappers it calls.  */
void allocation_size_params (const struct escape_graph *,
			     const struct summary_table *summaries,
			     struct escape_summary *out);
/* Does the function return what realloc returned (an xrealloc: its
   result is its argument's block moved, not a fresh one)?  */
bool returns_reallocation (const struct escape_graph *);

/* Is the pointer ARG null on edge E, which leaves a test of ARG against 0?  */
bool null_on_edge (tree arg, edge e);
/* The comparison COND tests when it tests a branch hint's argument
   ("if (__builtin_expect (n > 512, 0))", "if (likely (p != NULL))"): sets
   *CODE, *LHS and *RHS to it and returns true; false for any other
   condition.  */
bool hinted_comparison (gcond *cond, enum tree_code *code, tree *lhs,
			tree *rhs);

/* The on-demand ranger of the current function, started on first use and
   shared by the builders.  */
compat_ranger function_ranger (void);
/* Release what the builders keep for the current function (the ranger, the
   map behind built_loc_of) before leaving it.  */
void finish_function_analysis (void);

/* Walk the blocks reachable from START's successors, each once (a block
   met again is not walked again), asking VISIT what to do at each: go on,
   end this path, or fail the walk; with FOLLOW, only along the edges it
   accepts.  Returns false when a visit failed.  */
enum walk_step
{
  WALK_ON,
  WALK_STOP,
  WALK_FAIL
};
bool walk_paths (basic_block start,
		 enum walk_step (*visit) (basic_block, void *), void *data,
		 bool (*follow) (edge, void *) = NULL);

/* Shared by the builders.  */
const char *decl_name_or_null (tree decl);
bool is_alloca_call (gcall *);
/* For a VLA's decl, the pointer variable its storage is reached through
   (its DECL_VALUE_EXPR is *ptr); else NULL_TREE.  */
tree vla_pointer (tree decl);

#endif
