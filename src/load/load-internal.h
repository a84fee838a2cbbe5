/* SPDX-License-Identifier: MIT */
/*
 * Inside the loader: the pieces ehc_load() puts together. sniff (what the bytes are), xml
 * (safe parsing, namespaces, attributes), zip (entries with limits), opc (parts, rels,
 * content types, Flat OPC), styles, numbering, wml (document.xml to blocks), comments.
 * Nothing here is used outside src/load/.
 */
#ifndef EHC_LOAD_INTERNAL_H
#define EHC_LOAD_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include <libxml/tree.h>

#include "load/load.h"
#include "model.h"
#include "util/buf.h"
#include "util/error.h"

/* ---- sniff.c ---- */

enum ehc_format {
	EHC_FMT_UNKNOWN,
	EHC_FMT_ZIP,
	EHC_FMT_XML,       /* some XML: Flat OPC, bare document.xml or Word 2003 XML */
	EHC_FMT_OLE2,      /* legacy .doc */
	EHC_FMT_ENCRYPTED, /* OLE2 holding an EncryptedPackage stream */
};

/** What the first bytes of 'data' say it is. */
enum ehc_format ehc_sniff(const unsigned char *data, size_t len);

/* ---- xml.c ---- */

enum ehc_ns {
	EHC_NS_OTHER = 0,
	EHC_NS_W,    /* WordprocessingML main, Transitional or Strict */
	EHC_NS_R,    /* officeDocument relationships (attributes) */
	EHC_NS_M,    /* Office Math */
	EHC_NS_MC,   /* markup compatibility */
	EHC_NS_PKG,  /* Flat OPC xmlPackage */
	EHC_NS_REL,  /* package relationships */
	EHC_NS_CT,   /* content types */
	EHC_NS_W16SE,
	EHC_NS_READ, /* other namespaces whose content we read (wps, w14, v, ...) */
	EHC_NS_W2003,
};

/**
 * Parses 'len' bytes (a UTF-8 BOM is fine) with a private parser context: no network, no
 * DTD loading, no entity substitution, blanks kept. 'file' and 'part' name the place in
 * errors. Returns 0 and '*out' (xmlFreeDoc it), or EHC_E_XML with line and column.
 */
int ehc_xml_parse(const char *data, size_t len, const char *file, const char *part,
		  xmlDoc **out, struct ehc_error *err);
/** The namespace of an element or attribute. */
enum ehc_ns ehc_xml_ns(const xmlNode *node);
/** The namespace with URI 'href' (for mc:Requires). */
enum ehc_ns ehc_xml_ns_uri(const char *href);
/** True when 'n' is an element in 'ns' named 'local'. */
bool ehc_xml_is(const xmlNode *n, enum ehc_ns ns, const char *local);
/** The first child element of 'n' in 'ns' named 'local', or NULL. */
xmlNode *ehc_xml_child(const xmlNode *n, enum ehc_ns ns, const char *local);
/** The value of attribute 'local' (any namespace) of 'n', or NULL; not a copy. */
const char *ehc_xml_attr(const xmlNode *n, const char *local);
/** An on/off property element (<w:b/>, w:val="0"): 1, 0; -1 when 'n' is NULL. */
int ehc_xml_onoff(const xmlNode *n);
/** The w:val of child 'local' of 'n', or NULL. */
const char *ehc_xml_val(const xmlNode *n, const char *local);
/** Decimal integer of 's' or 'dflt' when NULL or not a number. */
int ehc_xml_int(const char *s, int dflt);
/** Appends the text nodes directly under 'n' (entity references are skipped, not expanded). */
void ehc_xml_text(const xmlNode *n, struct ehc_buf *b);

/* ---- zip.c: entries of a zip, inflated within the limits ---- */

struct ehc_zip;

/** Opens 'data' ('len' bytes, which must outlive the zip) as a zip archive. */
int ehc_zip_open(const void *data, size_t len, const char *file,
		 const struct ehc_load_limits *lim, struct ehc_zip **out, struct ehc_error *err);
/**
 * Inflates entry 'name' (case-insensitive) into '*data' (free() it, NUL-terminated) after
 * checking its declared size and ratio, and caps the bytes read. 0 with '*data' NULL when there
 * is no such entry; EHC_E_LIMIT, EHC_E_CORRUPT otherwise.
 */
int ehc_zip_read(struct ehc_zip *z, const char *name, char **data, size_t *len,
		 struct ehc_error *err);
void ehc_zip_close(struct ehc_zip *z);

/* ---- opc.c: a package of parts ---- */

struct ehc_pkg;

/** A package over zip 'z' (taken). */
struct ehc_pkg *ehc_pkg_open_zip(struct ehc_zip *z, const char *file,
				 const struct ehc_load_limits *lim);
/** Makes a package of a parsed Flat OPC document (takes 'doc'). */
struct ehc_pkg *ehc_pkg_open_flat(xmlDoc *doc, const char *file,
				  const struct ehc_load_limits *lim);
/** Makes a package of one bare document.xml (takes 'doc'); its name is "word/document.xml". */
struct ehc_pkg *ehc_pkg_open_bare(xmlDoc *doc, const char *file,
				  const struct ehc_load_limits *lim);
void ehc_pkg_free(struct ehc_pkg *pkg);
/**
 * The root element of part 'name' (no leading '/'), parsed once and owned by 'pkg'. Sets
 * '*root' NULL and returns 0 when there is no such part; a negative status on damage, a limit
 * or malformed XML.
 */
int ehc_pkg_xml(struct ehc_pkg *pkg, const char *name, xmlNode **root, struct ehc_error *err);
/** The main document part's name (from _rels/.rels, else [Content_Types].xml), or error. */
int ehc_pkg_main(struct ehc_pkg *pkg, const char **name, struct ehc_error *err);

/* Relationships of one part. */
struct ehc_rel {
	const char *id, *type, *target; /* 'target' resolved to a part name; strings owned */
	bool external;
};
struct ehc_rels {
	struct ehc_rel *v;
	size_t n;
};
/** Reads the rels of part 'source' ("" for the package); missing rels give n == 0. */
int ehc_pkg_rels(struct ehc_pkg *pkg, const char *source, struct ehc_rels *rels,
		 struct ehc_error *err);
void ehc_rels_fini(struct ehc_rels *rels);
/** The first relationship whose type ends in "/suffix", or NULL. */
const struct ehc_rel *ehc_rels_by_type(const struct ehc_rels *rels, const char *suffix);
const struct ehc_rel *ehc_rels_by_id(const struct ehc_rels *rels, const char *id);

/* ---- styles.c ---- */

/* Properties as set on one level; -1 (or 0 for sizes) means "not set here". */
struct ehc_props {
	signed char bold, caps, vanish, underline;
	signed char outline;       /* 0-based w:outlineLvl, -1 unset */
	signed char shaded;
	int num_id, ilvl;          /* -1 unset */
	float size;                /* points, 0 unset */
};

struct ehc_styles;

/** Reads styles.xml ('root' may be NULL for none). Names are copied into 'doc's arena. */
struct ehc_styles *ehc_styles_new(const xmlNode *root, struct ehc_doc *doc);
void ehc_styles_free(struct ehc_styles *st);
/** Index of the style with w:styleId 'id', or -1. NULL gives the default paragraph style. */
int ehc_styles_find(const struct ehc_styles *st, const char *id, bool paragraph);
/** The display name of style 'i' ("Heading 1"), or NULL. */
const char *ehc_styles_name(const struct ehc_styles *st, int i);
/** Effective properties of style 'i' through its w:basedOn chain (unset when i < 0). */
const struct ehc_props *ehc_styles_props(const struct ehc_styles *st, int i);
/** The document defaults (w:docDefaults). */
const struct ehc_props *ehc_styles_defaults(const struct ehc_styles *st);
/** Reads w:rPr or w:pPr children of 'pr' into 'p' (fields not present stay as they are). */
void ehc_props_read(const xmlNode *pr, struct ehc_props *p);
/** Sets every field of 'p' that is unset from 'under'. */
void ehc_props_inherit(struct ehc_props *p, const struct ehc_props *under);
/** All fields unset. */
void ehc_props_clear(struct ehc_props *p);

/* ---- numbering.c ---- */

struct ehc_numbering;

/** Reads numbering.xml ('root' may be NULL). */
struct ehc_numbering *ehc_numbering_new(const xmlNode *root, const struct ehc_styles *st);
void ehc_numbering_free(struct ehc_numbering *nb);
/**
 * Counts one paragraph of list 'num_id' at level 'ilvl' and returns its label in 'doc's arena,
 * or NULL when the list or level is unknown (or the label is empty).
 */
const char *ehc_numbering_next(struct ehc_numbering *nb, int num_id, int ilvl,
			       struct ehc_doc *doc);

/* ---- symbols (sym.c) ---- */

/** The Unicode character for glyph 'ch' of symbol font 'font' (Symbol, Wingdings...). */
unsigned ehc_sym_map(const char *font, unsigned ch);

/* ---- wml.c ---- */

struct ehc_wml_in {
	struct ehc_doc *doc;
	const struct ehc_styles *styles;
	struct ehc_numbering *numbering;
	const struct ehc_rels *rels;   /* of the main part */
	const struct ehc_load_limits *lim;
	const char *file;
};

/* Where a comment's range starts and ends (collected while walking the body). */
struct ehc_mark {
	const char *id;     /* w:id, owned by the XML tree */
	int block, end_block;
	size_t start, end;
	bool started, ended;
};
struct ehc_marks {
	struct ehc_mark *v;
	size_t n, cap;
};

/** Walks w:body of 'root' (w:document) into blocks; fills 'marks'. */
int ehc_wml_body(const struct ehc_wml_in *in, const xmlNode *root, struct ehc_marks *marks,
		 struct ehc_error *err);

/* ---- comments.c ---- */

/** Adds the comments of comments.xml ('root', may be NULL) to 'doc' with their anchors. */
void ehc_comments_read(struct ehc_doc *doc, const xmlNode *root, const struct ehc_marks *marks);

#endif
