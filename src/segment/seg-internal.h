/* SPDX-License-Identifier: MIT */
/*
 * Private to src/segment/: the compiled layout (rules/sections.yml) and the helpers the three
 * passes share. layout.c builds it; sections.c finds headings; columns.c reads tables whose
 * columns are sections; items.c splits sections into items.
 */
#ifndef EHC_SEG_INTERNAL_H
#define EHC_SEG_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include "segment/segment.h"
#include "util/pattern.h"

/* A list of compiled patterns; 'letters' and 'title' are group numbers (0 when absent). */
struct seg_pat {
	struct ehc_pattern pat;  /* compiled once; its code is shared by every thread */
	pcre2_code *re;          /* pat.code */
	int letters, title;
	bool plain;              /* headings: may be a heading without formatting */
	bool explicit_;          /* headings: names the section outright, so no title check */
	enum ehc_sec sec;        /* titles: the section the words name */
};

struct seg_pats {
	struct seg_pat *p;
	size_t n;
};

struct seg_limits {
	size_t heading_chars, plain_heading_chars, subtitle_chars, subheading_chars;
	size_t header_cell_chars;
	unsigned match_limit;
	int min_letter_headings;
};

struct ehc_layout {
	struct seg_pats headings, letter_token, columns, titles, not_applicable, no_needs;
	struct seg_pats combined_columns, row_letter;
	struct seg_pats signature, appendix, heading_styles, list_styles;
	struct seg_pats item_number, lead_in, intro, bullet_label, header_words, areas;
	struct seg_limits lim;
	pcre2_match_context *mctx; /* read-only once loaded: shared by threads */
};

/* One call of ehc_segment(): the doc, the layout and the match data of this thread. */
struct seg_ctx {
	struct ehc_doc *doc;
	const struct ehc_layout *l;
	pcre2_match_data *md;
	int next_order;          /* order given to the next section found */
	enum ehc_sec share[EHC_SEC_COUNT]; /* combined headings: the first letter named with it */
	bool routed[EHC_SEC_COUNT]; /* items of a combined heading moved here ("H2.1") */
	int nitems[EHC_SEC_COUNT];  /* items made so far per section, for their numbers */
};

/* A match: which pattern, and the byte spans of its named groups (start == SIZE_MAX: none). */
struct seg_hit {
	int index;
	size_t letters_start, letters_len, title_start, title_len;
};

/** Index of the first pattern of 'ps' matching 's' ('n' bytes), or -1; fills 'hit' if given. */
int seg_match(const struct seg_ctx *cx, const struct seg_pats *ps, const char *s, size_t n,
	      struct seg_hit *hit);
/** True when some pattern of 'ps' matches. */
bool seg_any(const struct seg_ctx *cx, const struct seg_pats *ps, const char *s, size_t n);
/** Parses letters ("E and F", "H1/H2") into 'out' (up to 'max'); returns how many. */
int seg_letters(const struct seg_ctx *cx, const char *s, size_t n, enum ehc_sec *out, int max);
/** The section whose title words 's' contains, or EHC_SEC_NONE. */
enum ehc_sec seg_title_section(const struct seg_ctx *cx, const char *s, size_t n);
/** True when 's' carries title words of section 'sec'. */
bool seg_title_is(const struct seg_ctx *cx, enum ehc_sec sec, const char *s, size_t n);

/** Length of the first line of 's' (up to '\n'). */
size_t seg_line_len(const char *s, size_t n);
/** Trims white space at both ends of [*s, *s + *n). */
void seg_trim(const char **s, size_t *n);
/** True when 's' is only white space. */
bool seg_blank(const char *s, size_t n);
/** Code points in 's'. */
size_t seg_chars(const char *s, size_t n);
/** True for a block that is a list paragraph (numbering or a list style). */
bool seg_is_list(const struct seg_ctx *cx, const struct ehc_block *b);
/** True for a block with a heading style or an outline level. */
bool seg_is_styled(const struct seg_ctx *cx, const struct ehc_block *b);
/** True when the row is one full-width cell (or only one cell has text and it spans). */
bool seg_row_single(const struct ehc_block *b, size_t *cell);
/** True when every cell of the row is shaded (or the row is). */
bool seg_row_shaded(const struct ehc_block *b);
/** True when content 's' says the section is not applicable. */
bool seg_is_na(const struct seg_ctx *cx, const char *s, size_t n);

/** Marks 'sec' present (first time: gives it the next order). */
void seg_section_found(struct seg_ctx *cx, enum ehc_sec sec, int heading, const char *title);

/** sections.c: finds headings and assigns every block to a section. */
void seg_sections(struct seg_ctx *cx);
/** columns.c: reads tables whose header cells name sections; sets cell sections. */
void seg_columns(struct seg_ctx *cx);
/** sections.c: fills first/last block, empty and not_applicable. */
void seg_status(struct seg_ctx *cx);
/** Under a combined heading ("Sections B, E and F"), a paragraph opening with a part's word
 * ("Outcome 1.1", "Provision 1.1a", from combined_columns) moves to that part. */
void seg_route_labels(struct seg_ctx *cx);
/** items.c: appends the items of E, F, G, H, H1, H2. */
void seg_items(struct seg_ctx *cx);

/** A table's header row: marked so in the file (w:tblHeader), or short label cells, header
 * words or all shaded or bold. */
bool seg_is_header_row(const struct seg_ctx *cx, const struct ehc_block *b);

#endif
