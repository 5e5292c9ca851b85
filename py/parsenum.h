// parsenum.h: number parsing shared by the lexer/compiler (literals) and the
// int()/float()/complex() constructors.
#ifndef MP_PY_PARSENUM_H
#define MP_PY_PARSENUM_H

#include "obj.h"

// Python integer syntax in base (0 = auto-detect 0x/0o/0b, with the literal
// rule that a non-zero decimal may not start with 0). Underscores allowed
// between digits and after a base prefix. Leading/trailing whitespace and
// a sign are accepted. On bad syntax returns MP_OBJ_NULL (no exception).
mp_obj_t mp_parse_num_integer_maybe(const char *str, size_t len, int base);
// Same but raises ValueError("invalid literal for int() with base N: <repr>")
// where repr is of orig (the str/bytes/bytearray object parsed; if
// MP_OBJ_NULL a str of the text is used).
mp_obj_t mp_parse_num_integer(const char *str, size_t len, int base, mp_obj_t orig);

// A float literal or float() text (whitespace, sign, digits with
// underscores, '.', exponent, inf/infinity/nan, any case). If allow_imag, a
// trailing 'j'/'J' makes the result complex (real part 0). Returns false
// on bad syntax; else *out is a float or complex object.
bool mp_parse_num_float_maybe(const char *str, size_t len, bool allow_imag, mp_obj_t *out);
// Parses only the float text of str[0..len) (no whitespace, optional sign):
// returns the number of characters consumed (0 if none) and the value. Used
// by complex() parsing. Underscores allowed between digits.
size_t mp_parse_float_prefix(const char *str, size_t len, mp_float_t *value);
// A numeric literal as the lexer sees it (int, float or imaginary, without
// sign): returns the object or MP_OBJ_NULL on bad syntax.
mp_obj_t mp_parse_num_literal(const char *str, size_t len);
// If str has non-ASCII bytes, a new buffer where Unicode spaces became ' '
// and Unicode decimal digits ASCII digits (anything else '\x7f'); else str.
const char *mp_parse_num_ascii_translate(const char *str, size_t *len);

#endif
