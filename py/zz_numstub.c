// zz_numstub.c: TEMPORARY weak stand-ins for the number types so the
// interpreter links while objint.c/objfloat.c/objbool.c are written. Every
// definition here is weak: the real files override them. To be deleted.
#include <stdio.h>
#include <math.h>
#include <stdlib.h>
#include "runtime.h"
#define W __attribute__((weak))

static void bool_print(const mp_print_t *print, mp_obj_t o, mp_print_kind_t kind) {
    mp_print_str(print, o == mp_const_true ? "True" : "False");
}
W const mp_obj_type_t mp_type_bool = {{&mp_type_type}, .name = MP_QSTR_bool, .print = bool_print};
W const mp_obj_bool_t mp_const_false_obj = {{&mp_type_bool}, false};
W const mp_obj_bool_t mp_const_true_obj = {{&mp_type_bool}, true};

static mp_int_t as_int(mp_obj_t o) {
    if (mp_obj_is_small_int(o)) return mp_small_int_value(o);
    if (o == mp_const_true) return 1;
    if (o == mp_const_false) return 0;
    mp_raise_TypeError("can't convert to int");
}
W mp_obj_t mp_obj_new_int(mp_int_t v) {
    if (!mp_small_int_fits(v)) mp_raise_msg(&mp_type_OverflowError, "stub: big int");
    return mp_obj_new_small_int(v);
}
W mp_obj_t mp_obj_new_int_from_ll(long long v) { return mp_obj_new_int(v); }
W mp_obj_t mp_obj_new_int_from_ull(unsigned long long v) { return mp_obj_new_int((mp_int_t)v); }
W mp_obj_t mp_obj_new_int_from_uint(mp_uint_t v) { return mp_obj_new_int((mp_int_t)v); }
W mp_obj_t mp_obj_new_int_from_float(double v) { return mp_obj_new_int((mp_int_t)v); }
W mp_int_t mp_obj_get_int(mp_obj_t o) { return as_int(o); }
W mp_int_t mp_obj_get_index_int(mp_obj_t o) { return as_int(o); }
W bool mp_obj_get_int_maybe(mp_obj_t o, mp_int_t *v) {
    if (mp_obj_is_small_int(o) || mp_obj_is_bool(o)) { *v = as_int(o); return true; }
    return false;
}
W mp_obj_t mp_obj_new_int_from_str_len(const char *s, size_t len, int base) {
    char buf[64]; size_t j = 0;
    for (size_t i = 0; i < len && j < 63; i++) if (s[i] != '_') buf[j++] = s[i];
    buf[j] = 0;
    return mp_obj_new_int(strtoll(buf, NULL, base));
}
W mp_obj_t mp_obj_new_float_from_str_len(const char *s, size_t len) {
    char buf[64]; size_t j = 0;
    for (size_t i = 0; i < len && j < 63; i++) if (s[i] != '_') buf[j++] = s[i];
    buf[j] = 0;
    return mp_obj_new_float(strtod(buf, NULL));
}
W mp_obj_t mp_obj_new_complex(double r, double i) { mp_raise_NotImplementedError("stub complex"); }
W double mp_obj_get_float(mp_obj_t o) {
    if (mp_obj_is_float(o)) return mp_obj_float_value(o);
    return (double)as_int(o);
}
W bool mp_obj_get_float_maybe(mp_obj_t o, double *v) {
    if (mp_obj_is_float(o)) { *v = mp_obj_float_value(o); return true; }
    if (mp_obj_is_small_int(o) || mp_obj_is_bool(o)) { *v = as_int(o); return true; }
    return false;
}
W mp_int_t mp_obj_int_hash(mp_obj_t o) { return as_int(o); }
W mp_int_t mp_float_hash(double f) { return (mp_int_t)f; }
W void mp_float_repr(const mp_print_t *print, double f) { mp_printf(print, "%.17g", f); }

W mp_obj_t mp_obj_int_binary_op(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs) {
    mp_int_t a, b;
    if (!mp_obj_get_int_maybe(lhs, &a)) return MP_OBJ_NULL;
    if (!mp_obj_get_int_maybe(rhs, &b)) {
        if (mp_obj_is_float(rhs)) return mp_obj_float_binary_op(op, (double)a, rhs);
        return MP_OBJ_NULL;
    }
    if (op >= MP_BINARY_OP_INPLACE_OR && op <= MP_BINARY_OP_INPLACE_POWER) op += MP_BINARY_OP_INPLACE_DELTA;
    switch (op) {
        case MP_BINARY_OP_ADD: return mp_obj_new_int(a + b);
        case MP_BINARY_OP_SUBTRACT: return mp_obj_new_int(a - b);
        case MP_BINARY_OP_MULTIPLY: return mp_obj_new_int(a * b);
        case MP_BINARY_OP_FLOOR_DIVIDE: case MP_BINARY_OP_MODULO: {
            if (b == 0) mp_raise_msg(&mp_type_ZeroDivisionError, "integer division or modulo by zero");
            mp_int_t q = a / b, r = a % b;
            if (r != 0 && ((r < 0) != (b < 0))) { q--; r += b; }
            return mp_obj_new_int(op == MP_BINARY_OP_MODULO ? r : q);
        }
        case MP_BINARY_OP_TRUE_DIVIDE:
            if (b == 0) mp_raise_msg(&mp_type_ZeroDivisionError, "division by zero");
            return mp_obj_new_float((double)a / b);
        case MP_BINARY_OP_POWER: { mp_int_t r = 1; for (mp_int_t i = 0; i < b; i++) r *= a; return mp_obj_new_int(r); }
        case MP_BINARY_OP_AND: return mp_obj_new_int(a & b);
        case MP_BINARY_OP_OR: return mp_obj_new_int(a | b);
        case MP_BINARY_OP_XOR: return mp_obj_new_int(a ^ b);
        case MP_BINARY_OP_LSHIFT: return mp_obj_new_int(a << b);
        case MP_BINARY_OP_RSHIFT: return mp_obj_new_int(a >> b);
        case MP_BINARY_OP_LESS: return mp_obj_new_bool(a < b);
        case MP_BINARY_OP_MORE: return mp_obj_new_bool(a > b);
        case MP_BINARY_OP_EQUAL: return mp_obj_new_bool(a == b);
        case MP_BINARY_OP_LESS_EQUAL: return mp_obj_new_bool(a <= b);
        case MP_BINARY_OP_MORE_EQUAL: return mp_obj_new_bool(a >= b);
        case MP_BINARY_OP_NOT_EQUAL: return mp_obj_new_bool(a != b);
        default: return MP_OBJ_NULL;
    }
}
W mp_obj_t mp_obj_float_binary_op(mp_binary_op_t op, double a, mp_obj_t rhs) {
    double b;
    if (!mp_obj_get_float_maybe(rhs, &b)) return MP_OBJ_NULL;
    if (op >= MP_BINARY_OP_INPLACE_OR && op <= MP_BINARY_OP_INPLACE_POWER) op += MP_BINARY_OP_INPLACE_DELTA;
    switch (op) {
        case MP_BINARY_OP_ADD: return mp_obj_new_float(a + b);
        case MP_BINARY_OP_SUBTRACT: return mp_obj_new_float(a - b);
        case MP_BINARY_OP_MULTIPLY: return mp_obj_new_float(a * b);
        case MP_BINARY_OP_TRUE_DIVIDE: return mp_obj_new_float(a / b);
        case MP_BINARY_OP_POWER: return mp_obj_new_float(pow(a, b));
        case MP_BINARY_OP_LESS: return mp_obj_new_bool(a < b);
        case MP_BINARY_OP_MORE: return mp_obj_new_bool(a > b);
        case MP_BINARY_OP_EQUAL: return mp_obj_new_bool(a == b);
        case MP_BINARY_OP_LESS_EQUAL: return mp_obj_new_bool(a <= b);
        case MP_BINARY_OP_MORE_EQUAL: return mp_obj_new_bool(a >= b);
        case MP_BINARY_OP_NOT_EQUAL: return mp_obj_new_bool(a != b);
        default: return MP_OBJ_NULL;
    }
}
static void int_print(const mp_print_t *print, mp_obj_t o, mp_print_kind_t kind) {
    mp_printf(print, "%lld", (long long)as_int(o));
}
static mp_obj_t int_binop(mp_binary_op_t op, mp_obj_t l, mp_obj_t r) { return mp_obj_int_binary_op(op, l, r); }
static mp_obj_t int_make_new(const mp_obj_type_t *t, size_t n, size_t nkw, const mp_obj_t *args) {
    if (n == 0) return mp_obj_new_small_int(0);
    if (mp_obj_is_str(args[0])) { size_t l; const char *s = mp_obj_str_get_data(args[0], &l); return mp_obj_new_int_from_str_len(s, l, n > 1 ? (int)as_int(args[1]) : 10); }
    if (mp_obj_is_float(args[0])) return mp_obj_new_int((mp_int_t)mp_obj_float_value(args[0]));
    return mp_obj_new_int(as_int(args[0]));
}
static mp_obj_t int_unary(mp_unary_op_t op, mp_obj_t o) {
    mp_int_t v = as_int(o);
    switch (op) {
        case MP_UNARY_OP_NEGATIVE: return mp_obj_new_int(-v);
        case MP_UNARY_OP_POSITIVE: return mp_obj_new_int(v);
        case MP_UNARY_OP_INVERT: return mp_obj_new_int(~v);
        case MP_UNARY_OP_BOOL: return mp_obj_new_bool(v != 0);
        case MP_UNARY_OP_HASH: return mp_obj_new_int(v);
        case MP_UNARY_OP_ABS: return mp_obj_new_int(v < 0 ? -v : v);
        default: return MP_OBJ_NULL;
    }
}
W const mp_obj_type_t mp_type_int = {{&mp_type_type}, .name = MP_QSTR_int, .print = int_print, .make_new = int_make_new, .binary_op = int_binop, .unary_op = int_unary};
static void float_print(const mp_print_t *print, mp_obj_t o, mp_print_kind_t kind) { mp_float_repr(print, mp_obj_float_value(o)); }
static mp_obj_t float_binop(mp_binary_op_t op, mp_obj_t l, mp_obj_t r) { return mp_obj_float_binary_op(op, mp_obj_float_value(l), r); }
static mp_obj_t float_unary(mp_unary_op_t op, mp_obj_t o) {
    double v = mp_obj_float_value(o);
    switch (op) {
        case MP_UNARY_OP_NEGATIVE: return mp_obj_new_float(-v);
        case MP_UNARY_OP_POSITIVE: return o;
        case MP_UNARY_OP_BOOL: return mp_obj_new_bool(v != 0);
        case MP_UNARY_OP_HASH: return mp_obj_new_int((mp_int_t)v);
        case MP_UNARY_OP_ABS: return mp_obj_new_float(fabs(v));
        default: return MP_OBJ_NULL;
    }
}
W const mp_obj_type_t mp_type_float = {{&mp_type_type}, .name = MP_QSTR_float, .print = float_print, .binary_op = float_binop, .unary_op = float_unary};
W const mp_obj_type_t mp_type_complex = {{&mp_type_type}, .name = MP_QSTR_complex};
#include "objint.h"
#include "objfloat.h"
#include "objcomplex.h"
W mp_obj_t mp_obj_int_from_mpz(mpz_t *z) { mp_raise_NotImplementedError("stub"); }
W mp_obj_t mp_obj_int_pow3(mp_obj_t base, mp_obj_t exp, mp_obj_t mod) { mp_raise_NotImplementedError("stub"); }
W mp_obj_t mp_obj_int_round(mp_obj_t o, mp_obj_t ndigits) { return o; }
W mp_obj_t mp_obj_int_to_base_str(mp_obj_t o, int base, const char *prefix) { mp_raise_NotImplementedError("stub"); }
W void mp_int_format(vstr_t *out, mp_obj_t o, int base, bool upper, char grouping_char, int flags, size_t zero_width) {
    vstr_printf(out, "%lld", (long long)as_int(o));
}
W void mp_float_format(vstr_t *out, mp_float_t v, char fmt, int precision, int flags, char grouping_char, size_t zero_width) {
    vstr_printf(out, "%.*f", precision < 0 ? 6 : precision, v);
}
W mp_obj_t mp_obj_float_round(mp_float_t x, mp_obj_t ndigits) { return mp_obj_new_float(round(x)); }
W mp_float_t mp_obj_get_float_strict(mp_obj_t o) { return mp_obj_get_float(o); }
W void mp_complex_format(vstr_t *out, mp_float_t real, mp_float_t imag, char fmt, int precision, int flags) {}
