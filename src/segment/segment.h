/* SPDX-License-Identifier: MIT */
/*
 * The segmenter: finds the statutory sections A-K in a loaded document, whatever the local
 * template looks like, and splits E, F, G, H, H1, H2 into items. Driven by rules/sections.yml
 * (heading patterns, titles, header-column names); knows the model, not OOXML.
 */
#ifndef EHC_SEGMENT_H
#define EHC_SEGMENT_H

#include "model.h"
#include "util/error.h"

/* The compiled layout knowledge of rules/sections.yml; immutable once loaded, so one layout
 * serves every thread. */
struct ehc_layout;

/**
 * Reads and compiles the sections file at 'path'. Returns 0 and '*out' (free with
 * ehc_layout_free()), or EHC_E_RULE with 'err' as "file:line:col: cause".
 */
int ehc_layout_load(const char *path, struct ehc_layout **out, struct ehc_error *err);
/** Frees 'l'; NULL is a no-op. */
void ehc_layout_free(struct ehc_layout *l);

/**
 * Assigns every block of 'doc' (and every cell of rows whose columns are sections) to a section,
 * fills doc->sections (present, title, heading, range, empty, not_applicable, order) and
 * appends the items of E, F, G, H, H1, H2 to doc->items. Blocks before the first section are
 * EHC_SEC_FRONT, what follows the plan (signature, appendices) EHC_SEC_BACK. Never fails;
 * what it could not place is recorded with ehc_doc_note().
 */
void ehc_segment(struct ehc_doc *doc, const struct ehc_layout *l);

#endif
