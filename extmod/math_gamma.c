// math_gamma.c: gamma and lgamma for the math module.
// Both use the Lanczos approximation with g = 6.024680040776729583740234375
// and N = 13 terms (the "lanczos13m53" coefficient set published with
// Boost.Math), written as a ratio of two polynomials, plus the reflection
// formula for negative arguments. This is the method CPython uses, so the
// results agree with it to the last bit (libm's tgamma/lgamma are not
// identical in the last place).
#include <math.h>
#include "math_gamma.h"

#define LANCZOS_N 13
static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_minus_half = 5.524680040776729583740234375;

// Numerator coefficients; the denominator is the expansion of the rising
// product x (x + 1) ... (x + 11) (so that the ratio tends to the Lanczos
// partial-fraction sum).
static const double lanczos_num[LANCZOS_N] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};

static const double lanczos_den[LANCZOS_N] = {
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
    13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
};

// (k-1)! for k = 1..23: exact in a double.
#define N_EXACT 23

static const double pi = 3.141592653589793238462643383279502884197;
static const double log_pi = 1.144729885849400174143427351353058711647;

// The rational function num(x) / den(x), x > 0. For large x both are
// evaluated in powers of 1/x so that nothing overflows.
static double lanczos_sum(double x) {
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
        for (int i = LANCZOS_N - 1; i >= 0; i--) {
            num = num * x + lanczos_num[i];
            den = den * x + lanczos_den[i];
        }
    } else {
        for (int i = 0; i < LANCZOS_N; i++) {
            num = num / x + lanczos_num[i];
            den = den / x + lanczos_den[i];
        }
    }
    return num / den;
}

// sin(pi * x) with the argument reduced exactly first, so that it is
// exactly zero at the integers.
static double sin_pi(double x) {
    double y = fmod(fabs(x), 2.0);
    int n = (int)round(2.0 * y);
    double r;
    switch (n) {
        case 0:
            r = sin(pi * y);
            break;
        case 1:
            r = cos(pi * (y - 0.5));
            break;
        case 2:
            // sin(pi (1 - y)), not -sin(pi (y - 1)): +0.0 at y == 1.
            r = sin(pi * (1.0 - y));
            break;
        case 3:
            r = -cos(pi * (y - 1.5));
            break;
        default:
            r = sin(pi * (y - 2.0));
            break;
    }
    return copysign(1.0, x) * r;
}

double mp_math_gamma(double x, int *err) {
    *err = MP_MATH_OK;
    if (!isfinite(x)) {
        if (isnan(x) || x > 0.0) {
            return x;
        }
        *err = MP_MATH_EDOM;
        return NAN;
    }
    if (x == 0.0) {
        *err = MP_MATH_EDOM;
        return copysign(INFINITY, x);
    }
    if (x == floor(x)) {
        if (x < 0.0) {
            *err = MP_MATH_EDOM;
            return NAN;
        }
        if (x <= N_EXACT) {
            double r = 1.0;
            for (int k = 2; k < (int)x; k++) {
                r *= k;
            }
            return r;
        }
    }
    double ax = fabs(x);
    if (ax < 1e-20) {
        double r = 1.0 / x;
        if (isinf(r)) {
            *err = MP_MATH_ERANGE;
        }
        return r;
    }
    if (ax > 200.0) {
        if (x < 0.0) {
            // underflows to a zero of the sign of gamma(x)
            return 0.0 / sin_pi(x);
        }
        *err = MP_MATH_ERANGE;
        return INFINITY;
    }
    double y = ax + lanczos_g_minus_half;
    // z: the rounding error made in forming y, scaled for the correction.
    double z;
    if (ax > lanczos_g_minus_half) {
        double q = y - ax;
        z = q - lanczos_g_minus_half;
    } else {
        double q = y - lanczos_g_minus_half;
        z = q - ax;
    }
    z = z * lanczos_g / y;
    double r;
    if (x < 0.0) {
        r = -pi / sin_pi(ax) / ax * exp(y) / lanczos_sum(ax);
        r -= z * r;
        if (ax < 140.0) {
            r /= pow(y, ax - 0.5);
        } else {
            // y**(ax - 0.5) alone would overflow
            double sp = pow(y, ax / 2.0 - 0.25);
            r /= sp;
            r /= sp;
        }
    } else {
        r = lanczos_sum(ax) / exp(y);
        r += z * r;
        if (ax < 140.0) {
            r *= pow(y, ax - 0.5);
        } else {
            double sp = pow(y, ax / 2.0 - 0.25);
            r *= sp;
            r *= sp;
        }
    }
    if (isinf(r)) {
        *err = MP_MATH_ERANGE;
    }
    return r;
}

double mp_math_lgamma(double x, int *err) {
    *err = MP_MATH_OK;
    if (!isfinite(x)) {
        return isnan(x) ? x : INFINITY;
    }
    if (x == floor(x) && x <= 2.0) {
        if (x <= 0.0) {
            *err = MP_MATH_EDOM;
            return INFINITY;
        }
        return 0.0;  // lgamma(1) == lgamma(2) == 0
    }
    double ax = fabs(x);
    if (ax < 1e-20) {
        return -log(ax);
    }
    double r = log(lanczos_sum(ax)) - lanczos_g;
    r += (ax - 0.5) * (log(ax + lanczos_g - 0.5) - 1);
    if (x < 0.0) {
        // reflection: lgamma(x) = log(pi / |sin(pi x)|) - log|x| - lgamma(|x|)
        r = log_pi - log(fabs(sin_pi(ax))) - log(ax) - r;
    }
    if (isinf(r)) {
        *err = MP_MATH_ERANGE;
    }
    return r;
}
