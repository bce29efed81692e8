/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* stf.c: reads STF files, the packet-test format of p4c's test drivers,
 * into commands for test.c. One statement per line; '#' starts a comment.
 *
 *   add TABLE [PRIORITY] FIELD:MATCH... ACTION(PARAM:VALUE, ...) [= ID]
 *   add VALUE_SET VALUE[&&&MASK][,...]      one word starting with a digit or '*'
 *   setdefault TABLE ACTION(PARAM:VALUE, ...)
 *   remove all | remove TABLE all | remove ID | remove TABLE [PRIORITY] FIELD:MATCH...
 *   remove VALUE_SET VALUE[&&&MASK][,...]   the same (test.c tells sets from tables)
 *   packet PORT HEX...
 *   expect PORT [HEX...][$]          '*' nibbles match anything; '$': exact length
 *   no_packet                        the previous packet went nowhere
 *   check_counter NAME(INDEX) [packets|bytes] [OP NUMBER]   OP: == != < <= > >=
 *   wait
 *
 * Only the syntax is checked here; names and values are checked by test.c
 * against the NF's description before any packet is sent. Keywords are
 * case-insensitive, as in p4c. */
#include <ctype.h>
#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "nfctl.h"

struct scan {
	const char *path;
	int line;
	char *p; /* the rest of the line (comment removed) */
	int errors;
};

static void stf_err(struct scan *s, const char *fmt, ...) LD_PRINTF(2, 3);

static void stf_err(struct scan *s, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s:%d: error: ", s->path, s->line);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	s->errors++;
}

static void skip_ws(struct scan *s)
{
	while (*s->p == ' ' || *s->p == '\t' || *s->p == '\r')
		s->p++;
}

static bool at_end(struct scan *s)
{
	skip_ws(s);
	return *s->p == '\0';
}

static bool is_name_char(int c)
{
	return isalnum(c) || c == '_' || c == '.' || c == '$' || c == '[' || c == ']';
}

/* A qualified name: table, counter, action or field; NULL if none here. */
static char *read_name(struct scan *s)
{
	const char *start;

	skip_ws(s);
	start = s->p;
	while (is_name_char((unsigned char)*s->p))
		s->p++;
	return s->p > start ? strndup(start, (size_t)(s->p - start)) : NULL;
}

/* Everything up to the next blank. */
static char *read_word(struct scan *s)
{
	const char *start;

	skip_ws(s);
	start = s->p;
	while (*s->p && *s->p != ' ' && *s->p != '\t' && *s->p != '\r')
		s->p++;
	return s->p > start ? strndup(start, (size_t)(s->p - start)) : NULL;
}

static int read_u32(struct scan *s, uint32_t *out, const char *what)
{
	char *w = read_word(s);
	int err = !w || ld_parse_u32(w, out);

	if (err)
		stf_err(s, "expected %s, found '%s'", what, w ? w : "end of line");
	free(w);
	return err ? -EINVAL : 0;
}

static int add_kv(struct ld_stf_kv **kvs, unsigned *n, char *name, char *value)
{
	struct ld_stf_kv *nk = realloc(*kvs, (*n + 1) * sizeof(**kvs));

	if (!nk)
		return -ENOMEM;
	*kvs = nk;
	nk[*n].name = name;
	nk[*n].value = value;
	(*n)++;
	return 0;
}

/* FIELD:VALUE, where VALUE may continue with " &&& MASK" or " / PREFIX". */
static int read_match(struct scan *s, struct ld_stf_cmd *c)
{
	char *w = read_word(s), *colon, *value;
	size_t len;

	colon = w ? strchr(w, ':') : NULL;
	if (!colon || colon == w || !colon[1]) {
		stf_err(s, "expected FIELD:VALUE, found '%s'", w);
		free(w);
		return -EINVAL;
	}
	value = strdup(colon + 1);
	*colon = '\0';
	/* Rejoin a value written with blanks around &&& or /. */
	for (;;) {
		char *save = s->p, *more;

		skip_ws(s);
		if (strncmp(s->p, "&&&", 3) && *s->p != '/' &&
		    !(value && (len = strlen(value)) &&
		      (value[len - 1] == '/' || (len >= 3 && !strcmp(value + len - 3, "&&&"))))) {
			s->p = save;
			break;
		}
		more = read_word(s);
		if (!more)
			break;
		len = strlen(value);
		value = realloc(value, len + strlen(more) + 1);
		strcpy(value + len, more);
		free(more);
	}
	return add_kv(&c->keys, &c->n_keys, w, value);
}

/* ACTION(ARG, ...): each ARG is PARAM:VALUE (or a bare VALUE). */
static int read_action(struct scan *s, struct ld_stf_cmd *c)
{
	char *close, *arg, *save = NULL, *body;

	c->action = read_name(s);
	skip_ws(s);
	if (!c->action || *s->p != '(') {
		stf_err(s, "expected ACTION(ARGS), found '%s'", c->action ? c->action : s->p);
		return -EINVAL;
	}
	close = strchr(s->p, ')');
	if (!close) {
		stf_err(s, "action '%s': missing ')'", c->action);
		return -EINVAL;
	}
	body = strndup(s->p + 1, (size_t)(close - s->p - 1));
	s->p = close + 1;
	for (arg = strtok_r(body, ",", &save); arg; arg = strtok_r(NULL, ",", &save)) {
		char *colon, *name = NULL, *value;

		while (*arg == ' ' || *arg == '\t')
			arg++;
		value = arg + strlen(arg);
		while (value > arg && (value[-1] == ' ' || value[-1] == '\t'))
			*--value = '\0';
		if (!*arg) {
			stf_err(s, "action '%s': empty argument", c->action);
			free(body);
			return -EINVAL;
		}
		colon = strchr(arg, ':');
		if (colon) {
			char *n = arg, *e = colon;

			while (e > n && (e[-1] == ' ' || e[-1] == '\t'))
				e--;
			name = strndup(n, (size_t)(e - n));
			value = colon + 1;
			while (*value == ' ' || *value == '\t')
				value++;
		} else {
			value = arg;
		}
		add_kv(&c->args, &c->n_args, name, strdup(value));
	}
	free(body);
	return 0;
}

/* Optional: a decimal priority before the matches. */
static void maybe_priority(struct scan *s, struct ld_stf_cmd *c)
{
	char *save;
	uint32_t prio;
	char *w;

	skip_ws(s);
	save = s->p;
	if (!isdigit((unsigned char)*s->p))
		return;
	w = read_word(s);
	if (w && !strchr(w, ':') && ld_parse_u32(w, &prio) == 0) {
		c->has_priority = true;
		c->priority = prio;
	} else {
		s->p = save;
	}
	free(w);
}

/* The rest of the line as one value-set value, blanks around &&& dropped;
 * NULL when it has other blanks (then it is not one). */
static char *rest_as_value(struct scan *s)
{
	const char *p = s->p;
	char *out = malloc(strlen(p) + 1), *o = out;

	if (!out)
		return NULL;
	while (*p == ' ' || *p == '\t' || *p == '\r')
		p++;
	while (*p) {
		if (*p == ' ' || *p == '\t' || *p == '\r') {
			const char *q = p;

			while (*q == ' ' || *q == '\t' || *q == '\r')
				q++;
			/* Blanks are allowed only next to &&& and at the end. */
			if (*q && strncmp(q, "&&&", 3) && !(o - out >= 3 && !strncmp(o - 3, "&&&", 3))) {
				free(out);
				return NULL;
			}
			p = q;
			continue;
		}
		*o++ = *p++;
	}
	*o = '\0';
	if (!*out) {
		free(out);
		return NULL;
	}
	return out;
}

static int parse_add(struct scan *s, struct ld_stf_cmd *c)
{
	c->table = read_name(s);
	if (!c->table) {
		stf_err(s, "add: expected a table name");
		return -EINVAL;
	}
	/* add VALUE_SET VALUE: one word starting with a digit or '*' and no
	 * ACTION(...), which a table's add always has. */
	skip_ws(s);
	if ((isdigit((unsigned char)*s->p) || *s->p == '*') && !strchr(s->p, '(')) {
		c->vs_value = rest_as_value(s);
		if (c->vs_value) {
			s->p += strlen(s->p);
			return 0;
		}
	}
	maybe_priority(s, c);
	for (;;) {
		char *p;
		int err;

		if (at_end(s)) {
			stf_err(s, "add %s: missing ACTION(ARGS)", c->table);
			return -EINVAL;
		}
		/* An action is a name followed by '('; a match has a ':' first. */
		for (p = s->p; is_name_char((unsigned char)*p); p++)
			;
		while (*p == ' ' || *p == '\t')
			p++;
		if (*p == '(')
			break;
		err = read_match(s, c);
		if (err)
			return err;
	}
	if (read_action(s, c))
		return -EINVAL;
	skip_ws(s);
	if (*s->p == '=') {
		s->p++;
		c->entry_id = read_name(s);
		if (!c->entry_id) {
			stf_err(s, "add %s: expected an entry name after '='", c->table);
			return -EINVAL;
		}
	}
	return 0;
}

static int parse_remove(struct scan *s, struct ld_stf_cmd *c)
{
	char *first = read_name(s);

	if (!first) {
		stf_err(s, "remove: expected 'all', an entry name or a table");
		return -EINVAL;
	}
	if (strcasecmp(first, "all") == 0 && at_end(s)) {
		free(first);
		c->all = true;
		return 0;
	}
	if (at_end(s)) {
		c->entry_id = first; /* an entry named by add ... = ID; test.c checks */
		return 0;
	}
	c->table = first;
	skip_ws(s);
	if (strncasecmp(s->p, "all", 3) == 0 && (s->p[3] == '\0' || isspace((unsigned char)s->p[3]))) {
		s->p += 3;
		c->all = true;
		return 0;
	}
	/* remove VALUE_SET VALUE: a match starts with a field's name. */
	if (isdigit((unsigned char)*s->p) || *s->p == '*') {
		char *v = rest_as_value(s);

		if (v) {
			c->vs_value = v;
			s->p += strlen(s->p);
			return 0;
		}
	}
	maybe_priority(s, c);
	while (!at_end(s))
		if (read_match(s, c))
			return -EINVAL;
	return 0;
}

/* Hex digits (and, for expect, '*'), blanks ignored; a final '$' for expect. */
static int parse_data(struct scan *s, struct ld_stf_cmd *c, bool expect)
{
	size_t cap = strlen(s->p) / 2 + 1, nibbles = 0;
	const char *p;

	c->data = calloc(1, cap);
	c->care = calloc(1, cap);
	if (!c->data || !c->care)
		return -ENOMEM;
	for (p = s->p; *p; p++) {
		int v;

		if (*p == ' ' || *p == '\t' || *p == '\r')
			continue;
		if (expect && *p == '$') {
			c->exact_len = true;
			while (p[1] == ' ' || p[1] == '\t' || p[1] == '\r')
				p++;
			if (p[1]) {
				stf_err(s, "'$' must end the expected packet");
				return -EINVAL;
			}
			continue;
		}
		if (expect && *p == '*') {
			v = 0;
		} else if (isxdigit((unsigned char)*p)) {
			v = isdigit((unsigned char)*p) ? *p - '0'
							 : tolower((unsigned char)*p) - 'a' + 10;
		} else {
			stf_err(s, "'%c' is not a hex digit%s", *p, expect ? ", '*' or '$'" : "");
			return -EINVAL;
		}
		if (nibbles % 2 == 0) {
			c->data[nibbles / 2] = (uint8_t)(v << 4);
			c->care[nibbles / 2] = *p == '*' ? 0 : 0xf0;
		} else {
			c->data[nibbles / 2] |= (uint8_t)v;
			c->care[nibbles / 2] |= *p == '*' ? 0 : 0x0f;
		}
		nibbles++;
	}
	if (nibbles % 2) {
		stf_err(s, "odd number of hex digits (%zu): packets are whole bytes", nibbles);
		return -EINVAL;
	}
	c->len = nibbles / 2;
	if (!expect && !c->len) {
		stf_err(s, "packet: no data");
		return -EINVAL;
	}
	c->any_data = expect && !c->len && !c->exact_len;
	return 0;
}

static int parse_check_counter(struct scan *s, struct ld_stf_cmd *c)
{
	static const struct {
		const char *op;
		enum ld_stf_cmp cmp;
	} ops[] = { { "==", STF_EQ }, { "!=", STF_NE }, { "<=", STF_LE },
		    { ">=", STF_GE }, { "<", STF_LT },  { ">", STF_GT } };
	char *close, *w;
	unsigned i;

	c->counter = read_name(s);
	skip_ws(s);
	if (!c->counter || *s->p != '(' || !(close = strchr(s->p, ')'))) {
		stf_err(s, "check_counter: expected NAME(INDEX)");
		return -EINVAL;
	}
	*close = '\0';
	w = s->p + 1;
	if (ld_parse_u32(w, &c->index)) {
		stf_err(s, "check_counter %s: '%s' is not an index", c->counter, w);
		return -EINVAL;
	}
	s->p = close + 1;
	c->cmp = STF_NE; /* no condition: the counter is not zero */
	c->count = 0;
	if (at_end(s))
		return 0;
	/* Our counters count one thing: packets and bytes name the same value. */
	if (isalpha((unsigned char)*s->p)) {
		w = read_name(s);
		if (!w || (strcasecmp(w, "packets") && strcasecmp(w, "bytes"))) {
			stf_err(s, "check_counter %s: expected 'packets', 'bytes' or a comparison",
				c->counter);
			free(w);
			return -EINVAL;
		}
		free(w);
		if (at_end(s))
			return 0;
	}
	for (i = 0; i < sizeof(ops) / sizeof(ops[0]); i++) {
		if (strncmp(s->p, ops[i].op, strlen(ops[i].op)) == 0) {
			c->cmp = ops[i].cmp;
			s->p += strlen(ops[i].op);
			break;
		}
	}
	if (i == sizeof(ops) / sizeof(ops[0])) {
		stf_err(s, "check_counter %s: expected one of == != < <= > >=", c->counter);
		return -EINVAL;
	}
	w = read_word(s);
	if (!w || sscanf(w, "%" SCNu64, &c->count) != 1 || !at_end(s)) {
		stf_err(s, "check_counter %s: expected a number", c->counter);
		free(w);
		return -EINVAL;
	}
	free(w);
	return 0;
}

static int parse_line(struct scan *s, struct ld_stf_cmd *c)
{
	char *kw = read_name(s);
	int err = 0;

	c->line = s->line;
	if (!kw) {
		stf_err(s, "expected a command, found '%s'", s->p);
		return -EINVAL;
	}
	if (!strcasecmp(kw, "add")) {
		c->kind = STF_ADD;
		err = parse_add(s, c);
	} else if (!strcasecmp(kw, "setdefault")) {
		c->kind = STF_SETDEFAULT;
		c->table = read_name(s);
		if (!c->table) {
			stf_err(s, "setdefault: expected a table name");
			err = -EINVAL;
		} else {
			err = read_action(s, c);
		}
	} else if (!strcasecmp(kw, "remove")) {
		c->kind = STF_REMOVE;
		err = parse_remove(s, c);
	} else if (!strcasecmp(kw, "packet") || !strcasecmp(kw, "expect")) {
		bool expect = tolower((unsigned char)kw[0]) == 'e';

		c->kind = expect ? STF_EXPECT : STF_PACKET;
		err = read_u32(s, &c->port, "a port number");
		if (!err)
			err = parse_data(s, c, expect);
		s->p += strlen(s->p);
	} else if (!strcasecmp(kw, "no_packet")) {
		c->kind = STF_NO_PACKET;
	} else if (!strcasecmp(kw, "check_counter")) {
		c->kind = STF_CHECK_COUNTER;
		err = parse_check_counter(s, c);
	} else if (!strcasecmp(kw, "wait")) {
		c->kind = STF_WAIT;
	} else {
		stf_err(s, "unknown command '%s'", kw);
		err = -EINVAL;
	}
	if (!err && !at_end(s)) {
		stf_err(s, "%s: unexpected '%s' at the end of the line", kw, s->p);
		err = -EINVAL;
	}
	free(kw);
	return err;
}

static void free_cmd(struct ld_stf_cmd *c)
{
	unsigned i;

	free(c->table);
	for (i = 0; i < c->n_keys; i++) {
		free(c->keys[i].name);
		free(c->keys[i].value);
	}
	free(c->keys);
	free(c->action);
	for (i = 0; i < c->n_args; i++) {
		free(c->args[i].name);
		free(c->args[i].value);
	}
	free(c->args);
	free(c->entry_id);
	free(c->vs_value);
	free(c->data);
	free(c->care);
	free(c->counter);
}

void ld_stf_free(struct ld_stf *stf)
{
	unsigned i;

	if (!stf)
		return;
	for (i = 0; i < stf->n; i++)
		free_cmd(&stf->cmds[i]);
	free(stf->cmds);
	free(stf->path);
	free(stf);
}

int ld_stf_read(FILE *f, const char *path, struct ld_stf **out)
{
	struct scan s = { .path = path };
	struct ld_stf *stf;
	char *line = NULL;
	size_t cap = 0;

	*out = NULL;
	stf = calloc(1, sizeof(*stf));
	if (!stf || !(stf->path = strdup(path))) {
		ld_stf_free(stf);
		return -ENOMEM;
	}
	while (getline(&line, &cap, f) >= 0) {
		struct ld_stf_cmd *nc;
		char *hash;

		s.line++;
		line[strcspn(line, "\n")] = '\0';
		hash = strchr(line, '#');
		if (hash)
			*hash = '\0';
		s.p = line;
		if (at_end(&s))
			continue;
		nc = realloc(stf->cmds, (stf->n + 1) * sizeof(*nc));
		if (!nc)
			break;
		stf->cmds = nc;
		memset(&nc[stf->n], 0, sizeof(*nc));
		/* Keep even a bad line's allocations, so that they are freed. */
		parse_line(&s, &nc[stf->n]);
		stf->n++;
	}
	free(line);
	if (s.errors) {
		ld_stf_free(stf);
		return -EINVAL;
	}
	*out = stf;
	return 0;
}

int ld_stf_parse(const char *path, struct ld_stf **out)
{
	FILE *f = fopen(path, "r");
	int err;

	*out = NULL;
	if (!f) {
		err = errno;
		ld_err("%s: %s", path, strerror(err));
		return -err;
	}
	err = ld_stf_read(f, path, out);
	fclose(f);
	return err;
}
