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

/* The flow that put OBJ into CONTAINER's set, from "address taken" on, as
   edge indices in source order; returns how many were written.  */
int flow_steps (const struct escape_graph *, loc_id container, loc_id obj,
		int *steps, int max);

#ifdef __cplusplus
}
#endif

#endif
