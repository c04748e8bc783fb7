/* Input of testsuite/sarif-check.sh: one finding of each of three rules,
   the store with a flow of several notes.  The file name and the lines are
   what the script checks.  */

struct node { int *data; };

int *
address_of_local (void)
{
  int local = 1;
  return &local;			/* escape:return */
}

void
keep_in_node (struct node *n)
{
  int value = 2;
  int *p = &value;
  n->data = p;				/* escape:store, with a flow */
}

int
large_frame (int i)
{
  char buffer[1 << 20];			/* escape:oversize */
  buffer[i] = 1;
  return buffer[i / 2];
}
