/* SPDX-License-Identifier: MIT */
/*
 * PCRE2 patterns for the rule pack and the section layout: {MACRO} expansion, compilation
 * once per run (UTF, UCP, JIT, caseless unless asked otherwise, multi-line so ^ and $ match at
 * each cell or line of a normalised unit), and matching with limits so no pattern can hang a
 * run. Setting EHCLINT_NO_JIT in the environment compiles without JIT (for valgrind, which
 * cannot follow JIT-compiled code).
 *
 * A compiled pattern is read-only: any number of threads may match it at once, each with its
 * own ehc_matcher (match data and match context).
 */
#ifndef EHC_UTIL_PATTERN_H
#define EHC_UTIL_PATTERN_H

#include <stdbool.h>
#include <stddef.h>

#include "util/arena.h"
#include "util/error.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

/* Named pattern fragments: {NAME} in a pattern is replaced by (?:value). */
struct ehc_macros {
	const char **names, **values;
	int *lines, *cols;
	const char **files;
	size_t n, cap;
};

/** Defines (or redefines) macro 'name'; strings are not copied (keep them alive). */
void ehc_macros_define(struct ehc_macros *m, const char *name, const char *value,
		       const char *file, int line, int col);
/** The value of macro 'name', or NULL. */
const char *ehc_macros_get(const struct ehc_macros *m, const char *name);
void ehc_macros_fini(struct ehc_macros *m);

struct ehc_pattern {
	pcre2_code *code;      /* owned; freed by ehc_pattern_fini() */
	const char *source;    /* as written (not expanded) */
	int line, col;
	char *lits;            /* owned, or NULL: strings one of which every match contains, in
				  lower case, each NUL-terminated, then an empty one */
};

/**
 * Expands the macros in 'src' and compiles it. On error returns EHC_E_RULE with 'err' at
 * file:line:col ("unknown macro {X}", "pattern error at offset N: ...").
 */
int ehc_pattern_compile(struct ehc_pattern *p, const char *src, const struct ehc_macros *m,
			bool caseless, const char *file, int line, int col, struct ehc_error *err);
void ehc_pattern_fini(struct ehc_pattern *p);

/* Per-call match state: never stored in the pack. It remembers which letter pairs the last
 * subject holds (by address), so that a pattern whose literals cannot all be there is not run
 * at all. */
struct ehc_matcher {
	pcre2_match_data *md;
	pcre2_match_context *mc;
	bool limited;          /* set when a match hit its limit since the last reset */
	const char *seen;      /* the subject 'pairs' describe, or NULL */
	size_t seen_len;
	bool seen_odd;         /* it has characters that match ASCII letters caselessly (K, long s) */
	uint64_t ones;         /* bit a: byte class a occurs */
	uint64_t pairs[64];    /* bit b of pairs[a]: byte classes a then b occur */
};

void ehc_matcher_init(struct ehc_matcher *mt);
void ehc_matcher_fini(struct ehc_matcher *mt);
/** Forgets what the matcher knows of its last subject: call it after writing into a buffer
 * that has been matched before (a rewritten scratch buffer, text blanked in place). */
void ehc_matcher_forget(struct ehc_matcher *mt);

/**
 * Finds 'p' in s[from..len). Returns true and the match range [*ms, *me) when found; false
 * when not found or on a limit (then mt->limited is set).
 */
bool ehc_pattern_find(const struct ehc_pattern *p, struct ehc_matcher *mt, const char *s,
		      size_t len, size_t from, size_t *ms, size_t *me);
/** Anchored match at 'at': the length matched, or 0. */
size_t ehc_pattern_match_at(const struct ehc_pattern *p, struct ehc_matcher *mt, const char *s,
			    size_t len, size_t at);

#endif
