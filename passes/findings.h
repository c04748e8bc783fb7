/* What the rules decide, handed to the plugin to print: one record per
   diagnostic, with the flow that explains it.  Data flows one way:
   GIMPLE -> graph -> solved graph -> findings -> diagnostics.  */

#ifndef ESCAPE_FINDINGS_H
#define ESCAPE_FINDINGS_H

#include "graph.h"
#include "sizes.h"
#include "heap-sites.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The rule ids users grep for; each diagnostic ends with "[escape:NAME]".  */
enum rule_id
{
  RULE_RETURN,
  RULE_STORE,
  RULE_OVERSIZE,
  RULE_VLA,
  RULE_PROMOTE,
  RULE_COUNT
};

const char *rule_name (enum rule_id);		/* "return" */
/* The rule whose short name or "escape:NAME" is TEXT (LEN bytes), or
   RULE_COUNT.  */
enum rule_id rule_lookup (const char *text, size_t len);

enum finding_kind
{
  FINDING_RETURNED,	/* A stack object's address is returned.  */
  FINDING_STORED,	/* ... stored where it outlives the frame.  */
  FINDING_OVERSIZE,	/* A stack object larger than max-stack.  */
  FINDING_VLA_UNKNOWN,	/* A VLA or alloca with no bound.  */
  FINDING_VLA_TOO_LARGE,/* ... bounded, but by more than max-stack.  */
  FINDING_ALLOCA_LOOP,	/* An alloca inside a loop.  */
  REPORT_TOO_LARGE,	/* -m: 'buf' (80000 bytes) is too large...  */
  REPORT_UNKNOWN_SIZE,	/* -m: 'a' has unknown size.  */
  REPORT_RECURSIVE_FRAME,/* -m: largest object of a recursive function.  */
  REPORT_NO_ESCAPE,	/* -m: the object stays in its frame.  */
  REPORT_PARAM,		/* -m: leaking param: 'p' to result...  */
  FINDING_PROMOTE,	/* A heap allocation that could be on the stack.  */
  REPORT_HEAP,		/* -m: a non-escaping allocation's verdict.  */
  REPORT_ESCAPES,	/* -m: the object escapes (same flow as a warning).  */
  REPORT_MAY_ESCAPE	/* -m: passed to code we cannot see.  */
};

/* Why a heap allocation that does not escape can or cannot move to the
   stack, first reason first.  */
enum promote_verdict
{
  PROMOTE_YES,
  PROMOTE_SIZE_UNKNOWN,
  PROMOTE_TOO_LARGE,
  PROMOTE_REALLOCATED,
  PROMOTE_LOOP,
  PROMOTE_NOT_FREED
};

/* Up to this many steps of a flow are printed; longer flows are cut in the
   middle, which never happens on real code but bounds the output.  */
#define MAX_FLOW_STEPS 32

struct finding
{
  enum rule_id rule;
  enum finding_kind kind;
  bool may;			/* Only on some paths.  */
  source_loc where;		/* Where to warn.  */
  loc_id object;		/* The stack object, or NO_LOC.  */
  loc_id sink;			/* Where it went: a sink or an object.  */
  loc_id via;			/* For a store into an escaping object: how
				   that object escaped (a sink), else NO_LOC.  */
  const struct stack_object_size *sized;	/* For the size rules.  */
  unsigned leaks[2];		/* For REPORT_PARAM: enum leak bits...  */
  int depth;			/* ... and the level of the parameter's
				   memory its line speaks of (0, or 1 for
				   all beyond); with a flow (report=2), the
				   level the flow explains.  */
  const struct heap_site *heap;	/* For the promote rule.  */
  enum promote_verdict verdict;	/* For REPORT_HEAP.  */
  int steps[MAX_FLOW_STEPS];	/* Edge indices, in source order.  */
  int nsteps;
  /* Bit I: step I moves not the object but memory that holds it on the
     way to the sink (the node "n" linked into "*head").  */
  unsigned linked;
};

struct findings
{
  struct finding *items;
  int n, cap;
};

struct finding *findings_add (struct findings *);
void findings_clear (struct findings *);

#ifdef __cplusplus
}
#endif

#endif
