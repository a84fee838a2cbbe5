/* SPDX-License-Identifier: MIT */
/*
 * structure: the plan's form, from what the segmenter found. One 'check' per rule:
 *   present         each of the rule's sections has a heading or column (document)
 *   non-empty       a present section has content ('min-words', 'nil' statements) (section)
 *   not-applicable  a section that must have content says only "Not applicable" (section)
 *   h-split         social care provision is split into H1 and H2 (document)
 *   order           sections come in A-K order (document)
 *   min-items / max-items  a section has at least 'min' (min-items only) and at most 'max'
 *                   items (section)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rules/rule.h"
#include "util/xalloc.h"

enum check { C_PRESENT, C_NON_EMPTY, C_NOT_APPLICABLE, C_H_SPLIT, C_ORDER, C_MIN_ITEMS,
	     C_MAX_ITEMS, C_COUNT };

static const char *const check_names[] = {
	[C_PRESENT] = "present",   [C_NON_EMPTY] = "non-empty", [C_NOT_APPLICABLE] = "not-applicable",
	[C_H_SPLIT] = "h-split",   [C_ORDER] = "order",         [C_MIN_ITEMS] = "min-items",
	[C_MAX_ITEMS] = "max-items", [C_COUNT] = NULL,
};

static const char *const titles[EHC_SEC_COUNT] = {
	[EHC_SEC_A] = "views, interests and aspirations",
	[EHC_SEC_B] = "special educational needs",
	[EHC_SEC_C] = "health care needs",
	[EHC_SEC_D] = "social care needs",
	[EHC_SEC_E] = "outcomes",
	[EHC_SEC_F] = "special educational provision",
	[EHC_SEC_G] = "health care provision",
	[EHC_SEC_H] = "social care provision",
	[EHC_SEC_H1] = "social care provision under the Chronically Sick and Disabled Persons Act "
		       "1970, s.2",
	[EHC_SEC_H2] = "other social care provision",
	[EHC_SEC_I] = "placement",
	[EHC_SEC_J] = "personal budget",
	[EHC_SEC_K] = "advice and information",
};

struct structure {
	enum check check;
	int min, max, min_words;
	struct ehc_plist nil;
};

static const char *const keys[] = { "check", "min", "max", "min-words", "nil", NULL };

static int
parse_check(struct structure *x, const struct ehc_parse *ps)
{
	const struct ehc_yaml *v = ehc_yaml_get(ps->node, "check");
	if (!v)
		return ehc_rule_error(ps, NULL, "a structure rule needs 'check' (present, non-empty, "
						"not-applicable, h-split, order, min-items, max-items)");
	for (int c = 0; c < C_COUNT; c++)
		if (ehc_yaml_str(v) && strcmp(v->str, check_names[c]) == 0) {
			x->check = (enum check)c;
			return 0;
		}
	const char *near = ehc_nearest_word(ehc_yaml_str(v) ? v->str : "", check_names);
	return ehc_rule_error(ps, v, "unknown structure check '%s'%s%s%s", v->str ? v->str : "?",
			      near ? " (did you mean '" : "", near ? near : "", near ? "'?)" : "");
}

static int
parse(struct ehc_rule *r, const struct ehc_parse *ps, struct ehc_error *err)
{
	struct structure *x = xcalloc(1, sizeof *x);
	r->data = x;
	int rc = parse_check(x, ps);
	if (!rc)
		rc = ehc_int_parse(&x->min, ps, "min", 1, err);
	if (!rc)
		rc = ehc_int_parse(&x->max, ps, "max", 1000000, err);
	if (!rc)
		rc = ehc_int_parse(&x->min_words, ps, "min-words", 0, err);
	if (!rc)
		rc = ehc_plist_parse(&x->nil, r, ps, "nil", false, err);
	bool doc_level = x->check == C_PRESENT || x->check == C_H_SPLIT || x->check == C_ORDER;
	r->unit = doc_level ? EHC_UNIT_DOCUMENT : EHC_UNIT_SECTION;
	return rc;
}

static const struct ehc_block *
heading_of(const struct ehc_doc *doc, const struct ehc_section *s)
{
	return ehc_doc_block(doc, s->heading_block);
}

static void
emit_section(struct ehc_cx *cx, const struct ehc_rule *r, enum ehc_sec s, const char *n)
{
	const struct ehc_block *b = heading_of(cx->doc, &cx->doc->sections[s]);
	struct ehc_var vars[] = { { "title", titles[s] ? titles[s] : "" }, { "n", n ? n : "" },
				  { NULL, NULL } };
	ehc_emit_at(cx, r, s, b, NULL, 0, 0, vars);
}

static bool
present(const struct ehc_doc *doc, enum ehc_sec s)
{
	const struct ehc_section *sec = doc->sections;
	if (sec[s].present)
		return true;
	if (s == EHC_SEC_H1 || s == EHC_SEC_H2)
		return sec[EHC_SEC_H].present; /* reported by h-split instead */
	if (s == EHC_SEC_H)
		return sec[EHC_SEC_H1].present || sec[EHC_SEC_H2].present;
	return false;
}

static void
check_present(const struct ehc_rule *r, struct ehc_cx *cx)
{
	for (int s = EHC_SEC_A; s <= EHC_SEC_K; s++)
		if (r->sections[s] && !present(cx->doc, (enum ehc_sec)s))
			emit_section(cx, r, (enum ehc_sec)s, NULL);
}

static void
check_h_split(const struct ehc_rule *r, struct ehc_cx *cx)
{
	const struct ehc_section *sec = cx->doc->sections;
	if (sec[EHC_SEC_H].present && !sec[EHC_SEC_H1].present && !sec[EHC_SEC_H2].present)
		emit_section(cx, r, EHC_SEC_H, NULL);
}

static void
check_order(const struct ehc_rule *r, struct ehc_cx *cx)
{
	int last = 0;
	for (int s = EHC_SEC_A; s <= EHC_SEC_K; s++) {
		const struct ehc_section *sec = &cx->doc->sections[s];
		if (!r->sections[s] || !sec->present || !sec->order)
			continue;
		if (sec->order < last) {
			emit_section(cx, r, (enum ehc_sec)s, NULL);
			return;
		}
		last = sec->order;
	}
}

static bool
in_section(const struct ehc_block *b, enum ehc_sec s)
{
	return !b->heading && ehc_block_in(b, s);
}

/* Words of the section's content, and whether a nil statement is among it. */
static size_t
content_words(const struct structure *x, struct ehc_cx *cx, enum ehc_sec s, bool *nil)
{
	size_t words = 0;
	*nil = false;
	for (size_t i = 0; i < cx->doc->nblocks; i++) {
		const struct ehc_block *b = &cx->doc->blocks[i];
		if (!in_section(b, s))
			continue;
		struct ehc_unit_text u = *ehc_block_unit(cx, b);
		words += ehc_count_words(u.norm, u.norm_len);
		*nil = *nil || ehc_plist_any(&x->nil, cx, u.norm, 0, u.norm_len);
	}
	return words;
}

static void
check_non_empty(const struct ehc_rule *r, const struct structure *x, struct ehc_cx *cx,
		enum ehc_sec s)
{
	const struct ehc_section *sec = &cx->doc->sections[s];
	if (!sec->present || sec->not_applicable)
		return;
	bool nil;
	size_t words = content_words(x, cx, s, &nil);
	if (sec->empty || words == 0 || (!nil && words < (size_t)x->min_words))
		emit_section(cx, r, s, NULL);
}

/* "Not applicable" as the whole content: the segmenter's flag, or every content block
 * matching 'nil'. */
static void
check_not_applicable(const struct ehc_rule *r, const struct structure *x, struct ehc_cx *cx,
		     enum ehc_sec s)
{
	const struct ehc_section *sec = &cx->doc->sections[s];
	if (!sec->present)
		return;
	const struct ehc_block *hit = NULL;
	size_t hs = 0, he = 0, blocks = 0;
	bool all = x->nil.n > 0;
	for (size_t i = 0; i < cx->doc->nblocks && all; i++) {
		const struct ehc_block *b = &cx->doc->blocks[i];
		if (!in_section(b, s))
			continue;
		struct ehc_unit_text u = *ehc_block_unit(cx, b);
		size_t a, e;
		blocks++;
		all = ehc_plist_find(&x->nil, cx, u.norm, 0, u.norm_len, &a, &e) >= 0;
		if (all && !hit) {
			hit = b;
			hs = u.map[a];
			he = u.map[e];
		}
	}
	if (hit && all && blocks)
		ehc_emit_at(cx, r, s, hit, NULL, hs, he, NULL);
	else if (sec->not_applicable)
		emit_section(cx, r, s, NULL);
}

static void
check_items(const struct ehc_rule *r, const struct structure *x, struct ehc_cx *cx,
	    enum ehc_sec s)
{
	const struct ehc_section *sec = &cx->doc->sections[s];
	if (!sec->present || sec->empty || sec->not_applicable)
		return;
	int n = 0;
	for (size_t i = 0; i < cx->doc->nitems; i++)
		n += cx->doc->items[i].section == s;
	bool low = x->check == C_MIN_ITEMS && n < x->min;
	if (low || n > x->max) {
		char num[16];
		snprintf(num, sizeof num, "%d", n);
		emit_section(cx, r, s, num);
	}
}

static void
check(const struct ehc_rule *r, const struct ehc_unit_text *u, struct ehc_cx *cx)
{
	const struct structure *x = r->data;
	switch (x->check) {
	case C_PRESENT: check_present(r, cx); break;
	case C_H_SPLIT: check_h_split(r, cx); break;
	case C_ORDER: check_order(r, cx); break;
	case C_NON_EMPTY: check_non_empty(r, x, cx, u->section); break;
	case C_NOT_APPLICABLE: check_not_applicable(r, x, cx, u->section); break;
	case C_MIN_ITEMS:
	case C_MAX_ITEMS: check_items(r, x, cx, u->section); break;
	default: break;
	}
}

static void
free_structure(struct ehc_rule *r)
{
	struct structure *x = r->data;
	if (!x)
		return;
	ehc_plist_fini(&x->nil);
	free(x);
	r->data = NULL;
}

const struct ehc_rule_kind ehc_kind_structure = {
	.name = "structure",
	.keys = keys,
	.default_unit = EHC_UNIT_DOCUMENT,
	.parse = parse,
	.check = check,
	.free = free_structure,
};
