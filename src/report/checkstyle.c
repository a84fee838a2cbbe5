/* SPDX-License-Identifier: MIT */
/* `checkstyle`: Checkstyle XML (one <file> per plan, a block number as the line), written as
 * each plan finishes. Read by Jenkins warnings-ng, reviewdog, Bitbucket and others. */
#include "report/report-util.h"

static const char *const severity[EHC_LEVEL_COUNT] = {
	[EHC_LEVEL_INFO] = "info",
	[EHC_LEVEL_WARNING] = "warning",
	[EHC_LEVEL_ERROR] = "error",
};

static void
error_element(FILE *out, const struct ehc_finding *f)
{
	fprintf(out, "  <error line=\"%d\"", f->block > 0 ? f->block : 1);
	if (f->end > f->start)
		fprintf(out, " column=\"%zu\"", ehc_finding_char(f, f->start) + 1);
	fprintf(out, " severity=\"%s\" message=\"", severity[f->level]);
	ehc_xml_puts(out, f->message && *f->message ? f->message : f->rule_id, true);
	if (f->suggestion) {
		fputs(" Better: ", out);
		ehc_xml_puts(out, f->suggestion, true);
	}
	fputs("\" source=\"ehclint.", out);
	ehc_xml_puts(out, f->rule_id, true);
	fputs("\"/>\n", out);
}

static void
checkstyle_begin(struct ehc_report_ctx *ctx)
{
	fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n", ctx->out);
}

static void
checkstyle_plan(struct ehc_report_ctx *ctx, const struct ehc_result *r)
{
	fputs(" <file name=\"", ctx->out);
	ehc_xml_puts(ctx->out, r->path, true);
	fputs("\">\n", ctx->out);
	if (!r->doc) {
		fputs("  <error line=\"1\" severity=\"error\" message=\"", ctx->out);
		ehc_xml_puts(ctx->out, r->error ? r->error->message : "cannot be read", true);
		fputs("\" source=\"ehclint.load\"/>\n", ctx->out);
	}
	for (size_t i = 0; r->doc && i < r->doc->nfindings; i++)
		if (ehc_result_shown(r, i, ctx->min_level))
			error_element(ctx->out, &r->doc->findings[i]);
	fputs(" </file>\n", ctx->out);
}

static void
checkstyle_end(struct ehc_report_ctx *ctx)
{
	fputs("</checkstyle>\n", ctx->out);
}

const struct ehc_reporter ehc_report_checkstyle = {
	.name = "checkstyle",
	.description = "Checkstyle XML (Jenkins, reviewdog, Bitbucket)",
	.begin = checkstyle_begin,
	.plan = checkstyle_plan,
	.end = checkstyle_end,
};
