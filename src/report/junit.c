/* SPDX-License-Identifier: MIT */
/*
 * `junit`: JUnit XML, one <testsuite> per plan and one <testcase> per statutory section (and
 * one for the whole plan); a section fails when it has error findings, other findings are
 * its system-out. An unreadable plan is a testsuite with one <error>. Written as each plan
 * finishes.
 */
#include <string.h>

#include "report/report-util.h"

#define WHOLE EHC_SEC_COUNT /* the testcase for findings outside the listed sections */

struct cases {
	enum ehc_sec sec[EHC_SEC_COUNT + 1];
	size_t n;
	bool listed[EHC_SEC_COUNT];
};

static int
case_of(const struct cases *c, enum ehc_sec s)
{
	return s > EHC_SEC_NONE && s < EHC_SEC_COUNT && c->listed[s] ? (int)s : WHOLE;
}

static size_t
errors_in(const struct ehc_report_ctx *ctx, const struct ehc_result *r, const struct cases *c,
	  int k)
{
	size_t n = 0;
	for (size_t i = 0; i < r->doc->nfindings; i++) {
		const struct ehc_finding *f = &r->doc->findings[i];
		n += ehc_result_shown(r, i, ctx->min_level) && f->level == EHC_LEVEL_ERROR &&
		     case_of(c, f->section) == k;
	}
	return n;
}

static void
finding_line(FILE *out, const struct ehc_finding *f)
{
	size_t wlen;
	const char *words = ehc_finding_words(f, &wlen);
	fprintf(out, "%s %s", ehc_level_name(f->level), f->rule_id);
	if (f->block)
		fprintf(out, " block %d", f->block);
	if (f->item)
		fprintf(out, " item %s%d", ehc_sec_id(f->section), f->item);
	fputs(": ", out);
	ehc_xml_puts(out, f->message, false);
	if (wlen) {
		fputs(" «", out);
		ehc_xml_put(out, words, wlen, false);
		fputs("»", out);
	}
	fputc('\n', out);
}

static void
case_body(const struct ehc_report_ctx *ctx, const struct ehc_result *r, const struct cases *c,
	  int k, bool errors)
{
	for (size_t i = 0; i < r->doc->nfindings; i++) {
		const struct ehc_finding *f = &r->doc->findings[i];
		if (ehc_result_shown(r, i, ctx->min_level) && case_of(c, f->section) == k &&
		    (f->level == EHC_LEVEL_ERROR) == errors)
			finding_line(ctx->out, f);
	}
}

static void
testcase(const struct ehc_report_ctx *ctx, const struct ehc_result *r, const struct cases *c,
	 int k)
{
	char buf[256];
	const char *name = k == WHOLE ? "Whole plan"
				      : ehc_section_heading(r->doc, (enum ehc_sec)k, buf, sizeof buf);
	size_t errors = errors_in(ctx, r, c, k);
	fputs("  <testcase classname=\"", ctx->out);
	ehc_xml_puts(ctx->out, r->path, true);
	fputs("\" name=\"", ctx->out);
	ehc_xml_puts(ctx->out, name, true);
	fputs("\" time=\"0\">\n", ctx->out);
	if (errors) {
		fprintf(ctx->out, "   <failure type=\"error\" message=\"%zu error%s\">", errors,
			errors == 1 ? "" : "s");
		case_body(ctx, r, c, k, true);
		fputs("</failure>\n", ctx->out);
	}
	fputs("   <system-out>", ctx->out);
	case_body(ctx, r, c, k, false);
	fputs("</system-out>\n  </testcase>\n", ctx->out);
}

static void
suite_open(const struct ehc_report_ctx *ctx, const char *path, size_t tests, size_t failures,
	   size_t errors)
{
	fputs(" <testsuite name=\"", ctx->out);
	ehc_xml_puts(ctx->out, path, true);
	fprintf(ctx->out, "\" tests=\"%zu\" failures=\"%zu\" errors=\"%zu\" skipped=\"0\" "
		"time=\"0\">\n", tests, failures, errors);
}

static void
unreadable(const struct ehc_report_ctx *ctx, const struct ehc_result *r)
{
	suite_open(ctx, r->path, 1, 0, 1);
	fputs("  <testcase classname=\"", ctx->out);
	ehc_xml_puts(ctx->out, r->path, true);
	fputs("\" name=\"load\" time=\"0\">\n   <error type=\"load\" message=\"", ctx->out);
	ehc_xml_puts(ctx->out, r->error ? r->error->message : "cannot be read", true);
	fputs("\"/>\n  </testcase>\n </testsuite>\n", ctx->out);
}

static void
junit_plan(struct ehc_report_ctx *ctx, const struct ehc_result *r)
{
	if (!r->doc) {
		unreadable(ctx, r);
		return;
	}
	struct cases c = { 0 };
	c.n = ehc_plan_sections(r->doc, c.sec);
	for (size_t i = 0; i < c.n; i++)
		c.listed[c.sec[i]] = true;
	c.sec[c.n++] = WHOLE;
	size_t failures = 0;
	for (size_t i = 0; i < c.n; i++)
		failures += errors_in(ctx, r, &c, (int)c.sec[i]) > 0;
	suite_open(ctx, r->path, c.n, failures, 0);
	for (size_t i = 0; i < c.n; i++)
		testcase(ctx, r, &c, (int)c.sec[i]);
	fputs(" </testsuite>\n", ctx->out);
}

static void
junit_begin(struct ehc_report_ctx *ctx)
{
	fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"ehclint\">\n",
	      ctx->out);
}

static void
junit_end(struct ehc_report_ctx *ctx)
{
	fputs("</testsuites>\n", ctx->out);
}

const struct ehc_reporter ehc_report_junit = {
	.name = "junit",
	.description = "JUnit XML: a testsuite per plan, a testcase per section",
	.begin = junit_begin,
	.plan = junit_plan,
	.end = junit_end,
};
