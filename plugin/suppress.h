/* Suppression of findings at their site: #pragma escape and the escape_ok
   attribute (suppress.cc).  */

#ifndef ESCAPE_SUPPRESS_H
#define ESCAPE_SUPPRESS_H

#include "../passes/findings.h"

/* At PLUGIN_PRAGMAS and PLUGIN_ATTRIBUTES.  */
void register_suppression_pragmas (void);
void register_suppression_attribute (void);

/* Is a finding of RULE at WHERE, about the object DECL (or NULL_TREE),
   silenced by a pragma or by the object's escape_ok attribute?  */
bool suppressed (location_t where, enum rule_id rule, tree decl);

#endif
