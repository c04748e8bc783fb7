/* What the analysis is asked to do: filled by the plugin from the
   -fplugin-arg-escape-* arguments (plugin/options.c), read by the rules.  */

#ifndef ESCAPE_SETTINGS_H
#define ESCAPE_SETTINGS_H

#include "findings.h"

#define DEFAULT_MAX_STACK 65536ull

struct escape_settings
{
  unsigned long long max_stack;	/* Largest stack object that is fine.  */
  bool enabled[RULE_COUNT];
  bool error[RULE_COUNT];	/* Findings of these rules are errors.  */
  int report;			/* 0 off, 1 Go's -m, 2 Go's -m=2.  */
  bool strict;			/* Warn on "may escape" to unknown code.  */
  const char *sarif;		/* SARIF output file or directory, or NULL.  */
};

#endif
