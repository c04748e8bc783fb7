/* Rules escape:return and escape:store: which stack objects' addresses reach
   the function's result, or memory that outlives the frame.

   The solved graph says what each location may point to.  An object escapes
   by return when its address is in the result's set.  It escapes by store
   when its address is in a sink's set (a global, the caller's memory behind a
   parameter, a retaining call) or in an object that itself escapes: a heap
   node that is returned, a local struct whose address was stored in a global,
   to any depth.  Passing an address to code we cannot see is only "may
   escape" (Go's interface-dispatch rule): a note in the report, a warning
   under strict.  */

#include "rules.h"
#include "../summary.h"

#include <stdlib.h>

int
flow_steps (const struct escape_graph *g, loc_id container, loc_id obj,
	    int *steps, int max)
{
  /* Walk back from the container to the address edge, then reverse.  Each
     reason's place held the object earlier (graph.h, struct reason), so
     the walk cannot loop; MAX_CHAIN bounds it all the same.  */
  enum { MAX_CHAIN = MAX_FLOW_STEPS * 4 };
  int chain[MAX_CHAIN];
  int n = 0;
  for (loc_id at = container; at != NO_LOC && n < MAX_CHAIN;)
    {
      struct reason why = points_to_reason (g, at, obj);
      if (why.edge < 0)
	break;
      chain[n++] = why.edge;
      at = why.from;
    }
  /* Keep the first and the last steps when the flow is too long.  */
  int out = 0;
  for (int i = n - 1; i >= 0 && out < max; i--)
    {
      if (n > max && i == max / 2 - 1)
	i = max - max / 2 - 1;
      steps[out++] = chain[i];
    }
  return out;
}

static bool
is_sink (enum loc_kind kind)
{
  return kind == LOC_GLOBAL || kind == LOC_PARAM_CONTENT
	 || kind == LOC_RETAINED;
}

/* Where each object escaped to: the container that first held its address,
   and the sink that container escaped by.  */
struct escape_map
{
  loc_id *container;
  loc_id *root;
  loc_id *queue;
  int head, tail;
};

static void
mark (struct escape_map *m, loc_id obj, loc_id container, loc_id root)
{
  m->container[obj] = container;
  m->root[obj] = root;
  m->queue[m->tail++] = obj;
}

/* Go on with F's flow from CONTAINER, memory that holds its object, to
   the sink M says that memory reached: the node linked into the list
   ("'n' linked into '*head'"), the block returned.  */
static void
link_flow (const struct escape_graph *g, const struct escape_map *m,
	   struct finding *f, loc_id container)
{
  /* Memory linked in a cycle (a parse pushed onto its db, which it
     points back to) is walked once.  */
  enum { MAX_HOPS = 8 };
  loc_id seen[MAX_HOPS + 1];
  int nseen = 0;
  seen[nseen++] = container;
  for (int hops = 0; hops < MAX_HOPS && f->nsteps < MAX_FLOW_STEPS; hops++)
    {
      loc_id next = m->container[container];
      if (next == NO_LOC)
	return;
      for (int i = 0; i < nseen; i++)
	if (seen[i] == next)
	  return;
      seen[nseen++] = next;
      int steps[MAX_FLOW_STEPS];
      int n = flow_steps (g, next, container, steps,
			  MAX_FLOW_STEPS - f->nsteps);
      for (int i = 0; i < n; i++)
	{
	  f->linked |= 1u << f->nsteps;
	  f->steps[f->nsteps++] = steps[i];
	}
      container = next;
    }
}

static void
record_flow (const struct escape_graph *g, struct finding *f,
	     loc_id container, loc_id obj)
{
  f->nsteps = flow_steps (g, container, obj, f->steps, MAX_FLOW_STEPS);
  /* Warn at the last step that has a place: the store or the return.  */
  for (int i = f->nsteps - 1; i >= 0; i--)
    if (edge_get (g, f->steps[i])->where)
      {
	f->where = edge_get (g, f->steps[i])->where;
	break;
      }
  if (!f->where)
    f->where = loc_get ((struct escape_graph *) g, obj)->where;
}

/* Spread escape from what is already marked to everything it points to.
   Stack objects reached are findings (when WARN); heap, stack and opaque
   objects carry the escape on to their own contents.  */
static void
spread (const struct escape_graph *g, struct escape_map *m,
	const struct escape_map *skip, bool warn, enum rule_id rule, bool may,
	struct findings *out)
{
  while (m->head < m->tail)
    {
      loc_id s = m->queue[m->head++];
      for (int i = 0; i < points_to_count (g, s); i++)
	{
	  loc_id o = points_to_nth (g, s, i);
	  enum loc_kind kind = loc_get ((struct escape_graph *) g, o)->kind;
	  if (m->container[o] != NO_LOC
	      || (skip && skip->container[o] != NO_LOC)
	      || !loc_kind_object (kind))
	    continue;
	  mark (m, o, s, m->root[s]);
	  if (kind != LOC_STACK || !warn)
	    continue;
	  struct finding *f = findings_add (out);
	  f->rule = rule;
	  f->kind = FINDING_STORED;
	  f->may = may;
	  f->object = o;
	  f->sink = s;
	  f->via = m->root[s] == s ? NO_LOC : m->root[s];
	  record_flow (g, f, s, o);
	  link_flow (g, m, f, s);
	}
    }
}

/* Fill F with how O escaped, according to M.  */
static void
report_escape (const struct escape_graph *g, const struct escape_map *m,
	       loc_id o, enum finding_kind kind, struct finding *f)
{
  f->kind = kind;
  f->rule = RULE_STORE;
  f->sink = m->container[o];
  f->via = m->root[o] == f->sink ? NO_LOC : m->root[o];
  f->nsteps = flow_steps (g, f->sink, o, f->steps, MAX_FLOW_STEPS);
  link_flow (g, m, f, f->sink);
}

static void
map_init (struct escape_map *m, int n)
{
  m->container = malloc ((size_t) n * sizeof *m->container);
  m->root = malloc ((size_t) n * sizeof *m->root);
  m->queue = malloc ((size_t) n * sizeof *m->queue);
  if (!m->container || !m->root || !m->queue)
    abort ();
  for (int i = 0; i < n; i++)
    m->container[i] = m->root[i] = NO_LOC;
  m->head = m->tail = 0;
}

static void
map_free (struct escape_map *m)
{
  free (m->container);
  free (m->root);
  free (m->queue);
}

/* How param_flows ranks a sink, lower first, as the words of a leak rank
   it: what outlives the call, another parameter's memory, the result,
   unknown code; -1 for what is not a sink.  */
static int
sink_rank (enum loc_kind kind)
{
  switch (kind)
    {
    case LOC_GLOBAL:
    case LOC_RETAINED:
      return 0;
    case LOC_PARAM_CONTENT:
      return 1;
    case LOC_RETURN:
      return 2;
    case LOC_UNKNOWN_CALL:
      return 3;
    default:
      return -1;
    }
}

/* How the memory behind each parameter reached where it leaks, for the
   flows of report=2: the place that first held it (M->container; the sink
   behind that place is M->root of the place).  Sinks are taken by rank;
   another parameter's memory holds it only directly, as summaries count
   it.  */
static void
param_flows (const struct escape_graph *g, struct escape_map *m)
{
  int n = loc_count (g);
  for (int rank = 0; rank <= 3; rank++)
    {
      for (loc_id l = 0; l < n; l++)
	if (sink_rank (loc_get ((struct escape_graph *) g, l)->kind) == rank)
	  {
	    m->root[l] = l;
	    m->queue[m->tail++] = l;
	  }
      while (m->head < m->tail)
	{
	  loc_id s = m->queue[m->head++];
	  const struct escape_loc *from = loc_get ((struct escape_graph *) g, s);
	  for (int i = 0; i < points_to_count (g, s); i++)
	    {
	      loc_id o = points_to_nth (g, s, i);
	      const struct escape_loc *to = loc_get ((struct escape_graph *) g, o);
	      if (m->container[o] != NO_LOC || o == s)
		continue;
	      if (to->kind == LOC_PARAM_CONTENT)
		{
		  if (from->kind == LOC_PARAM_CONTENT
		      && from->param_index == to->param_index
		      && summary_own_link (to, from))
		    continue;
		  m->container[o] = s;
		}
	      else if (loc_kind_object (to->kind)
		       && (from->kind != LOC_PARAM_CONTENT
			   || loc_kind_made (to->kind)))
		/* Memory the function made and linked into a parameter's
		   memory holds what it holds there too (LEAK_MADE).  */
		mark (m, o, s, m->root[s]);
	    }
	}
    }
}

/* The level of a parameter's memory its "leaking param" line speaks of,
   from its leaks at level 0 and beyond (LEAKS): the memory itself when it
   outlives the call or is returned, else what lies beyond when that does,
   else the level that reaches unknown code.  */
static int
said_level (const unsigned *leaks)
{
  const unsigned said = LEAK_LASTING | LEAK_RESULT;
  if (leaks[0] & said)
    return 0;
  if (leaks[1] & said)
    return 1;
  return leaks[0] ? 0 : 1;
}

/* Explain in F the leak of parameter PARAM's memory at the level F->depth
   says (0, or 1 for all beyond), with M from param_flows: the place at
   that level (any field, any depth beyond) whose sink ranks first.  */
static void
explain_param (const struct escape_graph *g, const struct escape_map *m,
	       int param, struct finding *f)
{
  loc_id best = NO_LOC;
  int best_rank = 0;
  for (loc_id l = 0; l < loc_count (g); l++)
    {
      const struct escape_loc *pc = loc_get ((struct escape_graph *) g, l);
      if (pc->kind != LOC_PARAM_CONTENT || pc->param_index != param
	  || (pc->depth == 0) != (f->depth == 0)
	  || m->container[l] == NO_LOC)
	continue;
      int rank = sink_rank (loc_get ((struct escape_graph *) g,
				     m->root[m->container[l]])->kind);
      if (best == NO_LOC || rank < best_rank)
	{
	  best = l;
	  best_rank = rank;
	}
    }
  if (best == NO_LOC)
    return;
  f->sink = m->container[best];
  f->via = m->root[f->sink];
  f->depth = loc_get ((struct escape_graph *) g, best)->depth;
  f->nsteps = flow_steps (g, f->sink, best, f->steps, MAX_FLOW_STEPS);
  link_flow (g, m, f, f->sink);
}

/* Go's "leaking param" lines: one per pointer parameter, read off the
   same summary the callers use.  */
static void
report_params (const struct escape_graph *g, struct findings *out,
	       int level)
{
  int nparams = 0;
  for (loc_id l = 0; l < loc_count (g); l++)
    {
      const struct escape_loc *pc = loc_get ((struct escape_graph *) g, l);
      if (pc->kind == LOC_PARAM_CONTENT && pc->param_index >= nparams)
	nparams = pc->param_index + 1;
    }
  struct escape_summary s;
  summary_compute (g, NULL, nparams, &s);
  struct escape_map m;
  if (level >= 2)
    {
      map_init (&m, loc_count (g));
      param_flows (g, &m);
    }
  for (loc_id l = 0; l < loc_count (g); l++)
    {
      const struct escape_loc *pc = loc_get ((struct escape_graph *) g, l);
      /* Go speaks of pointers: a size_t parameter is tracked (uintptr_t
	 round trips) but not listed.  */
      if (pc->kind != LOC_PARAM_CONTENT || pc->depth != 0
	  || pc->param_index >= s.nparams || pc->integer_param)
	continue;
      struct finding *f = findings_add (out);
      f->kind = REPORT_PARAM;
      f->object = l;
      f->where = pc->where;
      f->leaks[0] = s.params[pc->param_index].leaks[0];
      f->leaks[1] = s.params[pc->param_index].leaks[1]
		    | s.params[pc->param_index].leaks[2];
      f->sink = f->via = NO_LOC;
      f->depth = said_level (f->leaks);
      if (level >= 2 && (f->leaks[0] | f->leaks[1]))
	explain_param (g, &m, pc->param_index, f);
    }
  if (level >= 2)
    map_free (&m);
  summary_release (&s);
}

static void
report (const struct escape_graph *g, const struct escape_map *stored,
	const struct escape_map *unknown, loc_id ret, int level,
	struct findings *out)
{
  for (loc_id o = 0; o < loc_count (g); o++)
    {
      const struct escape_loc *l = loc_get ((struct escape_graph *) g, o);
      if (!(l->kind == LOC_STACK && l->address_taken) && l->kind != LOC_HEAP)
	continue;
      bool returned = l->kind == LOC_STACK && ret != NO_LOC
		      && points_to (g, ret, o);
      /* An allocation that stays: the promote rule says why it can or
	 cannot move to the stack.  */
      if (l->kind == LOC_HEAP && stored->container[o] == NO_LOC
	  && unknown->container[o] == NO_LOC)
	continue;
      /* A temporary GCC made that stays (posix_memalign's result slot
	 when optimising) is no object of the source: nothing to say.  */
      if (l->kind == LOC_STACK && l->stack_kind == STACK_LOCAL && !l->name
	  && !returned && stored->container[o] == NO_LOC
	  && unknown->container[o] == NO_LOC)
	continue;
      struct finding *f = findings_add (out);
      f->object = o;
      f->where = l->where;
      if (returned)
	{
	  /* As the warning says it: "may" when the result can be something
	     else too.  */
	  f->kind = points_to_count (g, ret) > 1 ? REPORT_MAY_ESCAPE
						 : REPORT_ESCAPES;
	  f->rule = RULE_RETURN;
	  f->sink = ret;
	  f->nsteps = flow_steps (g, ret, o, f->steps, MAX_FLOW_STEPS);
	}
      else if (stored->container[o] != NO_LOC)
	report_escape (g, stored, o, REPORT_ESCAPES, f);
      else if (unknown->container[o] != NO_LOC)
	report_escape (g, unknown, o, REPORT_MAY_ESCAPE, f);
      else
	f->kind = REPORT_NO_ESCAPE;
    }
  report_params (g, out, level);
}

void
rules_escape (const struct escape_graph *g, const struct escape_settings *s,
	      struct findings *out, unsigned char *state)
{
  int n = loc_count (g);
  loc_id ret = loc_find_kind (g, LOC_RETURN);

  if (ret != NO_LOC && s->enabled[RULE_RETURN])
    {
      int count = points_to_count (g, ret);
      for (int i = 0; i < count; i++)
	{
	  loc_id o = points_to_nth (g, ret, i);
	  if (loc_get ((struct escape_graph *) g, o)->kind != LOC_STACK)
	    continue;
	  struct finding *f = findings_add (out);
	  f->rule = RULE_RETURN;
	  f->kind = FINDING_RETURNED;
	  f->may = count > 1;
	  f->object = o;
	  f->sink = ret;
	  record_flow (g, f, ret, o);
	}
    }

  /* Escape by store: from every sink, and from heap memory the function
     returns (its contents reach the caller).  */
  struct escape_map stored, unknown;
  map_init (&stored, n);
  for (loc_id l = 0; l < n; l++)
    if (is_sink (loc_get ((struct escape_graph *) g, l)->kind))
      mark (&stored, l, l, l);
  if (ret != NO_LOC)
    for (int i = 0; i < points_to_count (g, ret); i++)
      {
	loc_id o = points_to_nth (g, ret, i);
	if (loc_kind_made (loc_get ((struct escape_graph *) g, o)->kind))
	  mark (&stored, o, ret, ret);
      }
  spread (g, &stored, NULL, s->enabled[RULE_STORE], RULE_STORE, false, out);

  /* What unknown code receives may escape, unless it already escaped.  */
  map_init (&unknown, n);
  loc_id opaque = loc_find_kind (g, LOC_UNKNOWN_CALL);
  if (opaque != NO_LOC)
    {
      mark (&unknown, opaque, opaque, opaque);
      spread (g, &unknown, &stored, s->strict && s->enabled[RULE_STORE],
	      RULE_STORE, true, out);
    }

  if (state)
    for (loc_id l = 0; l < n; l++)
      state[l] = stored.container[l] != NO_LOC ? ESCAPES
		 : unknown.container[l] != NO_LOC ? MAY_ESCAPE : STAYS;
  if (s->report)
    report (g, &stored, &unknown, ret, s->report, out);
  map_free (&stored);
  map_free (&unknown);
}
