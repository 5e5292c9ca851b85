// objcomplex.h: the complex type's layout and helpers for other files
// (cmath, format()).
#ifndef MP_PY_OBJCOMPLEX_H
#define MP_PY_OBJCOMPLEX_H

#include "obj.h"

typedef struct _mp_obj_complex_t {
    mp_obj_base_t base;  // &mp_type_complex
    mp_float_t real;
    mp_float_t imag;
} mp_obj_complex_t;

// Real and imaginary parts of a complex, float, int or bool (or subclass
// instance of these). Returns false if o is not a number.
bool mp_obj_get_complex_maybe(mp_obj_t o, mp_float_t *real, mp_float_t *imag);
// Same, raising TypeError "must be real number, not X"-style if not a number
// (accepts __complex__ / __float__ / __index__).
void mp_obj_get_complex(mp_obj_t o, mp_float_t *real, mp_float_t *imag);
mp_obj_t mp_obj_complex_binary_op(mp_binary_op_t op, mp_float_t lhs_real, mp_float_t lhs_imag, mp_obj_t rhs);
// Parse complex("...") text; raises ValueError("complex() arg is a malformed string").
mp_obj_t mp_obj_complex_from_str(const char *s, size_t len);
// format(complex, spec) numeric part: fmt/precision/flags as
// mp_float_format (no grouping/zero padding: not allowed for complex).
void mp_complex_format(vstr_t *out, mp_float_t real, mp_float_t imag, char fmt, int precision, int flags);
mp_int_t mp_complex_hash(mp_float_t real, mp_float_t imag);
// (ar + ai j) / (br + bi j) into out[0] (real), out[1] (imag), by CPython's
// algorithm; false (and 0j) for a zero divisor.
bool mp_complex_quot(mp_float_t ar, mp_float_t ai, mp_float_t br, mp_float_t bi, mp_float_t *out);

#endif
