/* SPDX-License-Identifier: MIT */
/* The reporter registry: one row per format. */
#include <string.h>

#include "report/report.h"

extern const struct ehc_reporter ehc_report_text;
extern const struct ehc_reporter ehc_report_json;
extern const struct ehc_reporter ehc_report_jsonl;

static const struct ehc_reporter *const registry[] = {
	&ehc_report_text,
	&ehc_report_json,
	&ehc_report_jsonl,
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
