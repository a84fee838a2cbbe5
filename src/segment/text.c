/* SPDX-License-Identifier: MIT */
/*
 * Small helpers the segmenter's passes share: lines, trimming, what kind of block this is
 * (list, heading style, full-width row), and marking a section found. No English words here:
 * those come from the layout.
 */
#include "segment/seg-internal.h"

#include <string.h>

#include "util/arena.h"
#include "util/utf8.h"

size_t
seg_line_len(const char *s, size_t n)
{
	const char *nl = memchr(s, '\n', n);
	return nl ? (size_t)(nl - s) : n;
}

static bool
is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

void
seg_trim(const char **s, size_t *n)
{
	while (*n && is_space((unsigned char)**s)) {
		(*s)++;
		(*n)--;
	}
	while (*n && is_space((unsigned char)(*s)[*n - 1]))
		(*n)--;
	/* U+00A0 no-break space, as the loader may leave it */
	while (*n >= 2 && (unsigned char)(*s)[*n - 2] == 0xC2 && (unsigned char)(*s)[*n - 1] == 0xA0)
		*n -= 2;
}

bool
seg_blank(const char *s, size_t n)
{
	seg_trim(&s, &n);
	return n == 0;
}

size_t
seg_chars(const char *s, size_t n)
{
	return ehc_utf8_count(s, n);
}

bool
seg_is_styled(const struct seg_ctx *cx, const struct ehc_block *b)
{
	if (b->kind != EHC_BLOCK_PARAGRAPH)
		return false;
	if (b->outline > 0)
		return true;
	return b->style && seg_any(cx, &cx->l->heading_styles, b->style, strlen(b->style));
}

bool
seg_is_list(const struct seg_ctx *cx, const struct ehc_block *b)
{
	if (b->kind != EHC_BLOCK_PARAGRAPH)
		return false;
	if (b->num_id > 0 || b->list_level >= 0)
		return true;
	return b->style && seg_any(cx, &cx->l->list_styles, b->style, strlen(b->style));
}

bool
seg_row_single(const struct ehc_block *b, size_t *cell)
{
	if (b->kind != EHC_BLOCK_ROW || b->ncells == 0)
		return false;
	size_t with_text = 0, at = 0;
	for (size_t i = 0; i < b->ncells; i++)
		if (!seg_blank(b->text + b->cells[i].start, b->cells[i].len)) {
			with_text++;
			at = i;
		}
	if (b->ncells == 1 || (with_text == 1 && b->cells[at].span > 1)) {
		if (cell)
			*cell = with_text ? at : 0;
		return b->ncells == 1 || b->cells[at].span * 2 > b->grid_cols;
	}
	return false;
}

bool
seg_row_shaded(const struct ehc_block *b)
{
	if (b->kind != EHC_BLOCK_ROW)
		return false;
	if (b->shaded)
		return true;
	for (size_t i = 0; i < b->ncells; i++)
		if (!b->cells[i].shaded)
			return false;
	return b->ncells > 0;
}

bool
seg_is_na(const struct seg_ctx *cx, const char *s, size_t n)
{
	seg_trim(&s, &n);
	return n && seg_any(cx, &cx->l->not_applicable, s, n);
}

void
seg_section_found(struct seg_ctx *cx, enum ehc_sec sec, int heading, const char *title)
{
	struct ehc_section *s = &cx->doc->sections[sec];
	if (s->present)
		return;
	s->present = true;
	s->order = ++cx->next_order;
	s->heading_block = heading;
	s->title = title ? ehc_arena_strdup(cx->doc->arena, title) : NULL;
}
