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

static int
explain(const struct ehc_pack *p, const char *id)
{
	const struct ehc_rule *r = ehc_pack_find(p, id);
	if (!r) {
		fprintf(stderr, "ehclint: no rule '%s' (see ehclint rules list)\n", id);
		return EHC_EXIT_USAGE;
	}
	printf("%s (%s, %s)\n", ehc_rule_id(r), ehc_level_name(ehc_rule_level(r)), ehc_rule_kind(r));
	if (ehc_rule_description(r))
		printf("  %s\n", ehc_rule_description(r));
	printf("  message:    %s\n", ehc_rule_message(r));
	if (ehc_rule_suggestion(r))
		printf("  better:     %s\n", ehc_rule_suggestion(r));
	if (ehc_rule_reference(r))
		printf("  reference:  %s\n", ehc_rule_reference(r));
	printf("  defined in: %s\n", ehc_rule_file(r));
	return EHC_EXIT_OK;
}

int
ehc_cli_rules(struct ehc_cli *cli)
{
	const char *what = cli->nargs ? cli->args[0] : "list";
	struct ehc_arena *a = ehc_arena_new();
	struct ehc_linter *l = NULL;
	struct ehc_run_settings run = cli->run;
	int rc = ehc_cli_linter(cli, NULL, a, &l, &run);
	if (rc)
		;
	else if (strcmp(what, "list") == 0)
		list(l->pack);
	else if (strcmp(what, "explain") == 0 && cli->nargs == 2)
		rc = explain(l->pack, cli->args[1]);
	else {
		fprintf(stderr, "ehclint: rules takes list, explain RULE or test [FOLDER]\n");
		rc = EHC_EXIT_USAGE;
	}
	ehc_linter_free(l);
	ehc_arena_free(a);
	return rc;
}
