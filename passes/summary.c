/* Parameter summaries: read off a solved graph, kept in a table keyed by
   the function, applied by the builder at call sites.  */

#include "summary.h"

#include <stdlib.h>
#include <string.h>

struct summary_table
{
  struct escape_summary *slots;
  int n, cap;
};

struct summary_table *
summary_table_new (void)
{
  struct summary_table *t = calloc (1, sizeof *t);
  if (!t)
    abort ();
  return t;
}

void
summary_table_free (struct summary_table *t)
{
  if (!t)
    return;
  free (t->slots);
  free (t);
}

static unsigned
hash_pointer (const void *p)
{
  unsigned long long x = (unsigned long long) (size_t) p;
  return (unsigned) ((x * 0x9E3779B97F4A7C15ull) >> 32);
}

static struct escape_summary *
slot_for (const struct summary_table *t, const void *fndecl)
{
  if (!t->cap)
    return NULL;
  for (unsigned h = hash_pointer (fndecl);; h++)
    {
      struct escape_summary *s = &t->slots[h % (unsigned) t->cap];
      if (!s->fndecl || s->fndecl == fndecl)
	return s;
    }
}

const struct escape_summary *
summary_find (const struct summary_table *t, const void *fndecl)
{
  struct escape_summary *s = slot_for (t, fndecl);
  return s && s->fndecl ? s : NULL;
}

bool
summary_store (struct summary_table *t, const struct escape_summary *s)
{
  if (2 * (t->n + 1) > t->cap)
    {
      struct summary_table bigger = { NULL, 0, t->cap ? 2 * t->cap : 64 };
      bigger.slots = calloc ((size_t) bigger.cap, sizeof *bigger.slots);
      if (!bigger.slots)
	abort ();
      for (int i = 0; i < t->cap; i++)
	if (t->slots[i].fndecl)
	  {
	    *slot_for (&bigger, t->slots[i].fndecl) = t->slots[i];
	    bigger.n++;
	  }
      free (t->slots);
      *t = bigger;
    }
  struct escape_summary *slot = slot_for (t, s->fndecl);
  if (slot->fndecl && !memcmp (slot, s, sizeof *s))
    return false;
  if (!slot->fndecl)
    t->n++;
  *slot = *s;
  return true;
}

/* Mark in REACHED everything whose address is reachable from the locations
   of KIND: their sets, and on through the sets of the function's own
   objects (heap and stack), which carry what they hold along.  */
static void
reach_from (const struct escape_graph *g, enum loc_kind kind, bool *reached,
	    loc_id *queue)
{
  int n = loc_count (g), head = 0, tail = 0;
  memset (reached, 0, (size_t) n * sizeof *reached);
  for (loc_id l = 0; l < n; l++)
    if (loc_get ((struct escape_graph *) g, l)->kind == kind)
      queue[tail++] = l;
  while (head < tail)
    {
      loc_id s = queue[head++];
      for (int i = 0; i < points_to_count (g, s); i++)
	{
	  loc_id o = points_to_nth (g, s, i);
	  if (reached[o])
	    continue;
	  reached[o] = true;
	  enum loc_kind k = loc_get ((struct escape_graph *) g, o)->kind;
	  if (k == LOC_HEAP || k == LOC_STACK)
	    queue[tail++] = o;
	}
    }
}

/* Does the function return only heap memory it allocated (or NULL), memory
   that nothing but the result keeps?  REACHED and QUEUE are scratch.  */
static bool
returns_fresh_allocation (const struct escape_graph *g, bool *reached,
			  loc_id *queue)
{
  loc_id ret = loc_find_kind (g, LOC_RETURN);
  if (ret == NO_LOC)
    return false;
  bool heap = false;
  for (int i = 0; i < points_to_count (g, ret); i++)
    {
      enum loc_kind k
	= loc_get ((struct escape_graph *) g, points_to_nth (g, ret, i))->kind;
      if (k == LOC_HEAP)
	heap = true;
      else if (k != LOC_CONSTANT)
	return false;
    }
  if (!heap)
    return false;
  /* ... and no sink keeps it besides.  */
  static const enum loc_kind sinks[]
    = { LOC_GLOBAL, LOC_RETAINED, LOC_UNKNOWN_CALL, LOC_PARAM_CONTENT };
  for (size_t k = 0; k < sizeof sinks / sizeof *sinks; k++)
    {
      reach_from (g, sinks[k], reached, queue);
      for (int i = 0; i < points_to_count (g, ret); i++)
	if (reached[points_to_nth (g, ret, i)])
	  return false;
    }
  return true;
}

void
summary_compute (const struct escape_graph *g, const void *fndecl,
		 int nparams, struct escape_summary *out)
{
  memset (out, 0, sizeof *out);
  out->fndecl = fndecl;
  out->nparams = nparams < SUMMARY_MAX_PARAMS ? nparams : SUMMARY_MAX_PARAMS;
  out->size_param = -1;

  int n = loc_count (g);
  static const struct
  {
    enum loc_kind kind;
    unsigned leak;
  } sinks[] = {
    { LOC_RETURN, LEAK_RESULT },
    { LOC_GLOBAL, LEAK_GLOBAL },
    { LOC_RETAINED, LEAK_RETAINED },
    { LOC_UNKNOWN_CALL, LEAK_UNKNOWN },
  };
  loc_id ret = loc_find_kind (g, LOC_RETURN);
  bool *reached = malloc ((size_t) n * sizeof *reached);
  loc_id *queue = malloc ((size_t) n * sizeof *queue);
  if (!reached || !queue)
    abort ();

  for (size_t k = 0; k < sizeof sinks / sizeof *sinks; k++)
    {
      reach_from (g, sinks[k].kind, reached, queue);
      for (loc_id l = 0; l < n; l++)
	{
	  const struct escape_loc *pc = loc_get ((struct escape_graph *) g, l);
	  if (pc->kind != LOC_PARAM_CONTENT || !reached[l]
	      || pc->param_index >= out->nparams)
	    continue;
	  unsigned leak = sinks[k].leak;
	  /* Only the result's own set is "to result"; memory reached from
	     what is returned (a node holding p) leaks for good.  */
	  if (leak == LEAK_RESULT && !points_to (g, ret, l))
	    leak = LEAK_GLOBAL;
	  out->params[pc->param_index].leaks[pc->depth] |= leak;
	}
    }

  /* Into another parameter's memory.  */
  for (loc_id to = 0; to < n; to++)
    {
      const struct escape_loc *dst = loc_get ((struct escape_graph *) g, to);
      if (dst->kind != LOC_PARAM_CONTENT || dst->param_index >= out->nparams)
	continue;
      for (int i = 0; i < points_to_count (g, to); i++)
	{
	  const struct escape_loc *pc
	    = loc_get ((struct escape_graph *) g, points_to_nth (g, to, i));
	  if (pc->kind != LOC_PARAM_CONTENT || pc->param_index >= out->nparams
	      || pc->param_index == dst->param_index)
	    continue;
	  struct param_leaks *p = &out->params[pc->param_index];
	  p->leaks[pc->depth] |= LEAK_PARAM;
	  unsigned bit = 1u << dst->param_index;
	  if (dst->depth == 0)
	    p->into_params[pc->depth] |= bit;
	  else
	    p->into_deep_params[pc->depth] |= bit;
	}
    }
  out->returns_allocation = returns_fresh_allocation (g, reached, queue);
  free (reached);
  free (queue);
}
