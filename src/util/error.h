/* SPDX-License-Identifier: MIT */
/* Errors are values: a status code plus where and why, in one line. */
#ifndef EHC_ERROR_H
#define EHC_ERROR_H

#include <stdarg.h>

enum ehc_status {
	EHC_OK = 0,
	EHC_E_IO = -1,          /* cannot open or read the file */
	EHC_E_NOT_DOCX = -2,    /* neither a zip package nor WordprocessingML XML */
	EHC_E_LEGACY = -3,      /* Word 97-2003 .doc (OLE2 compound file) */
	EHC_E_ENCRYPTED = -4,   /* password-protected OOXML (OLE2 with EncryptedPackage) */
	EHC_E_CORRUPT = -5,     /* damaged zip: bad central directory, CRC, truncation */
	EHC_E_NO_MAIN = -6,     /* package without a main document part */
	EHC_E_XML = -7,         /* malformed XML in a part */
	EHC_E_LIMIT = -8,       /* a size or ratio limit stopped hostile input */
	EHC_E_UNSUPPORTED = -9, /* a format read but not supported (Word 2003 XML) */
	EHC_E_RULE = -10,       /* a rule file is wrong */
	EHC_E_CONFIG = -11,     /* a configuration file or option is wrong */
	EHC_E_USAGE = -12,      /* bad command-line use */
};

struct ehc_error {
	enum ehc_status code;
	char file[512];    /* the file at fault, or "" */
	int line, col;     /* 1-based position in 'file', 0 when unknown */
	char message[512]; /* one line, no trailing newline */
};

/** Fills 'err' (may be NULL) and returns 'code', so callers can `return ehc_error_set(...)`. */
int ehc_error_set(struct ehc_error *err, enum ehc_status code, const char *file,
		  const char *fmt, ...) __attribute__((format(printf, 4, 5)));
/** As ehc_error_set(), with a line and column. */
int ehc_error_set_at(struct ehc_error *err, enum ehc_status code, const char *file, int line,
		     int col, const char *fmt, ...) __attribute__((format(printf, 6, 7)));
/** A short name for 'code', e.g. "encrypted". */
const char *ehc_status_name(enum ehc_status code);
/** Writes "file:line:col: message" (parts that are unknown left out) to 'out' of 'n' bytes. */
void ehc_error_format(const struct ehc_error *err, char *out, unsigned n);

#endif
