/* SPDX-License-Identifier: MIT */
/*
 * readability: plain-English measures. One 'check' per rule:
 *   sentence-length  a sentence (a table cell or list item counts as one) of more than
 *                    'max-words' words (paragraph or sentence units); {n} is its length
 *   reading-ease     a section of at least 'min-words' words whose Flesch Reading Ease is
 *                    below 'min-score' ({score}, and Flesch-Kincaid {grade})
 *   long-word        a word of more than 'max-letters' letters (paragraph units)
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rules/rule.h"
#include "util/xalloc.h"

enum check { C_SENTENCE, C_EASE, C_LONG_WORD, C_COUNT };

static const char *const check_names[] = {
	[C_SENTENCE] = "sentence-length", [C_EASE] = "reading-ease", [C_LONG_WORD] = "long-word",
	[C_COUNT] = NULL,
};

struct readability {
	enum check check;
	int max_words, min_words, min_score, max_letters;
};

static const char *const keys[] = { "check", "max-words", "min-words", "min-score",
				    "max-letters", NULL };

static int
parse(struct ehc_rule *r, const struct ehc_parse *ps, struct ehc_error *err)
{
	struct readability *x = xcalloc(1, sizeof *x);
	r->data = x;
	const struct ehc_yaml *v = ehc_yaml_get(ps->node, "check");
	int c = 0;
	while (c < C_COUNT && !(ehc_yaml_str(v) && strcmp(v->str, check_names[c]) == 0))
		c++;
	if (c == C_COUNT) {
		const char *near = ehc_nearest_word(ehc_yaml_str(v) ? v->str : "", check_names);
		return ehc_rule_error(ps, v, "readability needs 'check': sentence-length, "
					     "reading-ease or long-word%s%s%s",
				      near ? " (did you mean '" : "", near ? near : "",
				      near ? "'?)" : "");
	}
	x->check = (enum check)c;
	int rc = ehc_int_parse(&x->max_words, ps, "max-words", 25, err);
	if (!rc)
		rc = ehc_int_parse(&x->min_words, ps, "min-words", 100, err);
	if (!rc)
		rc = ehc_int_parse(&x->min_score, ps, "min-score", 60, err);
	if (!rc)
		rc = ehc_int_parse(&x->max_letters, ps, "max-letters", 20, err);
	if (x->check == C_EASE)
		r->unit = EHC_UNIT_SECTION;
	else if (r->unit != EHC_UNIT_SENTENCE && r->unit != EHC_UNIT_ITEM)
		r->unit = EHC_UNIT_PARAGRAPH;
	return rc;
}

static void
check_sentences(const struct ehc_rule *r, const struct readability *x,
		const struct ehc_unit_text *u, struct ehc_cx *cx)
{
	size_t from = 0, ss, se;
	while (ehc_sentence_next(u->norm, u->norm_len, from, &ss, &se)) {
		size_t n = ehc_count_words(u->norm + ss, se - ss);
		if (n > (size_t)x->max_words) {
			char num[24];
			snprintf(num, sizeof num, "%zu", n);
			struct ehc_var vars[] = { { "n", num }, { "words", num }, { NULL, NULL } };
			ehc_emit(cx, r, u, ss, se, vars);
		}
		from = se > from ? se : from + 1;
	}
}

static bool
letter(unsigned char c)
{
	return isalpha(c) || c >= 0x80;
}

static void
check_long_words(const struct ehc_rule *r, const struct readability *x,
		 const struct ehc_unit_text *u, struct ehc_cx *cx)
{
	const char *s = u->norm;
	for (size_t i = 0; i < u->norm_len;) {
		size_t j = i;
		while (j < u->norm_len && (letter((unsigned char)s[j]) || s[j] == '-'))
			j++;
		bool url = j + 1 < u->norm_len && (s[j] == '.' || s[j] == '@' || s[j] == '/') &&
			   letter((unsigned char)s[j + 1]);
		if (j - i > (size_t)x->max_letters && !url && !memchr(s + i, '-', j - i)) {
			char num[24];
			snprintf(num, sizeof num, "%zu", j - i);
			struct ehc_var vars[] = { { "n", num }, { NULL, NULL } };
			ehc_emit(cx, r, u, i, j, vars);
		}
		i = j > i ? j : i + 1;
	}
}

struct tally {
	size_t words, sentences, syllables;
};

static void
tally_text(struct tally *t, const char *s, size_t len)
{
	size_t from = 0, ss, se;
	while (ehc_sentence_next(s, len, from, &ss, &se)) {
		size_t w = ehc_count_words(s + ss, se - ss);
		t->sentences += w > 0;
		t->words += w;
		for (size_t i = ss; i < se;) {
			size_t j = i;
			while (j < se && letter((unsigned char)s[j]))
				j++;
			if (j > i)
				t->syllables += ehc_count_syllables(s + i, j - i);
			i = j > i ? j : i + 1;
		}
		from = se > from ? se : from + 1;
	}
}

static void
check_ease(const struct ehc_rule *r, const struct readability *x, enum ehc_sec sec,
	   struct ehc_cx *cx)
{
	struct tally t = { 0 };
	const struct ehc_block *first = NULL;
	for (size_t i = 0; i < cx->doc->nblocks; i++) {
		const struct ehc_block *b = &cx->doc->blocks[i];
		if (b->section != sec || b->heading)
			continue;
		struct ehc_unit_text u = *ehc_block_unit(cx, b);
		tally_text(&t, u.norm, u.norm_len);
		first = first ? first : b;
	}
	if (t.words < (size_t)x->min_words || !t.sentences)
		return;
	double wps = (double)t.words / (double)t.sentences;
	double spw = (double)t.syllables / (double)t.words;
	double ease = 206.835 - 1.015 * wps - 84.6 * spw;
	double grade = 0.39 * wps + 11.8 * spw - 15.59;
	if (ease >= x->min_score)
		return;
	char score[32], g[32];
	snprintf(score, sizeof score, "%.0f", ease);
	snprintf(g, sizeof g, "%.1f", grade);
	struct ehc_var vars[] = { { "score", score }, { "grade", g }, { NULL, NULL } };
	const struct ehc_block *h = ehc_doc_block(cx->doc, cx->doc->sections[sec].heading_block);
	ehc_emit_at(cx, r, sec, h ? h : first, NULL, 0, 0, vars);
}

static void
check(const struct ehc_rule *r, const struct ehc_unit_text *u, struct ehc_cx *cx)
{
	const struct readability *x = r->data;
	switch (x->check) {
	case C_SENTENCE: check_sentences(r, x, u, cx); break;
	case C_LONG_WORD: check_long_words(r, x, u, cx); break;
	case C_EASE: check_ease(r, x, u->section, cx); break;
	default: break;
	}
}

static void
free_readability(struct ehc_rule *r)
{
	free(r->data);
	r->data = NULL;
}

const struct ehc_rule_kind ehc_kind_readability = {
	.name = "readability",
	.keys = keys,
	.default_unit = EHC_UNIT_SENTENCE,
	.parse = parse,
	.check = check,
	.free = free_readability,
};
