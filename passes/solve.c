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

static void
out_add (struct escape_graph *g, loc_id from, int edge, loc_id to)
{
  struct out_list *o = &g->out[from];
  o->items = xgrow (o->items, &o->cap, o->n + 1, sizeof *o->items);
  o->items[o->n].edge = edge;
  o->items[o->n].to = to;
  o->n++;
}

/* Flow every object of SRC into DST, blaming EDGE.  */
static void
flow (struct escape_graph *g, struct worklist *w, loc_id src, loc_id dst,
      int edge)
{
  if (src == dst)
    return;
  bool changed = false;
  for (int i = 0; i < g->sets[src].n; i++)
    {
      struct reason why = { edge, src };
      changed |= set_insert (&g->sets[dst], g->sets[src].items[i].obj, why);
    }
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

static void
visit (struct escape_graph *g, struct worklist *w, loc_id n)
{
  /* The list and the set may grow while we walk them: index, never cache.  */
  for (int k = 0; k < g->out[n].n; k++)
    {
      struct out_edge oe = g->out[n].items[k];
      const struct escape_edge *e = &g->edges[oe.edge];
      if (oe.to != NO_LOC)
	flow (g, w, n, oe.to, oe.edge);
      else if (e->form == EDGE_LOAD)
	for (int i = 0; i < g->sets[n].n; i++)
	  add_dynamic_copy (g, w, g->sets[n].items[i].obj, e->dst, oe.edge);
      else
	for (int i = 0; i < g->sets[n].n; i++)
	  add_dynamic_copy (g, w, e->src, g->sets[n].items[i].obj, oe.edge);
    }
}

void
graph_solve (struct escape_graph *g)
{
  struct worklist w = { NULL, 0, 0, 0, NULL };
  w.queued = calloc ((size_t) g->nlocs + 1, sizeof *w.queued);
  if (!w.queued)
    abort ();

  /* Global memory may point to any memory we cannot see.  */
  struct reason given = { -1, NO_LOC };
  for (loc_id l = 0; l < g->nlocs; l++)
    if (g->locs[l].kind == LOC_GLOBAL)
      {
	set_insert (&g->sets[l], g->unknown_memory, given);
	push (&w, l);
      }

  for (int i = 0; i < g->nedges; i++)
    {
      const struct escape_edge *e = &g->edges[i];
      switch (e->form)
	{
	case EDGE_ADDRESS:
	  {
	    struct reason why = { i, NO_LOC };
	    set_insert (&g->sets[e->dst], e->src, why);
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
  g->solved = true;
}
