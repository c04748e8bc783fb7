/* Rule escape:promote, Go's converse: what does not escape stays on the
   stack.  A heap allocation of a constant size within max-stack whose
   address never leaves the function, that is never reallocated, and that
   is freed on every path (a path on which the allocation failed has nothing
   to free) could be a local: no malloc, no free, no leak on an early
   return.  */

#include "rules.h"

static enum promote_verdict
judge (const struct heap_site *h, const struct escape_settings *s)
{
  if (h->size <= 0)
    return PROMOTE_SIZE_UNKNOWN;
  if ((unsigned long long) h->size > s->max_stack)
    return PROMOTE_TOO_LARGE;
  if (h->reallocated)
    return PROMOTE_REALLOCATED;
  if (!h->freed)
    return h->leak_in_loop ? PROMOTE_LOOP : PROMOTE_NOT_FREED;
  return PROMOTE_YES;
}

void
rules_promote (const struct heap_sites *sites, const unsigned char *state,
	       const struct escape_settings *s, struct findings *out)
{
  for (int i = 0; i < sites->n; i++)
    {
      const struct heap_site *h = &sites->items[i];
      /* The escape report already said where an escaping one goes.  */
      if (state[h->site] != STAYS)
	continue;
      enum promote_verdict v = judge (h, s);
      if (v == PROMOTE_YES && s->enabled[RULE_PROMOTE])
	{
	  struct finding *f = findings_add (out);
	  f->rule = RULE_PROMOTE;
	  f->kind = FINDING_PROMOTE;
	  f->object = h->site;
	  f->heap = h;
	}
      if (s->report)
	{
	  struct finding *f = findings_add (out);
	  f->rule = RULE_PROMOTE;
	  f->kind = REPORT_HEAP;
	  f->object = h->site;
	  f->heap = h;
	  f->verdict = v;
	}
    }
}
