// math_util.h: helpers shared by the math and cmath modules (modmath.c).
#ifndef MP_EXTMOD_MATH_UTIL_H
#define MP_EXTMOD_MATH_UTIL_H

#include "obj.h"

#define MP_MATH_E 2.718281828459045
#define MP_MATH_PI 3.141592653589793
#define MP_MATH_TAU 6.283185307179586

// Boxed float constants for const tables: the IEEE bits of the double plus
// the NaN-boxing offset (see obj.h), written out because a const
// initialiser cannot reinterpret a double.
#define MP_MATH_BOXED(bits) ((mp_obj_t)((bits) + MP_FLOAT_OFFSET))
#define MP_MATH_E_OBJ MP_MATH_BOXED(0x4005bf0a8b145769ULL)
#define MP_MATH_PI_OBJ MP_MATH_BOXED(0x400921fb54442d18ULL)
#define MP_MATH_TAU_OBJ MP_MATH_BOXED(0x401921fb54442d18ULL)
#define MP_MATH_INF_OBJ MP_MATH_BOXED(0x7ff0000000000000ULL)
#define MP_MATH_NAN_OBJ MP_MATH_BOXED(0x7ff8000000000000ULL)

// ValueError("math domain error") / OverflowError("math range error").
MP_NORETURN void mp_math_domain_error(void);
MP_NORETURN void mp_math_range_error(void);

// Parses (a, b, *, rel_tol=1e-09, abs_tol=0.0) of isclose; raises
// ValueError for negative tolerances.
void mp_math_get_tolerances(qstr fname, size_t n_args, const mp_obj_t *args, mp_map_t *kw, mp_obj_t *a, mp_obj_t *b, double *rel, double *abs_tol);

// Euclidean norm of v[0..n), |v[i]| <= vmax; inf if vmax is inf, else NaN
// if found_nan. Nearly always correctly rounded.
double mp_math_vector_norm(size_t n, const double *v, double vmax, bool found_nan);

#endif
