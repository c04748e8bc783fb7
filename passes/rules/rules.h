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

/* escape:return and escape:store, and the report notes for stack objects.  */
void rules_escape (const struct escape_graph *, const struct escape_settings *,
		   struct findings *);

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
