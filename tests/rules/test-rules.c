/* SPDX-License-Identifier: MIT */
/*
 * rules: the default pack loads and every rule's good and bad examples behave; each kind on
 * C-literal models (table-driven); byte offsets survive normalisation; suppression, order and
 * threads; malformed rule files are refused at their exact file:line:col.
 */
#include <check.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "model.h"
#include "rules/rules.h"
#include "util/arena.h"
#include "ck-run.h"

static const char *
rules_dir(void)
{
	const char *d = getenv("EHCLINT_RULES_DIR");
	return d ? d : "rules";
}

static struct ehc_pack *
default_pack(void)
{
	struct ehc_pack *p = ehc_pack_new();
	struct ehc_error err;
	if (ehc_pack_load_dir(p, rules_dir(), &err) != 0) {
		char msg[1200];
		ehc_error_format(&err, msg, sizeof msg);
		ck_abort_msg("default pack: %s", msg);
	}
	return p;
}

/* ---- tiny models ---- */

struct blk {
	enum ehc_sec sec;
	const char *text;
	bool item;                /* also an item of its section */
	const char *const *cols;  /* header names, for a row item */
};

static struct ehc_doc *
mkdoc(const struct blk *b, size_t n)
{
	struct ehc_doc *doc = ehc_doc_new("test");
	int order = 0, items[EHC_SEC_COUNT] = { 0 };
	for (size_t i = 0; i < n; i++) {
		bool row = strchr(b[i].text, '\t') != NULL;
		struct ehc_block *blk = ehc_doc_add_block(doc, row ? EHC_BLOCK_ROW : EHC_BLOCK_PARAGRAPH);
		blk->text = ehc_arena_strdup(doc->arena, b[i].text);
		blk->len = strlen(b[i].text);
		blk->section = b[i].sec;
		struct ehc_section *s = &doc->sections[b[i].sec];
		if (!s->present) {
			s->present = true;
			s->order = ++order;
			s->first_block = blk->n;
		}
		s->last_block = blk->n;
		if (b[i].item) {
			struct ehc_item *it = ehc_doc_add_item(doc);
			it->n = ++items[b[i].sec];
			it->section = b[i].sec;
			it->first_block = it->last_block = blk->n;
			it->text = blk->text;
			it->len = blk->len;
			if (b[i].cols) {
				it->columns = b[i].cols;
				while (it->columns[it->ncolumns])
					it->ncolumns++;
			}
		}
	}
	return doc;
}

static time_t
day(int y, int m, int d)
{
	struct tm tm = { .tm_year = y - 1900, .tm_mon = m - 1, .tm_mday = d, .tm_hour = 12 };
	return timegm(&tm);
}

static size_t
count_rule(const struct ehc_doc *doc, const char *id, bool include_suppressed)
{
	size_t n = 0;
	for (size_t i = 0; i < doc->nfindings; i++)
		if (strcmp(doc->findings[i].rule_id, id) == 0 &&
		    (include_suppressed || !doc->findings[i].suppressed))
			n++;
	return n;
}

static const struct ehc_finding *
first_of(const struct ehc_doc *doc, const char *id)
{
	for (size_t i = 0; i < doc->nfindings; i++)
		if (strcmp(doc->findings[i].rule_id, id) == 0)
			return &doc->findings[i];
	return NULL;
}

/* ---- the default pack ---- */

static void
on_failure(const struct ehc_test_failure *f, void *ud)
{
	(void)ud;
	fprintf(stderr, "%s:%d: %s example %zu of %s: %zu findings (%s): %s\n",
		ehc_rule_file(f->rule), f->line, f->good ? "good" : "bad", f->index,
		ehc_rule_id(f->rule), f->nfindings, f->first_message ? f->first_message : "-",
		f->text);
}

START_TEST(default_pack_examples)
{
	struct ehc_pack *p = default_pack();
	struct ehc_test_result res;
	int rc = ehc_pack_test(p, NULL, on_failure, NULL, &res);
	fprintf(stderr, "rules test: %zu rules, %zu examples, %zu passed, %zu failed\n",
		ehc_pack_count(p), res.examples, res.passed, res.failed);
	ck_assert_int_eq(rc, 0);
	ck_assert_uint_eq(res.failed, 0);
	ck_assert_uint_eq(res.rules_without_examples, 0);
	ck_assert_uint_eq(res.rules_without_description, 0); /* local rules may have none */
	ck_assert_uint_ge(ehc_pack_count(p), 50);
	ehc_pack_free(p);
}
END_TEST

START_TEST(default_pack_rules_complete)
{
	struct ehc_pack *p = default_pack();
	static const char *const must[] = {
		"section-missing", "section-empty", "template-placeholder", "not-time-bound",
		"not-measurable", "outcome-is-provision", "no-frequency", "no-duration",
		"no-deliverer", "vague-deliverer", "no-qualification", "unspecified-group-size",
		"access-to", "as-needed", "hedge-word", "no-child-voice", "no-aspirations",
		"diagnosis-only-need", "advice-missing-statutory", "unexpanded-acronym",
		"review-overdue", "twenty-week-breach", NULL,
	};
	for (int i = 0; must[i]; i++)
		ck_assert_msg(ehc_pack_find(p, must[i]), "no rule %s", must[i]);
	for (size_t i = 0; i < ehc_pack_count(p); i++) {
		const struct ehc_rule *r = ehc_pack_rule(p, i);
		ck_assert_msg(ehc_rule_reference(r), "%s has no reference", ehc_rule_id(r));
		ck_assert(ehc_rule_message(r) && *ehc_rule_message(r));
	}
	ck_assert_uint_eq(ehc_rule_criteria(ehc_pack_find(p, "no-frequency")), EHC_CRIT_FREQUENCY);
	ck_assert_uint_eq(ehc_rule_criteria(ehc_pack_find(p, "not-time-bound")), EHC_CRIT_TIME_BOUND);
	ck_assert_int_eq(ehc_rule_level_in(ehc_pack_find(p, "section-empty"), EHC_SEC_D),
			 EHC_LEVEL_WARNING);
	ck_assert_int_eq(ehc_rule_level_in(ehc_pack_find(p, "section-empty"), EHC_SEC_F),
			 EHC_LEVEL_ERROR);
	ehc_pack_free(p);
}
END_TEST

/* ---- kinds, on C-literal models, one row per case ---- */

struct kind_case {
	const char *name;
	const char *rule;
	struct blk blocks[6];
	size_t nblocks;
	size_t want;         /* findings of 'rule' */
	const char *quoted;  /* the words at fault, or NULL */
};

static const char *const t5[] = { "Need", "Provision", "Frequency/Duration", "Delivered by",
				  "Outcome ref", NULL };

static const struct kind_case kind_cases[] = {
	/* existence: match, exception, once per item, month May */
	{ "access-to", "access-to", { { EHC_SEC_F, "Access to a quiet room.", true, NULL } }, 1, 1,
	  "Access to" },
	{ "wheelchair access", "access-to",
	  { { EHC_SEC_F, "Wheelchair access to all rooms, checked termly by the site manager.", true, NULL } },
	  1, 0, NULL },
	{ "once per item", "hedge-word",
	  { { EHC_SEC_F, "Sam may need help. He might also need a break. It should be daily.", true, NULL } },
	  1, 1, "may" },
	{ "May is a month", "outcome-hedge-word",
	  { { EHC_SEC_E, "By May 2026 Sam will read 50 words.", true, NULL } }, 1, 0, NULL },
	{ "shoulders", "hedge-word",
	  { { EHC_SEC_F, "Massage of his shoulders, 10 minutes daily, by the OT.", true, NULL } }, 1, 0, NULL },
	{ "up to date", "up-to-quantity",
	  { { EHC_SEC_F, "Keep the provision map up to date each term (SENCo).", true, NULL } }, 1, 0, NULL },
	{ "up to N hours", "up-to-quantity",
	  { { EHC_SEC_F, "Up to 3 hours of tuition a week.", true, NULL } }, 1, 1, "Up to 3 hours" },
	/* requirement: whole row, column, 'when' */
	{ "no frequency", "no-frequency",
	  { { EHC_SEC_F, "A 40-minute session with the counsellor.", true, NULL } }, 1, 1, NULL },
	{ "frequency in its column", "no-frequency",
	  { { EHC_SEC_F, "Reading\tPaired reading\tDaily, 20 minutes\tA TA\t1", true, t5 } }, 1, 0,
	  NULL },
	{ "empty frequency column", "no-frequency",
	  { { EHC_SEC_F, "Reading\tPaired reading, daily\t-\tA TA\t1", true, t5 } }, 1, 1, "-" },
	{ "deliverer in its column", "no-deliverer",
	  { { EHC_SEC_F, "Reading\tPaired reading\tDaily, 20 minutes\tA TA\t1", true, t5 } }, 1, 0,
	  NULL },
	{ "empty deliverer column", "no-deliverer",
	  { { EHC_SEC_F, "Reading\tReading with the TA\tDaily, 20 minutes\t\t1", true, t5 } }, 1, 1,
	  NULL },
	{ "small group", "unspecified-group-size",
	  { { EHC_SEC_F, "Small group phonics, 20 minutes daily, with a TA.", true, NULL } }, 1, 1,
	  "Small group" },
	{ "group of 4", "unspecified-group-size",
	  { { EHC_SEC_F, "Small group phonics (4 pupils), 20 minutes daily, with a TA.", true, NULL } }, 1,
	  0, NULL },
	{ "time-bound", "not-time-bound",
	  { { EHC_SEC_E, "Sam will read 50 words independently.", true, NULL } }, 1, 1, NULL },
	/* structure */
	{ "section missing", "section-missing",
	  { { EHC_SEC_A, "I like trains.", false, NULL }, { EHC_SEC_B, "Sam finds reading hard.", false, NULL } }, 2, 10, NULL },
	{ "not applicable", "section-not-applicable", { { EHC_SEC_F, "N/A", false, NULL } }, 1, 1, "N/A" },
	/* readability and acronyms */
	{ "long sentence", "long-sentence",
	  { { EHC_SEC_B, "one two three four five six seven eight nine ten eleven twelve thirteen "
			 "fourteen fifteen sixteen seventeen eighteen nineteen twenty twenty-one "
			 "twenty-two twenty-three twenty-four twenty-five twenty-six.", false, NULL } },
	  1, 1, NULL },
	{ "acronym spelt out", "unexpanded-acronym",
	  { { EHC_SEC_B, "Sam has attention deficit hyperactivity disorder (ADHD).", false, NULL },
	    { EHC_SEC_C, "His ADHD is treated.", false, NULL } },
	  2, 0, NULL },
	{ "acronym not spelt out", "unexpanded-acronym",
	  { { EHC_SEC_B, "Sam has ADHD.", false, NULL }, { EHC_SEC_C, "His ADHD is treated.", false, NULL } }, 2, 1, "ADHD" },
	/* dates */
	{ "review overdue", "review-overdue",
	  { { EHC_SEC_FRONT, "Date of last annual review\t3 June 2024", false, NULL } }, 1, 1, "3 June 2024" },
	{ "review in time", "review-overdue",
	  { { EHC_SEC_FRONT, "Date of last annual review: 03/06/2025", false, NULL } }, 1, 0, NULL },
	{ "twenty weeks", "twenty-week-breach",
	  { { EHC_SEC_FRONT, "Date request received: 01/09/2024", false, NULL },
	    { EHC_SEC_FRONT, "Date final plan issued: 01/04/2025", false, NULL } },
	  2, 1, NULL },
};

START_TEST(kinds)
{
	static struct ehc_pack *p;
	if (!p)
		p = default_pack();
	const struct kind_case *c = &kind_cases[_i];
	struct ehc_doc *doc = mkdoc(c->blocks, c->nblocks);
	struct ehc_check_opts o = { .as_of = day(2025, 9, 1), .honour_disable = true };
	ehc_pack_check(p, doc, &o);
	size_t n = count_rule(doc, c->rule, false);
	ck_assert_msg(n == c->want, "%s: %s gave %zu findings, want %zu", c->name, c->rule, n,
		      c->want);
	const struct ehc_finding *f = first_of(doc, c->rule);
	if (c->quoted) {
		ck_assert_msg(f->end - f->start == strlen(c->quoted) &&
				      !memcmp(f->text + f->start, c->quoted, strlen(c->quoted)),
			      "%s: quoted '%.*s'", c->name, (int)(f->end - f->start),
			      f->text + f->start);
	}
	if (f) {
		ck_assert(f->message && *f->message && !strstr(f->message, "{match}"));
		ck_assert_ptr_eq(f->rule, ehc_pack_find(p, c->rule));
	}
	ehc_doc_free(doc);
}
END_TEST

/* ---- offsets, findings, suppression, order ---- */

START_TEST(offsets_survive_normalisation)
{
	struct ehc_pack *p = default_pack();
	/* curly quote, en dash, NBSP before the words at fault: offsets are into the original */
	const char *text = "\xE2\x80\x98Sam\xE2\x80\x99s\xC2\xA0\xC2\xA0programme \xE2\x80\x93 "
			   "1\xC3\x97 weekly, as\xC2\xA0required, with the TA.";
	struct blk b[] = { { EHC_SEC_F, text, true, NULL } };
	struct ehc_doc *doc = mkdoc(b, 1);
	struct ehc_check_opts o = { .as_of = day(2025, 9, 1), .honour_disable = true };
	ehc_pack_check(p, doc, &o);
	const struct ehc_finding *f = first_of(doc, "as-needed");
	ck_assert_ptr_nonnull(f);
	ck_assert_ptr_eq(f->text, doc->items[0].text);
	ck_assert_int_eq(f->item, 1);
	ck_assert_int_eq(f->block, 1);
	ck_assert_int_eq(f->section, EHC_SEC_F);
	ck_assert_int_eq(f->level, EHC_LEVEL_WARNING);
	ck_assert_int_eq(memcmp(f->text + f->start, "as\xC2\xA0required", f->end - f->start), 0);
	ck_assert_uint_eq(f->end - f->start, strlen("as\xC2\xA0required"));
	ck_assert(strstr(f->message, "as\xC2\xA0required") || strstr(f->message, "as"));
	ck_assert_uint_eq(f->criteria, EHC_CRIT_FREQUENCY);
	ehc_doc_free(doc);
	ehc_pack_free(p);
}
END_TEST

START_TEST(findings_ordered)
{
	struct ehc_pack *p = default_pack();
	struct blk b[] = { { EHC_SEC_E, "Sam will improve his reading.", true, NULL },
			   { EHC_SEC_F, "Regular support from staff as appropriate.", true, NULL } };
	struct ehc_doc *doc = mkdoc(b, 2);
	struct ehc_check_opts o = { .as_of = day(2025, 9, 1), .honour_disable = true };
	ehc_pack_check(p, doc, &o);
	ck_assert_uint_gt(doc->nfindings, 4);
	for (size_t i = 1; i < doc->nfindings; i++) {
		const struct ehc_finding *a = &doc->findings[i - 1], *c = &doc->findings[i];
		ck_assert(a->block < c->block || (a->block == c->block && a->start <= c->start));
	}
	ehc_doc_free(doc);
	ehc_pack_free(p);
}
END_TEST

START_TEST(disable_comment)
{
	struct ehc_pack *p = default_pack();
	struct blk b[] = { { EHC_SEC_F, "Access to a laptop, as required.", true, NULL } };
	for (int honour = 0; honour <= 1; honour++) {
		struct ehc_doc *doc = mkdoc(b, 1);
		struct ehc_comment c = { "QA lead", "ehclint-disable access-to, as-needed: agreed "
						    "with the family at review", 1, 0, 5, 1 };
		doc->comments = malloc(sizeof c);
		doc->comments[0] = c;
		doc->ncomments = doc->comments_cap = 1;
		struct ehc_check_opts o = { .as_of = day(2025, 9, 1), .honour_disable = honour };
		ehc_pack_check(p, doc, &o);
		ck_assert_uint_eq(count_rule(doc, "access-to", true), 1);
		ck_assert_uint_eq(count_rule(doc, "access-to", false), honour ? 0 : 1);
		ck_assert_uint_eq(count_rule(doc, "as-needed", false), honour ? 0 : 1);
		ck_assert_uint_ge(count_rule(doc, "no-deliverer", false), 1);
		ehc_doc_free(doc);
	}
	ehc_pack_free(p);
}
END_TEST

START_TEST(enable_and_level)
{
	struct ehc_pack *p = default_pack();
	struct ehc_error err;
	ck_assert_int_eq(ehc_pack_enable(p, "access-to", false, &err), 0);
	ck_assert_int_eq(ehc_pack_enable(p, "no-such-rule", false, &err), EHC_E_CONFIG);
	ck_assert_int_eq(ehc_pack_set_level(p, "as-needed", EHC_LEVEL_ERROR, &err), 0);
	struct blk b[] = { { EHC_SEC_F, "Access to a laptop, as required.", true, NULL } };
	struct ehc_doc *doc = mkdoc(b, 1);
	struct ehc_check_opts o = { .as_of = day(2025, 9, 1), .honour_disable = true };
	ehc_pack_check(p, doc, &o);
	ck_assert_uint_eq(count_rule(doc, "access-to", true), 0);
	ck_assert_int_eq(first_of(doc, "as-needed")->level, EHC_LEVEL_ERROR);
	ehc_doc_free(doc);
	ehc_pack_free(p);
}
END_TEST

/* ---- threads share one pack ---- */

static struct ehc_pack *shared_pack;

static void *
worker(void *arg)
{
	size_t *total = arg;
	for (int i = 0; i < 40; i++) {
		struct blk b[] = { { EHC_SEC_E, "Sam may improve his reading.", true, NULL },
				   { EHC_SEC_F, "Regular sessions, as needed, with staff.", true, NULL } };
		struct ehc_doc *doc = mkdoc(b, 2);
		struct ehc_check_opts o = { .as_of = day(2025, 9, 1), .honour_disable = true };
		ehc_pack_check(shared_pack, doc, &o);
		*total += doc->nfindings;
		ehc_doc_free(doc);
	}
	return NULL;
}

START_TEST(threads)
{
	shared_pack = default_pack();
	pthread_t t[4];
	size_t totals[4] = { 0 };
	for (int i = 0; i < 4; i++)
		pthread_create(&t[i], NULL, worker, &totals[i]);
	for (int i = 0; i < 4; i++)
		pthread_join(t[i], NULL);
	for (int i = 1; i < 4; i++)
		ck_assert_uint_eq(totals[i], totals[0]);
	ck_assert_uint_gt(totals[0], 0);
	ehc_pack_free(shared_pack);
}
END_TEST

START_TEST(pathological_input)
{
	struct ehc_pack *p = default_pack();
	size_t n = 200000;
	char *text = malloc(n + 1);
	for (size_t i = 0; i < n; i++)
		text[i] = i % 7 == 6 ? ' ' : (i % 97 == 0 ? '\xff' : 'a');
	text[n] = '\0';
	struct blk b[] = { { EHC_SEC_F, text, true, NULL }, { EHC_SEC_B, text, false, NULL } };
	struct ehc_doc *doc = mkdoc(b, 2);
	struct ehc_check_opts o = { .as_of = day(2025, 9, 1), .honour_disable = true };
	ehc_pack_check(p, doc, &o);
	for (size_t i = 0; i < doc->nfindings; i++)
		ck_assert(doc->findings[i].end <= doc->findings[i].text_len);
	ehc_doc_free(doc);
	free(text);
	ehc_pack_free(p);
}
END_TEST

/* ---- malformed rule files ---- */

struct bad_file {
	const char *yaml;
	const char *want; /* the message after "FILE:" */
};

static const struct bad_file bad_files[] = {
	{ "rules:\n  - id: x\n    kind: existence\n    mesage: 'm'\n    patterns: ['a']\n",
	  "4:5: unknown key 'mesage' in rule 'x' (existence) (did you mean 'message'?)" },
	{ "rules:\n  - id: x\n    kind: existance\n    message: m\n    patterns: ['a']\n",
	  "3:11: unknown rule kind 'existance' (did you mean 'existence'?)" },
	{ "rules:\n  - id: x\n    kind: existence\n    message: m\n    patterns: ['a(']\n",
	  "5:16: pattern error at offset 2 of the expanded pattern: missing closing parenthesis "
	  "('a(')" },
	{ "rules:\n  - id: x\n    kind: existence\n    message: m\n    patterns: ['{NOPE}']\n",
	  "5:16: unknown macro {NOPE} in pattern '{NOPE}'" },
	{ "rules:\n  - id: x\n    kind: existence\n    level: warn\n    message: m\n"
	  "    patterns: ['a']\n",
	  "4:12: unknown level 'warn' (did you mean 'warning'?)" },
	{ "rules:\n  - id: x\n    kind: existence\n    message: m\n    patterns: ['a']\n"
	  "  - id: x\n    kind: existence\n    message: m\n    patterns: ['b']\n",
	  "6:9: duplicate rule id 'x' (first defined at FILE:2)" },
	{ "rules:\n  - id: x\n    kind: existence\n    sections: [E, Q]\n    message: m\n"
	  "    patterns: ['a']\n",
	  "4:19: unknown section 'Q' (use A..K, H1, H2, front, back or all)" },
	{ "rules:\n  - id: x\n    kind: existence\n    message: 'Bad {mtach}'\n    patterns: ['a']\n",
	  "4:14: unknown placeholder {mtach} in 'message'" },
	{ "rules:\n  - id: x\n    kind: requirement\n    message: m\n",
	  "2:5: rule 'x' (requirement) needs 'requires'" },
	{ "rule:\n  - id: x\n", "1:1: unknown key 'rule' in a rule file (did you mean 'rules'?)" },
	{ "rules:\n  - id: x\n    kind: structure\n    check: presnt\n    message: m\n",
	  "4:12: unknown structure check 'presnt' (did you mean 'present'?)" },
	{ "rules:\n  - id: x\n    kind: existence\n    criterion: timely\n    message: m\n"
	  "    patterns: ['a']\n",
	  "4:16: unknown criterion 'timely' (specific, measurable, achievable, relevant, "
	  "time-bound, what, frequency, duration, group, who, expertise)" },
	{ "rules:\n  - id: x\n    kind: existence\n    message: m\n    patterns: ['a']\n"
	  "    examples: { good: ['x'], bda: ['y'] }\n",
	  "6:30: unknown key 'bda' in examples (did you mean 'bad'?)" },
};

START_TEST(malformed_files)
{
	const struct bad_file *c = &bad_files[_i];
	char path[] = "/tmp/ehc-rules-XXXXXX";
	int fd = mkstemp(path);
	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(write(fd, c->yaml, strlen(c->yaml)), (ssize_t)strlen(c->yaml));
	close(fd);
	struct ehc_pack *p = ehc_pack_new();
	struct ehc_error err;
	ck_assert_int_eq(ehc_pack_load_file(p, path, &err), EHC_E_RULE);
	char got[1400], want[1400];
	ehc_error_format(&err, got, sizeof got);
	const char *file = strstr(c->want, "FILE");
	if (file)
		snprintf(want, sizeof want, "%s:%.*s%s%s", path, (int)(file - c->want), c->want,
			 path, file + 4);
	else
		snprintf(want, sizeof want, "%s:%s", path, c->want);
	ck_assert_str_eq(got, want);
	ehc_pack_free(p);
	unlink(path);
}
END_TEST

START_TEST(macros_from_any_file)
{
	char dir[] = "/tmp/ehc-rdir-XXXXXX";
	ck_assert_ptr_nonnull(mkdtemp(dir));
	char a[600], b[600];
	snprintf(a, sizeof a, "%s/a.yml", dir);
	snprintf(b, sizeof b, "%s/z.yml", dir);
	FILE *f = fopen(a, "w");
	fputs("rules:\n  - id: local-word\n    kind: existence\n    sections: [F]\n"
	      "    message: \"Say '{match}' plainly\"\n    patterns: ['\\b{WOOLLY}\\b']\n"
	      "    examples: { bad: ['some fluff here'], good: ['plain words'] }\n", f);
	fclose(f);
	f = fopen(b, "w");
	fputs("macros:\n  WOOLLY: 'fluff|padding'\n", f);
	fclose(f);
	struct ehc_pack *p = ehc_pack_new();
	struct ehc_error err;
	ck_assert_int_eq(ehc_pack_load_dir(p, dir, &err), 0);
	struct ehc_test_result res;
	ck_assert_int_eq(ehc_pack_test(p, "local-word", NULL, NULL, &res), 0);
	ck_assert_uint_eq(res.passed, 2);
	ehc_pack_free(p);
	unlink(a);
	unlink(b);
	rmdir(dir);
}
END_TEST

/* The matcher skips patterns that cannot match (literal pairs absent) and guards word-start
 * patterns; neither may change a result: caseless matches of non-ASCII letters (the Kelvin sign
 * matches k, long s matches s), matches inside words, optional letters. */
START_TEST(prefilters_exact)
{
	char dir[] = "/tmp/ehc-pdir-XXXXXX";
	ck_assert_ptr_nonnull(mkdtemp(dir));
	char a[600];
	snprintf(a, sizeof a, "%s/p.yml", dir);
	FILE *f = fopen(a, "w");
	fputs("rules:\n"
	      "  - id: p-kelvin\n    kind: existence\n    sections: [F]\n    message: m\n"
	      "    patterns: ['\\bkick\\b', '\\bsoft\\s+toys?\\b']\n"
	      "    examples: { bad: ['a \xe2\x84\xaaick here', '\xc5\xbfoft toy', 'KICK'],"
	      " good: ['a kic k'] }\n"
	      "  - id: p-inside\n    kind: existence\n    sections: [F]\n    message: m\n"
	      "    patterns: ['\\d+\\s*times', 'colou?r']\n"
	      "    examples: { bad: ['x12 times', 'watercolor', 'discolour'], good: ['twelve times'] }\n"
	      "  - id: p-words\n    kind: requirement\n    sections: [F]\n    message: m\n"
	      "    requires: ['\\b(?:(?:his|her)\\s+)?(?:teacher|TA)s?\\b', '\\b(?:\\w+\\s+){0,2}team\\b']\n"
	      "    examples: { bad: ['Daily reading.', 'a teachery thing'],"
	      " good: ['her teachers', 'the autism outreach team', 'his TA'] }\n", f);
	fclose(f);
	struct ehc_pack *p = ehc_pack_new();
	struct ehc_error err;
	ck_assert_int_eq(ehc_pack_load_dir(p, dir, &err), 0);
	struct ehc_test_result res;
	ck_assert_int_eq(ehc_pack_test(p, NULL, on_failure, NULL, &res), 0);
	ck_assert_uint_eq(res.passed, 13);
	ck_assert_uint_eq(res.rules_without_description, 3);
	ehc_pack_free(p);
	unlink(a);
	rmdir(dir);
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("rules");
	TCase *tc = tcase_create("pack");
	tcase_set_timeout(tc, 300);
	tcase_add_test(tc, default_pack_examples);
	tcase_add_test(tc, default_pack_rules_complete);
	tcase_add_loop_test(tc, kinds, 0, sizeof kind_cases / sizeof *kind_cases);
	tcase_add_test(tc, offsets_survive_normalisation);
	tcase_add_test(tc, findings_ordered);
	tcase_add_test(tc, disable_comment);
	tcase_add_test(tc, enable_and_level);
	tcase_add_test(tc, threads);
	tcase_add_test(tc, pathological_input);
	tcase_add_loop_test(tc, malformed_files, 0, sizeof bad_files / sizeof *bad_files);
	tcase_add_test(tc, macros_from_any_file);
	tcase_add_test(tc, prefilters_exact);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	return ehc_ck_run(suite());
}
