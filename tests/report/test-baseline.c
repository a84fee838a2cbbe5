/* SPDX-License-Identifier: MIT */
/* Baselines: fingerprints survive edits elsewhere and retyping, matching uses each recorded
 * finding once, and a written baseline reads back. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "baseline.h"
#include "fixture.h"
#include "ck-run.h"

static void
fp_of(const char *rule, enum ehc_sec s, const char *text, const char *words, int block,
      char out[EHC_FINGERPRINT_SIZE])
{
	const char *w = strstr(text, words);
	struct ehc_finding f = { .rule_id = rule, .section = s, .block = block, .text = text,
		.text_len = strlen(text), .start = (size_t)(w - text),
		.end = (size_t)(w - text) + strlen(words) };
	ehc_finding_fingerprint(&f, out);
}

static const struct {
	const char *rule;
	enum ehc_sec sec;
	const char *text, *words;
	int block;
	bool same;
} fps[] = {
	{ "vague-support", EHC_SEC_F, "Access to a TA as appropriate.", "as appropriate", 10, true },
	{ "vague-support", EHC_SEC_F, "Access to a TA as appropriate.", "as appropriate", 42, true },
	{ "vague-support", EHC_SEC_F, "  access to a  TA\tAS appropriate. ", "AS appropriate", 3, true },
	{ "vague-support", EHC_SEC_F, "Access to a TA as\xC2\xA0" "appropriate.", "as\xC2\xA0" "appropriate", 10, true },
	{ "vague-support", EHC_SEC_G, "Access to a TA as appropriate.", "as appropriate", 10, false },
	{ "vague-word", EHC_SEC_F, "Access to a TA as appropriate.", "as appropriate", 10, false },
	{ "vague-support", EHC_SEC_F, "Access to a TA when appropriate.", "appropriate", 10, false },
};

START_TEST(fingerprints)
{
	char a[EHC_FINGERPRINT_SIZE], b[EHC_FINGERPRINT_SIZE];
	fp_of(fps[0].rule, fps[0].sec, fps[0].text, fps[0].words, fps[0].block, a);
	fp_of(fps[_i].rule, fps[_i].sec, fps[_i].text, fps[_i].words, fps[_i].block, b);
	ck_assert_uint_eq(strlen(a), EHC_FINGERPRINT_SIZE - 1);
	ck_assert_msg((strcmp(a, b) == 0) == fps[_i].same, "case %d: %s vs %s", _i, a, b);
}
END_TEST

START_TEST(quotes_fold)
{
	char a[EHC_FINGERPRINT_SIZE], b[EHC_FINGERPRINT_SIZE];
	fp_of("r", EHC_SEC_A, "Sam\xE2\x80\x99s view \xE2\x80\x93 trains", "view", 1, a);
	fp_of("r", EHC_SEC_A, "Sam's view - trains", "view", 1, b);
	ck_assert_str_eq(a, b);
}
END_TEST

START_TEST(match_and_round_trip)
{
	struct ehc_doc *doc = fx_doc("plans/p.docx", 99);
	struct ehc_baseline *b = ehc_baseline_new();
	ehc_baseline_add(b, "./plans/p.docx", doc);
	ck_assert_uint_eq(ehc_baseline_count(b), doc->nfindings);
	char path[] = "/tmp/ehclint-baseline-XXXXXX";
	close(mkstemp(path));
	struct ehc_error err = { 0 };
	ck_assert_int_eq(ehc_baseline_write(b, path, "test", &err), 0);
	ehc_baseline_free(b);
	ck_assert_int_eq(ehc_baseline_load(path, &b, &err), 0);
	unlink(path);
	/* the same plan with one more finding: only that one is new */
	struct ehc_finding *extra = ehc_doc_add_finding(doc);
	*extra = doc->findings[0];
	bool marks[16];
	ck_assert_uint_eq(ehc_baseline_match(b, "plans/p.docx", doc, marks), doc->nfindings - 1);
	ck_assert(marks[0] && !marks[doc->nfindings - 1]);
	/* another plan holds nothing */
	ck_assert_uint_eq(ehc_baseline_match(b, "other.docx", doc, marks), 0);
	ehc_baseline_free(b);
	ehc_doc_free(doc);
}
END_TEST

START_TEST(bad_files)
{
	struct ehc_baseline *b = NULL;
	struct ehc_error err = { 0 };
	ck_assert_int_eq(ehc_baseline_load("/nonexistent/baseline.json", &b, &err), EHC_E_IO);
	char path[] = "/tmp/ehclint-baseline-XXXXXX";
	int fd = mkstemp(path);
	ck_assert_int_eq(write(fd, "{\"plans\": []}", 13), 13);
	close(fd);
	ck_assert_int_eq(ehc_baseline_load(path, &b, &err), EHC_E_CONFIG);
	ck_assert_ptr_null(b);
	unlink(path);
}
END_TEST

int
main(void)
{
	Suite *s = suite_create("baseline");
	TCase *tc = tcase_create("baseline");
	tcase_add_loop_test(tc, fingerprints, 0, sizeof fps / sizeof *fps);
	tcase_add_test(tc, quotes_fold);
	tcase_add_test(tc, match_and_round_trip);
	tcase_add_test(tc, bad_files);
	suite_add_tcase(s, tc);
	return ehc_ck_run(s);
}
