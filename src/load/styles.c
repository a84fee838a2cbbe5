/* SPDX-License-Identifier: MIT */
/*
 * styles.xml: each style's own run and paragraph properties (bold, caps, hidden, size,
 * outline level, numbering, shading), resolved through w:basedOn once, plus the document
 * defaults. Built-in names stored in lower case ("heading 1") are given as Word shows them
 * ("Heading 1"). Knows nothing of the body.
 */
#include "load/load-internal.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util/xalloc.h"

#define MAX_CHAIN 32

struct style {
	const char *id, *name, *based_on; /* id and based_on: in the XML tree; name: arena */
	bool paragraph, dflt;
	struct ehc_props own, eff;
	int state; /* 0 unresolved, 1 resolving, 2 resolved */
};

struct ehc_styles {
	struct style *v;
	size_t n, cap;
	int dflt_para;
	struct ehc_props defaults;
};

void
ehc_props_clear(struct ehc_props *p)
{
	*p = (struct ehc_props){ .bold = -1, .caps = -1, .vanish = -1, .underline = -1, .outline = -1,
				 .shaded = -1, .num_id = -1, .ilvl = -1, .size = 0 };
}

static int
shd_fill(const xmlNode *shd)
{
	if (!shd)
		return -1;
	const char *fill = ehc_xml_attr(shd, "fill"), *val = ehc_xml_attr(shd, "val");
	if (val && strcmp(val, "nil") == 0)
		return 0;
	return fill && strcasecmp(fill, "auto") != 0 && strcasecmp(fill, "FFFFFF") != 0;
}

/* w:u: any line style but "none" underlines. */
static int
underlined(const xmlNode *u)
{
	const char *val = ehc_xml_attr(u, "val");
	return !val || strcmp(val, "none") != 0;
}

static void
read_numpr(const xmlNode *numpr, struct ehc_props *p)
{
	if (!numpr)
		return;
	p->num_id = ehc_xml_int(ehc_xml_val(numpr, "numId"), p->num_id);
	p->ilvl = ehc_xml_int(ehc_xml_val(numpr, "ilvl"), p->ilvl);
}

void
ehc_props_read(const xmlNode *pr, struct ehc_props *p)
{
	for (const xmlNode *c = pr ? pr->children : NULL; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE || ehc_xml_ns(c) != EHC_NS_W)
			continue;
		const char *n = (const char *)c->name;
		if (strcmp(n, "b") == 0)
			p->bold = (signed char)ehc_xml_onoff(c);
		else if (strcmp(n, "caps") == 0)
			p->caps = (signed char)ehc_xml_onoff(c);
		else if (strcmp(n, "u") == 0)
			p->underline = (signed char)underlined(c);
		else if (strcmp(n, "vanish") == 0)
			p->vanish = (signed char)ehc_xml_onoff(c);
		else if (strcmp(n, "sz") == 0 && ehc_xml_int(ehc_xml_attr(c, "val"), 0) > 0)
			p->size = (float)ehc_xml_int(ehc_xml_attr(c, "val"), 0) / 2.0f;
		else if (strcmp(n, "outlineLvl") == 0)
			p->outline = (signed char)ehc_xml_int(ehc_xml_attr(c, "val"), 9);
		else if (strcmp(n, "shd") == 0)
			p->shaded = (signed char)shd_fill(c);
		else if (strcmp(n, "numPr") == 0)
			read_numpr(c, p);
	}
}

void
ehc_props_inherit(struct ehc_props *p, const struct ehc_props *u)
{
	if (p->bold < 0)
		p->bold = u->bold;
	if (p->caps < 0)
		p->caps = u->caps;
	if (p->underline < 0)
		p->underline = u->underline;
	if (p->vanish < 0)
		p->vanish = u->vanish;
	if (p->outline < 0)
		p->outline = u->outline;
	if (p->shaded < 0)
		p->shaded = u->shaded;
	if (p->num_id < 0) {
		p->num_id = u->num_id;
		if (p->ilvl < 0)
			p->ilvl = u->ilvl;
	}
	if (p->size <= 0)
		p->size = u->size;
}

/* "heading 1" -> "Heading 1": Word's display form of its lower-case built-in names. */
static const char *
display_name(struct ehc_doc *doc, const char *name)
{
	for (const char *s = name; *s; s++)
		if (isupper((unsigned char)*s) || (unsigned char)*s >= 0x80)
			return ehc_arena_strdup(doc->arena, name);
	char *d = ehc_arena_strdup(doc->arena, name);
	for (char *s = d; *s; s++)
		if (s == d || s[-1] == ' ')
			*s = (char)toupper((unsigned char)*s);
	return d;
}

static void
add_style(struct ehc_styles *st, const xmlNode *s, struct ehc_doc *doc)
{
	const char *type = ehc_xml_attr(s, "type"), *id = ehc_xml_attr(s, "styleId");
	if (!id)
		return;
	struct style *y = EHC_PUSH(st->v, st->n, st->cap);
	memset(y, 0, sizeof *y);
	y->id = id;
	const char *name = ehc_xml_val(s, "name");
	y->name = display_name(doc, name ? name : id);
	y->based_on = ehc_xml_val(s, "basedOn");
	y->paragraph = !type || strcmp(type, "paragraph") == 0;
	const char *d = ehc_xml_attr(s, "default");
	y->dflt = d && (strcmp(d, "1") == 0 || strcmp(d, "true") == 0 || strcmp(d, "on") == 0);
	ehc_props_clear(&y->own);
	ehc_props_read(ehc_xml_child(s, EHC_NS_W, "pPr"), &y->own);
	ehc_props_read(ehc_xml_child(s, EHC_NS_W, "rPr"), &y->own);
}

static int
cmp_style(const void *a, const void *b)
{
	return strcmp(((const struct style *)a)->id, ((const struct style *)b)->id);
}

static void
read_defaults(struct ehc_styles *st, const xmlNode *root)
{
	const xmlNode *dd = ehc_xml_child(root, EHC_NS_W, "docDefaults");
	ehc_props_clear(&st->defaults);
	ehc_props_read(ehc_xml_child(ehc_xml_child(dd, EHC_NS_W, "rPrDefault"), EHC_NS_W, "rPr"),
		       &st->defaults);
	ehc_props_read(ehc_xml_child(ehc_xml_child(dd, EHC_NS_W, "pPrDefault"), EHC_NS_W, "pPr"),
		       &st->defaults);
}

static int
find_id(const struct ehc_styles *st, const char *id)
{
	if (!id || !st->n)
		return -1;
	struct style key = { .id = id };
	const struct style *y = bsearch(&key, st->v, st->n, sizeof *st->v, cmp_style);
	return y ? (int)(y - st->v) : -1;
}

static void
resolve(struct ehc_styles *st, int i, int depth)
{
	struct style *y = &st->v[i];
	if (y->state == 2)
		return;
	y->eff = y->own;
	if (y->state == 0 && depth < MAX_CHAIN) {
		y->state = 1;
		int b = find_id(st, y->based_on);
		if (b >= 0 && b != i && st->v[b].state != 1) {
			resolve(st, b, depth + 1);
			ehc_props_inherit(&y->eff, &st->v[b].eff);
		}
	}
	y->state = 2;
}

struct ehc_styles *
ehc_styles_new(const xmlNode *root, struct ehc_doc *doc)
{
	struct ehc_styles *st = xcalloc(1, sizeof *st);
	st->dflt_para = -1;
	ehc_props_clear(&st->defaults);
	if (!root)
		return st;
	read_defaults(st, root);
	for (const xmlNode *s = root->children; s; s = s->next)
		if (ehc_xml_is(s, EHC_NS_W, "style"))
			add_style(st, s, doc);
	if (st->n)
		qsort(st->v, st->n, sizeof *st->v, cmp_style);
	for (size_t i = 0; i < st->n; i++) {
		resolve(st, (int)i, 0);
		if (st->v[i].paragraph && st->v[i].dflt && st->dflt_para < 0)
			st->dflt_para = (int)i;
	}
	return st;
}

void
ehc_styles_free(struct ehc_styles *st)
{
	if (!st)
		return;
	free(st->v);
	free(st);
}

int
ehc_styles_find(const struct ehc_styles *st, const char *id, bool paragraph)
{
	if (!id)
		return paragraph ? st->dflt_para : -1;
	int i = find_id(st, id);
	return i >= 0 ? i : (paragraph ? st->dflt_para : -1);
}

const char *
ehc_styles_name(const struct ehc_styles *st, int i)
{
	return i >= 0 && (size_t)i < st->n ? st->v[i].name : NULL;
}

const struct ehc_props *
ehc_styles_props(const struct ehc_styles *st, int i)
{
	static const struct ehc_props unset = { .bold = -1, .caps = -1, .vanish = -1,
						.underline = -1, .outline = -1, .shaded = -1,
						.num_id = -1, .ilvl = -1 };
	return i >= 0 && (size_t)i < st->n ? &st->v[i].eff : &unset;
}

const struct ehc_props *
ehc_styles_defaults(const struct ehc_styles *st)
{
	return &st->defaults;
}
