/* SPDX-License-Identifier: MIT */
/* `text`: findings grouped by section in plan order, the words at fault shown in place. */
#include <stdlib.h>
#include <string.h>

#include "report/report.h"

#define CONTEXT 40

struct text_state {
	size_t plans, errors, findings[EHC_LEVEL_COUNT];
};

static const char *const level_colour[EHC_LEVEL_COUNT] = {
	[EHC_LEVEL_INFO] = "\033[36m",
	[EHC_LEVEL_WARNING] = "\033[33m",
	[EHC_LEVEL_ERROR] = "\033[31m",
};

static const char *
paint(const struct ehc_report_ctx *ctx, const char *code)
{
	return ctx->color ? code : "";
}

static size_t
char_start(const char *s, size_t i)
{
	while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80)
		i--;
	return i;
}

static void
put_flat(FILE *out, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		fputc(s[i] == '\t' || s[i] == '\n' ? ' ' : s[i], out);
}

static void
excerpt(const struct ehc_report_ctx *ctx, const struct ehc_finding *f)
{
	if (!f->text_len)
		return;
	size_t from = f->start > CONTEXT ? char_start(f->text, f->start - CONTEXT) : 0;
	size_t to = f->end + CONTEXT < f->text_len ? char_start(f->text, f->end + CONTEXT)
						   : f->text_len;
	fputs("      ", ctx->out);
	fputs(from > 0 ? "…" : "", ctx->out);
	put_flat(ctx->out, f->text + from, f->start - from);
	if (f->end > f->start) {
		fputs(ctx->color ? "\033[1;4m" : "«", ctx->out);
		put_flat(ctx->out, f->text + f->start, f->end - f->start);
		fputs(ctx->color ? "\033[0m" : "»", ctx->out);
	}
	put_flat(ctx->out, f->text + f->end, to - f->end);
	fputs(to < f->text_len ? "…\n" : "\n", ctx->out);
}

static void
finding(const struct ehc_report_ctx *ctx, const struct ehc_finding *f)
{
	fprintf(ctx->out, "  %s%-7s%s %s", paint(ctx, level_colour[f->level]),
		ehc_level_name(f->level), paint(ctx, "\033[0m"), f->rule_id);
	if (f->block)
		fprintf(ctx->out, "  block %d", f->block);
	if (f->item)
		fprintf(ctx->out, ", item %s%d", ehc_sec_id(f->section), f->item);
	fprintf(ctx->out, "\n      %s\n", f->message ? f->message : "");
	excerpt(ctx, f);
	if (f->suggestion)
		fprintf(ctx->out, "      %sbetter:%s %s\n", paint(ctx, "\033[32m"),
			paint(ctx, "\033[0m"), f->suggestion);
}

static void
group(const struct ehc_report_ctx *ctx, const struct ehc_doc *doc, enum ehc_sec s,
      const char *title, bool *shown)
{
	bool header = false;
	for (size_t i = 0; i < doc->nfindings; i++) {
		const struct ehc_finding *f = &doc->findings[i];
		if (shown[i] || f->section != s || !ehc_finding_shown(f, ctx->min_level))
			continue;
		if (!header)
			fprintf(ctx->out, " %s%s%s\n", paint(ctx, "\033[1m"), title, paint(ctx, "\033[0m"));
		header = true;
		shown[i] = true;
		finding(ctx, f);
	}
}

static const char *
section_title(const struct ehc_doc *doc, enum ehc_sec s, char *buf, size_t n)
{
	const struct ehc_section *sec = &doc->sections[s];
	if (s == EHC_SEC_FRONT)
		return "Front matter";
	if (s == EHC_SEC_BACK)
		return "After the plan";
	if (!sec->present)
		snprintf(buf, n, "Section %s (not found)", ehc_sec_id(s));
	else
		snprintf(buf, n, "Section %s: %s", ehc_sec_id(s), sec->title ? sec->title : "");
	return buf;
}

static void
plan_findings(const struct ehc_report_ctx *ctx, const struct ehc_doc *doc)
{
	bool shown[doc->nfindings ? doc->nfindings : 1];
	memset(shown, 0, sizeof shown);
	char buf[256];
	int order[EHC_SEC_COUNT], n = 0;
	order[n++] = EHC_SEC_FRONT;
	for (int pos = 1; pos < EHC_SEC_COUNT; pos++)
		for (int s = EHC_SEC_A; s <= EHC_SEC_K; s++)
			if (doc->sections[s].present && doc->sections[s].order == pos)
				order[n++] = s;
	for (int s = EHC_SEC_A; s <= EHC_SEC_K; s++)
		if (!doc->sections[s].present)
			order[n++] = s;
	for (int i = 0; i < n; i++)
		group(ctx, doc, (enum ehc_sec)order[i],
		      section_title(doc, (enum ehc_sec)order[i], buf, sizeof buf), shown);
	group(ctx, doc, EHC_SEC_BACK, "After the plan", shown);
	group(ctx, doc, EHC_SEC_NONE, "Whole plan", shown);
}

static void
text_begin(struct ehc_report_ctx *ctx)
{
	ctx->state = calloc(1, sizeof(struct text_state));
}

static void
text_plan(struct ehc_report_ctx *ctx, const struct ehc_result *r)
{
	struct text_state *st = ctx->state;
	st->plans++;
	if (!r->doc) {
		st->errors++;
		fprintf(ctx->out, "%s%s%s: %serror%s: %s\n\n", paint(ctx, "\033[1m"), r->path,
			paint(ctx, "\033[0m"), paint(ctx, level_colour[EHC_LEVEL_ERROR]),
			paint(ctx, "\033[0m"), r->error ? r->error->message : "cannot be read");
		return;
	}
	size_t count[EHC_LEVEL_COUNT] = { 0 }, suppressed = 0;
	for (size_t i = 0; i < r->doc->nfindings; i++) {
		const struct ehc_finding *f = &r->doc->findings[i];
		suppressed += f->suppressed;
		count[f->level] += ehc_finding_shown(f, ctx->min_level);
	}
	fprintf(ctx->out, "%s%s%s\n", paint(ctx, "\033[1m"), r->path, paint(ctx, "\033[0m"));
	plan_findings(ctx, r->doc);
	fprintf(ctx->out, "  %zu errors, %zu warnings, %zu info", count[EHC_LEVEL_ERROR],
		count[EHC_LEVEL_WARNING], count[EHC_LEVEL_INFO]);
	if (suppressed)
		fprintf(ctx->out, ", %zu suppressed", suppressed);
	fputs("\n\n", ctx->out);
	for (int l = 0; l < EHC_LEVEL_COUNT; l++)
		st->findings[l] += count[l];
}

static void
text_end(struct ehc_report_ctx *ctx)
{
	struct text_state *st = ctx->state;
	if (st && st->plans > 1)
		fprintf(ctx->out, "%zu plans (%zu unreadable): %zu errors, %zu warnings, %zu info\n",
			st->plans, st->errors, st->findings[EHC_LEVEL_ERROR],
			st->findings[EHC_LEVEL_WARNING], st->findings[EHC_LEVEL_INFO]);
	free(st);
	ctx->state = NULL;
}

const struct ehc_reporter ehc_report_text = {
	.name = "text",
	.description = "findings grouped by section, for a person (default)",
	.begin = text_begin,
	.plan = text_plan,
	.end = text_end,
};
