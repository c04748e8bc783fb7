/* Unit tests of the argument parser: every malformed value is refused with
   a reason, every good one lands in the settings.  */

#include "unit.h"
#include "../../plugin/options.h"

#include <string.h>

static bool
apply (struct escape_settings *s, const char *key, const char *value)
{
  char err[256] = "";
  bool help = false;
  bool ok = options_apply (s, key, value, &help, err, sizeof err);
  if (!ok && !err[0])
    return true;	/* A refusal must say why: count it as a failure.  */
  return ok;
}

int
main (void)
{
  struct escape_settings s;
  options_defaults (&s);
  CHECK (s.max_stack == 65536);
  CHECK (s.enabled[RULE_RETURN] && s.enabled[RULE_PROMOTE] && !s.report);

  CHECK (apply (&s, "max-stack", "4096") && s.max_stack == 4096);
  CHECK (apply (&s, "max-stack", "64K") && s.max_stack == 65536);
  CHECK (apply (&s, "max-stack", "1M") && s.max_stack == 1048576);
  CHECK (!apply (&s, "max-stack", "abc"));
  CHECK (!apply (&s, "max-stack", "0"));
  CHECK (!apply (&s, "max-stack", "0K"));
  CHECK (!apply (&s, "max-stack", "-1"));
  CHECK (!apply (&s, "max-stack", "12Q"));
  CHECK (!apply (&s, "max-stack", NULL));
  CHECK (!apply (&s, "max-stack", "99999999999999999999999"));

  options_defaults (&s);
  CHECK (apply (&s, "disable", "store,escape:vla"));
  CHECK (!s.enabled[RULE_STORE] && !s.enabled[RULE_VLA]
	 && s.enabled[RULE_RETURN]);
  CHECK (apply (&s, "enable", "return"));
  CHECK (s.enabled[RULE_RETURN] && !s.enabled[RULE_OVERSIZE]);
  CHECK (!apply (&s, "enable", "return,bogus"));
  CHECK (!apply (&s, "enable", ""));
  CHECK (!apply (&s, "enable", "store,"));
  CHECK (!apply (&s, "disable", ",store"));
  CHECK (!apply (&s, "disable", NULL));

  CHECK (apply (&s, "report", NULL) && s.report == 1);
  CHECK (apply (&s, "report", "2") && s.report == 2);
  CHECK (!apply (&s, "report", "3"));
  CHECK (apply (&s, "strict", NULL) && s.strict);
  CHECK (!apply (&s, "strict", "yes"));
  CHECK (!apply (&s, "bogus", NULL));

  bool help = false;
  char err[64];
  CHECK (options_apply (&s, "help", NULL, &help, err, sizeof err) && help);

  CHECK (rule_lookup ("escape:store", 12) == RULE_STORE);
  CHECK (rule_lookup ("promote", 7) == RULE_PROMOTE);
  CHECK (rule_lookup ("escape:", 7) == RULE_COUNT);
  CHECK (!strcmp (rule_name (RULE_OVERSIZE), "oversize"));
  return unit_summary ("options");
}
