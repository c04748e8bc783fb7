/* The seeds' closure: a Go closure that captures a local moves it to the
   heap.  A GNU C nested function that uses the enclosing function's locals
   and whose address outlives the call leaves a pointer into a dead frame:
   gcc-escape says [escape:store].  */

static int (*saved_counter) (void);

void
make_counter (void)
{
  int count = 0;
  int next (void) { return ++count; }
  saved_counter = next;
}
