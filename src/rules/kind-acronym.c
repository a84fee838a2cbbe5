/* SPDX-License-Identifier: MIT */
/*
 * acronym: an acronym from the rule's list ('acronyms: {ACR: expansion}') used in the plan
 * before it is spelt out. It counts as spelt out at its first use when written "Expansion
 * (ACR)" or "ACR (expansion)", when its expansion appears earlier in the plan, or when a
 * glossary line or table row anywhere starts with it ("ACR - ...", "ACR: ...", "ACR" then a
 * cell). Acronyms match case-sensitively as whole words; 'allow' lists ones never reported.
 * One finding per acronym, at its first use (document unit).
 *
 * With 'unknown: true' the rule looks instead for capitalised words of 2-6 letters that no
 * acronym rule of the pack lists or allows (its own 'allow' is the ordinary capitals: "OK",
 * "NOT"), used without being spelt out or defined; words next to other capitalised words
 * (headings, names in capitals) and 2-3 letter words opening with the child's initial are left
 * alone. One finding per word.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "rules/rule.h"
#include "util/buf.h"
#include "util/xalloc.h"

struct acronym {
	const char **acr, **expansion, **probe; /* probe: the expansion's first form */
	size_t n;
	const char **allow;
	size_t nallow;
	bool unknown;
	struct ehc_pattern any;  /* \b(?:ACR1|ACR2|...)\b, case-sensitive */
	struct ehc_pattern gloss; /* ^(?:ACR1|...)\s*(?:[-:=]|\n) */
};

static const char *const keys[] = { "acronyms", "allow", "unknown", NULL };

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
	x->unknown = ehc_yaml_bool(ehc_yaml_get(ps->node, "unknown"), false);
	r->unit = EHC_UNIT_DOCUMENT;
	if (allow && allow->type != EHC_YAML_SEQ)
		return ehc_rule_error(ps, allow, "'allow' is a list of acronyms");
	x->allow = xcalloc(allow ? allow->n + 1 : 1, sizeof *x->allow);
	for (size_t i = 0; allow && i < allow->n; i++)
		if (ehc_yaml_str(allow->child[i]))
			x->allow[x->nallow++] = allow->child[i]->str;
	if (x->unknown && !v)
		return 0;
	if (!v || v->type != EHC_YAML_MAP || !v->n)
		return ehc_rule_error(ps, v, "an acronym rule needs 'acronyms:' mapping each "
					     "acronym to its expansion");
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
		struct ehc_unit_text u = *ehc_block_unit(cx, b);
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

/* The expansion of acronym 'a' written out in a checked block up to and including 'upto'
 * (later uses are then fine). Asked only at an acronym's first use, so each acronym is looked
 * for once per plan, not once per block. */
static bool
expanded_before(const struct ehc_rule *r, const struct acronym *x, struct ehc_cx *cx, int a,
		const struct ehc_block *upto)
{
	if (!x->probe[a][0])
		return false;
	for (const struct ehc_block *b = cx->doc->blocks; b <= upto; b++)
		if (b->section != EHC_SEC_NONE && r->sections[b->section] &&
		    strcasestr(ehc_block_unit(cx, b)->norm, x->probe[a]))
			return true;
	return false;
}

static void
scan_block(const struct ehc_rule *r, const struct acronym *x, struct ehc_cx *cx,
	   const struct ehc_block *b, bool *done)
{
	struct ehc_unit_text u = *ehc_block_unit(cx, b);
	size_t at = 0, s, e;
	while (at < u.norm_len && ehc_pattern_find(&x->any, &cx->mt, u.norm, u.norm_len, at, &s,
						    &e)) {
		int a = which(x, u.norm + s, e - s);
		at = e > at ? e : at + 1;
		if (a < 0 || done[a])
			continue;
		done[a] = true;
		if (spelt_here(&u, s, e) || expanded_before(r, x, cx, a, b))
			continue;
		struct ehc_var vars[] = { { "acronym", x->acr[a] }, { "expansion", x->expansion[a] },
					  { NULL, NULL } };
		u.item = ehc_block_item(cx->doc, b);
		ehc_emit(cx, r, &u, s, e, vars);
	}
}

/* ---- unknown: ----*/

static bool
listed(const char *const *l, size_t n, const char *w, size_t len)
{
	for (size_t i = 0; i < n; i++)
		if (strlen(l[i]) == len && strncmp(l[i], w, len) == 0)
			return true;
	return false;
}

/* Listed or allowed by any acronym rule of the pack (this one's 'allow' included). */
static bool
known(const struct ehc_cx *cx, const char *w, size_t len)
{
	const struct ehc_pack *p = cx->pack;
	for (size_t i = 0; i < p->n; i++) {
		const struct acronym *y = p->rules[i]->kind == &ehc_kind_acronym ? p->rules[i]->data : NULL;
		if (y && (listed(y->acr, y->n, w, len) || listed(y->allow, y->nallow, w, len)))
			return true;
	}
	return false;
}

static bool
is_word_byte(char c)
{
	return isalnum((unsigned char)c) || c == '&' || c == '\'' || (unsigned char)c >= 0x80;
}

/* A capitalised word of 2-6 letters (and a plural s) at s[i]: its length, or 0. */
static size_t
caps_word(const char *s, size_t len, size_t i, size_t *letters)
{
	if (i > 0 && (is_word_byte(s[i - 1]) || s[i - 1] == '-'))
		return 0;
	size_t k = i;
	while (k < len && s[k] >= 'A' && s[k] <= 'Z')
		k++;
	*letters = k - i;
	if (k < len && s[k] == 's')
		k++;
	if (*letters < 2 || *letters > 6 || (k < len && (is_word_byte(s[k]) || s[k] == '-')))
		return 0;
	return k - i;
}

/* A whole word in capitals (any length, at least two letters) at s[i]. */
static bool
caps_at(const char *s, size_t len, size_t i)
{
	size_t k = i;
	while (k < len && ((s[k] >= 'A' && s[k] <= 'Z') || s[k] == '\''))
		k++;
	return k >= i + 2 && (k == len || !is_word_byte(s[k]));
}

/* The word before or after s[i..e) is also in capitals: a heading, a name in capitals. */
static bool
shouted(const char *s, size_t len, size_t i, size_t e)
{
	size_t a = i;
	while (a > 0 && (s[a - 1] == ' ' || s[a - 1] == ':' || s[a - 1] == ','))
		a--;
	size_t b = a;
	while (b > 0 && is_word_byte(s[b - 1]))
		b--;
	if (a < i && a > b && caps_at(s, len, b))
		return true;
	size_t c = e;
	while (c < len && (s[c] == ' ' || s[c] == ':' || s[c] == ','))
		c++;
	return c > e && c < len && caps_at(s, len, c);
}

/* A glossary line anywhere: the word at the start of a line or cell, then - : = or a cell. */
static bool
glossed(struct ehc_cx *cx, const char *w, size_t n)
{
	for (size_t i = 0; i < cx->doc->nblocks; i++) {
		const struct ehc_unit_text *u = ehc_block_unit(cx, &cx->doc->blocks[i]);
		for (const char *p = u->norm; p; p = strchr(p, '\n'), p = p ? p + 1 : NULL) {
			if (strncmp(p, w, n) != 0)
				continue;
			const char *q = p + n + (p[n] == 's');
			while (*q == ' ')
				q++;
			if (*q == '-' || *q == ':' || *q == '=' || *q == '\n' || !*q)
				return true;
		}
	}
	return false;
}

static void
scan_unknown(const struct ehc_rule *r, const struct acronym *x, struct ehc_cx *cx,
	     const struct ehc_block *b, struct ehc_buf *seen)
{
	struct ehc_unit_text u = *ehc_block_unit(cx, b);
	const char *s = u.norm;
	for (size_t i = 0, n, letters; i < u.norm_len; i += n ? n : 1) {
		n = caps_word(s, u.norm_len, i, &letters);
		if (!n || shouted(s, u.norm_len, i, i + n) || spelt_here(&u, i, i + n))
			continue;
		char w[8];
		memcpy(w, s + i, letters);
		w[letters] = '\0';
		char key[10];
		snprintf(key, sizeof key, "|%s|", w);
		if ((letters <= 3 && cx->name[0] == w[0] && strcmp(cx->name, "the child")) ||
		    known(cx, w, letters) || listed(x->allow, x->nallow, w, letters) ||
		    strstr(ehc_buf_str(seen), key))
			continue;
		ehc_buf_puts(seen, key + 1);
		ehc_buf_putc(seen, '|');
		if (glossed(cx, w, letters))
			continue;
		struct ehc_var vars[] = { { "acronym", w }, { "expansion", "" }, { NULL, NULL } };
		u.item = ehc_block_item(cx->doc, b);
		ehc_emit(cx, r, &u, i, i + n, vars);
	}
}

static void
check_unknown(const struct ehc_rule *r, const struct acronym *x, struct ehc_cx *cx)
{
	struct ehc_buf seen = EHC_BUF_INIT;
	ehc_buf_putc(&seen, '|');
	for (size_t i = 0; i < cx->doc->nblocks; i++) {
		const struct ehc_block *b = &cx->doc->blocks[i];
		if (!b->heading && b->section != EHC_SEC_NONE && r->sections[b->section])
			scan_unknown(r, x, cx, b, &seen);
	}
	ehc_buf_fini(&seen);
}

static void
check(const struct ehc_rule *r, const struct ehc_unit_text *u, struct ehc_cx *cx)
{
	const struct acronym *x = r->data;
	if (x->unknown) {
		check_unknown(r, x, cx);
		return;
	}
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
	free(x->allow);
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
