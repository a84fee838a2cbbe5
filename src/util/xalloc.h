/* SPDX-License-Identifier: MIT */
/* Allocation that cannot fail: out of memory aborts with a message. */
#ifndef EHC_XALLOC_H
#define EHC_XALLOC_H

#include <stddef.h>

/** malloc, calloc, realloc and strdup that abort on out-of-memory. */
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);

/**
 * Grow the array 'p' of 'size'-byte elements so index 'need' - 1 fits;
 * '*cap' is updated. Returns the (possibly moved) array.
 */
void *xgrow(void *p, size_t size, size_t need, size_t *cap);

#define EHC_PUSH(arr, n, cap) \
	((arr) = xgrow((arr), sizeof *(arr), (n) + 1, &(cap)), &(arr)[(n)++])

#endif
