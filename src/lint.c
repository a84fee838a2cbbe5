/* SPDX-License-Identifier: MIT */
/* The pipeline on one screen: load, segment, check. It owns no policy of its own. */
#include "lint.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ehc-build.h"
#include "util/buf.h"
#include "util/xalloc.h"

void
ehc_lint_config_init(struct ehc_lint_config *cfg)
{
	memset(cfg, 0, sizeof *cfg);
	cfg->check.as_of = time(NULL);
	cfg->check.honour_disable = true;
	ehc_load_limits_default(&cfg->limits);
}

static bool
is_dir(const char *path)
{
	struct stat st;
	return path && stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static bool
running_from_build_tree(void)
{
	char exe[4096];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n <= 0)
		return false;
	exe[n] = '\0';
	size_t len = strlen(EHC_BUILD_DIR);
	return strncmp(exe, EHC_BUILD_DIR, len) == 0 && exe[len] == '/';
}

const char *
ehc_default_rules_dir(void)
{
	const char *env = getenv("EHCLINT_RULES_DIR");
	if (env && *env)
		return env;
	if (running_from_build_tree() && is_dir(EHC_RULES_SOURCE_DIR))
		return EHC_RULES_SOURCE_DIR;
	if (is_dir(EHC_RULES_INSTALL_DIR))
		return EHC_RULES_INSTALL_DIR;
	return EHC_RULES_SOURCE_DIR;
}

static int
apply_edits(struct ehc_pack *pack, const struct ehc_lint_config *cfg, struct ehc_error *err)
{
	for (size_t i = 0; i < cfg->nedits; i++) {
		const struct ehc_rule_edit *e = &cfg->edits[i];
		int rc = e->off ? ehc_pack_enable(pack, e->id, false, err) : 0;
		if (!rc && e->level >= 0)
			rc = ehc_pack_set_level(pack, e->id, (enum ehc_level)e->level, err);
		if (rc) {
			if (e->origin && err)
				snprintf(err->file, sizeof err->file, "%s", e->origin);
			return rc;
		}
	}
	return 0;
}

static int
load_pack(struct ehc_linter *l, const struct ehc_lint_config *cfg, struct ehc_error *err)
{
	int rc = 0;
	l->pack = ehc_pack_new();
	if (!cfg->no_default_rules)
		rc = ehc_pack_load_dir(l->pack, l->rules_dir, err);
	for (size_t i = 0; !rc && i < cfg->nextra; i++)
		rc = ehc_pack_load_dir(l->pack, cfg->extra_dirs[i], err);
	return rc ? rc : apply_edits(l->pack, cfg, err);
}

int
ehc_linter_new(const struct ehc_lint_config *cfg, struct ehc_linter **out, struct ehc_error *err)
{
	struct ehc_linter *l = xcalloc(1, sizeof *l);
	l->rules_dir = xstrdup(cfg->rules_dir ? cfg->rules_dir : ehc_default_rules_dir());
	l->check = cfg->check;
	l->limits = cfg->limits;
	struct ehc_buf path = EHC_BUF_INIT;
	ehc_buf_printf(&path, "%s/sections.yml", l->rules_dir);
	int rc = ehc_layout_load(ehc_buf_str(&path), &l->layout, err);
	ehc_buf_clear(&path);
	ehc_buf_printf(&path, "%s/scoring.yml", l->rules_dir);
	if (!rc && access(ehc_buf_str(&path), F_OK) == 0)
		rc = ehc_score_config_load(ehc_buf_str(&path), &l->scoring, err);
	ehc_buf_fini(&path);
	if (!rc)
		rc = load_pack(l, cfg, err);
	if (rc) {
		ehc_linter_free(l);
		l = NULL;
	}
	*out = l;
	return rc;
}

void
ehc_linter_free(struct ehc_linter *l)
{
	if (!l)
		return;
	ehc_layout_free(l->layout);
	ehc_pack_free(l->pack);
	ehc_score_config_free(l->scoring);
	free(l->rules_dir);
	free(l);
}

int
ehc_lint_segment_file(const struct ehc_linter *l, const char *path, struct ehc_doc **out,
		      struct ehc_error *err)
{
	int rc = ehc_load(path, &l->limits, out, err);
	if (rc == 0)
		ehc_segment(*out, l->layout);
	return rc;
}

int
ehc_lint_file(const struct ehc_linter *l, const char *path, struct ehc_doc **out,
	      struct ehc_error *err)
{
	int rc = ehc_lint_segment_file(l, path, out, err);
	if (rc == 0)
		ehc_pack_check(l->pack, *out, &l->check);
	return rc;
}

int
ehc_lint_file_scored(const struct ehc_linter *l, const char *path, struct ehc_doc **out,
		     struct ehc_score **score, struct ehc_error *err)
{
	int rc = ehc_lint_file(l, path, out, err);
	*score = rc == 0 && l->scoring ? ehc_score_doc(l->scoring, l->pack, *out) : NULL;
	return rc;
}
