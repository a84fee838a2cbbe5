/* SPDX-License-Identifier: MIT */
/* util: UTF-8, buffers, arena, YAML tree and its errors. Table-driven. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "util/arena.h"
#include "util/buf.h"
#include "util/utf8.h"
#include "util/xalloc.h"
#include "util/yaml.h"
#include "ck-run.h"

static const struct {
	unsigned cp;
	const char *utf8;
} utf8_cases[] = {
	{ 'A', "A" }, { 0xA0, "\xC2\xA0" }, { 0x2013, "\xE2\x80\x93" }, { 0x2612, "\xE2\x98\x92" },
	{ 0x1F600, "\xF0\x9F\x98\x80" }, { 0xD800, "\xEF\xBF\xBD" }, { 0x110000, "\xEF\xBF\xBD" },
};

START_TEST(utf8_round_trip)
{
	char out[4];
	size_t n = ehc_utf8_encode(utf8_cases[_i].cp, out);
	ck_assert_uint_eq(n, strlen(utf8_cases[_i].utf8));
	ck_assert_mem_eq(out, utf8_cases[_i].utf8, n);
	unsigned cp;
	ck_assert_uint_eq(ehc_utf8_decode(out, n, &cp), n);
	if (utf8_cases[_i].cp < 0xD800 || (utf8_cases[_i].cp > 0xDFFF && utf8_cases[_i].cp <= 0x10FFFF))
		ck_assert_uint_eq(cp, utf8_cases[_i].cp);
}
END_TEST

static const struct {
	const char *bytes;
	size_t used;
} bad_utf8[] = {
	{ "\x80", 1 },         /* lone continuation byte */
	{ "\xC0\xAF", 1 },     /* overlong '/' */
	{ "\xE2\x80", 1 },     /* truncated */
	{ "\xF5\x80\x80\x80", 1 }, /* beyond U+10FFFF */
};

START_TEST(utf8_invalid_is_replacement)
{
	unsigned cp;
	ck_assert_uint_eq(ehc_utf8_decode(bad_utf8[_i].bytes, strlen(bad_utf8[_i].bytes), &cp),
			  bad_utf8[_i].used);
	ck_assert_uint_eq(cp, 0xFFFD);
}
END_TEST

START_TEST(utf8_count_and_upper)
{
	ck_assert_uint_eq(ehc_utf8_count("a\xE2\x80\x93" "b", 5), 3);
	ck_assert_uint_eq(ehc_utf8_upper('q'), 'Q');
	ck_assert_uint_eq(ehc_utf8_upper(0x175), 0x174); /* ŵ -> Ŵ */
	ck_assert_uint_eq(ehc_utf8_upper(0xE9), 0xC9);   /* é -> É */
	ck_assert_uint_eq(ehc_utf8_upper(0xF7), 0xF7);   /* ÷ stays */
	ck_assert_uint_eq(ehc_utf8_upper(0x3B1), 0x391); /* α -> Α */
}
END_TEST

START_TEST(buf_grows_and_formats)
{
	struct ehc_buf b = EHC_BUF_INIT;
	ck_assert_str_eq(ehc_buf_str(&b), "");
	for (int i = 0; i < 1000; i++)
		ehc_buf_printf(&b, "%d,", i % 10);
	ck_assert_uint_eq(b.len, 2000);
	ehc_buf_clear(&b);
	ehc_buf_put_utf8(&b, 0x2022);
	ehc_buf_putc(&b, 'x');
	ck_assert_str_eq(ehc_buf_str(&b), "\xE2\x80\xA2x");
	char *taken = ehc_buf_take(&b);
	ck_assert_str_eq(taken, "\xE2\x80\xA2x");
	ck_assert_ptr_null(b.data);
	free(taken);
}
END_TEST

START_TEST(arena_allocates_large_and_small)
{
	struct ehc_arena *a = ehc_arena_new();
	char *big = ehc_arena_alloc(a, 1 << 20);
	big[(1 << 20) - 1] = 'x';
	char *s = ehc_arena_printf(a, "%s-%d", "sec", 5);
	ck_assert_str_eq(s, "sec-5");
	ck_assert_str_eq(ehc_arena_strndup(a, "abcdef", 3), "abc");
	ck_assert_ptr_null(ehc_arena_strdup(a, NULL));
	ck_assert_uint_ge(ehc_arena_used(a), 1 << 20);
	ehc_arena_free(a);
}
END_TEST

START_TEST(yaml_tree_has_positions)
{
	struct ehc_arena *a = ehc_arena_new();
	struct ehc_yaml *root;
	struct ehc_error err = { 0 };
	const char *text = "id: vague\nlevel: warning\nsections: [E, F]\nnested:\n  on: yes\n";
	ck_assert_int_eq(ehc_yaml_parse(text, strlen(text), "t.yml", a, &root, &err), 0);
	ck_assert_str_eq(ehc_yaml_str(ehc_yaml_get(root, "id")), "vague");
	const struct ehc_yaml *secs = ehc_yaml_get(root, "sections");
	ck_assert_int_eq(secs->type, EHC_YAML_SEQ);
	ck_assert_uint_eq(secs->n, 2);
	ck_assert_int_eq(secs->line, 3);
	ck_assert(ehc_yaml_bool(ehc_yaml_get(ehc_yaml_get(root, "nested"), "on"), false));
	ck_assert_ptr_null(ehc_yaml_get(root, "missing"));
	ehc_arena_free(a);
}
END_TEST

static const struct {
	const char *text, *want;
} yaml_errors[] = {
	{ "a: [1, 2\n", "t.yml:2:1:" },
	{ "a: &x 1\nb: *x\n", "aliases" },
	{ "id: x\nlevle: warning\n", "t.yml:2:1: unknown key 'levle' in a rule (did you mean 'level'?)" },
	{ "id: x\nzzzzzzzzzz: 1\n", "unknown key 'zzzzzzzzzz' in a rule" },
};

START_TEST(yaml_errors_name_the_place)
{
	static const char *const known[] = { "id", "level", "message", NULL };
	struct ehc_arena *a = ehc_arena_new();
	struct ehc_yaml *root = NULL;
	struct ehc_error err = { 0 };
	const char *text = yaml_errors[_i].text;
	int rc = ehc_yaml_parse(text, strlen(text), "t.yml", a, &root, &err);
	if (rc == 0)
		rc = ehc_yaml_check_keys(root, known, "t.yml", "a rule", 0, &err);
	ck_assert_int_eq(rc, EHC_E_RULE);
	char line[1200];
	ehc_error_format(&err, line, sizeof line);
	ck_assert_msg(strstr(line, yaml_errors[_i].want), "'%s' lacks '%s'", line, yaml_errors[_i].want);
	ehc_arena_free(a);
}
END_TEST

START_TEST(nearest_word_is_close_or_nothing)
{
	static const char *const words[] = { "sections", "level", "pattern", NULL };
	ck_assert_str_eq(ehc_nearest_word("secton", words), "sections");
	ck_assert_str_eq(ehc_nearest_word("patern", words), "pattern");
	ck_assert_ptr_null(ehc_nearest_word("qqqqqqqqqqqq", words));
}
END_TEST

START_TEST(xgrow_keeps_contents)
{
	int *v = NULL;
	size_t n = 0, cap = 0;
	for (int i = 0; i < 100; i++)
		*EHC_PUSH(v, n, cap) = i;
	ck_assert_uint_eq(n, 100);
	ck_assert_int_eq(v[99], 99);
	ck_assert_uint_ge(cap, 100);
	free(v);
}
END_TEST

static Suite *
util_suite(void)
{
	Suite *s = suite_create("util");
	TCase *tc = tcase_create("core");
	tcase_add_loop_test(tc, utf8_round_trip, 0, sizeof utf8_cases / sizeof *utf8_cases);
	tcase_add_loop_test(tc, utf8_invalid_is_replacement, 0, sizeof bad_utf8 / sizeof *bad_utf8);
	tcase_add_test(tc, utf8_count_and_upper);
	tcase_add_test(tc, buf_grows_and_formats);
	tcase_add_test(tc, arena_allocates_large_and_small);
	tcase_add_test(tc, yaml_tree_has_positions);
	tcase_add_loop_test(tc, yaml_errors_name_the_place, 0, sizeof yaml_errors / sizeof *yaml_errors);
	tcase_add_test(tc, nearest_word_is_close_or_nothing);
	tcase_add_test(tc, xgrow_keeps_contents);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	return ehc_ck_run(util_suite());
}
