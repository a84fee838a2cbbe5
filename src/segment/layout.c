/* SPDX-License-Identifier: MIT */
/*
 * Reads rules/sections.yml into a compiled, immutable struct ehc_layout: macros expanded,
 * every pattern compiled once (UTF, UCP, caseless, JIT when available). Knows YAML and PCRE2,
 * not documents; the matching helpers the passes share are at the end.
 */
#include "segment/seg-internal.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util/buf.h"
#include "util/utf8.h"
#include "util/xalloc.h"
#include "util/yaml.h"

#define MAX_MACROS 32

/* What a load needs to report errors and expand macros. */
struct loader {
	const char *file;
	struct ehc_macros mac; /* its strings live in the YAML tree, which outlives the load */
	struct ehc_error *err;
};

static const char *const root_keys[] = {
	"macros", "limits", "headings", "letter_token", "columns", "titles", "not_applicable",
	"no_needs", "back", "heading_styles", "list_styles", "items", "header_words", "areas",
	"combined_columns", "row_letter", NULL,
};
static const char *const limit_keys[] = {
	"heading_chars", "plain_heading_chars", "subtitle_chars", "subheading_chars",
	"header_cell_chars", "match_limit", "min_letter_headings", NULL,
};
static const char *const heading_keys[] = { "pattern", "plain", "explicit", NULL };
static const char *const title_keys[] = { "section", "pattern", NULL };
static const char *const back_keys[] = { "signature", "appendix", NULL };
static const char *const item_keys[] = { "number", "lead_in", "intro", "bullet_label", NULL };

static int
fail(struct loader *ld, const struct ehc_yaml *node, const char *msg, const char *detail)
{
	return ehc_error_set_at(ld->err, EHC_E_RULE, ld->file, node ? node->line : 0,
				node ? node->col : 0, "%s%s%s", msg, detail ? ": " : "",
				detail ? detail : "");
}

static int
compile(struct loader *ld, const struct ehc_yaml *node, struct seg_pat *out)
{
	if (!node || node->type != EHC_YAML_SCALAR)
		return fail(ld, node, "a pattern must be a string", NULL);
	int rc = ehc_pattern_compile(&out->pat, node->str, &ld->mac, true, ld->file, node->line,
				     node->col, ld->err);
	out->pat.source = NULL; /* it points into the YAML tree, freed after the load */
	if (rc)
		return rc;
	out->re = out->pat.code;
	int l = pcre2_substring_number_from_name(out->re, (PCRE2_SPTR) "letters");
	int t = pcre2_substring_number_from_name(out->re, (PCRE2_SPTR) "title");
	out->letters = l > 0 ? l : 0;
	out->title = t > 0 ? t : 0;
	out->sec = EHC_SEC_NONE;
	return 0;
}

/* One pattern or a sequence of patterns; 'need_letters' requires the 'letters' group. */
static int
load_pats(struct loader *ld, const struct ehc_yaml *node, struct seg_pats *ps, bool need_letters)
{
	if (!node)
		return fail(ld, NULL, "missing pattern list", NULL);
	bool seq = node->type == EHC_YAML_SEQ;
	size_t n = seq ? node->n : 1;
	ps->p = xcalloc(n ? n : 1, sizeof *ps->p);
	for (size_t i = 0; i < n; i++) {
		const struct ehc_yaml *item = seq ? node->child[i] : node;
		int rc = compile(ld, item, &ps->p[ps->n]);
		if (rc)
			return rc;
		ps->n++;
		if (need_letters && !ps->p[i].letters)
			return fail(ld, item, "pattern has no (?<letters>...) group", NULL);
	}
	return 0;
}

static int
load_headings(struct loader *ld, const struct ehc_yaml *node, struct seg_pats *ps)
{
	if (!node || node->type != EHC_YAML_SEQ)
		return fail(ld, node, "'headings' must be a list", NULL);
	ps->p = xcalloc(node->n ? node->n : 1, sizeof *ps->p);
	for (size_t i = 0; i < node->n; i++) {
		const struct ehc_yaml *h = node->child[i];
		int rc = ehc_yaml_check_keys(h, heading_keys, ld->file, "heading", 0, ld->err);
		if (!rc)
			rc = compile(ld, ehc_yaml_get(h, "pattern"), &ps->p[i]);
		if (rc)
			return rc;
		ps->n++;
		if (!ps->p[i].letters || !ps->p[i].title)
			return fail(ld, h, "heading pattern needs 'letters' and 'title' groups", NULL);
		ps->p[i].plain = ehc_yaml_bool(ehc_yaml_get(h, "plain"), false);
		ps->p[i].explicit_ = ehc_yaml_bool(ehc_yaml_get(h, "explicit"), false);
	}
	return 0;
}

/* A list of {section, pattern}: the title fall-backs and the combined-heading columns. */
static int
load_titles(struct loader *ld, const struct ehc_yaml *node, struct seg_pats *ps)
{
	if (!node || node->type != EHC_YAML_SEQ)
		return fail(ld, node, "a list of {section, pattern} is needed", NULL);
	ps->p = xcalloc(node->n ? node->n : 1, sizeof *ps->p);
	for (size_t i = 0; i < node->n; i++) {
		const struct ehc_yaml *t = node->child[i];
		int rc = ehc_yaml_check_keys(t, title_keys, ld->file, "title", 0, ld->err);
		if (!rc)
			rc = compile(ld, ehc_yaml_get(t, "pattern"), &ps->p[i]);
		if (rc)
			return rc;
		ps->n++;
		enum ehc_sec s = ehc_sec_parse(ehc_yaml_str(ehc_yaml_get(t, "section")));
		if (!ehc_sec_statutory(s))
			return fail(ld, t, "title needs a 'section' A..K, H1 or H2", NULL);
		ps->p[i].sec = s;
	}
	return 0;
}

static int
load_macros(struct loader *ld, const struct ehc_yaml *node)
{
	if (!node)
		return 0;
	if (node->type != EHC_YAML_MAP || node->n > MAX_MACROS)
		return fail(ld, node, "'macros' must be a mapping of at most 32 names", NULL);
	for (size_t i = 0; i < node->n; i++) {
		const struct ehc_yaml *v = node->child[i];
		if (v->type != EHC_YAML_SCALAR)
			return fail(ld, v, "a macro must be a string", NULL);
		ehc_macros_define(&ld->mac, node->key[i]->str, v->str, ld->file, v->line, v->col);
	}
	return 0;
}

static int
limit(struct loader *ld, const struct ehc_yaml *map, const char *key, double dflt, double *out)
{
	bool ok = true;
	const struct ehc_yaml *v = ehc_yaml_get(map, key);
	*out = ehc_yaml_num(v, dflt, &ok);
	if (!ok || *out < 0 || *out > 1e9)
		return fail(ld, v, "a limit must be a number from 0 to 1e9", key);
	return 0;
}

static int
load_limits(struct loader *ld, const struct ehc_yaml *node, struct seg_limits *lim)
{
	int rc = ehc_yaml_check_keys(node, limit_keys, ld->file, "limits", 0, ld->err);
	double v[7];
	static const double dflt[7] = { 200, 60, 200, 80, 60, 200000, 3 };
	for (int i = 0; !rc && i < 7; i++)
		rc = limit(ld, node, limit_keys[i], dflt[i], &v[i]);
	if (rc)
		return rc;
	lim->heading_chars = (size_t)v[0];
	lim->plain_heading_chars = (size_t)v[1];
	lim->subtitle_chars = (size_t)v[2];
	lim->subheading_chars = (size_t)v[3];
	lim->header_cell_chars = (size_t)v[4];
	lim->match_limit = (unsigned)v[5];
	lim->min_letter_headings = (int)v[6];
	return 0;
}

/* The plain pattern lists: a key and where it goes. */
static int
load_lists(struct loader *ld, const struct ehc_yaml *root, struct ehc_layout *l)
{
	const struct ehc_yaml *back = ehc_yaml_get(root, "back");
	const struct ehc_yaml *items = ehc_yaml_get(root, "items");
	int rc = ehc_yaml_check_keys(back, back_keys, ld->file, "back", 0, ld->err);
	if (!rc)
		rc = ehc_yaml_check_keys(items, item_keys, ld->file, "items", 0, ld->err);
	const struct {
		const struct ehc_yaml *node;
		struct seg_pats *ps;
		bool letters;
	} lists[] = {
		{ ehc_yaml_get(root, "letter_token"), &l->letter_token, false },
		{ ehc_yaml_get(root, "columns"), &l->columns, true },
		{ ehc_yaml_get(root, "not_applicable"), &l->not_applicable, false },
		{ ehc_yaml_get(root, "no_needs"), &l->no_needs, false },
		{ ehc_yaml_get(back, "signature"), &l->signature, false },
		{ ehc_yaml_get(back, "appendix"), &l->appendix, false },
		{ ehc_yaml_get(root, "heading_styles"), &l->heading_styles, false },
		{ ehc_yaml_get(root, "list_styles"), &l->list_styles, false },
		{ ehc_yaml_get(items, "number"), &l->item_number, false },
		{ ehc_yaml_get(items, "lead_in"), &l->lead_in, false },
		{ ehc_yaml_get(items, "intro"), &l->intro, false },
		{ ehc_yaml_get(items, "bullet_label"), &l->bullet_label, false },
		{ ehc_yaml_get(root, "header_words"), &l->header_words, false },
		{ ehc_yaml_get(root, "areas"), &l->areas, false },
		{ ehc_yaml_get(root, "row_letter"), &l->row_letter, true },
	};
	for (size_t i = 0; !rc && i < sizeof lists / sizeof *lists; i++)
		rc = load_pats(ld, lists[i].node, lists[i].ps, lists[i].letters);
	return rc;
}

static int
load_root(struct loader *ld, const struct ehc_yaml *root, struct ehc_layout *l)
{
	int rc = ehc_yaml_check_keys(root, root_keys, ld->file, "sections file", 0, ld->err);
	if (!rc)
		rc = load_macros(ld, ehc_yaml_get(root, "macros"));
	if (!rc)
		rc = load_limits(ld, ehc_yaml_get(root, "limits"), &l->lim);
	if (!rc)
		rc = load_headings(ld, ehc_yaml_get(root, "headings"), &l->headings);
	if (!rc)
		rc = load_titles(ld, ehc_yaml_get(root, "titles"), &l->titles);
	if (!rc)
		rc = load_titles(ld, ehc_yaml_get(root, "combined_columns"), &l->combined_columns);
	if (!rc)
		rc = load_lists(ld, root, l);
	return rc;
}

int
ehc_layout_load(const char *path, struct ehc_layout **out, struct ehc_error *err)
{
	*out = NULL;
	struct ehc_arena *a = ehc_arena_new();
	struct ehc_yaml *root = NULL;
	struct loader ld = { .file = path, .err = err };
	struct ehc_layout *l = xcalloc(1, sizeof *l);
	int rc = ehc_yaml_load(path, a, &root, err);
	if (!rc)
		rc = load_root(&ld, root, l);
	ehc_macros_fini(&ld.mac);
	ehc_arena_free(a);
	if (rc) {
		ehc_layout_free(l);
		return rc;
	}
	l->mctx = pcre2_match_context_create(NULL);
	pcre2_set_match_limit(l->mctx, l->lim.match_limit);
	*out = l;
	return 0;
}

static void
free_pats(struct seg_pats *ps)
{
	for (size_t i = 0; i < ps->n; i++)
		ehc_pattern_fini(&ps->p[i].pat);
	free(ps->p);
}

void
ehc_layout_free(struct ehc_layout *l)
{
	if (!l)
		return;
	struct seg_pats *all[] = {
		&l->headings, &l->letter_token, &l->columns, &l->titles, &l->not_applicable,
		&l->no_needs, &l->signature, &l->appendix, &l->heading_styles, &l->list_styles,
		&l->item_number, &l->lead_in, &l->intro, &l->bullet_label, &l->header_words, &l->areas,
		&l->combined_columns, &l->row_letter,
	};
	for (size_t i = 0; i < sizeof all / sizeof *all; i++)
		free_pats(all[i]);
	pcre2_match_context_free(l->mctx);
	free(l);
}

/* ---- matching helpers ---- */

static void
group(pcre2_match_data *md, int g, size_t *start, size_t *len)
{
	PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
	if (g <= 0 || (uint32_t)g >= pcre2_get_ovector_count(md) || ov[2 * g] == PCRE2_UNSET) {
		*start = SIZE_MAX;
		*len = 0;
		return;
	}
	*start = ov[2 * g];
	*len = ov[2 * g + 1] - ov[2 * g];
}

int
seg_match(const struct seg_ctx *cx, const struct seg_pats *ps, const char *s, size_t n,
	  struct seg_hit *hit)
{
	for (size_t i = 0; i < ps->n; i++) {
		const struct seg_pat *p = &ps->p[i];
		if (pcre2_match(p->re, (PCRE2_SPTR)s, n, 0, 0, cx->md, cx->l->mctx) < 0)
			continue;
		if (hit) {
			hit->index = (int)i;
			group(cx->md, p->letters, &hit->letters_start, &hit->letters_len);
			group(cx->md, p->title, &hit->title_start, &hit->title_len);
		}
		return (int)i;
	}
	return -1;
}

bool
seg_any(const struct seg_ctx *cx, const struct seg_pats *ps, const char *s, size_t n)
{
	return seg_match(cx, ps, s, n, NULL) >= 0;
}

/* "H 1" -> H1: the letter token without its spaces. */
static enum ehc_sec
letter_sec(const char *s, size_t n)
{
	char id[4];
	size_t k = 0;
	for (size_t i = 0; i < n && k < 3; i++)
		if (s[i] != ' ' && s[i] != '\t')
			id[k++] = s[i];
	id[k] = '\0';
	return ehc_sec_parse(id);
}

int
seg_letters(const struct seg_ctx *cx, const char *s, size_t n, enum ehc_sec *out, int max)
{
	const struct seg_pat *p = &cx->l->letter_token.p[0];
	int k = 0;
	size_t at = 0;
	while (k < max && at < n &&
	       pcre2_match(p->re, (PCRE2_SPTR)s, n, at, 0, cx->md, cx->l->mctx) >= 0) {
		PCRE2_SIZE *ov = pcre2_get_ovector_pointer(cx->md);
		enum ehc_sec sec = letter_sec(s + ov[0], ov[1] - ov[0]);
		if (sec != EHC_SEC_NONE)
			out[k++] = sec;
		at = ov[1] > at ? ov[1] : at + 1;
	}
	return k;
}

enum ehc_sec
seg_title_section(const struct seg_ctx *cx, const char *s, size_t n)
{
	int i = seg_match(cx, &cx->l->titles, s, n, NULL);
	return i < 0 ? EHC_SEC_NONE : cx->l->titles.p[i].sec;
}

bool
seg_title_is(const struct seg_ctx *cx, enum ehc_sec sec, const char *s, size_t n)
{
	for (size_t i = 0; i < cx->l->titles.n; i++) {
		const struct seg_pat *p = &cx->l->titles.p[i];
		bool same = p->sec == sec || (sec == EHC_SEC_H && (p->sec == EHC_SEC_H1 ||
								    p->sec == EHC_SEC_H2));
		if (same && pcre2_match(p->re, (PCRE2_SPTR)s, n, 0, 0, cx->md, cx->l->mctx) >= 0)
			return true;
	}
	return false;
}
