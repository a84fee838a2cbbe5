/* SPDX-License-Identifier: MIT */
/* A YAML document as a small tree of scalars, sequences and mappings, with positions. */
#ifndef EHC_YAML_H
#define EHC_YAML_H

#include <stdbool.h>
#include <stddef.h>

#include "util/arena.h"
#include "util/error.h"

enum ehc_yaml_type { EHC_YAML_SCALAR, EHC_YAML_SEQ, EHC_YAML_MAP };

struct ehc_yaml {
	enum ehc_yaml_type type;
	int line, col;             /* 1-based start of the node */
	const char *str;           /* SCALAR: NUL-terminated value */
	size_t len;                /* SCALAR: bytes in 'str' */
	bool plain;                /* SCALAR: unquoted (so "~", "null" mean null) */
	size_t n;                  /* SEQ, MAP: number of children */
	struct ehc_yaml **child;   /* SEQ: items; MAP: values */
	struct ehc_yaml **key;     /* MAP: the keys (scalars) */
};

/**
 * Parses the YAML in 'text' ('len' bytes; 'name' is used in errors) into a tree owned by 'a'.
 * An empty document gives an empty mapping. Aliases are refused (no billion laughs).
 * Returns 0 or EHC_E_RULE with 'err' set to name:line:col: cause.
 */
int ehc_yaml_parse(const char *text, size_t len, const char *name, struct ehc_arena *a,
		   struct ehc_yaml **root, struct ehc_error *err);
/** Reads the file at 'path' and parses it as ehc_yaml_parse() does. */
int ehc_yaml_load(const char *path, struct ehc_arena *a, struct ehc_yaml **root,
		  struct ehc_error *err);

/** The value of 'key' in mapping 'map', or NULL (also when 'map' is NULL or not a mapping). */
const struct ehc_yaml *ehc_yaml_get(const struct ehc_yaml *map, const char *key);
/** The scalar's string, or NULL when 'node' is NULL or not a scalar. */
const char *ehc_yaml_str(const struct ehc_yaml *node);
/** A true/false scalar ("true", "yes", "on" / "false", "no", "off"), or 'dflt'. */
bool ehc_yaml_bool(const struct ehc_yaml *node, bool dflt);
/** A number scalar, or 'dflt' when absent. Sets '*ok' false when present but not a number. */
double ehc_yaml_num(const struct ehc_yaml *node, double dflt, bool *ok);

/**
 * Checks that every key of mapping 'map' is one of 'known' (NULL-terminated). On the first
 * unknown key sets 'err' to "file:line:col: unknown key 'x' in WHAT (did you mean 'y'?)"
 * and returns EHC_E_RULE (or 'code' when non-zero).
 */
int ehc_yaml_check_keys(const struct ehc_yaml *map, const char *const known[], const char *file,
			const char *what, enum ehc_status code, struct ehc_error *err);
/** The entry of 'words' (NULL-terminated) nearest to 's' by edit distance, or NULL. */
const char *ehc_nearest_word(const char *s, const char *const words[]);

#endif
