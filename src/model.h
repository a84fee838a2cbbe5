/* SPDX-License-Identifier: MIT */
/*
 * The document model: doc -> section -> item -> block, and findings. Read this first.
 *
 * A plan is an ordered list of blocks (a paragraph, or one table row with its cells), as the
 * loader read them. The segmenter assigns each block (and, in tables whose columns are
 * sections, each cell) to a statutory section and groups the blocks of E, F, G, H1, H2 into
 * items. Rules read blocks and items and append findings. Nothing here knows OOXML, YAML or
 * PCRE2.
 *
 * Ownership: everything reachable from a struct ehc_doc belongs to it and dies in
 * ehc_doc_free(); strings live in the doc's arena, arrays are owned by the doc. A finding
 * points into the text of the block or item it is about and keeps byte offsets into it, so a
 * finding is valid for as long as its doc.
 */
#ifndef EHC_MODEL_H
#define EHC_MODEL_H

#include <stdbool.h>
#include <stddef.h>

#include "util/arena.h"

/* Sections, in statutory order. FRONT is anything before the first section heading (title,
 * personal details); BACK is what follows the plan (signature, appendices). */
enum ehc_sec {
	EHC_SEC_NONE = -1,
	EHC_SEC_FRONT = 0,
	EHC_SEC_A,
	EHC_SEC_B,
	EHC_SEC_C,
	EHC_SEC_D,
	EHC_SEC_E,
	EHC_SEC_F,
	EHC_SEC_G,
	EHC_SEC_H,  /* H as a whole, when the plan does not split H1/H2 */
	EHC_SEC_H1,
	EHC_SEC_H2,
	EHC_SEC_I,
	EHC_SEC_J,
	EHC_SEC_K,
	EHC_SEC_BACK,
	EHC_SEC_COUNT
};

/** "A" .. "K", "H1", "front", "back"; NULL for EHC_SEC_NONE. */
const char *ehc_sec_id(enum ehc_sec s);
/** The section for an id as ehc_sec_id() spells it (case-insensitive), or EHC_SEC_NONE. */
enum ehc_sec ehc_sec_parse(const char *id);
/** True for A..K (the statutory sections). */
bool ehc_sec_statutory(enum ehc_sec s);

enum ehc_level { EHC_LEVEL_INFO, EHC_LEVEL_WARNING, EHC_LEVEL_ERROR, EHC_LEVEL_COUNT };

/** "info", "warning", "error". */
const char *ehc_level_name(enum ehc_level l);
/** Parses a level name; returns -1 when unknown. */
int ehc_level_parse(const char *name);

enum ehc_block_kind { EHC_BLOCK_PARAGRAPH, EHC_BLOCK_ROW };

/* One cell of a table row. Its text is a slice of the row's text. */
struct ehc_cell {
	size_t start, len;  /* byte slice of the row's block text */
	int col;            /* 0-based grid column where the cell starts */
	int span;           /* grid columns covered (w:gridSpan), >= 1 */
	bool vmerge_cont;   /* continuation of a vertical merge: text is "" */
	bool shaded;        /* has a fill colour */
	bool bold;          /* all its text is bold */
	enum ehc_sec section; /* set by the segmenter when a row spans sections; else NONE */
};

struct ehc_block {
	int n;                     /* 1-based, stable: the block number users see */
	enum ehc_block_kind kind;
	const char *text;          /* UTF-8, NUL-terminated; a row: cells joined by '\t' */
	size_t len;                /* bytes in 'text' */
	const char *style;         /* paragraph style name ("Heading 1"), or NULL */
	int outline;               /* heading or outline level 1..9, 0 for body text */
	const char *label;         /* automatic numbering label ("Section E", "1.", "•") or NULL */
	int num_id;                /* numbering instance, 0 for none */
	int list_level;            /* 0-based numbering level, -1 when not in a list */
	bool bold;                 /* all its visible text is bold */
	bool caps;                 /* all its text shown in capitals through w:caps */
	bool underline;            /* all its visible text underlined */
	bool shaded;               /* paragraph shading, or every cell of a row shaded */
	float font_size;           /* points of its first run, 0 when unknown */
	/* Table rows (and paragraphs inside a table cell keep table 0: cells are in the row). */
	int table;                 /* 1-based table number in document order, 0 outside tables */
	int row;                   /* 1-based row within its table */
	int depth;                 /* 0, or 1.. for a nested table's rows */
	bool header_row;           /* a header row: w:tblHeader, or so judged by the segmenter */
	int grid_cols;             /* columns of its table's grid (or of its widest row) */
	struct ehc_cell *cells;    /* 'ncells' cells, for a row */
	size_t ncells;
	/* Set by the segmenter. */
	enum ehc_sec section;
	bool heading;              /* this block is a section heading */
};

/* An outcome in E, a provision item in F, G, H, H1, H2: one or more consecutive blocks, or a
 * single cell of a row in a table whose columns are sections. */
struct ehc_item {
	int n;                     /* 1-based within its section */
	enum ehc_sec section;
	int first_block, last_block; /* block numbers, inclusive */
	int cell;                  /* cell index when the item is one cell of a row, else -1 */
	const char *text;          /* the item's text; for a one-block item this IS the block's
				      text pointer, so offsets agree; cells joined by '\t' */
	size_t len;
	const char *area;          /* area-of-need subheading it sits under, or NULL */
	const char *const *columns; /* for table rows: the header row's names, one per cell */
	size_t ncolumns;
};

/* A comment kept aside by the loader; the rules read "ehclint-disable" from it. */
struct ehc_comment {
	const char *author, *text;
	int block;                 /* block holding the start of its range, 0 if unknown */
	size_t start, end;         /* byte range of the anchor in that block's text */
	int end_block;             /* block holding the end of its range */
};

/* Something the loader or segmenter could not fully understand; nothing is dropped silently. */
struct ehc_note {
	int block;                 /* where, or 0 */
	const char *message;
};

struct ehc_section {
	enum ehc_sec id;
	bool present;              /* a heading (or a column) for it was found */
	const char *title;         /* heading text as written, or NULL */
	int heading_block;         /* block number of the heading, 0 when the section is a column */
	int first_block, last_block; /* content blocks (after the heading), 0 when empty */
	bool empty;                /* present, but no content */
	bool not_applicable;       /* its only content says "Not applicable" / "N/A" */
	bool no_needs;             /* its only content says there are none ("No health needs
				      have been identified") */
	int order;                 /* 1-based position in the plan, 0 if absent */
};

struct ehc_rule;

/* What a rule tests, so scores can be derived from which rules fired. SMART letters for
 * outcomes; the elements CoP 9.69 asks of each provision item. */
enum ehc_criterion {
	EHC_CRIT_SPECIFIC = 1u << 0,
	EHC_CRIT_MEASURABLE = 1u << 1,
	EHC_CRIT_ACHIEVABLE = 1u << 2,
	EHC_CRIT_RELEVANT = 1u << 3,
	EHC_CRIT_TIME_BOUND = 1u << 4,
	EHC_CRIT_WHAT = 1u << 8,       /* type of provision */
	EHC_CRIT_FREQUENCY = 1u << 9,  /* how often */
	EHC_CRIT_DURATION = 1u << 10,  /* for how long */
	EHC_CRIT_GROUP = 1u << 11,     /* group size or ratio */
	EHC_CRIT_WHO = 1u << 12,       /* who delivers */
	EHC_CRIT_EXPERTISE = 1u << 13, /* their qualification or training */
};

/** The criterion for a name as rules/ spells it ("specific", "time-bound", "frequency",
 * "who", ...), or 0. */
unsigned ehc_criterion_parse(const char *name);
/** The name of a single criterion bit, or NULL. */
const char *ehc_criterion_name(unsigned bit);

struct ehc_finding {
	const struct ehc_rule *rule; /* owned by the rule pack, which outlives the doc's report */
	const char *rule_id;
	enum ehc_level level;
	enum ehc_sec section;
	int block;                 /* block number, 0 for a document-level finding */
	int item;                  /* item number within its section, 0 if none */
	const char *text;          /* the block or item text it is about (not a copy), or "" */
	size_t text_len;
	size_t start, end;         /* byte offsets of the words at fault in 'text' (equal: none) */
	const char *message;       /* in the doc's arena */
	const char *suggestion;    /* or NULL */
	unsigned criteria;         /* bit set of what the rule tests (SMART letters, elements) */
	bool suppressed;           /* silenced by an ehclint-disable comment */
};

struct ehc_doc {
	struct ehc_arena *arena;
	const char *path;          /* as given */
	const char *title;         /* core properties title, or NULL */
	struct ehc_block *blocks;  /* blocks[i].n == i + 1 */
	size_t nblocks, blocks_cap;
	struct ehc_comment *comments;
	size_t ncomments, comments_cap;
	struct ehc_note *notes;
	size_t nnotes, notes_cap;
	struct ehc_section sections[EHC_SEC_COUNT];
	struct ehc_item *items;
	size_t nitems, items_cap;
	struct ehc_finding *findings;
	size_t nfindings, findings_cap;
	size_t source_bytes;       /* size of the file read */
};

/** A new empty document for 'path' (copied). Free with ehc_doc_free(). */
struct ehc_doc *ehc_doc_new(const char *path);
/** Frees the doc and all it owns; NULL is a no-op. */
void ehc_doc_free(struct ehc_doc *doc);
/** Appends a zeroed block numbered nblocks + 1 (section NONE, list_level -1). The pointer is
 * valid until the next append. */
struct ehc_block *ehc_doc_add_block(struct ehc_doc *doc, enum ehc_block_kind kind);
/** Block number 'n' (1-based), or NULL. */
struct ehc_block *ehc_doc_block(const struct ehc_doc *doc, int n);
/** Records a note (message copied into the arena). */
void ehc_doc_note(struct ehc_doc *doc, int block, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/** Appends a zeroed item; valid until the next append. */
struct ehc_item *ehc_doc_add_item(struct ehc_doc *doc);
/** Appends a zeroed finding; valid until the next append. */
struct ehc_finding *ehc_doc_add_finding(struct ehc_doc *doc);
/** True when block 'b' belongs to section 's', itself or through one of its cells. */
bool ehc_block_in(const struct ehc_block *b, enum ehc_sec s);
/** The text of cell 'i' of row 'b' as a fresh arena string. */
const char *ehc_cell_text(const struct ehc_doc *doc, const struct ehc_block *b, size_t i);

/* Walking the model: doc -> sections in plan order -> items -> blocks. */
enum ehc_event {
	EHC_EV_NONE,
	EHC_EV_DOC_ENTER,
	EHC_EV_SECTION_ENTER,
	EHC_EV_ITEM_ENTER,
	EHC_EV_BLOCK,
	EHC_EV_ITEM_EXIT,
	EHC_EV_SECTION_EXIT,
	EHC_EV_DOC_EXIT,
};

struct ehc_iter {
	const struct ehc_doc *doc;
	enum ehc_event ev;
	const struct ehc_section *section; /* current section (SECTION_* and inside) */
	const struct ehc_item *item;       /* current item (ITEM_* and its blocks) */
	const struct ehc_block *block;     /* current block (BLOCK) */
	/* private */
	int order[EHC_SEC_COUNT], nsec, si;
	size_t bi, ii;
	int state;
};

/** Starts a walk over 'doc'. The first ehc_iter_next() gives EHC_EV_DOC_ENTER. */
void ehc_iter_init(struct ehc_iter *it, const struct ehc_doc *doc);
/** Moves to the next event and returns it; EHC_EV_NONE after DOC_EXIT. Blocks of a section are
 * visited in order; those that belong to an item are wrapped in ITEM_ENTER/ITEM_EXIT. A block
 * that holds cells of several sections is visited in each of them. */
enum ehc_event ehc_iter_next(struct ehc_iter *it);

#endif
