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

#endif
