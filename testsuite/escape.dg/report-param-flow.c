/* -fplugin-arg-escape-report=2: a leaking parameter's line is followed by
   where its memory goes and the steps that take it there, through a
   callee's summary too (Go's -m=2 flow lines for params).  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-report=2" } */

struct node { struct node *next; int *data; };

int *g;

void
keep (int *p)	/* { dg-message "leaking param: 'p'" } */
{		/* { dg-message "what 'p' points to leaks: into global 'g'" "" { target *-*-* } .-1 } */
  g = p;	/* { dg-message "stored into 'g'" } */
}

void
keep_data (struct node *n)	/* { dg-message "leaking param content: 'n'" } */
{	/* { dg-message "memory reached through 'n' leaks: into memory that outlives 'keep_data'" "" { target *-*-* } .-1 } */
  keep (n->data);	/* { dg-message "passed to 'keep'" } */
}

void
link (struct node **head, struct node *n)	/* { dg-message "leaking param: 'n'" } */
{	/* { dg-message "what 'n' points to leaks: into the memory of parameter 'head'" "" { target *-*-* } .-1 } */
  n->next = *head;
  *head = n;	/* { dg-message "stored into '\\*head'" } */
}

struct ctx { int *slot; int **out; };

void
publish (struct ctx *c)	/* { dg-message "leaking param content: 'c'" } */
{	/* { dg-message "memory reached through 'c' leaks: into the memory of parameter 'c'" "" { target *-*-* } .-1 } */
  *c->out = c->slot;	/* { dg-message "stored into '\\*c->out'" } */
}

int *
id (int *p)	/* { dg-message "leaking param: 'p' to result" } */
{		/* { dg-message "what 'p' points to leaks: returned from 'id'" "" { target *-*-* } .-1 } */
  return p;	/* { dg-message "returned here" } */
}

void
tell (void (*cb) (int *), int *p)	/* { dg-message "'p' may escape: passed to code the analysis cannot see" } */
{	/* { dg-message "what 'p' points to leaks: passed to code the analysis cannot see" "" { target *-*-* } .-1 } */
  cb (p);
}

void
tell_content (void (*cb) (int *), int **pp)	/* { dg-message "'pp' may escape: passed to code the analysis cannot see" } */
{	/* { dg-message "memory reached through 'pp' leaks: passed to code the analysis cannot see" "" { target *-*-* } .-1 } */
  cb (*pp);
}

int
read_only (const int *p)	/* { dg-message "'p' does not escape" } */
{				/* { dg-bogus "leaks:" "" { target *-*-* } .-1 } */
  return *p;
}

/* Through a node the function allocates and links into the caller's
   list: the flow goes on with the node.  */
extern void *malloc (__SIZE_TYPE__);
struct list { struct node *head; };

void
list_push (struct list *l, int *data)	/* { dg-message "leaking param: 'data'" } */
{					/* { dg-message "what 'data' points to leaks: into the memory of parameter 'l'" "" { target *-*-* } .-1 } */
  struct node *n = malloc (sizeof *n);
  if (!n)
    return;
  n->data = data;		/* { dg-message "stored into 'n->data'" } */
  n->next = l->head;		/* { dg-message "stored into 'n->next'" } */
  l->head = n;			/* { dg-message "'n' linked into 'l->head'" } */
}
