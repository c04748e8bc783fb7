/* One bug for the plugin to find in a CMake build: name_of returns a
   pointer to its own stack buffer.  */

#include <stdio.h>

const char *
name_of (int id)
{
  char buf[32];
  snprintf (buf, sizeof buf, "user-%d", id);
  const char *name = buf;
  return name;
}
