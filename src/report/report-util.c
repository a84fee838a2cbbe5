/* SPDX-License-Identifier: MIT */
/* Helpers the reporters share: escaping, headings, finding slices. Knows no format's layout. */
#include "report/report-util.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "util/buf.h"
#include "util/utf8.h"

static bool
xml_char_ok(unsigned cp)
{
	return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
	       (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
}

static const char *
xml_entity(unsigned cp, bool attr)
{
	switch (cp) {
	case '&': return "&amp;";
	case '<': return "&lt;";
	case '>': return "&gt;";
	case '"': return attr ? "&quot;" : NULL;
	case '\t': return attr ? "&#9;" : NULL;
	case '\n': return attr ? "&#10;" : NULL;
	case '\r': return "&#13;";
	default: return NULL;
	}
}

void
ehc_xml_put(FILE *out, const char *s, size_t n, bool attr)
{
	for (size_t i = 0; i < n;) {
		unsigned cp;
		size_t k = ehc_utf8_decode(s + i, n - i, &cp);
		i += k;
		if (!xml_char_ok(cp))
			continue;
		const char *e = xml_entity(cp, attr);
		char u[4];
		if (e)
			fputs(e, out);
		else
			fwrite(u, 1, ehc_utf8_encode(cp, u), out);
	}
}

void
ehc_xml_puts(FILE *out, const char *s, bool attr)
{
	if (s)
		ehc_xml_put(out, s, strlen(s), attr);
}

json_t *
ehc_json_text(const char *s, size_t n)
{
	json_t *j = json_stringn(s ? s : "", s ? n : 0);
	if (j)
		return j;
	struct ehc_buf b = EHC_BUF_INIT;
	for (size_t i = 0; i < n;) {
		unsigned cp;
		i += ehc_utf8_decode(s + i, n - i, &cp);
		ehc_buf_put_utf8(&b, cp ? cp : 0xFFFD);
	}
	j = json_stringn(ehc_buf_str(&b), b.len);
	ehc_buf_fini(&b);
	return j ? j : json_string("");
}

json_t *
ehc_json_str(const char *s)
{
	return s ? ehc_json_text(s, strlen(s)) : json_null();
}

/* True when a heading as written already names its section ("Section F – ...", "F. ..."). */
static bool
titled(const char *title, const char *id)
{
	size_t n = strlen(id);
	if (strncasecmp(title, "section", 7) == 0 || strncasecmp(title, "part ", 5) == 0)
		return true;
	return strncmp(title, id, n) == 0 && !isalnum((unsigned char)title[n]);
}

const char *
ehc_item_label(enum ehc_sec s, int n, char *buf, size_t len)
{
	const char *id = ehc_sec_id(s) ? ehc_sec_id(s) : "?";
	bool digit = isdigit((unsigned char)id[strlen(id) - 1]);
	snprintf(buf, len, "%s%s%d", id, digit ? "." : "", n);
	return buf;
}

const char *
ehc_section_heading(const struct ehc_doc *doc, enum ehc_sec s, char *buf, size_t n)
{
	if (s == EHC_SEC_FRONT)
		return "Front matter";
	if (s == EHC_SEC_BACK)
		return "After the plan";
	if (s <= EHC_SEC_NONE || s >= EHC_SEC_COUNT)
		return "Whole plan";
	const struct ehc_section *sec = &doc->sections[s];
	if (!sec->present)
		snprintf(buf, n, "Section %s (not found)", ehc_sec_id(s));
	else if (sec->title && titled(sec->title, ehc_sec_id(s)))
		snprintf(buf, n, "%s", sec->title);
	else if (sec->title && *sec->title)
		snprintf(buf, n, "Section %s: %s", ehc_sec_id(s), sec->title);
	else
		snprintf(buf, n, "Section %s", ehc_sec_id(s));
	return buf;
}

const char *
ehc_finding_words(const struct ehc_finding *f, size_t *len)
{
	bool ok = f->text && f->end > f->start && f->end <= f->text_len;
	*len = ok ? f->end - f->start : 0;
	return ok ? f->text + f->start : "";
}

size_t
ehc_finding_char(const struct ehc_finding *f, size_t byte)
{
	if (!f->text)
		return 0;
	return ehc_utf8_count(f->text, byte < f->text_len ? byte : f->text_len);
}

const char *
ehc_sarif_level(enum ehc_level l)
{
	return l == EHC_LEVEL_ERROR ? "error" : l == EHC_LEVEL_WARNING ? "warning" : "note";
}
