/* SPDX-License-Identifier: MIT */
/*
 * The loader: a Word file in, a struct ehc_doc of blocks out. It knows OOXML (zip packages,
 * Flat OPC, bare document.xml; Transitional and Strict) and nothing of sections or rules.
 */
#ifndef EHC_LOAD_H
#define EHC_LOAD_H

#include <stddef.h>

#include "model.h"
#include "util/error.h"

/* Limits that stop hostile input before it costs memory or time. */
struct ehc_load_limits {
	size_t max_file;       /* bytes of the file itself */
	size_t max_part;       /* uncompressed bytes of one part */
	size_t max_total;      /* uncompressed bytes of all parts read */
	double max_ratio;      /* uncompressed / compressed size of one zip entry */
	size_t max_blocks;     /* blocks in one document */
	int max_depth;         /* XML element nesting */
};

/** The defaults: 256 MiB file, 256 MiB part, 512 MiB in all, ratio 1000, 1,000,000 blocks,
 * depth 256. */
void ehc_load_limits_default(struct ehc_load_limits *lim);

/**
 * Reads the plan at 'path' (.docx/.docm/.dotx package, Flat OPC XML, or a bare document.xml)
 * into a new document. 'lim' may be NULL for the defaults.
 * Returns 0 and sets '*out' (free with ehc_doc_free()), or a negative enum ehc_status with
 * 'err' naming the file and the cause in one line (legacy .doc, encrypted, not a zip, no main
 * part, malformed XML, a limit); '*out' is then NULL. Constructs read only in part are recorded
 * as doc->notes. Thread-safe: no global state is changed.
 */
int ehc_load(const char *path, const struct ehc_load_limits *lim, struct ehc_doc **out,
	     struct ehc_error *err);

/** As ehc_load(), from 'len' bytes in memory; 'name' is the path used in errors. */
int ehc_load_memory(const void *data, size_t len, const char *name,
		    const struct ehc_load_limits *lim, struct ehc_doc **out, struct ehc_error *err);

#endif
