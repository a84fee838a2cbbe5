/* SPDX-License-Identifier: MIT */
/*
 * PCRE2 wrapper: macro expansion, compile with UTF/UCP/JIT, match with limits. Knows nothing
 * of rules or documents.
 */
#include "rules/pattern.h"

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
			ehc_buf_add(out, s, 2);
			s += 2;
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
	ehc_buf_fini(&b);
	if (!p->code) {
		PCRE2_UCHAR msg[256];
		pcre2_get_error_message(ec, msg, sizeof msg);
		return ehc_error_set_at(err, EHC_E_RULE, file, line, col,
					"pattern error at offset %zu of the expanded pattern: %s ('%s')",
					(size_t)eo, (const char *)msg, src);
	}
	pcre2_jit_compile(p->code, PCRE2_JIT_COMPLETE); /* falls back to the interpreter */
	return 0;
}

void
ehc_pattern_fini(struct ehc_pattern *p)
{
	pcre2_code_free(p->code);
	p->code = NULL;
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
	if (!p->code || from > len)
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
