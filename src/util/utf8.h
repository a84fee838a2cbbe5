/* SPDX-License-Identifier: MIT */
/* UTF-8 helpers: encode, decode, count, upper-case. */
#ifndef EHC_UTF8_H
#define EHC_UTF8_H

#include <stddef.h>

/** Writes the UTF-8 form of 'cp' (U+FFFD when invalid) to 'out'; returns its length, 1..4. */
size_t ehc_utf8_encode(unsigned cp, char out[4]);
/**
 * Decodes one code point at 's' (at most 'n' bytes) into '*cp'; returns the bytes used
 * (1 for an invalid byte, which decodes as U+FFFD). 'n' must be > 0.
 */
size_t ehc_utf8_decode(const char *s, size_t n, unsigned *cp);
/** Number of code points in the first 'n' bytes of 's'. */
size_t ehc_utf8_count(const char *s, size_t n);
/** Simple upper-case mapping (Latin, Greek, Cyrillic) of 'cp'. */
unsigned ehc_utf8_upper(unsigned cp);

#endif
