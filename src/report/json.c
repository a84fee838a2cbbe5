/* SPDX-License-Identifier: MIT */
/*
 * `json`: one document for the run; `jsonl`: one plan object a line, as each plan finishes.
 * The schema is src/report/SCHEMA.md. The json reporter keeps only the JSON it built for each
 * plan, never the plan itself.
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "baseline.h"
#include "report/report-util.h"

static json_t *
finding_json(const struct ehc_finding *f)
{
	json_t *o = json_object();
	const char *sec = ehc_sec_id(f->section);
	size_t wlen;
	const char *words = ehc_finding_words(f, &wlen);
	char fp[EHC_FINGERPRINT_SIZE];
	ehc_finding_fingerprint(f, fp);
	json_object_set_new(o, "rule", json_string(f->rule_id));
	json_object_set_new(o, "level", json_string(ehc_level_name(f->level)));
	json_object_set_new(o, "section", sec ? json_string(sec) : json_null());
	json_object_set_new(o, "block", json_integer(f->block));
	json_object_set_new(o, "item", json_integer(f->item));
	json_object_set_new(o, "start", json_integer((json_int_t)ehc_finding_char(f, f->start)));
	json_object_set_new(o, "end", json_integer((json_int_t)ehc_finding_char(f, f->end)));
	json_object_set_new(o, "byte_start", json_integer((json_int_t)f->start));
	json_object_set_new(o, "byte_end", json_integer((json_int_t)f->end));
	json_object_set_new(o, "match", ehc_json_text(words, wlen));
	json_object_set_new(o, "text", ehc_json_text(f->text, f->text_len));
	json_object_set_new(o, "message", ehc_json_str(f->message ? f->message : ""));
	json_object_set_new(o, "suggestion", ehc_json_str(f->suggestion));
	json_object_set_new(o, "fingerprint", json_string(fp));
	return o;
}

static json_t *
section_json(const struct ehc_doc *doc, const struct ehc_score *sc, enum ehc_sec s)
{
	json_t *o = json_object();
	const struct ehc_section_score *ss = sc ? &sc->sec[s] : NULL;
	json_object_set_new(o, "id", json_string(ehc_sec_id(s)));
	json_object_set_new(o, "present", json_boolean(doc->sections[s].present));
	json_object_set_new(o, "title", ehc_json_str(doc->sections[s].title));
	json_object_set_new(o, "score", ss ? json_real(ss->score) : json_null());
	json_object_set_new(o, "grade", ss ? json_string(ehc_grade_id(ss->grade)) : json_null());
	if (!ss)
		return o;
	json_object_set_new(o, "scored", json_boolean(ss->scored));
	json_object_set_new(o, "weight", json_real(ss->weight));
	json_object_set_new(o, "pass_rate", json_real(ss->pass));
	json_object_set_new(o, "items", json_integer((json_int_t)ss->items));
	json_object_set_new(o, "items_passed", json_integer((json_int_t)ss->items_passed));
	json_object_set_new(o, "rules", json_integer((json_int_t)ss->rules));
	json_object_set_new(o, "rules_failed", json_integer((json_int_t)ss->rules_failed));
	return o;
}

static const struct ehc_item *
doc_item(const struct ehc_doc *doc, enum ehc_sec s, int n)
{
	for (size_t i = 0; i < doc->nitems; i++)
		if (doc->items[i].section == s && doc->items[i].n == n)
			return &doc->items[i];
	return NULL;
}

static json_t *
item_json(const struct ehc_doc *doc, const struct ehc_item_score *it, const unsigned *bits,
	  const char *key)
{
	json_t *o = json_object(), *v = json_object();
	const struct ehc_item *item = doc_item(doc, it->section, it->n);
	json_object_set_new(o, "section", json_string(ehc_sec_id(it->section)));
	json_object_set_new(o, "item", json_integer(it->n));
	json_object_set_new(o, "block", json_integer(it->first_block));
	json_object_set_new(o, "text", item ? ehc_json_text(item->text, item->len) : json_string(""));
	json_object_set_new(o, "passed", json_boolean(it->passed));
	for (size_t b = 0; bits[b]; b++)
		json_object_set_new(v, ehc_criterion_name(bits[b]),
				    json_string(ehc_verdict_id(ehc_item_verdict(it, bits[b]))));
	json_object_set_new(o, key, v);
	return o;
}

static void
add_score(json_t *o, const struct ehc_result *r)
{
	const struct ehc_score *sc = r->score;
	json_t *secs = json_array(), *outs = json_array(), *prov = json_array();
	enum ehc_sec order[EHC_SEC_COUNT];
	size_t n = r->doc ? ehc_plan_sections(r->doc, order) : 0;
	for (size_t i = 0; i < n; i++)
		json_array_append_new(secs, section_json(r->doc, sc, order[i]));
	for (size_t i = 0; sc && i < sc->nitems; i++) {
		const struct ehc_item_score *it = &sc->items[i];
		if (it->section == EHC_SEC_E)
			json_array_append_new(outs, item_json(r->doc, it, ehc_smart_bits, "smart"));
		else if (it->criteria)
			json_array_append_new(prov, item_json(r->doc, it, ehc_element_bits, "elements"));
	}
	json_object_set_new(o, "sections", secs);
	json_object_set_new(o, "outcomes", outs);
	json_object_set_new(o, "provision", prov);
	json_object_set_new(o, "score", sc ? json_real(sc->score) : json_null());
	json_object_set_new(o, "grade", sc ? json_string(ehc_grade_id(sc->grade)) : json_null());
	json_object_set_new(o, "points", sc ? json_real(sc->points) : json_null());
	json_object_set_new(o, "limited_by", sc && sc->limited_by[0] ? json_string(sc->limited_by)
								       : json_null());
}

static json_t *
counts_json(const size_t count[EHC_LEVEL_COUNT])
{
	json_t *o = json_object();
	for (int l = EHC_LEVEL_COUNT - 1; l >= 0; l--)
		json_object_set_new(o, ehc_level_name((enum ehc_level)l),
				    json_integer((json_int_t)count[l]));
	return o;
}

/* What the loader or segmenter could not fully read: nothing is dropped silently. */
static json_t *
notes_json(const struct ehc_doc *doc)
{
	json_t *a = json_array();
	for (size_t i = 0; doc && i < doc->nnotes; i++) {
		json_t *n = json_object();
		json_object_set_new(n, "block", json_integer(doc->notes[i].block));
		json_object_set_new(n, "message", ehc_json_str(doc->notes[i].message));
		json_array_append_new(a, n);
	}
	return a;
}

static json_t *
plan_json(const struct ehc_report_ctx *ctx, const struct ehc_result *r)
{
	json_t *o = json_object(), *fs = json_array();
	size_t count[EHC_LEVEL_COUNT];
	json_object_set_new(o, "path", ehc_json_str(r->path));
	json_object_set_new(o, "status", json_string(r->doc ? "ok" : "error"));
	json_object_set_new(o, "error", r->error ? ehc_json_str(r->error->message) : json_null());
	size_t suppressed = ehc_result_counts(r, ctx->min_level, count);
	for (size_t i = 0; r->doc && i < r->doc->nfindings; i++)
		if (ehc_result_shown(r, i, ctx->min_level))
			json_array_append_new(fs, finding_json(&r->doc->findings[i]));
	json_object_set_new(o, "findings", fs);
	json_object_set_new(o, "counts", counts_json(count));
	json_object_set_new(o, "suppressed", json_integer((json_int_t)suppressed));
	json_object_set_new(o, "baselined", json_integer((json_int_t)r->nbaselined));
	json_object_set_new(o, "notes", notes_json(r->doc));
	add_score(o, r);
	return o;
}

static void
json_begin(struct ehc_report_ctx *ctx)
{
	json_t *root = json_object();
	json_object_set_new(root, "tool", json_string("ehclint"));
	json_object_set_new(root, "version", json_string(ctx->tool_version ? ctx->tool_version : ""));
	json_object_set_new(root, "plans", json_array());
	ctx->state = root;
}

static void
json_plan(struct ehc_report_ctx *ctx, const struct ehc_result *r)
{
	json_array_append_new(json_object_get(ctx->state, "plans"), plan_json(ctx, r));
}

static void
json_end(struct ehc_report_ctx *ctx)
{
	if (!ctx->state)
		return;
	json_dumpf(ctx->state, ctx->out, JSON_INDENT(1) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(4));
	fputc('\n', ctx->out);
	json_decref(ctx->state);
	ctx->state = NULL;
}

static void
jsonl_plan(struct ehc_report_ctx *ctx, const struct ehc_result *r)
{
	json_t *o = plan_json(ctx, r);
	json_dumpf(o, ctx->out, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(4));
	fputc('\n', ctx->out);
	fflush(ctx->out);
	json_decref(o);
}

const struct ehc_reporter ehc_report_json = {
	.name = "json",
	.description = "one JSON document for the run (schema: src/report/SCHEMA.md)",
	.begin = json_begin,
	.plan = json_plan,
	.end = json_end,
};

const struct ehc_reporter ehc_report_jsonl = {
	.name = "jsonl",
	.description = "one JSON object per plan, a line each, written as each plan finishes",
	.plan = jsonl_plan,
};
