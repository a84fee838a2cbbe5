/* SPDX-License-Identifier: MIT */
/*
 * Open Packaging Conventions: a package is a set of named parts, from a zip, from a Flat OPC
 * file (pkg:package with pkg:part/pkg:xmlData) or from one bare document.xml. Parts are parsed
 * once and cached; relationships are resolved to part names; the main part is found through
 * _rels/.rels (Transitional or Strict officeDocument type) or [Content_Types].xml, never by a
 * fixed name first. Knows nothing of WordprocessingML.
 */
#include "load/load-internal.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/parser.h>

#include "util/xalloc.h"

struct part {
	char *name;
	xmlNode *root; /* NULL: absent */
};

struct ehc_pkg {
	struct ehc_zip *zip;
	xmlDoc *whole;    /* Flat OPC or bare document: owns the parts' trees */
	xmlDoc **docs;    /* parsed zip parts */
	size_t ndocs, docs_cap;
	struct part *parts;
	size_t nparts, parts_cap;
	const char *file;
	const struct ehc_load_limits *lim;
};

static struct ehc_pkg *
pkg_new(const char *file, const struct ehc_load_limits *lim)
{
	struct ehc_pkg *pkg = xcalloc(1, sizeof *pkg);
	pkg->file = file;
	pkg->lim = lim;
	return pkg;
}

static void
add_part(struct ehc_pkg *pkg, const char *name, xmlNode *root)
{
	while (*name == '/')
		name++;
	struct part *p = EHC_PUSH(pkg->parts, pkg->nparts, pkg->parts_cap);
	p->name = xstrdup(name);
	p->root = root;
}

static struct part *
find_part(struct ehc_pkg *pkg, const char *name)
{
	for (size_t i = 0; i < pkg->nparts; i++)
		if (strcasecmp(pkg->parts[i].name, name) == 0)
			return &pkg->parts[i];
	return NULL;
}

struct ehc_pkg *
ehc_pkg_open_zip(struct ehc_zip *z, const char *file, const struct ehc_load_limits *lim)
{
	struct ehc_pkg *pkg = pkg_new(file, lim);
	pkg->zip = z;
	return pkg;
}

static xmlNode *
first_element(xmlNode *n)
{
	for (xmlNode *c = n ? n->children : NULL; c; c = c->next)
		if (c->type == XML_ELEMENT_NODE)
			return c;
	return NULL;
}

struct ehc_pkg *
ehc_pkg_open_flat(xmlDoc *doc, const char *file, const struct ehc_load_limits *lim)
{
	struct ehc_pkg *pkg = pkg_new(file, lim);
	pkg->whole = doc;
	for (xmlNode *p = xmlDocGetRootElement(doc)->children; p; p = p->next) {
		const char *name = ehc_xml_attr(p, "name");
		if (!ehc_xml_is(p, EHC_NS_PKG, "part") || !name)
			continue;
		xmlNode *data = ehc_xml_child(p, EHC_NS_PKG, "xmlData");
		if (data && first_element(data))
			add_part(pkg, name, first_element(data));
	}
	return pkg;
}

struct ehc_pkg *
ehc_pkg_open_bare(xmlDoc *doc, const char *file, const struct ehc_load_limits *lim)
{
	struct ehc_pkg *pkg = pkg_new(file, lim);
	pkg->whole = doc;
	add_part(pkg, "word/document.xml", xmlDocGetRootElement(doc));
	return pkg;
}

void
ehc_pkg_free(struct ehc_pkg *pkg)
{
	if (!pkg)
		return;
	for (size_t i = 0; i < pkg->nparts; i++)
		free(pkg->parts[i].name);
	for (size_t i = 0; i < pkg->ndocs; i++)
		xmlFreeDoc(pkg->docs[i]);
	free(pkg->parts);
	free(pkg->docs);
	xmlFreeDoc(pkg->whole);
	ehc_zip_close(pkg->zip);
	free(pkg);
}

static int
load_zip_part(struct ehc_pkg *pkg, const char *name, xmlNode **root, struct ehc_error *err)
{
	char *data;
	size_t len;
	xmlDoc *doc = NULL;
	int rc = ehc_zip_read(pkg->zip, name, &data, &len, err);
	if (rc == 0 && data)
		rc = ehc_xml_parse(data, len, pkg->file, name, &doc, err);
	free(data);
	if (rc)
		return rc;
	if (doc)
		*EHC_PUSH(pkg->docs, pkg->ndocs, pkg->docs_cap) = doc;
	*root = doc ? xmlDocGetRootElement(doc) : NULL;
	add_part(pkg, name, *root);
	return 0;
}

int
ehc_pkg_xml(struct ehc_pkg *pkg, const char *name, xmlNode **root, struct ehc_error *err)
{
	*root = NULL;
	while (*name == '/')
		name++;
	struct part *p = find_part(pkg, name);
	if (p) {
		*root = p->root;
		return 0;
	}
	if (!pkg->zip)
		return 0;
	return load_zip_part(pkg, name, root, err);
}

/* ---- relationships ---- */

/* "word/document.xml" -> "word/" (kept in 'dir' of 'n' bytes) */
static void
dir_of(const char *part, char *dir, size_t n)
{
	const char *slash = strrchr(part, '/');
	size_t len = slash ? (size_t)(slash - part + 1) : 0;
	snprintf(dir, n, "%.*s", (int)len, part);
}

/* Joins 'dir' and a relative 'target', folding "." and ".." segments. */
static char *
resolve(const char *dir, const char *target)
{
	struct ehc_buf b = EHC_BUF_INIT;
	if (*target != '/')
		ehc_buf_puts(&b, dir);
	ehc_buf_puts(&b, target);
	char *s = ehc_buf_take(&b), *out = xcalloc(1, strlen(s) + 1);
	size_t o = 0;
	char *save = NULL; /* strtok_r: plans are loaded on several threads at once */
	for (char *seg = strtok_r(s, "/", &save); seg; seg = strtok_r(NULL, "/", &save)) {
		if (strcmp(seg, ".") == 0)
			continue;
		if (strcmp(seg, "..") == 0) {
			while (o > 0 && out[--o] != '/')
				;
			out[o] = '\0';
			continue;
		}
		o += (size_t)sprintf(out + o, "%s%s", o ? "/" : "", seg);
	}
	free(s);
	return out;
}

static void
add_rel(struct ehc_rels *rels, size_t *cap, const xmlNode *r, const char *dir)
{
	const char *id = ehc_xml_attr(r, "Id"), *type = ehc_xml_attr(r, "Type");
	const char *target = ehc_xml_attr(r, "Target"), *mode = ehc_xml_attr(r, "TargetMode");
	if (!id || !type || !target)
		return;
	struct ehc_rel *rel = EHC_PUSH(rels->v, rels->n, *cap);
	rel->id = xstrdup(id);
	rel->type = xstrdup(type);
	rel->external = mode && strcasecmp(mode, "External") == 0;
	rel->target = rel->external ? xstrdup(target) : resolve(dir, target);
}

int
ehc_pkg_rels(struct ehc_pkg *pkg, const char *source, struct ehc_rels *rels,
	     struct ehc_error *err)
{
	char dir[512], name[1100];
	dir_of(source, dir, sizeof dir);
	const char *base = source + strlen(dir);
	snprintf(name, sizeof name, "%s_rels/%s.rels", dir, base);
	rels->v = NULL;
	rels->n = 0;
	xmlNode *root;
	int rc = ehc_pkg_xml(pkg, name, &root, err);
	if (rc || !root)
		return rc;
	size_t cap = 0;
	for (const xmlNode *r = root->children; r; r = r->next)
		if (ehc_xml_is(r, EHC_NS_REL, "Relationship"))
			add_rel(rels, &cap, r, dir);
	return 0;
}

void
ehc_rels_fini(struct ehc_rels *rels)
{
	for (size_t i = 0; i < rels->n; i++) {
		free((char *)rels->v[i].id);
		free((char *)rels->v[i].type);
		free((char *)rels->v[i].target);
	}
	free(rels->v);
	rels->v = NULL;
	rels->n = 0;
}

const struct ehc_rel *
ehc_rels_by_type(const struct ehc_rels *rels, const char *suffix)
{
	size_t sl = strlen(suffix);
	for (size_t i = 0; i < rels->n; i++) {
		size_t tl = strlen(rels->v[i].type);
		if (tl > sl && rels->v[i].type[tl - sl - 1] == '/' &&
		    strcmp(rels->v[i].type + tl - sl, suffix) == 0)
			return &rels->v[i];
	}
	return NULL;
}

const struct ehc_rel *
ehc_rels_by_id(const struct ehc_rels *rels, const char *id)
{
	for (size_t i = 0; id && i < rels->n; i++)
		if (strcmp(rels->v[i].id, id) == 0)
			return &rels->v[i];
	return NULL;
}

/* ---- the main part ---- */

static bool
is_main_type(const char *ct)
{
	size_t n = strlen(ct);
	return n > 8 && strcmp(ct + n - 8, "main+xml") == 0 &&
	       (strstr(ct, "wordprocessingml") || strstr(ct, "ms-word"));
}

static const char *
main_from_content_types(struct ehc_pkg *pkg, struct ehc_error *err)
{
	xmlNode *root;
	if (ehc_pkg_xml(pkg, "[Content_Types].xml", &root, err) || !root)
		return NULL;
	for (const xmlNode *o = root->children; o; o = o->next) {
		const char *ct = ehc_xml_attr(o, "ContentType"), *pn = ehc_xml_attr(o, "PartName");
		if (ehc_xml_is(o, EHC_NS_CT, "Override") && ct && pn && is_main_type(ct))
			return pn;
	}
	return NULL;
}

/* A main part named by 'name' that exists and is a w:document, kept in the part cache. */
static const char *
usable_main(struct ehc_pkg *pkg, const char *name, struct ehc_error *err, int *rc)
{
	xmlNode *root = NULL;
	if (!name)
		return NULL;
	while (*name == '/')
		name++;
	*rc = ehc_pkg_xml(pkg, name, &root, err);
	if (*rc || !root)
		return NULL;
	return find_part(pkg, name)->name;
}

static const char *
main_from_rels(struct ehc_pkg *pkg, struct ehc_error *err, int *rc)
{
	struct ehc_rels rels;
	*rc = ehc_pkg_rels(pkg, "", &rels, err);
	if (*rc)
		return NULL;
	const struct ehc_rel *r = ehc_rels_by_type(&rels, "officeDocument");
	const char *name = r && !r->external ? usable_main(pkg, r->target, err, rc) : NULL;
	ehc_rels_fini(&rels);
	return name;
}

int
ehc_pkg_main(struct ehc_pkg *pkg, const char **name, struct ehc_error *err)
{
	int rc = 0;
	*name = NULL;
	if (!pkg->zip && pkg->whole && pkg->nparts == 1) {
		*name = pkg->parts[0].name;
		return 0;
	}
	*name = main_from_rels(pkg, err, &rc);
	if (!*name && !rc)
		*name = usable_main(pkg, main_from_content_types(pkg, err), err, &rc);
	if (!*name && !rc)
		*name = usable_main(pkg, "word/document.xml", err, &rc);
	if (rc)
		return rc;
	if (!*name)
		return ehc_error_set(err, EHC_E_NO_MAIN, pkg->file,
				     "package has no main document part (no officeDocument relationship)");
	return 0;
}
