// objfloat.h: float helpers shared with other files: conversions and the
// formatting engine behind repr(), str(), format() and %.
#ifndef MP_PY_OBJFLOAT_H
#define MP_PY_OBJFLOAT_H

#include "obj.h"
#include "objint.h"  // MP_NUMFMT_* flags

// Formats v into out. fmt is one of:
//   'e' 'E' 'f' 'F' 'g' 'G' '%'  as format()/% with that type
//   'n'                          like 'g' (no locale)
//   'r'                          repr()/str(): shortest round-trip text
//   'R'                          same without the ".0" of integral values
//                                (the parts of a complex repr)
//   0                            format() with no type letter: like 'r'
//                                if precision < 0, else like 'g' but with at
//                                least one digit after the point in fixed
//                                notation
// precision < 0 means the default (6 for e/f/g/%). flags: MP_NUMFMT_*
// (ALT is '#'). grouping_char (',' or '_' or 0) groups the integer part in
// threes. zero_width: see mp_int_format (zero padding after the sign).
// inf/nan are written as inf/nan (INF/NAN for upper-case types).
void mp_float_format(vstr_t *out, mp_float_t v, char fmt, int precision, int flags, char grouping_char, size_t zero_width);
// The shortest round-tripping digits of v (finite, v != 0 allowed):
// writes up to 17 ASCII digits (no trailing zeros) into digits and returns
// their count; *exp10 is the decimal exponent such that
// v == 0.d1d2d3... * 10**exp10. For 0 returns "0" and exp10 1.
int mp_float_shortest_digits(mp_float_t v, char *digits, int *exp10);
// mp_obj_new_float out of line: the inline boxing (NaN canonicalisation)
// is ~30 bytes of code per call site, so code off the hot paths uses this.
mp_obj_t mp_obj_float_box(mp_float_t v);
// The value of a float or float-subclass instance; false for anything else.
bool mp_obj_float_native(mp_obj_t o, mp_float_t *v);
// Appends the integer digits d[0..len) (len 0 for inf/nan) zero-padded on
// the left so that, with the `others` bytes around them (sign, prefix,
// fraction), the number takes at least zero_width bytes; grouped in
// `group`s by the grouping char (0: none). Shared by int and float format.
void mp_format_digits(vstr_t *out, const char *d, size_t len, size_t others, char grouping, size_t group, size_t zero_width);

// float(x) for any object (str parsing with float()'s rules and message,
// __float__, __index__, int, float).
mp_obj_t mp_obj_float_from_obj(mp_obj_t x);
// round(x, ndigits) for a float; ndigits MP_OBJ_NULL or None returns an int.
mp_obj_t mp_obj_float_round(mp_float_t x, mp_obj_t ndigits);
// Python float floor division / modulo (ZeroDivisionError raised).
mp_float_t mp_float_floordiv(mp_float_t a, mp_float_t b);
mp_float_t mp_float_mod(mp_float_t a, mp_float_t b);
// Float of any int-like or float-like value; raises TypeError
// "must be real number, not X" otherwise (accepts __float__ / __index__).
mp_float_t mp_obj_get_float_strict(mp_obj_t o);

#endif
