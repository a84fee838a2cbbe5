/* SPDX-License-Identifier: MIT */
/* Growable byte buffer. */
#include "util/buf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/utf8.h"
#include "util/xalloc.h"

static void
reserve(struct ehc_buf *b, size_t extra)
{
	if (b->len + extra + 1 <= b->cap)
		return;
	size_t c = b->cap ? b->cap : 64;
	while (c < b->len + extra + 1)
		c *= 2;
	b->data = xrealloc(b->data, c);
	b->cap = c;
}

void
ehc_buf_add(struct ehc_buf *b, const char *s, size_t n)
{
	reserve(b, n);
	if (n)
		memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
}

void
ehc_buf_puts(struct ehc_buf *b, const char *s)
{
	ehc_buf_add(b, s, strlen(s));
}

void
ehc_buf_putc(struct ehc_buf *b, char c)
{
	ehc_buf_add(b, &c, 1);
}

void
ehc_buf_put_utf8(struct ehc_buf *b, unsigned cp)
{
	char tmp[4];
	ehc_buf_add(b, tmp, ehc_utf8_encode(cp, tmp));
}

void
ehc_buf_vprintf(struct ehc_buf *b, const char *fmt, va_list ap)
{
	va_list ap2;
	va_copy(ap2, ap);
	int n = vsnprintf(NULL, 0, fmt, ap);
	if (n > 0) {
		reserve(b, (size_t)n);
		vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap2);
		b->len += (size_t)n;
	}
	va_end(ap2);
}

void
ehc_buf_printf(struct ehc_buf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	ehc_buf_vprintf(b, fmt, ap);
	va_end(ap);
}

void
ehc_buf_clear(struct ehc_buf *b)
{
	b->len = 0;
	if (b->data)
		b->data[0] = '\0';
}

const char *
ehc_buf_str(const struct ehc_buf *b)
{
	return b->data ? b->data : "";
}

char *
ehc_buf_take(struct ehc_buf *b)
{
	char *d = b->data ? b->data : xstrdup("");
	b->data = NULL;
	b->len = b->cap = 0;
	return d;
}

void
ehc_buf_fini(struct ehc_buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}
