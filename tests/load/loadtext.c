/* SPDX-License-Identifier: MIT */
/*
 * loadtext FILE: loads FILE with ehc_load() and prints the document as one JSON object
 * (blocks with text, label, style, cells...; comments; notes) for the Python conformance
 * tests. On failure prints "file: message" on stderr and exits 1. A test tool, not the CLI.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "load/load.h"

static void
put_str(const char *s, size_t n)
{
	putchar('"');
	for (size_t i = 0; s && i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '"' || c == '\\')
			printf("\\%c", c);
		else if (c == '\n')
			fputs("\\n", stdout);
		else if (c == '\t')
			fputs("\\t", stdout);
		else if (c < 0x20)
			printf("\\u%04x", c);
		else
			putchar(c);
	}
	putchar('"');
}

static void
put_cstr(const char *s)
{
	if (s)
		put_str(s, strlen(s));
	else
		fputs("null", stdout);
}

static void
put_cells(const struct ehc_block *b)
{
	fputs(", \"cells\": [", stdout);
	for (size_t i = 0; i < b->ncells; i++) {
		const struct ehc_cell *c = &b->cells[i];
		printf("%s{\"text\": ", i ? ", " : "");
		put_str(b->text + c->start, c->len);
		printf(", \"col\": %d, \"span\": %d, \"vmerge\": %s, \"shaded\": %s, \"bold\": %s}",
		       c->col, c->span, c->vmerge_cont ? "true" : "false",
		       c->shaded ? "true" : "false", c->bold ? "true" : "false");
	}
	putchar(']');
}

static void
put_block(const struct ehc_block *b)
{
	printf("{\"n\": %d, \"kind\": \"%s\", \"text\": ", b->n,
	       b->kind == EHC_BLOCK_ROW ? "row" : "paragraph");
	put_str(b->text, b->len);
	fputs(", \"label\": ", stdout);
	put_cstr(b->label);
	fputs(", \"style\": ", stdout);
	put_cstr(b->style);
	printf(", \"outline\": %d, \"num_id\": %d, \"list_level\": %d, \"bold\": %s, \"caps\": %s, "
	       "\"shaded\": %s, \"font_size\": %g, \"table\": %d, \"row\": %d, \"depth\": %d, "
	       "\"header_row\": %s, \"grid_cols\": %d",
	       b->outline, b->num_id, b->list_level, b->bold ? "true" : "false",
	       b->caps ? "true" : "false", b->shaded ? "true" : "false", (double)b->font_size,
	       b->table, b->row, b->depth, b->header_row ? "true" : "false", b->grid_cols);
	if (b->kind == EHC_BLOCK_ROW)
		put_cells(b);
	putchar('}');
}

static void
put_doc(const struct ehc_doc *doc)
{
	fputs("{\"file\": ", stdout);
	put_cstr(doc->path);
	fputs(", \"title\": ", stdout);
	put_cstr(doc->title);
	fputs(",\n\"blocks\": [\n", stdout);
	for (size_t i = 0; i < doc->nblocks; i++) {
		put_block(&doc->blocks[i]);
		fputs(i + 1 < doc->nblocks ? ",\n" : "\n", stdout);
	}
	fputs("],\n\"comments\": [", stdout);
	for (size_t i = 0; i < doc->ncomments; i++) {
		const struct ehc_comment *c = &doc->comments[i];
		fputs(i ? ",\n" : "\n", stdout);
		fputs("{\"author\": ", stdout);
		put_cstr(c->author);
		fputs(", \"text\": ", stdout);
		put_cstr(c->text);
		printf(", \"block\": %d, \"start\": %zu, \"end\": %zu, \"end_block\": %d}", c->block,
		       c->start, c->end, c->end_block);
	}
	fputs("],\n\"notes\": [", stdout);
	for (size_t i = 0; i < doc->nnotes; i++) {
		printf("%s{\"block\": %d, \"message\": ", i ? ",\n" : "\n", doc->notes[i].block);
		put_cstr(doc->notes[i].message);
		putchar('}');
	}
	fputs("]}\n", stdout);
}

int
main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: loadtext FILE\n");
		return 2;
	}
	struct ehc_doc *doc;
	struct ehc_error err = { 0 };
	if (ehc_load(argv[1], NULL, &doc, &err) != 0) {
		char msg[1200];
		ehc_error_format(&err, msg, sizeof msg);
		fprintf(stderr, "%s\n", msg);
		return 1;
	}
	put_doc(doc);
	ehc_doc_free(doc);
	return 0;
}
