/* SPDX-License-Identifier: MIT */
/*
 * The pipeline: a linter holds what a run compiles once (section layout, rule pack) and turns
 * a path into a segmented, checked document. A linter is immutable after ehc_linter_new(), so
 * any number of threads may call ehc_lint_file() on it at once.
 */
#ifndef EHC_LINT_H
#define EHC_LINT_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "load/load.h"
#include "model.h"
#include "rules/rules.h"
#include "score/score.h"
#include "segment/segment.h"
#include "util/error.h"

#define EHC_MAX_RULE_DIRS 32
#define EHC_MAX_RULE_EDITS 256

/* A change to one rule, from a config file or the command line. */
struct ehc_rule_edit {
	const char *id;
	bool off;          /* turn it off */
	int level;         /* new level, or -1 to keep it */
	const char *origin; /* where it was said, for --print-config */
};

struct ehc_lint_config {
	const char *rules_dir;                   /* the default pack, or NULL to find it */
	bool no_default_rules;
	const char *extra_dirs[EHC_MAX_RULE_DIRS];
	size_t nextra;
	struct ehc_rule_edit edits[EHC_MAX_RULE_EDITS];
	size_t nedits;
	struct ehc_check_opts check;
	struct ehc_load_limits limits;
};

struct ehc_linter {
	struct ehc_layout *layout;
	struct ehc_pack *pack;
	struct ehc_check_opts check;
	struct ehc_load_limits limits;
	char *rules_dir;
	struct ehc_score_config *scoring; /* rules_dir/scoring.yml, or NULL when there is none */
};

/** Defaults: today as as-of, ehclint-disable honoured, default load limits. */
void ehc_lint_config_init(struct ehc_lint_config *cfg);

/**
 * The folder of the default rule pack: $EHCLINT_RULES_DIR, else the source tree's rules/
 * when running from the build tree, else the installed data folder. Returns a static string.
 */
const char *ehc_default_rules_dir(void);

/** Compiles the layout and the pack as 'cfg' says. Errors: EHC_E_RULE or EHC_E_CONFIG. */
int ehc_linter_new(const struct ehc_lint_config *cfg, struct ehc_linter **out,
		   struct ehc_error *err);
void ehc_linter_free(struct ehc_linter *l);

/**
 * Loads, segments and checks the plan at 'path'. Returns 0 and '*out' (free with
 * ehc_doc_free()) or the load error; '*out' is then NULL. Thread-safe.
 */
int ehc_lint_file(const struct ehc_linter *l, const char *path, struct ehc_doc **out,
		  struct ehc_error *err);

/**
 * As ehc_lint_file(), then scores the plan: '*score' (free with ehc_score_free()) is NULL when
 * the plan could not be read or the linter has no scoring.yml. Thread-safe.
 */
int ehc_lint_file_scored(const struct ehc_linter *l, const char *path, struct ehc_doc **out,
			 struct ehc_score **score, struct ehc_error *err);

/** Loads and segments only (for `dump`). */
int ehc_lint_segment_file(const struct ehc_linter *l, const char *path, struct ehc_doc **out,
			  struct ehc_error *err);

#endif
