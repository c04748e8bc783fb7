/* The escape pass: a SIMPLE_IPA_PASS placed right after build_ssa_passes,
   where every function of the unit is in SSA form and nothing has been
   inlined or optimised yet, at every -O level.  So the IR, and therefore the
   findings, are the same from -O0 to -O3, and isolate-paths has not yet
   turned "return &x" into "return 0".

   Functions are analysed callees first (the callgraph in reduced postorder);
   a recursive cycle is iterated, silently, until its members' summaries stop
   changing, and then analysed once more to report.  */

#include "compat.h"
#include "pass.h"
#include "diagnostics.h"
#include "../passes/build.h"
#include "../passes/rules/rules.h"

namespace {

/* Recursive cycles converge in a few rounds; this only bounds the worst
   case, after which the last summaries stand.  */
const int max_cycle_rounds = 8;

const pass_data escape_pass_data = {
  SIMPLE_IPA_PASS,
  "escape",		/* name */
  OPTGROUP_NONE,	/* optinfo_flags */
  TV_PLUGIN_RUN,	/* tv_id */
  PROP_ssa,		/* properties_required */
  0, 0, 0, 0
};

/* A body to analyse, the same at every -O level: an extern inline body
   (C99 "inline", gnu_inline, glibc's bsearch) is kept only for inlining
   when optimising and is gone at -O0; calls to it stay calls to a
   function defined elsewhere.  */
bool
analysable (cgraph_node *node)
{
  if (node->alias || node->thunk || !node->has_gimple_body_p ()
      || DECL_EXTERNAL (node->decl))
    return false;
  function *fn = DECL_STRUCT_FUNCTION (node->decl);
  return fn && fn->cfg && gimple_in_ssa_p (fn);
}

int
count_params (tree fndecl)
{
  int n = 0;
  for (tree p = DECL_ARGUMENTS (fndecl); p; p = DECL_CHAIN (p))
    n++;
  return n;
}

/* Analyse one function: build, solve, summarise; with REPORT also decide
   and print.  CYCLE names the recursive cycle the function is in, or is
   NULL.  Returns true when its summary changed.  */
bool
analyse (cgraph_node *node, struct summary_table *summaries,
	 const struct escape_settings *settings, bool report,
	 const char *cycle)
{
  push_cfun (DECL_STRUCT_FUNCTION (node->decl));
  struct escape_summary s;
  struct escape_graph *g = summarise_function (summaries, &s);
  /* A weak definition is a default that another object may replace at
     link time: its callers treat it as code they cannot see.  Aliases
     that cannot be replaced (alias ("f"), not weak) are the function.  */
  bool changed = false;
  if (!DECL_WEAK (node->decl))
    {
      changed = summary_store (summaries, &s);
      ipa_ref *ref;
      FOR_EACH_ALIAS (node, ref)
	if (ref->referring->get_availability () > AVAIL_INTERPOSABLE)
	  {
	    s.fndecl = ref->referring->decl;
	    summary_store (summaries, &s);
	  }
    }
  summary_release (&s);
  /* The system's headers are not the user's code: no findings there.  */
  if (report && !in_system_header_at (DECL_SOURCE_LOCATION (node->decl)))
    {
      struct findings list = { NULL, 0, 0 };
      struct stack_sizes sizes = { NULL, 0, 0 };
      struct heap_sites heap = { NULL, 0, 0 };
      unsigned char *state = XNEWVEC (unsigned char, loc_count (g));
      rules_escape (g, settings, &list, state);
      measure_stack_objects (&sizes);
      rules_size (&sizes, cycle != NULL, settings, &list);
      examine_heap_sites (g, summaries, &heap);
      rules_promote (&heap, state, settings, &list);
      emit_findings (g, &list, settings, node->decl, cycle);
      findings_clear (&list);
      stack_sizes_clear (&sizes);
      heap_sites_clear (&heap);
      free (state);
    }
  graph_free (g);
  finish_function_analysis ();
  pop_cfun ();
  return changed;
}

bool
recursive (const vec<cgraph_node *> &cycle)
{
  if (cycle.length () > 1)
    return true;
  for (cgraph_edge *e = cycle[0]->callees; e; e = e->next_callee)
    if (e->callee->ultimate_alias_target () == cycle[0])
      return true;
  return false;
}

/* "f -> g -> f", for the notes on a recursive function's stack objects.  */
char *
cycle_names (const vec<cgraph_node *> &cycle)
{
  pretty_printer pp;
  for (cgraph_node *m : cycle)
    {
      pp_string (&pp, lang_hooks.decl_printable_name (m->decl, 2));
      pp_string (&pp, " -> ");
    }
  pp_string (&pp, lang_hooks.decl_printable_name (cycle[0]->decl, 2));
  return xstrdup (pp_formatted_text (&pp));
}

/* Is the symbol kept for its own sake: visible outside the unit, marked
   used, a constructor?  */
bool
needed_root (symtab_node *node)
{
  tree decl = node->decl;
  if (!node->definition || DECL_EXTERNAL (decl))
    return false;
  if ((TREE_PUBLIC (decl) && !DECL_COMDAT (decl)) || DECL_PRESERVE_P (decl)
      || node->externally_visible)
    return true;
  return TREE_CODE (decl) == FUNCTION_DECL
	 && (DECL_STATIC_CONSTRUCTOR (decl) || DECL_STATIC_DESTRUCTOR (decl));
}

/* The symbols an optimising build keeps: those reached, by calls and
   references, from the ones kept for their own sake.  At -O0 GCC also
   keeps every unused static function (force_output), which -O1 and up
   remove before the pass runs; leaving them out at -O0 too gives the
   same findings at every level.  */
hash_set<symtab_node *> *
kept_symbols (void)
{
  hash_set<symtab_node *> *kept = new hash_set<symtab_node *>;
  auto_vec<symtab_node *> work;
  symtab_node *node;
  FOR_EACH_SYMBOL (node)
    if (needed_root (node) && !kept->add (node))
      work.safe_push (node);
  while (!work.is_empty ())
    {
      symtab_node *n = work.pop ();
      ipa_ref *ref;
      for (int i = 0; n->iterate_reference (i, ref); i++)
	if (!kept->add (ref->referred))
	  work.safe_push (ref->referred);
      if (cgraph_node *c = dyn_cast<cgraph_node *> (n))
	for (cgraph_edge *e = c->callees; e; e = e->next_callee)
	  if (!kept->add (e->callee))
	    work.safe_push (e->callee);
    }
  return kept;
}

/* Grow the summaries of a recursive cycle's MEMBERS to their fixpoint.
   A function's summary depends only on its body and on its callees'
   summaries, so a round analyses again only the members a changed summary
   is called by: the same summaries, round by round, as analysing them
   all.  */
void
iterate_cycle (const vec<cgraph_node *> &members,
	       struct summary_table *summaries,
	       const struct escape_settings *settings)
{
  int n = members.length ();
  hash_map<cgraph_node *, int> index;
  for (int i = 0; i < n; i++)
    index.put (members[i], i);
  /* CALLERS[i]: the members that call member i (a member calling it
     twice is there twice).  */
  vec<int> *callers = XCNEWVEC (vec<int>, n);
  for (int j = 0; j < n; j++)
    for (cgraph_edge *e = members[j]->callees; e; e = e->next_callee)
      if (int *i = index.get (e->callee->ultimate_alias_target ()))
	callers[*i].safe_push (j);
  auto_vec<bool> dirty;
  dirty.safe_grow_cleared (n);
  for (int i = 0; i < n; i++)
    dirty[i] = true;
  for (int round = 0; round < max_cycle_rounds; round++)
    {
      bool any = false;
      for (int i = 0; i < n; i++)
	{
	  if (!dirty[i])
	    continue;
	  dirty[i] = false;
	  if (!analyse (members[i], summaries, settings, false, NULL))
	    continue;
	  for (int j : callers[i])
	    {
	      dirty[j] = true;
	      any = true;
	    }
	}
      if (!any)
	break;
    }
  for (int i = 0; i < n; i++)
    callers[i].release ();
  XDELETEVEC (callers);
}

class escape_pass : public simple_ipa_opt_pass
{
public:
  escape_pass (gcc::context *ctxt, const struct escape_settings *settings)
    : simple_ipa_opt_pass (escape_pass_data, ctxt), settings (settings)
  {
  }

  unsigned int execute (function *) final override
  {
    struct summary_table *summaries = summary_table_new ();
    hash_set<symtab_node *> *kept = kept_symbols ();
    specialise_with (summaries);
    cgraph_node **order = XCNEWVEC (cgraph_node *, symtab->cgraph_count);
    int n = ipa_reduced_postorder (order, true, NULL);
    for (int i = 0; i < n; i++)
      {
	vec<cgraph_node *> cycle = ipa_get_nodes_in_cycle (order[i]);
	auto_vec<cgraph_node *> members;
	for (cgraph_node *m : cycle)
	  if (analysable (m) && kept->contains (m))
	    members.safe_push (m);
	bool iterated = !members.is_empty () && recursive (cycle);
	if (iterated)
	  {
	    /* Their summaries are not final while the cycle iterates.  */
	    auto_vec<tree> decls;
	    for (cgraph_node *m : members)
	      decls.safe_push (m->decl);
	    set_unsettled (decls.address (), decls.length ());
	    /* Start from "leaks nothing" and grow to the fixpoint.  */
	    for (cgraph_node *m : members)
	      {
		/* A weak member has no summary to start from.  */
		if (DECL_WEAK (m->decl))
		  continue;
		struct escape_summary none;
		memset (&none, 0, sizeof none);
		none.fndecl = m->decl;
		none.nparams = MIN (count_params (m->decl), SUMMARY_MAX_PARAMS);
		summary_store (summaries, &none);
	      }
	    iterate_cycle (members, summaries, settings);
	  }
	char *names = recursive (cycle) ? cycle_names (cycle) : NULL;
	for (cgraph_node *m : members)
	  analyse (m, summaries, settings, true, names);
	free (names);
	if (iterated)
	  set_unsettled (NULL, 0);
	cycle.release ();
      }
    ipa_free_postorder_info ();
    free (order);
    forget_specialisations ();
    summary_table_free (summaries);
    delete kept;
    return 0;
  }

private:
  const struct escape_settings *settings;
};

} // anon namespace

opt_pass *
make_escape_pass (gcc::context *ctxt, const struct escape_settings *settings)
{
  return new escape_pass (ctxt, settings);
}
