/* SPDX-License-Identifier: MIT */
/* ehclint: the command line over the library. Commands: lint (default), dump, rules. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "report/report.h"

static int
print_error(const struct ehc_error *err)
{
	char line[1200];
	ehc_error_format(err, line, sizeof line);
	fprintf(stderr, "ehclint: %s\n", line);
	return EHC_EXIT_FINDINGS;
}

int
ehc_cli_dump(struct ehc_cli *cli)
{
	if (cli->nargs != 1) {
		fputs("ehclint: dump takes one plan (see ehclint --help)\n", stderr);
		return EHC_EXIT_USAGE;
	}
	const char *fmt = cli->nformats ? cli->formats[0].name : "text";
	if (strcmp(fmt, "text") && strcmp(fmt, "json")) {
		fprintf(stderr, "ehclint: dump writes text or json, not %s\n", fmt);
		return EHC_EXIT_USAGE;
	}
	struct ehc_arena *a = ehc_arena_new();
	struct ehc_linter *l = NULL;
	struct ehc_run_settings run = cli->run;
	cli->lint.no_default_rules = true; /* dump needs the layout, not the rules */
	int rc = ehc_cli_linter(cli, NULL, a, &l, &run);
	struct ehc_doc *doc = NULL;
	struct ehc_error err = { 0 };
	if (!rc && ehc_lint_segment_file(l, cli->args[0], &doc, &err) != 0)
		rc = print_error(&err);
	FILE *out = cli->output ? fopen(cli->output, "w") : stdout;
	if (!rc && !out) {
		fprintf(stderr, "ehclint: %s: cannot write: %s\n", cli->output, strerror(errno));
		rc = EHC_EXIT_USAGE;
	}
	if (!rc)
		(strcmp(fmt, "json") == 0 ? ehc_dump_json : ehc_dump_text)(out, doc);
	if (out && out != stdout)
		fclose(out);
	ehc_doc_free(doc);
	ehc_linter_free(l);
	ehc_arena_free(a);
	return rc;
}

static void
print_origin(const char *key, const char *value, const char *origin)
{
	printf("%s: %s    # %s\n", key, value, origin ? origin : "default");
}

static const char *
edit_origin(const struct ehc_lint_config *cfg, const char *id)
{
	const char *origin = NULL;
	for (size_t i = 0; i < cfg->nedits; i++) /* the last word wins */
		if (strcmp(cfg->edits[i].id, id) == 0)
			origin = cfg->edits[i].origin;
	return origin;
}

static void
print_rules(const struct ehc_linter *l, const struct ehc_lint_config *cfg)
{
	printf("rule-dirs:\n  - %s    # %s\n", cfg->no_default_rules ? "(default pack left out)"
		: l->rules_dir, "the default pack");
	for (size_t i = 0; i < cfg->nextra; i++)
		printf("  - %s\n", cfg->extra_dirs[i]);
	printf("rules:    # %zu loaded\n", ehc_pack_count(l->pack));
	for (size_t i = 0; i < ehc_pack_count(l->pack); i++) {
		const struct ehc_rule *r = ehc_pack_rule(l->pack, i);
		const char *origin = edit_origin(cfg, ehc_rule_id(r));
		printf("  %s: %s    # %s%s\n", ehc_rule_id(r),
		       ehc_rule_enabled(r) ? ehc_level_name(ehc_rule_level(r)) : "off",
		       origin ? "set by " : "", origin ? origin : ehc_rule_file(r));
	}
}

static int
print_config(struct ehc_cli *cli)
{
	const char *plan = cli->nargs ? cli->args[0] : ".";
	char *path = cli->config_path ? strdup(cli->config_path)
		     : cli->no_config    ? NULL
					 : ehc_config_find(plan);
	struct ehc_arena *a = ehc_arena_new();
	struct ehc_linter *l = NULL;
	struct ehc_run_settings run = cli->run;
	int rc = ehc_cli_linter(cli, path, a, &l, &run);
	if (!rc) {
		static const char *const fail[] = { "info", "warning", "error", "never" };
		char date[32], max[32];
		strftime(date, sizeof date, "%Y-%m-%d", localtime(&l->check.as_of));
		snprintf(max, sizeof max, "%ld", run.max_warnings);
		printf("# effective configuration for %s\nconfig-file: %s\n", plan,
		       path ? path : "(none)");
		print_origin("as-of", date, run.as_of_origin ? run.as_of_origin : "default: today");
		print_origin("fail-on", fail[run.fail_on < 0 ? 1 : run.fail_on], run.fail_on_origin);
		print_origin("min-level", fail[run.min_level < 0 ? 0 : run.min_level], run.min_level_origin);
		print_origin("max-warnings", run.max_warnings < 0 ? "none" : max,
			     run.max_warnings_origin);
		print_rules(l, &cli->effective);
	}
	ehc_linter_free(l);
	ehc_arena_free(a);
	free(path);
	return rc;
}

int
main(int argc, char **argv)
{
	struct ehc_cli cli;
	const char *command = argc > 1 ? argv[1] : "";
	bool sub = strcmp(command, "dump") == 0 || strcmp(command, "rules") == 0;
	int rc = sub ? ehc_cli_parse(&cli, argc - 1, argv + 1) : ehc_cli_parse(&cli, argc, argv);
	if (rc)
		return rc == 1 ? EHC_EXIT_OK : rc;
	if (sub)
		cli.command = command;
	if (cli.print_config)
		return print_config(&cli);
	if (strcmp(cli.command, "dump") == 0)
		return ehc_cli_dump(&cli);
	if (strcmp(cli.command, "rules") == 0)
		return ehc_cli_rules(&cli);
	return ehc_cli_lint(&cli);
}
