/* SPDX-License-Identifier: MIT */
/* Error values: one table maps codes to names. */
#include "util/error.h"

#include <stdio.h>
#include <string.h>

static const char *const status_names[] = {
	[-EHC_OK] = "ok",
	[-EHC_E_IO] = "cannot read",
	[-EHC_E_NOT_DOCX] = "not a Word document",
	[-EHC_E_LEGACY] = "legacy Word 97-2003 document",
	[-EHC_E_ENCRYPTED] = "encrypted",
	[-EHC_E_CORRUPT] = "corrupt package",
	[-EHC_E_NO_MAIN] = "no main document",
	[-EHC_E_XML] = "malformed XML",
	[-EHC_E_LIMIT] = "limit exceeded",
	[-EHC_E_UNSUPPORTED] = "unsupported format",
	[-EHC_E_RULE] = "rule error",
	[-EHC_E_CONFIG] = "configuration error",
	[-EHC_E_USAGE] = "usage error",
};

const char *
ehc_status_name(enum ehc_status code)
{
	int i = -(int)code;
	if (i < 0 || i >= (int)(sizeof status_names / sizeof *status_names) || !status_names[i])
		return "error";
	return status_names[i];
}

static int
set_va(struct ehc_error *err, enum ehc_status code, const char *file, int line, int col,
       const char *fmt, va_list ap)
{
	if (!err)
		return code;
	err->code = code;
	snprintf(err->file, sizeof err->file, "%s", file ? file : "");
	err->line = line;
	err->col = col;
	vsnprintf(err->message, sizeof err->message, fmt, ap);
	for (char *p = err->message; *p; p++)
		if (*p == '\n' || *p == '\r')
			*p = ' ';
	return code;
}

int
ehc_error_set(struct ehc_error *err, enum ehc_status code, const char *file, const char *fmt,
	      ...)
{
	va_list ap;
	va_start(ap, fmt);
	set_va(err, code, file, 0, 0, fmt, ap);
	va_end(ap);
	return code;
}

int
ehc_error_set_at(struct ehc_error *err, enum ehc_status code, const char *file, int line,
		 int col, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	set_va(err, code, file, line, col, fmt, ap);
	va_end(ap);
	return code;
}

void
ehc_error_format(const struct ehc_error *err, char *out, unsigned n)
{
	if (err->file[0] && err->line)
		snprintf(out, n, "%s:%d:%d: %s", err->file, err->line, err->col, err->message);
	else if (err->file[0])
		snprintf(out, n, "%s: %s", err->file, err->message);
	else
		snprintf(out, n, "%s", err->message);
}
