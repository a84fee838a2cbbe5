/* SPDX-License-Identifier: MIT */
/*
 * Text normalisation before matching (DOMAIN.md §1) with a byte map back to the original, so
 * findings keep exact offsets; and word and syllable counts for readability. Knows nothing of
 * rules or the model.
 */
#include <ctype.h>
#include <stdbool.h>
#include <string.h>
#include <strings.h>

#include "rules/rule.h"
#include "util/utf8.h"

/* What one code point becomes: a replacement byte, 0 to copy it, -1 to drop it. */
static int
fold(unsigned cp)
{
	switch (cp) {
	case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC:
		return '\'';
	case 0x201C: case 0x201D: case 0x201E: case 0x2033:
		return '"';
	case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
	case 0x2212:
		return '-';
	case 0x00D7:
		return 'x';
	case 0x00A0: case 0x2002: case 0x2003: case 0x2004: case 0x2005: case 0x2006:
	case 0x2007: case 0x2008: case 0x2009: case 0x200A: case 0x202F: case 0x205F:
	case 0x3000: case ' ':
		return ' ';
	case '\t': case '\r': case '\n': case '\v': case '\f': case 0x2028: case 0x2029:
		return '\n';
	case 0x200B: case 0x200C: case 0x200D: case 0x00AD: case 0xFEFF:
		return -1;
	default:
		return 0;
	}
}

/* First pass: fold characters and collapse white space. */
static size_t
fold_all(const char *s, size_t len, char *out, size_t *map)
{
	size_t o = 0;
	for (size_t i = 0; i < len;) {
		unsigned cp;
		size_t n = ehc_utf8_decode(s + i, len - i, &cp);
		int f = fold(cp);
		if (f == ' ' || f == '\n') {
			bool after_nl = o > 0 && out[o - 1] == '\n';
			if (o > 0 && out[o - 1] == ' ' && f == '\n')
				o--; /* no space before a line break */
			if (o == 0 || (f == ' ' && (out[o - 1] == ' ' || after_nl)) ||
			    (f == '\n' && after_nl)) {
				i += n;
				continue;
			}
			map[o] = i;
			out[o++] = (char)f;
		} else if (f > 0) {
			map[o] = i;
			out[o++] = (char)f;
		} else if (f == 0) {
			if (cp == 0xFFFD && n == 1) { /* invalid byte: keep valid UTF-8 for PCRE2 */
				char u[4];
				size_t k = ehc_utf8_encode(0xFFFD, u);
				for (size_t j = 0; j < k; j++) {
					map[o] = i;
					out[o++] = u[j];
				}
			} else {
				for (size_t j = 0; j < n; j++) {
					map[o] = i + j;
					out[o++] = s[i + j];
				}
			}
		}
		i += n;
	}
	while (o > 0 && (out[o - 1] == ' ' || out[o - 1] == '\n'))
		o--;
	map[o] = len;
	out[o] = '\0';
	return o;
}

static size_t
digits(const char *s, size_t max)
{
	size_t i = 0;
	while (i < max && isdigit((unsigned char)s[i]))
		i++;
	return i;
}

static size_t
bullet(const char *s)
{
	static const char *const marks[] = { "\xe2\x80\xa2", "\xc2\xb7", "\xe2\x96\xaa",
					     "\xe2\x97\xa6", "\xe2\x80\xa3", "\xe2\x97\x8f",
					     "\xe2\x96\xa0", "\xe2\x97\x8b", "\xef\x82\xb7",
					     "\xef\x82\xa7", "-", "*", NULL };
	for (int i = 0; marks[i]; i++) {
		size_t n = strlen(marks[i]);
		if (strncmp(s, marks[i], n) == 0)
			return n;
	}
	return 0;
}

/* "1.", "(1)", "a)", "1.2.", "E4", "F3.", "H1.2.", "Outcome 3:" at a line start: its length
 * including the following space, or 0. */
static size_t
number_prefix(const char *s)
{
	size_t i = 0;
	static const char *const words[] = { "outcome ", "target ", "provision ", "need ", NULL };
	for (int w = 0; words[w]; w++)
		if (strncasecmp(s, words[w], strlen(words[w])) == 0 &&
		    isdigit((unsigned char)s[strlen(words[w])])) {
			i = strlen(words[w]);
			i += digits(s + i, 2);
			if (s[i] == ' ' && strchr(":.)-", s[i + 1]) && s[i + 1])
				i++;
			if (s[i] && strchr(":.)-", s[i]))
				i++;
			return s[i] == ' ' ? i + 1 : 0;
		}
	bool paren = s[0] == '(';
	i = paren;
	size_t d = digits(s + i, 3);
	bool letter_num = false;
	if (!d && s[i] >= 'A' && s[i] <= 'K' && isdigit((unsigned char)s[i + 1]) && !paren) {
		i++;
		d = digits(s + i, 2);
		letter_num = true;
	} else if (!d && islower((unsigned char)s[i]) && (s[i + 1] == ')' || s[i + 1] == '.')) {
		d = 1;
	}
	if (!d)
		return 0;
	i += d;
	while (s[i] == '.' && isdigit((unsigned char)s[i + 1]))
		i += 1 + digits(s + i + 1, 2);
	bool punct = s[i] == '.' || s[i] == ')' || (letter_num && s[i] == ':');
	if (punct)
		i++;
	if (!punct && !letter_num)
		return 0;
	return s[i] == ' ' ? i + 1 : 0;
}

static size_t
prefix(const char *s)
{
	size_t b = bullet(s);
	if (b)
		return s[b] == ' ' ? b + 1 : 0;
	return number_prefix(s);
}

size_t
ehc_normalise(const char *s, size_t len, char *out, size_t *map)
{
	size_t n = fold_all(s, len, out, map);
	size_t o = 0;
	for (size_t i = 0; i < n;) {
		if (i == 0 || out[i - 1] == '\n') {
			size_t k = prefix(out + i);
			i += k;
			if (k)
				continue;
		}
		map[o] = map[i];
		out[o++] = out[i++];
	}
	map[o] = map[n];
	out[o] = '\0';
	return o;
}

static bool
word_byte(unsigned char c)
{
	return isalnum(c) || c >= 0x80;
}

size_t
ehc_count_words(const char *s, size_t len)
{
	size_t n = 0;
	bool in = false;
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		bool w = word_byte(c) || (in && (c == '\'' || c == '-') && i + 1 < len &&
					  word_byte((unsigned char)s[i + 1]));
		if (w && !in)
			n++;
		in = w;
	}
	return n;
}

static bool
vowel(char c)
{
	return strchr("aeiouyAEIOUY", c) && c;
}

size_t
ehc_count_syllables(const char *w, size_t len)
{
	size_t n = 0;
	bool prev = false;
	for (size_t i = 0; i < len; i++) {
		bool v = vowel(w[i]);
		if (v && !prev)
			n++;
		prev = v;
	}
	if (len > 2 && (w[len - 1] == 'e' || w[len - 1] == 'E') && !vowel(w[len - 2]) && n > 1 &&
	    !(w[len - 2] == 'l' && !vowel(w[len - 3])))
		n--;
	return n ? n : 1;
}
