/* SPDX-License-Identifier: MIT */
/*
 * date: the statutory clocks, from dates in UK forms read from labelled fields (a label in a
 * paragraph or table cell, the date after it: "Date of last annual review: 12/03/2025").
 *   check: older-than   the latest of the 'from' fields is more than 'max-months' months (or
 *                       'max-days' days) before the run's as-of date
 *   check: interval     from the 'from' field to the 'to' field is more than 'max-days' days
 *                       (or fewer than 'min-days')
 *   check: dated-before  a date written in a block of the rule's sections is more than
 *                       'max-months' months (or 'max-days' days) before the 'to' field (the
 *                       plan's own date, read from the front page or what follows the plan);
 *                       one finding per block
 * A field that is not found (or says "Not applicable") gives no finding. {months}, {weeks},
 * {days} and {date} are filled for the message. Document unit.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "rules/rule.h"
#include "util/xalloc.h"

#define LABEL_REACH 80 /* bytes after a label where its date may be */

enum check { C_OLDER, C_INTERVAL, C_BEFORE, C_COUNT };
static const char *const check_names[] = { [C_OLDER] = "older-than", [C_INTERVAL] = "interval",
					   [C_BEFORE] = "dated-before", [C_COUNT] = NULL };

struct datecheck {
	enum check check;
	struct ehc_plist from, to;
	int max_days, min_days, max_months;
};

static const char *const keys[] = { "check", "from", "to", "max-days", "min-days",
				    "max-months", NULL };

static const char *const months[] = { "jan", "feb", "mar", "apr", "may", "jun",
				      "jul", "aug", "sep", "oct", "nov", "dec" };

static int
month_at(const char *s, size_t len, size_t *n)
{
	static const char *const full[] = { "january", "february", "march", "april", "may",
					    "june", "july", "august", "september", "october",
					    "november", "december" };
	for (int m = 0; m < 12; m++) {
		size_t fl = strlen(full[m]);
		if (len >= fl && strncasecmp(s, full[m], fl) == 0 && !isalpha((unsigned char)s[fl])) {
			*n = fl;
			return m;
		}
		if (len >= 4 && m == 8 && strncasecmp(s, "sept", 4) == 0 && !isalpha((unsigned char)s[4])) {
			*n = 4;
			return m;
		}
		if (len >= 3 && strncasecmp(s, months[m], 3) == 0 && !isalpha((unsigned char)s[3])) {
			*n = 3;
			return m;
		}
	}
	return -1;
}

static size_t
num(const char *s, size_t len, size_t max, int *v)
{
	size_t i = 0;
	*v = 0;
	while (i < len && i < max && isdigit((unsigned char)s[i]))
		*v = *v * 10 + (s[i++] - '0');
	return i;
}

static bool
make_time(int y, int m, int d, time_t *t)
{
	static const int mdays[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	if (y < 100)
		y += 2000;
	if (y < 1900 || y > 2200 || m < 0 || m > 11 || d < 1 || d > mdays[m])
		return false;
	struct tm tm = { .tm_year = y - 1900, .tm_mon = m, .tm_mday = d, .tm_hour = 12 };
	*t = timegm(&tm);
	return true;
}

/* d/m/yyyy, d-m-yyyy, d.m.yyyy (also yy) at s. */
static size_t
numeric_date(const char *s, size_t len, time_t *t)
{
	int d, m, y;
	size_t i = num(s, len, 2, &d);
	if (!i || i >= len || !strchr("/.-", s[i]) || !s[i])
		return 0;
	char sep = s[i++];
	size_t k = num(s + i, len - i, 2, &m);
	if (!k || i + k >= len || s[i + k] != sep)
		return 0;
	i += k + 1;
	k = num(s + i, len - i, 4, &y);
	if ((k != 4 && k != 2) || (i + k < len && isdigit((unsigned char)s[i + k])))
		return 0;
	return make_time(y, m - 1, d, t) ? i + k : 0;
}

/* "12 March 2025", "12th of March, 2025", "March 2025" at s. */
static size_t
worded_date(const char *s, size_t len, time_t *t)
{
	int d = 1, y;
	size_t i = num(s, len, 2, &d), mn;
	if (i) {
		if (i + 2 <= len && (!strncasecmp(s + i, "st", 2) || !strncasecmp(s + i, "nd", 2) ||
				     !strncasecmp(s + i, "rd", 2) || !strncasecmp(s + i, "th", 2)))
			i += 2;
		while (i < len && s[i] == ' ')
			i++;
		if (i + 3 <= len && !strncasecmp(s + i, "of ", 3))
			i += 3;
	} else {
		d = 1;
	}
	int m = month_at(s + i, len - i, &mn);
	if (m < 0)
		return 0;
	i += mn;
	while (i < len && (s[i] == ' ' || s[i] == ',' || s[i] == '.'))
		i++;
	size_t k = num(s + i, len - i, 4, &y);
	if (k != 4)
		return 0;
	return make_time(y, m, d, t) ? i + k : 0;
}

bool
ehc_date_find(const char *s, size_t len, size_t from, time_t *t, size_t *ds, size_t *de)
{
	for (size_t i = from; i < len; i++) {
		if (i > 0 && isalnum((unsigned char)s[i - 1]))
			continue;
		size_t n = isdigit((unsigned char)s[i]) ? numeric_date(s + i, len - i, t) : 0;
		if (!n && isalnum((unsigned char)s[i]))
			n = worded_date(s + i, len - i, t);
		if (n) {
			*ds = i;
			*de = i + n;
			return true;
		}
	}
	return false;
}

static int
parse(struct ehc_rule *r, const struct ehc_parse *ps, struct ehc_error *err)
{
	struct datecheck *x = xcalloc(1, sizeof *x);
	r->data = x;
	const struct ehc_yaml *v = ehc_yaml_get(ps->node, "check");
	int c = 0;
	while (c < C_COUNT && !(ehc_yaml_str(v) && strcmp(v->str, check_names[c]) == 0))
		c++;
	if (c == C_COUNT)
		return ehc_rule_error(ps, v, "a date rule needs 'check': older-than, interval or "
					     "dated-before");
	x->check = (enum check)c;
	int rc = ehc_plist_parse(&x->from, r, ps, "from", x->check != C_BEFORE, err);
	if (!rc)
		rc = ehc_plist_parse(&x->to, r, ps, "to", x->check != C_OLDER, err);
	if (!rc)
		rc = ehc_int_parse(&x->max_days, ps, "max-days", 0, err);
	if (!rc)
		rc = ehc_int_parse(&x->min_days, ps, "min-days", 0, err);
	if (!rc)
		rc = ehc_int_parse(&x->max_months, ps, "max-months", 0, err);
	if (!rc && !x->max_days && !x->min_days && !x->max_months)
		rc = ehc_rule_error(ps, NULL, "a date rule needs max-days, min-days or max-months");
	r->unit = EHC_UNIT_DOCUMENT;
	return rc;
}

struct field {
	bool found;
	time_t t;
	const struct ehc_block *b;
	size_t start, end; /* in the block's text */
};

/* The first dated occurrence of a label of 'l' in the rule's sections. With 'latest', the
 * latest date among the labels found. */
static void
read_field(const struct ehc_rule *r, const struct ehc_plist *l, struct ehc_cx *cx,
	   struct field *f, bool anywhere)
{
	memset(f, 0, sizeof *f);
	for (size_t i = 0; i < cx->doc->nblocks; i++) {
		const struct ehc_block *b = &cx->doc->blocks[i];
		bool front = b->section == EHC_SEC_FRONT || b->section == EHC_SEC_BACK ||
			     b->section == EHC_SEC_NONE;
		if (anywhere ? !front : b->section != EHC_SEC_NONE && !r->sections[b->section])
			continue;
		struct ehc_unit_text u = *ehc_block_unit(cx, b);
		for (size_t p = 0; p < l->n; p++) {
			size_t ls, le, ds, de;
			time_t t;
			if (!ehc_pattern_find(&l->p[p], &cx->mt, u.norm, u.norm_len, 0, &ls, &le))
				continue;
			size_t reach = le + LABEL_REACH < u.norm_len ? le + LABEL_REACH : u.norm_len;
			if (!ehc_date_find(u.norm, reach, le, &t, &ds, &de))
				continue;
			if (!f->found || t > f->t) {
				*f = (struct field){ true, t, b, u.map[ds], u.map[de] };
			}
		}
	}
}

static int
months_between(time_t a, time_t b)
{
	struct tm x, y;
	gmtime_r(&a, &x);
	gmtime_r(&b, &y);
	int m = (y.tm_year - x.tm_year) * 12 + (y.tm_mon - x.tm_mon);
	if (y.tm_mday < x.tm_mday)
		m--;
	return m;
}

static void
emit(const struct ehc_rule *r, struct ehc_cx *cx, const struct field *at, time_t a, time_t b)
{
	long days = (long)((b - a) / 86400);
	char md[24], wk[24], dy[24], date[32];
	snprintf(md, sizeof md, "%d", months_between(a, b));
	snprintf(wk, sizeof wk, "%ld", days / 7);
	snprintf(dy, sizeof dy, "%ld", days);
	struct tm tm;
	gmtime_r(&at->t, &tm);
	strftime(date, sizeof date, "%d %B %Y", &tm);
	struct ehc_var vars[] = { { "months", md }, { "weeks", wk }, { "days", dy },
				  { "date", date }, { NULL, NULL } };
	const struct datecheck *x = r->data;
	const struct ehc_item *it = x->check == C_BEFORE ? ehc_block_item(cx->doc, at->b) : NULL;
	ehc_emit_at(cx, r, at->b->section, at->b, it, at->start, at->end, vars);
}

static bool
too_far(const struct datecheck *x, time_t a, time_t b)
{
	long days = (long)((b - a) / 86400);
	if (x->max_months && months_between(a, b) >= x->max_months &&
	    days > (long)(x->max_months * 30.44))
		return true;
	if (x->max_days && days > x->max_days)
		return true;
	return x->min_days && days >= 0 && days < x->min_days;
}

/* The latest date written in block 'b': an outcome's deadline, not the baseline it starts
 * from ("18 words a minute in October 2025 ... by July 2026"). */
static bool
latest_date(struct ehc_cx *cx, const struct ehc_block *b, struct field *f)
{
	const struct ehc_unit_text *u = ehc_block_unit(cx, b);
	size_t at = 0, ds, de;
	time_t t;
	f->found = false;
	while (ehc_date_find(u->norm, u->norm_len, at, &t, &ds, &de)) {
		if (!f->found || t > f->t)
			*f = (struct field){ true, t, b, u->map[ds], u->map[de] };
		at = de;
	}
	return f->found;
}

/* dated-before: each block of the rule's sections against the plan's own date. */
static void
check_before(const struct ehc_rule *r, const struct datecheck *x, struct ehc_cx *cx)
{
	struct field ref, f;
	read_field(r, &x->to, cx, &ref, true);
	if (!ref.found)
		return;
	for (size_t i = 0; i < cx->doc->nblocks; i++) {
		const struct ehc_block *b = &cx->doc->blocks[i];
		if (b->heading || b->section == EHC_SEC_NONE || !r->sections[b->section] || b == ref.b)
			continue;
		if (latest_date(cx, b, &f) && f.t < ref.t && too_far(x, f.t, ref.t))
			emit(r, cx, &f, f.t, ref.t);
	}
}

static void
check(const struct ehc_rule *r, const struct ehc_unit_text *u, struct ehc_cx *cx)
{
	const struct datecheck *x = r->data;
	struct field from, to;
	if (x->check == C_BEFORE) {
		check_before(r, x, cx);
		return;
	}
	read_field(r, &x->from, cx, &from, false);
	if (!from.found)
		return;
	if (x->check == C_OLDER) {
		if (too_far(x, from.t, cx->as_of))
			emit(r, cx, &from, from.t, cx->as_of);
		return;
	}
	read_field(r, &x->to, cx, &to, false);
	if (to.found && too_far(x, from.t, to.t))
		emit(r, cx, &to, from.t, to.t);
	(void)u;
}

static void
free_date(struct ehc_rule *r)
{
	struct datecheck *x = r->data;
	if (!x)
		return;
	ehc_plist_fini(&x->from);
	ehc_plist_fini(&x->to);
	free(x);
	r->data = NULL;
}

const struct ehc_rule_kind ehc_kind_date = {
	.name = "date",
	.keys = keys,
	.default_unit = EHC_UNIT_DOCUMENT,
	.parse = parse,
	.check = check,
	.free = free_date,
};
