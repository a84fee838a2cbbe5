/* SPDX-License-Identifier: MIT */
/*
 * Baselines: fingerprints of findings from their rule, section and normalised text, kept as a
 * sorted list of (plan, fingerprint) pairs in a small JSON file. Knows findings, not rules.
 */
#include "baseline.h"

#include <errno.h>
#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/utf8.h"
#include "util/xalloc.h"

#define BASELINE_FORMAT 1

struct entry {
	char *plan, *rule, *section, *match;
	char fp[EHC_FINGERPRINT_SIZE];
	bool used;
};

struct ehc_baseline {
	struct entry *e;
	size_t n, cap;
	bool sorted;
};

/* ---- fingerprints ---- */

struct fnv {
	uint64_t h;
	bool space; /* a space is pending */
	bool any;   /* something was written since the last field */
};

static void
fnv_byte(struct fnv *f, unsigned char c)
{
	f->h ^= c;
	f->h *= 0x100000001b3ULL;
}

static unsigned
fold(unsigned cp)
{
	switch (cp) {
	case 0x2018: case 0x2019: case 0x201B: case 0x2032: return '\'';
	case 0x201C: case 0x201D: case 0x2033: return '"';
	case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2212: return '-';
	case 0x00A0: case 0x2007: case 0x202F: case '\t': case '\n': case '\r': case '\v':
	case '\f': return ' ';
	default: return cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
	}
}

/* Hashes 'n' bytes of 's' with case, quotes, dashes and runs of space folded and the ends
 * trimmed, so retyping or reflowing the same words does not change the fingerprint. */
static void
fnv_norm(struct fnv *f, const char *s, size_t n)
{
	f->space = false;
	f->any = false;
	for (size_t i = 0; i < n;) {
		unsigned cp;
		i += ehc_utf8_decode(s + i, n - i, &cp);
		cp = fold(cp);
		if (cp == ' ') {
			f->space = f->any;
			continue;
		}
		if (f->space)
			fnv_byte(f, ' ');
		f->space = false;
		f->any = true;
		char u[4];
		size_t k = ehc_utf8_encode(cp, u);
		for (size_t j = 0; j < k; j++)
			fnv_byte(f, (unsigned char)u[j]);
	}
	fnv_byte(f, 0);
}

void
ehc_finding_fingerprint(const struct ehc_finding *f, char out[EHC_FINGERPRINT_SIZE])
{
	struct fnv h = { .h = 0xcbf29ce484222325ULL };
	const char *sec = ehc_sec_id(f->section);
	fnv_norm(&h, f->rule_id, strlen(f->rule_id));
	fnv_norm(&h, sec ? sec : "", sec ? strlen(sec) : 0);
	fnv_norm(&h, f->text ? f->text : "", f->text ? f->text_len : 0);
	if (f->text && f->end > f->start && f->end <= f->text_len)
		fnv_norm(&h, f->text + f->start, f->end - f->start);
	snprintf(out, EHC_FINGERPRINT_SIZE, "%016llx", (unsigned long long)h.h);
}

/* ---- the list ---- */

static const char *
plan_key(const char *plan)
{
	while (plan[0] == '.' && plan[1] == '/')
		plan += 2;
	return plan;
}

static int
cmp_entry(const void *a, const void *b)
{
	const struct entry *x = a, *y = b;
	int c = strcmp(x->plan, y->plan);
	return c ? c : strcmp(x->fp, y->fp);
}

static void
sort(struct ehc_baseline *b)
{
	if (!b->sorted && b->n)
		qsort(b->e, b->n, sizeof *b->e, cmp_entry);
	b->sorted = true;
}

static void
push(struct ehc_baseline *b, const char *plan, const char *fp, const char *rule,
     const char *section, const char *match)
{
	struct entry *e = EHC_PUSH(b->e, b->n, b->cap);
	*e = (struct entry){ .plan = xstrdup(plan_key(plan)), .rule = xstrdup(rule ? rule : ""),
		.section = xstrdup(section ? section : ""), .match = xstrdup(match ? match : "") };
	snprintf(e->fp, sizeof e->fp, "%s", fp);
	b->sorted = false;
}

struct ehc_baseline *
ehc_baseline_new(void)
{
	return xcalloc(1, sizeof(struct ehc_baseline));
}

void
ehc_baseline_free(struct ehc_baseline *b)
{
	if (!b)
		return;
	for (size_t i = 0; i < b->n; i++) {
		free(b->e[i].plan);
		free(b->e[i].rule);
		free(b->e[i].section);
		free(b->e[i].match);
	}
	free(b->e);
	free(b);
}

size_t
ehc_baseline_count(const struct ehc_baseline *b)
{
	return b->n;
}

static int
load_entries(struct ehc_baseline *b, json_t *list, const char *path, struct ehc_error *err)
{
	size_t i;
	json_t *v;
	json_array_foreach(list, i, v) {
		const char *plan = json_string_value(json_object_get(v, "plan"));
		const char *fp = json_string_value(json_object_get(v, "fingerprint"));
		if (!plan || !fp || strlen(fp) != EHC_FINGERPRINT_SIZE - 1)
			return ehc_error_set(err, EHC_E_CONFIG, path,
					     "entry %zu has no plan or fingerprint", i + 1);
		push(b, plan, fp, json_string_value(json_object_get(v, "rule")),
		     json_string_value(json_object_get(v, "section")),
		     json_string_value(json_object_get(v, "match")));
	}
	return 0;
}

int
ehc_baseline_load(const char *path, struct ehc_baseline **out, struct ehc_error *err)
{
	json_error_t je;
	json_t *root = json_load_file(path, 0, &je);
	*out = NULL;
	if (!root && je.line < 0)
		return ehc_error_set(err, EHC_E_IO, path, "cannot read the baseline: %s", je.text);
	json_t *list = json_object_get(root, "findings");
	int rc = 0;
	if (!root || json_integer_value(json_object_get(root, "baseline")) != BASELINE_FORMAT ||
	    !json_is_array(list))
		rc = ehc_error_set_at(err, EHC_E_CONFIG, path, root ? 0 : je.line, root ? 0 : je.column,
				      "not an ehclint baseline%s%s", root ? "" : ": ",
				      root ? "" : je.text);
	struct ehc_baseline *b = ehc_baseline_new();
	if (!rc)
		rc = load_entries(b, list, path, err);
	json_decref(root);
	if (rc)
		ehc_baseline_free(b);
	else
		*out = b;
	return rc;
}

static struct entry *
find_unused(struct ehc_baseline *b, const char *plan, const char *fp)
{
	struct entry key = { .plan = (char *)plan };
	snprintf(key.fp, sizeof key.fp, "%s", fp);
	size_t lo = 0, hi = b->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (cmp_entry(&b->e[mid], &key) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < b->n && cmp_entry(&b->e[lo], &key) == 0; lo++)
		if (!b->e[lo].used)
			return &b->e[lo];
	return NULL;
}

size_t
ehc_baseline_match(struct ehc_baseline *b, const char *plan, const struct ehc_doc *doc,
		   bool *marks)
{
	size_t n = 0;
	sort(b);
	for (size_t i = 0; i < doc->nfindings; i++) {
		char fp[EHC_FINGERPRINT_SIZE];
		marks[i] = false;
		if (doc->findings[i].suppressed)
			continue;
		ehc_finding_fingerprint(&doc->findings[i], fp);
		struct entry *e = find_unused(b, plan_key(plan), fp);
		if (e) {
			e->used = marks[i] = true;
			n++;
		}
	}
	return n;
}

void
ehc_baseline_add(struct ehc_baseline *b, const char *plan, const struct ehc_doc *doc)
{
	for (size_t i = 0; i < doc->nfindings; i++) {
		const struct ehc_finding *f = &doc->findings[i];
		char fp[EHC_FINGERPRINT_SIZE];
		if (f->suppressed)
			continue;
		ehc_finding_fingerprint(f, fp);
		char *match = xstrndup(f->text + f->start, f->end - f->start);
		push(b, plan, fp, f->rule_id, ehc_sec_id(f->section), match);
		free(match);
	}
}

static json_t *
entry_json(const struct entry *e)
{
	json_t *o = json_object();
	json_object_set_new(o, "plan", json_string(e->plan));
	json_object_set_new(o, "fingerprint", json_string(e->fp));
	json_object_set_new(o, "rule", json_string(e->rule));
	json_object_set_new(o, "section", json_string(e->section));
	json_object_set_new(o, "match", json_string(e->match));
	return o;
}

int
ehc_baseline_write(struct ehc_baseline *b, const char *path, const char *version,
		   struct ehc_error *err)
{
	json_t *root = json_object(), *list = json_array();
	sort(b);
	json_object_set_new(root, "tool", json_string("ehclint"));
	json_object_set_new(root, "version", json_string(version ? version : ""));
	json_object_set_new(root, "baseline", json_integer(BASELINE_FORMAT));
	for (size_t i = 0; i < b->n; i++)
		json_array_append_new(list, entry_json(&b->e[i]));
	json_object_set_new(root, "findings", list);
	int rc = json_dump_file(root, path, JSON_INDENT(1) | JSON_PRESERVE_ORDER);
	json_decref(root);
	return rc ? ehc_error_set(err, EHC_E_IO, path, "cannot write the baseline: %s",
				  strerror(errno)) : 0;
}
