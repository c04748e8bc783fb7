/* What only GENERIC shows, noted at PLUGIN_PRE_GENERICIZE for the pass that
   runs later on GIMPLE:

   - The one pattern GIMPLE never shows: the C front end turns
     "return &local;" (also "return buf;" for an array, "return &a[i];",
     "return &x + 1;") into "return (&local, 0);" at parse time, at every
     -O level.  The walk below is the front end's own (c_finish_return).
   - Which anonymous locals are compound literals: after gimplification they
     look like the compiler's own temporaries.
   - Every local the function declares: at -O1 and above an unused one is
     gone from GIMPLE and from the scope blocks, and the size rules must say
     the same at every level.

   The trees noted are kept alive through a garbage-collection root, so a
   declaration the optimisers drop is never freed under us.  */

#include "../plugin/compat.h"
#include "build.h"
#include "ggc.h"
#include "gtype-desc.h"

static vec<generic_return> noted;
static vec<generic_local> locals;
static hash_set<tree> *compound_literals;

/* Where each function's entries are in NOTED and LOCALS: a function's body
   is walked once, so they are contiguous.  */
struct function_notes
{
  unsigned returns_begin, returns_end, locals_begin, locals_end;
};
static hash_map<tree, function_notes> *by_function;
static vec<tree, va_gc> *kept_alive;

static const struct ggc_root_tab kept_roots[] = {
  { &kept_alive, 1, sizeof (kept_alive), &gt_ggc_mx_vec_tree_va_gc_,
    &gt_pch_nx_vec_tree_va_gc_ },
  LAST_GGC_ROOT_TAB
};

const struct ggc_root_tab *
generic_gc_roots (void)
{
  return kept_roots;
}

static tree
keep (tree t)
{
  vec_safe_push (kept_alive, t);
  return t;
}

static void
note_local (tree fndecl, tree decl)
{
  generic_local l = { fndecl, keep (decl) };
  locals.safe_push (l);
}

/* The local whose address the front end found in the returned T, or
   NULL_TREE.  */
static tree
returned_local (tree t, tree fndecl)
{
  for (;;)
    switch (TREE_CODE (t))
      {
      CASE_CONVERT:
      case NON_LVALUE_EXPR:
      case POINTER_PLUS_EXPR:
	t = TREE_OPERAND (t, 0);
	break;
      case ADDR_EXPR:
	t = TREE_OPERAND (t, 0);
	while (REFERENCE_CLASS_P (t) && !INDIRECT_REF_P (t))
	  t = TREE_OPERAND (t, 0);
	if ((VAR_P (t) || TREE_CODE (t) == PARM_DECL) && !DECL_EXTERNAL (t)
	    && !TREE_STATIC (t) && DECL_CONTEXT (t) == fndecl)
	  return t;
	return NULL_TREE;
      default:
	return NULL_TREE;
      }
}

struct walk_state
{
  tree fndecl;
  unsigned returns;	/* Returns with a value.  */
};

static tree
find_rewritten_return (tree *tp, int *walk_subtrees, void *data)
{
  walk_state *state = (walk_state *) data;
  tree fndecl = state->fndecl;
  tree t = *tp;
  if (TYPE_P (t))
    {
      *walk_subtrees = 0;
      return NULL_TREE;
    }
  if (TREE_CODE (t) == COMPOUND_LITERAL_EXPR)
    {
      tree decl = COMPOUND_LITERAL_EXPR_DECL (t);
      if (!compound_literals)
	compound_literals = new hash_set<tree>;
      compound_literals->add (keep (decl));
      note_local (fndecl, decl);
      return NULL_TREE;
    }
  if (TREE_CODE (t) == BIND_EXPR)
    for (tree var = BIND_EXPR_VARS (t); var; var = DECL_CHAIN (var))
      note_local (fndecl, var);
  if (TREE_CODE (t) != RETURN_EXPR || !TREE_OPERAND (t, 0))
    return NULL_TREE;
  state->returns++;
  tree set = TREE_OPERAND (t, 0);
  if (TREE_CODE (set) != MODIFY_EXPR && TREE_CODE (set) != INIT_EXPR)
    return NULL_TREE;
  tree value = TREE_OPERAND (set, 1);
  if (TREE_CODE (value) != COMPOUND_EXPR
      || !integer_zerop (TREE_OPERAND (value, 1)))
    return NULL_TREE;
  if (!POINTER_TYPE_P (TREE_TYPE (TREE_TYPE (fndecl))))
    return NULL_TREE;
  if (tree local = returned_local (TREE_OPERAND (value, 0), fndecl))
    {
      location_t where = EXPR_LOCATION (TREE_OPERAND (value, 0));
      if (where == UNKNOWN_LOCATION)
	where = EXPR_LOCATION (t);
      generic_return r = { fndecl, keep (local), where, false };
      noted.safe_push (r);
    }
  return NULL_TREE;
}

void
note_generic_returns (tree fndecl)
{
  if (!fndecl || !DECL_SAVED_TREE (fndecl))
    return;
  function_notes n;
  n.returns_begin = noted.length ();
  n.locals_begin = locals.length ();
  walk_state state = { fndecl, 0 };
  walk_tree_without_duplicates (&DECL_SAVED_TREE (fndecl),
				find_rewritten_return, &state);
  n.returns_end = noted.length ();
  n.locals_end = locals.length ();
  for (unsigned i = n.returns_begin; i < n.returns_end; i++)
    noted[i].every_return = state.returns == n.returns_end - n.returns_begin;
  if (!by_function)
    by_function = new hash_map<tree, function_notes>;
  by_function->put (keep (fndecl), n);
}

const generic_return *
generic_returns_of (tree fndecl, unsigned *count)
{
  function_notes *n = by_function ? by_function->get (fndecl) : NULL;
  *count = n ? n->returns_end - n->returns_begin : 0;
  return *count ? &noted[n->returns_begin] : NULL;
}

const generic_local *
generic_locals_of (tree fndecl, unsigned *count)
{
  function_notes *n = by_function ? by_function->get (fndecl) : NULL;
  *count = n ? n->locals_end - n->locals_begin : 0;
  return *count ? &locals[n->locals_begin] : NULL;
}

bool
is_compound_literal (tree decl)
{
  return compound_literals && compound_literals->contains (decl);
}
