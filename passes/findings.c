/* The rule ids and the list of findings the rules fill.  */

#include "findings.h"

#include <stdlib.h>
#include <string.h>

void *xgrow (void *p, int *cap, int need, size_t size);

static const char *const rule_names[RULE_COUNT] = {
  [RULE_RETURN] = "return",
  [RULE_STORE] = "store",
  [RULE_OVERSIZE] = "oversize",
  [RULE_VLA] = "vla",
  [RULE_PROMOTE] = "promote",
};

const char *
rule_name (enum rule_id r)
{
  return rule_names[r];
}

enum rule_id
rule_lookup (const char *text, size_t len)
{
  static const char prefix[] = "escape:";
  if (len > sizeof prefix - 1 && !strncmp (text, prefix, sizeof prefix - 1))
    {
      text += sizeof prefix - 1;
      len -= sizeof prefix - 1;
    }
  for (int r = 0; r < RULE_COUNT; r++)
    if (strlen (rule_names[r]) == len && !strncmp (rule_names[r], text, len))
      return (enum rule_id) r;
  return RULE_COUNT;
}

struct finding *
findings_add (struct findings *f)
{
  f->items = xgrow (f->items, &f->cap, f->n + 1, sizeof *f->items);
  struct finding *item = &f->items[f->n++];
  memset (item, 0, sizeof *item);
  item->object = NO_LOC;
  item->sink = NO_LOC;
  item->via = NO_LOC;
  return item;
}

void
findings_clear (struct findings *f)
{
  free (f->items);
  f->items = NULL;
  f->n = f->cap = 0;
}

struct stack_object_size *
stack_sizes_add (struct stack_sizes *s)
{
  s->items = xgrow (s->items, &s->cap, s->n + 1, sizeof *s->items);
  struct stack_object_size *item = &s->items[s->n++];
  memset (item, 0, sizeof *item);
  item->size = -1;
  item->bound = -1;
  return item;
}

void
stack_sizes_clear (struct stack_sizes *s)
{
  free (s->items);
  s->items = NULL;
  s->n = s->cap = 0;
}

struct heap_site *
heap_sites_add (struct heap_sites *h)
{
  h->items = xgrow (h->items, &h->cap, h->n + 1, sizeof *h->items);
  struct heap_site *item = &h->items[h->n++];
  memset (item, 0, sizeof *item);
  item->site = NO_LOC;
  item->size = -1;
  return item;
}

void
heap_sites_clear (struct heap_sites *h)
{
  for (int i = 0; i < h->n; i++)
    free (h->items[i].suggestion);
  free (h->items);
  h->items = NULL;
  h->n = h->cap = 0;
}
