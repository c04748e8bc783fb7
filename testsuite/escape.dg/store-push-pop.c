/* A stack of frames linked through the caller's memory, pushed by one
   function and popped by another (a parser's enterblock / leaveblock,
   open_func / close_func): the pop on every path undoes the push, so the
   frame does not outlive the caller.  A push without its pop, or a pop on
   some paths only, is still a finding.  */
/* { dg-do compile } */

struct block { struct block *previous; int level; };
struct func { struct block *bl; struct func *prev; };
struct lex { struct func *fs; };

static void
enterblock (struct func *fs, struct block *bl)
{
  bl->previous = fs->bl;
  bl->level = bl->previous ? bl->previous->level + 1 : 0;
  fs->bl = bl;
}

static void
leaveblock (struct func *fs)
{
  struct block *bl = fs->bl;
  fs->bl = bl->previous;
}

static void
open_func (struct lex *ls, struct func *fs)
{
  fs->prev = ls->fs;
  ls->fs = fs;
}

static void
close_func (struct lex *ls)
{
  struct func *fs = ls->fs;
  ls->fs = fs->prev;
}

void statement (struct lex *ls);

void
block (struct func *fs, struct lex *ls)
{
  struct block bl;
  enterblock (fs, &bl);		/* { dg-bogus "escape:" } */
  statement (ls);
  leaveblock (fs);
}

void
body (struct lex *ls)
{
  struct func new_fs;
  new_fs.bl = 0;
  open_func (ls, &new_fs);	/* { dg-bogus "escape:" } */
  statement (ls);
  close_func (ls);
}

void
pushed_never_popped (struct func *fs)
{
  struct block bl;
  enterblock (fs, &bl);		/* { dg-warning "address of local 'bl' escapes: passed to 'enterblock', which stores it into the memory of parameter 'fs'" } */
}

void
popped_sometimes (struct func *fs, int c)
{
  struct block bl;
  enterblock (fs, &bl);		/* { dg-warning "address of local 'bl' escapes" } */
  if (c)
    leaveblock (fs);
}

void
popped_other_stack (struct func *fs, struct func *other)
{
  struct block bl;
  enterblock (fs, &bl);		/* { dg-warning "address of local 'bl' escapes" } */
  leaveblock (other);
}

/* In the same function: push through the parameter, pop by a call.  */
void
push_here (struct func *fs, struct lex *ls)
{
  struct block bl;
  bl.previous = fs->bl;
  fs->bl = &bl;			/* { dg-bogus "escape:" } */
  statement (ls);
  leaveblock (fs);
}

/* A path that ends in a routine that does not return (a parser's error
   longjmp) leaves the frame alive: it needs no pop.  */
void error_at_token (struct lex *) __attribute__ ((noreturn));

void
for_statement (struct lex *ls, int kind)
{
  struct func *fs = ls->fs;
  struct block bl;
  enterblock (fs, &bl);		/* { dg-bogus "escape:" } */
  switch (kind)
    {
    case 1:
      statement (ls);
      break;
    case 2:
      statement (ls);
      statement (ls);
      break;
    default:
      error_at_token (ls);
    }
  leaveblock (fs);
}

/* Two pops that together cover every path.  */
void
then_block (struct func *fs, struct lex *ls, int brk)
{
  struct block bl;
  enterblock (fs, &bl);		/* { dg-bogus "escape:" } */
  if (brk)
    {
      leaveblock (fs);
      return;
    }
  statement (ls);
  leaveblock (fs);
}
