/* Look-alikes that must stay quiet: no stack memory is returned.  */
/* { dg-do compile } */

#include <stdlib.h>
#include <string.h>

int global_value;
static int file_static;

int *
static_local (void)
{
  static int counter;
  return &counter;		/* { dg-bogus "escape:" } */
}

const char *
string_literal (void)
{
  return "constant";		/* { dg-bogus "escape:" } */
}

int *
global (int c)
{
  return c ? &global_value : &file_static;	/* { dg-bogus "escape:" } */
}

int *
heap (void)
{
  int *p = malloc (sizeof *p);
  return p;			/* { dg-bogus "escape:" } */
}

char *
from_parameter (char *s, int i)
{
  return s + i;			/* { dg-bogus "escape:" } */
}

char *
from_parameter_field (char **argv)
{
  return argv[1];		/* { dg-bogus "escape:" } */
}

int
value_not_address (void)
{
  int x = 42;
  int *p = &x;
  return *p;			/* { dg-bogus "escape:" } */
}

char *
copied_out (char *dst)
{
  char buf[16] = "abc";
  strcpy (dst, buf);
  return dst;			/* { dg-bogus "escape:" } */
}

long
address_compared (void)
{
  int a, b;
  return &a < &b;		/* { dg-bogus "escape:" } */
}

long
address_difference (void)
{
  int arr[4];
  int *end = &arr[3];
  return end - arr;		/* { dg-bogus "escape:" } */
}

struct node { struct node *next; int v; };

struct node *
list_head (struct node *head)
{
  struct node dummy;
  dummy.next = head;
  return dummy.next;		/* { dg-bogus "escape:" "field-insensitive, but only the parameter is stored" } */
}
