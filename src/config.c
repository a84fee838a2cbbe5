/* SPDX-License-Identifier: MIT */
/* .ehclint.yml: read into the lint configuration; knows YAML keys, not rules. */
#include "config.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "util/buf.h"
#include "util/xalloc.h"
#include "util/yaml.h"

static const char *const top_keys[] = {
	"rules", "rule-dirs", "default-rules", "as-of", "fail-on", "min-level", "max-warnings",
	NULL,
};

static const char *const rule_keys[] = { "level", "enabled", NULL };

bool
ehc_parse_date(const char *s, time_t *out)
{
	int y, m, d;
	char tail;
	if (!s || sscanf(s, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3 || m < 1 || m > 12 || d < 1 ||
	    d > 31)
		return false;
	struct tm tm = { .tm_year = y - 1900, .tm_mon = m - 1, .tm_mday = d, .tm_hour = 12 };
	*out = mktime(&tm);
	return *out != (time_t)-1;
}

char *
ehc_config_find(const char *plan_path)
{
	char dir[PATH_MAX];
	if (!realpath(plan_path, dir))
		return NULL;
	struct stat st;
	if (stat(dir, &st) == 0 && !S_ISDIR(st.st_mode)) {
		char *slash = strrchr(dir, '/');
		if (slash)
			*slash = '\0';
	}
	struct ehc_buf b = EHC_BUF_INIT;
	for (;;) {
		ehc_buf_clear(&b);
		ehc_buf_printf(&b, "%s/%s", dir, EHC_CONFIG_NAME);
		if (stat(ehc_buf_str(&b), &st) == 0 && S_ISREG(st.st_mode))
			return ehc_buf_take(&b);
		char *slash = strrchr(dir, '/');
		if (!slash || slash == dir)
			break;
		*slash = '\0';
	}
	ehc_buf_fini(&b);
	return NULL;
}

static int
bad(struct ehc_error *err, const char *file, const struct ehc_yaml *at, const char *what)
{
	return ehc_error_set_at(err, EHC_E_CONFIG, file, at ? at->line : 0, at ? at->col : 0, "%s",
				what);
}

static int
level_of(const struct ehc_yaml *v, bool allow_never)
{
	const char *s = ehc_yaml_str(v);
	if (allow_never && s && strcasecmp(s, "never") == 0)
		return EHC_LEVEL_COUNT;
	return ehc_level_parse(s);
}

static const char *
origin(struct ehc_arena *a, const char *file, const struct ehc_yaml *at)
{
	return ehc_arena_printf(a, "%s:%d", file, at->line);
}

static int
rule_edit(const char *file, const struct ehc_yaml *key, const struct ehc_yaml *v,
	  struct ehc_arena *a, struct ehc_lint_config *cfg, struct ehc_error *err)
{
	if (cfg->nedits >= EHC_MAX_RULE_EDITS)
		return bad(err, file, key, "too many rule settings");
	struct ehc_rule_edit *e = &cfg->edits[cfg->nedits];
	*e = (struct ehc_rule_edit){ .id = ehc_arena_strdup(a, key->str), .level = -1,
				     .origin = origin(a, file, key) };
	if (v->type == EHC_YAML_MAP) {
		int rc = ehc_yaml_check_keys(v, rule_keys, file, "a rule setting", EHC_E_CONFIG, err);
		if (rc)
			return rc;
		const struct ehc_yaml *lv = ehc_yaml_get(v, "level");
		e->off = !ehc_yaml_bool(ehc_yaml_get(v, "enabled"), true);
		if (lv && (e->level = level_of(lv, false)) < 0)
			return bad(err, file, lv, "level must be error, warning or info");
	} else if (ehc_yaml_str(v) && (strcmp(v->str, "off") == 0 || strcmp(v->str, "false") == 0)) {
		e->off = true;
	} else if ((e->level = level_of(v, false)) < 0) {
		return bad(err, file, v, "a rule setting is off, error, warning, info or a mapping");
	}
	cfg->nedits++;
	return 0;
}

static int
read_rules(const char *file, const struct ehc_yaml *v, struct ehc_arena *a,
	   struct ehc_lint_config *cfg, struct ehc_error *err)
{
	if (v->type != EHC_YAML_MAP)
		return bad(err, file, v, "'rules' must map rule ids to settings");
	for (size_t i = 0; i < v->n; i++) {
		int rc = rule_edit(file, v->key[i], v->child[i], a, cfg, err);
		if (rc)
			return rc;
	}
	return 0;
}

static int
read_dirs(const char *file, const struct ehc_yaml *v, struct ehc_arena *a,
	  struct ehc_lint_config *cfg, struct ehc_error *err)
{
	if (v->type != EHC_YAML_SEQ)
		return bad(err, file, v, "'rule-dirs' must be a list of folders");
	const char *slash = strrchr(file, '/');
	int dirlen = slash ? (int)(slash - file) : 1;
	for (size_t i = 0; i < v->n; i++) {
		const char *d = ehc_yaml_str(v->child[i]);
		if (!d)
			return bad(err, file, v->child[i], "a rule folder must be a string");
		if (cfg->nextra >= EHC_MAX_RULE_DIRS)
			return bad(err, file, v->child[i], "too many rule folders");
		cfg->extra_dirs[cfg->nextra++] =
			d[0] == '/' ? ehc_arena_strdup(a, d)
				    : ehc_arena_printf(a, "%.*s/%s", dirlen, slash ? file : ".", d);
	}
	return 0;
}

static int
read_levels(const char *file, const struct ehc_yaml *root, struct ehc_arena *a,
	    struct ehc_run_settings *run, struct ehc_error *err)
{
	const struct ehc_yaml *v;
	if ((v = ehc_yaml_get(root, "fail-on"))) {
		if ((run->fail_on = level_of(v, true)) < 0)
			return bad(err, file, v, "fail-on must be error, warning, info or never");
		run->fail_on_origin = origin(a, file, v);
	}
	if ((v = ehc_yaml_get(root, "min-level"))) {
		if ((run->min_level = level_of(v, false)) < 0)
			return bad(err, file, v, "min-level must be error, warning or info");
		run->min_level_origin = origin(a, file, v);
	}
	if ((v = ehc_yaml_get(root, "max-warnings"))) {
		bool ok = true;
		double n = ehc_yaml_num(v, -1, &ok);
		if (!ok || n < 0)
			return bad(err, file, v, "max-warnings must be a number of 0 or more");
		run->max_warnings = (long)n;
		run->max_warnings_origin = origin(a, file, v);
	}
	return 0;
}

int
ehc_config_load(const char *path, struct ehc_arena *a, struct ehc_lint_config *cfg,
		struct ehc_run_settings *run, struct ehc_error *err)
{
	struct ehc_yaml *root;
	int rc = ehc_yaml_load(path, a, &root, err);
	if (rc)
		return err->code = EHC_E_CONFIG;
	if (root->type != EHC_YAML_MAP)
		return bad(err, path, root, "a configuration file is a mapping of settings");
	if ((rc = ehc_yaml_check_keys(root, top_keys, path, "the configuration", EHC_E_CONFIG, err)))
		return rc;
	const struct ehc_yaml *v;
	if ((v = ehc_yaml_get(root, "rules")) && (rc = read_rules(path, v, a, cfg, err)))
		return rc;
	if (v)
		run->rules_origin = origin(a, path, v);
	if ((v = ehc_yaml_get(root, "rule-dirs")) && (rc = read_dirs(path, v, a, cfg, err)))
		return rc;
	if ((v = ehc_yaml_get(root, "default-rules")))
		cfg->no_default_rules = !ehc_yaml_bool(v, true);
	if ((v = ehc_yaml_get(root, "as-of"))) {
		if (!ehc_parse_date(ehc_yaml_str(v), &cfg->check.as_of))
			return bad(err, path, v, "as-of must be a date as YYYY-MM-DD");
		run->as_of_origin = origin(a, path, v);
	}
	return read_levels(path, root, a, run, err);
}
