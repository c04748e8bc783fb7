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
  for (int i = 0; i < t->cap; i++)
    if (t->slots[i].fndecl)
      summary_release (&t->slots[i]);
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

static bool
same_summary (const struct escape_summary *a, const struct escape_summary *b)
{
  struct escape_summary x = *a, y = *b;
  x.flows = y.flows = NULL;
  x.flows_cap = y.flows_cap = 0;
  return !memcmp (&x, &y, sizeof x)
	 && (a->nflows <= 0
	     || !memcmp (a->flows, b->flows,
			 (size_t) a->nflows * sizeof *a->flows));
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
  if (slot->fndecl && same_summary (slot, s))
    return false;
  if (slot->fndecl)
    summary_release (slot);
  else
    t->n++;
  *slot = *s;
  slot->flows = NULL;
  slot->flows_cap = 0;
  if (s->nflows > 0)
    {
      slot->flows = malloc ((size_t) s->nflows * sizeof *slot->flows);
      if (!slot->flows)
	abort ();
      memcpy (slot->flows, s->flows, (size_t) s->nflows * sizeof *s->flows);
      slot->flows_cap = s->nflows;
    }
  return true;
}

void
summary_release (struct escape_summary *s)
{
  free (s->flows);
  s->flows = NULL;
  s->flows_cap = 0;
}

/* An object of the function's own: an allocation, a local, what one of
   its calls handed back.  */
static bool
own_object (const struct escape_graph *g, loc_id l)
{
  return loc_kind_object (loc_get ((struct escape_graph *) g, l)->kind);
}

/* Memory the function made that may outlive it.  Not its locals: handing
   back their address is the function's own escape:return or
   escape:store.  */
static bool
made_object (const struct escape_graph *g, loc_id l)
{
  return loc_kind_made (loc_get ((struct escape_graph *) g, l)->kind);
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
	  if (own_object (g, o))
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

/* Does OUT list F already?  */
static bool
has_flow (const struct escape_summary *out, const struct summary_flow *f)
{
  for (int i = 0; i < out->nflows; i++)
    if (!memcmp (&out->flows[i], f, sizeof *f))
      return true;
  return false;
}

static void
append_flow (struct escape_summary *out, const struct summary_flow *f)
{
  if (has_flow (out, f))
    return;
  if (out->nflows == out->flows_cap)
    {
      out->flows_cap = out->flows_cap ? 2 * out->flows_cap : 8;
      out->flows = realloc (out->flows,
			    (size_t) out->flows_cap * sizeof *out->flows);
      if (!out->flows)
	abort ();
    }
  out->flows[out->nflows++] = *f;
}

/* Too many flows: callers go by the per-parameter bits.  */
static void
drop_flows (struct escape_summary *out)
{
  summary_release (out);
  out->nflows = -1;
  out->nguards = 0;
}

/* A flow of LEAK from the caller's memory SRC, or (SRC NULL) from what
   the function made, pointed to at SRC_OFFSET (SUMMARY_MADE), into the
   DST_SIZE bytes at DST_OFFSET of DST's memory (LEAK_PARAM) or of the
   made memory (LEAK_MADE).  */
static struct summary_flow
flow_of (const struct escape_loc *src, obj_offset src_offset, unsigned leak,
	 const struct escape_loc *dst, obj_offset dst_offset,
	 obj_offset dst_size)
{
  struct summary_flow f;
  memset (&f, 0, sizeof f);
  if (src)
    {
      f.src_param = (unsigned char) src->param_index;
      f.src_level = (unsigned char) src->depth;
      f.src_offset = src->depth ? src->offset : OFFSET_UNKNOWN;
      f.src_size = src->depth ? src->size : SIZE_UNKNOWN;
    }
  else
    {
      f.src_param = SUMMARY_MADE;
      f.src_offset = src_offset;
    }
  f.leak = (unsigned char) leak;
  if (dst)
    {
      f.dst_param = (unsigned char) dst->param_index;
      f.dst_deep = (unsigned char) dst->depth;
    }
  f.dst_offset = dst_offset;
  f.dst_size = dst_size;
  return f;
}

static void
add_flow (struct escape_summary *out, const struct escape_loc *src,
	  unsigned leak, const struct escape_loc *dst, obj_offset dst_offset,
	  obj_offset dst_size)
{
  if (out->nflows < 0)
    return;
  struct summary_flow f = flow_of (src, 0, leak, dst, dst_offset, dst_size);
  append_flow (out, &f);
}

/* Where into what the function made the pointers in L point, for the
   caller: the one offset all of L's made members agree on (a node's
   start), else OFFSET_UNKNOWN (somewhere into it).  */
static obj_offset
made_offset (const struct escape_graph *g, loc_id l, const bool *made)
{
  obj_offset at = OFFSET_UNKNOWN;
  bool first = true;
  for (int i = 0; i < points_to_count (g, l); i++)
    {
      loc_id o = points_to_nth (g, l, i);
      if (!made_object (g, o) || (made && !made[o]))
	continue;
      obj_offset here = points_to_offset (g, l, o);
      if (first)
	at = here;
      else if (here != at)
	return OFFSET_UNKNOWN;
      first = false;
    }
  return at;
}

bool
summary_own_link (const struct escape_loc *pc, const struct escape_loc *dst)
{
  return dst->depth == 0 || pc->depth == 2
	 || (pc->depth == 1 && pc->offset == OFFSET_UNKNOWN);
}

/* What the place TO (a field of a parameter's memory, that memory whole, or
   what a field points to) holds of other parameters' memory, and of the
   memory the function hands back (MADE, from hand_back): flows into DST's
   field at DST_OFFSET.  */
static void
flows_into (const struct escape_graph *g, loc_id to,
	    const struct escape_loc *dst, obj_offset dst_offset,
	    obj_offset dst_size, const bool *made, struct escape_summary *out)
{
  bool made_here = false;
  for (int i = 0; i < points_to_count (g, to); i++)
    {
      const struct escape_loc *pc
	= loc_get ((struct escape_graph *) g, points_to_nth (g, to, i));
      if (!made_here && made[pc->id] && made_object (g, pc->id)
	  && out->nflows >= 0)
	{
	  /* What the function made, into this field.  */
	  struct summary_flow f = flow_of (NULL, made_offset (g, to, made),
					   LEAK_PARAM, dst, dst_offset,
					   dst_size);
	  append_flow (out, &f);
	  made_here = true;
	}
      if (pc->kind != LOC_PARAM_CONTENT || pc->param_index >= out->nparams
	  || (pc->param_index == dst->param_index
	      && summary_own_link (pc, dst)))
	continue;
      struct param_leaks *p = &out->params[pc->param_index];
      p->leaks[pc->depth] |= LEAK_PARAM;
      p->into_params[pc->depth][dst->depth] |= 1u << dst->param_index;
      add_flow (out, pc, LEAK_PARAM, dst, dst_offset, dst_size);
    }
}

/* Where a flow's field is, by side: its source or its destination.  */
static obj_offset *
flow_offset (struct summary_flow *f, bool dst)
{
  return dst ? &f->dst_offset : &f->src_offset;
}

/* Do A and B differ at most in the field of side DST?  */
static bool
same_but_field (const struct summary_flow *a, const struct summary_flow *b,
		bool dst)
{
  struct summary_flow x = *a, y = *b;
  if (dst)
    x.dst_offset = y.dst_offset = x.dst_size = y.dst_size = 0;
  else
    x.src_offset = y.src_offset = x.src_size = y.src_size = 0;
  return !memcmp (&x, &y, sizeof x);
}

/* Flows that name every field of a parameter's memory, on side DST, and
   agree on all else, say no more than one flow naming any field: merge
   them.  NFIELDS gives each parameter's field count.  */
static void
merge_all_fields (struct escape_summary *out, const int *nfields, bool dst)
{
  for (int i = 0; i < out->nflows; i++)
    {
      struct summary_flow *f = &out->flows[i];
      int param = dst ? f->dst_param : f->src_param;
      bool fielded = dst ? f->leak == LEAK_PARAM : f->src_level >= 1;
      if (!fielded || *flow_offset (f, dst) == OFFSET_UNKNOWN
	  || param >= SUMMARY_MAX_PARAMS || nfields[param] < 2)
	continue;
      int same = 0;
      for (int j = i; j < out->nflows; j++)
	same += same_but_field (f, &out->flows[j], dst);
      if (same < nfields[param])
	continue;
      struct summary_flow any = *f;
      if (dst && !f->dst_deep)
	{
	  any.dst_offset = 0;	/* From the start, every field.  */
	  any.dst_size = SIZE_UNKNOWN;
	}
      else if (dst)
	any.dst_offset = OFFSET_UNKNOWN;
      else
	{
	  any.src_offset = OFFSET_UNKNOWN;
	  any.src_size = SIZE_UNKNOWN;
	}
      int k = i + 1;
      for (int j = i + 1; j < out->nflows; j++)
	if (!same_but_field (&any, &out->flows[j], dst))
	  out->flows[k++] = out->flows[j];
      out->nflows = k;
      out->flows[i] = any;
    }
}

/* The made object S holds the caller's memory PC, or (PC NULL) the made
   object MEMBER: a LEAK_MADE flow for each field of S that points to it,
   at the field's place (the caller splits what the function made at the
   places its flows and its own code use), or for all of S when no field
   does (S is not split).  All the made objects are one object to the
   caller, so their fields at one offset are one field.  */
static void
made_holds (const struct escape_graph *g, loc_id s, loc_id member,
	    const struct escape_loc *pc, struct escape_summary *out)
{
  if (out->nflows < 0)
    return;
  const struct escape_loc *so = loc_get ((struct escape_graph *) g, s);
  bool whole = true;
  for (int k = 0; k < so->nfields; k++)
    {
      const struct escape_loc *field
	= loc_get ((struct escape_graph *) g, so->first_field + k);
      if (!points_to (g, field->id, member))
	continue;
      struct summary_flow f
	= flow_of (pc, points_to_offset (g, field->id, member), LEAK_MADE,
		   NULL, field->offset, field->size);
      append_flow (out, &f);
      whole = false;
    }
  if (whole)
    {
      struct summary_flow f
	= flow_of (pc, points_to_offset (g, s, member), LEAK_MADE, NULL, 0,
		   SIZE_UNKNOWN);
      append_flow (out, &f);
    }
}

/* The memory the function made and hands back: the made objects that the
   result or a parameter's memory points to, and the made objects those
   reach.  The caller sees them as one object (LOC_OPAQUE): record where
   that object goes, which parameters' memory it holds and where it points
   into itself, at which offsets (LEAK_MADE, made_holds), and where into
   it the result points.
   Made memory that LASTING marks (published in a global, kept by a
   retaining call) is global memory to the caller, as what it holds of the
   parameters already leaks for good: a result pointing there, or to a
   global, is RETURNS_LASTING.  Marks in MADE the objects handed back and
   the parameters' memory they hold; QUEUE is scratch.  */
static void
hand_back (const struct escape_graph *g, const bool *lasting, bool *made,
	   loc_id *queue, struct escape_summary *out)
{
  int n = loc_count (g), head = 0, tail = 0;
  memset (made, 0, (size_t) n * sizeof *made);
  for (loc_id l = 0; l < n; l++)
    {
      const struct escape_loc *h = loc_get ((struct escape_graph *) g, l);
      bool result = h->kind == LOC_RETURN;
      if (!result && (h->kind != LOC_PARAM_CONTENT
		      || h->param_index >= out->nparams))
	continue;
      for (int i = 0; i < points_to_count (g, l); i++)
	{
	  loc_id o = points_to_nth (g, l, i);
	  enum loc_kind kind = loc_get ((struct escape_graph *) g, o)->kind;
	  bool global = kind == LOC_GLOBAL;
	  if (result && (global || lasting[o]))
	    out->returns_lasting = true;
	  if (result && kind == LOC_CONSTANT)
	    out->returns_constant = true;
	  if (!made_object (g, o) || lasting[o])
	    continue;
	  if (result && !out->returns_made)
	    out->returns_made_at = made_offset (g, l, NULL);
	  if (result)
	    out->returns_made = true;
	  else
	    out->made_into[h->depth] |= 1u << h->param_index;
	  if (!made[o])
	    {
	      made[o] = true;
	      queue[tail++] = o;
	    }
	}
    }
  while (head < tail)
    {
      loc_id s = queue[head++];
      for (int i = 0; i < points_to_count (g, s); i++)
	{
	  loc_id o = points_to_nth (g, s, i);
	  const struct escape_loc *pc = loc_get ((struct escape_graph *) g, o);
	  if (pc->kind == LOC_PARAM_CONTENT && pc->param_index < out->nparams)
	    {
	      made[o] = true;
	      out->params[pc->param_index].leaks[pc->depth] |= LEAK_MADE;
	      made_holds (g, s, o, pc, out);
	    }
	  else if (made_object (g, o) && !lasting[o])
	    {
	      made_holds (g, s, o, NULL, out);
	      if (!made[o])
		{
		  made[o] = true;
		  queue[tail++] = o;
		}
	    }
	}
    }
}

void
summary_compute (const struct escape_graph *g, const void *fndecl,
		 int nparams, struct escape_summary *out)
{
  memset (out, 0, sizeof *out);
  out->fndecl = fndecl;
  out->nparams = nparams < SUMMARY_MAX_PARAMS ? nparams : SUMMARY_MAX_PARAMS;
  out->size_params[0] = out->size_params[1] = -1;

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
  enum { NSINKS = sizeof sinks / sizeof *sinks };
  loc_id ret = loc_find_kind (g, LOC_RETURN);
  bool *reached = malloc ((size_t) n * sizeof *reached);
  loc_id *queue = malloc ((size_t) n * sizeof *queue);
  /* What each sink reaches, and, from the global and retaining ones, what
     the function made that outlives it anyway (hand_back).  */
  bool *by_sink = malloc ((size_t) n * NSINKS * sizeof *by_sink);
  bool *lasting = calloc ((size_t) n, sizeof *lasting);
  bool *made = malloc ((size_t) n * sizeof *made);
  if (!reached || !queue || !by_sink || !lasting || !made)
    abort ();
  for (int k = 0; k < NSINKS; k++)
    {
      bool *r = by_sink + (size_t) k * n;
      reach_from (g, sinks[k].kind, r, queue);
      if (sinks[k].leak & (LEAK_GLOBAL | LEAK_RETAINED))
	for (loc_id l = 0; l < n; l++)
	  lasting[l] |= r[l];
    }
  hand_back (g, lasting, made, queue, out);
  free (lasting);
  for (int k = 0; k < NSINKS; k++)
    {
      const bool *r = by_sink + (size_t) k * n;
      for (loc_id l = 0; l < n; l++)
	{
	  if (sinks[k].leak == LEAK_UNKNOWN && r[l] && made[l]
	      && made_object (g, l))
	    out->made_may_escape = true;
	  const struct escape_loc *pc = loc_get ((struct escape_graph *) g, l);
	  if (pc->kind != LOC_PARAM_CONTENT || !r[l]
	      || pc->param_index >= out->nparams)
	    continue;
	  unsigned leak = sinks[k].leak;
	  /* Only the result's own set is "to result"; memory reached from
	     what is returned is hand_back's when the function made it (a
	     node holding p), else leaks for good.  */
	  if (leak == LEAK_RESULT && !points_to (g, ret, l))
	    {
	      if (made[l])
		continue;
	      leak = LEAK_GLOBAL;
	    }
	  out->params[pc->param_index].leaks[pc->depth] |= leak;
	  add_flow (out, pc, leak, NULL, 0, 0);
	}
    }

  /* Into another parameter's memory: a field of it, all of it, or what a
     field points to.  */
  for (loc_id to = 0; to < n; to++)
    {
      const struct escape_loc *dst = loc_get ((struct escape_graph *) g, to);
      if (dst->kind != LOC_PARAM_CONTENT || dst->param_index >= out->nparams)
	continue;
      if (dst->depth)
	flows_into (g, to, dst, dst->offset, SIZE_UNKNOWN, made, out);
      else if (!dst->nfields)
	flows_into (g, to, dst, 0, SIZE_UNKNOWN, made, out);
      else
	for (int f = 0; f < dst->nfields; f++)
	  {
	    const struct escape_loc *field
	      = loc_get ((struct escape_graph *) g, dst->first_field + f);
	    flows_into (g, field->id, dst, field->offset, field->size, made,
			out);
	  }
    }
  free (made);
  free (by_sink);
  /* Fields a store may name, and fields that lead somewhere (not the
     bytes before a struct's first pointer): a read of the whole struct,
     or past its end, names all of those.  */
  int nfields[SUMMARY_MAX_PARAMS] = { 0 }, nleading[SUMMARY_MAX_PARAMS] = { 0 };
  for (loc_id l = 0; l < n; l++)
    {
      const struct escape_loc *pc = loc_get ((struct escape_graph *) g, l);
      if (pc->kind != LOC_PARAM_CONTENT
	  || pc->param_index >= SUMMARY_MAX_PARAMS)
	continue;
      if (!pc->depth)
	nfields[pc->param_index] = pc->nfields;
      else if (pc->depth == 1 && pc->offset != OFFSET_UNKNOWN)
	nleading[pc->param_index]++;
    }
  merge_all_fields (out, nleading, false);
  merge_all_fields (out, nfields, true);
  if (out->nflows > SUMMARY_MAX_FLOWS)
    drop_flows (out);
  out->returns_allocation = returns_fresh_allocation (g, reached, queue);
  free (reached);
  free (queue);
}

bool
summary_narrowed (const struct escape_graph *g)
{
  for (int e = 0; e < edge_count (g); e++)
    {
      const struct escape_edge *edge = edge_get (g, e);
      if (edge->form != EDGE_FILTER)
	continue;
      for (int i = 0; i < points_to_count (g, edge->src); i++)
	{
	  loc_id o = points_to_nth (g, edge->src, i);
	  if (loc_get ((struct escape_graph *) g, o)->kind == LOC_PARAM_CONTENT
	      && !points_to (g, edge->dst, o))
	    return true;
	}
    }
  return false;
}

int
summary_guards (const struct escape_graph *g, int nparams,
		struct summary_guard *out)
{
  int n = 0;
  for (int e = 0; e < edge_count (g); e++)
    {
      const struct escape_edge *edge = edge_get (g, e);
      if (edge->form != EDGE_FILTER)
	continue;
      for (int i = 0; i < points_to_count (g, edge->guard); i++)
	{
	  const struct escape_loc *pc
	    = loc_get ((struct escape_graph *) g,
		       points_to_nth (g, edge->guard, i));
	  if (pc->kind != LOC_PARAM_CONTENT || pc->param_index >= nparams
	      || pc->param_index >= SUMMARY_MAX_PARAMS)
	    continue;
	  struct summary_guard t;
	  memset (&t, 0, sizeof t);
	  t.param = (unsigned char) pc->param_index;
	  t.level = (unsigned char) pc->depth;
	  t.offset = pc->depth ? pc->offset : 0;
	  t.size = pc->depth ? pc->size : SIZE_UNKNOWN;
	  bool seen = false;
	  for (int k = 0; k < n && !seen; k++)
	    seen = !memcmp (&out[k], &t, sizeof t);
	  if (seen)
	    continue;
	  if (n == SUMMARY_MAX_GUARDS)
	    return -1;
	  out[n++] = t;
	}
    }
  return n;
}

void
summary_add_guarded (struct escape_summary *narrowed,
		     const struct escape_summary *whole,
		     const struct summary_guard *guards, int nguards)
{
  /* The per-parameter bits serve callers when the flows cannot: the
     whole ones are the safe ones.  */
  memcpy (narrowed->params, whole->params, sizeof narrowed->params);
  memcpy (narrowed->made_into, whole->made_into, sizeof narrowed->made_into);
  narrowed->returns_made = whole->returns_made;
  narrowed->returns_made_at = whole->returns_made_at;
  narrowed->made_may_escape = whole->made_may_escape;
  narrowed->returns_lasting = whole->returns_lasting;
  narrowed->returns_constant |= whole->returns_constant;
  narrowed->returns_allocation &= whole->returns_allocation;
  if (narrowed->nflows < 0 || whole->nflows < 0 || nguards < 0)
    {
      drop_flows (narrowed);
      return;
    }
  for (int i = 0; i < whole->nflows; i++)
    {
      struct summary_flow f = whole->flows[i];
      if (has_flow (narrowed, &f))
	continue;
      f.guarded = 1;
      append_flow (narrowed, &f);
    }
  if (narrowed->nflows > SUMMARY_MAX_FLOWS)
    {
      drop_flows (narrowed);
      return;
    }
  narrowed->nguards = nguards;
  memcpy (narrowed->guards, guards, (size_t) nguards * sizeof *guards);
}
