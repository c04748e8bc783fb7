/* Storage for the escape graph: locations, edges and the per-location sets
   the solver fills.  See graph.h for the model.  */

#include "graph-impl.h"

#include <stdlib.h>
#include <string.h>

void *
xgrow (void *p, int *cap, int need, size_t size)
{
  if (need <= *cap)
    return p;
  int n = *cap ? *cap : 8;
  while (n < need)
    n *= 2;
  p = realloc (p, (size_t) n * size);
  if (!p)
    abort ();
  *cap = n;
  return p;
}

struct escape_graph *
graph_new (int expected_locations)
{
  struct escape_graph *g = calloc (1, sizeof *g);
  if (!g)
    abort ();
  /* One allocation of each array up front instead of a doubling series:
     the builder knows roughly how many locations a function needs.  */
  if (expected_locations > 0)
    {
      g->locs = xgrow (NULL, &g->loc_cap, expected_locations, sizeof *g->locs);
      int cap = 0;
      g->sets = xgrow (NULL, &cap, g->loc_cap, sizeof *g->sets);
      cap = 0;
      g->out = xgrow (NULL, &cap, g->loc_cap, sizeof *g->out);
    }
  g->unknown_memory = loc_add (g, LOC_GLOBAL, NULL, 0, NULL);
  return g;
}

void
graph_free (struct escape_graph *g)
{
  if (!g)
    return;
  for (int i = 0; i < g->nlocs; i++)
    {
      free (g->sets[i].items);
      free (g->out[i].items);
    }
  if (g->view)
    for (int i = 0; i < g->nlocs; i++)
      if (g->view_owned[i])
	free (g->view[i].items);
  free (g->view);
  free (g->view_owned);
  free (g->locs);
  free (g->sets);
  free (g->out);
  free (g->edges);
  free (g->dynamic.slots);
  free (g);
}

loc_id
loc_add (struct escape_graph *g, enum loc_kind kind, const char *name,
	 source_loc where, const void *tree)
{
  int old = g->loc_cap;
  g->locs = xgrow (g->locs, &g->loc_cap, g->nlocs + 1, sizeof *g->locs);
  if (g->loc_cap != old)
    {
      int cap = old;
      g->sets = xgrow (g->sets, &cap, g->loc_cap, sizeof *g->sets);
      cap = old;
      g->out = xgrow (g->out, &cap, g->loc_cap, sizeof *g->out);
    }
  loc_id id = g->nlocs++;
  struct escape_loc *l = &g->locs[id];
  memset (l, 0, sizeof *l);
  l->id = id;
  l->kind = kind;
  l->name = name;
  l->where = where;
  l->tree = tree;
  l->param_index = -1;
  l->parent = NO_LOC;
  l->first_field = NO_LOC;
  l->offset = OFFSET_UNKNOWN;
  l->size = SIZE_UNKNOWN;
  memset (&g->sets[id], 0, sizeof g->sets[id]);
  memset (&g->out[id], 0, sizeof g->out[id]);
  return id;
}

struct escape_loc *
loc_get (struct escape_graph *g, loc_id id)
{
  return &g->locs[id];
}

int
loc_count (const struct escape_graph *g)
{
  return g->nlocs;
}

loc_id
loc_find_kind (const struct escape_graph *g, enum loc_kind kind)
{
  for (loc_id l = 0; l < g->nlocs; l++)
    if (g->locs[l].kind == kind)
      return l;
  return NO_LOC;
}

loc_id
loc_unknown_memory (const struct escape_graph *g)
{
  return g->unknown_memory;
}

loc_id
field_add (struct escape_graph *g, loc_id object, obj_offset offset,
	   obj_offset size)
{
  loc_id f = loc_add (g, LOC_FIELD, g->locs[object].name,
		      g->locs[object].where, g->locs[object].tree);
  struct escape_loc *o = &g->locs[object];
  if (!o->nfields)
    o->first_field = f;
  if (o->first_field + o->nfields != f)
    abort ();		/* The fields of an object must be consecutive.  */
  o->nfields++;
  g->locs[f].parent = object;
  g->locs[f].offset = offset;
  g->locs[f].size = size;
  return f;
}

loc_id
loc_object (const struct escape_graph *g, loc_id l)
{
  return g->locs[l].kind == LOC_FIELD ? g->locs[l].parent : l;
}

int
field_select (const struct escape_graph *g, loc_id object, obj_offset pos,
	      obj_offset size, loc_id *out, int max)
{
  const struct escape_loc *o = &g->locs[object];
  if (!o->nfields)
    {
      out[0] = object;
      return 1;
    }
  int n = 0;
  if (pos != OFFSET_UNKNOWN && size > 0)
    for (int i = 0; i < o->nfields && n < max; i++)
      {
	const struct escape_loc *f = &g->locs[o->first_field + i];
	if (f->offset < pos + size && pos < f->offset + f->size)
	  out[n++] = f->id;
      }
  if (n)
    return n;
  for (int i = 0; i < o->nfields && n < max; i++)
    out[n++] = o->first_field + i;
  return n;
}

loc_id
field_at (const struct escape_graph *g, loc_id object, obj_offset pos)
{
  const struct escape_loc *o = &g->locs[object];
  if (pos != OFFSET_UNKNOWN)
    for (int i = 0; i < o->nfields; i++)
      if (g->locs[o->first_field + i].offset == pos)
	return o->first_field + i;
  return object;
}

/* Add POS to the sorted positions POS[0..*N) unless there; false when
   that would make more than MAX.  */
static bool
position_add (obj_offset *pos, int *n, int max, obj_offset at)
{
  int i = 0;
  while (i < *n && pos[i] < at)
    i++;
  if (i < *n && pos[i] == at)
    return true;
  if (*n == max)
    return false;
  memmove (&pos[i + 1], &pos[i], (size_t) (*n - i) * sizeof *pos);
  pos[i] = at;
  ++*n;
  return true;
}

/* An allocation has no type to split it by, so its fields are the words
   the function's code reads and writes: an access at a known offset from
   the start of some memory, through whatever pointer, makes that position
   a field of every allocation.  Positions are relative to where the
   pointer points, which is mostly an allocation's start; an access that
   lands between fields finds none and reads or writes them all, so any
   set of positions is sound, and these are the ones that keep a node's
   link apart from its data.  A pointer moved by a whole number of words
   (a header's trailer, "(struct hidden *) &info[1]") mostly lands on
   what is accessed at its start: those positions too, while there is
   room.  */
bool
objects_split_by_words (struct escape_graph *g, const loc_id *objects, int n,
			obj_offset word)
{
  obj_offset pos[MAX_WORD_FIELDS];
  int npos = 0;
  position_add (pos, &npos, MAX_WORD_FIELDS, 0);
  for (int i = 0; i < g->nedges; i++)
    {
      const struct escape_edge *e = &g->edges[i];
      if ((e->form == EDGE_LOAD || e->form == EDGE_STORE) && e->size == word
	  && e->offset != OFFSET_UNKNOWN && e->offset >= 0
	  && !position_add (pos, &npos, MAX_WORD_FIELDS, e->offset))
	return false;
    }
  for (int i = 0; i < g->nedges; i++)
    {
      const struct escape_edge *e = &g->edges[i];
      if (e->form == EDGE_COPY && e->offset != OFFSET_UNKNOWN
	  && e->offset > 0 && e->offset % word == 0)
	position_add (pos, &npos, MAX_WORD_FIELDS, e->offset);
    }
  if (n == 0 || npos < 2)
    return false;
  for (int k = 0; k < n; k++)
    for (int i = 0; i < npos; i++)
      field_add (g, objects[k], pos[i], word);

  /* Edges that fill an object's own set now fill each of its fields;
     where its own set is read, it becomes the union of its fields.  */
  enum { KEEP, SPLIT, READ_WHOLE };
  char *mark = calloc ((size_t) g->nlocs, 1);
  if (!mark)
    abort ();
  for (int k = 0; k < n; k++)
    mark[objects[k]] = SPLIT;
  int nedges = g->nedges;
  for (int i = 0; i < nedges; i++)
    {
      struct escape_edge e = g->edges[i];
      if (e.form != EDGE_ADDRESS && mark[e.src])
	mark[e.src] = READ_WHOLE;
      if (e.guard != NO_LOC && mark[e.guard])
	mark[e.guard] = READ_WHOLE;
      if (e.form == EDGE_STORE)
	{
	  if (mark[e.dst])
	    mark[e.dst] = READ_WHOLE;
	  continue;
	}
      if (!mark[e.dst])
	continue;
      const struct escape_loc *o = &g->locs[e.dst];
      g->edges[i].dst = o->first_field;
      for (int f = 1; f < o->nfields; f++)
	{
	  int copy = edge_add_at (g, e.form, o->first_field + f, e.src,
				  e.offset, e.size, e.step, e.where, e.expr);
	  g->edges[copy].guard = e.guard;
	  g->edges[copy].callee = e.callee;
	}
    }
  for (int k = 0; k < n; k++)
    if (mark[objects[k]] == READ_WHOLE)
      {
	const struct escape_loc *o = &g->locs[objects[k]];
	for (int f = 0; f < o->nfields; f++)
	  edge_add (g, EDGE_COPY, o->id, o->first_field + f, STEP_COPY,
		    o->where, NULL);
      }
  free (mark);
  return true;
}

int
edge_add (struct escape_graph *g, enum edge_form form, loc_id dst, loc_id src,
	  enum step_kind step, source_loc where, const void *expr)
{
  return edge_add_at (g, form, dst, src, 0, SIZE_UNKNOWN, step, where, expr);
}

int
edge_add_at (struct escape_graph *g, enum edge_form form, loc_id dst,
	     loc_id src, obj_offset offset, obj_offset size,
	     enum step_kind step, source_loc where, const void *expr)
{
  g->edges = xgrow (g->edges, &g->edge_cap, g->nedges + 1, sizeof *g->edges);
  struct escape_edge *e = &g->edges[g->nedges];
  e->form = form;
  e->step = step;
  e->dst = dst;
  e->src = src;
  e->offset = offset;
  e->size = size;
  e->guard = NO_LOC;
  e->where = where;
  e->expr = expr;
  e->callee = NULL;
  return g->nedges++;
}

int
edge_add_filter (struct escape_graph *g, loc_id dst, loc_id src, loc_id guard,
		 source_loc where, const void *expr)
{
  int e = edge_add (g, EDGE_FILTER, dst, src, STEP_COPY, where, expr);
  g->edges[e].guard = guard;
  return e;
}

int
edge_add_exclude (struct escape_graph *g, loc_id dst, loc_id src,
		  loc_id object, source_loc where, const void *expr)
{
  int e = edge_add (g, EDGE_EXCLUDE, dst, src, STEP_COPY, where, expr);
  g->edges[e].guard = object;
  return e;
}

const struct escape_edge *
edge_get (const struct escape_graph *g, int i)
{
  return &g->edges[i];
}

int
edge_count (const struct escape_graph *g)
{
  return g->nedges;
}

void
edge_set_callee (struct escape_graph *g, int edge, const char *callee)
{
  g->edges[edge].callee = callee;
}

/* Sets are sorted arrays of (object, reason): most locations point to one or
   two objects, and a dense bit matrix would cost locations x objects.  */

static int
set_find (const struct object_set *s, loc_id obj)
{
  int lo = 0, hi = s->n;
  while (lo < hi)
    {
      int mid = (lo + hi) / 2;
      if (s->items[mid].obj < obj)
	lo = mid + 1;
      else
	hi = mid;
    }
  return lo;
}

bool
set_insert (struct object_set *s, loc_id obj, struct reason why)
{
  int i = set_find (s, obj);
  if (i < s->n && s->items[i].obj == obj)
    return false;
  s->items = xgrow (s->items, &s->cap, s->n + 1, sizeof *s->items);
  memmove (&s->items[i + 1], &s->items[i],
	   (size_t) (s->n - i) * sizeof *s->items);
  s->items[i].obj = obj;
  s->items[i].why = why;
  s->n++;
  return true;
}

/* Readers see the views once they exist.  */
static const struct object_set *
seen (const struct escape_graph *g, loc_id l)
{
  return g->view ? &g->view[l] : &g->sets[l];
}

struct member *
set_member (struct object_set *s, loc_id obj)
{
  return &s->items[set_find (s, obj)];
}

bool
points_to (const struct escape_graph *g, loc_id l, loc_id obj)
{
  const struct object_set *s = seen (g, l);
  int i = set_find (s, obj);
  return i < s->n && s->items[i].obj == obj;
}

int
points_to_count (const struct escape_graph *g, loc_id l)
{
  return seen (g, l)->n;
}

loc_id
points_to_nth (const struct escape_graph *g, loc_id l, int i)
{
  return seen (g, l)->items[i].obj;
}

obj_offset
points_to_offset (const struct escape_graph *g, loc_id l, loc_id obj)
{
  const struct object_set *s = &g->sets[l];
  obj_offset at = OFFSET_UNKNOWN;
  int found = 0;
  for (int i = 0; i < s->n; i++)
    {
      const struct escape_loc *m = &g->locs[s->items[i].obj];
      if (m->id == obj)
	return OFFSET_UNKNOWN;
      if (m->kind == LOC_FIELD && m->parent == obj)
	{
	  at = m->offset;
	  found++;
	}
    }
  return found == 1 ? at : OFFSET_UNKNOWN;
}

struct reason
points_to_reason (const struct escape_graph *g, loc_id l, loc_id obj)
{
  const struct object_set *s = seen (g, l);
  int i = set_find (s, obj);
  if (i < s->n && s->items[i].obj == obj)
    return s->items[i].why;
  struct reason none = { -1, NO_LOC, 0 };
  return none;
}
