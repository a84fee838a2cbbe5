/* SPDX-License-Identifier: MIT */
/*
 * Sniffing: what the first bytes of a file say it is. Zip, XML, or an OLE2 compound file, and
 * for OLE2 whether it is an encrypted OOXML package (its directory names an
 * "EncryptedPackage" stream) or a legacy Word 97-2003 .doc. Knows nothing of parts.
 */
#include "load/load-internal.h"

#include <string.h>

static const unsigned char ole2_magic[8] = { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };

/* "EncryptedPackage" in UTF-16LE, as a directory entry names it */
static bool
has_encrypted_stream(const unsigned char *data, size_t len)
{
	static const char name[] = "EncryptedPackage";
	const size_t n = sizeof name - 1;
	for (size_t i = 0; i + 2 * n <= len; i++) {
		size_t k = 0;
		while (k < n && data[i + 2 * k] == (unsigned char)name[k] && data[i + 2 * k + 1] == 0)
			k++;
		if (k == n)
			return true;
	}
	return false;
}

static bool
looks_like_xml(const unsigned char *data, size_t len)
{
	size_t i = 0;
	if (len >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF)
		i = 3;
	while (i < len && (data[i] == ' ' || data[i] == '\t' || data[i] == '\r' || data[i] == '\n'))
		i++;
	return i < len && data[i] == '<';
}

enum ehc_format
ehc_sniff(const unsigned char *data, size_t len)
{
	if (len >= 8 && memcmp(data, ole2_magic, 8) == 0)
		return has_encrypted_stream(data, len) ? EHC_FMT_ENCRYPTED : EHC_FMT_OLE2;
	if (len >= 4 && data[0] == 'P' && data[1] == 'K' && data[2] < 9 && data[3] < 9)
		return EHC_FMT_ZIP;
	if (looks_like_xml(data, len))
		return EHC_FMT_XML;
	return EHC_FMT_UNKNOWN;
}
