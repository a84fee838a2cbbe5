/* SPDX-License-Identifier: MIT */
/*
 * `gitlab`: GitLab Code Quality JSON (an array of issues), written as each plan finishes.
 * Each issue's fingerprint hashes the plan, the finding's baseline fingerprint and its
 * occurrence, so it is unique in the report and stable across edits elsewhere in the plan.
 */
#include <jansson.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "baseline.h"
#include "report/report-util.h"

struct gitlab_state {
	size_t issues;
};

static const char *const severity[EHC_LEVEL_COUNT] = {
	[EHC_LEVEL_INFO] = "info",
	[EHC_LEVEL_WARNING] = "major",
	[EHC_LEVEL_ERROR] = "critical",
};

static void
issue_fingerprint(const char *path, const char *fp, size_t occurrence, char out[33])
{
	uint64_t h[2] = { 0xcbf29ce484222325ULL, 0x84222325cbf29ce4ULL };
	char k[32];
	snprintf(k, sizeof k, "%zu", occurrence);
	const char *parts[] = { path, fp, k };
	for (int w = 0; w < 2; w++)
		for (size_t p = 0; p < 3; p++)
			for (const char *s = parts[p]; ; s++) {
				h[w] = (h[w] ^ (unsigned char)*s) * (w ? 0x100000001b3ULL : 0x100000001b5ULL);
				if (!*s)
					break;
			}
	snprintf(out, 33, "%016llx%016llx", (unsigned long long)h[0], (unsigned long long)h[1]);
}

static size_t
occurrence(const struct ehc_doc *doc, size_t i, const char *fp)
{
	size_t k = 0;
	for (size_t j = 0; j < i; j++) {
		char other[EHC_FINGERPRINT_SIZE];
		ehc_finding_fingerprint(&doc->findings[j], other);
		k += strcmp(other, fp) == 0;
	}
	return k;
}

static json_t *
issue_json(const struct ehc_result *r, size_t i)
{
	const struct ehc_finding *f = &r->doc->findings[i];
	json_t *o = json_object(), *loc = json_object(), *lines = json_object(), *cat = json_array();
	char fp[EHC_FINGERPRINT_SIZE], id[33];
	ehc_finding_fingerprint(f, fp);
	issue_fingerprint(r->path, fp, occurrence(r->doc, i, fp), id);
	json_object_set_new(o, "type", json_string("issue"));
	json_object_set_new(o, "check_name", ehc_json_str(f->rule_id));
	json_object_set_new(o, "description", ehc_json_str(f->message && *f->message ? f->message
										   : f->rule_id));
	json_array_append_new(cat, json_string("Style"));
	json_object_set_new(o, "categories", cat);
	json_object_set_new(o, "severity", json_string(severity[f->level]));
	json_object_set_new(o, "fingerprint", json_string(id));
	json_object_set_new(loc, "path", ehc_json_str(r->path));
	json_object_set_new(lines, "begin", json_integer(f->block > 0 ? f->block : 1));
	json_object_set_new(loc, "lines", lines);
	json_object_set_new(o, "location", loc);
	return o;
}

static void
gitlab_begin(struct ehc_report_ctx *ctx)
{
	ctx->state = calloc(1, sizeof(struct gitlab_state));
	fputs("[", ctx->out);
}

static void
gitlab_plan(struct ehc_report_ctx *ctx, const struct ehc_result *r)
{
	struct gitlab_state *st = ctx->state;
	for (size_t i = 0; r->doc && i < r->doc->nfindings; i++) {
		if (!ehc_result_shown(r, i, ctx->min_level))
			continue;
		json_t *o = issue_json(r, i);
		fputs(st->issues++ ? ",\n " : "\n ", ctx->out);
		json_dumpf(o, ctx->out, JSON_COMPACT | JSON_PRESERVE_ORDER);
		json_decref(o);
	}
}

static void
gitlab_end(struct ehc_report_ctx *ctx)
{
	if (!ctx->state)
		return;
	fputs("\n]\n", ctx->out);
	free(ctx->state);
	ctx->state = NULL;
}

const struct ehc_reporter ehc_report_gitlab = {
	.name = "gitlab",
	.description = "GitLab Code Quality report (JSON)",
	.begin = gitlab_begin,
	.plan = gitlab_plan,
	.end = gitlab_end,
};
