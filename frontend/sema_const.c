/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* sema_const.c: the glue between the type checker and consteval.h: the int
 * type of a P4 type, implicit conversions of values (with the spec's
 * overflow warnings), reading values back as C integers. The arithmetic
 * itself is consteval's. */
#include "sema.h"

ValueIntType sema_value_type(const Type *t)
{
	t = type_numeric(t);
	if (t->kind == TY_BIT)
		return value_type_bit(t->width);
	if (t->kind == TY_SIGNED)
		return value_type_int(t->width);
	return value_type_infint();
}

void sema_const_error(Sema *s, Loc loc)
{
	const char *msg = const_pool_message(s->pool);
	sema_error(s, loc, "%s", msg && *msg ? msg : "this expression cannot be evaluated");
}

/* "int -> bit<W>: ... The compiler should emit a warning on overflow or on
 * conversion of negative value"; "int -> int<W>: ... warning on overflow"
 * (Explicit casts); implicit casts do the same conversion. */
static void warn_wrap(Sema *s, const Value *from, const Value *to, const Type *t, Loc loc)
{
	StrBuf a = {0}, b = {0};
	value_format(&a, from);
	value_format(&b, to);
	diag_warning(s->diag, loc, "value %s does not fit in %s: it becomes %s", a.data, sema_tstr(s, t), b.data);
	strbuf_free(&a);
	strbuf_free(&b);
}

const Value *sema_convert_value(Sema *s, const Value *v, const Type *to, Loc loc)
{
	if (!v)
		return NULL;
	if (!type_is_integer(to) || (v->kind != VAL_INT && v->kind != VAL_MEMBER))
		return v;
	if (v->kind == VAL_MEMBER && !v->repr)
		return NULL;
	ValueWrap wrap = VALUE_WRAP_NONE;
	const Value *r = value_convert(s->pool, v, sema_value_type(to), &wrap);
	if (!r) {
		sema_const_error(s, loc);
		return NULL;
	}
	if (wrap != VALUE_WRAP_NONE)
		warn_wrap(s, v, r, to, loc);
	return r;
}

const Value *sema_cast_value(Sema *s, const Value *v, const Type *to, Loc loc)
{
	if (!v)
		return NULL;
	if (v->kind == VAL_MEMBER)
		v = v->repr;
	if (!v || v->kind != VAL_INT)
		return NULL;
	ValueWrap wrap = VALUE_WRAP_NONE;
	const Value *r = value_cast(s->pool, v, sema_value_type(to), &wrap);
	if (!r) {
		sema_const_error(s, loc);
		return NULL;
	}
	if (wrap != VALUE_WRAP_NONE && v->type.width < 0)
		warn_wrap(s, v, r, to, loc);
	return r;
}

bool sema_value_long(const Value *v, long *out)
{
	if (!v)
		return false;
	if (v->kind == VAL_MEMBER)
		v = v->repr;
	if (!v || v->kind != VAL_INT || !value_fits_i64(v))
		return false;
	*out = (long)value_get_i64(v);
	return true;
}
