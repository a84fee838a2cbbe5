/* SPDX-License-Identifier: MIT */
/* Arena: chunks chained in a list, never freed one by one. */
#include "util/arena.h"

#include <stdarg.h>
#include <stdlib.h>
#include <stdalign.h>
#include <stdio.h>
#include <string.h>

#include "util/xalloc.h"

#define CHUNK_MIN (64 * 1024)

struct chunk {
	struct chunk *next;
	size_t size, used;
	alignas(max_align_t) unsigned char data[];
};

struct ehc_arena {
	struct chunk *head;
	size_t total;
};

struct ehc_arena *
ehc_arena_new(void)
{
	return xcalloc(1, sizeof(struct ehc_arena));
}

void
ehc_arena_free(struct ehc_arena *a)
{
	if (!a)
		return;
	for (struct chunk *c = a->head, *next; c; c = next) {
		next = c->next;
		free(c);
	}
	free(a);
}

void *
ehc_arena_alloc(struct ehc_arena *a, size_t n)
{
	const size_t align = alignof(max_align_t);
	n = (n + align - 1) & ~(align - 1);
	struct chunk *c = a->head;
	if (!c || c->size - c->used < n) {
		size_t size = n > CHUNK_MIN ? n : CHUNK_MIN;
		c = xmalloc(sizeof *c + size);
		c->size = size;
		c->used = 0;
		c->next = a->head;
		a->head = c;
	}
	void *p = c->data + c->used;
	c->used += n;
	a->total += n;
	memset(p, 0, n);
	return p;
}

char *
ehc_arena_strndup(struct ehc_arena *a, const char *s, size_t n)
{
	char *d = ehc_arena_alloc(a, n + 1);
	memcpy(d, s, n);
	d[n] = '\0';
	return d;
}

char *
ehc_arena_strdup(struct ehc_arena *a, const char *s)
{
	return s ? ehc_arena_strndup(a, s, strlen(s)) : NULL;
}

char *
ehc_arena_printf(struct ehc_arena *a, const char *fmt, ...)
{
	va_list ap, ap2;
	va_start(ap, fmt);
	va_copy(ap2, ap);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	char *d = ehc_arena_alloc(a, (size_t)(n < 0 ? 0 : n) + 1);
	vsnprintf(d, (size_t)n + 1, fmt, ap2);
	va_end(ap2);
	return d;
}

size_t
ehc_arena_used(const struct ehc_arena *a)
{
	return a->total;
}
