/* SPDX-License-Identifier: MIT */
/*
 * `html`: one self-contained page (no scripts, no network). For one plan: the plan's text
 * section by section with the findings highlighted in place and listed beside. For several:
 * a dashboard (score distribution, the most frequent findings, the sections that fail most,
 * as inline SVG, and a table of plans) followed by each plan's detail.
 *
 * Each plan's detail is written to a temporary file as the plan finishes; the dashboard keeps
 * a small summary per plan (copied strings and numbers), never the plan itself.
 */
#include <stdlib.h>
#include <string.h>

#include "report/report-util.h"
#include "util/xalloc.h"

#define TOP_RULES 15
#define CHART_W 640

struct plan_sum {
	char *path, *error;
	bool scored;
	double score;
	enum ehc_grade grade;
	enum ehc_grade sec[EHC_SEC_COUNT]; /* NONE when not scored */
	size_t count[EHC_LEVEL_COUNT];
	size_t baselined;
};

struct rule_count {
	char *id;
	size_t findings, plans;
};

struct html_state {
	struct plan_sum *plans;
	size_t n, cap;
	struct rule_count *rules;
	size_t nrules, rcap;
	FILE *detail; /* the plans' details, copied after the dashboard */
};

/* Per plan while its detail is written. */
struct page {
	FILE *out;
	const struct ehc_report_ctx *ctx;
	const struct ehc_result *r;
	size_t plan;   /* 1-based, for ids */
	bool *marked;  /* finding highlighted in the text already */
};

struct span {
	size_t start, end, finding;
};

static const char *const level_id[EHC_LEVEL_COUNT] = { "info", "warning", "error" };

static void
esc(FILE *out, const char *s)
{
	ehc_xml_puts(out, s ? s : "", false);
}

/* Block text: tabs between cells shown as a rule, line breaks kept. */
static void
put_text(FILE *out, const char *s, size_t n)
{
	size_t from = 0;
	for (size_t i = 0; i <= n; i++) {
		if (i < n && s[i] != '\t' && s[i] != '\n')
			continue;
		ehc_xml_put(out, s + from, i - from, false);
		if (i < n)
			fputs(s[i] == '\t' ? "<span class=\"tab\"> │ </span>" : "<br/>", out);
		from = i + 1;
	}
}

static void
grade_badge(FILE *out, enum ehc_grade g, double score, bool with_score)
{
	if (!g)
		return;
	fprintf(out, "<span class=\"grade g%d\">%s", (int)g, ehc_grade_name(g));
	if (with_score)
		fprintf(out, " %.1f", score);
	fputs("</span>", out);
}

/* ---- the detail of one plan ---- */

/* Where finding 'f' sits in block 'b': its own offsets when it is about the block's text,
 * else the first place its words occur in the block. */
static bool
locate(const struct ehc_finding *f, const struct ehc_block *b, size_t *start, size_t *end)
{
	size_t wlen;
	const char *w = ehc_finding_words(f, &wlen);
	if (f->text == b->text && f->end <= b->len) {
		*start = f->start;
		*end = f->end;
		return f->end > f->start;
	}
	if (f->block != b->n || !wlen)
		return false;
	const char *hit = memmem(b->text, b->len, w, wlen);
	if (!hit)
		return false;
	*start = (size_t)(hit - b->text);
	*end = *start + wlen;
	return true;
}

static int
cmp_span(const void *a, const void *b)
{
	const struct span *x = a, *y = b;
	return x->start < y->start ? -1 : x->start > y->start ? 1 : (int)x->finding - (int)y->finding;
}

static size_t
block_spans(struct page *p, const struct ehc_block *b, enum ehc_sec s, struct span *sp)
{
	const struct ehc_doc *doc = p->r->doc;
	size_t n = 0, kept = 0;
	for (size_t i = 0; i < doc->nfindings; i++) {
		const struct ehc_finding *f = &doc->findings[i];
		size_t st, en;
		if (p->marked[i] || f->section != s || !ehc_result_shown(p->r, i, p->ctx->min_level) ||
		    !locate(f, b, &st, &en))
			continue;
		sp[n++] = (struct span){ st, en, i };
	}
	qsort(sp, n, sizeof *sp, cmp_span);
	for (size_t i = 0; i < n; i++) /* overlapping ones are only listed */
		if (kept == 0 || sp[i].start >= sp[kept - 1].end)
			sp[kept++] = sp[i];
	for (size_t i = 0; i < kept; i++)
		p->marked[sp[i].finding] = true;
	return kept;
}

static void
block_html(struct page *p, const struct ehc_block *b, enum ehc_sec s)
{
	const struct ehc_doc *doc = p->r->doc;
	struct span *sp = xcalloc(doc->nfindings ? doc->nfindings : 1, sizeof *sp);
	size_t n = block_spans(p, b, s, sp), at = 0;
	fprintf(p->out, "<p class=\"blk%s\"><span class=\"bn\">%d</span>", b->heading ? " hd" : "",
		b->n);
	for (size_t i = 0; i < n; i++) {
		const struct ehc_finding *f = &doc->findings[sp[i].finding];
		put_text(p->out, b->text + at, sp[i].start - at);
		fprintf(p->out, "<mark class=\"%s\" id=\"p%zu-f%zu\" title=\"", level_id[f->level],
			p->plan, sp[i].finding);
		ehc_xml_puts(p->out, f->rule_id, true);
		fputs(": ", p->out);
		ehc_xml_puts(p->out, f->message, true);
		fputs("\">", p->out);
		put_text(p->out, b->text + sp[i].start, sp[i].end - sp[i].start);
		fputs("</mark>", p->out);
		at = sp[i].end;
	}
	put_text(p->out, b->text + at, b->len - at);
	fputs("</p>\n", p->out);
	free(sp);
}

static void
finding_li(struct page *p, size_t i)
{
	const struct ehc_finding *f = &p->r->doc->findings[i];
	size_t wlen;
	const char *w = ehc_finding_words(f, &wlen);
	fprintf(p->out, "<li class=\"%s\"><span class=\"lv\">%s</span> <code>", level_id[f->level],
		level_id[f->level]);
	esc(p->out, f->rule_id);
	fputs("</code> ", p->out);
	if (p->marked[i])
		fprintf(p->out, "<a href=\"#p%zu-f%zu\">", p->plan, i);
	if (f->block)
		fprintf(p->out, "block %d", f->block);
	char label[32];
	if (f->item)
		fprintf(p->out, ", item %s", ehc_item_label(f->section, f->item, label, sizeof label));
	fputs(p->marked[i] ? "</a>" : "", p->out);
	if (wlen) {
		fputs(" «", p->out);
		ehc_xml_put(p->out, w, wlen, false);
		fputs("»", p->out);
	}
	fputs("<br/>", p->out);
	esc(p->out, f->message);
	if (f->suggestion) {
		fputs(" <em>Better: ", p->out);
		esc(p->out, f->suggestion);
		fputs("</em>", p->out);
	}
	fputs("</li>\n", p->out);
}

/* Findings of section 's' (or, for NONE, of every section 'in[]' leaves out). */
static void
findings_list(struct page *p, enum ehc_sec s, const bool *in)
{
	const struct ehc_doc *doc = p->r->doc;
	bool any = false;
	for (size_t i = 0; i < doc->nfindings; i++) {
		enum ehc_sec fs = doc->findings[i].section;
		bool mine = in ? !(fs > EHC_SEC_NONE && fs < EHC_SEC_COUNT && in[fs]) : fs == s;
		if (!mine || !ehc_result_shown(p->r, i, p->ctx->min_level))
			continue;
		fputs(any ? "" : "<ol class=\"findings\">\n", p->out);
		any = true;
		finding_li(p, i);
	}
	fputs(any ? "</ol>\n" : "<p class=\"none\">No findings.</p>\n", p->out);
}

static void
section_open(struct page *p, const struct ehc_section *sec)
{
	char buf[256];
	const struct ehc_score *sc = p->r->score;
	fprintf(p->out, "<div class=\"sec\" id=\"p%zu-%s\"><h3>", p->plan, ehc_sec_id(sec->id));
	esc(p->out, ehc_section_heading(p->r->doc, sec->id, buf, sizeof buf));
	fputs(" ", p->out);
	if (sc && ehc_sec_statutory(sec->id) && sc->sec[sec->id].scored)
		grade_badge(p->out, sc->sec[sec->id].grade, sc->sec[sec->id].score, true);
	fputs("</h3>\n<div class=\"cols\"><div class=\"text\">\n", p->out);
}

static void
item_open(struct page *p, const struct ehc_item *item)
{
	char label[32];
	fprintf(p->out, "<div class=\"item\"><span class=\"in\">%s</span>\n",
		ehc_item_label(item->section, item->n, label, sizeof label));
}

static void
walk(struct page *p, bool *visited)
{
	struct ehc_iter it;
	ehc_iter_init(&it, p->r->doc);
	while (ehc_iter_next(&it) != EHC_EV_NONE) {
		switch (it.ev) {
		case EHC_EV_SECTION_ENTER: section_open(p, it.section); break;
		case EHC_EV_ITEM_ENTER:
			item_open(p, it.item);
			break;
		case EHC_EV_BLOCK: block_html(p, it.block, it.section->id); break;
		case EHC_EV_ITEM_EXIT: fputs("</div>\n", p->out); break;
		case EHC_EV_SECTION_EXIT:
			visited[it.section->id] = true;
			fputs("</div><div class=\"side\">\n", p->out);
			findings_list(p, it.section->id, NULL);
			fputs("</div></div></div>\n", p->out);
			break;
		default: break;
		}
	}
}

static void
plan_summary(FILE *out, const struct ehc_result *r, const struct plan_sum *ps)
{
	fputs("<p class=\"summary\">", out);
	if (ps->scored) {
		fprintf(out, "Score <b>%.1f</b>/10 ", ps->score);
		grade_badge(out, ps->grade, 0, false);
		if (r->score->limited_by[0]) {
			fputs(" (at most this grade: ", out);
			esc(out, r->score->limited_by);
			fputs(")", out);
		}
		fputs(" · ", out);
	}
	fprintf(out, "%zu errors, %zu warnings, %zu info", ps->count[EHC_LEVEL_ERROR],
		ps->count[EHC_LEVEL_WARNING], ps->count[EHC_LEVEL_INFO]);
	if (ps->baselined)
		fprintf(out, ", %zu baselined", ps->baselined);
	fputs("</p>\n", out);
}

static void
detail(FILE *out, const struct ehc_report_ctx *ctx, const struct ehc_result *r,
       const struct plan_sum *ps, size_t plan)
{
	fprintf(out, "<section class=\"plan\" id=\"plan-%zu\">\n<h2>", plan);
	esc(out, r->path);
	fputs("</h2>\n", out);
	if (!r->doc) {
		fputs("<p class=\"loaderr\">This plan could not be read: ", out);
		esc(out, ps->error);
		fputs("</p>\n</section>\n", out);
		return;
	}
	plan_summary(out, r, ps);
	struct page p = { out, ctx, r, plan, xcalloc(r->doc->nfindings + 1, sizeof(bool)) };
	bool visited[EHC_SEC_COUNT] = { 0 };
	fprintf(out, "<div class=\"sec\" id=\"p%zu-whole\"><h3>Whole plan</h3>\n", plan);
	for (int s = 0; s < EHC_SEC_COUNT; s++) /* what the walk will list beside the text */
		visited[s] = r->doc->sections[s].present || s == EHC_SEC_FRONT || s == EHC_SEC_BACK;
	findings_list(&p, EHC_SEC_NONE, visited);
	fputs("</div>\n", out);
	walk(&p, visited);
	fputs("</section>\n", out);
	free(p.marked);
}

/* ---- the dashboard ---- */

static void
count_rules(struct html_state *st, const struct ehc_result *r, enum ehc_level min)
{
	for (size_t i = 0; r->doc && i < r->doc->nfindings; i++) {
		if (!ehc_result_shown(r, i, min))
			continue;
		const char *id = r->doc->findings[i].rule_id;
		bool first = true;
		for (size_t j = 0; j < i; j++)
			first &= !(ehc_result_shown(r, j, min) && strcmp(r->doc->findings[j].rule_id, id) == 0);
		size_t k = 0;
		while (k < st->nrules && strcmp(st->rules[k].id, id) != 0)
			k++;
		if (k == st->nrules)
			*EHC_PUSH(st->rules, st->nrules, st->rcap) = (struct rule_count){ xstrdup(id), 0, 0 };
		st->rules[k].findings++;
		st->rules[k].plans += first;
	}
}

static void
summarise(struct plan_sum *ps, const struct ehc_report_ctx *ctx, const struct ehc_result *r)
{
	*ps = (struct plan_sum){ .path = xstrdup(r->path), .baselined = r->nbaselined };
	if (!r->doc)
		ps->error = xstrdup(r->error ? r->error->message : "cannot be read");
	ehc_result_counts(r, ctx->min_level, ps->count);
	if (!r->score)
		return;
	ps->scored = true;
	ps->score = r->score->score;
	ps->grade = r->score->grade;
	for (int s = EHC_SEC_A; s <= EHC_SEC_K; s++)
		ps->sec[s] = r->score->sec[s].scored ? r->score->sec[s].grade : EHC_GRADE_NONE;
}

static void
bar(FILE *out, int y, double frac, const char *label, size_t value, const char *cls)
{
	int w = (int)(frac * (CHART_W - 260));
	fprintf(out, "<text x=\"0\" y=\"%d\" class=\"lb\">", y + 13);
	esc(out, label);
	fprintf(out, "</text><rect x=\"200\" y=\"%d\" width=\"%d\" height=\"16\" class=\"%s\"/>"
		"<text x=\"%d\" y=\"%d\">%zu</text>\n", y, w > 1 ? w : 1, cls, 206 + w, y + 13, value);
}

static void
svg_open(FILE *out, const char *title, int rows)
{
	fputs("<figure><figcaption>", out);
	esc(out, title);
	fprintf(out, "</figcaption><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
		"role=\"img\">\n", CHART_W, rows * 22 + 4);
}

static void
score_chart(FILE *out, const struct html_state *st)
{
	size_t bins[10] = { 0 }, most = 1;
	for (size_t i = 0; i < st->n; i++)
		if (st->plans[i].scored) {
			int b = (int)st->plans[i].score;
			bins[b > 9 ? 9 : b < 0 ? 0 : b]++;
		}
	for (int b = 0; b < 10; b++)
		most = bins[b] > most ? bins[b] : most;
	svg_open(out, "Score distribution (plans per score band, out of 10)", 10);
	for (int b = 9; b >= 0; b--) {
		char label[32];
		snprintf(label, sizeof label, "%d–%d", b, b + 1);
		bar(out, (9 - b) * 22, (double)bins[b] / (double)most, label, bins[b],
		    b >= 8 ? "g4" : b >= 5 ? "g3" : b >= 3 ? "g2" : "g1");
	}
	fputs("</svg></figure>\n", out);
}

static int
cmp_rule(const void *a, const void *b)
{
	const struct rule_count *x = a, *y = b;
	if (x->findings != y->findings)
		return x->findings > y->findings ? -1 : 1;
	return strcmp(x->id, y->id);
}

static void
rules_chart(FILE *out, struct html_state *st)
{
	if (st->nrules)
		qsort(st->rules, st->nrules, sizeof *st->rules, cmp_rule);
	size_t n = st->nrules < TOP_RULES ? st->nrules : TOP_RULES;
	svg_open(out, "Most frequent findings (findings across the plans)", n ? (int)n : 1);
	for (size_t i = 0; i < n; i++)
		bar(out, (int)i * 22, (double)st->rules[i].findings / (double)st->rules[0].findings,
		    st->rules[i].id, st->rules[i].findings, "rl");
	fputs("</svg></figure>\n", out);
}

static void
sections_chart(FILE *out, const struct html_state *st)
{
	size_t fail[EHC_SEC_COUNT] = { 0 }, most = 1;
	for (size_t i = 0; i < st->n; i++)
		for (int s = EHC_SEC_A; s <= EHC_SEC_K; s++) {
			enum ehc_grade g = st->plans[i].sec[s];
			fail[s] += g == EHC_GRADE_INADEQUATE || g == EHC_GRADE_REQUIRES_IMPROVEMENT;
		}
	for (int s = EHC_SEC_A; s <= EHC_SEC_K; s++)
		most = fail[s] > most ? fail[s] : most;
	svg_open(out, "Sections that fail most (plans where the section is inadequate or requires "
		      "improvement)", EHC_SEC_K - EHC_SEC_A + 1);
	for (int s = EHC_SEC_A; s <= EHC_SEC_K; s++) {
		char label[16];
		snprintf(label, sizeof label, "Section %s", ehc_sec_id((enum ehc_sec)s));
		bar(out, (s - EHC_SEC_A) * 22, (double)fail[s] / (double)most, label, fail[s], "g1");
	}
	fputs("</svg></figure>\n", out);
}

static void
plans_table(FILE *out, const struct html_state *st)
{
	fputs("<table class=\"plans\"><thead><tr><th>Plan</th><th>Score</th><th>Grade</th>"
	      "<th>Errors</th><th>Warnings</th><th>Info</th></tr></thead><tbody>\n", out);
	for (size_t i = 0; i < st->n; i++) {
		const struct plan_sum *ps = &st->plans[i];
		fprintf(out, "<tr><td><a href=\"#plan-%zu\">", i + 1);
		esc(out, ps->path);
		fputs("</a></td>", out);
		if (ps->scored)
			fprintf(out, "<td>%.1f</td><td>", ps->score);
		else
			fputs(ps->error ? "<td>—</td><td>unreadable" : "<td>—</td><td>", out);
		grade_badge(out, ps->grade, 0, false);
		fprintf(out, "</td><td>%zu</td><td>%zu</td><td>%zu</td></tr>\n",
			ps->count[EHC_LEVEL_ERROR], ps->count[EHC_LEVEL_WARNING], ps->count[EHC_LEVEL_INFO]);
	}
	fputs("</tbody></table>\n", out);
}

static void
dashboard(FILE *out, struct html_state *st)
{
	size_t scored = 0, by_grade[EHC_GRADE_COUNT] = { 0 };
	double sum = 0;
	for (size_t i = 0; i < st->n; i++)
		if (st->plans[i].scored) {
			scored++;
			sum += st->plans[i].score;
			by_grade[st->plans[i].grade]++;
		}
	fprintf(out, "<section id=\"dashboard\"><h2>%zu plans</h2>\n<p class=\"summary\">", st->n);
	if (scored)
		fprintf(out, "Mean score <b>%.1f</b>/10 · ", sum / (double)scored);
	for (int g = EHC_GRADE_OUTSTANDING; g >= EHC_GRADE_INADEQUATE; g--)
		fprintf(out, "%s: %zu · ", ehc_grade_name((enum ehc_grade)g), by_grade[g]);
	fprintf(out, "unreadable: %zu</p>\n<div class=\"charts\">\n", st->n - scored);
	score_chart(out, st);
	rules_chart(out, st);
	sections_chart(out, st);
	fputs("</div>\n", out);
	plans_table(out, st);
	fputs("</section>\n", out);
}

/* ---- the page ---- */

static const char style[] =
	"body{font:15px/1.45 system-ui,sans-serif;margin:1.5em auto;max-width:1200px;color:#1b1b1b}"
	"h1{font-size:1.6em}h2{border-bottom:2px solid #444;padding-bottom:.2em}"
	"h3{background:#eef1f5;padding:.3em .5em;margin:1.2em 0 .4em}"
	".grade{border-radius:3px;padding:0 .4em;font-size:.85em;color:#fff;white-space:nowrap}"
	".g4{background:#1b7f3b;fill:#1b7f3b}.g3{background:#4a9a2c;fill:#4a9a2c}"
	".g2{background:#c77c00;fill:#c77c00}.g1{background:#b3261e;fill:#b3261e}.rl{fill:#3b6ea8}"
	".cols{display:grid;grid-template-columns:3fr 2fr;gap:1em}"
	".blk{margin:.2em 0;white-space:normal}.blk.hd{font-weight:bold}"
	".bn{color:#888;font-size:.75em;display:inline-block;min-width:2.5em}"
	".tab{color:#aaa}.item{border-left:3px solid #ccd;padding-left:.5em;margin:.4em 0}"
	".in{font-size:.75em;color:#557;font-weight:bold}"
	"mark{padding:0 .1em;border-radius:2px}mark.error{background:#f8c9c5}"
	"mark.warning{background:#fde7a9}mark.info{background:#cfe6f7}"
	".findings{margin:0;padding-left:1.3em;font-size:.9em}.findings li{margin-bottom:.5em}"
	".lv{font-weight:bold;text-transform:uppercase;font-size:.75em}"
	"li.error .lv{color:#b3261e}li.warning .lv{color:#9a6200}li.info .lv{color:#2a6496}"
	".none{color:#888;font-size:.9em}.loaderr{color:#b3261e}"
	"table.plans{border-collapse:collapse;width:100%}"
	".plans td,.plans th{border-bottom:1px solid #ddd;padding:.25em .5em;text-align:left}"
	"figure{margin:1em 0}figcaption{font-weight:bold;margin-bottom:.3em}"
	"svg text{font:12px system-ui,sans-serif;fill:#222}";

static void
page_head(FILE *out, const struct html_state *st, const char *version)
{
	fputs("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>"
	      "<meta name=\"viewport\" content=\"width=device-width\"/>"
	      "<meta name=\"generator\" content=\"ehclint ", out);
	esc(out, version);
	fputs("\"/><title>", out);
	if (st->n == 1)
		esc(out, st->plans[0].path);
	else
		fprintf(out, "%zu plans", st->n);
	fprintf(out, " — ehclint</title><style>%s</style></head>\n<body>\n<h1>EHC plan quality "
		"report</h1>\n", style);
}

static void
html_begin(struct ehc_report_ctx *ctx)
{
	struct html_state *st = xcalloc(1, sizeof *st);
	st->detail = tmpfile();
	ctx->state = st;
}

static void
html_plan(struct ehc_report_ctx *ctx, const struct ehc_result *r)
{
	struct html_state *st = ctx->state;
	struct plan_sum *ps = EHC_PUSH(st->plans, st->n, st->cap);
	summarise(ps, ctx, r);
	count_rules(st, r, ctx->min_level);
	if (st->detail)
		detail(st->detail, ctx, r, ps, st->n);
}

static void
copy_details(FILE *out, FILE *detail)
{
	char buf[8192];
	size_t n;
	rewind(detail);
	while ((n = fread(buf, 1, sizeof buf, detail)) > 0)
		fwrite(buf, 1, n, out);
	fclose(detail);
}

static void
html_end(struct ehc_report_ctx *ctx)
{
	struct html_state *st = ctx->state;
	if (!st)
		return;
	page_head(ctx->out, st, ctx->tool_version ? ctx->tool_version : "");
	if (st->n != 1)
		dashboard(ctx->out, st);
	if (st->detail)
		copy_details(ctx->out, st->detail);
	else
		fputs("<p class=\"loaderr\">No temporary file for the plans' details.</p>\n", ctx->out);
	fputs("</body></html>\n", ctx->out);
	for (size_t i = 0; i < st->n; i++) {
		free(st->plans[i].path);
		free(st->plans[i].error);
	}
	for (size_t i = 0; i < st->nrules; i++)
		free(st->rules[i].id);
	free(st->plans);
	free(st->rules);
	free(st);
	ctx->state = NULL;
}

const struct ehc_reporter ehc_report_html = {
	.name = "html",
	.description = "one self-contained HTML page: a plan annotated, or a dashboard of many",
	.begin = html_begin,
	.plan = html_plan,
	.end = html_end,
};
