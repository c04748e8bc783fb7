/* The findings as a SARIF 2.1.0 log (sarif.cc), for the tools that read
   static-analysis results from a file: code-review bots, CI dashboards,
   editors.  diagnostics.cc hands over each warning it shows and the notes
   of its flow; the log is written when the compilation ends.  Include after
   compat.h (location_t).  */

#ifndef ESCAPE_SARIF_H
#define ESCAPE_SARIF_H

/* Open a SARIF log for this translation unit.  PATH is a file, or a
   directory (it ends with '/' or exists as a directory): then the file is
   DIR/<basename of main_input_filename>.sarif, so that the translation
   units of one build, each compiled by its own cc1, write their own file
   instead of overwriting one another's.  A PATH ending with '/' is created
   if missing (one level).  The file is written by sarif_end.  */
void sarif_begin (const char *path);
bool sarif_active (void);

/* One result: RULE is the short rule name ("return", "store", "oversize",
   "vla", "promote"), LEVEL is "warning" or "error", MESSAGE the plain text
   of the diagnostic (without the trailing " [escape:RULE]"), WHERE its
   location.  */
void sarif_result (const char *rule, const char *level, const char *message,
		   location_t where);

/* One step of the last result's flow (a threadFlow location with its
   message), in order.  */
void sarif_flow_step (location_t where, const char *message);

/* Write the log (called at PLUGIN_FINISH) and free everything; a no-op when
   not active.  If the file cannot be written, says so once with error ().  */
void sarif_end (void);

#endif
