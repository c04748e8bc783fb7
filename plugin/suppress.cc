/* Silencing one finding at its site, in ways that read naturally in C and
   survive refactoring:

     #pragma escape ignore "escape:store"   the next line of code only
     #pragma escape push                    a region: each "ignore" inside
     #pragma escape ignore "vla"            it holds until the matching
     ...                                    pop
     #pragma escape pop
     int buf[100000] __attribute__ ((escape_ok));   this object, any rule

   "ignore" with no rule silences every rule.  The plugin defines
   __GCC_ESCAPE__ so that code compiled without it can hide the pragma
   (#ifdef __GCC_ESCAPE__) and the attribute (__has_attribute (escape_ok)).

   A plugin cannot own a -W option, so GCC's own #pragma GCC diagnostic
   cannot name these findings: hence a pragma of our own.  */

#include "compat.h"
#include "suppress.h"

/* The pragma machinery belongs to the C family front ends.  lto1 (the
   plugin is loaded there when -fplugin is in an -flto link line) has none
   of it: weak references keep the plugin loadable there, and the pragmas
   are registered only where the front end has them.  */
extern void c_register_pragma (const char *, const char *,
			       pragma_handler_1arg) __attribute__ ((weak));
extern enum cpp_ttype pragma_lex (tree *, location_t *) __attribute__ ((weak));
extern cpp_reader *parse_in __attribute__ ((weak));
extern cpp_callbacks *cpp_get_callbacks (cpp_reader *) __attribute__ ((weak));
extern cpp_options *cpp_get_options (cpp_reader *) __attribute__ ((weak));

namespace {

/* Lines [FIRST, LAST] of FILE where the rules in MASK are silenced.  */
struct ignored_lines
{
  const char *file;
  int first, last;
  unsigned mask;
  int depth;		/* The push level it was opened at; 0 outside.  */
};

vec<ignored_lines> ignored;
int push_depth;

unsigned
all_rules (void)
{
  return (1u << RULE_COUNT) - 1;
}

/* The rules named by the pragma's remaining tokens (strings or names,
   commas allowed); every rule when none is named.  A misspelt rule
   silences nothing: a typo must not hide every finding.  */
unsigned
pragma_rules (location_t *where)
{
  unsigned mask = 0;
  bool named = false;
  tree x;
  location_t loc;
  for (enum cpp_ttype t = pragma_lex (&x, &loc); t != CPP_EOF;
       t = pragma_lex (&x, &loc))
    {
      const char *text = NULL;
      if (t == CPP_STRING)
	text = TREE_STRING_POINTER (x);
      else if (t == CPP_NAME)
	text = IDENTIFIER_POINTER (x);
      else if (t == CPP_COMMA)
	continue;
      *where = loc;
      named = true;
      enum rule_id r = text ? rule_lookup (text, strlen (text)) : RULE_COUNT;
      if (r == RULE_COUNT)
	{
	  warning_at (loc, OPT_Wpragmas, "%<#pragma escape ignore%>: unknown"
		      " rule %qs (valid: return, store, oversize, vla,"
		      " promote)", text ? text : "?");
	  continue;
	}
      mask |= 1u << r;
    }
  return named ? mask : all_rules ();
}

void
handle_ignore (cpp_reader *)
{
  location_t where = input_location;
  unsigned mask = pragma_rules (&where);
  expanded_location at = expand_location (where);
  ignored_lines l = { at.file, at.line + 1, push_depth ? INT_MAX : at.line + 1,
		      mask, push_depth };
  ignored.safe_push (l);
}

/* Words after "push" or "pop" are a mistake: say so, as GCC does for its
   own pragmas.  */
void
no_more_tokens (const char *which)
{
  tree x;
  location_t loc;
  if (pragma_lex (&x, &loc) != CPP_EOF)
    warning_at (loc, OPT_Wpragmas, "junk at end of %<#pragma escape %s%>",
		which);
}

void
handle_push (cpp_reader *)
{
  no_more_tokens ("push");
  push_depth++;
}

void
handle_pop (cpp_reader *)
{
  no_more_tokens ("pop");
  if (!push_depth)
    {
      warning_at (input_location, OPT_Wpragmas,
		  "%<#pragma escape pop%> without a matching push");
      return;
    }
  int line = expand_location (input_location).line;
  for (ignored_lines &l : ignored)
    if (l.depth == push_depth && l.last == INT_MAX)
      l.last = line;
  push_depth--;
}

tree
handle_escape_ok (tree *node, tree name, tree, int, bool *no_add_attrs)
{
  /* The rules are about stack objects and the pointers allocations are
     kept in.  Kept anywhere else (a function: identical code folding then
     keeps two copies apart) it would change what GCC generates.  */
  tree decl = *node;
  if (TREE_CODE (decl) == PARM_DECL
      || (VAR_P (decl) && !TREE_STATIC (decl) && !DECL_EXTERNAL (decl)))
    return NULL_TREE;
  warning (OPT_Wattributes, "%qE attribute applies only to local variables"
	   " and parameters; ignored", name);
  *no_add_attrs = true;
  return NULL_TREE;
}

const struct attribute_spec escape_ok_attribute = {
  "escape_ok", 0, 0, true, false, false, false, handle_escape_ok, NULL
};

} // anon namespace

void
register_suppression_pragmas (void)
{
  if (!c_register_pragma || !pragma_lex || !&parse_in)
    return;
  c_register_pragma ("escape", "ignore", handle_ignore);
  c_register_pragma ("escape", "push", handle_push);
  c_register_pragma ("escape", "pop", handle_pop);
  /* With -g3 the front end reports each definition to the debug hooks,
     which are not set up yet when pragmas are registered: GCC crashed.
     The macro is defined without telling them (it is not in the debug
     information's macro table).  */
  cpp_callbacks *cb = cpp_get_callbacks ? cpp_get_callbacks (parse_in) : NULL;
  /* Preprocessed input (a .i, -save-temps, ccache) was preprocessed
     already, with the macro if the plugin was loaded then; its reader
     takes any directive for a line marker and failed on this one.  */
  if (!cb || !cpp_get_options || cpp_get_options (parse_in)->preprocessed)
    return;
  auto define = cb->define;
  cb->define = NULL;
  cpp_define (parse_in, "__GCC_ESCAPE__=1");
  cb->define = define;
}

void
register_suppression_attribute (void)
{
  register_attribute (&escape_ok_attribute);
}

/* Is line LINE of FILE no code: blank, comments only, or a directive
   (the "#endif" of "#ifdef __GCC_ESCAPE__ / #pragma escape ignore /
   #endif")?  *IN_COMMENT says whether a block comment is open at its
   start, and is updated to its end.  */
static bool
no_code_line (const char *file, int line, bool *in_comment)
{
  char_span text = location_get_source_line (file, line);
  if (!text)
    return false;
  size_t n = text.length ();
  bool code = false, first = true;
  for (size_t i = 0; i < n; i++)
    {
      char c = text[i];
      if (*in_comment)
	{
	  if (c == '*' && i + 1 < n && text[i + 1] == '/')
	    {
	      *in_comment = false;
	      i++;
	    }
	  continue;
	}
      if (ISSPACE (c))
	continue;
      if (c == '/' && i + 1 < n && text[i + 1] == '*')
	{
	  *in_comment = true;
	  i++;
	  continue;
	}
      if (c == '/' && i + 1 < n && text[i + 1] == '/')
	break;
      if (c == '#' && first)
	return true;
      code = true;
      first = false;
    }
  return !code;
}

/* Does the one-line ignore L reach LINE: is LINE its next line of code,
   at most 16 lines on?  */
static bool
next_code_line (const ignored_lines &l, int line)
{
  if (line < l.first || line - l.first >= 16)
    return false;
  bool in_comment = false;
  for (int k = l.first; k < line; k++)
    if (!no_code_line (l.file, k, &in_comment))
      return false;
  return true;
}

bool
suppressed (location_t where, enum rule_id rule, tree decl)
{
  if (decl && DECL_P (decl)
      && lookup_attribute ("escape_ok", DECL_ATTRIBUTES (decl)))
    return true;
  if (ignored.is_empty ())
    return false;
  expanded_location at = expand_location (where);
  if (!at.file)
    return false;
  for (const ignored_lines &l : ignored)
    if ((l.mask & (1u << rule)) && !strcmp (l.file, at.file)
	&& ((at.line >= l.first && at.line <= l.last)
	    || (l.depth == 0 && l.first == l.last
		&& next_code_line (l, at.line))))
      return true;
  return false;
}
