/* Rules escape:oversize and escape:vla: what does not fit on the stack must
   not be put there.  Go keeps make([]int, 8192) (64 KiB) on the stack and
   moves make([]int, 8193) and make([]int, n) to the heap; C keeps them all
   on the stack, so these are the objects that may overflow it.  The limit
   is max-stack; exactly the limit is fine.  */

#include "rules.h"

static struct finding *
add (struct findings *out, enum rule_id rule, enum finding_kind kind,
     const struct stack_object_size *o)
{
  struct finding *f = findings_add (out);
  f->rule = rule;
  f->kind = kind;
  f->where = o->where;
  f->sized = o;
  return f;
}

void
rules_size (const struct stack_sizes *sizes, bool recursive,
	    const struct escape_settings *s, struct findings *out)
{
  const unsigned long long limit = s->max_stack;
  const struct stack_object_size *largest = NULL;
  for (int i = 0; i < sizes->n; i++)
    {
      const struct stack_object_size *o = &sizes->items[i];
      /* The stack grows on every iteration, whatever the size.  */
      if (o->in_loop && s->enabled[RULE_VLA])
	add (out, RULE_VLA, FINDING_ALLOCA_LOOP, o);
      if (o->size >= 0)
	{
	  if (!largest || o->size > largest->size)
	    largest = o;
	  if ((unsigned long long) o->size <= limit)
	    continue;
	  if (s->enabled[RULE_OVERSIZE])
	    add (out, RULE_OVERSIZE, FINDING_OVERSIZE, o);
	  if (s->report)
	    add (out, RULE_OVERSIZE, REPORT_TOO_LARGE, o);
	}
      else if (o->bound < 0 || (unsigned long long) o->bound > limit)
	{
	  if (s->enabled[RULE_VLA])
	    add (out, RULE_VLA,
		 o->bound < 0 ? FINDING_VLA_UNKNOWN : FINDING_VLA_TOO_LARGE, o);
	  if (s->report)
	    add (out, RULE_VLA, REPORT_UNKNOWN_SIZE, o);
	}
    }
  if (recursive && s->report && largest)
    add (out, RULE_OVERSIZE, REPORT_RECURSIVE_FRAME, largest);
}
