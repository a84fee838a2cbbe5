/* SPDX-License-Identifier: MIT */
/*
 * comments.xml: each comment's author and text (trimmed; paragraphs joined by '\n'; deleted
 * text and field instructions left out), kept aside in doc->comments with the anchor the body
 * walk found for its w:id. Comments are never body text.
 */
#include "load/load-internal.h"

#include <string.h>

#include "util/xalloc.h"

static void
collect(const xmlNode *n, struct ehc_buf *b, int depth)
{
	for (const xmlNode *c = n->children; c && depth < 64; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		const char *name = (const char *)c->name;
		bool w = ehc_xml_ns(c) == EHC_NS_W;
		if (w && (strcmp(name, "del") == 0 || strcmp(name, "moveFrom") == 0 ||
			  strcmp(name, "instrText") == 0 || strcmp(name, "delText") == 0))
			continue;
		if (w && strcmp(name, "t") == 0)
			ehc_xml_text(c, b);
		else if (w && strcmp(name, "tab") == 0)
			ehc_buf_putc(b, '\t');
		else if (w && (strcmp(name, "br") == 0 || strcmp(name, "cr") == 0))
			ehc_buf_putc(b, '\n');
		else
			collect(c, b, depth + 1);
		if (w && strcmp(name, "p") == 0)
			ehc_buf_putc(b, '\n');
	}
}

static const char *
trimmed(struct ehc_doc *doc, const struct ehc_buf *b)
{
	const char *s = ehc_buf_str(b);
	size_t n = b->len;
	while (n && strchr(" \t\r\n", s[n - 1]))
		n--;
	while (n && strchr(" \t\r\n", *s)) {
		s++;
		n--;
	}
	return ehc_arena_strndup(doc->arena, s, n);
}

static const struct ehc_mark *
find_mark(const struct ehc_marks *marks, const char *id)
{
	for (size_t i = 0; id && i < marks->n; i++)
		if (strcmp(marks->v[i].id, id) == 0)
			return &marks->v[i];
	return NULL;
}

static void
add_comment(struct ehc_doc *doc, const xmlNode *c, const struct ehc_marks *marks)
{
	struct ehc_buf b = EHC_BUF_INIT;
	collect(c, &b, 0);
	struct ehc_comment *cm = EHC_PUSH(doc->comments, doc->ncomments, doc->comments_cap);
	memset(cm, 0, sizeof *cm);
	cm->author = ehc_arena_strdup(doc->arena, ehc_xml_attr(c, "author"));
	cm->text = trimmed(doc, &b);
	ehc_buf_fini(&b);
	const struct ehc_mark *m = find_mark(marks, ehc_xml_attr(c, "id"));
	if (!m || !m->started || (size_t)m->block > doc->nblocks)
		return;
	cm->block = m->block;
	cm->start = m->start;
	cm->end_block = m->ended ? m->end_block : m->block;
	cm->end = m->ended && m->end_block == m->block ? m->end : doc->blocks[m->block - 1].len;
	if (cm->end < cm->start)
		cm->end = cm->start;
}

void
ehc_comments_read(struct ehc_doc *doc, const xmlNode *root, const struct ehc_marks *marks)
{
	for (const xmlNode *c = root ? root->children : NULL; c; c = c->next)
		if (ehc_xml_is(c, EHC_NS_W, "comment"))
			add_comment(doc, c, marks);
}
