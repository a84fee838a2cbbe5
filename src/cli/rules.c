/* SPDX-License-Identifier: MIT */
/* `ehclint rules list | explain RULE | test [FOLDER]`. */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"

static void
list(const struct ehc_pack *p)
{
	for (size_t i = 0; i < ehc_pack_count(p); i++) {
		const struct ehc_rule *r = ehc_pack_rule(p, i);
		printf("%-36s %-8s %-12s %s\n", ehc_rule_id(r),
		       ehc_rule_enabled(r) ? ehc_level_name(ehc_rule_level(r)) : "off",
		       ehc_rule_kind(r), ehc_rule_description(r) ? ehc_rule_description(r) : "");
	}
}

static void
sections(const struct ehc_rule *r)
{
	fputs("  sections:   ", stdout);
	for (int s = EHC_SEC_FRONT; s < EHC_SEC_COUNT; s++)
		if (ehc_rule_applies_to(r, (enum ehc_sec)s))
			printf("%s ", ehc_sec_id((enum ehc_sec)s));
	fputc('\n', stdout);
}

static void
examples(const struct ehc_rule *r, bool good)
{
	size_t n = ehc_rule_example_count(r, good);
	for (size_t i = 0; i < n; i++)
		printf("  %s %s\n", good ? "good:" : "bad: ", ehc_rule_example(r, good, i));
}

static int
explain(const struct ehc_pack *p, const char *id)
{
	const struct ehc_rule *r = ehc_pack_find(p, id);
	if (!r) {
		fprintf(stderr, "ehclint: no rule '%s' (see ehclint rules list)\n", id);
		return EHC_EXIT_USAGE;
	}
	printf("%s (%s, %s, per %s)\n", ehc_rule_id(r), ehc_level_name(ehc_rule_level(r)),
	       ehc_rule_kind(r), ehc_rule_unit(r));
	if (ehc_rule_description(r))
		printf("  %s\n", ehc_rule_description(r));
	sections(r);
	printf("  message:    %s\n", ehc_rule_message(r));
	if (ehc_rule_suggestion(r))
		printf("  better:     %s\n", ehc_rule_suggestion(r));
	if (ehc_rule_reference(r))
		printf("  reference:  %s\n", ehc_rule_reference(r));
	printf("  defined in: %s:%d\n", ehc_rule_file(r), ehc_rule_line(r));
	examples(r, false);
	examples(r, true);
	return EHC_EXIT_OK;
}

static void
report_failure(const struct ehc_test_failure *f, void *ud)
{
	(void)ud;
	printf("%s:%d: %s: %s example %zu %s: %s\n", ehc_rule_file(f->rule), f->line,
	       ehc_rule_id(f->rule), f->good ? "good" : "bad", f->index + 1,
	       f->good ? "raised the rule" : "did not raise the rule", f->text);
	if (f->good && f->first_message)
		printf("    (%s)\n", f->first_message);
}

static bool
under(const char *file, const char *dir)
{
	size_t n = strlen(dir);
	while (n > 1 && dir[n - 1] == '/')
		n--;
	return strncmp(file, dir, n) == 0 && file[n] == '/';
}

static int
test(struct ehc_cli *cli, const struct ehc_pack *p, const char *dir)
{
	struct ehc_test_result total = { 0 };
	int rc = 0;
	for (size_t i = 0; i < ehc_pack_count(p); i++) {
		const struct ehc_rule *r = ehc_pack_rule(p, i);
		if (dir && !under(ehc_rule_file(r), dir))
			continue;
		struct ehc_test_result one = { 0 };
		rc |= ehc_pack_test(p, ehc_rule_id(r), report_failure, NULL, &one) != 0;
		total.rules += one.rules;
		total.examples += one.examples;
		total.passed += one.passed;
		total.failed += one.failed;
		total.rules_without_description += one.rules_without_description;
		if (ehc_rule_example_count(r, true) == 0 || ehc_rule_example_count(r, false) == 0) {
			printf("%s:%d: %s: needs at least one good and one bad example\n",
			       ehc_rule_file(r), ehc_rule_line(r), ehc_rule_id(r));
			total.rules_without_examples++;
		}
	}
	(void)cli;
	printf("rules test: %zu rules, %zu examples: %zu passed, %zu failed; %zu rules lack examples,"
	       " %zu a description\n", total.rules, total.examples, total.passed, total.failed,
	       total.rules_without_examples, total.rules_without_description);
	/* the default pack must describe every rule; a local folder may leave it out */
	bool undescribed = !dir && total.rules_without_description;
	return rc || total.rules_without_examples || undescribed ? EHC_EXIT_FINDINGS : EHC_EXIT_OK;
}

int
ehc_cli_rules(struct ehc_cli *cli)
{
	const char *what = cli->nargs ? cli->args[0] : "list";
	bool is_test = strcmp(what, "test") == 0;
	if (is_test && cli->nargs == 2 && cli->lint.nextra < EHC_MAX_RULE_DIRS)
		cli->lint.extra_dirs[cli->lint.nextra++] = cli->args[1];
	struct ehc_arena *a = ehc_arena_new();
	struct ehc_linter *l = NULL;
	struct ehc_run_settings run = cli->run;
	int rc = ehc_cli_linter(cli, NULL, a, &l, &run);
	if (rc)
		;
	else if (strcmp(what, "list") == 0 && cli->nargs <= 1)
		list(l->pack);
	else if (strcmp(what, "explain") == 0 && cli->nargs == 2)
		rc = explain(l->pack, cli->args[1]);
	else if (is_test && cli->nargs <= 2)
		rc = test(cli, l->pack, cli->nargs == 2 ? cli->args[1] : NULL);
	else {
		fprintf(stderr, "ehclint: rules takes list, explain RULE or test [FOLDER]\n");
		rc = EHC_EXIT_USAGE;
	}
	ehc_linter_free(l);
	ehc_arena_free(a);
	return rc;
}
