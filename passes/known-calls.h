/* What well-known library functions do with the pointers they are given, for
   the functions GCC itself has no fnspec for (printf, qsort, strtol...) and
   for the ones that keep an argument after they return (pthread_create,
   atexit).  GCC's own knowledge (fnspec, EAF flags, ERF_RETURNS_ARG) comes
   first; this table only fills its gaps.  Plain C.  */

#ifndef ESCAPE_KNOWN_CALLS_H
#define ESCAPE_KNOWN_CALLS_H

#include <stdbool.h>

#ifdef __cplusplus
extern "C" {
#endif

enum call_effect
{
  CALL_KEEPS_NOTHING,	/* No pointer argument outlives the call.  */
  CALL_RETURNS_ARG,	/* The result may point into argument ARG.  */
  CALL_RETURNS_POINTEE,	/* ... where the pointer ARG points to points.  */
  CALL_STORES_ARG,	/* ARG is stored into what argument TO points to.  */
  CALL_COPIES_MEMORY,	/* What ARG points to is copied into TO's target.  */
  CALL_RETAINS_ARG	/* ARG is kept after the call returns.  */
};

struct known_call
{
  const char *name;
  enum call_effect effect;
  int arg, to;
};

/* The effects of the function called NAME: sets *ROWS to its rows and
   returns how many there are, 0 when NAME is not known.  */
int known_call_find (const char *name, const struct known_call **rows);

#ifdef __cplusplus
}
#endif

#endif
