/* SPDX-License-Identifier: MIT */
/*
 * Reporter golden files: each format renders the fixture plan (scored, with findings), an
 * unreadable plan and the fixture again with some findings held by a baseline; the output
 * must equal tests/report/golden/<format>.out byte for byte.
 *
 * Regenerate after an intended change:
 *   EHCLINT_REGEN_GOLDEN=1 meson test -C BUILD report-golden
 * (writes into $EHCLINT_SOURCE_ROOT/tests/report/golden/; review the diff before committing).
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fixture.h"
#include "report/report.h"
#include "score/score.h"
#include "util/xalloc.h"
#include "ck-run.h"
#include "score/scoring-fixture.h"

static const char *const formats[] = {
	"text", "json", "jsonl", "sarif", "gitlab", "checkstyle", "junit", "csv", "html",
	"html-single",
};
#define NFORMATS (sizeof formats / sizeof *formats)

static char *
golden_path(const char *name)
{
	const char *root = getenv("EHCLINT_SOURCE_ROOT");
	char *p = xmalloc(4096);
	snprintf(p, 4096, "%s/tests/report/golden/%s.out", root ? root : ".", name);
	return p;
}

static struct ehc_score_config *
config(void)
{
	return ehc_test_scoring();
}

static void
render(const struct ehc_reporter *rep, FILE *out, bool single)
{
	struct ehc_report_ctx ctx = { .out = out, .min_level = EHC_LEVEL_INFO, .tool_version = "test" };
	struct ehc_score_config *cfg = config();
	struct ehc_doc *doc = fx_doc("plans/sam plan.docx", 99);
	struct ehc_score *sc = ehc_score_doc(cfg, NULL, doc);
	struct ehc_error err = { .code = EHC_E_ENCRYPTED };
	snprintf(err.message, sizeof err.message, "locked.docx: the plan is password-protected");
	bool held[16] = { true, true, true };
	struct ehc_result r[] = {
		{ .path = doc->path, .doc = doc, .score = sc },
		{ .path = "locked.docx", .error = &err },
		{ .path = "baselined.docx", .doc = doc, .score = sc, .baselined = held, .nbaselined = 3 },
	};
	if (rep->begin)
		rep->begin(&ctx);
	for (size_t i = 0; i < (single ? 1 : 3); i++)
		rep->plan(&ctx, &r[i]);
	if (rep->end)
		rep->end(&ctx);
	ehc_score_free(sc);
	ehc_doc_free(doc);
	ehc_score_config_free(cfg);
}

static char *
slurp(const char *path, size_t *n)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	char *buf = xmalloc(1 << 20);
	*n = fread(buf, 1, (1 << 20) - 1, f);
	buf[*n] = '\0';
	fclose(f);
	return buf;
}

START_TEST(golden)
{
	const char *name = formats[_i];
	bool single = strcmp(name, "html-single") == 0;
	const struct ehc_reporter *rep = ehc_reporter_find(single ? "html" : name);
	ck_assert_ptr_nonnull(rep);
	char *got = NULL, *path = golden_path(name);
	size_t ngot = 0, nwant = 0;
	FILE *out = open_memstream(&got, &ngot);
	render(rep, out, single);
	fclose(out);
	if (getenv("EHCLINT_REGEN_GOLDEN")) {
		FILE *g = fopen(path, "wb");
		ck_assert_ptr_nonnull(g);
		fwrite(got, 1, ngot, g);
		fclose(g);
	}
	char *want = slurp(path, &nwant);
	ck_assert_msg(want, "no golden file %s (see the comment at the top of this test)", path);
	if (ngot != nwant || memcmp(got, want, ngot) != 0) {
		fprintf(stderr, "--- %s differs; got:\n%s\n", path, got);
		ck_abort_msg("%s output differs from %s", name, path);
	}
	free(want);
	free(got);
	free(path);
}
END_TEST

int
main(void)
{
	Suite *s = suite_create("report");
	TCase *tc = tcase_create("golden");
	tcase_add_loop_test(tc, golden, 0, NFORMATS);
	suite_add_tcase(s, tc);
	return ehc_ck_run(s);
}
