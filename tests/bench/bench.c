/* SPDX-License-Identifier: MIT */
/*
 * Benchmark: lints the plans named (files or folders) several times and prints figures: plans
 * per second, time split between reading (load), segmenting and checking, bytes of XML read,
 * arena memory per plan and the peak resident size. It asserts nothing; it measures.
 *
 *   bench [--repeat N] [--threads N] PLAN|FOLDER...
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "cli/cli.h"
#include "lint.h"
#include "util/xalloc.h"

struct totals {
	double load, segment, check;
	size_t plans, failed, bytes, arena_max, findings;
};

struct shared {
	const struct ehc_linter *linter;
	char **plans;
	size_t nplans, next, total;
	pthread_mutex_t mu;
	struct totals t;
};

static double
now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void
lint_one(const struct ehc_linter *l, const char *path, struct totals *t)
{
	struct ehc_doc *doc = NULL;
	struct ehc_error err = { 0 };
	double t0 = now();
	if (ehc_load(path, &l->limits, &doc, &err) != 0) {
		t->failed++;
		return;
	}
	double t1 = now();
	ehc_segment(doc, l->layout);
	double t2 = now();
	ehc_pack_check(l->pack, doc, &l->check);
	double t3 = now();
	t->load += t1 - t0;
	t->segment += t2 - t1;
	t->check += t3 - t2;
	t->plans++;
	t->bytes += doc->source_bytes;
	t->findings += doc->nfindings;
	size_t used = ehc_arena_used(doc->arena);
	if (used > t->arena_max)
		t->arena_max = used;
	ehc_doc_free(doc);
}

static void *
worker(void *arg)
{
	struct shared *s = arg;
	struct totals mine = { 0 };
	for (;;) {
		pthread_mutex_lock(&s->mu);
		size_t i = s->next++;
		pthread_mutex_unlock(&s->mu);
		if (i >= s->total)
			break;
		lint_one(s->linter, s->plans[i % s->nplans], &mine);
	}
	pthread_mutex_lock(&s->mu);
	s->t.load += mine.load;
	s->t.segment += mine.segment;
	s->t.check += mine.check;
	s->t.plans += mine.plans;
	s->t.failed += mine.failed;
	s->t.bytes += mine.bytes;
	s->t.findings += mine.findings;
	if (mine.arena_max > s->t.arena_max)
		s->t.arena_max = mine.arena_max;
	pthread_mutex_unlock(&s->mu);
	return NULL;
}

static void
print(const struct totals *t, double wall, int threads)
{
	double cpu = t->load + t->segment + t->check;
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	printf("plans linted      %zu (%zu unreadable) on %d thread%s\n", t->plans, t->failed,
	       threads, threads == 1 ? "" : "s");
	printf("wall time         %.3f s\n", wall);
	printf("throughput        %.1f plans/s, %.2f MB/s of files\n", (double)t->plans / wall,
	       (double)t->bytes / wall / 1e6);
	printf("per plan          %.2f ms (load %.2f, segment %.2f, rules %.2f)\n",
	       1e3 * cpu / (double)(t->plans ? t->plans : 1), 1e3 * t->load / (double)t->plans,
	       1e3 * t->segment / (double)t->plans, 1e3 * t->check / (double)t->plans);
	printf("split             load %.0f%%, segment %.0f%%, rules %.0f%%\n",
	       100 * t->load / cpu, 100 * t->segment / cpu, 100 * t->check / cpu);
	printf("findings          %.1f per plan\n", (double)t->findings / (double)t->plans);
	printf("memory            largest plan arena %.1f KiB; peak RSS %.1f MiB\n",
	       (double)t->arena_max / 1024, (double)ru.ru_maxrss / 1024);
}

int
main(int argc, char **argv)
{
	int repeat = 5, threads = 1, i = 1;
	for (; i + 1 < argc && argv[i][0] == '-'; i += 2) {
		if (strcmp(argv[i], "--repeat") == 0)
			repeat = atoi(argv[i + 1]);
		else if (strcmp(argv[i], "--threads") == 0)
			threads = atoi(argv[i + 1]);
	}
	if (i >= argc || repeat < 1 || threads < 1 || threads > 64) {
		fputs("usage: bench [--repeat N] [--threads N] PLAN|FOLDER...\n", stderr);
		return 2;
	}
	struct ehc_lint_config cfg;
	ehc_lint_config_init(&cfg);
	struct ehc_linter *l;
	struct ehc_error err = { 0 };
	double c0 = now();
	if (ehc_linter_new(&cfg, &l, &err)) {
		fprintf(stderr, "bench: %s: %s\n", err.file, err.message);
		return 2;
	}
	printf("rule pack         %zu rules compiled in %.1f ms\n", ehc_pack_count(l->pack),
	       1e3 * (now() - c0));
	size_t missing;
	struct shared s = { .linter = l };
	s.nplans = ehc_cli_collect(argv + i, argc - i, &s.plans, &missing);
	s.total = s.nplans * (size_t)repeat;
	pthread_mutex_init(&s.mu, NULL);
	pthread_t tid[64];
	double w0 = now();
	for (int k = 0; k < threads; k++)
		pthread_create(&tid[k], NULL, worker, &s);
	for (int k = 0; k < threads; k++)
		pthread_join(tid[k], NULL);
	if (s.t.plans)
		print(&s.t, now() - w0, threads);
	for (size_t k = 0; k < s.nplans; k++)
		free(s.plans[k]);
	free(s.plans);
	ehc_linter_free(l);
	return s.t.plans ? 0 : 1;
}
