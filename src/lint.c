/* SPDX-License-Identifier: MIT */
/* The pipeline on one screen: load, segment, check, score. (being written) */
#include "model.h"
