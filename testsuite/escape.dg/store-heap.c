/* escape:store into heap memory that itself escapes, and into local
   objects that escape, to any depth.  */
/* { dg-do compile } */

#include <stdlib.h>
#include <string.h>

struct node { int *data; struct node *next; };
struct node *list_head;

struct node *
returned_node (void)
{
  int x = 0;
  struct node *n = malloc (sizeof *n);
  n->data = &x;		/* { dg-warning "address of local 'x' escapes: stored into 'n->data', heap memory that escapes \\(returned from 'returned_node'\\) \\\[escape:store\\\]" } */
  n->next = 0;
  return n;
}

void
linked_into_param (struct node **head)
{
  int x = 0;
  struct node *n = malloc (sizeof *n);
  n->data = &x;		/* { dg-warning "heap memory that escapes \\(into the memory of parameter 'head'\\)" } */
  n->next = *head;
  *head = n;
}

void
linked_into_global (void)
{
  int x = 0;
  struct node *n = malloc (sizeof *n);
  n->data = &x;		/* { dg-warning "heap memory that escapes \\(into global 'list_head'\\)" } */
  list_head = n;
}

void
local_aggregate_escapes (void)
{
  int x = 0;
  struct node n;
  n.data = &x;		/* { dg-warning "address of local 'x' escapes: stored into 'n.data', a stack object that escapes" } */
  list_head = &n;	/* { dg-warning "address of local 'n' escapes: stored into global 'list_head'" } */
}

void
two_levels (void)
{
  int x = 0;
  int *p = &x;		/* { dg-warning "address of local 'x' escapes: stored into 'p', a stack object that escapes" } */
  int **pp = &p;
  struct node n;
  n.data = (int *) pp;	/* { dg-warning "address of local 'p' escapes" } */
  list_head = &n;	/* { dg-warning "address of local 'n' escapes" } */
}

void
by_memcpy (int **out)
{
  int x = 0;
  int *p = &x;
  memcpy (out, &p, sizeof p);	/* { dg-warning "address of local 'x' escapes: stored into '\\*out'" } */
}

void
by_struct_assignment (struct node *out)
{
  int x = 0;
  struct node n = { &x, 0 };
  *out = n;		/* { dg-warning "address of local 'x' escapes: stored into '\\*out'" } */
}

/* The heap node never leaves: no finding.  */
int
temporary_node (void)
{
  int x = 3;
  struct node *n = malloc (sizeof *n);	/* { dg-warning "escape:promote" } */
  if (!n)
    return 0;
  n->data = &x;		/* { dg-bogus "escape:" } */
  int v = *n->data;
  free (n);
  return v;
}
