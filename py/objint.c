// objint.c: the int type. Values in the small-int range are immediates
// (obj.h); larger ones are mp_obj_int_t objects wrapping an mpz (mpz.c).
// Every result that fits the small-int range is returned as a small int,
// so a big int object never holds a small value: small ints are canonical
// and equality of a small and a big int is always false.
#include <string.h>
#include <math.h>
#include "runtime.h"
#include "objint.h"
#include "objfloat.h"
#include "objcomplex.h"
#include "objtype.h"
#include "objstr.h"
#include "parsenum.h"

// A read-only mpz view of any normalised int, without allocating for
// small ints.
typedef struct {
    mpz_t z;
    mpz_dig_t d;
} zview_t;

static inline bool is_big(mp_obj_t o) {
    return mp_obj_is_obj(o) && ((const mp_obj_base_t *)MP_OBJ_TO_PTR(o))->type == &mp_type_int;
}

static inline mpz_t *big_mpz(mp_obj_t o) {
    return &((mp_obj_int_t *)MP_OBJ_TO_PTR(o))->mpz;
}

static const mpz_t *zview(mp_obj_t o, zview_t *v) {
    if (mp_obj_is_small_int(o)) {
        mp_int_t i = MP_OBJ_SMALL_INT_VALUE(o);
        v->d = i < 0 ? -(uint64_t)i : (uint64_t)i;
        v->z.len = i != 0;
        v->z.alloc = 1;
        v->z.neg = i < 0;
        v->z.dig = &v->d;
        return &v->z;
    }
    return big_mpz(o);
}

MP_NORETURN static void raise_zero_div(const char *msg) {
    mp_raise_msg(&mp_type_ZeroDivisionError, msg);
}

MP_NORETURN static void raise_too_big(void) {
    mp_raise_msg(&mp_type_OverflowError, "Python int too large to convert to C ssize_t");
}

// ---------------------------------------------------------------------------
// Construction and conversion

_Static_assert(sizeof(mp_obj_int_t) <= MPZ_DIG_HEADER, "MPZ_DIG_HEADER too small");

mp_obj_t mp_obj_int_from_mpz(mpz_t *z) {
    int64_t v;
    if (z->len <= 1 && mpz_as_int64(z, &v) && mp_small_int_fits(v)) {
        mpz_clear(z);
        return MP_OBJ_NEW_SMALL_INT(v);
    }
    // The object lives in the header space mpz reserves in front of the
    // limbs: one pointer-free (atomic) allocation holds both, since the
    // type is static and dig points into the same block.
    mp_obj_int_t *o = (mp_obj_int_t *)((char *)z->dig - MPZ_DIG_HEADER);
    o->base.type = &mp_type_int;
    o->mpz = *z;
    return MP_OBJ_FROM_PTR(o);
}

mp_obj_t mp_obj_new_int(mp_int_t value) {
    if (mp_small_int_fits(value)) {
        return MP_OBJ_NEW_SMALL_INT(value);
    }
    mpz_t z;
    mpz_init_from_int(&z, value);
    return mp_obj_int_from_mpz(&z);
}

mp_obj_t mp_obj_new_int_from_uint(mp_uint_t value) {
    if (value <= (mp_uint_t)MP_SMALL_INT_MAX) {
        return MP_OBJ_NEW_SMALL_INT((mp_int_t)value);
    }
    mpz_t z;
    mpz_init_from_uint(&z, value);
    return mp_obj_int_from_mpz(&z);
}

mp_obj_t mp_obj_new_int_from_ll(long long value) {
    return mp_obj_new_int((mp_int_t)value);
}

mp_obj_t mp_obj_new_int_from_ull(unsigned long long value) {
    return mp_obj_new_int_from_uint((mp_uint_t)value);
}

mp_obj_t mp_obj_new_int_from_float(mp_float_t value) {
    if (isnan(value)) {
        mp_raise_ValueError("cannot convert float NaN to integer");
    }
    if (isinf(value)) {
        mp_raise_msg(&mp_type_OverflowError, "cannot convert float infinity to integer");
    }
    value = trunc(value);
    if (value > -1125899906842624.0 && value < 1125899906842624.0) {  // 2^50
        return MP_OBJ_NEW_SMALL_INT((mp_int_t)value);
    }
    mpz_t z;
    mpz_init(&z);
    mpz_set_double(&z, value);
    return mp_obj_int_from_mpz(&z);
}

mp_obj_t mp_obj_int_normalise(mp_obj_t o) {
    if (mp_obj_is_small_int(o) || is_big(o)) {
        return o;
    }
    if (o == mp_const_false) {
        return MP_OBJ_NEW_SMALL_INT(0);
    }
    if (o == mp_const_true) {
        return MP_OBJ_NEW_SMALL_INT(1);
    }
    if (mp_obj_is_obj(o)) {
        const mp_obj_type_t *t = mp_obj_get_type(o);
        if ((t->flags & MP_TYPE_FLAG_USER) && mp_obj_is_subclass_fast(t, &mp_type_int)) {
            mp_obj_t n = mp_obj_get_native(o, &mp_type_int);
            if (n != o) {
                return mp_obj_int_normalise(n);
            }
        }
    }
    return MP_OBJ_NULL;
}

bool mp_obj_int_check(mp_obj_t o) {
    return mp_obj_int_normalise(o) != MP_OBJ_NULL;
}

bool mp_obj_int_get_mpz(mp_obj_t o, mpz_t *z) {
    o = mp_obj_int_normalise(o);
    if (o == MP_OBJ_NULL) {
        return false;
    }
    zview_t v;
    mpz_init_copy(z, zview(o, &v));
    return true;
}

int mp_obj_int_sign(mp_obj_t o) {
    o = mp_obj_int_normalise(o);
    if (mp_obj_is_small_int(o)) {
        mp_int_t i = MP_OBJ_SMALL_INT_VALUE(o);
        return i < 0 ? -1 : (i > 0);
    }
    return mpz_sign(big_mpz(o));
}

mp_float_t mp_obj_int_as_float(mp_obj_t o) {
    o = mp_obj_int_normalise(o);
    if (mp_obj_is_small_int(o)) {
        return (mp_float_t)MP_OBJ_SMALL_INT_VALUE(o);
    }
    double d;
    if (!mpz_as_double(big_mpz(o), &d)) {
        mp_raise_msg(&mp_type_OverflowError, "int too large to convert to float");
    }
    return d;
}

int mp_obj_int_cmp_float(mp_obj_t i, mp_float_t f) {
    if (isnan(f)) {
        return 2;
    }
    i = mp_obj_int_normalise(i);
    if (mp_obj_is_small_int(i)) {
        // Small ints convert to double exactly.
        double d = (double)MP_OBJ_SMALL_INT_VALUE(i);
        return d < f ? -1 : (d > f);
    }
    return mpz_cmp_double(big_mpz(i), f);
}

mp_int_t mp_obj_get_int(mp_obj_t o) {
    if (mp_obj_is_small_int(o)) {
        return MP_OBJ_SMALL_INT_VALUE(o);
    }
    mp_obj_t n = mp_obj_int_normalise(o);
    if (n == MP_OBJ_NULL) {
        mp_raise_msg_varg(&mp_type_TypeError, "'%s' object cannot be interpreted as an integer", mp_obj_get_type_str(o));
    }
    if (mp_obj_is_small_int(n)) {
        return MP_OBJ_SMALL_INT_VALUE(n);
    }
    int64_t v;
    if (!mpz_as_int64(big_mpz(n), &v)) {
        raise_too_big();
    }
    return v;
}

bool mp_obj_get_int_maybe(mp_obj_t o, mp_int_t *value) {
    if (mp_obj_is_small_int(o)) {
        *value = MP_OBJ_SMALL_INT_VALUE(o);
        return true;
    }
    mp_obj_t n = mp_obj_int_normalise(o);
    if (n == MP_OBJ_NULL) {
        return false;
    }
    if (mp_obj_is_small_int(n)) {
        *value = MP_OBJ_SMALL_INT_VALUE(n);
        return true;
    }
    int64_t v;
    if (!mpz_as_int64(big_mpz(n), &v)) {
        return false;
    }
    *value = v;
    return true;
}

// The int value of o via __index__ (o itself for ints); raises TypeError.
static mp_obj_t index_obj(mp_obj_t o) {
    mp_obj_t n = mp_obj_int_normalise(o);
    if (n != MP_OBJ_NULL) {
        return n;
    }
    if (mp_obj_is_obj(o) && (mp_obj_get_type(o)->flags & MP_TYPE_FLAG_USER)) {
        mp_obj_t dest[2];
        mp_load_method_maybe(o, MP_QSTR___index__, dest);
        if (dest[0] != MP_OBJ_NULL) {
            mp_obj_t r = mp_call_method_n_kw(0, 0, dest);
            n = mp_obj_int_normalise(r);
            if (n == MP_OBJ_NULL || !(mp_obj_is_small_int(r) || is_big(r) || mp_obj_is_bool(r))) {
                mp_raise_msg_varg(&mp_type_TypeError, "__index__ returned non-int (type %s)", mp_obj_get_type_str(r));
            }
            return n;
        }
    }
    mp_raise_msg_varg(&mp_type_TypeError, "'%s' object cannot be interpreted as an integer", mp_obj_get_type_str(o));
}

mp_int_t mp_obj_get_index_int(mp_obj_t o) {
    if (mp_obj_is_small_int(o)) {
        return MP_OBJ_SMALL_INT_VALUE(o);
    }
    return mp_obj_get_int(index_obj(o));
}

mp_int_t mp_obj_int_hash(mp_obj_t o) {
    // The raw CPython numeric hash (|x| mod 2**61-1 with the sign); the
    // -1 -> -2 adjustment is done by hash() itself, so that the hash of -1
    // stays equal to the small-int fast path's.
    mp_obj_t n = mp_obj_int_normalise(o);
    if (n == MP_OBJ_NULL) {
        return 0;
    }
    if (mp_obj_is_small_int(n)) {
        return MP_OBJ_SMALL_INT_VALUE(n);
    }
    const mpz_t *z = big_mpz(n);
    if (z->alloc == 0 && z->len == 1) {
        // A hash value made by mp_obj_int_new_raw_hash: used as it is.
        return z->neg ? -(mp_int_t)z->dig[0] : (mp_int_t)z->dig[0];
    }
    return mpz_hash(z);
}

mp_obj_t mp_obj_int_new_raw_hash(mp_int_t h) {
    if (mp_small_int_fits(h)) {
        return MP_OBJ_NEW_SMALL_INT(h);
    }
    mpz_t z;
    mpz_init_from_int(&z, h);
    mp_obj_t o = mp_obj_int_from_mpz(&z);
    // alloc == 0 with a limb in use never happens otherwise (ints are
    // immutable, so the object's limbs are never reallocated).
    big_mpz(o)->alloc = 0;
    return o;
}

// ---------------------------------------------------------------------------
// Arithmetic

static mp_obj_t cmp_result(mp_binary_op_t op, int c) {
    switch (op) {
        case MP_BINARY_OP_LESS: return mp_obj_new_bool(c < 0);
        case MP_BINARY_OP_MORE: return mp_obj_new_bool(c > 0);
        case MP_BINARY_OP_EQUAL: return mp_obj_new_bool(c == 0);
        case MP_BINARY_OP_LESS_EQUAL: return mp_obj_new_bool(c <= 0);
        case MP_BINARY_OP_MORE_EQUAL: return mp_obj_new_bool(c >= 0);
        case MP_BINARY_OP_NOT_EQUAL: return mp_obj_new_bool(c != 0);
        default: return MP_OBJ_NULL;
    }
}

static inline bool is_compare(mp_binary_op_t op) {
    return op >= MP_BINARY_OP_LESS && op <= MP_BINARY_OP_NOT_EQUAL;
}

static mp_obj_t float_power(mp_float_t x, mp_float_t y) {
    return mp_obj_float_binary_op(MP_BINARY_OP_POWER, x, mp_obj_float_box(y));
}

// Big-number path for two normalised ints.
static mp_obj_t int_op_big(mp_binary_op_t op, mp_obj_t a, mp_obj_t b) {
    zview_t va, vb;
    const mpz_t *za = zview(a, &va), *zb = zview(b, &vb);
    if (is_compare(op)) {
        return cmp_result(op, mpz_cmp(za, zb));
    }
    mpz_t r;
    mpz_init(&r);
    switch (op) {
        case MP_BINARY_OP_ADD:
            mpz_add(&r, za, zb);
            break;
        case MP_BINARY_OP_SUBTRACT:
            mpz_sub(&r, za, zb);
            break;
        case MP_BINARY_OP_MULTIPLY:
            mpz_mul(&r, za, zb);
            break;
        case MP_BINARY_OP_FLOOR_DIVIDE:
            if (mpz_is_zero(zb)) {
                raise_zero_div("integer division or modulo by zero");
            }
            mpz_divmod_floor(&r, NULL, za, zb);
            break;
        case MP_BINARY_OP_MODULO:
            if (mpz_is_zero(zb)) {
                raise_zero_div("integer modulo by zero");
            }
            mpz_divmod_floor(NULL, &r, za, zb);
            break;
        case MP_BINARY_OP_DIVMOD: {
            if (mpz_is_zero(zb)) {
                raise_zero_div("integer division or modulo by zero");
            }
            mpz_t m;
            mpz_init(&m);
            mpz_divmod_floor(&r, &m, za, zb);
            mp_obj_t t[2] = {mp_obj_int_from_mpz(&r), mp_obj_int_from_mpz(&m)};
            return mp_obj_new_tuple(2, t);
        }
        case MP_BINARY_OP_TRUE_DIVIDE: {
            if (mpz_is_zero(zb)) {
                raise_zero_div("division by zero");
            }
            double d;
            if (!mpz_truediv(za, zb, &d)) {
                mp_raise_msg(&mp_type_OverflowError, "integer division result too large for a float");
            }
            return mp_obj_float_box(d);
        }
        case MP_BINARY_OP_POWER: {
            if (mpz_is_neg(zb)) {
                if (mpz_is_zero(za)) {
                    raise_zero_div("0.0 cannot be raised to a negative power");
                }
                return float_power(mp_obj_int_as_float(a), mp_obj_int_as_float(b));
            }
            uint64_t e;
            if (!mpz_as_uint64(zb, &e)) {
                // Only 0, 1 and -1 have representable huge powers.
                if (mpz_is_zero(za) || (za->len == 1 && za->dig[0] == 1)) {
                    mpz_set(&r, za);
                    if (mpz_is_neg(za) && !mpz_is_odd(zb)) {
                        mpz_neg(&r, &r);
                    }
                    break;
                }
                m_malloc_fail(SIZE_MAX);
            }
            mpz_pow_uint(&r, za, e);
            break;
        }
        case MP_BINARY_OP_LSHIFT:
        case MP_BINARY_OP_RSHIFT: {
            if (mpz_is_neg(zb)) {
                mp_raise_ValueError("negative shift count");
            }
            uint64_t s;
            bool fits = mpz_as_uint64(zb, &s);
            if (op == MP_BINARY_OP_LSHIFT) {
                if (mpz_is_zero(za)) {
                    return MP_OBJ_NEW_SMALL_INT(0);
                }
                // Like CPython: a result needing more 30-bit digits than a
                // 64-bit address space could hold is an OverflowError, a
                // smaller but still impossible one a MemoryError.
                uint64_t words = s / 30;
                if (!fits) {
                    words = UINT64_MAX;
                    if (mpz_bit_length(zb) <= 68) {
                        mpz_t q;
                        mpz_init(&q);
                        mpz_shr(&q, zb, 4);
                        uint64_t s16;
                        mpz_as_uint64(&q, &s16);
                        words = s16 / 30 * 16;
                    }
                }
                if (words > (uint64_t)(INT64_MAX - 24) / 4 || words + (mpz_bit_length(za) + 29) / 30 + 1 > (uint64_t)(INT64_MAX - 24) / 4) {
                    mp_raise_msg(&mp_type_OverflowError, "too many digits in integer");
                }
                if (s > (uint64_t)SIZE_MAX / 4) {
                    m_malloc_fail(SIZE_MAX);
                }
                mpz_shl(&r, za, s);
            } else {
                if (!fits) {
                    return MP_OBJ_NEW_SMALL_INT(mpz_is_neg(za) ? -1 : 0);
                }
                mpz_shr(&r, za, s);
            }
            break;
        }
        case MP_BINARY_OP_AND:
            mpz_and(&r, za, zb);
            break;
        case MP_BINARY_OP_OR:
            mpz_or(&r, za, zb);
            break;
        case MP_BINARY_OP_XOR:
            mpz_xor(&r, za, zb);
            break;
        default:
            return MP_OBJ_NULL;
    }
    return mp_obj_int_from_mpz(&r);
}

// Two normalised ints.
static mp_obj_t int_op(mp_binary_op_t op, mp_obj_t a, mp_obj_t b) {
    if (!(mp_obj_is_small_int(a) && mp_obj_is_small_int(b))) {
        return int_op_big(op, a, b);
    }
    mp_int_t x = MP_OBJ_SMALL_INT_VALUE(a), y = MP_OBJ_SMALL_INT_VALUE(b);
    if (is_compare(op)) {
        // (The VM and mp_binary_op compare small ints themselves.)
        return cmp_result(op, (x > y) - (x < y));
    }
    switch (op) {
        case MP_BINARY_OP_ADD: return mp_obj_new_int(x + y);
        case MP_BINARY_OP_SUBTRACT: return mp_obj_new_int(x - y);
        case MP_BINARY_OP_MULTIPLY: {
            mp_int_t r;
            if (!__builtin_mul_overflow(x, y, &r)) {
                return mp_obj_new_int(r);
            }
            return int_op_big(op, a, b);
        }
        case MP_BINARY_OP_FLOOR_DIVIDE:
        case MP_BINARY_OP_MODULO:
        case MP_BINARY_OP_DIVMOD: {
            if (y == 0) {
                raise_zero_div(op == MP_BINARY_OP_MODULO ? "integer modulo by zero" : "integer division or modulo by zero");
            }
            mp_int_t q = x / y, m = x % y;
            if (m != 0 && ((m < 0) != (y < 0))) {
                q--;
                m += y;
            }
            if (op == MP_BINARY_OP_FLOOR_DIVIDE) {
                return mp_obj_new_int(q);  // -2^50 // -1 leaves the range
            }
            if (op == MP_BINARY_OP_MODULO) {
                return MP_OBJ_NEW_SMALL_INT(m);
            }
            mp_obj_t t[2] = {mp_obj_new_int(q), MP_OBJ_NEW_SMALL_INT(m)};
            return mp_obj_new_tuple(2, t);
        }
        case MP_BINARY_OP_TRUE_DIVIDE:
            if (y == 0) {
                raise_zero_div("division by zero");
            }
            // Both convert exactly, so the quotient is correctly rounded.
            return mp_obj_new_float((double)x / (double)y);
        case MP_BINARY_OP_POWER: {
            if (y < 0) {
                if (x == 0) {
                    raise_zero_div("0.0 cannot be raised to a negative power");
                }
                return float_power((double)x, (double)y);
            }
            mp_int_t r = 1, base = x;
            mp_uint_t e = (mp_uint_t)y;
            for (;;) {
                if (e & 1) {
                    if (__builtin_mul_overflow(r, base, &r)) {
                        return int_op_big(op, a, b);
                    }
                }
                e >>= 1;
                if (e == 0) {
                    break;
                }
                if (__builtin_mul_overflow(base, base, &base)) {
                    return int_op_big(op, a, b);
                }
            }
            return mp_obj_new_int(r);
        }
        case MP_BINARY_OP_LSHIFT:
            if (y < 0) {
                mp_raise_ValueError("negative shift count");
            }
            if (y < 63) {
                mp_int_t r = (mp_int_t)((mp_uint_t)x << y);
                if ((r >> y) == x) {
                    return mp_obj_new_int(r);
                }
            }
            if (x == 0) {
                return a;
            }
            return int_op_big(op, a, b);
        case MP_BINARY_OP_RSHIFT:
            if (y < 0) {
                mp_raise_ValueError("negative shift count");
            }
            return MP_OBJ_NEW_SMALL_INT(y >= 63 ? (x < 0 ? -1 : 0) : x >> y);
        case MP_BINARY_OP_AND: return MP_OBJ_NEW_SMALL_INT(x & y);
        case MP_BINARY_OP_OR: return MP_OBJ_NEW_SMALL_INT(x | y);
        case MP_BINARY_OP_XOR: return MP_OBJ_NEW_SMALL_INT(x ^ y);
        default:
            return MP_OBJ_NULL;
    }
}

mp_obj_t mp_obj_int_binary_op(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs) {
    if (op >= MP_BINARY_OP_INPLACE_OR && op <= MP_BINARY_OP_INPLACE_POWER) {
        op += MP_BINARY_OP_INPLACE_DELTA;
    }
    if (op >= MP_BINARY_OP_REVERSE_OR && op <= MP_BINARY_OP_REVERSE_POWER) {
        op -= MP_BINARY_OP_REVERSE_DELTA;
        mp_obj_t t = lhs;
        lhs = rhs;
        rhs = t;
    }
    if (mp_obj_is_small_int(lhs) && mp_obj_is_small_int(rhs)) {
        return int_op(op, lhs, rhs);
    }
    mp_obj_t a = mp_obj_int_normalise(lhs), b = mp_obj_int_normalise(rhs);
    if (a != MP_OBJ_NULL && b != MP_OBJ_NULL) {
        return int_op(op, a, b);
    }
    if (a == MP_OBJ_NULL && b == MP_OBJ_NULL) {
        return MP_OBJ_NULL;
    }
    // One int and something else.
    bool int_left = a != MP_OBJ_NULL;
    mp_obj_t iv = int_left ? a : b;
    mp_obj_t other = int_left ? rhs : lhs;
    mp_float_t f;
    if (mp_obj_float_native(other, &f)) {
        if (is_compare(op)) {
            int c = mp_obj_int_cmp_float(iv, f);
            if (c == 2) {
                return mp_obj_new_bool(op == MP_BINARY_OP_NOT_EQUAL);
            }
            return cmp_result(op, int_left ? c : -c);
        }
        mp_float_t x = mp_obj_int_as_float(iv);
        if (int_left) {
            return mp_obj_float_binary_op(op, x, mp_obj_float_box(f));
        }
        return mp_obj_float_binary_op(op, f, mp_obj_float_box(x));
    }
    if (mp_obj_is_type(other, &mp_type_complex)) {
        mp_float_t x = mp_obj_int_as_float(iv);
        if (int_left) {
            return mp_obj_complex_binary_op(op, x, 0.0, other);
        }
        mp_obj_complex_t *c = MP_OBJ_TO_PTR(other);
        return mp_obj_complex_binary_op(op, c->real, c->imag, mp_obj_float_box(x));
    }
    return MP_OBJ_NULL;
}

mp_obj_t mp_obj_int_abs(mp_obj_t o) {
    o = mp_obj_int_normalise(o);
    if (mp_obj_is_small_int(o)) {
        mp_int_t v = MP_OBJ_SMALL_INT_VALUE(o);
        return mp_obj_new_int(v < 0 ? -v : v);
    }
    if (!mpz_is_neg(big_mpz(o))) {
        return o;
    }
    mpz_t r;
    mpz_init(&r);
    mpz_abs(&r, big_mpz(o));
    return mp_obj_int_from_mpz(&r);
}

mp_obj_t mp_obj_int_unary_op(mp_unary_op_t op, mp_obj_t o) {
    mp_obj_t v = mp_obj_int_normalise(o);
    if (v == MP_OBJ_NULL) {
        return MP_OBJ_NULL;
    }
    bool small = mp_obj_is_small_int(v);
    mp_int_t x = small ? MP_OBJ_SMALL_INT_VALUE(v) : 0;
    switch (op) {
        case MP_UNARY_OP_BOOL:
            return mp_obj_new_bool(!small || x != 0);
        case MP_UNARY_OP_NOT:
            return mp_obj_new_bool(small && x == 0);
        case MP_UNARY_OP_POSITIVE:
        case MP_UNARY_OP_INT:
            return v;
        case MP_UNARY_OP_NEGATIVE: {
            if (small) {
                return mp_obj_new_int(-x);
            }
            mpz_t r;
            mpz_init(&r);
            mpz_neg(&r, big_mpz(v));
            return mp_obj_int_from_mpz(&r);
        }
        case MP_UNARY_OP_INVERT: {
            if (small) {
                return MP_OBJ_NEW_SMALL_INT(~x);
            }
            mpz_t r;
            mpz_init(&r);
            mpz_not(&r, big_mpz(v));
            return mp_obj_int_from_mpz(&r);
        }
        case MP_UNARY_OP_ABS:
            return mp_obj_int_abs(v);
        case MP_UNARY_OP_HASH:
            return mp_obj_new_int(mp_obj_int_hash(v));
        case MP_UNARY_OP_FLOAT:
            return mp_obj_float_box(mp_obj_int_as_float(v));
        case MP_UNARY_OP_SIZEOF: {
            size_t n = small ? 1 : big_mpz(v)->len;
            return MP_OBJ_NEW_SMALL_INT(24 + 4 * ((n * 64 + 29) / 30));
        }
        default:
            return MP_OBJ_NULL;
    }
}

static mp_obj_t int_binary_op_slot(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs) {
    return mp_obj_int_binary_op(op, lhs, rhs);
}

// ---------------------------------------------------------------------------
// pow with modulus, gcd, isqrt, round

static uint64_t mulmod64(uint64_t a, uint64_t b, uint64_t m) {
    return (uint64_t)(((unsigned __int128)a * b) % m);
}

mp_obj_t mp_obj_int_pow3(mp_obj_t base, mp_obj_t exp, mp_obj_t mod) {
    base = mp_obj_int_normalise(base);
    exp = mp_obj_int_normalise(exp);
    mod = mp_obj_int_normalise(mod);
    if (base == MP_OBJ_NULL || exp == MP_OBJ_NULL || mod == MP_OBJ_NULL) {
        mp_raise_TypeError("pow() 3rd argument not allowed unless all arguments are integers");
    }
    zview_t vb, ve, vm;
    const mpz_t *zb = zview(base, &vb), *ze = zview(exp, &ve), *zm = zview(mod, &vm);
    if (mpz_is_zero(zm)) {
        mp_raise_ValueError("pow() 3rd argument cannot be 0");
    }
    mpz_t b, e, r;
    mpz_init_copy(&b, zb);
    mpz_init_copy(&e, ze);
    mpz_init(&r);
    if (mpz_is_neg(&e)) {
        mpz_t am;
        mpz_init(&am);
        mpz_abs(&am, zm);
        if (!mpz_invmod(&b, &b, &am)) {
            mp_raise_ValueError("base is not invertible for the given modulus");
        }
        mpz_clear(&am);
        mpz_neg(&e, &e);
    }
    if (zm->len == 1) {
        // Single-limb modulus: machine arithmetic.
        uint64_t m = zm->dig[0];
        mpz_t t;
        mpz_init(&t);
        mpz_t mm = {1, 1, false, &m};
        mpz_divmod_floor(NULL, &t, &b, &mm);
        uint64_t bv = t.len ? t.dig[0] : 0;
        uint64_t rv = 1 % m;
        for (uint64_t i = mpz_bit_length(&e); i-- > 0;) {
            rv = mulmod64(rv, rv, m);
            if (mpz_test_bit(&e, i)) {
                rv = mulmod64(rv, bv, m);
            }
        }
        mpz_clear(&t);
        mpz_set_uint(&r, rv);
        if (mpz_is_neg(zm) && rv != 0) {
            mpz_add(&r, &r, zm);
        }
    } else {
        mpz_powmod(&r, &b, &e, zm);
    }
    mpz_clear(&b);
    mpz_clear(&e);
    return mp_obj_int_from_mpz(&r);
}

mp_obj_t mp_obj_int_gcd(mp_obj_t a, mp_obj_t b) {
    a = index_obj(a);
    b = index_obj(b);
    zview_t va, vb;
    mpz_t r;
    mpz_init(&r);
    mpz_gcd(&r, zview(a, &va), zview(b, &vb));
    return mp_obj_int_from_mpz(&r);
}

mp_obj_t mp_obj_int_isqrt(mp_obj_t a) {
    a = index_obj(a);
    if (mp_obj_int_sign(a) < 0) {
        mp_raise_ValueError("isqrt() argument must be nonnegative");
    }
    zview_t va;
    mpz_t r;
    mpz_init(&r);
    mpz_isqrt(&r, zview(a, &va));
    return mp_obj_int_from_mpz(&r);
}

mp_obj_t mp_obj_int_round(mp_obj_t o, mp_obj_t ndigits) {
    o = mp_obj_int_normalise(o);
    if (ndigits == MP_OBJ_NULL || ndigits == mp_const_none) {
        return o;
    }
    mp_obj_t nd = index_obj(ndigits);
    if (mp_obj_int_sign(nd) >= 0) {
        return o;
    }
    // Round half to even at 10**-ndigits.
    zview_t vo, vn;
    const mpz_t *zo = zview(o, &vo), *zn = zview(nd, &vn);
    uint64_t n;
    mpz_t absn;
    mpz_init(&absn);
    mpz_abs(&absn, zn);
    bool fits = mpz_as_uint64(&absn, &n);
    mpz_clear(&absn);
    // 10**n > |o| when n exceeds the digit count: the result is 0.
    if (!fits || n > mpz_bit_length(zo) / 3 + 2) {
        return MP_OBJ_NEW_SMALL_INT(0);
    }
    mpz_t r;
    mpz_init(&r);
    mpz_round_pow10(&r, zo, n, false);
    return mp_obj_int_from_mpz(&r);
}

// ---------------------------------------------------------------------------
// Text

// Writes |o| in base into a fresh buffer; returns it and its length.
static char *abs_digits(mp_obj_t o, int base, bool upper, size_t *len, char *small, size_t small_size) {
    if (mp_obj_is_small_int(o)) {
        mp_int_t v = MP_OBJ_SMALL_INT_VALUE(o);
        mp_uint_t u = v < 0 ? -(mp_uint_t)v : (mp_uint_t)v;
        const char *chars = upper ? "0123456789ABCDEF" : "0123456789abcdef";
        char tmp[72];
        size_t n = 0;
        if (base == 10) {
            // Constant divisor: the compiler turns this into multiplications.
            do {
                tmp[n++] = '0' + u % 10;
                u /= 10;
            } while (u);
        } else {
            do {
                tmp[n++] = chars[u % base];
                u /= base;
            } while (u);
        }
        for (size_t i = 0; i < n; i++) {
            small[i] = tmp[n - 1 - i];
        }
        *len = n;
        return small;
    }
    const mpz_t *z = big_mpz(o);
    size_t size = mpz_str_size(z, base);
    char *buf = size <= small_size ? small : m_malloc_atomic(size);
    *len = mpz_to_str(z, base, upper, buf);
    return buf;
}

void mp_obj_int_print(const mp_print_t *print, mp_obj_t o, mp_print_kind_t kind) {
    (void)kind;
    o = mp_obj_int_normalise(o);
    char small[80];
    size_t len;
    char *d = abs_digits(o, 10, false, &len, small + 1, sizeof(small) - 1);
    if (d == small + 1) {
        if (mp_obj_int_sign(o) < 0) {
            small[0] = '-';
            print->print_strn(print->data, small, len + 1);
        } else {
            print->print_strn(print->data, d, len);
        }
        return;
    }
    if (mp_obj_int_sign(o) < 0) {
        print->print_strn(print->data, "-", 1);
    }
    print->print_strn(print->data, d, len);
    m_free(d);
}

mp_obj_t mp_obj_int_to_str(mp_obj_t o) {
    vstr_t vstr;
    vstr_init(&vstr, 24);
    mp_print_t pr = mp_print_for_vstr(&vstr);
    mp_obj_int_print(&pr, o, PRINT_STR);
    return mp_obj_new_str_from_vstr(&vstr);
}

mp_obj_t mp_obj_int_to_base_str(mp_obj_t o, int base, const char *prefix) {
    mp_obj_t n = mp_obj_int_normalise(o);
    if (n == MP_OBJ_NULL) {
        n = index_obj(o);
    }
    char small[80];
    size_t len;
    char *d = abs_digits(n, base, false, &len, small, sizeof(small));
    vstr_t vstr;
    vstr_init(&vstr, len + 4);
    if (mp_obj_int_sign(n) < 0) {
        vstr_add_byte(&vstr, '-');
    }
    vstr_add_str(&vstr, prefix);
    vstr_add_strn(&vstr, d, len);
    if (d != small) {
        m_free(d);
    }
    return mp_obj_new_str_from_vstr(&vstr);
}

void mp_int_format(vstr_t *out, mp_obj_t o, int base, bool upper, char grouping_char, int flags, size_t zero_width) {
    mp_obj_t n = mp_obj_int_normalise(o);
    if (n == MP_OBJ_NULL) {
        n = index_obj(o);
    }
    size_t start = out->len;
    if (mp_obj_int_sign(n) < 0) {
        vstr_add_byte(out, '-');
    } else if (flags & MP_NUMFMT_PLUS) {
        vstr_add_byte(out, '+');
    } else if (flags & MP_NUMFMT_SPACE) {
        vstr_add_byte(out, ' ');
    }
    if ((flags & MP_NUMFMT_ALT) && base != 10) {
        vstr_add_byte(out, '0');
        char p = base == 2 ? 'b' : base == 8 ? 'o' : 'x';
        vstr_add_byte(out, upper && p == 'x' ? 'X' : p);
    }
    char small[80];
    size_t len;
    char *d = abs_digits(n, base, upper, &len, small, sizeof(small));
    mp_format_digits(out, d, len, out->len - start, grouping_char, base == 10 ? 3 : 4, zero_width);
    if (d != small) {
        m_free(d);
    }
}

// ---------------------------------------------------------------------------
// The type

static mp_obj_t int_from_str_obj(mp_obj_t x, int base) {
    const byte *data;
    size_t len;
    if (mp_obj_is_str(x) || mp_obj_is_type(x, &mp_type_bytes)) {
        data = (const byte *)mp_obj_str_get_data(x, &len);
    } else if (!mp_obj_get_bytes_like(x, &data, &len)) {
        return MP_OBJ_NULL;
    } else {
        // CPython shows other bytes-likes as bytes in the error.
        mp_obj_t r = mp_parse_num_integer_maybe((const char *)data, len, base);
        if (r != MP_OBJ_NULL) {
            return r;
        }
        x = mp_obj_new_bytes(data, len);
    }
    return mp_parse_num_integer((const char *)data, len, base, x);
}

static bool is_text_like(mp_obj_t x) {
    return mp_obj_is_str(x) || mp_obj_is_type(x, &mp_type_bytes) || mp_obj_is_type(x, &mp_type_bytearray);
}

// The int from __int__ / __index__ / __trunc__ of a user object, or NULL.
static mp_obj_t int_from_special(mp_obj_t x) {
    static const qstr names[] = {MP_QSTR___int__, MP_QSTR___index__, MP_QSTR___trunc__};
    for (size_t i = 0; i < MP_ARRAY_SIZE(names); i++) {
        mp_obj_t dest[2];
        mp_load_method_maybe(x, names[i], dest);
        if (dest[0] == MP_OBJ_NULL) {
            continue;
        }
        mp_obj_t r = mp_call_method_n_kw(0, 0, dest);
        mp_obj_t n = mp_obj_int_normalise(r);
        if (i == 2) {
            // __trunc__ may return any object with __index__.
            if (n == MP_OBJ_NULL) {
                mp_obj_t d2[2];
                mp_load_method_maybe(r, MP_QSTR___index__, d2);
                if (d2[0] == MP_OBJ_NULL) {
                    mp_raise_msg_varg(&mp_type_TypeError, "__trunc__ returned non-Integral (type %s)", mp_obj_get_type_str(r));
                }
                return index_obj(r);
            }
            return n;
        }
        if (n == MP_OBJ_NULL) {
            mp_raise_msg_varg(&mp_type_TypeError, "%s returned non-int (type %s)", i == 0 ? "__int__" : "__index__", mp_obj_get_type_str(r));
        }
        return n;
    }
    return MP_OBJ_NULL;
}

static mp_obj_t int_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    (void)type;
    mp_obj_t base_obj = MP_OBJ_NULL;
    for (size_t i = 0; i < n_kw; i++) {
        size_t kl;
        const char *k = mp_obj_str_get_data(args[n_args + 2 * i], &kl);
        if (kl == 4 && memcmp(k, "base", 4) == 0) {
            if (n_args >= 2 || base_obj != MP_OBJ_NULL) {
                mp_raise_TypeError("argument for int() given by name ('base') and position (2)");
            }
            base_obj = args[n_args + 2 * i + 1];
        } else {
            mp_raise_msg_varg(&mp_type_TypeError, "'%.*s' is an invalid keyword argument for int()", (int)kl, k);
        }
    }
    if (n_args > 2) {
        mp_raise_msg_varg(&mp_type_TypeError, "int() takes at most 2 arguments (%d given)", (int)n_args);
    }
    if (n_args == 2) {
        base_obj = args[1];
    }
    if (n_args == 0) {
        if (base_obj != MP_OBJ_NULL) {
            mp_raise_TypeError("int() missing string argument");
        }
        return MP_OBJ_NEW_SMALL_INT(0);
    }
    mp_obj_t x = args[0];
    if (base_obj != MP_OBJ_NULL) {
        if (!is_text_like(x) && mp_obj_is_obj(x) && (mp_obj_get_type(x)->flags & MP_TYPE_FLAG_USER)) {
            x = mp_obj_get_native(x, NULL);  // a str/bytes subclass instance
        }
        // CPython validates the base before looking at the value.
        mp_obj_t b = index_obj(base_obj);
        mp_int_t base;
        if (!mp_obj_get_int_maybe(b, &base) || (base != 0 && (base < 2 || base > 36))) {
            mp_raise_ValueError("int() base must be >= 2 and <= 36, or 0");
        }
        if (!is_text_like(x)) {
            mp_raise_TypeError("int() can't convert non-string with explicit base");
        }
        return int_from_str_obj(x, (int)base);
    }
    if (mp_obj_is_small_int(x) || is_big(x)) {
        return x;
    }
    if (mp_obj_is_float(x)) {
        return mp_obj_new_int_from_float(mp_obj_float_value(x));
    }
    if (mp_obj_is_bool(x)) {
        return MP_OBJ_NEW_SMALL_INT(x == mp_const_true);
    }
    if (is_text_like(x)) {
        return int_from_str_obj(x, 10);
    }
    const mp_obj_type_t *t = mp_obj_get_type(x);
    if (t->flags & MP_TYPE_FLAG_USER) {
        mp_obj_t r = int_from_special(x);
        if (r != MP_OBJ_NULL) {
            return r;
        }
        mp_obj_t n = mp_obj_get_native(x, NULL);
        if (n != x) {
            mp_obj_t ni = mp_obj_int_normalise(n);
            if (ni != MP_OBJ_NULL) {
                return ni;
            }
            if (mp_obj_is_float(n)) {
                return mp_obj_new_int_from_float(mp_obj_float_value(n));
            }
            if (is_text_like(n)) {
                return int_from_str_obj(n, 10);
            }
        }
    } else {
        const byte *data;
        size_t len;
        if (t != &mp_type_complex && mp_obj_get_bytes_like(x, &data, &len)) {
            return int_from_str_obj(x, 10);
        }
    }
    mp_raise_msg_varg(&mp_type_TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%s'", mp_obj_get_type_str(x));
}

void mp_obj_int_attr(mp_obj_t self, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return;  // store/delete: ints are immutable
    }
    mp_obj_t v = mp_obj_int_normalise(self);
    if (v == MP_OBJ_NULL) {
        return;
    }
    switch (attr) {
        case MP_QSTR_real:
        case MP_QSTR_numerator:
            dest[0] = v;
            break;
        case MP_QSTR_imag:
            dest[0] = MP_OBJ_NEW_SMALL_INT(0);
            break;
        case MP_QSTR_denominator:
            dest[0] = MP_OBJ_NEW_SMALL_INT(1);
            break;
        default:
            break;
    }
}

static mp_obj_t int_self(mp_obj_t self) {
    mp_obj_t v = mp_obj_int_normalise(self);
    if (v == MP_OBJ_NULL) {
        mp_raise_TypeError("descriptor requires an 'int' object");
    }
    return v;
}

static mp_obj_t int_bit_length(mp_obj_t self) {
    mp_obj_t v = int_self(self);
    if (mp_obj_is_small_int(v)) {
        mp_int_t x = MP_OBJ_SMALL_INT_VALUE(v);
        mp_uint_t u = x < 0 ? -(mp_uint_t)x : (mp_uint_t)x;
        return MP_OBJ_NEW_SMALL_INT(u ? 64 - __builtin_clzll(u) : 0);
    }
    return mp_obj_new_int_from_uint(mpz_bit_length(big_mpz(v)));
}
static MP_DEFINE_CONST_FUN_OBJ_1(int_bit_length_obj, int_bit_length);

static mp_obj_t int_bit_count(mp_obj_t self) {
    mp_obj_t v = int_self(self);
    if (mp_obj_is_small_int(v)) {
        mp_int_t x = MP_OBJ_SMALL_INT_VALUE(v);
        mp_uint_t u = x < 0 ? -(mp_uint_t)x : (mp_uint_t)x;
        return MP_OBJ_NEW_SMALL_INT(__builtin_popcountll(u));
    }
    return mp_obj_new_int_from_uint(mpz_popcount(big_mpz(v)));
}
static MP_DEFINE_CONST_FUN_OBJ_1(int_bit_count_obj, int_bit_count);

static mp_obj_t int_conjugate(mp_obj_t self) {
    return int_self(self);
}
static MP_DEFINE_CONST_FUN_OBJ_1(int_conjugate_obj, int_conjugate);

static mp_obj_t int_float(mp_obj_t self) {
    return mp_obj_float_box(mp_obj_int_as_float(int_self(self)));
}
static MP_DEFINE_CONST_FUN_OBJ_1(int_float_obj, int_float);

static mp_obj_t int_as_integer_ratio(mp_obj_t self) {
    mp_obj_t t[2] = {int_self(self), MP_OBJ_NEW_SMALL_INT(1)};
    return mp_obj_new_tuple(2, t);
}
static MP_DEFINE_CONST_FUN_OBJ_1(int_as_integer_ratio_obj, int_as_integer_ratio);

static mp_obj_t int_round(size_t n_args, const mp_obj_t *args) {
    return mp_obj_int_round(int_self(args[0]), n_args > 1 ? args[1] : MP_OBJ_NULL);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(int_round_obj, 1, 2, int_round);

static mp_obj_t int_format_method(mp_obj_t self, mp_obj_t spec) {
    return mp_obj_format(int_self(self), spec);
}
static MP_DEFINE_CONST_FUN_OBJ_2(int_format_obj, int_format_method);

static bool parse_byteorder(mp_obj_t o, const char *fname) {
    if (!mp_obj_is_str(o)) {
        mp_raise_msg_varg(&mp_type_TypeError, "%s() argument 'byteorder' must be str, not %s", fname,
            o == mp_const_none ? "None" : mp_obj_get_type_str(o));
    }
    size_t len;
    const char *s = mp_obj_str_get_data(o, &len);
    if (len == 6 && memcmp(s, "little", 6) == 0) {
        return false;
    }
    if (len == 3 && memcmp(s, "big", 3) == 0) {
        return true;
    }
    mp_raise_ValueError("byteorder must be either 'little' or 'big'");
}

static mp_obj_t int_to_bytes(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    static const mp_arg_t allowed[] = {
        {MP_QSTR_length, MP_ARG_OBJ, {.u_obj = MP_OBJ_NEW_SMALL_INT(1)}},
        {MP_QSTR_byteorder, MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
        {MP_QSTR_signed, MP_ARG_BOOL | MP_ARG_KW_ONLY, {.u_bool = false}},
    };
    mp_arg_val_t vals[3];
    mp_arg_parse_all(n_args - 1, args + 1, kw_args, 3, allowed, vals);
    mp_obj_t v = int_self(args[0]);
    mp_int_t len = mp_obj_get_index_int(vals[0].u_obj);
    if (len < 0) {
        mp_raise_ValueError("length argument must be non-negative");
    }
    bool big = vals[1].u_obj == MP_OBJ_NULL ? true : parse_byteorder(vals[1].u_obj, "to_bytes");
    zview_t vv;
    const mpz_t *z = zview(v, &vv);
    if (!vals[2].u_bool && mpz_is_neg(z)) {
        mp_raise_msg(&mp_type_OverflowError, "can't convert negative int to unsigned");
    }
    vstr_t vstr;
    vstr_init_len(&vstr, len);
    // CPython quirk kept for compatibility: (-1).to_bytes(0, signed=True) is b''.
    bool minus_one = len == 0 && mpz_is_neg(z) && z->len == 1 && z->dig[0] == 1;
    if (!minus_one && !mpz_to_bytes(z, (uint8_t *)vstr.buf, len, big, vals[2].u_bool)) {
        mp_raise_msg(&mp_type_OverflowError, "int too big to convert");
    }
    return mp_obj_new_bytes_from_vstr(&vstr);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(int_to_bytes_obj, 1, int_to_bytes);

static mp_obj_t int_from_bytes(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    // args[0] is the class (classmethod).
    static const mp_arg_t allowed[] = {
        {MP_QSTR_bytes, MP_ARG_OBJ | MP_ARG_REQUIRED, {.u_obj = MP_OBJ_NULL}},
        {MP_QSTR_byteorder, MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
        {MP_QSTR_signed, MP_ARG_BOOL | MP_ARG_KW_ONLY, {.u_bool = false}},
    };
    mp_arg_val_t vals[3];
    mp_arg_parse_all(n_args - 1, args + 1, kw_args, 3, allowed, vals);
    bool big = vals[1].u_obj == MP_OBJ_NULL ? true : parse_byteorder(vals[1].u_obj, "from_bytes");
    const byte *data;
    size_t len;
    vstr_t vstr;
    vstr.buf = NULL;
    mp_obj_t src = vals[0].u_obj;
    if (mp_obj_is_str(src) || !mp_obj_is_obj(src) || src == mp_const_none
        || (!(mp_obj_get_type(src)->flags & MP_TYPE_FLAG_USER) && mp_obj_get_type(src)->getiter == NULL)) {
        mp_raise_msg_varg(&mp_type_TypeError, "cannot convert '%s' object to bytes", mp_obj_get_type_str(src));
    }
    if (!mp_obj_get_bytes_like(src, &data, &len)) {
        // Any iterable of ints in range(256).
        vstr_init(&vstr, 16);
        mp_obj_t it = mp_getiter(src, NULL);
        mp_obj_t item;
        while ((item = mp_iternext(it)) != MP_OBJ_STOP_ITERATION) {
            mp_int_t b = mp_obj_get_index_int(item);
            if (b < 0 || b > 255) {
                mp_raise_ValueError("bytes must be in range(0, 256)");
            }
            vstr_add_byte(&vstr, (byte)b);
        }
        data = (const byte *)vstr.buf;
        len = vstr.len;
    }
    mpz_t z;
    mpz_init(&z);
    mpz_from_bytes(&z, data, len, big, vals[2].u_bool);
    if (vstr.buf != NULL) {
        vstr_clear(&vstr);
    }
    mp_obj_t r = mp_obj_int_from_mpz(&z);
    mp_obj_t cls = args[0];
    // For a subclass, construct it from the value, like CPython.
    if (cls != MP_OBJ_FROM_PTR(&mp_type_int) && cls != MP_OBJ_FROM_PTR(&mp_type_bool) && mp_obj_is_obj(cls)) {
        return mp_call_function_1(cls, r);
    }
    return r;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(int_from_bytes_fun_obj, 1, int_from_bytes);
static const mp_obj_static_class_method_t int_from_bytes_obj = {{&mp_type_classmethod}, MP_ROM_PTR(&int_from_bytes_fun_obj)};

static const mp_rom_map_elem_t int_locals_table[] = {
    {MP_ROM_QSTR(MP_QSTR_bit_length), MP_ROM_PTR(&int_bit_length_obj)},
    {MP_ROM_QSTR(MP_QSTR_bit_count), MP_ROM_PTR(&int_bit_count_obj)},
    {MP_ROM_QSTR(MP_QSTR_to_bytes), MP_ROM_PTR(&int_to_bytes_obj)},
    {MP_ROM_QSTR(MP_QSTR_from_bytes), MP_ROM_PTR(&int_from_bytes_obj)},
    {MP_ROM_QSTR(MP_QSTR_conjugate), MP_ROM_PTR(&int_conjugate_obj)},
    {MP_ROM_QSTR(MP_QSTR_as_integer_ratio), MP_ROM_PTR(&int_as_integer_ratio_obj)},
    {MP_ROM_QSTR(MP_QSTR___index__), MP_ROM_PTR(&int_conjugate_obj)},
    {MP_ROM_QSTR(MP_QSTR___int__), MP_ROM_PTR(&int_conjugate_obj)},
    {MP_ROM_QSTR(MP_QSTR___trunc__), MP_ROM_PTR(&int_conjugate_obj)},
    {MP_ROM_QSTR(MP_QSTR___floor__), MP_ROM_PTR(&int_conjugate_obj)},
    {MP_ROM_QSTR(MP_QSTR___ceil__), MP_ROM_PTR(&int_conjugate_obj)},
    {MP_ROM_QSTR(MP_QSTR___float__), MP_ROM_PTR(&int_float_obj)},
    {MP_ROM_QSTR(MP_QSTR___round__), MP_ROM_PTR(&int_round_obj)},
    {MP_ROM_QSTR(MP_QSTR___format__), MP_ROM_PTR(&int_format_obj)},
};
static MP_DEFINE_CONST_DICT(int_locals_dict, int_locals_table);

const mp_obj_type_t mp_type_int = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_BASETYPE,
    .name = MP_QSTR_int,
    .print = mp_obj_int_print,
    .make_new = int_make_new,
    .unary_op = mp_obj_int_unary_op,
    .binary_op = int_binary_op_slot,
    .attr = mp_obj_int_attr,
    .locals_dict = (mp_obj_dict_t *)&int_locals_dict,
};
