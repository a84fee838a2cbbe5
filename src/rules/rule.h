/* SPDX-License-Identifier: MIT */
/*
 * Inside the rule pack: the compiled rule, the plug-in interface of a rule kind, the unit of
 * text a check sees, and the helpers kinds share (findings, sentences, messages). Not for use
 * outside src/rules/.
 */
#ifndef EHC_RULES_RULE_H
#define EHC_RULES_RULE_H

#include <stdbool.h>
#include <stddef.h>

#include "model.h"
#include "util/pattern.h"
#include "rules/rules.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/yaml.h"

enum ehc_unit {
	EHC_UNIT_DOCUMENT,
	EHC_UNIT_SECTION,
	EHC_UNIT_ITEM,
	EHC_UNIT_PARAGRAPH,
	EHC_UNIT_SENTENCE,
	EHC_UNIT_COUNT
};

/* A compiled list of patterns, with an optional note per entry (used as {note}). */
struct ehc_plist {
	struct ehc_pattern *p;
	const char **notes;
	size_t n;
};

/* A good or bad example: one text for the rule's first section, or a small plan. */
struct ehc_example {
	const char *text;                    /* NULL when 'sections' is used */
	const char *sections[EHC_SEC_COUNT]; /* per-section text ("" = present but empty) */
	int order[EHC_SEC_COUNT];            /* 1-based position of each section in the plan */
	time_t as_of;                        /* 0: the test's default date */
	const char *shown;                   /* one-line form for `rules explain` */
	const char **columns;                /* header names when 'text' is a table row */
	size_t ncolumns;
	int line;
};

struct ehc_rule {
	const char *id, *kind_name, *message, *suggestion, *reference, *description, *file;
	int line, col;
	enum ehc_level level;
	enum ehc_level section_level[EHC_SEC_COUNT]; /* per-section level ("section-levels") */
	bool has_section_level[EHC_SEC_COUNT];
	bool enabled, caseless, each; /* each: report every match, not once per unit */
	unsigned criteria;
	bool sections[EHC_SEC_COUNT];
	enum ehc_sec first_section;
	enum ehc_unit unit;
	const struct ehc_rule_kind *kind;
	void *data; /* the kind's compiled form */
	struct ehc_example *good, *bad;
	size_t ngood, nbad;
	/* the rule runs only on plans whose front matter (and title) match 'when_plan' (if
	 * any) and not 'unless_plan' */
	struct ehc_plist when_plan, unless_plan;
};

/* Where a rule kind reads its keys and compiles its patterns. */
struct ehc_parse {
	struct ehc_pack *pack;
	struct ehc_arena *arena;          /* the pack's */
	const struct ehc_macros *macros;
	const char *file;
	const struct ehc_yaml *node;      /* the rule's mapping */
	struct ehc_error *err;
};

struct ehc_pack {
	struct ehc_arena *arena;          /* rules, strings, YAML trees */
	struct ehc_rule **rules;
	size_t n, cap;
	struct ehc_macros macros;
	size_t macros_checked;
	struct ehc_pattern name_pat;      /* the child's name on the front page */
};

/* One stretch of text a check looks at, already normalised (§1 of DOMAIN.md). */
struct ehc_unit_text {
	enum ehc_unit unit;
	enum ehc_sec section;
	const struct ehc_block *block;    /* or NULL (item spanning blocks: its first) */
	const struct ehc_item *item;      /* or NULL */
	const char *text;                 /* the original text findings point into */
	size_t text_len;
	size_t base, len;                 /* the slice of 'text' this unit covers */
	const char *norm;                 /* normalised slice, NUL-terminated */
	size_t norm_len;
	const size_t *map;                /* norm byte i -> offset in 'text'; map[norm_len] = end */
};

struct ehc_cx {
	const struct ehc_pack *pack;
	struct ehc_doc *doc;
	const struct ehc_check_opts *opts;
	struct ehc_matcher mt;
	time_t as_of;
	const char *name;                 /* the child's first name, or "the child" */
	const struct ehc_rule *only;      /* run only this rule (rules test), or NULL */
	signed char *plan_ok;             /* per rule: -1 not yet known, 0 no, 1 yes */
	char *nbuf[2];                    /* normalised text: [0] engine, [1] ehc_unit_make() */
	size_t *mbuf[2];
	size_t cap[2];
	struct ehc_arena *scratch;        /* this check's: freed when it ends */
	struct ehc_unit_text *btext;      /* per block, normalised on first use (norm NULL: not yet) */
};

/** Sets up a check of 'doc' (only rule 'only' when not NULL) and runs it. */
void ehc_check_run(const struct ehc_pack *p, struct ehc_doc *doc,
		   const struct ehc_check_opts *opts, const struct ehc_rule *only);

struct ehc_rule_kind {
	const char *name;
	const char *const *keys;          /* the kind's own YAML keys, NULL-terminated */
	enum ehc_unit default_unit;
	int (*parse)(struct ehc_rule *r, const struct ehc_parse *ps, struct ehc_error *err);
	/* Called for each unit of the rule's unit type in its sections; for DOCUMENT and SECTION
	 * units 'u' has no text and the kind walks cx->doc itself. */
	void (*check)(const struct ehc_rule *r, const struct ehc_unit_text *u, struct ehc_cx *cx);
	void (*free)(struct ehc_rule *r);
};

extern const struct ehc_rule_kind ehc_kind_existence, ehc_kind_requirement,
	ehc_kind_structure, ehc_kind_readability, ehc_kind_acronym, ehc_kind_date;

/* ---- pack.c: parse helpers for kinds ---- */


/** Compiles the scalar or sequence under 'key' (absent: empty list; 'required' makes absence
 * an error). Entries are pattern strings or {pattern, note} mappings. */
int ehc_plist_parse(struct ehc_plist *l, const struct ehc_rule *r, const struct ehc_parse *ps,
		    const char *key, bool required, struct ehc_error *err);
void ehc_plist_fini(struct ehc_plist *l);
/** Compiles one pattern scalar. */
int ehc_pattern_parse(struct ehc_pattern *p, const struct ehc_rule *r,
		      const struct ehc_parse *ps, const struct ehc_yaml *node, struct ehc_error *err);
/** A non-negative integer under 'key', or 'dflt' when absent. */
int ehc_int_parse(int *out, const struct ehc_parse *ps, const char *key, int dflt,
		  struct ehc_error *err);
/** A rule error at 'node' (or the rule). */
int ehc_rule_error(const struct ehc_parse *ps, const struct ehc_yaml *node, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/** Reads 'examples: {good: [...], bad: [...]}' (selftest.c). */
int ehc_examples_parse(struct ehc_rule *r, const struct ehc_parse *ps);

/* ---- engine.c: helpers for checks ---- */

/** First match of any pattern of 'l' in norm[from..to); index of the pattern or -1. */
int ehc_plist_find(const struct ehc_plist *l, struct ehc_cx *cx, const char *s, size_t from,
		   size_t to, size_t *ms, size_t *me);
/** True when any pattern of 'l' matches anywhere in s[from..to). */
bool ehc_plist_any(const struct ehc_plist *l, struct ehc_cx *cx, const char *s, size_t from,
		   size_t to);
/** The sentence of 'u->norm' around byte 'at': [*s, *e). */
void ehc_sentence_at(const struct ehc_unit_text *u, size_t at, size_t *s, size_t *e);
/** The next sentence starting at or after 'from'; false at the end. */
bool ehc_sentence_next(const char *s, size_t len, size_t from, size_t *ss, size_t *se);

/* A {name} -> value pair for message templates. */
struct ehc_var {
	const char *name, *value;
};

/**
 * Appends a finding of 'r' about 'u' (or, when 'u' is NULL, about block 'block' / section
 * 'sec'), for the normalised range [ns, ne) of 'u' (or byte range [ns, ne) of 'text' when 'u'
 * is NULL). Extra template variables in 'vars' (NULL-terminated by name), may be NULL.
 */
void ehc_emit(struct ehc_cx *cx, const struct ehc_rule *r, const struct ehc_unit_text *u,
	      size_t ns, size_t ne, const struct ehc_var *vars);
void ehc_emit_at(struct ehc_cx *cx, const struct ehc_rule *r, enum ehc_sec sec,
		 const struct ehc_block *b, const struct ehc_item *item, size_t start, size_t end,
		 const struct ehc_var *vars);
/** Builds a unit for an arbitrary text slice, normalised into a scratch buffer that the next
 * ehc_unit_make() overwrites. */
void ehc_unit_make(struct ehc_cx *cx, struct ehc_unit_text *u, const char *text, size_t len,
		   size_t base, size_t slice_len);
/** The whole text of block 'b' as a paragraph unit (section b->section, no item), normalised
 * once per check; owned by the check, valid until it ends. Copy it to change fields. */
const struct ehc_unit_text *ehc_block_unit(struct ehc_cx *cx, const struct ehc_block *b);
/** The item that is exactly block 'b' (one block, not a cell), so a finding on the block can
 * name the item and keep its offsets; NULL when there is none. */
const struct ehc_item *ehc_block_item(const struct ehc_doc *doc, const struct ehc_block *b);
/** True if 'name' is a template variable the engine or a kind can fill. */
bool ehc_template_var_known(const char *name);

/* ---- norm.c ---- */

/**
 * Normalises s[0..len) into 'out' (curly quotes, dashes, x, spaces, tabs -> newlines, leading
 * bullets and numbers stripped per line) and fills 'map' (len + 1 entries of offsets into 's',
 * the caller's array of at least len + 1). Returns the normalised length.
 */
size_t ehc_normalise(const char *s, size_t len, char *out, size_t *map);

/** Words in s[0..len) (runs of letters or digits, with ' and - inside). */
size_t ehc_count_words(const char *s, size_t len);
/** Syllables in one word (vowel groups, minus a final silent e, at least 1). */
size_t ehc_count_syllables(const char *w, size_t len);

/* ---- dates (kind-date.c) ---- */
/** Parses a UK date (d/m/yyyy, d-m-yyyy, d.m.yyyy, d Month yyyy, Month yyyy) at or after
 * s[from]; on success sets *t (midday UTC) and the range. */
bool ehc_date_find(const char *s, size_t len, size_t from, time_t *t, size_t *ds, size_t *de);

#endif
