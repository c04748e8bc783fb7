/* The inside of struct escape_graph, shared by graph.c (storage) and solve.c
   (the fixpoint) only.  */

#ifndef ESCAPE_GRAPH_IMPL_H
#define ESCAPE_GRAPH_IMPL_H

#include "graph.h"

struct member
{
  loc_id obj;
  struct reason why;
};

struct object_set
{
  struct member *items;
  int n, cap;
};

/* Edges leaving a location, by index into the edge array: plain copies out
   of it, loads through it and stores through it.  A load or store through L
   becomes a copy once L's set names the object, so those copies are added
   while solving; they are "dynamic" and remember the edge that made them.  */
struct out_edge
{
  int edge;		/* Index of the originating edge.  */
  loc_id to;		/* For a copy: where the set flows.  */
};

struct out_list
{
  struct out_edge *items;
  int n, cap;
};

/* Open-addressing set of (src, dst) pairs, so that each dynamic copy is
   added once.  */
struct pair_set
{
  unsigned long long *slots;
  int n, cap;
};

/* Members added to a set since the solver last visited its location.  */
struct member_list
{
  loc_id *items;
  int n, cap;
};

struct escape_graph
{
  struct escape_loc *locs;
  struct object_set *sets;
  struct out_list *out;
  int nlocs, loc_cap;
  struct escape_edge *edges;
  int nedges, edge_cap;
  struct pair_set dynamic;
  struct member_list *delta;	/* While solving only.  */
  unsigned clock;		/* Stamps the solver's insertions.  */
  /* After solving, what readers see: each set with fields named by their
     objects, and a split object's set the union of its fields'.  A view
     that would equal its set shares its items (VIEW_OWNED false).  */
  struct object_set *view;
  bool *view_owned;
  loc_id unknown_memory;
  bool solved;
};

void *xgrow (void *p, int *cap, int need, size_t size);
bool set_insert (struct object_set *, loc_id obj, struct reason why);
/* OBJ's entry in S, which must hold it.  */
struct member *set_member (struct object_set *, loc_id obj);
/* The field a pointer to POS in OBJECT points to exactly, or OBJECT.  */
loc_id field_at (const struct escape_graph *, loc_id object, obj_offset pos);
/* Build the views (solve.c, once the sets are final).  */
void views_build (struct escape_graph *);

#endif
