/* SPDX-License-Identifier: MIT */
/*
 * Checking: walks a segmented document with ehc_iter, hands each rule the units it asks for
 * (document, section, item, paragraph), normalised with an offset map; builds findings with
 * expanded messages; applies ehclint-disable comments; orders findings by block and offset.
 * All state of a check lives in a struct ehc_cx on the caller's stack: the pack is only read.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "rules/rule.h"
#include "util/xalloc.h"

static const char *const template_vars[] = {
	"match", "word", "phrase", "section", "name", "n", "title", "note", "acronym",
	"expansion", "months", "weeks", "days", "date", "words", "grade", "score", "column",
	"count", "min", "max", "field", "rule", NULL,
};

bool
ehc_template_var_known(const char *name)
{
	for (int i = 0; template_vars[i]; i++)
		if (strcmp(name, template_vars[i]) == 0)
			return true;
	return false;
}

/* ---- units ---- */

static void
make_unit(struct ehc_cx *cx, int slot, struct ehc_unit_text *u, const char *text, size_t len,
	  size_t base, size_t slice)
{
	/* an invalid byte grows to 3 bytes of U+FFFD: room for 3x */
	size_t need = 3 * slice + 8;
	if (need > cx->cap[slot]) {
		cx->cap[slot] = need;
		cx->nbuf[slot] = xrealloc(cx->nbuf[slot], need);
		cx->mbuf[slot] = xrealloc(cx->mbuf[slot], need * sizeof(size_t));
	}
	size_t n = ehc_normalise(text + base, slice, cx->nbuf[slot], cx->mbuf[slot]);
	ehc_matcher_forget(&cx->mt); /* the buffer may have been matched before */
	for (size_t i = 0; i <= n; i++)
		cx->mbuf[slot][i] += base;
	u->text = text;
	u->text_len = len;
	u->base = base;
	u->len = slice;
	u->norm = cx->nbuf[slot];
	u->norm_len = n;
	u->map = cx->mbuf[slot];
}

void
ehc_unit_make(struct ehc_cx *cx, struct ehc_unit_text *u, const char *text, size_t len,
	      size_t base, size_t slice_len)
{
	make_unit(cx, 1, u, text, len, base, slice_len);
}

/* A unit made in scratch slot 1, copied into the check's arena so it stays. */
static void
keep_unit(struct ehc_cx *cx, struct ehc_unit_text *u, const char *text, size_t len)
{
	make_unit(cx, 1, u, text, len, 0, len);
	char *norm = ehc_arena_strndup(cx->scratch, u->norm, u->norm_len);
	size_t *map = ehc_arena_alloc(cx->scratch, (u->norm_len + 1) * sizeof *map);
	memcpy(map, u->map, (u->norm_len + 1) * sizeof *map);
	u->norm = norm;
	u->map = map;
}

const struct ehc_unit_text *
ehc_block_unit(struct ehc_cx *cx, const struct ehc_block *b)
{
	const struct ehc_doc *doc = cx->doc;
	size_t i = (size_t)(b - doc->blocks);
	struct ehc_unit_text *u;
	if (b >= doc->blocks && i < doc->nblocks && cx->btext) {
		u = &cx->btext[i];
		if (u->norm)
			return u;
	} else {
		u = ehc_arena_alloc(cx->scratch, sizeof *u); /* not one of the doc's blocks */
	}
	u->unit = EHC_UNIT_PARAGRAPH;
	u->section = b->section;
	u->block = b;
	keep_unit(cx, u, b->text, b->len);
	return u;
}

/* ---- matching helpers ---- */

/* The first non-empty match of pattern 'p' in s[from..to). */
static bool
first_match(const struct ehc_pattern *p, struct ehc_cx *cx, const char *s, size_t from,
	    size_t to, size_t *ms, size_t *me)
{
	size_t a = 0, b = 0, at = from;
	while (at <= to && ehc_pattern_find(p, &cx->mt, s, to, at, &a, &b)) {
		if (b > a) {
			*ms = a;
			*me = b;
			return a < to;
		}
		at = a + 1; /* an empty match: look further */
	}
	return false;
}

int
ehc_plist_find(const struct ehc_plist *l, struct ehc_cx *cx, const char *s, size_t from,
	       size_t to, size_t *ms, size_t *me)
{
	int best = -1;
	for (size_t i = 0; i < l->n; i++) {
		size_t a, b;
		if (!first_match(&l->p[i], cx, s, from, to, &a, &b))
			continue;
		if (best < 0 || a < *ms) {
			best = (int)i;
			*ms = a;
			*me = b;
		}
	}
	return best;
}

bool
ehc_plist_any(const struct ehc_plist *l, struct ehc_cx *cx, const char *s, size_t from,
	      size_t to)
{
	size_t a, b;
	for (size_t i = 0; i < l->n; i++)
		if (first_match(&l->p[i], cx, s, from, to, &a, &b))
			return true;
	return false;
}

static bool
abbreviation(const char *s, size_t dot)
{
	static const char *const abbr[] = { "e.g", "i.e", "eg", "ie", "dr", "mr", "mrs", "ms",
					    "approx", "no", "vs", "st", "cf", "inc", "nb", NULL };
	size_t w = dot;
	while (w > 0 && s[w - 1] != ' ' && s[w - 1] != '\n' && s[w - 1] != '(')
		w--;
	size_t n = dot - w;
	if (n == 1)
		return true; /* an initial, "a." */
	for (int i = 0; abbr[i]; i++)
		if (strlen(abbr[i]) == n && strncasecmp(s + w, abbr[i], n) == 0)
			return true;
	return false;
}

static bool
sentence_end(const char *s, size_t len, size_t i, size_t *after)
{
	if (s[i] == '\n') {
		*after = i;
		return true;
	}
	if (s[i] != '.' && s[i] != '!' && s[i] != '?' && s[i] != ';')
		return false;
	size_t j = i + 1;
	while (j < len && strchr("\"')]", s[j]) && s[j])
		j++;
	if (j < len && s[j] != ' ' && s[j] != '\n')
		return false;
	if (s[i] == '.' && abbreviation(s, i))
		return false;
	if (s[i] == ';')
		return false; /* a clause, not a sentence */
	*after = j;
	return true;
}

bool
ehc_sentence_next(const char *s, size_t len, size_t from, size_t *ss, size_t *se)
{
	while (from < len && (s[from] == ' ' || s[from] == '\n'))
		from++;
	if (from >= len)
		return false;
	*ss = from;
	for (size_t i = from; i < len; i++) {
		size_t after;
		if (sentence_end(s, len, i, &after)) {
			*se = after;
			return true;
		}
	}
	*se = len;
	return true;
}

void
ehc_sentence_at(const struct ehc_unit_text *u, size_t at, size_t *s, size_t *e)
{
	size_t from = 0, a, b;
	*s = 0;
	*e = u->norm_len;
	while (ehc_sentence_next(u->norm, u->norm_len, from, &a, &b)) {
		if (at < b || b >= u->norm_len) {
			*s = a;
			*e = b;
			return;
		}
		from = b > from ? b : from + 1;
	}
}

/* ---- findings ---- */

static const char *
var_value(const struct ehc_var *vars, const char *name, size_t n)
{
	for (size_t i = 0; vars && vars[i].name; i++)
		if (strlen(vars[i].name) == n && strncmp(vars[i].name, name, n) == 0)
			return vars[i].value;
	return NULL;
}

static const char *
expand(struct ehc_arena *a, const char *tmpl, const struct ehc_var *extra,
       const struct ehc_var *builtin)
{
	if (!tmpl)
		return NULL;
	struct ehc_buf b = EHC_BUF_INIT;
	for (const char *s = tmpl; *s;) {
		const char *c = s[0] == '{' ? strchr(s, '}') : NULL;
		const char *v = NULL;
		if (c) {
			v = var_value(extra, s + 1, (size_t)(c - s - 1));
			if (!v)
				v = var_value(builtin, s + 1, (size_t)(c - s - 1));
		}
		if (v) {
			ehc_buf_puts(&b, v);
			s = c + 1;
		} else {
			ehc_buf_putc(&b, *s++);
		}
	}
	const char *out = ehc_arena_strndup(a, ehc_buf_str(&b), b.len);
	ehc_buf_fini(&b);
	return out;
}

/* The quoted words: the original bytes, white space folded. */
static const char *
quote(struct ehc_arena *a, const char *text, size_t start, size_t end)
{
	char *q = ehc_arena_strndup(a, text + start, end - start);
	for (char *p = q; *p; p++)
		if (*p == '\t' || *p == '\n' || *p == '\r')
			*p = ' ';
	return q;
}

void
ehc_emit_at(struct ehc_cx *cx, const struct ehc_rule *r, enum ehc_sec sec,
	    const struct ehc_block *b, const struct ehc_item *item, size_t start, size_t end,
	    const struct ehc_var *vars)
{
	struct ehc_doc *doc = cx->doc;
	const char *text = item ? item->text : b ? b->text : "";
	size_t tlen = item ? item->len : b ? b->len : 0;
	if (end > tlen)
		end = tlen;
	if (start > end)
		start = end;
	const char *m = quote(doc->arena, text, start, end);
	const char *sid = ehc_sec_id(sec);
	struct ehc_var builtin[] = {
		{ "match", m }, { "word", m }, { "phrase", m }, { "section", sid ? sid : "" },
		{ "name", cx->name }, { "rule", r->id }, { NULL, NULL },
	};
	const char *msg = expand(doc->arena, r->message, vars, builtin);
	const char *sug = expand(doc->arena, r->suggestion, vars, builtin);
	struct ehc_finding *f = ehc_doc_add_finding(doc);
	f->rule = r;
	f->rule_id = r->id;
	f->level = ehc_rule_level_in(r, sec);
	f->section = sec;
	f->block = item ? item->first_block : b ? b->n : 0;
	f->item = item ? item->n : 0;
	f->text = text;
	f->text_len = tlen;
	f->start = start;
	f->end = end;
	f->message = msg;
	f->suggestion = sug;
	f->criteria = r->criteria;
}

void
ehc_emit(struct ehc_cx *cx, const struct ehc_rule *r, const struct ehc_unit_text *u,
	 size_t ns, size_t ne, const struct ehc_var *vars)
{
	if (ne > u->norm_len)
		ne = u->norm_len;
	size_t start = u->map[ns < ne ? ns : ne], end = u->map[ne];
	while (end > start && (u->text[end - 1] == ' ' || u->text[end - 1] == '\t' ||
			       u->text[end - 1] == '\n'))
		end--;
	ehc_emit_at(cx, r, u->section, u->block, u->item, start, end, vars);
	/* a paragraph of an item reports into the block's text, not the item's */
	struct ehc_finding *f = &cx->doc->findings[cx->doc->nfindings - 1];
	if (u->unit != EHC_UNIT_ITEM && u->block) {
		f->text = u->text;
		f->text_len = u->text_len;
		f->block = u->block->n;
		f->start = start;
		f->end = end;
	}
}

/* ---- dispatch ---- */

static bool
active(const struct ehc_cx *cx, const struct ehc_rule *r)
{
	return cx->only ? r == cx->only : r->enabled;
}

static void
note_limit(struct ehc_cx *cx, const struct ehc_rule *r, int block)
{
	if (!cx->mt.limited)
		return;
	cx->mt.limited = false;
	ehc_doc_note(cx->doc, block, "rule %s: a pattern hit its match limit; part of block %d "
				     "was not checked", r->id, block);
}

static bool
front_matches(struct ehc_cx *cx, const struct ehc_plist *l)
{
	const struct ehc_doc *doc = cx->doc;
	if (doc->title && ehc_plist_any(l, cx, doc->title, 0, strlen(doc->title)))
		return true;
	for (size_t i = 0; i < doc->nblocks; i++) {
		const struct ehc_block *b = &doc->blocks[i];
		if (b->section != EHC_SEC_FRONT)
			continue;
		const struct ehc_unit_text *u = ehc_block_unit(cx, b);
		if (ehc_plist_any(l, cx, u->norm, 0, u->norm_len))
			return true;
	}
	return false;
}

/* when-plan / unless-plan, worked out once per rule and document. */
static bool
plan_ok(struct ehc_cx *cx, const struct ehc_rule *r, size_t i)
{
	if (!r->when_plan.n && !r->unless_plan.n)
		return true;
	if (cx->plan_ok[i] < 0) {
		bool ok = !r->when_plan.n || front_matches(cx, &r->when_plan);
		ok = ok && !(r->unless_plan.n && front_matches(cx, &r->unless_plan));
		cx->plan_ok[i] = ok;
	}
	return cx->plan_ok[i] == 1;
}

static void
dispatch(struct ehc_cx *cx, const struct ehc_unit_text *u, enum ehc_unit want, bool strays)
{
	const struct ehc_pack *p = cx->pack;
	for (size_t i = 0; i < p->n; i++) {
		const struct ehc_rule *r = p->rules[i];
		if (!active(cx, r) || (u->section != EHC_SEC_NONE && !r->sections[u->section]))
			continue;
		bool ok = r->unit == want ||
			  (want == EHC_UNIT_PARAGRAPH && r->unit == EHC_UNIT_SENTENCE) ||
			  (strays && r->unit == EHC_UNIT_ITEM && r->kind == &ehc_kind_existence);
		if (!ok || !plan_ok(cx, r, i))
			continue;
		r->kind->check(r, u, cx);
		note_limit(cx, r, u->block ? u->block->n : 0);
	}
}

static void
on_scope(struct ehc_cx *cx, enum ehc_unit unit, enum ehc_sec sec)
{
	struct ehc_unit_text u = { .unit = unit, .section = sec, .text = "", .norm = "" };
	size_t zero = 0;
	u.map = &zero;
	dispatch(cx, &u, unit, false);
}

static void
on_item(struct ehc_cx *cx, const struct ehc_item *item)
{
	struct ehc_unit_text u = { .unit = EHC_UNIT_ITEM, .section = item->section };
	u.block = ehc_doc_block(cx->doc, item->first_block);
	u.item = item;
	make_unit(cx, 0, &u, item->text, item->len, 0, item->len);
	dispatch(cx, &u, EHC_UNIT_ITEM, false);
}

static bool
cells_sectioned(const struct ehc_block *b)
{
	for (size_t i = 0; i < b->ncells; i++)
		if (b->cells[i].section != EHC_SEC_NONE)
			return true;
	return false;
}

static void
on_block(struct ehc_cx *cx, enum ehc_sec sec, const struct ehc_block *b,
	 const struct ehc_item *item)
{
	if (b->heading || b->header_row) /* a table's column names are no content */
		return;
	struct ehc_unit_text u = { .unit = EHC_UNIT_PARAGRAPH, .section = sec, .block = b,
				   .item = item };
	if (!cells_sectioned(b)) {
		u = *ehc_block_unit(cx, b);
		u.section = sec;
		u.item = item;
		dispatch(cx, &u, EHC_UNIT_PARAGRAPH, !item);
		return;
	}
	for (size_t i = 0; i < b->ncells; i++) {
		if (b->cells[i].section != sec)
			continue;
		make_unit(cx, 0, &u, b->text, b->len, b->cells[i].start, b->cells[i].len);
		dispatch(cx, &u, EHC_UNIT_PARAGRAPH, !item);
	}
}

static void
walk(struct ehc_cx *cx)
{
	struct ehc_iter it;
	ehc_iter_init(&it, cx->doc);
	for (enum ehc_event ev; (ev = ehc_iter_next(&it)) != EHC_EV_NONE;) {
		switch (ev) {
		case EHC_EV_DOC_ENTER:
			on_scope(cx, EHC_UNIT_DOCUMENT, EHC_SEC_NONE);
			break;
		case EHC_EV_SECTION_ENTER:
			on_scope(cx, EHC_UNIT_SECTION, it.section->id);
			break;
		case EHC_EV_ITEM_ENTER:
			on_item(cx, it.item);
			break;
		case EHC_EV_BLOCK:
			on_block(cx, it.section->id, it.block, it.item);
			break;
		default:
			break;
		}
	}
}

/* ---- suppression ---- */

static bool
disables(const char *comment, const char *id)
{
	static const char key[] = "ehclint-disable";
	for (const char *s = comment ? strcasestr(comment, key) : NULL; s;
	     s = strcasestr(s + 1, key)) {
		const char *p = s + sizeof key - 1;
		if (*p == '-' || *p == '_')
			continue; /* another directive */
		for (;;) {
			while (*p == ' ' || *p == ':' || *p == '\t')
				p++;
			size_t n = strcspn(p, " ,;:\t\n\r");
			if (n == strlen(id) && strncasecmp(p, id, n) == 0)
				return true;
			if (p[n] != ',')
				break;
			p += n + 1;
		}
	}
	return false;
}

static bool
covers(const struct ehc_comment *c, const struct ehc_finding *f)
{
	if (f->block == 0)
		return true; /* a document-level finding: a disable anywhere counts */
	if (c->block <= 0)
		return false;
	int last = c->end_block >= c->block ? c->end_block : c->block;
	return f->block >= c->block && f->block <= last;
}

static void
suppress(struct ehc_cx *cx, size_t from)
{
	struct ehc_doc *doc = cx->doc;
	if (cx->opts && !cx->opts->honour_disable)
		return;
	for (size_t i = 0; i < doc->ncomments; i++)
		for (size_t j = from; j < doc->nfindings; j++) {
			struct ehc_finding *f = &doc->findings[j];
			if (!f->suppressed && covers(&doc->comments[i], f) &&
			    disables(doc->comments[i].text, f->rule_id))
				f->suppressed = true;
		}
}

/* ---- order ---- */

struct keyed {
	struct ehc_finding f;
	size_t i;
};

static int
cmp_finding(const void *a, const void *b)
{
	const struct keyed *x = a, *y = b;
	if (x->f.block != y->f.block)
		return x->f.block < y->f.block ? -1 : 1;
	if (x->f.start != y->f.start)
		return x->f.start < y->f.start ? -1 : 1;
	return x->i < y->i ? -1 : x->i > y->i;
}

static void
sort_findings(struct ehc_doc *doc, size_t from)
{
	size_t n = doc->nfindings - from;
	if (n < 2)
		return;
	struct keyed *k = xmalloc(n * sizeof *k);
	for (size_t i = 0; i < n; i++) {
		k[i].f = doc->findings[from + i];
		k[i].i = i;
	}
	qsort(k, n, sizeof *k, cmp_finding);
	for (size_t i = 0; i < n; i++)
		doc->findings[from + i] = k[i].f;
	free(k);
}

/* ---- the child's name ---- */

static const char *
child_name(struct ehc_cx *cx)
{
	const struct ehc_doc *doc = cx->doc;
	for (size_t i = 0; i < doc->nblocks && i < 80; i++) {
		const struct ehc_block *b = &doc->blocks[i];
		if (b->section != EHC_SEC_FRONT && b->section != EHC_SEC_NONE)
			continue;
		const struct ehc_unit_text *u = ehc_block_unit(cx, b);
		size_t s, e;
		if (!ehc_pattern_find(&cx->pack->name_pat, &cx->mt, u->norm, u->norm_len, 0, &s, &e))
			continue;
		PCRE2_SIZE *ov = pcre2_get_ovector_pointer(cx->mt.md);
		if (ov[3] > ov[2])
			return ehc_arena_strndup(cx->doc->arena, u->norm + ov[2], ov[3] - ov[2]);
	}
	return "the child";
}

void
ehc_check_run(const struct ehc_pack *p, struct ehc_doc *doc, const struct ehc_check_opts *opts,
	      const struct ehc_rule *only)
{
	struct ehc_cx cx = { .pack = p, .doc = doc, .opts = opts, .only = only };
	ehc_matcher_init(&cx.mt);
	cx.scratch = ehc_arena_new();
	cx.btext = ehc_arena_alloc(cx.scratch, (doc->nblocks + 1) * sizeof *cx.btext);
	cx.as_of = opts && opts->as_of ? opts->as_of : time(NULL);
	cx.name = child_name(&cx);
	cx.plan_ok = xmalloc(p->n + 1);
	memset(cx.plan_ok, -1, p->n + 1);
	size_t from = doc->nfindings;
	walk(&cx);
	suppress(&cx, from);
	sort_findings(doc, from);
	ehc_matcher_fini(&cx.mt);
	ehc_arena_free(cx.scratch);
	free(cx.plan_ok);
	for (int i = 0; i < 2; i++) {
		free(cx.nbuf[i]);
		free(cx.mbuf[i]);
	}
}

void
ehc_pack_check(const struct ehc_pack *p, struct ehc_doc *doc, const struct ehc_check_opts *opts)
{
	ehc_check_run(p, doc, opts, NULL);
}

const struct ehc_item *
ehc_block_item(const struct ehc_doc *doc, const struct ehc_block *b)
{
	for (size_t i = 0; i < doc->nitems; i++) {
		const struct ehc_item *it = &doc->items[i];
		if (it->section == b->section && b->n >= it->first_block && b->n <= it->last_block)
			return it->first_block == it->last_block && it->cell < 0 ? it : NULL;
	}
	return NULL;
}
