/* SPDX-License-Identifier: MIT */
/*
 * `text`: findings grouped by section in plan order, the words at fault shown in place, a
 * SMART table for the outcomes, an elements table for provision, one summary line per plan.
 * Colour only when the run allows it (a terminal, no NO_COLOR).
 */
#include <stdlib.h>
#include <string.h>

#include "report/report-util.h"

#define CONTEXT 40 /* characters shown either side of the words at fault */
#define WHOLE 160  /* shown of a unit when the finding is about all of it */

struct text_state {
	size_t plans, errors, baselined, findings[EHC_LEVEL_COUNT];
};

static const char *const level_colour[EHC_LEVEL_COUNT] = {
	[EHC_LEVEL_INFO] = "\033[36m",
	[EHC_LEVEL_WARNING] = "\033[33m",
	[EHC_LEVEL_ERROR] = "\033[31m",
};

static const char *const grade_colour[EHC_GRADE_COUNT] = {
	[EHC_GRADE_INADEQUATE] = "\033[31m",
	[EHC_GRADE_REQUIRES_IMPROVEMENT] = "\033[33m",
	[EHC_GRADE_GOOD] = "\033[32m",
	[EHC_GRADE_OUTSTANDING] = "\033[1;32m",
};

static const char *
paint(const struct ehc_report_ctx *ctx, const char *code)
{
	return ctx->color && code ? code : "";
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
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '\t')
			fputs(" | ", out); /* between the cells of a table row */
		else
			fputc(s[i] == '\n' ? ' ' : s[i], out);
	}
}

static void
excerpt(const struct ehc_report_ctx *ctx, const struct ehc_finding *f)
{
	if (!f->text_len || f->end > f->text_len || f->start > f->end)
		return;
	size_t from = f->start > CONTEXT ? char_start(f->text, f->start - CONTEXT) : 0;
	size_t after = f->end > f->start ? CONTEXT : WHOLE;
	size_t to = f->end + after < f->text_len ? char_start(f->text, f->end + after)
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
	char label[32];
	if (f->item)
		fprintf(ctx->out, ", item %s", ehc_item_label(f->section, f->item, label, sizeof label));
	fprintf(ctx->out, "\n      %s\n", f->message ? f->message : "");
	excerpt(ctx, f);
	if (f->suggestion)
		fprintf(ctx->out, "      %sbetter:%s %s\n", paint(ctx, "\033[32m"),
			paint(ctx, "\033[0m"), f->suggestion);
}

static void
grade_tag(const struct ehc_report_ctx *ctx, const struct ehc_result *r, enum ehc_sec s)
{
	if (!r->score || !ehc_sec_statutory(s) || !r->score->sec[s].scored)
		return;
	const struct ehc_section_score *ss = &r->score->sec[s];
	fprintf(ctx->out, "  [%s%s%s: ", paint(ctx, grade_colour[ss->grade]),
		ehc_grade_name(ss->grade), paint(ctx, "\033[0m"));
	if (!ss->present || ss->empty)
		fputs(ss->present ? "empty" : "missing", ctx->out);
	else if (ss->items)
		fprintf(ctx->out, "%zu/%zu items passed", ss->items_passed, ss->items);
	else if (ss->rules)
		fprintf(ctx->out, "%zu/%zu rules passed", ss->rules - ss->rules_failed, ss->rules);
	else
		fputs("no rule failed", ctx->out);
	if (ss->count[EHC_LEVEL_ERROR])
		fprintf(ctx->out, ", %zu error%s", ss->count[EHC_LEVEL_ERROR],
			ss->count[EHC_LEVEL_ERROR] == 1 ? "" : "s");
	fputc(']', ctx->out);
}

static void
group(const struct ehc_report_ctx *ctx, const struct ehc_result *r, enum ehc_sec s, bool *shown)
{
	const struct ehc_doc *doc = r->doc;
	char buf[256];
	bool header = false;
	for (size_t i = 0; i < doc->nfindings; i++) {
		const struct ehc_finding *f = &doc->findings[i];
		if (shown[i] || f->section != s || !ehc_result_shown(r, i, ctx->min_level))
			continue;
		if (!header) {
			fprintf(ctx->out, " %s%s%s", paint(ctx, "\033[1m"),
				ehc_section_heading(doc, s, buf, sizeof buf), paint(ctx, "\033[0m"));
			grade_tag(ctx, r, s);
			fputc('\n', ctx->out);
		}
		header = true;
		shown[i] = true;
		finding(ctx, f);
	}
}

static void
plan_findings(const struct ehc_report_ctx *ctx, const struct ehc_result *r)
{
	const struct ehc_doc *doc = r->doc;
	bool *shown = calloc(doc->nfindings ? doc->nfindings : 1, sizeof *shown);
	enum ehc_sec order[EHC_SEC_COUNT];
	size_t n = ehc_plan_sections(doc, order);
	group(ctx, r, EHC_SEC_FRONT, shown);
	for (size_t i = 0; i < n; i++)
		group(ctx, r, order[i], shown);
	for (int s = EHC_SEC_A; s <= EHC_SEC_K; s++) /* H beside H1/H2, and the like */
		group(ctx, r, (enum ehc_sec)s, shown);
	group(ctx, r, EHC_SEC_BACK, shown);
	group(ctx, r, EHC_SEC_NONE, shown);
	free(shown);
}

static const char *
verdict_mark(enum ehc_verdict v)
{
	return v == EHC_VERDICT_PASS ? "✓" : v == EHC_VERDICT_FAIL ? "✗" : "–";
}

/* One table: the items of 'kind' (outcomes: criteria SMART, provision: elements). */
static void
criteria_table(const struct ehc_report_ctx *ctx, const struct ehc_score *sc, bool outcomes)
{
	const unsigned *bits = outcomes ? ehc_smart_bits : ehc_element_bits;
	bool header = false;
	for (size_t i = 0; i < sc->nitems; i++) {
		const struct ehc_item_score *it = &sc->items[i];
		if (!it->criteria || (it->section == EHC_SEC_E) != outcomes)
			continue;
		if (!header) {
			fprintf(ctx->out, " %s%-22s%s", paint(ctx, "\033[1m"),
				outcomes ? "Outcomes (SMART)" : "Provision (elements)", paint(ctx, "\033[0m"));
			for (size_t b = 0; bits[b]; b++)
				fprintf(ctx->out, outcomes ? " %-2s" : " %-6s", ehc_criterion_short(bits[b]));
			fputc('\n', ctx->out);
		}
		header = true;
		char label[32], id[16];
		snprintf(label, sizeof label, "%s (block %d)",
			 ehc_item_label(it->section, it->n, id, sizeof id), it->first_block);
		fprintf(ctx->out, "   %-21s", label);
		for (size_t b = 0; bits[b]; b++)
			fprintf(ctx->out, outcomes ? " %s " : " %s     ",
				verdict_mark(ehc_item_verdict(it, bits[b])));
		fputc('\n', ctx->out);
	}
}

static void
summary(const struct ehc_report_ctx *ctx, const struct ehc_result *r)
{
	size_t count[EHC_LEVEL_COUNT];
	size_t suppressed = ehc_result_counts(r, ctx->min_level, count);
	fprintf(ctx->out, "  %zu errors, %zu warnings, %zu info", count[EHC_LEVEL_ERROR],
		count[EHC_LEVEL_WARNING], count[EHC_LEVEL_INFO]);
	if (suppressed)
		fprintf(ctx->out, ", %zu suppressed", suppressed);
	if (r->nbaselined)
		fprintf(ctx->out, ", %zu baselined", r->nbaselined);
	if (r->score) {
		fprintf(ctx->out, " — score %.1f/10, %s%s%s", r->score->score,
			paint(ctx, grade_colour[r->score->grade]), ehc_grade_name(r->score->grade),
			paint(ctx, "\033[0m"));
		if (r->score->limited_by[0])
			fprintf(ctx->out, " (at most %s: %s)", ehc_grade_name(r->score->grade),
				r->score->limited_by);
	}
	fputs("\n\n", ctx->out);
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
	fprintf(ctx->out, "%s%s%s\n", paint(ctx, "\033[1m"), r->path, paint(ctx, "\033[0m"));
	plan_findings(ctx, r);
	if (r->score) {
		criteria_table(ctx, r->score, true);
		criteria_table(ctx, r->score, false);
	}
	for (size_t i = 0; i < r->doc->nnotes; i++)
		fprintf(ctx->out, "  %snote%s    block %d: %s\n", paint(ctx, "\033[2m"),
			paint(ctx, "\033[0m"), r->doc->notes[i].block, r->doc->notes[i].message);
	summary(ctx, r);
	size_t count[EHC_LEVEL_COUNT];
	ehc_result_counts(r, ctx->min_level, count);
	for (int l = 0; l < EHC_LEVEL_COUNT; l++)
		st->findings[l] += count[l];
	st->baselined += r->nbaselined;
}

static void
text_end(struct ehc_report_ctx *ctx)
{
	struct text_state *st = ctx->state;
	if (st && st->plans > 1) {
		fprintf(ctx->out, "%zu plans (%zu unreadable): %zu errors, %zu warnings, %zu info",
			st->plans, st->errors, st->findings[EHC_LEVEL_ERROR],
			st->findings[EHC_LEVEL_WARNING], st->findings[EHC_LEVEL_INFO]);
		if (st->baselined)
			fprintf(ctx->out, ", %zu baselined", st->baselined);
		fputc('\n', ctx->out);
	}
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
