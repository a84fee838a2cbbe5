/* SPDX-License-Identifier: MIT */
/*
 * ehc_load(): bytes in, a struct ehc_doc out. Sniffs the format (zip, Flat OPC, bare
 * document.xml; refusing legacy .doc, encrypted packages and Word 2003 XML with a clear
 * error), finds the main part and its styles, numbering and comments parts, and has wml.c
 * walk the body. Every failure is an error value naming the file; nothing is printed.
 */
#include "load/load.h"

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <libxml/parser.h>

#include "load/load-internal.h"
#include "util/xalloc.h"

void
ehc_load_limits_default(struct ehc_load_limits *lim)
{
	*lim = (struct ehc_load_limits){
		.max_file = 256u << 20,
		.max_part = 256u << 20,
		.max_total = 512u << 20,
		.max_ratio = 1000, /* repetitive XML reaches 300:1; deflate's ceiling is ~1030:1 */
		.max_blocks = 1000000,
		.max_depth = 256,
	};
}

static pthread_once_t xml_once = PTHREAD_ONCE_INIT;

static void
init_xml(void)
{
	xmlInitParser();
}

/* ---- the parts around the body ---- */

/* An auxiliary part: damage becomes a note, a limit stays an error. */
static int
aux_part(struct ehc_pkg *pkg, const struct ehc_rels *rels, const char *type,
	 struct ehc_doc *doc, xmlNode **root, struct ehc_error *err)
{
	const struct ehc_rel *r = ehc_rels_by_type(rels, type);
	*root = NULL;
	if (!r || r->external)
		return 0;
	struct ehc_error e = { 0 };
	int rc = ehc_pkg_xml(pkg, r->target, root, &e);
	if (rc == EHC_E_LIMIT) {
		if (err)
			*err = e;
		return rc;
	}
	if (rc)
		ehc_doc_note(doc, 0, "%s not read: %s", r->target, e.message);
	return 0;
}

static void
read_title(struct ehc_pkg *pkg, struct ehc_doc *doc)
{
	struct ehc_rels rels;
	xmlNode *root = NULL;
	if (ehc_pkg_rels(pkg, "", &rels, NULL))
		return;
	const struct ehc_rel *r = ehc_rels_by_type(&rels, "core-properties");
	if (r && !r->external && ehc_pkg_xml(pkg, r->target, &root, NULL) == 0 && root)
		for (const xmlNode *c = root->children; c; c = c->next)
			if (c->type == XML_ELEMENT_NODE && strcmp((const char *)c->name, "title") == 0) {
				struct ehc_buf b = EHC_BUF_INIT;
				ehc_xml_text(c, &b);
				if (b.len)
					doc->title = ehc_arena_strndup(doc->arena, b.data, b.len);
				ehc_buf_fini(&b);
			}
	ehc_rels_fini(&rels);
}

static int
main_root(struct ehc_pkg *pkg, const char *file, const char **name, xmlNode **root,
	  struct ehc_error *err)
{
	int rc = ehc_pkg_main(pkg, name, err);
	if (rc)
		return rc;
	rc = ehc_pkg_xml(pkg, *name, root, err);
	if (rc)
		return rc;
	if (ehc_xml_is(*root, EHC_NS_W, "document"))
		return 0;
	return ehc_error_set(err, EHC_E_NO_MAIN, file, "main part %s is not a w:document", *name);
}

struct parts {
	xmlNode *styles, *numbering, *comments;
};

static int
read_aux(struct ehc_pkg *pkg, const struct ehc_rels *rels, struct ehc_doc *doc,
	 struct parts *p, struct ehc_error *err)
{
	int rc = aux_part(pkg, rels, "styles", doc, &p->styles, err);
	if (!rc)
		rc = aux_part(pkg, rels, "numbering", doc, &p->numbering, err);
	if (!rc)
		rc = aux_part(pkg, rels, "comments", doc, &p->comments, err);
	return rc;
}

static int
read_package(struct ehc_pkg *pkg, const char *file, const struct ehc_load_limits *lim,
	     struct ehc_doc *doc, struct ehc_error *err)
{
	const char *name;
	xmlNode *root;
	struct ehc_rels rels = { 0 };
	struct parts p = { 0 };
	int rc = main_root(pkg, file, &name, &root, err);
	if (!rc)
		rc = ehc_pkg_rels(pkg, name, &rels, err);
	if (!rc)
		rc = read_aux(pkg, &rels, doc, &p, err);
	if (rc)
		goto out;
	struct ehc_styles *st = ehc_styles_new(p.styles, doc);
	struct ehc_numbering *nb = ehc_numbering_new(p.numbering, st);
	struct ehc_marks marks = { 0 };
	struct ehc_wml_in in = { .doc = doc, .styles = st, .numbering = nb, .rels = &rels,
				 .lim = lim, .file = file };
	rc = ehc_wml_body(&in, root, &marks, err);
	if (!rc)
		ehc_comments_read(doc, p.comments, &marks);
	if (!rc)
		read_title(pkg, doc);
	free(marks.v);
	ehc_numbering_free(nb);
	ehc_styles_free(st);
out:
	ehc_rels_fini(&rels);
	return rc;
}

/* ---- formats ---- */

static int
open_xml(const void *data, size_t len, const char *file, const struct ehc_load_limits *lim,
	 struct ehc_pkg **pkg, struct ehc_error *err)
{
	xmlDoc *x;
	int rc = ehc_xml_parse(data, len, file, "the document", &x, err);
	if (rc)
		return rc;
	xmlNode *root = xmlDocGetRootElement(x);
	if (ehc_xml_is(root, EHC_NS_PKG, "package")) {
		*pkg = ehc_pkg_open_flat(x, file, lim);
		return 0;
	}
	if (ehc_xml_is(root, EHC_NS_W, "document")) {
		*pkg = ehc_pkg_open_bare(x, file, lim);
		return 0;
	}
	bool w2003 = root && strcmp((const char *)root->name, "wordDocument") == 0;
	xmlFreeDoc(x);
	if (w2003)
		return ehc_error_set(err, EHC_E_UNSUPPORTED, file,
				     "Word 2003 XML is not supported: save it as .docx");
	return ehc_error_set(err, EHC_E_NOT_DOCX, file,
			     "XML but not a Word document (no w:document or pkg:package root)");
}

static int
open_package(const void *data, size_t len, const char *file, const struct ehc_load_limits *lim,
	     struct ehc_pkg **pkg, struct ehc_error *err)
{
	struct ehc_zip *z;
	int rc;
	switch (ehc_sniff(data, len)) {
	case EHC_FMT_OLE2:
		return ehc_error_set(err, EHC_E_LEGACY, file,
				     "legacy Word 97-2003 .doc: save it as .docx");
	case EHC_FMT_ENCRYPTED:
		return ehc_error_set(err, EHC_E_ENCRYPTED, file,
				     "password-protected (encrypted) document: remove the password and save it again");
	case EHC_FMT_ZIP:
		rc = ehc_zip_open(data, len, file, lim, &z, err);
		if (!rc)
			*pkg = ehc_pkg_open_zip(z, file, lim);
		return rc;
	case EHC_FMT_XML:
		return open_xml(data, len, file, lim, pkg, err);
	default:
		return ehc_error_set(err, EHC_E_NOT_DOCX, file,
				     "not a Word document: neither a zip package nor WordprocessingML XML");
	}
}

int
ehc_load_memory(const void *data, size_t len, const char *name,
		const struct ehc_load_limits *lim, struct ehc_doc **out, struct ehc_error *err)
{
	struct ehc_load_limits dflt;
	struct ehc_pkg *pkg = NULL;
	*out = NULL;
	if (!lim) {
		ehc_load_limits_default(&dflt);
		lim = &dflt;
	}
	if (!name)
		name = "(memory)";
	if (len > lim->max_file)
		return ehc_error_set(err, EHC_E_LIMIT, name, "file of %zu bytes is over the %zu-byte limit",
				     len, lim->max_file);
	pthread_once(&xml_once, init_xml);
	int rc = open_package(data, len, name, lim, &pkg, err);
	if (rc)
		return rc;
	struct ehc_doc *doc = ehc_doc_new(name);
	doc->source_bytes = len;
	rc = read_package(pkg, doc->path, lim, doc, err);
	ehc_pkg_free(pkg);
	if (rc) {
		ehc_doc_free(doc);
		return rc;
	}
	*out = doc;
	return 0;
}

static int
read_file(const char *path, size_t max, char **data, size_t *len, struct ehc_error *err)
{
	FILE *f = fopen(path, "rb");
	struct stat st;
	if (!f)
		return ehc_error_set(err, EHC_E_IO, path, "cannot open: %s", strerror(errno));
	if (fstat(fileno(f), &st) != 0 || !S_ISREG(st.st_mode)) {
		fclose(f);
		return ehc_error_set(err, EHC_E_IO, path, "not a regular file");
	}
	if ((unsigned long long)st.st_size > max) {
		fclose(f);
		return ehc_error_set(err, EHC_E_LIMIT, path, "file of %lld bytes is over the %zu-byte limit",
				     (long long)st.st_size, max);
	}
	*data = xmalloc((size_t)st.st_size + 1);
	*len = fread(*data, 1, (size_t)st.st_size, f);
	int bad = ferror(f);
	fclose(f);
	if (bad) {
		free(*data);
		return ehc_error_set(err, EHC_E_IO, path, "read error");
	}
	return 0;
}

int
ehc_load(const char *path, const struct ehc_load_limits *lim, struct ehc_doc **out,
	 struct ehc_error *err)
{
	struct ehc_load_limits dflt;
	char *data = NULL;
	size_t len = 0;
	*out = NULL;
	if (!lim) {
		ehc_load_limits_default(&dflt);
		lim = &dflt;
	}
	int rc = read_file(path, lim->max_file, &data, &len, err);
	if (rc)
		return rc;
	rc = ehc_load_memory(data, len, path, lim, out, err);
	free(data);
	return rc;
}
