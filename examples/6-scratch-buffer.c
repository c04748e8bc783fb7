/* Go's converse rule: what does not escape stays on the stack ("make([]byte,
   64) does not escape").  A C scratch buffer taken from malloc, never
   handed out and freed on every path, pays for a malloc and a free on each
   call: gcc-escape says [escape:promote] and shows the stack form.  */

#include <stdlib.h>
#include <string.h>

int
checksum (const char *in)
{
  char *buf = malloc (64);
  if (!buf)
    return -1;
  strncpy (buf, in, 63);
  buf[63] = 0;
  int sum = 0;
  for (int i = 0; buf[i]; i++)
    sum += buf[i];
  free (buf);
  return sum;
}
