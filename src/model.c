/* SPDX-License-Identifier: MIT */
/* The document model: construction, lookup and the ENTER/EXIT iterator. */
#include "model.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util/buf.h"
#include "util/xalloc.h"

static const char *const sec_ids[EHC_SEC_COUNT] = {
	[EHC_SEC_FRONT] = "front", [EHC_SEC_A] = "A",   [EHC_SEC_B] = "B",   [EHC_SEC_C] = "C",
	[EHC_SEC_D] = "D",         [EHC_SEC_E] = "E",   [EHC_SEC_F] = "F",   [EHC_SEC_G] = "G",
	[EHC_SEC_H] = "H",         [EHC_SEC_H1] = "H1", [EHC_SEC_H2] = "H2", [EHC_SEC_I] = "I",
	[EHC_SEC_J] = "J",         [EHC_SEC_K] = "K",   [EHC_SEC_BACK] = "back",
};

static const char *const level_names[EHC_LEVEL_COUNT] = {
	[EHC_LEVEL_INFO] = "info", [EHC_LEVEL_WARNING] = "warning", [EHC_LEVEL_ERROR] = "error",
};

static const struct {
	unsigned bit;
	const char *name;
} criteria[] = {
	{ EHC_CRIT_SPECIFIC, "specific" },     { EHC_CRIT_MEASURABLE, "measurable" },
	{ EHC_CRIT_ACHIEVABLE, "achievable" }, { EHC_CRIT_RELEVANT, "relevant" },
	{ EHC_CRIT_TIME_BOUND, "time-bound" }, { EHC_CRIT_WHAT, "what" },
	{ EHC_CRIT_FREQUENCY, "frequency" },   { EHC_CRIT_DURATION, "duration" },
	{ EHC_CRIT_GROUP, "group" },           { EHC_CRIT_WHO, "who" },
	{ EHC_CRIT_EXPERTISE, "expertise" },
};

unsigned
ehc_criterion_parse(const char *name)
{
	for (size_t i = 0; i < sizeof criteria / sizeof *criteria; i++)
		if (name && strcasecmp(name, criteria[i].name) == 0)
			return criteria[i].bit;
	return 0;
}

const char *
ehc_criterion_name(unsigned bit)
{
	for (size_t i = 0; i < sizeof criteria / sizeof *criteria; i++)
		if (criteria[i].bit == bit)
			return criteria[i].name;
	return NULL;
}

const char *
ehc_sec_id(enum ehc_sec s)
{
	return s > EHC_SEC_NONE && s < EHC_SEC_COUNT ? sec_ids[s] : NULL;
}

enum ehc_sec
ehc_sec_parse(const char *id)
{
	for (int s = 0; s < EHC_SEC_COUNT; s++)
		if (id && strcasecmp(id, sec_ids[s]) == 0)
			return (enum ehc_sec)s;
	return EHC_SEC_NONE;
}

bool
ehc_sec_statutory(enum ehc_sec s)
{
	return s >= EHC_SEC_A && s <= EHC_SEC_K;
}

const char *
ehc_level_name(enum ehc_level l)
{
	return l >= 0 && l < EHC_LEVEL_COUNT ? level_names[l] : "?";
}

int
ehc_level_parse(const char *name)
{
	for (int l = 0; l < EHC_LEVEL_COUNT; l++)
		if (name && strcasecmp(name, level_names[l]) == 0)
			return l;
	return -1;
}

struct ehc_doc *
ehc_doc_new(const char *path)
{
	struct ehc_doc *doc = xcalloc(1, sizeof *doc);
	doc->arena = ehc_arena_new();
	doc->path = ehc_arena_strdup(doc->arena, path ? path : "");
	for (int s = 0; s < EHC_SEC_COUNT; s++)
		doc->sections[s].id = (enum ehc_sec)s;
	return doc;
}

void
ehc_doc_free(struct ehc_doc *doc)
{
	if (!doc)
		return;
	free(doc->blocks);
	free(doc->comments);
	free(doc->notes);
	free(doc->items);
	free(doc->findings);
	ehc_arena_free(doc->arena);
	free(doc);
}

struct ehc_block *
ehc_doc_add_block(struct ehc_doc *doc, enum ehc_block_kind kind)
{
	struct ehc_block *b = EHC_PUSH(doc->blocks, doc->nblocks, doc->blocks_cap);
	memset(b, 0, sizeof *b);
	b->n = (int)doc->nblocks;
	b->kind = kind;
	b->text = "";
	b->list_level = -1;
	b->section = EHC_SEC_NONE;
	return b;
}

struct ehc_block *
ehc_doc_block(const struct ehc_doc *doc, int n)
{
	return n >= 1 && (size_t)n <= doc->nblocks ? &doc->blocks[n - 1] : NULL;
}

void
ehc_doc_note(struct ehc_doc *doc, int block, const char *fmt, ...)
{
	struct ehc_buf b = EHC_BUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	ehc_buf_vprintf(&b, fmt, ap);
	va_end(ap);
	struct ehc_note *note = EHC_PUSH(doc->notes, doc->nnotes, doc->notes_cap);
	note->block = block;
	note->message = ehc_arena_strndup(doc->arena, ehc_buf_str(&b), b.len);
	ehc_buf_fini(&b);
}

struct ehc_item *
ehc_doc_add_item(struct ehc_doc *doc)
{
	struct ehc_item *it = EHC_PUSH(doc->items, doc->nitems, doc->items_cap);
	memset(it, 0, sizeof *it);
	it->cell = -1;
	it->section = EHC_SEC_NONE;
	return it;
}

struct ehc_finding *
ehc_doc_add_finding(struct ehc_doc *doc)
{
	struct ehc_finding *f = EHC_PUSH(doc->findings, doc->nfindings, doc->findings_cap);
	memset(f, 0, sizeof *f);
	f->section = EHC_SEC_NONE;
	f->text = "";
	return f;
}

const char *
ehc_cell_text(const struct ehc_doc *doc, const struct ehc_block *b, size_t i)
{
	if (i >= b->ncells)
		return "";
	return ehc_arena_strndup(doc->arena, b->text + b->cells[i].start, b->cells[i].len);
}

/* ---- iterator ---- */

enum { ST_START, ST_SECTION, ST_IN_SECTION, ST_DONE };

bool
ehc_block_in(const struct ehc_block *b, enum ehc_sec s)
{
	if (b->section == s)
		return true;
	for (size_t i = 0; i < b->ncells; i++)
		if (b->cells[i].section == s)
			return true;
	return false;
}

static void
sort_sections(struct ehc_iter *it)
{
	/* insertion sort: at most EHC_SEC_COUNT entries */
	for (int i = 1; i < it->nsec; i++)
		for (int j = i; j > 0 && it->doc->sections[it->order[j - 1]].order >
					 it->doc->sections[it->order[j]].order; j--) {
			int t = it->order[j];
			it->order[j] = it->order[j - 1];
			it->order[j - 1] = t;
		}
}

void
ehc_iter_init(struct ehc_iter *it, const struct ehc_doc *doc)
{
	memset(it, 0, sizeof *it);
	it->doc = doc;
	it->state = ST_START;
	bool has[EHC_SEC_COUNT] = { 0 };
	for (size_t i = 0; i < doc->nblocks; i++)
		if (doc->blocks[i].section == EHC_SEC_FRONT || doc->blocks[i].section == EHC_SEC_BACK)
			has[doc->blocks[i].section] = true;
	for (int s = 0; s < EHC_SEC_COUNT; s++) {
		const struct ehc_section *sec = &doc->sections[s];
		if (sec->present || has[s])
			it->order[it->nsec++] = s;
	}
	sort_sections(it);
	/* FRONT first and BACK last whatever their 'order' */
	for (int i = 0; i < it->nsec; i++)
		if (it->order[i] == EHC_SEC_FRONT && i > 0) {
			memmove(&it->order[1], &it->order[0], (size_t)i * sizeof(int));
			it->order[0] = EHC_SEC_FRONT;
		}
	for (int i = 0; i < it->nsec - 1; i++)
		if (it->order[i] == EHC_SEC_BACK) {
			memmove(&it->order[i], &it->order[i + 1], (size_t)(it->nsec - 1 - i) * sizeof(int));
			it->order[it->nsec - 1] = EHC_SEC_BACK;
			break;
		}
}

static const struct ehc_item *
item_at(const struct ehc_doc *doc, enum ehc_sec s, int n, size_t *from)
{
	for (size_t i = *from; i < doc->nitems; i++)
		if (doc->items[i].section == s && doc->items[i].first_block == n) {
			*from = i + 1;
			return &doc->items[i];
		}
	return NULL;
}

static const struct ehc_item *
next_item(const struct ehc_doc *doc, enum ehc_sec s, size_t from)
{
	for (size_t i = from; i < doc->nitems; i++)
		if (doc->items[i].section == s)
			return &doc->items[i];
	return NULL;
}

static enum ehc_event
exit_item(struct ehc_iter *it)
{
	/* Several items can share a block (the lines of one full-width cell): walk it again. */
	const struct ehc_item *next = next_item(it->doc, it->section->id, it->ii);
	if (next && next->first_block <= it->item->last_block && next->first_block >= 1)
		it->bi = (size_t)next->first_block - 1;
	it->item = NULL;
	it->block = NULL;
	return it->ev = EHC_EV_ITEM_EXIT;
}

static enum ehc_event
step_section(struct ehc_iter *it)
{
	const struct ehc_doc *doc = it->doc;
	enum ehc_sec s = it->section->id;
	if (it->item && it->block && it->block->n >= it->item->last_block)
		return exit_item(it);
	while (it->bi < doc->nblocks && !ehc_block_in(&doc->blocks[it->bi], s))
		it->bi++;
	if (it->bi >= doc->nblocks) {
		if (it->item)
			return exit_item(it);
		it->state = ST_SECTION;
		it->si++;
		it->block = NULL;
		return it->ev = EHC_EV_SECTION_EXIT;
	}
	const struct ehc_block *b = &doc->blocks[it->bi];
	if (it->item && b->n > it->item->last_block)
		return exit_item(it);
	if (!it->item) {
		size_t from = it->ii;
		const struct ehc_item *item = item_at(doc, s, b->n, &from);
		if (item) {
			it->ii = from;
			it->item = item;
			it->block = NULL;
			return it->ev = EHC_EV_ITEM_ENTER;
		}
	}
	it->block = b;
	it->bi++;
	return it->ev = EHC_EV_BLOCK;
}

enum ehc_event
ehc_iter_next(struct ehc_iter *it)
{
	switch (it->state) {
	case ST_START:
		it->state = ST_SECTION;
		return it->ev = EHC_EV_DOC_ENTER;
	case ST_SECTION:
		if (it->si >= it->nsec) {
			it->state = ST_DONE;
			it->section = NULL;
			return it->ev = EHC_EV_DOC_EXIT;
		}
		it->section = &it->doc->sections[it->order[it->si]];
		it->bi = it->ii = 0;
		it->item = NULL;
		it->block = NULL;
		it->state = ST_IN_SECTION;
		return it->ev = EHC_EV_SECTION_ENTER;
	case ST_IN_SECTION:
		return step_section(it);
	default:
		return it->ev = EHC_EV_NONE;
	}
}
