/* SPDX-License-Identifier: MIT */
/* Scores: item verdicts, section grades, the plan's weighted grade and its limiting
 * judgements, and scoring.yml errors. Models from C literals (tests/report/fixture.h). */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "../report/fixture.h"
#include "score/score.h"
#include "ck-run.h"
#include "score/scoring-fixture.h"

static struct ehc_score_config *
config_from(const char *yaml, struct ehc_error *err, int *rc)
{
	char path[] = "/tmp/ehclint-scoring-XXXXXX";
	int fd = mkstemp(path);
	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(write(fd, yaml, strlen(yaml)), (ssize_t)strlen(yaml));
	close(fd);
	struct ehc_score_config *c = NULL;
	*rc = ehc_score_config_load(path, &c, err);
	unlink(path);
	return c;
}

static struct ehc_score_config *
config(void)
{
	return ehc_test_scoring();
}

static const struct ehc_item_score *
item(const struct ehc_score *sc, enum ehc_sec s, int n)
{
	for (size_t i = 0; i < sc->nitems; i++)
		if (sc->items[i].section == s && sc->items[i].n == n)
			return &sc->items[i];
	ck_abort_msg("no item %d", n);
	return NULL;
}

START_TEST(verdicts)
{
	struct ehc_score_config *cfg = config();
	struct ehc_doc *doc = fx_doc("p.docx", 99);
	struct ehc_score *sc = ehc_score_doc(cfg, NULL, doc);
	const struct ehc_item_score *e1 = item(sc, EHC_SEC_E, 1), *e2 = item(sc, EHC_SEC_E, 2);
	const struct ehc_item_score *f1 = item(sc, EHC_SEC_F, 1), *f2 = item(sc, EHC_SEC_F, 2);
	ck_assert(e1->passed && !e2->passed);
	ck_assert_int_eq(ehc_item_verdict(e2, EHC_CRIT_MEASURABLE), EHC_VERDICT_FAIL);
	ck_assert_int_eq(ehc_item_verdict(e2, EHC_CRIT_TIME_BOUND), EHC_VERDICT_FAIL);
	ck_assert_int_eq(ehc_item_verdict(e2, EHC_CRIT_SPECIFIC), EHC_VERDICT_PASS);
	ck_assert_int_eq(ehc_item_verdict(f1, EHC_CRIT_FREQUENCY), EHC_VERDICT_FAIL);
	ck_assert_int_eq(ehc_item_verdict(f1, EHC_CRIT_WHO), EHC_VERDICT_PASS);
	ck_assert(f2->passed);
	/* an outcome is not judged on provision elements */
	ck_assert_int_eq(ehc_item_verdict(e1, EHC_CRIT_WHO), EHC_VERDICT_NOT_ASSESSED);
	ehc_score_free(sc);
	ehc_doc_free(doc);
	ehc_score_config_free(cfg);
}
END_TEST

/* How many of the fixture findings, and the grades they give. */
static const struct {
	size_t nfindings;
	enum ehc_grade e, f, k, plan;
	double score;
	const char *limited;
} grading[] = {
	/* no findings: C, D, G..J missing (1 point each), A, B, E, F, K outstanding (4):
	 * (4 x 9.5 + 1 x 4.25) / 13.75 = 3.07 points = 6.9 / 10 */
	{ 0, EHC_GRADE_OUTSTANDING, EHC_GRADE_OUTSTANDING, EHC_GRADE_OUTSTANDING,
	  EHC_GRADE_GOOD, 6.9, "" },
	/* one outcome of two fails: E at 50%, requires improvement: 2.78 points = 5.9 */
	{ 2, EHC_GRADE_REQUIRES_IMPROVEMENT, EHC_GRADE_OUTSTANDING, EHC_GRADE_OUTSTANDING,
	  EHC_GRADE_GOOD, 5.9, "" },
	/* an error in F: F inadequate (weight 3): 2.13 points = 3.8 */
	{ 3, EHC_GRADE_REQUIRES_IMPROVEMENT, EHC_GRADE_INADEQUATE, EHC_GRADE_OUTSTANDING,
	  EHC_GRADE_REQUIRES_IMPROVEMENT, 3.8, "" },
	/* one info finding in K: still outstanding (max_info 2) */
	{ 5, EHC_GRADE_REQUIRES_IMPROVEMENT, EHC_GRADE_INADEQUATE, EHC_GRADE_OUTSTANDING,
	  EHC_GRADE_REQUIRES_IMPROVEMENT, 3.8, "" },
};

START_TEST(grades)
{
	struct ehc_score_config *cfg = config();
	struct ehc_doc *doc = fx_doc("p.docx", grading[_i].nfindings);
	struct ehc_score *sc = ehc_score_doc(cfg, NULL, doc);
	ck_assert_int_eq(sc->sec[EHC_SEC_E].grade, grading[_i].e);
	ck_assert_int_eq(sc->sec[EHC_SEC_F].grade, grading[_i].f);
	ck_assert_int_eq(sc->sec[EHC_SEC_K].grade, grading[_i].k);
	ck_assert_int_eq(sc->sec[EHC_SEC_C].grade, EHC_GRADE_INADEQUATE);
	ck_assert_msg(sc->score > grading[_i].score - 0.05 && sc->score < grading[_i].score + 0.05,
		      "score %.2f, want %.1f", sc->score, grading[_i].score);
	ck_assert_int_eq(sc->grade, grading[_i].plan);
	/* H1/H2 are scored when the plan has no single H */
	ck_assert(sc->sec[EHC_SEC_H1].scored && !sc->sec[EHC_SEC_H].scored);
	ehc_score_free(sc);
	ehc_doc_free(doc);
	ehc_score_config_free(cfg);
}
END_TEST

static const char complete_yaml[] =
	"sections:\n  A: { weight: 1 }\n  B: { weight: 1 }\n  E: { weight: 1 }\n  F: { weight: 1 }\n"
	"  K: { weight: 1 }\n"
	"grades:\n  outstanding: { min_pass: 1.0, max_info: 0 }\n  good: { min_pass: 0.5 }\n"
	"  requires-improvement: { min_pass: 0.25 }\n"
	"overall:\n  bands: { outstanding: 9, good: 6, requires-improvement: 3 }\n"
	"  limiting: { sections: [F], rules: [section-missing], cap: requires-improvement }\n";

START_TEST(limiting)
{
	struct ehc_error err = { 0 };
	int rc;
	struct ehc_score_config *cfg = config_from(complete_yaml, &err, &rc);
	ck_assert_msg(rc == 0, "%s", err.message);
	struct ehc_doc *doc = fx_doc("p.docx", 2);
	doc->findings[0].level = EHC_LEVEL_INFO; /* E2 passes: only not-time-bound remains */
	struct ehc_score *sc = ehc_score_doc(cfg, NULL, doc);
	ck_assert_int_eq(sc->sec[EHC_SEC_E].grade, EHC_GRADE_GOOD); /* 1/2 with min_pass 0.5 */
	ck_assert_int_eq(sc->sec[EHC_SEC_A].grade, EHC_GRADE_OUTSTANDING);
	ck_assert(!sc->sec[EHC_SEC_C].scored); /* weight 0 */
	ck_assert_str_eq(sc->limited_by, "");
	ehc_score_free(sc);
	ehc_doc_free(doc);
	/* E, F, K good, A, B outstanding: 3.4 points = 8.0, good; but section-missing is an
	 * error, so the plan is capped at requires improvement */
	doc = fx_doc("p.docx", 99);
	doc->findings[2].level = EHC_LEVEL_WARNING;
	sc = ehc_score_doc(cfg, NULL, doc);
	ck_assert_int_eq(sc->unlimited, EHC_GRADE_GOOD);
	ck_assert_int_eq(sc->grade, EHC_GRADE_REQUIRES_IMPROVEMENT);
	ck_assert_str_eq(sc->limited_by, "an error of rule section-missing");
	ehc_score_free(sc);
	ehc_doc_free(doc);
	ehc_score_config_free(cfg);
}
END_TEST

START_TEST(suppressed_ignored)
{
	struct ehc_score_config *cfg = config();
	struct ehc_doc *doc = fx_doc("p.docx", 3);
	for (size_t i = 0; i < doc->nfindings; i++)
		doc->findings[i].suppressed = true;
	struct ehc_score *sc = ehc_score_doc(cfg, NULL, doc);
	ck_assert_int_eq(sc->sec[EHC_SEC_F].grade, EHC_GRADE_OUTSTANDING);
	ck_assert_int_eq(sc->sec[EHC_SEC_E].grade, EHC_GRADE_OUTSTANDING);
	ehc_score_free(sc);
	ehc_doc_free(doc);
	ehc_score_config_free(cfg);
}
END_TEST

static const struct {
	const char *yaml, *want;
} bad_configs[] = {
	{ "sections:\n  Z: { weight: 1 }\n", "not a statutory section" },
	{ "sections:\n  A: { wieght: 1 }\n", "did you mean 'weight'" },
	{ "sections:\n  E: { weight: 1, criteria: [smart] }\n", "unknown criterion" },
	{ "grades:\n  good: { min_pass: 2 }\n", "expected a number" },
	{ "overall:\n  limiting: { cap: great }\n", "'cap' is a grade" },
	{ "scores: {}\n", "unknown key 'scores'" },
};

START_TEST(config_errors)
{
	struct ehc_error err = { 0 };
	int rc;
	struct ehc_score_config *c = config_from(bad_configs[_i].yaml, &err, &rc);
	ck_assert_int_eq(rc, EHC_E_RULE);
	ck_assert_ptr_null(c);
	ck_assert_msg(strstr(err.message, bad_configs[_i].want), "message: %s", err.message);
	ck_assert_int_gt(err.line, 0);
}
END_TEST

START_TEST(names)
{
	ck_assert_str_eq(ehc_grade_id(EHC_GRADE_REQUIRES_IMPROVEMENT), "requires-improvement");
	ck_assert_str_eq(ehc_grade_name(EHC_GRADE_OUTSTANDING), "Outstanding");
	ck_assert_int_eq(ehc_grade_parse("good"), EHC_GRADE_GOOD);
	ck_assert_int_eq(ehc_grade_parse("great"), EHC_GRADE_NONE);
	ck_assert_str_eq(ehc_verdict_id(EHC_VERDICT_NOT_ASSESSED), "not-assessed");
}
END_TEST

int
main(void)
{
	Suite *s = suite_create("score");
	TCase *tc = tcase_create("score");
	tcase_add_test(tc, verdicts);
	tcase_add_loop_test(tc, grades, 0, sizeof grading / sizeof *grading);
	tcase_add_test(tc, limiting);
	tcase_add_test(tc, suppressed_ignored);
	tcase_add_loop_test(tc, config_errors, 0, sizeof bad_configs / sizeof *bad_configs);
	tcase_add_test(tc, names);
	suite_add_tcase(s, tc);
	return ehc_ck_run(s);
}
