/* SPDX-License-Identifier: MIT */
/*
 * Corpus segmentation: loads every plan of each directory given, segments it and checks it
 * against its sidecar (plan.json, schema ehc-plan-truth/1): each section present unless its
 * status is "missing", and each statement's text inside a block or item of its own section.
 * The matching mirrors shared/tools/score_corpus.py --segmentation-only. Prints per-plan and
 * total figures; exits 0 at 100%, 1 below, 77 when a directory is absent (skipped).
 *
 * Usage: segcorpus SECTIONS.yml DIR...
 *        segcorpus --dump SECTIONS.yml PLAN   (blocks, cells, sections and items, for debugging)
 */
#include <ctype.h>
#include <dirent.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "load/load.h"
#include "model.h"
#include "segment/segment.h"
#include "util/buf.h"

struct tally {
	int sec_ok, sec_all, st_ok, st_all, stat_ok, stat_all, plans, unread;
};

/* Replacements of score_corpus.py's norm(). */
static const struct {
	const char *from, *to;
} norm_map[] = {
	{ "\xE2\x80\x98", "'" }, { "\xE2\x80\x99", "'" }, { "\xE2\x80\x9C", "\"" },
	{ "\xE2\x80\x9D", "\"" }, { "\xE2\x80\x93", "-" }, { "\xE2\x80\x94", "-" },
	{ "\xC2\xA0", " " },     { "\xC3\x97", "x" },
};

static bool
strip_marker(const char *s, size_t *skip)
{
	size_t i = 0;
	if (strncmp(s, "\xE2\x80\xA2", 3) == 0)
		i = 3;
	else if (*s == '-' || *s == '*')
		i = 1;
	else {
		i = *s == '(';
		size_t k = 0;
		while (k < 3 && (isdigit((unsigned char)s[i + k]) || islower((unsigned char)s[i + k])))
			k++;
		if (k == 0 || (s[i + k] != '.' && s[i + k] != ')'))
			return false;
		i += k + 1;
	}
	if (s[i] != ' ')
		return false;
	while (s[i] == ' ')
		i++;
	*skip = i;
	return true;
}

/* Normalised copy of 's' (free it): quotes, dashes, spaces, case, a leading list marker. */
static char *
norm(const char *s)
{
	struct ehc_buf b = EHC_BUF_INIT;
	bool space = false;
	while (*s) {
		size_t k, n = 0;
		for (k = 0; k < sizeof norm_map / sizeof *norm_map; k++)
			if (strncmp(s, norm_map[k].from, n = strlen(norm_map[k].from)) == 0)
				break;
		const char *piece = k < sizeof norm_map / sizeof *norm_map ? norm_map[k].to : NULL;
		if (!piece)
			n = 1;
		char c = piece ? piece[0] : *s;
		if (isspace((unsigned char)c)) {
			space = b.len > 0;
		} else {
			if (space)
				ehc_buf_putc(&b, ' ');
			space = false;
			ehc_buf_putc(&b, (char)tolower((unsigned char)c));
		}
		s += n;
	}
	char *out = b.data ? ehc_buf_take(&b) : calloc(1, 1);
	size_t skip;
	if (strip_marker(out, &skip))
		memmove(out, out + skip, strlen(out + skip) + 1);
	return out;
}

static bool
overlaps(const char *cand, const char *text)
{
	char *t = norm(text);
	bool hit = *t && (strstr(t, cand) || (strlen(t) >= 15 && strstr(cand, t)));
	free(t);
	return hit;
}

static bool
same_section(const char *want, enum ehc_sec got)
{
	const char *g = ehc_sec_id(got);
	if (!g)
		return false;
	if (strcmp(want, g) == 0)
		return true;
	return (strcmp(want, "H") == 0 && (got == EHC_SEC_H1 || got == EHC_SEC_H2)) ||
	       (got == EHC_SEC_H && (strcmp(want, "H1") == 0 || strcmp(want, "H2") == 0));
}

static bool
located(const struct ehc_doc *doc, const char *sec, const char *text)
{
	char *c = norm(text);
	bool hit = false;
	for (size_t i = 0; *c && !hit && i < doc->nblocks; i++)
		hit = same_section(sec, doc->blocks[i].section) && overlaps(c, doc->blocks[i].text);
	for (size_t i = 0; *c && !hit && i < doc->nitems; i++)
		hit = same_section(sec, doc->items[i].section) && overlaps(c, doc->items[i].text);
	free(c);
	return hit;
}

static bool
found(const struct ehc_doc *doc, const char *id)
{
	enum ehc_sec s = ehc_sec_parse(id);
	if (s != EHC_SEC_NONE && doc->sections[s].present)
		return true;
	return s == EHC_SEC_H && (doc->sections[EHC_SEC_H1].present ||
				  doc->sections[EHC_SEC_H2].present);
}

/* The sidecar status against present, empty and not_applicable (stricter than the scorer). */
static bool
status_right(const struct ehc_doc *doc, const char *id, const char *status)
{
	enum ehc_sec s = ehc_sec_parse(id);
	if (s == EHC_SEC_NONE || !status)
		return false;
	const struct ehc_section *x = &doc->sections[s];
	if (strcmp(status, "missing") == 0)
		return !found(doc, id);
	if (!x->present)
		return s == EHC_SEC_H && found(doc, id);
	if (strcmp(status, "empty") == 0)
		return x->empty;
	if (strcmp(status, "not_applicable") == 0)
		return x->not_applicable && !x->empty;
	return !x->empty && !x->not_applicable;
}

static void
check_sections(const struct ehc_doc *doc, json_t *truth, const char *name, struct tally *t,
	       int *ok)
{
	size_t i;
	json_t *s;
	json_array_foreach(json_object_get(truth, "sections"), i, s) {
		const char *id = json_string_value(json_object_get(s, "id"));
		const char *status = json_string_value(json_object_get(s, "status"));
		bool want = !status || strcmp(status, "missing") != 0;
		t->sec_all++;
		t->stat_all++;
		if (id && status_right(doc, id, status))
			t->stat_ok++;
		else
			printf("  %s: section %s status is not %s\n", name, id ? id : "?",
			       status ? status : "?");
		if (id && found(doc, id) == want) {
			t->sec_ok++;
			(*ok)++;
		} else {
			printf("  %s: section %s (%s) %s\n", name, id ? id : "?", status ? status : "?",
			       want ? "not found" : "found but absent");
		}
	}
}

static int
check_statements(const struct ehc_doc *doc, json_t *truth, const char *name, struct tally *t)
{
	size_t i;
	json_t *st;
	int ok = 0;
	json_array_foreach(json_object_get(truth, "statements"), i, st) {
		const char *sec = json_string_value(json_object_get(st, "section"));
		const char *text = json_string_value(json_object_get(st, "text"));
		t->st_all++;
		if (sec && text && located(doc, sec, text)) {
			t->st_ok++;
			ok++;
		} else {
			printf("  %s: statement %s not found in section %s\n", name,
			       json_string_value(json_object_get(st, "id")), sec ? sec : "?");
		}
	}
	return ok;
}

static void
check_plan(const char *docx, const char *sidecar, const struct ehc_layout *l, struct tally *t)
{
	const char *name = strrchr(docx, '/') ? strrchr(docx, '/') + 1 : docx;
	json_error_t jerr;
	json_t *truth = json_load_file(sidecar, 0, &jerr);
	struct ehc_doc *doc = NULL;
	struct ehc_error err;
	if (!truth || ehc_load(docx, NULL, &doc, &err) != 0) {
		printf("%s: cannot read (%s)\n", name, truth ? err.message : jerr.text);
		t->unread++;
		json_decref(truth);
		return;
	}
	ehc_segment(doc, l);
	int sec_ok = 0, sec_before = t->sec_all, st_before = t->st_all;
	check_sections(doc, truth, name, t, &sec_ok);
	int st_ok = check_statements(doc, truth, name, t);
	printf("%s: sections %d/%d, statements %d/%d\n", name, sec_ok, t->sec_all - sec_before,
	       st_ok, t->st_all - st_before);
	t->plans++;
	ehc_doc_free(doc);
	json_decref(truth);
}

static int
by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The .docx files of 'dir' that have a .json sidecar, sorted; NULL-terminated. */
static char **
list_plans(const char *dir)
{
	DIR *d = opendir(dir);
	if (!d)
		return NULL;
	char **v = calloc(1, sizeof *v);
	size_t n = 0;
	for (struct dirent *e; (e = readdir(d));) {
		size_t len = strlen(e->d_name);
		if (len < 6 || strcmp(e->d_name + len - 5, ".docx") != 0)
			continue;
		v = realloc(v, (n + 2) * sizeof *v);
		size_t sz = strlen(dir) + len + 2;
		v[n] = malloc(sz);
		snprintf(v[n], sz, "%s/%s", dir, e->d_name);
		v[++n] = NULL;
	}
	closedir(d);
	qsort(v, n, sizeof *v, by_name);
	return v;
}

static void
run_dir(const char *dir, const struct ehc_layout *l, struct tally *t)
{
	char **plans = list_plans(dir);
	for (size_t i = 0; plans && plans[i]; i++) {
		char json[4096];
		snprintf(json, sizeof json, "%.*s.json", (int)(strlen(plans[i]) - 5), plans[i]);
		struct stat st;
		if (stat(json, &st) == 0)
			check_plan(plans[i], json, l, t);
		free(plans[i]);
	}
	free(plans);
}

static void
dump_block(const struct ehc_block *b)
{
	printf("%4d %-5s %-3s%s%s%s%s t%d r%d n%d/%d style=%s label=%s |%.*s|\n", b->n,
	       ehc_sec_id(b->section), b->kind == EHC_BLOCK_ROW ? "ROW" : "P",
	       b->heading ? " HEAD" : "", b->bold ? " B" : "", b->caps ? " CAPS" : "",
	       b->shaded ? " SHD" : "", b->table, b->row, b->num_id, b->list_level,
	       b->style ? b->style : "-", b->label ? b->label : "-", b->len > 100 ? 100 : (int)b->len,
	       b->text);
	for (size_t i = 0; b->kind == EHC_BLOCK_ROW && i < b->ncells; i++) {
		const struct ehc_cell *c = &b->cells[i];
		printf("        cell %zu col %d span %d/%d%s%s sec=%s |%.*s|\n", i, c->col, c->span,
		       b->grid_cols, c->shaded ? " SHD" : "", c->bold ? " B" : "",
		       c->section == EHC_SEC_NONE ? "-" : ehc_sec_id(c->section),
		       c->len > 80 ? 80 : (int)c->len, b->text + c->start);
	}
}

static int
dump(const char *yml, const char *plan)
{
	struct ehc_layout *l;
	struct ehc_doc *doc;
	struct ehc_error err;
	if (ehc_layout_load(yml, &l, &err) != 0 || ehc_load(plan, NULL, &doc, &err) != 0) {
		fprintf(stderr, "segcorpus: %s\n", err.message);
		return 2;
	}
	ehc_segment(doc, l);
	for (size_t i = 0; i < doc->nblocks; i++)
		dump_block(&doc->blocks[i]);
	for (int s = 0; s < EHC_SEC_COUNT; s++) {
		const struct ehc_section *x = &doc->sections[s];
		if (x->present)
			printf("section %s order %d heading %d blocks %d-%d%s%s title |%s|\n",
			       ehc_sec_id(x->id), x->order, x->heading_block, x->first_block,
			       x->last_block, x->empty ? " EMPTY" : "", x->not_applicable ? " N/A" : "",
			       x->title ? x->title : "");
	}
	for (size_t i = 0; i < doc->nitems; i++) {
		const struct ehc_item *it = &doc->items[i];
		printf("item %s%d blocks %d-%d cell %d area=%s cols=%zu |%.*s|\n", ehc_sec_id(it->section),
		       it->n, it->first_block, it->last_block, it->cell, it->area ? it->area : "-",
		       it->ncolumns, it->len > 90 ? 90 : (int)it->len, it->text);
	}
	for (size_t i = 0; i < doc->nnotes; i++)
		printf("note %d: %s\n", doc->notes[i].block, doc->notes[i].message);
	ehc_doc_free(doc);
	ehc_layout_free(l);
	return 0;
}

int
main(int argc, char **argv)
{
	if (argc == 4 && strcmp(argv[1], "--dump") == 0)
		return dump(argv[2], argv[3]);
	if (argc < 3) {
		fprintf(stderr, "usage: segcorpus SECTIONS.yml DIR...\n");
		return 2;
	}
	struct ehc_layout *l;
	struct ehc_error err;
	if (ehc_layout_load(argv[1], &l, &err) != 0) {
		fprintf(stderr, "segcorpus: %s\n", err.message);
		return 2;
	}
	struct tally t = { 0 };
	int missing = 0;
	for (int i = 2; i < argc; i++) {
		struct stat st;
		if (stat(argv[i], &st) != 0) {
			printf("segcorpus: %s is absent; skipped\n", argv[i]);
			missing++;
			continue;
		}
		run_dir(argv[i], l, &t);
	}
	ehc_layout_free(l);
	if (missing == argc - 2)
		return 77;
	printf("total: %d plans (%d unread), sections right %d/%d, statements located %d/%d, "
	       "status right %d/%d\n", t.plans, t.unread, t.sec_ok, t.sec_all, t.st_ok, t.st_all,
	       t.stat_ok, t.stat_all);
	bool all = t.sec_ok == t.sec_all && t.st_ok == t.st_all && t.stat_ok == t.stat_all;
	return all && !t.unread ? 0 : 1;
}
