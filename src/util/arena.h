/* SPDX-License-Identifier: MIT */
/* Bump allocator: everything of one plan (or one rule pack) dies together. */
#ifndef EHC_ARENA_H
#define EHC_ARENA_H

#include <stddef.h>

struct ehc_arena;

/** A new, empty arena. Free with ehc_arena_free(). */
struct ehc_arena *ehc_arena_new(void);
/** Frees the arena and every allocation made from it; NULL is a no-op. */
void ehc_arena_free(struct ehc_arena *a);
/** 'n' bytes, zeroed, aligned for any type; owned by the arena. */
void *ehc_arena_alloc(struct ehc_arena *a, size_t n);
/** A NUL-terminated copy of 'n' bytes of 's' in the arena. */
char *ehc_arena_strndup(struct ehc_arena *a, const char *s, size_t n);
/** A NUL-terminated copy of 's' in the arena; NULL gives NULL. */
char *ehc_arena_strdup(struct ehc_arena *a, const char *s);
/** printf into the arena. */
char *ehc_arena_printf(struct ehc_arena *a, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/** Bytes handed out so far (for the memory benchmark). */
size_t ehc_arena_used(const struct ehc_arena *a);

#endif
