/* SPDX-License-Identifier: MIT */
/* UTF-8 encode and decode; knows nothing of documents. */
#include "util/utf8.h"

size_t
ehc_utf8_encode(unsigned cp, char out[4])
{
	if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		cp = 0xFFFD;
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xC0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (char)(0xE0 | (cp >> 12));
		out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		out[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (char)(0xF0 | (cp >> 18));
	out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
	out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
	out[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

size_t
ehc_utf8_decode(const char *str, size_t n, unsigned *cp)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t len = s[0] < 0x80 ? 1 : s[0] >= 0xF0 ? 4 : s[0] >= 0xE0 ? 3 : s[0] >= 0xC0 ? 2 : 0;
	*cp = 0xFFFD;
	if (len == 0 || len > n || s[0] > 0xF4)
		return 1;
	if (len == 1) {
		*cp = s[0];
		return 1;
	}
	unsigned v = s[0] & (0x7F >> len);
	for (size_t i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 1;
		v = (v << 6) | (s[i] & 0x3F);
	}
	static const unsigned min[] = { 0, 0, 0x80, 0x800, 0x10000 };
	if (v < min[len])
		return 1;
	*cp = v;
	return len;
}

size_t
ehc_utf8_count(const char *s, size_t n)
{
	size_t count = 0;
	for (size_t i = 0; i < n; i++)
		count += ((unsigned char)s[i] & 0xC0) != 0x80;
	return count;
}

unsigned
ehc_utf8_upper(unsigned cp)
{
	if (cp >= 'a' && cp <= 'z')
		return cp - 32;
	if ((cp >= 0xE0 && cp <= 0xFE && cp != 0xF7))
		return cp - 32;
	if (cp == 0xFF)
		return 0x178;
	if (cp >= 0x100 && cp <= 0x17F && cp != 0x130 && cp != 0x131 && cp != 0x138 && cp != 0x149) {
		/* Latin Extended-A alternates upper/lower, with a shift in 0x139..0x148 and 0x179..0x17E */
		int odd_lower = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
		if (odd_lower ? (cp & 1) == 0 : (cp & 1) == 1)
			return cp - 1;
		return cp;
	}
	if (cp >= 0x3B1 && cp <= 0x3C9 && cp != 0x3C2)
		return cp - 32;
	if (cp >= 0x430 && cp <= 0x44F)
		return cp - 32;
	if (cp >= 0x450 && cp <= 0x45F)
		return cp - 80;
	return cp;
}
