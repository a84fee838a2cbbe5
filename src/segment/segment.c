/* SPDX-License-Identifier: MIT */
/*
 * ehc_segment(): the passes in order. Headings first (sections.c), then tables whose columns
 * are sections (columns.c), then each section's range and status, then the items (items.c).
 * The match data is this call's own, so one layout serves many threads.
 */
#include "segment/seg-internal.h"

#include <stdio.h>
#include <stdlib.h>

#include "util/xalloc.h"

void
ehc_segment(struct ehc_doc *doc, const struct ehc_layout *l)
{
	if (!doc || !l)
		return;
	struct seg_ctx cx = { .doc = doc, .l = l };
	cx.md = pcre2_match_data_create(32, NULL);
	if (!cx.md) {
		fprintf(stderr, "ehclint: out of memory\n");
		abort();
	}
	for (int s = 0; s < EHC_SEC_COUNT; s++)
		cx.share[s] = (enum ehc_sec)s;
	seg_sections(&cx);
	seg_columns(&cx);
	seg_route_labels(&cx);
	seg_status(&cx);
	seg_items(&cx);
	seg_status(&cx); /* items moved blocks to a combined heading's parts; header rows known */
	pcre2_match_data_free(cx.md);
}
