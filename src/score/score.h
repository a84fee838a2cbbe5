/* SPDX-License-Identifier: MIT */
/*
 * Scores: per-item verdicts (SMART letters for outcomes, elements for provision), a score and
 * a grade per statutory section and an overall score and grade for the plan, derived only from
 * which findings fired where and from the weights and thresholds of rules/scoring.yml.
 * Knows the model and the pack's rule criteria; knows nothing of how a rule matched.
 */
#ifndef EHC_SCORE_H
#define EHC_SCORE_H

#include <stdbool.h>
#include <stddef.h>

#include "model.h"
#include "rules/rules.h"
#include "util/error.h"

/* The four-point scale of local-area QA audits; the value is the points. */
enum ehc_grade {
	EHC_GRADE_NONE = 0,
	EHC_GRADE_INADEQUATE = 1,
	EHC_GRADE_REQUIRES_IMPROVEMENT = 2,
	EHC_GRADE_GOOD = 3,
	EHC_GRADE_OUTSTANDING = 4,
	EHC_GRADE_COUNT
};

/** "outstanding", "good", "requires-improvement", "inadequate"; "" for NONE. */
const char *ehc_grade_id(enum ehc_grade g);
/** "Outstanding", "Good", "Requires improvement", "Inadequate"; "" for NONE. */
const char *ehc_grade_name(enum ehc_grade g);
/** Parses an id as ehc_grade_id() spells it; EHC_GRADE_NONE when unknown. */
enum ehc_grade ehc_grade_parse(const char *id);

enum ehc_verdict { EHC_VERDICT_NOT_ASSESSED, EHC_VERDICT_PASS, EHC_VERDICT_FAIL };

/** "not-assessed", "pass", "fail". */
const char *ehc_verdict_id(enum ehc_verdict v);

/* The SMART letters and the provision elements, in report order (NULL-terminated lists of
 * single EHC_CRIT_* bits, 0-terminated). */
extern const unsigned ehc_smart_bits[];
extern const unsigned ehc_element_bits[];
/** Short column heading for a criterion bit: "S", "M", .., "what", "often", "long", ... */
const char *ehc_criterion_short(unsigned bit);

struct ehc_score_config;

/**
 * Reads rules/scoring.yml. Returns 0 and '*out' (free with ehc_score_config_free()), or
 * EHC_E_IO when it cannot be read, EHC_E_RULE (file:line:col) when it is wrong.
 */
int ehc_score_config_load(const char *path, struct ehc_score_config **out,
			  struct ehc_error *err);
void ehc_score_config_free(struct ehc_score_config *c);

struct ehc_section_score {
	bool scored;            /* counts towards the plan (weight > 0, and H vs H1/H2 chosen) */
	bool present, empty, not_applicable;
	double weight;
	size_t items, items_passed; /* a section with items is judged on them */
	size_t rules, rules_failed; /* a section without items on its applicable rules */
	double pass;            /* 0..1 */
	double score;           /* 0..10, one decimal */
	enum ehc_grade grade;
	size_t count[EHC_LEVEL_COUNT]; /* unsuppressed findings in the section */
};

/* An outcome (E) or provision item (F, G, H, H1, H2), with its criteria verdicts. */
struct ehc_item_score {
	enum ehc_sec section;
	int n;                  /* item number within the section */
	int first_block;
	unsigned criteria;      /* what scoring.yml judges items of this section on */
	unsigned assessed;      /* those some enabled rule of the pack tests */
	unsigned failed;        /* those a warning or error finding on the item carried */
	bool passed;            /* no warning or error finding on the item */
};

/* A plan's score. Holds no pointer into the doc, so it may outlive it. */
struct ehc_score {
	struct ehc_section_score sec[EHC_SEC_COUNT];
	struct ehc_item_score *items; /* in doc order; owned */
	size_t nitems;
	double points;          /* weighted mean of section points, 1..4 */
	double score;           /* 0..10, one decimal */
	enum ehc_grade grade;   /* after limiting judgements */
	enum ehc_grade unlimited; /* before them */
	char limited_by[128];   /* why the grade was capped, or "" */
};

/**
 * Scores a checked 'doc'. 'pack' (may be NULL) tells which rules apply to a section and which
 * criteria they test; without it every configured criterion counts as assessed and a section
 * without items counts only the rules that fired. Returns a new score; free with
 * ehc_score_free(). Never fails.
 */
struct ehc_score *ehc_score_doc(const struct ehc_score_config *cfg, const struct ehc_pack *pack,
				const struct ehc_doc *doc);
void ehc_score_free(struct ehc_score *s);

/** The verdict of 'bit' for item 'it'. */
enum ehc_verdict ehc_item_verdict(const struct ehc_item_score *it, unsigned bit);

/**
 * The statutory sections of 'doc' in report order: present ones in plan order, then missing
 * ones in statutory order, H or H1/H2 as the plan splits it. Returns how many were written.
 */
size_t ehc_plan_sections(const struct ehc_doc *doc, enum ehc_sec out[EHC_SEC_COUNT]);

#endif
