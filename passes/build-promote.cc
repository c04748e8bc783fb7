/* GIMPLE + solved graph -> heap allocation sites, for the promote rule:
   each site's constant size, whether it is reallocated, and whether a
   deallocation runs on every path from it to the exit.  */

#include "../plugin/compat.h"
#include "build.h"

namespace {

/* The pointer argument a call deallocates (free, a declared
   malloc (dealloc) deallocator, realloc), or NULL_TREE.  */
tree
deallocated_arg (gcall *call)
{
  tree fndecl = gimple_call_fndecl (call);
  if (!fndecl)
    return NULL_TREE;
  unsigned argno = fndecl_dealloc_argno (fndecl);
  if (argno >= gimple_call_num_args (call))
    return NULL_TREE;
  return gimple_call_arg (call, argno);
}

/* Does DEALLOC release what ALLOC returns?  An allocator declared
   "malloc (dealloc)" names its deallocators, and only those release its
   blocks (GCC's -Wmismatched-dealloc); any other allocator's blocks are
   released by any deallocator.  */
bool
matching_deallocator (gcall *alloc, gcall *dealloc)
{
  tree afn = gimple_call_fndecl (alloc), dfn = gimple_call_fndecl (dealloc);
  if (!afn || !dfn)
    return true;
  bool named = false;
  for (tree attr = DECL_ATTRIBUTES (afn);
       (attr = lookup_attribute ("malloc", attr)); attr = TREE_CHAIN (attr))
    {
      tree args = TREE_VALUE (attr);
      tree fn = args ? TREE_VALUE (args) : NULL_TREE;
      if (fn && TREE_CODE (fn) == ADDR_EXPR)
	fn = TREE_OPERAND (fn, 0);
      if (!fn || TREE_CODE (fn) != FUNCTION_DECL)
	continue;
      named = true;
      if (fn == dfn
	  || (fndecl_built_in_p (fn, BUILT_IN_NORMAL)
	      && fndecl_built_in_p (dfn, BUILT_IN_NORMAL)
	      && DECL_FUNCTION_CODE (fn) == DECL_FUNCTION_CODE (dfn))
	  || (DECL_ASSEMBLER_NAME_SET_P (fn) && DECL_ASSEMBLER_NAME_SET_P (dfn)
	      && DECL_ASSEMBLER_NAME (fn) == DECL_ASSEMBLER_NAME (dfn)))
	return true;
    }
  return !named;
}

bool
is_realloc (gcall *call)
{
  return gimple_call_builtin_p (call, BUILT_IN_REALLOC);
}

/* May the pointer ARG point to allocation SITE?  */
bool
names_site (const struct escape_graph *g, tree arg, loc_id site)
{
  if (!arg || TREE_CODE (arg) != SSA_NAME)
    return false;
  loc_id l = built_loc_of (arg);
  return l != NO_LOC && points_to (g, l, site);
}

/* The one value the ranger proves T has at STMT, or -1.  */
long long
single_value (tree t, gimple *stmt)
{
  STRIP_NOPS (t);
  if (TREE_CODE (t) == INTEGER_CST)
    return tree_fits_shwi_p (t) ? tree_to_shwi (t) : -1;
  int_range_max r;
  if (TREE_CODE (t) == SSA_NAME
      && function_ranger ()->range_of_expr (r, t, stmt)
      && !r.undefined_p () && wi::eq_p (r.lower_bound (), r.upper_bound ())
      && wi::fits_shwi_p (r.lower_bound ()))
    return r.lower_bound ().to_shwi ();
  return -1;
}

/* The arguments whose product is the allocation's size, from its
   alloc_size attribute; returns how many (0 when it has none).  */
int
size_args (gcall *call, tree args[2])
{
  tree fntype = gimple_call_fntype (call);
  tree attr = fntype ? lookup_attribute ("alloc_size", TYPE_ATTRIBUTES (fntype))
		     : NULL_TREE;
  int n = 0;
  if (attr)
    for (tree pos = TREE_VALUE (attr); pos && n < 2; pos = TREE_CHAIN (pos))
      {
	unsigned argno = tree_to_uhwi (TREE_VALUE (pos)) - 1;
	if (argno >= gimple_call_num_args (call))
	  return 0;
	args[n++] = gimple_call_arg (call, argno);
      }
  return n;
}

/* The allocation's size in bytes when it has one value, at -O0 as at -O2
   ("n * sizeof *p" with n set just before), else -1.  GCC's own reading
   (gimple_call_alloc_size) for a constant; for a run-time size, which
   GCC 11 gives up on, the ranger on each alloc_size argument.  */
long long
allocation_size (gcall *call, const struct summary_table *summaries)
{
  /* A same-file xmalloc: the size is the argument its summary names.  */
  tree fndecl = gimple_call_fndecl (call);
  const escape_summary *s = fndecl ? summary_find (summaries, fndecl) : NULL;
  if (s && s->returns_allocation)
    {
      if (!s->size_scale)
	return -1;
      long long bytes = s->size_scale;
      for (int i = 0; i < 2 && s->size_params[i] >= 0; i++)
	{
	  if ((unsigned) s->size_params[i] >= gimple_call_num_args (call))
	    return -1;
	  long long v = single_value (gimple_call_arg (call, s->size_params[i]),
				      call);
	  if (v < 0 || (v && bytes > HOST_WIDE_INT_MAX / v))
	    return -1;
	  bytes *= v;
	}
      return bytes;
    }

  /* GCC 11 answers SIZE_MAX for "unknown": that is no size.  */
  tree size = gimple_call_alloc_size (call);
  if (size && TREE_CODE (size) == INTEGER_CST && tree_fits_shwi_p (size))
    return tree_to_shwi (size);
  tree args[2];
  int n = size_args (call, args);
  if (!n)
    return -1;
  long long bytes = 1;
  for (int i = 0; i < n; i++)
    {
      long long v = single_value (args[i], call);
      if (v < 0 || (v && bytes > HOST_WIDE_INT_MAX / v))
	return -1;
      bytes *= v;
    }
  return bytes;
}

location_t
last_location (basic_block bb)
{
  /* A scope's end (the clobber of its locals) carries a location without
     a line: not a place to name.  */
  for (gimple_stmt_iterator gsi = gsi_last_bb (bb); !gsi_end_p (gsi);
       gsi_prev (&gsi))
    if (LOCATION_LINE (gimple_location (gsi_stmt (gsi))) > 0)
      return gimple_location (gsi_stmt (gsi));
  return UNKNOWN_LOCATION;
}

/* Is one of FREES in BB (from statement START on, when given)?  Sets
   *WHERE to the first.  */
bool
frees_in (basic_block bb, gimple *start, const vec<gcall *> &frees,
	  location_t *where)
{
  gimple_stmt_iterator gsi = start ? gsi_for_stmt (start) : gsi_start_bb (bb);
  for (; !gsi_end_p (gsi); gsi_next (&gsi))
    for (gcall *f : frees)
      if (gsi_stmt (gsi) == f)
	{
	  *where = gimple_location (f);
	  return true;
	}
  return false;
}

/* Does STMT run before ALLOC on every path to it (it dominates it)?  */
bool
runs_before (gimple *stmt, gcall *alloc)
{
  basic_block a = gimple_bb (stmt), b = gimple_bb (alloc);
  if (!a)
    return false;
  if (a != b)
    return dominated_by_p (CDI_DOMINATORS, b, a);
  for (gimple_stmt_iterator gsi = gsi_for_stmt (stmt); !gsi_end_p (gsi);
       gsi_next (&gsi))
    if (gsi_stmt (gsi) == alloc)
      return true;
  return false;
}

/* Was the pointer ARG (through copies and conversions) computed before
   ALLOC ran: then it is an earlier block, not this one ("free (prev)"
   after "cur = malloc (n)" in a loop that ends "prev = cur").  */
bool
predates (tree arg, gcall *alloc)
{
  for (int depth = 0; TREE_CODE (arg) == SSA_NAME && depth < 8; depth++)
    {
      if (SSA_NAME_IS_DEFAULT_DEF (arg))
	return true;
      gimple *def = SSA_NAME_DEF_STMT (arg);
      if (def == alloc)
	return false;
      gassign *copy = dyn_cast<gassign *> (def);
      if (copy && (gimple_assign_ssa_name_copy_p (copy)
		   || gimple_assign_cast_p (copy)))
	{
	  arg = gimple_assign_rhs1 (copy);
	  continue;
	}
      return runs_before (def, alloc);
    }
  return false;
}

/* Does E go back to the head of a loop that ALLOC's block is in: the
   next iteration?  */
bool
next_iteration (edge e, basic_block start)
{
  return dominated_by_p (CDI_DOMINATORS, e->src, e->dest)
	 && dominated_by_p (CDI_DOMINATORS, start, e->dest);
}

/* Does a free run on every path from ALLOC to the exit?  A path leaves by
   the edge on which the allocation is null (nothing to free), ends where a
   free of this block runs, or fails at the exit or at the next iteration
   of a loop around the allocation (one slot per iteration).  */
void
check_freed (gcall *alloc, const vec<gcall *> &all_frees,
	     struct heap_site *h)
{
  basic_block start = gimple_bb (alloc);
  tree lhs = gimple_call_lhs (alloc);
  auto_vec<gcall *> frees;
  for (gcall *f : all_frees)
    if (!predates (deallocated_arg (f), alloc)
	&& matching_deallocator (alloc, f))
      frees.safe_push (f);
  if (all_frees.is_empty ())
    return;	/* Never freed: no path to name.  */
  if (frees_in (start, alloc, frees, &h->freed_at))
    {
      h->freed = true;
      return;
    }
  /* Each path carries the last place it went through with a location, so
     a leak is reported at the user's return, not at the merged one.  */
  struct step
  {
    edge e;
    location_t last;
  };
  auto_bitmap visited;
  auto_vec<step, 16> work;
  edge e;
  edge_iterator ei;
  FOR_EACH_EDGE (e, ei, start->succs)
    work.safe_push ({ e, gimple_location (alloc) });
  while (!work.is_empty ())
    {
      step s = work.pop ();
      if (lhs && null_on_edge (lhs, s.e))
	continue;
      basic_block bb = s.e->dest;
      bool again = bb == start || next_iteration (s.e, start);
      if (bb == EXIT_BLOCK_PTR_FOR_FN (cfun) || again)
	{
	  h->leak_at = s.last;
	  h->leak_in_loop = again;
	  return;
	}
      if (!bitmap_set_bit (visited, bb->index))
	continue;
      location_t where;
      if (frees_in (bb, NULL, frees, &where))
	{
	  if (!h->freed_at)
	    h->freed_at = where;
	  continue;
	}
      location_t last = last_location (bb);
      FOR_EACH_EDGE (e, ei, bb->succs)
	work.safe_push ({ e, last ? last : s.last });
    }
  h->freed = h->freed_at != UNKNOWN_LOCATION;
}

/* The stack form of the allocation, "struct s v;" or "char buf[64];".  */
char *
stack_form (gcall *alloc, long long size)
{
  tree lhs = gimple_call_lhs (alloc);
  tree type = lhs && POINTER_TYPE_P (TREE_TYPE (lhs))
	      ? TREE_TYPE (TREE_TYPE (lhs)) : NULL_TREE;
  /* "double (*m)[4] = malloc (sizeof (double[4][4]))": an array of the
     innermost element, as C declares it.  */
  while (type && TREE_CODE (type) == ARRAY_TYPE)
    type = TREE_TYPE (type);
  /* A struct ending in a flexible array member cannot be an array's
     element: bytes.  */
  if (type && RECORD_OR_UNION_TYPE_P (type))
    {
      tree last = NULL_TREE;
      for (tree f = TYPE_FIELDS (type); f; f = DECL_CHAIN (f))
	if (TREE_CODE (f) == FIELD_DECL)
	  last = f;
      if (last && TREE_CODE (TREE_TYPE (last)) == ARRAY_TYPE
	  && (!TYPE_DOMAIN (TREE_TYPE (last))
	      || !TYPE_MAX_VALUE (TYPE_DOMAIN (TREE_TYPE (last)))))
	type = NULL_TREE;
    }
  long long each = type && COMPLETE_TYPE_P (type) && !VOID_TYPE_P (type)
		   && tree_fits_shwi_p (TYPE_SIZE_UNIT (type))
		   ? tree_to_shwi (TYPE_SIZE_UNIT (type)) : 0;
  if (each <= 0 || size % each)
    return xasprintf ("char buf[%lld];", size);
  char *name = print_generic_expr_to_str (TYPE_MAIN_VARIANT (type));
  char *form = each == size ? xasprintf ("%s v;", name)
			    : xasprintf ("%s buf[%lld];", name, size / each);
  free (name);
  return form;
}

} // anon namespace

bool
returns_reallocation (const struct escape_graph *g)
{
  loc_id ret = loc_find_kind (g, LOC_RETURN);
  for (int i = 0; ret != NO_LOC && i < points_to_count (g, ret); i++)
    {
      const struct escape_loc *loc
	= loc_get ((struct escape_graph *) g, points_to_nth (g, ret, i));
      if (loc->kind == LOC_HEAP && loc->tree
	  && is_realloc ((gcall *) loc->tree))
	return true;
    }
  return false;
}

/* Split SIZE, a byte count, into a constant times parameters of the
   current function: "n", "n * size", "n * sizeof (T)", through copies and
   conversions.  Adds the parameters' indexes to PARAMS (at most 2, *COUNT
   of them so far) and multiplies *SCALE; false when SIZE is something
   else.  */
static bool
size_factors (tree size, int params[2], int *count,
	      unsigned long long *scale, int depth)
{
  for (; TREE_CODE (size) == SSA_NAME && !SSA_NAME_IS_DEFAULT_DEF (size)
	 && depth < 8; depth++)
    {
      gassign *def = dyn_cast<gassign *> (SSA_NAME_DEF_STMT (size));
      if (!def)
	return false;
      if (gimple_assign_rhs_code (def) == MULT_EXPR)
	return (size_factors (gimple_assign_rhs1 (def), params, count, scale,
			      depth + 1)
		&& size_factors (gimple_assign_rhs2 (def), params, count, scale,
				 depth + 1));
      if (!gimple_assign_single_p (def) && !gimple_assign_cast_p (def))
	return false;
      size = gimple_assign_rhs1 (def);
    }
  STRIP_NOPS (size);
  if (TREE_CODE (size) == INTEGER_CST)
    {
      if (!tree_fits_uhwi_p (size) || !tree_to_uhwi (size))
	return false;
      unsigned HOST_WIDE_INT c = tree_to_uhwi (size);
      if (*scale > HOST_WIDE_INT_MAX / c)
	return false;
      *scale *= c;
      return true;
    }
  if (TREE_CODE (size) != SSA_NAME || !SSA_NAME_IS_DEFAULT_DEF (size)
      || !SSA_NAME_VAR (size) || TREE_CODE (SSA_NAME_VAR (size)) != PARM_DECL
      || *count == 2)
    return false;
  int index = 0;
  for (tree p = DECL_ARGUMENTS (current_function_decl);
       p && p != SSA_NAME_VAR (size); p = DECL_CHAIN (p))
    index++;
  params[(*count)++] = index;
  return true;
}

void
allocation_size_params (const struct escape_graph *g,
			const struct summary_table *summaries,
			struct escape_summary *out)
{
  /* The wrapper's own allocation takes its size from its parameters:
     which, and times what?  Every allocation it may return must say the
     same.  */
  bool seen = false;
  out->size_scale = 0;
  for (loc_id l = 0; l < loc_count (g); l++)
    {
      const struct escape_loc *loc = loc_get ((struct escape_graph *) g, l);
      if (loc->kind != LOC_HEAP || !loc->tree)
	continue;
      gcall *call = (gcall *) loc->tree;
      tree args[2];
      int nargs = size_args (call, args);
      int params[2] = { -1, -1 }, count = 0;
      unsigned long long scale = 1;
      /* xnew (n) calling xmalloc (n * sizeof (T)): the inner wrapper's
	 summary names the arguments.  */
      tree fndecl = gimple_call_fndecl (call);
      const escape_summary *inner
	= fndecl ? summary_find (summaries, fndecl) : NULL;
      if (inner && inner->returns_allocation)
	{
	  nargs = 0;
	  scale = inner->size_scale;
	  for (int i = 0; i < 2 && inner->size_params[i] >= 0; i++)
	    if ((unsigned) inner->size_params[i] < gimple_call_num_args (call))
	      args[nargs++] = gimple_call_arg (call, inner->size_params[i]);
	    else
	      scale = 0;
	  if (!scale)
	    nargs = -1;
	}
      for (int i = 0; i < nargs; i++)
	if (!size_factors (args[i], params, &count, &scale, 0))
	  nargs = -1;
      if (nargs < 0 || (!nargs && !inner)
	  || (seen && (scale != out->size_scale
		       || params[0] != out->size_params[0]
		       || params[1] != out->size_params[1])))
	{
	  out->size_scale = 0;
	  return;
	}
      seen = true;
      out->size_scale = scale;
      out->size_params[0] = params[0];
      out->size_params[1] = params[1];
    }
}

void
examine_heap_sites (const struct escape_graph *g,
		    const struct summary_table *summaries,
		    struct heap_sites *out)
{
  auto_vec<gcall *> deallocations, reallocations;
  basic_block bb;
  /* Which frees run before an allocation, and which edges start the next
     iteration, need the dominators; the function is left as found.  */
  bool computed_dominators = false;
  FOR_EACH_BB_FN (bb, cfun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      if (gcall *call = dyn_cast<gcall *> (gsi_stmt (gsi)))
	{
	  if (is_realloc (call))
	    reallocations.safe_push (call);
	  else if (deallocated_arg (call))
	    deallocations.safe_push (call);
	}

  for (loc_id l = 0; l < loc_count (g); l++)
    {
      const struct escape_loc *loc = loc_get ((struct escape_graph *) g, l);
      if (loc->kind != LOC_HEAP || !loc->tree)
	continue;
      gcall *alloc = (gcall *) loc->tree;
      struct heap_site *h = heap_sites_add (out);
      h->site = l;
      h->size = allocation_size (alloc, summaries);
      /* realloc's result is the old block moved, not a new scratch one.  */
      h->reallocated = is_realloc (alloc);
      for (gcall *r : reallocations)
	if (names_site (g, gimple_call_arg (r, 0), l))
	  h->reallocated = true;
      auto_vec<gcall *> frees;
      for (gcall *f : deallocations)
	if (names_site (g, deallocated_arg (f), l))
	  frees.safe_push (f);
      if (!frees.is_empty () && !dom_info_available_p (CDI_DOMINATORS))
	{
	  calculate_dominance_info (CDI_DOMINATORS);
	  computed_dominators = true;
	}
      check_freed (alloc, frees, h);
      if (h->size > 0)
	h->suggestion = stack_form (alloc, h->size);
    }
  if (computed_dominators)
    free_dominance_info (CDI_DOMINATORS);
}
