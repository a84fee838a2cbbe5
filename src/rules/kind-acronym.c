/* SPDX-License-Identifier: MIT */
/*
 * acronym: an acronym from the rule's list ('acronyms: {ACR: expansion}') used in the plan
 * before it is spelt out. It counts as spelt out at its first use when written "Expansion
 * (ACR)" or "ACR (expansion)", when its expansion appears earlier in the plan, or when a
 * glossary line or table row anywhere starts with it ("ACR - ...", "ACR: ...", "ACR" then a
 * cell). Acronyms match case-sensitively as whole words; 'allow' lists ones never reported.
 * One finding per acronym, at its first use (document unit).
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "rules/rule.h"
#include "util/buf.h"
#include "util/xalloc.h"

struct acronym {
	const char **acr, **expansion, **probe; /* probe: the expansion's first form */
	size_t n;
	struct ehc_pattern any;  /* \b(?:ACR1|ACR2|...)\b, case-sensitive */
	struct ehc_pattern gloss; /* ^(?:ACR1|...)\s*(?:[-:=]|\n) */
};

static const char *const keys[] = { "acronyms", "allow", NULL };

static const char *
probe_of(struct ehc_arena *a, const char *exp)
{
	size_t n = strcspn(exp, "/(;,");
	while (n > 0 && exp[n - 1] == ' ')
		n--;
	return ehc_arena_strndup(a, exp, n);
}

static void
add_quoted(struct ehc_buf *b, const char *s)
{
	ehc_buf_puts(b, "\\Q");
	ehc_buf_puts(b, s);
	ehc_buf_puts(b, "\\E");
}

static int
compile_all(struct acronym *x, const struct ehc_rule *r, const struct ehc_parse *ps,
	    const struct ehc_yaml *v, struct ehc_error *err)
{
	struct ehc_buf any = EHC_BUF_INIT, gl = EHC_BUF_INIT;
	ehc_buf_puts(&any, "(?<![\\w&])(?:");
	ehc_buf_puts(&gl, "^(?:");
	for (size_t i = 0; i < x->n; i++) {
		ehc_buf_puts(&any, i ? "|" : "");
		ehc_buf_puts(&gl, i ? "|" : "");
		add_quoted(&any, x->acr[i]);
		add_quoted(&gl, x->acr[i]);
	}
	ehc_buf_puts(&any, ")(?![\\w&])");
	ehc_buf_puts(&gl, ")s?\\s*(?:[-:=]|\\n|$)");
	const char *a = ehc_arena_strdup(ps->arena, ehc_buf_str(&any));
	const char *g = ehc_arena_strdup(ps->arena, ehc_buf_str(&gl));
	ehc_buf_fini(&any);
	ehc_buf_fini(&gl);
	int rc = ehc_pattern_compile(&x->any, a, NULL, false, ps->file, v->line, v->col, err);
	if (!rc)
		rc = ehc_pattern_compile(&x->gloss, g, NULL, false, ps->file, v->line, v->col, err);
	(void)r;
	return rc;
}

static bool
allowed(const struct ehc_yaml *allow, const char *acr)
{
	for (size_t i = 0; allow && allow->type == EHC_YAML_SEQ && i < allow->n; i++)
		if (ehc_yaml_str(allow->child[i]) && strcmp(allow->child[i]->str, acr) == 0)
			return true;
	return false;
}

static int
parse(struct ehc_rule *r, const struct ehc_parse *ps, struct ehc_error *err)
{
	struct acronym *x = xcalloc(1, sizeof *x);
	r->data = x;
	const struct ehc_yaml *v = ehc_yaml_get(ps->node, "acronyms");
	const struct ehc_yaml *allow = ehc_yaml_get(ps->node, "allow");
	if (!v || v->type != EHC_YAML_MAP || !v->n)
		return ehc_rule_error(ps, v, "an acronym rule needs 'acronyms:' mapping each "
					     "acronym to its expansion");
	if (allow && allow->type != EHC_YAML_SEQ)
		return ehc_rule_error(ps, allow, "'allow' is a list of acronyms");
	x->acr = xcalloc(v->n, sizeof *x->acr);
	x->expansion = xcalloc(v->n, sizeof *x->expansion);
	x->probe = xcalloc(v->n, sizeof *x->probe);
	for (size_t i = 0; i < v->n; i++) {
		if (v->child[i]->type != EHC_YAML_SCALAR || !v->child[i]->len)
			return ehc_rule_error(ps, v->child[i], "the expansion of '%s' must be text",
					      v->key[i]->str);
		if (allowed(allow, v->key[i]->str))
			continue;
		x->acr[x->n] = v->key[i]->str;
		x->expansion[x->n] = v->child[i]->str;
		x->probe[x->n] = probe_of(ps->arena, v->child[i]->str);
		x->n++;
	}
	r->unit = EHC_UNIT_DOCUMENT;
	return compile_all(x, r, ps, v, err);
}

static int
which(const struct acronym *x, const char *s, size_t n)
{
	for (size_t i = 0; i < x->n; i++)
		if (strlen(x->acr[i]) == n && strncmp(x->acr[i], s, n) == 0)
			return (int)i;
	return -1;
}

/* Acronyms with a glossary line anywhere in the plan. */
static void
glossary(const struct acronym *x, struct ehc_cx *cx, bool *defined)
{
	for (size_t i = 0; i < cx->doc->nblocks; i++) {
		const struct ehc_block *b = &cx->doc->blocks[i];
		struct ehc_unit_text u = { 0 };
		ehc_unit_make(cx, &u, b->text, b->len, 0, b->len);
		size_t at = 0, s, e;
		while (at < u.norm_len &&
		       ehc_pattern_find(&x->gloss, &cx->mt, u.norm, u.norm_len, at, &s, &e)) {
			size_t k = s;
			while (k < e && u.norm[k] != ' ' && u.norm[k] != '\n' && u.norm[k] != ':' &&
			       u.norm[k] != '-' && u.norm[k] != '=')
				k++;
			int a = which(x, u.norm + s, k - s);
			if (a < 0 && k > s + 1)
				a = which(x, u.norm + s, k - s - 1); /* plural */
			if (a >= 0)
				defined[a] = true;
			at = e > at ? e : at + 1;
		}
	}
}

/* Spelt out right here: "Expansion (ACR)" or "ACR (expansion ...)". */
static bool
spelt_here(const struct ehc_unit_text *u, size_t s, size_t e)
{
	const char *t = u->norm;
	if (s > 0 && t[s - 1] == '(')
		return true;
	size_t k = e;
	while (k < u->norm_len && t[k] == ' ')
		k++;
	return k < u->norm_len && t[k] == '(';
}

static const struct ehc_item *
item_of(const struct ehc_doc *doc, const struct ehc_block *b)
{
	for (size_t i = 0; i < doc->nitems; i++) {
		const struct ehc_item *it = &doc->items[i];
		if (it->section == b->section && b->n >= it->first_block && b->n <= it->last_block)
			return it->first_block == it->last_block && it->cell < 0 ? it : NULL;
	}
	return NULL;
}

static void
scan_block(const struct ehc_rule *r, const struct acronym *x, struct ehc_cx *cx,
	   const struct ehc_block *b, bool *done)
{
	struct ehc_unit_text u = { .unit = EHC_UNIT_PARAGRAPH, .section = b->section, .block = b };
	ehc_unit_make(cx, &u, b->text, b->len, 0, b->len);
	for (size_t i = 0; i < x->n; i++) /* the expansion written out: later uses are fine */
		if (!done[i] && strcasestr(u.norm, x->probe[i]) && x->probe[i][0])
			done[i] = true;
	size_t at = 0, s, e;
	while (at < u.norm_len && ehc_pattern_find(&x->any, &cx->mt, u.norm, u.norm_len, at, &s,
						    &e)) {
		int a = which(x, u.norm + s, e - s);
		at = e > at ? e : at + 1;
		if (a < 0 || done[a])
			continue;
		done[a] = true;
		if (spelt_here(&u, s, e))
			continue;
		struct ehc_var vars[] = { { "acronym", x->acr[a] }, { "expansion", x->expansion[a] },
					  { NULL, NULL } };
		u.item = item_of(cx->doc, b);
		ehc_emit(cx, r, &u, s, e, vars);
	}
}

static void
check(const struct ehc_rule *r, const struct ehc_unit_text *u, struct ehc_cx *cx)
{
	const struct acronym *x = r->data;
	bool *done = xcalloc(x->n + 1, sizeof *done);
	glossary(x, cx, done);
	for (size_t i = 0; i < cx->doc->nblocks; i++) {
		const struct ehc_block *b = &cx->doc->blocks[i];
		if (b->section != EHC_SEC_NONE && r->sections[b->section])
			scan_block(r, x, cx, b, done);
	}
	free(done);
	(void)u;
}

static void
free_acronym(struct ehc_rule *r)
{
	struct acronym *x = r->data;
	if (!x)
		return;
	ehc_pattern_fini(&x->any);
	ehc_pattern_fini(&x->gloss);
	free(x->acr);
	free(x->expansion);
	free(x->probe);
	free(x);
	r->data = NULL;
}

const struct ehc_rule_kind ehc_kind_acronym = {
	.name = "acronym",
	.keys = keys,
	.default_unit = EHC_UNIT_DOCUMENT,
	.parse = parse,
	.check = check,
	.free = free_acronym,
};
