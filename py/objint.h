// objint.h: the int type's internals shared with other files: the big-int
// object layout, conversions, and formatting helpers for format()/%.
#ifndef MP_PY_OBJINT_H
#define MP_PY_OBJINT_H

#include "obj.h"
#include "mpz.h"

// A big int. Only used for values outside the small-int range: every
// operation returns a small int when the result fits (small ints are
// canonical), so a big int is never equal to a small int.
typedef struct _mp_obj_int_t {
    mp_obj_base_t base;  // &mp_type_int
    mpz_t mpz;
} mp_obj_int_t;

// Takes ownership of z's limbs; returns a small int when the value fits.
mp_obj_t mp_obj_int_from_mpz(mpz_t *z);
// Copy of the value of any int (small, big, bool, int-subclass instance)
// into z (initialises z). Returns false if o is not an int.
bool mp_obj_int_get_mpz(mp_obj_t o, mpz_t *z);
// True for small ints, big ints, bools and instances of int subclasses.
bool mp_obj_int_check(mp_obj_t o);
// For an int-like o (see above) the plain int value (bool -> 0/1, subclass
// instance -> its native int); MP_OBJ_NULL if o is not an int.
mp_obj_t mp_obj_int_normalise(mp_obj_t o);
int mp_obj_int_sign(mp_obj_t o);                  // -1, 0, 1 (o int-like)
// Correctly rounded; raises OverflowError("int too large to convert to float").
mp_float_t mp_obj_int_as_float(mp_obj_t o);
// Exact comparison of an int with a float: -1/0/1, or 2 if f is NaN.
int mp_obj_int_cmp_float(mp_obj_t i, mp_float_t f);
mp_obj_t mp_obj_int_unary_op(mp_unary_op_t op, mp_obj_t o);
// The attr slot of int (real, imag, numerator, denominator); also bool's.
void mp_obj_int_attr(mp_obj_t self, qstr attr, mp_obj_t *dest);
// pow(base, exp, mod) for ints (builtin pow with 3 arguments), including a
// negative exp (modular inverse). Raises ValueError/TypeError like CPython.
mp_obj_t mp_obj_int_pow3(mp_obj_t base, mp_obj_t exp, mp_obj_t mod);
mp_obj_t mp_obj_int_gcd(mp_obj_t a, mp_obj_t b);  // math.gcd of two ints
mp_obj_t mp_obj_int_isqrt(mp_obj_t a);            // math.isqrt (ValueError if < 0)
mp_obj_t mp_obj_int_abs(mp_obj_t o);
// An int of value h that hash() uses unreduced: for hash slots whose value
// (like CPython's complex hash) is a full 64-bit number, which hash() would
// otherwise reduce modulo 2**61-1 like any big int.
mp_obj_t mp_obj_int_new_raw_hash(mp_int_t h);
// round(int, ndigits) with ndigits an int (may be negative).
mp_obj_t mp_obj_int_round(mp_obj_t o, mp_obj_t ndigits);

// bin()/oct()/hex(): the str "-0x1f" style text of any int-like o.
mp_obj_t mp_obj_int_to_base_str(mp_obj_t o, int base, const char *prefix);
// str(int) / repr(int) as a str object.
mp_obj_t mp_obj_int_to_str(mp_obj_t o);
void mp_obj_int_print(const mp_print_t *print, mp_obj_t o, mp_print_kind_t kind);

// Flags for mp_int_format / mp_float_format.
#define MP_NUMFMT_ALT (1)      // '#': base prefix (0b/0o/0x), or keep '.'/zeros for floats
#define MP_NUMFMT_PLUS (2)     // '+': sign for non-negative numbers
#define MP_NUMFMT_SPACE (4)    // ' ': space for non-negative numbers
#define MP_NUMFMT_Z (8)        // 'z': negative zero shown as zero (complex parts)
// The numeric part of format(int, spec): sign, optional prefix, digits in
// base (2, 8, 10, 16) with optional grouping_char (',' or '_', 0 for none;
// every 3 digits in base 10, 4 otherwise). If zero_width is non-zero the
// digits are left-padded with zeros (grouped too, like CPython's '0' flag /
// '=' alignment with '0' fill) so that the whole text is at least
// zero_width characters. Fill/alignment to a width is the caller's job.
void mp_int_format(vstr_t *out, mp_obj_t o, int base, bool upper, char grouping_char, int flags, size_t zero_width);

#endif
