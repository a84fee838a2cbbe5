/* SPDX-License-Identifier: MIT */
/*
 * Items of E, F, G, H, H1, H2: an outcome or a provision item. A section is read as table rows
 * (after a header row, whose names become the item's columns), list items (a list paragraph
 * starts an item, deeper or other lists and lead-ins such as "Steps towards this outcome:" join
 * it), typed numbers ("1. ", "F3. ", "Outcome 1:"), or plain paragraphs. Full-width single-cell
 * rows are read line by line, as paragraphs. Area-of-need subheadings are not items: they set
 * the area of the items after them. Cells of a table whose columns are sections are one item
 * each. Knows the model and the layout, not OOXML.
 */
#include "segment/seg-internal.h"

#include <string.h>

#include "util/arena.h"
#include "util/buf.h"

/* A paragraph, or one line of a full-width cell read as one. */
struct para {
	const struct ehc_block *b;
	int cell;                 /* -1 for a paragraph block */
	const char *s;            /* trimmed text */
	size_t n;
	bool whole;               /* 's' is the block's own text (the item may point at it) */
	bool list, strong;        /* list paragraph; bold or heading style */
	int num_id, level;
	bool bullet;              /* a bullet rather than a number */
	bool before_lead;         /* cell lines: the next line is a lead-in */
};

enum mode { M_LIST, M_TYPED, M_PLAIN };

struct tally {
	int typed, list, rows, areas;
	int plain, steps;         /* plain paragraphs; list paragraphs right after a lead-in */
	bool after_lead;          /* while counting: the last paragraph was a lead-in or a step */
};

struct table_cols {
	int table, n;
	const char **name;
	int *col, *span;
};

struct iwalk {
	struct seg_ctx *cx;
	enum ehc_sec sec;
	int count;                /* items so far in the section */
	enum mode mode;
	bool rows;                /* the section has data rows */
	bool has_areas;
	const char *area;
	/* the open item */
	bool open, in_steps;
	size_t step_max;          /* longest step line joined since the lead-in */
	int first, last, cell, parts;
	enum ehc_sec item_sec;    /* its section: w->sec, or a part of a combined heading */
	const char *single;       /* its text when it is one block's own text */
	size_t single_len;
	struct ehc_buf text;
	/* the list that starts items */
	bool have_primary, primary_bullet, primary_label;
	int primary_num, primary_level;
	struct table_cols cols;
	struct tally *tally;      /* while choosing the mode */
	int looked_up;            /* table whose header find_header() last looked for */
};

static bool
item_section(enum ehc_sec s)
{
	return s == EHC_SEC_E || s == EHC_SEC_F || s == EHC_SEC_G || s == EHC_SEC_H ||
	       s == EHC_SEC_H1 || s == EHC_SEC_H2;
}

static struct ehc_item *
push_item(struct iwalk *w, int first, int last, enum ehc_sec sec)
{
	struct ehc_item *it = ehc_doc_add_item(w->cx->doc);
	w->count++;
	it->n = ++w->cx->nitems[sec];
	it->section = sec;
	it->first_block = first;
	it->last_block = last;
	it->area = w->area;
	return it;
}

static void
close_item(struct iwalk *w)
{
	if (!w->open)
		return;
	struct ehc_item *it = push_item(w, w->first, w->last, w->item_sec);
	for (int n = w->first; w->item_sec != w->sec && n <= w->last; n++) {
		struct ehc_block *b = ehc_doc_block(w->cx->doc, n); /* the part it belongs to */
		if (b->kind == EHC_BLOCK_PARAGRAPH && b->section == w->sec)
			b->section = w->item_sec;
		w->cx->routed[w->item_sec] = true;
	}
	it->cell = w->cell;
	if (w->parts == 1 && w->single) {
		it->text = w->single;
		it->len = w->single_len;
	} else {
		it->text = ehc_arena_strndup(w->cx->doc->arena, ehc_buf_str(&w->text), w->text.len);
		it->len = w->text.len;
	}
	w->open = false;
	w->in_steps = false;
	ehc_buf_clear(&w->text);
}

static void
add_part(struct iwalk *w, const struct para *p)
{
	if (w->parts++)
		ehc_buf_putc(&w->text, '\n');
	ehc_buf_add(&w->text, p->s, p->n);
	w->last = p->b->n;
	if (p->cell != w->cell)
		w->cell = -1;
	w->single = NULL;
}

/* Under a combined heading ("Section H (H1 and H2)") an item numbered "H2.1" belongs to H2. */
static enum ehc_sec
typed_section(const struct iwalk *w, const struct para *p)
{
	enum ehc_sec sec[1];
	size_t n = 0;
	while (n < p->n && n < 4 && p->s[n] != '.' && p->s[n] != ' ')
		n++;
	if (!n || n >= p->n || seg_letters(w->cx, p->s, n, sec, 1) != 1)
		return w->sec;
	return sec[0] != w->sec && w->cx->share[sec[0]] == w->sec ? sec[0] : w->sec;
}

/* A paragraph under a combined heading that names its part is that part's content. */
static void
move_to_part(struct iwalk *w, const struct para *p)
{
	enum ehc_sec sec = typed_section(w, p);
	if (sec == w->sec || p->cell >= 0)
		return;
	ehc_doc_block(w->cx->doc, p->b->n)->section = sec;
	w->cx->routed[sec] = true;
}

static void
open_item(struct iwalk *w, const struct para *p)
{
	close_item(w);
	w->item_sec = typed_section(w, p);
	w->open = true;
	w->first = w->last = p->b->n;
	w->cell = p->cell;
	w->parts = 0;
	add_part(w, p);
	w->single = p->whole ? p->b->text : NULL;
	w->single_len = p->b->len;
}

/* ---- paragraphs ---- */

static bool
is_typed(const struct iwalk *w, const struct para *p)
{
	return seg_any(w->cx, &w->cx->l->item_number, p->s, p->n);
}

static bool
is_subheading(const struct iwalk *w, const struct para *p)
{
	const struct seg_ctx *cx = w->cx;
	if (p->list || seg_chars(p->s, p->n) > cx->l->lim.subheading_chars || is_typed(w, p))
		return false;
	char last = p->s[p->n - 1];
	if (last == '.' || last == ':' || last == ';' || last == ',')
		return false;
	return p->strong || seg_any(cx, &cx->l->areas, p->s, p->n);
}

/* Whether 'p' is at the level of the list that starts items. Writers that give every short
 * list its own numbering instance (LibreOffice) make the label, not the instance, the guide. */
static bool
is_primary(const struct iwalk *w, const struct para *p)
{
	if (!w->have_primary || p->level != w->primary_level)
		return false;
	if (p->b->label && w->primary_label)
		return p->bullet == w->primary_bullet;
	return p->num_id == w->primary_num && p->bullet == w->primary_bullet;
}

static void
list_para(struct iwalk *w, const struct para *p)
{
	if (w->mode == M_TYPED || w->mode == M_PLAIN || (w->in_steps && !is_primary(w, p))) {
		if (w->open)
			add_part(w, p);
		else
			open_item(w, p);
		return;
	}
	if (!w->have_primary) {
		w->have_primary = true;
		w->primary_num = p->num_id;
		w->primary_level = p->level;
		w->primary_bullet = p->bullet;
		w->primary_label = p->b->label != NULL;
	}
	if (is_primary(w, p) || !w->open || p->level < w->primary_level)
		open_item(w, p);
	else
		add_part(w, p);
}

static void
set_area(struct iwalk *w, const struct para *p)
{
	close_item(w);
	w->area = ehc_arena_strndup(w->cx->doc->arena, p->s, p->n);
	w->have_primary = false;
}

static bool
is_lead_in(const struct seg_ctx *cx, const char *s, size_t n)
{
	seg_trim(&s, &n);
	return n && seg_chars(s, n) <= cx->l->lim.subheading_chars &&
	       seg_any(cx, &cx->l->lead_in, s, n);
}

/* A plain line of a cell after a lead-in: a cell keeps no list structure, so a step is told
 * from the next outcome by what follows it (a lead-in) or by being far longer than the steps. */
static void
cell_step(struct iwalk *w, const struct para *p)
{
	size_t chars = seg_chars(p->s, p->n);
	if (p->before_lead || (w->step_max && chars > 2 * w->step_max)) {
		open_item(w, p);
		return;
	}
	add_part(w, p);
	if (chars > w->step_max)
		w->step_max = chars;
}

/* "Target: ...", "Success criteria: ...": a short label and a colon open the paragraph. */
static bool
has_label(const struct para *p)
{
	const char *colon = memchr(p->s, ':', p->n < 32 ? p->n : 32);
	if (!colon || colon == p->s)
		return false;
	int spaces = 0;
	for (const char *c = p->s; c < colon; c++) {
		if (*c >= '0' && *c <= '9')
			return false;
		spaces += *c == ' ';
	}
	return spaces <= 2;
}

/* A plain paragraph after a typed item belongs to it when the item so far is only a title
 * ("Outcome 1 - Communication and interaction") or the paragraph opens with a label; a
 * closing remark after the last item ("All provision is funded ...") does not. */
static bool
continues(const struct iwalk *w, const struct para *p)
{
	const char *t = w->parts == 1 && w->single ? w->single : ehc_buf_str(&w->text);
	size_t n = w->parts == 1 && w->single ? w->single_len : w->text.len;
	seg_trim(&t, &n);
	bool title = w->parts == 1 && n && t[n - 1] != '.' &&
		     seg_chars(t, n) <= w->cx->l->lim.subheading_chars;
	return title || has_label(p);
}

static void
handle_para(struct iwalk *w, const struct para *p)
{
	const struct seg_ctx *cx = w->cx;
	if (!p->n)
		return;
	if (seg_is_na(cx, p->s, p->n) || seg_any(cx, &cx->l->no_needs, p->s, p->n)) {
		close_item(w);
		move_to_part(w, p); /* "H2: There is no other social care provision." */
		return;
	}
	if (!w->count && !w->open && seg_any(cx, &cx->l->intro, p->s, p->n))
		return; /* the section's introduction */
	if (is_subheading(w, p)) {
		set_area(w, p);
		return;
	}
	if (!p->list && is_lead_in(cx, p->s, p->n)) {
		if (w->open) {
			add_part(w, p);
			w->in_steps = true;
			w->step_max = 0;
		}
		return;
	}
	if (!p->list && p->cell >= 0 && w->in_steps && w->open && !is_typed(w, p)) {
		cell_step(w, p);
		return;
	}
	if (!p->list && is_typed(w, p))
		open_item(w, p);
	else if (!p->list && w->mode == M_TYPED && w->open && continues(w, p))
		add_part(w, p); /* "Outcome 1 - Communication" then its "Target: ..." paragraphs */
	else if (p->list)
		list_para(w, p);
	else if (w->mode == M_PLAIN && !w->rows && (!w->has_areas || w->area))
		open_item(w, p);
	else
		close_item(w);
}

static bool
label_bullet(const struct seg_ctx *cx, const struct ehc_block *b)
{
	return b->label && seg_any(cx, &cx->l->bullet_label, b->label, strlen(b->label));
}

static void
para_of_block(const struct seg_ctx *cx, const struct ehc_block *b, struct para *p)
{
	memset(p, 0, sizeof *p);
	p->b = b;
	p->cell = -1;
	p->s = b->text;
	p->n = b->len;
	seg_trim(&p->s, &p->n);
	p->whole = true;
	p->list = seg_is_list(cx, b);
	p->strong = b->bold || seg_is_styled(cx, b);
	p->num_id = b->num_id;
	p->level = b->list_level < 0 ? 0 : b->list_level;
	p->bullet = label_bullet(cx, b);
}

/* Calls 'fn' for each line of cell 'c' of row 'b' as a paragraph. A line the loader indented
 * with tabs is a list line; a line just before a lead-in opens an item. */
static void
each_line(const struct seg_ctx *cx, const struct ehc_block *b, size_t c,
	  void (*fn)(struct iwalk *, const struct para *), struct iwalk *w)
{
	const char *s = b->text + b->cells[c].start, *end = s + b->cells[c].len;
	bool one = b->ncells == 1 && b->cells[c].start == 0 && b->cells[c].len == b->len;
	while (s < end) {
		size_t n = seg_line_len(s, (size_t)(end - s));
		const char *next = s + n + 1;
		struct para p = { .b = b, .cell = (int)c, .s = s, .n = n };
		p.list = *s == '\t';
		p.bullet = p.list;
		p.strong = b->cells[c].bold || b->bold;
		p.before_lead = next < end && is_lead_in(cx, next, seg_line_len(next, (size_t)(end - next)));
		seg_trim(&p.s, &p.n);
		p.whole = one && p.s == b->text && p.n == b->len;
		fn(w, &p);
		s = next;
	}
}

/* ---- rows ---- */

bool
seg_is_header_row(const struct seg_ctx *cx, const struct ehc_block *b)
{
	if (b->header_row)
		return true;
	size_t nonblank = 0, words = 0, shaded_short = 0;
	for (size_t i = 0; i < b->ncells; i++) {
		const char *s = b->text + b->cells[i].start;
		size_t n = b->cells[i].len;
		seg_trim(&s, &n);
		if (!n)
			continue;
		nonblank++;
		bool short_ = seg_chars(s, n) <= cx->l->lim.header_cell_chars;
		words += short_ && seg_any(cx, &cx->l->header_words, s, n);
		shaded_short += short_ && (b->cells[i].shaded || b->cells[i].bold);
	}
	if (nonblank < 2)
		return false;
	return (words >= 2 && words * 2 > nonblank) || shaded_short == nonblank;
}

static void
keep_header(struct iwalk *w, const struct ehc_block *b)
{
	struct ehc_arena *a = w->cx->doc->arena;
	w->cols.table = b->table;
	w->cols.n = (int)b->ncells;
	w->cols.name = ehc_arena_alloc(a, (b->ncells + 1) * sizeof *w->cols.name);
	w->cols.col = ehc_arena_alloc(a, (b->ncells + 1) * sizeof *w->cols.col);
	w->cols.span = ehc_arena_alloc(a, (b->ncells + 1) * sizeof *w->cols.span);
	for (size_t i = 0; i < b->ncells; i++) {
		const char *s = b->text + b->cells[i].start;
		size_t n = b->cells[i].len;
		seg_trim(&s, &n);
		w->cols.name[i] = ehc_arena_strndup(a, s, n);
		w->cols.col[i] = b->cells[i].col;
		w->cols.span[i] = b->cells[i].span > 0 ? b->cells[i].span : 1;
	}
}

static const char *
column_name(const struct table_cols *t, int col)
{
	for (int i = 0; i < t->n; i++)
		if (col >= t->col[i] && col < t->col[i] + t->span[i])
			return t->name[i];
	return "";
}

/* The header row of b's table when it lies outside the section (a table split between H1 and
 * H2 by a "Section" column). */
static void
find_header(struct iwalk *w, const struct ehc_block *b)
{
	if (w->looked_up == b->table)
		return; /* once per table: a long table without a header costs no more */
	w->looked_up = b->table;
	for (int n = b->n - 1; n >= 1; n--) {
		const struct ehc_block *p = ehc_doc_block(w->cx->doc, n);
		if (p->kind != EHC_BLOCK_ROW || (p->table != b->table && p->depth <= b->depth))
			return;
		if (p->table == b->table && seg_is_header_row(w->cx, p)) {
			keep_header(w, p);
			return;
		}
	}
}

static void
row_item(struct iwalk *w, const struct ehc_block *b)
{
	close_item(w);
	if (seg_blank(b->text, b->len))
		return;
	struct ehc_item *it = push_item(w, b->n, b->n, w->sec);
	it->text = b->text;
	it->len = b->len;
	if (w->cols.table != b->table)
		find_header(w, b);
	if (w->cols.table != b->table || !b->ncells)
		return;
	const char **names = ehc_arena_alloc(w->cx->doc->arena, b->ncells * sizeof *names);
	for (size_t i = 0; i < b->ncells; i++)
		names[i] = column_name(&w->cols, b->cells[i].col);
	it->columns = names;
	it->ncolumns = b->ncells;
}

/* Cells of a table whose columns are sections: one item per cell of this section. */
static void
cell_items(struct iwalk *w, const struct ehc_block *b)
{
	close_item(w);
	for (size_t i = 0; i < b->ncells; i++) {
		const struct ehc_cell *c = &b->cells[i];
		if (c->section != w->sec || c->vmerge_cont || seg_blank(b->text + c->start, c->len))
			continue;
		struct ehc_item *it = push_item(w, b->n, b->n, w->sec);
		it->cell = (int)i;
		it->text = ehc_cell_text(w->cx->doc, b, i);
		it->len = c->len;
		if (w->cols.table != b->table)
			find_header(w, b);
		if (w->cols.table == b->table) {
			const char **name = ehc_arena_alloc(w->cx->doc->arena, sizeof *name);
			*name = column_name(&w->cols, c->col);
			it->columns = name;
			it->ncolumns = 1;
		}
	}
}

static bool
has_cell_sections(const struct ehc_block *b)
{
	for (size_t i = 0; i < b->ncells; i++)
		if (b->cells[i].section != EHC_SEC_NONE)
			return true;
	return false;
}

static void
handle_block(struct iwalk *w, const struct ehc_block *b)
{
	size_t cell;
	struct para p;
	if (b->kind == EHC_BLOCK_PARAGRAPH) {
		para_of_block(w->cx, b, &p);
		handle_para(w, &p);
	} else if (has_cell_sections(b)) {
		cell_items(w, b);
	} else if (seg_row_single(b, &cell)) {
		each_line(w->cx, b, cell, handle_para, w);
	} else if (seg_is_header_row(w->cx, b)) {
		close_item(w);
		keep_header(w, b);
	} else {
		row_item(w, b);
	}
}

/* ---- the section's mode, from a first look at its blocks ---- */

static void
count_para(struct iwalk *w, const struct para *p)
{
	struct tally *t = w->tally;
	if (!p->n)
		return;
	bool lead = !p->list && is_lead_in(w->cx, p->s, p->n);
	bool sub = is_subheading(w, p);
	t->typed += !p->list && is_typed(w, p);
	t->list += p->list;
	t->areas += sub;
	t->steps += p->list && t->after_lead;
	t->plain += !p->list && !lead && !sub;
	t->after_lead = lead || (p->list && t->after_lead);
}

static bool
in_section(const struct ehc_block *b, enum ehc_sec s)
{
	return !b->heading && ehc_block_in(b, s);
}

static void
tally_of(struct iwalk *w, struct tally *t)
{
	w->tally = t;
	for (size_t i = 0; i < w->cx->doc->nblocks; i++) {
		const struct ehc_block *b = &w->cx->doc->blocks[i];
		size_t cell;
		struct para p;
		if (!in_section(b, w->sec))
			continue;
		if (b->kind == EHC_BLOCK_PARAGRAPH) {
			para_of_block(w->cx, b, &p);
			count_para(w, &p);
		} else if (seg_row_single(b, &cell) && !has_cell_sections(b)) {
			each_line(w->cx, b, cell, count_para, w);
		} else {
			t->rows += !seg_is_header_row(w->cx, b);
		}
	}
	w->tally = NULL;
}

static void
choose_mode(struct iwalk *w)
{
	struct tally t = { 0 };
	tally_of(w, &t);
	w->rows = t.rows > 0;
	w->has_areas = t.areas > 0;
	if (t.typed >= 2 || (t.typed >= 1 && t.list == 0))
		w->mode = M_TYPED;
	else if (t.list > 0 && t.steps == t.list && t.plain > 0)
		w->mode = M_PLAIN; /* the lists are only steps under plain-paragraph outcomes */
	else if (t.list > 0)
		w->mode = M_LIST;
	else
		w->mode = M_PLAIN;
}

static void
section_items(struct seg_ctx *cx, enum ehc_sec sec)
{
	struct iwalk w = { .cx = cx, .sec = sec, .text = EHC_BUF_INIT };
	choose_mode(&w);
	for (size_t i = 0; i < cx->doc->nblocks; i++)
		if (in_section(&cx->doc->blocks[i], sec))
			handle_block(&w, &cx->doc->blocks[i]);
	close_item(&w);
	ehc_buf_fini(&w.text);
}

/* Header rows in every section, not only those with items: a table of advice in K has its
 * "Advice | Author and role | Date" row too, and rules should not take it for an entry. */
static void
mark_header_rows(struct seg_ctx *cx)
{
	for (size_t i = 0; i < cx->doc->nblocks; i++) {
		struct ehc_block *b = &cx->doc->blocks[i];
		if (b->kind == EHC_BLOCK_ROW && !b->heading && seg_is_header_row(cx, b))
			b->header_row = true;
	}
}

void
seg_items(struct seg_ctx *cx)
{
	mark_header_rows(cx);
	/* a later part of a combined heading gets its items from the walk of the first part */
	for (int s = EHC_SEC_A; s <= EHC_SEC_K; s++)
		if (item_section((enum ehc_sec)s) && cx->doc->sections[s].present && !cx->routed[s])
			section_items(cx, (enum ehc_sec)s);
}
