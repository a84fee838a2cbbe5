/* SPDX-License-Identifier: MIT */
/*
 * Tables whose columns are sections: a header row such as "Needs (B) | Outcomes (E) |
 * Provision (F)" gives each cell below it the section of its column, until the table ends or
 * another such header row comes. The sections are then present, with no heading block.
 * Knows the model and the layout's column patterns.
 */
#include "segment/seg-internal.h"

#include <string.h>

#include "util/arena.h"

#define MAX_COLS 32

struct colmap {
	int table, depth, n;
	int col[MAX_COLS], span[MAX_COLS];
	enum ehc_sec sec[MAX_COLS];
};

/* The section a header cell names, or NONE. */
static enum ehc_sec
cell_section(const struct seg_ctx *cx, const struct ehc_block *b, size_t i)
{
	const char *s = b->text + b->cells[i].start;
	size_t n = b->cells[i].len;
	seg_trim(&s, &n);
	n = seg_line_len(s, n);
	struct seg_hit h;
	if (!n || seg_chars(s, n) > cx->l->lim.header_cell_chars ||
	    seg_match(cx, &cx->l->columns, s, n, &h) < 0)
		return EHC_SEC_NONE;
	enum ehc_sec secs[4];
	int k = seg_letters(cx, s + h.letters_start, h.letters_len, secs, 4);
	return k > 0 ? secs[0] : EHC_SEC_NONE;
}

/* The sections named by the combined heading the blocks are under ("Sections E and F"). */
struct combo {
	enum ehc_sec sec[EHC_SEC_COUNT];
	int n;
};

static bool
in_combo(const struct combo *c, enum ehc_sec s)
{
	for (int i = 0; i < c->n; i++)
		if (c->sec[i] == s)
			return true;
	return false;
}

/* Under a combined heading: the one of its sections a header cell's words name, or NONE. */
static enum ehc_sec
combo_cell(const struct seg_ctx *cx, const struct ehc_block *b, size_t i, const struct combo *c)
{
	const char *s = b->text + b->cells[i].start;
	size_t n = b->cells[i].len;
	seg_trim(&s, &n);
	if (!n || seg_chars(s, n) > cx->l->lim.header_cell_chars)
		return EHC_SEC_NONE;
	const struct seg_pats *ps = &cx->l->combined_columns;
	for (size_t k = 0; k < ps->n; k++)
		if (in_combo(c, ps->p[k].sec) && seg_match(cx, &(struct seg_pats){ &ps->p[k], 1 },
							  s, n, NULL) >= 0)
			return ps->p[k].sec;
	return EHC_SEC_NONE;
}

static int
distinct(const struct colmap *m)
{
	int k = 0;
	for (int i = 0; i < m->n; i++) {
		bool again = false;
		for (int j = 0; j < i; j++)
			again = again || m->sec[j] == m->sec[i];
		k += m->sec[i] != EHC_SEC_NONE && !again;
	}
	return k;
}

/* True when 'b' is a header row naming two or more sections (by letter, or by words under a
 * combined heading); fills 'm'. */
static bool
read_header(const struct seg_ctx *cx, const struct ehc_block *b, const struct combo *c,
	    struct colmap *m)
{
	if (b->kind != EHC_BLOCK_ROW || b->ncells < 2 || b->ncells > MAX_COLS)
		return false;
	m->table = b->table;
	m->depth = b->depth;
	m->n = (int)b->ncells;
	for (size_t i = 0; i < b->ncells; i++) {
		m->col[i] = b->cells[i].col;
		m->span[i] = b->cells[i].span > 0 ? b->cells[i].span : 1;
		m->sec[i] = cell_section(cx, b, i);
	}
	if (distinct(m) >= 2)
		return true;
	for (size_t i = 0; c->n >= 2 && i < b->ncells; i++)
		m->sec[i] = combo_cell(cx, b, i, c);
	return distinct(m) >= 2;
}

/* Under a combined heading, a cell holding only a letter ("H2") puts its row there. */
static void
row_letter(const struct seg_ctx *cx, struct ehc_block *b, const struct combo *c)
{
	for (size_t i = 0; i < b->ncells; i++) {
		const char *s = b->text + b->cells[i].start;
		size_t n = b->cells[i].len;
		struct seg_hit h;
		enum ehc_sec sec;
		if (seg_match(cx, &cx->l->row_letter, s, n, &h) < 0 ||
		    seg_letters(cx, s + h.letters_start, h.letters_len, &sec, 1) != 1)
			continue;
		if (in_combo(c, sec)) {
			b->section = sec;
			return;
		}
	}
}

/* The sections whose heading is block 'b' (two or more: a combined heading). */
static int
heading_of(const struct seg_ctx *cx, const struct ehc_block *b, struct combo *c)
{
	c->n = 0;
	for (int s = EHC_SEC_A; s <= EHC_SEC_K; s++)
		if (cx->doc->sections[s].present && cx->doc->sections[s].heading_block == b->n)
			c->sec[c->n++] = (enum ehc_sec)s;
	return c->n;
}

static enum ehc_sec
column_of(const struct colmap *m, int col)
{
	for (int i = 0; i < m->n; i++)
		if (col >= m->col[i] && col < m->col[i] + m->span[i])
			return m->sec[i];
	return EHC_SEC_NONE;
}

static void
found_header(struct seg_ctx *cx, struct ehc_block *b, const struct colmap *m)
{
	for (int i = 0; i < m->n; i++)
		if (m->sec[i] != EHC_SEC_NONE)
			seg_section_found(cx, m->sec[i], 0, ehc_cell_text(cx->doc, b, (size_t)i));
	b->heading = true;
}

/* Cells take their column's section; the row itself one of them unless it already has one. */
static void
apply(struct ehc_block *b, const struct colmap *m)
{
	enum ehc_sec first = EHC_SEC_NONE;
	bool row_in = false;
	for (size_t i = 0; i < b->ncells; i++) {
		enum ehc_sec s = column_of(m, b->cells[i].col);
		b->cells[i].section = s;
		if (s != EHC_SEC_NONE && first == EHC_SEC_NONE)
			first = s;
		row_in = row_in || (s != EHC_SEC_NONE && s == b->section);
	}
	if (!row_in && first != EHC_SEC_NONE)
		b->section = first;
}

void
seg_columns(struct seg_ctx *cx)
{
	struct colmap m = { .table = 0 };
	struct combo c = { .n = 0 }, h_of;
	for (size_t i = 0; i < cx->doc->nblocks; i++) {
		struct ehc_block *b = &cx->doc->blocks[i];
		struct colmap h;
		if (b->heading && heading_of(cx, b, &h_of) > 0) {
			c = h_of; /* a new section: one letter ends the combined context */
			m.table = 0;
			continue;
		}
		if (b->section == EHC_SEC_BACK)
			c.n = 0;
		if (read_header(cx, b, &c, &h)) {
			m = h;
			found_header(cx, b, &m);
			continue;
		}
		if (b->kind != EHC_BLOCK_ROW)
			continue;
		if (m.table && b->table != m.table && b->depth <= m.depth)
			m.table = 0; /* another table: the columns end */
		if (m.table && b->table == m.table)
			apply(b, &m);
		else if (!m.table && c.n >= 2)
			row_letter(cx, b, &c);
	}
}
