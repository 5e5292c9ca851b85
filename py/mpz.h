// mpz.h: arbitrary-precision integer arithmetic on sign-magnitude numbers
// with 64-bit limbs. Used by objint.c for ints that do not fit a small int.
//
// An mpz_t owns its limb array (allocated with m_malloc_atomic). Functions
// write their result into a destination mpz_t that must have been
// initialised (mpz_init); the destination may alias an operand. Results are
// always normalised: dig[len-1] != 0, and zero has len == 0 and neg == false.
#ifndef MP_PY_MPZ_H
#define MP_PY_MPZ_H

#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>

typedef uint64_t mpz_dig_t;
#define MPZ_DIG_BITS 64

// Bytes reserved in front of every limb array that mpz allocates (see
// mp_obj_int_from_mpz): the array's allocation starts that many bytes
// before dig.
#define MPZ_DIG_HEADER (48)

typedef struct _mpz_t {
    size_t len;     // limbs in use (0 for zero)
    size_t alloc;   // limbs allocated
    bool neg;       // sign; false for zero
    mpz_dig_t *dig; // little-endian limbs
} mpz_t;

void mpz_init(mpz_t *z);                    // zero, no allocation
void mpz_init_from_int(mpz_t *z, int64_t v);
void mpz_init_from_uint(mpz_t *z, uint64_t v);
void mpz_init_copy(mpz_t *z, const mpz_t *src);
void mpz_clear(mpz_t *z);                   // frees the limbs
void mpz_set(mpz_t *dest, const mpz_t *src);
void mpz_set_int(mpz_t *z, int64_t v);
void mpz_set_uint(mpz_t *z, uint64_t v);
// Truncates toward zero. The caller ensures v is finite.
void mpz_set_double(mpz_t *z, double v);

static inline bool mpz_is_zero(const mpz_t *z) { return z->len == 0; }
static inline bool mpz_is_neg(const mpz_t *z) { return z->neg; }
static inline int mpz_sign(const mpz_t *z) { return z->len == 0 ? 0 : (z->neg ? -1 : 1); }
static inline bool mpz_is_odd(const mpz_t *z) { return z->len != 0 && (z->dig[0] & 1); }

// Conversions out. Return false if the value does not fit.
bool mpz_as_int64(const mpz_t *z, int64_t *out);
bool mpz_as_uint64(const mpz_t *z, uint64_t *out);
// Low 64 bits of the two's-complement value (wraps).
uint64_t mpz_as_uint64_wrap(const mpz_t *z);
// Correctly rounded (half-even) conversion. Returns false on overflow.
bool mpz_as_double(const mpz_t *z, double *out);
// z == mant * 2**exp with mant in [0.5, 1) (frexp-like, mant signed), exactly
// rounded to 53 bits; never overflows (exp is a size_t-range value).
double mpz_frexp(const mpz_t *z, int64_t *exp);

int mpz_cmp(const mpz_t *a, const mpz_t *b);
int mpz_cmp_abs(const mpz_t *a, const mpz_t *b);
int mpz_cmp_int(const mpz_t *a, int64_t b);
// Exact comparison with a double (not NaN): -1, 0 or 1.
int mpz_cmp_double(const mpz_t *a, double b);

void mpz_neg(mpz_t *dest, const mpz_t *a);
void mpz_abs(mpz_t *dest, const mpz_t *a);
void mpz_add(mpz_t *dest, const mpz_t *a, const mpz_t *b);
void mpz_sub(mpz_t *dest, const mpz_t *a, const mpz_t *b);
void mpz_mul(mpz_t *dest, const mpz_t *a, const mpz_t *b);
void mpz_add_int(mpz_t *dest, const mpz_t *a, int64_t b);
void mpz_mul_int(mpz_t *dest, const mpz_t *a, int64_t b);
// Floor division and modulo (Python semantics). b must be non-zero.
// q or r may be NULL if not wanted; q and r must be distinct.
void mpz_divmod_floor(mpz_t *q, mpz_t *r, const mpz_t *a, const mpz_t *b);
// Truncating division (C semantics). b must be non-zero.
void mpz_divmod_trunc(mpz_t *q, mpz_t *r, const mpz_t *a, const mpz_t *b);
// a / b as a correctly rounded double. Returns false on overflow. b != 0.
bool mpz_truediv(const mpz_t *a, const mpz_t *b, double *out);
void mpz_pow_uint(mpz_t *dest, const mpz_t *base, uint64_t exp);
// a rounded to a multiple of 10**n, half to even; a tie counts as above
// half when tie_up (an inexact a, for round() of floats).
void mpz_round_pow10(mpz_t *dest, const mpz_t *a, uint64_t n, bool tie_up);
// base**exp mod m, m > 0 or m < 0 (result has the sign of m), exp >= 0.
void mpz_powmod(mpz_t *dest, const mpz_t *base, const mpz_t *exp, const mpz_t *m);
// Inverse of a modulo m (m > 0), result in [0, m). Returns false if none.
bool mpz_invmod(mpz_t *dest, const mpz_t *a, const mpz_t *m);
void mpz_gcd(mpz_t *dest, const mpz_t *a, const mpz_t *b);  // >= 0
uint64_t mpz_gcd_u64(uint64_t a, uint64_t b);  // binary gcd of machine words
void mpz_isqrt(mpz_t *dest, const mpz_t *a);                // a >= 0

// Shifts with Python semantics (right shift floors for negatives).
void mpz_shl(mpz_t *dest, const mpz_t *a, uint64_t n);
void mpz_shr(mpz_t *dest, const mpz_t *a, uint64_t n);
// Bitwise operations on the infinite two's complement representation.
void mpz_and(mpz_t *dest, const mpz_t *a, const mpz_t *b);
void mpz_or(mpz_t *dest, const mpz_t *a, const mpz_t *b);
void mpz_xor(mpz_t *dest, const mpz_t *a, const mpz_t *b);
void mpz_not(mpz_t *dest, const mpz_t *a);  // -a - 1

uint64_t mpz_bit_length(const mpz_t *z);  // of |z|
uint64_t mpz_popcount(const mpz_t *z);    // of |z|
// Number of trailing zero bits of |z| (z != 0).
uint64_t mpz_ctz(const mpz_t *z);
// Bit n of |z|.
bool mpz_test_bit(const mpz_t *z, uint64_t n);

// CPython numeric hash: sign * (|z| mod (2**61 - 1)) (not adjusted for -1).
int64_t mpz_hash(const mpz_t *z);

// Text. mpz_from_str parses digits (no sign, no prefix, no underscores;
// the caller validated them) in base 2..36. Returns false if a character is
// not a digit of the base.
bool mpz_from_str(mpz_t *z, const char *str, size_t len, int base);
// Number of characters mpz_to_str may write at most (excluding sign).
size_t mpz_str_size(const mpz_t *z, int base);
// Writes the digits of |z| into buf (at least mpz_str_size bytes); returns
// the number written. No sign, no NUL.
size_t mpz_to_str(const mpz_t *z, int base, bool upper, char *buf);

// Bytes: |z| in little/big endian; two's complement when is_signed.
void mpz_from_bytes(mpz_t *z, const uint8_t *buf, size_t len, bool big_endian, bool is_signed);
// Writes exactly len bytes; returns false if the value does not fit.
bool mpz_to_bytes(const mpz_t *z, uint8_t *buf, size_t len, bool big_endian, bool is_signed);

#endif
