/* SPDX-License-Identifier: MIT */
/* The one way every Check test program runs its suite and reports. */
#ifndef EHC_CK_RUN_H
#define EHC_CK_RUN_H

#include <check.h>
#include <stdlib.h>

/** Runs 's' (freed here) and returns the process exit status: failure when any case failed. */
static inline int
ehc_ck_run(Suite *s)
{
	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}

#endif
