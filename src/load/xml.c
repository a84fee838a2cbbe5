/* SPDX-License-Identifier: MIT */
/*
 * XML for the loader: safe parsing of one part with a private libxml2 context (no network,
 * no DTD, no entity substitution; nothing global is changed), namespaces by URI (Transitional
 * and Strict alike, never by prefix), and small attribute helpers that do not copy.
 */
#include "load/load-internal.h"

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>

static const struct {
	const char *uri;
	enum ehc_ns ns;
} ns_table[] = {
	{ "http://schemas.openxmlformats.org/wordprocessingml/2006/main", EHC_NS_W },
	{ "http://purl.oclc.org/ooxml/wordprocessingml/main", EHC_NS_W },
	{ "http://schemas.openxmlformats.org/officeDocument/2006/relationships", EHC_NS_R },
	{ "http://purl.oclc.org/ooxml/officeDocument/relationships", EHC_NS_R },
	{ "http://schemas.openxmlformats.org/officeDocument/2006/math", EHC_NS_M },
	{ "http://purl.oclc.org/ooxml/officeDocument/math", EHC_NS_M },
	{ "http://schemas.openxmlformats.org/markup-compatibility/2006", EHC_NS_MC },
	{ "http://schemas.microsoft.com/office/2006/xmlPackage", EHC_NS_PKG },
	{ "http://schemas.openxmlformats.org/package/2006/relationships", EHC_NS_REL },
	{ "http://schemas.openxmlformats.org/package/2006/content-types", EHC_NS_CT },
	{ "http://schemas.microsoft.com/office/word/2015/wordml/symex", EHC_NS_W16SE },
	{ "http://schemas.microsoft.com/office/word/2003/wordml", EHC_NS_W2003 },
	/* namespaces whose content is read as it comes (an mc:Choice needing them is taken) */
	{ "http://schemas.microsoft.com/office/word/2010/wordprocessingShape", EHC_NS_READ },
	{ "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup", EHC_NS_READ },
	{ "http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas", EHC_NS_READ },
	{ "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing", EHC_NS_READ },
	{ "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing", EHC_NS_READ },
	{ "http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing", EHC_NS_READ },
	{ "http://schemas.openxmlformats.org/drawingml/2006/main", EHC_NS_READ },
	{ "http://purl.oclc.org/ooxml/drawingml/main", EHC_NS_READ },
	{ "http://schemas.openxmlformats.org/drawingml/2006/picture", EHC_NS_READ },
	{ "http://schemas.microsoft.com/office/drawing/2010/main", EHC_NS_READ },
	{ "http://schemas.microsoft.com/office/word/2010/wordml", EHC_NS_READ },
	{ "http://schemas.microsoft.com/office/word/2012/wordml", EHC_NS_READ },
	{ "http://schemas.microsoft.com/office/word/2018/wordml", EHC_NS_READ },
	{ "http://schemas.microsoft.com/office/word/2018/wordml/cex", EHC_NS_READ },
	{ "http://schemas.microsoft.com/office/word/2016/wordml/cid", EHC_NS_READ },
	{ "urn:schemas-microsoft-com:vml", EHC_NS_READ },
	{ "urn:schemas-microsoft-com:office:office", EHC_NS_READ },
	{ "urn:schemas-microsoft-com:office:word", EHC_NS_READ },
};

enum ehc_ns
ehc_xml_ns_uri(const char *href)
{
	for (size_t i = 0; href && i < sizeof ns_table / sizeof *ns_table; i++)
		if (strcmp(href, ns_table[i].uri) == 0)
			return ns_table[i].ns;
	return EHC_NS_OTHER;
}

/* The id is cached in the xmlNs itself (it belongs to this document's tree). */
static enum ehc_ns
ns_id(xmlNs *ns)
{
	if (!ns)
		return EHC_NS_OTHER;
	if (!ns->_private)
		ns->_private = (void *)(intptr_t)(ehc_xml_ns_uri((const char *)ns->href) + 1);
	return (enum ehc_ns)((intptr_t)ns->_private - 1);
}

enum ehc_ns
ehc_xml_ns(const xmlNode *node)
{
	return node ? ns_id(node->ns) : EHC_NS_OTHER;
}

bool
ehc_xml_is(const xmlNode *n, enum ehc_ns ns, const char *local)
{
	return n && n->type == XML_ELEMENT_NODE && ns_id(n->ns) == ns &&
	       strcmp((const char *)n->name, local) == 0;
}

xmlNode *
ehc_xml_child(const xmlNode *n, enum ehc_ns ns, const char *local)
{
	for (xmlNode *c = n ? n->children : NULL; c; c = c->next)
		if (ehc_xml_is(c, ns, local))
			return c;
	return NULL;
}

const char *
ehc_xml_attr(const xmlNode *n, const char *local)
{
	if (!n || n->type != XML_ELEMENT_NODE)
		return NULL;
	for (const xmlAttr *a = n->properties; a; a = a->next)
		if (strcmp((const char *)a->name, local) == 0)
			return a->children && a->children->content ? (const char *)a->children->content
								    : "";
	return NULL;
}

int
ehc_xml_onoff(const xmlNode *n)
{
	if (!n)
		return -1;
	const char *v = ehc_xml_attr(n, "val");
	if (!v)
		return 1;
	return !(strcmp(v, "0") == 0 || strcmp(v, "false") == 0 || strcmp(v, "off") == 0 ||
		 strcmp(v, "none") == 0);
}

const char *
ehc_xml_val(const xmlNode *n, const char *local)
{
	return ehc_xml_attr(ehc_xml_child(n, EHC_NS_W, local), "val");
}

int
ehc_xml_int(const char *s, int dflt)
{
	if (!s || !*s)
		return dflt;
	char *end;
	long v = strtol(s, &end, 10);
	if (end == s || v > INT_MAX / 2 || v < INT_MIN / 2)
		return dflt;
	return (int)v;
}

void
ehc_xml_text(const xmlNode *n, struct ehc_buf *b)
{
	for (const xmlNode *c = n->children; c; c = c->next)
		if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content)
			ehc_buf_puts(b, (const char *)c->content);
}

static int
xml_error(xmlParserCtxt *ctxt, const char *file, const char *part, struct ehc_error *err)
{
	const xmlError *e = xmlCtxtGetLastError(ctxt);
	char msg[256] = "cannot parse";
	if (e && e->message) {
		snprintf(msg, sizeof msg, "%s", e->message);
		size_t n = strlen(msg);
		while (n && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
			msg[--n] = '\0';
	}
	if (strstr(msg, "Excessive depth")) /* libxml2's own nesting limit, not a syntax error */
		return ehc_error_set(err, EHC_E_LIMIT, file,
				     "%s is nested more than 256 elements deep (hostile or damaged)", part);
	return ehc_error_set_at(err, EHC_E_XML, file, e ? e->line : 0, e ? e->int2 : 0,
				"malformed XML in %s: %s", part, msg);
}

int
ehc_xml_parse(const char *data, size_t len, const char *file, const char *part, xmlDoc **out,
	      struct ehc_error *err)
{
	*out = NULL;
	if (len > INT_MAX)
		return ehc_error_set(err, EHC_E_LIMIT, file, "part %s is too large", part);
	xmlParserCtxt *ctxt = xmlNewParserCtxt();
	if (!ctxt)
		return ehc_error_set(err, EHC_E_IO, file, "out of memory parsing %s", part);
	const int opts = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
			 XML_PARSE_NOCDATA | XML_PARSE_COMPACT;
	xmlDoc *d = xmlCtxtReadMemory(ctxt, data, (int)len, part, NULL, opts);
	int rc = 0;
	if (!d || !ctxt->wellFormed) {
		rc = xml_error(ctxt, file, part, err);
		xmlFreeDoc(d);
		d = NULL;
	}
	xmlFreeParserCtxt(ctxt);
	*out = d;
	return rc;
}
