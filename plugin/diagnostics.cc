/* Findings -> GCC diagnostics.  Every message is written here, once; each
   warning ends with its rule id, "[escape:NAME]", the way GCC names its
   options, and is followed by notes: where the object was declared, then
   the flow that took its address to the sink, one step a note.

   A plugin cannot own a -W option, so warnings use option 0: -w silences
   them and -Werror makes them errors, as users expect.  */

#include "compat.h"
#include "diagnostics.h"
#include "sarif.h"
#include "suppress.h"
#include "../passes/build.h"

static void expr_text (pretty_printer *pp, tree t);

/* T's text, or ALT when T is a compiler temporary that no name or
   load stands for.  */
static void
text_or (pretty_printer *pp, tree t, const char *alt)
{
  pretty_printer inner;
  expr_text (&inner, t);
  const char *text = pp_formatted_text (&inner);
  pp_string (pp, strstr (text, "<temporary>") ? alt : text);
}

/* The pointer P, about to be dereferenced: "(*pp)->name" for "_1 = *pp;
   _1->name", not "*pp->name", which C reads as *(pp->name).  */
static void
pointer_text (pretty_printer *pp, tree p)
{
  pretty_printer inner;
  expr_text (&inner, p);
  const char *text = pp_formatted_text (&inner);
  if (*text == '*' || *text == '&')
    {
      pp_string (pp, "(");
      pp_string (pp, text);
      pp_string (pp, ")");
    }
  else
    pp_string (pp, text);
}

/* The object the pointer P addresses when P is "&X" (through the
   temporaries GCC loads it into): X, for "*(&X)" and "(&X)->f".  */
static bool
addressed_text (pretty_printer *pp, tree p)
{
  pretty_printer inner;
  expr_text (&inner, p);
  const char *text = pp_formatted_text (&inner);
  if (*text != '&')
    return false;
  pp_string (pp, text + 1);
  return true;
}

/* The pointer P computed as an element's address ("_3 = it + _2" for
   it[i]): "it[...]".  */
static bool
element_text (pretty_printer *pp, tree p)
{
  if (TREE_CODE (p) != SSA_NAME)
    return false;
  gassign *def = dyn_cast<gassign *> (SSA_NAME_DEF_STMT (p));
  if (!def || gimple_assign_rhs_code (def) != POINTER_PLUS_EXPR)
    return false;
  pointer_text (pp, gimple_assign_rhs1 (def));
  pp_string (pp, "[...]");
  return true;
}

/* The text of an expression as a C programmer wrote it: SSA names by their
   variable, MEM_REFs as * and ->.  */
static void
expr_text (pretty_printer *pp, tree t)
{
  switch (TREE_CODE (t))
    {
    case SSA_NAME:
      /* A user's variable, or a named parameter even if the compiler
	 made it (C++'s "this").  */
      if (SSA_NAME_VAR (t) && DECL_NAME (SSA_NAME_VAR (t))
	  && (!DECL_ARTIFICIAL (SSA_NAME_VAR (t))
	      || TREE_CODE (SSA_NAME_VAR (t)) == PARM_DECL))
	pp_string (pp, IDENTIFIER_POINTER (DECL_NAME (SSA_NAME_VAR (t))));
      else if (gassign *def = dyn_cast<gassign *> (SSA_NAME_DEF_STMT (t)))
	{
	  /* A compiler temporary: say what it was loaded or copied from
	     (c->next for "_1 = c->next; _1->p = &x").  */
	  tree from = gimple_assign_rhs1 (def);
	  if (gimple_assign_single_p (def) || gimple_assign_cast_p (def))
	    expr_text (pp, from);
	  else
	    pp_string (pp, "<temporary>");
	}
      else
	pp_string (pp, "<temporary>");
      return;
    case VAR_DECL:
    case PARM_DECL:
      if (DECL_NAME (t))
	pp_string (pp, IDENTIFIER_POINTER (DECL_NAME (t)));
      else
	pp_string (pp, "<temporary>");
      return;
    case COMPONENT_REF:
      {
	tree base = TREE_OPERAND (t, 0);
	if (TREE_CODE (base) == MEM_REF
	    && integer_zerop (TREE_OPERAND (base, 1))
	    && TREE_CODE (TREE_OPERAND (base, 0)) != ADDR_EXPR)
	  {
	    if (element_text (pp, TREE_OPERAND (base, 0))
		|| addressed_text (pp, TREE_OPERAND (base, 0)))
	      pp_string (pp, ".");
	    else
	      {
		pointer_text (pp, TREE_OPERAND (base, 0));
		pp_string (pp, "->");
	      }
	  }
	else
	  {
	    expr_text (pp, base);
	    pp_string (pp, ".");
	  }
	tree field = TREE_OPERAND (t, 1);
	pp_string (pp, DECL_NAME (field) ? IDENTIFIER_POINTER (DECL_NAME (field))
				       : "<anonymous>");
	return;
      }
    case ARRAY_REF:
      expr_text (pp, TREE_OPERAND (t, 0));
      pp_string (pp, "[");
      if (TREE_CODE (TREE_OPERAND (t, 1)) == INTEGER_CST)
	pp_wide_int (pp, wi::to_wide (TREE_OPERAND (t, 1)),
		     TYPE_SIGN (TREE_TYPE (TREE_OPERAND (t, 1))));
      else
	/* The index by its name, or what it was loaded from (t->n).  */
	text_or (pp, TREE_OPERAND (t, 1), "...");
      pp_string (pp, "]");
      return;
    case MEM_REF:
      /* MEM <...> [&g], what GCC folds memcpy (&g, ...) to, is g.  */
      if (TREE_CODE (TREE_OPERAND (t, 0)) == ADDR_EXPR
	  && integer_zerop (TREE_OPERAND (t, 1)))
	{
	  expr_text (pp, TREE_OPERAND (TREE_OPERAND (t, 0), 0));
	  return;
	}
      if (integer_zerop (TREE_OPERAND (t, 1))
	  && addressed_text (pp, TREE_OPERAND (t, 0)))
	return;
      pp_string (pp, "*");
      pointer_text (pp, TREE_OPERAND (t, 0));
      return;
    case ADDR_EXPR:
      pp_string (pp, "&");
      expr_text (pp, TREE_OPERAND (t, 0));
      return;
    default:
      dump_generic_node (pp, t, 0, TDF_NONE, false);
      return;
    }
}

/* A quoted, allocated copy of T's text.  */
static char *
quoted_expr (tree t)
{
  pretty_printer pp;
  expr_text (&pp, t);
  return xasprintf ("%s%s%s", open_quote, pp_formatted_text (&pp),
		    close_quote);
}

static char *
quoted (const char *name)
{
  return xasprintf ("%s%s%s", open_quote, name, close_quote);
}

static const char *
function_name (tree fndecl)
{
  return lang_hooks.decl_printable_name (fndecl, 2);
}

/* "local 'x'", "compound literal", ...  FNDECL is the function the object
   belongs to.  */
static char *
object_words (const struct escape_loc *l, tree fndecl)
{
  const char *name = l->name ? l->name : "<anonymous>";
  char *q = quoted (name);
  char *words;
  if (l->kind == LOC_HEAP)
    {
      words = xasprintf ("allocation by %s", q);
      free (q);
      return words;
    }
  switch (l->stack_kind)
    {
    case STACK_PARAMETER:
      words = xasprintf ("parameter %s", q);
      break;
    case STACK_COMPOUND_LITERAL:
      words = xstrdup ("a compound literal");
      break;
    case STACK_VLA:
      words = xasprintf ("variable-length array %s", q);
      break;
    case STACK_ALLOCA:
      words = xasprintf ("%salloca%s memory", open_quote, close_quote);
      break;
    case STACK_FRAME:
      {
	char *parent = quoted (function_name (fndecl));
	words = xasprintf ("nested function %s, which uses the locals of %s,",
			   q, parent);
	free (parent);
	break;
      }
    default:
      words = xasprintf ("local %s", q);
      break;
    }
  free (q);
  return words;
}

/* The edge that finally put the address where it escapes: the last step
   of the object itself, before the memory holding it moves on.  */
static const struct escape_edge *
last_step (const struct escape_graph *g, const struct finding *f)
{
  for (int i = f->nsteps - 1; i >= 0; i--)
    if (!(f->linked & (1u << i)))
      return edge_get (g, f->steps[i]);
  return NULL;
}

/* How a container escaped, for "stored into n->data, heap memory that
   escapes (returned from 'f')".  */
static char *
via_words (const struct escape_graph *g, loc_id via, tree fndecl)
{
  char *fn = quoted (function_name (fndecl));
  char *words;
  const struct escape_loc *l
    = via == NO_LOC ? NULL : loc_get ((struct escape_graph *) g, via);
  char *name = l && l->name ? quoted (l->name) : NULL;
  switch (l ? l->kind : LOC_VALUE)
    {
    case LOC_RETURN:
      words = xasprintf ("returned from %s", fn);
      break;
    case LOC_GLOBAL:
      words = name ? xasprintf ("into global %s", name)
		   : xasprintf ("into memory that outlives %s", fn);
      break;
    case LOC_PARAM_CONTENT:
      words = xasprintf ("into the memory of parameter %s",
			 name ? name : "<anonymous>");
      break;
    case LOC_RETAINED:
      words = xstrdup ("kept by a call after it returns");
      break;
    default:
      words = xstrdup ("passed to code the analysis cannot see");
      break;
    }
  free (name);
  free (fn);
  return words;
}

/* Is NAME a function with a body in this file?  Sets *WEAK when the body
   is a weak definition.  */
static bool
defined_here (const char *name, bool *weak)
{
  cgraph_node *node;
  FOR_EACH_FUNCTION_WITH_GIMPLE_BODY (node)
    if (DECL_NAME (node->decl) && !DECL_EXTERNAL (node->decl)
	&& !strcmp (IDENTIFIER_POINTER (DECL_NAME (node->decl)), name))
      {
	*weak = DECL_WEAK (node->decl);
	return true;
      }
  return false;
}

/* Where the address went, as words: "global 'g'", "'*out' (parameter
   'out')", "heap memory returned by 'f'"...  */
static char *
sink_words (const struct escape_graph *g, const struct finding *f,
	    tree fndecl)
{
  const struct escape_loc *sink
    = loc_get ((struct escape_graph *) g, f->sink);
  const struct escape_edge *last = last_step (g, f);
  char *fn = quoted (function_name (fndecl));
  char *words = NULL;
  char *callee = last && last->callee ? quoted (last->callee) : NULL;

  switch (sink->kind)
    {
    case LOC_RETURN:
      words = xasprintf ("returned from %s", fn);
      break;
    case LOC_GLOBAL:
      if (last && last->step == STEP_CALL_ARG && callee)
	words = xasprintf ("passed to %s, which stores it where it outlives"
			   " the call", callee);
      else if (sink->name)
	{
	  char *q = quoted (sink->name);
	  words = xasprintf ("stored into %s %s",
			     DECL_CONTEXT ((tree) sink->tree)
			     && TREE_CODE (DECL_CONTEXT ((tree) sink->tree))
				  == FUNCTION_DECL
			     ? "static" : "global", q);
	  free (q);
	}
      else if (last && last->expr)
	{
	  char *e = quoted_expr ((tree) last->expr);
	  words = xasprintf ("stored into %s, memory that outlives %s", e, fn);
	  free (e);
	}
      else
	words = xasprintf ("stored into memory that outlives %s", fn);
      break;
    case LOC_PARAM_CONTENT:
      {
	char *p = quoted (sink->name ? sink->name : "<anonymous>");
	if (last && last->step == STEP_CALL_ARG && callee)
	  words = xasprintf ("passed to %s, which stores it into the memory"
			     " of parameter %s", callee, p);
	else if (last && last->expr)
	  {
	    char *e = quoted_expr ((tree) last->expr);
	    words = xasprintf ("stored into %s (parameter %s of %s)", e, p, fn);
	    free (e);
	  }
	else
	  words = xasprintf ("stored into the memory of parameter %s", p);
	free (p);
	break;
      }
    case LOC_RETAINED:
      if (last && last->callee && (!strcmp (last->callee, "pthread_create")
				   || !strcmp (last->callee, "thrd_create")))
	words = xasprintf ("passed to the thread started by %s", callee);
      else
	words = xasprintf ("passed to %s, which keeps it after it returns",
			   callee ? callee : "a call");
      break;
    case LOC_UNKNOWN_CALL:
      bool weak;
      if (callee && defined_here (last->callee, &weak))
	/* A same-file function whose summary passes it on, or a weak
	   definition, which has no summary to trust.  */
	words = weak ? xasprintf ("passed to %s, a weak definition that another"
				  " object may replace", callee)
		     : xasprintf ("passed to %s, which passes it to code the"
				  " analysis cannot see", callee);
      else if (callee)
	words = xasprintf ("passed to unknown function %s", callee);
      else if (last && last->step == STEP_CALL_ARG)
	words = xstrdup ("passed to an indirect call");
      else
	words = xstrdup ("passed to code the analysis cannot see");
      break;
    case LOC_OPAQUE:
    case LOC_HEAP:
    case LOC_STACK:
      {
	char *e = last && last->expr ? quoted_expr ((tree) last->expr) : NULL;
	char *how = via_words (g, f->via, fndecl);
	const struct escape_loc *via
	  = f->via == NO_LOC ? NULL : loc_get ((struct escape_graph *) g, f->via);
	/* "memory that escapes (into global 'g')", or where it may go.  */
	char *fate = via && via->kind == LOC_UNKNOWN_CALL
		     ? xasprintf ("memory %s", how)
		     : xasprintf ("%s that escapes (%s)",
				  sink->kind == LOC_HEAP ? "heap memory"
				  : sink->kind == LOC_STACK ? "a stack object"
				  : "memory", how);
	/* What callees made: one object per callee (LOC_OPAQUE, made, named
	   after it; unnamed for the callees beyond the bound), or one
	   allocation wrapper's site.  */
	bool by_callee = sink->name && callee
			 && !strcmp (sink->name, last->callee);
	bool made = sink->made || (sink->kind == LOC_HEAP && by_callee);
	char *maker = sink->name ? quoted (sink->name) : NULL;
	/* Whose memory a callee made: "memory 'node_link' allocated", or
	   the shared object's beyond the bound.  */
	char *made_words = !made ? NULL
			   : maker ? xasprintf ("memory %s allocated", maker)
			   : xstrdup ("memory a callee allocated");
	if (made && callee && last->step == STEP_CALL_ARG)
	  /* Through the summary of a callee: into memory it made, or into
	     what another one made (node_set (node_link (&l), &x)).  */
	  words = xasprintf ("passed to %s, which stores it into %s, %s",
			     callee, by_callee ? "memory it allocates"
			     : made_words, fate);
	else if (sink->kind == LOC_OPAQUE)
	  {
	    bool theirs = via && via->kind == LOC_UNKNOWN_CALL;
	    char *origin
	      = sink->made ? xstrdup (made_words)
		: xasprintf ("memory returned by %s",
			     maker ? maker : "an indirect call");
	    words = xasprintf ("stored into %s, %s%s%s%s", e ? e : "memory",
			       origin, theirs ? "" : " that escapes (",
			       theirs ? "" : how, theirs ? "" : ")");
	    free (origin);
	  }
	else
	  words = xasprintf ("stored into %s, %s", e ? e : "memory", fate);
	free (made_words);
	free (maker);
	free (fate);
	free (how);
	free (e);
	break;
      }
    default:
      words = xstrdup ("stored where it outlives the frame");
      break;
    }
  free (callee);
  free (fn);
  return words;
}

/* The trampoline builtins of nested functions are not the reader's.  */
static bool
compiler_builtin (const char *name)
{
  return !strncmp (name, "__builtin_", 10);
}

/* A variable the reader wrote, not one the compiler made up.  */
static bool
user_named (tree t)
{
  if (TREE_CODE (t) == SSA_NAME)
    t = SSA_NAME_VAR (t);
  return t && DECL_P (t) && DECL_NAME (t) && !DECL_ARTIFICIAL (t);
}

static bool
same_place (location_t a, location_t b)
{
  expanded_location x = expand_location (a), y = expand_location (b);
  return x.line == y.line && x.column == y.column
	 && x.file && y.file && !strcmp (x.file, y.file);
}

/* Where the user wrote it: a statement a system header's macro expanded
   to (alloca, va_start, FD_SET) is placed at the expansion, as GCC's own
   warnings are; there GCC would drop the warning unasked.  */
static location_t
user_place (location_t where)
{
  return expansion_point_location_if_in_system_header (where);
}

/* A note, placed where the user wrote it.  */
static void ATTRIBUTE_PRINTF_2
note_at (location_t where, const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  char *text = xvasprintf (fmt, ap);
  va_end (ap);
  inform (user_place (where), "%s", text);
  free (text);
}

/* The last note of the flow being printed: a value copied in two parts
   (a pointer and its offset, a struct field by field), or handed to a
   call that keeps both it and the memory holding it, is one step to the
   reader.  */
static char *last_note;
static location_t last_note_at;

static void
last_note_clear (void)
{
  free (last_note);
  last_note = NULL;
}

/* The one place a finding becomes a diagnostic: unless a pragma or the
   object's escape_ok attribute silences it, a warning (or an error, with
   error=) whose text ends with the rule id, mirrored into the SARIF log.
   Returns whether it was shown, so notes follow only shown findings.  */
static bool
emit_finding (const struct escape_settings *settings, location_t where,
	      enum rule_id rule, tree decl, const char *fmt, ...)
{
  where = user_place (where);
  last_note_clear ();
  if (suppressed (where, rule, decl))
    return false;
  va_list ap;
  va_start (ap, fmt);
  char *text = xvasprintf (fmt, ap);
  va_end (ap);
  /* -Werror turns the warning into an error: the log says what the user
     saw.  */
  int werrors = werrorcount;
  bool shown;
  if (settings->error[rule])
    {
      error_at (where, "%s [escape:%s]", text, rule_name (rule));
      shown = true;
    }
  else
    shown = warning_at (where, 0, "%s [escape:%s]", text, rule_name (rule));
  if (shown && sarif_active ())
    sarif_result (rule_name (rule),
		  settings->error[rule] || werrorcount > werrors
		  ? "error" : "warning", text, where);
  free (text);
  return shown;
}

/* A note of a flow; TO_SARIF for the flow of a finding, whose notes go to
   the SARIF log as the steps of its last result.  The flows of the report
   (report=2) belong to no result.  */
static void
flow_note (location_t where, bool to_sarif, const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  char *text = xvasprintf (fmt, ap);
  va_end (ap);
  where = user_place (where);
  if (last_note && !strcmp (last_note, text)
      && same_place (where, last_note_at))
    {
      free (text);
      return;
    }
  free (last_note);
  last_note = xstrdup (text);
  last_note_at = where;
  inform (where, "%s", text);
  if (to_sarif && sarif_active ())
    sarif_flow_step (where, text);
  free (text);
}

/* A step of the memory that holds the object, on from where the object
   was stored: where that memory's address goes.  */
static void
link_note (const struct escape_graph *g, const struct escape_edge *e,
	   bool to_sarif)
{
  tree expr = (tree) e->expr;
  if (!expr || (e->step != STEP_STORE && e->form != EDGE_ADDRESS))
    return;
  char *text = quoted_expr (expr);
  const struct escape_loc *from = loc_get ((struct escape_graph *) g, e->src);
  tree value = (tree) from->tree;
  /* The memory by the name of the pointer moved ("'n' linked into
     '*head'"), or by its own ("'s' linked into 'g'" for "g = &s").  */
  char *q = NULL;
  if (from->kind == LOC_VALUE && value && user_named (value))
    q = quoted_expr (value);
  else if (from->kind == LOC_VALUE && points_to_count (g, e->src) == 1)
    from = loc_get ((struct escape_graph *) g, points_to_nth (g, e->src, 0));
  if (!q && from->kind == LOC_STACK && from->name)
    q = quoted (from->name);
  if (q)
    flow_note (e->where, to_sarif, "%s linked into %s", q, text);
  else
    flow_note (e->where, to_sarif, "linked into %s", text);
  free (q);
  free (text);
}

static void
step_note (const struct escape_graph *g, const struct escape_loc *obj,
	   int index, bool to_sarif, bool linked)
{
  const struct escape_edge *e = edge_get (g, index);
  if (!e->where)
    return;
  if (linked && e->step != STEP_RETURN && e->step != STEP_CALL_ARG)
    {
      link_note (g, e, to_sarif);
      return;
    }
  tree expr = (tree) e->expr;
  char *text = expr ? quoted_expr (expr) : NULL;
  char *callee = e->callee ? quoted (e->callee) : NULL;
  switch (e->step)
    {
    case STEP_ADDRESS:
      /* The declaration note already points at an alloca or a VLA.  */
      if (e->form != EDGE_ADDRESS || e->src != obj->id
	  || same_place (e->where, obj->where))
	break;
      if (obj->name)
	{
	  char *q = quoted (obj->name);
	  flow_note (e->where, to_sarif, "address of %s taken here", q);
	  free (q);
	}
      else
	flow_note (e->where, to_sarif, "address taken here");
      /* "g = &x" takes the address and stores it in one statement.  */
      if (text)
	{
	  /* Into a global, a parameter's memory, or a local aggregate
	     ("s.p = &x"); a local scalar in memory only because a call is
	     given its address (memcpy (&q, &p, 8)) is a register at -O2,
	     where GCC folds the call: no step, at every level.  */
	  const struct escape_loc *to
	    = loc_get ((struct escape_graph *) g, e->dst);
	  tree decl = (tree) to->tree;
	  bool aggregate = to->kind == LOC_FIELD
			   || (to->kind == LOC_STACK && decl && DECL_P (decl)
			       && AGGREGATE_TYPE_P (TREE_TYPE (decl)));
	  if ((to->kind == LOC_GLOBAL || to->kind == LOC_PARAM_CONTENT
	       || aggregate)
	      && !strstr (text, "<temporary>"))
	    flow_note (e->where, to_sarif, "stored into %s", text);
	}
      break;
    case STEP_COPY:
      if (expr && user_named (expr))
	flow_note (e->where, to_sarif, "copied into %s", text);
      break;
    case STEP_LOAD:
      break;
    case STEP_STORE:
      /* "return r;" of a struct is "<retval> = r;".  */
      if (expr && get_base_address (expr)
	  && TREE_CODE (get_base_address (expr)) == RESULT_DECL)
	flow_note (e->where, to_sarif, "returned here");
      else if (text)
	flow_note (e->where, to_sarif, "stored into %s", text);
      break;
    case STEP_CALL_ARG:
      if (callee && !compiler_builtin (e->callee))
	flow_note (e->where, to_sarif, "passed to %s", callee);
      else if (!callee
	       && loc_get ((struct escape_graph *) g, e->dst)->kind
		  == LOC_UNKNOWN_CALL)
	flow_note (e->where, to_sarif, "passed to an indirect call");
      break;
    case STEP_CALL_RESULT:
      if (callee && !compiler_builtin (e->callee))
	flow_note (e->where, to_sarif, "returned by %s", callee);
      break;
    case STEP_RETURN:
      flow_note (e->where, to_sarif, "returned here");
      break;
    }
  free (text);
  free (callee);
}

/* The first note of a finding's flow: where the object lives.  */
static void
declared_note (const struct escape_loc *obj)
{
  if (!obj->where)
    return;
  if (obj->stack_kind == STACK_ALLOCA)
    flow_note (obj->where, true, "allocated here");
  else if (obj->name)
    {
      char *q = quoted (obj->name);
      flow_note (obj->where, true, "%s declared here", q);
      free (q);
    }
  else
    flow_note (obj->where, true, "declared here");
}

static void
flow_notes (const struct escape_graph *g, const struct finding *f,
	    bool to_sarif)
{
  const struct escape_loc *obj = loc_get ((struct escape_graph *) g, f->object);
  last_note_clear ();
  for (int i = 0; i < f->nsteps; i++)
    {
      const struct escape_edge *e = edge_get (g, f->steps[i]);
      /* The return of a value merged from several returns has no place of
	 its own: the finding's is the return that put it there.  */
      if (e->step == STEP_RETURN && !e->where && f->where
	  && !(f->linked & (1u << i)))
	flow_note (f->where, to_sarif, "returned here");
      else
	step_note (g, obj, f->steps[i], to_sarif, f->linked & (1u << i));
    }
}

static void
emit_escape (const struct escape_graph *g, const struct finding *f,
	     tree fndecl, const struct escape_settings *settings)
{
  const struct escape_loc *obj = loc_get ((struct escape_graph *) g, f->object);
  char *what = object_words (obj, fndecl);
  char *where = sink_words (g, f, fndecl);
  auto_diagnostic_group group;
  tree decl = obj->tree && DECL_P ((tree) obj->tree) ? (tree) obj->tree
							: NULL_TREE;
  bool warned = emit_finding (settings, f->where, f->rule, decl,
			      "address of %s %s: %s", what,
			      f->may ? "may escape" : "escapes", where);
  if (warned)
    {
      declared_note (obj);
      flow_notes (g, f, true);
    }
  free (what);
  free (where);
}

/* Go's words: "leaking param: 'p' to result", "leaking param content:
   'p'", "'p' does not escape"; at LEVEL 2, how it leaks (Go's -m=2 "flow"
   lines): where that memory goes, then the steps.  */
static void
emit_param_report (const struct escape_graph *g, const struct finding *f,
		   tree fndecl, int level)
{
  const struct escape_loc *pc = loc_get ((struct escape_graph *) g, f->object);
  char *name = quoted (pc->name ? pc->name : "<anonymous>");
  unsigned direct = f->leaks[0], content = f->leaks[1];
  auto_diagnostic_group group;
  if (direct & LEAK_LASTING)
    note_at (f->where, "leaking param: %s", name);
  else if ((direct & LEAK_RESULT) && ((direct | content) & LEAK_UNKNOWN))
    /* What the callers are told too: the result, and maybe more.  */
    note_at (f->where, "leaking param: %s to result; it may also escape:"
	     " passed to code the analysis cannot see", name);
  else if (direct & LEAK_RESULT)
    note_at (f->where, "leaking param: %s to result", name);
  else if (content & LEAK_LASTING)
    note_at (f->where, "leaking param content: %s", name);
  else if (content & LEAK_RESULT)
    /* Go's "leaking param content to result".  */
    note_at (f->where, "leaking param content: %s to result", name);
  else if ((direct | content) & LEAK_UNKNOWN)
    note_at (f->where, "%s may escape: passed to code the analysis cannot"
	     " see", name);
  else
    note_at (f->where, "%s does not escape", name);
  if (level >= 2 && f->via != NO_LOC)
    {
      char *how = via_words (g, f->via, fndecl);
      if (f->depth == 0)
	note_at (f->where, "what %s points to leaks: %s", name, how);
      else
	note_at (f->where, "memory reached through %s leaks: %s", name, how);
      free (how);
      flow_notes (g, f, false);
    }
  free (name);
}

static void
emit_report (const struct escape_graph *g, const struct finding *f,
	     tree fndecl, int level)
{
  const struct escape_loc *obj = loc_get ((struct escape_graph *) g, f->object);
  if (f->kind == REPORT_PARAM)
    {
      emit_param_report (g, f, fndecl, level);
      return;
    }
  char *name = obj->name && obj->kind == LOC_STACK
		 && obj->stack_kind != STACK_FRAME
		 ? quoted (obj->name) : object_words (obj, fndecl);
  auto_diagnostic_group group;
  if (f->kind == REPORT_NO_ESCAPE)
    note_at (obj->where, "%s does not escape", name);
  else
    {
      char *where = sink_words (g, f, fndecl);
      note_at (obj->where, "%s %s: %s", name,
	       f->kind == REPORT_MAY_ESCAPE ? "may escape" : "escapes",
	       where);
      free (where);
      if (level >= 2)
	flow_notes (g, f, false);
    }
  free (name);
}

/* "'buf'", "compound literal", "'alloca'", for the size messages.  */
static char *
sized_words (const struct stack_object_size *o)
{
  switch (o->kind)
    {
    case STACK_COMPOUND_LITERAL:
      return xstrdup ("compound literal");
    case STACK_ALLOCA:
      return quoted ("alloca");
    case STACK_VLA:
      {
	char *q = quoted (o->name ? o->name : "<anonymous>");
	char *w = xasprintf ("variable-length array %s", q);
	free (q);
	return w;
      }
    case STACK_PARAMETER:
      {
	char *q = quoted (o->name ? o->name : "<anonymous>");
	char *w = xasprintf ("parameter %s", q);
	free (q);
	return w;
      }
    default:
      return quoted (o->name ? o->name : "<anonymous>");
    }
}

/* "1 byte", "2 bytes".  */
static const char *
bytes (long long n)
{
  return n == 1 ? "byte" : "bytes";
}

static void
emit_size (const struct finding *f, tree fndecl, const char *cycle,
	   const struct escape_settings *settings)
{
  const struct stack_object_size *o = f->sized;
  const unsigned long long limit = settings->max_stack;
  char *what = sized_words (o);
  tree decl = (tree) o->decl;
  auto_diagnostic_group group;
  bool warned = false;
  switch (f->kind)
    {
    case FINDING_OVERSIZE:
      warned = emit_finding (settings, f->where, f->rule, decl,
			     "%s is %lld bytes, more than the stack limit of"
			     " %llu bytes", what, o->size, limit);
      break;
    case FINDING_VLA_UNKNOWN:
      warned = emit_finding (settings, f->where, f->rule, decl,
			     "%s has a size unknown at compile time and not"
			     " bounded by any check", what);
      break;
    case FINDING_VLA_TOO_LARGE:
      warned = emit_finding (settings, f->where, f->rule, decl,
			     "%s may be up to %lld bytes, more than the stack"
			     " limit of %llu bytes", what, o->bound, limit);
      break;
    case FINDING_ALLOCA_LOOP:
      warned = emit_finding (settings, f->where, f->rule, decl,
			     "%s inside a loop grows the stack on every"
			     " iteration", what);
      break;
    case REPORT_TOO_LARGE:
      note_at (f->where, "%s (%lld bytes) is too large for the stack (limit"
	       " %llu)", what, o->size, limit);
      break;
    case REPORT_UNKNOWN_SIZE:
      if (o->bound >= 0)
	note_at (f->where, "%s has unknown size, up to %lld bytes (limit"
		 " %llu)", what, o->bound, limit);
      else
	note_at (f->where, "%s has unknown size", what);
      break;
    case REPORT_RECURSIVE_FRAME:
      {
	char *fn = quoted (function_name (fndecl));
	note_at (f->where, "%s (%lld %s) is the largest stack object of"
		 " recursive %s (cycle: %s)", what, o->size, bytes (o->size),
		 fn, cycle);
	free (fn);
	break;
      }
    default:
      break;
    }
  if (warned && cycle)
    {
      char *fn = quoted (function_name (fndecl));
      note_at (DECL_SOURCE_LOCATION (fndecl), "%s is recursive (cycle: %s):"
	       " every call adds this object to the stack", fn, cycle);
      free (fn);
    }
  free (what);
}

static void
emit_promote (const struct escape_graph *g, const struct finding *f,
	      tree fndecl, const struct escape_settings *settings)
{
  const unsigned long long limit = settings->max_stack;
  const struct heap_site *h = f->heap;
  const struct escape_loc *site = loc_get ((struct escape_graph *) g, h->site);
  char *fn = quoted (function_name (fndecl));
  char *what = object_words (site, fndecl);
  if (f->kind == FINDING_PROMOTE)
    {
      auto_diagnostic_group group;
      /* The attribute goes on the pointer the allocation is assigned to.  */
      tree lhs = gimple_call_lhs ((gcall *) site->tree);
      tree var = lhs && TREE_CODE (lhs) == SSA_NAME ? SSA_NAME_VAR (lhs) : lhs;
      if (emit_finding (settings, site->where, f->rule, var,
			"heap allocation of %lld %s never leaves %s and is"
			" freed on every path (line %d); it could live on the"
			" stack", h->size, bytes (h->size), fn,
			LOCATION_LINE (h->freed_at)))
	{
	  note_at (h->freed_at, "freed here");
	  if (h->suggestion)
	    {
	      char *q = quoted (h->suggestion);
	      note_at (site->where, "for example: %s", q);
	      free (q);
	    }
	}
    }
  else
    switch (f->verdict)
      {
      case PROMOTE_YES:
	note_at (site->where, "%s (%lld %s) does not escape and is freed"
		 " on every path: it could live on the stack", what, h->size,
		 bytes (h->size));
	break;
      case PROMOTE_SIZE_UNKNOWN:
	note_at (site->where, "%s does not escape, but its size is not"
		 " known at compile time", what);
	break;
      case PROMOTE_TOO_LARGE:
	note_at (site->where, "%s does not escape, but its %lld bytes are"
		 " more than the stack limit of %llu", what, h->size, limit);
	break;
      case PROMOTE_REALLOCATED:
	{
	  /* The old block is resized; realloc's result is a resized one.  */
	  char *q = quoted ("realloc");
	  if (site->name && !strcmp (site->name, "realloc"))
	    note_at (site->where, "%s does not escape, but it is a block %s"
		     " resized", what, q);
	  else
	    note_at (site->where, "%s does not escape, but it is resized with"
		     " %s", what, q);
	  free (q);
	}
	break;
      case PROMOTE_LOOP:
	note_at (site->where, "%s does not escape, but it is allocated in a"
		 " loop and not freed before the next iteration", what);
	break;
      case PROMOTE_NOT_FREED:
	if (h->leak_at)
	  note_at (site->where, "%s does not escape, but it is not freed on"
		   " the path through line %d", what,
		   LOCATION_LINE (h->leak_at));
	else
	  /* A same-file helper may free it (tok_free (t)): the analysis
	     sees only this function's frees.  */
	  note_at (site->where, "%s does not escape, but %s does not free it",
		   what, fn);
	break;
      }
  free (what);
  free (fn);
}

void
emit_findings (const struct escape_graph *g, const struct findings *list,
	       const struct escape_settings *settings, tree fndecl,
	       const char *cycle)
{
  for (int i = 0; i < list->n; i++)
    {
      const struct finding *f = &list->items[i];
      switch (f->kind)
	{
	case FINDING_RETURNED:
	case FINDING_STORED:
	  emit_escape (g, f, fndecl, settings);
	  break;
	case REPORT_NO_ESCAPE:
	case REPORT_ESCAPES:
	case REPORT_MAY_ESCAPE:
	case REPORT_PARAM:
	  emit_report (g, f, fndecl, settings->report);
	  break;
	case FINDING_PROMOTE:
	case REPORT_HEAP:
	  emit_promote (g, f, fndecl, settings);
	  break;
	default:
	  emit_size (f, fndecl, cycle, settings);
	  break;
	}
    }
}
