/* SPDX-License-Identifier: MIT */
/* Growable byte buffer, always NUL-terminated. */
#ifndef EHC_BUF_H
#define EHC_BUF_H

#include <stdarg.h>
#include <stddef.h>

struct ehc_buf {
	char *data; /* NUL-terminated once anything was added; owned */
	size_t len, cap;
};

#define EHC_BUF_INIT { NULL, 0, 0 }

void ehc_buf_add(struct ehc_buf *b, const char *s, size_t n);
void ehc_buf_puts(struct ehc_buf *b, const char *s);
void ehc_buf_putc(struct ehc_buf *b, char c);
/** Appends the UTF-8 encoding of code point 'cp'. */
void ehc_buf_put_utf8(struct ehc_buf *b, unsigned cp);
void ehc_buf_printf(struct ehc_buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void ehc_buf_vprintf(struct ehc_buf *b, const char *fmt, va_list ap);
/** Empties the buffer, keeping its memory. */
void ehc_buf_clear(struct ehc_buf *b);
/** The text so far ("" when nothing was added); still owned by 'b'. */
const char *ehc_buf_str(const struct ehc_buf *b);
/** Hands the data to the caller (free() it) and resets 'b'. */
char *ehc_buf_take(struct ehc_buf *b);
void ehc_buf_fini(struct ehc_buf *b);

#endif
