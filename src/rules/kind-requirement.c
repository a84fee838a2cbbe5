/* SPDX-License-Identifier: MIT */
/*
 * requirement: flag a unit that matches none of 'requires' (a provision item with no
 * frequency, no duration, no one named to deliver it). 'when' limits the rule to units that
 * match it (and its match is what the finding quotes); 'unless' exempts a unit. With 'column',
 * a table row whose header row has a matching column is judged on that cell alone ('when'
 * and 'requires' look at the cell; 'unless' at the whole row). With unit: document the text of
 * all the rule's sections is judged as a whole, and the finding is about the plan.
 */
#include <stdlib.h>
#include <string.h>

#include "rules/rule.h"
#include "util/xalloc.h"

#define HEADER_MAX 200

struct requirement {
	struct ehc_plist requires, when, when_also, unless, each_of, ignore;
	struct ehc_plist column;   /* in order of preference: the first that names a column wins */
	bool has_column, column_only;
};

static const char *const keys[] = { "requires", "when", "when-also", "unless", "column",
				    "each-of", "ignore", "column-only", NULL };

static int
parse(struct ehc_rule *r, const struct ehc_parse *ps, struct ehc_error *err)
{
	struct requirement *q = xcalloc(1, sizeof *q);
	r->data = q;
	bool each = ehc_yaml_get(ps->node, "each-of") != NULL;
	int rc = ehc_plist_parse(&q->requires, r, ps, "requires", !each, err);
	if (!rc)
		rc = ehc_plist_parse(&q->each_of, r, ps, "each-of", false, err);
	if (!rc && each && r->unit != EHC_UNIT_SECTION)
		rc = ehc_rule_error(ps, ehc_yaml_get(ps->node, "each-of"),
				    "'each-of' needs unit: section");
	if (!rc)
		rc = ehc_plist_parse(&q->when, r, ps, "when", false, err);
	if (!rc)
		rc = ehc_plist_parse(&q->when_also, r, ps, "when-also", false, err);
	if (!rc)
		rc = ehc_plist_parse(&q->ignore, r, ps, "ignore", false, err);
	if (!rc)
		rc = ehc_plist_parse(&q->unless, r, ps, "unless", false, err);
	q->column_only = ehc_yaml_bool(ehc_yaml_get(ps->node, "column-only"), false);
	const struct ehc_yaml *c = ehc_yaml_get(ps->node, "column");
	if (!rc && q->column_only && !c)
		rc = ehc_rule_error(ps, ehc_yaml_get(ps->node, "column-only"),
				    "'column-only' needs 'column'");
	if (!rc && c) {
		rc = ehc_plist_parse(&q->column, r, ps, "column", false, err);
		q->has_column = rc == 0 && q->column.n > 0;
	}
	return rc;
}

/* The byte range of cell 'i' of a tab-joined row text. */
static bool
cell_range(const char *t, size_t len, size_t i, size_t *s, size_t *e)
{
	size_t start = 0, c = 0;
	for (size_t k = 0; k <= len; k++)
		if (k == len || t[k] == '\t') {
			if (c == i) {
				*s = start;
				*e = k;
				return true;
			}
			c++;
			start = k + 1;
		}
	return false;
}

/* Index of the first of the item's columns that pattern 'p' names, or -1. */
static int
find_column(const struct ehc_pattern *p, const struct ehc_item *it, struct ehc_cx *cx)
{
	for (size_t i = 0; i < it->ncolumns; i++) {
		char h[3 * HEADER_MAX + 8];
		size_t map[3 * HEADER_MAX + 8], s, e;
		size_t hn = it->columns[i] ? strnlen(it->columns[i], HEADER_MAX) : 0;
		hn = ehc_normalise(it->columns[i] ? it->columns[i] : "", hn, h, map);
		ehc_matcher_forget(&cx->mt); /* 'h' is reused */
		if (ehc_pattern_find(p, &cx->mt, h, hn, 0, &s, &e))
			return (int)i;
	}
	return -1;
}

/* The column cell this rule judges, made into a unit; false when there is none. A row with
 * both "Staffing" and "Provided by" is judged on the column the rule prefers. */
static bool
column_cell(const struct requirement *q, const struct ehc_unit_text *u, struct ehc_cx *cx,
	    struct ehc_unit_text *cell)
{
	const struct ehc_item *it = u->item;
	if (!q->has_column || !it || !it->columns || u->unit != EHC_UNIT_ITEM)
		return false;
	for (size_t k = 0; k < q->column.n; k++) {
		int i = find_column(&q->column.p[k], it, cx);
		size_t s, e;
		if (i < 0)
			continue;
		if (!cell_range(it->text, it->len, (size_t)i, &s, &e))
			return false;
		*cell = *u;
		ehc_unit_make(cx, cell, it->text, it->len, s, e - s);
		return true;
	}
	return false;
}

/* 'requires' on the text with every 'ignore' match blanked out (same length, so offsets
 * still agree). */
static bool
satisfied(const struct requirement *q, struct ehc_cx *cx, const struct ehc_unit_text *u)
{
	if (!q->ignore.n)
		return ehc_plist_any(&q->requires, cx, u->norm, 0, u->norm_len);
	char *t = xstrndup(u->norm, u->norm_len);
	ehc_matcher_forget(&cx->mt); /* 't' is written to in place, and may reuse an address */
	for (size_t i = 0; i < q->ignore.n; i++) {
		size_t at = 0, a, b;
		while (at < u->norm_len &&
		       ehc_pattern_find(&q->ignore.p[i], &cx->mt, t, u->norm_len, at, &a, &b)) {
			for (size_t k = a; k < b; k++)
				if (t[k] != '\n')
					t[k] = ' ';
			ehc_matcher_forget(&cx->mt);
			at = b > a ? b : a + 1;
		}
	}
	bool ok = ehc_plist_any(&q->requires, cx, t, 0, u->norm_len);
	free(t);
	return ok;
}

/* What a section as a whole shows: any 'unless', the first 'when', any 'requires'. */
struct seen {
	bool unless, when, requires;
	const struct ehc_block *wb;
	size_t ws, we;
};

static void
scan_block(const struct requirement *q, struct ehc_cx *cx, const struct ehc_block *b,
	   struct seen *sn)
{
	struct ehc_unit_text u = *ehc_block_unit(cx, b);
	size_t a, e;
	sn->unless = sn->unless || ehc_plist_any(&q->unless, cx, u.norm, 0, u.norm_len);
	if (!sn->when && q->when.n && ehc_plist_find(&q->when, cx, u.norm, 0, u.norm_len, &a, &e) >= 0) {
		sn->when = true;
		sn->wb = b;
		sn->ws = u.map[a];
		sn->we = u.map[e];
	}
	sn->requires = sn->requires || ehc_plist_any(&q->requires, cx, u.norm, 0, u.norm_len);
}

static bool
section_has(const struct ehc_plist *l, size_t k, enum ehc_sec s, struct ehc_cx *cx)
{
	struct ehc_plist one = { .p = &l->p[k], .notes = &l->notes[k], .n = 1 };
	for (size_t i = 0; i < cx->doc->nblocks; i++) {
		const struct ehc_block *b = &cx->doc->blocks[i];
		if (b->section != s || b->heading)
			continue;
		const struct ehc_unit_text *u = ehc_block_unit(cx, b);
		if (ehc_plist_any(&one, cx, u->norm, 0, u->norm_len))
			return true;
	}
	return false;
}

/* each-of: one finding for each pattern the section never matches ({note} names it). */
static void
check_each(const struct ehc_rule *r, const struct requirement *q, enum ehc_sec s,
	   struct ehc_cx *cx)
{
	const struct ehc_block *h = ehc_doc_block(cx->doc, cx->doc->sections[s].heading_block);
	for (size_t k = 0; k < q->each_of.n; k++) {
		if (section_has(&q->each_of, k, s, cx))
			continue;
		const char *note = q->each_of.notes[k];
		struct ehc_var vars[] = { { "note", note ? note : "" }, { NULL, NULL } };
		ehc_emit_at(cx, r, s, h, NULL, 0, 0, vars);
	}
}

/* unit: section: the section's content as a whole lacks every 'requires'. */
static void
check_section(const struct ehc_rule *r, const struct requirement *q, enum ehc_sec s,
	      struct ehc_cx *cx)
{
	const struct ehc_section *sec = &cx->doc->sections[s];
	if (!sec->present || sec->empty || sec->not_applicable)
		return;
	struct seen sn = { 0 };
	size_t blocks = 0;
	for (size_t i = 0; i < cx->doc->nblocks && !sn.unless && !sn.requires; i++) {
		const struct ehc_block *b = &cx->doc->blocks[i];
		if (b->section == s && !b->heading) {
			scan_block(q, cx, b, &sn);
			blocks++;
		}
	}
	if (q->each_of.n) {
		check_each(r, q, s, cx);
		return;
	}
	if (!blocks || sn.unless || sn.requires || (q->when.n && !sn.when))
		return;
	if (sn.when) {
		ehc_emit_at(cx, r, s, sn.wb, NULL, sn.ws, sn.we, NULL);
		return;
	}
	const struct ehc_block *h = ehc_doc_block(cx->doc, sec->heading_block);
	ehc_emit_at(cx, r, s, h, NULL, 0, 0, NULL);
}

/* unit: document: the rule's sections together lack every 'requires'. */
static void
check_document(const struct ehc_rule *r, const struct requirement *q, struct ehc_cx *cx)
{
	struct seen sn = { 0 };
	size_t blocks = 0;
	for (size_t i = 0; i < cx->doc->nblocks && !sn.unless && !sn.requires; i++) {
		const struct ehc_block *b = &cx->doc->blocks[i];
		if (!b->heading && b->section != EHC_SEC_NONE && r->sections[b->section]) {
			scan_block(q, cx, b, &sn);
			blocks++;
		}
	}
	if (!blocks || sn.unless || sn.requires || (q->when.n && !sn.when))
		return;
	if (sn.when)
		ehc_emit_at(cx, r, sn.wb->section, sn.wb, NULL, sn.ws, sn.we, NULL);
	else
		ehc_emit_at(cx, r, r->first_section, NULL, NULL, 0, 0, NULL);
}

static void
check(const struct ehc_rule *r, const struct ehc_unit_text *u, struct ehc_cx *cx)
{
	const struct requirement *q = r->data;
	if (u->unit == EHC_UNIT_DOCUMENT) {
		check_document(r, q, cx);
		return;
	}
	if (u->unit == EHC_UNIT_SECTION) {
		check_section(r, q, u->section, cx);
		return;
	}
	if (!u->norm_len || ehc_plist_any(&q->unless, cx, u->norm, 0, u->norm_len))
		return;
	struct ehc_unit_text cell;
	bool in_cell = column_cell(q, u, cx, &cell);
	if (q->column_only && !in_cell)
		return;
	const struct ehc_unit_text *scope = in_cell ? &cell : u;
	size_t ws = 0, we = 0;
	if (q->when.n &&
	    ehc_plist_find(&q->when, cx, scope->norm, 0, scope->norm_len, &ws, &we) < 0)
		return;
	if (q->when_also.n && !ehc_plist_any(&q->when_also, cx, u->norm, 0, u->norm_len))
		return;
	if (satisfied(q, cx, scope))
		return;
	if (q->when.n) {
		ehc_emit(cx, r, scope, ws, we, NULL);
		return;
	}
	if (in_cell) {
		ehc_emit_at(cx, r, u->section, u->block, u->item, cell.base, cell.base + cell.len,
			    NULL);
		return;
	}
	ehc_emit(cx, r, u, 0, 0, NULL);
}

static void
free_requirement(struct ehc_rule *r)
{
	struct requirement *q = r->data;
	if (!q)
		return;
	ehc_plist_fini(&q->requires);
	ehc_plist_fini(&q->when);
	ehc_plist_fini(&q->when_also);
	ehc_plist_fini(&q->unless);
	ehc_plist_fini(&q->each_of);
	ehc_plist_fini(&q->ignore);
	ehc_plist_fini(&q->column);
	free(q);
	r->data = NULL;
}

const struct ehc_rule_kind ehc_kind_requirement = {
	.name = "requirement",
	.keys = keys,
	.default_unit = EHC_UNIT_ITEM,
	.parse = parse,
	.check = check,
	.free = free_requirement,
};
