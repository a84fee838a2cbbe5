/* SPDX-License-Identifier: MIT */
/*
 * WordprocessingML body -> blocks, in one walk of the libxml2 tree. Text is what Word shows
 * in its final view: tracked changes accepted, field results only, hidden text dropped,
 * w:caps in capitals, containers (sdt, hyperlink, smartTag, customXml, fldSimple) transparent,
 * one branch of mc:AlternateContent. A table row is one block (cells joined by '\t', a cell's
 * paragraphs by '\n'); nested tables and text boxes are deferred and become blocks right
 * after the block that holds them. Paragraphs whose mark is deleted or hidden, and drop caps,
 * join the next paragraph. Knows nothing of sections or rules; styles and numbering are asked.
 */
#include "load/load-internal.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util/utf8.h"
#include "util/xalloc.h"

#define MAX_FIELDS 256

enum { F_INSTR, F_RESULT, F_SUPPRESS };

struct field {
	int phase;
	const char *emit; /* form field glyph or drop-down entry, shown at separate/end */
};

struct row {
	struct ehc_cell *cells;
	size_t n, cap;
	int col;
	bool all_shaded;
};

struct tbl {
	int number, rows, depth, grid_cols;
};

struct deferred {
	const xmlNode *node;
	int depth;
};

struct defer {
	struct deferred *v;
	size_t n, cap;
};

struct run {
	bool hidden, bold, caps, underline;
	float size;
};

struct para {
	int style;
	struct ehc_props pp; /* direct pPr over the style chain over the defaults */
	bool join;           /* mark deleted or hidden, or a drop cap: joins the next */
};

/* Text flags of a block or cell: has visible text, all of it bold, caps, underlined. */
struct flags {
	bool text, notbold, notcaps, notunderline;
	float size;
};

struct wml {
	const struct ehc_wml_in *in;
	struct ehc_doc *doc;
	struct ehc_marks *marks;
	struct ehc_error *err;
	int rc;
	struct ehc_buf out;   /* text of the block being built */
	struct flags blk, cell;
	struct para para;
	struct run run, prun; /* current run, paragraph default */
	bool joining;         /* the last paragraph joins this one */
	bool in_cell;
	size_t cell_paras;
	struct row *row;
	struct tbl *tbl;
	int tables, base_depth, depth;
	struct field *fields;
	size_t nfields, fields_cap, fbase;
	int fhidden, foverflow;
	struct defer defer;
};

static void walk(struct wml *w, const xmlNode *parent);
static void do_tbl(struct wml *w, const xmlNode *n);

/* ---- text out ---- */

static void
note_text(struct wml *w, const char *s, size_t n)
{
	bool ink = false;
	for (size_t i = 0; i < n && !ink; i++)
		ink = (unsigned char)s[i] > ' ';
	if (!ink)
		return;
	struct flags *fl[2] = { &w->blk, &w->cell };
	for (int i = 0; i < (w->in_cell ? 2 : 1); i++) {
		if (!fl[i]->text)
			fl[i]->size = w->run.size;
		fl[i]->text = true;
		fl[i]->notbold |= !w->run.bold;
		fl[i]->notcaps |= !w->run.caps;
		fl[i]->notunderline |= !w->run.underline;
	}
}

static bool
visible(const struct wml *w)
{
	return !w->run.hidden && w->fhidden == 0;
}

static void
put_upper(struct ehc_buf *b, const char *s, size_t n)
{
	for (size_t i = 0; i < n;) {
		unsigned cp;
		i += ehc_utf8_decode(s + i, n - i, &cp);
		ehc_buf_put_utf8(b, ehc_utf8_upper(cp));
	}
}

static void
put(struct wml *w, const char *s, size_t n)
{
	if (!visible(w) || n == 0)
		return;
	if (w->run.caps)
		put_upper(&w->out, s, n);
	else
		ehc_buf_add(&w->out, s, n);
	note_text(w, s, n);
}

static void
put_cp(struct wml *w, unsigned cp)
{
	char tmp[4];
	put(w, tmp, ehc_utf8_encode(cp, tmp));
}

/* ---- blocks ---- */

static bool
room(struct wml *w)
{
	if (w->doc->nblocks < w->in->lim->max_blocks)
		return true;
	if (!w->rc)
		w->rc = ehc_error_set(w->err, EHC_E_LIMIT, w->in->file,
				      "more than %zu blocks in the document", w->in->lim->max_blocks);
	return false;
}

static void run_deferred(struct wml *w);

static struct ehc_block *
new_block(struct wml *w, enum ehc_block_kind kind)
{
	struct ehc_block *b = ehc_doc_add_block(w->doc, kind);
	b->text = ehc_arena_strndup(w->doc->arena, ehc_buf_str(&w->out), w->out.len);
	b->len = w->out.len;
	b->bold = w->blk.text && !w->blk.notbold;
	b->caps = w->blk.text && !w->blk.notcaps;
	b->underline = w->blk.text && !w->blk.notunderline;
	b->font_size = w->blk.text ? w->blk.size : w->prun.size;
	ehc_buf_clear(&w->out);
	w->blk = (struct flags){ 0 };
	return b;
}

static int
outline_of(const struct wml *w)
{
	int o = w->para.pp.outline;
	if (o >= 0 && o < 9)
		return o + 1;
	const char *name = ehc_styles_name(w->in->styles, w->para.style);
	if (name && strncasecmp(name, "heading ", 8) == 0 && name[8] >= '1' && name[8] <= '9' &&
	    !name[9])
		return name[8] - '0';
	return 0;
}

static const char *
count_number(struct wml *w, int *num_id, int *ilvl)
{
	*num_id = w->para.pp.num_id > 0 ? w->para.pp.num_id : 0;
	*ilvl = *num_id ? (w->para.pp.ilvl >= 0 ? w->para.pp.ilvl : 0) : -1;
	return *num_id ? ehc_numbering_next(w->in->numbering, *num_id, *ilvl, w->doc) : NULL;
}

static void
emit_para(struct wml *w)
{
	if (!room(w))
		return;
	int num_id, ilvl;
	const char *label = count_number(w, &num_id, &ilvl);
	struct ehc_block *b = new_block(w, EHC_BLOCK_PARAGRAPH);
	b->style = ehc_styles_name(w->in->styles, w->para.style);
	b->outline = outline_of(w);
	b->label = label;
	b->num_id = num_id;
	b->list_level = ilvl;
	b->shaded = w->para.pp.shaded == 1;
	run_deferred(w);
}

/* A paragraph left joining (before a table, at the end): a block if it has text. */
static void
flush_pending(struct wml *w)
{
	if (!w->joining || w->in_cell || w->row)
		return;
	w->joining = false;
	if (w->out.len)
		emit_para(w);
	else
		w->blk = (struct flags){ 0 };
}

static void
emit_row(struct wml *w, struct row *r, bool header)
{
	if (!room(w))
		return;
	struct ehc_block *b = new_block(w, EHC_BLOCK_ROW);
	b->ncells = r->n;
	b->cells = ehc_arena_alloc(w->doc->arena, (r->n ? r->n : 1) * sizeof *b->cells);
	if (r->n)
		memcpy(b->cells, r->cells, r->n * sizeof *b->cells);
	b->shaded = r->n && r->all_shaded;
	b->table = w->tbl->number;
	b->row = ++w->tbl->rows;
	b->depth = w->tbl->depth;
	b->header_row = header;
	b->grid_cols = w->tbl->grid_cols ? w->tbl->grid_cols : r->col;
	run_deferred(w);
}

/* ---- deferred content: nested tables and text boxes ---- */

static void
defer(struct wml *w, const xmlNode *n)
{
	struct deferred *d = EHC_PUSH(w->defer.v, w->defer.n, w->defer.cap);
	d->node = n;
	d->depth = (w->tbl ? w->tbl->depth : w->base_depth) + (ehc_xml_is(n, EHC_NS_W, "tbl"));
}

static void
walk_deferred(struct wml *w, const struct deferred *d)
{
	int base = w->base_depth, fhidden = w->fhidden;
	size_t fbase = w->fbase, nfields = w->nfields;
	struct tbl *tbl = w->tbl;
	w->base_depth = d->depth;
	w->fbase = w->nfields;
	w->fhidden = 0;
	w->tbl = NULL;
	if (ehc_xml_is(d->node, EHC_NS_W, "tbl"))
		do_tbl(w, d->node);
	else
		walk(w, d->node);
	flush_pending(w);
	w->tbl = tbl;
	w->nfields = nfields;
	w->fbase = fbase;
	w->fhidden = fhidden;
	w->base_depth = base;
}

static void
run_deferred(struct wml *w)
{
	if (!w->defer.n)
		return;
	struct defer d = w->defer;
	w->defer = (struct defer){ 0 };
	for (size_t i = 0; i < d.n && !w->rc; i++)
		walk_deferred(w, &d.v[i]);
	free(d.v);
}

/* ---- paragraphs and runs ---- */

static bool
is_drop_cap(const xmlNode *ppr)
{
	const char *dc = ehc_xml_attr(ehc_xml_child(ppr, EHC_NS_W, "framePr"), "dropCap");
	return dc && strcmp(dc, "none") != 0;
}

static void
read_para(struct wml *w, const xmlNode *ppr)
{
	const struct ehc_styles *st = w->in->styles;
	struct para *p = &w->para;
	p->style = ehc_styles_find(st, ehc_xml_val(ppr, "pStyle"), true);
	ehc_props_clear(&p->pp);
	ehc_props_read(ppr, &p->pp);
	ehc_props_inherit(&p->pp, ehc_styles_props(st, p->style));
	ehc_props_inherit(&p->pp, ehc_styles_defaults(st));
	const xmlNode *mark_rpr = ehc_xml_child(ppr, EHC_NS_W, "rPr");
	struct ehc_props mark;
	ehc_props_clear(&mark);
	ehc_props_read(mark_rpr, &mark);
	bool hidden = mark.vanish >= 0 ? mark.vanish == 1 : p->pp.vanish == 1;
	p->join = hidden || ehc_xml_child(mark_rpr, EHC_NS_W, "del") || is_drop_cap(ppr);
	w->prun = (struct run){ .hidden = p->pp.vanish == 1, .bold = p->pp.bold == 1,
				.caps = p->pp.caps == 1, .underline = p->pp.underline == 1,
				.size = p->pp.size };
	w->run = w->prun;
}

static void
do_p(struct wml *w, const xmlNode *p)
{
	if (w->row && !w->in_cell) {
		walk(w, p);
		return;
	}
	read_para(w, ehc_xml_child(p, EHC_NS_W, "pPr"));
	if (w->in_cell && !w->joining && w->cell_paras++)
		ehc_buf_putc(&w->out, '\n');
	w->joining = false;
	walk(w, p);
	w->run = w->prun;
	if (w->para.join) {
		w->joining = true;
		return;
	}
	if (w->in_cell) {
		int num_id, ilvl;
		count_number(w, &num_id, &ilvl);
		return;
	}
	emit_para(w);
}

static void
do_r(struct wml *w, const xmlNode *r)
{
	const struct ehc_styles *st = w->in->styles;
	const xmlNode *rpr = ehc_xml_child(r, EHC_NS_W, "rPr");
	struct ehc_props rp;
	ehc_props_clear(&rp);
	ehc_props_read(rpr, &rp);
	ehc_props_inherit(&rp, ehc_styles_props(st, ehc_styles_find(st, ehc_xml_val(rpr, "rStyle"),
								      false)));
	ehc_props_inherit(&rp, &w->para.pp);
	w->run = (struct run){ .hidden = rp.vanish == 1, .bold = rp.bold == 1,
			       .caps = rp.caps == 1, .underline = rp.underline == 1, .size = rp.size };
	walk(w, r);
	w->run = w->prun;
}

static void
do_t(struct wml *w, const xmlNode *t)
{
	for (const xmlNode *c = t->children; c; c = c->next)
		if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content)
			put(w, (const char *)c->content, strlen((const char *)c->content));
}

static void
do_tab(struct wml *w, const xmlNode *n)
{
	put(w, "\t", 1);
}

static void
do_br(struct wml *w, const xmlNode *n)
{
	put(w, "\n", 1);
}

static void
do_hyphen(struct wml *w, const xmlNode *n)
{
	put(w, "-", 1);
}

static void
do_skip(struct wml *w, const xmlNode *n)
{
}

static void
put_sym(struct wml *w, const char *font, const char *hex)
{
	if (!hex)
		return;
	unsigned ch = (unsigned)strtoul(hex, NULL, 16);
	if (ch < 0x100 && font && (strcasecmp(font, "Symbol") == 0 ||
				   strncasecmp(font, "Wingdings", 9) == 0))
		ch += 0xF000;
	put_cp(w, ehc_sym_map(font, ch));
}

static void
do_sym(struct wml *w, const xmlNode *n)
{
	put_sym(w, ehc_xml_attr(n, "font"), ehc_xml_attr(n, "char"));
}

/* ---- fields ---- */

static const char *
form_result(const xmlNode *ff)
{
	const xmlNode *cb = ehc_xml_child(ff, EHC_NS_W, "checkBox");
	if (cb) {
		const xmlNode *st = ehc_xml_child(cb, EHC_NS_W, "checked");
		if (!st)
			st = ehc_xml_child(cb, EHC_NS_W, "default");
		return ehc_xml_onoff(st) == 1 ? "\u2612" : "\u2610";
	}
	const xmlNode *dd = ehc_xml_child(ff, EHC_NS_W, "ddList");
	if (!dd)
		return NULL;
	int want = ehc_xml_int(ehc_xml_val(dd, "result"), ehc_xml_int(ehc_xml_val(dd, "default"), 0));
	int i = 0;
	for (const xmlNode *e = dd->children; e; e = e->next)
		if (ehc_xml_is(e, EHC_NS_W, "listEntry") && i++ == want)
			return ehc_xml_attr(e, "val");
	return NULL;
}

static void
field_begin(struct wml *w, const xmlNode *fc)
{
	if (w->nfields >= MAX_FIELDS) {
		w->foverflow++;
		return;
	}
	struct field *f = EHC_PUSH(w->fields, w->nfields, w->fields_cap);
	f->phase = F_INSTR;
	f->emit = form_result(ehc_xml_child(fc, EHC_NS_W, "ffData"));
	w->fhidden++;
}

static void
field_separate(struct wml *w)
{
	if (w->nfields <= w->fbase || w->foverflow)
		return;
	struct field *f = &w->fields[w->nfields - 1];
	if (f->phase != F_INSTR)
		return;
	w->fhidden--;
	if (f->emit) {
		const char *e = f->emit;
		put(w, e, strlen(e));
		f->emit = NULL;
		f->phase = F_SUPPRESS;
		w->fhidden++;
		return;
	}
	f->phase = F_RESULT;
}

static void
field_end(struct wml *w)
{
	if (w->foverflow) {
		w->foverflow--;
		return;
	}
	if (w->nfields <= w->fbase)
		return;
	struct field f = w->fields[--w->nfields];
	if (f.phase != F_RESULT)
		w->fhidden--;
	if (f.emit)
		put(w, f.emit, strlen(f.emit));
}

static void
do_fldchar(struct wml *w, const xmlNode *n)
{
	const char *t = ehc_xml_attr(n, "fldCharType");
	if (!t)
		return;
	if (strcmp(t, "begin") == 0)
		field_begin(w, n);
	else if (strcmp(t, "separate") == 0)
		field_separate(w);
	else if (strcmp(t, "end") == 0)
		field_end(w);
}

/* ---- tables ---- */

static int
count_grid(const xmlNode *tbl)
{
	int n = 0;
	for (const xmlNode *c = ehc_xml_child(ehc_xml_child(tbl, EHC_NS_W, "tblGrid"), EHC_NS_W,
					      "gridCol");
	     c; c = c->next)
		n += ehc_xml_is(c, EHC_NS_W, "gridCol");
	return n;
}

static void
widest_row(struct wml *w, int number)
{
	int max = 0;
	for (size_t i = w->doc->nblocks; i-- > 0 && w->doc->blocks[i].table >= number;)
		if (w->doc->blocks[i].table == number && w->doc->blocks[i].grid_cols > max)
			max = w->doc->blocks[i].grid_cols;
	for (size_t i = w->doc->nblocks; i-- > 0 && w->doc->blocks[i].table >= number;)
		if (w->doc->blocks[i].table == number)
			w->doc->blocks[i].grid_cols = max;
}

static void
do_tbl(struct wml *w, const xmlNode *n)
{
	if (w->in_cell || w->row) {
		defer(w, n);
		return;
	}
	flush_pending(w);
	struct tbl t = { .number = ++w->tables, .depth = w->base_depth, .grid_cols = count_grid(n) };
	struct tbl *saved = w->tbl;
	w->tbl = &t;
	walk(w, n);
	w->tbl = saved;
	if (!t.grid_cols)
		widest_row(w, t.number);
}

static void
do_tr(struct wml *w, const xmlNode *tr)
{
	const xmlNode *trpr = ehc_xml_child(tr, EHC_NS_W, "trPr");
	if (ehc_xml_child(trpr, EHC_NS_W, "del") || w->row || w->in_cell)
		return;
	struct tbl stray = { .number = 0, .depth = w->base_depth };
	if (!w->tbl) {
		flush_pending(w);
		stray.number = ++w->tables;
		w->tbl = &stray;
	}
	struct row r = { .all_shaded = true };
	r.col = ehc_xml_int(ehc_xml_val(trpr, "gridBefore"), 0);
	w->row = &r;
	w->blk = (struct flags){ 0 };
	walk(w, tr);
	w->row = NULL;
	emit_row(w, &r, ehc_xml_onoff(ehc_xml_child(trpr, EHC_NS_W, "tblHeader")) == 1);
	free(r.cells);
	if (w->tbl == &stray)
		w->tbl = NULL;
}

static bool
vmerge_continues(const xmlNode *tcpr)
{
	const xmlNode *vm = ehc_xml_child(tcpr, EHC_NS_W, "vMerge");
	const char *v = ehc_xml_attr(vm, "val");
	return vm && (!v || strcmp(v, "continue") == 0);
}

static void
do_tc(struct wml *w, const xmlNode *tc)
{
	struct row *r = w->row;
	if (!r || w->in_cell) {
		walk(w, tc);
		return;
	}
	const xmlNode *tcpr = ehc_xml_child(tc, EHC_NS_W, "tcPr");
	struct ehc_props cp;
	ehc_props_clear(&cp);
	ehc_props_read(tcpr, &cp);
	if (r->n)
		ehc_buf_putc(&w->out, '\t');
	size_t i = r->n;
	struct ehc_cell *c = EHC_PUSH(r->cells, r->n, r->cap);
	*c = (struct ehc_cell){ .start = w->out.len, .col = r->col, .section = EHC_SEC_NONE };
	c->span = ehc_xml_int(ehc_xml_val(tcpr, "gridSpan"), 1);
	c->span = c->span < 1 ? 1 : c->span;
	c->vmerge_cont = vmerge_continues(tcpr);
	c->shaded = cp.shaded == 1;
	r->col += c->span;
	r->all_shaded &= c->shaded;
	if (!c->vmerge_cont) {
		w->in_cell = true;
		w->cell_paras = 0;
		w->cell = (struct flags){ 0 };
		walk(w, tc);
		w->in_cell = false;
		w->joining = false;
	}
	r->cells[i].len = w->out.len - r->cells[i].start;
	r->cells[i].bold = w->cell.text && !w->cell.notbold;
	w->cell = (struct flags){ 0 };
}

/* ---- comments' anchors ---- */

static struct ehc_mark *
mark_of(struct wml *w, const xmlNode *n)
{
	const char *id = ehc_xml_attr(n, "id");
	if (!id)
		return NULL;
	for (size_t i = 0; i < w->marks->n; i++)
		if (strcmp(w->marks->v[i].id, id) == 0)
			return &w->marks->v[i];
	struct ehc_mark *m = EHC_PUSH(w->marks->v, w->marks->n, w->marks->cap);
	*m = (struct ehc_mark){ .id = id };
	return m;
}

static void
do_range_start(struct wml *w, const xmlNode *n)
{
	struct ehc_mark *m = mark_of(w, n);
	if (!m || m->started)
		return;
	m->started = true;
	m->block = (int)w->doc->nblocks + 1;
	m->start = w->out.len;
}

static void
do_range_end(struct wml *w, const xmlNode *n)
{
	struct ehc_mark *m = mark_of(w, n);
	if (!m || m->ended)
		return;
	m->ended = true;
	m->end_block = (int)w->doc->nblocks + 1;
	m->end = w->out.len;
}

static void
do_comment_ref(struct wml *w, const xmlNode *n)
{
	struct ehc_mark *m = mark_of(w, n);
	if (!m || m->started)
		return;
	do_range_start(w, n);
	do_range_end(w, n);
}

/* ---- other constructs ---- */

static void
do_txbx(struct wml *w, const xmlNode *n)
{
	defer(w, n);
}

static void
do_altchunk(struct wml *w, const xmlNode *n)
{
	const struct ehc_rel *r = ehc_rels_by_id(w->in->rels, ehc_xml_attr(n, "id"));
	ehc_doc_note(w->doc, (int)w->doc->nblocks,
		     "w:altChunk %s ignored: imported content is not read",
		     r ? r->target : "(unknown part)");
}

static void
do_subdoc(struct wml *w, const xmlNode *n)
{
	ehc_doc_note(w->doc, (int)w->doc->nblocks, "w:subDoc ignored: subdocuments are not read");
}

typedef void (*handler)(struct wml *, const xmlNode *);

/* Elements of the w: namespace with a meaning here, sorted by name. Others are transparent. */
struct w_elem {
	const char *name;
	handler fn;
};

static const struct w_elem w_elems[] = {
	{ "altChunk", do_altchunk },    { "br", do_br },
	{ "commentRangeEnd", do_range_end }, { "commentRangeStart", do_range_start },
	{ "commentReference", do_comment_ref }, { "cr", do_br },
	{ "customXmlPr", do_skip },     { "del", do_skip },
	{ "delInstrText", do_skip },    { "delText", do_skip },
	{ "fldChar", do_fldchar },      { "fldData", do_skip },
	{ "instrText", do_skip },       { "moveFrom", do_skip },
	{ "noBreakHyphen", do_hyphen }, { "p", do_p },
	{ "pPr", do_skip },             { "ptab", do_tab },
	{ "r", do_r },                  { "rPr", do_skip },
	{ "rt", do_skip },              { "sdtEndPr", do_skip },
	{ "sdtPr", do_skip },           { "sectPr", do_skip },
	{ "smartTagPr", do_skip },      { "softHyphen", do_skip },
	{ "subDoc", do_subdoc },        { "sym", do_sym },
	{ "t", do_t },                  { "tab", do_tab },
	{ "tbl", do_tbl },              { "tblGrid", do_skip },
	{ "tblPr", do_skip },           { "tblPrEx", do_skip },
	{ "tc", do_tc },                { "tcPr", do_skip },
	{ "tr", do_tr },                { "trPr", do_skip },
	{ "txbxContent", do_txbx },
};

static int
cmp_elem(const void *key, const void *e)
{
	return strcmp(key, *(const char *const *)e);
}

static handler
w_handler(const char *name)
{
	const void *e = bsearch(name, w_elems, sizeof w_elems / sizeof *w_elems, sizeof *w_elems,
				cmp_elem);
	return e ? ((const struct w_elem *)e)->fn : NULL;
}

/* mc:Choice is taken when every prefix it Requires names a namespace read here. */
static bool
understood(const xmlNode *choice)
{
	const char *req = ehc_xml_attr(choice, "Requires");
	if (!req)
		return false;
	char buf[256];
	snprintf(buf, sizeof buf, "%s", req);
	char *save = NULL;
	for (char *p = strtok_r(buf, " \t\r\n", &save); p; p = strtok_r(NULL, " \t\r\n", &save)) {
		xmlNs *ns = xmlSearchNs(choice->doc, (xmlNode *)choice, (const xmlChar *)p);
		if (!ns || ehc_xml_ns_uri((const char *)ns->href) == EHC_NS_OTHER)
			return false;
	}
	return true;
}

static void
do_alternate(struct wml *w, const xmlNode *ac)
{
	for (const xmlNode *c = ac->children; c; c = c->next) {
		if (ehc_xml_is(c, EHC_NS_MC, "Choice") && understood(c)) {
			walk(w, c);
			return;
		}
		if (ehc_xml_is(c, EHC_NS_MC, "Fallback")) {
			walk(w, c);
			return;
		}
	}
}

static void
do_math_run(struct wml *w, const xmlNode *n)
{
	w->run = w->prun;
	walk(w, n);
	w->run = w->prun;
}

static handler
other_handler(const xmlNode *n)
{
	const char *name = (const char *)n->name;
	switch (ehc_xml_ns(n)) {
	case EHC_NS_W:
		return w_handler(name);
	case EHC_NS_M:
		return strcmp(name, "t") == 0 ? do_t : strcmp(name, "r") == 0 ? do_math_run : NULL;
	case EHC_NS_MC:
		return strcmp(name, "AlternateContent") == 0 ? do_alternate : NULL;
	default:
		return NULL;
	}
}

static void
do_symex(struct wml *w, const xmlNode *n)
{
	put_sym(w, ehc_xml_attr(n, "font"), ehc_xml_attr(n, "char"));
}

static void
visit(struct wml *w, const xmlNode *n)
{
	if (++w->depth > w->in->lim->max_depth) {
		w->rc = ehc_error_set(w->err, EHC_E_LIMIT, w->in->file,
				      "elements nested deeper than %d", w->in->lim->max_depth);
		return;
	}
	handler h = ehc_xml_is(n, EHC_NS_W16SE, "symEx") ? do_symex : other_handler(n);
	if (h)
		h(w, n);
	else
		walk(w, n);
	w->depth--;
}

static void
walk(struct wml *w, const xmlNode *parent)
{
	for (const xmlNode *c = parent->children; c && !w->rc; c = c->next)
		if (c->type == XML_ELEMENT_NODE)
			visit(w, c);
}

int
ehc_wml_body(const struct ehc_wml_in *in, const xmlNode *root, struct ehc_marks *marks,
	     struct ehc_error *err)
{
	const xmlNode *body = ehc_xml_child(root, EHC_NS_W, "body");
	if (!body)
		return ehc_error_set(err, EHC_E_NO_MAIN, in->file, "main part has no w:body");
	struct wml w = { .in = in, .doc = in->doc, .marks = marks, .err = err };
	w.para.style = -1;
	walk(&w, body);
	flush_pending(&w);
	run_deferred(&w);
	ehc_buf_fini(&w.out);
	free(w.fields);
	free(w.defer.v);
	return w.rc;
}
