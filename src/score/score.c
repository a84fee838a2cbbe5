/* SPDX-License-Identifier: MIT */
/*
 * Scores from findings: which warning or error findings fired on which item and section,
 * weighed as rules/scoring.yml says. Knows the model and rule criteria, not how rules match.
 */
#include "score/score.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/xalloc.h"
#include "util/yaml.h"

#define MAX_LIMIT_RULES 32

struct sec_cfg {
	double weight;
	unsigned criteria;
};

struct ehc_score_config {
	struct sec_cfg sec[EHC_SEC_COUNT];
	double min_pass[EHC_GRADE_COUNT];  /* for GOOD.. OUTSTANDING and RI */
	double max_info;                   /* info findings an outstanding section may have */
	double band[EHC_GRADE_COUNT];      /* lowest plan score for each grade */
	bool limit_sec[EHC_SEC_COUNT];
	char *limit_rule[MAX_LIMIT_RULES];
	size_t nlimit_rules;
	enum ehc_grade cap;
};

static const char *const grade_ids[EHC_GRADE_COUNT] = {
	"", "inadequate", "requires-improvement", "good", "outstanding",
};
static const char *const grade_names[EHC_GRADE_COUNT] = {
	"", "Inadequate", "Requires improvement", "Good", "Outstanding",
};

const unsigned ehc_smart_bits[] = {
	EHC_CRIT_SPECIFIC, EHC_CRIT_MEASURABLE, EHC_CRIT_ACHIEVABLE, EHC_CRIT_RELEVANT,
	EHC_CRIT_TIME_BOUND, 0,
};
const unsigned ehc_element_bits[] = {
	EHC_CRIT_WHAT, EHC_CRIT_FREQUENCY, EHC_CRIT_DURATION, EHC_CRIT_GROUP, EHC_CRIT_WHO,
	EHC_CRIT_EXPERTISE, 0,
};

static const struct {
	unsigned bit;
	const char *label;
} short_names[] = {
	{ EHC_CRIT_SPECIFIC, "S" }, { EHC_CRIT_MEASURABLE, "M" }, { EHC_CRIT_ACHIEVABLE, "A" },
	{ EHC_CRIT_RELEVANT, "R" }, { EHC_CRIT_TIME_BOUND, "T" }, { EHC_CRIT_WHAT, "what" },
	{ EHC_CRIT_FREQUENCY, "often" }, { EHC_CRIT_DURATION, "long" },
	{ EHC_CRIT_GROUP, "group" }, { EHC_CRIT_WHO, "who" }, { EHC_CRIT_EXPERTISE, "expert" },
};

const char *
ehc_grade_id(enum ehc_grade g)
{
	return g >= 0 && g < EHC_GRADE_COUNT ? grade_ids[g] : "";
}

const char *
ehc_grade_name(enum ehc_grade g)
{
	return g >= 0 && g < EHC_GRADE_COUNT ? grade_names[g] : "";
}

enum ehc_grade
ehc_grade_parse(const char *id)
{
	for (int g = EHC_GRADE_INADEQUATE; g < EHC_GRADE_COUNT; g++)
		if (id && strcmp(id, grade_ids[g]) == 0)
			return (enum ehc_grade)g;
	return EHC_GRADE_NONE;
}

const char *
ehc_verdict_id(enum ehc_verdict v)
{
	return v == EHC_VERDICT_PASS ? "pass" : v == EHC_VERDICT_FAIL ? "fail" : "not-assessed";
}

const char *
ehc_criterion_short(unsigned bit)
{
	for (size_t i = 0; i < sizeof short_names / sizeof *short_names; i++)
		if (short_names[i].bit == bit)
			return short_names[i].label;
	return "?";
}

/* ---- configuration ---- */

static int
bad(struct ehc_error *err, const char *file, const struct ehc_yaml *n, const char *what)
{
	return ehc_error_set_at(err, EHC_E_RULE, file, n ? n->line : 0, n ? n->col : 0, "%s", what);
}

static int
number(const struct ehc_yaml *n, double lo, double hi, double *out, const char *file,
       struct ehc_error *err)
{
	bool ok = true;
	double v = ehc_yaml_num(n, *out, &ok);
	if (!ok || v < lo || v > hi)
		return bad(err, file, n, "expected a number in range");
	*out = v;
	return 0;
}

static int
criteria_list(const struct ehc_yaml *seq, unsigned *out, const char *file, struct ehc_error *err)
{
	if (!seq)
		return 0;
	if (seq->type != EHC_YAML_SEQ)
		return bad(err, file, seq, "'criteria' is a list of criterion names");
	for (size_t i = 0; i < seq->n; i++) {
		unsigned bit = ehc_criterion_parse(ehc_yaml_str(seq->child[i]));
		if (!bit)
			return bad(err, file, seq->child[i], "unknown criterion");
		*out |= bit;
	}
	return 0;
}

static int
read_sections(struct ehc_score_config *c, const struct ehc_yaml *map, const char *file,
	      struct ehc_error *err)
{
	static const char *const keys[] = { "weight", "criteria", NULL };
	if (!map)
		return 0;
	if (map->type != EHC_YAML_MAP)
		return bad(err, file, map, "'sections' must be a mapping of section ids");
	for (size_t i = 0; i < map->n; i++) {
		enum ehc_sec s = ehc_sec_parse(map->key[i]->str);
		const struct ehc_yaml *v = map->child[i];
		int rc;
		if (!ehc_sec_statutory(s))
			return bad(err, file, map->key[i], "not a statutory section id (A..K, H1, H2)");
		if ((rc = ehc_yaml_check_keys(v, keys, file, "a section", 0, err)) ||
		    (rc = number(ehc_yaml_get(v, "weight"), 0, 100, &c->sec[s].weight, file, err)) ||
		    (rc = criteria_list(ehc_yaml_get(v, "criteria"), &c->sec[s].criteria, file, err)))
			return rc;
	}
	return 0;
}

static int
read_grades(struct ehc_score_config *c, const struct ehc_yaml *map, const char *file,
	    struct ehc_error *err)
{
	static const char *const keys[] = { "outstanding", "good", "requires-improvement", NULL };
	static const char *const inner[] = { "min_pass", "max_info", NULL };
	int rc = ehc_yaml_check_keys(map, keys, file, "grades", 0, err);
	for (int g = EHC_GRADE_REQUIRES_IMPROVEMENT; !rc && g < EHC_GRADE_COUNT; g++) {
		const struct ehc_yaml *v = ehc_yaml_get(map, grade_ids[g]);
		if (!(rc = ehc_yaml_check_keys(v, inner, file, grade_ids[g], 0, err)))
			rc = number(ehc_yaml_get(v, "min_pass"), 0, 1, &c->min_pass[g], file, err);
	}
	const struct ehc_yaml *o = ehc_yaml_get(map, "outstanding");
	return rc ? rc : number(ehc_yaml_get(o, "max_info"), 0, 1e9, &c->max_info, file, err);
}

static int
read_limiting(struct ehc_score_config *c, const struct ehc_yaml *map, const char *file,
	      struct ehc_error *err)
{
	static const char *const keys[] = { "sections", "rules", "cap", NULL };
	int rc = ehc_yaml_check_keys(map, keys, file, "limiting", 0, err);
	const struct ehc_yaml *secs = ehc_yaml_get(map, "sections"), *rules = ehc_yaml_get(map, "rules");
	for (size_t i = 0; !rc && secs && i < secs->n; i++) {
		enum ehc_sec s = ehc_sec_parse(ehc_yaml_str(secs->child[i]));
		if (!ehc_sec_statutory(s))
			return bad(err, file, secs->child[i], "not a statutory section id");
		c->limit_sec[s] = true;
	}
	for (size_t i = 0; !rc && rules && i < rules->n && c->nlimit_rules < MAX_LIMIT_RULES; i++)
		if (ehc_yaml_str(rules->child[i]))
			c->limit_rule[c->nlimit_rules++] = xstrdup(ehc_yaml_str(rules->child[i]));
	const struct ehc_yaml *cap = ehc_yaml_get(map, "cap");
	if (!rc && cap && !(c->cap = ehc_grade_parse(ehc_yaml_str(cap))))
		return bad(err, file, cap, "'cap' is a grade id (good, requires-improvement, ...)");
	return rc;
}

static int
read_overall(struct ehc_score_config *c, const struct ehc_yaml *map, const char *file,
	     struct ehc_error *err)
{
	static const char *const keys[] = { "bands", "limiting", NULL };
	static const char *const bands[] = { "outstanding", "good", "requires-improvement", NULL };
	const struct ehc_yaml *b = ehc_yaml_get(map, "bands");
	int rc = ehc_yaml_check_keys(map, keys, file, "overall", 0, err);
	if (!rc)
		rc = ehc_yaml_check_keys(b, bands, file, "bands", 0, err);
	for (int g = EHC_GRADE_REQUIRES_IMPROVEMENT; !rc && g < EHC_GRADE_COUNT; g++)
		rc = number(ehc_yaml_get(b, grade_ids[g]), 0, 10, &c->band[g], file, err);
	return rc ? rc : read_limiting(c, ehc_yaml_get(map, "limiting"), file, err);
}

static void
config_defaults(struct ehc_score_config *c)
{
	c->min_pass[EHC_GRADE_OUTSTANDING] = 1.0;
	c->min_pass[EHC_GRADE_GOOD] = 0.75;
	c->min_pass[EHC_GRADE_REQUIRES_IMPROVEMENT] = 0.5;
	c->max_info = 2;
	c->band[EHC_GRADE_OUTSTANDING] = 8.5;
	c->band[EHC_GRADE_GOOD] = 5.5;
	c->band[EHC_GRADE_REQUIRES_IMPROVEMENT] = 3.0;
	c->cap = EHC_GRADE_REQUIRES_IMPROVEMENT;
}

int
ehc_score_config_load(const char *path, struct ehc_score_config **out, struct ehc_error *err)
{
	static const char *const keys[] = { "sections", "grades", "overall", NULL };
	struct ehc_arena *a = ehc_arena_new();
	struct ehc_yaml *root = NULL;
	struct ehc_score_config *c = xcalloc(1, sizeof *c);
	config_defaults(c);
	int rc = ehc_yaml_load(path, a, &root, err);
	if (!rc)
		rc = ehc_yaml_check_keys(root, keys, path, "scoring.yml", 0, err);
	if (!rc)
		rc = read_sections(c, ehc_yaml_get(root, "sections"), path, err);
	if (!rc)
		rc = read_grades(c, ehc_yaml_get(root, "grades"), path, err);
	if (!rc)
		rc = read_overall(c, ehc_yaml_get(root, "overall"), path, err);
	ehc_arena_free(a);
	if (rc) {
		ehc_score_config_free(c);
		c = NULL;
	}
	*out = c;
	return rc;
}

void
ehc_score_config_free(struct ehc_score_config *c)
{
	if (!c)
		return;
	for (size_t i = 0; i < c->nlimit_rules; i++)
		free(c->limit_rule[i]);
	free(c);
}

/* ---- scoring ---- */

static bool
counts_against(const struct ehc_finding *f)
{
	return !f->suppressed && f->level >= EHC_LEVEL_WARNING;
}

static unsigned
assessed_bits(const struct ehc_pack *pack, enum ehc_sec s, unsigned wanted)
{
	if (!pack)
		return wanted;
	unsigned bits = 0;
	for (size_t i = 0; i < ehc_pack_count(pack); i++) {
		const struct ehc_rule *r = ehc_pack_rule(pack, i);
		if (ehc_rule_enabled(r) && ehc_rule_applies_to(r, s))
			bits |= ehc_rule_criteria(r);
	}
	return bits & wanted;
}

static void
score_item(struct ehc_item_score *is, const struct ehc_item *it, const struct ehc_doc *doc,
	   unsigned criteria, unsigned assessed)
{
	*is = (struct ehc_item_score){ .section = it->section, .n = it->n,
		.first_block = it->first_block, .criteria = criteria, .assessed = assessed,
		.passed = true };
	for (size_t i = 0; i < doc->nfindings; i++) {
		const struct ehc_finding *f = &doc->findings[i];
		if (f->section != it->section || f->item != it->n || !counts_against(f))
			continue;
		is->passed = false;
		is->failed |= f->criteria & criteria;
	}
}

static void
score_items(struct ehc_score *sc, const struct ehc_score_config *cfg, const struct ehc_pack *pack,
	    const struct ehc_doc *doc)
{
	unsigned assessed[EHC_SEC_COUNT];
	for (int s = 0; s < EHC_SEC_COUNT; s++)
		assessed[s] = cfg->sec[s].criteria ? assessed_bits(pack, s, cfg->sec[s].criteria) : 0;
	sc->items = xcalloc(doc->nitems ? doc->nitems : 1, sizeof *sc->items);
	for (size_t i = 0; i < doc->nitems; i++) {
		const struct ehc_item *it = &doc->items[i];
		if (it->section <= EHC_SEC_NONE || it->section >= EHC_SEC_COUNT)
			continue;
		struct ehc_item_score *is = &sc->items[sc->nitems++];
		score_item(is, it, doc, cfg->sec[it->section].criteria, assessed[it->section]);
		struct ehc_section_score *ss = &sc->sec[it->section];
		ss->items++;
		ss->items_passed += is->passed;
	}
}

static size_t
applicable_rules(const struct ehc_pack *pack, enum ehc_sec s)
{
	size_t n = 0;
	for (size_t i = 0; pack && i < ehc_pack_count(pack); i++) {
		const struct ehc_rule *r = ehc_pack_rule(pack, i);
		n += ehc_rule_enabled(r) && ehc_rule_applies_to(r, s);
	}
	return n;
}

static size_t
rules_failed(const struct ehc_doc *doc, enum ehc_sec s)
{
	size_t n = 0;
	for (size_t i = 0; i < doc->nfindings; i++) {
		const struct ehc_finding *f = &doc->findings[i];
		if (f->section != s || !counts_against(f))
			continue;
		bool seen = false;
		for (size_t j = 0; j < i && !seen; j++) {
			const struct ehc_finding *g = &doc->findings[j];
			seen = g->section == s && counts_against(g) && strcmp(g->rule_id, f->rule_id) == 0;
		}
		n += !seen;
	}
	return n;
}

static enum ehc_grade
grade_section(const struct ehc_score_config *cfg, const struct ehc_section_score *ss)
{
	if (!ss->present || ss->empty || ss->count[EHC_LEVEL_ERROR] > 0)
		return EHC_GRADE_INADEQUATE;
	for (int g = EHC_GRADE_OUTSTANDING; g > EHC_GRADE_INADEQUATE; g--) {
		if (ss->pass + 1e-9 < cfg->min_pass[g])
			continue;
		if (g == EHC_GRADE_OUTSTANDING && (double)ss->count[EHC_LEVEL_INFO] > cfg->max_info)
			continue;
		return (enum ehc_grade)g;
	}
	return EHC_GRADE_INADEQUATE;
}

static double
round1(double v)
{
	return round(v * 10.0) / 10.0;
}

static void
score_section(struct ehc_score *sc, const struct ehc_score_config *cfg,
	      const struct ehc_pack *pack, const struct ehc_doc *doc, enum ehc_sec s)
{
	struct ehc_section_score *ss = &sc->sec[s];
	const struct ehc_section *sec = &doc->sections[s];
	ss->present = sec->present;
	ss->empty = sec->empty;
	ss->not_applicable = sec->not_applicable;
	ss->weight = cfg->sec[s].weight;
	for (size_t i = 0; i < doc->nfindings; i++)
		if (doc->findings[i].section == s && !doc->findings[i].suppressed)
			ss->count[doc->findings[i].level]++;
	if (ss->items) {
		ss->pass = (double)ss->items_passed / (double)ss->items;
	} else {
		ss->rules_failed = rules_failed(doc, s);
		size_t n = applicable_rules(pack, s);
		ss->rules = n > ss->rules_failed ? n : ss->rules_failed;
		ss->pass = ss->rules ? 1.0 - (double)ss->rules_failed / (double)ss->rules : 1.0;
	}
	if (!ss->present || ss->empty)
		ss->pass = 0;
	ss->grade = grade_section(cfg, ss);
	/* The number never contradicts the grade: a section held down by an error scores no
	 * more than the top of the band it is graded in. */
	double pass = ss->pass;
	if (ss->grade == EHC_GRADE_INADEQUATE && pass >= cfg->min_pass[EHC_GRADE_REQUIRES_IMPROVEMENT])
		pass = cfg->min_pass[EHC_GRADE_REQUIRES_IMPROVEMENT] - 0.01;
	ss->score = round1(10.0 * pass);
}

static const char *
limiting_rule(const struct ehc_score_config *cfg, const struct ehc_doc *doc)
{
	for (size_t i = 0; i < doc->nfindings; i++) {
		const struct ehc_finding *f = &doc->findings[i];
		if (f->suppressed || f->level != EHC_LEVEL_ERROR)
			continue;
		for (size_t j = 0; j < cfg->nlimit_rules; j++)
			if (strcmp(f->rule_id, cfg->limit_rule[j]) == 0)
				return f->rule_id;
	}
	return NULL;
}

static void
apply_limits(struct ehc_score *sc, const struct ehc_score_config *cfg, const struct ehc_doc *doc)
{
	sc->unlimited = sc->grade;
	const char *rule = limiting_rule(cfg, doc);
	if (rule)
		snprintf(sc->limited_by, sizeof sc->limited_by, "an error of rule %s", rule);
	for (int s = EHC_SEC_A; !rule && s <= EHC_SEC_K; s++)
		if (cfg->limit_sec[s] && sc->sec[s].scored && sc->sec[s].grade == EHC_GRADE_INADEQUATE) {
			snprintf(sc->limited_by, sizeof sc->limited_by, "section %s is inadequate",
				 ehc_sec_id((enum ehc_sec)s));
			break;
		}
	if (!sc->limited_by[0] || sc->grade <= cfg->cap)
		sc->limited_by[0] = '\0';
	else
		sc->grade = cfg->cap;
}

static void
score_overall(struct ehc_score *sc, const struct ehc_score_config *cfg, const struct ehc_doc *doc)
{
	double sum = 0, wsum = 0;
	for (int s = EHC_SEC_A; s <= EHC_SEC_K; s++)
		if (sc->sec[s].scored) {
			sum += sc->sec[s].weight * sc->sec[s].grade;
			wsum += sc->sec[s].weight;
		}
	sc->points = wsum > 0 ? sum / wsum : 1.0;
	sc->score = round1(10.0 * (sc->points - 1.0) / 3.0);
	sc->grade = EHC_GRADE_INADEQUATE;
	for (int g = EHC_GRADE_OUTSTANDING; g > EHC_GRADE_INADEQUATE; g--)
		if (sc->score + 1e-9 >= cfg->band[g]) {
			sc->grade = (enum ehc_grade)g;
			break;
		}
	apply_limits(sc, cfg, doc);
}

struct ehc_score *
ehc_score_doc(const struct ehc_score_config *cfg, const struct ehc_pack *pack,
	      const struct ehc_doc *doc)
{
	struct ehc_score *sc = xcalloc(1, sizeof *sc);
	enum ehc_sec order[EHC_SEC_COUNT];
	size_t n = ehc_plan_sections(doc, order);
	score_items(sc, cfg, pack, doc);
	for (int s = EHC_SEC_A; s <= EHC_SEC_K; s++)
		score_section(sc, cfg, pack, doc, (enum ehc_sec)s);
	for (size_t i = 0; i < n; i++)
		sc->sec[order[i]].scored = cfg->sec[order[i]].weight > 0;
	score_overall(sc, cfg, doc);
	return sc;
}

void
ehc_score_free(struct ehc_score *s)
{
	if (!s)
		return;
	free(s->items);
	free(s);
}

enum ehc_verdict
ehc_item_verdict(const struct ehc_item_score *it, unsigned bit)
{
	if (!(it->assessed & bit))
		return EHC_VERDICT_NOT_ASSESSED;
	return it->failed & bit ? EHC_VERDICT_FAIL : EHC_VERDICT_PASS;
}

static bool
listed(enum ehc_sec s, bool split)
{
	if (s == EHC_SEC_H)
		return !split;
	if (s == EHC_SEC_H1 || s == EHC_SEC_H2)
		return split;
	return ehc_sec_statutory(s);
}

size_t
ehc_plan_sections(const struct ehc_doc *doc, enum ehc_sec out[EHC_SEC_COUNT])
{
	bool split = !doc->sections[EHC_SEC_H].present;
	size_t n = 0;
	for (int s = EHC_SEC_A; s <= EHC_SEC_K; s++) {
		if (!doc->sections[s].present)
			continue;
		size_t j = n++;
		for (; j > 0 && doc->sections[out[j - 1]].order > doc->sections[s].order; j--)
			out[j] = out[j - 1];
		out[j] = (enum ehc_sec)s;
	}
	for (int s = EHC_SEC_A; s <= EHC_SEC_K; s++)
		if (!doc->sections[s].present && listed((enum ehc_sec)s, split))
			out[n++] = (enum ehc_sec)s;
	return n;
}
