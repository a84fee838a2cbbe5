/* SPDX-License-Identifier: MIT */
/*
 * existence: flag each match of any of 'patterns' in a unit, unless an exception cancels it:
 * 'exceptions' cancel a match they overlap ("wheelchair access" against "access"), 'unless'
 * cancels every match in the same sentence, 'unless-unit' silences the whole unit. Reports
 * once per unit (item, paragraph) or once per sentence (unit: sentence), or every match with
 * report: each. 'min-ratio: N' counts only a match holding two numbers the second of which is at
 * least N times the first ("10-30 minutes"). 'downgrade-unit' reports at info in a unit it
 * matches (an item that is otherwise fully specified).
 */
#include <ctype.h>
#include <stdlib.h>

#include "rules/rule.h"
#include "util/xalloc.h"

struct existence {
	struct ehc_plist patterns, exceptions, unless, unless_unit, downgrade;
	int min_ratio;
};

static const char *const keys[] = { "patterns", "exceptions", "unless", "unless-unit",
				    "min-ratio", "downgrade-unit", NULL };

static int
parse(struct ehc_rule *r, const struct ehc_parse *ps, struct ehc_error *err)
{
	struct existence *x = xcalloc(1, sizeof *x);
	r->data = x;
	int rc = ehc_plist_parse(&x->patterns, r, ps, "patterns", true, err);
	if (!rc)
		rc = ehc_plist_parse(&x->exceptions, r, ps, "exceptions", false, err);
	if (!rc)
		rc = ehc_plist_parse(&x->unless, r, ps, "unless", false, err);
	if (!rc)
		rc = ehc_plist_parse(&x->unless_unit, r, ps, "unless-unit", false, err);
	if (!rc)
		rc = ehc_plist_parse(&x->downgrade, r, ps, "downgrade-unit", false, err);
	if (!rc)
		rc = ehc_int_parse(&x->min_ratio, ps, "min-ratio", 0, err);
	return rc;
}

/* Does a match of any pattern of 'l' inside [ss, se) overlap [ms, me)? */
static bool
overlapped(const struct ehc_plist *l, struct ehc_cx *cx, const char *s, size_t ss, size_t se,
	   size_t ms, size_t me)
{
	for (size_t i = 0; i < l->n; i++) {
		size_t a, b, at = ss;
		while (at < se && ehc_pattern_find(&l->p[i], &cx->mt, s, se, at, &a, &b)) {
			if (a < me && ms < b)
				return true;
			if (a >= me)
				break;
			at = b > a ? b : a + 1;
		}
	}
	return false;
}

/* min-ratio: the second number in s[ms..me) is at least 'ratio' times the first. */
static bool
wide(const char *s, size_t ms, size_t me, int ratio)
{
	long v[2];
	int n = 0;
	for (size_t i = ms; i < me && n < 2; i++)
		if (isdigit((unsigned char)s[i]) && (i == ms || !isdigit((unsigned char)s[i - 1])))
			v[n++] = strtol(s + i, NULL, 10);
	return n == 2 && v[0] > 0 && v[1] >= (long)ratio * v[0];
}

/* -1 not yet asked, 0 no, 1 yes: the unit-wide lists are tried only once a match counts. */
static bool
unit_has(const struct ehc_plist *l, struct ehc_cx *cx, const struct ehc_unit_text *u, int *memo)
{
	if (*memo < 0)
		*memo = ehc_plist_any(l, cx, u->norm, 0, u->norm_len);
	return *memo == 1;
}

static void
check(const struct ehc_rule *r, const struct ehc_unit_text *u, struct ehc_cx *cx)
{
	const struct existence *x = r->data;
	const char *s = u->norm;
	size_t len = u->norm_len, pos = 0, ms, me;
	int silenced = x->unless_unit.n ? -1 : 0, lower = x->downgrade.n ? -1 : 0;
	if (!len)
		return;
	int k;
	while (pos < len && (k = ehc_plist_find(&x->patterns, cx, s, pos, len, &ms, &me)) >= 0) {
		size_t ss, se;
		ehc_sentence_at(u, ms, &ss, &se);
		if (se < me)
			se = me;
		pos = me > ms ? me : ms + 1;
		if ((x->min_ratio && !wide(s, ms, me, x->min_ratio)) ||
		    overlapped(&x->exceptions, cx, s, ss, se, ms, me) ||
		    ehc_plist_any(&x->unless, cx, s, ss, se))
			continue;
		if (unit_has(&x->unless_unit, cx, u, &silenced))
			return;
		const char *note = x->patterns.notes[k];
		struct ehc_var vars[] = { { "note", note ? note : "" }, { NULL, NULL } };
		ehc_emit(cx, r, u, ms, me, vars);
		if (unit_has(&x->downgrade, cx, u, &lower))
			cx->doc->findings[cx->doc->nfindings - 1].level = EHC_LEVEL_INFO;
		if (r->each)
			continue;
		if (r->unit != EHC_UNIT_SENTENCE)
			return;
		pos = se > pos ? se : pos;
	}
}

static void
free_existence(struct ehc_rule *r)
{
	struct existence *x = r->data;
	if (!x)
		return;
	ehc_plist_fini(&x->patterns);
	ehc_plist_fini(&x->exceptions);
	ehc_plist_fini(&x->unless);
	ehc_plist_fini(&x->unless_unit);
	ehc_plist_fini(&x->downgrade);
	free(x);
	r->data = NULL;
}

const struct ehc_rule_kind ehc_kind_existence = {
	.name = "existence",
	.keys = keys,
	.default_unit = EHC_UNIT_ITEM,
	.parse = parse,
	.check = check,
	.free = free_existence,
};
