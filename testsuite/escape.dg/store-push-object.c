/* A push whose pop is handed the pushed object, which knows the stack it
   was pushed onto: sqlite's sqlite3ParseObjectInit (&parse, db) and
   sqlite3ParseObjectReset (&parse).  */
/* { dg-do compile } */

struct db;
struct parse { struct db *db; struct parse *outer; int n; };
struct db { struct parse *current; };

static void
parse_init (struct parse *p, struct db *db)
{
  p->db = db;
  p->outer = db->current;
  p->n = 0;
  db->current = p;
}

static void
parse_reset (struct parse *p)
{
  struct db *db = p->db;
  db->current = p->outer;
}

void run (struct parse *);

void
prepare (struct db *db)
{
  struct parse parse;
  parse_init (&parse, db);	/* { dg-bogus "escape:" } */
  run (&parse);
  parse_reset (&parse);
}

void
prepare_leaky (struct db *db)
{
  struct parse parse;
  parse_init (&parse, db);	/* { dg-warning "address of local 'parse' escapes: passed to 'parse_init', which stores it into the memory of parameter 'db'" } */
  run (&parse);
}

void
prepare_other (struct db *db, struct parse *other)
{
  struct parse parse;
  parse_init (&parse, db);	/* { dg-warning "address of local 'parse' escapes" } */
  parse_reset (other);
}
