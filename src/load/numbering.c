/* SPDX-License-Identifier: MIT */
/*
 * numbering.xml: automatic numbering labels as Word draws them. w:num -> w:abstractNum
 * (following w:numStyleLink through the numbering style), w:lvlOverride (a whole w:lvl or a
 * w:startOverride), counters kept per abstract list, deeper levels restarting after a
 * shallower item, and w:lvlText "%N" rendered in level N-1's w:numFmt. Knows nothing of
 * paragraphs beyond (numId, ilvl).
 */
#include "load/load-internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/utf8.h"
#include "util/xalloc.h"

#define NLVL 9

struct lvl {
	bool set, lgl;
	int start;
	const char *fmt, *text, *font; /* in the XML tree */
};

struct abs {
	int id;
	const char *num_style_link;
	struct lvl lvl[NLVL];
	int val[NLVL];
	bool on[NLVL];
};

struct num {
	int id, abs_id;
	struct abs *abs;
	struct lvl ov[NLVL];
	int start_ov[NLVL]; /* -1: none */
	bool used;
};

struct ehc_numbering {
	struct abs *abs;
	size_t nabs, abs_cap;
	struct num *num;
	size_t nnum, num_cap;
};

static void
read_lvl(const xmlNode *l, struct lvl *v)
{
	v->set = true;
	v->start = ehc_xml_int(ehc_xml_val(l, "start"), 1);
	v->fmt = ehc_xml_val(l, "numFmt");
	v->text = ehc_xml_val(l, "lvlText");
	v->lgl = ehc_xml_onoff(ehc_xml_child(l, EHC_NS_W, "isLgl")) == 1;
	const xmlNode *fonts = ehc_xml_child(ehc_xml_child(l, EHC_NS_W, "rPr"), EHC_NS_W, "rFonts");
	v->font = ehc_xml_attr(fonts, "ascii");
	if (!v->font)
		v->font = ehc_xml_attr(fonts, "hAnsi");
}

static void
lvl_at(const xmlNode *l, struct lvl *lvls)
{
	int i = ehc_xml_int(ehc_xml_attr(l, "ilvl"), -1);
	if (i >= 0 && i < NLVL)
		read_lvl(l, &lvls[i]);
}

static void
add_abs(struct ehc_numbering *nb, const xmlNode *a)
{
	struct abs *x = EHC_PUSH(nb->abs, nb->nabs, nb->abs_cap);
	memset(x, 0, sizeof *x);
	x->id = ehc_xml_int(ehc_xml_attr(a, "abstractNumId"), -1);
	x->num_style_link = ehc_xml_val(a, "numStyleLink");
	for (const xmlNode *l = a->children; l; l = l->next)
		if (ehc_xml_is(l, EHC_NS_W, "lvl"))
			lvl_at(l, x->lvl);
}

static void
read_override(struct num *n, const xmlNode *o)
{
	int i = ehc_xml_int(ehc_xml_attr(o, "ilvl"), -1);
	if (i < 0 || i >= NLVL)
		return;
	n->start_ov[i] = ehc_xml_int(ehc_xml_val(o, "startOverride"), -1);
	const xmlNode *l = ehc_xml_child(o, EHC_NS_W, "lvl");
	if (l)
		read_lvl(l, &n->ov[i]);
}

static void
add_num(struct ehc_numbering *nb, const xmlNode *e)
{
	struct num *n = EHC_PUSH(nb->num, nb->nnum, nb->num_cap);
	memset(n, 0, sizeof *n);
	n->id = ehc_xml_int(ehc_xml_attr(e, "numId"), -1);
	n->abs_id = ehc_xml_int(ehc_xml_val(e, "abstractNumId"), -1);
	for (int i = 0; i < NLVL; i++)
		n->start_ov[i] = -1;
	for (const xmlNode *o = e->children; o; o = o->next)
		if (ehc_xml_is(o, EHC_NS_W, "lvlOverride"))
			read_override(n, o);
}

static struct abs *
find_abs(struct ehc_numbering *nb, int id)
{
	for (size_t i = 0; i < nb->nabs; i++)
		if (nb->abs[i].id == id)
			return &nb->abs[i];
	return NULL;
}

static struct num *
find_num(struct ehc_numbering *nb, int id)
{
	for (size_t i = 0; i < nb->nnum; i++)
		if (nb->num[i].id == id)
			return &nb->num[i];
	return NULL;
}

/* The abstract list of 'n', through w:numStyleLink -> numbering style -> its w:numId. */
static struct abs *
resolve_abs(struct ehc_numbering *nb, const struct ehc_styles *st, int abs_id)
{
	struct abs *a = find_abs(nb, abs_id);
	for (int hop = 0; a && a->num_style_link && hop < 4; hop++) {
		int s = ehc_styles_find(st, a->num_style_link, false);
		struct num *via = find_num(nb, ehc_styles_props(st, s)->num_id);
		struct abs *next = via ? find_abs(nb, via->abs_id) : NULL;
		if (!next || next == a)
			break;
		a = next;
	}
	return a;
}

struct ehc_numbering *
ehc_numbering_new(const xmlNode *root, const struct ehc_styles *st)
{
	struct ehc_numbering *nb = xcalloc(1, sizeof *nb);
	for (const xmlNode *e = root ? root->children : NULL; e; e = e->next) {
		if (ehc_xml_is(e, EHC_NS_W, "abstractNum"))
			add_abs(nb, e);
		else if (ehc_xml_is(e, EHC_NS_W, "num"))
			add_num(nb, e);
	}
	for (size_t i = 0; i < nb->nnum; i++)
		nb->num[i].abs = resolve_abs(nb, st, nb->num[i].abs_id);
	return nb;
}

void
ehc_numbering_free(struct ehc_numbering *nb)
{
	if (!nb)
		return;
	free(nb->abs);
	free(nb->num);
	free(nb);
}

/* ---- number formats ---- */

static void
fmt_decimal(struct ehc_buf *b, int v)
{
	ehc_buf_printf(b, "%d", v);
}

static void
fmt_zero(struct ehc_buf *b, int v)
{
	ehc_buf_printf(b, "%02d", v);
}

static void
letters(struct ehc_buf *b, int v, char base)
{
	if (v <= 0) {
		fmt_decimal(b, v);
		return;
	}
	for (int i = 0; i <= (v - 1) / 26 && i < 50; i++)
		ehc_buf_putc(b, (char)(base + (v - 1) % 26));
}

static void
fmt_upper_letter(struct ehc_buf *b, int v)
{
	letters(b, v, 'A');
}

static void
fmt_lower_letter(struct ehc_buf *b, int v)
{
	letters(b, v, 'a');
}

static void
roman(struct ehc_buf *b, int v, bool upper)
{
	static const int val[] = { 1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1 };
	static const char *const up[] = { "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX",
					  "V", "IV", "I" };
	static const char *const lo[] = { "m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix",
					  "v", "iv", "i" };
	if (v <= 0 || v >= 4000) {
		fmt_decimal(b, v);
		return;
	}
	for (int i = 0; i < 13; i++)
		for (; v >= val[i]; v -= val[i])
			ehc_buf_puts(b, upper ? up[i] : lo[i]);
}

static void
fmt_upper_roman(struct ehc_buf *b, int v)
{
	roman(b, v, true);
}

static void
fmt_lower_roman(struct ehc_buf *b, int v)
{
	roman(b, v, false);
}

static void
fmt_ordinal(struct ehc_buf *b, int v)
{
	const char *sfx = "th";
	if (v % 100 < 11 || v % 100 > 13)
		sfx = v % 10 == 1 ? "st" : v % 10 == 2 ? "nd" : v % 10 == 3 ? "rd" : "th";
	ehc_buf_printf(b, "%d%s", v, sfx);
}

static const char *const cardinal[] = { "Zero", "One", "Two", "Three", "Four", "Five", "Six",
	"Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve", "Thirteen", "Fourteen", "Fifteen",
	"Sixteen", "Seventeen", "Eighteen", "Nineteen", "Twenty" };
static const char *const ordinal[] = { "Zeroth", "First", "Second", "Third", "Fourth", "Fifth",
	"Sixth", "Seventh", "Eighth", "Ninth", "Tenth", "Eleventh", "Twelfth", "Thirteenth",
	"Fourteenth", "Fifteenth", "Sixteenth", "Seventeenth", "Eighteenth", "Nineteenth",
	"Twentieth" };

static void
fmt_cardinal_text(struct ehc_buf *b, int v)
{
	if (v < 0 || v > 20) {
		fmt_decimal(b, v);
		return;
	}
	ehc_buf_puts(b, cardinal[v]);
}

static void
fmt_ordinal_text(struct ehc_buf *b, int v)
{
	if (v < 0 || v > 20) {
		fmt_decimal(b, v);
		return;
	}
	ehc_buf_puts(b, ordinal[v]);
}

static void
fmt_circle(struct ehc_buf *b, int v)
{
	if (v < 1 || v > 20) {
		fmt_decimal(b, v);
		return;
	}
	ehc_buf_put_utf8(b, 0x2460 + (unsigned)v - 1);
}

static void
fmt_none(struct ehc_buf *b, int v)
{
	(void)b;
	(void)v;
}

static void
fmt_chicago(struct ehc_buf *b, int v)
{
	static const char *const marks[] = { "*", "\u2020", "\u2021", "\u00a7" };
	for (int i = 0; v > 0 && i <= (v - 1) / 4 && i < 20; i++)
		ehc_buf_puts(b, marks[(v - 1) % 4]);
}

static const struct {
	const char *name;
	void (*fn)(struct ehc_buf *, int);
} formats[] = {
	{ "decimal", fmt_decimal },         { "decimalZero", fmt_zero },
	{ "upperLetter", fmt_upper_letter }, { "lowerLetter", fmt_lower_letter },
	{ "upperRoman", fmt_upper_roman },  { "lowerRoman", fmt_lower_roman },
	{ "ordinal", fmt_ordinal },         { "cardinalText", fmt_cardinal_text },
	{ "ordinalText", fmt_ordinal_text }, { "decimalEnclosedCircle", fmt_circle },
	{ "none", fmt_none },               { "chicago", fmt_chicago },
};

static void
format_value(struct ehc_buf *b, const char *fmt, int v)
{
	for (size_t i = 0; fmt && i < sizeof formats / sizeof *formats; i++)
		if (strcmp(fmt, formats[i].name) == 0) {
			formats[i].fn(b, v);
			return;
		}
	fmt_decimal(b, v); /* decimal and anything not known */
}

/* ---- counting ---- */

static const struct lvl *
level(const struct num *n, int i)
{
	return n->ov[i].set ? &n->ov[i] : &n->abs->lvl[i];
}

static int
start_of(const struct num *n, int i)
{
	return n->start_ov[i] >= 0 ? n->start_ov[i] : level(n, i)->start;
}

static void
count(struct num *n, int ilvl)
{
	struct abs *a = n->abs;
	if (!n->used)
		for (int i = 0; i < NLVL; i++)
			if (n->start_ov[i] >= 0)
				a->on[i] = false;
	n->used = true;
	a->val[ilvl] = a->on[ilvl] ? a->val[ilvl] + 1 : start_of(n, ilvl);
	a->on[ilvl] = true;
	for (int i = ilvl + 1; i < NLVL; i++)
		a->on[i] = false;
}

static void
put_bullet_text(struct ehc_buf *b, const char *text, const char *font)
{
	for (size_t i = 0, n = strlen(text); i < n;) {
		unsigned cp;
		i += ehc_utf8_decode(text + i, n - i, &cp);
		ehc_buf_put_utf8(b, cp >= 0xF000 && cp <= 0xF0FF ? ehc_sym_map(font, cp) : cp);
	}
}

static void
render(struct ehc_buf *b, const struct num *n, int ilvl)
{
	const struct lvl *l = level(n, ilvl);
	const char *t = l->text ? l->text : "";
	if (l->fmt && strcmp(l->fmt, "bullet") == 0) {
		put_bullet_text(b, t, l->font);
		return;
	}
	for (; *t; t++) {
		if (t[0] != '%' || t[1] < '1' || t[1] > '9') {
			ehc_buf_putc(b, *t);
			continue;
		}
		int k = *++t - '1';
		int v = n->abs->on[k] ? n->abs->val[k] : start_of(n, k);
		format_value(b, l->lgl ? "decimal" : level(n, k)->fmt, v);
	}
}

const char *
ehc_numbering_next(struct ehc_numbering *nb, int num_id, int ilvl, struct ehc_doc *doc)
{
	struct num *n = num_id > 0 && nb ? find_num(nb, num_id) : NULL;
	if (!n || !n->abs)
		return NULL;
	if (ilvl < 0 || ilvl >= NLVL)
		ilvl = 0;
	if (!level(n, ilvl)->set)
		return NULL;
	count(n, ilvl);
	struct ehc_buf b = EHC_BUF_INIT;
	render(&b, n, ilvl);
	const char *label = b.len ? ehc_arena_strndup(doc->arena, b.data, b.len) : NULL;
	ehc_buf_fini(&b);
	return label;
}
