/* SPDX-License-Identifier: MIT */
/*
 * PCRE2 wrapper: macro expansion, compile with UTF/UCP/JIT, match with limits. Knows nothing
 * of rules or documents.
 */
#include "util/pattern.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/buf.h"
#include "util/xalloc.h"

#define MACRO_DEPTH 16
#define MATCH_LIMIT 2000000
#define DEPTH_LIMIT 20000
#define HEAP_LIMIT (64 * 1024) /* KiB */

void
ehc_macros_define(struct ehc_macros *m, const char *name, const char *value, const char *file,
		  int line, int col)
{
	for (size_t i = 0; i < m->n; i++)
		if (strcmp(m->names[i], name) == 0) {
			m->values[i] = value;
			m->files[i] = file;
			m->lines[i] = line;
			m->cols[i] = col;
			return;
		}
	size_t cap = m->cap;
	m->names = xgrow(m->names, sizeof *m->names, m->n + 1, &cap);
	cap = m->cap;
	m->values = xgrow(m->values, sizeof *m->values, m->n + 1, &cap);
	cap = m->cap;
	m->files = xgrow(m->files, sizeof *m->files, m->n + 1, &cap);
	cap = m->cap;
	m->lines = xgrow(m->lines, sizeof *m->lines, m->n + 1, &cap);
	cap = m->cap;
	m->cols = xgrow(m->cols, sizeof *m->cols, m->n + 1, &cap);
	m->cap = cap;
	m->names[m->n] = name;
	m->values[m->n] = value;
	m->files[m->n] = file;
	m->lines[m->n] = line;
	m->cols[m->n] = col;
	m->n++;
}

const char *
ehc_macros_get(const struct ehc_macros *m, const char *name)
{
	for (size_t i = 0; m && i < m->n; i++)
		if (strcmp(m->names[i], name) == 0)
			return m->values[i];
	return NULL;
}

void
ehc_macros_fini(struct ehc_macros *m)
{
	free(m->names);
	free(m->values);
	free(m->files);
	free(m->lines);
	free(m->cols);
	memset(m, 0, sizeof *m);
}

/* Length of a macro reference "{NAME}" at 's', or 0. */
static size_t
macro_ref(const char *s)
{
	if (s[0] != '{' || !isupper((unsigned char)s[1]))
		return 0;
	size_t i = 1;
	while (isupper((unsigned char)s[i]) || isdigit((unsigned char)s[i]) || s[i] == '_')
		i++;
	return s[i] == '}' ? i + 1 : 0;
}

static int
expand(struct ehc_buf *out, const char *src, const struct ehc_macros *m, int depth,
       char *bad, size_t badn)
{
	if (depth > MACRO_DEPTH) {
		snprintf(bad, badn, "macros nested too deeply (a macro refers to itself?)");
		return -1;
	}
	for (const char *s = src; *s;) {
		if (s[0] == '\\' && s[1]) {
			/* an escape, with its braces when it has them: \p{L}, \x{2013}, \g{1} */
			const char *close = s[2] == '{' && strchr("pPxNogk", s[1]) ? strchr(s, '}') : NULL;
			size_t len = close ? (size_t)(close - s) + 1 : 2;
			ehc_buf_add(out, s, len);
			s += len;
			continue;
		}
		size_t n = macro_ref(s);
		if (!n) {
			ehc_buf_putc(out, *s++);
			continue;
		}
		char name[128];
		snprintf(name, sizeof name, "%.*s", (int)(n - 2), s + 1);
		const char *v = ehc_macros_get(m, name);
		if (!v) {
			snprintf(bad, badn, "unknown macro {%s}", name);
			return -1;
		}
		ehc_buf_puts(out, "(?:");
		if (expand(out, v, m, depth + 1, bad, badn) < 0)
			return -1;
		ehc_buf_putc(out, ')');
		s += n;
	}
	return 0;
}

/* ---- the word-start guard ----
 *
 * A pattern like {ROLE} is a long alternation that PCRE2 can only try at every position of the
 * text. When every match of it must begin at the start of a word (each alternative opens with
 * \b and then a word character), "\b(?=\w)" in front changes nothing but lets all the other
 * positions fail at once. The analysis below proves that property on the expanded pattern and
 * says no to anything it does not understand. */

enum ws { WS_NO, WS_YES, WS_PASS }; /* PASS: may have consumed nothing yet */

static enum ws ws_alts(const char **s, bool have_b);

/* Skips a character class at '[': true when it only holds ASCII letters, digits, '_', \w or
 * \d (so whatever it matches is a word character). */
static bool
skip_class(const char **s)
{
	const char *p = *s + 1;
	bool word = *p != '^';
	if (*p == '^')
		p++;
	if (*p == ']') {
		word = false;
		p++;
	}
	for (; *p && *p != ']'; p++) {
		if (*p == '\\' && p[1]) {
			word = word && (p[1] == 'w' || p[1] == 'd');
			p++;
		} else if (*p == '[' && p[1] == ':') {
			word = false; /* [:alpha:] */
			const char *e = strstr(p, ":]");
			if (!e)
				break;
			p = e + 1;
		} else if (!(isalnum((unsigned char)*p) || *p == '_' ||
			     (*p == '-' && p[1] != ']' && p > *s + 1))) {
			word = false;
		}
	}
	*s = *p ? p + 1 : p;
	return word;
}

/* Skips a quantifier; sets *min to its lower bound (1 when there is none). */
static void
skip_quant(const char **s, unsigned *min)
{
	const char *p = *s;
	*min = 1;
	if (*p == '?' || *p == '*') {
		*min = 0;
		p++;
	} else if (*p == '+') {
		p++;
	} else if (*p == '{' && isdigit((unsigned char)p[1])) {
		char *e;
		unsigned long n = strtoul(p + 1, &e, 10);
		if (*e == '}' || *e == ',') {
			while (*e && *e != '}')
				e++;
			if (*e == '}') {
				*min = n > 0;
				p = e + 1;
			}
		}
	} else {
		return;
	}
	if (*p == '?' || *p == '+')
		p++;
	*s = p;
}

/* One atom of a sequence: -1 zero-width (*b set for \b), 0 a consuming atom that is not
 * surely a word character, 1 one that is, 2 a group (analysed into *g), -2 not understood. */
static int
atom(const char **s, bool *b, bool have_b, enum ws *g)
{
	const char *p = *s;
	*b = false;
	if (*p == '\\') {
		char c = p[1];
		*s = p + 2;
		if (c == 'b') {
			*b = true;
			return -1;
		}
		if (strchr("BAzZG", c) && c)
			return -1;
		if (c == 'w' || c == 'd')
			return 1;
		if (strchr("sSWDhHvVnrtfeNR.-/'\"&@#%£ ,:;!?()[]{}|*+^$", c) && c)
			return 0;
		return -2; /* \Q, \K, \p, back references, ... */
	}
	if (*p == '[')
		return skip_class(s) ? 1 : 0;
	if (*p == '^' || *p == '$') {
		*s = p + 1;
		return -1;
	}
	if (*p == '(') {
		p++;
		bool look = false;
		if (*p == '?') {
			if (p[1] == '=' || p[1] == '!') {
				look = true;
				p += 2;
			} else if (p[1] == '<' && (p[2] == '=' || p[2] == '!')) {
				look = true;
				p += 3;
			} else if (p[1] == ':') {
				p += 2;
			} else {
				const char *q = p + 1;
				while (*q == '-' || isalpha((unsigned char)*q))
					q++;
				if (*q == ')') { /* (?i) */
					*s = q + 1;
					return -1;
				}
				if (*q != ':')
					return -2; /* named groups, conditionals, recursion, ... */
				p = q + 1;
			}
		} else if (*p == '*') {
			return -2;
		}
		*s = p;
		*g = ws_alts(s, look ? false : have_b);
		if (**s != ')')
			return -2;
		(*s)++;
		return look ? -1 : 2;
	}
	if (*p == '.' || *p == ')' || *p == '|' || !*p)
		return *p == '.' ? (*s = p + 1, 0) : -2;
	*s = p + 1;
	return isalnum((unsigned char)*p) || *p == '_';
}

/* One alternative, up to '|' or ')' or the end. */
static enum ws
ws_seq(const char **s, bool have_b)
{
	enum ws res = WS_PASS;
	while (**s && **s != '|' && **s != ')') {
		bool b;
		enum ws g = WS_NO;
		int k = atom(s, &b, have_b, &g);
		unsigned min;
		if (k == -2)
			return WS_NO;
		skip_quant(s, &min);
		if (res != WS_PASS)
			continue; /* decided: only skip the rest */
		if (k == -1) {
			have_b = have_b || b;
			continue;
		}
		if (k == 2 && g == WS_PASS)
			continue; /* a group that may match nothing: look further */
		bool yes = k == 2 ? g == WS_YES : have_b && k == 1;
		if (!yes)
			res = WS_NO;
		else if (min > 0)
			res = WS_YES;
		/* optional and surely at a word start when taken: the rest must be too */
	}
	return res;
}

static enum ws
ws_alts(const char **s, bool have_b)
{
	bool no = false, pass = false;
	for (;;) {
		enum ws r = ws_seq(s, have_b);
		no = no || r == WS_NO;
		pass = pass || r == WS_PASS;
		if (**s != '|')
			return no ? WS_NO : pass ? WS_PASS : WS_YES;
		(*s)++;
	}
}

static bool
starts_words(const char *x)
{
	const char *s = x;
	return ws_alts(&s, false) == WS_YES && *s == '\0';
}

/* ---- required literals ----
 *
 * Most patterns of the pack are lists of words: every match contains one of a few literal runs
 * ("scaffold", "suffer", "victim of"). A subject that lacks some letter pair of every run
 * cannot match, so the pattern is not run on it. The analysis gives up (no literals) on
 * anything it does not understand. */

static bool lit_alts(const char **s, struct ehc_buf *out);

/* Skips to the '|' or ')' that ends the current alternative; false on what it cannot skip. */
static bool
skip_rest(const char **s)
{
	int depth = 0;
	const char *p = *s;
	while (*p && !(depth == 0 && (*p == '|' || *p == ')'))) {
		if (*p == '\\') {
			if (!p[1] || p[1] == 'Q')
				return false;
			p += 2;
		} else if (*p == '[') {
			skip_class(&p);
		} else {
			depth += *p == '(' ? 1 : *p == ')' ? -1 : 0;
			p++;
		}
	}
	*s = p;
	return true;
}

/* The literal byte at *s (advanced past it), or -1 when it is not a plain ASCII character. */
static int
literal_at(const char **s)
{
	const char *p = *s;
	if (p[0] == '\\' && p[1] && strchr(".-/'\"&@#%, :;!?()[]{}|*+^$\\", p[1])) {
		*s = p + 2;
		return p[1];
	}
	if (!*p || (unsigned char)*p >= 0x80 || strchr(".[]()|\\^$?*+{", *p))
		return -1;
	*s = p + 1;
	return tolower((unsigned char)*p);
}

/* A run of literal characters; stops before one that a quantifier makes optional. */
static bool
literal_run(const char **s, struct ehc_buf *out)
{
	size_t start = out->len;
	for (;;) {
		const char *p = *s;
		int c = literal_at(&p);
		if (c < 0)
			break;
		bool opt = *p == '?' || *p == '*' || (*p == '{' && (p[1] == '0' || p[1] == ','));
		bool rep = *p == '+' || (*p == '{' && isdigit((unsigned char)p[1]));
		if (opt)
			break;
		ehc_buf_putc(out, (char)c);
		*s = p;
		if (rep)
			break;
	}
	if (out->len == start)
		return false;
	ehc_buf_putc(out, '\0');
	return true;
}

/* Zero-width things a match may open with: \b, ^, look-arounds, (?i). */
static bool
skip_zero_width(const char **s)
{
	for (;;) {
		const char *p = *s;
		if (p[0] == '\\' && p[1] && strchr("bBAG", p[1])) {
			*s = p + 2;
		} else if (p[0] == '^') {
			*s = p + 1;
		} else if (p[0] == '(' && p[1] == '?' &&
			   (p[2] == '=' || p[2] == '!' || (p[2] == '<' && (p[3] == '=' || p[3] == '!')))) {
			*s = p + (p[2] == '<' ? 4 : 3);
			if (!skip_rest(s) || **s != ')')
				return false;
			(*s)++;
		} else if (p[0] == '(' && p[1] == '?' && (p[2] == '-' || isalpha((unsigned char)p[2]))) {
			const char *q = p + 2;
			while (*q == '-' || isalpha((unsigned char)*q)) {
				if (*q == 'x')
					return false;
				q++;
			}
			if (*q != ')')
				return true; /* (?i:...): a group */
			*s = q + 1;
		} else {
			return true;
		}
	}
}

static bool
lit_seq(const char **s, struct ehc_buf *out)
{
	if (!skip_zero_width(s))
		return false;
	const char *p = *s;
	bool ok;
	if (*p == '(') {
		p++;
		if (*p == '?') {
			while (*p && *p != ':' && *p != ')') {
				if (*p == 'x' || *p == '<' || *p == '\'' || *p == 'P' || *p == '|' ||
				    *p == '(' || *p == '#')
					return false;
				p++;
			}
			if (*p != ':')
				return false;
			p++;
		} else if (*p == '*') {
			return false;
		}
		ok = lit_alts(&p, out);
		if (!ok || *p != ')')
			return false;
		p++;
		unsigned min;
		skip_quant(&p, &min);
		if (!min)
			return false;
	} else {
		ok = literal_run(&p, out);
	}
	*s = p;
	return ok && skip_rest(s);
}

static bool
lit_alts(const char **s, struct ehc_buf *out)
{
	for (;;) {
		if (!lit_seq(s, out))
			return false;
		if (**s != '|')
			return true;
		(*s)++;
	}
}

static char *
literals(const char *x)
{
	struct ehc_buf b = EHC_BUF_INIT;
	const char *s = x;
	if (strstr(x, "(?x") || !lit_alts(&s, &b) || *s) {
		ehc_buf_fini(&b);
		return NULL;
	}
	ehc_buf_putc(&b, '\0');
	char *out = xmalloc(b.len);
	memcpy(out, ehc_buf_str(&b), b.len);
	ehc_buf_fini(&b);
	return out;
}

static unsigned
byte_class(unsigned char c)
{
	if (c >= 'a' && c <= 'z')
		return c - 'a';
	if (c >= 'A' && c <= 'Z')
		return c - 'A';
	if (c >= '0' && c <= '9')
		return 26 + c - '0';
	return c == ' ' ? 36 : c == '\n' ? 37 : 38 + c % 26;
}

static void
learn(struct ehc_matcher *mt, const char *s, size_t len)
{
	memset(mt->pairs, 0, sizeof mt->pairs);
	mt->ones = 0;
	for (size_t i = 0; i < len; i++) {
		unsigned a = byte_class((unsigned char)s[i]);
		mt->ones |= 1ull << a;
		if (i + 1 < len)
			mt->pairs[a] |= 1ull << byte_class((unsigned char)s[i + 1]);
	}
	mt->seen_odd = memmem(s, len, "\xc5\xbf", 2) || memmem(s, len, "\xe2\x84\xaa", 3);
	mt->seen = s;
	mt->seen_len = len;
}

static bool
has_run(const struct ehc_matcher *mt, const char *lit)
{
	size_t n = strlen(lit);
	if (!((mt->ones >> byte_class((unsigned char)lit[0])) & 1))
		return false;
	for (size_t i = 0; i + 1 < n; i++)
		if (!((mt->pairs[byte_class((unsigned char)lit[i])] >>
		       byte_class((unsigned char)lit[i + 1])) & 1))
			return false;
	return true;
}

/* False when 'p' surely has no match in s[0..len). */
static bool
may_match(const struct ehc_pattern *p, struct ehc_matcher *mt, const char *s, size_t len)
{
	if (!p->lits)
		return true;
	if (mt->seen != s || mt->seen_len < len)
		learn(mt, s, len);
	if (mt->seen_odd)
		return true;
	for (const char *l = p->lits; *l; l += strlen(l) + 1)
		if (has_run(mt, l))
			return true;
	return false;
}

/* Recompiles 'p' with the word-start guard when PCRE2 found no first character or start
 * bitmap of its own to skip ahead with, and the guard is sure not to change what matches. */
static void
guard(struct ehc_pattern *p, const char *expanded, uint32_t opts)
{
	uint32_t first = 0;
	const uint8_t *bitmap = NULL;
	pcre2_pattern_info(p->code, PCRE2_INFO_FIRSTCODETYPE, &first);
	pcre2_pattern_info(p->code, PCRE2_INFO_FIRSTBITMAP, &bitmap);
	if (first != 0 || bitmap || !starts_words(expanded))
		return;
	struct ehc_buf g = EHC_BUF_INIT;
	ehc_buf_printf(&g, "\\b(?=\\w)(?:%s)", expanded);
	int ec;
	PCRE2_SIZE eo;
	pcre2_code *c = pcre2_compile((PCRE2_SPTR)ehc_buf_str(&g), g.len, opts, &ec, &eo, NULL);
	ehc_buf_fini(&g);
	if (!c)
		return;
	pcre2_code_free(p->code);
	p->code = c;
}

int
ehc_pattern_compile(struct ehc_pattern *p, const char *src, const struct ehc_macros *m,
		    bool caseless, const char *file, int line, int col, struct ehc_error *err)
{
	struct ehc_buf b = EHC_BUF_INIT;
	char bad[256];
	memset(p, 0, sizeof *p);
	p->source = src;
	p->line = line;
	p->col = col;
	if (expand(&b, src, m, 0, bad, sizeof bad) < 0) {
		ehc_buf_fini(&b);
		return ehc_error_set_at(err, EHC_E_RULE, file, line, col, "%s in pattern '%s'", bad,
					src);
	}
	uint32_t opts = PCRE2_UTF | PCRE2_UCP | PCRE2_MULTILINE | (caseless ? PCRE2_CASELESS : 0);
	int ec;
	PCRE2_SIZE eo;
	p->code = pcre2_compile((PCRE2_SPTR)ehc_buf_str(&b), b.len, opts, &ec, &eo, NULL);
	if (p->code) {
		guard(p, ehc_buf_str(&b), opts);
		p->lits = literals(ehc_buf_str(&b));
	}
	ehc_buf_fini(&b);
	if (!p->code) {
		PCRE2_UCHAR msg[256];
		pcre2_get_error_message(ec, msg, sizeof msg);
		return ehc_error_set_at(err, EHC_E_RULE, file, line, col,
					"pattern error at offset %zu of the expanded pattern: %s ('%s')",
					(size_t)eo, (const char *)msg, src);
	}
	if (!getenv("EHCLINT_NO_JIT"))
		pcre2_jit_compile(p->code, PCRE2_JIT_COMPLETE); /* falls back to the interpreter */
	return 0;
}

void
ehc_pattern_fini(struct ehc_pattern *p)
{
	pcre2_code_free(p->code);
	p->code = NULL;
	free(p->lits);
	p->lits = NULL;
}

void
ehc_matcher_init(struct ehc_matcher *mt)
{
	mt->md = pcre2_match_data_create(32, NULL);
	mt->mc = pcre2_match_context_create(NULL);
	if (!mt->md || !mt->mc) {
		fprintf(stderr, "ehclint: out of memory\n");
		abort();
	}
	pcre2_set_match_limit(mt->mc, MATCH_LIMIT);
	pcre2_set_depth_limit(mt->mc, DEPTH_LIMIT);
	pcre2_set_heap_limit(mt->mc, HEAP_LIMIT);
	mt->limited = false;
	mt->seen = NULL;
}

void
ehc_matcher_forget(struct ehc_matcher *mt)
{
	mt->seen = NULL;
}

void
ehc_matcher_fini(struct ehc_matcher *mt)
{
	pcre2_match_data_free(mt->md);
	pcre2_match_context_free(mt->mc);
	mt->md = NULL;
	mt->mc = NULL;
}

static int
run(const struct ehc_pattern *p, struct ehc_matcher *mt, const char *s, size_t len,
    size_t from, uint32_t opts)
{
	if (!p->code || from > len || !may_match(p, mt, s, len))
		return 0;
	int rc = pcre2_match(p->code, (PCRE2_SPTR)s, len, from, opts | PCRE2_NO_UTF_CHECK, mt->md,
			     mt->mc);
	if (rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT ||
	    rc == PCRE2_ERROR_HEAPLIMIT || rc == PCRE2_ERROR_JIT_STACKLIMIT)
		mt->limited = true;
	return rc;
}

bool
ehc_pattern_find(const struct ehc_pattern *p, struct ehc_matcher *mt, const char *s, size_t len,
		 size_t from, size_t *ms, size_t *me)
{
	if (run(p, mt, s, len, from, 0) <= 0)
		return false;
	PCRE2_SIZE *ov = pcre2_get_ovector_pointer(mt->md);
	if (ov[1] < ov[0]) /* \K tricks: treat as empty at the start */
		ov[1] = ov[0];
	*ms = ov[0];
	*me = ov[1];
	return true;
}

size_t
ehc_pattern_match_at(const struct ehc_pattern *p, struct ehc_matcher *mt, const char *s,
		     size_t len, size_t at)
{
	if (run(p, mt, s, len, at, PCRE2_ANCHORED) <= 0)
		return 0;
	PCRE2_SIZE *ov = pcre2_get_ovector_pointer(mt->md);
	return ov[1] > ov[0] ? ov[1] - ov[0] : 0;
}
