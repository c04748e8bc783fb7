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

/* The three lists here share one shape: an array that grows, a count, a
   capacity.  Grow ITEMS by one zeroed element of SIZE bytes (counted in
   *N) and return the array, which may have moved.  */
static void *
list_grow (void *items, int *n, int *cap, size_t size)
{
  items = xgrow (items, cap, *n + 1, size);
  memset ((char *) items + (size_t) (*n)++ * size, 0, size);
  return items;
}

struct finding *
findings_add (struct findings *f)
{
  f->items = list_grow (f->items, &f->n, &f->cap, sizeof *f->items);
  struct finding *item = &f->items[f->n - 1];
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
  s->items = list_grow (s->items, &s->n, &s->cap, sizeof *s->items);
  struct stack_object_size *item = &s->items[s->n - 1];
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
  h->items = list_grow (h->items, &h->n, &h->cap, sizeof *h->items);
  struct heap_site *item = &h->items[h->n - 1];
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
