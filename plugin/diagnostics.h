/* Printing findings as GCC diagnostics (diagnostics.cc).  */

#ifndef ESCAPE_DIAGNOSTICS_H
#define ESCAPE_DIAGNOSTICS_H

#include "../passes/findings.h"
#include "../passes/settings.h"

/* CYCLE names the recursive cycle FNDECL is in ("f -> g -> f"), or is
   NULL.  */
void emit_findings (const struct escape_graph *, const struct findings *,
		    const struct escape_settings *, tree fndecl,
		    const char *cycle);

#endif
