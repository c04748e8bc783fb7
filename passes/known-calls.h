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
  CALL_RETAINS_ARG,	/* ARG is kept after the call returns.  */
  CALL_RETAINS_POINTEE	/* What ARG points to is kept (sigaction's
			   handler, from the struct it is given).  */
};

struct known_call
{
  const char *name;
  enum call_effect effect;
  int arg, to;
};

/* A call that undoes what a retaining call kept: pthread_join after
   pthread_create, fclose after setvbuf...  Both calls name the same handle:
   the retaining call by its argument HANDLE_ARG (the handle itself, or with
   BY_ADDRESS the object it points to: pthread_create (&t, ...)), or by its
   result when HANDLE_ARG is -1 (f = fmemopen (buf, ...)), the releasing
   call by RELEASE_ARG.  With NULL_ARG >= 0 the releasing call
   only releases when that argument is null (setvbuf (f, NULL, ...)).  */
struct known_release
{
  const char *retainer;
  int handle_arg;
  bool by_address;
  const char *releaser;
  int release_arg;
  int null_arg;
};

/* Is NAME a function that may release what RETAINER (or, when NULL, any
   retaining call) kept?  Returns its row or NULL.  */
const struct known_release *known_release_find (const char *retainer,
						const char *name);

/* The effects of the function called NAME: sets *ROWS to its rows and
   returns how many there are, 0 when NAME is not known.  */
int known_call_find (const char *name, const struct known_call **rows);

#ifdef __cplusplus
}
#endif

#endif
