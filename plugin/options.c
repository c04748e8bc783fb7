/* Parsing of the plugin's arguments; see options.h and docs/options.md.  */

#include "options.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char options_help[] =
  "  help              print this list\n"
  "  max-stack=N       largest stack object in bytes (K and M suffixes);"
  " default 65536\n"
  "  enable=RULES      turn on only these rules (comma list: return,store,"
  "oversize,vla,promote or escape:NAME)\n"
  "  disable=RULES     turn these rules off\n"
  "  report[=1|2]      Go's -m: a note for every stack object; 2 adds the"
  " flows\n"
  "  strict            also warn when an address is passed to code the"
  " analysis cannot see\n"
  "  error[=RULES]     make findings (of these rules) errors\n"
  "  sarif=FILE        also write the findings as SARIF 2.1.0 to FILE, or to"
  " DIR/<source>.sarif when FILE is a directory\n";

void
options_defaults (struct escape_settings *s)
{
  memset (s, 0, sizeof *s);
  s->max_stack = DEFAULT_MAX_STACK;
  for (int r = 0; r < RULE_COUNT; r++)
    s->enabled[r] = true;
}

static bool
parse_size (const char *text, unsigned long long *out)
{
  if (!text || !isdigit ((unsigned char) *text))
    return false;
  errno = 0;
  char *end;
  unsigned long long n = strtoull (text, &end, 10);
  if (errno)
    return false;
  unsigned long long scale = 1;
  if (*end == 'K' || *end == 'k')
    scale = 1024, end++;
  else if (*end == 'M' || *end == 'm')
    scale = 1024 * 1024, end++;
  if (*end || n > ~0ull / scale)
    return false;
  *out = n * scale;
  return true;
}

/* Set ENABLED for each rule in the comma list TEXT.  */
static bool
parse_rules (const char *text, bool on, bool *enabled, char *err,
	     size_t errlen)
{
  if (!text || !*text)
    {
      snprintf (err, errlen, "expects a comma-separated list of rules");
      return false;
    }
  for (const char *p = text; *p;)
    {
      size_t len = strcspn (p, ",");
      enum rule_id r = rule_lookup (p, len);
      if (r == RULE_COUNT)
	{
	  snprintf (err, errlen, "unknown rule '%.*s' (valid: return, store,"
		    " oversize, vla, promote)", (int) len, p);
	  return false;
	}
      enabled[r] = on;
      p += len;
      if (*p == ',' && !*++p)
	{
	  snprintf (err, errlen, "ends with a comma: a rule is missing");
	  return false;
	}
    }
  return true;
}

bool
options_apply (struct escape_settings *s, const char *key, const char *value,
	       bool *help, char *err, size_t errlen)
{
  if (!strcmp (key, "help") && !value)
    {
      *help = true;
      return true;
    }
  if (!strcmp (key, "max-stack"))
    {
      /* 0 would make every object, a 4-byte parameter too, too large.  */
      if (parse_size (value, &s->max_stack) && s->max_stack > 0)
	return true;
      snprintf (err, errlen, "expects a size in bytes of at least 1 such as"
		" 65536 or 64K, not '%s'", value ? value : "");
      return false;
    }
  if (!strcmp (key, "enable") || !strcmp (key, "disable"))
    {
      bool on = key[0] == 'e';
      bool chosen[RULE_COUNT];
      for (int r = 0; r < RULE_COUNT; r++)
	chosen[r] = !on;
      if (!parse_rules (value, on, chosen, err, errlen))
	return false;
      /* enable= names the rules to keep; disable= the ones to drop.  */
      for (int r = 0; r < RULE_COUNT; r++)
	s->enabled[r] = on ? chosen[r] : s->enabled[r] && chosen[r];
      return true;
    }
  if (!strcmp (key, "report"))
    {
      if (!value || !strcmp (value, "1"))
	s->report = 1;
      else if (!strcmp (value, "2"))
	s->report = 2;
      else
	{
	  snprintf (err, errlen, "expects 1 or 2, not '%s'", value);
	  return false;
	}
      return true;
    }
  if (!strcmp (key, "strict") && !value)
    {
      s->strict = true;
      return true;
    }
  if (!strcmp (key, "error"))
    {
      if (!value)
	{
	  for (int r = 0; r < RULE_COUNT; r++)
	    s->error[r] = true;
	  return true;
	}
      return parse_rules (value, true, s->error, err, errlen);
    }
  if (!strcmp (key, "sarif"))
    {
      if (value && *value)
	{
	  s->sarif = value;
	  return true;
	}
      snprintf (err, errlen, "expects a file or directory name");
      return false;
    }
  if (!strcmp (key, "help") || !strcmp (key, "strict"))
    snprintf (err, errlen, "takes no value");
  else
    snprintf (err, errlen, "is not an argument of this plugin (valid: help,"
	      " max-stack=N, enable=RULES, disable=RULES, report[=1|2],"
	      " strict, error[=RULES], sarif=FILE)");
  return false;
}
