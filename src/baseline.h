/* SPDX-License-Identifier: MIT */
/*
 * Baselines and finding fingerprints. A fingerprint is built from the rule, the section and
 * the normalised text of the block or item a finding is about (and the words matched), never
 * from block numbers or offsets, so a finding keeps its fingerprint when the plan is edited
 * elsewhere. SARIF's partialFingerprints carry the same value.
 *
 * A baseline is a multiset of (plan, fingerprint) pairs: `--write-baseline` records a run's
 * findings, `--baseline` then marks the findings of a later run that it already holds, each
 * recorded pair matching one finding.
 */
#ifndef EHC_BASELINE_H
#define EHC_BASELINE_H

#include <stdbool.h>
#include <stddef.h>

#include "model.h"
#include "util/error.h"

#define EHC_FINGERPRINT_SIZE 17 /* 16 hex digits and a NUL */

/** Writes the fingerprint of 'f' to 'out'. */
void ehc_finding_fingerprint(const struct ehc_finding *f, char out[EHC_FINGERPRINT_SIZE]);

struct ehc_baseline;

/** An empty baseline. Free with ehc_baseline_free(). */
struct ehc_baseline *ehc_baseline_new(void);
/**
 * Reads a baseline written by ehc_baseline_write(). Returns 0 and '*out', EHC_E_IO when the
 * file cannot be read, EHC_E_CONFIG when it is not a baseline.
 */
int ehc_baseline_load(const char *path, struct ehc_baseline **out, struct ehc_error *err);
void ehc_baseline_free(struct ehc_baseline *b);

/**
 * Marks in 'marks' (doc->nfindings entries, set to false first) the unsuppressed findings of
 * 'doc' the baseline holds for 'plan', using each recorded pair once. Returns how many.
 */
size_t ehc_baseline_match(struct ehc_baseline *b, const char *plan, const struct ehc_doc *doc,
			  bool *marks);
/** Records every unsuppressed finding of 'doc' under 'plan' (copies what it keeps). */
void ehc_baseline_add(struct ehc_baseline *b, const char *plan, const struct ehc_doc *doc);
/** Number of recorded findings. */
size_t ehc_baseline_count(const struct ehc_baseline *b);
/** Writes the baseline as JSON, sorted, to 'path'. Errors: EHC_E_IO. */
int ehc_baseline_write(struct ehc_baseline *b, const char *path, const char *version,
		       struct ehc_error *err);

#endif
