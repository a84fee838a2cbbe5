/* SPDX-License-Identifier: MIT */
/*
 * Finding the sections. Every block that looks like a heading (heading style or outline level,
 * short bold or capitals paragraph, numbering label carrying the letter, shaded full-width
 * table row) becomes a candidate; the heading patterns of the layout read its letters and
 * title. The plan's own habit (the commonest kind of lettered heading) then decides the
 * doubtful ones: a letter that goes backwards, or one after the signature or an appendix, is
 * only a heading when it looks like the others. Without enough letters the title words are used.
 * Knows the model and the layout, not OOXML; the English words are all in the layout.
 */
#include "segment/seg-internal.h"

#include <stdlib.h>
#include <string.h>

#include "util/arena.h"
#include "util/xalloc.h"

#define MAX_LETTERS 8

/* How a candidate looks, from most to least heading-like. */
enum kind { K_STYLE, K_ROW, K_BOLD, K_CAPS, K_LABEL, K_PLAIN, K_COUNT };

static const char *const kind_names[K_COUNT] = {
	[K_STYLE] = "heading style", [K_ROW] = "shaded row",  [K_BOLD] = "bold paragraph",
	[K_CAPS] = "capitals",        [K_LABEL] = "numbering", [K_PLAIN] = "plain paragraph",
};

struct cand {
	int block;
	enum kind kind;
	enum ehc_sec secs[MAX_LETTERS];
	int nsecs;                /* letters read; 0 for a title-only or back-matter candidate */
	enum ehc_sec title_sec;   /* section named by the title words, or NONE */
	const char *line;         /* the heading line (block text, cell text or arena) */
	size_t len;
	bool untitled;            /* "Section E" alone: the title follows */
	bool back;                /* signature or appendix: the plan ends here */
	size_t cell;              /* rows: the cell holding the heading */
};

struct scan {
	struct cand *c;
	size_t n, cap;
	int dominant;             /* enum kind of most lettered headings */
	bool letters;             /* trust letters (else title words) */
	int last_dominant[EHC_SEC_COUNT]; /* block of the last heading of that kind per section */
};

/* The text a block would carry as a heading: a paragraph's, or the heading cell's of a row. */
static bool
block_text(const struct ehc_block *b, const char **s, size_t *n, size_t *cell)
{
	*cell = 0;
	if (b->kind == EHC_BLOCK_PARAGRAPH) {
		*s = b->text;
		*n = b->len;
		return true;
	}
	if (!seg_row_single(b, cell) && !seg_row_shaded(b))
		return false;
	*s = b->text + b->cells[*cell].start;
	*n = b->cells[*cell].len;
	const char *t = *s;
	size_t tn = *n;
	seg_trim(&t, &tn);
	if (b->ncells >= 2 && tn && tn <= 3) /* "E | Outcomes": the letter's cell and the title's */
		*n = b->cells[1].start + b->cells[1].len - b->cells[0].start;
	return true;
}

static enum kind
block_kind(const struct seg_ctx *cx, const struct ehc_block *b, size_t cell, size_t chars)
{
	const struct seg_limits *lim = &cx->l->lim;
	if (b->kind == EHC_BLOCK_ROW) {
		const struct ehc_cell *c = &b->cells[cell];
		return seg_row_shaded(b) || c->shaded || c->bold ? K_ROW : K_PLAIN;
	}
	if (seg_is_styled(cx, b))
		return K_STYLE;
	if ((b->bold || b->underline) && chars <= lim->heading_chars)
		return K_BOLD;
	if (b->caps && chars <= lim->heading_chars)
		return K_CAPS;
	return K_PLAIN;
}

/* Reads letters and title from 's' with the heading patterns; false when none matches. */
static bool
read_letters(const struct seg_ctx *cx, struct cand *c, const char *s, size_t n)
{
	struct seg_hit h;
	if (seg_match(cx, &cx->l->headings, s, n, &h) < 0)
		return false;
	const struct seg_pat *p = &cx->l->headings.p[h.index];
	if (c->kind == K_PLAIN && !p->plain)
		return false;
	c->nsecs = seg_letters(cx, s + h.letters_start, h.letters_len, c->secs, MAX_LETTERS);
	c->untitled = h.title_len == 0;
	if (c->kind == K_PLAIN) {
		bool ok = seg_chars(s, n) <= cx->l->lim.plain_heading_chars &&
			  (c->untitled || p->explicit_ || (c->nsecs > 0 &&
					   seg_title_is(cx, c->secs[0], s + h.title_start, h.title_len)));
		if (!ok)
			c->nsecs = 0;
	}
	return c->nsecs > 0;
}

/* A numbering label carrying the letter ("Section E:" + "Outcomes"): label and text joined. */
static bool
read_label(struct seg_ctx *cx, struct cand *c, const struct ehc_block *b)
{
	if (!b->label || b->kind != EHC_BLOCK_PARAGRAPH || seg_blank(b->label, strlen(b->label)))
		return false;
	if (seg_chars(b->text, b->len) > cx->l->lim.heading_chars)
		return false;
	const char *joined = ehc_arena_printf(cx->doc->arena, "%s %s", b->label, b->text);
	enum kind k = c->kind;
	if (c->kind == K_PLAIN)
		c->kind = K_LABEL;
	if (read_letters(cx, c, joined, strlen(joined))) {
		c->line = joined;
		c->len = strlen(joined);
		return true;
	}
	c->kind = k;
	return false;
}

static bool
read_back(const struct seg_ctx *cx, struct cand *c)
{
	bool short_ = seg_chars(c->line, c->len) <= cx->l->lim.plain_heading_chars;
	if (seg_any(cx, &cx->l->signature, c->line, c->len))
		c->back = true;
	else if ((c->kind != K_PLAIN || short_) && seg_any(cx, &cx->l->appendix, c->line, c->len))
		c->back = true;
	return c->back;
}

/* Fills 'c' for block 'b'; false when the block cannot be a heading. */
static bool
read_cand(struct seg_ctx *cx, const struct ehc_block *b, struct cand *c)
{
	const char *s;
	size_t n;
	memset(c, 0, sizeof *c);
	c->block = b->n;
	c->title_sec = EHC_SEC_NONE;
	if (!block_text(b, &s, &n, &c->cell))
		return false;
	seg_trim(&s, &n);
	n = seg_line_len(s, n);
	seg_trim(&s, &n);
	if (n == 0 || seg_chars(s, n) > cx->l->lim.heading_chars)
		return read_label(cx, c, b);
	c->line = s;
	c->len = n;
	c->kind = block_kind(cx, b, c->cell, seg_chars(s, n));
	if (read_back(cx, c))
		return true;
	if (read_letters(cx, c, s, n) || read_label(cx, c, b))
		return true;
	if (c->kind != K_PLAIN && !(b->kind == EHC_BLOCK_ROW && !seg_row_single(b, NULL)))
		c->title_sec = seg_title_section(cx, s, n);
	return c->title_sec != EHC_SEC_NONE;
}

static void
collect(struct seg_ctx *cx, struct scan *sc)
{
	for (size_t i = 0; i < cx->doc->nblocks; i++) {
		struct cand c;
		if (read_cand(cx, &cx->doc->blocks[i], &c))
			*EHC_PUSH(sc->c, sc->n, sc->cap) = c;
	}
}

/* Letters are trusted when enough headings carry them; the commonest kind is the plan's own. */
static void
choose_mode(const struct seg_ctx *cx, struct scan *sc)
{
	int lettered[K_COUNT] = { 0 }, titled[K_COUNT] = { 0 }, nl = 0;
	for (size_t i = 0; i < sc->n; i++) {
		const struct cand *c = &sc->c[i];
		if (c->nsecs) {
			lettered[c->kind]++;
			nl += c->kind != K_PLAIN;
		} else if (c->title_sec != EHC_SEC_NONE) {
			titled[c->kind]++;
		}
	}
	/* a template with no heading formatting at all: its plain "Section E" lines are headings */
	if (nl < cx->l->lim.min_letter_headings)
		nl = lettered[K_PLAIN];
	else
		lettered[K_PLAIN] = 0;
	sc->letters = nl >= cx->l->lim.min_letter_headings;
	const int *count = sc->letters ? lettered : titled;
	sc->dominant = K_STYLE;
	for (int k = 0; k < K_COUNT; k++)
		if (count[k] > count[sc->dominant])
			sc->dominant = k;
	for (size_t i = 0; i < sc->n; i++)
		for (int k = 0; sc->letters && (int)sc->c[i].kind == sc->dominant &&
				k < sc->c[i].nsecs; k++)
			sc->last_dominant[sc->c[i].secs[k]] = sc->c[i].block;
}

/* Walking the candidates in order. */
struct walk {
	enum ehc_sec *start;      /* per block: the section that starts there, or NONE */
	bool seen[EHC_SEC_COUNT];
	enum ehc_sec max;         /* furthest section so far */
	bool back, any;
};

static bool
accept_letters(struct seg_ctx *cx, const struct scan *sc, const struct walk *w,
	       const struct cand *c)
{
	for (int i = 0; i < c->nsecs; i++)
		if (w->seen[c->secs[i]]) {
			ehc_doc_note(cx->doc, c->block, "section %s named again; not taken as a heading",
				     ehc_sec_id(c->secs[i]));
			return false;
		}
	if ((int)c->kind != sc->dominant && sc->last_dominant[c->secs[0]] > c->block) {
		ehc_doc_note(cx->doc, c->block, "'%.*s' is a %s; a later %s names section %s, so "
			     "that one is taken as its heading", (int)c->len, c->line,
			     kind_names[c->kind], kind_names[sc->dominant], ehc_sec_id(c->secs[0]));
		return false;
	}
	bool doubtful = w->back || c->secs[0] < w->max;
	if (doubtful && (int)c->kind != sc->dominant) {
		ehc_doc_note(cx->doc, c->block,
			     "'%.*s' goes back to section %s but is a %s, not a %s like the other "
			     "headings; not taken as a heading", (int)c->len, c->line,
			     ehc_sec_id(c->secs[0]), kind_names[c->kind], kind_names[sc->dominant]);
		return false;
	}
	if (!sc->letters && (int)c->kind != sc->dominant)
		return false;
	return true;
}

/* "Section E" with no title: the next short paragraph (or the heading cell's next line). */
static const char *
subtitle(struct seg_ctx *cx, const struct cand *c, int *sub_block)
{
	const struct ehc_block *b = ehc_doc_block(cx->doc, c->block);
	const struct seg_limits *lim = &cx->l->lim;
	*sub_block = 0;
	if (b->kind == EHC_BLOCK_ROW) {
		const char *s = b->text + b->cells[c->cell].start;
		size_t n = b->cells[c->cell].len;
		size_t first = seg_line_len(s, n);
		if (first >= n)
			return NULL;
		s += first + 1;
		n -= first + 1;
		n = seg_line_len(s, n);
		seg_trim(&s, &n);
		return n ? ehc_arena_strndup(cx->doc->arena, s, n) : NULL;
	}
	const struct ehc_block *nb = ehc_doc_block(cx->doc, c->block + 1);
	if (!nb || nb->kind != EHC_BLOCK_PARAGRAPH || seg_is_list(cx, nb) || nb->heading)
		return NULL;
	const char *s = nb->text;
	size_t n = nb->len;
	seg_trim(&s, &n);
	if (!n || seg_chars(s, n) > lim->subtitle_chars || seg_is_na(cx, s, n) ||
	    seg_any(cx, &cx->l->no_needs, s, n) || seg_any(cx, &cx->l->signature, s, n) ||
	    seg_any(cx, &cx->l->appendix, s, n) || seg_any(cx, &cx->l->headings, s, n))
		return NULL;
	if (s[n - 1] == '.' && !seg_title_is(cx, c->secs[0], s, n))
		return NULL;
	*sub_block = nb->n;
	return nb->text;
}

static void
take_heading(struct seg_ctx *cx, struct walk *w, const struct cand *c)
{
	struct ehc_block *b = ehc_doc_block(cx->doc, c->block);
	int sub = 0;
	const char *title = c->untitled ? subtitle(cx, c, &sub) : NULL;
	if (!title)
		title = ehc_arena_strndup(cx->doc->arena, c->line, c->len);
	for (int i = 0; i < c->nsecs; i++) {
		seg_section_found(cx, c->secs[i], b->n, title);
		cx->share[c->secs[i]] = c->secs[0];
		w->seen[c->secs[i]] = true;
		if (c->secs[i] > w->max)
			w->max = c->secs[i];
	}
	if (c->nsecs > 1)
		ehc_doc_note(cx->doc, b->n, "combined heading for %d sections; its content goes to %s "
			     "unless a table's columns say otherwise", c->nsecs, ehc_sec_id(c->secs[0]));
	b->heading = true;
	w->start[b->n - 1] = c->secs[0];
	if (sub) {
		ehc_doc_block(cx->doc, sub)->heading = true;
		w->start[sub - 1] = c->secs[0];
	}
	w->back = false;
	w->any = true;
}

static void
walk_cands(struct seg_ctx *cx, struct scan *sc, struct walk *w)
{
	for (size_t i = 0; i < sc->n; i++) {
		struct cand *c = &sc->c[i];
		if (c->back) {
			if (w->any && !w->back)
				w->start[c->block - 1] = EHC_SEC_BACK;
			w->back = w->back || w->any;
			continue;
		}
		if (!sc->letters) {
			c->nsecs = c->title_sec != EHC_SEC_NONE;
			c->secs[0] = c->title_sec;
			c->untitled = false;
		}
		if (c->nsecs && accept_letters(cx, sc, w, c))
			take_heading(cx, w, c);
	}
}

/* Every block gets the section whose heading came last before it. */
static void
assign(struct seg_ctx *cx, const struct walk *w)
{
	enum ehc_sec cur = EHC_SEC_FRONT;
	for (size_t i = 0; i < cx->doc->nblocks; i++) {
		if (w->start[i] != EHC_SEC_NONE)
			cur = w->start[i];
		cx->doc->blocks[i].section = cur;
	}
}

void
seg_sections(struct seg_ctx *cx)
{
	struct scan sc = { 0 };
	struct walk w = { .max = EHC_SEC_FRONT };
	w.start = xmalloc((cx->doc->nblocks ? cx->doc->nblocks : 1) * sizeof *w.start);
	for (size_t i = 0; i < cx->doc->nblocks; i++)
		w.start[i] = EHC_SEC_NONE;
	collect(cx, &sc);
	choose_mode(cx, &sc);
	if (!sc.letters && sc.n)
		ehc_doc_note(cx->doc, 0, "fewer than %d lettered headings; sections found by their "
			     "titles", cx->l->lim.min_letter_headings);
	walk_cands(cx, &sc, &w);
	assign(cx, &w);
	free(sc.c);
	free(w.start);
}

/* ---- status: range, empty, not applicable, order ---- */

static bool
block_blank(const struct ehc_block *b)
{
	return seg_blank(b->text, b->len);
}

static void
range_of(struct seg_ctx *cx, struct ehc_section *s, bool *na, bool *none)
{
	int blocks = 0;
	bool na_first = false, reason_short = true;
	*na = *none = true;
	s->first_block = s->last_block = 0;
	for (size_t i = 0; i < cx->doc->nblocks; i++) {
		const struct ehc_block *b = &cx->doc->blocks[i];
		if (!ehc_block_in(b, s->id) || b->heading || block_blank(b))
			continue;
		if (!s->first_block)
			s->first_block = b->n;
		s->last_block = b->n;
		if (b->header_row) /* column names say nothing of the section's status */
			continue;
		bool is_na = seg_is_na(cx, b->text, b->len);
		na_first |= blocks == 0 && is_na;
		reason_short &= blocks == 0 || seg_chars(b->text, b->len) <= cx->l->lim.subtitle_chars;
		blocks++;
		*na = *na && is_na;
		*none = *none && seg_any(cx, &cx->l->no_needs, b->text, b->len);
	}
	/* "Not applicable." alone, or with one short sentence saying why */
	*na = blocks && (*na || (na_first && blocks == 2 && reason_short));
	*none = *none && blocks;
}

/* The order sections appear in: by heading block, else by first content block. */
static int
appear(const struct ehc_section *s)
{
	return s->heading_block ? s->heading_block : s->first_block;
}

static void
renumber(struct seg_ctx *cx)
{
	int order = 0;
	int at[EHC_SEC_COUNT];
	for (int s = 0; s < EHC_SEC_COUNT; s++)
		at[s] = cx->doc->sections[s].present ? appear(&cx->doc->sections[s]) : 0;
	for (;;) {
		int best = -1;
		for (int s = 0; s < EHC_SEC_COUNT; s++)
			if (at[s] > 0 && (best < 0 || at[s] < at[best]))
				best = s;
		if (best < 0)
			break;
		cx->doc->sections[best].order = ++order;
		at[best] = 0;
	}
}

/* The later letters of a combined heading ("Sections E and F") share the first one's content
 * when no column of a table gave them their own. */
static void
share_ranges(struct seg_ctx *cx)
{
	for (int id = EHC_SEC_A; id <= EHC_SEC_K; id++) {
		struct ehc_section *s = &cx->doc->sections[id];
		enum ehc_sec from = cx->share[id];
		if (!s->present || !s->empty || from == id || !ehc_sec_statutory(from))
			continue;
		const struct ehc_section *f = &cx->doc->sections[from];
		s->first_block = f->first_block;
		s->last_block = f->last_block;
		s->empty = f->empty;
		s->not_applicable = f->not_applicable;
		s->no_needs = f->no_needs;
	}
}

void
seg_status(struct seg_ctx *cx)
{
	for (int id = EHC_SEC_A; id <= EHC_SEC_K; id++) {
		struct ehc_section *s = &cx->doc->sections[id];
		if (!s->present)
			continue;
		bool na, none;
		range_of(cx, s, &na, &none);
		s->empty = s->first_block == 0;
		s->not_applicable = na;
		s->no_needs = none && !na;
	}
	share_ranges(cx);
	renumber(cx);
}

/* ---- parts of a combined heading named by a paragraph's first word ---- */

static bool
owns_parts(const struct seg_ctx *cx, enum ehc_sec own)
{
	for (int s = EHC_SEC_A; s <= EHC_SEC_K; s++)
		if (s != (int)own && cx->share[s] == own && cx->doc->sections[s].present)
			return true;
	return false;
}

void
seg_route_labels(struct seg_ctx *cx)
{
	for (size_t i = 0; i < cx->doc->nblocks; i++) {
		struct ehc_block *b = &cx->doc->blocks[i];
		if (b->kind != EHC_BLOCK_PARAGRAPH || b->heading || !ehc_sec_statutory(b->section) ||
		    !owns_parts(cx, b->section))
			continue;
		int k = seg_match(cx, &cx->l->combined_columns, b->text, b->len, NULL);
		enum ehc_sec to = k >= 0 ? cx->l->combined_columns.p[k].sec : EHC_SEC_NONE;
		if (to != EHC_SEC_NONE && to != b->section && cx->share[to] == b->section)
			b->section = to;
	}
}
