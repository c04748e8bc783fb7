/* -fplugin-arg-escape-report=2 prints the flow of each escape, and every
   warning carries it as notes, one step a note.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-report=2" } */

#include <stdlib.h>

struct node { int *data; struct node *next; };

void
link_node (struct node **head)
{
  int x = 0;		/* { dg-message "'x' escapes: stored into 'n->data', heap memory that escapes" } */
  struct node *n = malloc (sizeof *n);
  int *p = &x;		/* { dg-message "address of 'x' taken here" } */
  n->data = p;		/* { dg-warning "\\\[escape:store\\\]" } */
			/* { dg-message "stored into 'n->data'" "" { target *-*-* } .-1 } */
  n->next = *head;
  *head = n;
}
