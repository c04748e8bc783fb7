/* -fplugin-arg-escape-report=2 prints the flow of each escape, and every
   warning carries it as notes, one step a note.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-report=2 -Wno-return-local-addr" } */

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
  *head = n;		/* { dg-message "'n' linked into '\\*head'" } */
}

/* Two returns merge into one: the flow still ends at the one that
   returned the address.  */
char *
after_key (int c)
{
  char line[32] = "key=value";
  char *eq = line + c;
  if (!*eq)
    return 0;
  char *val = eq + 1;	/* { dg-message "copied into 'val'" } */
  return val;		/* { dg-warning "address of local 'line' may escape: returned from 'after_key'" } */
			/* { dg-message "returned here" "" { target *-*-* } .-1 } */
}

/* Through a local aggregate that escapes in turn.  */
struct holder { int *p; };
struct holder *held;

void
through_local (void)
{
  int x = 0;
  struct holder s;
  s.p = &x;		/* { dg-warning "address of local 'x' escapes: stored into 's.p', a stack object that escapes" } */
			/* { dg-message "stored into 's.p'" "" { target *-*-* } .-1 } */
  held = &s;		/* { dg-message "'s' linked into 'held'" } */
			/* { dg-warning "address of local 's' escapes" "" { target *-*-* } .-1 } */
}
