/* The GCC headers the plugin needs, in the order GCC wants them, and every
   difference between the GCC versions we build for (11 and 12), so that no
   other file needs an #if on the version.  */

#ifndef ESCAPE_COMPAT_H
#define ESCAPE_COMPAT_H

#include "gcc-plugin.h"
#include "bversion.h"
#include "langhooks.h"
#include "config.h"
#include "system.h"
#include "coretypes.h"
#include "backend.h"
#include "tree.h"
#include "c-family/c-common.h"
#include "c-family/c-pragma.h"
#include "gimple.h"
#include "ssa.h"
#include "tree-pass.h"
#include "context.h"
#include "cgraph.h"
#include "ipa-utils.h"
#include "diagnostic.h"
#include "diagnostic-core.h"
#include "gimple-iterator.h"
#include "gimple-pretty-print.h"
#include "tree-pretty-print.h"
#include "stringpool.h"
#include "attribs.h"
#include "attr-fnspec.h"
#include "tree-dfa.h"
#include "gimple-fold.h"
#include "builtins.h"
#include "cfgloop.h"
#include "dominance.h"
#include "tree-cfg.h"
#include "gimple-range.h"
#include "intl.h"

#if BUILDING_GCC_MAJOR >= 12
#include "pointer-query.h"
#endif

#if BUILDING_GCC_MAJOR < 11 || BUILDING_GCC_MAJOR > 12
#error "gcc-escape supports GCC 11 and 12"
#endif

/* May the call keep (or hand on) the address passed as this argument, or
   the addresses stored in the memory it points to?  GCC 12 split the escape
   flag in two and added "not returned"; GCC 11 has one flag for both.  */
static inline bool
compat_arg_address_escapes (int eaf)
{
#if BUILDING_GCC_MAJOR >= 12
  return !(eaf & (EAF_UNUSED | EAF_NO_DIRECT_ESCAPE));
#else
  return !(eaf & (EAF_UNUSED | EAF_NOESCAPE | EAF_NODIRECTESCAPE));
#endif
}

static inline bool
compat_arg_contents_escape (int eaf)
{
#if BUILDING_GCC_MAJOR >= 12
  return !(eaf & (EAF_UNUSED | EAF_NO_INDIRECT_ESCAPE));
#else
  return !(eaf & (EAF_UNUSED | EAF_NOESCAPE));
#endif
}

/* May the call's result point into what this argument points to?  GCC 11
   cannot say "not returned": assume it may be.  */
static inline bool
compat_arg_may_be_returned (int eaf)
{
#if BUILDING_GCC_MAJOR >= 12
  return !(eaf & (EAF_UNUSED | EAF_NOT_RETURNED_DIRECTLY));
#else
  return !(eaf & EAF_UNUSED);
#endif
}

/* An on-demand ranger for the current function, answering at -O0 as well.
   GCC 11 has no enable_ranger; a gimple_ranger built after push_cfun gives
   the same bounds.  */
#if BUILDING_GCC_MAJOR >= 12
/* Weak: loaded by mistake into a GCC 11, which lacks them, the plugin
   must still load, for plugin_init to say which GCC it was built for
   rather than dlopen naming a missing symbol.  */
extern gimple_ranger *enable_ranger (struct function *) __attribute__ ((weak));
extern void disable_ranger (struct function *) __attribute__ ((weak));
typedef gimple_ranger *compat_ranger;
static inline compat_ranger
compat_ranger_start (void)
{
  return enable_ranger (cfun);
}
static inline void
compat_ranger_stop (compat_ranger)
{
  disable_ranger (cfun);
}
#else
typedef gimple_ranger *compat_ranger;
static inline compat_ranger
compat_ranger_start (void)
{
  return new gimple_ranger;
}
static inline void
compat_ranger_stop (compat_ranger r)
{
  delete r;
}
#endif

#endif
