/* The rules: each reads a solved graph (or the sizes the builder measured)
   and decides what to say, as findings.  Plain C, no GCC header.  */

#ifndef ESCAPE_RULES_H
#define ESCAPE_RULES_H

#include "../graph.h"
#include "../findings.h"
#include "../settings.h"

#ifdef __cplusplus
extern "C" {
#endif

/* How far each location's address got, for the promote rule.  */
enum escape_state
{
  STAYS,
  ESCAPES,
  MAY_ESCAPE
};

/* escape:return and escape:store, and the report notes for stack objects,
   escaping allocations and parameters.  Fills STATE (one per location)
   when it is not NULL.  */
void rules_escape (const struct escape_graph *, const struct escape_settings *,
		   struct findings *, unsigned char *state);

/* escape:promote over the allocation sites; with report, the verdict of
   every allocation that does not escape.  */
void rules_promote (const struct heap_sites *, const unsigned char *state,
		    const struct escape_settings *, struct findings *);

/* escape:oversize and escape:vla over the function's stack objects; with
   report, Go's -m notes for them.  RECURSIVE says the function is part of
   a recursive cycle, whose largest frame object the report names.  The
   findings point into SIZES, which must outlive them.  */
void rules_size (const struct stack_sizes *, bool recursive,
		 const struct escape_settings *, struct findings *);

/* The flow that put OBJ into CONTAINER's set, from "address taken" on, as
   edge indices in source order; returns how many were written.  */
int flow_steps (const struct escape_graph *, loc_id container, loc_id obj,
		int *steps, int max);

#ifdef __cplusplus
}
#endif

#endif
