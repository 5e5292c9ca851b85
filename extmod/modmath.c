// modmath.c: the math module: real functions over <math.h>, exact integer
// functions (factorial, comb, perm, gcd, lcm, isqrt) over the big-int
// core, and the accurate summation/norm routines (fsum, hypot, dist).
// Error reporting follows CPython: a NaN result from a non-NaN argument is
// ValueError("math domain error"), an infinite result from finite arguments
// is OverflowError("math range error") (or a domain error at a pole).
#include <math.h>
#include <float.h>
#include "runtime.h"
#include "objmodule.h"
#include "objint.h"
#include "objfloat.h"
#include "math_util.h"
#include "math_gamma.h"

// Function objects that carry their name (for repr and argument errors).
#define MATH_FUN(obj, q, nmin, nmax, kind, field, f) \
    static const mp_obj_fun_builtin_t obj = {{&mp_type_builtin_function}, nmin, nmax, kind, q, .fun.field = f}
#define MATH_FUN_1(name, f) MATH_FUN(math_##name##_obj, MP_QSTR_##name, 1, 1, MP_FUN_KIND_1, _1, f)
#define MATH_FUN_2(name, f) MATH_FUN(math_##name##_obj, MP_QSTR_##name, 2, 2, MP_FUN_KIND_2, _2, f)
#define MATH_FUN_VAR(name, nmin, nmax, f) MATH_FUN(math_##name##_obj, MP_QSTR_##name, nmin, nmax, MP_FUN_KIND_VAR, var, f)
#define MATH_FUN_KW(name, nmin, f) MATH_FUN(math_##name##_obj, MP_QSTR_##name, nmin, MP_FUN_ARGS_MAX, MP_FUN_KIND_KW, kw, f)

MP_NORETURN void mp_math_domain_error(void) {
    mp_raise_ValueError("math domain error");
}

MP_NORETURN void mp_math_range_error(void) {
    mp_raise_msg(&mp_type_OverflowError, "math range error");
}

static inline double get_float(mp_obj_t o) {
    if (mp_obj_is_float(o)) {
        return mp_obj_float_value(o);
    }
    if (mp_obj_is_small_int(o)) {
        return (double)MP_OBJ_SMALL_INT_VALUE(o);
    }
    return mp_obj_get_float_strict(o);
}

// Checks the result r of a one-argument function at x.
static mp_obj_t check_1(double x, double r, bool can_overflow) {
    if (isnan(r) && !isnan(x)) {
        mp_math_domain_error();
    }
    if (isinf(r) && isfinite(x)) {
        if (can_overflow) {
            mp_math_range_error();
        }
        mp_math_domain_error();
    }
    return mp_obj_float_box(r);
}

static mp_obj_t math_1(mp_obj_t arg, double (*f)(double), bool can_overflow) {
    double x = get_float(arg);
    return check_1(x, f(x), can_overflow);
}

#define SIMPLE_1(name, cfun, ovf) \
    static mp_obj_t math_##name(mp_obj_t a) { return math_1(a, cfun, ovf); } \
    MATH_FUN_1(name, math_##name);

SIMPLE_1(acos, acos, false)
SIMPLE_1(acosh, acosh, false)
SIMPLE_1(asin, asin, false)
SIMPLE_1(asinh, asinh, false)
SIMPLE_1(atan, atan, false)
SIMPLE_1(atanh, atanh, false)
SIMPLE_1(cbrt, cbrt, false)
SIMPLE_1(cos, cos, false)
SIMPLE_1(cosh, cosh, true)
SIMPLE_1(erf, erf, false)
SIMPLE_1(erfc, erfc, false)
SIMPLE_1(exp, exp, true)
SIMPLE_1(exp2, exp2, true)
SIMPLE_1(expm1, expm1, true)
SIMPLE_1(fabs, fabs, false)
SIMPLE_1(sin, sin, false)
SIMPLE_1(sinh, sinh, true)
SIMPLE_1(sqrt, sqrt, false)
SIMPLE_1(tan, tan, false)
SIMPLE_1(tanh, tanh, false)

static double log1p_signed(double x) {
    // log1p(-0.0) keeps the sign of zero.
    return x == 0.0 ? x : log1p(x);
}
SIMPLE_1(log1p, log1p_signed, false)

// degrees/radians are plain multiplications: no range check.
static mp_obj_t math_degrees(mp_obj_t a) {
    return mp_obj_float_box(get_float(a) * (180.0 / MP_MATH_PI));
}
MATH_FUN_1(degrees, math_degrees);

static mp_obj_t math_radians(mp_obj_t a) {
    return mp_obj_float_box(get_float(a) * (MP_MATH_PI / 180.0));
}
MATH_FUN_1(radians, math_radians);

// gamma and lgamma (math_gamma.c): the status decides the exception.
static mp_obj_t gamma_result(double r, int err) {
    if (err == MP_MATH_EDOM) {
        mp_math_domain_error();
    }
    if (err == MP_MATH_ERANGE) {
        mp_math_range_error();
    }
    return mp_obj_float_box(r);
}

static mp_obj_t math_gamma(mp_obj_t a) {
    int err;
    double r = mp_math_gamma(get_float(a), &err);
    return gamma_result(r, err);
}
MATH_FUN_1(gamma, math_gamma);

static mp_obj_t math_lgamma(mp_obj_t a) {
    int err;
    double r = mp_math_lgamma(get_float(a), &err);
    return gamma_result(r, err);
}
MATH_FUN_1(lgamma, math_lgamma);

// ---------------------------------------------------------------------------
// Logarithms: ints too large for a float still have a logarithm.

static mp_obj_t log_helper(mp_obj_t arg, double (*f)(double)) {
    if (!mp_obj_is_float(arg) && mp_obj_int_check(arg)) {
        if (mp_obj_int_sign(arg) <= 0) {
            mp_math_domain_error();
        }
        mp_obj_t n = mp_obj_int_normalise(arg);
        if (mp_obj_is_small_int(n)) {
            return mp_obj_float_box(f((double)MP_OBJ_SMALL_INT_VALUE(n)));
        }
        mpz_t z;
        if (!mp_obj_int_get_mpz(n, &z)) {
            mp_math_domain_error();
        }
        double d;
        double r;
        if (mpz_as_double(&z, &d) && isfinite(d)) {
            r = f(d);
        } else {
            int64_t e;
            double m = mpz_frexp(&z, &e);
            r = f(m) + f(2.0) * (double)e;
        }
        mpz_clear(&z);
        return mp_obj_float_box(r);
    }
    double x = get_float(arg);
    double r;
    if (isnan(x)) {
        r = x;
    } else if (x > 0.0) {
        r = f(x);
    } else {
        mp_math_domain_error();
    }
    return mp_obj_float_box(r);
}

static mp_obj_t math_log(size_t n_args, const mp_obj_t *args) {
    if (n_args < 1 || n_args > 2) {
        mp_raise_TypeError("math.log requires 1 to 2 arguments");
    }
    mp_obj_t num = log_helper(args[0], log);
    if (n_args == 1) {
        return num;
    }
    mp_obj_t den = log_helper(args[1], log);
    double d = mp_obj_float_value(den);
    if (d == 0.0) {
        mp_raise_msg(&mp_type_ZeroDivisionError, "float division by zero");
    }
    return mp_obj_float_box(mp_obj_float_value(num) / d);
}
MATH_FUN_VAR(log, 0, MP_FUN_ARGS_MAX, math_log);

static mp_obj_t math_log2(mp_obj_t a) {
    return log_helper(a, log2);
}
MATH_FUN_1(log2, math_log2);

static mp_obj_t math_log10(mp_obj_t a) {
    return log_helper(a, log10);
}
MATH_FUN_1(log10, math_log10);

// ---------------------------------------------------------------------------
// Two-argument functions.

static mp_obj_t math_atan2(mp_obj_t y, mp_obj_t x) {
    return mp_obj_float_box(atan2(get_float(y), get_float(x)));
}
MATH_FUN_2(atan2, math_atan2);

static mp_obj_t math_copysign(mp_obj_t x, mp_obj_t y) {
    return mp_obj_float_box(copysign(get_float(x), get_float(y)));
}
MATH_FUN_2(copysign, math_copysign);

static mp_obj_t math_fmod(mp_obj_t xo, mp_obj_t yo) {
    double x = get_float(xo), y = get_float(yo);
    if (isinf(y) && isfinite(x)) {
        return mp_obj_float_box(x);
    }
    double r = fmod(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y)) {
        mp_math_domain_error();
    }
    return mp_obj_float_box(r);
}
MATH_FUN_2(fmod, math_fmod);

static mp_obj_t math_pow(mp_obj_t xo, mp_obj_t yo) {
    double x = get_float(xo), y = get_float(yo);
    double r = pow(x, y);
    // C99 pow already gives the IEEE special values (1**nan, nan**0 ...);
    // only finite arguments can raise.
    if (isfinite(x) && isfinite(y)) {
        if (isnan(r)) {
            mp_math_domain_error();
        }
        if (isinf(r)) {
            if (x == 0.0) {
                mp_math_domain_error();
            }
            mp_math_range_error();
        }
    }
    return mp_obj_float_box(r);
}
MATH_FUN_2(pow, math_pow);

static mp_obj_t math_remainder(mp_obj_t xo, mp_obj_t yo) {
    double x = get_float(xo), y = get_float(yo);
    if (isnan(x) || isnan(y)) {
        return mp_obj_float_box(NAN);
    }
    if (isinf(x) || y == 0.0) {
        mp_math_domain_error();
    }
    if (isinf(y)) {
        return mp_obj_float_box(x);
    }
    // remainder is exact, so libm's result is the IEEE one; the sign of a
    // zero result is that of x.
    double r = remainder(x, y);
    if (r == 0.0) {
        r = copysign(0.0, x);
    }
    return mp_obj_float_box(r);
}
MATH_FUN_2(remainder, math_remainder);

static mp_obj_t math_nextafter(mp_obj_t xo, mp_obj_t yo) {
    return mp_obj_float_box(nextafter(get_float(xo), get_float(yo)));
}
MATH_FUN_2(nextafter, math_nextafter);

static mp_obj_t math_ulp(mp_obj_t xo) {
    double x = get_float(xo);
    if (isnan(x) || isinf(x)) {
        return mp_obj_float_box(fabs(x));
    }
    x = fabs(x);
    double up = nextafter(x, INFINITY);
    if (isinf(up)) {
        // x is the largest finite float: measure the gap below it.
        return mp_obj_float_box(x - nextafter(x, -INFINITY));
    }
    return mp_obj_float_box(up - x);
}
MATH_FUN_1(ulp, math_ulp);

static mp_obj_t math_ldexp(mp_obj_t xo, mp_obj_t io) {
    double x = get_float(xo);
    if (mp_obj_is_float(io) || !mp_obj_int_check(io)) {
        mp_raise_TypeError("Expected an int as second argument to ldexp.");
    }
    mp_int_t e;
    if (!mp_obj_get_int_maybe(io, &e)) {
        e = mp_obj_int_sign(io) > 0 ? INT64_MAX : INT64_MIN;
    }
    double r;
    if (x == 0.0 || !isfinite(x)) {
        r = x;
    } else if (e > 100000) {
        mp_math_range_error();
    } else if (e < -100000) {
        r = copysign(0.0, x);
    } else {
        r = ldexp(x, (int)e);
        if (isinf(r)) {
            mp_math_range_error();
        }
    }
    return mp_obj_float_box(r);
}
MATH_FUN_2(ldexp, math_ldexp);

static mp_obj_t math_frexp(mp_obj_t xo) {
    double x = get_float(xo);
    int e = 0;
    double m = x;
    if (isfinite(x) && x != 0.0) {
        m = frexp(x, &e);
    }
    mp_obj_t items[2] = {mp_obj_float_box(m), MP_OBJ_NEW_SMALL_INT(e)};
    return mp_obj_new_tuple(2, items);
}
MATH_FUN_1(frexp, math_frexp);

static mp_obj_t math_modf(mp_obj_t xo) {
    double x = get_float(xo);
    double ip, fp;
    if (isinf(x)) {
        ip = x;
        fp = copysign(0.0, x);
    } else {
        fp = modf(x, &ip);
    }
    mp_obj_t items[2] = {mp_obj_float_box(fp), mp_obj_float_box(ip)};
    return mp_obj_new_tuple(2, items);
}
MATH_FUN_1(modf, math_modf);

static mp_obj_t math_isfinite(mp_obj_t xo) {
    return mp_obj_new_bool(isfinite(get_float(xo)));
}
MATH_FUN_1(isfinite, math_isfinite);

static mp_obj_t math_isinf(mp_obj_t xo) {
    return mp_obj_new_bool(isinf(get_float(xo)));
}
MATH_FUN_1(isinf, math_isinf);

static mp_obj_t math_isnan(mp_obj_t xo) {
    return mp_obj_new_bool(isnan(get_float(xo)));
}
MATH_FUN_1(isnan, math_isnan);

// Tolerances rel_tol/abs_tol (keyword-only) shared with cmath.isclose.
void mp_math_get_tolerances(qstr fname, size_t n_args, const mp_obj_t *args, mp_map_t *kw, mp_obj_t *a, mp_obj_t *b, double *rel, double *abs_) {
    static const mp_arg_t allowed[] = {
        {MP_QSTR_a, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
        {MP_QSTR_b, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
        {MP_QSTR_rel_tol, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
        {MP_QSTR_abs_tol, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
    };
    mp_arg_val_t vals[4];
    if (n_args > 2) {
        mp_raise_msg_varg(&mp_type_TypeError, "isclose() takes exactly 2 positional arguments (%d given)", (int)n_args);
    }
    mp_arg_parse_all_named(fname, n_args, args, kw, 4, allowed, vals);
    *a = vals[0].u_obj;
    *b = vals[1].u_obj;
    *rel = vals[2].u_obj == MP_OBJ_NULL ? 1e-9 : get_float(vals[2].u_obj);
    *abs_ = vals[3].u_obj == MP_OBJ_NULL ? 0.0 : get_float(vals[3].u_obj);
    if (*rel < 0.0 || *abs_ < 0.0) {
        mp_raise_ValueError("tolerances must be non-negative");
    }
}

static mp_obj_t math_isclose(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    double rel, abs_tol;
    mp_obj_t ao, bo;
    if (n_args != 2 || (kw != NULL && kw->filled > 0)) {
        mp_math_get_tolerances(MP_QSTR_isclose, n_args, args, kw, &ao, &bo, &rel, &abs_tol);
    } else {
        ao = args[0];
        bo = args[1];
        rel = 1e-9;
        abs_tol = 0.0;
    }
    double a = get_float(ao), b = get_float(bo);
    if (a == b) {
        return mp_const_true;
    }
    if (isinf(a) || isinf(b)) {
        return mp_const_false;
    }
    double diff = fabs(b - a);
    return mp_obj_new_bool(diff <= fabs(rel * b) || diff <= fabs(rel * a) || diff <= abs_tol);
}
MATH_FUN_KW(isclose, 0, math_isclose);

// ---------------------------------------------------------------------------
// Rounding to ints: floats give exact (big) ints; other objects may define
// __ceil__ / __floor__ / __trunc__.

typedef enum { ROUND_CEIL, ROUND_FLOOR, ROUND_TRUNC } round_kind_t;

static mp_obj_t round_to_int(mp_obj_t x, round_kind_t kind) {
    static const qstr special[3] = {MP_QSTR___ceil__, MP_QSTR___floor__, MP_QSTR___trunc__};
    double d;
    if (mp_obj_is_float(x)) {
        d = mp_obj_float_value(x);
    } else if (mp_obj_is_small_int(x)) {
        return x;
    } else {
        if (mp_obj_is_obj(x) && (mp_obj_get_type(x)->flags & MP_TYPE_FLAG_USER)) {
            mp_obj_t dest[2];
            mp_load_method_maybe(x, special[kind], dest);
            if (dest[0] != MP_OBJ_NULL) {
                return mp_call_method_n_kw(0, 0, dest);
            }
        }
        mp_obj_t n = mp_obj_int_normalise(x);
        if (n != MP_OBJ_NULL) {
            return n;
        }
        if (kind == ROUND_TRUNC) {
            if (!mp_obj_get_float_maybe(x, &d)) {
                mp_raise_msg_varg(&mp_type_TypeError, "type %s doesn't define __trunc__ method", mp_obj_get_type_str(x));
            }
        } else {
            d = mp_obj_get_float_strict(x);
        }
    }
    switch (kind) {
        case ROUND_CEIL:
            d = ceil(d);
            break;
        case ROUND_FLOOR:
            d = floor(d);
            break;
        default:
            break;
    }
    return mp_obj_new_int_from_float(d);
}

static mp_obj_t math_ceil(mp_obj_t x) {
    return round_to_int(x, ROUND_CEIL);
}
MATH_FUN_1(ceil, math_ceil);

static mp_obj_t math_floor(mp_obj_t x) {
    return round_to_int(x, ROUND_FLOOR);
}
MATH_FUN_1(floor, math_floor);

static mp_obj_t math_trunc(mp_obj_t x) {
    return round_to_int(x, ROUND_TRUNC);
}
MATH_FUN_1(trunc, math_trunc);

// ---------------------------------------------------------------------------
// Sums and norms.

// Exact sum of floats (Shewchuk): keep a list of non-overlapping partial
// sums whose exact total is the running sum, then round once at the end.
static mp_obj_t math_fsum(mp_obj_t iterable) {
    double stack_buf[32];
    double *p = stack_buf;
    size_t n = 0, alloc = MP_ARRAY_SIZE(stack_buf);
    double special_sum = 0.0, inf_sum = 0.0;
    mp_obj_t it = mp_getiter(iterable, NULL);
    mp_obj_t item;
    while ((item = mp_iternext(it)) != MP_OBJ_STOP_ITERATION) {
        double x = get_float(item);
        double xsave = x;
        size_t i = 0;
        for (size_t j = 0; j < n; j++) {
            double y = p[j];
            if (fabs(x) < fabs(y)) {
                double t = x;
                x = y;
                y = t;
            }
            double hi = x + y;
            double lo = y - (hi - x);
            if (lo != 0.0) {
                p[i++] = lo;
            }
            x = hi;
        }
        n = i;
        if (x != 0.0) {
            if (!isfinite(x)) {
                // inf or nan among the inputs, or an intermediate overflow.
                if (isfinite(xsave)) {
                    mp_raise_msg(&mp_type_OverflowError, "intermediate overflow in fsum");
                }
                if (isinf(xsave)) {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                n = 0;
            } else {
                if (n == alloc) {
                    double *np = m_malloc_atomic(2 * alloc * sizeof(double));
                    memcpy(np, p, n * sizeof(double));
                    if (p != stack_buf) {
                        m_free(p);
                    }
                    p = np;
                    alloc *= 2;
                }
                p[n++] = x;
            }
        }
    }
    if (special_sum != 0.0) {
        if (isnan(inf_sum)) {
            mp_raise_ValueError("-inf + inf in fsum");
        }
        return mp_obj_float_box(special_sum);
    }
    double hi = 0.0;
    if (n > 0) {
        double lo = 0.0;
        hi = p[--n];
        // Add partials from the top down until the sum becomes inexact.
        while (n > 0) {
            double x = hi, y = p[--n];
            hi = x + y;
            lo = y - (hi - x);
            if (lo != 0.0) {
                break;
            }
        }
        // Round half to even properly: if the rest of the partials push
        // the error lo further in the same direction, the tie breaks away.
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            double y = lo * 2.0;
            double x = hi + y;
            if (y == x - hi) {
                hi = x;
            }
        }
    }
    if (p != stack_buf) {
        m_free(p);
    }
    return mp_obj_float_box(hi);
}
MATH_FUN_1(fsum, math_fsum);

// Euclidean norm of v[0..n) (all |v[i]| <= vmax, finite unless vmax is
// infinite), nearly always correctly rounded: the vector is scaled by a
// power of two so nothing overflows or underflows, the sum of squares is
// accumulated in double-double, and the square root gets one Newton
// correction from the exact residual.
double mp_math_vector_norm(size_t n, const double *v, double vmax, bool found_nan) {
    if (isinf(vmax)) {
        return vmax;
    }
    if (found_nan) {
        return NAN;
    }
    if (vmax == 0.0 || n <= 1) {
        return vmax;
    }
    int e;
    frexp(vmax, &e);
    double s_hi = 0.0, s_lo = 0.0;
    for (size_t i = 0; i < n; i++) {
        double x = ldexp(fabs(v[i]), -e);
        double sq = x * x;
        double sq_err = fma(x, x, -sq);
        double t = s_hi + sq;
        // two-sum error of s_hi + sq
        double bv = t - s_hi;
        double err = (s_hi - (t - bv)) + (sq - bv);
        s_hi = t;
        s_lo += err + sq_err;
    }
    double s = s_hi + s_lo;
    double s_rest = s_lo - (s - s_hi);
    double h = sqrt(s);
    double hh = h * h;
    double hh_err = fma(h, h, -hh);
    double resid = ((s - hh) - hh_err) + s_rest;
    h += resid / (2.0 * h);
    return ldexp(h, e);
}

// The norm of a[i] - b[i] (b NULL: of a[i]) for i < n: hypot and dist.
static mp_obj_t norm_of(size_t n, const mp_obj_t *a, const mp_obj_t *b) {
    double stack_buf[16] = {0};
    double *v = n <= MP_ARRAY_SIZE(stack_buf) ? stack_buf : m_malloc_atomic(n * sizeof(double));
    double vmax = 0.0;
    bool found_nan = false;
    for (size_t i = 0; i < n; i++) {
        double x = get_float(a[i]);
        if (b != NULL) {
            x -= get_float(b[i]);
        }
        x = fabs(x);
        v[i] = x;
        found_nan |= isnan(x);
        if (x > vmax) {
            vmax = x;
        }
    }
    double r = mp_math_vector_norm(n, v, vmax, found_nan);
    if (v != stack_buf) {
        m_free(v);
    }
    return mp_obj_float_box(r);
}

static mp_obj_t math_hypot(size_t n_args, const mp_obj_t *args) {
    return norm_of(n_args, args, NULL);
}
MATH_FUN_VAR(hypot, 0, MP_FUN_ARGS_MAX, math_hypot);

// Items of a point for dist(): tuples and lists directly, other iterables
// through a tuple.
static void get_point(mp_obj_t o, size_t *len, mp_obj_t **items) {
    if (!mp_obj_is_type(o, &mp_type_tuple) && !mp_obj_is_type(o, &mp_type_list)) {
        mp_obj_t it = mp_getiter(o, NULL);
        mp_obj_t lst = mp_obj_new_list(0, NULL);
        mp_obj_t x;
        while ((x = mp_iternext(it)) != MP_OBJ_STOP_ITERATION) {
            mp_obj_list_append(lst, x);
        }
        o = lst;
    }
    mp_obj_get_array(o, len, items);
}

static mp_obj_t math_dist(mp_obj_t p, mp_obj_t q) {
    size_t np, nq;
    mp_obj_t *ip, *iq;
    get_point(p, &np, &ip);
    get_point(q, &nq, &iq);
    if (np != nq) {
        mp_raise_ValueError("both points must have the same number of dimensions");
    }
    return norm_of(np, ip, iq);
}
MATH_FUN_2(dist, math_dist);

static mp_obj_t math_prod(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    static const mp_arg_t allowed[] = {
        {MP_QSTR_iterable, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
        {MP_QSTR_start, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_obj = MP_OBJ_NEW_SMALL_INT(1)}},
    };
    mp_arg_val_t vals[2];
    if (n_args != 1) {
        mp_raise_msg_varg(&mp_type_TypeError, "prod() takes exactly 1 positional argument (%d given)", (int)n_args);
    }
    mp_arg_parse_all_named(MP_QSTR_prod, n_args, args, kw, 2, allowed, vals);
    mp_obj_t acc = vals[1].u_obj;
    mp_obj_t it = mp_getiter(vals[0].u_obj, NULL);
    mp_obj_t x;
    while ((x = mp_iternext(it)) != MP_OBJ_STOP_ITERATION) {
        if (mp_obj_is_float(acc) && mp_obj_is_float(x)) {
            acc = mp_obj_float_box(mp_obj_float_value(acc) * mp_obj_float_value(x));
        } else {
            acc = mp_binary_op(MP_BINARY_OP_MULTIPLY, acc, x);
        }
    }
    return acc;
}
MATH_FUN_KW(prod, 0, math_prod);

// ---------------------------------------------------------------------------
// Integer functions.

// operator.index(o) as a plain int.
static mp_obj_t get_index(mp_obj_t o) {
    mp_obj_t n = mp_obj_int_normalise(o);
    if (n != MP_OBJ_NULL) {
        return n;
    }
    if (mp_obj_is_obj(o) && (mp_obj_get_type(o)->flags & MP_TYPE_FLAG_USER)) {
        mp_obj_t dest[2];
        mp_load_method_maybe(o, MP_QSTR___index__, dest);
        if (dest[0] != MP_OBJ_NULL) {
            mp_obj_t r = mp_call_method_n_kw(0, 0, dest);
            n = mp_obj_is_float(r) ? MP_OBJ_NULL : mp_obj_int_normalise(r);
            if (n == MP_OBJ_NULL) {
                mp_raise_msg_varg(&mp_type_TypeError, "__index__ returned non-int (type %s)", mp_obj_get_type_str(r));
            }
            return n;
        }
    }
    mp_raise_msg_varg(&mp_type_TypeError, "'%s' object cannot be interpreted as an integer", mp_obj_get_type_str(o));
}

static inline uint64_t small_abs(mp_obj_t o) {
    mp_int_t v = MP_OBJ_SMALL_INT_VALUE(o);
    return v < 0 ? (uint64_t)-v : (uint64_t)v;
}

static mp_obj_t math_gcd(size_t n_args, const mp_obj_t *args) {
    if (n_args == 0) {
        return MP_OBJ_NEW_SMALL_INT(0);
    }
    // (|MP_SMALL_INT_MIN| itself is not a small int, hence new_int_from_ull.)
    mp_obj_t g = mp_obj_is_small_int(args[0]) ? mp_obj_new_int_from_ull(small_abs(args[0]))
        : mp_obj_int_gcd(args[0], MP_OBJ_NEW_SMALL_INT(0));
    for (size_t i = 1; i < n_args; i++) {
        if (mp_obj_is_small_int(g) && mp_obj_is_small_int(args[i])) {
            g = mp_obj_new_int_from_ull(mpz_gcd_u64(small_abs(g), small_abs(args[i])));
        } else {
            g = mp_obj_int_gcd(g, args[i]);
        }
    }
    return g;
}
MATH_FUN_VAR(gcd, 0, MP_FUN_ARGS_MAX, math_gcd);

static mp_obj_t math_lcm(size_t n_args, const mp_obj_t *args) {
    if (n_args == 0) {
        return MP_OBJ_NEW_SMALL_INT(1);
    }
    // gcd(x, 0) is |index(x)|.
    mp_obj_t l = mp_obj_int_gcd(args[0], MP_OBJ_NEW_SMALL_INT(0));
    for (size_t i = 1; i < n_args; i++) {
        mp_obj_t b = mp_obj_int_gcd(args[i], MP_OBJ_NEW_SMALL_INT(0));
        if (l == MP_OBJ_NEW_SMALL_INT(0) || b == MP_OBJ_NEW_SMALL_INT(0)) {
            l = MP_OBJ_NEW_SMALL_INT(0);
            continue;
        }
        mp_obj_t g = mp_obj_int_gcd(l, b);
        l = mp_binary_op(MP_BINARY_OP_MULTIPLY, mp_binary_op(MP_BINARY_OP_FLOOR_DIVIDE, l, g), b);
    }
    return l;
}
MATH_FUN_VAR(lcm, 0, MP_FUN_ARGS_MAX, math_lcm);

static mp_obj_t math_isqrt(mp_obj_t n) {
    return mp_obj_int_isqrt(get_index(n));
}
MATH_FUN_1(isqrt, math_isqrt);

// Multiplies the 64-bit factor f into the product kept as acc (a machine
// word) times z (a big int), flushing acc into z when it would overflow.
static inline void mul_acc(mpz_t *z, uint64_t *acc, uint64_t f) {
    uint64_t t;
    if (__builtin_mul_overflow(*acc, f, &t)) {
        mpz_t w;
        mpz_init_from_uint(&w, *acc);
        mpz_mul(z, z, &w);
        mpz_clear(&w);
        *acc = f;
    } else {
        *acc = t;
    }
}

static inline void flush_acc(mpz_t *z, uint64_t acc) {
    if (acc != 1) {
        mpz_t w;
        mpz_init_from_uint(&w, acc);
        mpz_mul(z, z, &w);
        mpz_clear(&w);
    }
}

// z = product of the terms lo, lo + step, ... (count terms, step 1 or 2)
// by a balanced product tree, so the big multiplications are between
// numbers of similar size (where Karatsuba pays off).
static void range_product(mpz_t *z, uint64_t lo, uint64_t count, uint64_t step) {
    if (count <= 24) {
        mpz_set_uint(z, 1);
        uint64_t acc = 1;
        for (uint64_t i = 0; i < count; i++) {
            mul_acc(z, &acc, lo + i * step);
        }
        flush_acc(z, acc);
        return;
    }
    uint64_t half = count / 2;
    mpz_t r;
    mpz_init(&r);
    range_product(z, lo, half, step);
    range_product(&r, lo + half * step, count - half, step);
    mpz_mul(z, z, &r);
    mpz_clear(&r);
}

// z = n! for n >= 0. n! = 2**(n - popcount(n)) * prod_{i>=0} oddprod(n >> i)
// where oddprod(m) is the product of the odd numbers <= m; the odd
// products are built incrementally from the top level down.
static void factorial_mpz(mpz_t *z, uint64_t n) {
    mpz_t inner, part;
    mpz_init_from_uint(&inner, 1);
    mpz_init(&part);
    mpz_set_uint(z, 1);
    int levels = 0;
    while ((n >> levels) > 0) {
        levels++;
    }
    // Level i covers the odd numbers in (n >> (i + 1), n >> i].
    for (int i = levels - 1; i >= 0; i--) {
        uint64_t hi = n >> i, lo = (n >> (i + 1)) + 1;
        if (!(lo & 1)) {
            lo++;
        }
        if (hi >= lo) {
            uint64_t count = (hi - lo) / 2 + 1;
            range_product(&part, lo, count, 2);
            mpz_mul(&inner, &inner, &part);
        }
        if (!mpz_is_zero(&inner) && !(inner.len == 1 && inner.dig[0] == 1)) {
            mpz_mul(z, z, &inner);
        }
    }
    mpz_clear(&inner);
    mpz_clear(&part);
    uint64_t pc = 0;
    for (uint64_t m = n; m; m &= m - 1) {
        pc++;
    }
    mpz_shl(z, z, n - pc);
}

static mp_obj_t factorial_of(uint64_t n) {
    if (n <= 20) {
        uint64_t r = 1;
        for (uint64_t i = 2; i <= n; i++) {
            r *= i;
        }
        return mp_obj_new_int_from_ull(r);
    }
    mpz_t z;
    mpz_init(&z);
    factorial_mpz(&z, n);
    return mp_obj_int_from_mpz(&z);
}

static mp_obj_t math_factorial(mp_obj_t arg) {
    mp_obj_t n = get_index(arg);
    if (mp_obj_int_sign(n) < 0) {
        mp_raise_ValueError("factorial() not defined for negative values");
    }
    mp_int_t v;
    if (!mp_obj_get_int_maybe(n, &v)) {
        mp_raise_msg(&mp_type_OverflowError, "factorial() argument should not exceed 9223372036854775807");
    }
    return factorial_of((uint64_t)v);
}
MATH_FUN_1(factorial, math_factorial);

// n * (n-1) * ... * (n-k+1) for a big n (k >= 1), by a product tree over
// the index range.
static void falling_product_big(mpz_t *z, const mpz_t *n, uint64_t first, uint64_t count) {
    if (count <= 8) {
        mpz_t t;
        mpz_init(&t);
        mpz_set_uint(z, 1);
        for (uint64_t i = 0; i < count; i++) {
            mpz_set_uint(&t, first + i);
            mpz_sub(&t, n, &t);
            mpz_mul(z, z, &t);
        }
        mpz_clear(&t);
        return;
    }
    uint64_t half = count / 2;
    mpz_t r;
    mpz_init(&r);
    falling_product_big(z, n, first, half);
    falling_product_big(&r, n, first + half, count - half);
    mpz_mul(z, z, &r);
    mpz_clear(&r);
}

// Common argument handling of comb and perm: n and k as non-negative ints;
// returns false if k > n (the result is 0).
static bool comb_args(mp_obj_t no, mp_obj_t ko, mp_obj_t *n, mp_obj_t *k) {
    *n = get_index(no);
    *k = get_index(ko);
    if (mp_obj_int_sign(*n) < 0) {
        mp_raise_ValueError("n must be a non-negative integer");
    }
    if (mp_obj_int_sign(*k) < 0) {
        mp_raise_ValueError("k must be a non-negative integer");
    }
    return !mp_obj_is_true(mp_binary_op(MP_BINARY_OP_MORE, *k, *n));
}

// z = n! / (n-k)! with 0 <= k <= n, k fitting 64 bits.
static void falling_product(mpz_t *z, mp_obj_t n, uint64_t k) {
    mp_int_t nv;
    if (k == 0) {
        mpz_set_uint(z, 1);
    } else if (mp_obj_get_int_maybe(n, &nv)) {
        range_product(z, (uint64_t)nv - k + 1, k, 1);
    } else {
        mpz_t zn;
        mp_obj_int_get_mpz(n, &zn);
        falling_product_big(z, &zn, 0, k);
        mpz_clear(&zn);
    }
}

static mp_obj_t math_perm(size_t n_args, const mp_obj_t *args) {
    if (n_args == 1 || args[1] == mp_const_none) {
        return math_factorial(args[0]);
    }
    mp_obj_t n, k;
    if (!comb_args(args[0], args[1], &n, &k)) {
        return MP_OBJ_NEW_SMALL_INT(0);
    }
    mp_int_t kv;
    if (!mp_obj_get_int_maybe(k, &kv)) {
        mp_raise_msg(&mp_type_OverflowError, "k must not exceed 9223372036854775807");
    }
    mpz_t z;
    mpz_init(&z);
    falling_product(&z, n, (uint64_t)kv);
    return mp_obj_int_from_mpz(&z);
}
MATH_FUN_VAR(perm, 1, 2, math_perm);

static mp_obj_t math_comb(mp_obj_t no, mp_obj_t ko) {
    mp_obj_t n, k;
    if (!comb_args(no, ko, &n, &k)) {
        return MP_OBJ_NEW_SMALL_INT(0);
    }
    // Use the smaller of k and n - k.
    mp_obj_t nk = mp_binary_op(MP_BINARY_OP_SUBTRACT, n, k);
    if (mp_obj_is_true(mp_binary_op(MP_BINARY_OP_LESS, nk, k))) {
        k = nk;
    }
    mp_int_t kv;
    if (!mp_obj_get_int_maybe(k, &kv)) {
        mp_raise_msg(&mp_type_OverflowError, "min(n - k, k) must not exceed 9223372036854775807");
    }
    if (kv == 0) {
        return MP_OBJ_NEW_SMALL_INT(1);
    }
    if (kv == 1) {
        return n;
    }
    mpz_t num, den;
    mpz_init(&num);
    mpz_init(&den);
    falling_product(&num, n, (uint64_t)kv);
    factorial_mpz(&den, (uint64_t)kv);
    mpz_divmod_trunc(&num, NULL, &num, &den);
    mpz_clear(&den);
    return mp_obj_int_from_mpz(&num);
}
MATH_FUN_2(comb, math_comb);

// ---------------------------------------------------------------------------

static const mp_rom_map_elem_t math_globals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_math)},
    {MP_ROM_QSTR(MP_QSTR_e), MP_MATH_E_OBJ},
    {MP_ROM_QSTR(MP_QSTR_pi), MP_MATH_PI_OBJ},
    {MP_ROM_QSTR(MP_QSTR_tau), MP_MATH_TAU_OBJ},
    {MP_ROM_QSTR(MP_QSTR_inf), MP_MATH_INF_OBJ},
    {MP_ROM_QSTR(MP_QSTR_nan), MP_MATH_NAN_OBJ},
    {MP_ROM_QSTR(MP_QSTR_acos), MP_ROM_PTR(&math_acos_obj)},
    {MP_ROM_QSTR(MP_QSTR_acosh), MP_ROM_PTR(&math_acosh_obj)},
    {MP_ROM_QSTR(MP_QSTR_asin), MP_ROM_PTR(&math_asin_obj)},
    {MP_ROM_QSTR(MP_QSTR_asinh), MP_ROM_PTR(&math_asinh_obj)},
    {MP_ROM_QSTR(MP_QSTR_atan), MP_ROM_PTR(&math_atan_obj)},
    {MP_ROM_QSTR(MP_QSTR_atan2), MP_ROM_PTR(&math_atan2_obj)},
    {MP_ROM_QSTR(MP_QSTR_atanh), MP_ROM_PTR(&math_atanh_obj)},
    {MP_ROM_QSTR(MP_QSTR_cbrt), MP_ROM_PTR(&math_cbrt_obj)},
    {MP_ROM_QSTR(MP_QSTR_ceil), MP_ROM_PTR(&math_ceil_obj)},
    {MP_ROM_QSTR(MP_QSTR_comb), MP_ROM_PTR(&math_comb_obj)},
    {MP_ROM_QSTR(MP_QSTR_copysign), MP_ROM_PTR(&math_copysign_obj)},
    {MP_ROM_QSTR(MP_QSTR_cos), MP_ROM_PTR(&math_cos_obj)},
    {MP_ROM_QSTR(MP_QSTR_cosh), MP_ROM_PTR(&math_cosh_obj)},
    {MP_ROM_QSTR(MP_QSTR_degrees), MP_ROM_PTR(&math_degrees_obj)},
    {MP_ROM_QSTR(MP_QSTR_dist), MP_ROM_PTR(&math_dist_obj)},
    {MP_ROM_QSTR(MP_QSTR_erf), MP_ROM_PTR(&math_erf_obj)},
    {MP_ROM_QSTR(MP_QSTR_erfc), MP_ROM_PTR(&math_erfc_obj)},
    {MP_ROM_QSTR(MP_QSTR_exp), MP_ROM_PTR(&math_exp_obj)},
    {MP_ROM_QSTR(MP_QSTR_exp2), MP_ROM_PTR(&math_exp2_obj)},
    {MP_ROM_QSTR(MP_QSTR_expm1), MP_ROM_PTR(&math_expm1_obj)},
    {MP_ROM_QSTR(MP_QSTR_fabs), MP_ROM_PTR(&math_fabs_obj)},
    {MP_ROM_QSTR(MP_QSTR_factorial), MP_ROM_PTR(&math_factorial_obj)},
    {MP_ROM_QSTR(MP_QSTR_floor), MP_ROM_PTR(&math_floor_obj)},
    {MP_ROM_QSTR(MP_QSTR_fmod), MP_ROM_PTR(&math_fmod_obj)},
    {MP_ROM_QSTR(MP_QSTR_frexp), MP_ROM_PTR(&math_frexp_obj)},
    {MP_ROM_QSTR(MP_QSTR_fsum), MP_ROM_PTR(&math_fsum_obj)},
    {MP_ROM_QSTR(MP_QSTR_gamma), MP_ROM_PTR(&math_gamma_obj)},
    {MP_ROM_QSTR(MP_QSTR_gcd), MP_ROM_PTR(&math_gcd_obj)},
    {MP_ROM_QSTR(MP_QSTR_hypot), MP_ROM_PTR(&math_hypot_obj)},
    {MP_ROM_QSTR(MP_QSTR_isclose), MP_ROM_PTR(&math_isclose_obj)},
    {MP_ROM_QSTR(MP_QSTR_isfinite), MP_ROM_PTR(&math_isfinite_obj)},
    {MP_ROM_QSTR(MP_QSTR_isinf), MP_ROM_PTR(&math_isinf_obj)},
    {MP_ROM_QSTR(MP_QSTR_isnan), MP_ROM_PTR(&math_isnan_obj)},
    {MP_ROM_QSTR(MP_QSTR_isqrt), MP_ROM_PTR(&math_isqrt_obj)},
    {MP_ROM_QSTR(MP_QSTR_lcm), MP_ROM_PTR(&math_lcm_obj)},
    {MP_ROM_QSTR(MP_QSTR_ldexp), MP_ROM_PTR(&math_ldexp_obj)},
    {MP_ROM_QSTR(MP_QSTR_lgamma), MP_ROM_PTR(&math_lgamma_obj)},
    {MP_ROM_QSTR(MP_QSTR_log), MP_ROM_PTR(&math_log_obj)},
    {MP_ROM_QSTR(MP_QSTR_log10), MP_ROM_PTR(&math_log10_obj)},
    {MP_ROM_QSTR(MP_QSTR_log1p), MP_ROM_PTR(&math_log1p_obj)},
    {MP_ROM_QSTR(MP_QSTR_log2), MP_ROM_PTR(&math_log2_obj)},
    {MP_ROM_QSTR(MP_QSTR_modf), MP_ROM_PTR(&math_modf_obj)},
    {MP_ROM_QSTR(MP_QSTR_nextafter), MP_ROM_PTR(&math_nextafter_obj)},
    {MP_ROM_QSTR(MP_QSTR_perm), MP_ROM_PTR(&math_perm_obj)},
    {MP_ROM_QSTR(MP_QSTR_pow), MP_ROM_PTR(&math_pow_obj)},
    {MP_ROM_QSTR(MP_QSTR_prod), MP_ROM_PTR(&math_prod_obj)},
    {MP_ROM_QSTR(MP_QSTR_radians), MP_ROM_PTR(&math_radians_obj)},
    {MP_ROM_QSTR(MP_QSTR_remainder), MP_ROM_PTR(&math_remainder_obj)},
    {MP_ROM_QSTR(MP_QSTR_sin), MP_ROM_PTR(&math_sin_obj)},
    {MP_ROM_QSTR(MP_QSTR_sinh), MP_ROM_PTR(&math_sinh_obj)},
    {MP_ROM_QSTR(MP_QSTR_sqrt), MP_ROM_PTR(&math_sqrt_obj)},
    {MP_ROM_QSTR(MP_QSTR_tan), MP_ROM_PTR(&math_tan_obj)},
    {MP_ROM_QSTR(MP_QSTR_tanh), MP_ROM_PTR(&math_tanh_obj)},
    {MP_ROM_QSTR(MP_QSTR_trunc), MP_ROM_PTR(&math_trunc_obj)},
    {MP_ROM_QSTR(MP_QSTR_ulp), MP_ROM_PTR(&math_ulp_obj)},
};
static MP_DEFINE_CONST_DICT(math_globals, math_globals_table);
MP_DEFINE_CONST_MODULE(mp_module_math, math_globals);
