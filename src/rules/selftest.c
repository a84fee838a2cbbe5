/* SPDX-License-Identifier: MIT */
/*
 * Rule examples: reading 'examples:' from a rule, and `rules test` — each example becomes a
 * tiny segmented document (what the segmenter would produce), the rule runs alone on it, and
 * bad examples must raise it while good ones must not.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "rules/rule.h"
#include "util/xalloc.h"

#define DEFAULT_AS_OF "2025-09-01"

static const char *const example_keys[] = { "text", "sections", "columns", "as-of", NULL };

static bool
parse_date(const char *s, time_t *out)
{
	int y, m, d;
	char tail;
	if (!s || sscanf(s, "%d-%d-%d%c", &y, &m, &d, &tail) != 3 || m < 1 || m > 12 || d < 1 ||
	    d > 31)
		return false;
	struct tm tm = { .tm_year = y - 1900, .tm_mon = m - 1, .tm_mday = d, .tm_hour = 12 };
	*out = timegm(&tm);
	return true;
}

static const char *
shown(struct ehc_arena *a, const struct ehc_example *e)
{
	if (e->text)
		return e->text;
	struct ehc_buf b = EHC_BUF_INIT;
	for (int s = 0; s < EHC_SEC_COUNT; s++)
		if (e->sections[s])
			ehc_buf_printf(&b, "%s%s: %s", b.len ? " | " : "", ehc_sec_id(s),
				       e->sections[s]);
	const char *out = ehc_arena_strdup(a, b.len ? ehc_buf_str(&b) : "(an empty plan)");
	ehc_buf_fini(&b);
	return out;
}

static int
parse_sections_map(struct ehc_example *e, const struct ehc_parse *ps, const struct ehc_yaml *m)
{
	if (m->type != EHC_YAML_MAP)
		return ehc_rule_error(ps, m, "'sections' of an example maps section ids to text");
	for (size_t i = 0; i < m->n; i++) {
		enum ehc_sec s = ehc_sec_parse(m->key[i]->str);
		if (s == EHC_SEC_NONE)
			return ehc_rule_error(ps, m->key[i], "unknown section '%s'", m->key[i]->str);
		if (m->child[i]->type != EHC_YAML_SCALAR)
			return ehc_rule_error(ps, m->child[i], "section text must be a string");
		e->order[s] = (int)i + 1;
		e->sections[s] = m->child[i]->plain && (!strcmp(m->child[i]->str, "~") ||
							!strcmp(m->child[i]->str, "null"))
					 ? ""
					 : m->child[i]->str;
	}
	return 0;
}

static int
parse_example(struct ehc_example *e, const struct ehc_parse *ps, const struct ehc_yaml *v)
{
	e->line = v->line;
	if (v->type == EHC_YAML_SCALAR) {
		e->text = v->str;
		return 0;
	}
	if (v->type != EHC_YAML_MAP)
		return ehc_rule_error(ps, v, "an example is a string or a mapping (text, sections, "
					     "columns, as-of)");
	int rc = ehc_yaml_check_keys(v, example_keys, ps->file, "an example", EHC_E_RULE, ps->err);
	if (rc)
		return rc;
	const struct ehc_yaml *t = ehc_yaml_get(v, "text"), *s = ehc_yaml_get(v, "sections");
	const struct ehc_yaml *d = ehc_yaml_get(v, "as-of"), *c = ehc_yaml_get(v, "columns");
	if (!t == !s)
		return ehc_rule_error(ps, v, "an example has either 'text' or 'sections'");
	if (t)
		e->text = ehc_yaml_str(t);
	if (s && (rc = parse_sections_map(e, ps, s)))
		return rc;
	if (d && !parse_date(ehc_yaml_str(d), &e->as_of))
		return ehc_rule_error(ps, d, "'as-of' must be a date YYYY-MM-DD");
	if (c) {
		if (c->type != EHC_YAML_SEQ || !t)
			return ehc_rule_error(ps, c, "'columns' is a list of header names, for a "
						     "'text' whose cells are separated by tabs");
		e->columns = ehc_arena_alloc(ps->arena, (c->n + 1) * sizeof *e->columns);
		for (size_t i = 0; i < c->n; i++)
			e->columns[i] = ehc_yaml_str(c->child[i]) ? c->child[i]->str : "";
		e->ncolumns = c->n;
	}
	return 0;
}

static int
parse_list(struct ehc_example **out, size_t *n, const struct ehc_parse *ps,
	   const struct ehc_yaml *v)
{
	if (!v)
		return 0;
	if (v->type != EHC_YAML_SEQ)
		return ehc_rule_error(ps, v, "examples are listed (- \"text\")");
	*out = ehc_arena_alloc(ps->arena, (v->n + 1) * sizeof **out);
	for (size_t i = 0; i < v->n; i++) {
		int rc = parse_example(&(*out)[i], ps, v->child[i]);
		if (rc)
			return rc;
		(*out)[i].shown = shown(ps->arena, &(*out)[i]);
	}
	*n = v->n;
	return 0;
}

int
ehc_examples_parse(struct ehc_rule *r, const struct ehc_parse *ps)
{
	static const char *const keys[] = { "good", "bad", NULL };
	const struct ehc_yaml *v = ehc_yaml_get(ps->node, "examples");
	if (!v)
		return 0;
	if (v->type != EHC_YAML_MAP)
		return ehc_rule_error(ps, v, "'examples' has 'good' and 'bad' lists");
	int rc = ehc_yaml_check_keys(v, keys, ps->file, "examples", EHC_E_RULE, ps->err);
	if (!rc)
		rc = parse_list(&r->good, &r->ngood, ps, ehc_yaml_get(v, "good"));
	if (!rc)
		rc = parse_list(&r->bad, &r->nbad, ps, ehc_yaml_get(v, "bad"));
	return rc;
}

/* ---- building a tiny plan ---- */

static bool
item_section(enum ehc_sec s)
{
	return s == EHC_SEC_E || s == EHC_SEC_F || s == EHC_SEC_G || s == EHC_SEC_H ||
	       s == EHC_SEC_H1 || s == EHC_SEC_H2 || s == EHC_SEC_K;
}

static void
split_cells(struct ehc_doc *doc, struct ehc_block *b)
{
	size_t n = 1;
	for (size_t i = 0; i < b->len; i++)
		n += b->text[i] == '\t';
	b->cells = ehc_arena_alloc(doc->arena, n * sizeof *b->cells);
	size_t start = 0, c = 0;
	for (size_t i = 0; i <= b->len; i++)
		if (i == b->len || b->text[i] == '\t') {
			b->cells[c] = (struct ehc_cell){ .start = start, .len = i - start,
							 .col = (int)c, .span = 1,
							 .section = EHC_SEC_NONE };
			c++;
			start = i + 1;
		}
	b->ncells = n;
	b->grid_cols = (int)n;
	b->table = 1;
	b->row = 2;
}

static struct ehc_block *
add_block(struct ehc_doc *doc, enum ehc_sec s, const char *text, size_t len, bool heading)
{
	bool row = memchr(text, '\t', len) != NULL;
	struct ehc_block *b = ehc_doc_add_block(doc, row ? EHC_BLOCK_ROW : EHC_BLOCK_PARAGRAPH);
	b->text = ehc_arena_strndup(doc->arena, text, len);
	b->len = len;
	b->section = s;
	b->heading = heading;
	if (heading) {
		b->style = "Heading 1";
		b->outline = 1;
	}
	if (row)
		split_cells(doc, b);
	return b;
}

static void
add_item(struct ehc_doc *doc, enum ehc_sec s, const struct ehc_block *b,
	 const struct ehc_example *e)
{
	int n = 1;
	for (size_t i = 0; i < doc->nitems; i++)
		n += doc->items[i].section == s;
	struct ehc_item *it = ehc_doc_add_item(doc);
	it->n = n;
	it->section = s;
	it->first_block = it->last_block = b->n;
	it->text = b->text;
	it->len = b->len;
	if (e && e->columns) {
		it->columns = e->columns;
		it->ncolumns = e->ncolumns;
	}
}

static bool
says_not_applicable(const char *t)
{
	while (*t == ' ')
		t++;
	return !strncasecmp(t, "not applicable", 14) || !strncasecmp(t, "n/a", 3);
}

/* One section: a heading block, then one block (and one item, in E-K) per line. */
static void
add_section(struct ehc_doc *doc, enum ehc_sec s, const char *text, bool heading, int order,
	    const struct ehc_example *e)
{
	struct ehc_section *sec = &doc->sections[s];
	sec->present = true;
	sec->order = order;
	if (heading && ehc_sec_statutory(s)) {
		char h[32];
		snprintf(h, sizeof h, "Section %s", ehc_sec_id(s));
		sec->heading_block = add_block(doc, s, h, strlen(h), true)->n;
		sec->title = doc->blocks[sec->heading_block - 1].text;
	}
	for (const char *p = text; *p;) {
		size_t n = strcspn(p, "\n");
		if (n) {
			struct ehc_block *b = add_block(doc, s, p, n, false);
			if (!sec->first_block)
				sec->first_block = b->n;
			sec->last_block = b->n;
			if (item_section(s) && s != EHC_SEC_K)
				add_item(doc, s, b, e);
		}
		p += n + (p[n] == '\n');
	}
	sec->empty = sec->first_block == 0;
	sec->not_applicable = sec->first_block && sec->first_block == sec->last_block &&
			      says_not_applicable(doc->blocks[sec->first_block - 1].text);
}

static struct ehc_doc *
example_doc(const struct ehc_rule *r, const struct ehc_example *e)
{
	struct ehc_doc *doc = ehc_doc_new("example");
	if (e->text) {
		add_section(doc, r->first_section, e->text, false, 1, e);
		return doc;
	}
	for (int k = 1; k <= EHC_SEC_COUNT; k++)
		for (int s = 0; s < EHC_SEC_COUNT; s++)
			if (e->sections[s] && e->order[s] == k)
				add_section(doc, (enum ehc_sec)s, e->sections[s], true, k, e);
	return doc;
}

/* ---- running ---- */

static size_t
count_findings(const struct ehc_doc *doc, const struct ehc_rule *r, const char **first)
{
	size_t n = 0;
	*first = NULL;
	for (size_t i = 0; i < doc->nfindings; i++)
		if (doc->findings[i].rule == r && !doc->findings[i].suppressed) {
			if (!n)
				*first = doc->findings[i].message;
			n++;
		}
	return n;
}

static void
run_example(const struct ehc_pack *p, const struct ehc_rule *r, const struct ehc_example *e, bool good, size_t idx,
	    ehc_test_cb cb, void *ud, struct ehc_test_result *res)
{
	time_t dflt;
	parse_date(DEFAULT_AS_OF, &dflt);
	struct ehc_check_opts opts = { .as_of = e->as_of ? e->as_of : dflt, .honour_disable = true };
	struct ehc_doc *doc = example_doc(r, e);
	ehc_check_run(p, doc, &opts, r);
	const char *first;
	size_t n = count_findings(doc, r, &first);
	bool ok = good ? n == 0 : n > 0;
	res->examples++;
	if (ok) {
		res->passed++;
	} else {
		res->failed++;
		struct ehc_test_failure f = { r, good, idx, e->shown, e->line, n,
					      first ? xstrdup(first) : NULL };
		if (cb)
			cb(&f, ud);
		free((char *)f.first_message);
	}
	ehc_doc_free(doc);
}

int
ehc_pack_test(const struct ehc_pack *p, const char *only_id, ehc_test_cb cb, void *ud,
	      struct ehc_test_result *res)
{
	memset(res, 0, sizeof *res);
	if (only_id && !ehc_pack_find(p, only_id))
		return EHC_E_CONFIG;
	for (size_t i = 0; i < p->n; i++) {
		const struct ehc_rule *r = p->rules[i];
		if (only_id && strcmp(r->id, only_id))
			continue;
		if (!r->ngood || !r->nbad)
			res->rules_without_examples++;
		if (!r->description)
			res->rules_without_description++;
		if (r->ngood || r->nbad)
			res->rules++;
		for (size_t j = 0; j < r->nbad; j++)
			run_example(p, r, &r->bad[j], false, j, cb, ud, res);
		for (size_t j = 0; j < r->ngood; j++)
			run_example(p, r, &r->good[j], true, j, cb, ud, res);
	}
	return res->failed ? 1 : 0;
}
