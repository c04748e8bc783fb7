/* A few lines of test harness for the plain-C parts: each CHECK prints
   PASS or FAIL with its text; unit_summary prints the totals the way .ci/run
   reads them ("unit: N passed, N failed") and gives the exit status.  */

#ifndef ESCAPE_UNIT_H
#define ESCAPE_UNIT_H

#include <stdio.h>

static int unit_passed, unit_failed;

#define CHECK(cond)							\
  do									\
    {									\
      if (cond)								\
	unit_passed++;							\
      else								\
	{								\
	  unit_failed++;						\
	  printf ("FAIL: %s:%d: %s\n", __FILE__, __LINE__, #cond);	\
	}								\
    }									\
  while (0)

static int
unit_summary (const char *name)
{
  printf ("%s: %d passed, %d failed\n", name, unit_passed, unit_failed);
  return unit_failed != 0;
}

#endif
