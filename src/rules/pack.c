/* SPDX-License-Identifier: MIT */
/*
 * The rule pack: reads rule files (YAML), checks every key, expands macros and compiles
 * patterns once; the kind registry; accessors and per-rule switches. Checking is engine.c.
 * Knows the YAML tree and the kinds' parse functions, not documents.
 */
#include <dirent.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "rules/rule.h"
#include "util/xalloc.h"

static const struct ehc_rule_kind *const kinds[] = {
	&ehc_kind_existence, &ehc_kind_requirement, &ehc_kind_structure,
	&ehc_kind_readability, &ehc_kind_acronym, &ehc_kind_date, NULL,
};

static const char *const unit_names[EHC_UNIT_COUNT] = {
	[EHC_UNIT_DOCUMENT] = "document", [EHC_UNIT_SECTION] = "section",
	[EHC_UNIT_ITEM] = "item",         [EHC_UNIT_PARAGRAPH] = "paragraph",
	[EHC_UNIT_SENTENCE] = "sentence",
};

static const char *const common_keys[] = {
	"id", "kind", "level", "sections", "unit", "message", "suggestion", "reference",
	"description", "criterion", "examples", "enabled", "case-sensitive", "section-levels",
	"report", "when-plan", "unless-plan", NULL,
};

/* The child's first name on the front page: "Name: Sam Smith", or a label cell then a value
 * cell (cells are separate lines once normalised). */
#define NAME_FIELD                                                                          \
	"(?i:^(?:(?:the\\s+)?(?:child|young\\s+person|pupil|learner|student)'?s\\s+"              \
	"(?:full\\s+|first\\s+|preferred\\s+|given\\s+)?name|name\\s+of\\s+(?:the\\s+)?(?:child|"   \
	"young\\s+person)(?:\\s+or\\s+young\\s+person)?|first\\s+name|full\\s+name|preferred\\s+"  \
	"name|given\\s+name|forename|name))\\s*:?\\s*(\\p{Lu}[\\p{Ll}'-]+)"

static const char *const top_keys[] = { "macros", "rules", NULL };

struct ehc_pack *
ehc_pack_new(void)
{
	struct ehc_pack *p = xcalloc(1, sizeof *p);
	p->arena = ehc_arena_new();
	struct ehc_error err;
	if (ehc_pattern_compile(&p->name_pat, NAME_FIELD, NULL, false, "(built in)", 0, 0, &err)) {
		fprintf(stderr, "ehclint: %s\n", err.message);
		abort();
	}
	return p;
}

void
ehc_pack_free(struct ehc_pack *p)
{
	if (!p)
		return;
	for (size_t i = 0; i < p->n; i++)
	{
		if (p->rules[i]->kind && p->rules[i]->kind->free)
			p->rules[i]->kind->free(p->rules[i]);
		ehc_plist_fini(&p->rules[i]->when_plan);
		ehc_plist_fini(&p->rules[i]->unless_plan);
	}
	free(p->rules);
	ehc_macros_fini(&p->macros);
	ehc_pattern_fini(&p->name_pat);
	ehc_arena_free(p->arena);
	free(p);
}

int
ehc_rule_error(const struct ehc_parse *ps, const struct ehc_yaml *node, const char *fmt, ...)
{
	char msg[400];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	const struct ehc_yaml *at = node ? node : ps->node;
	return ehc_error_set_at(ps->err, EHC_E_RULE, ps->file, at ? at->line : 0, at ? at->col : 0,
				"%s", msg);
}

/* ---- shared parse helpers ---- */

int
ehc_pattern_parse(struct ehc_pattern *p, const struct ehc_rule *r, const struct ehc_parse *ps,
		  const struct ehc_yaml *node, struct ehc_error *err)
{
	if (!node || node->type != EHC_YAML_SCALAR || !node->len)
		return ehc_rule_error(ps, node, "rule '%s': a pattern must be a non-empty string",
				      r->id);
	return ehc_pattern_compile(p, node->str, ps->macros, r->caseless, ps->file, node->line,
				   node->col, err);
}

static int
plist_entry(struct ehc_plist *l, size_t i, const struct ehc_rule *r,
	    const struct ehc_parse *ps, const struct ehc_yaml *e, struct ehc_error *err)
{
	static const char *const keys[] = { "pattern", "note", NULL };
	if (e->type != EHC_YAML_MAP)
		return ehc_pattern_parse(&l->p[i], r, ps, e, err);
	int rc = ehc_yaml_check_keys(e, keys, ps->file, "a pattern entry", EHC_E_RULE, err);
	if (rc)
		return rc;
	const struct ehc_yaml *pat = ehc_yaml_get(e, "pattern");
	if (!pat)
		return ehc_rule_error(ps, e, "rule '%s': pattern entry without 'pattern'", r->id);
	l->notes[i] = ehc_yaml_str(ehc_yaml_get(e, "note"));
	return ehc_pattern_parse(&l->p[i], r, ps, pat, err);
}

int
ehc_plist_parse(struct ehc_plist *l, const struct ehc_rule *r, const struct ehc_parse *ps,
		const char *key, bool required, struct ehc_error *err)
{
	memset(l, 0, sizeof *l);
	const struct ehc_yaml *v = ehc_yaml_get(ps->node, key);
	if (!v)
		return required ? ehc_rule_error(ps, NULL, "rule '%s' (%s) needs '%s'", r->id,
						 r->kind_name, key)
				: 0;
	size_t n = v->type == EHC_YAML_SEQ ? v->n : 1;
	if (v->type == EHC_YAML_MAP || (required && n == 0))
		return ehc_rule_error(ps, v, "rule '%s': '%s' must be a pattern or a list of them",
				      r->id, key);
	l->p = xcalloc(n ? n : 1, sizeof *l->p);
	l->notes = xcalloc(n ? n : 1, sizeof *l->notes);
	for (size_t i = 0; i < n; i++) {
		int rc = plist_entry(l, i, r, ps, v->type == EHC_YAML_SEQ ? v->child[i] : v, err);
		l->n = i + 1;
		if (rc)
			return rc;
	}
	return 0;
}

void
ehc_plist_fini(struct ehc_plist *l)
{
	for (size_t i = 0; i < l->n; i++)
		ehc_pattern_fini(&l->p[i]);
	free(l->p);
	free(l->notes);
	memset(l, 0, sizeof *l);
}

int
ehc_int_parse(int *out, const struct ehc_parse *ps, const char *key, int dflt,
	      struct ehc_error *err)
{
	const struct ehc_yaml *v = ehc_yaml_get(ps->node, key);
	bool ok = true;
	double d = ehc_yaml_num(v, dflt, &ok);
	if (!ok || (v && v->type != EHC_YAML_SCALAR) || d < 0 || d > 1e9 || d != (int)d)
		return ehc_rule_error(ps, v, "'%s' must be a whole number", key);
	*out = (int)d;
	(void)err;
	return 0;
}

/* ---- common rule fields ---- */

static int
parse_sections(struct ehc_rule *r, const struct ehc_parse *ps)
{
	const struct ehc_yaml *v = ehc_yaml_get(ps->node, "sections");
	r->first_section = EHC_SEC_NONE;
	if (!v || (v->type == EHC_YAML_SCALAR && strcasecmp(v->str, "all") == 0)) {
		for (int s = 0; s < EHC_SEC_COUNT; s++)
			r->sections[s] = true;
		r->first_section = v ? EHC_SEC_FRONT : EHC_SEC_A;
		return 0;
	}
	if (v->type == EHC_YAML_MAP)
		return ehc_rule_error(ps, v, "'sections' must be a list of section ids");
	size_t n = v->type == EHC_YAML_SEQ ? v->n : 1;
	for (size_t i = 0; i < n; i++) {
		const struct ehc_yaml *e = v->type == EHC_YAML_SEQ ? v->child[i] : v;
		enum ehc_sec s = ehc_sec_parse(ehc_yaml_str(e));
		if (s == EHC_SEC_NONE)
			return ehc_rule_error(ps, e, "unknown section '%s' (use A..K, H1, H2, front, "
						     "back or all)", e->str ? e->str : "?");
		r->sections[s] = true;
		if (r->first_section == EHC_SEC_NONE)
			r->first_section = s;
	}
	if (r->first_section == EHC_SEC_NONE)
		return ehc_rule_error(ps, v, "'sections' is empty");
	return 0;
}

static int
parse_level_node(enum ehc_level *out, const struct ehc_parse *ps, const struct ehc_yaml *v)
{
	static const char *const names[] = { "error", "warning", "info", NULL };
	int l = ehc_level_parse(ehc_yaml_str(v));
	if (l < 0) {
		const char *near = ehc_nearest_word(ehc_yaml_str(v) ? v->str : "", names);
		return ehc_rule_error(ps, v, "unknown level '%s'%s%s%s", v->str ? v->str : "?",
				      near ? " (did you mean '" : " (error, warning or info)",
				      near ? near : "", near ? "'?)" : "");
	}
	*out = (enum ehc_level)l;
	return 0;
}

static int
parse_section_levels(struct ehc_rule *r, const struct ehc_parse *ps)
{
	const struct ehc_yaml *v = ehc_yaml_get(ps->node, "section-levels");
	if (!v)
		return 0;
	if (v->type != EHC_YAML_MAP)
		return ehc_rule_error(ps, v, "'section-levels' must map sections to levels");
	for (size_t i = 0; i < v->n; i++) {
		enum ehc_sec s = ehc_sec_parse(v->key[i]->str);
		if (s == EHC_SEC_NONE)
			return ehc_rule_error(ps, v->key[i], "unknown section '%s'", v->key[i]->str);
		int rc = parse_level_node(&r->section_level[s], ps, v->child[i]);
		if (rc)
			return rc;
		r->has_section_level[s] = true;
	}
	return 0;
}

static int
parse_criteria(struct ehc_rule *r, const struct ehc_parse *ps)
{
	const struct ehc_yaml *v = ehc_yaml_get(ps->node, "criterion");
	if (!v)
		return 0;
	size_t n = v->type == EHC_YAML_SEQ ? v->n : 1;
	for (size_t i = 0; i < n; i++) {
		const struct ehc_yaml *e = v->type == EHC_YAML_SEQ ? v->child[i] : v;
		unsigned bit = ehc_criterion_parse(ehc_yaml_str(e));
		if (!bit)
			return ehc_rule_error(ps, e, "unknown criterion '%s' (specific, measurable, "
						     "achievable, relevant, time-bound, what, frequency, "
						     "duration, group, who, expertise)",
					      e->str ? e->str : "?");
		r->criteria |= bit;
	}
	return 0;
}

static int
parse_unit(struct ehc_rule *r, const struct ehc_parse *ps)
{
	const struct ehc_yaml *v = ehc_yaml_get(ps->node, "unit");
	r->unit = r->kind->default_unit;
	if (!v)
		return 0;
	for (int u = 0; u < EHC_UNIT_COUNT; u++)
		if (ehc_yaml_str(v) && strcmp(v->str, unit_names[u]) == 0) {
			r->unit = (enum ehc_unit)u;
			return 0;
		}
	const char *near = ehc_nearest_word(ehc_yaml_str(v) ? v->str : "", unit_names);
	return ehc_rule_error(ps, v, "unknown unit '%s'%s%s%s", v->str ? v->str : "?",
			      near ? " (did you mean '" : "", near ? near : "", near ? "'?)" : "");
}

static int
check_template(const struct ehc_parse *ps, const char *key)
{
	const struct ehc_yaml *v = ehc_yaml_get(ps->node, key);
	const char *s = ehc_yaml_str(v);
	for (const char *o = s ? strchr(s, '{') : NULL; o; o = strchr(o + 1, '{')) {
		const char *c = strchr(o, '}');
		if (!c || c - o > 40)
			continue;
		char name[48];
		snprintf(name, sizeof name, "%.*s", (int)(c - o - 1), o + 1);
		if (!ehc_template_var_known(name))
			return ehc_rule_error(ps, v, "unknown placeholder {%s} in '%s'", name, key);
	}
	return 0;
}

static int
scalar_field(const char **out, const struct ehc_parse *ps, const char *key, bool required)
{
	const struct ehc_yaml *v = ehc_yaml_get(ps->node, key);
	if (!v)
		return required ? ehc_rule_error(ps, NULL, "rule has no '%s'", key) : 0;
	if (v->type != EHC_YAML_SCALAR || !v->len)
		return ehc_rule_error(ps, v, "'%s' must be a non-empty string", key);
	*out = v->str;
	return 0;
}

static int
parse_text_fields(struct ehc_rule *r, const struct ehc_parse *ps)
{
	int rc;
	if ((rc = scalar_field(&r->message, ps, "message", true)) ||
	    (rc = scalar_field(&r->suggestion, ps, "suggestion", false)) ||
	    (rc = scalar_field(&r->reference, ps, "reference", false)) ||
	    (rc = scalar_field(&r->description, ps, "description", false)) ||
	    (rc = check_template(ps, "message")) || (rc = check_template(ps, "suggestion")))
		return rc;
	const struct ehc_yaml *rep = ehc_yaml_get(ps->node, "report");
	if (rep && (!ehc_yaml_str(rep) || (strcmp(rep->str, "each") && strcmp(rep->str, "once"))))
		return ehc_rule_error(ps, rep, "'report' is 'once' (per unit) or 'each' (match)");
	r->each = rep && strcmp(rep->str, "each") == 0;
	r->enabled = ehc_yaml_bool(ehc_yaml_get(ps->node, "enabled"), true);
	r->caseless = !ehc_yaml_bool(ehc_yaml_get(ps->node, "case-sensitive"), false);
	return 0;
}

static int
parse_id(struct ehc_rule *r, const struct ehc_parse *ps)
{
	const struct ehc_yaml *v = ehc_yaml_get(ps->node, "id");
	if (!v)
		return ehc_rule_error(ps, NULL, "rule has no 'id'");
	const char *s = ehc_yaml_str(v);
	bool ok = s && *s;
	for (const char *c = s; ok && *c; c++)
		ok = (*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9') || *c == '-' ||
		     *c == '_' || *c == '.' || (*c >= 'A' && *c <= 'Z');
	if (!ok)
		return ehc_rule_error(ps, v, "rule id must be letters, digits, '-', '_' or '.'");
	const struct ehc_rule *dup = ehc_pack_find(ps->pack, s);
	if (dup)
		return ehc_rule_error(ps, v, "duplicate rule id '%s' (first defined at %s:%d)", s,
				      dup->file, dup->line);
	r->id = s;
	r->line = v->line;
	r->col = v->col;
	return 0;
}

static int
parse_kind(struct ehc_rule *r, const struct ehc_parse *ps)
{
	const struct ehc_yaml *v = ehc_yaml_get(ps->node, "kind");
	if (!v)
		return ehc_rule_error(ps, NULL, "rule '%s' has no 'kind'", r->id);
	const char *names[16];
	int n = 0;
	for (; kinds[n]; n++) {
		names[n] = kinds[n]->name;
		if (ehc_yaml_str(v) && strcmp(v->str, kinds[n]->name) == 0) {
			r->kind = kinds[n];
			r->kind_name = kinds[n]->name;
			return 0;
		}
	}
	names[n] = NULL;
	const char *near = ehc_nearest_word(ehc_yaml_str(v) ? v->str : "", names);
	return ehc_rule_error(ps, v, "unknown rule kind '%s'%s%s%s", v->str ? v->str : "?",
			      near ? " (did you mean '" : "", near ? near : "", near ? "'?)" : "");
}

static int
check_rule_keys(const struct ehc_rule *r, const struct ehc_parse *ps, struct ehc_error *err)
{
	const char *keys[64];
	size_t n = 0;
	for (size_t i = 0; common_keys[i]; i++)
		keys[n++] = common_keys[i];
	for (size_t i = 0; r->kind->keys && r->kind->keys[i] && n < 63; i++)
		keys[n++] = r->kind->keys[i];
	keys[n] = NULL;
	char what[200];
	snprintf(what, sizeof what, "rule '%s' (%s)", r->id, r->kind->name);
	return ehc_yaml_check_keys(ps->node, keys, ps->file, what, EHC_E_RULE, err);
}

static int
parse_rule(struct ehc_pack *p, struct ehc_parse *ps, struct ehc_error *err)
{
	if (ps->node->type != EHC_YAML_MAP)
		return ehc_rule_error(ps, ps->node, "a rule must be a mapping (id: ..., kind: ...)");
	struct ehc_rule *r = ehc_arena_alloc(p->arena, sizeof *r);
	r->file = ps->file;
	r->level = EHC_LEVEL_WARNING;
	int rc;
	const struct ehc_yaml *lv = ehc_yaml_get(ps->node, "level");
	if ((rc = parse_id(r, ps)) || (rc = parse_kind(r, ps)) ||
	    (rc = check_rule_keys(r, ps, err)) || (lv && (rc = parse_level_node(&r->level, ps, lv))) ||
	    (rc = parse_sections(r, ps)) || (rc = parse_unit(r, ps)) ||
	    (rc = parse_criteria(r, ps)) || (rc = parse_section_levels(r, ps)) ||
	    (rc = parse_text_fields(r, ps)) || (rc = ehc_examples_parse(r, ps)) ||
	    (rc = ehc_plist_parse(&r->when_plan, r, ps, "when-plan", false, err)) ||
	    (rc = ehc_plist_parse(&r->unless_plan, r, ps, "unless-plan", false, err)))
		goto fail;
	/* keep the rule even when its kind fails half way, so ehc_pack_free() frees it */
	EHC_PUSH(p->rules, p->n, p->cap);
	p->rules[p->n - 1] = r;
	return r->kind->parse(r, ps, err);
fail:
	ehc_plist_fini(&r->when_plan);
	ehc_plist_fini(&r->unless_plan);
	return rc;
}

/* ---- files ---- */

static int
define_macros(struct ehc_pack *p, const struct ehc_yaml *root, const char *file,
	      struct ehc_error *err)
{
	const struct ehc_yaml *m = ehc_yaml_get(root, "macros");
	if (!m)
		return 0;
	if (m->type != EHC_YAML_MAP)
		return ehc_error_set_at(err, EHC_E_RULE, file, m->line, m->col,
					"'macros' must map NAME: pattern");
	for (size_t i = 0; i < m->n; i++) {
		const char *name = m->key[i]->str;
		bool ok = *name >= 'A' && *name <= 'Z';
		for (const char *c = name; ok && *c; c++)
			ok = (*c >= 'A' && *c <= 'Z') || (*c >= '0' && *c <= '9') || *c == '_';
		if (!ok)
			return ehc_error_set_at(err, EHC_E_RULE, file, m->key[i]->line,
						m->key[i]->col,
						"macro name '%s' must be CAPITALS, digits or _", name);
		if (m->child[i]->type != EHC_YAML_SCALAR)
			return ehc_error_set_at(err, EHC_E_RULE, file, m->child[i]->line,
						m->child[i]->col, "macro %s must be a string", name);
		ehc_macros_define(&p->macros, name, m->child[i]->str, file, m->child[i]->line,
				  m->child[i]->col);
	}
	return 0;
}

/* Compiles each macro alone, so a broken macro is reported where it is written. */
static int
check_macros(struct ehc_pack *p, struct ehc_error *err)
{
	for (size_t i = p->macros_checked; i < p->macros.n; i++) {
		struct ehc_pattern pat;
		int rc = ehc_pattern_compile(&pat, p->macros.values[i], &p->macros, true,
					     p->macros.files[i], p->macros.lines[i],
					     p->macros.cols[i], err);
		ehc_pattern_fini(&pat);
		if (rc)
			return rc;
	}
	p->macros_checked = p->macros.n;
	return 0;
}

static int
read_tree(struct ehc_pack *p, const char *path, const char **file, struct ehc_yaml **root,
	  struct ehc_error *err)
{
	*file = ehc_arena_strdup(p->arena, path);
	int rc = ehc_yaml_load(path, p->arena, root, err);
	if (rc)
		return rc;
	if ((*root)->type != EHC_YAML_MAP)
		return ehc_error_set_at(err, EHC_E_RULE, *file, (*root)->line, (*root)->col,
					"a rule file is a mapping with 'rules:' and/or 'macros:'");
	return ehc_yaml_check_keys(*root, top_keys, *file, "a rule file", EHC_E_RULE, err);
}

static int
add_rules(struct ehc_pack *p, const struct ehc_yaml *root, const char *file,
	  struct ehc_error *err)
{
	const struct ehc_yaml *rules = ehc_yaml_get(root, "rules");
	if (!rules)
		return 0;
	if (rules->type != EHC_YAML_SEQ)
		return ehc_error_set_at(err, EHC_E_RULE, file, rules->line, rules->col,
					"'rules' must be a list of rules (- id: ...)");
	for (size_t i = 0; i < rules->n; i++) {
		struct ehc_parse ps = { p, p->arena, &p->macros, file, rules->child[i], err };
		int rc = parse_rule(p, &ps, err);
		if (rc)
			return rc;
	}
	return 0;
}

int
ehc_pack_load_file(struct ehc_pack *p, const char *path, struct ehc_error *err)
{
	const char *file;
	struct ehc_yaml *root;
	int rc = read_tree(p, path, &file, &root, err);
	if (!rc)
		rc = define_macros(p, root, file, err);
	if (!rc)
		rc = check_macros(p, err);
	if (!rc)
		rc = add_rules(p, root, file, err);
	return rc;
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool
is_rule_file(const char *name)
{
	size_t n = strlen(name);
	if (name[0] == '.')
		return false;
	if (!strcmp(name, "sections.yml") || !strcmp(name, "sections.yaml") ||
	    !strcmp(name, "scoring.yml") || !strcmp(name, "scoring.yaml"))
		return false;
	return (n > 4 && !strcmp(name + n - 4, ".yml")) || (n > 5 && !strcmp(name + n - 5, ".yaml"));
}

static size_t
list_dir(DIR *d, const char *dir, char ***out)
{
	size_t n = 0, cap = 0;
	char **names = NULL;
	for (struct dirent *e; (e = readdir(d));)
		if (is_rule_file(e->d_name)) {
			char *path = xmalloc(strlen(dir) + strlen(e->d_name) + 2);
			sprintf(path, "%s/%s", dir, e->d_name);
			*EHC_PUSH(names, n, cap) = path;
		}
	if (n)
		qsort(names, n, sizeof *names, cmp_str);
	*out = names;
	return n;
}

/* Two passes: macros of every file first (rules may use a macro defined in any file), then
 * rules in file-name order. */
int
ehc_pack_load_dir(struct ehc_pack *p, const char *dir, struct ehc_error *err)
{
	DIR *d = opendir(dir);
	if (!d)
		return ehc_error_set(err, EHC_E_RULE, dir, "cannot open rule directory");
	char **paths;
	size_t n = list_dir(d, dir, &paths);
	closedir(d);
	const char **files = xcalloc(n + 1, sizeof *files);
	struct ehc_yaml **roots = xcalloc(n + 1, sizeof *roots);
	int rc = 0;
	for (size_t i = 0; i < n && !rc; i++)
		rc = read_tree(p, paths[i], &files[i], &roots[i], err);
	for (size_t i = 0; i < n && !rc; i++)
		rc = define_macros(p, roots[i], files[i], err);
	if (!rc)
		rc = check_macros(p, err);
	for (size_t i = 0; i < n && !rc; i++)
		rc = add_rules(p, roots[i], files[i], err);
	for (size_t i = 0; i < n; i++)
		free(paths[i]);
	free(paths);
	free(files);
	free(roots);
	return rc;
}

/* ---- lookup and switches ---- */

size_t
ehc_pack_count(const struct ehc_pack *p)
{
	return p->n;
}

const struct ehc_rule *
ehc_pack_rule(const struct ehc_pack *p, size_t i)
{
	return i < p->n ? p->rules[i] : NULL;
}

const struct ehc_rule *
ehc_pack_find(const struct ehc_pack *p, const char *id)
{
	for (size_t i = 0; id && i < p->n; i++)
		if (strcmp(p->rules[i]->id, id) == 0)
			return p->rules[i];
	return NULL;
}

static struct ehc_rule *
find_mut(struct ehc_pack *p, const char *id, struct ehc_error *err)
{
	struct ehc_rule *r = (struct ehc_rule *)ehc_pack_find(p, id);
	if (!r)
		ehc_error_set(err, EHC_E_CONFIG, NULL, "no rule has the id '%s'", id ? id : "");
	return r;
}

int
ehc_pack_enable(struct ehc_pack *p, const char *id, bool on, struct ehc_error *err)
{
	struct ehc_rule *r = find_mut(p, id, err);
	if (!r)
		return EHC_E_CONFIG;
	r->enabled = on;
	return 0;
}

int
ehc_pack_set_level(struct ehc_pack *p, const char *id, enum ehc_level level,
		   struct ehc_error *err)
{
	struct ehc_rule *r = find_mut(p, id, err);
	if (!r)
		return EHC_E_CONFIG;
	r->level = level;
	memset(r->has_section_level, 0, sizeof r->has_section_level);
	return 0;
}

/* ---- accessors ---- */

const char *ehc_rule_id(const struct ehc_rule *r) { return r->id; }
enum ehc_level ehc_rule_level(const struct ehc_rule *r) { return r->level; }
bool ehc_rule_enabled(const struct ehc_rule *r) { return r->enabled; }
const char *ehc_rule_kind(const struct ehc_rule *r) { return r->kind_name; }
const char *ehc_rule_message(const struct ehc_rule *r) { return r->message; }
const char *ehc_rule_suggestion(const struct ehc_rule *r) { return r->suggestion; }
const char *ehc_rule_reference(const struct ehc_rule *r) { return r->reference; }
const char *ehc_rule_description(const struct ehc_rule *r) { return r->description; }
const char *ehc_rule_file(const struct ehc_rule *r) { return r->file; }
unsigned ehc_rule_criteria(const struct ehc_rule *r) { return r->criteria; }
const char *ehc_rule_unit(const struct ehc_rule *r) { return unit_names[r->unit]; }
int ehc_rule_line(const struct ehc_rule *r) { return r->line; }

bool
ehc_rule_applies_to(const struct ehc_rule *r, enum ehc_sec s)
{
	return s > EHC_SEC_NONE && s < EHC_SEC_COUNT && r->sections[s];
}

enum ehc_level
ehc_rule_level_in(const struct ehc_rule *r, enum ehc_sec s)
{
	if (s > EHC_SEC_NONE && s < EHC_SEC_COUNT && r->has_section_level[s])
		return r->section_level[s];
	return r->level;
}

size_t
ehc_rule_example_count(const struct ehc_rule *r, bool good)
{
	return good ? r->ngood : r->nbad;
}

const char *
ehc_rule_example(const struct ehc_rule *r, bool good, size_t i)
{
	if (i >= (good ? r->ngood : r->nbad))
		return NULL;
	return (good ? r->good : r->bad)[i].shown;
}
