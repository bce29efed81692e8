/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* pp.c: placeholder until the printer lands. */
#include "frontend.h"

void pp_program(StrBuf *out, const Node *program)
{
	(void)out;
	(void)program;
}
