/* SPDX-License-Identifier: MIT */
/*
 * `csv`: one row per plan for QA panels (RFC 4180: CRLF, fields quoted when they hold a comma,
 * a quote or a line break): path, overall score and grade, score and grade of every statutory
 * section, counts by level, and the load error. Written as each plan finishes. A text cell
 * that a spreadsheet would run as a formula is written with a leading apostrophe.
 */
#include <string.h>

#include "report/report-util.h"

/* A cell a spreadsheet would take for a formula ("=HYPERLINK(...)" as a file name). */
static bool
formula_like(const char *s)
{
	return *s && strchr("=+-@\t\r", *s);
}

static void
field(FILE *out, const char *s, bool first)
{
	if (!first)
		fputc(',', out);
	if (!s)
		return;
	bool formula = formula_like(s);
	if (!formula && !strpbrk(s, ",\"\r\n")) {
		fputs(s, out);
		return;
	}
	fputc('"', out);
	if (formula)
		fputc('\'', out); /* shown as text, never run: OWASP's advice for CSV exports */
	for (; *s; s++) {
		if (*s == '"')
			fputc('"', out);
		fputc(*s, out);
	}
	fputc('"', out);
}

static void
number(FILE *out, double v, bool have)
{
	fputc(',', out);
	if (have)
		fprintf(out, "%.1f", v);
}

static void
count(FILE *out, size_t n)
{
	fprintf(out, ",%zu", n);
}

static void
csv_begin(struct ehc_report_ctx *ctx)
{
	field(ctx->out, "path", true);
	fputs(",status,score,grade,limited_by", ctx->out);
	for (int s = EHC_SEC_A; s <= EHC_SEC_K; s++)
		fprintf(ctx->out, ",%s_score,%s_grade", ehc_sec_id((enum ehc_sec)s),
			ehc_sec_id((enum ehc_sec)s));
	fputs(",errors,warnings,info,suppressed,baselined,error\r\n", ctx->out);
}

static void
sections(FILE *out, const struct ehc_score *sc)
{
	for (int s = EHC_SEC_A; s <= EHC_SEC_K; s++) {
		bool have = sc && sc->sec[s].scored;
		number(out, have ? sc->sec[s].score : 0, have);
		field(out, have ? ehc_grade_id(sc->sec[s].grade) : NULL, false);
	}
}

static void
csv_plan(struct ehc_report_ctx *ctx, const struct ehc_result *r)
{
	const struct ehc_score *sc = r->score;
	size_t n[EHC_LEVEL_COUNT];
	size_t suppressed = ehc_result_counts(r, ctx->min_level, n);
	field(ctx->out, r->path, true);
	field(ctx->out, r->doc ? "ok" : "error", false);
	number(ctx->out, sc ? sc->score : 0, sc != NULL);
	field(ctx->out, sc ? ehc_grade_id(sc->grade) : NULL, false);
	field(ctx->out, sc && sc->limited_by[0] ? sc->limited_by : NULL, false);
	sections(ctx->out, sc);
	count(ctx->out, n[EHC_LEVEL_ERROR]);
	count(ctx->out, n[EHC_LEVEL_WARNING]);
	count(ctx->out, n[EHC_LEVEL_INFO]);
	count(ctx->out, suppressed);
	count(ctx->out, r->nbaselined);
	field(ctx->out, r->doc ? NULL : r->error ? r->error->message : "cannot be read", false);
	fputs("\r\n", ctx->out);
	fflush(ctx->out);
}

const struct ehc_reporter ehc_report_csv = {
	.name = "csv",
	.description = "one CSV row per plan: scores and grades per section, counts (RFC 4180)",
	.begin = csv_begin,
	.plan = csv_plan,
};
