/* The escape pass object, for plugin.cc to register.  */

#ifndef ESCAPE_PASS_H
#define ESCAPE_PASS_H

#include "../passes/settings.h"

opt_pass *make_escape_pass (gcc::context *, const struct escape_settings *);

#endif
