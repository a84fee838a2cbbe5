/* SPDX-License-Identifier: MIT */
/* The frozen tests/score/scoring.yml, loaded the one way the score and report tests share. */
#ifndef EHC_SCORING_FIXTURE_H
#define EHC_SCORING_FIXTURE_H

#include <check.h>
#include <stdio.h>
#include <stdlib.h>

#include "score/score.h"

/** The test scoring configuration; fails the test when it does not load. Free it. */
static inline struct ehc_score_config *
ehc_test_scoring(void)
{
	const char *root = getenv("EHCLINT_SOURCE_ROOT");
	char path[4096];
	struct ehc_score_config *c = NULL;
	struct ehc_error err = { 0 };
	snprintf(path, sizeof path, "%s/tests/score/scoring.yml", root ? root : ".");
	ck_assert_msg(ehc_score_config_load(path, &c, &err) == 0, "%s", err.message);
	return c;
}

#endif
