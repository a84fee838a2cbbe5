/* SPDX-License-Identifier: MIT */
/* Helpers the reporters share: escaping for XML and JSON, section headings, shown findings. */
#ifndef EHC_REPORT_UTIL_H
#define EHC_REPORT_UTIL_H

#include <jansson.h>
#include <stdbool.h>
#include <stdio.h>

#include "report/report.h"

/** Writes 'n' bytes of 's' escaped for XML text (attr false) or a quoted attribute (attr
 * true: tabs and line breaks as character references). Invalid UTF-8 becomes U+FFFD and
 * characters XML 1.0 forbids are dropped. */
void ehc_xml_put(FILE *out, const char *s, size_t n, bool attr);
/** ehc_xml_put() of a NUL-terminated string; NULL writes nothing. */
void ehc_xml_puts(FILE *out, const char *s, bool attr);
/** A JSON string of 'n' bytes of 's', with invalid UTF-8 replaced by U+FFFD (never NULL). */
json_t *ehc_json_text(const char *s, size_t n);
/** ehc_json_text() of a NUL-terminated string, or JSON null for NULL. */
json_t *ehc_json_str(const char *s);
/** "Section F: Provision" (or "Section F (not found)", "Front matter", "Whole plan") in 'buf'. */
const char *ehc_section_heading(const struct ehc_doc *doc, enum ehc_sec s, char *buf, size_t n);
/** "F2", "H1.3": item 'n' of section 's', in 'buf'. */
const char *ehc_item_label(enum ehc_sec s, int n, char *buf, size_t len);
/** The words at fault of 'f' (may be empty), as a pointer and length. */
const char *ehc_finding_words(const struct ehc_finding *f, size_t *len);
/** Character offset of byte offset 'byte' in the finding's text. */
size_t ehc_finding_char(const struct ehc_finding *f, size_t byte);
/** The SARIF/checkstyle/gitlab severity words for a level. */
const char *ehc_sarif_level(enum ehc_level l);

#endif
