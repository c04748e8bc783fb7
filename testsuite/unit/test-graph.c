/* Unit tests of the escape graph, the solver, the escape rules and the
   summaries, on graphs written by hand: no GCC involved.  */

#include "unit.h"
#include "../../passes/graph.h"
#include "../../passes/summary.h"
#include "../../passes/rules/rules.h"

#include <stdlib.h>

static struct escape_settings
all_rules (void)
{
  struct escape_settings s = { DEFAULT_MAX_STACK, { 0 }, { 0 }, 0, false, NULL };
  for (int r = 0; r < RULE_COUNT; r++)
    s.enabled[r] = true;
  return s;
}

/* p = &x; q = p; return q;  */
static void
test_copy_chain (void)
{
  struct escape_graph *g = graph_new (0);
  loc_id ret = loc_add (g, LOC_RETURN, NULL, 0, NULL);
  loc_id x = loc_add (g, LOC_STACK, "x", 10, NULL);
  loc_id p = loc_add (g, LOC_VALUE, NULL, 0, NULL);
  loc_id q = loc_add (g, LOC_VALUE, NULL, 0, NULL);
  edge_add (g, EDGE_ADDRESS, p, x, STEP_ADDRESS, 11, NULL);
  edge_add (g, EDGE_COPY, q, p, STEP_COPY, 12, NULL);
  edge_add (g, EDGE_COPY, ret, q, STEP_RETURN, 13, NULL);
  graph_solve (g);
  CHECK (points_to (g, ret, x));
  CHECK (points_to_count (g, ret) == 1);

  int steps[MAX_FLOW_STEPS];
  int n = flow_steps (g, ret, x, steps, MAX_FLOW_STEPS);
  CHECK (n == 3);
  CHECK (n == 3 && edge_get (g, steps[0])->where == 11
	 && edge_get (g, steps[2])->where == 13);

  struct escape_settings s = all_rules ();
  struct findings f = { NULL, 0, 0 };
  rules_escape (g, &s, &f, NULL);
  CHECK (f.n == 1 && f.items[0].kind == FINDING_RETURNED
	 && f.items[0].object == x && !f.items[0].may && f.items[0].where == 13);
  findings_clear (&f);
  graph_free (g);
}

/* s.p = &x (store into a local that does not escape); then *out = &s.  */
static void
test_store_through_pointer (void)
{
  struct escape_graph *g = graph_new (0);
  loc_id out = loc_add (g, LOC_PARAM_CONTENT, "out", 1, NULL);
  loc_id out_value = loc_add (g, LOC_VALUE, NULL, 0, NULL);
  loc_id x = loc_add (g, LOC_STACK, "x", 2, NULL);
  loc_id s = loc_add (g, LOC_STACK, "s", 3, NULL);
  loc_id ps = loc_add (g, LOC_VALUE, NULL, 0, NULL);
  loc_id px = loc_add (g, LOC_VALUE, NULL, 0, NULL);
  edge_add (g, EDGE_ADDRESS, out_value, out, STEP_ADDRESS, 1, NULL);
  edge_add (g, EDGE_ADDRESS, ps, s, STEP_ADDRESS, 4, NULL);
  edge_add (g, EDGE_ADDRESS, px, x, STEP_ADDRESS, 5, NULL);
  edge_add (g, EDGE_STORE, ps, px, STEP_STORE, 6, NULL);
  graph_solve (g);
  CHECK (points_to (g, s, x));
  CHECK (!points_to (g, out, x));

  struct escape_settings set = all_rules ();
  struct findings f = { NULL, 0, 0 };
  rules_escape (g, &set, &f, NULL);
  CHECK (f.n == 0);
  findings_clear (&f);
  graph_free (g);

  /* Now store &s through the parameter: s escapes, and x with it.  */
  g = graph_new (0);
  out = loc_add (g, LOC_PARAM_CONTENT, "out", 1, NULL);
  out_value = loc_add (g, LOC_VALUE, NULL, 0, NULL);
  x = loc_add (g, LOC_STACK, "x", 2, NULL);
  s = loc_add (g, LOC_STACK, "s", 3, NULL);
  ps = loc_add (g, LOC_VALUE, NULL, 0, NULL);
  px = loc_add (g, LOC_VALUE, NULL, 0, NULL);
  edge_add (g, EDGE_ADDRESS, out_value, out, STEP_ADDRESS, 1, NULL);
  edge_add (g, EDGE_ADDRESS, ps, s, STEP_ADDRESS, 4, NULL);
  edge_add (g, EDGE_ADDRESS, px, x, STEP_ADDRESS, 5, NULL);
  edge_add (g, EDGE_STORE, ps, px, STEP_STORE, 6, NULL);
  edge_add (g, EDGE_STORE, out_value, ps, STEP_STORE, 7, NULL);
  graph_solve (g);
  rules_escape (g, &set, &f, NULL);
  CHECK (f.n == 2);
  int seen_s = 0, seen_x = 0;
  for (int i = 0; i < f.n; i++)
    {
      CHECK (f.items[i].kind == FINDING_STORED);
      if (f.items[i].object == s)
	seen_s = f.items[i].sink == out && f.items[i].where == 7;
      if (f.items[i].object == x)
	seen_x = f.items[i].sink == s && f.items[i].via == out;
    }
  CHECK (seen_s && seen_x);
  findings_clear (&f);
  graph_free (g);
}

/* q = *p where p = &cell and cell = &x: a load finds x.  */
static void
test_load (void)
{
  struct escape_graph *g = graph_new (0);
  loc_id x = loc_add (g, LOC_STACK, "x", 1, NULL);
  loc_id cell = loc_add (g, LOC_STACK, "cell", 2, NULL);
  loc_id p = loc_add (g, LOC_VALUE, NULL, 0, NULL);
  loc_id q = loc_add (g, LOC_VALUE, NULL, 0, NULL);
  edge_add (g, EDGE_ADDRESS, cell, x, STEP_ADDRESS, 3, NULL);
  edge_add (g, EDGE_ADDRESS, p, cell, STEP_ADDRESS, 4, NULL);
  edge_add (g, EDGE_LOAD, q, p, STEP_LOAD, 5, NULL);
  graph_solve (g);
  CHECK (points_to (g, q, x));
  CHECK (!points_to (g, q, cell));
  graph_free (g);
}

/* A cycle of copies terminates and shares its set.  */
static void
test_cycle (void)
{
  struct escape_graph *g = graph_new (0);
  loc_id x = loc_add (g, LOC_STACK, "x", 1, NULL);
  loc_id a = loc_add (g, LOC_VALUE, NULL, 0, NULL);
  loc_id b = loc_add (g, LOC_VALUE, NULL, 0, NULL);
  edge_add (g, EDGE_COPY, a, b, STEP_COPY, 2, NULL);
  edge_add (g, EDGE_COPY, b, a, STEP_COPY, 3, NULL);
  edge_add (g, EDGE_ADDRESS, a, x, STEP_ADDRESS, 4, NULL);
  graph_solve (g);
  CHECK (points_to (g, b, x));
  int steps[MAX_FLOW_STEPS];
  CHECK (flow_steps (g, b, x, steps, MAX_FLOW_STEPS) == 2);
  graph_free (g);
}

/* A global starts out pointing to unknown memory; a store into unknown
   memory is an escape.  */
static void
test_global (void)
{
  struct escape_graph *g = graph_new (0);
  loc_id glob = loc_add (g, LOC_GLOBAL, "g", 1, NULL);
  loc_id x = loc_add (g, LOC_STACK, "x", 2, NULL);
  loc_id p = loc_add (g, LOC_VALUE, NULL, 0, NULL);
  loc_id px = loc_add (g, LOC_VALUE, NULL, 0, NULL);
  edge_add (g, EDGE_COPY, p, glob, STEP_LOAD, 3, NULL);	/* p = g */
  edge_add (g, EDGE_ADDRESS, px, x, STEP_ADDRESS, 4, NULL);
  edge_add (g, EDGE_STORE, p, px, STEP_STORE, 5, NULL);	/* *p = &x */
  graph_solve (g);
  CHECK (points_to (g, glob, loc_unknown_memory (g)));
  CHECK (points_to (g, loc_unknown_memory (g), x));
  struct escape_settings set = all_rules ();
  struct findings f = { NULL, 0, 0 };
  rules_escape (g, &set, &f, NULL);
  CHECK (f.n == 1 && f.items[0].object == x && f.items[0].where == 5);
  findings_clear (&f);
  graph_free (g);
}

/* Summaries: "g = p" leaks the parameter; "return p" leaks to the result;
   "g = *p" leaks only what p points to.  */
static void
test_summary (void)
{
  struct escape_graph *g = graph_new (0);
  loc_id ret = loc_add (g, LOC_RETURN, NULL, 0, NULL);
  loc_id glob = loc_add (g, LOC_GLOBAL, "g", 1, NULL);
  loc_id pc[2], deep[2], val[2];
  for (int i = 0; i < 2; i++)
    {
      pc[i] = loc_add (g, LOC_PARAM_CONTENT, "p", 1, NULL);
      deep[i] = loc_add (g, LOC_PARAM_CONTENT, "p", 1, NULL);
      loc_get (g, pc[i])->param_index = i;
      loc_get (g, deep[i])->param_index = i;
      loc_get (g, deep[i])->depth = 1;
      val[i] = loc_add (g, LOC_VALUE, NULL, 0, NULL);
      edge_add (g, EDGE_ADDRESS, pc[i], deep[i], STEP_ADDRESS, 1, NULL);
      edge_add (g, EDGE_ADDRESS, deep[i], deep[i], STEP_ADDRESS, 1, NULL);
      edge_add (g, EDGE_ADDRESS, val[i], pc[i], STEP_ADDRESS, 1, NULL);
    }
  loc_id loaded = loc_add (g, LOC_VALUE, NULL, 0, NULL);
  edge_add (g, EDGE_COPY, ret, val[0], STEP_RETURN, 2, NULL);
  edge_add (g, EDGE_LOAD, loaded, val[1], STEP_LOAD, 3, NULL);
  edge_add (g, EDGE_COPY, glob, loaded, STEP_STORE, 3, NULL);
  graph_solve (g);

  struct escape_summary s;
  static int fn;
  summary_compute (g, &fn, 2, &s);
  CHECK (s.params[0].leaks[0] == LEAK_RESULT);
  CHECK (s.params[1].leaks[0] == 0);
  CHECK (s.params[1].leaks[1] & LEAK_GLOBAL);

  struct summary_table *t = summary_table_new ();
  CHECK (summary_store (t, &s));
  CHECK (!summary_store (t, &s));
  CHECK (summary_find (t, &fn) && summary_find (t, &fn)->nparams == 2);
  CHECK (!summary_find (t, &s));
  summary_release (&s);
  summary_table_free (t);
  graph_free (g);
}

/* void push (struct list *l, int *x) { n = malloc; n->data = x;
   l->head = n; }: x leaks into what the function made (LEAK_MADE), that
   memory goes into l's (made_into, and a flow from SUMMARY_MADE), and
   the result does not hold it.  Returning the node instead says
   returns_made, and x does not leak "for good".  */
static void
test_made_summary (void)
{
  for (int returned = 0; returned < 2; returned++)
    {
      struct escape_graph *g = graph_new (0);
      loc_id ret = loc_add (g, LOC_RETURN, NULL, 0, NULL);
      loc_id pc[2], val[2];
      for (int i = 0; i < 2; i++)
	{
	  pc[i] = loc_add (g, LOC_PARAM_CONTENT, "p", 1, NULL);
	  loc_get (g, pc[i])->param_index = i;
	  val[i] = loc_add (g, LOC_VALUE, NULL, 0, NULL);
	  edge_add (g, EDGE_ADDRESS, val[i], pc[i], STEP_ADDRESS, 1, NULL);
	}
      loc_id node = loc_add (g, LOC_HEAP, "malloc", 2, NULL);
      loc_id n = loc_add (g, LOC_VALUE, NULL, 0, NULL);
      edge_add (g, EDGE_ADDRESS, n, node, STEP_ADDRESS, 2, NULL);
      edge_add (g, EDGE_STORE, n, val[1], STEP_STORE, 3, NULL);
      if (returned)
	edge_add (g, EDGE_COPY, ret, n, STEP_RETURN, 4, NULL);
      else
	edge_add (g, EDGE_STORE, val[0], n, STEP_STORE, 4, NULL);
      graph_solve (g);

      struct escape_summary s;
      static int fn;
      summary_compute (g, &fn, 2, &s);
      CHECK (s.params[1].leaks[0] == LEAK_MADE);
      CHECK (s.returns_made == (returned == 1));
      CHECK (s.made_into[0] == (returned ? 0u : 1u));
      CHECK (!s.made_may_escape && s.params[0].leaks[0] == 0);
      CHECK (!s.returns_lasting);
      bool made_flow = false;
      for (int i = 0; i < s.nflows; i++)
	made_flow |= s.flows[i].src_param == SUMMARY_MADE
		     && s.flows[i].dst_param == 0;
      CHECK (made_flow == !returned);
      summary_release (&s);
      graph_free (g);
    }
}

/* struct { int *a; int *b; } s (fields at 0 and 8); s.a = &x; s.b = &y;
   v = *(&s + 8): v holds y, not x.  p = &s + 8 then *p: the same.  An
   unknown offset reads both.  The set of s names x and y, never a field.  */
static void
test_fields (void)
{
  struct escape_graph *g = graph_new (0);
  loc_id x = loc_add (g, LOC_STACK, "x", 1, NULL);
  loc_id y = loc_add (g, LOC_STACK, "y", 2, NULL);
  loc_id s = loc_add (g, LOC_STACK, "s", 3, NULL);
  loc_id fa = field_add (g, s, 0, 8);
  loc_id fb = field_add (g, s, 8, 8);
  loc_id ps = loc_add (g, LOC_VALUE, NULL, 0, NULL);
  loc_id px = loc_add (g, LOC_VALUE, NULL, 0, NULL);
  loc_id py = loc_add (g, LOC_VALUE, NULL, 0, NULL);
  loc_id v = loc_add (g, LOC_VALUE, NULL, 0, NULL);
  loc_id moved = loc_add (g, LOC_VALUE, NULL, 0, NULL);
  loc_id w = loc_add (g, LOC_VALUE, NULL, 0, NULL);
  loc_id any = loc_add (g, LOC_VALUE, NULL, 0, NULL);
  edge_add (g, EDGE_ADDRESS, ps, s, STEP_ADDRESS, 4, NULL);
  edge_add (g, EDGE_ADDRESS, px, x, STEP_ADDRESS, 4, NULL);
  edge_add (g, EDGE_ADDRESS, py, y, STEP_ADDRESS, 4, NULL);
  edge_add_at (g, EDGE_STORE, ps, px, 0, 8, STEP_STORE, 5, NULL);
  edge_add_at (g, EDGE_STORE, ps, py, 8, 8, STEP_STORE, 6, NULL);
  edge_add_at (g, EDGE_LOAD, v, ps, 8, 8, STEP_LOAD, 7, NULL);
  edge_add_at (g, EDGE_COPY, moved, ps, 8, SIZE_UNKNOWN, STEP_COPY, 8, NULL);
  edge_add_at (g, EDGE_LOAD, w, moved, 0, 8, STEP_LOAD, 9, NULL);
  edge_add_at (g, EDGE_LOAD, any, ps, OFFSET_UNKNOWN, 8, STEP_LOAD, 10, NULL);
  graph_solve (g);
  CHECK (points_to (g, v, y) && !points_to (g, v, x));
  CHECK (points_to (g, w, y) && !points_to (g, w, x));
  CHECK (points_to (g, any, x) && points_to (g, any, y));
  CHECK (points_to (g, fa, x) && !points_to (g, fa, y));
  CHECK (points_to (g, fb, y) && !points_to (g, fb, x));
  /* Readers see objects: s holds x and y, ps and moved point to s.  */
  CHECK (points_to (g, s, x) && points_to (g, s, y));
  CHECK (points_to (g, ps, s) && points_to_count (g, ps) == 1);
  CHECK (points_to (g, moved, s) && loc_object (g, fb) == s);
  /* The flow of y into v, and into s, starts at y's address.  */
  int steps[MAX_FLOW_STEPS];
  int n = flow_steps (g, v, y, steps, MAX_FLOW_STEPS);
  CHECK (n >= 2 && edge_get (g, steps[0])->form == EDGE_ADDRESS
	 && edge_get (g, steps[n - 1])->where == 7);
  n = flow_steps (g, s, y, steps, MAX_FLOW_STEPS);
  CHECK (n == 2 && edge_get (g, steps[0])->form == EDGE_ADDRESS
	 && edge_get (g, steps[1])->where == 6);
  /* A position inside no field, or past the end, is every field.  */
  loc_id parts[MAX_FIELDS];
  CHECK (field_select (g, s, 4, 2, parts, MAX_FIELDS) == 1 && parts[0] == fa);
  CHECK (field_select (g, s, 40, 8, parts, MAX_FIELDS) == 2);
  CHECK (field_select (g, x, 8, 8, parts, MAX_FIELDS) == 1 && parts[0] == x);
  graph_free (g);
}

/* A malloc'd node h, split after the edges at the words they access:
   p = &h; p->a = &x; p->b = &y; v = p->b holds y only.  h <- &z (what
   opaque code puts in it) lands in every field; an unknown offset, and
   the node's contents copied whole, still see everything.  */
static void
test_split_by_words (void)
{
  struct escape_graph *g = graph_new (0);
  loc_id x = loc_add (g, LOC_STACK, "x", 1, NULL);
  loc_id y = loc_add (g, LOC_STACK, "y", 2, NULL);
  loc_id z = loc_add (g, LOC_STACK, "z", 3, NULL);
  loc_id h = loc_add (g, LOC_HEAP, "malloc", 4, NULL);
  loc_id p = loc_add (g, LOC_VALUE, NULL, 0, NULL);
  loc_id px = loc_add (g, LOC_VALUE, NULL, 0, NULL);
  loc_id py = loc_add (g, LOC_VALUE, NULL, 0, NULL);
  loc_id v = loc_add (g, LOC_VALUE, NULL, 0, NULL);
  loc_id any = loc_add (g, LOC_VALUE, NULL, 0, NULL);
  loc_id through = loc_add (g, LOC_VALUE, NULL, 0, NULL);
  edge_add (g, EDGE_ADDRESS, p, h, STEP_ADDRESS, 5, NULL);
  edge_add (g, EDGE_ADDRESS, px, x, STEP_ADDRESS, 5, NULL);
  edge_add (g, EDGE_ADDRESS, py, y, STEP_ADDRESS, 5, NULL);
  edge_add_at (g, EDGE_STORE, p, px, 0, 8, STEP_STORE, 6, NULL);
  edge_add_at (g, EDGE_STORE, p, py, 8, 8, STEP_STORE, 7, NULL);
  edge_add_at (g, EDGE_LOAD, v, p, 8, 8, STEP_LOAD, 8, NULL);
  edge_add_at (g, EDGE_LOAD, any, p, OFFSET_UNKNOWN, 8, STEP_LOAD, 9, NULL);
  edge_add (g, EDGE_ADDRESS, h, z, STEP_ADDRESS, 10, NULL);
  edge_add (g, EDGE_COPY, through, h, STEP_COPY, 11, NULL);
  loc_id objects[] = { h };
  CHECK (objects_split_by_words (g, objects, 1, 8));
  CHECK (loc_get (g, h)->nfields == 2);
  graph_solve (g);
  CHECK (points_to (g, v, y) && points_to (g, v, z) && !points_to (g, v, x));
  CHECK (points_to (g, any, x) && points_to (g, any, y)
	 && points_to (g, any, z));
  CHECK (points_to (g, p, h) && points_to (g, h, x) && points_to (g, h, y));
  CHECK (points_to (g, through, x) && points_to (g, through, y)
	 && points_to (g, through, z));
  graph_free (g);

  /* Too many positions: nothing is split.  */
  g = graph_new (0);
  h = loc_add (g, LOC_HEAP, "malloc", 1, NULL);
  p = loc_add (g, LOC_VALUE, NULL, 0, NULL);
  for (int i = 0; i <= MAX_WORD_FIELDS; i++)
    edge_add_at (g, EDGE_STORE, p, p, 8 * i, 8, STEP_STORE, 2, NULL);
  objects[0] = h;
  CHECK (!objects_split_by_words (g, objects, 1, 8)
	 && loc_get (g, h)->nfields == 0);
  graph_free (g);
}

/* h = (struct hidden *) &info[1]; h->clause = &x: a pointer moved by
   whole words makes a position (the trailer's first word), so the
   trailer is a field apart from the header's; points_to_offset tells a
   pointer to a field's start from one somewhere into the object.  */
static void
test_split_trailer (void)
{
  struct escape_graph *g = graph_new (0);
  loc_id x = loc_add (g, LOC_STACK, "x", 1, NULL);
  loc_id h = loc_add (g, LOC_HEAP, "malloc", 2, NULL);
  loc_id p = loc_add (g, LOC_VALUE, NULL, 0, NULL);
  loc_id trailer = loc_add (g, LOC_VALUE, NULL, 0, NULL);
  loc_id px = loc_add (g, LOC_VALUE, NULL, 0, NULL);
  loc_id name = loc_add (g, LOC_VALUE, NULL, 0, NULL);
  loc_id inside = loc_add (g, LOC_VALUE, NULL, 0, NULL);
  edge_add (g, EDGE_ADDRESS, p, h, STEP_ADDRESS, 3, NULL);
  edge_add (g, EDGE_ADDRESS, px, x, STEP_ADDRESS, 3, NULL);
  edge_add_at (g, EDGE_COPY, trailer, p, 24, SIZE_UNKNOWN, STEP_COPY, 4,
	       NULL);
  edge_add_at (g, EDGE_STORE, trailer, px, 0, 8, STEP_STORE, 5, NULL);
  edge_add_at (g, EDGE_LOAD, name, p, 8, 8, STEP_LOAD, 6, NULL);
  edge_add_at (g, EDGE_COPY, inside, p, OFFSET_UNKNOWN, SIZE_UNKNOWN,
	       STEP_COPY, 7, NULL);
  loc_id objects[] = { h };
  CHECK (objects_split_by_words (g, objects, 1, 8));
  CHECK (loc_get (g, h)->nfields == 3);
  graph_solve (g);
  CHECK (points_to (g, h, x) && !points_to (g, name, x));
  CHECK (points_to_offset (g, p, h) == 0);
  CHECK (points_to_offset (g, trailer, h) == 24);
  CHECK (points_to_offset (g, inside, h) == OFFSET_UNKNOWN);
  CHECK (points_to_offset (g, px, x) == OFFSET_UNKNOWN);
  graph_free (g);
}

/* void f (struct { int *a; int *b; } *p) { g = p->a; }: the summary leaks
   the content of p's field at 0 only.  Both fields leaking merge into
   "any field".  */
static void
test_field_summary (void)
{
  for (int both = 0; both < 2; both++)
    {
      struct escape_graph *g = graph_new (0);
      loc_id glob = loc_add (g, LOC_GLOBAL, "g", 1, NULL);
      loc_id pc = loc_add (g, LOC_PARAM_CONTENT, "p", 1, NULL);
      loc_get (g, pc)->param_index = 0;
      loc_id f0 = field_add (g, pc, 0, 8);
      loc_id f1 = field_add (g, pc, 8, 8);
      /* As the builder links them: each field to what it points to,
	 those to what is beyond, and that to itself.  */
      loc_id deep[2];
      loc_id beyond = loc_add (g, LOC_PARAM_CONTENT, "p", 1, NULL);
      loc_get (g, beyond)->param_index = 0;
      loc_get (g, beyond)->depth = 2;
      edge_add (g, EDGE_ADDRESS, beyond, beyond, STEP_ADDRESS, 1, NULL);
      for (int i = 0; i < 2; i++)
	{
	  deep[i] = loc_add (g, LOC_PARAM_CONTENT, "p", 1, NULL);
	  struct escape_loc *d = loc_get (g, deep[i]);
	  d->param_index = 0;
	  d->depth = 1;
	  d->offset = i * 8;
	  d->size = 8;
	  edge_add (g, EDGE_ADDRESS, i ? f1 : f0, deep[i], STEP_ADDRESS, 1,
		    NULL);
	  edge_add (g, EDGE_ADDRESS, deep[i], beyond, STEP_ADDRESS, 1, NULL);
	}
      loc_id p = loc_add (g, LOC_VALUE, NULL, 0, NULL);
      loc_id a = loc_add (g, LOC_VALUE, NULL, 0, NULL);
      edge_add (g, EDGE_ADDRESS, p, pc, STEP_ADDRESS, 1, NULL);
      edge_add_at (g, EDGE_LOAD, a, p, 0, both ? SIZE_UNKNOWN : 8, STEP_LOAD,
		   2, NULL);
      edge_add (g, EDGE_COPY, glob, a, STEP_STORE, 2, NULL);
      graph_solve (g);
      struct escape_summary s;
      static int fn;
      summary_compute (g, &fn, 1, &s);
      CHECK (s.params[0].leaks[0] == 0);
      CHECK (s.params[0].leaks[1] & LEAK_GLOBAL);
      CHECK (s.nflows == 1 && s.flows[0].src_level == 1
	     && s.flows[0].leak == LEAK_GLOBAL);
      if (both)
	CHECK (s.nflows == 1 && s.flows[0].src_offset == OFFSET_UNKNOWN);
      else
	CHECK (s.nflows == 1 && s.flows[0].src_offset == 0
	       && s.flows[0].src_size == 8);
      summary_release (&s);
      graph_free (g);
    }
}

/* Many locations: the sets and the pair table grow.  */
/* p = &x or &h or &s.b; if (p >= start && p < end) g = p; with start
   reaching &h and &s.a only through copies solved after the filter's
   source: p keeps h and s (by another field), never x.  */
static void
test_filter (void)
{
  struct escape_graph *g = graph_new (0);
  loc_id glob = loc_add (g, LOC_GLOBAL, "g", 1, NULL);
  loc_id x = loc_add (g, LOC_STACK, "x", 2, NULL);
  loc_id h = loc_add (g, LOC_HEAP, NULL, 3, NULL);
  loc_id s = loc_add (g, LOC_STACK, "s", 4, NULL);
  loc_id sa = field_add (g, s, 0, 8);
  loc_id sb = field_add (g, s, 8, 8);
  loc_id p = loc_add (g, LOC_VALUE, NULL, 0, NULL);
  loc_id start0 = loc_add (g, LOC_VALUE, NULL, 0, NULL);
  loc_id start = loc_add (g, LOC_VALUE, NULL, 0, NULL);
  loc_id in = loc_add (g, LOC_VALUE, NULL, 0, NULL);
  edge_add (g, EDGE_ADDRESS, p, x, STEP_ADDRESS, 5, NULL);
  edge_add (g, EDGE_ADDRESS, p, h, STEP_ADDRESS, 6, NULL);
  edge_add_at (g, EDGE_ADDRESS, p, s, 8, SIZE_UNKNOWN, STEP_ADDRESS, 7, NULL);
  edge_add_filter (g, in, p, start, 8, NULL);
  edge_add (g, EDGE_COPY, glob, in, STEP_STORE, 9, NULL);
  edge_add (g, EDGE_ADDRESS, start0, h, STEP_ADDRESS, 10, NULL);
  edge_add (g, EDGE_ADDRESS, start0, s, STEP_ADDRESS, 11, NULL);
  edge_add (g, EDGE_COPY, start, start0, STEP_COPY, 12, NULL);
  graph_solve (g);
  CHECK (points_to (g, in, h));
  CHECK (points_to (g, in, s));
  CHECK (!points_to (g, in, x));
  CHECK (points_to_count (g, in) == 2);
  CHECK (points_to (g, glob, h) && !points_to (g, glob, x));
  CHECK (points_to_count (g, sa) == 0 && points_to_count (g, sb) == 0);
  int steps[MAX_FLOW_STEPS];
  int n = flow_steps (g, glob, h, steps, MAX_FLOW_STEPS);
  CHECK (n >= 2 && edge_get (g, steps[0])->where == 6);
  graph_free (g);
}

static void
test_large (void)
{
  struct escape_graph *g = graph_new (16);
  enum { N = 5000 };
  loc_id x = loc_add (g, LOC_STACK, "x", 1, NULL);
  loc_id prev = loc_add (g, LOC_VALUE, NULL, 0, NULL);
  edge_add (g, EDGE_ADDRESS, prev, x, STEP_ADDRESS, 1, NULL);
  for (int i = 0; i < N; i++)
    {
      loc_id next = loc_add (g, LOC_VALUE, NULL, 0, NULL);
      edge_add (g, EDGE_COPY, next, prev, STEP_COPY, 2, NULL);
      prev = next;
    }
  graph_solve (g);
  CHECK (points_to (g, prev, x));
  int steps[MAX_FLOW_STEPS];
  CHECK (flow_steps (g, prev, x, steps, MAX_FLOW_STEPS) == MAX_FLOW_STEPS);
  graph_free (g);
}

/* p = c ? &a : &s.b; q = p where p != &a holds; g = q: the exclusion
   drops a, and only a; s passes, and so does what is added to p after the
   edge was made.  */
static void
test_exclude (void)
{
  struct escape_graph *g = graph_new (0);
  loc_id glob = loc_add (g, LOC_GLOBAL, "g", 1, NULL);
  loc_id a = loc_add (g, LOC_STACK, "a", 2, NULL);
  loc_id s = loc_add (g, LOC_STACK, "s", 3, NULL);
  field_add (g, s, 0, 8);
  field_add (g, s, 8, 8);
  loc_id h = loc_add (g, LOC_HEAP, "malloc", 4, NULL);
  loc_id p = loc_add (g, LOC_VALUE, NULL, 0, NULL);
  loc_id q = loc_add (g, LOC_VALUE, NULL, 0, NULL);
  loc_id later = loc_add (g, LOC_VALUE, NULL, 0, NULL);
  edge_add (g, EDGE_ADDRESS, p, a, STEP_ADDRESS, 5, NULL);
  edge_add_at (g, EDGE_ADDRESS, p, s, 8, SIZE_UNKNOWN, STEP_ADDRESS, 6, NULL);
  edge_add_exclude (g, q, p, a, 7, NULL);
  edge_add (g, EDGE_COPY, glob, q, STEP_STORE, 8, NULL);
  edge_add (g, EDGE_COPY, p, later, STEP_COPY, 9, NULL);
  edge_add (g, EDGE_ADDRESS, later, h, STEP_ADDRESS, 10, NULL);
  graph_solve (g);
  CHECK (points_to (g, p, a));
  CHECK (points_to (g, p, s));
  CHECK (points_to (g, p, h));
  CHECK (!points_to (g, q, a) && !points_to (g, glob, a));
  CHECK (points_to (g, glob, s) && points_to (g, glob, h));
  CHECK (points_to_count (g, q) == 2);
  int steps[MAX_FLOW_STEPS];
  int n = flow_steps (g, glob, s, steps, MAX_FLOW_STEPS);
  CHECK (n == 3 && edge_get (g, steps[1])->where == 7);
  graph_free (g);
}

int
main (void)
{
  test_copy_chain ();
  test_store_through_pointer ();
  test_load ();
  test_cycle ();
  test_global ();
  test_summary ();
  test_made_summary ();
  test_fields ();
  test_split_by_words ();
  test_split_trailer ();
  test_field_summary ();
  test_filter ();
  test_exclude ();
  test_large ();
  return unit_summary ("graph");
}
