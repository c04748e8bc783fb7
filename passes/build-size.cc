/* GIMPLE -> stack object sizes, for the size rules.

   Every local the function declares (in its scope blocks, which keep the
   user's declarations at every -O level), every by-value parameter and
   compound literal has a size known at compile time.  A VLA or an alloca
   has a size computed at run time: the on-demand ranger, which answers at
   -O0 as at -O2, bounds it from the type of the length, a dominating check,
   a clamp or a loop bound.  */

#include "../plugin/compat.h"
#include "build.h"

namespace {

struct measure
{
  struct stack_sizes *out;
  hash_set<tree> seen;
  hash_map<tree, tree> vla_of;	/* VLA pointer variable -> VLA decl.  */
};

long long
constant_size (tree size)
{
  if (!size || !tree_fits_uhwi_p (size))
    return -1;
  unsigned HOST_WIDE_INT n = tree_to_uhwi (size);
  return n > (unsigned HOST_WIDE_INT) HOST_WIDE_INT_MAX ? -1 : (long long) n;
}

void
measure_decl (measure &m, tree decl)
{
  if (m.seen.add (decl))
    return;
  if (TREE_CODE (decl) == PARM_DECL)
    ;
  else if (!VAR_P (decl) || is_global_var (decl) || DECL_EXTERNAL (decl))
    return;
  else if (tree ptr = vla_pointer (decl))
    {
      m.vla_of.put (ptr, decl);
      return;
    }
  bool literal = is_compound_literal (decl);
  /* The compiler's own temporaries are not the programmer's objects.  */
  if (DECL_ARTIFICIAL (decl) && !literal)
    return;
  /* A scalar whose address is never taken lives in a register, or in a
     slot of GCC's choosing: no object of the source on the stack.  */
  if (is_gimple_reg_type (TREE_TYPE (decl)) && !TREE_ADDRESSABLE (decl))
    return;
  long long size = constant_size (DECL_SIZE_UNIT (decl));
  if (size < 0)
    return;
  struct stack_object_size *o = stack_sizes_add (m.out);
  o->name = literal ? NULL : decl_name_or_null (decl);
  o->kind = literal ? STACK_COMPOUND_LITERAL
	    : TREE_CODE (decl) == PARM_DECL ? STACK_PARAMETER : STACK_LOCAL;
  o->where = DECL_SOURCE_LOCATION (decl);
  o->decl = decl;
  o->size = size;
}

void
measure_blocks (measure &m, tree block)
{
  for (; block && TREE_CODE (block) == BLOCK; block = BLOCK_CHAIN (block))
    {
      for (tree var = BLOCK_VARS (block); var; var = DECL_CHAIN (var))
	measure_decl (m, var);
      measure_blocks (m, BLOCK_SUBBLOCKS (block));
    }
}

/* What the ranger proves of NAME at STMT: its upper bound, or -1.  A
   negative length is undefined for a VLA and a bug for alloca, so a signed
   length counts from 0; the maximum of a type of 32 bits or more is no
   bound, the maximum of a narrower one (unsigned char n) is.  */
long long
ranger_bound (tree name, gimple *stmt)
{
  tree type = TREE_TYPE (name);
  int_range_max r;
  if (!function_ranger ()->range_of_expr (r, name, stmt) || r.undefined_p ())
    return -1;
  widest_int ub = widest_int::from (r.upper_bound (), TYPE_SIGN (type));
  if (TYPE_PRECISION (type) >= 32
      && ub == wi::to_widest (TYPE_MAX_VALUE (type)))
    return -1;
  if (wi::neg_p (ub))
    return 0;
  if (!wi::fits_shwi_p (ub))
    return -1;
  return (long long) ub.to_shwi ();
}

/* The upper bound a check written with a branch hint puts on NAME at
   STMT ("if (unlikely (n > 512)) return;" before it), or -1: the check
   dominates STMT through an edge that every path to STMT takes.  */
long long
hinted_check_bound (tree name, gimple *stmt)
{
  basic_block bb = gimple_bb (stmt);
  for (basic_block d = get_immediate_dominator (CDI_DOMINATORS, bb);
       d && d != ENTRY_BLOCK_PTR_FOR_FN (cfun);
       bb = d, d = get_immediate_dominator (CDI_DOMINATORS, d))
    {
      gcond *cond = safe_dyn_cast<gcond *> (last_stmt (d));
      enum tree_code code;
      tree lhs, rhs;
      if (!cond || !hinted_comparison (cond, &code, &lhs, &rhs))
	continue;
      edge te, fe;
      extract_true_false_edges_from_block (d, &te, &fe);
      bool on_true = single_pred_p (te->dest)
		     && dominated_by_p (CDI_DOMINATORS, gimple_bb (stmt),
					te->dest);
      bool on_false = single_pred_p (fe->dest)
		      && dominated_by_p (CDI_DOMINATORS, gimple_bb (stmt),
					 fe->dest);
      if (!on_true && !on_false)
	continue;
      if (on_false)
	code = invert_tree_comparison (code, false);
      if (rhs == name)
	{
	  std::swap (lhs, rhs);
	  code = swap_tree_comparison (code);
	}
      if (lhs != name || TREE_CODE (rhs) != INTEGER_CST
	  || !tree_fits_shwi_p (rhs))
	continue;
      long long c = tree_to_shwi (rhs);
      if (code == LT_EXPR)
	c--;
      else if (code != LE_EXPR && code != EQ_EXPR)
	continue;
      return c < 0 ? 0 : c;
    }
  return -1;
}

/* The proved upper bound in bytes of the run-time SIZE at STMT, or -1.
   GIMPLE computes a VLA's size as (sizetype) n * sizeof element: the
   conversion of a signed n to sizetype wraps its negative values into huge
   ones, so peel conversions and constant factors down to the length and
   ask the ranger about that.  */
long long
size_bound (measure &m, tree size, gimple *stmt, int depth = 0)
{
  if (TREE_CODE (size) == INTEGER_CST)
    return constant_size (size);
  if (TREE_CODE (size) != SSA_NAME || !INTEGRAL_TYPE_P (TREE_TYPE (size))
      || depth > 16)
    return -1;
  if (gassign *def = dyn_cast<gassign *> (SSA_NAME_DEF_STMT (size)))
    {
      enum tree_code code = gimple_assign_rhs_code (def);
      tree op = gimple_assign_rhs1 (def);
      if ((code == SSA_NAME || CONVERT_EXPR_CODE_P (code))
	  && INTEGRAL_TYPE_P (TREE_TYPE (op))
	  && TYPE_PRECISION (TREE_TYPE (op)) <= TYPE_PRECISION (TREE_TYPE (size)))
	return size_bound (m, op, stmt, depth + 1);
      /* n * sizeof element, or rows * cols for a VLA of two variable
	 dimensions: each factor bounded on its own.  */
      if (code == MULT_EXPR)
	{
	  long long factor = size_bound (m, gimple_assign_rhs2 (def), stmt,
					 depth + 1);
	  long long n = size_bound (m, op, stmt, depth + 1);
	  if (n < 0 || factor < 0 || (factor && n > HOST_WIDE_INT_MAX / factor))
	    return -1;
	  return n * factor;
	}
      /* strndupa's "strnlen (s, n) + 1": each term bounded on its own
	 (the ranger may still bound the sum when they are not).  */
      if (code == PLUS_EXPR)
	{
	  long long bound = ranger_bound (size, stmt);
	  if (bound >= 0)
	    return bound;
	  long long a = size_bound (m, op, stmt, depth + 1);
	  long long b = size_bound (m, gimple_assign_rhs2 (def), stmt,
				    depth + 1);
	  /* "n - 1" in unsigned arithmetic is a sum that wraps: no bound.  */
	  if (a >= 0 && b >= 0 && a <= HOST_WIDE_INT_MAX - b
	      && wi::ge_p (wi::to_widest (TYPE_MAX_VALUE (TREE_TYPE (size))),
			   a + b, UNSIGNED))
	    return a + b;
	}
    }
  /* strnlen (s, n) is at most n.  */
  else if (gcall *call = dyn_cast<gcall *> (SSA_NAME_DEF_STMT (size)))
    if (gimple_call_builtin_p (call, BUILT_IN_STRNLEN))
      {
	long long n = size_bound (m, gimple_call_arg (call, 1), stmt,
				  depth + 1);
	if (n >= 0)
	  return n;
      }
  long long bound = ranger_bound (size, stmt);
  return bound >= 0 ? bound : hinted_check_bound (size, stmt);
}

enum walk_step
visit_for_start (basic_block bb, void *start)
{
  return bb == (basic_block) start ? WALK_FAIL : WALK_ON;
}

/* Can BB reach itself?  Only asked for the blocks holding an alloca, which
   are few: a walk of the CFG each, without touching its loop structures or
   edge flags, which later passes own.  */
bool
in_loop (basic_block bb)
{
  return !walk_paths (bb, visit_for_start, bb);
}

void
measure_alloca (measure &m, gcall *call, basic_block bb)
{
  tree lhs = gimple_call_lhs (call);
  tree var = lhs && TREE_CODE (lhs) == SSA_NAME ? SSA_NAME_VAR (lhs) : lhs;
  tree *vla = var ? m.vla_of.get (var) : NULL;
  struct stack_object_size *o = stack_sizes_add (m.out);
  if (vla)
    {
      o->name = decl_name_or_null (*vla);
      o->kind = STACK_VLA;
      o->where = DECL_SOURCE_LOCATION (*vla);
      o->decl = *vla;
    }
  else
    {
      o->kind = STACK_ALLOCA;
      o->where = gimple_location (call);
      /* A VLA's storage is released at the end of its block, each
	 iteration; an alloca's only when the function returns.  */
      o->in_loop = in_loop (bb);
    }
  tree size = gimple_call_arg (call, 0);
  o->size = constant_size (size);
  if (o->size < 0)
    o->bound = size_bound (m, size, call);
}

} // anon namespace

void
measure_stack_objects (struct stack_sizes *out)
{
  measure m;
  m.out = out;

  /* The declarations as parsed, so that an unused one counts at every -O
     level; the scope blocks for VLAs, whose pointer GIMPLE uses.  */
  unsigned count;
  const generic_local *locals
    = generic_locals_of (current_function_decl, &count);
  for (unsigned i = 0; i < count; i++)
    measure_decl (m, locals[i].decl);
  measure_blocks (m, DECL_INITIAL (current_function_decl));
  for (tree parm = DECL_ARGUMENTS (current_function_decl); parm;
       parm = DECL_CHAIN (parm))
    measure_decl (m, parm);

  /* Checks written with a branch hint need the dominators; the function
     is left as found.  */
  bool computed_dominators = false;
  basic_block bb;
  FOR_EACH_BB_FN (bb, cfun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      if (gcall *call = dyn_cast<gcall *> (gsi_stmt (gsi)))
	if (is_alloca_call (call) && gimple_call_num_args (call) >= 1)
	  {
	    if (!dom_info_available_p (CDI_DOMINATORS))
	      {
		calculate_dominance_info (CDI_DOMINATORS);
		computed_dominators = true;
	      }
	    measure_alloca (m, call, bb);
	  }
  if (computed_dominators)
    free_dominance_info (CDI_DOMINATORS);
}
