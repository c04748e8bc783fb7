/* The fixpoint over the escape graph: a worklist that grows each location's
   set of objects until no edge adds anything.  Loads and stores through a
   location turn into copies as that location learns what it points to.  */

#include "graph-impl.h"

#include <stdlib.h>

struct worklist
{
  loc_id *items;
  int head, n, cap;
  bool *queued;
  struct member_list spare;	/* A delta buffer to hand out again.  */
};

static void
push (struct worklist *w, loc_id l)
{
  if (w->queued[l])
    return;
  w->queued[l] = true;
  if (w->n == w->cap)
    {
      /* Compact before growing, so the ring stays a plain array.  */
      int live = w->n - w->head;
      for (int i = 0; i < live; i++)
	w->items[i] = w->items[w->head + i];
      w->n = live;
      w->head = 0;
      w->items = xgrow (w->items, &w->cap, w->n + 1, sizeof *w->items);
    }
  w->items[w->n++] = l;
}

/* Put OBJ in L's set; a new member is remembered for L's next visit,
   which hands only the new members on along L's edges.  */
static bool
insert (struct escape_graph *g, loc_id l, loc_id obj, struct reason why)
{
  why.stamp = ++g->clock;
  if (!set_insert (&g->sets[l], obj, why))
    return false;
  struct member_list *d = &g->delta[l];
  d->items = xgrow (d->items, &d->cap, d->n + 1, sizeof *d->items);
  d->items[d->n++] = obj;
  return true;
}

static void
out_add (struct escape_graph *g, loc_id from, int edge, loc_id to)
{
  struct out_list *o = &g->out[from];
  o->items = xgrow (o->items, &o->cap, o->n + 1, sizeof *o->items);
  o->items[o->n].edge = edge;
  o->items[o->n].to = to;
  o->n++;
}

/* Flow every object of SRC into DST: for an edge that is new.  */
static void
flow (struct escape_graph *g, struct worklist *w, loc_id src, loc_id dst,
      int edge)
{
  if (src == dst)
    return;
  bool changed = false;
  struct reason why = { edge, src, 0 };
  for (int i = 0; i < g->sets[src].n; i++)
    changed |= insert (g, dst, g->sets[src].items[i].obj, why);
  if (changed)
    push (w, dst);
}

static bool
pair_insert (struct pair_set *p, loc_id src, loc_id dst)
{
  unsigned long long key
    = ((unsigned long long) (unsigned) src << 32 | (unsigned) dst) + 1;
  if (2 * (p->n + 1) > p->cap)
    {
      struct pair_set bigger = { NULL, 0, p->cap ? 2 * p->cap : 64 };
      bigger.slots = calloc ((size_t) bigger.cap, sizeof *bigger.slots);
      if (!bigger.slots)
	abort ();
      for (int i = 0; i < p->cap; i++)
	if (p->slots[i])
	  {
	    unsigned long long k = p->slots[i];
	    unsigned h = (unsigned) ((k * 0x9E3779B97F4A7C15ull) >> 33);
	    while (bigger.slots[h % bigger.cap])
	      h++;
	    bigger.slots[h % bigger.cap] = k;
	    bigger.n++;
	  }
      free (p->slots);
      *p = bigger;
    }
  unsigned h = (unsigned) ((key * 0x9E3779B97F4A7C15ull) >> 33);
  for (;; h++)
    {
      unsigned long long *slot = &p->slots[h % p->cap];
      if (*slot == key)
	return false;
      if (!*slot)
	{
	  *slot = key;
	  p->n++;
	  return true;
	}
    }
}

/* Where member M (a field or a whole object) moves by OFFSET bytes.  */
static loc_id
shift (const struct escape_graph *g, loc_id m, obj_offset offset)
{
  const struct escape_loc *l = &g->locs[m];
  if (l->kind != LOC_FIELD)
    return m;
  if (offset == OFFSET_UNKNOWN)
    return l->parent;
  return field_at (g, l->parent, l->offset + offset);
}

/* Flow the objects ITEMS[0..N) of SRC into DST, moved by OFFSET (pointer
   arithmetic; 0 for a plain copy), blaming EDGE.  */
static void
flow_items (struct escape_graph *g, struct worklist *w, const loc_id *items,
	    int n, loc_id src, loc_id dst, int edge, obj_offset offset)
{
  if (src == dst)
    return;
  bool changed = false;
  struct reason why = { edge, src, 0 };
  for (int i = 0; i < n; i++)
    changed |= insert (g, dst, offset ? shift (g, items[i], offset) : items[i],
		       why);
  if (changed)
    push (w, dst);
}

/* Is OBJ's object among the objects of ITEMS[0..N)?  */
static bool
object_among (const struct escape_graph *g, loc_id obj, const loc_id *items,
	      int n)
{
  loc_id o = loc_object (g, obj);
  for (int i = 0; i < n; i++)
    if (loc_object (g, items[i]) == o)
      return true;
  return false;
}

/* ... among the objects of the set S?  */
static bool
object_in_set (const struct escape_graph *g, loc_id obj,
	       const struct object_set *s)
{
  loc_id o = loc_object (g, obj);
  for (int i = 0; i < s->n; i++)
    if (loc_object (g, s->items[i].obj) == o)
      return true;
  return false;
}

/* A filter edge E: its source gained ITEMS[0..N), or (GUARD_CHANGED) its
   guard did.  Pass on what the guard's set allows.  */
static void
filter (struct escape_graph *g, struct worklist *w, int edge,
	const loc_id *items, int n, bool guard_changed)
{
  const struct escape_edge *e = &g->edges[edge];
  if (e->src == e->dst)
    return;
  struct reason why = { edge, e->src, 0 };
  bool changed = false;
  if (!guard_changed)
    for (int i = 0; i < n; i++)
      {
	if (object_in_set (g, items[i], &g->sets[e->guard]))
	  changed |= insert (g, e->dst, items[i], why);
      }
  else
    for (int i = 0; i < g->sets[e->src].n; i++)
      {
	loc_id m = g->sets[e->src].items[i].obj;
	if (object_among (g, m, items, n))
	  changed |= insert (g, e->dst, m, why);
      }
  if (changed)
    push (w, e->dst);
}

/* An exclusion edge E: its source gained ITEMS[0..N).  Pass on those
   not in the excluded object.  */
static void
exclude (struct escape_graph *g, struct worklist *w, int edge,
	 const loc_id *items, int n)
{
  const struct escape_edge *e = &g->edges[edge];
  if (e->src == e->dst)
    return;
  struct reason why = { edge, e->src, 0 };
  loc_id excluded = loc_object (g, e->guard);
  bool changed = false;
  for (int i = 0; i < n; i++)
    if (loc_object (g, items[i]) != excluded)
      changed |= insert (g, e->dst, items[i], why);
  if (changed)
    push (w, e->dst);
}

/* The places SIZE bytes at OFFSET from member M are: fields of its object,
   or the object.  */
static int
select_from (const struct escape_graph *g, loc_id m, obj_offset offset,
	     obj_offset size, loc_id *out)
{
  const struct escape_loc *l = &g->locs[m];
  if (l->kind != LOC_FIELD)
    return field_select (g, m, OFFSET_UNKNOWN, size, out, MAX_FIELDS);
  obj_offset pos = offset == OFFSET_UNKNOWN ? OFFSET_UNKNOWN
		   : l->offset + offset;
  return field_select (g, l->parent, pos, size, out, MAX_FIELDS);
}

/* A load or store has met a new object: add the copy it stands for.  */
static void
add_dynamic_copy (struct escape_graph *g, struct worklist *w, loc_id src,
		  loc_id dst, int edge)
{
  if (!pair_insert (&g->dynamic, src, dst))
    return;
  out_add (g, src, edge, dst);
  flow (g, w, src, dst, edge);
}

/* Hand N's new members on along its edges.  An edge added meanwhile
   (a dynamic copy) got the whole set when it was made.  */
static void
visit (struct escape_graph *g, struct worklist *w, loc_id n)
{
  struct member_list fresh = g->delta[n];
  g->delta[n] = w->spare;
  g->delta[n].n = 0;
  int nout = g->out[n].n;
  for (int k = 0; k < nout; k++)
    {
      struct out_edge oe = g->out[n].items[k];
      const struct escape_edge *e = &g->edges[oe.edge];
      if (e->form == EDGE_FILTER)
	{
	  filter (g, w, oe.edge, fresh.items, fresh.n, oe.to == NO_LOC);
	  continue;
	}
      if (e->form == EDGE_EXCLUDE)
	{
	  exclude (g, w, oe.edge, fresh.items, fresh.n);
	  continue;
	}
      if (oe.to != NO_LOC)
	{
	  /* A copy; the dynamic ones (made by loads and stores) never move.  */
	  obj_offset by = e->form == EDGE_COPY ? e->offset : 0;
	  flow_items (g, w, fresh.items, fresh.n, n, oe.to, oe.edge, by);
	  continue;
	}
      /* A load from, or a store through, N: a copy from or into each place
	 a new member stands for.  */
      bool load = e->form == EDGE_LOAD;
      loc_id places[MAX_FIELDS];
      for (int i = 0; i < fresh.n; i++)
	{
	  int np = select_from (g, fresh.items[i], e->offset, e->size, places);
	  for (int j = 0; j < np; j++)
	    {
	      /* Nothing is stored into constant memory: a store through a
		 pointer that may be null (strtol's endptr given NULL)
		 happens only where it is not.  */
	      if (!load && g->locs[places[j]].kind == LOC_CONSTANT)
		continue;
	      add_dynamic_copy (g, w, load ? places[j] : e->src,
				load ? e->dst : places[j], oe.edge);
	    }
	}
    }
  w->spare = fresh;
}

/* Does L's set need a view of its own: is L split, or does it hold a
   field?  */
static bool
needs_view (const struct escape_graph *g, loc_id l)
{
  if (g->locs[l].nfields)
    return true;
  for (int i = 0; i < g->sets[l].n; i++)
    if (g->locs[g->sets[l].items[i].obj].kind == LOC_FIELD)
      return true;
  return false;
}

/* Name S's members by their objects in V; of the members one object
   stands for, the reason of the earliest is kept.  */
static void
view_add (const struct escape_graph *g, struct object_set *v,
	  const struct object_set *s)
{
  for (int i = 0; i < s->n; i++)
    {
      loc_id obj = loc_object (g, s->items[i].obj);
      if (set_insert (v, obj, s->items[i].why))
	continue;
      struct member *m = set_member (v, obj);
      if (s->items[i].why.stamp < m->why.stamp)
	m->why = s->items[i].why;
    }
}

void
views_build (struct escape_graph *g)
{
  g->view = calloc ((size_t) g->nlocs + 1, sizeof *g->view);
  g->view_owned = calloc ((size_t) g->nlocs + 1, sizeof *g->view_owned);
  if (!g->view || !g->view_owned)
    abort ();
  for (loc_id l = 0; l < g->nlocs; l++)
    {
      if (!needs_view (g, l))
	{
	  g->view[l] = g->sets[l];
	  continue;
	}
      g->view_owned[l] = true;
      view_add (g, &g->view[l], &g->sets[l]);
      const struct escape_loc *o = &g->locs[l];
      for (int f = 0; f < o->nfields; f++)
	view_add (g, &g->view[l], &g->sets[o->first_field + f]);
    }
}

void
graph_solve (struct escape_graph *g)
{
  struct worklist w = { NULL, 0, 0, 0, NULL, { NULL, 0, 0 } };
  w.queued = calloc ((size_t) g->nlocs + 1, sizeof *w.queued);
  g->delta = calloc ((size_t) g->nlocs + 1, sizeof *g->delta);
  if (!w.queued || !g->delta)
    abort ();

  /* Global memory may point to any memory we cannot see.  */
  struct reason given = { -1, NO_LOC, 0 };
  for (loc_id l = 0; l < g->nlocs; l++)
    if (g->locs[l].kind == LOC_GLOBAL)
      {
	insert (g, l, g->unknown_memory, given);
	push (&w, l);
      }

  for (int i = 0; i < g->nedges; i++)
    {
      const struct escape_edge *e = &g->edges[i];
      switch (e->form)
	{
	case EDGE_ADDRESS:
	  {
	    struct reason why = { i, NO_LOC, 0 };
	    insert (g, e->dst, field_at (g, e->src, e->offset), why);
	    push (&w, e->dst);
	    break;
	  }
	case EDGE_COPY:
	  out_add (g, e->src, i, e->dst);
	  push (&w, e->src);
	  break;
	case EDGE_LOAD:
	  out_add (g, e->src, i, NO_LOC);
	  push (&w, e->src);
	  break;
	case EDGE_STORE:
	  out_add (g, e->dst, i, NO_LOC);
	  push (&w, e->dst);
	  break;
	case EDGE_EXCLUDE:
	  out_add (g, e->src, i, e->dst);
	  push (&w, e->src);
	  break;
	case EDGE_FILTER:
	  /* From the source: its new members; from the guard (NO_LOC): the
	     source's members its new members allow.  */
	  out_add (g, e->src, i, e->dst);
	  out_add (g, e->guard, i, NO_LOC);
	  push (&w, e->src);
	  push (&w, e->guard);
	  break;
	}
    }

  while (w.head < w.n)
    {
      loc_id n = w.items[w.head++];
      w.queued[n] = false;
      visit (g, &w, n);
    }

  free (w.items);
  free (w.queued);
  free (w.spare.items);
  for (loc_id l = 0; l < g->nlocs; l++)
    free (g->delta[l].items);
  free (g->delta);
  g->delta = NULL;
  views_build (g);
  g->solved = true;
}
