/* SPDX-License-Identifier: MIT */
/*
 * segment: headings in every form the layout knows, the traps, tables whose columns are
 * sections, items, status (empty, not applicable, absent) and order. Documents are built from
 * C literals, one table row per case; no DOCX needed.
 */
#include <check.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model.h"
#include "segment/segment.h"
#include "util/arena.h"

enum {
	BOLD = 1 << 0,
	CAPS = 1 << 1,
	SHADED = 1 << 2, /* rows: every cell shaded */
	ROW = 1 << 3,    /* a table row: cells split at '\t' */
	SPAN = 1 << 4,   /* rows: the one cell spans the 5-column grid */
	HDR = 1 << 5,    /* rows: w:tblHeader */
	LIST = 1 << 6,   /* numbered list paragraph (num_id, level) */
	BULLET = 1 << 7, /* bulleted list paragraph */
};

struct bspec {
	const char *text;
	unsigned flags;
	const char *style;
	const char *label;
	int num_id, level, table;
};

#define H1(t) { t, 0, "Heading 1", NULL, 0, 0, 0 }
#define P(t) { t, 0, NULL, NULL, 0, 0, 0 }
#define B(t) { t, BOLD, NULL, NULL, 0, 0, 0 }
#define NUM(t, id, lvl) { t, LIST, NULL, "1.", id, lvl, 0 }
#define BUL(t, id, lvl) { t, BULLET, NULL, "\xE2\x80\xA2", id, lvl, 0 }
#define BAND(t, tb) { t, ROW | SPAN | SHADED, NULL, NULL, 0, 0, tb }
#define CELL(t, tb) { t, ROW | SPAN, NULL, NULL, 0, 0, tb }
#define TR(t, tb) { t, ROW, NULL, NULL, 0, 0, tb }
#define TH(t, tb) { t, ROW | HDR | SHADED, NULL, NULL, 0, 0, tb }
#define TS(t, tb) { t, ROW | SHADED, NULL, NULL, 0, 0, tb }

static struct ehc_layout *layout;

static void
load_layout(void)
{
	const char *dir = getenv("EHCLINT_RULES_DIR");
	char path[1024];
	snprintf(path, sizeof path, "%s/sections.yml", dir ? dir : "rules");
	struct ehc_error err;
	if (ehc_layout_load(path, &layout, &err) != 0) {
		char msg[1200];
		ehc_error_format(&err, msg, sizeof msg);
		fprintf(stderr, "%s\n", msg);
		abort();
	}
}

static void
add_cells(struct ehc_doc *doc, struct ehc_block *b, const struct bspec *s)
{
	size_t n = 1;
	for (const char *p = s->text; *p; p++)
		n += *p == '\t';
	b->cells = ehc_arena_alloc(doc->arena, n * sizeof *b->cells);
	b->ncells = n;
	b->grid_cols = (s->flags & SPAN) ? 5 : (int)n;
	size_t start = 0;
	for (size_t i = 0; i < n; i++) {
		const char *tab = strchr(s->text + start, '\t');
		size_t len = tab ? (size_t)(tab - s->text - start) : strlen(s->text + start);
		b->cells[i] = (struct ehc_cell){ .start = start, .len = len, .col = (int)i,
						  .span = (s->flags & SPAN) ? 5 : 1,
						  .shaded = (s->flags & SHADED) != 0,
						  .section = EHC_SEC_NONE };
		start += len + 1;
	}
}

static struct ehc_doc *
build(const struct bspec *specs)
{
	struct ehc_doc *doc = ehc_doc_new("test");
	int row = 0, table = 0;
	for (const struct bspec *s = specs; s->text; s++) {
		struct ehc_block *b =
			ehc_doc_add_block(doc, (s->flags & ROW) ? EHC_BLOCK_ROW : EHC_BLOCK_PARAGRAPH);
		b->text = ehc_arena_strdup(doc->arena, s->text);
		b->len = strlen(s->text);
		b->style = s->style;
		b->outline = s->style && strncmp(s->style, "Heading", 7) == 0 ? 1 : 0;
		b->label = s->label;
		b->bold = (s->flags & BOLD) != 0;
		b->caps = (s->flags & CAPS) != 0;
		b->shaded = (s->flags & SHADED) != 0;
		if (s->flags & (LIST | BULLET)) {
			b->num_id = s->num_id;
			b->list_level = s->level;
		}
		if (s->flags & ROW) {
			row = s->table == table ? row + 1 : 1;
			table = s->table;
			b->table = s->table;
			b->row = row;
			b->header_row = (s->flags & HDR) != 0;
			add_cells(doc, b, s);
		}
	}
	return doc;
}

/* "front A A B back": the section of each block, in order. */
static void
check_blocks(const struct ehc_doc *doc, const char *want, const char *name)
{
	char buf[512];
	snprintf(buf, sizeof buf, "%s", want);
	size_t i = 0;
	for (char *tok = strtok(buf, " "); tok; tok = strtok(NULL, " "), i++) {
		ck_assert_msg(i < doc->nblocks, "%s: more sections than blocks", name);
		const char *got = ehc_sec_id(doc->blocks[i].section);
		ck_assert_msg(got && strcmp(got, tok) == 0, "%s: block %zu is %s, want %s", name,
			      i + 1, got ? got : "none", tok);
	}
	ck_assert_msg(i == doc->nblocks, "%s: %zu blocks, %zu sections given", name, doc->nblocks,
		      i);
}

static int
items_in(const struct ehc_doc *doc, enum ehc_sec s)
{
	int n = 0;
	for (size_t i = 0; i < doc->nitems; i++)
		n += doc->items[i].section == s;
	return n;
}

/* "E=2 F=0 K:empty J:na D:absent": item counts and section status. */
static void
check_status(const struct ehc_doc *doc, const char *want, const char *name)
{
	char buf[256];
	snprintf(buf, sizeof buf, "%s", want ? want : "");
	for (char *tok = strtok(buf, " "); tok; tok = strtok(NULL, " ")) {
		char *sep = strpbrk(tok, "=:");
		ck_assert_ptr_nonnull(sep);
		char kind = *sep;
		*sep = '\0';
		enum ehc_sec s = ehc_sec_parse(tok);
		const struct ehc_section *sec = &doc->sections[s];
		if (kind == '=')
			ck_assert_msg(items_in(doc, s) == atoi(sep + 1), "%s: %s has %d items, want %s",
				      name, tok, items_in(doc, s), sep + 1);
		else if (strcmp(sep + 1, "empty") == 0)
			ck_assert_msg(sec->present && sec->empty, "%s: %s not empty", name, tok);
		else if (strcmp(sep + 1, "na") == 0)
			ck_assert_msg(sec->present && sec->not_applicable, "%s: %s not n/a", name, tok);
		else if (strcmp(sep + 1, "absent") == 0)
			ck_assert_msg(!sec->present, "%s: %s present", name, tok);
		else if (strcmp(sep + 1, "present") == 0)
			ck_assert_msg(sec->present && !sec->empty && !sec->not_applicable,
				      "%s: %s not present with content", name, tok);
	}
}

struct seg_case {
	const char *name;
	struct bspec blocks[20];
	const char *sections; /* per block */
	const char *status;
};

static const struct seg_case cases[] = {
	{ "heading style, Section X: title",
	  { P("EHC plan"), H1("Section A: Views, interests and aspirations"), P("I like art."),
	    H1("Section B: Special educational needs"), P("Sam has SLCN."),
	    H1("Section C: Health needs"), P("Not applicable.") },
	  "front A A B B C C", "A:present C:na D:absent" },
	{ "bold, E. long title",
	  { B("D. The child's social care needs"), P("None known."),
	    B("E. The outcomes sought for the child"), P("Sam will read 20 words."),
	    B("F. The special educational provision"), P("Daily reading with a TA."),
	    B("G. Health provision"), P("N/A") },
	  "D D E E F F G G", "E=1 F=1 G=0 G:na" },
	{ "en dash, caps formatting, E: short",
	  { B("Section A \xE2\x80\x93 Views"), P("x"),
	    { "Section B \xE2\x80\x93 Needs", CAPS, NULL, NULL, 0, 0, 0 }, P("y"),
	    B("E: Outcomes"), P("Sam will count to 20."), B("F: Provision"), P("z") },
	  "A A B B E E F F", "E=1" },
	{ "SECTION E: OUTCOMES in capitals",
	  { H1("SECTION A: VIEWS"), P("x"), H1("SECTION B: NEEDS"), P("y"),
	    H1("SECTION E: OUTCOMES"), P("Sam will swim 10 metres.") },
	  "A A B B E E", "E=1" },
	{ "Section E alone, title in the next paragraph",
	  { H1("Section A"), P("The views, interests and aspirations of Sam"), P("I like dogs."),
	    H1("Section B"), P("Sam's special educational needs"), P("Sam has ASD."),
	    H1("Section J"), P("Not applicable."), H1("Section K"),
	    P("Advice and information gathered"), P("Signed on behalf of the council:"),
	    P("Name: A Officer") },
	  "A A A B B B J J K K back back", "A:present B:present J:na K:empty" },
	{ "H split, Part, numbering label",
	  { H1("Part A - Views"), P("x"), H1("Part B - Needs"), P("y"),
	    { "Outcomes", 0, NULL, "Section E:", 3, 0, 0 }, P("Sam will dress himself."),
	    H1("Section H1: Social care provision (CSDPA)"), P("Respite 1 night a month."),
	    H1("Section H2: Other social care provision"), P("No social care provision is required.") },
	  "A A B B E E H1 H1 H2 H2", "H1=1 H2=0 H:absent E=1" },
	{ "one big table with shaded full-width rows",
	  { BAND("Section A\nThe views of the child", 1), CELL("I like art.", 1),
	    BAND("Section B\nThe child's needs", 1),
	    CELL("Sam's needs are below.\nSection F below sets out the provision.", 1),
	    BAND("Section E\nThe outcomes sought", 1), TH("Outcome\tSteps\tBy when", 1),
	    TR("Sam will read 50 words.\tRead 10 words.\tJuly 2026", 1),
	    TR("Sam will write his name.\tTrace it.\tJuly 2026", 1),
	    BAND("Section F\nProvision", 1), CELL("F1. Daily reading.\nF2. Weekly SALT.", 1) },
	  "A A B B E E E E F F", "E=2 F=2" },
	{ "title fall-backs without letters",
	  { B("ALL ABOUT ME"), P("I like trains."), B("MY NEEDS"), P("Sam has dyslexia."),
	    B("OUTCOMES"), P("Sam will read."), B("SPECIAL EDUCATIONAL PROVISION"),
	    P("Reading daily."), B("PLACEMENT"), P("Hill School") },
	  "A A B B E E F F I I", "E=1 F=1 C:absent" },
	{ "combined headings",
	  { H1("Section A: Views"), P("x"), H1("Section B: Needs"), P("y"),
	    H1("Sections E and F: outcomes and provision"), P("Sam will read."),
	    H1("Section H1/H2 \xE2\x80\x93 Social care provision"), P("Respite.") },
	  "A A B B E E H1 H1", "E:present F:present H1:present H2:present" },
	{ "heading-like body text is not a heading",
	  { H1("Section A: Views"), P("x"), H1("Section B: Needs"),
	    P("Section B should be read alongside the professional advice listed in Section K."),
	    P("Section F below sets out the provision that will meet each of the needs."),
	    H1("Section C: Health"), P("z") },
	  "A A B B B C C", "B:present" },
	{ "appendix after the signature",
	  { H1("Section A: Views"), P("x"), H1("Section B: Needs"), P("y"),
	    H1("Section K: Advice"), P("EP advice."), P("Signed on behalf of the council:"),
	    B("Appendix A: Summary of professional advice"), P("The EP noted..."),
	    B("Section A: Advice summary"), P("more") },
	  "A A B B K K back back back back back", "K:present" },
	{ "non-alphabetical order",
	  { H1("Section A: Views"), P("x"), H1("Section E: Outcomes"), P("Sam will read."),
	    H1("Section B: Needs"), P("y"), H1("Section F: Provision"), P("z"),
	    B("Section B: a bold afterthought"), P("w") },
	  "A A E E B B F F F F", "E=1 F:present" },
	{ "column table: Needs (B) | Outcomes (E) | Provision (F)",
	  { H1("Section A: Views"), P("x"), H1("Sections B, E and F"),
	    TH("Needs (B)\tOutcomes (E)\tProvision (F)", 2),
	    TR("Reading\tSam will read 50 words.\tDaily phonics.", 2),
	    TR("Maths\tSam will count to 100.\tWeekly maths group.", 2),
	    H1("Section I: Placement"), P("Hill School") },
	  "A A B B B B I I", "E=2 F=2 B:present E:present F:present" },
	{ "list items with steps and areas",
	  { H1("Section A: Views"), P("x"), H1("Section B: Needs"), P("y"),
	    H1("Section E: Outcomes"), P("Outcomes link to Section F."),
	    B("Communication and interaction"),
	    NUM("Sam will ask for help.", 7, 0), P("Steps towards this outcome:"),
	    BUL("Use a help card.", 8, 0), BUL("Say 'help'.", 8, 0),
	    NUM("Sam will greet a peer.", 7, 0), B("Cognition and learning"),
	    NUM("Sam will read 50 words.", 9, 0), NUM("Sam will count to 20.", 9, 0) },
	  "A A B B E E E E E E E E E E E", "E=4" },
	{ "plain-paragraph outcomes whose bullets are only their small steps",
	  { H1("Section A: Views"), P("x"), H1("Section B: Needs"), P("y"),
	    H1("Section E: Outcomes"), B("Communication and language"),
	    P("By July 2026, Teddy will use 20 signs to ask for things."),
	    P("Small steps towards this:"), BUL("Teddy signs 'more' at snack time.", 4, 0),
	    BUL("Teddy signs 10 words unprompted.", 4, 0), BUL("Teddy waves goodbye.", 4, 0),
	    P("Teddy will settle better at nursery."), B("Physical development"),
	    P("By March 2026, Teddy will climb 4 steps holding one hand."),
	    P("Small steps towards this:"), BUL("Teddy climbs 2 soft-play steps.", 5, 0) },
	  "A A B B E E E E E E E E E E E E", "E=3" },
	{ "typed titles with labelled paragraphs, and a closing remark after the last item",
	  { H1("Section A: Views"), P("x"), H1("Section B: Needs"), P("y"),
	    H1("Section E: Outcomes"), P("Outcome 1 \xE2\x80\x93 Communication and interaction"),
	    P("Target: By July 2026, Rosa will use 2-word phrases."),
	    P("Success criteria: Rosa uses a 2-word phrase in 4 of 5 sessions."),
	    P("Outcome 2 \xE2\x80\x93 Independence"), P("Target: Rosa will put on her coat."),
	    H1("Section F: Provision"), P("F1. Daily reading with a TA, 20 minutes."),
	    P("F2. Weekly speech and language therapy, 30 minutes."),
	    P("All provision in this section is funded from the school's budget.") },
	  "A A B B E E E E E E F F F F", "E=2 F=2" },
	{ "H written with its two parts, and items numbered for each part",
	  { H1("Section A: Views"), P("x"), H1("Section B: Needs"), P("y"),
	    H1("Section H (H1 and H2)"),
	    P("H1.1 A short breaks worker, 3 hours every other Saturday."),
	    P("H2.1 A social worker visit every half term, 1 hour."),
	    H1("Section I (Placement)"), P("Hill School") },
	  "A A B B H1 H1 H2 I I", "H1=1 H2=1 H1:present H2:present H:absent" },
	{ "the letter in one cell of a shaded row and the title in the next",
	  { TS("A\tViews, interests and aspirations", 2), TR("What Sam said\tI like trains.", 2),
	    TS("B\tSpecial educational needs", 2), TR("Reading\tSam reads 20 words.", 2),
	    TS("E\tOutcomes", 2), TR("Reading\tBy July 2027 Sam will read 50 words.", 2) },
	  "A A B B E E", "A:present B:present E:present" },
	{ "the title first and the letter after it, in plain paragraphs",
	  { P("Dear Mr and Mrs Osei,"), P("What you and Amara told us (section A)"), P("I like school."),
	    P("What Amara finds hard (section B)"), P("Amara does not talk at school."),
	    P("What we want Amara to achieve (section E)"), P("By July 2027 Amara will say 5 words.") },
	  "front A A B B E E", "E=1 A:present B:present" },
	{ "a combined heading whose paragraphs name their part",
	  { H1("Section A: Views"), P("x"), H1("Sections B, E and F \xE2\x80\x93 needs, outcomes and provision"),
	    P("Need 1\tRuby cannot read 12-point print."),
	    P("Outcome 1.1\tBy July 2027 Ruby will set up her laptop's zoom on her own."),
	    P("Provision 1.1a\tA QTVI will teach Ruby the zoom settings, 30 minutes weekly."),
	    H1("Section C: Health needs"), P("Ruby has nystagmus.") },
	  "A A B B E F C C", "E=1 F=1 B:present E:present F:present" },
	{ "not applicable with one short sentence saying why",
	  { H1("Section A: Views"), P("x"), H1("Section B: Needs"), P("y"),
	    H1("Section H1: Social care provision (CSDPA)"), P("Not applicable."),
	    P("Oliver is 18, so his social care is arranged under the Care Act 2014 and set out in H2."),
	    H1("Section H2: Other social care provision"), P("A personal assistant, 3 hours a week."),
	    H1("Section J: Personal budget"),
	    P("Oliver receives a direct payment for his personal assistant. No personal budget has been requested for F.") },
	  "A A B B H1 H1 H1 H2 H2 J J", "H1:na H2:present J:present" },
	{ "typed numbers",
	  { H1("Section A: Views"), P("x"), H1("Section B: Needs"), P("y"),
	    H1("Section E: Outcomes"), P("(1) Sam will read."), P("Short-term steps:"),
	    BUL("Read 10 words.", 3, 0), P("Outcome 2: Sam will write."), P("E3 Sam will swim."),
	    H1("Section F: Provision"), P("F1. Daily reading."), P("F2. Weekly SALT."),
	    H1("Section H: Social care"), P("H1.2. Respite.") },
	  "A A B B E E E E E E F F F H H", "E=3 F=2 H=1" },
	{ "combined heading over Outcome | Provision, and a Section column",
	  { H1("Section A: Views"), P("x"), H1("Section B: Needs"), P("y"),
	    H1("Sections E and F: Outcomes and provision"), TH("Outcome\tProvision", 3),
	    TR("Sam will read 50 words.\tDaily phonics with a TA.", 3),
	    H1("Section H1/H2 \xE2\x80\x93 Social care provision"),
	    TH("Section\tProvision\tHow often", 4), TR("H1\tShort breaks\tMonthly", 4),
	    TR("H2\tFamily support\tWeekly", 4) },
	  "A A B B E E E H1 H1 H1 H2", "E=1 F=1 H1=1 H2=1 H2:present" },
	{ "placeholders, no-needs sentences and introductions",
	  { H1("Section A: Views"), P("x"), H1("Section B: Needs"), P("y"),
	    H1("Section E: Outcomes"), P("Each outcome describes what Sam will achieve."),
	    P("Sam will read 50 words by July 2026."),
	    H1("Section G: Health provision"), P("None identified."),
	    H1("Section I: Placement"), P("To be confirmed.") },
	  "A A B B E E E G G I I", "E=1 G=0 G:present I:na" },
	{ "a full-width cell of outcomes with lead-ins and steps",
	  { BAND("Section A: Views", 1), CELL("x", 1), BAND("Section B: Needs", 1), CELL("y", 1),
	    BAND("Section E: Outcomes", 1),
	    CELL("Sam will read 50 words aloud with 95% accuracy by July 2026.\n"
		 "Steps towards this outcome:\nRead 10 words.\nRead 25 words.\n"
		 "Sam will write a sentence with a capital letter and a full stop by July 2026.\n"
		 "Steps to get there:\nWrite his name.", 1) },
	  "A A B B E E", "E=2" },
	{ "no heading formatting at all",
	  { P("Section A: Views, interests and aspirations"), P("I like art."),
	    P("Section B: Special educational needs"),
	    P("Section B should be read alongside the advice in Section K of this plan."),
	    P("Section E: Outcomes"), P("Sam will read 50 words."), P("Section F"),
	    P("Daily phonics.") },
	  "A A B B E E F F", "E=1 F=1" },
	{ "a contents list before the headings",
	  { P("Section A: Views"), P("Section B: Needs"), P("Section E"),
	    H1("Section A: Views"), P("x"), H1("Section B: Needs"), P("y"),
	    H1("Section E: Outcomes"), P("Sam will read 50 words.") },
	  "front front front A A B B E E", "E=1" },
};

START_TEST(segment_cases)
{
	const struct seg_case *c = &cases[_i];
	struct ehc_doc *doc = build(c->blocks);
	ehc_segment(doc, layout);
	check_blocks(doc, c->sections, c->name);
	check_status(doc, c->status, c->name);
	ehc_doc_free(doc);
}
END_TEST

START_TEST(item_text_is_block_text)
{
	struct ehc_doc *doc = build(cases[13].blocks);
	ehc_segment(doc, layout);
	int multi = 0;
	for (size_t i = 0; i < doc->nitems; i++) {
		const struct ehc_item *it = &doc->items[i];
		const struct ehc_block *b = ehc_doc_block(doc, it->first_block);
		if (it->first_block == it->last_block && it->cell < 0)
			ck_assert_ptr_eq(it->text, b->text);
		else
			multi += strchr(it->text, '\n') != NULL;
		ck_assert_str_eq(it->area, i < 2 ? "Communication and interaction"
						 : "Cognition and learning");
	}
	ck_assert_int_eq(multi, 1);
	ck_assert_str_eq(doc->items[0].text,
			 "Sam will ask for help.\nSteps towards this outcome:\nUse a help card.\n"
			 "Say 'help'.");
	ehc_doc_free(doc);
}
END_TEST

START_TEST(table_columns_and_order)
{
	struct ehc_doc *doc = build(cases[6].blocks);
	ehc_segment(doc, layout);
	const struct ehc_item *it = &doc->items[0];
	ck_assert_int_eq(it->section, EHC_SEC_E);
	ck_assert_uint_eq(it->ncolumns, 3);
	ck_assert_str_eq(it->columns[2], "By when");
	ck_assert_str_eq(doc->items[2].text, "F1. Daily reading.");
	ck_assert_str_eq(doc->sections[EHC_SEC_A].title, "The views of the child");
	ck_assert_int_eq(doc->sections[EHC_SEC_E].order, 3);
	ck_assert_int_eq(doc->sections[EHC_SEC_E].heading_block, 5);
	ck_assert_int_eq(doc->sections[EHC_SEC_E].first_block, 6);
	ehc_doc_free(doc);

	doc = build(cases[11].blocks);
	ehc_segment(doc, layout);
	ck_assert_int_eq(doc->sections[EHC_SEC_E].order, 2);
	ck_assert_int_eq(doc->sections[EHC_SEC_B].order, 3);
	ck_assert_uint_ge(doc->nnotes, 1);
	ehc_doc_free(doc);
}
END_TEST

START_TEST(column_cells)
{
	struct ehc_doc *doc = build(cases[12].blocks);
	ehc_segment(doc, layout);
	const struct ehc_block *b = ehc_doc_block(doc, 5);
	ck_assert_int_eq(b->cells[0].section, EHC_SEC_B);
	ck_assert_int_eq(b->cells[1].section, EHC_SEC_E);
	ck_assert_int_eq(b->cells[2].section, EHC_SEC_F);
	ck_assert_str_eq(doc->items[0].text, "Sam will read 50 words.");
	ck_assert_int_eq(doc->items[0].cell, 1);
	ehc_doc_free(doc);
}
END_TEST

/* A shaded label row is a header in any section, so rules do not read it as an entry. */
START_TEST(header_rows_outside_item_sections)
{
	static const struct bspec blocks[] = {
		H1("Section A: Views"), P("x"), H1("Section K: Advice and information"),
		TS("Advice\tAuthor and role\tDate", 7),
		TR("Educational psychology advice\tDr Lee, educational psychologist\t3 March 2025", 7),
		TR("Advice\tMrs Khan, SENCo\t", 7), { NULL, 0, NULL, NULL, 0, 0, 0 },
	};
	struct ehc_doc *doc = build(blocks);
	ehc_segment(doc, layout);
	ck_assert(ehc_doc_block(doc, 4)->header_row);
	ck_assert(!ehc_doc_block(doc, 5)->header_row);
	ck_assert(!ehc_doc_block(doc, 6)->header_row); /* an entry with its date missing */
	ehc_doc_free(doc);
}
END_TEST

/* The labelled paragraphs join their outcome's item; the closing remark joins nothing. */
START_TEST(typed_items_keep_their_paragraphs)
{
	struct ehc_doc *doc = build(cases[15].blocks);
	ehc_segment(doc, layout);
	int e1 = -1, f2 = -1;
	for (size_t i = 0; i < doc->nitems; i++) {
		if (doc->items[i].section == EHC_SEC_E && doc->items[i].n == 1)
			e1 = (int)i;
		if (doc->items[i].section == EHC_SEC_F && doc->items[i].n == 2)
			f2 = (int)i;
	}
	ck_assert_int_ge(e1, 0);
	ck_assert_int_ge(f2, 0);
	ck_assert_int_eq(doc->items[e1].first_block, 6);
	ck_assert_int_eq(doc->items[e1].last_block, 8);
	ck_assert(strstr(doc->items[e1].text, "Success criteria"));
	ck_assert_int_eq(doc->items[f2].last_block, doc->items[f2].first_block);
	ehc_doc_free(doc);
}
END_TEST

START_TEST(subtitle_is_title)
{
	struct ehc_doc *doc = build(cases[4].blocks);
	ehc_segment(doc, layout);
	ck_assert_str_eq(doc->sections[EHC_SEC_B].title, "Sam's special educational needs");
	ck_assert(ehc_doc_block(doc, 2)->heading);
	ck_assert_int_eq(doc->sections[EHC_SEC_A].first_block, 3);
	ehc_doc_free(doc);
}
END_TEST

static const struct {
	const char *yaml;
	const char *want;
} bad_layouts[] = {
	{ "headngs: []\n", "did you mean 'headings'" },
	{ "limits: {heading_char: 3}\n", "did you mean 'heading_chars'" },
	{ "headings:\n  - pattern: '('\n", "pattern error at offset 1" },
	{ "headings:\n  - pattern: 'x(?<letters>a)'\n", "'letters' and 'title'" },
};

START_TEST(layout_errors)
{
	char path[] = "/tmp/ehc-seg-XXXXXX";
	int fd = mkstemp(path);
	ck_assert_int_ge(fd, 0);
	FILE *f = fdopen(fd, "w");
	fputs(bad_layouts[_i].yaml, f);
	fclose(f);
	struct ehc_layout *l = (struct ehc_layout *)1;
	struct ehc_error err;
	ck_assert_int_eq(ehc_layout_load(path, &l, &err), EHC_E_RULE);
	ck_assert_ptr_null(l);
	ck_assert_msg(strstr(err.message, bad_layouts[_i].want), "%s", err.message);
	ck_assert_int_gt(err.line, 0);
	remove(path);
}
END_TEST

static void *
segment_many(void *arg)
{
	(void)arg;
	for (int k = 0; k < 50; k++)
		for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
			struct ehc_doc *doc = build(cases[i].blocks);
			ehc_segment(doc, layout);
			ehc_doc_free(doc);
		}
	return NULL;
}

START_TEST(threads_share_layout)
{
	pthread_t t[4];
	for (int i = 0; i < 4; i++)
		ck_assert_int_eq(pthread_create(&t[i], NULL, segment_many, NULL), 0);
	for (int i = 0; i < 4; i++)
		pthread_join(t[i], NULL);
}
END_TEST

int
main(void)
{
	load_layout();
	Suite *s = suite_create("segment");
	TCase *tc = tcase_create("segment");
	tcase_add_loop_test(tc, segment_cases, 0, sizeof cases / sizeof *cases);
	tcase_add_test(tc, item_text_is_block_text);
	tcase_add_test(tc, table_columns_and_order);
	tcase_add_test(tc, column_cells);
	tcase_add_test(tc, subtitle_is_title);
	tcase_add_test(tc, header_rows_outside_item_sections);
	tcase_add_test(tc, typed_items_keep_their_paragraphs);
	tcase_add_loop_test(tc, layout_errors, 0, sizeof bad_layouts / sizeof *bad_layouts);
	tcase_add_test(tc, threads_share_layout);
	suite_add_tcase(s, tc);
	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	ehc_layout_free(layout);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
