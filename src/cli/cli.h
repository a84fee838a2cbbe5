/* SPDX-License-Identifier: MIT */
/* The command line: options, plan discovery, the run loop and exit codes. No linting logic. */
#ifndef EHC_CLI_H
#define EHC_CLI_H

#include <stdbool.h>
#include <stddef.h>

#include "config.h"
#include "lint.h"

#define EHC_EXIT_OK 0
#define EHC_EXIT_FINDINGS 1
#define EHC_EXIT_USAGE 2

#define EHC_MAX_FORMATS 16

struct ehc_format_req {
	const char *name;
	const char *path;  /* NULL: --output or standard output */
};

struct ehc_cli {
	const char *command;          /* "lint", "dump", "rules" */
	struct ehc_format_req formats[EHC_MAX_FORMATS];
	size_t nformats;
	const char *output;
	const char *config_path;
	bool no_config;
	bool print_config;
	const char *color;            /* auto, always, never */
	int jobs;
	bool quiet;
	const char *baseline, *write_baseline;
	struct ehc_lint_config lint;  /* from the command line; a config file fills the rest */
	struct ehc_run_settings run;
	struct ehc_lint_config effective; /* the last linter's merged settings, for --print-config */
	bool as_of_set;
	char **args;                  /* positional arguments */
	int nargs;
};

/** Parses argv into 'cli'. Returns 0, 1 when --help/--version was answered, or
 * EHC_EXIT_USAGE after printing why. */
int ehc_cli_parse(struct ehc_cli *cli, int argc, char **argv);
/** Prints the help text. */
void ehc_cli_usage(FILE *out);

/** Lints the plans named in cli->args; returns the exit code. */
int ehc_cli_lint(struct ehc_cli *cli);
/** `ehclint dump`; returns the exit code. */
int ehc_cli_dump(struct ehc_cli *cli);
/** `ehclint rules list|explain|test`; returns the exit code. */
int ehc_cli_rules(struct ehc_cli *cli);

/** Expands files and folders in 'args' into plan paths (folders walked for .docx, .docm, .dotx
 * and Flat OPC .xml), sorted within each folder. Returns the count; '*out' is malloc'd. What
 * cannot be read is reported on stderr and counted in '*missing'. */
size_t ehc_cli_collect(char **args, int nargs, char ***out, size_t *missing);

/** Builds the linter for one configuration file (or none); prints errors. */
int ehc_cli_linter(struct ehc_cli *cli, const char *config_path, struct ehc_arena *arena,
		   struct ehc_linter **out, struct ehc_run_settings *run);

#endif
