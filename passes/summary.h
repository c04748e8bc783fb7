/* Per-function parameter summaries, Go's "leaking param": for each pointer
   parameter, where the memory it points to may go once the function has run.
   Computed from a function's solved graph, applied at every call site of
   the function in the same file.  Plain C.  */

#ifndef ESCAPE_SUMMARY_H
#define ESCAPE_SUMMARY_H

#include "graph.h"

#ifdef __cplusplus
extern "C" {
#endif

/* A small value type, as in Go's leaks: a set of destinations.  */
enum leak
{
  LEAK_RESULT = 1 << 0,		/* Returned (leaking param: p to result).  */
  LEAK_GLOBAL = 1 << 1,		/* Stored where it outlives the call.  */
  LEAK_RETAINED = 1 << 2,	/* Kept by a retaining call.  */
  LEAK_UNKNOWN = 1 << 3,	/* Passed to code we cannot see.  */
  LEAK_PARAM = 1 << 4,		/* Stored into another parameter's memory.  */
  LEAK_MADE = 1 << 5		/* Stored into memory the function made (a
				   node it allocated) and handed back through
				   its result or a parameter's memory.  */
};

/* The leaks that outlive the call ("leaking param: 'p'").  */
#define LEAK_LASTING (LEAK_GLOBAL | LEAK_RETAINED | LEAK_PARAM | LEAK_MADE)

/* The most parameters a summary describes; later ones are "unknown".  */
#define SUMMARY_MAX_PARAMS 32

/* Where the memory a parameter points to goes (level 0), where the
   memory its fields point to goes (level 1), and where all that is
   reached beyond goes (level 2): "g = p" leaks p itself, "g = p->name"
   only what p points to, "g = *p->name" only what is beyond.  */
#define SUMMARY_LEVELS 3
struct param_leaks
{
  unsigned leaks[SUMMARY_LEVELS];	/* enum leak bits, per level.  */
  /* With LEAK_PARAM, per level and per depth of the destination: bit J,
     into what param J points to (depth 0), into the memory its fields
     point to (1), or into what is reached beyond (2).  */
  unsigned into_params[SUMMARY_LEVELS][SUMMARY_LEVELS];
};

/* As a flow's SRC_PARAM: what the function made and keeps (LEAK_MADE's
   memory), stored into the destination: a pointer to SRC_OFFSET of it
   (OFFSET_UNKNOWN: anywhere into it).  With LEAK_MADE, the destination is
   that memory itself (its parts point to one another).  */
#define SUMMARY_MADE 0xff

/* One flow of a summary, field by field: the memory parameter SRC_PARAM
   points to (level 0), what the field at SRC_OFFSET of that memory points
   to (level 1; OFFSET_UNKNOWN: any field), or what is reached beyond
   those (level 2, any field) goes to LEAK; for LEAK_PARAM, into the field
   at DST_OFFSET of DST_PARAM's memory, or with DST_DEEP 1 into what that
   field points to, with 2 into what is beyond.  For LEAK_MADE, into the
   DST_SIZE bytes at DST_OFFSET of the memory the function made (at that
   offset of any of its objects; SIZE_UNKNOWN: anywhere in them).  */
struct summary_flow
{
  unsigned char src_param, src_level, leak, dst_param, dst_deep;
  unsigned char guarded;	/* Only for a source that lies where the
				   summary's guards say (range checks).  */
  obj_offset src_offset, src_size;
  obj_offset dst_offset, dst_size;
};

/* Range checks ("lo <= p && p < hi", see build.cc) narrow a pointer to the
   objects its bounds point to; for the caller's objects, which may be one
   another's, a flow the narrowing left out is kept as guarded: it happens
   only to a source object among those a guard names: the objects argument
   PARAM points to (LEVEL 0), or everything reachable from what the SIZE
   bytes at OFFSET of its memory point to (LEVEL 1), or from what is
   beyond (LEVEL 2).  */
struct summary_guard
{
  unsigned char param, level;
  obj_offset offset, size;
};

#define SUMMARY_MAX_GUARDS 16

/* A global the function sets whole ("g = c" in set_ctx (c), "g = NULL"
   in clear_ctx ()): GLOBAL (opaque: the variable), PARAM the parameter
   stored there, which goes nowhere else, or -1 for a value that is not
   the frame's; EVERY when every path of the function stores it.  A
   caller that sets the global through it, and later resets it, undoes
   the store as if it had written both itself.  */
struct summary_set
{
  const void *global;
  int param;
  bool every;
};

#define SUMMARY_MAX_SETS 4
#define SUMMARY_MAX_RELEASES 2

/* The most flows a summary lists; beyond, callers use the per-parameter
   bits, field-insensitive.  */
#define SUMMARY_MAX_FLOWS 256

struct escape_summary
{
  const void *fndecl;		/* Opaque: the function it describes.  */
  int nparams;
  struct param_leaks params[SUMMARY_MAX_PARAMS];
  /* An xmalloc-style wrapper: the result is a fresh heap allocation (or
     NULL) that nothing else keeps, of SIZE_SCALE bytes times the
     parameters SIZE_PARAMS name (-1: no parameter; SIZE_SCALE 0 when the
     builder could not tell): xmalloc (n) is 1 * n, xcalloc (n, size)
     1 * n * size, an xnew (n) of ints 4 * n.  */
  bool returns_allocation;
  int size_params[2];
  unsigned long long size_scale;
  /* Where the memory the function made and kept (LEAK_MADE) goes: bit J
     of MADE_INTO[D], into any field of what parameter J points to (D 0),
     of what its fields point to (1) or of what is beyond (2); with
     RETURNS_MADE, the result may point to it.  */
  unsigned made_into[SUMMARY_LEVELS];
  bool returns_made;
  /* Where into that memory the result points (OFFSET_UNKNOWN: anywhere
     into it).  */
  obj_offset returns_made_at;
  /* That memory may reach unknown code, so what the caller stores there
     may too.  (Made memory that escapes for good is not handed back: see
     RETURNS_LASTING.)  */
  bool made_may_escape;
  /* The result may point to memory that outlives the call: a global's,
     or memory the function made and published.  */
  bool returns_lasting;
  /* The result may be a constant: NULL, a string literal, a global's
     address (for the callers' "may").  */
  bool returns_constant;
  /* Bit K: on every path the function puts back a place in the memory of
     parameter K (leaveblock (fs) pops fs->bl), undoing a push.  */
  unsigned restores_params;
  /* Bit K: on every path the function pops a place reached through the
     memory of parameter K, the object that was pushed (parse_reset
     (&parse) undoes parse_init (&parse, db)).  */
  unsigned pops_pushed_params;
  /* Globals it sets, see summary_set.  */
  int nsets;
  struct summary_set sets[SUMMARY_MAX_SETS];
  /* Bit K: a condition of the function compares parameter K with a
     constant; a call passing a constant there can use a summary of the
     function specialised to it (build.h).  */
  unsigned tested_params;
  /* Handles it releases on every path as a library releaser does
     (join_thread (t) calling pthread_join (t, NULL), close_log (f)
     calling fclose (f)): the releaser's name, from the table of
     known-calls.h, and the parameter that is the handle.  */
  const char *releaser[SUMMARY_MAX_RELEASES];
  int released_param[SUMMARY_MAX_RELEASES];
  int nreleased;
  /* A variadic function that never reads its variable arguments
     (no va_start): what a call passes there goes nowhere.  */
  bool varargs_unread;
  /* The flows, field by field; NFLOWS is -1 when there were too many.
     FLOWS belongs to the summary: summary_store copies it, and a summary
     filled by summary_compute is given back with summary_release.  */
  int nflows, flows_cap;
  struct summary_flow *flows;
  /* For the flows marked guarded: a source object must be among the
     objects one of these names.  */
  int nguards;
  struct summary_guard guards[SUMMARY_MAX_GUARDS];
};

struct summary_table;

struct summary_table *summary_table_new (void);
void summary_table_free (struct summary_table *);
const struct escape_summary *summary_find (const struct summary_table *,
					     const void *fndecl);
/* Insert or replace; returns true when the summary changed (for the
   fixpoint over recursive cycles).  */
bool summary_store (struct summary_table *, const struct escape_summary *);
/* Free what summary_compute allocated for S.  */
void summary_release (struct escape_summary *s);

/* Read a function's summary off its solved graph: PARAM_CONTENT locations
   name the parameters (param_index, and depth 0 for the memory the
   parameter points to, 1 for what is reached from there).  */
void summary_compute (const struct escape_graph *, const void *fndecl,
		      int nparams, struct escape_summary *);

/* Is the link from DST to PC, both the caller's memory behind one
   parameter, left out of the summary?  What the parameter points to
   itself (depth 0) starts out pointing to what its fields point to, and
   what is beyond points to itself: links into the caller's own object
   only move pointers inside it, and are left out.  A link is a flow when
   what moves is the parameter's own memory or what one known field of it
   points to, and it goes where a field leads, memory the caller may not
   own: "*c->out = c->slot", "n->next->prev = n".  What any field of a
   struct too big to split points to is left out too: read back in the
   caller as every field's, a push into one field (lua's ls->fs) would
   leak through all the others' moves.  */
bool summary_own_link (const struct escape_loc *pc,
		       const struct escape_loc *dst);

/* Did a filter of G (solved) leave out some parameter's memory?  Only
   then can the summary of G with its range checks ignored say more.  */
bool summary_narrowed (const struct escape_graph *g);

/* The guard terms the filters of G (solved) stand for: what their guards'
   sets hold of the parameters' memory.  Returns their count, or -1 when
   there are more than SUMMARY_MAX_GUARDS.  */
int summary_guards (const struct escape_graph *g, int nparams,
		    struct summary_guard *out);

/* NARROWED summarises a function whose range checks narrowed pointers;
   WHOLE the same function with them ignored.  Add to NARROWED, as guarded
   by GUARDS, what WHOLE has besides; when that cannot be said (too many
   flows or guards), NARROWED becomes WHOLE.  */
void summary_add_guarded (struct escape_summary *narrowed,
			  const struct escape_summary *whole,
			  const struct summary_guard *guards, int nguards);

#ifdef __cplusplus
}
#endif

#endif
