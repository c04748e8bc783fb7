/* GIMPLE -> escape graph: the only file that reads GIMPLE statements.

   Every statement becomes edges between locations (graph.h): assignments,
   phis and returns are copies, loads and stores go through what a pointer
   points to, calls apply the callee's summary, GCC's own knowledge of the
   callee (fnspec, EAF flags) or the library table, in that order.  Anything
   not understood sends the values involved to the unknown-call sink ("may
   escape") and yields unknown memory: never a crash, never a silent "does
   not escape".  */

#include "../plugin/compat.h"
#include "build.h"
#include "known-calls.h"
#include "gimple-walk.h"

static struct escape_graph *summarise_bound (const struct summary_table *,
					     const tree *binding,
					     const void *key,
					     struct escape_summary *out);

namespace {

/* Where edge E is taken, pointer PTR is above (LOWER) or below the
   pointer BOUND.  */
struct range_check
{
  tree ptr;
  edge e;
  bool lower;
  tree bound;
};

/* Where E is taken, PTR is not the address of OBJECT (a local): "if (p ==
   stackbuf) return strdup (stackbuf); return p;".  */
struct unequal_check
{
  tree ptr;
  edge e;
  tree object;
};

/* PTR's uses in BB read LOC: PTR narrowed by the checks that hold there.  */
struct narrowed_use
{
  tree ptr;
  basic_block bb;
  int loc;
};

/* How many callees' made memory gets an object of its own (made_by).  */
#define MAX_MADE_OBJECTS 8

struct builder
{
  struct escape_graph *g;
  const struct summary_table *summaries;
  const tree *binding;			/* Bound parameters, or NULL.  */
  unsigned tested;			/* See escape_summary.  */
  bitmap live;				/* With a binding: the blocks it
					   leaves reachable.  */
  hash_map<tree, int> *locs;		/* Decls and SSA names.  */
  hash_map<tree, tree> *vla_of;		/* VLA pointer variable -> VLA decl.  */
  hash_map<tree, int> *param_content;	/* PARM_DECL -> its pointee.  */
  loc_id ret, retained, unknown_call, constant;
  /* What same-file callees made (made_by): one object for each of the
     first MAX_MADE_OBJECTS callees, one for all the others.  */
  tree made_callee[MAX_MADE_OBJECTS];
  loc_id made_object[MAX_MADE_OBJECTS];
  int nmade;
  loc_id made_rest;
  /* The made objects some summary stores into at a known place: only
     those are worth splitting (split_allocations).  */
  auto_vec<loc_id> made_fielded;
  bool returns_rewritten;		/* See generic_return.  */
  /* Statements that may undo an earlier one: stores of a value that is
     not the function's (NULL, a saved value) and calls that release.  */
  auto_vec<gassign *> restores;
  /* memset (&g, 0, sizeof g), an atomic store of NULL: each call and
     the place it clears.  */
  auto_vec<std::pair<gcall *, tree> > clears;
  auto_vec<gcall *> releasers;
  auto_vec<gcall *> restoring_calls;	/* Their summary restores a param.  */
  /* Stores into a local's own memory, and the locals whose address is
     taken other than as a call's argument (local_store_read).  */
  auto_vec<gassign *> local_stores;
  hash_set<tree> address_kept;
  auto_vec<gcall *> address_calls;	/* Calls given an address.  */
  /* Calls of functions the analysis knows nothing about.  */
  auto_vec<gcall *> unknown_calls;
  auto_vec<gcall *> summary_calls;	/* Calls of same-file functions.  */
  /* Loads that take a block off a free list for the function to hand
     out (recycled_blocks).  */
  auto_vec<gassign *> recycled;
  /* Range checks of pointers (see use_of_ssa) and the locations of the
     uses they narrow; BB is the block being built (NULL in phis).  */
  auto_vec<struct range_check> checks;
  auto_vec<struct unequal_check> unequal;
  auto_vec<struct narrowed_use> narrowed;
  basic_block bb;
  /* While a phi's argument is built: the edge it comes in by.  */
  edge phi_edge;
  /* Statements the walks for stores into locals may still visit
     (local_store_read): a function of ten thousand stores into one array
     would make them quadratic.  Spent, a store is kept.  */
  long walk_budget;
};

/* Could a value of TYPE hold an address?  Pointers, integers as wide as a
   pointer (uintptr_t round trips), and aggregates holding either.  */
static bool
may_hold_address (tree type, int depth = 0)
{
  if (!type || type == error_mark_node || depth > 8)
    return true;
  switch (TREE_CODE (type))
    {
    case POINTER_TYPE:
    case REFERENCE_TYPE:
      return true;
    case INTEGER_TYPE:
    case ENUMERAL_TYPE:
      return TYPE_PRECISION (type) >= POINTER_SIZE;
    case BOOLEAN_TYPE:
    case REAL_TYPE:
    case COMPLEX_TYPE:
    case VOID_TYPE:
    case FIXED_POINT_TYPE:
      return false;
    case ARRAY_TYPE:
    case VECTOR_TYPE:
      return may_hold_address (TREE_TYPE (type), depth + 1);
    case RECORD_TYPE:
    case UNION_TYPE:
    case QUAL_UNION_TYPE:
      for (tree f = TYPE_FIELDS (type); f; f = DECL_CHAIN (f))
	if (TREE_CODE (f) == FIELD_DECL
	    && may_hold_address (TREE_TYPE (f), depth + 1))
	  return true;
      return false;
    default:
      return true;
    }
}

static loc_id
new_value (builder &b, tree t)
{
  return loc_add (b.g, LOC_VALUE, NULL, 0, t);
}

static int
add_edge (builder &b, enum edge_form form, loc_id dst, loc_id src,
      enum step_kind step, location_t where, tree expr)
{
  return edge_add (b.g, form, dst, src, step, where, expr);
}

/* The parts of a struct that may hold an address, in bytes from its
   start: nested structs and unions are walked into, an array is one part.  */
struct part
{
  obj_offset offset, size;
};

static bool
collect_parts (tree type, obj_offset at, part *parts, int *n, int depth)
{
  for (tree f = TYPE_FIELDS (type); f; f = DECL_CHAIN (f))
    {
      if (TREE_CODE (f) != FIELD_DECL || !may_hold_address (TREE_TYPE (f)))
	continue;
      if (TREE_CODE (DECL_FIELD_OFFSET (f)) != INTEGER_CST
	  || !DECL_SIZE_UNIT (f) || !tree_fits_shwi_p (DECL_SIZE_UNIT (f))
	  || DECL_BIT_FIELD (f))
	return false;
      obj_offset offset = at + int_byte_position (f);
      obj_offset size = tree_to_shwi (DECL_SIZE_UNIT (f));
      /* A flexible array member has no size of its own.  */
      if (size <= 0)
	return false;
      tree ft = TREE_TYPE (f);
      if (RECORD_OR_UNION_TYPE_P (ft) && depth < 4)
	{
	  if (!collect_parts (ft, offset, parts, n, depth + 1))
	    return false;
	  continue;
	}
      if (*n == MAX_FIELDS)
	return false;
      parts[*n].offset = offset;
      parts[*n].size = size;
      ++*n;
    }
  return true;
}

/* The caller's struct behind a pointer parameter is split only when small:
   each of its fields leads to memory of its own, and a big struct's many
   such would cost more in every set than its summary gains.  16, not 8:
   a struct left whole is read whole, every field's memory for one field's
   (pcre2's match_block, lua's LexState with 10 such parts, lemon's
   pstate with 15), and sqlite3.c takes no longer.  */
#define MAX_PARAM_FIELDS 16

/* Split OBJ, of TYPE, into fields when it is a struct or union with two
   to MAX_PARTS parts that may hold an address.  When none starts the
   struct ("struct { int kind; char *name; ... }"), the bytes before the
   first become a field too, while MAX_PARTS allows: a pointer to the
   struct then points to a field, its start, and "p->name" reads only
   that field, where a pointer to no field's start would read them all.
   Returns whether it did: those bytes are then OBJ's first field.
   Must come right after OBJ is made.  */
static bool
split_object (builder &b, loc_id obj, tree type, int max_parts = MAX_FIELDS)
{
  if (!type || !RECORD_OR_UNION_TYPE_P (type) || !COMPLETE_TYPE_P (type)
      || !tree_fits_shwi_p (TYPE_SIZE_UNIT (type)))
    return false;
  part parts[MAX_FIELDS];
  int n = 0;
  if (!collect_parts (type, 0, parts, &n, 0) || n < 2 || n > max_parts)
    return false;
  obj_offset first = parts[0].offset;
  for (int i = 1; i < n; i++)
    first = MIN (first, parts[i].offset);
  bool leading = first > 0 && n < max_parts;
  if (leading)
    field_add (b.g, obj, 0, first);
  for (int i = 0; i < n; i++)
    field_add (b.g, obj, parts[i].offset, parts[i].size);
  return leading;
}

/* Does TYPE hold a pointer in the SIZE bytes at OFFSET (integers wide
   enough for an address aside)?  */
static bool
pointer_within (tree type, obj_offset offset, obj_offset size, int depth)
{
  if (depth > 8)
    return true;
  if (POINTER_TYPE_P (type))
    return true;
  if (TREE_CODE (type) == ARRAY_TYPE)
    return pointer_within (TREE_TYPE (type), 0, SIZE_UNKNOWN, depth + 1);
  if (!RECORD_OR_UNION_TYPE_P (type))
    return false;
  for (tree f = TYPE_FIELDS (type); f; f = DECL_CHAIN (f))
    {
      if (TREE_CODE (f) != FIELD_DECL)
	continue;
      if (TREE_CODE (DECL_FIELD_OFFSET (f)) != INTEGER_CST
	  || !DECL_SIZE_UNIT (f) || !tree_fits_shwi_p (DECL_SIZE_UNIT (f)))
	return true;
      obj_offset at = int_byte_position (f);
      obj_offset len = tree_to_shwi (DECL_SIZE_UNIT (f));
      if (size != SIZE_UNKNOWN && offset != OFFSET_UNKNOWN
	  && (at >= offset + size || offset >= at + len))
	continue;
      if (pointer_within (TREE_TYPE (f), offset == OFFSET_UNKNOWN
			  ? OFFSET_UNKNOWN : offset - at,
			  size, depth + 1))
	return true;
    }
  return false;
}

static loc_id
param_content (builder &b, tree parm)
{
  if (int *l = b.param_content->get (parm))
    return *l;
  return NO_LOC;
}

static loc_id
loc_for_decl (builder &b, tree decl)
{
  if (int *l = b.locs->get (decl))
    return *l;
  loc_id l;
  switch (TREE_CODE (decl))
    {
    case VAR_DECL:
      if (is_global_var (decl) && TREE_READONLY (decl)
	  && !may_hold_address (TREE_TYPE (decl)))
	/* A const table of characters or numbers (dash's syntax tables):
	   like a string literal, it holds no address and takes none.  */
	l = b.constant;
      else if (is_global_var (decl))
	l = loc_add (b.g, LOC_GLOBAL, decl_name_or_null (decl),
		     DECL_SOURCE_LOCATION (decl), decl);
      else
	{
	  l = loc_add (b.g, LOC_STACK, decl_name_or_null (decl),
		       DECL_SOURCE_LOCATION (decl), decl);
	  split_object (b, l, TREE_TYPE (decl));
	  if (is_compound_literal (decl))
	    loc_get (b.g, l)->stack_kind = STACK_COMPOUND_LITERAL;
	}
      break;
    case PARM_DECL:
      {
	l = loc_add (b.g, LOC_STACK, decl_name_or_null (decl),
		     DECL_SOURCE_LOCATION (decl), decl);
	split_object (b, l, TREE_TYPE (decl));
	loc_get (b.g, l)->stack_kind = STACK_PARAMETER;
	loc_id pc = param_content (b, decl);
	/* A struct passed by value: its pointer fields point to the
	   caller's memory, each of them (its integers are its own).  */
	const escape_loc *o = loc_get (b.g, l);
	int nfields = o->nfields;
	loc_id first = o->first_field;
	if (pc != NO_LOC)
	  for (int f = 0; f < (nfields ? nfields : 1); f++)
	    if (!nfields
		|| pointer_within (TREE_TYPE (decl),
				   loc_get (b.g, first + f)->offset,
				   loc_get (b.g, first + f)->size, 0))
	      add_edge (b, EDGE_ADDRESS, nfields ? first + f : l, pc,
			STEP_ADDRESS, DECL_SOURCE_LOCATION (decl), decl);
	break;
      }
    case RESULT_DECL:
      l = b.ret;
      break;
    default:
      /* Functions, labels, constants: never stack memory.  */
      l = b.constant;
      break;
    }
  b.locs->put (decl, l);
  return l;
}

static loc_id
loc_for_ssa (builder &b, tree name)
{
  if (int *l = b.locs->get (name))
    return *l;
  loc_id l = new_value (b, name);
  tree var = SSA_NAME_VAR (name);
  if (SSA_NAME_IS_DEFAULT_DEF (name) && var && TREE_CODE (var) == PARM_DECL)
    {
      loc_id pc = param_content (b, var);
      if (pc != NO_LOC)
	add_edge (b, EDGE_ADDRESS, l, pc, STEP_ADDRESS,
	      DECL_SOURCE_LOCATION (var), var);
    }
  b.locs->put (name, l);
  return l;
}

/* Range checks.  C compares pointers for order only inside one object
   (C11 6.5.8), and code that tests "lo <= p && p < hi", as a pool
   allocator does before it takes p back onto its free list, means "p
   points into the object lo and hi point into": on the paths where both
   tests hold, p's uses keep only the objects the bounds may point to.
   The caller's objects, behind parameters, may be one another's: what the
   narrowing leaves out of a summary goes back in, guarded
   (summarise_bound).  */

/* Off while the builder makes a function's graph with its range checks
   ignored, for the guarded flows of its summary (summarise_bound).  */
static bool narrowing = true;

/* The pointer T is, or is converted from (uintptr_t) p; else NULL.  */
static tree
compared_pointer (tree t)
{
  for (int depth = 0; depth < 4 && TREE_CODE (t) == SSA_NAME; depth++)
    {
      tree type = TREE_TYPE (t);
      if (POINTER_TYPE_P (type))
	return t;
      if (!INTEGRAL_TYPE_P (type) || TYPE_PRECISION (type) < POINTER_SIZE)
	return NULL_TREE;
      gassign *def = dyn_cast<gassign *> (SSA_NAME_DEF_STMT (t));
      if (!def || !CONVERT_EXPR_CODE_P (gimple_assign_rhs_code (def)))
	return NULL_TREE;
      t = gimple_assign_rhs1 (def);
    }
  return NULL_TREE;
}

/* Where E is taken, "A CODE C" holds.  */
static void
note_order (builder &b, enum tree_code code, tree a, tree c, edge e)
{
  bool a_below = code == LT_EXPR || code == LE_EXPR;
  if (!a_below && code != GT_EXPR && code != GE_EXPR)
    return;
  tree pa = compared_pointer (a), pc = compared_pointer (c);
  if (!pa || !pc || pa == pc)
    return;
  range_check ca = { pa, e, !a_below, pc }, cc = { pc, e, a_below, pa };
  b.checks.safe_push (ca);
  b.checks.safe_push (cc);
}

/* Where E is taken, the condition T (a comparison, or an "and" of them,
   as ifcombine leaves "lo <= p && p < hi") is true.  */
static void
note_conjuncts (builder &b, tree t, edge e, int depth = 0)
{
  gassign *def = TREE_CODE (t) == SSA_NAME
		 ? dyn_cast<gassign *> (SSA_NAME_DEF_STMT (t)) : NULL;
  if (!def || depth > 4)
    return;
  enum tree_code code = gimple_assign_rhs_code (def);
  if (code == BIT_AND_EXPR && TREE_CODE (TREE_TYPE (t)) == BOOLEAN_TYPE)
    {
      note_conjuncts (b, gimple_assign_rhs1 (def), e, depth + 1);
      note_conjuncts (b, gimple_assign_rhs2 (def), e, depth + 1);
    }
  else if (TREE_CODE_CLASS (code) == tcc_comparison)
    note_order (b, code, gimple_assign_rhs1 (def), gimple_assign_rhs2 (def),
		e);
}

static void
note_range_checks (builder &b, gcond *cond)
{
  edge te, fe;
  extract_true_false_edges_from_block (gimple_bb (cond), &te, &fe);
  enum tree_code code = gimple_cond_code (cond);
  tree lhs = gimple_cond_lhs (cond), rhs = gimple_cond_rhs (cond);
  if (!hinted_comparison (cond, &code, &lhs, &rhs)
      && (code == NE_EXPR || code == EQ_EXPR) && integer_zerop (rhs))
    note_conjuncts (b, lhs, code == NE_EXPR ? te : fe);
  else
    {
      note_order (b, code, lhs, rhs, te);
      note_order (b, invert_tree_comparison (code, false), lhs, rhs, fe);
    }
}

/* The local whose address T is, exactly (&x, not &x.f or &x[2]), through
   copies and conversions; else NULL_TREE.  */
static tree
exact_address_of (tree t)
{
  for (int depth = 0; depth < 8 && TREE_CODE (t) == SSA_NAME; depth++)
    {
      gassign *def = dyn_cast<gassign *> (SSA_NAME_DEF_STMT (t));
      if (!def || !(gimple_assign_single_p (def) || gimple_assign_cast_p (def)))
	return NULL_TREE;
      t = gimple_assign_rhs1 (def);
    }
  if (TREE_CODE (t) != ADDR_EXPR)
    return NULL_TREE;
  tree object = TREE_OPERAND (t, 0);
  return VAR_P (object) && !is_global_var (object) ? object : NULL_TREE;
}

/* May NAME hold an address inside OBJECT other than its start?  Its
   definitions, through copies, conversions and phis, must give OBJECT's
   address exactly, or values that cannot point into it: "p != buf" says
   nothing of "buf + n".  */
static bool
may_point_inside (tree name, tree object)
{
  hash_set<tree> seen;
  auto_vec<tree, 8> work;
  work.safe_push (name);
  while (!work.is_empty ())
    {
      tree t = work.pop ();
      if (TREE_CODE (t) == INTEGER_CST)
	continue;
      if (TREE_CODE (t) == ADDR_EXPR)
	{
	  tree base = get_base_address (TREE_OPERAND (t, 0));
	  if (base == object && TREE_OPERAND (t, 0) != object)
	    return true;
	  continue;
	}
      if (TREE_CODE (t) != SSA_NAME)
	return true;
      if (seen.add (t))
	continue;
      if (seen.elements () > 32)
	return true;
      if (SSA_NAME_IS_DEFAULT_DEF (t))
	continue;
      gimple *def = SSA_NAME_DEF_STMT (t);
      if (gphi *phi = dyn_cast<gphi *> (def))
	{
	  for (unsigned i = 0; i < gimple_phi_num_args (phi); i++)
	    work.safe_push (gimple_phi_arg_def (phi, i));
	  continue;
	}
      if (gassign *a = dyn_cast<gassign *> (def))
	{
	  if (!gimple_assign_single_p (a) && !gimple_assign_cast_p (a))
	    return true;
	  tree rhs = gimple_assign_rhs1 (a);
	  /* A load: memory may hold anything.  */
	  if (TREE_CODE (rhs) != SSA_NAME && TREE_CODE (rhs) != ADDR_EXPR
	      && TREE_CODE (rhs) != INTEGER_CST)
	    return true;
	  work.safe_push (rhs);
	  continue;
	}
      /* What a call returns points into OBJECT only if it was given OBJECT
	 (strchr (buf, c)); an allocator's result never does.  */
      gcall *call = dyn_cast<gcall *> (def);
      if (!call)
	return true;
      if (gimple_call_flags (call) & ECF_MALLOC)
	continue;
      for (unsigned i = 0; i < gimple_call_num_args (call); i++)
	{
	  tree arg = gimple_call_arg (call, i);
	  if (TREE_CODE (arg) == SSA_NAME || TREE_CODE (arg) == ADDR_EXPR)
	    work.safe_push (arg);
	}
      /* Given OBJECT's start, it may return a pointer past it.  */
      for (unsigned i = 0; i < gimple_call_num_args (call); i++)
	if (exact_address_of (gimple_call_arg (call, i)) == object)
	  return true;
    }
  return false;
}

/* Where the tests of COND hold that a pointer is not a local's address,
   note them (see use_of_ssa).  */
static void
note_unequal_checks (builder &b, gcond *cond)
{
  /* Also when written with a branch hint: "if (unlikely (p == buf))".  */
  enum tree_code code = gimple_cond_code (cond);
  tree lhs = gimple_cond_lhs (cond), rhs = gimple_cond_rhs (cond);
  hinted_comparison (cond, &code, &lhs, &rhs);
  if (code != EQ_EXPR && code != NE_EXPR)
    return;
  tree object = exact_address_of (rhs);
  tree ptr = compared_pointer (lhs);
  if (!object)
    {
      object = exact_address_of (lhs);
      ptr = compared_pointer (rhs);
    }
  if (!object || !ptr || may_point_inside (ptr, object))
    return;
  edge te, fe;
  extract_true_false_edges_from_block (gimple_bb (cond), &te, &fe);
  unequal_check c = { ptr, code == NE_EXPR ? te : fe, object };
  b.unequal.safe_push (c);
}

/* Does a check taken on edge E hold in block BB, or on the phi edge
   PHI_EDGE (when given)?  */
static bool
holds_after (edge e, basic_block bb, edge phi_edge)
{
  if (phi_edge == e)
    return true;
  return single_pred_p (e->dest)
	 && dominated_by_p (CDI_DOMINATORS, bb, e->dest);
}

/* Does C hold in block BB?  */
static bool
check_holds (const range_check &c, basic_block bb)
{
  return holds_after (c.e, bb, NULL);
}

/* The location a use of NAME in the block being built reads: NAME's, or
   NAME narrowed by range checks bounding it from both sides there, and
   without the locals it was tested unequal to.  */
static loc_id
use_of_ssa (builder &b, tree name, location_t where)
{
  loc_id l = loc_for_ssa (b, name);
  if (!b.bb || (b.checks.is_empty () && b.unequal.is_empty ()))
    return l;
  if (!b.phi_edge)
    for (const narrowed_use &u : b.narrowed)
      if (u.ptr == name && u.bb == b.bb)
	return u.loc;
  auto_vec<const range_check *, 8> holding;
  bool lower = false, upper = false;
  for (const range_check &c : b.checks)
    if (c.ptr == name && check_holds (c, b.bb))
      {
	holding.safe_push (&c);
	(c.lower ? lower : upper) = true;
      }
  loc_id narrowed = l;
  if (lower && upper)
    for (const range_check *c : holding)
      {
	loc_id next = new_value (b, name);
	edge_add_filter (b.g, next, narrowed, loc_for_ssa (b, c->bound),
			 where, name);
	narrowed = next;
      }
  for (const unequal_check &c : b.unequal)
    if (c.ptr == name && holds_after (c.e, b.bb, b.phi_edge))
      {
	loc_id next = new_value (b, name);
	edge_add_exclude (b.g, next, narrowed, loc_for_decl (b, c.object),
			  where, name);
	narrowed = next;
      }
  if (narrowed != l && !b.phi_edge)
    {
      narrowed_use u = { name, b.bb, narrowed };
      b.narrowed.safe_push (u);
    }
  return narrowed;
}

/* A value as "location L with DEREF dereferences", Go's hole: -1 is the
   address of L (OFFSET bytes into it), 0 its contents (for an object, the
   SIZE bytes at OFFSET), 1 the SIZE bytes at OFFSET from where L's
   contents point.  Deeper values are made by loading into temporaries.  */
struct value
{
  loc_id loc;
  int deref;
  obj_offset offset, size;
};

static value
make_value (loc_id loc, int deref, obj_offset offset = 0,
	    obj_offset size = SIZE_UNKNOWN)
{
  value v = { loc, deref, offset, size };
  return v;
}

static obj_offset
add_offsets (obj_offset a, obj_offset b)
{
  return a == OFFSET_UNKNOWN || b == OFFSET_UNKNOWN ? OFFSET_UNKNOWN : a + b;
}

static void flow_to_unknown (builder &, tree, location_t,
			     enum step_kind = STEP_COPY);
static value value_of (builder &, tree, location_t);

/* DST <- V.  */
static void
assign (builder &b, loc_id dst, value v, enum step_kind step,
	location_t where, tree expr)
{
  if (v.loc == NO_LOC || dst == NO_LOC)
    return;
  if (v.deref < 0)
    edge_add_at (b.g, EDGE_ADDRESS, dst, v.loc, v.offset, SIZE_UNKNOWN,
		 STEP_ADDRESS, where, expr);
  else if (v.deref == 0)
    {
      loc_id parts[MAX_FIELDS];
      int n = field_select (b.g, v.loc, v.offset, v.size, parts, MAX_FIELDS);
      for (int i = 0; i < n; i++)
	add_edge (b, EDGE_COPY, dst, parts[i], step, where, expr);
    }
  else
    edge_add_at (b.g, EDGE_LOAD, dst, v.loc, v.offset, v.size, STEP_LOAD,
		 where, expr);
}

/* Make V plain contents of one location, adding a temporary unless it
   already is.  */
static loc_id
materialize (builder &b, value v, enum step_kind step, location_t where,
	     tree expr)
{
  if (v.loc == NO_LOC
      || (v.deref == 0 && !loc_get (b.g, v.loc)->nfields))
    return v.loc;
  if (v.deref == 0)
    {
      /* One field is a location of its own.  */
      loc_id parts[MAX_FIELDS];
      if (field_select (b.g, v.loc, v.offset, v.size, parts, MAX_FIELDS)
	  == 1)
	return parts[0];
    }
  loc_id tmp = new_value (b, NULL_TREE);
  assign (b, tmp, v, step, where, expr);
  return tmp;
}

/* What V points to: SIZE bytes at OFFSET from it.  */
static value
deref_value (builder &b, value v, obj_offset offset, obj_offset size,
	     location_t where, tree expr)
{
  if (v.loc == NO_LOC)
    return v;
  if (v.deref < 0)
    return make_value (v.loc, 0, add_offsets (v.offset, offset), size);
  loc_id p = materialize (b, v, STEP_LOAD, where, expr);
  return make_value (p, 1, offset, size);
}

/* V moved by OFFSET bytes: pointer arithmetic.  */
static value
shift_value (builder &b, value v, obj_offset offset, location_t where,
	     tree expr)
{
  if (v.loc == NO_LOC || offset == 0)
    return v;
  if (v.deref < 0)
    {
      v.offset = add_offsets (v.offset, offset);
      return v;
    }
  loc_id p = materialize (b, v, STEP_COPY, where, expr);
  loc_id moved = new_value (b, NULL_TREE);
  edge_add_at (b.g, EDGE_COPY, moved, p, offset, SIZE_UNKNOWN, STEP_COPY,
	       where, expr);
  return make_value (moved, 0);
}

/* Bits to bytes, rounding the start down and the end up; OFFSET_UNKNOWN
   and SIZE_UNKNOWN for what is not a constant.  */
static void
byte_extent (poly_int64 bitpos, poly_int64 maxsize, obj_offset *offset,
	     obj_offset *size)
{
  HOST_WIDE_INT pos, max;
  *offset = OFFSET_UNKNOWN;
  *size = SIZE_UNKNOWN;
  if (!bitpos.is_constant (&pos))
    return;
  *offset = pos >= 0 ? pos / BITS_PER_UNIT
	    : -((-pos + BITS_PER_UNIT - 1) / BITS_PER_UNIT);
  if (maxsize.is_constant (&max) && max > 0)
    *size = (pos + max + BITS_PER_UNIT - 1) / BITS_PER_UNIT - *offset;
}

/* The constant byte offset of a MEM_REF, or OFFSET_UNKNOWN.  */
static obj_offset
mem_offset (tree mem)
{
  if (TREE_CODE (mem) != MEM_REF)
    return OFFSET_UNKNOWN;
  poly_int64 off;
  HOST_WIDE_INT c;
  if (!mem_ref_offset (mem).to_shwi (&off) || !off.is_constant (&c))
    return OFFSET_UNKNOWN;
  return c;
}

/* A memory reference: a part of a local or global, or memory reached
   through a pointer (a MEM_REF at its base).  */
static value
ref_value (builder &b, tree t, location_t where)
{
  poly_int64 bitpos, bitsize, maxsize;
  bool reverse;
  tree base = get_ref_base_and_extent (t, &bitpos, &bitsize, &maxsize,
				       &reverse);
  obj_offset offset, size;
  byte_extent (bitpos, maxsize, &offset, &size);
  if (!base)
    ;
  else if (TREE_CODE (base) == SSA_NAME)
    return make_value (loc_for_ssa (b, base), 0);
  else if (VAR_P (base) || TREE_CODE (base) == PARM_DECL
	   || TREE_CODE (base) == RESULT_DECL)
    return make_value (loc_for_decl (b, base), 0, offset, size);
  else if (TREE_CODE (base) == MEM_REF || TREE_CODE (base) == TARGET_MEM_REF)
    {
      value ptr = value_of (b, TREE_OPERAND (base, 0), where);
      return deref_value (b, ptr, add_offsets (mem_offset (base), offset),
			  size, where, t);
    }
  else if (CONSTANT_CLASS_P (base) || TREE_CODE (base) == CONST_DECL
	   || TREE_CODE (base) == FUNCTION_DECL
	   || TREE_CODE (base) == LABEL_DECL)
    return make_value (b.constant, -1);
  /* Not modelled: whatever went in may escape, what comes out is unknown.  */
  if (base && base != t)
    flow_to_unknown (b, base, where);
  return make_value (loc_unknown_memory (b.g), 0);
}

/* &T: an object's address, OFFSET bytes in when that is a constant; or a
   pointer moved (&p->f is p plus f's offset).  */
static value
address_value (builder &b, tree t, location_t where)
{
  tree op = TREE_OPERAND (t, 0);
  poly_int64 bitpos, bitsize, maxsize;
  bool reverse;
  tree base = get_ref_base_and_extent (op, &bitpos, &bitsize, &maxsize,
				       &reverse);
  obj_offset offset = OFFSET_UNKNOWN, size;
  HOST_WIDE_INT pos;
  /* A variable index leaves the place inside the object unknown.  */
  if (known_eq (bitsize, maxsize) && bitpos.is_constant (&pos)
      && pos % BITS_PER_UNIT == 0)
    byte_extent (bitpos, maxsize, &offset, &size);
  if (!base)
    ;
  else if (TREE_CODE (base) == MEM_REF || TREE_CODE (base) == TARGET_MEM_REF)
    return shift_value (b, value_of (b, TREE_OPERAND (base, 0), where),
			add_offsets (mem_offset (base), offset), where, t);
  else if (TREE_CODE (base) == RESULT_DECL)
    /* The caller's return slot is the caller's memory.  */
    return make_value (b.constant, -1);
  else if (DECL_P (base) && TREE_CODE (base) != FUNCTION_DECL
	   && TREE_CODE (base) != LABEL_DECL && TREE_CODE (base) != CONST_DECL)
    {
      value v = make_value (loc_for_decl (b, base), -1, offset);
      loc_get (b.g, v.loc)->address_taken = true;
      return v;
    }
  /* String literals, functions, labels and other constants.  */
  return make_value (b.constant, -1);
}

/* The references value_of reads through ref_value.  */
static bool
modelled_reference (tree t)
{
  switch (TREE_CODE (t))
    {
    case MEM_REF:
    case TARGET_MEM_REF:
    case COMPONENT_REF:
    case ARRAY_REF:
    case ARRAY_RANGE_REF:
    case BIT_FIELD_REF:
    case REALPART_EXPR:
    case IMAGPART_EXPR:
    case VIEW_CONVERT_EXPR:
      return true;
    default:
      return false;
    }
}

static value
value_of (builder &b, tree t, location_t where)
{
  if (modelled_reference (t))
    return ref_value (b, t, where);
  switch (TREE_CODE (t))
    {
    case SSA_NAME:
      return make_value (use_of_ssa (b, t, where), 0);
    case VAR_DECL:
    case PARM_DECL:
    case RESULT_DECL:
      return make_value (loc_for_decl (b, t), 0, 0,
			 DECL_SIZE_UNIT (t) && tree_fits_shwi_p (DECL_SIZE_UNIT (t))
			 ? tree_to_shwi (DECL_SIZE_UNIT (t)) : SIZE_UNKNOWN);
    case ADDR_EXPR:
      return address_value (b, t, where);
    case OBJ_TYPE_REF:
      return value_of (b, OBJ_TYPE_REF_EXPR (t), where);
    case WITH_SIZE_EXPR:
      return value_of (b, TREE_OPERAND (t, 0), where);
    case INTEGER_CST:
    case REAL_CST:
    case FIXED_CST:
    case COMPLEX_CST:
    case VECTOR_CST:
    case STRING_CST:
    case CONSTRUCTOR:
      /* Constructors left in GIMPLE are constants or empty ({} clears);
	 a null or constant address is not stack memory.  */
      return make_value (b.constant, -1);
    default:
      break;
    }
  /* Not modelled: whatever went in may escape, what comes out is unknown.  */
  flow_to_unknown (b, t, where);
  return make_value (loc_unknown_memory (b.g), 0);
}

/* Is the SIZE bytes at OFFSET a place whose fields can be told apart?  */
static bool
known_extent (obj_offset offset, obj_offset size)
{
  return offset != OFFSET_UNKNOWN && size > 0;
}

/* Write V into the place LHS names: a local or a part of it, a global, or
   memory reached through a pointer.  A struct copied into a split object,
   or out of one, goes field by field.  */
static void
write_to (builder &b, tree lhs, value v, location_t where)
{
  if (v.loc == NO_LOC)
    return;
  if (TREE_CODE (lhs) == SSA_NAME)
    {
      assign (b, loc_for_ssa (b, lhs), v, STEP_COPY, where, lhs);
      return;
    }
  value place = DECL_P (lhs) ? value_of (b, lhs, where)
		: ref_value (b, lhs, where);
  if (place.loc == NO_LOC)
    return;
  tree base = get_base_address (lhs);
  bool into_memory = lhs != base || !base || is_global_var (base)
		     || TREE_CODE (base) == RESULT_DECL;
  enum step_kind step = into_memory ? STEP_STORE : STEP_COPY;
  loc_id parts[MAX_FIELDS];
  if (place.deref == 0)
    {
      int n = field_select (b.g, place.loc, place.offset, place.size, parts,
			    MAX_FIELDS);
      bool fieldwise = n > 1 && known_extent (place.offset, place.size)
		       && v.deref >= 0 && v.offset != OFFSET_UNKNOWN;
      if (n > 1 && !fieldwise)
	v = make_value (materialize (b, v, step, where, lhs), 0);
      for (int i = 0; i < n; i++)
	{
	  value part = v;
	  if (fieldwise)
	    {
	      const escape_loc *f = loc_get (b.g, parts[i]);
	      part.offset = v.offset + (f->offset - place.offset);
	      part.size = f->size;
	    }
	  assign (b, parts[i], part, step, where, lhs);
	}
      return;
    }
  if (place.deref == 1)
    {
      int n = 0;
      if (v.deref == 0 && loc_get (b.g, v.loc)->nfields
	  && known_extent (v.offset, v.size)
	  && place.offset != OFFSET_UNKNOWN)
	n = field_select (b.g, v.loc, v.offset, v.size, parts, MAX_FIELDS);
      if (n > 1)
	for (int i = 0; i < n; i++)
	  {
	    const escape_loc *f = loc_get (b.g, parts[i]);
	    edge_add_at (b.g, EDGE_STORE, place.loc, parts[i],
			 place.offset + (f->offset - v.offset), f->size,
			 STEP_STORE, where, lhs);
	  }
      else
	{
	  loc_id src = materialize (b, v, STEP_COPY, where, lhs);
	  edge_add_at (b.g, EDGE_STORE, place.loc, src, place.offset,
		       place.size, STEP_STORE, where, lhs);
	}
      return;
    }
  /* Memory we do not model: what goes there may go anywhere.  */
  assign (b, loc_unknown_memory (b.g), v, STEP_STORE, where, lhs);
}

/* T's values (and what they point to) may escape into unknown code: by
   STEP_CALL_ARG an indirect call's, by STEP_COPY code the analysis cannot
   see (an asm, an expression it does not model).  */
static void
flow_to_unknown (builder &b, tree t, location_t where, enum step_kind step)
{
  if (!t)
    return;
  /* Values and places value_of models (a FIELD_DECL, met inside a
     COMPONENT_REF, is not one: value_of would hand it back here).  */
  if (TREE_CODE (t) == SSA_NAME || VAR_P (t) || TREE_CODE (t) == PARM_DECL
      || TREE_CODE (t) == RESULT_DECL || TREE_CODE (t) == ADDR_EXPR
      || modelled_reference (t))
    {
      assign (b, b.unknown_call, value_of (b, t, where), step, where, t);
      return;
    }
  if (EXPR_P (t))
    for (int i = 0; i < TREE_OPERAND_LENGTH (t); i++)
      if (TREE_OPERAND (t, i))
	flow_to_unknown (b, TREE_OPERAND (t, i), where, step);
}

/* A test the path from a statement is known to have passed: COND took
   its true edge (TRUE_EDGE) or its false one.  */
struct known_test
{
  gcond *cond;
  bool true_edge;
  /* Only COND itself, on the way out of the walk's first block: a call's
     own result test ("if (pthread_create (...) != 0)"); met again around
     a loop, it tests another call, which may fail.  */
  bool itself;
};

struct stop_walk
{
  const vec<gimple *> *stops;
  /* Statements that fail a path reaching them before a stop (a thread
     started anew into the same handle), or NULL.  */
  const vec<gimple *> *again = NULL;
  auto_vec<known_test, 8> known;
  /* Set once the walk has left its first block: a known test "itself"
     holds for the way out of the start only.  */
  mutable bool left_start = false;
};

/* A path reaching the exit fails; one through a stop ends there.  */
static enum walk_step
visit_for_stops (basic_block bb, void *data)
{
  const stop_walk *w = (const stop_walk *) data;
  w->left_start = true;
  if (bb == EXIT_BLOCK_PTR_FOR_FN (cfun))
    return WALK_FAIL;
  for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
       gsi_next (&gsi))
    {
      if (w->stops->contains (gsi_stmt (gsi)))
	return WALK_STOP;
      if (w->again && w->again->contains (gsi_stmt (gsi)))
	return WALK_FAIL;
    }
  return WALK_ON;
}

/* Does T hold one value for the whole call: a constant, a parameter's
   incoming value, or an SSA name set outside every loop?  */
static bool
value_of_the_call (tree t)
{
  if (is_gimple_min_invariant (t))
    return true;
  if (TREE_CODE (t) != SSA_NAME)
    return false;
  if (SSA_NAME_IS_DEFAULT_DEF (t))
    return true;
  basic_block bb = gimple_bb (SSA_NAME_DEF_STMT (t));
  return current_loops && bb && bb->loop_father
	 && !loop_outer (bb->loop_father);
}

/* Does C test what K tested, on values that do not change during the
   call: the same comparison (SAME set) or its inverse (SAME clear)?  */
static bool
same_test (gcond *c, gcond *k, bool *same)
{
  if (!operand_equal_p (gimple_cond_lhs (c), gimple_cond_lhs (k), 0)
      || !operand_equal_p (gimple_cond_rhs (c), gimple_cond_rhs (k), 0)
      || !value_of_the_call (gimple_cond_lhs (c))
      || !value_of_the_call (gimple_cond_rhs (c)))
    return false;
  enum tree_code code = gimple_cond_code (k);
  if (gimple_cond_code (c) == code)
    *same = true;
  else if (gimple_cond_code (c)
	   == invert_tree_comparison (code, HONOR_NANS (gimple_cond_lhs (k))))
    *same = false;
  else
    return false;
  return true;
}

/* "if (!out) p->next = buf; ...; if (!out) p->next = NULL;": a path that
   passed one test takes the same way at the same test again.  */
static bool
follow_known (edge e, void *data)
{
  const stop_walk *w = (const stop_walk *) data;
  gcond *c = safe_dyn_cast<gcond *> (last_stmt (e->src));
  if (!c || !(e->flags & (EDGE_TRUE_VALUE | EDGE_FALSE_VALUE)))
    return true;
  for (const known_test &k : w->known)
    {
      bool same = true;
      if (k.itself ? c == k.cond && !w->left_start
		   : same_test (c, k.cond, &same))
	return ((e->flags & EDGE_TRUE_VALUE) != 0) == (k.true_edge == same);
    }
  return true;
}

/* The tests every path to BB passed on its way from the blocks above it
   that have one way in.  */
static void
tests_passed (basic_block bb, vec<known_test> &out)
{
  for (int n = 0; n < 16 && single_pred_p (bb); n++)
    {
      edge e = single_pred_edge (bb);
      if (gcond *c = safe_dyn_cast<gcond *> (last_stmt (e->src)))
	if (e->flags & (EDGE_TRUE_VALUE | EDGE_FALSE_VALUE))
	  out.safe_push ({ c, (e->flags & EDGE_TRUE_VALUE) != 0, false });
      bb = e->src;
    }
}

/* Does every path from FROM (the function's entry when NULL) to its exit
   run one of STOPS first?  A path that ends in a call that never returns
   (abort, a parser's longjmp-ing error routine) leaves the frame alive and
   needs none.  This is post-dominance by a set of statements, without the
   fake edges to the exit that GCC's post-dominators give such dead ends,
   and without touching the function's dominance information.  */
static bool
every_path_through (gimple *from, const vec<gimple *> &stops,
		    gcond *known = NULL, bool known_edge = false,
		    const vec<gimple *> *again = NULL)
{
  if (stops.is_empty ())
    return false;
  basic_block start
    = from ? gimple_bb (from) : single_succ (ENTRY_BLOCK_PTR_FOR_FN (cfun));
  gimple_stmt_iterator gsi = from ? gsi_for_stmt (from) : gsi_start_bb (start);
  if (from)
    gsi_next (&gsi);
  for (; !gsi_end_p (gsi); gsi_next (&gsi))
    {
      if (stops.contains (gsi_stmt (gsi)))
	return true;
      if (again && again->contains (gsi_stmt (gsi)))
	return false;
    }
  stop_walk w;
  w.stops = &stops;
  w.again = again;
  if (known)
    w.known.safe_push ({ known, known_edge, true });
  if (from)
    tests_passed (start, w.known);
  return walk_paths (start, visit_for_stops, &w, follow_known);
}

/* Memory that outlives the frame, named the same way each time: a global,
   or a place reached through a pointer (p->last, *out).  */
static bool
lasting_place (tree lhs)
{
  tree base = get_base_address (lhs);
  return base
	 && ((DECL_P (base) && is_global_var (base))
	     || TREE_CODE (base) == MEM_REF || TREE_CODE (base) == TARGET_MEM_REF);
}

/* The memory an SSA value was loaded from, following copies; else T.  */
static tree
loaded_from (tree t)
{
  for (int depth = 0; TREE_CODE (t) == SSA_NAME && depth < 8; depth++)
    {
      gassign *def = dyn_cast<gassign *> (SSA_NAME_DEF_STMT (t));
      if (!def || !gimple_assign_single_p (def))
	break;
      t = gimple_assign_rhs1 (def);
    }
  return t;
}

/* The one value T holds through the phis setjmp's abnormal edges bring
   ("ctx_8(ab) = PHI <ctx_23, ctx_9(ab)>": a local pointer kept across
   cexcept's Try), an uninitialised entry value aside; else T.  */
static tree
through_phis (tree t)
{
  if (TREE_CODE (t) != SSA_NAME
      || gimple_code (SSA_NAME_DEF_STMT (t)) != GIMPLE_PHI)
    return t;
  hash_set<tree> seen;
  auto_vec<tree, 8> work;
  tree only = NULL_TREE;
  work.safe_push (t);
  while (!work.is_empty ())
    {
      tree v = work.pop ();
      if (seen.add (v))
	continue;
      if (seen.elements () > 32)
	return t;
      if (TREE_CODE (v) == SSA_NAME)
	{
	  gimple *def = SSA_NAME_DEF_STMT (v);
	  if (gphi *phi = dyn_cast<gphi *> (def))
	    {
	      for (unsigned i = 0; i < gimple_phi_num_args (phi); i++)
		work.safe_push (gimple_phi_arg_def (phi, i));
	      continue;
	    }
	  if (SSA_NAME_IS_DEFAULT_DEF (v) && SSA_NAME_VAR (v)
	      && VAR_P (SSA_NAME_VAR (v)))
	    continue;
	}
      if (only && !operand_equal_p (only, v, 0))
	return t;
      only = v;
    }
  return only ? only : t;
}

/* MEM <void *> [&g], what GCC folds memset (&g, 0, sizeof g) to, is g.  */
static tree
named_place (tree t)
{
  if (TREE_CODE (t) != MEM_REF || TREE_CODE (TREE_OPERAND (t, 0)) != ADDR_EXPR
      || !integer_zerop (TREE_OPERAND (t, 1)))
    return t;
  tree decl = TREE_OPERAND (TREE_OPERAND (t, 0), 0);
  return DECL_P (decl) && types_compatible_p (TREE_TYPE (t), TREE_TYPE (decl))
	 ? decl : t;
}

/* Do A and B name the same place, the pointers on the way read afresh
   ("im->op->cur" at -O0 is "_1 = im->op; _1->cur", and again "_4 =
   im->op; _4->cur"): equal operands, or SSA names loaded from the same
   place, or references built alike from such, up to four pointers deep.
   What the function stores into the places on the way in between is not
   looked at.  */
static bool
same_place (tree a, tree b, int depth = 0)
{
  a = named_place (through_phis (a));
  b = named_place (through_phis (b));
  /* A volatile local read twice (libpng's "volatile png_imagep image")
     is one place, though not equal as operands.  */
  if (operand_equal_p (a, b, 0) || (a == b && DECL_P (a)))
    return true;
  if (depth > 12 || TREE_CODE (a) != TREE_CODE (b))
    return false;
  switch (TREE_CODE (a))
    {
    case SSA_NAME:
      {
	gassign *da = dyn_cast<gassign *> (SSA_NAME_DEF_STMT (a));
	gassign *db = dyn_cast<gassign *> (SSA_NAME_DEF_STMT (b));
	return da && db && gimple_assign_load_p (da)
	       && gimple_assign_load_p (db)
	       && same_place (gimple_assign_rhs1 (da), gimple_assign_rhs1 (db),
			      depth + 1);
      }
    case COMPONENT_REF:
      return TREE_OPERAND (a, 1) == TREE_OPERAND (b, 1)
	     && same_place (TREE_OPERAND (a, 0), TREE_OPERAND (b, 0),
			    depth + 1);
    case MEM_REF:
      return operand_equal_p (TREE_OPERAND (a, 1), TREE_OPERAND (b, 1), 0)
	     && types_compatible_p (TREE_TYPE (a), TREE_TYPE (b))
	     && same_place (TREE_OPERAND (a, 0), TREE_OPERAND (b, 0),
			    depth + 1);
    default:
      return false;
    }
}

/* Is VAR, a local in memory, only ever given what PLACE holds: the old
   value saved in a volatile ("saved = image->opaque->error_buf;" around a
   setjmp)?  */
static bool
holds_old_value (tree var, tree place, vec<gimple *> *assigns = NULL)
{
  bool any = false;
  basic_block bb;
  FOR_EACH_BB_FN (bb, cfun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      {
	gassign *a = dyn_cast<gassign *> (gsi_stmt (gsi));
	if (!a || gimple_clobber_p (a) || gimple_assign_lhs (a) != var)
	  continue;
	if (!gimple_assign_single_p (a)
	    || !same_place (loaded_from (gimple_assign_rhs1 (a)), place))
	  return false;
	if (assigns)
	  assigns->safe_push (a);
	any = true;
      }
  return any;
}

/* Is the local VAR given values only whole ("saved = g"), never a field
   at a time?  */
static bool
only_whole (tree var)
{
  basic_block bb;
  FOR_EACH_BB_FN (bb, cfun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      {
	gimple *stmt = gsi_stmt (gsi);
	if (!gimple_vdef (stmt) || gimple_clobber_p (stmt)
	    || !is_gimple_assign (stmt))
	  continue;
	tree lhs = gimple_assign_lhs (stmt);
	if (lhs != var && get_base_address (lhs) == var)
	  return false;
      }
  return true;
}

/* Is the constant T no address in this frame: an integer (NULL), or the
   address of a global, a function or memory reached through a pointer?  */
static bool
constant_not_frame (tree t)
{
  if (TREE_CODE (t) == INTEGER_CST)
    return true;
  if (TREE_CODE (t) != ADDR_EXPR)
    return false;
  tree base = get_base_address (TREE_OPERAND (t, 0));
  return base && (!DECL_P (base) || is_global_var (base)
		  || TREE_CODE (base) == FUNCTION_DECL);
}

static bool is_heap_allocation (gcall *);

/* Is the SSA value T, through copies, a constant that is not this frame
   ("tmp = &g_a"), or fresh heap memory ("p = malloc (n)")?  */
static bool
fresh_or_constant (tree t)
{
  tree from = loaded_from (t);
  if (from != t && constant_not_frame (from))
    return true;
  if (TREE_CODE (from) != SSA_NAME)
    return false;
  gcall *call = dyn_cast<gcall *> (SSA_NAME_DEF_STMT (from));
  return call && is_heap_allocation (call) && !is_alloca_call (call);
}

/* Is T, through phis, only ever what PLACE held: "prev = ctx->penv;
   ctx->penv = &env; if (setjmp (env) == 0) ...; ctx->penv = prev;" joins
   PREV over the abnormal edges of setjmp, with its undefined entry value
   (cexcept's Try).  */
static bool
phi_of_old_values (tree t, tree place, hash_set<tree> &seen)
{
  if (TREE_CODE (t) != SSA_NAME)
    return constant_not_frame (t);
  if (seen.add (t))
    return true;
  if (seen.elements () > 32)
    return false;
  gimple *def = SSA_NAME_DEF_STMT (t);
  if (SSA_NAME_IS_DEFAULT_DEF (t))
    return SSA_NAME_VAR (t) && VAR_P (SSA_NAME_VAR (t));
  if (gphi *phi = dyn_cast<gphi *> (def))
    {
      for (unsigned i = 0; i < gimple_phi_num_args (phi); i++)
	if (!phi_of_old_values (gimple_phi_arg_def (phi, i), place, seen))
	  return false;
      return true;
    }
  if (fresh_or_constant (t))
    return true;
  tree from = loaded_from (t);
  return from != t && same_place (from, place);
}

/* Does STMT put back into a lasting place a value that is not this
   function's stack: null, a constant address, the caller's pointer, or
   what the place held before, saved in a variable (old = g; g = &ctx; ...;
   g = old;) or in a field of a local (jmp.prev)?  */
static bool
restores_place (gassign *stmt)
{
  tree lhs = gimple_assign_lhs (stmt);
  if (!gimple_assign_single_p (stmt) || !lasting_place (lhs))
    return false;
  tree rhs = gimple_assign_rhs1 (stmt);
  if (TREE_CODE (rhs) == INTEGER_CST || TREE_CODE (rhs) == ADDR_EXPR)
    return constant_not_frame (rhs);
  /* "g = (struct state) { 0 }", or "g = saved" with a struct saved out of
     g before: the whole struct put back.  (A clobber, "*this ={v}
     {CLOBBER}", ends a life and puts nothing back.)  */
  if (TREE_CODE (rhs) == CONSTRUCTOR)
    return !TREE_CLOBBER_P (rhs) && CONSTRUCTOR_NELTS (rhs) == 0;
  if (VAR_P (rhs) && AGGREGATE_TYPE_P (TREE_TYPE (rhs))
      && !is_global_var (rhs) && !TREE_ADDRESSABLE (rhs))
    return only_whole (rhs) && holds_old_value (rhs, lhs);
  if (TREE_CODE (rhs) == SSA_NAME && SSA_NAME_IS_DEFAULT_DEF (rhs)
      && SSA_NAME_VAR (rhs) && TREE_CODE (SSA_NAME_VAR (rhs)) == PARM_DECL)
    return true;
  if (TREE_CODE (rhs) == SSA_NAME && fresh_or_constant (rhs))
    return true;
  tree from = loaded_from (rhs);
  if (same_place (from, lhs))
    return true;
  if (from != rhs && VAR_P (from) && !is_global_var (from)
      && !TREE_ADDRESSABLE (from) && holds_old_value (from, lhs))
    return true;
  if (TREE_CODE (rhs) == SSA_NAME
      && gimple_code (SSA_NAME_DEF_STMT (rhs)) == GIMPLE_PHI)
    {
      hash_set<tree> seen;
      if (phi_of_old_values (rhs, lhs, seen))
	return true;
    }
  /* The intrusive stack of frames: "jmp.prev = L->top; L->top = &jmp; ...
     L->top = jmp.prev;" puts back the value saved in a local.  */
  tree base = get_base_address (from);
  if (from != rhs && base && VAR_P (base) && !is_global_var (base)
      && base != from)
    return true;
  /* The pop of such a stack, written through the top itself
     ("bl = fs->bl; ...; fs->bl = bl->previous;"), or through the pushed
     object handed in as a parameter ("db->pParse = p->pOuter;").  */
  if (from != rhs && base
      && (TREE_CODE (base) == MEM_REF || TREE_CODE (base) == TARGET_MEM_REF))
    {
      tree pointer = TREE_OPERAND (base, 0);
      return same_place (loaded_from (pointer), lhs)
	     || (TREE_CODE (pointer) == SSA_NAME
		 && SSA_NAME_IS_DEFAULT_DEF (pointer)
		 && SSA_NAME_VAR (pointer)
		 && TREE_CODE (SSA_NAME_VAR (pointer)) == PARM_DECL);
    }
  return false;
}

/* The parameter, by index, that the pointer T is (through copies), or -1.  */
static int
param_index (tree t)
{
  if (TREE_CODE (t) != SSA_NAME || !SSA_NAME_IS_DEFAULT_DEF (t)
      || !SSA_NAME_VAR (t) || TREE_CODE (SSA_NAME_VAR (t)) != PARM_DECL)
    return -1;
  int index = 0;
  for (tree p = DECL_ARGUMENTS (current_function_decl);
       p && p != SSA_NAME_VAR (t); p = DECL_CHAIN (p))
    index++;
  return index;
}

/* The pointer through which LHS (p->f, *p) is reached, or NULL_TREE.  */
static tree
place_pointer (tree lhs)
{
  tree base = get_base_address (lhs);
  if (!base || (TREE_CODE (base) != MEM_REF && TREE_CODE (base) != TARGET_MEM_REF))
    return NULL_TREE;
  return loaded_from (TREE_OPERAND (base, 0));
}

/* The parameter whose memory LHS is (p->top), or -1.  */
static int
param_of_place (tree lhs)
{
  tree pointer = place_pointer (lhs);
  return pointer ? param_index (pointer) : -1;
}

/* The parameter through whose memory LHS is reached (p->db->top: the pop
   is given the pushed object, which knows the stack it is on), or -1.  */
static int
param_behind_place (tree lhs)
{
  tree pointer = place_pointer (lhs);
  return pointer && pointer != lhs ? param_of_place (pointer) : -1;
}

/* Calls whose callee puts back, on every path, a place in the memory of
   one of its parameters: leaveblock (fs) pops what enterblock (fs, &bl)
   pushed into PLACE; or, given the object PUSHED itself, the place it was
   pushed onto: parse_reset (&parse) pops what parse_init (&parse, db)
   pushed onto db.  */
static bool
call_restores (builder &b, tree place, tree pushed, gimple *after)
{
  /* Pushed into this frame's own object (sbuf_init (&s, mem)): what is
     read out of it before the pop ("g = s.data") was copied, and the
     graph follows the object itself; the pop undoes nothing.  */
  if (TREE_CODE (place) == ADDR_EXPR)
    {
      tree base = get_base_address (TREE_OPERAND (place, 0));
      if (base && VAR_P (base) && !is_global_var (base))
	return false;
    }
  tree key = loaded_from (place);
  tree object = pushed ? loaded_from (pushed) : NULL_TREE;
  auto_vec<gimple *> pops;
  for (gcall *r : b.restoring_calls)
    {
      const escape_summary *s
	= summary_find (b.summaries, gimple_call_fndecl (r));
      if (r == after || !s)
	continue;
      for (unsigned k = 0; k < gimple_call_num_args (r) && k < 32; k++)
	{
	  tree arg = loaded_from (gimple_call_arg (r, k));
	  if (((s->restores_params & (1u << k)) && operand_equal_p (arg, key, 0))
	      || ((s->pops_pushed_params & (1u << k)) && object
		  && operand_equal_p (arg, object, 0)))
	    {
	      pops.safe_push (r);
	      break;
	    }
	}
    }
  return every_path_through (after, pops);
}

static const char *callee_name (gcall *);

/* A path ends where the process does (exit, _exit, abort), or fails.  */
static enum walk_step
visit_for_process_end (basic_block bb, void *)
{
  if (bb == EXIT_BLOCK_PTR_FOR_FN (cfun))
    return WALK_FAIL;
  if (EDGE_COUNT (bb->succs))
    return WALK_ON;
  gcall *call = safe_dyn_cast<gcall *> (last_stmt (bb));
  const char *name = call ? callee_name (call) : NULL;
  static const char *const enders[]
    = { "exit", "_exit", "_Exit", "abort", "quick_exit", "__assert_fail" };
  if (name)
    for (const char *e : enders)
      if (!strcmp (name, e))
	return WALK_STOP;
  /* longjmp, a thread's end, a trap: the frame is gone.  */
  return WALK_FAIL;
}

/* Does every path from STMT end the process (exitshell: "handler = &loc;
   ...; _exit (status);")?  Then the frame outlives every reader.  */
static bool
process_ends_after (gimple *stmt)
{
  gimple_stmt_iterator gsi = gsi_for_stmt (stmt);
  for (gsi_next (&gsi); !gsi_end_p (gsi); gsi_next (&gsi))
    if (gcall *call = dyn_cast<gcall *> (gsi_stmt (gsi)))
      if (gimple_call_noreturn_p (call))
	return visit_for_process_end (gimple_bb (stmt), NULL) == WALK_STOP;
  return walk_paths (gimple_bb (stmt), visit_for_process_end, NULL);
}

/* Is CALL an atomic store, __atomic_store_n (&g, v, order)?  */
static bool
is_atomic_store (gcall *call)
{
  if (!gimple_call_builtin_p (call, BUILT_IN_NORMAL)
      || gimple_call_num_args (call) < 2)
    return false;
  switch (DECL_FUNCTION_CODE (gimple_call_fndecl (call)))
    {
    case BUILT_IN_ATOMIC_STORE_N:
    case BUILT_IN_ATOMIC_STORE_1:
    case BUILT_IN_ATOMIC_STORE_2:
    case BUILT_IN_ATOMIC_STORE_4:
    case BUILT_IN_ATOMIC_STORE_8:
    case BUILT_IN_ATOMIC_STORE_16:
      return true;
    default:
      return false;
    }
}

static bool keep_address (gimple *, tree, tree, void *);

/* The rows of the known-call table for the function FNDECL (may be
   NULL), and their count; 0 when it is not in the table.  */
static int
known_rows (tree fndecl, const known_call **rows)
{
  return fndecl && DECL_NAME (fndecl)
	 ? known_call_find (IDENTIFIER_POINTER (DECL_NAME (fndecl)), rows)
	 : 0;
}

/* The value T was made from, through copies, casts and locals given one
   value: <stdatomic.h>'s atomic_store (&g, NULL) passes "(unsigned long)
   tmp.0" after "tmp = 0B; tmp.0 = tmp;".  */
static tree
atomic_operand (tree t)
{
  for (int depth = 0; depth < 8; depth++)
    {
      if (TREE_CODE (t) == SSA_NAME)
	{
	  gassign *def = dyn_cast<gassign *> (SSA_NAME_DEF_STMT (t));
	  if (!def
	      || !(gimple_assign_single_p (def)
		   || CONVERT_EXPR_CODE_P (gimple_assign_rhs_code (def))))
	    return t;
	  t = gimple_assign_rhs1 (def);
	  continue;
	}
      if (!VAR_P (t) || is_global_var (t))
	return t;
      /* Written once, and its address never taken in the code.  */
      tree only = NULL_TREE;
      hash_set<tree> taken;
      basic_block bb;
      FOR_EACH_BB_FN (bb, cfun)
	for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	     gsi_next (&gsi))
	  {
	    gimple *stmt = gsi_stmt (gsi);
	    walk_stmt_load_store_addr_ops (stmt, &taken, NULL, NULL,
					   keep_address);
	    gassign *a = dyn_cast<gassign *> (stmt);
	    if (!a || gimple_clobber_p (a) || gimple_assign_lhs (a) != t)
	      continue;
	    if (only || !gimple_assign_single_p (a))
	      return t;
	    only = gimple_assign_rhs1 (a);
	  }
      if (!only || taken.contains (t))
	return t;
      t = only;
    }
  return t;
}

/* The place an atomic builtin's first argument PTR points to (&g), or
   NULL_TREE.  */
static tree
atomic_place (tree ptr)
{
  tree dst = atomic_operand (ptr);
  return TREE_CODE (dst) == ADDR_EXPR ? TREE_OPERAND (dst, 0) : NULL_TREE;
}

/* The place an atomic store writes, or NULL_TREE.  */
static tree
atomic_store_place (gcall *call)
{
  return is_atomic_store (call) ? atomic_place (gimple_call_arg (call, 0))
				: NULL_TREE;
}

/* The argument an atomic exchange or compare-and-swap may put into the
   place its first argument points to, or -1; with RETURNS_OLD, only for
   those that return the place's old value.  */
static int
exchanged_arg (gcall *call, bool returns_old = false)
{
  if (!gimple_call_builtin_p (call, BUILT_IN_NORMAL)
      || gimple_call_num_args (call) < 2)
    return -1;
  switch (DECL_FUNCTION_CODE (gimple_call_fndecl (call)))
    {
    case BUILT_IN_ATOMIC_EXCHANGE_N:
    case BUILT_IN_ATOMIC_EXCHANGE_1:
    case BUILT_IN_ATOMIC_EXCHANGE_2:
    case BUILT_IN_ATOMIC_EXCHANGE_4:
    case BUILT_IN_ATOMIC_EXCHANGE_8:
    case BUILT_IN_ATOMIC_EXCHANGE_16:
    case BUILT_IN_SYNC_LOCK_TEST_AND_SET_N:
    case BUILT_IN_SYNC_LOCK_TEST_AND_SET_1:
    case BUILT_IN_SYNC_LOCK_TEST_AND_SET_2:
    case BUILT_IN_SYNC_LOCK_TEST_AND_SET_4:
    case BUILT_IN_SYNC_LOCK_TEST_AND_SET_8:
    case BUILT_IN_SYNC_LOCK_TEST_AND_SET_16:
      return 1;
    case BUILT_IN_SYNC_VAL_COMPARE_AND_SWAP_N:
    case BUILT_IN_SYNC_VAL_COMPARE_AND_SWAP_1:
    case BUILT_IN_SYNC_VAL_COMPARE_AND_SWAP_2:
    case BUILT_IN_SYNC_VAL_COMPARE_AND_SWAP_4:
    case BUILT_IN_SYNC_VAL_COMPARE_AND_SWAP_8:
    case BUILT_IN_SYNC_VAL_COMPARE_AND_SWAP_16:
      return gimple_call_num_args (call) >= 3 ? 2 : -1;
    case BUILT_IN_SYNC_BOOL_COMPARE_AND_SWAP_N:
    case BUILT_IN_SYNC_BOOL_COMPARE_AND_SWAP_1:
    case BUILT_IN_SYNC_BOOL_COMPARE_AND_SWAP_2:
    case BUILT_IN_SYNC_BOOL_COMPARE_AND_SWAP_4:
    case BUILT_IN_SYNC_BOOL_COMPARE_AND_SWAP_8:
    case BUILT_IN_SYNC_BOOL_COMPARE_AND_SWAP_16:
    case BUILT_IN_ATOMIC_COMPARE_EXCHANGE_N:
    case BUILT_IN_ATOMIC_COMPARE_EXCHANGE_1:
    case BUILT_IN_ATOMIC_COMPARE_EXCHANGE_2:
    case BUILT_IN_ATOMIC_COMPARE_EXCHANGE_4:
    case BUILT_IN_ATOMIC_COMPARE_EXCHANGE_8:
    case BUILT_IN_ATOMIC_COMPARE_EXCHANGE_16:
      return !returns_old && gimple_call_num_args (call) >= 3 ? 2 : -1;
    default:
      return -1;
    }
}

/* The place an atomic exchange or compare-and-swap may write, or
   NULL_TREE.  */
static tree
exchanged_place (gcall *call, bool returns_old = false)
{
  return exchanged_arg (call, returns_old) < 0
	 ? NULL_TREE : atomic_place (gimple_call_arg (call, 0));
}

/* Is VALUE the old value EXCHANGE (an exchange of PLACE) returned: "old
   = atomic_exchange (&g, &c); ...; g = old;" puts back what was there
   before it.  Only that exchange's: a later one may return &c itself.  */
static bool
old_from_exchange (tree value, gcall *exchange)
{
  value = atomic_operand (value);
  return TREE_CODE (value) == SSA_NAME
	 && SSA_NAME_DEF_STMT (value) == exchange;
}

/* The statements that put back into PLACE the old value EXCHANGE
   returned: plain or atomic stores.  */
static void
exchange_put_backs (gcall *exchange, tree place, vec<gimple *> &out)
{
  basic_block bb;
  FOR_EACH_BB_FN (bb, cfun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      {
	gimple *stmt = gsi_stmt (gsi);
	if (gassign *a = dyn_cast<gassign *> (stmt))
	  {
	    if (gimple_assign_single_p (a)
		&& same_place (gimple_assign_lhs (a), place)
		&& old_from_exchange (gimple_assign_rhs1 (a), exchange))
	      out.safe_push (a);
	  }
	else if (gcall *c = dyn_cast<gcall *> (stmt))
	  {
	    tree to = atomic_store_place (c);
	    if (to && same_place (to, place)
		&& old_from_exchange (gimple_call_arg (c, 1), exchange))
	      out.safe_push (c);
	  }
      }
}

/* The place memset (&g, 0, sizeof g) zeroes whole, or an atomic store
   of a value that is not the frame's writes, or NULL_TREE.  */
static tree
cleared_place (gcall *call)
{
  if (tree place = atomic_store_place (call))
    return lasting_place (place)
	   && constant_not_frame (atomic_operand (gimple_call_arg (call, 1)))
	   ? place : NULL_TREE;
  /* __sync_lock_release (&g) stores 0.  */
  if (gimple_call_builtin_p (call, BUILT_IN_NORMAL)
      && gimple_call_num_args (call) >= 1)
    switch (DECL_FUNCTION_CODE (gimple_call_fndecl (call)))
      {
      case BUILT_IN_SYNC_LOCK_RELEASE_N:
      case BUILT_IN_SYNC_LOCK_RELEASE_1:
      case BUILT_IN_SYNC_LOCK_RELEASE_2:
      case BUILT_IN_SYNC_LOCK_RELEASE_4:
      case BUILT_IN_SYNC_LOCK_RELEASE_8:
      case BUILT_IN_SYNC_LOCK_RELEASE_16:
	{
	  tree place = atomic_place (gimple_call_arg (call, 0));
	  return place && lasting_place (place) ? place : NULL_TREE;
	}
      default:
	break;
      }
  if (!gimple_call_builtin_p (call, BUILT_IN_MEMSET)
      || gimple_call_num_args (call) < 3
      || !integer_zerop (gimple_call_arg (call, 1)))
    return NULL_TREE;
  tree dst = gimple_call_arg (call, 0), size = gimple_call_arg (call, 2);
  if (TREE_CODE (dst) != ADDR_EXPR || !tree_fits_uhwi_p (size))
    return NULL_TREE;
  tree place = TREE_OPERAND (dst, 0);
  tree type_size = TYPE_SIZE_UNIT (TREE_TYPE (place));
  if (!lasting_place (place) || !type_size || !tree_fits_uhwi_p (type_size)
      || tree_to_uhwi (size) < tree_to_uhwi (type_size))
    return NULL_TREE;
  return place;
}

/* Is PLACE (g.file, p->st.file) inside OUTER (g, p->st), or OUTER
   itself?  */
static bool
covers (tree outer, tree place)
{
  for (int depth = 0; depth < 8; depth++)
    {
      if (same_place (outer, place))
	return true;
      if (TREE_CODE (place) != COMPONENT_REF
	  && TREE_CODE (place) != ARRAY_REF)
	return false;
      place = TREE_OPERAND (place, 0);
    }
  return false;
}

/* The statements that read what VALUE holds of PLACE's old value: the
   load at the end of its copies, or the assignments of a local only ever
   given what PLACE held ("savehandler = handler").  False when VALUE is
   neither.  */
static bool
old_value_reads (tree value, tree place, vec<gimple *> &reads)
{
  tree from = loaded_from (value);
  if (from != value && same_place (from, place))
    {
      tree t = value;
      while (loaded_from (t) != t
	     && TREE_CODE (gimple_assign_rhs1 (SSA_NAME_DEF_STMT (t)))
		== SSA_NAME)
	t = gimple_assign_rhs1 (SSA_NAME_DEF_STMT (t));
      reads.safe_push (SSA_NAME_DEF_STMT (t));
      return true;
    }
  return VAR_P (from) && !is_global_var (from)
	 && holds_old_value (from, place, &reads);
}

/* Walking on from a store: a block that reads the place before it is
   overwritten fails the walk.  */
struct new_value_walk
{
  const vec<gimple *> *reads, *kills;
};

/* Scan BB's statements from GSI: a read first fails, a kill first
   stops.  */
static enum walk_step
scan_for_reads (gimple_stmt_iterator gsi, const new_value_walk *w)
{
  for (; !gsi_end_p (gsi); gsi_next (&gsi))
    {
      if (w->reads->contains (gsi_stmt (gsi)))
	return WALK_FAIL;
      if (w->kills->contains (gsi_stmt (gsi)))
	return WALK_STOP;
    }
  return WALK_ON;
}

static enum walk_step
visit_for_new_value (basic_block bb, void *data)
{
  if (bb == EXIT_BLOCK_PTR_FOR_FN (cfun))
    return WALK_STOP;
  return scan_for_reads (gsi_start_bb (bb), (const new_value_walk *) data);
}

/* Does RESTORE put back a value read out of STORE's place after STORE
   ("g = &c; old = g; ...; g = old;"), before anything overwrote it
   (KILLS)?  Then it puts back the stack address.  A value saved before,
   or in a loop's next round after the restore, is the old one.  */
static bool
restores_new_value (gassign *restore, gimple *store,
		    const vec<gimple *> &kills)
{
  tree place = gimple_assign_lhs (restore);
  auto_vec<gimple *> reads;
  if (!old_value_reads (gimple_assign_rhs1 (restore), place, reads))
    return false;
  new_value_walk w = { &reads, &kills };
  gimple_stmt_iterator gsi = gsi_for_stmt (store);
  gsi_next (&gsi);
  switch (scan_for_reads (gsi, &w))
    {
    case WALK_FAIL:
      return true;
    case WALK_STOP:
      return false;
    default:
      return !walk_paths (gimple_bb (store), visit_for_new_value, &w);
    }
}

/* Does CALL, to a same-file function, set the global PLACE on every path
   to a value that is not the frame's (clear_ctx (), set_ctx (NULL))?  */
static bool
call_resets (builder &b, gcall *call, tree place)
{
  const escape_summary *s
    = summary_find (b.summaries, gimple_call_fndecl (call));
  for (int k = 0; s && k < s->nsets; k++)
    {
      const summary_set &set = s->sets[k];
      if ((tree) set.global != place || !set.every)
	continue;
      if (set.param < 0)
	return true;
      if ((unsigned) set.param < gimple_call_num_args (call))
	{
	  tree arg = gimple_call_arg (call, set.param);
	  if (constant_not_frame (arg)
	      || (TREE_CODE (arg) == SSA_NAME && fresh_or_constant (arg)))
	    return true;
	}
    }
  return false;
}

/* The statements after STORE (an assignment, or a call that sets the
   place) that put back into PLACE a value that is not ours.  */
static void
overwrites_of_place (builder &b, gimple *store, tree place,
		     vec<gimple *> &out)
{
  auto_vec<gimple *> kills;
  for (gassign *r : b.restores)
    if (r != store && covers (gimple_assign_lhs (r), place))
      kills.safe_push (r);
  for (const std::pair<gcall *, tree> &c : b.clears)
    if (covers (c.second, place))
      kills.safe_push (c.first);
  if (VAR_P (place))
    for (gcall *c : b.summary_calls)
      if (c != store && call_resets (b, c, place))
	kills.safe_push (c);
  for (gimple *r : kills)
    if (!is_a<gassign *> (r)
	|| !restores_new_value (as_a<gassign *> (r), store, kills))
      out.safe_push (r);
}

static void
overwrites_of (builder &b, gassign *store, vec<gimple *> &out)
{
  overwrites_of_place (b, store, gimple_assign_lhs (store), out);
}

/* set_ctx (&c); ...; set_ctx (NULL): CALL sets the global to argument I,
   which goes nowhere else, and every path on resets the global.  */
static bool
set_undone (builder &b, gcall *call, const escape_summary *s, unsigned i)
{
  for (int k = 0; k < s->nsets; k++)
    if (s->sets[k].param == (int) i)
      {
	auto_vec<gimple *> undo;
	overwrites_of_place (b, call, (tree) s->sets[k].global, undo);
	return every_path_through (call, undo);
      }
  return false;
}

/* "g_ctx = &ctx; run (); g_ctx = NULL;": a store into a lasting place that
   every path to the exit overwrites with a value that is not ours leaves no
   dangling pointer behind.  */
static bool
overwritten_later (builder &b, gassign *store)
{
  auto_vec<gimple *> overwrites;
  overwrites_of (b, store, overwrites);
  return every_path_through (store, overwrites) || process_ends_after (store);
}

/* ... nor does one a same-file callee pops (leaveblock (fs) after
   enterblock (fs, &bl)).  */
static bool
undone_later (builder &b, gassign *store)
{
  if (overwritten_later (b, store))
    return true;
  tree lhs = gimple_assign_lhs (store);
  tree base = get_base_address (lhs);
  return base && TREE_CODE (base) == MEM_REF
	 && call_restores (b, TREE_OPERAND (base, 0),
			   gimple_assign_single_p (store)
			   ? gimple_assign_rhs1 (store) : NULL_TREE, store);
}

/* The blocks the paths from a store reach (its own only around a loop),
   found on first use and shared by every value tested against the store.  */
struct blocks_after
{
  gimple *store;
  auto_bitmap blocks;
  bool found = false;
};

static enum walk_step
visit_to_mark (basic_block bb, void *data)
{
  if (bb == EXIT_BLOCK_PTR_FOR_FN (cfun))
    return WALK_STOP;
  bitmap_set_bit ((bitmap) data, bb->index);
  return WALK_ON;
}

/* Is ARG what PLACE held before the store AFTER starts from: read out of
   it, or out of a local only ever given what PLACE held ("savehandler =
   handler"), where no path from the store leads?  Read after the store,
   it is the new value.  */
static bool
old_value_of (tree arg, tree place, blocks_after &after)
{
  auto_vec<gimple *> reads;
  if (!old_value_reads (arg, place, reads))
    return false;
  gimple_stmt_iterator gsi = gsi_for_stmt (after.store);
  for (gsi_next (&gsi); !gsi_end_p (gsi); gsi_next (&gsi))
    if (reads.contains (gsi_stmt (gsi)))
      return false;
  if (!after.found)
    {
      walk_paths (gimple_bb (after.store), visit_to_mark, after.blocks);
      after.found = true;
    }
  for (gimple *r : reads)
    if (bitmap_bit_p (after.blocks, gimple_bb (r)->index))
      return false;
  return true;
}

/* Can CALL put something back into PLACE: is PLACE a global, or is CALL
   given the pointer PLACE is reached through?  (libpng's "cp =
   image->opaque; image->opaque = &c; png_free (png_ptr, cp);" frees the
   old value: png_free cannot reach image.)  */
static bool
can_reach_place (gcall *call, tree place)
{
  tree base = get_base_address (place);
  if (base && DECL_P (base))
    return is_global_var (base);
  tree pointer = place_pointer (place);
  if (!pointer)
    return false;
  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
    {
      tree arg = gimple_call_arg (call, i);
      if (TREE_CODE (arg) == SSA_NAME
	  && same_place (loaded_from (arg), pointer))
	return true;
    }
  return false;
}

/* "saved = handler; handler = &jmploc; ...; restore_handler (saved, err);"
   with restore_handler in another file: code the analysis cannot see is
   given the old value of the place on every path, and may put it back.
   The store then may escape, as what unknown code is given may.  */
static bool
undone_by_unknown (builder &b, gassign *store)
{
  tree lhs = gimple_assign_lhs (store);
  auto_vec<gimple *> undo;
  overwrites_of (b, store, undo);
  bool any = false;
  blocks_after after;
  after.store = store;
  for (gcall *call : b.unknown_calls)
    for (unsigned i = 0; i < gimple_call_num_args (call); i++)
      if (can_reach_place (call, lhs)
	  && old_value_of (gimple_call_arg (call, i), lhs, after))
	{
	  undo.safe_push (call);
	  any = true;
	  break;
	}
  return any && every_path_through (store, undo);
}

/* "old = g; g = &ctx; ...; put_back (old);" with put_back a same-file
   function whose summary says it sets the global to that argument on
   every path (and the global to nothing else): on every path, the old
   value is put back, and the store is undone.  */
static bool
undone_by_helper (builder &b, gassign *store)
{
  tree lhs = gimple_assign_lhs (store);
  if (!VAR_P (lhs))
    return false;
  auto_vec<gimple *> undo;
  bool any = false;
  blocks_after after;
  after.store = store;
  for (gcall *call : b.summary_calls)
    {
      const escape_summary *s
	= summary_find (b.summaries, gimple_call_fndecl (call));
      for (int k = 0; s && k < s->nsets; k++)
	{
	  const summary_set &set = s->sets[k];
	  if ((tree) set.global != lhs || !set.every || set.param < 0
	      || (unsigned) set.param >= gimple_call_num_args (call)
	      || !old_value_of (gimple_call_arg (call, set.param), lhs,
				after))
	    continue;
	  undo.safe_push (call);
	  any = true;
	  break;
	}
    }
  if (!any)
    return false;
  overwrites_of (b, store, undo);
  return every_path_through (store, undo);
}

/* A place in a local's own memory (tmpl.name, tmpl.jb, buf[2]): not
   reached through a pointer, not a register.  */
static tree
local_place_base (tree lhs)
{
  if (TREE_CODE (lhs) == SSA_NAME)
    return NULL_TREE;
  tree base = get_base_address (lhs);
  if (!base || !VAR_P (base) || is_global_var (base)
      || TREE_THIS_VOLATILE (base) || DECL_HAS_VALUE_EXPR_P (base))
    return NULL_TREE;
  return base;
}

/* May an argument of CALL lead to PLACE, in a local: its address, a
   pointer, the local itself passed by value?  */
static bool
args_reach (gcall *call, tree place)
{
  tree base = get_base_address (place);
  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
    {
      tree arg = gimple_call_arg (call, i);
      if (TREE_CODE (arg) == ADDR_EXPR)
	{
	  if (get_base_address (TREE_OPERAND (arg, 0)) == base)
	    return true;
	}
      else if (TREE_CODE (arg) == SSA_NAME)
	{
	  if (may_hold_address (TREE_TYPE (arg)))
	    return true;
	}
      else if (!is_gimple_min_invariant (arg)
	       && refs_may_alias_p (arg, place, false))
	return true;
    }
  return false;
}

/* How a call that may read a local's place treats what it reads there.  */
enum call_read
{
  READ_NONE,	/* Keeps nothing of it.  */
  READ_UNKNOWN,	/* Hands it to code the analysis cannot see.  */
  READ_KEEPS	/* May copy it where it lasts, or may, for all we know.  */
};

/* What CALL, which may read a local, does with what it reads there: a
   same-file callee's summary says, unless the local's address may have
   been kept past an earlier call (ADDRESS_KEPT); unknown code may do anything,
   but only "may"; the rest (the C library, GCC's builtins) is taken to
   keep it.  */
static enum call_read
call_reads_content (builder &b, gcall *call, tree place, bool address_kept)
{
  /* Internal functions (setjmp's abnormal dispatcher, sanitizer checks)
     keep nothing, as build_call says.  */
  if (gimple_call_internal_p (call))
    return READ_NONE;
  tree fndecl = gimple_call_fndecl (call);
  const escape_summary *s = fndecl ? summary_find (b.summaries, fndecl) : NULL;
  if (!s)
    {
      if (!fndecl)
	return READ_UNKNOWN;
      const known_call *rows;
      if (known_rows (fndecl, &rows)
	  || gimple_call_builtin_p (call, BUILT_IN_NORMAL)
	  || gimple_call_fnspec (call).known_p ())
	/* The C library reads a local only through its arguments (or
	   through callbacks, when its address is kept).  */
	return address_kept || args_reach (call, place) ? READ_KEEPS
							: READ_NONE;
      return READ_UNKNOWN;
    }
  /* A callee may read a local whose address the function put elsewhere
     without its summary knowing.  */
  if (address_kept || s->nguards
      || (gimple_call_num_args (call) > (unsigned) s->nparams
	  && !s->varargs_unread))
    return READ_KEEPS;
  /* What a pointer argument leads to is read beyond it (level 1 on); a
     struct passed by value is itself what was read (level 0 on).  */
  unsigned leaks = 0;
  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
    for (int level = POINTER_TYPE_P (TREE_TYPE (gimple_call_arg (call, i)));
	 level < SUMMARY_LEVELS; level++)
      leaks |= s->params[i].leaks[level];
  if (!leaks)
    return READ_NONE;
  return leaks == LEAK_UNKNOWN ? READ_UNKNOWN : READ_KEEPS;
}

static bool
keep_address (gimple *, tree op, tree, void *data)
{
  tree base = get_base_address (op);
  if (base && VAR_P (base) && !is_global_var (base))
    ((hash_set<tree> *) data)->add (base);
  return false;
}

/* Note the locals whose address STMT takes other than as an argument of
   a call ("p = &tmpl", a nested function's frame), and the calls given
   an address.  A call's other arguments are values or memory it reads
   (a struct by value), never an address taken.  */
static void
note_address_kept (builder &b, gimple *stmt)
{
  gcall *call = dyn_cast<gcall *> (stmt);
  if (!call)
    {
      walk_stmt_load_store_addr_ops (stmt, &b.address_kept, NULL, NULL,
				     keep_address);
      return;
    }
  if (tree chain = gimple_call_chain (call))
    if (TREE_CODE (chain) == ADDR_EXPR)
      keep_address (stmt, TREE_OPERAND (chain, 0), chain, &b.address_kept);
  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
    if (TREE_CODE (gimple_call_arg (call, i)) == ADDR_EXPR)
      {
	b.address_calls.safe_push (call);
	break;
      }
}

/* Where a local's address, passed to CALL as argument I, may go: nowhere
   past the call, to unknown code, or where it may last (kept, returned,
   stored).  */
static enum call_read
arg_address_fate (builder &b, gcall *call, unsigned i)
{
  tree fndecl = gimple_call_fndecl (call);
  const escape_summary *s = fndecl ? summary_find (b.summaries, fndecl) : NULL;
  if (s)
    {
      if (i >= (unsigned) s->nparams)
	return s->varargs_unread ? READ_NONE : READ_KEEPS;
      unsigned leaks = s->params[i].leaks[0];
      if (!gimple_call_lhs (call))
	leaks &= ~LEAK_RESULT;
      if (!leaks)
	return READ_NONE;
      return leaks == LEAK_UNKNOWN ? READ_UNKNOWN : READ_KEEPS;
    }
  if (gimple_call_internal_p (call))
    return READ_NONE;
  if (!fndecl)
    return READ_UNKNOWN;
  const known_call *rows;
  int nrows = known_rows (fndecl, &rows);
  if (nrows)
    {
      for (int k = 0; k < nrows; k++)
	if (rows[k].arg == (int) i && rows[k].effect != CALL_KEEPS_NOTHING
	    && rows[k].effect != CALL_COPIES_MEMORY
	    && (gimple_call_lhs (call)
		|| (rows[k].effect != CALL_RETURNS_ARG
		    && rows[k].effect != CALL_RETURNS_POINTEE)))
	  return READ_KEEPS;
      return READ_NONE;
    }
  if (gimple_call_builtin_p (call, BUILT_IN_NORMAL)
      || gimple_call_fnspec (call).known_p ())
    {
      int flags = gimple_call_arg_flags (call, i);
      int rflags = gimple_call_return_flags (call);
      if (gimple_call_lhs (call)
	  && ((rflags & ERF_RETURNS_ARG)
	      ? (rflags & ERF_RETURN_ARG_MASK) == (int) i
	      : compat_arg_may_be_returned (flags)))
	return READ_KEEPS;
      /* strcpy copies what its source points to, not the address.  */
      attr_fnspec fnspec = gimple_call_fnspec (call);
      unsigned to;
      if (fnspec.known_p () && fnspec.arg_specified_p (i)
	  && fnspec.arg_copied_to_arg_p (i, &to))
	return READ_NONE;
      return compat_arg_address_escapes (flags) ? READ_UNKNOWN : READ_NONE;
    }
  return READ_UNKNOWN;
}

/* Where the address of the local BASE may go: it is taken only as the
   argument of calls, or kept elsewhere (READ_KEEPS).  */
static enum call_read
address_fate (builder &b, tree base)
{
  if (!base || !TREE_ADDRESSABLE (base))
    return READ_NONE;
  if (b.address_kept.contains (base))
    return READ_KEEPS;
  enum call_read fate = READ_NONE;
  for (gcall *call : b.address_calls)
    for (unsigned i = 0; i < gimple_call_num_args (call); i++)
      {
	tree arg = gimple_call_arg (call, i);
	if (TREE_CODE (arg) != ADDR_EXPR
	    || get_base_address (TREE_OPERAND (arg, 0)) != base)
	  continue;
	enum call_read f = arg_address_fate (b, call, i);
	if (f == READ_KEEPS)
	  return f;
	if (f == READ_UNKNOWN)
	  fate = f;
      }
  return fate;
}

/* Walking the paths on from a store into a local's place.  */
struct read_walk
{
  builder *b;
  tree place;
  enum call_read fate;	/* Where its address may go (address_fate).  */
  bool unknown;		/* Unknown code may read it on the way.  */
  /* Loads of the place itself into a register on the way: they get the
     stored value straight.  */
  auto_vec<gassign *, 4> loads;
};

/* The local's life is over (its scope, the function): what it holds is
   gone, unless its address outlives it.  */
static enum walk_step
life_over (read_walk *w)
{
  switch (w->fate)
    {
    case READ_KEEPS:
      return WALK_FAIL;
    case READ_UNKNOWN:
      w->unknown = true;
      return WALK_STOP;
    case READ_NONE:
      break;
    }
  return WALK_STOP;
}

/* What STMT does to W's place: reads it (WALK_FAIL), overwrites it or
   ends the local's life (WALK_STOP), or neither (WALK_ON).  */
static enum walk_step
read_or_kill (read_walk *w, gimple *stmt)
{
  if (--w->b->walk_budget < 0)
    return WALK_FAIL;
  gassign *load = dyn_cast<gassign *> (stmt);
  if (load && gimple_assign_load_p (load)
      && TREE_CODE (gimple_assign_lhs (load)) == SSA_NAME
      && operand_equal_p (gimple_assign_rhs1 (load), w->place, 0))
    {
      if (!w->loads.contains (load))
	w->loads.safe_push (load);
      return WALK_ON;
    }
  if (gimple_vuse (stmt) && ref_maybe_used_by_stmt_p (stmt, w->place, false))
    {
      gcall *call = dyn_cast<gcall *> (stmt);
      if (!call)
	return WALK_FAIL;
      switch (call_reads_content (*w->b, call, w->place,
				  w->fate == READ_KEEPS))
	{
	case READ_KEEPS:
	  return WALK_FAIL;
	case READ_UNKNOWN:
	  w->unknown = true;
	  break;
	case READ_NONE:
	  break;
	}
    }
  if (gimple_vdef (stmt) && stmt_kills_ref_p (stmt, w->place))
    return gimple_clobber_p (stmt) ? life_over (w) : WALK_STOP;
  return WALK_ON;
}

static enum walk_step
visit_for_reads (basic_block bb, void *data)
{
  read_walk *w = (read_walk *) data;
  if (bb == EXIT_BLOCK_PTR_FOR_FN (cfun))
    return life_over (w);
  for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
       gsi_next (&gsi))
    {
      enum walk_step step = read_or_kill (w, gsi_stmt (gsi));
      if (step != WALK_ON)
	return step;
    }
  return WALK_ON;
}

/* Is STORE, into a place in a local's own memory, overwritten (or the
   local's life over) on every path before anything may read it: "tmpl.jb =
   &env; ...; tmpl.jb = NULL; *p = tmpl;" copies no address of env.  Returns
   READ_NONE when nothing reads it, READ_UNKNOWN when only unknown code may,
   READ_KEEPS otherwise.  Only stores another store of the function may
   overwrite are walked.  */
static enum call_read
local_store_read (builder &b, gassign *store, vec<gassign *> *loads)
{
  tree lhs = gimple_assign_lhs (store);
  tree base = local_place_base (lhs);
  if (!base || b.walk_budget < 0)
    return READ_KEEPS;
  bool overwritten = false;
  b.walk_budget -= b.local_stores.length ();
  for (gassign *o : b.local_stores)
    if (o != store
	&& (gimple_assign_lhs (o) == base
	    || same_place (gimple_assign_lhs (o), lhs)))
      {
	overwritten = true;
	break;
      }
  if (!overwritten)
    return READ_KEEPS;
  read_walk w;
  w.b = &b;
  w.place = lhs;
  w.fate = address_fate (b, base);
  w.unknown = false;
  gimple_stmt_iterator gsi = gsi_for_stmt (store);
  bool ended = false;
  for (gsi_next (&gsi); !gsi_end_p (gsi) && !ended; gsi_next (&gsi))
    switch (read_or_kill (&w, gsi_stmt (gsi)))
      {
      case WALK_FAIL:
	return READ_KEEPS;
      case WALK_STOP:
	ended = true;
	break;
      case WALK_ON:
	break;
      }
  if (!ended && !walk_paths (gimple_bb (store), visit_for_reads, &w))
    return READ_KEEPS;
  if (!w.loads.is_empty () && !gimple_assign_single_p (store))
    return READ_KEEPS;
  loads->safe_splice (w.loads);
  return w.unknown ? READ_UNKNOWN : READ_NONE;
}

/* A memcpy GCC folded into a copy of bytes ("MEM <unsigned char[24]>
   [&g] = MEM <unsigned char[24]> [&l]"): the bytes may be a struct with
   pointers in it, copied whole.  */
static bool
block_copy (gassign *stmt)
{
  if (!gimple_assign_single_p (stmt))
    return false;
  tree lhs = gimple_assign_lhs (stmt), rhs = gimple_assign_rhs1 (stmt);
  return (TREE_CODE (lhs) == MEM_REF || TREE_CODE (rhs) == MEM_REF)
	 && AGGREGATE_TYPE_P (TREE_TYPE (lhs)) && !is_gimple_reg (rhs)
	 && TREE_CODE (rhs) != CONSTRUCTOR && TREE_CODE (rhs) != STRING_CST
	 && TYPE_SIZE_UNIT (TREE_TYPE (lhs))
	 && tree_fits_uhwi_p (TYPE_SIZE_UNIT (TREE_TYPE (lhs)))
	 && tree_to_uhwi (TYPE_SIZE_UNIT (TREE_TYPE (lhs))) * BITS_PER_UNIT
	    >= POINTER_SIZE;
}

/* Does STMT store a constant: null, a global's address?  */
static bool
stores_constant (gassign *stmt)
{
  return gimple_assign_single_p (stmt)
	 && constant_not_frame (gimple_assign_rhs1 (stmt));
}

/* T is &x (or &x.f, &x[i]) of a local or parameter x: x's address is
   taken, whatever the graph makes of it.  */
static void
note_address_taken (builder &b, tree t)
{
  if (TREE_CODE (t) != ADDR_EXPR)
    return;
  tree base = get_base_address (TREE_OPERAND (t, 0));
  if (base && (VAR_P (base) || TREE_CODE (base) == PARM_DECL)
      && !is_global_var (base))
    loc_get (b.g, loc_for_decl (b, base))->address_taken = true;
}

/* REF is an access through &x (MEM <char[8]> [&x], what GCC folds
   memcpy (d, &x, 8) and type puns to): x's address was taken.  */
static void
note_address_accessed (builder &b, tree ref)
{
  while (handled_component_p (ref))
    ref = TREE_OPERAND (ref, 0);
  if (TREE_CODE (ref) == MEM_REF)
    note_address_taken (b, TREE_OPERAND (ref, 0));
}

static void
build_assign (builder &b, gassign *stmt)
{
  tree lhs = gimple_assign_lhs (stmt);
  if (gimple_clobber_p (stmt))
    return;
  /* The report lists x even when "p.f = &x" turns out to store nothing
     (overwritten, undone, never read), or copies no address.  */
  if (gimple_assign_single_p (stmt))
    {
      note_address_taken (b, gimple_assign_rhs1 (stmt));
      note_address_accessed (b, gimple_assign_rhs1 (stmt));
      note_address_accessed (b, lhs);
    }
  if (!may_hold_address (TREE_TYPE (lhs)) && !block_copy (stmt))
    return;
  location_t where = gimple_location (stmt);
  /* The caller's pointer put into its own memory for a while
     ("db->init.azInit = argv; ...; db->init.azInit = std_type;") does not
     leak either, when the place itself is overwritten: a callee's pop
     stands for a push of this frame's object (init_match's "s->c = c;
     swd_init (s);" keeps c, whatever swd_init resets).  */
  if (lasting_place (lhs) && !stores_constant (stmt))
    {
      bool restore = restores_place (stmt);
      if (restore ? overwritten_later (b, stmt)
		  : undone_later (b, stmt) || undone_by_helper (b, stmt))
	return;
      if (gimple_assign_single_p (stmt) && !restore
	  && undone_by_unknown (b, stmt))
	{
	  flow_to_unknown (b, gimple_assign_rhs1 (stmt), where);
	  return;
	}
    }
  auto_vec<gassign *, 4> loads;
  switch (local_store_read (b, stmt, &loads))
    {
    case READ_UNKNOWN:
      if (!gimple_assign_single_p (stmt))
	break;
      flow_to_unknown (b, gimple_assign_rhs1 (stmt), where);
      /* Fall through.  */
    case READ_NONE:
      /* What the loads on the way read is what was stored.  */
      if (!loads.is_empty ())
	{
	  value v = value_of (b, gimple_assign_rhs1 (stmt), where);
	  for (gassign *load : loads)
	    write_to (b, gimple_assign_lhs (load), v, where);
	}
      return;
    case READ_KEEPS:
      break;
    }
  enum tree_code code = gimple_assign_rhs_code (stmt);
  if (b.recycled.contains (stmt))
    {
      /* A pool allocator's block: this function allocates it.  */
      tree fn = DECL_NAME (current_function_decl);
      loc_id site = loc_add (b.g, LOC_HEAP, IDENTIFIER_POINTER (fn), where,
			     NULL_TREE);
      loc_id res = new_value (b, NULL_TREE);
      add_edge (b, EDGE_ADDRESS, res, site, STEP_ADDRESS, where, NULL_TREE);
      write_to (b, lhs, make_value (res, 0), where);
      return;
    }

  if (code == POINTER_PLUS_EXPR)
    {
      tree off = gimple_assign_rhs2 (stmt);
      obj_offset by = tree_fits_shwi_p (off) ? tree_to_shwi (off)
		      : OFFSET_UNKNOWN;
      value v = value_of (b, gimple_assign_rhs1 (stmt), where);
      write_to (b, lhs, shift_value (b, v, by, where, lhs), where);
      return;
    }
  if (gimple_assign_single_p (stmt) || CONVERT_EXPR_CODE_P (code)
      || code == VIEW_CONVERT_EXPR)
    {
      write_to (b, lhs, value_of (b, gimple_assign_rhs1 (stmt), where),
		where);
      return;
    }
  switch (code)
    {
    case PLUS_EXPR:
    case MINUS_EXPR:
    case BIT_AND_EXPR:
    case BIT_IOR_EXPR:
    case BIT_XOR_EXPR:
    case MIN_EXPR:
    case MAX_EXPR:
      /* Integer arithmetic on an address (uintptr_t) keeps it, though
	 where in its object the result points is anybody's guess; a
	 constant operand is an offset or a mask, not another address.  What
	 is subtracted is not kept: "base - (uintptr_t) &here" is a stack
	 depth, as the pointer difference is.  */
      for (tree op : { gimple_assign_rhs1 (stmt), gimple_assign_rhs2 (stmt) })
	if (TREE_CODE (op) != INTEGER_CST
	    && !(code == MINUS_EXPR && op == gimple_assign_rhs2 (stmt)))
	  write_to (b, lhs, shift_value (b, value_of (b, op, where),
					 OFFSET_UNKNOWN, where, lhs),
		    where);
      return;
    case COND_EXPR:
      write_to (b, lhs, value_of (b, gimple_assign_rhs2 (stmt), where),
		where);
      write_to (b, lhs, value_of (b, gimple_assign_rhs3 (stmt), where),
		where);
      return;
    default:
      /* Comparisons, shifts, division, pointer difference: no address
	 survives them.  */
      return;
    }
}

static const char *
callee_name (gcall *call)
{
  tree fndecl = gimple_call_fndecl (call);
  if (fndecl && DECL_NAME (fndecl))
    return IDENTIFIER_POINTER (DECL_NAME (fndecl));
  return NULL;
}

/* CALL's callee named as the source wrote it, for the messages: GCC's
   folded library calls ("__builtin_malloc" for realloc (NULL, n)) by the
   library's name, the sized atomics ("__atomic_exchange_8" for
   __atomic_exchange_n, "__sync_lock_test_and_set_8") by the generic
   one.  */
static const char *
source_name (gcall *call)
{
  const char *name = callee_name (call);
  if (!name || !gimple_call_builtin_p (call, BUILT_IN_NORMAL))
    return name;
  if (is_heap_allocation (call) && !strncmp (name, "__builtin_", 10)
      && name[10])
    return name + 10;
  bool atomic = !strncmp (name, "__atomic_", 9);
  if (!atomic && strncmp (name, "__sync_", 7))
    return name;
  size_t len = strlen (name);
  for (const char *size : { "_1", "_2", "_4", "_8", "_16" })
    {
      size_t n = strlen (size);
      if (len > n && !strcmp (name + len - n, size))
	{
	  char *generic = xasprintf ("%.*s%s", (int) (len - n), name,
				     atomic ? "_n" : "");
	  name = IDENTIFIER_POINTER (get_identifier (generic));
	  free (generic);
	  break;
	}
    }
  return name;
}

static value
arg_value (builder &b, gcall *call, unsigned i)
{
  return value_of (b, gimple_call_arg (call, i), gimple_location (call));
}

/* Argument I, dereferenced LEVELS times, the last time at OFFSET (SIZE
   bytes): what the call reads of it.  */
static value
arg_at (builder &b, gcall *call, unsigned i, int levels,
	obj_offset offset = 0, obj_offset size = SIZE_UNKNOWN)
{
  value v = arg_value (b, call, i);
  location_t where = gimple_location (call);
  for (int k = 0; k < levels; k++)
    v = k + 1 < levels ? deref_value (b, v, 0, SIZE_UNKNOWN, where,
				      gimple_call_arg (call, i))
	: deref_value (b, v, offset, size, where, gimple_call_arg (call, i));
  return v;
}

/* V, read from argument I, flows into DST: a sink the call hands it to
   (STEP_CALL_ARG) or the call's result (STEP_CALL_RESULT).  */
static void
value_flows_to (builder &b, gcall *call, unsigned i, value v, loc_id dst,
		enum step_kind step)
{
  if (v.loc == NO_LOC || dst == NO_LOC)
    return;
  location_t where = gimple_location (call);
  loc_id src = materialize (b, v, STEP_LOAD, where, gimple_call_arg (call, i));
  int e = add_edge (b, EDGE_COPY, dst, src, step, where,
		    gimple_call_arg (call, i));
  edge_set_callee (b.g, e, source_name (call));
}

/* Argument I (+ DEREF_EXTRA dereferences) flows into DST.  */
static void
arg_flows_to (builder &b, gcall *call, unsigned i, loc_id dst,
	      int deref_extra, enum step_kind step = STEP_CALL_ARG)
{
  value_flows_to (b, call, i, arg_at (b, call, i, deref_extra), dst, step);
}

/* *(P + OFFSET) <- V (SIZE bytes), for a call storing what it read of
   argument I into memory reached from argument TO.  */
static void
value_store (builder &b, gcall *call, value v, unsigned to, value p,
	     obj_offset offset, obj_offset size)
{
  if (v.loc == NO_LOC || p.loc == NO_LOC)
    return;
  location_t where = gimple_location (call);
  tree expr = gimple_call_arg (call, to);
  loc_id src = materialize (b, v, STEP_LOAD, where, expr);
  loc_id ptr = materialize (b, p, STEP_LOAD, where, expr);
  int e = edge_add_at (b.g, EDGE_STORE, ptr, src, offset, size,
		       STEP_CALL_ARG, where, expr);
  edge_set_callee (b.g, e, source_name (call));
}

/* *(ARG(TO) + TO_EXTRA) <- ARG(I) + DEREF_EXTRA, in dereferences.  */
static void
arg_store (builder &b, gcall *call, unsigned i, unsigned to, int deref_extra,
	   int to_extra = 0)
{
  value_store (b, call, arg_at (b, call, i, deref_extra), to,
	       arg_at (b, call, to, to_extra), 0, SIZE_UNKNOWN);
}

static void
result_from_arg (builder &b, gcall *call, loc_id res, unsigned i,
		 int deref_extra = 0)
{
  arg_flows_to (b, call, i, res, deref_extra, STEP_CALL_RESULT);
}

static bool
arg_may_hold_address (gcall *call, unsigned i)
{
  return may_hold_address (TREE_TYPE (gimple_call_arg (call, i)));
}

/* Where a summary's LEAK (one bit, not LEAK_PARAM) sends what it names:
   the call's result RES, or a sink.  */
static loc_id
leak_sink (builder &b, unsigned leak, loc_id res)
{
  switch (leak)
    {
    case LEAK_RESULT:
      return res;
    case LEAK_GLOBAL:
      return loc_unknown_memory (b.g);
    case LEAK_RETAINED:
      return b.retained;
    case LEAK_UNKNOWN:
      return b.unknown_call;
    default:
      return NO_LOC;
    }
}

/* What a call reads of its arguments, each read made once: argument I at
   LEVEL (0: its value; 1: SIZE bytes at OFFSET of what it points to; 2:
   all of what those point to).  */
struct arg_read
{
  unsigned arg;
  int level;
  obj_offset offset, size;
  loc_id loc;
};

#define ARG_READS_MAX 128
struct arg_reads
{
  arg_read items[ARG_READS_MAX];
  int n;
  loc_id guard;		/* For guarded flows, made on first use.  */
  loc_id made;		/* What the callee made (LEAK_MADE), likewise.  */
};

static loc_id
read_arg (builder &b, gcall *call, arg_reads &cache, unsigned i, int level,
	  obj_offset offset, obj_offset size)
{
  /* Any field, or every field from the start: the same read.  */
  if (offset == OFFSET_UNKNOWN && size == SIZE_UNKNOWN)
    offset = 0;
  for (int k = 0; k < cache.n; k++)
    {
      const arg_read &r = cache.items[k];
      if (r.arg == i && r.level == level && r.offset == offset
	  && r.size == size)
	return r.loc;
    }
  value v;
  if (level > 1)
    /* Beyond the field: all of what the field's read points to.  */
    v = deref_value (b, make_value (read_arg (b, call, cache, i, level - 1,
					      offset, size), 0),
		     0, SIZE_UNKNOWN, gimple_location (call),
		     gimple_call_arg (call, i));
  else
    v = level ? arg_at (b, call, i, 1, offset, size) : arg_value (b, call, i);
  loc_id l = materialize (b, v, STEP_LOAD, gimple_location (call),
			  gimple_call_arg (call, i));
  if (cache.n < ARG_READS_MAX)
    {
      arg_read r = { i, level, offset, size, l };
      cache.items[cache.n++] = r;
    }
  return l;
}

/* The objects a summary's guards name at CALL: a location pointing to
   them all.  */
static loc_id
guard_of (builder &b, gcall *call, const escape_summary *s, arg_reads &cache)
{
  if (cache.guard != NO_LOC)
    return cache.guard;
  location_t where = gimple_location (call);
  loc_id guard = new_value (b, NULL_TREE);
  for (int k = 0; k < s->nguards; k++)
    {
      const summary_guard &t = s->guards[k];
      if (t.param >= gimple_call_num_args (call))
	continue;
      loc_id read = read_arg (b, call, cache, t.param, t.level, t.offset,
			      t.size);
      if (t.level)
	{
	  /* Everything reachable from there: the callee's memory beyond
	     the first level is one object.  */
	  loc_id reach = new_value (b, NULL_TREE);
	  add_edge (b, EDGE_COPY, reach, read, STEP_COPY, where, NULL_TREE);
	  add_edge (b, EDGE_LOAD, reach, reach, STEP_LOAD, where, NULL_TREE);
	  read = reach;
	}
      add_edge (b, EDGE_COPY, guard, read, STEP_COPY, where, NULL_TREE);
    }
  cache.guard = guard;
  return guard;
}

/* Memory CALL hands back whose insides the analysis does not see: one
   object, whose parts may point to one another.  */
static loc_id
opaque_object (builder &b, gcall *call, bool parts_linked = true)
{
  location_t where = gimple_location (call);
  loc_id o = loc_add (b.g, LOC_OPAQUE, callee_name (call), where, NULL);
  if (parts_linked)
    add_edge (b, EDGE_ADDRESS, o, o, STEP_ADDRESS, where, NULL_TREE);
  return o;
}

/* The object standing for what a same-file callee made and handed back
   (its summary's LEAK_MADE, made_into, returns_made) at CALL: one per
   callee, for all its calls, up to MAX_MADE_OBJECTS callees, then one for
   all the others.  One per call multiplied the solver's work on sqlite3.c
   by 40, one per callee without a bound by 8 (yy_reduce calls a hundred
   helpers, whose objects all meet in the parser's stack), and one object
   for all callees made the nodes of unrelated helpers share their fate.  */
static loc_id
made_by (builder &b, gcall *call, arg_reads &cache)
{
  if (cache.made != NO_LOC)
    return cache.made;
  tree callee = gimple_call_fndecl (call);
  for (int i = 0; i < b.nmade; i++)
    if (b.made_callee[i] == callee)
      return cache.made = b.made_object[i];
  loc_id o;
  /* Which of its parts point to one another, the summaries say.  */
  if (b.nmade < MAX_MADE_OBJECTS)
    {
      o = opaque_object (b, call, false);
      b.made_callee[b.nmade] = callee;
      b.made_object[b.nmade++] = o;
    }
  else
    {
      if (b.made_rest == NO_LOC)
	{
	  b.made_rest = opaque_object (b, call, false);
	  loc_get (b.g, b.made_rest)->name = NULL;
	}
      o = b.made_rest;
    }
  loc_get (b.g, o)->made = true;
  return cache.made = o;
}

/* A summary stores into MADE at a known place.  */
static void
note_made_fielded (builder &b, loc_id made)
{
  if (!b.made_fielded.contains (made))
    b.made_fielded.safe_push (made);
}

/* V into the place in argument F.dst_param's memory that flow F names.  */
static void
store_into_arg (builder &b, gcall *call, const summary_flow &f, value v,
		arg_reads &cache)
{
  unsigned j = f.dst_param;
  loc_id p = f.dst_deep
	     ? read_arg (b, call, cache, j, f.dst_deep, f.dst_offset,
			 SIZE_UNKNOWN)
	     : read_arg (b, call, cache, j, 0, 0, SIZE_UNKNOWN);
  value_store (b, call, v, j, make_value (p, 0),
	       f.dst_deep ? 0 : f.dst_offset,
	       f.dst_deep ? SIZE_UNKNOWN : f.dst_size);
}

/* One flow of a callee's summary, field by field.  */
static void
apply_flow (builder &b, gcall *call, const escape_summary *s,
	    const summary_flow &f, loc_id res, arg_reads &cache)
{
  unsigned i = f.src_param, nargs = gimple_call_num_args (call);
  if (i == SUMMARY_MADE && f.leak == LEAK_MADE)
    {
      /* What the callee made points to what it made: *(start + DST_OFFSET)
	 <- start + SRC_OFFSET.  */
      loc_id made = made_by (b, call, cache);
      if (f.dst_size != SIZE_UNKNOWN)
	note_made_fielded (b, made);
      location_t where = gimple_location (call);
      loc_id start = new_value (b, NULL_TREE);
      loc_id into = new_value (b, NULL_TREE);
      edge_add_at (b.g, EDGE_ADDRESS, start, made, 0, SIZE_UNKNOWN,
		   STEP_ADDRESS, where, NULL);
      edge_add_at (b.g, EDGE_ADDRESS, into, made, f.src_offset, SIZE_UNKNOWN,
		   STEP_ADDRESS, where, NULL);
      edge_add_at (b.g, EDGE_STORE, start, into, f.dst_offset, f.dst_size,
		   STEP_CALL_RESULT, where, NULL);
      return;
    }
  if (i == SUMMARY_MADE && f.dst_param < nargs)
    {
      store_into_arg (b, call, f,
		      make_value (made_by (b, call, cache), -1, f.src_offset),
		      cache);
      return;
    }
  if (i >= nargs || !arg_may_hold_address (call, i))
    return;
  if (f.leak == LEAK_PARAM
      && (f.dst_param >= nargs
	  /* Pushed here, popped by a later call on every path.  */
	  || call_restores (b, gimple_call_arg (call, f.dst_param),
			    gimple_call_arg (call, i), call)))
    return;
  value v = make_value (read_arg (b, call, cache, i, f.src_level,
				  f.src_offset, f.src_size), 0);
  if (f.guarded && narrowing)
    {
      loc_id narrowed = new_value (b, NULL_TREE);
      edge_add_filter (b.g, narrowed, v.loc, guard_of (b, call, s, cache),
		       gimple_location (call), gimple_call_arg (call, i));
      v = make_value (narrowed, 0);
    }
  if (f.leak == LEAK_MADE)
    {
      loc_id made = made_by (b, call, cache);
      if (f.dst_size == SIZE_UNKNOWN)
	value_flows_to (b, call, i, v, made, STEP_CALL_ARG);
      else
	{
	  /* Into one place of what the callee made.  */
	  note_made_fielded (b, made);
	  value_store (b, call, v, i, make_value (made, -1), f.dst_offset,
		       f.dst_size);
	}
      return;
    }
  if (f.leak == LEAK_GLOBAL && f.src_level == 0 && set_undone (b, call, s, i))
    return;
  if (f.leak != LEAK_PARAM)
    {
      value_flows_to (b, call, i, v, leak_sink (b, f.leak, res),
		      f.leak == LEAK_RESULT ? STEP_CALL_RESULT
		      : STEP_CALL_ARG);
      return;
    }
  store_into_arg (b, call, f, v, cache);
}

/* Where what the callee made goes: into the memory of the arguments its
   summary names, and the result.  */
static void
hand_back_made (builder &b, gcall *call, const escape_summary *s, loc_id res,
		arg_reads &cache)
{
  unsigned nargs = gimple_call_num_args (call);
  /* The flows say which fields (SUMMARY_MADE); the bits serve without,
     and what the callee made may then point anywhere in it.  */
  if (s->nflows < 0 && (s->returns_made || s->made_into[0] || s->made_into[1]
			|| s->made_into[2]))
    {
      loc_id made = made_by (b, call, cache);
      if (loc_get (b.g, made)->kind == LOC_OPAQUE)
	edge_add_at (b.g, EDGE_ADDRESS, made, made, OFFSET_UNKNOWN,
		     SIZE_UNKNOWN, STEP_ADDRESS, gimple_location (call),
		     NULL_TREE);
    }
  if (s->nflows < 0)
    for (unsigned j = 0; j < nargs && j < SUMMARY_MAX_PARAMS; j++)
      for (int deep = 0; deep < SUMMARY_LEVELS; deep++)
	if ((s->made_into[deep] & (1u << j)) && arg_may_hold_address (call, j))
	  value_store (b, call,
		       make_value (made_by (b, call, cache), -1,
				   OFFSET_UNKNOWN), j,
		       make_value (read_arg (b, call, cache, j, deep, 0,
					     SIZE_UNKNOWN), 0),
		       0, SIZE_UNKNOWN);
  if (s->made_may_escape)
    add_edge (b, EDGE_ADDRESS, b.unknown_call, made_by (b, call, cache),
	      STEP_ADDRESS, gimple_location (call), NULL_TREE);
  if (s->returns_made && res != NO_LOC)
    edge_add_at (b.g, EDGE_ADDRESS, res, made_by (b, call, cache),
		 s->returns_made_at, SIZE_UNKNOWN, STEP_CALL_RESULT,
		 gimple_location (call), NULL_TREE);
  if (s->returns_lasting && res != NO_LOC)
    add_edge (b, EDGE_ADDRESS, res, loc_unknown_memory (b.g),
	      STEP_CALL_RESULT, gimple_location (call), NULL_TREE);
}

/* A same-file callee already analysed: do what its summary says.  MADE,
   when given, stands for what it made (an allocation wrapper's site).  */
static void
apply_summary (builder &b, gcall *call, const escape_summary *s, loc_id res,
	       loc_id made = NO_LOC)
{
  arg_reads cache;
  cache.n = 0;
  cache.guard = NO_LOC;
  cache.made = made;
  if (s->nflows >= 0)
    for (int k = 0; k < s->nflows; k++)
      apply_flow (b, call, s, s->flows[k], res, cache);
  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
    {
      if (!arg_may_hold_address (call, i))
	continue;
      if ((int) i >= s->nparams || i >= SUMMARY_MAX_PARAMS)
	{
	  /* Variadic tail: the summary cannot say, unless the callee never
	     reads it.  */
	  if (!s->varargs_unread)
	    arg_flows_to (b, call, i, b.unknown_call, 0);
	  continue;
	}
      if (s->nflows >= 0)
	continue;
      const param_leaks &p = s->params[i];
      for (int level = 0; level < SUMMARY_LEVELS; level++)
	{
	  unsigned leaks = p.leaks[level];
	  if (!leaks)
	    continue;
	  value what = make_value (read_arg (b, call, cache, i, level, 0,
					     SIZE_UNKNOWN), 0);
	  for (unsigned leak : { LEAK_RESULT, LEAK_GLOBAL, LEAK_RETAINED,
				 LEAK_UNKNOWN })
	    if ((leaks & leak)
		&& !(leak == LEAK_GLOBAL && level == 0
		     && set_undone (b, call, s, i)))
	      value_flows_to (b, call, i, what, leak_sink (b, leak, res),
			      leak == LEAK_RESULT ? STEP_CALL_RESULT
			      : STEP_CALL_ARG);
	  if (leaks & LEAK_MADE)
	    value_flows_to (b, call, i, what, made_by (b, call, cache),
			    STEP_CALL_ARG);
	  if (!(leaks & LEAK_PARAM))
	    continue;
	  const unsigned *into = p.into_params[level];
	  unsigned any = 0;
	  for (int deep = 0; deep < SUMMARY_LEVELS; deep++)
	    any |= into[deep];
	  for (unsigned j = 0; j < gimple_call_num_args (call); j++)
	    {
	      /* Pushed here, popped by a later call on every path.  */
	      if ((any & (1u << j))
		  && call_restores (b, gimple_call_arg (call, j),
				    gimple_call_arg (call, i), call))
		continue;
	      for (int deep = 0; deep < SUMMARY_LEVELS; deep++)
		if (into[deep] & (1u << j))
		  value_store (b, call, what, j,
			       make_value (read_arg (b, call, cache, j, deep,
						     0, SIZE_UNKNOWN), 0),
			       0, SIZE_UNKNOWN);
	    }
	}
    }
  hand_back_made (b, call, s, res, cache);
}

/* The object a handle argument names, comparable across statements:
   &t is t; a value loaded from memory is that memory (t.0 = t; join
   (t.0)); else the value itself.  */
static tree
handle_key (tree arg, bool by_address)
{
  if (by_address)
    {
      /* &t[i] is computed into a temporary.  */
      arg = loaded_from (arg);
      return TREE_CODE (arg) == ADDR_EXPR ? TREE_OPERAND (arg, 0) : NULL_TREE;
    }
  return loaded_from (arg);
}

/* Where a loop over an array of handles that R releases one of begins:
   "for (i = 0; i < n; i++) pthread_join (t[i], NULL);" after the loop
   that started them (CALL, outside it), taken to release them all.  NULL
   when R is not in such a loop.  */
static gimple *
release_loop_entry (gcall *call, gcall *r)
{
  if (!current_loops)
    return NULL;
  class loop *loop = gimple_bb (r)->loop_father;
  if (!loop || !loop_outer (loop)
      || flow_bb_inside_loop_p (loop, gimple_bb (call)))
    return NULL;
  gimple_stmt_iterator gsi = gsi_start_bb (loop->header);
  return gsi_end_p (gsi) ? NULL : gsi_stmt (gsi);
}

/* The test of a retaining call's result against 0 that ends the call's
   block ("if (pthread_create (...) != 0) return -1;", "if (!f) return
   -1;" after f = fmemopen (...)), and in *SUCCESS_EDGE which way it goes
   when the call succeeded (returned 0, or a non-null handle): a failed
   call kept nothing.  */
static gcond *
failure_test (gcall *call, bool *success_edge, bool nonzero_succeeds = false)
{
  tree rc = gimple_call_lhs (call);
  if (!rc || TREE_CODE (rc) != SSA_NAME
      || !(INTEGRAL_TYPE_P (TREE_TYPE (rc))
	   || POINTER_TYPE_P (TREE_TYPE (rc))))
    return NULL;
  gcond *c = safe_dyn_cast<gcond *> (last_stmt (gimple_bb (call)));
  if (!c)
    return NULL;
  enum tree_code code = gimple_cond_code (c);
  tree tested = gimple_cond_lhs (c), zero = gimple_cond_rhs (c);
  hinted_comparison (c, &code, &tested, &zero);
  if (!integer_zerop (zero) || (code != NE_EXPR && code != EQ_EXPR))
    return NULL;
  /* "rc = pthread_create (...); _1 = rc != 0" at -O0 folds away; a cast
     ("(int) rc") may stay.  */
  if (TREE_CODE (tested) == SSA_NAME && tested != rc)
    {
      gassign *def = dyn_cast<gassign *> (SSA_NAME_DEF_STMT (tested));
      if (!def || gimple_assign_rhs1 (def) != rc)
	return NULL;
      /* "if (!cas (...))": the negation of a truth value.  */
      if (gimple_assign_rhs_code (def) == BIT_NOT_EXPR
	  && TREE_CODE (TREE_TYPE (rc)) == BOOLEAN_TYPE)
	code = code == EQ_EXPR ? NE_EXPR : EQ_EXPR;
      else if (!CONVERT_EXPR_CODE_P (gimple_assign_rhs_code (def)))
	return NULL;
    }
  else if (tested != rc)
    return NULL;
  /* A status succeeds as 0; a handle (fmemopen's stream) or a truth value
     (a compare-and-swap that swapped) as non-zero.  */
  *success_edge = (code == EQ_EXPR) != (POINTER_TYPE_P (TREE_TYPE (rc))
					|| nonzero_succeeds);
  return c;
}

/* What the retaining CALL keeps, as the releaser of row K is given it:
   the handle argument (what it points to when passed by address) or the
   result; NULL_TREE when the call has none.  */
static tree
kept_handle (gcall *call, const known_release *k)
{
  if (k->handle_arg < 0)
    return gimple_call_lhs (call);
  return (unsigned) k->handle_arg < gimple_call_num_args (call)
	 ? handle_key (gimple_call_arg (call, k->handle_arg), k->by_address)
	 : NULL_TREE;
}

/* pthread_create (&t, ...) then pthread_join (t) on every path: the thread
   and its argument are gone before the frame is.  Likewise fclose or a
   null setvbuf after setvbuf.  Handles kept in an array are released by
   a later loop over the array.  */
static bool
released_later (builder &b, gcall *call, const char *retainer)
{
  auto_vec<gimple *> releases;
  /* A row whose handle the retaining call is given by address (a
     thread's), for the handle's reuse below.  */
  const known_release *by_address = NULL;
  for (gcall *r : b.releasers)
    {
      const known_release *k = known_release_find (retainer, callee_name (r));
      if (k && k->by_address)
	by_address = k;
      if (!k || r == call
	  || (unsigned) k->release_arg >= gimple_call_num_args (r)
	  || (k->null_arg >= 0
	      && ((unsigned) k->null_arg >= gimple_call_num_args (r)
		  || !integer_zerop (gimple_call_arg (r, k->null_arg)))))
	continue;
      /* The handle is an argument, or (HANDLE_ARG -1) the result: the
	 stream fmemopen returns.  */
      tree kept = kept_handle (call, k);
      tree released = handle_key (gimple_call_arg (r, k->release_arg), false);
      if (!kept || !released)
	continue;
      if (operand_equal_p (kept, released, 0))
	releases.safe_push (r);
      else if (TREE_CODE (kept) == ARRAY_REF
	       && TREE_CODE (released) == ARRAY_REF
	       && operand_equal_p (TREE_OPERAND (kept, 0),
				   TREE_OPERAND (released, 0), 0))
	if (gimple *entry = release_loop_entry (call, r))
	  releases.safe_push (entry);
    }
  /* Same-file wrappers of the releasers: join_thread (t).  */
  for (gcall *r : b.summary_calls)
    {
      const escape_summary *s
	= summary_find (b.summaries, gimple_call_fndecl (r));
      for (int j = 0; s && j < s->nreleased; j++)
	{
	  const known_release *k = known_release_find (retainer,
						       s->releaser[j]);
	  if (k && k->by_address)
	    by_address = k;
	  if (!k || r == call
	      || (unsigned) s->released_param[j] >= gimple_call_num_args (r))
	    continue;
	  tree kept = kept_handle (call, k);
	  tree released
	    = handle_key (gimple_call_arg (r, s->released_param[j]), false);
	  if (kept && released && operand_equal_p (kept, released, 0))
	    releases.safe_push (r);
	}
    }
  bool success_edge = false;
  gcond *failed = failure_test (call, &success_edge);
  /* A thread started again into the same handle before the join (a loop
     reusing one pthread_t) leaves the earlier thread unjoined; an array
     of handles has one per thread.  (With no release found, nothing is
     released anyway.)  */
  auto_vec<gimple *> again;
  if (by_address
      && (unsigned) by_address->handle_arg < gimple_call_num_args (call))
    {
      tree kept = kept_handle (call, by_address);
      if (!kept || TREE_CODE (kept) != ARRAY_REF)
	{
	  basic_block bb;
	  FOR_EACH_BB_FN (bb, cfun)
	    for (gimple_stmt_iterator gsi = gsi_start_bb (bb);
		 !gsi_end_p (gsi); gsi_next (&gsi))
	      {
		gcall *other = dyn_cast<gcall *> (gsi_stmt (gsi));
		if (!other || !callee_name (other)
		    || strcmp (callee_name (other), retainer)
		    || (unsigned) by_address->handle_arg
		       >= gimple_call_num_args (other))
		  continue;
		tree key = kept_handle (other, by_address);
		if (other == call || !kept
		    || (key && operand_equal_p (key, kept, 0)))
		  again.safe_push (other);
	      }
	}
    }
  return every_path_through (call, releases, failed, success_edge, &again);
}

static void
apply_known (builder &b, gcall *call, const known_call *rows, int nrows,
	     loc_id res)
{
  unsigned nargs = gimple_call_num_args (call);
  for (int r = 0; r < nrows; r++)
    {
      const known_call &k = rows[r];
      if (k.arg >= (int) nargs || k.to >= (int) nargs)
	continue;
      switch (k.effect)
	{
	case CALL_KEEPS_NOTHING:
	  break;
	case CALL_RETURNS_ARG:
	  result_from_arg (b, call, res, k.arg);
	  break;
	case CALL_RETURNS_POINTEE:
	  result_from_arg (b, call, res, k.arg, 1);
	  break;
	case CALL_STORES_ARG:
	  arg_store (b, call, k.arg, k.to, 0);
	  break;
	case CALL_COPIES_MEMORY:
	  arg_store (b, call, k.arg, k.to, 1);
	  break;
	case CALL_RETAINS_ARG:
	  if (!released_later (b, call, k.name))
	    arg_flows_to (b, call, k.arg, b.retained, 0);
	  break;
	case CALL_RETAINS_POINTEE:
	  arg_flows_to (b, call, k.arg, b.retained, 1);
	  break;
	}
    }
}

/* Builtins and functions with a fnspec: GCC knows which arguments escape and
   which may be returned.  Returns true when the result is exactly one of
   the arguments (memcpy, strcpy), false when it may also be other memory.  */
static bool
apply_gcc_knowledge (builder &b, gcall *call, loc_id res)
{
  int rflags = gimple_call_return_flags (call);
  tree lhs = gimple_call_lhs (call);
  /* strlen's size_t is no address, whatever its flags leave open.  */
  bool pointer_result = lhs && POINTER_TYPE_P (TREE_TYPE (lhs));
  attr_fnspec fnspec = gimple_call_fnspec (call);
  unsigned nargs = gimple_call_num_args (call);
  for (unsigned i = 0; i < nargs; i++)
    {
      if (!arg_may_hold_address (call, i))
	continue;
      int flags = gimple_call_arg_flags (call, i);
      unsigned to;
      if (fnspec.known_p () && fnspec.arg_specified_p (i)
	  && fnspec.arg_copied_to_arg_p (i, &to) && to < nargs)
	/* strcpy's source: what it points to is copied, as memcpy's.  */
	arg_store (b, call, i, to, 1);
      else if (compat_arg_address_escapes (flags))
	arg_flows_to (b, call, i, b.unknown_call, 0);
      else if (compat_arg_contents_escape (flags))
	arg_flows_to (b, call, i, b.unknown_call, 1);
      bool returned = (rflags & ERF_RETURNS_ARG)
		      ? (rflags & ERF_RETURN_ARG_MASK) == (int) i
		      : pointer_result && compat_arg_may_be_returned (flags);
      if (returned)
	result_from_arg (b, call, res, i);
    }
  return rflags & ERF_RETURNS_ARG;
}

/* __atomic_store_n (&head, &node, ...) and friends: a store, a load, or
   both, through their first argument.  */
static bool
build_atomic (builder &b, gcall *call, loc_id res)
{
  if (is_atomic_store (call))
    {
      /* Undone as a plain store is: "__atomic_store_n (&g, &p, ...);
	 ...; __atomic_store_n (&g, NULL, ...);".  */
      tree place = atomic_store_place (call);
      auto_vec<gimple *> undo;
      if (place && lasting_place (place))
	overwrites_of_place (b, call, place, undo);
      if (!every_path_through (call, undo))
	arg_store (b, call, 1, 0, 0);
      return true;
    }
  int stored = exchanged_arg (call);
  if (stored < 0)
    return false;
  /* An exchange is undone as a store is, also by putting back the old
     value it returned; a compare-and-swap that failed stored nothing.  */
  bool returns_old = exchanged_arg (call, true) >= 0;
  bool undone = false;
  if (tree place = exchanged_place (call))
    if (lasting_place (place))
      {
	auto_vec<gimple *> undo;
	overwrites_of_place (b, call, place, undo);
	if (returns_old)
	  exchange_put_backs (call, place, undo);
	bool success_edge = false;
	gcond *failed = returns_old ? NULL
			: failure_test (call, &success_edge, true);
	undone = every_path_through (call, undo, failed, success_edge);
      }
  /* The new value may land in *ptr.  */
  if (!undone)
    arg_store (b, call, stored, 0, 0);
  /* The exchanges return what *ptr held; __atomic_compare_exchange_n
     puts it in *expected.  */
  if (returns_old)
    {
      if (res != NO_LOC)
	result_from_arg (b, call, res, 0, 1);
    }
  else
    {
      enum built_in_function code
	= DECL_FUNCTION_CODE (gimple_call_fndecl (call));
      if (code >= BUILT_IN_ATOMIC_COMPARE_EXCHANGE_N
	  && code <= BUILT_IN_ATOMIC_COMPARE_EXCHANGE_16)
	arg_store (b, call, 0, 1, 1);
    }
  return true;
}

static bool
is_memory_copy (gcall *call)
{
  if (!gimple_call_builtin_p (call, BUILT_IN_NORMAL))
    return false;
  switch (DECL_FUNCTION_CODE (gimple_call_fndecl (call)))
    {
    case BUILT_IN_MEMCPY:
    case BUILT_IN_MEMMOVE:
    case BUILT_IN_MEMPCPY:
    case BUILT_IN_MEMCPY_CHK:
    case BUILT_IN_MEMMOVE_CHK:
    case BUILT_IN_MEMPCPY_CHK:
      return true;
    default:
      return false;
    }
}


/* malloc and friends: GCC marks them ECF_MALLOC (the malloc attribute);
   "malloc (dealloc)" names a deallocator without implying ECF_MALLOC.  */
static bool
is_heap_allocation (gcall *call)
{
  tree fndecl = gimple_call_fndecl (call);
  return (gimple_call_flags (call) & ECF_MALLOC)
	 || gimple_call_builtin_p (call, BUILT_IN_REALLOC)
	 || (fndecl && lookup_attribute ("malloc", DECL_ATTRIBUTES (fndecl)));
}

/* T through copies and conversions of SSA names.  */
static tree
copied_from (tree t)
{
  for (int depth = 0; TREE_CODE (t) == SSA_NAME && depth < 8; depth++)
    {
      gassign *def = dyn_cast<gassign *> (SSA_NAME_DEF_STMT (t));
      if (!def || !(gimple_assign_ssa_name_copy_p (def)
		    || gimple_assign_cast_p (def)))
	break;
      t = gimple_assign_rhs1 (def);
    }
  return t;
}

/* "s = db->free; ... db->free = s->next;": does LOAD take the head block
   off a free list kept in memory that outlives the call, one of STORES
   putting the block's own link in its place?  */
static bool
takes_off_list (gassign *load, const vec<gassign *> &stores)
{
  tree head = gimple_assign_rhs1 (load);
  tree block = gimple_assign_lhs (load);
  if (TREE_CODE (block) != SSA_NAME || !POINTER_TYPE_P (TREE_TYPE (block))
      || !lasting_place (head))
    return false;
  for (gassign *store : stores)
    {
      if (!operand_equal_p (gimple_assign_lhs (store), head, 0))
	continue;
      tree next = copied_from (gimple_assign_rhs1 (store));
      gassign *def = TREE_CODE (next) == SSA_NAME
		     ? dyn_cast<gassign *> (SSA_NAME_DEF_STMT (next)) : NULL;
      if (!def || !gimple_assign_load_p (def))
	continue;
      tree base = get_base_address (gimple_assign_rhs1 (def));
      if (base && TREE_CODE (base) == MEM_REF
	  && copied_from (TREE_OPERAND (base, 0)) == block)
	return true;
    }
  return false;
}

/* Does CALL hand back memory nothing else keeps: an allocation, what a
   same-file callee made, or what unknown code returns (an allocator
   hook)?  */
static bool
hands_back_new_memory (builder &b, gcall *call)
{
  if (is_heap_allocation (call))
    return true;
  tree fndecl = gimple_call_fndecl (call);
  if (const escape_summary *s
      = fndecl ? summary_find (b.summaries, fndecl) : NULL)
    return (s->returns_allocation || s->returns_made) && !s->returns_lasting;
  const known_call *rows;
  /* An internal function's result is memory we do not see (build_call),
     not new memory.  */
  if (gimple_call_internal_p (call))
    return false;
  return !fndecl
	 || (!fndecl_built_in_p (fndecl) && !known_rows (fndecl, &rows));
}

/* A pool allocator's fast path ("if ((s = db->free)) { db->free =
   s->next; return s; } return malloc (n);"): the block taken off the
   list is the caller's from then on, as fresh as what the slow path
   allocates, not the list owner's memory.  Fill B.recycled with those
   loads when every value the function returns is NULL, new memory from a
   call (hands_back_new_memory) or such a block, and there is at least one
   of each of the last two: a function that only takes blocks off a list
   (an iterator's "next") keeps the owner's memory.  */
static void
recycled_blocks (builder &b, const vec<gassign *> &stores)
{
  auto_vec<tree, 16> work;
  hash_set<tree> seen;
  basic_block exit = EXIT_BLOCK_PTR_FOR_FN (cfun);
  edge e;
  edge_iterator ei;
  FOR_EACH_EDGE (e, ei, exit->preds)
    {
      gimple *last = last_stmt (e->src);
      if (last && gimple_code (last) == GIMPLE_RETURN)
	if (tree rv = gimple_return_retval (as_a<greturn *> (last)))
	  work.safe_push (rv);
    }
  bool allocates = false;
  auto_vec<gassign *, 8> taken;
  while (!work.is_empty ())
    {
      tree t = copied_from (work.pop ());
      gimple *def = TREE_CODE (t) == SSA_NAME ? SSA_NAME_DEF_STMT (t) : NULL;
      /* NULL, or a temporary holding it (-O0's "_46 = 0B").  */
      if (integer_zerop (t)
	  || (def && gimple_assign_single_p (def)
	      && integer_zerop (gimple_assign_rhs1 (def))))
	continue;
      if (TREE_CODE (t) != SSA_NAME || seen.elements () > 64)
	return;
      if (seen.add (t))
	continue;
      if (gphi *phi = dyn_cast<gphi *> (def))
	for (unsigned i = 0; i < gimple_phi_num_args (phi); i++)
	  work.safe_push (gimple_phi_arg_def (phi, i));
      else if (gcall *call = dyn_cast<gcall *> (def))
	{
	  if (!hands_back_new_memory (b, call))
	    return;
	  allocates = true;
	}
      else if (gassign *load = dyn_cast<gassign *> (def))
	{
	  if (!gimple_assign_load_p (load) || !takes_off_list (load, stores))
	    return;
	  taken.safe_push (load);
	}
      else
	return;
    }
  if (allocates)
    b.recycled.safe_splice (taken);
}

static loc_id
new_stack_allocation (builder &b, gcall *call)
{
  tree lhs = gimple_call_lhs (call);
  tree var = lhs && TREE_CODE (lhs) == SSA_NAME ? SSA_NAME_VAR (lhs) : lhs;
  tree *vla = var ? b.vla_of->get (var) : NULL;
  loc_id obj;
  if (vla)
    {
      obj = loc_add (b.g, LOC_STACK, decl_name_or_null (*vla),
		     DECL_SOURCE_LOCATION (*vla), *vla);
      loc_get (b.g, obj)->stack_kind = STACK_VLA;
    }
  else
    {
      obj = loc_add (b.g, LOC_STACK, NULL, gimple_location (call), call);
      loc_get (b.g, obj)->stack_kind = STACK_ALLOCA;
    }
  loc_get (b.g, obj)->address_taken = true;
  return obj;
}

/* Does FRAME hold a local or parameter of the function: does some decl
   now live in it (its DECL_VALUE_EXPR is FRAME.N.x)?  */
static bool
decls_in_frame (tree decls, tree frame)
{
  for (tree d = decls; d; d = DECL_CHAIN (d))
    if ((VAR_P (d) || TREE_CODE (d) == PARM_DECL) && DECL_HAS_VALUE_EXPR_P (d)
	&& TREE_CODE (DECL_VALUE_EXPR (d)) == COMPONENT_REF
	&& get_base_address (DECL_VALUE_EXPR (d)) == frame)
      return true;
  return false;
}

static bool
frame_holds_locals_in (tree block, tree frame)
{
  for (; block && TREE_CODE (block) == BLOCK; block = BLOCK_CHAIN (block))
    if (decls_in_frame (BLOCK_VARS (block), frame)
	|| frame_holds_locals_in (BLOCK_SUBBLOCKS (block), frame))
      return true;
  return false;
}

/* Is a parameter of the function copied into FRAME?  When optimising,
   GCC gives the parameter no DECL_VALUE_EXPR (at -O0 it does, for the
   debugger): the frame's record has a field of the parameter's name.  */
static bool
params_in_frame (tree frame)
{
  tree type = TREE_TYPE (frame);
  if (!RECORD_OR_UNION_TYPE_P (type))
    return false;
  for (tree p = DECL_ARGUMENTS (current_function_decl); p; p = DECL_CHAIN (p))
    if (DECL_NAME (p))
      for (tree f = TYPE_FIELDS (type); f; f = DECL_CHAIN (f))
	if (TREE_CODE (f) == FIELD_DECL && DECL_NAME (f) == DECL_NAME (p)
	    && TREE_TYPE (f) == TREE_TYPE (p))
	  return true;
  return false;
}

static bool
frame_holds_locals (tree frame)
{
  return frame && (decls_in_frame (DECL_ARGUMENTS (current_function_decl), frame)
		   || params_in_frame (frame)
		   || frame_holds_locals_in (DECL_INITIAL (current_function_decl),
					     frame));
}

/* GNU C nested functions that use their parent's locals are lowered before
   GIMPLE: the locals move into a FRAME.N record, and the nested function's
   address is a trampoline inside it, set up by
   __builtin_init_trampoline (&FRAME.N.tramp, nested, &FRAME.N).  Whoever
   keeps that address keeps a pointer into the parent's frame: Go's closure
   rule.  Name the frame after the nested function for the diagnostics.  */
static void
name_frame (builder &b, gcall *call)
{
  if (gimple_call_num_args (call) < 3)
    return;
  value frame = arg_value (b, call, 2);
  tree fn = gimple_call_arg (call, 1);
  if (TREE_CODE (fn) == ADDR_EXPR)
    fn = TREE_OPERAND (fn, 0);
  if (frame.loc == NO_LOC || frame.deref != -1
      || TREE_CODE (fn) != FUNCTION_DECL)
    return;
  escape_loc *l = loc_get (b.g, frame.loc);
  if (l->kind != LOC_STACK || l->stack_kind == STACK_FRAME)
    return;
  /* At -O0 a trampoline is built even for a nested function that uses none
     of its parent's locals; such a function is safe to call after the
     parent returns (GCC's manual, "Nested Functions").  */
  if (!frame_holds_locals ((tree) l->tree))
    {
      l->kind = LOC_CONSTANT;
      return;
    }
  l->stack_kind = STACK_FRAME;
  l->name = decl_name_or_null (fn);
  l->where = DECL_SOURCE_LOCATION (fn);
}

/* &x passed to a call the graph needs no edge for (memset, printf) still
   takes x's address: the report lists x.  */
static void
note_addresses_taken (builder &b, gcall *call)
{
  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
    note_address_taken (b, gimple_call_arg (call, i));
}

/* The index of parameter PARM of the current function, or -1.  */
static int
parm_index (tree parm)
{
  int k = 0;
  for (tree p = DECL_ARGUMENTS (current_function_decl); p;
       p = DECL_CHAIN (p), k++)
    if (p == parm)
      return k;
  return -1;
}

/* The parameter whose incoming value T is, or -1.  */
static int
incoming_param (tree t)
{
  if (TREE_CODE (t) != SSA_NAME || !SSA_NAME_IS_DEFAULT_DEF (t)
      || !SSA_NAME_VAR (t) || TREE_CODE (SSA_NAME_VAR (t)) != PARM_DECL)
    return -1;
  return parm_index (SSA_NAME_VAR (t));
}

/* The value a branch hint (__builtin_expect (v, 1)) passes on, when DEF
   is one, or NULL_TREE.  */
static tree
hint_argument (gimple *def)
{
  gcall *call = dyn_cast<gcall *> (def);
  if (call && gimple_call_num_args (call) >= 1
      && (gimple_call_builtin_p (call, BUILT_IN_EXPECT)
	  || gimple_call_builtin_p (call, BUILT_IN_EXPECT_WITH_PROBABILITY)
	  || gimple_call_internal_p (call, IFN_BUILTIN_EXPECT)))
    return gimple_call_arg (call, 0);
  return NULL_TREE;
}

/* T as a constant: an integer constant, a parameter the current
   specialisation binds, or a value computed from those (GCC folds
   "n == 0 || n >= X" into "n - 1 > X - 1" at -O2 and not at -O0, so the
   arithmetic must be followed for the same answer at every level).  */
static const tree *folding_binding;
static int folding_depth;
static tree constant_value (const tree *binding, tree t);

static tree
valueize_bound (tree t)
{
  tree c = TREE_CODE (t) == SSA_NAME ? constant_value (folding_binding, t)
	   : NULL_TREE;
  return c ? c : t;
}

static tree
constant_value (const tree *binding, tree t)
{
  if (TREE_CODE (t) == INTEGER_CST)
    return t;
  if (!binding || TREE_CODE (t) != SSA_NAME)
    return NULL_TREE;
  int k = incoming_param (t);
  if (k >= 0)
    return k < SUMMARY_MAX_PARAMS ? binding[k] : NULL_TREE;
  gimple *def = SSA_NAME_DEF_STMT (t);
  if (tree hinted = hint_argument (def))
    return constant_value (binding, hinted);
  if (!is_gimple_assign (def) || folding_depth >= 8)
    return NULL_TREE;
  const tree *outer = folding_binding;
  folding_binding = binding;
  folding_depth++;
  tree c = gimple_fold_stmt_to_constant_1 (def, valueize_bound);
  folding_depth--;
  folding_binding = outer;
  return c && TREE_CODE (c) == INTEGER_CST ? c : NULL_TREE;
}

/* The parameters whose incoming values T is computed from (through
   assignments), as a mask.  */
static unsigned
params_behind (tree t, int depth = 0)
{
  if (TREE_CODE (t) != SSA_NAME || depth > 8)
    return 0;
  int k = incoming_param (t);
  if (k >= 0)
    return k < SUMMARY_MAX_PARAMS ? 1u << k : 0;
  gimple *def = SSA_NAME_DEF_STMT (t);
  if (tree hinted = hint_argument (def))
    return params_behind (hinted, depth + 1);
  if (!is_gimple_assign (def))
    return 0;
  unsigned mask = 0;
  for (unsigned i = 1; i < gimple_num_ops (def); i++)
    mask |= params_behind (gimple_op (def, i), depth + 1);
  return mask;
}

/* Specialised summaries made so far: the callee and its binding; the
   entry's address is the key of its summary.  */
struct specialisation
{
  tree fndecl;
  tree binding[SUMMARY_MAX_PARAMS];
};

static struct summary_table *spec_table;
static vec<specialisation *> specs;
static hash_set<tree> *unsettled;
static int spec_depth;
/* Bounds on the work: nesting (a specialised callee's own callees) and
   summaries per translation unit.  */
static const int max_spec_depth = 3;
static const unsigned max_specs = 256;


static bool
same_binding (const tree *a, const tree *b)
{
  for (int k = 0; k < SUMMARY_MAX_PARAMS; k++)
    if (!a[k] != !b[k] || (a[k] && !tree_int_cst_equal (a[k], b[k])))
      return false;
  return true;
}

/* FNDECL's summary with BINDING, made on first use; NULL when FNDECL
   cannot be specialised.  */
static const escape_summary *
specialised_summary (const struct summary_table *summaries, tree fndecl,
		     const tree *binding)
{
  if (!spec_table || spec_depth >= max_spec_depth
      || (unsettled && unsettled->contains (fndecl)))
    return NULL;
  for (specialisation *sp : specs)
    if (sp->fndecl == fndecl && same_binding (sp->binding, binding))
      return summary_find (spec_table, sp);
  cgraph_node *node = cgraph_node::get (fndecl);
  function *fn = DECL_STRUCT_FUNCTION (fndecl);
  /* An extern inline body exists only when optimising (pass.cc).  */
  if (specs.length () >= max_specs || !node || !node->has_gimple_body_p ()
      || DECL_EXTERNAL (fndecl) || !fn || !fn->cfg || !gimple_in_ssa_p (fn))
    return NULL;
  specialisation *sp = XNEW (specialisation);
  sp->fndecl = fndecl;
  memcpy (sp->binding, binding, sizeof sp->binding);
  specs.safe_push (sp);

  push_cfun (fn);
  spec_depth++;
  struct escape_summary sum;
  struct escape_graph *g = summarise_bound (summaries, sp->binding, sp, &sum);
  summary_store (spec_table, &sum);
  summary_release (&sum);
  graph_free (g);
  finish_function_analysis ();
  spec_depth--;
  pop_cfun ();
  return summary_find (spec_table, sp);
}

/* Is the call worth a specialised summary: does it hand a local's address
   to the callee, or a pointer parameter of the function (whose summary
   says what the callee does with it), or pass on a binding of its own?  */
static bool
worth_specialising (builder &b, gcall *call)
{
  if (b.binding)
    return true;
  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
    {
      tree arg = gimple_call_arg (call, i);
      if (POINTER_TYPE_P (TREE_TYPE (arg)) && incoming_param (arg) >= 0)
	return true;
      if (TREE_CODE (arg) == ADDR_EXPR)
	{
	  tree base = get_base_address (TREE_OPERAND (arg, 0));
	  if (base && (VAR_P (base) || TREE_CODE (base) == PARM_DECL)
	      && !is_global_var (base))
	    return true;
	}
    }
  return false;
}

/* The summary to apply at CALL: the callee's own, or one specialised to
   the constants the call passes where the callee tests its parameters.  */
static const escape_summary *
summary_for_call (builder &b, gcall *call, const escape_summary *s)
{
  if (!s || !s->tested_params || !worth_specialising (b, call))
    return s;
  tree binding[SUMMARY_MAX_PARAMS] = { NULL_TREE };
  /* Unspecialised, the caller's parameters have no value, but what it
     computes from constants does: "const int m = 2;" is folded into the
     call at -O1 and up, and read from m at -O0.  */
  static const tree unbound[SUMMARY_MAX_PARAMS] = { NULL_TREE };
  const tree *caller = b.binding ? b.binding : unbound;
  bool any = false;
  for (unsigned i = 0;
       i < gimple_call_num_args (call) && i < SUMMARY_MAX_PARAMS; i++)
    if (s->tested_params & (1u << i))
      if (tree c = constant_value (caller, gimple_call_arg (call, i)))
	{
	  binding[i] = c;
	  any = true;
	}
  if (!any)
    return s;
  const escape_summary *special
    = specialised_summary (b.summaries, gimple_call_fndecl (call), binding);
  return special ? special : s;
}

/* The parameters of the current function that CALL hands to parameters
   its callee (summary S) tests against constants: tested here too.  */
static unsigned
tested_through (gcall *call, const escape_summary *s)
{
  unsigned mask = 0;
  for (unsigned i = 0;
       i < gimple_call_num_args (call) && i < SUMMARY_MAX_PARAMS; i++)
    {
      int k = incoming_param (gimple_call_arg (call, i));
      if ((s->tested_params & (1u << i)) && k >= 0 && k < SUMMARY_MAX_PARAMS)
	mask |= 1u << k;
    }
  return mask;
}

/* The parameters a condition compares, through computations, with a
   constant.  */
static unsigned
tested_by (gcond *cond)
{
  tree lhs = gimple_cond_lhs (cond), rhs = gimple_cond_rhs (cond);
  if (TREE_CODE (rhs) == INTEGER_CST)
    return params_behind (lhs);
  if (TREE_CODE (lhs) == INTEGER_CST)
    return params_behind (rhs);
  return 0;
}

static void
build_call (builder &b, gcall *call)
{
  location_t where = gimple_location (call);
  tree fndecl = gimple_call_fndecl (call);
  /* A same-file callee already analysed.  */
  const escape_summary *callee
    = fndecl ? summary_find (b.summaries, fndecl) : NULL;
  if (callee && callee->tested_params)
    b.tested |= tested_through (call, callee);
  /* A same-file xmalloc: its summary says it returns fresh heap memory.  */
  bool allocation_wrapper = callee && callee->returns_allocation;
  note_addresses_taken (b, call);
  tree lhs = gimple_call_lhs (call);
  loc_id res = NO_LOC;
  if (lhs && may_hold_address (TREE_TYPE (lhs)))
    res = new_value (b, NULL_TREE);

  if (gimple_call_internal_p (call))
    {
      /* Internal functions (sanitizer checks, va_arg) keep nothing; what
	 they return comes from memory we do not see.  */
      if (res != NO_LOC)
	add_edge (b, EDGE_ADDRESS, res, loc_unknown_memory (b.g), STEP_ADDRESS,
	      where, NULL_TREE);
    }
  else if (is_alloca_call (call))
    {
      if (res != NO_LOC)
	add_edge (b, EDGE_ADDRESS, res, new_stack_allocation (b, call),
	      STEP_ADDRESS, where, NULL_TREE);
    }
  else if (is_heap_allocation (call) || allocation_wrapper)
    {
      loc_id site = loc_add (b.g, LOC_HEAP, source_name (call), where, call);
      if (res != NO_LOC)
	add_edge (b, EDGE_ADDRESS, res, site, STEP_ADDRESS, where, NULL_TREE);
      if (gimple_call_builtin_p (call, BUILT_IN_REALLOC))
	{
	  /* The old block's contents move to the new one.  */
	  assign (b, site, arg_at (b, call, 0, 1), STEP_COPY, where,
		  gimple_call_arg (call, 0));
	}
      else if (allocation_wrapper)
	/* What the wrapper does with its other arguments still holds; what
	   it made is the site.  */
	apply_summary (b, call, callee, NO_LOC, site);
      else
	{
	  /* A library allocator that also keeps an argument: fmemopen's
	     stream keeps its buffer.  */
	  const known_call *rows;
	  if (int nrows = known_rows (fndecl, &rows))
	    apply_known (b, call, rows, nrows, NO_LOC);
	}
    }
  else if (gimple_call_builtin_p (call, BUILT_IN_INIT_TRAMPOLINE)
	   || gimple_call_builtin_p (call, BUILT_IN_INIT_DESCRIPTOR))
    name_frame (b, call);
  else if (gimple_call_builtin_p (call, BUILT_IN_ADJUST_TRAMPOLINE)
	   || gimple_call_builtin_p (call, BUILT_IN_ADJUST_DESCRIPTOR))
    /* The callable address points into the frame that holds the
       trampoline.  */
    result_from_arg (b, call, res, 0);
  else if (build_atomic (b, call, res))
    ;
  else if (is_memory_copy (call))
    {
      arg_store (b, call, 1, 0, 1);
      result_from_arg (b, call, res, 0);
    }
  else
    {
      const escape_summary *s = callee;
      const known_call *rows = NULL;
      int nrows = known_rows (fndecl, &rows);
      /* What a known callee returns besides its arguments: nothing we need
	 to track (NULL, its own static or heap memory).  What an unknown one
	 returns: memory we do not know.  */
      loc_id other = b.constant;
      /* The C library's extern inline bodies (bsearch at -O2) must not
	 change the verdict between -O levels: the table speaks for them.  */
      if (nrows && in_system_header_at (DECL_SOURCE_LOCATION (fndecl)))
	s = NULL;
      if (s)
	{
	  /* The summary says all the result may point to, and whether it
	     may be a constant (NULL): then a local it returns "may"
	     escape.  */
	  const escape_summary *applied = summary_for_call (b, call, s);
	  apply_summary (b, call, applied, res);
	  other = applied->returns_constant ? b.constant : NO_LOC;
	}
      else if (nrows)
	apply_known (b, call, rows, nrows, res);
      else if (fndecl && fndecl_dealloc_argno (fndecl) < gimple_call_num_args (call))
	/* A deallocator (free, or one named by malloc (dealloc)) ends the
	   memory's life; it keeps nothing.  */
	other = NO_LOC;
      else if (gimple_call_builtin_p (call, BUILT_IN_NORMAL)
	       || gimple_call_fnspec (call).known_p ())
	{
	  if (apply_gcc_knowledge (b, call, res))
	    other = NO_LOC;
	  else
	    other = loc_unknown_memory (b.g);
	}
      else
	{
	  /* Unknown code, or an indirect call: Go's interface dispatch.  */
	  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
	    if (arg_may_hold_address (call, i))
	      arg_flows_to (b, call, i, b.unknown_call, 0);
	  if (tree chain = gimple_call_chain (call))
	    flow_to_unknown (b, chain, where, STEP_CALL_ARG);
	  /* What it returns is its memory: what we store there may escape,
	     as what we pass it may.  */
	  other = NO_LOC;
	  if (res != NO_LOC)
	    {
	      other = opaque_object (b, call);
	      add_edge (b, EDGE_ADDRESS, b.unknown_call, other, STEP_ADDRESS,
			where, NULL_TREE);
	    }
	}
      if (res != NO_LOC && other != NO_LOC)
	add_edge (b, EDGE_ADDRESS, res, other, STEP_ADDRESS, where, NULL_TREE);
    }

  if (lhs && res != NO_LOC)
    write_to (b, lhs, make_value (res, 0), where);
}

static void
build_phi (builder &b, gphi *phi)
{
  tree result = gimple_phi_result (phi);
  if (virtual_operand_p (result) || !may_hold_address (TREE_TYPE (result)))
    return;
  loc_id dst = loc_for_ssa (b, result);
  for (unsigned i = 0; i < gimple_phi_num_args (phi); i++)
    {
      if (b.live
	  && !bitmap_bit_p (b.live, gimple_phi_arg_edge (phi, i)->src->index))
	continue;
      location_t where = gimple_phi_arg_location (phi, i);
      tree arg = gimple_phi_arg_def (phi, i);
      edge e = gimple_phi_arg_edge (phi, i);
      if (null_on_edge (arg, e))
	arg = build_zero_cst (TREE_TYPE (arg));
      /* The argument is read at the end of the edge's source, and the
	 tests on the way hold for it.  */
      if (!b.unequal.is_empty () && TREE_CODE (arg) == SSA_NAME)
	{
	  b.bb = e->src;
	  b.phi_edge = e;
	}
      assign (b, dst, value_of (b, arg, where), STEP_COPY, where, result);
      b.bb = NULL;
      b.phi_edge = NULL;
    }
}

static void
build_stmt (builder &b, gimple *stmt)
{
  switch (gimple_code (stmt))
    {
    case GIMPLE_ASSIGN:
      build_assign (b, as_a<gassign *> (stmt));
      break;
    case GIMPLE_CALL:
      build_call (b, as_a<gcall *> (stmt));
      break;
    case GIMPLE_COND:
      /* No flow of addresses; which parameters it tests, for
	 specialisation.  */
      b.tested |= tested_by (as_a<gcond *> (stmt));
      break;
    case GIMPLE_RETURN:
      if (b.returns_rewritten)
	/* Every return was "(&local, 0)": the 0 is the front end's.  */
	break;
      if (tree rv = gimple_return_retval (as_a<greturn *> (stmt)))
	assign (b, b.ret, value_of (b, rv, gimple_location (stmt)),
		STEP_RETURN, gimple_location (stmt), rv);
      break;
    case GIMPLE_ASM:
      {
	/* An asm can do anything with the addresses it is given.  */
	gasm *as = as_a<gasm *> (stmt);
	for (unsigned i = 0; i < gimple_asm_ninputs (as); i++)
	  flow_to_unknown (b, TREE_VALUE (gimple_asm_input_op (as, i)),
			   gimple_location (stmt));
	for (unsigned i = 0; i < gimple_asm_noutputs (as); i++)
	  {
	    value v = make_value (loc_unknown_memory (b.g), -1);
	    write_to (b, TREE_VALUE (gimple_asm_output_op (as, i)), v,
		      gimple_location (stmt));
	  }
	break;
      }
    default:
      /* Conditions, labels, debug statements, gotos, switches: no flow of
	 addresses.  */
      break;
    }
}

/* VLAs are accessed through a pointer variable the gimplifier made: the
   VLA decl's DECL_VALUE_EXPR is *ptr.  Map ptr back to the decl so the
   alloca that fills ptr can be named after the array.  The decl survives in
   the scope blocks at every -O level (in local_decls only at -O0).  */
static void
map_vlas (builder &b, tree block)
{
  for (; block && TREE_CODE (block) == BLOCK; block = BLOCK_CHAIN (block))
    {
      for (tree var = BLOCK_VARS (block); var; var = DECL_CHAIN (var))
	if (tree ptr = vla_pointer (var))
	  b.vla_of->put (ptr, var);
      map_vlas (b, BLOCK_SUBBLOCKS (block));
    }
}

} // anon namespace

bool
walk_paths (basic_block start, enum walk_step (*visit) (basic_block, void *),
	    void *data, bool (*follow) (edge, void *))
{
  auto_bitmap visited;
  auto_vec<basic_block, 16> work;
  edge e;
  edge_iterator ei;
  FOR_EACH_EDGE (e, ei, start->succs)
    if (!follow || follow (e, data))
      work.safe_push (e->dest);
  while (!work.is_empty ())
    {
      basic_block bb = work.pop ();
      enum walk_step step = visit (bb, data);
      if (step == WALK_FAIL)
	return false;
      if (step == WALK_STOP || !bitmap_set_bit (visited, bb->index))
	continue;
      FOR_EACH_EDGE (e, ei, bb->succs)
	if (!follow || follow (e, data))
	  work.safe_push (e->dest);
    }
  return true;
}

/* Is T the pointer ARG: ARG itself, or read back from the place ARG was
   just stored into ("x.buf = p; _2 = x.buf;" with no store between: the
   load sees the store's memory state)?  */
static bool
holds (tree t, tree arg)
{
  if (t == arg)
    return true;
  if (TREE_CODE (t) != SSA_NAME)
    return false;
  gassign *load = dyn_cast<gassign *> (SSA_NAME_DEF_STMT (t));
  if (!load || !gimple_assign_single_p (load) || !gimple_vuse (load))
    return false;
  gassign *store
    = dyn_cast<gassign *> (SSA_NAME_DEF_STMT (gimple_vuse (load)));
  return store && gimple_assign_single_p (store)
	 && gimple_assign_rhs1 (store) == arg
	 && operand_equal_p (gimple_assign_lhs (store),
			     gimple_assign_rhs1 (load), 0);
}

/* GCC keeps the hint until late:
     _1 = n > 512;  _2 = (long) _1;  _3 = __builtin_expect (_2, 0);
     if (_3 != 0)
   at -O0 as at -O2, and GCC 12's ranger does not see through the call.  */
bool
hinted_comparison (gcond *cond, enum tree_code *code, tree *lhs, tree *rhs)
{
  tree value = gimple_cond_lhs (cond);
  if (!integer_zerop (gimple_cond_rhs (cond)))
    return false;
  bool negate = gimple_cond_code (cond) == EQ_EXPR;
  if (!negate && gimple_cond_code (cond) != NE_EXPR)
    return false;
  bool hinted = false;
  for (int depth = 0; TREE_CODE (value) == SSA_NAME && depth < 8; depth++)
    {
      gimple *def = SSA_NAME_DEF_STMT (value);
      if (tree hinted_value = hint_argument (def))
	{
	  value = hinted_value;
	  hinted = true;
	  continue;
	}
      gassign *a = dyn_cast<gassign *> (def);
      if (!a)
	return false;
      enum tree_code c = gimple_assign_rhs_code (a);
      tree op = gimple_assign_rhs1 (a);
      if (CONVERT_EXPR_CODE_P (c) && INTEGRAL_TYPE_P (TREE_TYPE (op))
	  && TYPE_PRECISION (TREE_TYPE (op))
	     <= TYPE_PRECISION (TREE_TYPE (value)))
	{
	  value = op;
	  continue;
	}
      if (!hinted || TREE_CODE_CLASS (c) != tcc_comparison)
	return false;
      *code = negate ? invert_tree_comparison (c, HONOR_NANS (op)) : c;
      if (*code == ERROR_MARK)
	return false;
      *lhs = op;
      *rhs = gimple_assign_rhs2 (a);
      return true;
    }
  return false;
}

/* "if (p != NULL) p = s + (p - buf);" leaves p null on the other edge, so
   the stack address in p does not flow through that edge.  The test is
   read directly (p == 0, p != 0, either way round): exact at every -O
   level, and far cheaper than starting the ranger for every function.  */
bool
null_on_edge (tree arg, edge e)
{
  if (TREE_CODE (arg) != SSA_NAME || !POINTER_TYPE_P (TREE_TYPE (arg)))
    return false;
  gimple_stmt_iterator last = gsi_last_bb (e->src);
  gcond *test = gsi_end_p (last) ? NULL : dyn_cast<gcond *> (gsi_stmt (last));
  if (!test)
    return false;
  tree lhs = gimple_cond_lhs (test), rhs = gimple_cond_rhs (test);
  enum tree_code code = gimple_cond_code (test);
  hinted_comparison (test, &code, &lhs, &rhs);
  if (!((holds (lhs, arg) && integer_zerop (rhs))
	|| (holds (rhs, arg) && integer_zerop (lhs))))
    return false;
  return (code == EQ_EXPR && (e->flags & EDGE_TRUE_VALUE))
	 || (code == NE_EXPR && (e->flags & EDGE_FALSE_VALUE));
}

static compat_ranger ranger;
static hash_map<tree, int> *last_locs;
static unsigned last_restores_params, last_pops_pushed_params;
static unsigned last_tested_params;
/* Whether the function reads its variable arguments; the handles it
   releases (note_releases).  */
static bool last_reads_varargs;
static const char *last_releaser[SUMMARY_MAX_RELEASES];
static int last_released_param[SUMMARY_MAX_RELEASES];
static int last_nreleased;
static int last_nsets;
static struct summary_set last_sets[SUMMARY_MAX_SETS];

/* A global pointer variable set whole by STMT ("g = ..."), or NULL.  */
static tree
global_set_by (gimple *stmt)
{
  gassign *a = dyn_cast<gassign *> (stmt);
  if (!a || !gimple_assign_single_p (a))
    return NULL_TREE;
  tree lhs = gimple_assign_lhs (a);
  return (VAR_P (lhs) && is_global_var (lhs)
	  && POINTER_TYPE_P (TREE_TYPE (lhs))) ? lhs : NULL_TREE;
}

static void
add_set (tree global, int param, bool every)
{
  if (last_nsets < SUMMARY_MAX_SETS)
    last_sets[last_nsets++] = { global, param, every };
}

/* Is REF read or written through the pointer D (d->f, *d)?  */
static bool
through (tree ref, tree d)
{
  tree base = get_base_address (ref);
  return base && TREE_CODE (base) == MEM_REF && TREE_OPERAND (base, 0) == d;
}

/* Is the parameter's value D only stored into one global, or read or
   written through ("d->n", "d->n = 0"; not "&d->inner", which is an
   address into it): then GLOBAL is that global.  */
static bool
only_stored_into_global (tree d, tree *global)
{
  *global = NULL_TREE;
  bool ok = true;
  imm_use_iterator it;
  gimple *use;
  FOR_EACH_IMM_USE_STMT (use, it, d)
    {
      if (is_gimple_debug (use) || gimple_code (use) == GIMPLE_COND)
	continue;
      tree g = global_set_by (use);
      if (g && gimple_assign_rhs1 (use) == d && (!*global || *global == g))
	{
	  *global = g;
	  continue;
	}
      gassign *a = dyn_cast<gassign *> (use);
      if (a && gimple_assign_single_p (a))
	{
	  tree lhs = gimple_assign_lhs (a), rhs = gimple_assign_rhs1 (a);
	  if (rhs != d && TREE_CODE (rhs) != ADDR_EXPR
	      && (through (lhs, d) || through (rhs, d)))
	    continue;
	}
      ok = false;
    }
  return ok && *global;
}

/* The stores into the global G in the current function, in STORES; the
   one parameter all of them store (its index), -1 when all store a value
   that is not the frame's, -2 when they mix or store anything else.  */
static int
stores_into_global (tree g, vec<gimple *> &stores)
{
  int param = -3;
  basic_block bb;
  FOR_EACH_BB_FN (bb, cfun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      {
	if (global_set_by (gsi_stmt (gsi)) != g)
	  continue;
	tree rhs = gimple_assign_rhs1 (gsi_stmt (gsi));
	bool constant = constant_not_frame (rhs);
	int is = constant ? -1 : param_index (rhs);
	if ((!constant && is < 0) || (param != -3 && is != param))
	  return -2;
	param = is;
	stores.safe_push (gsi_stmt (gsi));
      }
  return param == -3 ? -2 : param;
}

/* The globals the current function sets whole, for its summary: each
   written only with one parameter that goes nowhere else, or only with
   values that are not the frame's; EVERY when every path writes it.  */
static void
note_global_sets (void)
{
  last_nsets = 0;
  memset (last_sets, 0, sizeof last_sets);
  auto_vec<tree> seen;
  basic_block bb;
  FOR_EACH_BB_FN (bb, cfun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      {
	tree g = global_set_by (gsi_stmt (gsi));
	if (!g || seen.contains (g) || seen.length () >= 16)
	  continue;
	seen.safe_push (g);
	auto_vec<gimple *> stores;
	int param = stores_into_global (g, stores);
	tree only;
	if (param >= 0)
	  {
	    tree d = gimple_assign_rhs1 (stores[0]);
	    if (!only_stored_into_global (d, &only) || only != g)
	      continue;
	  }
	else if (param != -1)
	  continue;
	add_set (g, param, every_path_through (NULL, stores));
      }
}

compat_ranger
function_ranger (void)
{
  if (!ranger)
    ranger = compat_ranger_start ();
  return ranger;
}

void
specialise_with (struct summary_table *summaries)
{
  spec_table = summaries;
}

void
forget_specialisations (void)
{
  for (specialisation *sp : specs)
    XDELETE (sp);
  specs.release ();
  spec_table = NULL;
  set_unsettled (NULL, 0);
}

void
set_unsettled (const tree *decls, unsigned n)
{
  delete unsettled;
  unsettled = NULL;
  if (!n)
    return;
  unsettled = new hash_set<tree>;
  for (unsigned i = 0; i < n; i++)
    unsettled->add (decls[i]);
}


loc_id
built_loc_of (tree t)
{
  int *l = last_locs ? last_locs->get (t) : NULL;
  return l ? *l : NO_LOC;
}

void
finish_function_analysis (void)
{
  if (ranger)
    compat_ranger_stop (ranger);
  ranger = NULL;
  delete last_locs;
  last_locs = NULL;
}

const char *
decl_name_or_null (tree decl)
{
  if (DECL_P (decl) && DECL_NAME (decl))
    return IDENTIFIER_POINTER (DECL_NAME (decl));
  return NULL;
}

bool
is_alloca_call (gcall *call)
{
  return gimple_call_builtin_p (call, BUILT_IN_ALLOCA)
	 || gimple_call_builtin_p (call, BUILT_IN_ALLOCA_WITH_ALIGN)
	 || gimple_call_builtin_p (call, BUILT_IN_ALLOCA_WITH_ALIGN_AND_MAX);
}

tree
vla_pointer (tree decl)
{
  if (!VAR_P (decl) || !DECL_HAS_VALUE_EXPR_P (decl))
    return NULL_TREE;
  tree v = DECL_VALUE_EXPR (decl);
  if ((TREE_CODE (v) == INDIRECT_REF || TREE_CODE (v) == MEM_REF)
      && VAR_P (TREE_OPERAND (v, 0)))
    return TREE_OPERAND (v, 0);
  return NULL_TREE;
}

/* The constant a condition takes with BINDING, or NULL.  */
static tree
folded_condition (const tree *binding, gcond *cond)
{
  tree lhs = constant_value (binding, gimple_cond_lhs (cond));
  tree rhs = constant_value (binding, gimple_cond_rhs (cond));
  if (!lhs || !rhs)
    return NULL_TREE;
  tree r = fold_binary (gimple_cond_code (cond), boolean_type_node, lhs,
			fold_convert (TREE_TYPE (lhs), rhs));
  return r && TREE_CODE (r) == INTEGER_CST ? r : NULL_TREE;
}

/* The blocks reachable when the conditions on bound parameters take the
   values BINDING gives them.  */
static void
mark_live_blocks (const tree *binding, bitmap live)
{
  auto_vec<basic_block, 16> work;
  work.safe_push (ENTRY_BLOCK_PTR_FOR_FN (cfun));
  while (!work.is_empty ())
    {
      basic_block bb = work.pop ();
      if (!bitmap_set_bit (live, bb->index))
	continue;
      gimple_stmt_iterator last = gsi_last_bb (bb);
      gcond *cond = gsi_end_p (last) ? NULL
		    : dyn_cast<gcond *> (gsi_stmt (last));
      tree value = cond ? folded_condition (binding, cond) : NULL_TREE;
      edge e;
      edge_iterator ei;
      FOR_EACH_EDGE (e, ei, bb->succs)
	if (!value
	    || (integer_zerop (value) ? e->flags & EDGE_FALSE_VALUE
		: e->flags & EDGE_TRUE_VALUE))
	  work.safe_push (e->dest);
    }
}

/* Note in USED_AS (by parameter, N of them) the struct that the memory
   reference T, or the address T takes, reads at the start of what a
   parameter points to: error_mark_node once it is read as two.  */
static void
note_struct_read (tree t, tree *used_as, int n)
{
  if (TREE_CODE (t) == ADDR_EXPR)
    t = TREE_OPERAND (t, 0);
  if (!REFERENCE_CLASS_P (t))
    return;
  tree base = get_base_address (t);
  if (!base || TREE_CODE (base) != MEM_REF
      || !integer_zerop (TREE_OPERAND (base, 1))
      || !RECORD_OR_UNION_TYPE_P (TREE_TYPE (base)))
    return;
  int index = param_index (loaded_from (TREE_OPERAND (base, 0)));
  if (index < 0 || index >= n)
    return;
  tree as = TYPE_MAIN_VARIANT (TREE_TYPE (base));
  used_as[index] = !used_as[index] || used_as[index] == as ? as
		   : error_mark_node;
}

/* What each pointer parameter of the function points to, for splitting:
   its type's, or, when that is not a struct ("void *arg", "char *"), the
   one struct the function reads it as ("InitData *pData = (InitData *)
   pInit;": sqlite3InitCallback, and every callback handed a context), so
   that its summary tells the fields apart.  Into POINTEE, N entries.  */
static void
pointees_as_used (tree *pointee, int n)
{
  bool untyped = false;
  int index = 0;
  for (tree parm = DECL_ARGUMENTS (current_function_decl); parm && index < n;
       parm = DECL_CHAIN (parm), index++)
    {
      tree type = TREE_TYPE (parm);
      pointee[index] = POINTER_TYPE_P (type) ? TREE_TYPE (type) : NULL_TREE;
      if (pointee[index] && !RECORD_OR_UNION_TYPE_P (pointee[index]))
	untyped = true;
    }
  if (!untyped)
    return;
  tree *used_as = XALLOCAVEC (tree, n);
  memset (used_as, 0, n * sizeof *used_as);
  basic_block bb;
  FOR_EACH_BB_FN (bb, cfun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      for (unsigned i = 0; i < gimple_num_ops (gsi_stmt (gsi)); i++)
	if (tree op = gimple_op (gsi_stmt (gsi), i))
	  note_struct_read (op, used_as, n);
  for (int i = 0; i < index; i++)
    if (pointee[i] && !RECORD_OR_UNION_TYPE_P (pointee[i]) && used_as[i]
	&& used_as[i] != error_mark_node)
      pointee[i] = used_as[i];
}

/* Split what the function allocates (malloc'd and alloca'd memory), and
   what same-file callees made for it where their summaries say at which
   places they stored into it, at the words its code reads and writes and
   the summaries name, so that a node's link and its data are apart:
   objects without a type are otherwise one place for all they hold.
   (Splitting every made object doubled the plugin's time on sqlite3.c
   at -O0.)  */
static void
split_allocations (builder &b)
{
  auto_vec<loc_id> made;
  for (loc_id l = 0; l < loc_count (b.g); l++)
    {
      const escape_loc *o = loc_get (b.g, l);
      if (!o->nfields
	  && (o->kind == LOC_HEAP
	      || (o->kind == LOC_OPAQUE && o->made
		  && b.made_fielded.contains (l))
	      || (o->kind == LOC_STACK && o->stack_kind == STACK_ALLOCA)))
	made.safe_push (l);
    }
  if (!made.is_empty ())
    objects_split_by_words (b.g, made.address (), made.length (),
			    POINTER_SIZE / BITS_PER_UNIT);
}

/* Which of the current function's parameters it releases on every path
   as a library releaser would (a wrapper of pthread_join, fclose), CALLS
   being its calls of the releasers: into last_releaser and
   last_released_param.  */
static void
note_releases (const vec<gcall *> &calls)
{
  last_nreleased = 0;
  for (unsigned i = 0; i < calls.length ()
		       && last_nreleased < SUMMARY_MAX_RELEASES; i++)
    {
      const known_release *k = known_release_find (NULL, callee_name (calls[i]));
      if ((unsigned) k->release_arg >= gimple_call_num_args (calls[i])
	  || (k->null_arg >= 0
	      && ((unsigned) k->null_arg >= gimple_call_num_args (calls[i])
		  || !integer_zerop (gimple_call_arg (calls[i], k->null_arg)))))
	continue;
      int param = incoming_param (loaded_from (gimple_call_arg (calls[i],
							    k->release_arg)));
      if (param < 0 || param >= SUMMARY_MAX_PARAMS)
	continue;
      bool seen = false;
      for (int j = 0; j < last_nreleased; j++)
	seen |= last_released_param[j] == param
		&& !strcmp (last_releaser[j], k->releaser);
      if (seen)
	continue;
      /* Every path releases that parameter, by this releaser.  */
      auto_vec<gimple *> same;
      for (gcall *c : calls)
	if (!strcmp (callee_name (c), k->releaser)
	    && incoming_param (loaded_from (gimple_call_arg (c, k->release_arg)))
	       == param)
	  same.safe_push (c);
      /* "if (f) fclose (f);": a null handle has nothing to release.  */
      gcond *null_test = NULL;
      bool non_null_edge = false;
      basic_block bb;
      FOR_EACH_BB_FN (bb, cfun)
	if (gcond *c = safe_dyn_cast<gcond *> (last_stmt (bb)))
	  if ((gimple_cond_code (c) == NE_EXPR
	       || gimple_cond_code (c) == EQ_EXPR)
	      && integer_zerop (gimple_cond_rhs (c))
	      && incoming_param (gimple_cond_lhs (c)) == param
	      && !null_test)
	    {
	      null_test = c;
	      non_null_edge = gimple_cond_code (c) == NE_EXPR;
	    }
      if (every_path_through (NULL, same, null_test, non_null_edge))
	{
	  last_releaser[last_nreleased] = k->releaser;
	  last_released_param[last_nreleased++] = param;
	}
    }
}

/* Does STMT read the function's variable arguments: va_start,
   __builtin_apply_args, __builtin_va_arg_pack (GIMPLE keeps the pack
   forwarded in "f (fmt, __builtin_va_arg_pack ())" as a flag of the
   call)?  */
static bool
reads_varargs (gimple *stmt)
{
  gcall *call = dyn_cast<gcall *> (stmt);
  return call
	 && (gimple_call_builtin_p (call, BUILT_IN_VA_START)
	     || gimple_call_builtin_p (call, BUILT_IN_APPLY_ARGS)
	     || gimple_call_builtin_p (call, BUILT_IN_VA_ARG_PACK)
	     || gimple_call_builtin_p (call, BUILT_IN_VA_ARG_PACK_LEN)
	     || gimple_call_va_arg_pack_p (call));
}

static struct escape_graph *
build_bound (const struct summary_table *summaries, const tree *binding)
{
  builder b;
  auto_bitmap live;
  b.tested = 0;
  b.bb = NULL;
  b.phi_edge = NULL;
  b.walk_budget = 8000000;
  b.binding = binding;
  b.live = NULL;
  if (binding)
    {
      mark_live_blocks (binding, live);
      b.live = live;
    }
  /* Most SSA names of a function hold no address; half is plenty.  */
  b.g = graph_new (num_ssa_names / 2 + 16);
  b.summaries = summaries;
  b.locs = new hash_map<tree, int>;
  b.vla_of = new hash_map<tree, tree>;
  b.param_content = new hash_map<tree, int>;
  b.ret = loc_add (b.g, LOC_RETURN, NULL, 0, NULL);
  b.retained = loc_add (b.g, LOC_RETAINED, NULL, 0, NULL);
  b.unknown_call = loc_add (b.g, LOC_UNKNOWN_CALL, NULL, 0, NULL);
  b.constant = loc_add (b.g, LOC_CONSTANT, NULL, 0, NULL);
  b.nmade = 0;
  b.made_rest = NO_LOC;

  int nparams = list_length (DECL_ARGUMENTS (current_function_decl));
  tree *pointees = XALLOCAVEC (tree, nparams + 1);
  pointees_as_used (pointees, nparams);
  int index = 0;
  for (tree parm = DECL_ARGUMENTS (current_function_decl); parm;
       parm = DECL_CHAIN (parm), index++)
    if (may_hold_address (TREE_TYPE (parm)))
      {
	/* The caller's memory: what the parameter points to, what each of
	   its fields points to, and what is reached beyond.  */
	location_t where = DECL_SOURCE_LOCATION (parm);
	tree type = TREE_TYPE (parm);
	loc_id pc = loc_add (b.g, LOC_PARAM_CONTENT, decl_name_or_null (parm), where,
			     parm);
	loc_get (b.g, pc)->param_index = index;
	loc_get (b.g, pc)->integer_param = INTEGRAL_TYPE_P (type);
	/* A pointer to a struct: the caller's struct, field by field, and
	   what each field leads to, so a summary can say which field's
	   memory leaks.  */
	bool leading = POINTER_TYPE_P (type)
		       && split_object (b, pc, pointees[index],
					MAX_PARAM_FIELDS);
	const escape_loc *o = loc_get (b.g, pc);
	int nfields = o->nfields;
	loc_id first = o->first_field;
	/* Per field, what it points to (depth 1); beyond, one object for
	   all that is reached from any of those, pointing on to itself
	   (depth 2): copying the contents of a buffer a field points to is
	   not the buffer's own address going there.  */
	loc_id beyond = loc_add (b.g, LOC_PARAM_CONTENT,
				 decl_name_or_null (parm), where, parm);
	loc_get (b.g, beyond)->param_index = index;
	loc_get (b.g, beyond)->depth = 2;
	loc_get (b.g, beyond)->offset = OFFSET_UNKNOWN;
	add_edge (b, EDGE_ADDRESS, beyond, beyond, STEP_ADDRESS, where, parm);
	for (int f = 0; f < (nfields ? nfields : 1); f++)
	  {
	    /* The bytes before the first part lead nowhere.  */
	    if (leading && f == 0)
	      continue;
	    loc_id l = loc_add (b.g, LOC_PARAM_CONTENT,
				decl_name_or_null (parm), where, parm);
	    escape_loc *d = loc_get (b.g, l);
	    d->param_index = index;
	    d->depth = 1;
	    if (nfields)
	      {
		d->offset = loc_get (b.g, first + f)->offset;
		d->size = loc_get (b.g, first + f)->size;
	      }
	    add_edge (b, EDGE_ADDRESS, nfields ? first + f : pc, l,
		      STEP_ADDRESS, where, parm);
	    add_edge (b, EDGE_ADDRESS, l, beyond, STEP_ADDRESS, where, parm);
	  }
	b.param_content->put (parm, pc);
      }
  map_vlas (b, DECL_INITIAL (current_function_decl));
  unsigned count;
  const generic_return *rewritten
    = generic_returns_of (current_function_decl, &count);
  b.returns_rewritten = count && rewritten[0].every_return;

  basic_block bb;
  auto_vec<gassign *> pointer_stores;
  last_reads_varargs = false;
  FOR_EACH_BB_FN (bb, cfun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      {
      note_address_kept (b, gsi_stmt (gsi));
      last_reads_varargs |= reads_varargs (gsi_stmt (gsi));
      if (gassign *a = dyn_cast<gassign *> (gsi_stmt (gsi)))
	{
	  if (restores_place (a))
	    b.restores.safe_push (a);
	  if (gimple_vdef (a) && local_place_base (gimple_assign_lhs (a)))
	    b.local_stores.safe_push (a);
	  if (gimple_store_p (a) && gimple_assign_single_p (a)
	      && TREE_CODE (gimple_assign_rhs1 (a)) == SSA_NAME)
	    pointer_stores.safe_push (a);
	}
      else if (gcond *cond = dyn_cast<gcond *> (gsi_stmt (gsi)))
	{
	  if (narrowing)
	    note_range_checks (b, cond);
	  note_unequal_checks (b, cond);
	}
      else if (gcall *c = dyn_cast<gcall *> (gsi_stmt (gsi)))
	{
	  if (callee_name (c) && known_release_find (NULL, callee_name (c)))
	    b.releasers.safe_push (c);
	  if (tree place = cleared_place (c))
	    b.clears.safe_push ({ c, place });
	  tree fn = gimple_call_fndecl (c);
	  const escape_summary *s = fn ? summary_find (summaries, fn) : NULL;
	  if (s && (s->restores_params || s->pops_pushed_params))
	    b.restoring_calls.safe_push (c);
	  if (s)
	    b.summary_calls.safe_push (c);
	  const known_call *rows;
	  if (!s && fn && !gimple_call_internal_p (c)
	      && !gimple_call_builtin_p (c, BUILT_IN_NORMAL)
	      && !gimple_call_fnspec (c).known_p () && DECL_NAME (fn)
	      && !known_rows (fn, &rows))
	    b.unknown_calls.safe_push (c);
	}
      }
  if (!pointer_stores.is_empty ())
    recycled_blocks (b, pointer_stores);

  /* Range checks need the dominators; the builder leaves the function as
     it found it.  */
  bool computed_dominators = false;
  if ((!b.checks.is_empty () || !b.unequal.is_empty ())
      && !dom_info_available_p (CDI_DOMINATORS))
    {
      calculate_dominance_info (CDI_DOMINATORS);
      computed_dominators = true;
    }

  FOR_EACH_BB_FN (bb, cfun)
    {
      if (b.live && !bitmap_bit_p (b.live, bb->index))
	continue;
      b.bb = NULL;
      for (gphi_iterator gsi = gsi_start_phis (bb); !gsi_end_p (gsi);
	   gsi_next (&gsi))
	build_phi (b, gsi.phi ());
      b.bb = bb;
      for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	   gsi_next (&gsi))
	build_stmt (b, gsi_stmt (gsi));
    }
  b.bb = NULL;
  if (computed_dominators)
    free_dominance_info (CDI_DOMINATORS);
  for (unsigned i = 0; i < count; i++)
    add_edge (b, EDGE_ADDRESS, b.ret, loc_for_decl (b, rewritten[i].object),
	      STEP_RETURN, rewritten[i].where, rewritten[i].object);
  split_allocations (b);

  /* Which parameters' memory this function puts back on every path, for
     its summary.  */
  last_restores_params = last_pops_pushed_params = 0;
  for (int k = 0; k < 32; k++)
    {
      auto_vec<gimple *> pops, pops_behind;
      for (gassign *r : b.restores)
	{
	  if (param_of_place (gimple_assign_lhs (r)) == k)
	    pops.safe_push (r);
	  if (param_behind_place (gimple_assign_lhs (r)) == k)
	    pops_behind.safe_push (r);
	}
      /* Or a same-file callee does it, given the parameter: a wrapper
	 of the pop (sqlite's renameParseFree (p) calling
	 sqlite3ParseObjectReset (p)).  */
      for (gcall *r : b.restoring_calls)
	{
	  const escape_summary *s
	    = summary_find (b.summaries, gimple_call_fndecl (r));
	  for (unsigned j = 0; s && j < gimple_call_num_args (r) && j < 32; j++)
	    if (incoming_param (loaded_from (gimple_call_arg (r, j))) == k)
	      {
		if (s->restores_params & (1u << j))
		  pops.safe_push (r);
		if (s->pops_pushed_params & (1u << j))
		  pops_behind.safe_push (r);
	      }
	}
      if (every_path_through (NULL, pops))
	last_restores_params |= 1u << k;
      if (every_path_through (NULL, pops_behind))
	last_pops_pushed_params |= 1u << k;
    }
  last_tested_params = b.tested;
  note_releases (b.releasers);
  note_global_sets ();
  delete last_locs;
  last_locs = b.locs;
  delete b.vla_of;
  delete b.param_content;
  return b.g;
}

/* Does the current function take a variable argument list and never
   read it (a logging wrapper that ignores its arguments)?  Its named
   parameters must all be in its summary.  */
static bool
varargs_unread (void)
{
  return stdarg_p (TREE_TYPE (current_function_decl))
	 && list_length (DECL_ARGUMENTS (current_function_decl))
	    <= SUMMARY_MAX_PARAMS
	 && !last_reads_varargs;
}

/* Build the current function's graph (with BINDING, see build.h) and
   solve it, and fill OUT with the function's summary under KEY.  */
static struct escape_graph *
summarise_bound (const struct summary_table *summaries, const tree *binding,
		 const void *key, struct escape_summary *out)
{
  struct escape_graph *g = build_bound (summaries, binding);
  graph_solve (g);
  int nparams = list_length (DECL_ARGUMENTS (current_function_decl));
  summary_compute (g, key, nparams, out);
  if (narrowing && summary_narrowed (g))
    {
      /* Range checks narrowed pointers to the objects of their bounds;
	 the caller's objects may be one another's: what the narrowing left
	 out of the summary goes back in, guarded.  The build without them
	 walks the same statements: only the map of its locations differs
	 from this one's.  */
      summary_guard guards[SUMMARY_MAX_GUARDS];
      int nguards = summary_guards (g, nparams, guards);
      hash_map<tree, int> *locs = last_locs;
      last_locs = NULL;
      narrowing = false;
      struct escape_graph *whole_graph = build_bound (summaries, binding);
      narrowing = true;
      graph_solve (whole_graph);
      struct escape_summary whole;
      summary_compute (whole_graph, key, nparams, &whole);
      summary_add_guarded (out, &whole, guards, nguards);
      summary_release (&whole);
      graph_free (whole_graph);
      delete last_locs;
      last_locs = locs;
    }
  if (out->returns_allocation && returns_reallocation (g))
    out->returns_allocation = false;
  if (out->returns_allocation)
    allocation_size_params (g, summaries, out);
  out->restores_params = last_restores_params;
  out->pops_pushed_params = last_pops_pushed_params;
  out->tested_params = last_tested_params;
  out->varargs_unread = varargs_unread ();
  out->nreleased = last_nreleased;
  memcpy (out->releaser, last_releaser, sizeof last_releaser);
  memcpy (out->released_param, last_released_param,
	  sizeof last_released_param);
  out->nsets = last_nsets;
  memcpy (out->sets, last_sets, sizeof last_sets);
  return g;
}

struct escape_graph *
summarise_function (const struct summary_table *summaries,
		    struct escape_summary *out)
{
  return summarise_bound (summaries, NULL, current_function_decl, out);
}
