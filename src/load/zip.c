/* SPDX-License-Identifier: MIT */
/*
 * Zip entries through libzip, from memory, within the limits: an entry's declared size and
 * compression ratio are checked before it is inflated, and the bytes actually inflated are
 * capped too, so a lying header cannot make a bomb. Knows nothing of OPC.
 */
#include "load/load-internal.h"

#include <stdlib.h>
#include <string.h>

#include <zip.h>

#include "util/xalloc.h"

/* Entries smaller than this are not held to the ratio limit: they cannot hurt. */
#define RATIO_FLOOR (1024 * 1024)

struct ehc_zip {
	zip_t *za;
	const char *file;
	const struct ehc_load_limits *lim;
	size_t total; /* bytes inflated so far */
};

static int
open_error(int code, const char *file, struct ehc_error *err)
{
	if (code == ZIP_ER_NOZIP)
		return ehc_error_set(err, EHC_E_CORRUPT, file,
				     "truncated or damaged zip package: no central directory");
	zip_error_t ze;
	zip_error_init_with_code(&ze, code);
	int rc = ehc_error_set(err, EHC_E_CORRUPT, file, "damaged zip package: %s",
			       zip_error_strerror(&ze));
	zip_error_fini(&ze);
	return rc;
}

int
ehc_zip_open(const void *data, size_t len, const char *file, const struct ehc_load_limits *lim,
	     struct ehc_zip **out, struct ehc_error *err)
{
	zip_error_t ze;
	zip_error_init(&ze);
	*out = NULL;
	zip_source_t *src = zip_source_buffer_create(data, len, 0, &ze);
	zip_t *za = src ? zip_open_from_source(src, ZIP_RDONLY, &ze) : NULL;
	int code = zip_error_code_zip(&ze);
	zip_error_fini(&ze);
	if (!za) {
		zip_source_free(src);
		return open_error(code, file, err);
	}
	struct ehc_zip *z = xcalloc(1, sizeof *z);
	z->za = za;
	z->file = file;
	z->lim = lim;
	*out = z;
	return 0;
}

void
ehc_zip_close(struct ehc_zip *z)
{
	if (!z)
		return;
	zip_discard(z->za);
	free(z);
}

static int
check_size(struct ehc_zip *z, const char *name, const zip_stat_t *st, struct ehc_error *err)
{
	const struct ehc_load_limits *lim = z->lim;
	if (!(st->valid & ZIP_STAT_SIZE) || st->size > lim->max_part)
		return ehc_error_set(err, EHC_E_LIMIT, z->file,
				     "zip entry %s claims %llu bytes, over the %zu-byte limit", name,
				     (unsigned long long)st->size, lim->max_part);
	if (st->size > lim->max_total - z->total)
		return ehc_error_set(err, EHC_E_LIMIT, z->file,
				     "zip entries inflate to more than %zu bytes in all", lim->max_total);
	double comp = (st->valid & ZIP_STAT_COMP_SIZE) && st->comp_size ? (double)st->comp_size : 1;
	if (st->size > RATIO_FLOOR && (double)st->size / comp > lim->max_ratio)
		return ehc_error_set(err, EHC_E_LIMIT, z->file,
				     "zip entry %s compresses %.0f:1, over the %.0f:1 limit (zip bomb?)",
				     name, (double)st->size / comp, lim->max_ratio);
	return 0;
}

/* Reads at most 'size' bytes; one more means the header lied. */
static int
inflate_entry(struct ehc_zip *z, zip_uint64_t idx, const char *name, size_t size, char **data,
	      size_t *len, struct ehc_error *err)
{
	zip_file_t *zf = zip_fopen_index(z->za, idx, 0);
	if (!zf)
		return ehc_error_set(err, EHC_E_CORRUPT, z->file, "cannot open zip entry %s: %s",
				     name, zip_strerror(z->za));
	char *buf = xmalloc(size + 2);
	size_t got = 0;
	zip_int64_t n = 0;
	while (got <= size && (n = zip_fread(zf, buf + got, size + 1 - got)) > 0)
		got += (size_t)n;
	int rc = 0;
	if (n < 0)
		rc = ehc_error_set(err, EHC_E_CORRUPT, z->file, "damaged zip entry %s: %s", name,
				   zip_file_strerror(zf));
	else if (got > size)
		rc = ehc_error_set(err, EHC_E_LIMIT, z->file,
				   "zip entry %s inflates beyond its declared %zu bytes", name, size);
	zip_fclose(zf);
	if (rc) {
		free(buf);
		return rc;
	}
	buf[got] = '\0';
	z->total += got;
	*data = buf;
	*len = got;
	return 0;
}

int
ehc_zip_read(struct ehc_zip *z, const char *name, char **data, size_t *len,
	     struct ehc_error *err)
{
	*data = NULL;
	*len = 0;
	zip_int64_t idx = zip_name_locate(z->za, name, ZIP_FL_NOCASE);
	if (idx < 0)
		return 0;
	zip_stat_t st;
	zip_stat_init(&st);
	if (zip_stat_index(z->za, (zip_uint64_t)idx, 0, &st) != 0)
		return ehc_error_set(err, EHC_E_CORRUPT, z->file, "cannot read zip entry %s", name);
	int rc = check_size(z, name, &st, err);
	if (rc)
		return rc;
	return inflate_entry(z, (zip_uint64_t)idx, name, (size_t)st.size, data, len, err);
}
