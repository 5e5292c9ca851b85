// modcmath.c: the cmath module: math on complex numbers.
// Finite arguments use the numerically careful formulas (Kahan's for the
// inverse functions, scaled hypot for sqrt/log) so results match CPython's;
// infinite and NaN parts get the C99 Annex G special values from libm's
// <complex.h>. Errors are CPython's: ValueError("math domain error") at
// singularities, OverflowError("math range error") on overflow.
#include <math.h>
#include <float.h>
#include <complex.h>
#include <errno.h>
#include "runtime.h"
#include "objmodule.h"
#include "objcomplex.h"
#include "objfloat.h"
#include "math_util.h"

#define CMATH_FUN(obj, q, nmin, nmax, kind, field, f) \
    static const mp_obj_fun_builtin_t obj = {{&mp_type_builtin_function}, nmin, nmax, kind, q, .fun.field = f}

typedef struct {
    double re, im;
} cplx_t;

// Result status of a complex function.
enum { C_OK = 0, C_DOMAIN, C_RANGE };

#define LN2 0.6931471805599453
#define LN10 2.302585092994046
// Above this size, intermediate results such as |z|**2 or 1 + |z| could
// overflow, so the functions switch to asymptotic forms.
#define LARGE_DOUBLE (DBL_MAX / 4.0)
#define SQRT_LARGE_DOUBLE 6.703903964971298e+153  // sqrt(LARGE_DOUBLE)
#define LOG_LARGE_DOUBLE 708.3964185322641        // log(LARGE_DOUBLE)
#define SQRT_DBL_MIN 1.4916681462400413e-154      // sqrt(DBL_MIN)

static inline cplx_t mk(double re, double im) {
    cplx_t r = {re, im};
    return r;
}

static inline bool c_finite(cplx_t z) {
    return isfinite(z.re) && isfinite(z.im);
}

static inline cplx_t from_c99(double complex w) {
    return mk(creal(w), cimag(w));
}

// CPython's special-value tables ignore the sign of a NaN; libm does not,
// so NaNs are made positive before calling it.
static inline double complex to_c99(cplx_t z) {
    return CMPLX(isnan(z.re) ? NAN : z.re, isnan(z.im) ? NAN : z.im);
}

// (copysign(mag, cos phi), copysign(mag, sin phi)): the value of exp, cosh,
// sinh and rect when an infinite (or zero) modulus meets a finite angle.
static MP_NOINLINE cplx_t signs_of_angle(double mag, double phi) {
    return mk(copysign(mag, cos(phi)), copysign(mag, sin(phi)));
}

// log|z| + 2 log 2 for huge z (the asymptotic real part of the inverse
// functions), with |z| halved so hypot cannot overflow.
static MP_NOINLINE double log_large(cplx_t z) {
    return log(hypot(z.re / 2.0, z.im / 2.0)) + 2.0 * LN2;
}

// f(z) by the C99 function f: the special values of non-finite arguments.
// (One out-of-line helper instead of the conversions at every call.)
static MP_NOINLINE cplx_t c99(double complex (*f)(double complex), cplx_t z) {
    return from_c99(f(to_c99(z)));
}

// ---------------------------------------------------------------------------
// The functions. Each returns the status and writes *r.

// exp, cosh and sinh of a finite z = x + iy: (cos y * A(x), sin y * B(x))
// with (A, B) = (exp, exp), (cosh, sinh) or (sinh, cosh). A(x) alone may
// overflow where the product does not: then A and B are taken at x -+ 1
// and the product multiplied by e last (x * 1.0 is exact otherwise).
enum { CIS_EXP, CIS_COSH, CIS_SINH };
static int cis_scaled(cplx_t z, cplx_t *r, int kind) {
    double f = 1.0, x = z.re;
    // (exp of a very negative x just underflows: no scaling there.)
    if ((kind == CIS_EXP ? x : fabs(x)) > LOG_LARGE_DOUBLE) {
        x -= copysign(1.0, x);
        f = MP_MATH_E;
    }
    double a, b;
    if (kind == CIS_EXP) {
        a = b = exp(x);
    } else {
        a = cosh(x);
        b = sinh(x);
        if (kind == CIS_SINH) {
            double t = a;
            a = b;
            b = t;
        }
    }
    *r = mk(cos(z.im) * a * f, sin(z.im) * b * f);
    return isinf(r->re) || isinf(r->im) ? C_RANGE : C_OK;
}

static int c_sqrt(cplx_t z, cplx_t *r) {
    if (!c_finite(z)) {
        *r = c99(csqrt, z);
        return C_OK;
    }
    if (z.re == 0.0 && z.im == 0.0) {
        *r = mk(0.0, z.im);
        return C_OK;
    }
    double ax = fabs(z.re), ay = fabs(z.im);
    double s;
    if (ax < DBL_MIN && ay < DBL_MIN) {
        // |z| would be subnormal: scale up by 2**53 (an even power so the
        // root scales back exactly by 2**-27 after the halving below).
        ax = ldexp(ax, 53);
        s = ldexp(sqrt(ax + hypot(ax, ldexp(ay, 53))), -27);
    } else {
        // s = sqrt((ax + |z|) / 2), with the operands scaled down by 8 so
        // the sum cannot overflow.
        ax /= 8.0;
        s = 2.0 * sqrt(ax + hypot(ax, ay / 8.0));
    }
    double d = ay / (2.0 * s);
    if (z.re >= 0.0) {
        *r = mk(s, copysign(d, z.im));
    } else {
        *r = mk(d, copysign(s, z.im));
    }
    return C_OK;
}

static int c_exp(cplx_t z, cplx_t *r) {
    if (!c_finite(z)) {
        if (isinf(z.re) && isfinite(z.im) && z.im != 0.0) {
            *r = signs_of_angle(z.re > 0 ? INFINITY : 0.0, z.im);
        } else if (z.re == -INFINITY && !isfinite(z.im)) {
            // exp(-inf + i y) for y inf or nan: the zero is unsigned
            *r = mk(0.0, 0.0);
        } else {
            *r = c99(cexp, z);
        }
        if (isinf(z.im) && (isfinite(z.re) || (isinf(z.re) && z.re > 0))) {
            return C_DOMAIN;
        }
        return C_OK;
    }
    return cis_scaled(z, r, CIS_EXP);
}

static int c_log(cplx_t z, cplx_t *r) {
    if (!c_finite(z)) {
        *r = c99(clog, z);
        return C_OK;
    }
    double ax = fabs(z.re), ay = fabs(z.im);
    double re;
    if (ax > LARGE_DOUBLE || ay > LARGE_DOUBLE) {
        re = log(hypot(ax / 2.0, ay / 2.0)) + LN2;
    } else if (ax < DBL_MIN && ay < DBL_MIN) {
        if (ax > 0.0 || ay > 0.0) {
            // |z| is subnormal: scale up for full precision.
            re = log(hypot(ldexp(ax, DBL_MANT_DIG), ldexp(ay, DBL_MANT_DIG))) - DBL_MANT_DIG * LN2;
        } else {
            *r = mk(-INFINITY, atan2(z.im, z.re));
            return C_DOMAIN;
        }
    } else {
        double h = hypot(ax, ay);
        if (0.71 <= h && h <= 1.73) {
            // near the unit circle log(h) loses precision; use
            // log1p(|z|**2 - 1) / 2 with the difference formed exactly-ish.
            double am = ax > ay ? ax : ay;
            double an = ax > ay ? ay : ax;
            double t = (am - 1) * (am + 1) + an * an;
            re = log1p(t) / 2.0;
        } else {
            re = log(h);
        }
    }
    *r = mk(re, atan2(z.im, z.re));
    return C_OK;
}

// cosh and sinh share their special values and scaling; they differ by
// which of cosh x, sinh x multiplies cos y and sin y (and the signs at -inf).
static int c_cosh_sinh(cplx_t z, cplx_t *r, bool is_sinh) {
    if (!c_finite(z)) {
        if (isinf(z.re) && isfinite(z.im) && z.im != 0.0) {
            *r = signs_of_angle(INFINITY, z.im);
            if (z.re < 0) {
                // cosh is even (negate the sin part), sinh odd (the cos part).
                if (is_sinh) {
                    r->re = -r->re;
                } else {
                    r->im = -r->im;
                }
            }
        } else if (!is_sinh && isnan(z.re) && z.im == 0.0) {
            *r = mk(NAN, 0.0);
        } else if (is_sinh && z.re == 0.0 && isnan(z.im)) {
            *r = mk(0.0, NAN);
        } else {
            *r = c99(is_sinh ? csinh : ccosh, z);
        }
        return isinf(z.im) && !isnan(z.re) ? C_DOMAIN : C_OK;
    }
    return cis_scaled(z, r, is_sinh ? CIS_SINH : CIS_COSH);
}

static int c_cosh(cplx_t z, cplx_t *r) {
    return c_cosh_sinh(z, r, false);
}

static int c_sinh(cplx_t z, cplx_t *r) {
    return c_cosh_sinh(z, r, true);
}

static int c_tanh(cplx_t z, cplx_t *r) {
    if (!c_finite(z)) {
        if (isinf(z.re) && isfinite(z.im) && z.im != 0.0) {
            *r = mk(z.re > 0 ? 1.0 : -1.0, copysign(0.0, 2.0 * sin(z.im) * cos(z.im)));
        } else if (isinf(z.re) && !isfinite(z.im)) {
            *r = mk(z.re > 0 ? 1.0 : -1.0, 0.0);
        } else if (z.re == 0.0 && isnan(z.im)) {
            *r = mk(NAN, NAN);
        } else {
            *r = c99(ctanh, z);
        }
        return isinf(z.im) && isfinite(z.re) ? C_DOMAIN : C_OK;
    }
    if (fabs(z.re) > LOG_LARGE_DOUBLE) {
        *r = mk(copysign(1.0, z.re), 4.0 * sin(z.im) * cos(z.im) * exp(-2.0 * fabs(z.re)));
    } else {
        // tanh(x + iy) = (tx + i ty (1 - tx**2)) / (1 + (tx ty)**2) in terms
        // of tx = tanh x, ty = tan y, with 1 - tx**2 = sech(x)**2.
        double tx = tanh(z.re);
        double ty = tan(z.im);
        double cx = 1.0 / cosh(z.re);
        double txty = tx * ty;
        double denom = 1.0 + txty * txty;
        *r = mk(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx);
    }
    return C_OK;
}

static int c_asinh(cplx_t z, cplx_t *r) {
    if (!c_finite(z)) {
        *r = c99(casinh, z);
        return C_OK;
    }
    if (fabs(z.re) > LARGE_DOUBLE || fabs(z.im) > LARGE_DOUBLE) {
        double lg = log_large(z);
        double re = z.im >= 0.0 ? copysign(lg, z.re) : -copysign(lg, -z.re);
        *r = mk(re, atan2(z.im, fabs(z.re)));
        return C_OK;
    }
    cplx_t s1, s2;
    c_sqrt(mk(1.0 + z.im, -z.re), &s1);
    c_sqrt(mk(1.0 - z.im, z.re), &s2);
    *r = mk(asinh(s1.re * s2.im - s2.re * s1.im), atan2(z.im, s1.re * s2.re - s1.im * s2.im));
    return C_OK;
}

static int c_acosh(cplx_t z, cplx_t *r) {
    if (!c_finite(z)) {
        if (z.re == 0.0 && isnan(z.im)) {
            *r = mk(NAN, NAN);
        } else {
            *r = c99(cacosh, z);
        }
        return C_OK;
    }
    if (fabs(z.re) > LARGE_DOUBLE || fabs(z.im) > LARGE_DOUBLE) {
        *r = mk(log_large(z), atan2(z.im, z.re));
        return C_OK;
    }
    cplx_t s1, s2;
    c_sqrt(mk(z.re - 1.0, z.im), &s1);
    c_sqrt(mk(z.re + 1.0, z.im), &s2);
    *r = mk(asinh(s1.re * s2.re + s1.im * s2.im), 2.0 * atan2(s1.im, s2.re));
    return C_OK;
}

static int c_acos(cplx_t z, cplx_t *r) {
    if (!c_finite(z)) {
        if (isinf(z.re) && isnan(z.im)) {
            *r = mk(NAN, INFINITY);
        } else {
            *r = c99(cacos, z);
        }
        return C_OK;
    }
    if (fabs(z.re) > LARGE_DOUBLE || fabs(z.im) > LARGE_DOUBLE) {
        double lg = log_large(z);
        double im = z.re < 0.0 ? -copysign(lg, z.im) : copysign(lg, -z.im);
        *r = mk(atan2(fabs(z.im), z.re), im);
        return C_OK;
    }
    cplx_t s1, s2;
    c_sqrt(mk(1.0 - z.re, -z.im), &s1);
    c_sqrt(mk(1.0 + z.re, z.im), &s2);
    *r = mk(2.0 * atan2(s1.re, s2.re), asinh(s2.re * s1.im - s2.im * s1.re));
    return C_OK;
}

static int c_atanh(cplx_t z, cplx_t *r) {
    if (!c_finite(z)) {
        *r = c99(catanh, z);
        return C_OK;
    }
    if (z.re < 0.0) {
        // atanh is odd: work with re >= 0.
        int st = c_atanh(mk(-z.re, -z.im), r);
        r->re = -r->re;
        r->im = -r->im;
        return st;
    }
    double ay = fabs(z.im);
    if (z.re > SQRT_LARGE_DOUBLE || ay > SQRT_LARGE_DOUBLE) {
        // atanh(z) ~ 1/z +- i pi/2 for large |z|.
        double h = hypot(z.re / 2.0, z.im / 2.0);
        *r = mk(z.re / 4.0 / h / h, -copysign(MP_MATH_PI / 2.0, -z.im));
        return C_OK;
    }
    if (z.re == 1.0 && ay < SQRT_DBL_MIN) {
        if (ay == 0.0) {
            *r = mk(INFINITY, z.im);
            return C_DOMAIN;
        }
        *r = mk(-log(sqrt(ay) / sqrt(hypot(ay, 2.0))), copysign(atan2(2.0, -ay) / 2.0, z.im));
        return C_OK;
    }
    double om = 1.0 - z.re;
    *r = mk(log1p(4.0 * z.re / (om * om + ay * ay)) / 4.0,
        -atan2(-2.0 * z.im, om * (1.0 + z.re) - ay * ay) / 2.0);
    return C_OK;
}

// The circular functions from the hyperbolic ones: f(z) = -i g(iz).
// (cos(z) = cosh(iz) needs no rotation back.)
static int c_rotated(int (*g)(cplx_t, cplx_t *), cplx_t z, cplx_t *r) {
    cplx_t s;
    int st = g(mk(-z.im, z.re), &s);
    *r = mk(s.im, -s.re);
    return st;
}

static int c_asin(cplx_t z, cplx_t *r) {
    return c_rotated(c_asinh, z, r);
}

static int c_atan(cplx_t z, cplx_t *r) {
    return c_rotated(c_atanh, z, r);
}

static int c_cos(cplx_t z, cplx_t *r) {
    return c_cosh(mk(-z.im, z.re), r);
}

static int c_sin(cplx_t z, cplx_t *r) {
    return c_rotated(c_sinh, z, r);
}

static int c_tan(cplx_t z, cplx_t *r) {
    return c_rotated(c_tanh, z, r);
}

static int c_log10(cplx_t z, cplx_t *r) {
    int st = c_log(z, r);
    r->re /= LN10;
    r->im /= LN10;
    return st;
}

// Complex division a / b (the complex type's algorithm).
static int c_quot(cplx_t a, cplx_t b, cplx_t *r) {
    double q[2];
    bool ok = mp_complex_quot(a.re, a.im, b.re, b.im, q);
    *r = mk(q[0], q[1]);
    return ok ? C_OK : C_DOMAIN;
}

// ---------------------------------------------------------------------------
// Python wrappers.

static cplx_t get_cplx(mp_obj_t o) {
    cplx_t z;
    mp_obj_get_complex(o, &z.re, &z.im);
    return z;
}

static mp_obj_t result(int st, cplx_t r) {
    if (st == C_DOMAIN) {
        mp_math_domain_error();
    }
    if (st == C_RANGE) {
        mp_math_range_error();
    }
    return mp_obj_new_complex(r.re, r.im);
}

static mp_obj_t cmath_1(mp_obj_t arg, int (*f)(cplx_t, cplx_t *)) {
    cplx_t r;
    int st = f(get_cplx(arg), &r);
    return result(st, r);
}

#define CMATH_1(name, cfun) \
    static mp_obj_t cmath_##name(mp_obj_t a) { return cmath_1(a, cfun); } \
    CMATH_FUN(cmath_##name##_obj, MP_QSTR_##name, 1, 1, MP_FUN_KIND_1, _1, cmath_##name);

CMATH_1(sqrt, c_sqrt)
CMATH_1(exp, c_exp)
CMATH_1(log10, c_log10)
CMATH_1(cos, c_cos)
CMATH_1(sin, c_sin)
CMATH_1(tan, c_tan)
CMATH_1(cosh, c_cosh)
CMATH_1(sinh, c_sinh)
CMATH_1(tanh, c_tanh)
CMATH_1(acos, c_acos)
CMATH_1(asin, c_asin)
CMATH_1(atan, c_atan)
CMATH_1(acosh, c_acosh)
CMATH_1(asinh, c_asinh)
CMATH_1(atanh, c_atanh)

static mp_obj_t cmath_log(size_t n_args, const mp_obj_t *args) {
    cplx_t r;
    int st = c_log(get_cplx(args[0]), &r);
    if (n_args == 2) {
        // As in CPython only the status of the last step counts, so
        // log(0, b) is (-inf+nanj) rather than an error.
        cplx_t b;
        st = c_log(get_cplx(args[1]), &b);
        if (st == C_OK) {
            st = c_quot(r, b, &r);
        }
    }
    return result(st, r);
}
CMATH_FUN(cmath_log_obj, MP_QSTR_log, 1, 2, MP_FUN_KIND_VAR, var, cmath_log);

static mp_obj_t cmath_phase(mp_obj_t a) {
    cplx_t z = get_cplx(a);
    // CPython reports libm's underflow signal here as a range error.
    errno = 0;
    double r = atan2(z.im, z.re);
    if (errno == ERANGE) {
        mp_math_range_error();
    }
    return mp_obj_float_box(r);
}
CMATH_FUN(cmath_phase_obj, MP_QSTR_phase, 1, 1, MP_FUN_KIND_1, _1, cmath_phase);

// |z| with the special cases of complex abs().
static double c_abs(cplx_t z, int *st) {
    *st = C_OK;
    if (!c_finite(z)) {
        if (isinf(z.re) || isinf(z.im)) {
            return INFINITY;
        }
        return NAN;
    }
    double h = hypot(z.re, z.im);
    if (isinf(h)) {
        *st = C_RANGE;
    }
    return h;
}

static mp_obj_t cmath_polar(mp_obj_t a) {
    cplx_t z = get_cplx(a);
    int st;
    double r = c_abs(z, &st);
    if (st != C_OK) {
        mp_math_range_error();
    }
    mp_obj_t items[2] = {mp_obj_float_box(r), mp_obj_float_box(atan2(z.im, z.re))};
    return mp_obj_new_tuple(2, items);
}
CMATH_FUN(cmath_polar_obj, MP_QSTR_polar, 1, 1, MP_FUN_KIND_1, _1, cmath_polar);

static mp_obj_t cmath_rect(mp_obj_t ro, mp_obj_t phio) {
    double r = mp_obj_get_float_strict(ro);
    double phi = mp_obj_get_float_strict(phio);
    cplx_t z;
    int st = C_OK;
    if (isnan(r)) {
        z = mk(NAN, phi == 0.0 ? 0.0 : NAN);
    } else if (phi == 0.0) {
        // The imaginary zero gets the sign of r * phi, also for r = +-inf.
        z = mk(r, copysign(0.0, r) * phi);
    } else if (isfinite(phi)) {
        // Also right for r = +-inf: cos and sin of a finite non-zero
        // double are never exactly 0, so the infinities get their signs.
        z = mk(r * cos(phi), r * sin(phi));
    } else {
        // phi inf or nan
        z = isinf(r) ? mk(INFINITY, NAN) : r == 0.0 ? mk(0.0, 0.0) : mk(NAN, NAN);
        if (r != 0.0 && isinf(phi)) {
            st = C_DOMAIN;
        }
    }
    return result(st, z);
}
CMATH_FUN(cmath_rect_obj, MP_QSTR_rect, 2, 2, MP_FUN_KIND_2, _2, cmath_rect);

static mp_obj_t cmath_isfinite(mp_obj_t a) {
    cplx_t z = get_cplx(a);
    return mp_obj_new_bool(isfinite(z.re) && isfinite(z.im));
}
CMATH_FUN(cmath_isfinite_obj, MP_QSTR_isfinite, 1, 1, MP_FUN_KIND_1, _1, cmath_isfinite);

static mp_obj_t cmath_isinf(mp_obj_t a) {
    cplx_t z = get_cplx(a);
    return mp_obj_new_bool(isinf(z.re) || isinf(z.im));
}
CMATH_FUN(cmath_isinf_obj, MP_QSTR_isinf, 1, 1, MP_FUN_KIND_1, _1, cmath_isinf);

static mp_obj_t cmath_isnan(mp_obj_t a) {
    cplx_t z = get_cplx(a);
    return mp_obj_new_bool(isnan(z.re) || isnan(z.im));
}
CMATH_FUN(cmath_isnan_obj, MP_QSTR_isnan, 1, 1, MP_FUN_KIND_1, _1, cmath_isnan);

static mp_obj_t cmath_isclose(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    double rel, abs_tol;
    mp_obj_t ao, bo;
    mp_math_get_tolerances(MP_QSTR_isclose, n_args, args, kw, &ao, &bo, &rel, &abs_tol);
    cplx_t a = get_cplx(ao), b = get_cplx(bo);
    if (a.re == b.re && a.im == b.im) {
        return mp_const_true;
    }
    if (isinf(a.re) || isinf(a.im) || isinf(b.re) || isinf(b.im)) {
        return mp_const_false;
    }
    int st;
    double diff = c_abs(mk(a.re - b.re, a.im - b.im), &st);
    return mp_obj_new_bool(diff <= rel * c_abs(b, &st) || diff <= rel * c_abs(a, &st) || diff <= abs_tol);
}
CMATH_FUN(cmath_isclose_obj, MP_QSTR_isclose, 0, MP_FUN_ARGS_MAX, MP_FUN_KIND_KW, kw, cmath_isclose);

// infj and nanj are complex objects; a const table needs static objects.
static const mp_obj_complex_t cmath_infj_obj = {{&mp_type_complex}, 0.0, INFINITY};
static const mp_obj_complex_t cmath_nanj_obj = {{&mp_type_complex}, 0.0, NAN};

static const mp_rom_map_elem_t cmath_globals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_cmath)},
    {MP_ROM_QSTR(MP_QSTR_e), MP_MATH_E_OBJ},
    {MP_ROM_QSTR(MP_QSTR_pi), MP_MATH_PI_OBJ},
    {MP_ROM_QSTR(MP_QSTR_tau), MP_MATH_TAU_OBJ},
    {MP_ROM_QSTR(MP_QSTR_inf), MP_MATH_INF_OBJ},
    {MP_ROM_QSTR(MP_QSTR_nan), MP_MATH_NAN_OBJ},
    {MP_ROM_QSTR(MP_QSTR_infj), MP_ROM_PTR(&cmath_infj_obj)},
    {MP_ROM_QSTR(MP_QSTR_nanj), MP_ROM_PTR(&cmath_nanj_obj)},
    {MP_ROM_QSTR(MP_QSTR_acos), MP_ROM_PTR(&cmath_acos_obj)},
    {MP_ROM_QSTR(MP_QSTR_acosh), MP_ROM_PTR(&cmath_acosh_obj)},
    {MP_ROM_QSTR(MP_QSTR_asin), MP_ROM_PTR(&cmath_asin_obj)},
    {MP_ROM_QSTR(MP_QSTR_asinh), MP_ROM_PTR(&cmath_asinh_obj)},
    {MP_ROM_QSTR(MP_QSTR_atan), MP_ROM_PTR(&cmath_atan_obj)},
    {MP_ROM_QSTR(MP_QSTR_atanh), MP_ROM_PTR(&cmath_atanh_obj)},
    {MP_ROM_QSTR(MP_QSTR_cos), MP_ROM_PTR(&cmath_cos_obj)},
    {MP_ROM_QSTR(MP_QSTR_cosh), MP_ROM_PTR(&cmath_cosh_obj)},
    {MP_ROM_QSTR(MP_QSTR_exp), MP_ROM_PTR(&cmath_exp_obj)},
    {MP_ROM_QSTR(MP_QSTR_isclose), MP_ROM_PTR(&cmath_isclose_obj)},
    {MP_ROM_QSTR(MP_QSTR_isfinite), MP_ROM_PTR(&cmath_isfinite_obj)},
    {MP_ROM_QSTR(MP_QSTR_isinf), MP_ROM_PTR(&cmath_isinf_obj)},
    {MP_ROM_QSTR(MP_QSTR_isnan), MP_ROM_PTR(&cmath_isnan_obj)},
    {MP_ROM_QSTR(MP_QSTR_log), MP_ROM_PTR(&cmath_log_obj)},
    {MP_ROM_QSTR(MP_QSTR_log10), MP_ROM_PTR(&cmath_log10_obj)},
    {MP_ROM_QSTR(MP_QSTR_phase), MP_ROM_PTR(&cmath_phase_obj)},
    {MP_ROM_QSTR(MP_QSTR_polar), MP_ROM_PTR(&cmath_polar_obj)},
    {MP_ROM_QSTR(MP_QSTR_rect), MP_ROM_PTR(&cmath_rect_obj)},
    {MP_ROM_QSTR(MP_QSTR_sin), MP_ROM_PTR(&cmath_sin_obj)},
    {MP_ROM_QSTR(MP_QSTR_sinh), MP_ROM_PTR(&cmath_sinh_obj)},
    {MP_ROM_QSTR(MP_QSTR_sqrt), MP_ROM_PTR(&cmath_sqrt_obj)},
    {MP_ROM_QSTR(MP_QSTR_tan), MP_ROM_PTR(&cmath_tan_obj)},
    {MP_ROM_QSTR(MP_QSTR_tanh), MP_ROM_PTR(&cmath_tanh_obj)},
};
static MP_DEFINE_CONST_DICT(cmath_globals, cmath_globals_table);
MP_DEFINE_CONST_MODULE(mp_module_cmath, cmath_globals);
