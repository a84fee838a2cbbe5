/* SPDX-License-Identifier: MIT */
/*
 * Configuration files (.ehclint.yml): which rules are off or at another level, extra rule
 * folders, as-of date, failing level. Found from a plan's folder upwards, or named.
 */
#ifndef EHC_CONFIG_H
#define EHC_CONFIG_H

#include <stdbool.h>

#include "lint.h"
#include "util/error.h"

#define EHC_CONFIG_NAME ".ehclint.yml"

/* Run-level settings a config file may also set; -1 or NULL when it does not. */
struct ehc_run_settings {
	int fail_on;         /* level, or EHC_LEVEL_COUNT for never */
	const char *fail_on_origin;
	int min_level;
	const char *min_level_origin;
	long max_warnings;   /* -1 for no limit */
	const char *max_warnings_origin;
	const char *as_of_origin;
	const char *rules_origin;
};

/**
 * The nearest EHC_CONFIG_NAME in the folder of 'plan_path' or above, as a malloc'd path, or
 * NULL when there is none.
 */
char *ehc_config_find(const char *plan_path);

/**
 * Reads the config file at 'path' into 'cfg' and 'run' (values it does not set are left as
 * they are). Strings are kept in 'arena'. Unknown keys, bad values: EHC_E_CONFIG with 'err' as
 * file:line:col.
 */
int ehc_config_load(const char *path, struct ehc_arena *arena, struct ehc_lint_config *cfg,
		    struct ehc_run_settings *run, struct ehc_error *err);

/** Parses "YYYY-MM-DD" into local midnight; returns false when it is not a date. */
bool ehc_parse_date(const char *s, time_t *out);

#endif
