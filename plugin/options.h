/* The -fplugin-arg-escape-NAME[=VALUE] arguments: parsed into the
   analysis settings, with a message naming the argument when one is wrong.
   Plain C, so the parser is unit-tested without GCC.  */

#ifndef ESCAPE_OPTIONS_H
#define ESCAPE_OPTIONS_H

#include "../passes/settings.h"

/* The plugin's version, as PLUGIN_INFO and the SARIF log give it.  */
#define ESCAPE_VERSION "0.1"

#ifdef __cplusplus
extern "C" {
#endif

/* One line per argument, for "help" and for the unknown-argument error.  */
extern const char options_help[];

void options_defaults (struct escape_settings *);

/* Apply KEY (and VALUE, NULL when absent).  On a bad argument returns false
   and writes a one-line reason to ERR; sets *HELP for "help".  */
bool options_apply (struct escape_settings *, const char *key,
		    const char *value, bool *help, char *err, size_t errlen);

#ifdef __cplusplus
}
#endif

#endif
