/* SPDX-License-Identifier: MIT */
/* The lint run: one linter per configuration file, plans linted on worker threads and
 * reported in the order they were named, each plan's memory freed once it is reported. */
#include <pthread.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "baseline.h"
#include "cli/cli.h"
#include "ehc-build.h"
#include "report/report.h"
#include "util/xalloc.h"

#define MAX_CONFIGS 64

struct job {
	const char *path;
	const struct ehc_linter *linter;
	struct ehc_doc *doc;
	struct ehc_score *score;
	struct ehc_error err;
	int rc;
	bool done;
};

struct pool {
	struct job *jobs;
	size_t n, next, reported, window;
	pthread_mutex_t mu;
	pthread_cond_t done, space;
};

struct configs {
	char *path[MAX_CONFIGS];
	struct ehc_linter *linter[MAX_CONFIGS];
	size_t n;
};

struct output {
	const struct ehc_reporter *reporter;
	struct ehc_report_ctx ctx;
	bool close;
};

/* What was said on the command line wins over a configuration file. */
static void
keep_command_line(struct ehc_run_settings *merged, const struct ehc_run_settings *cmd)
{
	if (cmd->fail_on_origin) {
		merged->fail_on = cmd->fail_on;
		merged->fail_on_origin = cmd->fail_on_origin;
	}
	if (cmd->min_level_origin) {
		merged->min_level = cmd->min_level;
		merged->min_level_origin = cmd->min_level_origin;
	}
	if (cmd->max_warnings_origin) {
		merged->max_warnings = cmd->max_warnings;
		merged->max_warnings_origin = cmd->max_warnings_origin;
	}
	if (cmd->as_of_origin)
		merged->as_of_origin = cmd->as_of_origin;
}

int
ehc_cli_linter(struct ehc_cli *cli, const char *config_path, struct ehc_arena *arena,
	       struct ehc_linter **out, struct ehc_run_settings *run)
{
	struct ehc_lint_config cfg = cli->lint;
	struct ehc_error err = { 0 };
	struct ehc_run_settings from_file = *run;
	int rc = 0;
	if (config_path) {
		cfg.nedits = 0;
		cfg.nextra = 0;
		rc = ehc_config_load(config_path, arena, &cfg, &from_file, &err);
		/* the command line wins over the file */
		for (size_t i = 0; !rc && i < cli->lint.nextra && cfg.nextra < EHC_MAX_RULE_DIRS; i++)
			cfg.extra_dirs[cfg.nextra++] = cli->lint.extra_dirs[i];
		for (size_t i = 0; !rc && i < cli->lint.nedits && cfg.nedits < EHC_MAX_RULE_EDITS; i++)
			cfg.edits[cfg.nedits++] = cli->lint.edits[i];
		if (cli->as_of_set)
			cfg.check.as_of = cli->lint.check.as_of;
		if (cli->lint.no_default_rules)
			cfg.no_default_rules = true;
	}
	if (!rc)
		rc = ehc_linter_new(&cfg, out, &err);
	if (rc) {
		char line[1200];
		ehc_error_format(&err, line, sizeof line);
		fprintf(stderr, "ehclint: %s\n", line);
		return EHC_EXIT_USAGE;
	}
	keep_command_line(&from_file, &cli->run);
	*run = from_file;
	cli->effective = cfg;
	return 0;
}

static const struct ehc_linter *
linter_for(struct ehc_cli *cli, struct configs *c, const char *plan, struct ehc_arena *a,
	   int *rc)
{
	char *path = cli->config_path ? xstrdup(cli->config_path)
		     : cli->no_config    ? NULL
					 : ehc_config_find(plan);
	for (size_t i = 0; i < c->n; i++)
		if ((!path && !c->path[i]) || (path && c->path[i] && strcmp(path, c->path[i]) == 0)) {
			free(path);
			return c->linter[i];
		}
	if (c->n >= MAX_CONFIGS) {
		free(path);
		return c->linter[0];
	}
	struct ehc_run_settings run = cli->run;
	if ((*rc = ehc_cli_linter(cli, path, a, &c->linter[c->n], &run))) {
		free(path);
		return NULL;
	}
	if (c->n == 0) /* run-wide settings: the command line, else the first plan's file */
		cli->run = run;
	c->path[c->n] = path;
	return c->linter[c->n++];
}

static void *
worker(void *arg)
{
	struct pool *p = arg;
	for (;;) {
		pthread_mutex_lock(&p->mu);
		while (p->next < p->n && p->next - p->reported >= p->window)
			pthread_cond_wait(&p->space, &p->mu);
		if (p->next >= p->n) {
			pthread_mutex_unlock(&p->mu);
			return NULL;
		}
		struct job *j = &p->jobs[p->next++];
		pthread_mutex_unlock(&p->mu);
		j->rc = ehc_lint_file_scored(j->linter, j->path, &j->doc, &j->score, &j->err);
		pthread_mutex_lock(&p->mu);
		j->done = true;
		pthread_cond_broadcast(&p->done);
		pthread_mutex_unlock(&p->mu);
	}
}

struct tally {
	enum ehc_level min_level; /* findings not shown do not fail the run */
	size_t unreadable, baselined, by_level[EHC_LEVEL_COUNT];
};

/* Where reported plans go: the outputs, the run's tally and the baselines. */
struct sink {
	struct output *outs;
	size_t nouts;
	struct tally t;
	bool quiet;
	struct ehc_baseline *baseline; /* --baseline, or NULL */
	struct ehc_baseline *record;   /* --write-baseline, or NULL */
};

/* Counts what is new: findings neither suppressed nor held by the baseline. */
static size_t
count(struct tally *t, const struct job *j, const bool *held)
{
	size_t n = 0;
	if (!j->doc) {
		t->unreadable++;
		return 0;
	}
	for (size_t i = 0; i < j->doc->nfindings; i++)
		if (ehc_finding_shown(&j->doc->findings[i], t->min_level) && !(held && held[i])) {
			t->by_level[j->doc->findings[i].level]++;
			n++;
		}
	return n;
}

static void
report(struct sink *k, struct job *j)
{
	struct ehc_result r = { .path = j->path, .doc = j->doc, .error = j->doc ? NULL : &j->err,
				.score = j->score };
	bool *held = NULL;
	if (j->doc && k->baseline) {
		held = xcalloc(j->doc->nfindings ? j->doc->nfindings : 1, sizeof *held);
		r.nbaselined = ehc_baseline_match(k->baseline, j->path, j->doc, held);
		r.baselined = held;
		k->t.baselined += r.nbaselined;
	}
	if (j->doc && k->record)
		ehc_baseline_add(k->record, j->path, j->doc);
	bool silent = count(&k->t, j, held) == 0 && k->quiet && j->doc;
	for (size_t i = 0; i < k->nouts; i++)
		if (k->outs[i].reporter->plan && !(silent && strcmp(k->outs[i].reporter->name, "text") == 0))
			k->outs[i].reporter->plan(&k->outs[i].ctx, &r);
	if (!j->doc) {
		char line[1200];
		ehc_error_format(&j->err, line, sizeof line);
		fprintf(stderr, "ehclint: %s\n", line);
	}
	free(held);
	ehc_score_free(j->score);
	ehc_doc_free(j->doc);
	j->doc = NULL;
	j->score = NULL;
}

static void
run_jobs(struct pool *p, int jobs, struct sink *k)
{
	pthread_t tid[64];
	int nt = jobs < 1 ? 1 : jobs > 64 ? 64 : jobs;
	p->window = (size_t)nt * 4;
	pthread_mutex_init(&p->mu, NULL);
	pthread_cond_init(&p->done, NULL);
	pthread_cond_init(&p->space, NULL);
	for (int i = 0; i < nt; i++)
		pthread_create(&tid[i], NULL, worker, p);
	for (size_t i = 0; i < p->n; i++) {
		pthread_mutex_lock(&p->mu);
		while (!p->jobs[i].done)
			pthread_cond_wait(&p->done, &p->mu);
		pthread_mutex_unlock(&p->mu);
		report(k, &p->jobs[i]);
		pthread_mutex_lock(&p->mu);
		p->reported++;
		pthread_cond_broadcast(&p->space);
		pthread_mutex_unlock(&p->mu);
	}
	for (int i = 0; i < nt; i++)
		pthread_join(tid[i], NULL);
	pthread_mutex_destroy(&p->mu);
	pthread_cond_destroy(&p->done);
	pthread_cond_destroy(&p->space);
}

static bool
want_color(const struct ehc_cli *cli, FILE *out)
{
	const char *no = getenv("NO_COLOR");
	if (no && *no)
		return false;
	if (strcmp(cli->color, "always") == 0)
		return true;
	return strcmp(cli->color, "auto") == 0 && out == stdout && isatty(fileno(stdout));
}

static int
open_outputs(struct ehc_cli *cli, const struct ehc_pack *pack, struct output *outs,
	     size_t *nouts)
{
	struct ehc_format_req dflt = { "text", NULL };
	const struct ehc_format_req *reqs = cli->nformats ? cli->formats : &dflt;
	size_t n = cli->nformats ? cli->nformats : 1, unnamed = 0;
	for (size_t i = 0; i < n; i++) {
		if (!reqs[i].path && ++unnamed > 1) {
			fprintf(stderr, "ehclint: only one format can go to %s; give the others a "
					"file (--format %s:FILE)\n",
				cli->output ? cli->output : "standard output", reqs[i].name);
			return EHC_EXIT_USAGE;
		}
		const char *path = reqs[i].path ? reqs[i].path : cli->output;
		FILE *f = path ? fopen(path, "w") : stdout;
		if (!f) {
			fprintf(stderr, "ehclint: %s: cannot write: %s\n", path, strerror(errno));
			return EHC_EXIT_USAGE;
		}
		struct output *o = &outs[(*nouts)++];
		*o = (struct output){ .reporter = ehc_reporter_find(reqs[i].name), .close = path != NULL };
		o->ctx = (struct ehc_report_ctx){ .out = f, .out_path = path, .color = want_color(cli, f),
			.min_level = cli->run.min_level < 0 ? EHC_LEVEL_INFO : (enum ehc_level)cli->run.min_level,
			.pack = pack, .tool_version = EHC_VERSION };
	}
	return 0;
}

static void
close_outputs(struct output *outs, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (outs[i].reporter->end)
			outs[i].reporter->end(&outs[i].ctx);
		if (outs[i].close)
			fclose(outs[i].ctx.out);
		else
			fflush(outs[i].ctx.out);
	}
}

static int
exit_code(const struct ehc_cli *cli, const struct tally *t, size_t missing)
{
	int fail_on = cli->run.fail_on < 0 ? EHC_LEVEL_WARNING : cli->run.fail_on;
	bool fail = t->unreadable > 0 || missing > 0;
	for (int l = fail_on; l < EHC_LEVEL_COUNT; l++)
		fail |= t->by_level[l] > 0;
	if (t->baselined)
		fprintf(stderr, "ehclint: %zu findings held by the baseline were not counted\n",
			t->baselined);
	if (cli->run.max_warnings >= 0 && t->by_level[EHC_LEVEL_WARNING] > (size_t)cli->run.max_warnings) {
		fprintf(stderr, "ehclint: %zu warnings, more than --max-warnings %ld\n",
			t->by_level[EHC_LEVEL_WARNING], cli->run.max_warnings);
		fail = true;
	}
	return fail ? EHC_EXIT_FINDINGS : EHC_EXIT_OK;
}

static int
default_jobs(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	return n < 1 ? 1 : n > 16 ? 16 : (int)n;
}

static int
prepare(struct ehc_cli *cli, struct configs *cfgs, struct ehc_arena *a, struct pool *p,
	char **plans)
{
	for (size_t i = 0; i < p->n; i++) {
		int rc = 0;
		p->jobs[i].path = plans[i];
		if (!(p->jobs[i].linter = linter_for(cli, cfgs, plans[i], a, &rc)))
			return rc;
	}
	return 0;
}

static int
open_baselines(const struct ehc_cli *cli, struct sink *k)
{
	struct ehc_error err = { 0 };
	if (cli->write_baseline)
		k->record = ehc_baseline_new();
	if (!cli->baseline || !ehc_baseline_load(cli->baseline, &k->baseline, &err))
		return 0;
	char line[1200];
	ehc_error_format(&err, line, sizeof line);
	fprintf(stderr, "ehclint: %s\n", line);
	return EHC_EXIT_USAGE;
}

static int
close_baselines(const struct ehc_cli *cli, struct sink *k, int rc)
{
	struct ehc_error err = { 0 };
	if (k->record && rc != EHC_EXIT_USAGE) {
		if (ehc_baseline_write(k->record, cli->write_baseline, EHC_VERSION, &err)) {
			char line[1200];
			ehc_error_format(&err, line, sizeof line);
			fprintf(stderr, "ehclint: %s\n", line);
			rc = EHC_EXIT_USAGE;
		} else {
			fprintf(stderr, "ehclint: wrote %zu findings to the baseline %s\n",
				ehc_baseline_count(k->record), cli->write_baseline);
		}
	}
	ehc_baseline_free(k->baseline);
	ehc_baseline_free(k->record);
	return rc;
}

int
ehc_cli_lint(struct ehc_cli *cli)
{
	char **plans = NULL;
	size_t missing = 0, n = ehc_cli_collect(cli->args, cli->nargs, &plans, &missing);
	if (cli->nargs == 0) {
		fputs("ehclint: no plans named (see ehclint --help)\n", stderr);
		return EHC_EXIT_USAGE;
	}
	struct configs cfgs = { 0 };
	struct ehc_arena *a = ehc_arena_new();
	struct pool p = { .jobs = xcalloc(n ? n : 1, sizeof *p.jobs), .n = n };
	struct output outs[EHC_MAX_FORMATS];
	struct sink k = { .outs = outs, .quiet = cli->quiet };
	int rc = prepare(cli, &cfgs, a, &p, plans); /* may read run settings from a config */
	k.t.min_level = cli->run.min_level < 0 ? EHC_LEVEL_INFO : (enum ehc_level)cli->run.min_level;
	if (!rc && !cfgs.n) /* no plans: still check the configuration and rules */
		rc = linter_for(cli, &cfgs, ".", a, &rc) ? 0 : EHC_EXIT_USAGE;
	if (!rc)
		rc = open_baselines(cli, &k);
	if (!rc)
		rc = open_outputs(cli, cfgs.linter[0]->pack, outs, &k.nouts);
	if (!rc) {
		for (size_t i = 0; i < k.nouts; i++)
			if (outs[i].reporter->begin)
				outs[i].reporter->begin(&outs[i].ctx);
		run_jobs(&p, cli->jobs ? cli->jobs : default_jobs(), &k);
		rc = exit_code(cli, &k.t, missing);
	}
	close_outputs(outs, k.nouts);
	rc = close_baselines(cli, &k, rc);
	for (size_t i = 0; i < cfgs.n; i++) {
		ehc_linter_free(cfgs.linter[i]);
		free(cfgs.path[i]);
	}
	for (size_t i = 0; i < n; i++)
		free(plans[i]);
	free(plans);
	free(p.jobs);
	ehc_arena_free(a);
	return rc;
}
