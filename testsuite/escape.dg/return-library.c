/* escape:return through library calls that return (a pointer into) their
   argument: GCC's builtin knowledge and the library table.  */
/* { dg-do compile } */
/* { dg-options "-Wno-return-local-addr" } */

#include <string.h>
#include <stdlib.h>

char *
find_char (void)
{
  char buf[32];
  strcpy (buf, "key=value");
  return strchr (buf, '=');	/* { dg-warning "address of local 'buf' may escape: returned from 'find_char' \\\[escape:return\\\]" } */
}

char *
find_last (const char *s)
{
  char buf[32];
  strcpy (buf, s);
  return strrchr (buf, '/');	/* { dg-warning "address of local 'buf' may escape" } */
}

void *
find_byte (void)
{
  unsigned char buf[16] = { 1, 2, 3 };
  return memchr (buf, 2, sizeof buf);	/* { dg-warning "address of local 'buf' may escape" } */
}

char *
find_string (void)
{
  char buf[32] = "needle in haystack";
  return strstr (buf, "in");	/* { dg-warning "address of local 'buf' may escape" } */
}

char *
copy_back (const char *s)
{
  char buf[32];
  return strcpy (buf, s);	/* { dg-warning "address of local 'buf' escapes" } */
}

char *
first_token (void)
{
  char buf[32] = "a b c";
  char *save;
  return strtok_r (buf, " ", &save);	/* { dg-warning "address of local 'buf' may escape" } */
}

char *
any_of (void)
{
  char buf[32] = "abc";
  return strpbrk (buf, "b");	/* { dg-warning "address of local 'buf' may escape" } */
}

/* The result does not point into the argument.  */
char *
duplicate (void)
{
  char buf[32] = "abc";
  return strdup (buf);		/* { dg-bogus "escape:" } */
}

size_t
length (void)
{
  char buf[32] = "abc";
  return strlen (buf);		/* { dg-bogus "escape:" } */
}

/* strtol with a null end pointer stores nothing: the buffer's address
   does not land in "constant memory", where a load through a pointer
   that may be null (slot) would read it back (libtasn1's
   asn1_find_node).  */
const char *
entry_named (const char *s, const char **table, int k)
{
  char buf[32];
  strncpy (buf, s, sizeof buf - 1);
  buf[31] = 0;
  long n = strtol (buf, NULL, 10);
  const char **slot = k ? table + n : NULL;
  return slot ? *slot : "none";
}

/* The end pointer given and returned: it points into the buffer.  */
char *
number_end (const char *s)
{
  char buf[32];
  char *end;
  strncpy (buf, s, sizeof buf - 1);
  buf[31] = 0;
  strtol (buf, &end, 10);
  return end;	/* { dg-warning "address of local 'buf' escapes: returned from 'number_end'" } */
}

/* memccpy returns a pointer into its destination, gcvt and tmpnam the
   buffer they are given.  */
char *
copied_upto (const char *s)
{
  char buf[32];
  return memccpy (buf, s, ',', sizeof buf);	/* { dg-warning "address of local 'buf' may escape: returned from 'copied_upto'" } */
}

char *
number_text (double d)
{
  char buf[32];
  return gcvt (d, 6, buf);	/* { dg-warning "address of local 'buf' (may )?escapes?: returned from 'number_text'" } */
}
