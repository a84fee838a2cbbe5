/* SPDX-License-Identifier: MIT */
/*
 * Reporters: one file per format, each only formats what it is given. None of them knows how
 * a finding was made. A reporter is `struct ehc_reporter { name, begin, plan, end }`, with one
 * row in the registry (registry.c).
 */
#ifndef EHC_REPORT_H
#define EHC_REPORT_H

#include <stdbool.h>
#include <stdio.h>

#include "model.h"
#include "rules/rules.h"
#include "score/score.h"
#include "util/error.h"

/* One plan's outcome, handed to every reporter in the order the plans were named. Everything
 * here dies after the reporters' plan() calls: a reporter copies what it keeps. */
struct ehc_result {
	const char *path;
	const struct ehc_doc *doc;     /* NULL when the plan could not be read */
	const struct ehc_error *error; /* the load error, or NULL */
	const struct ehc_score *score; /* NULL when not scored (unreadable, or no scoring.yml) */
	const bool *baselined;         /* per finding: held by --baseline; or NULL */
	size_t nbaselined;             /* findings held by the baseline */
};

/* What every reporter may read. 'state' is the reporter's own. */
struct ehc_report_ctx {
	FILE *out;
	const char *out_path;          /* where 'out' writes, or NULL for standard output */
	bool color;                    /* ANSI colour allowed */
	enum ehc_level min_level;      /* findings below it are not shown */
	const struct ehc_pack *pack;   /* for rule help text; may be NULL */
	const char *tool_version;
	void *state;
};

struct ehc_reporter {
	const char *name;
	const char *description;
	/** Called once before the first plan. */
	void (*begin)(struct ehc_report_ctx *ctx);
	/** Called for each plan, in order. */
	void (*plan)(struct ehc_report_ctx *ctx, const struct ehc_result *r);
	/** Called once after the last plan; frees 'state'. */
	void (*end)(struct ehc_report_ctx *ctx);
};

/** The reporter named 'name', or NULL. */
const struct ehc_reporter *ehc_reporter_find(const char *name);
/** The registry, NULL-terminated, for --help. */
const struct ehc_reporter *const *ehc_reporters(void);

/** True when finding 'f' is shown at 'min'. */
bool ehc_finding_shown(const struct ehc_finding *f, enum ehc_level min);
/** True when finding 'i' of r->doc is shown at 'min': not suppressed, not baselined. */
bool ehc_result_shown(const struct ehc_result *r, size_t i, enum ehc_level min);
/** Counts the findings of 'r' shown at 'min' by level; returns the suppressed ones. */
size_t ehc_result_counts(const struct ehc_result *r, enum ehc_level min,
			 size_t count[EHC_LEVEL_COUNT]);

/** `ehclint dump`: how a plan was understood, as text or as one JSON object. */
void ehc_dump_text(FILE *out, const struct ehc_doc *doc);
void ehc_dump_json(FILE *out, const struct ehc_doc *doc);

#endif
