/* SPDX-License-Identifier: MIT */
/* The model: ids, levels, criteria, and the ENTER/EXIT walk over sections, items, blocks. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "model.h"
#include "util/buf.h"
#include "ck-run.h"

static struct ehc_block *
para(struct ehc_doc *doc, enum ehc_sec s, const char *text)
{
	struct ehc_block *b = ehc_doc_add_block(doc, EHC_BLOCK_PARAGRAPH);
	b->text = text;
	b->len = strlen(text);
	b->section = s;
	return b;
}

static void
item(struct ehc_doc *doc, enum ehc_sec s, int n, int first, int last)
{
	struct ehc_item *it = ehc_doc_add_item(doc);
	it->section = s;
	it->n = n;
	it->first_block = first;
	it->last_block = last;
	it->text = doc->blocks[first - 1].text;
	it->len = doc->blocks[first - 1].len;
}

static void
present(struct ehc_doc *doc, enum ehc_sec s, int order)
{
	doc->sections[s].present = true;
	doc->sections[s].order = order;
}

/* A walk written as a string: D( S[E ( 2 3 ) 4 ] S[B 5 ] ) */
static char *
walk(const struct ehc_doc *doc)
{
	struct ehc_buf b = EHC_BUF_INIT;
	struct ehc_iter it;
	ehc_iter_init(&it, doc);
	for (enum ehc_event ev; (ev = ehc_iter_next(&it)) != EHC_EV_NONE;) {
		switch (ev) {
		case EHC_EV_DOC_ENTER: ehc_buf_puts(&b, "D("); break;
		case EHC_EV_SECTION_ENTER: ehc_buf_printf(&b, " %s[", ehc_sec_id(it.section->id)); break;
		case EHC_EV_ITEM_ENTER: ehc_buf_puts(&b, " ("); break;
		case EHC_EV_BLOCK: ehc_buf_printf(&b, " %d", it.block->n); break;
		case EHC_EV_ITEM_EXIT: ehc_buf_puts(&b, " )"); break;
		case EHC_EV_SECTION_EXIT: ehc_buf_puts(&b, " ]"); break;
		case EHC_EV_DOC_EXIT: ehc_buf_puts(&b, " )"); break;
		default: break;
		}
	}
	return ehc_buf_take(&b);
}

START_TEST(walk_follows_plan_order_and_items)
{
	struct ehc_doc *doc = ehc_doc_new("t.docx");
	para(doc, EHC_SEC_FRONT, "Title");
	para(doc, EHC_SEC_E, "Section E");        /* 2: heading */
	para(doc, EHC_SEC_E, "By July 2027 ...");  /* 3 */
	para(doc, EHC_SEC_E, "steps");             /* 4 */
	para(doc, EHC_SEC_E, "Outcome 2");         /* 5 */
	para(doc, EHC_SEC_B, "Section B");         /* 6: B after E, as Essex does */
	para(doc, EHC_SEC_BACK, "Signed");         /* 7 */
	present(doc, EHC_SEC_E, 1);
	present(doc, EHC_SEC_B, 2);
	item(doc, EHC_SEC_E, 1, 3, 4);
	item(doc, EHC_SEC_E, 2, 5, 5);
	char *got = walk(doc);
	ck_assert_str_eq(got, "D( front[ 1 ] E[ 2 ( 3 4 ) ( 5 ) ] B[ 6 ] back[ 7 ] )");
	free(got);
	ehc_doc_free(doc);
}
END_TEST

START_TEST(walk_visits_a_row_in_each_of_its_sections)
{
	struct ehc_doc *doc = ehc_doc_new("t.docx");
	struct ehc_block *b = para(doc, EHC_SEC_B, "need\toutcome\tprovision");
	b->kind = EHC_BLOCK_ROW;
	static struct ehc_cell cells[3] = {
		{ .start = 0, .len = 4, .section = EHC_SEC_B },
		{ .start = 5, .len = 7, .section = EHC_SEC_E },
		{ .start = 13, .len = 9, .section = EHC_SEC_F },
	};
	b->cells = cells;
	b->ncells = 3;
	present(doc, EHC_SEC_B, 1);
	present(doc, EHC_SEC_E, 2);
	present(doc, EHC_SEC_F, 3);
	struct ehc_item *it = ehc_doc_add_item(doc);
	it->section = EHC_SEC_E;
	it->n = 1;
	it->first_block = it->last_block = 1;
	it->cell = 1;
	char *got = walk(doc);
	ck_assert_str_eq(got, "D( B[ 1 ] E[ ( 1 ) ] F[ 1 ] )");
	free(got);
	ck_assert_str_eq(ehc_cell_text(doc, b, 2), "provision");
	ck_assert_str_eq(ehc_cell_text(doc, b, 9), "");
	ehc_doc_free(doc);
}
END_TEST

START_TEST(walk_enters_each_item_that_shares_a_block)
{
	struct ehc_doc *doc = ehc_doc_new("t.docx");
	para(doc, EHC_SEC_F, "Section F");
	para(doc, EHC_SEC_F, "line one\nline two\nline three");
	para(doc, EHC_SEC_F, "after");
	present(doc, EHC_SEC_F, 1);
	item(doc, EHC_SEC_F, 1, 2, 2);
	item(doc, EHC_SEC_F, 2, 2, 2);
	item(doc, EHC_SEC_F, 3, 2, 3);
	char *got = walk(doc);
	ck_assert_str_eq(got, "D( F[ 1 ( 2 ) ( 2 ) ( 2 3 ) ] )");
	free(got);
	ehc_doc_free(doc);
}
END_TEST

START_TEST(empty_doc_walks_to_the_end)
{
	struct ehc_doc *doc = ehc_doc_new(NULL);
	char *got = walk(doc);
	ck_assert_str_eq(got, "D( )");
	free(got);
	ehc_doc_free(doc);
}
END_TEST

static const struct {
	const char *id;
	enum ehc_sec sec;
} sec_cases[] = {
	{ "A", EHC_SEC_A }, { "h1", EHC_SEC_H1 }, { "H", EHC_SEC_H }, { "K", EHC_SEC_K },
	{ "front", EHC_SEC_FRONT }, { "Z", EHC_SEC_NONE }, { NULL, EHC_SEC_NONE },
};

START_TEST(section_ids_round_trip)
{
	ck_assert_int_eq(ehc_sec_parse(sec_cases[_i].id), sec_cases[_i].sec);
	if (sec_cases[_i].sec != EHC_SEC_NONE)
		ck_assert_int_eq(ehc_sec_parse(ehc_sec_id(sec_cases[_i].sec)), sec_cases[_i].sec);
}
END_TEST

START_TEST(levels_and_criteria_parse)
{
	ck_assert_int_eq(ehc_level_parse("Warning"), EHC_LEVEL_WARNING);
	ck_assert_int_eq(ehc_level_parse("fatal"), -1);
	ck_assert_str_eq(ehc_level_name(EHC_LEVEL_ERROR), "error");
	ck_assert_uint_eq(ehc_criterion_parse("time-bound"), EHC_CRIT_TIME_BOUND);
	ck_assert_uint_eq(ehc_criterion_parse("who"), EHC_CRIT_WHO);
	ck_assert_uint_eq(ehc_criterion_parse("timely"), 0);
	ck_assert_str_eq(ehc_criterion_name(EHC_CRIT_EXPERTISE), "expertise");
	ck_assert(ehc_sec_statutory(EHC_SEC_H2));
	ck_assert(!ehc_sec_statutory(EHC_SEC_BACK));
}
END_TEST

START_TEST(blocks_number_themselves_and_notes_copy)
{
	struct ehc_doc *doc = ehc_doc_new("x");
	for (int i = 0; i < 50; i++)
		para(doc, EHC_SEC_NONE, "p");
	ck_assert_int_eq(ehc_doc_block(doc, 50)->n, 50);
	ck_assert_ptr_null(ehc_doc_block(doc, 51));
	ck_assert_ptr_null(ehc_doc_block(doc, 0));
	char msg[] = "altChunk part word/afchunk.htm ignored";
	ehc_doc_note(doc, 3, "%s", msg);
	msg[0] = 'X';
	ck_assert_str_eq(doc->notes[0].message, "altChunk part word/afchunk.htm ignored");
	ehc_doc_free(doc);
}
END_TEST

int
main(void)
{
	Suite *s = suite_create("model");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, walk_follows_plan_order_and_items);
	tcase_add_test(tc, walk_visits_a_row_in_each_of_its_sections);
	tcase_add_test(tc, walk_enters_each_item_that_shares_a_block);
	tcase_add_test(tc, empty_doc_walks_to_the_end);
	tcase_add_loop_test(tc, section_ids_round_trip, 0, sizeof sec_cases / sizeof *sec_cases);
	tcase_add_test(tc, levels_and_criteria_parse);
	tcase_add_test(tc, blocks_number_themselves_and_notes_copy);
	suite_add_tcase(s, tc);
	return ehc_ck_run(s);
}
