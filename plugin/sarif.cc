/* The findings as a SARIF 2.1.0 log: every warning the plugin shows, with
   the notes of its flow as a code flow, written to a file that code-review
   tools, CI dashboards and editors read (-fplugin-arg-escape-sarif=PATH).

   One log per translation unit, kept in memory and written when the
   compilation ends: cc1 compiles one translation unit, so the log is
   complete then, and a compilation that stops on a fatal error leaves no
   half-written file.

   GCC 11 and 12 have a JSON writer (json.h), but it cannot be used here:
   GCC 11 prints a backslash as "\n", neither version escapes the other
   control characters, and objects come out in hash order.  So this file
   writes the JSON itself, members in the order the specification lists
   them, strings escaped by RFC 8259.  */

#include "compat.h"
#include "toplev.h"
#include "sarif.h"
#include "options.h"
#include "../passes/findings.h"

#include <sys/stat.h>

/* The SARIF version of the log, and the released schema that describes it.  */
#define SARIF_VERSION "2.1.0"
#define SARIF_SCHEMA "https://docs.oasis-open.org/sarif/sarif/v2.1.0/" \
		     "errata01/os/schemas/sarif-schema-2.1.0.json"

/* Relative file names are URIs relative to this base, which the log
   defines as the compiler's working directory.  */
#define PWD_BASE "PWD"

/* What a reader of the log sees of each rule: a Pascal-case name (SARIF's
   convention for reportingDescriptor.name), one sentence of what it finds,
   one of why it matters, one of what to do.  */
struct rule_text
{
  enum rule_id rule;
  const char *name;
  const char *finds;
  const char *why;
  const char *help;
};

static const struct rule_text rule_texts[] = {
  { RULE_RETURN, "ReturnedStackAddress",
    "A returned pointer may point to the function's own stack.",
    "The function returns the address of one of its locals, parameters,"
    " compound literals, variable-length arrays or alloca blocks, which are"
    " gone once it returns.",
    "Return memory that outlives the call: the caller's, the heap's or a"
    " static object." },
  { RULE_STORE, "StoredStackAddress",
    "A stack address is stored where it outlives the frame.",
    "The address of a stack object is stored into a global, into memory"
    " reached through a parameter or into escaping heap memory, or is kept"
    " by a call, so it can be used after the function returns.",
    "Store a copy of the object instead, or undo the store on every path"
    " before the function returns." },
  { RULE_OVERSIZE, "OversizedStackObject",
    "A stack object is larger than max-stack.",
    "An object larger than the stack limit (-fplugin-arg-escape-max-stack,"
    " 64 KiB by default) can overflow a thread's stack.",
    "Allocate the object on the heap or make it static." },
  { RULE_VLA, "UnboundedStackAllocation",
    "A VLA or alloca has a size that is unknown or too large, or alloca is"
    " called in a loop.",
    "A variable-length array or alloca block whose size no check bounds"
    " below the stack limit, or an alloca repeated in a loop, can grow the"
    " stack without limit.",
    "Check the size against a bound before allocating, or use the heap." },
  { RULE_PROMOTE, "PromotableHeapAllocation",
    "A heap allocation that never escapes and is freed on every path could"
    " live on the stack.",
    "The allocation has a small constant size, never leaves its function"
    " and is freed on every path, so a local object would do without the"
    " cost of the allocator.",
    "Use a local object of that size instead." },
};

/* A place in the source as the log gives it.  */
struct sarif_place
{
  char *file;			/* As GCC names it; NULL when unknown.  */
  int line;			/* 1-based; 0 when unknown.  */
  int column;			/* 1-based, in code points; 0 when unknown.  */
};

struct sarif_step
{
  struct sarif_place place;
  char *message;
};

struct sarif_record
{
  char *rule;			/* Short name, as given.  */
  int rule_index;		/* Into rule_texts, or -1.  */
  const char *level;		/* A static string.  */
  char *message;
  struct sarif_place place;
  vec<sarif_step> steps;
};

static char *log_path;		/* NULL when not active.  */
static vec<sarif_record> records;

/* --- JSON ---------------------------------------------------------------- */

/* The log nests 14 deep at most (the region of a step of a code flow).  */
#define JSON_MAX_DEPTH 24

/* A streaming writer that puts each member on its own indented line and
   the commas where they belong, so that the log's structure is the shape
   of the code that writes it.  */
struct json_writer
{
  FILE *out;
  int depth;
  bool has_member[JSON_MAX_DEPTH];
  bool after_key;		/* The next value follows "key": .  */
};

/* The length of the well-formed UTF-8 sequence at P (Unicode 3.9, table
   3-7: no overlong forms, no surrogates, nothing past U+10FFFF), or 0.
   P is NUL-terminated, so a truncated sequence stops at a NUL.  */
static int
utf8_sequence_length (const unsigned char *p)
{
  unsigned char lo = 0x80, hi = 0xbf;
  int length;
  if (p[0] >= 0xc2 && p[0] <= 0xdf)
    length = 2;
  else if (p[0] >= 0xe0 && p[0] <= 0xef)
    {
      length = 3;
      if (p[0] == 0xe0)
	lo = 0xa0;
      else if (p[0] == 0xed)
	hi = 0x9f;
    }
  else if (p[0] >= 0xf0 && p[0] <= 0xf4)
    {
      length = 4;
      if (p[0] == 0xf0)
	lo = 0x90;
      else if (p[0] == 0xf4)
	hi = 0x8f;
    }
  else
    return 0;
  if (p[1] < lo || p[1] > hi)
    return 0;
  for (int i = 2; i < length; i++)
    if ((p[i] & 0xc0) != 0x80)
      return 0;
  return length;
}

/* S as a JSON string.  UTF-8 passes through; a byte that is not part of
   well-formed UTF-8 (a file name in Latin-1, say) becomes U+FFFD, since a
   JSON text must be UTF-8 and readers reject the log otherwise.  */
static void
json_quote (FILE *out, const char *s)
{
  putc ('"', out);
  for (const unsigned char *p = (const unsigned char *) s; *p;)
    {
      if (*p >= 0x80)
	{
	  int length = utf8_sequence_length (p);
	  if (length)
	    fwrite (p, 1, length, out);
	  else
	    fputs ("\\ufffd", out);
	  p += length ? length : 1;
	  continue;
	}
      switch (*p)
	{
	case '"':
	  fputs ("\\\"", out);
	  break;
	case '\\':
	  fputs ("\\\\", out);
	  break;
	case '\b':
	  fputs ("\\b", out);
	  break;
	case '\f':
	  fputs ("\\f", out);
	  break;
	case '\n':
	  fputs ("\\n", out);
	  break;
	case '\r':
	  fputs ("\\r", out);
	  break;
	case '\t':
	  fputs ("\\t", out);
	  break;
	default:
	  if (*p < 0x20)
	    fprintf (out, "\\u%04x", (unsigned) *p);
	  else
	    putc (*p, out);
	  break;
	}
      p++;
    }
  putc ('"', out);
}

/* Start a value: after a key it follows on the same line, otherwise it is
   the next member of the open container.  */
static void
json_next (struct json_writer *w)
{
  if (w->after_key)
    {
      w->after_key = false;
      return;
    }
  if (w->depth == 0)
    return;
  if (w->has_member[w->depth])
    putc (',', w->out);
  w->has_member[w->depth] = true;
  fprintf (w->out, "\n%*s", 2 * w->depth, "");
}

static void
json_open (struct json_writer *w, char bracket)
{
  json_next (w);
  putc (bracket, w->out);
  w->depth++;
  gcc_assert (w->depth < JSON_MAX_DEPTH);
  w->has_member[w->depth] = false;
}

static void
json_close (struct json_writer *w, char bracket)
{
  if (w->has_member[w->depth])
    fprintf (w->out, "\n%*s", 2 * (w->depth - 1), "");
  w->depth--;
  putc (bracket, w->out);
}

static void
json_key (struct json_writer *w, const char *key)
{
  json_next (w);
  json_quote (w->out, key);
  fputs (": ", w->out);
  w->after_key = true;
}

static void
json_string (struct json_writer *w, const char *key, const char *value)
{
  json_key (w, key);
  json_next (w);
  json_quote (w->out, value);
}

static void
json_integer (struct json_writer *w, const char *key, long value)
{
  json_key (w, key);
  json_next (w);
  fprintf (w->out, "%ld", value);
}

static void
json_boolean (struct json_writer *w, const char *key, bool value)
{
  json_key (w, key);
  json_next (w);
  fputs (value ? "true" : "false", w->out);
}

/* "key": { or "key": [ ; KEY NULL for an element of an array.  */
static void
json_open_member (struct json_writer *w, const char *key, char bracket)
{
  if (key)
    json_key (w, key);
  json_open (w, bracket);
}

/* { "text": TEXT }, SARIF's message object.  */
static void
json_message (struct json_writer *w, const char *key, const char *text)
{
  json_open_member (w, key, '{');
  json_string (w, "text", text);
  json_close (w, '}');
}

/* --- Places and URIs ----------------------------------------------------- */

/* The column of X counted in code points, as the log declares
   (columnKind), where GCC counts bytes: they differ after a non-ASCII
   character on the line.  Bytes when the line cannot be read.  */
static int
code_point_column (expanded_location x)
{
  if (x.column <= 1)
    return x.column;
  char_span line = location_get_source_line (x.file, x.line);
  if (!line || line.length () < (size_t) x.column - 1)
    return x.column;
  const char *text = line.get_buffer ();
  int column = 1;
  for (int i = 0; i < x.column - 1; i++)
    if ((text[i] & 0xc0) != 0x80)
      column++;
  return column;
}

/* WHERE, expanded now: the line map and the source file cache are there
   during the passes, and the caller's strings need not outlive the call.  */
static struct sarif_place
place_of (location_t where)
{
  struct sarif_place p = { NULL, 0, 0 };
  if (where <= BUILTINS_LOCATION)
    return p;
  expanded_location x = expand_location (where);
  /* "<built-in>", "<command-line>": no file to point at.  Source read
     from standard input is "<stdin>", as GCC names it (percent-encoded in
     the URI).  */
  if (!x.file || (x.file[0] == '<' && strcmp (x.file, "<stdin>"))
      || x.line <= 0)
    return p;
  p.file = xstrdup (x.file);
  p.line = x.line;
  p.column = code_point_column (x);
  return p;
}

/* FILE as a URI reference: each byte other than an unreserved character
   or '/' percent-encoded (RFC 3986), so that spaces, '%', '#' and non-ASCII
   names stay one path.  An absolute name becomes a file: URI; a relative
   one stays relative, to be resolved against PWD_BASE.  */
static char *
file_uri (const char *file)
{
  static const char hex[] = "0123456789ABCDEF";
  bool absolute = IS_ABSOLUTE_PATH (file);
  char *uri = XNEWVEC (char, strlen ("file://") + 3 * strlen (file) + 1);
  char *q = uri;
  if (absolute)
    q = stpcpy (q, "file://");
  for (const unsigned char *p = (const unsigned char *) file; *p; p++)
    if (ISALNUM (*p) || strchr ("-._~/", *p))
      *q++ = *p;
    else
      {
	*q++ = '%';
	*q++ = hex[*p >> 4];
	*q++ = hex[*p & 15];
      }
  *q = '\0';
  return uri;
}

static void
write_physical_location (struct json_writer *w, const struct sarif_place *p)
{
  char *uri = file_uri (p->file);
  json_open_member (w, "physicalLocation", '{');
  json_open_member (w, "artifactLocation", '{');
  json_string (w, "uri", uri);
  if (!IS_ABSOLUTE_PATH (p->file))
    json_string (w, "uriBaseId", PWD_BASE);
  json_close (w, '}');
  json_open_member (w, "region", '{');
  json_integer (w, "startLine", p->line);
  if (p->column > 0)
    json_integer (w, "startColumn", p->column);
  json_close (w, '}');
  json_close (w, '}');
  free (uri);
}

/* --- The log ------------------------------------------------------------- */

static void
write_rules (struct json_writer *w)
{
  json_open_member (w, "rules", '[');
  for (size_t i = 0; i < ARRAY_SIZE (rule_texts); i++)
    {
      const struct rule_text *r = &rule_texts[i];
      char *id = concat ("escape:", rule_name (r->rule), NULL);
      json_open (w, '{');
      json_string (w, "id", id);
      json_string (w, "name", r->name);
      json_message (w, "shortDescription", r->finds);
      char *full = concat (r->finds, " ", r->why, NULL);
      json_message (w, "fullDescription", full);
      free (full);
      json_message (w, "help", r->help);
      json_close (w, '}');
      free (id);
    }
  json_close (w, ']');
}

/* The code's flow to the finding, as one thread flow: the steps are the
   notes that follow the warning on the terminal.  */
static void
write_code_flow (struct json_writer *w, const struct sarif_record *r)
{
  json_open_member (w, "codeFlows", '[');
  json_open (w, '{');
  json_open_member (w, "threadFlows", '[');
  json_open (w, '{');
  json_open_member (w, "locations", '[');
  for (const sarif_step &step : r->steps)
    {
      json_open (w, '{');
      json_open_member (w, "location", '{');
      if (step.place.file)
	write_physical_location (w, &step.place);
      json_message (w, "message", step.message);
      json_close (w, '}');
      json_close (w, '}');
    }
  json_close (w, ']');
  json_close (w, '}');
  json_close (w, ']');
  json_close (w, '}');
  json_close (w, ']');
}

static void
write_result (struct json_writer *w, const struct sarif_record *r)
{
  char *id = concat ("escape:", r->rule, NULL);
  json_open (w, '{');
  json_string (w, "ruleId", id);
  if (r->rule_index >= 0)
    json_integer (w, "ruleIndex", r->rule_index);
  json_string (w, "level", r->level);
  json_message (w, "message", r->message);
  json_open_member (w, "locations", '[');
  if (r->place.file)
    {
      json_open (w, '{');
      write_physical_location (w, &r->place);
      json_close (w, '}');
    }
  json_close (w, ']');
  if (!r->steps.is_empty ())
    write_code_flow (w, r);
  json_close (w, '}');
  free (id);
}

/* The base of relative URIs: the working directory GCC records for the
   translation unit (DW_AT_comp_dir), which relative names in the line map
   are relative to.  Omitted when GCC does not know it.  */
static void
write_uri_bases (struct json_writer *w)
{
  const char *pwd = get_src_pwd ();
  if (!pwd || !IS_ABSOLUTE_PATH (pwd))
    return;
  char *uri = file_uri (pwd);
  size_t length = strlen (uri);
  char *dir = length && uri[length - 1] == '/' ? uri
						: concat (uri, "/", NULL);
  json_open_member (w, "originalUriBaseIds", '{');
  json_open_member (w, PWD_BASE, '{');
  json_string (w, "uri", dir);
  json_close (w, '}');
  json_close (w, '}');
  if (dir != uri)
    free (dir);
  free (uri);
}

static void
write_log (FILE *out)
{
  struct json_writer w;
  memset (&w, 0, sizeof w);
  w.out = out;
  json_open (&w, '{');
  json_string (&w, "$schema", SARIF_SCHEMA);
  json_string (&w, "version", SARIF_VERSION);
  json_open_member (&w, "runs", '[');
  json_open (&w, '{');

  json_open_member (&w, "tool", '{');
  json_open_member (&w, "driver", '{');
  json_string (&w, "name", "gcc-escape");
  json_string (&w, "version", ESCAPE_VERSION);
  write_rules (&w);
  json_close (&w, '}');
  json_close (&w, '}');

  /* Whether the compiler got through the translation unit: after an error
     in the source the analysis saw only part of it, and the absence of a
     result proves less.  Under -Werror a finding failed the compilation
     too (GCC counts those apart).  */
  json_open_member (&w, "invocations", '[');
  json_open (&w, '{');
  json_boolean (&w, "executionSuccessful",
		!errorcount && !werrorcount && !sorrycount);
  json_close (&w, '}');
  json_close (&w, ']');

  write_uri_bases (&w);
  json_string (&w, "columnKind", "unicodeCodePoints");

  json_open_member (&w, "results", '[');
  for (const sarif_record &r : records)
    write_result (&w, &r);
  json_close (&w, ']');

  json_close (&w, '}');
  json_close (&w, ']');
  json_close (&w, '}');
  putc ('\n', out);
}

/* The file to write: LOG_PATH, or in the directory LOG_PATH the source's
   base name with ".sarif" appended.  Decided at the end, when
   main_input_filename is known for certain.  */
static char *
output_file (void)
{
  size_t length = strlen (log_path);
  bool dir = IS_DIR_SEPARATOR (log_path[length - 1]);
  struct stat st;
  if (dir)
    /* One level, so that the build need not create it first; a missing
       parent is reported as the error it is.  */
    mkdir (log_path, 0777);
  else if (stat (log_path, &st) == 0 && S_ISDIR (st.st_mode))
    dir = true;
  if (!dir)
    return xstrdup (log_path);
  const char *source = main_input_filename ? main_input_filename : "stdin";
  return concat (log_path, IS_DIR_SEPARATOR (log_path[length - 1]) ? "" : "/",
		 lbasename (source), ".sarif", NULL);
}

/* Write the log to OUT and close it.  Returns false with errno set.  */
static bool
put_log (FILE *out)
{
  write_log (out);
  bool ok = !ferror (out);
  int saved = errno;
  if (fclose (out) != 0)
    {
      saved = ok ? errno : saved;
      ok = false;
    }
  errno = saved;
  return ok;
}

/* Write the log to FILE.  A regular file (or one to be made) gets a
   temporary file beside it, renamed over it: two compilations given the
   same file then leave one whole log, not a mix.  Anything else
   (/dev/stdout, /dev/null, a FIFO) is written into: a rename would put a
   file in its place.  A symbolic link keeps pointing where it did.
   Returns false with errno set.  */
static bool
write_file (const char *file)
{
  struct stat st;
  if (stat (file, &st) == 0 && !S_ISREG (st.st_mode))
    {
      FILE *out = fopen (file, "w");
      return out && put_log (out);
    }
  char *resolved = lstat (file, &st) == 0 && S_ISLNK (st.st_mode)
		   ? realpath (file, NULL) : NULL;
  const char *target = resolved ? resolved : file;
  char *temporary = xasprintf ("%s.%ld.tmp", target, (long) getpid ());
  FILE *out = fopen (temporary, "w");
  bool ok = out && put_log (out);
  int saved = errno;
  if (ok && rename (temporary, target) != 0)
    {
      saved = errno;
      ok = false;
    }
  if (!ok && out)
    unlink (temporary);
  free (temporary);
  free (resolved);
  errno = saved;
  return ok;
}

/* Is FILE the source being compiled?  */
static bool
is_source (const char *file)
{
  struct stat a, b;
  return main_input_filename && stat (file, &a) == 0
	 && stat (main_input_filename, &b) == 0
	 && a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

static void
free_place (struct sarif_place *p)
{
  free (p->file);
}

static void
free_records (void)
{
  for (sarif_record &r : records)
    {
      for (sarif_step &step : r.steps)
	{
	  free_place (&step.place);
	  free (step.message);
	}
      r.steps.release ();
      free (r.rule);
      free (r.message);
      free_place (&r.place);
    }
  records.release ();
}

/* --- The interface ------------------------------------------------------- */

void
sarif_begin (const char *path)
{
  free (log_path);
  log_path = path && *path ? xstrdup (path) : NULL;
}

bool
sarif_active (void)
{
  return log_path != NULL;
}

void
sarif_result (const char *rule, const char *level, const char *message,
	      location_t where)
{
  if (!log_path)
    return;
  struct sarif_record r;
  memset (&r, 0, sizeof r);
  r.rule = xstrdup (rule);
  r.rule_index = -1;
  enum rule_id id = rule_lookup (rule, strlen (rule));
  for (size_t i = 0; i < ARRAY_SIZE (rule_texts); i++)
    if (rule_texts[i].rule == id)
      r.rule_index = (int) i;
  r.level = !strcmp (level, "error") ? "error" : "warning";
  r.message = xstrdup (message);
  r.place = place_of (where);
  records.safe_push (r);
}

void
sarif_flow_step (location_t where, const char *message)
{
  /* A step with no result before it has no flow to join.  */
  if (!log_path || records.is_empty ())
    return;
  struct sarif_step step;
  step.place = place_of (where);
  step.message = xstrdup (message);
  records.last ().steps.safe_push (step);
}

void
sarif_end (void)
{
  if (!log_path)
    return;
  /* After -E or -fsyntax-only the analysis, a GIMPLE pass, never ran: an
     empty log would claim a clean translation unit, and would overwrite
     the log of the real compilation (ccache runs -E, editors run
     -fsyntax-only, with the same arguments).  */
  if (!flag_preprocess_only && !flag_syntax_only)
    {
      char *file = output_file ();
      /* No source location: at the end of the compilation input_location
	 is some line of the source, which has nothing to do with the
	 file.  */
      if (is_source (file))
	error_at (UNKNOWN_LOCATION, "SARIF file %qs is the source being"
		  " compiled; not overwritten", file);
      else if (!write_file (file))
	error_at (UNKNOWN_LOCATION, "cannot write SARIF file %qs: %m", file);
      free (file);
    }
  free_records ();
  free (log_path);
  log_path = NULL;
}
