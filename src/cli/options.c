/* SPDX-License-Identifier: MIT */
/* argv into struct ehc_cli; the option table is also the --help text. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "config.h"
#include "ehc-build.h"
#include "report/report.h"

enum {
	OPT_RULES = 256, OPT_NO_DEFAULT, OPT_CONFIG, OPT_NO_CONFIG, OPT_PRINT_CONFIG, OPT_AS_OF,
	OPT_FAIL_ON, OPT_MAX_WARNINGS, OPT_MIN_LEVEL, OPT_COLOR, OPT_DISABLE, OPT_BASELINE,
	OPT_WRITE_BASELINE, OPT_NO_DISABLE_COMMENTS,
};

static const struct option_doc {
	struct option opt;
	int shortopt;
	const char *arg, *help;
} options[] = {
	{ { "format", required_argument, NULL, 'f' }, 'f', "FMT[:FILE]",
	  "output format: text (default), json, jsonl and the others listed below; repeat to write "
	  "several in one run, each to its own FILE" },
	{ { "output", required_argument, NULL, 'o' }, 'o', "FILE", "write the report to FILE" },
	{ { "rules", required_argument, NULL, OPT_RULES }, 0, "DIR",
	  "add a folder of rule files to the default pack (repeatable)" },
	{ { "no-default-rules", no_argument, NULL, OPT_NO_DEFAULT }, 0, NULL,
	  "leave the default rule pack out" },
	{ { "disable", required_argument, NULL, OPT_DISABLE }, 0, "RULE",
	  "turn a rule off (repeatable)" },
	{ { "config", required_argument, NULL, OPT_CONFIG }, 0, "FILE",
	  "read settings from FILE instead of the nearest " EHC_CONFIG_NAME },
	{ { "no-config", no_argument, NULL, OPT_NO_CONFIG }, 0, NULL,
	  "ignore " EHC_CONFIG_NAME " files" },
	{ { "print-config", no_argument, NULL, OPT_PRINT_CONFIG }, 0, NULL,
	  "show the effective configuration and where each value came from, then stop" },
	{ { "as-of", required_argument, NULL, OPT_AS_OF }, 0, "YYYY-MM-DD",
	  "the date that date rules count from (default: today)" },
	{ { "fail-on", required_argument, NULL, OPT_FAIL_ON }, 0, "LEVEL",
	  "exit 1 when a finding at LEVEL or above is reported: error, warning (default), info, "
	  "never" },
	{ { "max-warnings", required_argument, NULL, OPT_MAX_WARNINGS }, 0, "N",
	  "exit 1 when more than N warnings are reported" },
	{ { "min-level", required_argument, NULL, OPT_MIN_LEVEL }, 0, "LEVEL",
	  "show only findings at LEVEL or above (default: info)" },
	{ { "baseline", required_argument, NULL, OPT_BASELINE }, 0, "FILE",
	  "report only findings that are not in the baseline FILE" },
	{ { "write-baseline", required_argument, NULL, OPT_WRITE_BASELINE }, 0, "FILE",
	  "record this run's findings in FILE as the baseline" },
	{ { "no-disable-comments", no_argument, NULL, OPT_NO_DISABLE_COMMENTS }, 0, NULL,
	  "ignore ehclint-disable comments in the plans" },
	{ { "jobs", required_argument, NULL, 'j' }, 'j', "N",
	  "lint N plans at a time (default: the number of processors)" },
	{ { "color", required_argument, NULL, OPT_COLOR }, 0, "WHEN",
	  "colour the text report: auto (default: on a terminal, unless NO_COLOR is set), always, "
	  "never" },
	{ { "quiet", no_argument, NULL, 'q' }, 'q', NULL, "print nothing for plans without findings" },
	{ { "help", no_argument, NULL, 'h' }, 'h', NULL, "show this help" },
	{ { "version", no_argument, NULL, 'V' }, 'V', NULL, "show the version" },
};

#define NOPTIONS (sizeof options / sizeof *options)

void
ehc_cli_usage(FILE *out)
{
	fputs("Usage: ehclint [OPTION]... PLAN|FOLDER...\n"
	      "       ehclint dump [--format text|json] PLAN\n"
	      "       ehclint rules list | explain RULE | test [FOLDER]\n\n"
	      "Checks Education, Health and Care plans (.docx, .docm, .dotx, Flat OPC .xml) for the\n"
	      "faults QA panels find: missing sections, outcomes that are not SMART, provision that\n"
	      "is not specific and quantified, vague words, missing voice or advice.\n\nOptions:\n",
	      out);
	for (size_t i = 0; i < NOPTIONS; i++) {
		char left[64];
		const struct option_doc *o = &options[i];
		int n = o->shortopt ? snprintf(left, sizeof left, "-%c, --%s", o->shortopt, o->opt.name)
				    : snprintf(left, sizeof left, "    --%s", o->opt.name);
		if (o->arg)
			snprintf(left + n, sizeof left - (size_t)n, " %s", o->arg);
		fprintf(out, "  %-30s %s\n", left, o->help);
	}
	fputs("\nFormats:\n", out);
	for (const struct ehc_reporter *const *r = ehc_reporters(); *r; r++)
		fprintf(out, "  %-12s %s\n", (*r)->name, (*r)->description);
	fputs("\nExit status: 0 no finding at or above the failing level; 1 such findings, or a plan\n"
	      "that could not be read; 2 a usage, configuration or rule-file error.\n"
	      "Environment: NO_COLOR turns colour off; EHCLINT_RULES_DIR names the default pack.\n",
	      out);
}

static int
usage_error(const char *fmt, const char *arg)
{
	fputs("ehclint: ", stderr);
	fprintf(stderr, fmt, arg);
	fputs(" (see ehclint --help)\n", stderr);
	return EHC_EXIT_USAGE;
}

static int
add_format(struct ehc_cli *cli, char *spec)
{
	if (cli->nformats >= EHC_MAX_FORMATS)
		return usage_error("too many formats: %s", spec);
	char *colon = strchr(spec, ':');
	if (colon)
		*colon = '\0';
	if (!ehc_reporter_find(spec))
		return usage_error("unknown format '%s'", spec);
	cli->formats[cli->nformats++] = (struct ehc_format_req){ spec, colon ? colon + 1 : NULL };
	return 0;
}

static int
level_arg(const char *s, bool allow_never, int *out)
{
	if (allow_never && strcmp(s, "never") == 0)
		*out = EHC_LEVEL_COUNT;
	else if ((*out = ehc_level_parse(s)) < 0)
		return usage_error("unknown level '%s'", s);
	return 0;
}

static int
add_disable(struct ehc_cli *cli, const char *id)
{
	if (cli->lint.nedits >= EHC_MAX_RULE_EDITS)
		return usage_error("too many rules: %s", id);
	cli->lint.edits[cli->lint.nedits++] =
		(struct ehc_rule_edit){ .id = id, .off = true, .level = -1, .origin = "--disable" };
	return 0;
}

static int
number_arg(const char *s, long *out)
{
	char *end;
	*out = strtol(s, &end, 10);
	return *s && !*end && *out >= 0 ? 0 : usage_error("not a number: '%s'", s);
}

static int
take(struct ehc_cli *cli, int c, char *arg)
{
	long n;
	switch (c) {
	case 'f': return add_format(cli, arg);
	case 'o': cli->output = arg; return 0;
	case 'j': if (number_arg(arg, &n)) return EHC_EXIT_USAGE; cli->jobs = (int)n; return 0;
	case 'q': cli->quiet = true; return 0;
	case OPT_RULES:
		if (cli->lint.nextra >= EHC_MAX_RULE_DIRS)
			return usage_error("too many rule folders: %s", arg);
		cli->lint.extra_dirs[cli->lint.nextra++] = arg;
		return 0;
	case OPT_NO_DEFAULT: cli->lint.no_default_rules = true; return 0;
	case OPT_DISABLE: return add_disable(cli, arg);
	case OPT_CONFIG: cli->config_path = arg; return 0;
	case OPT_NO_CONFIG: cli->no_config = true; return 0;
	case OPT_PRINT_CONFIG: cli->print_config = true; return 0;
	case OPT_AS_OF:
		cli->as_of_set = true;
		cli->run.as_of_origin = "--as-of";
		return ehc_parse_date(arg, &cli->lint.check.as_of) ? 0
			: usage_error("--as-of wants a date as YYYY-MM-DD, not '%s'", arg);
	case OPT_FAIL_ON: cli->run.fail_on_origin = "--fail-on"; return level_arg(arg, true, &cli->run.fail_on);
	case OPT_MIN_LEVEL: cli->run.min_level_origin = "--min-level"; return level_arg(arg, false, &cli->run.min_level);
	case OPT_MAX_WARNINGS:
		cli->run.max_warnings_origin = "--max-warnings";
		return number_arg(arg, &cli->run.max_warnings);
	case OPT_COLOR:
		if (strcmp(arg, "auto") && strcmp(arg, "always") && strcmp(arg, "never"))
			return usage_error("--color is auto, always or never, not '%s'", arg);
		cli->color = arg;
		return 0;
	case OPT_BASELINE: cli->baseline = arg; return 0;
	case OPT_WRITE_BASELINE: cli->write_baseline = arg; return 0;
	case OPT_NO_DISABLE_COMMENTS: cli->lint.check.honour_disable = false; return 0;
	default: return EHC_EXIT_USAGE;
	}
}

static void
init(struct ehc_cli *cli)
{
	memset(cli, 0, sizeof *cli);
	ehc_lint_config_init(&cli->lint);
	cli->command = "lint";
	cli->color = "auto";
	cli->run = (struct ehc_run_settings){ .fail_on = -1, .min_level = -1, .max_warnings = -1 };
}

int
ehc_cli_parse(struct ehc_cli *cli, int argc, char **argv)
{
	struct option longopts[NOPTIONS + 1];
	init(cli);
	for (size_t i = 0; i < NOPTIONS; i++)
		longopts[i] = options[i].opt;
	memset(&longopts[NOPTIONS], 0, sizeof longopts[NOPTIONS]);
	int c, rc;
	opterr = 1;
	while ((c = getopt_long(argc, argv, "f:o:j:qhV", longopts, NULL)) != -1) {
		if (c == 'h') {
			ehc_cli_usage(stdout);
			return 1;
		}
		if (c == 'V') {
			printf("ehclint %s\n", EHC_VERSION);
			return 1;
		}
		if (c == '?' || (rc = take(cli, c, optarg)))
			return c == '?' ? usage_error("%s", "bad option") : rc;
	}
	cli->args = argv + optind;
	cli->nargs = argc - optind;
	return 0;
}
