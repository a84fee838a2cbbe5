/* SPDX-License-Identifier: MIT */
/*
 * Loader unit tests: small WordprocessingML from C literals (a bare document.xml, or tiny zips
 * built in memory with libzip for styles and numbering), table-driven; and hostile or broken
 * inputs, each of which must give its own clean error.
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include <zip.h>

#include "load/load.h"
#include "util/buf.h"
#include "ck-run.h"

#define W_NS "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define DOC_OPEN                                                                            \
	"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"" W_NS "\""          \
	" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""            \
	" xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\""     \
	" xmlns:x=\"urn:example:unknown\"><w:body>"
#define DOC_CLOSE "</w:body></w:document>"

/* ---- helpers ---- */

static struct ehc_doc *
load_body(const char *body, struct ehc_error *err)
{
	struct ehc_buf b = EHC_BUF_INIT;
	ehc_buf_printf(&b, "%s%s%s", DOC_OPEN, body, DOC_CLOSE);
	struct ehc_doc *doc = NULL;
	int rc = ehc_load_memory(b.data, b.len, "test.xml", NULL, &doc, err);
	ehc_buf_fini(&b);
	return rc == 0 ? doc : NULL;
}

/* Blocks' text joined by '|'. */
static char *
joined(const struct ehc_doc *doc)
{
	struct ehc_buf b = EHC_BUF_INIT;
	for (size_t i = 0; i < doc->nblocks; i++) {
		if (i)
			ehc_buf_putc(&b, '|');
		ehc_buf_add(&b, doc->blocks[i].text, doc->blocks[i].len);
	}
	return ehc_buf_take(&b);
}

struct part {
	const char *name, *data;
	size_t len; /* 0: strlen(data) */
};

/* A zip of 'parts' in memory; free() the result. */
static char *
make_zip(const struct part *parts, size_t n, size_t *len)
{
	zip_error_t ze;
	zip_error_init(&ze);
	zip_source_t *src = zip_source_buffer_create(NULL, 0, 0, &ze);
	zip_source_keep(src);
	zip_t *za = zip_open_from_source(src, ZIP_TRUNCATE, &ze);
	ck_assert_ptr_nonnull(za);
	for (size_t i = 0; i < n; i++) {
		size_t l = parts[i].len ? parts[i].len : strlen(parts[i].data);
		zip_source_t *s = zip_source_buffer(za, parts[i].data, l, 0);
		ck_assert_int_ge(zip_file_add(za, parts[i].name, s, ZIP_FL_OVERWRITE), 0);
	}
	ck_assert_int_eq(zip_close(za), 0);
	ck_assert_int_eq(zip_source_open(src), 0);
	zip_source_seek(src, 0, SEEK_END);
	*len = (size_t)zip_source_tell(src);
	zip_source_seek(src, 0, SEEK_SET);
	char *data = malloc(*len);
	ck_assert_int_eq(zip_source_read(src, data, *len), (zip_int64_t)*len);
	zip_source_close(src);
	zip_source_free(src);
	zip_error_fini(&ze);
	return data;
}

static const char content_types[] =
	"<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
	"content-types\"><Override PartName=\"/word/document.xml\" ContentType=\"application/"
	"vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
static const char package_rels[] =
	"<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/"
	"2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
	"officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
	"</Relationships>";
static const char document_rels[] =
	"<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/"
	"2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
	"officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/><Relationship "
	"Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
	"numbering\" Target=\"numbering.xml\"/></Relationships>";

static struct ehc_doc *
load_package(const char *body, const char *styles, const char *numbering)
{
	struct ehc_buf doc_xml = EHC_BUF_INIT;
	ehc_buf_printf(&doc_xml, "%s%s%s", DOC_OPEN, body, DOC_CLOSE);
	const struct part parts[] = {
		{ "[Content_Types].xml", content_types, 0 },
		{ "_rels/.rels", package_rels, 0 },
		{ "word/_rels/document.xml.rels", document_rels, 0 },
		{ "word/document.xml", doc_xml.data, 0 },
		{ "word/styles.xml", styles, 0 },
		{ "word/numbering.xml", numbering, 0 },
	};
	size_t len;
	char *zip = make_zip(parts, 6, &len);
	struct ehc_doc *doc = NULL;
	struct ehc_error err = { 0 };
	int rc = ehc_load_memory(zip, len, "test.docx", NULL, &doc, &err);
	ck_assert_msg(rc == 0, "load failed: %s", err.message);
	free(zip);
	ehc_buf_fini(&doc_xml);
	return doc;
}

/* ---- text as Word shows it ---- */

#define P(x) "<w:p>" x "</w:p>"
#define R(x) "<w:r>" x "</w:r>"
#define T(x) "<w:t xml:space=\"preserve\">" x "</w:t>"
#define FLD(type) "<w:r><w:fldChar w:fldCharType=\"" type "\"/></w:r>"
#define INSTR(x) "<w:r><w:instrText>" x "</w:instrText></w:r>"
#define CELL(x) "<w:tc>" P(R(T(x))) "</w:tc>"

static const struct {
	const char *name, *body, *want;
} text_cases[] = {
	{ "runs joined", P(R(T("Hel")) "<w:proofErr/>" R(T("lo"))), "Hello" },
	{ "tabs and breaks", P(R(T("a") "<w:tab/>" T("b") "<w:br/>" T("c") "<w:cr/>" "<w:ptab/>")),
	  "a\tb\nc\n\t" },
	{ "empty paragraphs", "<w:p/>" P("<w:pPr/>") P(R(T(""))), "||" },
	{ "del dropped, ins kept",
	  P("<w:del><w:r><w:delText>old</w:delText><w:tab/></w:r></w:del><w:ins>" R(T("new"))
	    "</w:ins>"),
	  "new" },
	{ "moveFrom dropped", P("<w:moveFrom>" R(T("gone")) "</w:moveFrom>" R(T("kept"))), "kept" },
	{ "deleted mark joins next",
	  P("<w:pPr><w:rPr><w:del/></w:rPr></w:pPr>" R(T("A"))) P(R(T("B"))), "AB" },
	{ "wholly deleted paragraph",
	  P("<w:pPr><w:rPr><w:del/></w:rPr></w:pPr><w:del>" R(T("x")) "</w:del>") P(R(T("B"))),
	  "B" },
	{ "complex field result only",
	  P(R(T("Ref: ")) FLD("begin") INSTR(" REF x ") FLD("separate") R(T("42")) FLD("end")),
	  "Ref: 42" },
	{ "field nested in instruction",
	  P(FLD("begin") INSTR("IF ") FLD("begin") INSTR("MERGEFIELD a") FLD("separate")
	    R(T("inner")) FLD("end") FLD("separate") R(T("outer")) FLD("end")),
	  "outer" },
	{ "field spans paragraphs",
	  P(FLD("begin") INSTR("TOC") FLD("separate") R(T("one"))) P(R(T("two")) FLD("end")),
	  "one|two" },
	{ "field without separate", P(R(T("a")) FLD("begin") INSTR("XE \"b\"") FLD("end")), "a" },
	{ "form checkbox",
	  P("<w:r><w:fldChar w:fldCharType=\"begin\"><w:ffData><w:checkBox><w:checked/>"
	    "</w:checkBox></w:ffData></w:fldChar></w:r>" INSTR("FORMCHECKBOX") FLD("end")
	    R(T(" yes"))),
	  "\u2612 yes" },
	{ "form dropdown",
	  P("<w:r><w:fldChar w:fldCharType=\"begin\"><w:ffData><w:ddList><w:result w:val=\"1\"/>"
	    "<w:listEntry w:val=\"A\"/><w:listEntry w:val=\"B\"/></w:ddList></w:ffData>"
	    "</w:fldChar></w:r>" INSTR("FORMDROPDOWN") FLD("end")),
	  "B" },
	{ "fldSimple runs", P("<w:fldSimple w:instr=\"MERGEFIELD x\">" R(T("Mrs P")) "</w:fldSimple>"),
	  "Mrs P" },
	{ "hidden run dropped", P(R(T("a")) "<w:r><w:rPr><w:vanish/></w:rPr>" T("HIDDEN") "</w:r>"
				     R(T("b"))),
	  "ab" },
	{ "vanish val=0 shown", P("<w:r><w:rPr><w:vanish w:val=\"0\"/></w:rPr>" T("shown") "</w:r>"),
	  "shown" },
	{ "webHidden shown", P("<w:r><w:rPr><w:webHidden/></w:rPr>" T("7") "</w:r>"), "7" },
	{ "hidden mark joins next",
	  P("<w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr>" R(T("a "))) P(R(T("b"))), "a b" },
	{ "caps", P("<w:r><w:rPr><w:caps/></w:rPr>" T("ysgol \xc5\xb5yr") "</w:r>"),
	  "YSGOL \xc5\xb4YR" },
	{ "hyphens", P(R(T("year") "<w:noBreakHyphen/>" T("long co") "<w:softHyphen/>" T("de"))),
	  "year-long code" },
	{ "sym", P(R("<w:sym w:font=\"Wingdings\" w:char=\"F0FE\"/><w:sym w:font=\"Symbol\" "
		     "w:char=\"F0B7\"/>")),
	  "\u2611\u2022" },
	{ "containers transparent",
	  "<w:sdt><w:sdtPr><w:alias w:val=\"NOPE\"/></w:sdtPr><w:sdtContent>"
	  P("<w:hyperlink>" R(T("a")) "</w:hyperlink><w:smartTag><w:smartTagPr/>" R(T("b"))
	    "</w:smartTag><w:customXml>" R(T("c")) "</w:customXml>")
	  "</w:sdtContent></w:sdt>",
	  "abc" },
	{ "AlternateContent: Choice understood",
	  P(R("<mc:AlternateContent><mc:Choice Requires=\"wps\">" T("choice")
	      "</mc:Choice><mc:Fallback>" T("fallback") "</mc:Fallback></mc:AlternateContent>")),
	  "choice" },
	{ "AlternateContent: Choice not understood",
	  P(R("<mc:AlternateContent><mc:Choice Requires=\"x\">" T("choice")
	      "</mc:Choice><mc:Fallback>" T("fallback") "</mc:Fallback></mc:AlternateContent>")),
	  "fallback" },
	{ "text box after its anchor",
	  P(R(T("anchor")) R("<w:pict><w:txbxContent>" P(R(T("in box"))) "</w:txbxContent></w:pict>")
	    R(T(" more")))
	  P(R(T("next"))),
	  "anchor more|in box|next" },
	{ "drop cap joins next",
	  P("<w:pPr><w:framePr w:dropCap=\"drop\"/></w:pPr>" R(T("W"))) P(R(T("hen"))), "When" },
	{ "table row, vMerge, gridSpan",
	  "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid><w:tr>" CELL("a") CELL("b")
	  "</w:tr><w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr>" P(R(T("x"))) "</w:tc>" CELL("c")
	  "</w:tr><w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr>" P(R(T("wide")))
	  "</w:tc></w:tr></w:tbl>",
	  "a\tb|\tc|wide" },
	{ "cell paragraphs joined by newline",
	  "<w:tbl><w:tr><w:tc>" P(R(T("one"))) P(R(T("two"))) "</w:tc></w:tr></w:tbl>", "one\ntwo" },
	{ "nested table rows follow their row",
	  "<w:tbl><w:tr>" CELL("outer") "<w:tc><w:tbl><w:tr>" CELL("in1") CELL("in2")
	  "</w:tr></w:tbl><w:p/></w:tc></w:tr><w:tr>" CELL("last") "</w:tr></w:tbl>",
	  "outer\t|in1\tin2|last" },
	{ "deleted row dropped",
	  "<w:tbl><w:tr>" CELL("keep") "</w:tr><w:tr><w:trPr><w:del/></w:trPr>" CELL("gone")
	  "</w:tr></w:tbl>",
	  "keep" },
	{ "math in place",
	  "<w:p xmlns:m=\"http://schemas.openxmlformats.org/officeDocument/2006/math\">" R(T("Solve "))
	  "<m:oMath><m:r><m:t>x+2=5</m:t></m:r></m:oMath>" R(T(".")) "</w:p>",
	  "Solve x+2=5." },
};

START_TEST(test_text)
{
	struct ehc_error err = { 0 };
	struct ehc_doc *doc = load_body(text_cases[_i].body, &err);
	ck_assert_msg(doc, "%s: %s", text_cases[_i].name, err.message);
	char *got = joined(doc);
	ck_assert_msg(strcmp(got, text_cases[_i].want) == 0, "%s: got '%s', want '%s'",
		      text_cases[_i].name, got, text_cases[_i].want);
	free(got);
	ehc_doc_free(doc);
}
END_TEST

static const char *
case_body(const char *name)
{
	for (size_t i = 0; i < sizeof text_cases / sizeof *text_cases; i++)
		if (strcmp(text_cases[i].name, name) == 0)
			return text_cases[i].body;
	ck_abort_msg("no case %s", name);
	return NULL;
}

START_TEST(test_table_model)
{
	struct ehc_error err = { 0 };
	struct ehc_doc *doc = load_body(case_body("table row, vMerge, gridSpan"), &err);
	ck_assert_ptr_nonnull(doc);
	ck_assert_uint_eq(doc->nblocks, 3);
	const struct ehc_block *r1 = &doc->blocks[0], *r2 = &doc->blocks[1], *r3 = &doc->blocks[2];
	ck_assert_int_eq(r1->kind, EHC_BLOCK_ROW);
	ck_assert_int_eq(r1->table, 1);
	ck_assert_int_eq(r2->row, 2);
	ck_assert_int_eq(r1->grid_cols, 2);
	ck_assert_uint_eq(r2->ncells, 2);
	ck_assert(r2->cells[0].vmerge_cont);
	ck_assert_uint_eq(r2->cells[0].len, 0);
	ck_assert_int_eq(r2->cells[1].col, 1);
	ck_assert_uint_eq(r3->ncells, 1);
	ck_assert_int_eq(r3->cells[0].span, 2);
	ehc_doc_free(doc);
}
END_TEST

START_TEST(test_nested_depth)
{
	struct ehc_error err = { 0 };
	struct ehc_doc *doc = load_body(case_body("nested table rows follow their row"), &err);
	ck_assert_ptr_nonnull(doc);
	ck_assert_uint_eq(doc->nblocks, 3);
	ck_assert_int_eq(doc->blocks[0].depth, 0);
	ck_assert_int_eq(doc->blocks[1].depth, 1);
	ck_assert_int_ne(doc->blocks[1].table, doc->blocks[0].table);
	ck_assert_int_eq(doc->blocks[2].depth, 0);
	ck_assert_int_eq(doc->blocks[2].row, 2);
	ehc_doc_free(doc);
}
END_TEST

START_TEST(test_doctype_entity)
{
	static const char xml[] =
		"<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY e \"EXPANDED\">"
		"<!ENTITY x SYSTEM \"http://example.org/\">]><w:document xmlns:w=\"" W_NS "\">"
		"<w:body><w:p><w:r><w:t>site: \"&x;&e;\"</w:t></w:r></w:p></w:body></w:document>";
	struct ehc_doc *doc = NULL;
	struct ehc_error err = { 0 };
	ck_assert_int_eq(ehc_load_memory(xml, sizeof xml - 1, "e.xml", NULL, &doc, &err), 0);
	ck_assert_str_eq(doc->blocks[0].text, "site: \"\"");
	ehc_doc_free(doc);
}
END_TEST

/* ---- styles and numbering ---- */

static const char styles_xml[] =
	"<w:styles xmlns:w=\"" W_NS "\"><w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val=\"22\"/>"
	"</w:rPr></w:rPrDefault></w:docDefaults>"
	"<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>"
	"</w:style>"
	"<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/>"
	"<w:basedOn w:val=\"Normal\"/><w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr><w:rPr><w:b/>"
	"<w:sz w:val=\"32\"/></w:rPr></w:style>"
	"<w:style w:type=\"paragraph\" w:styleId=\"Sub\"><w:name w:val=\"My Sub\"/>"
	"<w:basedOn w:val=\"Heading1\"/><w:rPr><w:caps/></w:rPr></w:style>"
	"<w:style w:type=\"paragraph\" w:styleId=\"Hidden\"><w:name w:val=\"Hidden\"/>"
	"<w:rPr><w:vanish/></w:rPr></w:style>"
	"<w:style w:type=\"character\" w:styleId=\"HideChar\"><w:name w:val=\"HideChar\"/>"
	"<w:rPr><w:vanish/></w:rPr></w:style>"
	"<w:style w:type=\"paragraph\" w:styleId=\"Prov\"><w:name w:val=\"Prov\"/><w:pPr><w:numPr>"
	"<w:numId w:val=\"3\"/></w:numPr></w:pPr></w:style>"
	"</w:styles>";

#define LVL(i, start, fmt, text)                                                            \
	"<w:lvl w:ilvl=\"" #i "\"><w:start w:val=\"" #start "\"/><w:numFmt w:val=\"" fmt "\"/>" \
	"<w:lvlText w:val=\"" text "\"/></w:lvl>"

static const char numbering_xml[] =
	"<w:numbering xmlns:w=\"" W_NS "\">"
	"<w:abstractNum w:abstractNumId=\"0\">" LVL(0, 1, "decimal", "%1.")
	LVL(1, 1, "lowerLetter", "%1.%2.") LVL(2, 1, "upperRoman", "(%3)") "</w:abstractNum>"
	"<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"bullet\"/>"
	"<w:lvlText w:val=\"\xef\x82\xb7\"/><w:rPr><w:rFonts w:ascii=\"Symbol\"/></w:rPr></w:lvl>"
	"</w:abstractNum>"
	"<w:abstractNum w:abstractNumId=\"2\">" LVL(0, 1, "decimalZero", "Provision %1")
	"</w:abstractNum>"
	"<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
	"<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>"
	"<w:num w:numId=\"3\"><w:abstractNumId w:val=\"2\"/></w:num>"
	"<w:num w:numId=\"4\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"0\">"
	"<w:startOverride w:val=\"7\"/></w:lvlOverride></w:num>"
	"</w:numbering>";

#define NUMP(id, lvl, text)                                                                 \
	"<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" #lvl "\"/><w:numId w:val=\"" #id "\"/></w:numPr>" \
	"</w:pPr>" R(T(text)) "</w:p>"
#define STYLEP(style, text) "<w:p><w:pPr><w:pStyle w:val=\"" style "\"/></w:pPr>" R(T(text)) "</w:p>"

START_TEST(test_numbering)
{
	static const char body[] = NUMP(1, 0, "a") NUMP(1, 1, "b") NUMP(1, 1, "c") NUMP(1, 2, "d")
		NUMP(1, 0, "e") NUMP(1, 1, "f") NUMP(2, 0, "g") STYLEP("Prov", "h")
		"<w:p><w:pPr><w:pStyle w:val=\"Prov\"/><w:numPr><w:numId w:val=\"0\"/></w:numPr>"
		"</w:pPr>" R(T("i")) "</w:p>" STYLEP("Prov", "j") NUMP(4, 0, "k") P(R(T("l")));
	static const char *const want[] = { "1.", "1.a.", "1.b.", "(I)", "2.", "2.a.", "\u2022",
					    "Provision 01", NULL, "Provision 02", "7.", NULL };
	struct ehc_doc *doc = load_package(body, styles_xml, numbering_xml);
	ck_assert_uint_eq(doc->nblocks, 12);
	for (size_t i = 0; i < 12; i++) {
		const char *got = doc->blocks[i].label;
		ck_assert_msg((!got && !want[i]) || (got && want[i] && strcmp(got, want[i]) == 0),
			      "block %zu: label '%s', want '%s'", i + 1, got ? got : "(null)",
			      want[i] ? want[i] : "(null)");
	}
	ck_assert_int_eq(doc->blocks[1].list_level, 1);
	ck_assert_int_eq(doc->blocks[1].num_id, 1);
	ck_assert_int_eq(doc->blocks[8].num_id, 0);
	ck_assert_int_eq(doc->blocks[11].list_level, -1);
	ehc_doc_free(doc);
}
END_TEST

START_TEST(test_styles)
{
	static const char body[] = STYLEP("Heading1", "Title") STYLEP("Sub", "sub")
		STYLEP("Hidden", "HIDDEN") P(R(T("body ")) "<w:r><w:rPr><w:rStyle w:val=\"HideChar\"/>"
					     "</w:rPr>" T("HIDE") "</w:r>")
		P("<w:r><w:rPr><w:b/></w:rPr>" T("all bold") "</w:r>")
		"<w:p><w:pPr><w:shd w:val=\"clear\" w:fill=\"D9D9D9\"/></w:pPr>" R(T("shaded")) "</w:p>";
	struct ehc_doc *doc = load_package(body, styles_xml, numbering_xml);
	ck_assert_uint_eq(doc->nblocks, 5);
	ck_assert_str_eq(doc->blocks[0].style, "Heading 1");
	ck_assert_int_eq(doc->blocks[0].outline, 1);
	ck_assert(doc->blocks[0].bold);
	ck_assert(doc->blocks[0].font_size == 16.0f);
	ck_assert_str_eq(doc->blocks[1].text, "SUB");
	ck_assert(doc->blocks[1].caps);
	ck_assert_int_eq(doc->blocks[1].outline, 1);
	ck_assert_str_eq(doc->blocks[2].text, "body "); /* hidden style: text and mark */
	ck_assert_str_eq(doc->blocks[2].style, "Normal");
	ck_assert(!doc->blocks[2].bold);
	ck_assert(doc->blocks[3].bold);
	ck_assert(doc->blocks[3].font_size == 11.0f);
	ck_assert(doc->blocks[4].shaded);
	ehc_doc_free(doc);
}
END_TEST

/* ---- bad inputs ---- */

static void
expect_error(const void *data, size_t len, const struct ehc_load_limits *lim, int code,
	     const char *words)
{
	struct ehc_doc *doc = (struct ehc_doc *)1;
	struct ehc_error err = { 0 };
	int rc = ehc_load_memory(data, len, "bad.docx", lim, &doc, &err);
	ck_assert_msg(rc == code, "status %d (%s), want %d", rc, err.message, code);
	ck_assert_ptr_null(doc);
	ck_assert_str_eq(err.file, "bad.docx");
	ck_assert_msg(strstr(err.message, words), "message '%s' lacks '%s'", err.message, words);
	ck_assert_ptr_null(strchr(err.message, '\n'));
}

START_TEST(test_ole2)
{
	unsigned char legacy[1024] = { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };
	expect_error(legacy, sizeof legacy, NULL, EHC_E_LEGACY, "legacy Word 97-2003 .doc");
	unsigned char enc[1024] = { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };
	const char *name = "EncryptedPackage";
	for (size_t i = 0; name[i]; i++)
		enc[512 + 2 * i] = (unsigned char)name[i];
	expect_error(enc, sizeof enc, NULL, EHC_E_ENCRYPTED, "password");
}
END_TEST

START_TEST(test_not_docx)
{
	expect_error("hello, world", 12, NULL, EHC_E_NOT_DOCX, "not a Word document");
	expect_error("<html><body/></html>", 20, NULL, EHC_E_NOT_DOCX, "not a Word document");
	static const char w2003[] = "<?xml version=\"1.0\"?><w:wordDocument xmlns:w=\"http://"
				    "schemas.microsoft.com/office/word/2003/wordml\"/>";
	expect_error(w2003, sizeof w2003 - 1, NULL, EHC_E_UNSUPPORTED, "Word 2003 XML");
}
END_TEST

START_TEST(test_malformed_xml)
{
	static const char xml[] = "<?xml version=\"1.0\"?>\n<w:document xmlns:w=\"" W_NS "\">\n"
				  "<w:body><w:p></w:body></w:document>";
	struct ehc_doc *doc = NULL;
	struct ehc_error err = { 0 };
	ck_assert_int_eq(ehc_load_memory(xml, sizeof xml - 1, "m.xml", NULL, &doc, &err), EHC_E_XML);
	ck_assert_int_eq(err.line, 3);
	ck_assert_ptr_nonnull(strstr(err.message, "malformed XML"));
}
END_TEST

START_TEST(test_bad_zips)
{
	const struct part only[] = { { "foo.txt", "nothing here", 0 } };
	size_t len;
	char *zip = make_zip(only, 1, &len);
	expect_error(zip, len, NULL, EHC_E_NO_MAIN, "no main document");
	free(zip);
	const struct part doc[] = { { "_rels/.rels", package_rels, 0 },
				    { "word/document.xml", DOC_OPEN P(R(T("x"))) DOC_CLOSE, 0 } };
	zip = make_zip(doc, 2, &len);
	expect_error(zip, len / 2, NULL, EHC_E_CORRUPT, "damaged zip");
	free(zip);
}
END_TEST

START_TEST(test_zip_bomb)
{
	size_t big = 4u << 20, len;
	char *zeros = calloc(1, big);
	memcpy(zeros, "<w:document", 11);
	const struct part parts[] = { { "_rels/.rels", package_rels, 0 },
				      { "word/document.xml", zeros, big } };
	char *zip = make_zip(parts, 2, &len);
	expect_error(zip, len, NULL, EHC_E_LIMIT, "zip bomb");
	struct ehc_load_limits lim;
	ehc_load_limits_default(&lim);
	lim.max_part = 1u << 20;
	expect_error(zip, len, &lim, EHC_E_LIMIT, "over the");
	/* a lying header: the directory says 100 bytes, the data inflates to 4 MiB */
	for (size_t i = 0; i + 46 < len; i++)
		if (memcmp(zip + i, "PK\x01\x02", 4) == 0 && memmem(zip + i + 46, 17, "word/", 5)) {
			memcpy(zip + i + 24, "\x64\0\0\0", 4);
			break;
		}
	struct ehc_doc *d = NULL;
	struct ehc_error err = { 0 };
	int rc = ehc_load_memory(zip, len, "lie.docx", NULL, &d, &err);
	ck_assert_msg(rc == EHC_E_LIMIT || rc == EHC_E_CORRUPT, "lying header: %d %s", rc,
		      err.message);
	free(zip);
	free(zeros);
}
END_TEST

START_TEST(test_block_limit)
{
	struct ehc_load_limits lim;
	ehc_load_limits_default(&lim);
	lim.max_blocks = 2;
	static const char xml[] = DOC_OPEN "<w:p/><w:p/><w:p/>" DOC_CLOSE;
	expect_error(xml, sizeof xml - 1, &lim, EHC_E_LIMIT, "blocks");
}
END_TEST

static Suite *
load_suite(void)
{
	Suite *s = suite_create("load");
	TCase *tc = tcase_create("text");
	tcase_add_loop_test(tc, test_text, 0, sizeof text_cases / sizeof *text_cases);
	tcase_add_test(tc, test_table_model);
	tcase_add_test(tc, test_nested_depth);
	tcase_add_test(tc, test_doctype_entity);
	suite_add_tcase(s, tc);
	tc = tcase_create("package");
	tcase_add_test(tc, test_numbering);
	tcase_add_test(tc, test_styles);
	suite_add_tcase(s, tc);
	tc = tcase_create("errors");
	tcase_add_test(tc, test_ole2);
	tcase_add_test(tc, test_not_docx);
	tcase_add_test(tc, test_malformed_xml);
	tcase_add_test(tc, test_bad_zips);
	tcase_add_test(tc, test_zip_bomb);
	tcase_add_test(tc, test_block_limit);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	return ehc_ck_run(load_suite());
}
