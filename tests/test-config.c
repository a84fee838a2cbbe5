/* SPDX-License-Identifier: MIT */
/* .ehclint.yml: values read, origins kept, every bad file refused with its position. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "config.h"

static char dir[] = "/tmp/ehc-config-XXXXXX";

static const char *
write_file(const char *name, const char *text)
{
	static char path[4096];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	FILE *f = fopen(path, "w");
	ck_assert_ptr_nonnull(f);
	fputs(text, f);
	fclose(f);
	return path;
}

static int
load(const char *text, struct ehc_lint_config *cfg, struct ehc_run_settings *run,
     struct ehc_error *err, struct ehc_arena *a)
{
	memset(cfg, 0, sizeof *cfg); /* the library's defaults are not under test here */
	*run = (struct ehc_run_settings){ .fail_on = -1, .min_level = -1, .max_warnings = -1 };
	return ehc_config_load(write_file("c.yml", text), a, cfg, run, err);
}

START_TEST(values_are_read_with_origins)
{
	struct ehc_arena *a = ehc_arena_new();
	struct ehc_lint_config cfg;
	struct ehc_run_settings run;
	struct ehc_error err = { 0 };
	const char *text = "rules:\n  vague-word: off\n  no-duration: error\n"
			   "  no-deliverer: {level: info}\n"
			   "rule-dirs: [local, /abs/rules]\nas-of: 2026-09-01\nfail-on: never\n"
			   "min-level: warning\nmax-warnings: 3\ndefault-rules: false\n";
	ck_assert_int_eq(load(text, &cfg, &run, &err, a), 0);
	ck_assert_uint_eq(cfg.nedits, 3);
	ck_assert(cfg.edits[0].off);
	ck_assert_int_eq(cfg.edits[1].level, EHC_LEVEL_ERROR);
	ck_assert_int_eq(cfg.edits[2].level, EHC_LEVEL_INFO);
	ck_assert(strstr(cfg.edits[1].origin, "c.yml:3"));
	ck_assert_uint_eq(cfg.nextra, 2);
	ck_assert(strstr(cfg.extra_dirs[0], "/local"));
	ck_assert_str_eq(cfg.extra_dirs[1], "/abs/rules");
	ck_assert(cfg.no_default_rules);
	ck_assert_int_eq(run.fail_on, EHC_LEVEL_COUNT);
	ck_assert_int_eq(run.min_level, EHC_LEVEL_WARNING);
	ck_assert_int_eq(run.max_warnings, 3);
	time_t want;
	ck_assert(ehc_parse_date("2026-09-01", &want));
	ck_assert_int_eq(cfg.check.as_of, want);
	ehc_arena_free(a);
}
END_TEST

static const struct {
	const char *text, *want;
} bad[] = {
	{ "rulez: {}\n", "c.yml:1:1: unknown key 'rulez' in the configuration (did you mean 'rules'?)" },
	{ "as-of: 1 Sept 2026\n", "c.yml:1:8: as-of must be a date" },
	{ "fail-on: sometimes\n", "c.yml:1:10: fail-on must be" },
	{ "rules:\n  x: loud\n", "c.yml:2:6: a rule setting is" },
	{ "rules:\n  x: {levl: info}\n", "unknown key 'levl' in a rule setting (did you mean 'level'?)" },
	{ "rule-dirs: local\n", "'rule-dirs' must be a list" },
	{ "max-warnings: many\n", "max-warnings must be a number" },
	{ "- a\n- b\n", "a configuration file is a mapping" },
	{ "rules: [\n", "c.yml:2:1:" },
};

START_TEST(bad_files_are_refused_with_position)
{
	struct ehc_arena *a = ehc_arena_new();
	struct ehc_lint_config cfg;
	struct ehc_run_settings run;
	struct ehc_error err = { 0 };
	ck_assert_int_eq(load(bad[_i].text, &cfg, &run, &err, a), EHC_E_CONFIG);
	char line[1200];
	ehc_error_format(&err, line, sizeof line);
	ck_assert_msg(strstr(line, bad[_i].want), "'%s' lacks '%s'", line, bad[_i].want);
	ehc_arena_free(a);
}
END_TEST

START_TEST(config_is_found_upwards)
{
	char sub[4200], plan[4300];
	snprintf(sub, sizeof sub, "%s/x/y", dir);
	snprintf(plan, sizeof plan, "%s/plan.docx", sub);
	char mk[9000];
	snprintf(mk, sizeof mk, "mkdir -p %s && touch %s", sub, plan);
	ck_assert_int_eq(system(mk), 0);
	write_file(EHC_CONFIG_NAME, "fail-on: error\n");
	char *found = ehc_config_find(plan);
	ck_assert_ptr_nonnull(found);
	ck_assert(strstr(found, dir) && strstr(found, "/" EHC_CONFIG_NAME));
	free(found);
}
END_TEST

START_TEST(dates_parse_strictly)
{
	time_t t;
	ck_assert(ehc_parse_date("2026-12-01", &t));
	ck_assert(!ehc_parse_date("2026-13-01", &t));
	ck_assert(!ehc_parse_date("01/12/2026", &t));
	ck_assert(!ehc_parse_date("2026-12-01x", &t));
	ck_assert(!ehc_parse_date(NULL, &t));
}
END_TEST

int
main(void)
{
	if (!mkdtemp(dir)) {
		perror("mkdtemp");
		return EXIT_FAILURE;
	}
	Suite *s = suite_create("config");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, values_are_read_with_origins);
	tcase_add_loop_test(tc, bad_files_are_refused_with_position, 0, sizeof bad / sizeof *bad);
	tcase_add_test(tc, config_is_found_upwards);
	tcase_add_test(tc, dates_parse_strictly);
	suite_add_tcase(s, tc);
	SRunner *sr = srunner_create(s);
	srunner_set_fork_status(sr, CK_NOFORK);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	char rm[64];
	snprintf(rm, sizeof rm, "rm -rf %s", dir);
	if (system(rm) != 0)
		fputs("could not remove the test folder\n", stderr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
