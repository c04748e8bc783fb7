/* gcc-escape: Go's escape analysis for C, as a GCC plugin.

   Go's compiler decides for every object whether it may stay on the stack;
   `go build -gcflags=-m` says why.  This plugin applies the same rules to C
   and warns where C gets them wrong: a stack address that outlives its frame
   (returned, stored into a global or the caller's memory, kept by a thread),
   a stack object too large for the stack, a heap allocation that never
   leaves its function.

   Use:  gcc -fplugin=escape ...            (after `make install`)
	 gcc -fplugin=./escape.so -fplugin-arg-escape-help ...

   This file is the plugin's front door: version check, arguments, pass
   registration.  The analysis lives in passes/.  */

#include "compat.h"
#include "plugin-version.h"
#include "options.h"
#include "pass.h"
#include "sarif.h"
#include "suppress.h"
#include "../passes/build.h"

int plugin_is_GPL_compatible;

static const char plugin_version_text[] = "gcc-escape " ESCAPE_VERSION;

static struct escape_settings settings;

static struct plugin_info escape_info = {
  plugin_version_text,
  "Go-style escape analysis for C; arguments (-fplugin-arg-escape-NAME):\n"
};

static void
on_pre_genericize (void *gcc_data, void *)
{
  note_generic_returns ((tree) gcc_data);
}

static void
on_pragmas (void *, void *)
{
  register_suppression_pragmas ();
}

static void
on_attributes (void *, void *)
{
  register_suppression_attribute ();
}

/* The SARIF log is complete once the translation unit is.  */
static void
on_finish (void *, void *)
{
  sarif_end ();
}

static bool
parse_arguments (struct plugin_name_args *info)
{
  bool ok = true, help = false;
  for (int i = 0; i < info->argc; i++)
    {
      char reason[256];
      const plugin_argument &arg = info->argv[i];
      if (!options_apply (&settings, arg.key, arg.value, &help, reason,
			  sizeof reason))
	{
	  if (arg.value)
	    error ("%<-fplugin-arg-%s-%s=%s%> %s", info->base_name, arg.key,
		   arg.value, reason);
	  else
	    error ("%<-fplugin-arg-%s-%s%> %s", info->base_name, arg.key,
		   reason);
	  ok = false;
	}
    }
  if (help)
    fprintf (stderr, "%s %s%s", plugin_version_text, escape_info.help,
	     options_help);
  return ok;
}

int
plugin_init (struct plugin_name_args *info, struct plugin_gcc_version *version)
{
  /* A plugin only works in the GCC it was built for: refuse any other, in
     one line, before touching anything.  */
  if (!plugin_default_version_check (version, &gcc_version))
    {
      error ("%s: built for GCC %s (%s) but loaded into GCC %s (%s); rebuild"
	     " it with %<make GCC=...%> for this compiler",
	     info->full_name, gcc_version.basever, gcc_version.datestamp,
	     version->basever, version->datestamp);
      return 1;
    }

  /* GCC refuses two -fplugin= of one name; two copies under different
     names (escape.so and a versioned escape-1.2.so) would each register
     the pass, the pragmas and the attribute, and the second attribute is
     an internal compiler error.  The first copy leaves its mark in GCC's
     identifier table.  */
  const char *mark = "gcc-escape plugin loaded";
  if (maybe_get_identifier (mark))
    {
      error ("%s: gcc-escape is already loaded by another %<-fplugin=%>;"
	     " give it once", info->full_name);
      return 1;
    }
  get_identifier (mark);

  options_defaults (&settings);
  if (!parse_arguments (info))
    return 1;

  /* With -flto the plugin is loaded again into lto1 at link time: the
     analysis already ran when each file was compiled, and there is no
     front end to run it on.  Stay loaded, do nothing.  */
  if (!strcmp (lang_hooks.name, "GNU GIMPLE"))
    return 0;
  if (settings.sarif)
    sarif_begin (settings.sarif);

  static char help_text[2048];
  snprintf (help_text, sizeof help_text, "%s%s", escape_info.help,
	    options_help);
  escape_info.help = help_text;
  register_callback (info->base_name, PLUGIN_INFO, NULL, &escape_info);

  struct register_pass_info pass_info;
  pass_info.pass = make_escape_pass (g, &settings);
  pass_info.reference_pass_name = "build_ssa_passes";
  pass_info.ref_pass_instance_number = 1;
  pass_info.pos_op = PASS_POS_INSERT_AFTER;
  register_callback (info->base_name, PLUGIN_PASS_MANAGER_SETUP, NULL,
		     &pass_info);
  register_callback (info->base_name, PLUGIN_PRE_GENERICIZE,
		     on_pre_genericize, NULL);
  register_callback (info->base_name, PLUGIN_REGISTER_GGC_ROOTS, NULL,
		     (void *) generic_gc_roots ());
  register_callback (info->base_name, PLUGIN_PRAGMAS, on_pragmas, NULL);
  register_callback (info->base_name, PLUGIN_ATTRIBUTES, on_attributes, NULL);
  register_callback (info->base_name, PLUGIN_FINISH, on_finish, NULL);
  return 0;
}
