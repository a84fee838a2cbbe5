/* SPDX-License-Identifier: MIT */
/* Plan discovery: files as named, folders walked for Word files. */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "cli/cli.h"
#include "util/buf.h"
#include "util/xalloc.h"

#define MAX_WALK_DEPTH 32

struct list {
	char **v;
	size_t n, cap;
};

static const char *const plan_exts[] = { ".docx", ".docm", ".dotx", ".xml", NULL };

static bool
is_plan_name(const char *name)
{
	if (name[0] == '.' || strncmp(name, "~$", 2) == 0) /* hidden files, Word lock files */
		return false;
	const char *dot = strrchr(name, '.');
	for (int i = 0; dot && plan_exts[i]; i++)
		if (strcasecmp(dot, plan_exts[i]) == 0)
			return true;
	return false;
}

static bool
is_word_xml(const char *path)
{
	/* A folder of plans often holds other XML; take only WordprocessingML and Flat OPC. */
	char head[4096];
	FILE *f = fopen(path, "rb");
	if (!f)
		return true; /* let the loader say why it cannot be read */
	size_t n = fread(head, 1, sizeof head - 1, f);
	fclose(f);
	head[n] = '\0';
	return strstr(head, "pkg:package") || strstr(head, "wordprocessingml") ||
	       strstr(head, "w:document") || strstr(head, "w:wordDocument");
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void
walk(const char *dir, int depth, struct list *out, size_t *missing)
{
	DIR *d = opendir(dir);
	if (!d) {
		fprintf(stderr, "ehclint: %s: %s\n", dir, strerror(errno));
		++*missing;
		return;
	}
	struct list here = { 0 };
	for (struct dirent *e; (e = readdir(d));) {
		if (e->d_name[0] == '.')
			continue;
		struct ehc_buf p = EHC_BUF_INIT;
		size_t n = strlen(dir);
		while (n > 1 && dir[n - 1] == '/')
			n--;
		ehc_buf_printf(&p, "%.*s/%s", (int)n, dir, e->d_name);
		*EHC_PUSH(here.v, here.n, here.cap) = ehc_buf_take(&p);
	}
	closedir(d);
	qsort(here.v, here.n, sizeof *here.v, cmp_str);
	for (size_t i = 0; i < here.n; i++) {
		struct stat st;
		const char *base = strrchr(here.v[i], '/') + 1;
		if (stat(here.v[i], &st) == 0 && S_ISDIR(st.st_mode) && depth < MAX_WALK_DEPTH) {
			walk(here.v[i], depth + 1, out, missing);
		} else if (S_ISREG(st.st_mode) && is_plan_name(base) &&
			   (strcasecmp(strrchr(base, '.'), ".xml") || is_word_xml(here.v[i]))) {
			*EHC_PUSH(out->v, out->n, out->cap) = here.v[i];
			here.v[i] = NULL;
		}
		free(here.v[i]);
	}
	free(here.v);
}

size_t
ehc_cli_collect(char **args, int nargs, char ***out, size_t *missing)
{
	struct list l = { 0 };
	*missing = 0;
	for (int i = 0; i < nargs; i++) {
		struct stat st;
		if (stat(args[i], &st) == 0 && S_ISDIR(st.st_mode)) {
			size_t before = l.n;
			walk(args[i], 0, &l, missing);
			if (l.n == before)
				fprintf(stderr, "ehclint: %s: no Word plans in this folder\n", args[i]);
		} else {
			/* named files are always linted: a missing one is reported as unreadable */
			*EHC_PUSH(l.v, l.n, l.cap) = xstrdup(args[i]);
		}
	}
	*out = l.v;
	return l.n;
}
