/* SPDX-License-Identifier: MIT */
/* A small segmented and checked plan built from C literals, for reporter and score tests. */
#ifndef EHC_TEST_FIXTURE_H
#define EHC_TEST_FIXTURE_H

#include <string.h>

#include "model.h"

struct fx_block {
	enum ehc_sec sec;
	const char *text;
	bool heading;
	int item; /* item number in its section, 0 for none */
};

/* Front matter, A, B, E (two outcomes), F (two items, one in a row), K; no C, D, G-J. */
static const struct fx_block fx_blocks[] = {
	{ EHC_SEC_FRONT, "EHC plan for Sam “Sammy” O'Neil & family", false, 0 },
	{ EHC_SEC_A, "Section A: About me", true, 0 },
	{ EHC_SEC_A, "Sam likes trains <and> drawing.", false, 0 },
	{ EHC_SEC_B, "Section B: Special educational needs", true, 0 },
	{ EHC_SEC_B, "Sam has difficulty with reading.", false, 0 },
	{ EHC_SEC_E, "Section E: Outcomes", true, 0 },
	{ EHC_SEC_E, "By July 2026 Sam will read 50 words.", false, 1 },
	{ EHC_SEC_E, "Sam will improve his behaviour.", false, 2 },
	{ EHC_SEC_F, "Section F: Provision", true, 0 },
	{ EHC_SEC_F, "Access to a TA as appropriate.", false, 1 },
	{ EHC_SEC_F, "Speech therapy\t30 minutes weekly\tSpeech and language therapist", false, 2 },
	{ EHC_SEC_K, "Section K: Advice", true, 0 },
	{ EHC_SEC_K, "Advice from the EP, dated 3 March 2025.", false, 0 },
};

struct fx_finding {
	const char *rule;
	enum ehc_level level;
	int block, item;
	const char *words; /* located in the block text */
	const char *message, *suggestion;
	unsigned criteria;
};

static const struct fx_finding fx_findings[] = {
	{ "not-measurable", EHC_LEVEL_WARNING, 8, 2, "improve", "Outcome is not measurable.",
	  "Say what Sam will do, how well, by when.", EHC_CRIT_MEASURABLE },
	{ "not-time-bound", EHC_LEVEL_WARNING, 8, 2, NULL, "Outcome has no date.", NULL,
	  EHC_CRIT_TIME_BOUND },
	{ "vague-support", EHC_LEVEL_ERROR, 10, 1, "as appropriate", "“as appropriate” leaves the amount open.",
	  "State hours per week.", EHC_CRIT_FREQUENCY | EHC_CRIT_DURATION },
	{ "unexpanded-acronym", EHC_LEVEL_INFO, 10, 1, "TA", "Spell out 'TA' at first use.",
	  "teaching assistant (TA)", 0 },
	{ "unexpanded-acronym", EHC_LEVEL_INFO, 13, 0, "EP", "Spell out 'EP' at first use.", NULL, 0 },
	{ "section-missing", EHC_LEVEL_ERROR, 0, 0, NULL, "Section C (health needs) is missing.",
	  "Add a heading 'Section C'.", 0 },
};

static void
fx_sections(struct ehc_doc *doc)
{
	int order = 0;
	for (size_t i = 0; i < sizeof fx_blocks / sizeof *fx_blocks; i++) {
		struct ehc_section *s = &doc->sections[fx_blocks[i].sec];
		if (fx_blocks[i].heading) {
			s->present = true;
			s->title = strchr(fx_blocks[i].text, ':') + 2;
			s->heading_block = (int)i + 1;
			s->order = ++order;
		} else if (s->present) {
			s->first_block = s->first_block ? s->first_block : (int)i + 1;
			s->last_block = (int)i + 1;
		}
	}
}

static void
fx_item(struct ehc_doc *doc, const struct ehc_block *b, int n)
{
	struct ehc_item *it = ehc_doc_add_item(doc);
	it->n = n;
	it->section = b->section;
	it->first_block = it->last_block = b->n;
	it->cell = -1;
	it->text = b->text;
	it->len = b->len;
}

static void
fx_finding_add(struct ehc_doc *doc, const struct fx_finding *x)
{
	struct ehc_finding *f = ehc_doc_add_finding(doc);
	const struct ehc_block *b = x->block ? ehc_doc_block(doc, x->block) : NULL;
	f->rule_id = x->rule;
	f->level = x->level;
	f->section = b ? b->section : EHC_SEC_C;
	f->block = x->block;
	f->item = x->item;
	f->text = b ? b->text : "";
	f->text_len = b ? b->len : 0;
	const char *w = b && x->words ? strstr(b->text, x->words) : NULL;
	f->start = w ? (size_t)(w - b->text) : 0;
	f->end = w ? f->start + strlen(x->words) : 0;
	f->message = x->message;
	f->suggestion = x->suggestion;
	f->criteria = x->criteria;
}

/** The fixture plan; 'nfindings' of fx_findings are added (all when larger). */
static struct ehc_doc *
fx_doc(const char *path, size_t nfindings)
{
	struct ehc_doc *doc = ehc_doc_new(path);
	for (size_t i = 0; i < sizeof fx_blocks / sizeof *fx_blocks; i++) {
		struct ehc_block *b = ehc_doc_add_block(doc, EHC_BLOCK_PARAGRAPH);
		b->text = ehc_arena_strdup(doc->arena, fx_blocks[i].text);
		b->len = strlen(b->text);
		b->section = fx_blocks[i].sec;
		b->heading = fx_blocks[i].heading;
		b->outline = b->heading ? 1 : 0;
	}
	fx_sections(doc);
	for (size_t i = 0; i < sizeof fx_blocks / sizeof *fx_blocks; i++)
		if (fx_blocks[i].item)
			fx_item(doc, &doc->blocks[i], fx_blocks[i].item);
	for (size_t i = 0; i < nfindings && i < sizeof fx_findings / sizeof *fx_findings; i++)
		fx_finding_add(doc, &fx_findings[i]);
	return doc;
}

#endif
