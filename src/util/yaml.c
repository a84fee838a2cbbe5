/* SPDX-License-Identifier: MIT */
/* libyaml's document tree turned into ehc_yaml nodes; knows nothing of rules. */
#include "util/yaml.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "util/buf.h"
#include "util/xalloc.h"

#define MAX_DEPTH 64
#define MAX_FILE (16 * 1024 * 1024)

static struct ehc_yaml *
convert(yaml_document_t *doc, yaml_node_t *node, struct ehc_arena *a, int depth)
{
	if (!node || depth > MAX_DEPTH)
		return NULL;
	struct ehc_yaml *y = ehc_arena_alloc(a, sizeof *y);
	y->line = (int)node->start_mark.line + 1;
	y->col = (int)node->start_mark.column + 1;
	switch (node->type) {
	case YAML_SCALAR_NODE:
		y->type = EHC_YAML_SCALAR;
		y->len = node->data.scalar.length;
		y->str = ehc_arena_strndup(a, (const char *)node->data.scalar.value, y->len);
		y->plain = node->data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
		return y;
	case YAML_SEQUENCE_NODE: {
		yaml_node_item_t *it = node->data.sequence.items.start;
		y->type = EHC_YAML_SEQ;
		y->n = (size_t)(node->data.sequence.items.top - it);
		y->child = ehc_arena_alloc(a, (y->n ? y->n : 1) * sizeof *y->child);
		for (size_t i = 0; i < y->n; i++)
			if (!(y->child[i] = convert(doc, yaml_document_get_node(doc, it[i]), a, depth + 1)))
				return NULL;
		return y;
	}
	case YAML_MAPPING_NODE: {
		yaml_node_pair_t *p = node->data.mapping.pairs.start;
		y->type = EHC_YAML_MAP;
		y->n = (size_t)(node->data.mapping.pairs.top - p);
		y->child = ehc_arena_alloc(a, (y->n ? y->n : 1) * sizeof *y->child);
		y->key = ehc_arena_alloc(a, (y->n ? y->n : 1) * sizeof *y->key);
		for (size_t i = 0; i < y->n; i++) {
			y->key[i] = convert(doc, yaml_document_get_node(doc, p[i].key), a, depth + 1);
			y->child[i] = convert(doc, yaml_document_get_node(doc, p[i].value), a, depth + 1);
			if (!y->key[i] || !y->child[i] || y->key[i]->type != EHC_YAML_SCALAR)
				return NULL;
		}
		return y;
	}
	default:
		return NULL;
	}
}

static int
has_alias(const char *text, size_t len)
{
	/* libyaml resolves aliases itself; refuse them outright so a hostile file cannot blow up. */
	yaml_parser_t p;
	yaml_event_t ev;
	int found = 0, done = 0;
	yaml_parser_initialize(&p);
	yaml_parser_set_input_string(&p, (const unsigned char *)text, len);
	while (!done && !found) {
		if (!yaml_parser_parse(&p, &ev))
			break;
		found = ev.type == YAML_ALIAS_EVENT;
		done = ev.type == YAML_STREAM_END_EVENT;
		yaml_event_delete(&ev);
	}
	yaml_parser_delete(&p);
	return found;
}

int
ehc_yaml_parse(const char *text, size_t len, const char *name, struct ehc_arena *a,
	       struct ehc_yaml **root, struct ehc_error *err)
{
	yaml_parser_t p;
	yaml_document_t doc;
	int rc = 0;
	*root = NULL;
	if (has_alias(text, len))
		return ehc_error_set(err, EHC_E_RULE, name, "YAML aliases (*name) are not allowed");
	yaml_parser_initialize(&p);
	yaml_parser_set_input_string(&p, (const unsigned char *)text, len);
	if (!yaml_parser_load(&p, &doc)) {
		const yaml_mark_t *m = p.problem ? &p.problem_mark : &p.context_mark;
		rc = ehc_error_set_at(err, EHC_E_RULE, name, (int)m->line + 1, (int)m->column + 1,
				      "%s%s%s", p.problem ? p.problem : "invalid YAML",
				      p.context ? " " : "", p.context ? p.context : "");
		yaml_parser_delete(&p);
		return rc;
	}
	yaml_node_t *top = yaml_document_get_root_node(&doc);
	if (!top) {
		struct ehc_yaml *y = ehc_arena_alloc(a, sizeof *y);
		y->type = EHC_YAML_MAP;
		y->line = y->col = 1;
		*root = y;
	} else if (!(*root = convert(&doc, top, a, 0))) {
		rc = ehc_error_set_at(err, EHC_E_RULE, name, (int)top->start_mark.line + 1,
				      (int)top->start_mark.column + 1,
				      "unsupported YAML (nesting too deep, or a non-scalar key)");
	}
	yaml_document_delete(&doc);
	yaml_parser_delete(&p);
	return rc;
}

int
ehc_yaml_load(const char *path, struct ehc_arena *a, struct ehc_yaml **root,
	      struct ehc_error *err)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return ehc_error_set(err, EHC_E_RULE, path, "cannot open: %s", strerror(errno));
	struct ehc_buf b = EHC_BUF_INIT;
	char chunk[8192];
	size_t n;
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0 && b.len <= MAX_FILE)
		ehc_buf_add(&b, chunk, n);
	int bad = ferror(f);
	fclose(f);
	int rc;
	if (bad)
		rc = ehc_error_set(err, EHC_E_RULE, path, "read error");
	else if (b.len > MAX_FILE)
		rc = ehc_error_set(err, EHC_E_RULE, path, "file larger than %d MiB", MAX_FILE >> 20);
	else
		rc = ehc_yaml_parse(ehc_buf_str(&b), b.len, path, a, root, err);
	ehc_buf_fini(&b);
	return rc;
}

const struct ehc_yaml *
ehc_yaml_get(const struct ehc_yaml *map, const char *key)
{
	if (!map || map->type != EHC_YAML_MAP)
		return NULL;
	for (size_t i = 0; i < map->n; i++)
		if (strcmp(map->key[i]->str, key) == 0)
			return map->child[i];
	return NULL;
}

const char *
ehc_yaml_str(const struct ehc_yaml *node)
{
	return node && node->type == EHC_YAML_SCALAR ? node->str : NULL;
}

bool
ehc_yaml_bool(const struct ehc_yaml *node, bool dflt)
{
	static const char *const yes[] = { "true", "yes", "on", "True", "TRUE", "Yes", NULL };
	static const char *const no[] = { "false", "no", "off", "False", "FALSE", "No", NULL };
	const char *s = ehc_yaml_str(node);
	if (!s)
		return dflt;
	for (int i = 0; yes[i]; i++)
		if (strcmp(s, yes[i]) == 0)
			return true;
	for (int i = 0; no[i]; i++)
		if (strcmp(s, no[i]) == 0)
			return false;
	return dflt;
}

double
ehc_yaml_num(const struct ehc_yaml *node, double dflt, bool *ok)
{
	const char *s = ehc_yaml_str(node);
	if (!node)
		return dflt;
	char *end = NULL;
	double v = s ? strtod(s, &end) : 0;
	if (!s || end == s || *end) {
		if (ok)
			*ok = false;
		return dflt;
	}
	return v;
}

static size_t
edit_distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	if (la > 64 || lb > 64)
		return (size_t)-1;
	size_t row[65];
	for (size_t j = 0; j <= lb; j++)
		row[j] = j;
	for (size_t i = 1; i <= la; i++) {
		size_t diag = row[0];
		row[0] = i;
		for (size_t j = 1; j <= lb; j++) {
			size_t up = row[j];
			size_t best = diag + (a[i - 1] != b[j - 1]);
			if (up + 1 < best)
				best = up + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			row[j] = best;
			diag = up;
		}
	}
	return row[lb];
}

const char *
ehc_nearest_word(const char *s, const char *const words[])
{
	const char *best = NULL;
	size_t best_d = (size_t)-1;
	for (int i = 0; words[i]; i++) {
		size_t d = edit_distance(s, words[i]);
		if (d < best_d) {
			best_d = d;
			best = words[i];
		}
	}
	return best_d <= 3 || (best && best_d <= strlen(s) / 2) ? best : NULL;
}

int
ehc_yaml_check_keys(const struct ehc_yaml *map, const char *const known[], const char *file,
		    const char *what, enum ehc_status code, struct ehc_error *err)
{
	if (!map || map->type != EHC_YAML_MAP)
		return 0;
	for (size_t i = 0; i < map->n; i++) {
		const char *k = map->key[i]->str;
		int found = 0;
		for (int j = 0; known[j] && !found; j++)
			found = strcmp(k, known[j]) == 0;
		if (found)
			continue;
		const char *near = ehc_nearest_word(k, known);
		return ehc_error_set_at(err, code ? code : EHC_E_RULE, file, map->key[i]->line,
					map->key[i]->col, "unknown key '%s' in %s%s%s%s", k, what,
					near ? " (did you mean '" : "", near ? near : "",
					near ? "'?)" : "");
	}
	return 0;
}
