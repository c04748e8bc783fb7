/* A pointer tested unequal to a local's address is not that local where
   the test holds: the small-buffer idiom returns a heap copy of the stack
   buffer and the heap buffer itself.  A pointer that may point inside the
   local, past its start, is still it.  */
/* { dg-do compile } */
/* { dg-options "-Wno-return-local-addr" } */

#include <stdlib.h>
#include <string.h>

char *
small_buffer (const char *in, size_t n)
{
  char stackbuf[256];
  char *p = n < sizeof stackbuf ? stackbuf : malloc (n + 1);
  if (!p)
    return NULL;
  memcpy (p, in, n);
  p[n] = 0;
  if (p == stackbuf)
    return strdup (stackbuf);
  return p;			/* { dg-bogus "escape:" } */
}

char *
small_buffer_ternary (const char *in, size_t n)
{
  char stackbuf[64];
  char *p = n < sizeof stackbuf ? stackbuf : malloc (n + 1);
  if (!p)
    return NULL;
  memcpy (p, in, n);
  p[n] = 0;
  return p != stackbuf ? p : strdup (p);	/* { dg-bogus "escape:" } */
}

const char *
message (int code)
{
  char buf[16] = "local";
  const char *msg = code ? "error" : buf;
  if (msg == buf)
    return "ok";
  return msg;			/* { dg-bogus "escape:" } */
}

char *
past_the_start (size_t n)
{
  char buf[32];
  char *p = buf;
  p += n & 15;
  if (p != buf)
    return p;			/* { dg-warning "address of local 'buf' (may )?escapes?: returned from 'past_the_start'" } */
  return NULL;
}

char *
found_inside (int c)
{
  char buf[32] = "key=value";
  char *p = strchr (buf, c);
  if (p != buf)
    return p;			/* { dg-warning "address of local 'buf' may escape: returned from 'found_inside'" } */
  return NULL;
}

char *
other_buffer (int c)
{
  char a[16], b[16];
  char *p = c ? a : b;
  if (p != a)
    return p;			/* { dg-warning "address of local 'b' may escape: returned from 'other_buffer'" } */
  return NULL;
}

#define unlikely(x) __builtin_expect (!!(x), 0)

char *
small_buffer_hinted (const char *in, size_t n)
{
  char stackbuf[64];
  char *p = n < sizeof stackbuf ? stackbuf : malloc (n + 1);
  if (!p)
    return NULL;
  memcpy (p, in, n);
  p[n] = 0;
  if (unlikely (p == stackbuf))
    return strdup (stackbuf);
  return p;			/* { dg-bogus "escape:" } */
}
