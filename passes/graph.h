/* The escape graph of one function: locations, the edges between them, and
   the solved question "may location L hold the address of object O?".

   This is Go's escape analysis (cmd/compile/internal/escape) reshaped for C.
   Go builds one location for every variable and allocation, and one edge
   "dst <- src" for every assignment, carrying a dereference count: p = &x is
   -1, p = q (or q + 4, or a cast) is 0, p = *q is +1.  It then walks back from
   each sink (the heap, the result) along shortest dereference paths: an object
   whose address reaches a sink with a count below zero escapes.

   Go can afford to send every store through a pointer, *p = v, straight to the
   heap, because in Go whatever p points to already lives there.  In C it is
   the common case that p points to a local struct, and calling that an escape
   would flood real code with false positives.  So a store here is an edge of
   its own, "*dst <- src", resolved against what dst may point to, and the graph
   is solved as an inclusion-based points-to problem (Andersen's analysis,
   with difference propagation): every location holds the set of objects
   whose address it may contain.  A load is "dst <- *src" (+1), a store "*dst <- src", an
   address "dst <- &obj" (-1), a copy "dst <- src" (0).  An object's own set is
   its contents, so "x = v" for an object x is a plain copy into x.

   Objects are split into fields where C needs it.  A local struct (and the
   caller's struct a parameter points to) gets one location per field that
   may hold an address, at its byte offset; a set member is then a field
   (a pointer to exactly its start) or the whole object (a pointer somewhere
   into it).  Edges carry the offset of their access, so "dst <- p->f" reads
   the field at p's position plus f's offset, and "p + 8" moves a pointer
   from field to field; an offset the builder cannot tell, or a position that
   is no field's start, falls back to the whole object, whose every field is
   read or written.  Memory the function allocates has no type: it is split
   once the edges are built, at the word positions they access (see
   objects_split_by_words), and so is what a same-file callee made where its
   summary says at which places it stored.  Globals, unknown memory and
   what unknown code hands back stay whole.
   Readers of the solved graph see objects, never fields: points_to () and
   its kin name the object a member lies in, and an object's set is the
   union of its fields' sets.

   Sinks are locations too: the return value, every global (and one location
   for all unknown memory), the memory each pointer parameter points to in the
   caller, what a retaining call (a thread, atexit) keeps, and what unknown code
   receives.  Escape is then reachability: an object escapes when its address
   is in a sink, or in an object that itself escapes, to any depth.

   Every set member remembers the edge that first put it there, so the chain
   from "address taken here" to the sink can be printed step by step (Go's
   -m=2).

   Nothing here includes a GCC header: trees and locations are opaque handles,
   so the graph and the solver are plain C, unit-tested on their own.  */

#ifndef ESCAPE_GRAPH_H
#define ESCAPE_GRAPH_H

#include <stdbool.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* GCC's location_t, carried through untouched.  */
typedef unsigned int source_loc;

typedef int loc_id;
#define NO_LOC ((loc_id) -1)

enum loc_kind
{
  LOC_VALUE,		/* An SSA name, a local scalar, a temporary.  */
  LOC_STACK,		/* A stack object: local, parameter storage, VLA...  */
  LOC_HEAP,		/* An allocation site (malloc and friends).  */
  LOC_CONSTANT,		/* Memory that is never freed and never ours: string
			   literals, functions, labels.  */
  LOC_GLOBAL,		/* A global or static variable; one anonymous one
			   stands for all memory we know nothing about.  */
  LOC_PARAM_CONTENT,	/* What a pointer parameter points to, in the caller.  */
  LOC_RETURN,		/* The function's result.  */
  LOC_RETAINED,		/* Kept by a call after it returns (a thread...).  */
  LOC_UNKNOWN_CALL,	/* Passed to code the analysis cannot see.  */
  LOC_OPAQUE,		/* Memory calls hand back whose insides we do not
			   see: what same-file callees made (their
			   allocations, their summaries say which; one
			   object per callee, a bounded number of them),
			   or what one call to unknown code returns.
			   Heap-like: it escapes only as the places
			   holding it do.  */
  LOC_FIELD		/* A field of a split object (see above).  */
};

/* Byte offsets and sizes inside an object.  */
typedef long long obj_offset;
#define OFFSET_UNKNOWN ((obj_offset) -0x7fffffffffffffffLL - 1)
#define SIZE_UNKNOWN ((obj_offset) -1)

/* What kind of stack object, for the words of a diagnostic.  */
enum stack_kind
{
  STACK_LOCAL,
  STACK_PARAMETER,
  STACK_COMPOUND_LITERAL,
  STACK_VLA,
  STACK_ALLOCA,
  STACK_FRAME		/* The frame of a GNU nested function's parent.  */
};

struct escape_loc
{
  loc_id id;
  enum loc_kind kind;
  enum stack_kind stack_kind;	/* For LOC_STACK.  */
  const char *name;		/* Source name, or NULL.  */
  source_loc where;		/* Declaration or allocation site.  */
  const void *tree;		/* The decl or call, opaque.  */
  int param_index;		/* For LOC_PARAM_CONTENT: which parameter...  */
  int depth;			/* ... 0: what it points to; 1: what its
				   fields point to; 2: beyond.  */
  bool address_taken;		/* Its address appears in the code.  */
  bool made;			/* For LOC_OPAQUE: what a same-file callee
				   made (NAME), or the callees beyond the
				   bound (no name); else what one call to
				   unknown code returned.  */
  bool integer_param;		/* For LOC_PARAM_CONTENT: an integer wide
				   enough for an address, not a pointer.  */
  loc_id parent;		/* For LOC_FIELD: the object; else NO_LOC.  */
  obj_offset offset, size;	/* For LOC_FIELD: its bytes in the object.
				   For a LOC_PARAM_CONTENT of depth 1: the
				   field of depth 0 it hangs from
				   (OFFSET_UNKNOWN: the whole object).  */
  loc_id first_field;		/* A split object's fields: consecutive ids
				   from FIRST_FIELD...  */
  int nfields;			/* ... NFIELDS of them (0: not split).  */
};

/* Memory whose contents go wherever it goes: a stack object, an
   allocation, what calls handed back (not a sink, not a value).  */
static inline bool
loc_kind_object (enum loc_kind k)
{
  return k == LOC_STACK || k == LOC_HEAP || k == LOC_OPAQUE;
}

/* Of those, memory made that may outlive the function: an allocation, what
   calls handed back; not a local.  */
static inline bool
loc_kind_made (enum loc_kind k)
{
  return k == LOC_HEAP || k == LOC_OPAQUE;
}

/* One step of a flow, for explanations.  */
enum step_kind
{
  STEP_ADDRESS,		/* Address taken: dst <- &obj.  */
  STEP_COPY,		/* Assignment, cast, pointer arithmetic, phi.  */
  STEP_LOAD,		/* dst <- *src.  */
  STEP_STORE,		/* *dst <- src.  */
  STEP_CALL_ARG,	/* Passed to a call that keeps or returns it.  */
  STEP_CALL_RESULT,	/* Returned by a call.  */
  STEP_RETURN		/* Returned from the function.  */
};

enum edge_form
{
  EDGE_ADDRESS,		/* dst <- &src   (deref -1)  */
  EDGE_COPY,		/* dst <- src    (deref 0)   */
  EDGE_LOAD,		/* dst <- *src   (deref +1)  */
  EDGE_STORE,		/* *dst <- src                */
  EDGE_FILTER,		/* dst <- src, only the objects GUARD points to
			   (a pointer checked to lie between two bounds
			   points into their object).  */
  EDGE_EXCLUDE		/* dst <- src, all but the object GUARD (a pointer
			   tested unequal to the object's address).  */
};

/* OFFSET is the byte offset of the edge's access: of the address taken
   (&src + offset), of the pointer arithmetic (dst <- src + offset), of the
   memory read (dst <- *(src + offset)) or written (*(dst + offset) <- src);
   SIZE the bytes read or written.  */
struct escape_edge
{
  enum edge_form form;
  enum step_kind step;
  loc_id dst, src;
  obj_offset offset, size;
  loc_id guard;		/* For EDGE_FILTER and EDGE_EXCLUDE; else NO_LOC.  */
  source_loc where;
  const void *expr;	/* The tree to name in an explanation, or NULL.  */
  const char *callee;	/* For call steps, the callee's name.  */
};

/* Why object O is in the set of location L: the edge that put it there and
   the location it came from (NO_LOC for an address edge).  STAMP orders
   the solver's insertions: FROM had O before L did, so following reasons
   back always ends at the address.  */
struct reason
{
  int edge;
  loc_id from;
  unsigned stamp;
};

struct escape_graph;

/* A new graph; EXPECTED_LOCATIONS (0 if unknown) sizes its arrays.  */
struct escape_graph *graph_new (int expected_locations);
void graph_free (struct escape_graph *);

loc_id loc_add (struct escape_graph *, enum loc_kind, const char *name,
		source_loc where, const void *tree);
struct escape_loc *loc_get (struct escape_graph *, loc_id);
int loc_count (const struct escape_graph *);
/* The first location of KIND (the result, the unknown-call sink: one
   each), or NO_LOC.  */
loc_id loc_find_kind (const struct escape_graph *, enum loc_kind);

/* The anonymous global that stands for all unknown memory, created with the
   graph; the solver starts every global location out pointing to it.  */
loc_id loc_unknown_memory (const struct escape_graph *);

/* Add an edge; returns its index.  The step and the names only serve
   explanations.  */
int edge_add (struct escape_graph *, enum edge_form, loc_id dst, loc_id src,
	      enum step_kind, source_loc where, const void *expr);
/* The same with the access's offset and size: edge_add is offset 0 (the
   object's start, for an address; no move, for a copy) and SIZE_UNKNOWN
   (every field, for a load or store).  */
int edge_add_at (struct escape_graph *, enum edge_form, loc_id dst,
		 loc_id src, obj_offset offset, obj_offset size,
		 enum step_kind, source_loc where, const void *expr);

/* DST <- SRC, keeping the members of SRC whose object GUARD's set names
   (EDGE_FILTER).  */
int edge_add_filter (struct escape_graph *, loc_id dst, loc_id src,
		     loc_id guard, source_loc where, const void *expr);

/* DST <- SRC, without the members of SRC in OBJECT (EDGE_EXCLUDE).  */
int edge_add_exclude (struct escape_graph *, loc_id dst, loc_id src,
		      loc_id object, source_loc where, const void *expr);

/* Split OBJECT: add its field of SIZE bytes at OFFSET.  The fields of one
   object are added one after the other, right after it, in any order of
   offsets; they may overlap (unions).  */
loc_id field_add (struct escape_graph *, loc_id object, obj_offset offset,
		  obj_offset size);
/* The object L is part of: its parent for a field, else L.  */
loc_id loc_object (const struct escape_graph *, loc_id l);
/* The fields of OBJECT that SIZE bytes at POS (from its start) overlap,
   into OUT (room for MAX): all of them when POS or SIZE is unknown or
   nothing overlaps; OBJECT itself when it is not split.  Returns the
   count.  */
int field_select (const struct escape_graph *, loc_id object, obj_offset pos,
		  obj_offset size, loc_id *out, int max);
/* The most fields a split object may have.  */
#define MAX_FIELDS 64
/* Split OBJECTS[0..N), memory without a type (allocations), made before
   the function's edges and not split yet, at the positions the function
   reads or writes WORD bytes at (known offsets of its loads and stores,
   through any pointer), each a field of WORD bytes, and at their start.
   Edges that name such an object itself are turned to its fields.
   Nothing is split when those positions are more than MAX_WORD_FIELDS.
   Returns whether the objects were split.  */
#define MAX_WORD_FIELDS 32
bool objects_split_by_words (struct escape_graph *, const loc_id *objects,
			     int n, obj_offset word);
const struct escape_edge *edge_get (const struct escape_graph *, int);
int edge_count (const struct escape_graph *);
void edge_set_callee (struct escape_graph *, int edge, const char *callee);

/* Solve the graph to its fixpoint (solve.c).  Edges may not be added after.  */
void graph_solve (struct escape_graph *);

/* After solving: may L hold the address of OBJ (an object, never a
   field)?  The set of a split object is the union of its fields'.  */
bool points_to (const struct escape_graph *, loc_id l, loc_id obj);
/* The number of objects L may point to, and the I-th of them.  */
int points_to_count (const struct escape_graph *, loc_id l);
loc_id points_to_nth (const struct escape_graph *, loc_id l, int i);
/* Where into OBJ the pointers L holds (L not split) point: the offset of
   the one field of OBJ among them, or OFFSET_UNKNOWN when L holds OBJ
   whole (somewhere into it, or OBJ is not split), several of its fields,
   or none.  */
obj_offset points_to_offset (const struct escape_graph *, loc_id l,
			     loc_id obj);
/* Why OBJ is in L's set.  */
struct reason points_to_reason (const struct escape_graph *, loc_id l,
				loc_id obj);

#ifdef __cplusplus
}
#endif

#endif
