/* SPDX-License-Identifier: MIT */
/*
 * The rule pack: YAML rule files compiled once per run, then checked against any number of
 * documents (from any number of threads: a compiled pack is never written to while checking).
 * Rules know the model (sections, items, blocks), not XML.
 */
#ifndef EHC_RULES_H
#define EHC_RULES_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "model.h"
#include "util/error.h"

struct ehc_pack;

/* Per-run options the checks read. */
struct ehc_check_opts {
	time_t as_of;           /* "today" for date rules */
	bool honour_disable;    /* ehclint-disable comments suppress findings (default true) */
};

/** A new empty pack. Free with ehc_pack_free(). */
struct ehc_pack *ehc_pack_new(void);
/** Frees the pack, its rules and compiled patterns; NULL is a no-op. */
void ehc_pack_free(struct ehc_pack *p);
/** Adds every *.yml / *.yaml rule file of 'dir' (sorted by name; sections.yml and scoring.yml
 * are not rule files and are skipped). Errors: EHC_E_RULE with 'err' as file:line:col. */
int ehc_pack_load_dir(struct ehc_pack *p, const char *dir, struct ehc_error *err);
/** Adds one rule file. */
int ehc_pack_load_file(struct ehc_pack *p, const char *path, struct ehc_error *err);
/** Turns rule 'id' off (false) or on. Returns EHC_E_CONFIG when no rule has that id. */
int ehc_pack_enable(struct ehc_pack *p, const char *id, bool on, struct ehc_error *err);
/** Sets the level of rule 'id'. Returns EHC_E_CONFIG when no rule has that id. */
int ehc_pack_set_level(struct ehc_pack *p, const char *id, enum ehc_level level,
		       struct ehc_error *err);

/** Number of rules, and rule i (0-based) in load order. */
size_t ehc_pack_count(const struct ehc_pack *p);
const struct ehc_rule *ehc_pack_rule(const struct ehc_pack *p, size_t i);
/** The rule with 'id', or NULL. */
const struct ehc_rule *ehc_pack_find(const struct ehc_pack *p, const char *id);

/** Public facts about a rule, for reporters and `rules list/explain`. */
const char *ehc_rule_id(const struct ehc_rule *r);
enum ehc_level ehc_rule_level(const struct ehc_rule *r);
bool ehc_rule_enabled(const struct ehc_rule *r);
const char *ehc_rule_kind(const struct ehc_rule *r);
const char *ehc_rule_message(const struct ehc_rule *r);   /* the template, unexpanded */
const char *ehc_rule_suggestion(const struct ehc_rule *r); /* or NULL */
const char *ehc_rule_reference(const struct ehc_rule *r);  /* or NULL */
const char *ehc_rule_description(const struct ehc_rule *r); /* or NULL */
const char *ehc_rule_file(const struct ehc_rule *r);
unsigned ehc_rule_criteria(const struct ehc_rule *r);     /* EHC_CRIT_* bits */

/**
 * Runs every enabled rule over the segmented 'doc', appending to doc->findings (ordered by
 * block, then offset). Never fails: a pattern that hits its match limit is recorded as a
 * doc note and the rule goes on with the next unit.
 */
void ehc_pack_check(const struct ehc_pack *p, struct ehc_doc *doc,
		    const struct ehc_check_opts *opts);

/* ---- added for `rules list|explain|test` ---- */

/** "document", "section", "item", "paragraph" or "sentence". */
const char *ehc_rule_unit(const struct ehc_rule *r);
/** True when the rule checks section 's'. */
bool ehc_rule_applies_to(const struct ehc_rule *r, enum ehc_sec s);
/** The level the rule reports at in section 's' (rules may set levels per section). */
enum ehc_level ehc_rule_level_in(const struct ehc_rule *r, enum ehc_sec s);
/** Line of the rule's id in ehc_rule_file(). */
int ehc_rule_line(const struct ehc_rule *r);
/** Number of good (true) or bad (false) examples. */
size_t ehc_rule_example_count(const struct ehc_rule *r, bool good);
/**
 * Example i as text (owned by the pack). An example written as a small plan (per-section
 * texts) is shown as "A: ... | B: ..." lines joined by " | ".
 */
const char *ehc_rule_example(const struct ehc_rule *r, bool good, size_t i);

/* One example that did not behave: a bad example that raised no finding of its rule, or a
 * good one that raised some. */
struct ehc_test_failure {
	const struct ehc_rule *rule;
	bool good;                 /* which list the example is in */
	size_t index;              /* 0-based within that list */
	const char *text;          /* as ehc_rule_example() gives it */
	int line;                  /* of the example in the rule's file */
	size_t nfindings;          /* findings of the rule it raised */
	const char *first_message; /* the first such finding's message, or NULL */
};

struct ehc_test_result {
	size_t rules;              /* rules with at least one example */
	size_t examples, passed, failed;
	size_t rules_without_examples; /* rules lacking a good or a bad example */
	size_t rules_without_description; /* rules with no 'description' for `rules list` */
};

typedef void (*ehc_test_cb)(const struct ehc_test_failure *f, void *ud);

/**
 * Runs the examples of every rule (or only rule 'only_id' when not NULL), each alone on a
 * tiny document built from the example: a bad example must raise the rule, a good one must
 * not. Calls 'cb' (may be NULL) for each failure and fills 'res'. Returns 0 when all passed,
 * 1 when some failed, EHC_E_CONFIG when 'only_id' names no rule.
 */
int ehc_pack_test(const struct ehc_pack *p, const char *only_id, ehc_test_cb cb, void *ud,
		  struct ehc_test_result *res);

#endif
