/* The one pattern GIMPLE never shows: the C front end turns
   "return &local;" (also "return buf;" for an array, "return &a[i];",
   "return &x + 1;") into "return (&local, 0);" at parse time, at every -O
   level.  Catch it on GENERIC, just before gimplification, by the same walk
   the front end uses (c_finish_return), and remember it so that
   build_graph can add "the result holds &local" to the function's graph.  */

#include "../plugin/compat.h"
#include "build.h"

static vec<generic_return> noted;

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
  if (tree local = returned_local (TREE_OPERAND (value, 0), fndecl))
    {
      location_t where = EXPR_LOCATION (TREE_OPERAND (value, 0));
      if (where == UNKNOWN_LOCATION)
	where = EXPR_LOCATION (t);
      generic_return r = { fndecl, local, where, false };
      noted.safe_push (r);
    }
  return NULL_TREE;
}

void
note_generic_returns (tree fndecl)
{
  if (!fndecl || !DECL_SAVED_TREE (fndecl))
    return;
  tree result_type = TREE_TYPE (TREE_TYPE (fndecl));
  if (!POINTER_TYPE_P (result_type))
    return;
  unsigned first = noted.length ();
  walk_state state = { fndecl, 0 };
  walk_tree_without_duplicates (&DECL_SAVED_TREE (fndecl),
				find_rewritten_return, &state);
  for (unsigned i = first; i < noted.length (); i++)
    noted[i].every_return = state.returns == noted.length () - first;
}

const generic_return *
generic_returns_of (tree fndecl, unsigned *count)
{
  /* Functions are parsed in order and noted once: their entries are
     contiguous.  */
  unsigned i = 0;
  while (i < noted.length () && noted[i].fndecl != fndecl)
    i++;
  unsigned j = i;
  while (j < noted.length () && noted[j].fndecl == fndecl)
    j++;
  *count = j - i;
  return *count ? &noted[i] : NULL;
}
