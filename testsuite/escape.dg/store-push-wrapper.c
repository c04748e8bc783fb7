/* A push onto the caller's object undone by a same-file wrapper of the
   pop: parse_free (p) calls parse_reset (p), which puts back what
   parse_init (p, db) pushed onto db.  */
/* { dg-do compile } */

struct db { struct parse *pParse; };
struct parse { struct db *db; struct parse *outer; int rc; };

static void parse_init (struct parse *p, struct db *db) { p->db = db; p->outer = db->pParse; db->pParse = p; p->rc = 0; }
static void parse_reset (struct parse *p) { p->db->pParse = p->outer; }
static void parse_free (struct parse *p) { parse_reset (p); }
static void parse_keep (struct parse *p) { (void) p; }
static int parse_sql (struct parse *p, struct db *db) { parse_init (p, db); return p->rc; }

int
popped_by_wrapper (struct db *db)
{
  struct parse sParse;
  int rc = parse_sql (&sParse, db);	/* { dg-bogus "escape:" } */
  if (rc)
    goto done;
  rc = sParse.rc;
done:
  parse_free (&sParse);
  return rc;
}

int
not_popped (struct db *db)
{
  struct parse sParse;
  int rc = parse_sql (&sParse, db);	/* { dg-warning "address of local 'sParse' escapes: passed to 'parse_sql'" } */
  parse_keep (&sParse);
  return rc;
}
