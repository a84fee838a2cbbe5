/* SPDX-License-Identifier: MIT */
/* `ehclint dump`: the model as the segmenter left it, for a user checking their template. */
#include <jansson.h>
#include <string.h>

#include "report/report.h"

static json_t *
str_or_null(const char *s)
{
	return s ? json_string(s) : json_null();
}

static json_t *
strn(const char *s, size_t n)
{
	return json_stringn(s, n);
}

static json_t *
sec_json(enum ehc_sec s)
{
	return str_or_null(ehc_sec_id(s));
}

static json_t *
section_json(const struct ehc_section *s)
{
	json_t *o = json_object();
	json_object_set_new(o, "id", json_string(ehc_sec_id(s->id)));
	json_object_set_new(o, "title", str_or_null(s->title));
	json_object_set_new(o, "heading_block", json_integer(s->heading_block));
	json_object_set_new(o, "first_block", json_integer(s->first_block));
	json_object_set_new(o, "last_block", json_integer(s->last_block));
	json_object_set_new(o, "empty", json_boolean(s->empty));
	json_object_set_new(o, "not_applicable", json_boolean(s->not_applicable));
	json_object_set_new(o, "no_needs", json_boolean(s->no_needs));
	json_object_set_new(o, "order", json_integer(s->order));
	return o;
}

static json_t *
cells_json(const struct ehc_block *b)
{
	json_t *a = json_array();
	for (size_t i = 0; i < b->ncells; i++) {
		const struct ehc_cell *c = &b->cells[i];
		json_t *o = json_object();
		json_object_set_new(o, "text", strn(b->text + c->start, c->len));
		json_object_set_new(o, "col", json_integer(c->col));
		if (c->span > 1)
			json_object_set_new(o, "span", json_integer(c->span));
		if (c->section != EHC_SEC_NONE)
			json_object_set_new(o, "section", sec_json(c->section));
		json_array_append_new(a, o);
	}
	return a;
}

static json_t *
block_json(const struct ehc_block *b)
{
	json_t *o = json_object();
	json_object_set_new(o, "n", json_integer(b->n));
	json_object_set_new(o, "kind", json_string(b->kind == EHC_BLOCK_ROW ? "row" : "paragraph"));
	json_object_set_new(o, "section", sec_json(b->section));
	json_object_set_new(o, "style", str_or_null(b->style));
	json_object_set_new(o, "label", str_or_null(b->label));
	json_object_set_new(o, "text", strn(b->text, b->len));
	if (b->outline)
		json_object_set_new(o, "outline", json_integer(b->outline));
	if (b->list_level >= 0)
		json_object_set_new(o, "list_level", json_integer(b->list_level));
	if (b->heading)
		json_object_set_new(o, "heading", json_true());
	if (b->kind == EHC_BLOCK_ROW) {
		json_object_set_new(o, "table", json_integer(b->table));
		json_object_set_new(o, "row", json_integer(b->row));
		json_object_set_new(o, "depth", json_integer(b->depth));
		json_object_set_new(o, "cells", cells_json(b));
	}
	return o;
}

static json_t *
item_json(const struct ehc_item *it)
{
	json_t *o = json_object();
	json_object_set_new(o, "section", sec_json(it->section));
	json_object_set_new(o, "n", json_integer(it->n));
	json_t *blocks = json_array();
	for (int n = it->first_block; n <= it->last_block; n++)
		json_array_append_new(blocks, json_integer(n));
	json_object_set_new(o, "blocks", blocks);
	if (it->cell >= 0)
		json_object_set_new(o, "cell", json_integer(it->cell));
	json_object_set_new(o, "text", strn(it->text ? it->text : "", it->len));
	json_object_set_new(o, "area", str_or_null(it->area));
	if (it->ncolumns) {
		json_t *cols = json_array();
		for (size_t i = 0; i < it->ncolumns; i++)
			json_array_append_new(cols, str_or_null(it->columns[i]));
		json_object_set_new(o, "columns", cols);
	}
	return o;
}

static json_t *
dump_object(const struct ehc_doc *doc)
{
	json_t *root = json_object(), *secs = json_array(), *blocks = json_array();
	json_t *items = json_array(), *notes = json_array();
	json_object_set_new(root, "path", json_string(doc->path));
	for (int s = 0; s < EHC_SEC_COUNT; s++)
		if (doc->sections[s].present && ehc_sec_statutory((enum ehc_sec)s))
			json_array_append_new(secs, section_json(&doc->sections[s]));
	for (size_t i = 0; i < doc->nblocks; i++)
		json_array_append_new(blocks, block_json(&doc->blocks[i]));
	for (size_t i = 0; i < doc->nitems; i++)
		json_array_append_new(items, item_json(&doc->items[i]));
	for (size_t i = 0; i < doc->nnotes; i++) {
		json_t *n = json_object();
		json_object_set_new(n, "block", json_integer(doc->notes[i].block));
		json_object_set_new(n, "message", json_string(doc->notes[i].message));
		json_array_append_new(notes, n);
	}
	json_object_set_new(root, "sections", secs);
	json_object_set_new(root, "blocks", blocks);
	json_object_set_new(root, "items", items);
	json_object_set_new(root, "notes", notes);
	return root;
}

void
ehc_dump_json(FILE *out, const struct ehc_doc *doc)
{
	json_t *root = dump_object(doc);
	json_dumpf(root, out, JSON_INDENT(1) | JSON_PRESERVE_ORDER);
	fputc('\n', out);
	json_decref(root);
}

static void
print_escaped(FILE *out, const char *s, size_t n, size_t max)
{
	for (size_t i = 0; i < n && i < max; i++) {
		if (s[i] == '\t')
			fputs(" | ", out);
		else if (s[i] == '\n')
			fputs(" / ", out);
		else
			fputc(s[i], out);
	}
	if (n > max)
		fputs("…", out);
}

void
ehc_dump_text(FILE *out, const struct ehc_doc *doc)
{
	fprintf(out, "%s\n\nsections:\n", doc->path);
	for (int s = 0; s < EHC_SEC_COUNT; s++) {
		const struct ehc_section *sec = &doc->sections[s];
		if (!ehc_sec_statutory((enum ehc_sec)s))
			continue;
		if (!sec->present) {
			fprintf(out, "  %-3s (not found)\n", ehc_sec_id(sec->id));
			continue;
		}
		fprintf(out, "  %-3s blocks %d-%d%s%s%s  %s\n", ehc_sec_id(sec->id), sec->first_block,
			sec->last_block, sec->empty ? " (empty)" : "",
			sec->not_applicable ? " (not applicable)" : "",
			sec->no_needs ? " (no needs)" : "", sec->title ? sec->title : "");
	}
	fputs("\nblocks:\n", out);
	for (size_t i = 0; i < doc->nblocks; i++) {
		const struct ehc_block *b = &doc->blocks[i];
		const char *sid = ehc_sec_id(b->section);
		fprintf(out, "%5d %-5s %-3s %s%s", b->n, b->kind == EHC_BLOCK_ROW ? "row" : "para",
			sid ? sid : "-", b->heading ? "# " : "", b->label ? b->label : "");
		if (b->label)
			fputc(' ', out);
		print_escaped(out, b->text, b->len, 100);
		fputc('\n', out);
	}
	fputs("\nitems:\n", out);
	for (size_t i = 0; i < doc->nitems; i++) {
		const struct ehc_item *it = &doc->items[i];
		fprintf(out, "  %s%d blocks %d-%d: ", ehc_sec_id(it->section), it->n, it->first_block,
			it->last_block);
		print_escaped(out, it->text ? it->text : "", it->len, 100);
		fputc('\n', out);
	}
	for (size_t i = 0; i < doc->nnotes; i++)
		fprintf(out, "note: block %d: %s\n", doc->notes[i].block, doc->notes[i].message);
}
