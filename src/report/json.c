/* SPDX-License-Identifier: MIT */
/* `json`: one document for the run; `jsonl`: one plan object a line, as each plan finishes. */
#include <jansson.h>
#include <stdlib.h>

#include "report/report.h"
#include "util/utf8.h"

static json_t *
finding_json(const struct ehc_finding *f)
{
	json_t *o = json_object();
	const char *sec = ehc_sec_id(f->section);
	json_object_set_new(o, "rule", json_string(f->rule_id));
	json_object_set_new(o, "level", json_string(ehc_level_name(f->level)));
	json_object_set_new(o, "section", sec ? json_string(sec) : json_null());
	json_object_set_new(o, "block", json_integer(f->block));
	json_object_set_new(o, "item", json_integer(f->item));
	json_object_set_new(o, "start", json_integer((json_int_t)ehc_utf8_count(f->text, f->start)));
	json_object_set_new(o, "end", json_integer((json_int_t)ehc_utf8_count(f->text, f->end)));
	json_object_set_new(o, "byte_start", json_integer((json_int_t)f->start));
	json_object_set_new(o, "byte_end", json_integer((json_int_t)f->end));
	json_object_set_new(o, "match", json_stringn(f->text + f->start, f->end - f->start));
	json_object_set_new(o, "text", json_stringn(f->text, f->text_len));
	json_object_set_new(o, "message", json_string(f->message ? f->message : ""));
	json_object_set_new(o, "suggestion", f->suggestion ? json_string(f->suggestion) : json_null());
	if (f->suppressed)
		json_object_set_new(o, "suppressed", json_true());
	return o;
}

static json_t *
plan_json(const struct ehc_report_ctx *ctx, const struct ehc_result *r)
{
	json_t *o = json_object(), *fs = json_array();
	json_object_set_new(o, "path", json_string(r->path));
	json_object_set_new(o, "status", json_string(r->doc ? "ok" : "error"));
	json_object_set_new(o, "error", r->error ? json_string(r->error->message) : json_null());
	size_t suppressed = 0;
	for (size_t i = 0; r->doc && i < r->doc->nfindings; i++) {
		const struct ehc_finding *f = &r->doc->findings[i];
		suppressed += f->suppressed;
		if (ehc_finding_shown(f, ctx->min_level))
			json_array_append_new(fs, finding_json(f));
	}
	json_object_set_new(o, "findings", fs);
	json_object_set_new(o, "suppressed", json_integer((json_int_t)suppressed));
	return o;
}

static void
json_begin(struct ehc_report_ctx *ctx)
{
	json_t *root = json_object();
	json_object_set_new(root, "tool", json_string("ehclint"));
	json_object_set_new(root, "version", json_string(ctx->tool_version));
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
	json_dumpf(ctx->state, ctx->out, JSON_INDENT(1) | JSON_PRESERVE_ORDER);
	fputc('\n', ctx->out);
	json_decref(ctx->state);
	ctx->state = NULL;
}

static void
jsonl_plan(struct ehc_report_ctx *ctx, const struct ehc_result *r)
{
	json_t *o = plan_json(ctx, r);
	json_dumpf(o, ctx->out, JSON_COMPACT | JSON_PRESERVE_ORDER);
	fputc('\n', ctx->out);
	fflush(ctx->out);
	json_decref(o);
}

const struct ehc_reporter ehc_report_json = {
	.name = "json",
	.description = "one JSON document for the run",
	.begin = json_begin,
	.plan = json_plan,
	.end = json_end,
};

const struct ehc_reporter ehc_report_jsonl = {
	.name = "jsonl",
	.description = "one JSON object per plan, a line each, written as each plan finishes",
	.plan = jsonl_plan,
};
