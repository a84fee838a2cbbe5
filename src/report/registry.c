/* SPDX-License-Identifier: MIT */
/* The reporter registry: one row per format. */
#include <string.h>

#include "report/report.h"

extern const struct ehc_reporter ehc_report_text;
extern const struct ehc_reporter ehc_report_json;
extern const struct ehc_reporter ehc_report_jsonl;
extern const struct ehc_reporter ehc_report_sarif;
extern const struct ehc_reporter ehc_report_gitlab;
extern const struct ehc_reporter ehc_report_checkstyle;
extern const struct ehc_reporter ehc_report_junit;
extern const struct ehc_reporter ehc_report_csv;
extern const struct ehc_reporter ehc_report_html;

static const struct ehc_reporter *const registry[] = {
	&ehc_report_text,
	&ehc_report_json,
	&ehc_report_jsonl,
	&ehc_report_sarif,
	&ehc_report_gitlab,
	&ehc_report_checkstyle,
	&ehc_report_junit,
	&ehc_report_csv,
	&ehc_report_html,
	NULL,
};

const struct ehc_reporter *const *
ehc_reporters(void)
{
	return registry;
}

const struct ehc_reporter *
ehc_reporter_find(const char *name)
{
	for (size_t i = 0; registry[i]; i++)
		if (strcmp(registry[i]->name, name) == 0)
			return registry[i];
	return NULL;
}

bool
ehc_finding_shown(const struct ehc_finding *f, enum ehc_level min)
{
	return !f->suppressed && f->level >= min;
}

bool
ehc_result_shown(const struct ehc_result *r, size_t i, enum ehc_level min)
{
	return ehc_finding_shown(&r->doc->findings[i], min) && !(r->baselined && r->baselined[i]);
}

size_t
ehc_result_counts(const struct ehc_result *r, enum ehc_level min, size_t count[EHC_LEVEL_COUNT])
{
	size_t suppressed = 0;
	memset(count, 0, EHC_LEVEL_COUNT * sizeof *count);
	for (size_t i = 0; r->doc && i < r->doc->nfindings; i++) {
		suppressed += r->doc->findings[i].suppressed;
		if (ehc_result_shown(r, i, min))
			count[r->doc->findings[i].level]++;
	}
	return suppressed;
}
