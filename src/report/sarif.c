/* SPDX-License-Identifier: MIT */
/*
 * `sarif`: SARIF 2.1.0 for code-scanning uploads. Each plan is an artifact, a block number is
 * a line, the rule pack's help text describes the rules, and partialFingerprints carry the
 * baseline fingerprint (rule, section, normalised text) so a finding is tracked across edits.
 * Keeps the JSON of the results it has built, never a plan.
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "baseline.h"
#include "report/report-util.h"
#include "util/buf.h"

#define SARIF_SCHEMA "https://json.schemastore.org/sarif-2.1.0.json"

struct sarif_state {
	json_t *rules, *index, *artifacts, *results, *notes; /* index: rule id -> position */
};

static json_t *
text_obj(const char *s)
{
	json_t *o = json_object();
	json_object_set_new(o, "text", ehc_json_str(s ? s : ""));
	return o;
}

static void
add_help(json_t *o, const struct ehc_rule *r)
{
	struct ehc_buf b = EHC_BUF_INIT;
	const char *desc = ehc_rule_description(r), *sugg = ehc_rule_suggestion(r);
	const char *ref = ehc_rule_reference(r);
	ehc_buf_puts(&b, desc ? desc : ehc_rule_message(r));
	if (sugg)
		ehc_buf_printf(&b, "\n\nBetter: %s", sugg);
	if (ref)
		ehc_buf_printf(&b, "\n\nReference: %s", ref);
	json_t *help = text_obj(ehc_buf_str(&b));
	json_object_set_new(help, "markdown", ehc_json_str(ehc_buf_str(&b)));
	json_object_set_new(o, "help", help);
	if (ref && strncmp(ref, "http", 4) == 0)
		json_object_set_new(o, "helpUri", ehc_json_str(ref));
	ehc_buf_fini(&b);
}

static json_t *
tags_json(unsigned criteria)
{
	json_t *a = json_array();
	json_array_append_new(a, json_string("ehc-plan"));
	for (unsigned bit = 1; bit; bit <<= 1)
		if ((criteria & bit) && ehc_criterion_name(bit))
			json_array_append_new(a, json_string(ehc_criterion_name(bit)));
	return a;
}

static json_t *
rule_json(const char *id, const struct ehc_rule *r, enum ehc_level level)
{
	json_t *o = json_object(), *cfg = json_object(), *props = json_object();
	json_object_set_new(o, "id", ehc_json_str(id));
	json_object_set_new(o, "name", ehc_json_str(id));
	json_object_set_new(o, "shortDescription", text_obj(r ? ehc_rule_message(r) : id));
	if (r) {
		const char *d = ehc_rule_description(r);
		json_object_set_new(o, "fullDescription", text_obj(d ? d : ehc_rule_message(r)));
		add_help(o, r);
		level = ehc_rule_level(r);
	}
	json_object_set_new(cfg, "level", json_string(ehc_sarif_level(level)));
	json_object_set_new(o, "defaultConfiguration", cfg);
	json_object_set_new(props, "tags", tags_json(r ? ehc_rule_criteria(r) : 0));
	json_object_set_new(o, "properties", props);
	return o;
}

static size_t
rule_index(struct sarif_state *st, const struct ehc_report_ctx *ctx, const char *id,
	   enum ehc_level level)
{
	json_t *i = json_object_get(st->index, id);
	if (i)
		return (size_t)json_integer_value(i);
	const struct ehc_rule *r = ctx->pack ? ehc_pack_find(ctx->pack, id) : NULL;
	size_t n = json_array_size(st->rules);
	json_array_append_new(st->rules, rule_json(id, r, level));
	json_object_set_new(st->index, id, json_integer((json_int_t)n));
	return n;
}

/* A relative URI reference (or file:// for an absolute path), percent-encoded. */
static json_t *
uri_json(const char *path)
{
	static const char keep[] = "-._~/!$&'()*+,;=:@";
	struct ehc_buf b = EHC_BUF_INIT;
	while (path[0] == '.' && path[1] == '/')
		path += 2;
	if (path[0] == '/')
		ehc_buf_puts(&b, "file://");
	for (const unsigned char *p = (const unsigned char *)path; *p; p++)
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
		    strchr(keep, *p))
			ehc_buf_putc(&b, (char)*p);
		else
			ehc_buf_printf(&b, "%%%02X", *p);
	json_t *j = json_string(ehc_buf_str(&b));
	ehc_buf_fini(&b);
	return j;
}

static json_t *
artifact_location(const char *path, size_t index)
{
	json_t *o = json_object();
	json_object_set_new(o, "uri", uri_json(path));
	json_object_set_new(o, "index", json_integer((json_int_t)index));
	return o;
}

static json_t *
region_json(const struct ehc_doc *doc, const struct ehc_finding *f)
{
	json_t *o = json_object();
	const struct ehc_block *b = ehc_doc_block(doc, f->block);
	json_object_set_new(o, "startLine", json_integer(f->block > 0 ? f->block : 1));
	if (b && b->text == f->text && f->end > f->start) {
		json_object_set_new(o, "startColumn",
				    json_integer((json_int_t)ehc_finding_char(f, f->start) + 1));
		json_object_set_new(o, "endColumn",
				    json_integer((json_int_t)ehc_finding_char(f, f->end) + 1));
	}
	if (f->text_len) {
		json_t *snip = json_object();
		json_object_set_new(snip, "text", ehc_json_text(f->text, f->text_len));
		json_object_set_new(o, "snippet", snip);
	}
	return o;
}

static json_t *
location_json(const struct ehc_result *r, const struct ehc_finding *f, size_t artifact)
{
	json_t *loc = json_object(), *phys = json_object(), *logical = json_array();
	json_object_set_new(phys, "artifactLocation", artifact_location(r->path, artifact));
	json_object_set_new(phys, "region", region_json(r->doc, f));
	json_object_set_new(loc, "physicalLocation", phys);
	if (ehc_sec_id(f->section)) {
		char name[64];
		json_t *l = json_object();
		if (f->item)
			snprintf(name, sizeof name, "section %s/item %d", ehc_sec_id(f->section), f->item);
		else
			snprintf(name, sizeof name, "section %s", ehc_sec_id(f->section));
		json_object_set_new(l, "fullyQualifiedName", json_string(name));
		json_array_append_new(logical, l);
		json_object_set_new(loc, "logicalLocations", logical);
	} else {
		json_decref(logical);
	}
	return loc;
}

static json_t *
message_json(const struct ehc_finding *f)
{
	struct ehc_buf b = EHC_BUF_INIT;
	ehc_buf_puts(&b, f->message && *f->message ? f->message : f->rule_id);
	if (f->suggestion)
		ehc_buf_printf(&b, " Better: %s", f->suggestion);
	json_t *o = text_obj(ehc_buf_str(&b));
	ehc_buf_fini(&b);
	return o;
}

static json_t *
properties_json(const struct ehc_finding *f)
{
	json_t *o = json_object();
	size_t wlen;
	const char *words = ehc_finding_words(f, &wlen);
	json_object_set_new(o, "section", ehc_json_str(ehc_sec_id(f->section)));
	json_object_set_new(o, "block", json_integer(f->block));
	json_object_set_new(o, "item", json_integer(f->item));
	json_object_set_new(o, "match", ehc_json_text(words, wlen));
	return o;
}

static json_t *
result_json(struct sarif_state *st, const struct ehc_report_ctx *ctx, const struct ehc_result *r,
	    const struct ehc_finding *f, size_t artifact)
{
	json_t *o = json_object(), *locs = json_array(), *fps = json_object();
	char fp[EHC_FINGERPRINT_SIZE];
	ehc_finding_fingerprint(f, fp);
	json_object_set_new(o, "ruleId", ehc_json_str(f->rule_id));
	json_object_set_new(o, "ruleIndex",
			    json_integer((json_int_t)rule_index(st, ctx, f->rule_id, f->level)));
	json_object_set_new(o, "level", json_string(ehc_sarif_level(f->level)));
	json_object_set_new(o, "message", message_json(f));
	json_array_append_new(locs, location_json(r, f, artifact));
	json_object_set_new(o, "locations", locs);
	json_object_set_new(fps, "ehclint/v1", json_string(fp));
	json_object_set_new(o, "partialFingerprints", fps);
	if (r->baselined)
		json_object_set_new(o, "baselineState", json_string("new"));
	json_object_set_new(o, "properties", properties_json(f));
	return o;
}

static json_t *
load_note(const struct ehc_result *r, size_t artifact)
{
	json_t *o = json_object(), *locs = json_array(), *loc = json_object(), *phys = json_object();
	json_t *desc = json_object();
	json_object_set_new(o, "level", json_string("error"));
	json_object_set_new(o, "message", text_obj(r->error ? r->error->message : "cannot be read"));
	json_object_set_new(desc, "id", json_string(r->error ? ehc_status_name(r->error->code)
							      : "load-error"));
	json_object_set_new(o, "descriptor", desc);
	json_object_set_new(phys, "artifactLocation", artifact_location(r->path, artifact));
	json_object_set_new(loc, "physicalLocation", phys);
	json_array_append_new(locs, loc);
	json_object_set_new(o, "locations", locs);
	return o;
}

static void
sarif_begin(struct ehc_report_ctx *ctx)
{
	struct sarif_state *st = calloc(1, sizeof *st);
	st->rules = json_array();
	st->index = json_object();
	st->artifacts = json_array();
	st->results = json_array();
	st->notes = json_array();
	ctx->state = st;
	for (size_t i = 0; ctx->pack && i < ehc_pack_count(ctx->pack); i++) {
		const struct ehc_rule *r = ehc_pack_rule(ctx->pack, i);
		if (ehc_rule_enabled(r))
			rule_index(st, ctx, ehc_rule_id(r), ehc_rule_level(r));
	}
}

static void
sarif_plan(struct ehc_report_ctx *ctx, const struct ehc_result *r)
{
	struct sarif_state *st = ctx->state;
	size_t artifact = json_array_size(st->artifacts);
	json_t *a = json_object(), *loc = json_object();
	json_object_set_new(loc, "uri", uri_json(r->path));
	json_object_set_new(a, "location", loc);
	json_object_set_new(a, "mimeType", json_string("application/vnd.openxmlformats-officedocument."
						       "wordprocessingml.document"));
	json_array_append_new(st->artifacts, a);
	if (!r->doc) {
		json_array_append_new(st->notes, load_note(r, artifact));
		return;
	}
	for (size_t i = 0; i < r->doc->nfindings; i++)
		if (ehc_result_shown(r, i, ctx->min_level))
			json_array_append_new(st->results,
					      result_json(st, ctx, r, &r->doc->findings[i], artifact));
}

static json_t *
run_json(struct sarif_state *st, const struct ehc_report_ctx *ctx)
{
	json_t *run = json_object(), *tool = json_object(), *driver = json_object();
	json_t *inv = json_object(), *invs = json_array();
	json_object_set_new(driver, "name", json_string("ehclint"));
	json_object_set_new(driver, "version", json_string(ctx->tool_version ? ctx->tool_version : "0"));
	json_object_set_new(driver, "rules", st->rules);
	json_object_set_new(tool, "driver", driver);
	json_object_set_new(run, "tool", tool);
	json_object_set_new(inv, "executionSuccessful", json_true());
	json_object_set_new(inv, "toolExecutionNotifications", st->notes);
	json_array_append_new(invs, inv);
	json_object_set_new(run, "invocations", invs);
	json_object_set_new(run, "artifacts", st->artifacts);
	json_object_set_new(run, "results", st->results);
	json_object_set_new(run, "columnKind", json_string("unicodeCodePoints"));
	return run;
}

static void
sarif_end(struct ehc_report_ctx *ctx)
{
	struct sarif_state *st = ctx->state;
	if (!st)
		return;
	json_t *root = json_object(), *runs = json_array();
	json_object_set_new(root, "$schema", json_string(SARIF_SCHEMA));
	json_object_set_new(root, "version", json_string("2.1.0"));
	json_array_append_new(runs, run_json(st, ctx));
	json_object_set_new(root, "runs", runs);
	json_dumpf(root, ctx->out, JSON_INDENT(1) | JSON_PRESERVE_ORDER);
	fputc('\n', ctx->out);
	json_decref(root);
	json_decref(st->index);
	free(st);
	ctx->state = NULL;
}

const struct ehc_reporter ehc_report_sarif = {
	.name = "sarif",
	.description = "SARIF 2.1.0, for code scanning (GitHub, Azure DevOps, ...)",
	.begin = sarif_begin,
	.plan = sarif_plan,
	.end = sarif_end,
};
