// objfloat.c: the float type (an IEEE double, NaN-boxed as an immediate, so
// float arithmetic never allocates) and the float<->text engine behind
// repr(), str(), format(), % and round().
//
// Output matches CPython digit for digit: digits come either from the
// shortest round-tripping search (repr) or from glibc's printf, which is
// correctly rounded (round-half-even on exact ties, like David Gay's dtoa);
// they are then laid out by the same rules as CPython's
// format_float_short().
#include <string.h>
#include <stdlib.h>
#include <stdio.h>
#include <math.h>
#include <errno.h>
#include <float.h>
#include "runtime.h"
#include "objfloat.h"
#include "objint.h"
#include "objcomplex.h"
#include "objtype.h"
#include "objstr.h"
#include "parsenum.h"

// ---------------------------------------------------------------------------
// Decimal digits of a double

// Parses printf "%.*e" output "d.ddde[+-]xx" into digits (trailing zeros
// removed) and returns the count; *decpt = exponent + 1.
static int parse_e_output(const char *buf, char *digits, int *decpt) {
    int n = 0;
    const char *p = buf;
    for (; *p && *p != 'e'; p++) {
        if (*p >= '0' && *p <= '9') {
            digits[n++] = *p;
        }
    }
    int e = *p == 'e' ? atoi(p + 1) : 0;
    while (n > 1 && digits[n - 1] == '0') {
        n--;
    }
    *decpt = e + 1;
    return n;
}

// ---------------------------------------------------------------------------
// Shortest digits: the Ryu algorithm (Ulf Adams, "Ryu: fast float-to-string
// conversion", PLDI 2018), written from the paper's description. The
// interval of decimals that round to v is scaled by a 125-bit power of 5 (or
// its inverse) and digits are removed while the interval still contains
// more than one candidate; the result is the shortest round-tripping text,
// the one closest to v (ties to even), exactly like CPython's repr.

#define RYU_POW5_BITCOUNT 125
#define RYU_POW5_INV_BITCOUNT 125
#define RYU_POW5_TABLE_SIZE 326
#define RYU_POW5_INV_TABLE_SIZE 342

// 5^i scaled to 125 bits, and 2^(bits(5^q)-1+125) / 5^q + 1: computed once
// at first use (plain static data, no heap).
static uint64_t ryu_pow5[RYU_POW5_TABLE_SIZE][2];
static uint64_t ryu_pow5_inv[RYU_POW5_INV_TABLE_SIZE][2];
static bool ryu_ready;

static inline uint32_t pow5bits(int32_t e) {
    return (uint32_t)(((e * 1217359) >> 19) + 1);  // bit length of 5^e
}

static inline uint32_t log10_pow2(int32_t e) {
    return (uint32_t)((e * 78913) >> 18);  // floor(log10(2^e))
}

static inline uint32_t log10_pow5(int32_t e) {
    return (uint32_t)((e * 732923) >> 20);  // floor(log10(5^e))
}

#define RYU_LIMBS 14

// Bits [lo, lo+128) of the little-endian limb number x.
static MP_NOINLINE void bits128(const uint64_t *x, int lo, uint64_t out[2]) {
    for (int w = 0; w < 2; w++) {
        int bit = lo + 64 * w;
        uint64_t v = 0;
        if (bit >= 0) {
            int li = bit / 64, sh = bit % 64;
            if (li < RYU_LIMBS) {
                v = x[li] >> sh;
                if (sh && li + 1 < RYU_LIMBS) {
                    v |= x[li + 1] << (64 - sh);
                }
            }
        } else if (bit > -64) {
            v = x[0] << -bit;
        }
        out[w] = v;
    }
}

static void ryu_init(void) {
    uint64_t p[RYU_LIMBS] = {1};  // 5^i
    for (int i = 0; i < RYU_POW5_INV_TABLE_SIZE; i++) {
        int b = (int)pow5bits(i);
        if (i < RYU_POW5_TABLE_SIZE) {
            // Top 125 bits of 5^i (shifted up when shorter).
            bits128(p, b - RYU_POW5_BITCOUNT, ryu_pow5[i]);
        }
        // floor(2^(b-1+125) / 5^i) by restoring division, one bit at a
        // time, starting from the remainder 2^(b-1).
        uint64_t r[RYU_LIMBS + 1] = {0};
        r[(b - 1) / 64] = (uint64_t)1 << ((b - 1) % 64);
        uint64_t q[2] = {0, 0};
        for (int k = 0; k <= RYU_POW5_INV_BITCOUNT; k++) {
            if (k > 0) {
                for (int j = RYU_LIMBS; j > 0; j--) {
                    r[j] = (r[j] << 1) | (r[j - 1] >> 63);
                }
                r[0] <<= 1;
            }
            // r >= p ?
            int c = r[RYU_LIMBS] != 0 ? 1 : 0;
            for (int j = RYU_LIMBS; c == 0 && j-- > 0;) {
                if (r[j] != p[j]) {
                    c = r[j] > p[j] ? 1 : -1;
                }
            }
            uint64_t bit = c >= 0;
            if (bit) {
                uint64_t borrow = 0;
                for (int j = 0; j < RYU_LIMBS; j++) {
                    uint64_t x = r[j], y = p[j] + borrow;
                    uint64_t nb = (y < borrow) || (x < y);
                    r[j] = x - y;
                    borrow = nb;
                }
                r[RYU_LIMBS] -= borrow;
            }
            q[1] = (q[1] << 1) | (q[0] >> 63);
            q[0] = (q[0] << 1) | bit;
        }
        // + 1
        q[0]++;
        if (q[0] == 0) {
            q[1]++;
        }
        ryu_pow5_inv[i][0] = q[0];
        ryu_pow5_inv[i][1] = q[1];
        // p *= 5
        uint64_t carry = 0;
        for (int j = 0; j < RYU_LIMBS; j++) {
            unsigned __int128 t = (unsigned __int128)p[j] * 5 + carry;
            p[j] = (uint64_t)t;
            carry = (uint64_t)(t >> 64);
        }
    }
    ryu_ready = true;
}

static inline uint64_t mul_shift64(uint64_t m, const uint64_t *mul, int32_t j) {
    unsigned __int128 b0 = (unsigned __int128)m * mul[0];
    unsigned __int128 b2 = (unsigned __int128)m * mul[1];
    return (uint64_t)(((b0 >> 64) + b2) >> (j - 64));
}

static inline uint32_t pow5_factor(uint64_t v) {
    uint32_t n = 0;
    while (v % 5 == 0) {
        v /= 5;
        n++;
    }
    return n;
}

static inline bool multiple_of_pow5(uint64_t v, uint32_t p) {
    return pow5_factor(v) >= p;
}

static inline bool multiple_of_pow2(uint64_t v, uint32_t p) {
    return (v & (((uint64_t)1 << p) - 1)) == 0;
}

// v finite and > 0: *out = decimal significand, returns the decimal
// exponent (v ~= out * 10^exp).
static int32_t ryu_d2d(double v, uint64_t *out) {
    uint64_t bits;
    memcpy(&bits, &v, sizeof(bits));
    uint64_t ieee_m = bits & ((((uint64_t)1) << 52) - 1);
    uint32_t ieee_e = (uint32_t)((bits >> 52) & 0x7ff);
    int32_t e2;
    uint64_t m2;
    if (ieee_e == 0) {
        e2 = 1 - 1023 - 52 - 2;
        m2 = ieee_m;
    } else {
        e2 = (int32_t)ieee_e - 1023 - 52 - 2;
        m2 = ((uint64_t)1 << 52) | ieee_m;
    }
    bool accept_bounds = (m2 & 1) == 0;
    uint64_t mv = 4 * m2;
    uint32_t mm_shift = ieee_m != 0 || ieee_e <= 1;
    uint64_t vr, vp, vm;
    int32_t e10;
    bool vm_tz = false, vr_tz = false;
    if (e2 >= 0) {
        uint32_t q = log10_pow2(e2) - (e2 > 3);
        e10 = (int32_t)q;
        int32_t k = RYU_POW5_INV_BITCOUNT + (int32_t)pow5bits((int32_t)q) - 1;
        int32_t i = -e2 + (int32_t)q + k;
        const uint64_t *mul = ryu_pow5_inv[q];
        vr = mul_shift64(4 * m2, mul, i);
        vp = mul_shift64(4 * m2 + 2, mul, i);
        vm = mul_shift64(4 * m2 - 1 - mm_shift, mul, i);
        if (q <= 21) {
            if (mv % 5 == 0) {
                vr_tz = multiple_of_pow5(mv, q);
            } else if (accept_bounds) {
                vm_tz = multiple_of_pow5(mv - 1 - mm_shift, q);
            } else {
                vp -= multiple_of_pow5(mv + 2, q);
            }
        }
    } else {
        uint32_t q = log10_pow5(-e2) - (-e2 > 1);
        e10 = (int32_t)q + e2;
        int32_t i = -e2 - (int32_t)q;
        int32_t k = (int32_t)pow5bits(i) - RYU_POW5_BITCOUNT;
        int32_t j = (int32_t)q - k;
        const uint64_t *mul = ryu_pow5[i];
        vr = mul_shift64(4 * m2, mul, j);
        vp = mul_shift64(4 * m2 + 2, mul, j);
        vm = mul_shift64(4 * m2 - 1 - mm_shift, mul, j);
        if (q <= 1) {
            vr_tz = true;
            if (accept_bounds) {
                vm_tz = mm_shift == 1;
            } else {
                vp--;
            }
        } else if (q < 63) {
            vr_tz = multiple_of_pow2(mv, q);
        }
    }
    int32_t removed = 0;
    uint8_t last = 0;
    // Remove digits while the interval holds more than one candidate,
    // tracking whether the removed digits are all zero (for exact ties);
    // then, if the lower bound ends in zeros and is allowed, keep removing
    // while it does. (Once the first condition fails it stays false, so
    // one loop serves both phases; Ryu's separate fast loop for the common
    // case of no trailing zeros gives the same result.)
    for (;;) {
        uint64_t vp10 = vp / 10, vm10 = vm / 10;
        uint32_t vm_mod = (uint32_t)(vm - 10 * vm10);
        if (vp10 <= vm10 && !(vm_tz && vm_mod == 0)) {
            break;
        }
        uint64_t vr10 = vr / 10;
        uint32_t vr_mod = (uint32_t)(vr - 10 * vr10);
        vm_tz &= vm_mod == 0;
        vr_tz &= last == 0;
        last = (uint8_t)vr_mod;
        vr = vr10;
        vp = vp10;
        vm = vm10;
        removed++;
    }
    if (vr_tz && last == 5 && vr % 2 == 0) {
        last = 4;  // exactly halfway: round to even
    }
    uint64_t output = vr + ((vr == vm && (!accept_bounds || !vm_tz)) || last >= 5);
    *out = output;
    return e10 + removed;
}

int mp_float_shortest_digits(mp_float_t v, char *digits, int *exp10) {
    v = fabs(v);
    if (v == 0.0) {
        digits[0] = '0';
        *exp10 = 1;
        return 1;
    }
    if (!ryu_ready) {
        ryu_init();
    }
    uint64_t m;
    int32_t e = ryu_d2d(v, &m);
    char tmp[24];
    int n = 0;
    do {
        tmp[n++] = '0' + m % 10;
        m /= 10;
    } while (m);
    int k = 0;
    for (int i = n; i-- > 0;) {
        digits[k++] = tmp[i];
    }
    // Ryu's shortest output has no trailing zeros except for integers
    // whose digits are exhausted; normalise anyway.
    while (k > 1 && digits[k - 1] == '0') {
        k--;
    }
    *exp10 = e + n;
    return k;
}

// Correctly rounded digits of v (finite, >= 0) in the modes of Gay's dtoa:
// mode 2: ndigits significant digits; mode 3: ndigits after the point.
// Trailing zeros are removed; zero gives "0" with decpt 1. Returns the
// digit buffer (buf if large enough, else heap) and its length.
static char *fixed_digits(double v, int mode, int ndigits, char *buf, size_t bufsize, int *len, int *decpt) {
    size_t need = mode == 2 ? (size_t)ndigits + 16 : (size_t)ndigits + 330;
    char *out = need <= bufsize ? buf : m_malloc_atomic(need);
    if (mode == 2) {
        snprintf(out, need, "%.*e", ndigits - 1, v);
        *len = parse_e_output(out, out, decpt);
    } else {
        snprintf(out, need, "%.*f", ndigits, v);
        // "iii.fff": digits without the point, leading zeros dropped.
        int n = 0, point = -1;
        for (const char *p = out; *p; p++) {
            if (*p == '.') {
                point = n;
            } else {
                out[n++] = *p;
            }
        }
        if (point < 0) {
            point = n;
        }
        int lead = 0;
        while (lead < n && out[lead] == '0') {
            lead++;
        }
        if (lead == n) {
            out[0] = '0';
            *len = 1;
            *decpt = 1;
            return out;
        }
        memmove(out, out + lead, n - lead);
        n -= lead;
        while (n > 1 && out[n - 1] == '0') {
            n--;
        }
        *len = n;
        *decpt = point - lead;
    }
    if (*len == 1 && out[0] == '0') {
        *decpt = 1;
    }
    return out;
}

static void add_zeros(vstr_t *out, int n) {
    if (n > 0) {
        memset(vstr_add_len(out, n), '0', n);
    }
}

// CPython's format_float_short for a finite v >= 0: code is 'e', 'f', 'g'
// or 'r'; the digits are laid out with the decimal point, padding zeros
// and the exponent.
static void format_short(vstr_t *out, double v, char code, int precision, bool add_dot0, bool alt, bool upper) {
    char small[64];
    char *digits;
    int ndig, decpt;
    switch (code) {
        case 'e':
            precision++;
            digits = fixed_digits(v, 2, precision, small, sizeof(small), &ndig, &decpt);
            break;
        case 'f':
            digits = fixed_digits(v, 3, precision, small, sizeof(small), &ndig, &decpt);
            break;
        case 'g':
            if (precision == 0) {
                precision = 1;
            }
            digits = fixed_digits(v, 2, precision, small, sizeof(small), &ndig, &decpt);
            break;
        default:  // 'r'
            digits = small;
            ndig = mp_float_shortest_digits(v, small, &decpt);
            break;
    }
    bool use_exp = false;
    int vend = ndig;
    switch (code) {
        case 'e':
            use_exp = true;
            vend = precision;
            break;
        case 'f':
            vend = decpt + precision;
            break;
        case 'g':
            if (decpt <= -4 || decpt > (add_dot0 ? precision - 1 : precision)) {
                use_exp = true;
            }
            if (alt) {
                vend = precision;
            }
            break;
        default:
            if (decpt <= -4 || decpt > 16) {
                use_exp = true;
            }
            break;
    }
    int exp = 0;
    if (use_exp) {
        exp = decpt - 1;
        decpt = 1;
    }
    int vstart = decpt <= 0 ? decpt - 1 : 0;
    if (!use_exp && add_dot0) {
        vend = vend > decpt ? vend : decpt + 1;
    } else {
        vend = vend > decpt ? vend : decpt;
    }
    size_t start = out->len;
    if (decpt <= 0) {
        add_zeros(out, decpt - vstart);
        vstr_add_byte(out, '.');
        add_zeros(out, -decpt);
    } else {
        add_zeros(out, -vstart);
    }
    if (0 < decpt && decpt <= ndig) {
        vstr_add_strn(out, digits, decpt);
        vstr_add_byte(out, '.');
        vstr_add_strn(out, digits + decpt, ndig - decpt);
    } else {
        vstr_add_strn(out, digits, ndig);
    }
    if (ndig < decpt) {
        add_zeros(out, decpt - ndig);
        vstr_add_byte(out, '.');
        add_zeros(out, vend - decpt);
    } else {
        add_zeros(out, vend - ndig);
    }
    if (out->len > start && out->buf[out->len - 1] == '.' && !alt) {
        out->len--;
    }
    if (use_exp) {
        char eb[16];
        int n = snprintf(eb, sizeof(eb), "%c%+.02d", upper ? 'E' : 'e', exp);
        vstr_add_strn(out, eb, n);
    }
    if (digits != small) {
        m_free(digits);
    }
}

// Text of a finite or special |v| in CPython's PyOS_double_to_string
// style (no sign).
static void format_abs(vstr_t *out, double v, char code, int precision, bool add_dot0, bool alt, bool upper) {
    if (isinf(v)) {
        vstr_add_str(out, upper ? "INF" : "inf");
    } else if (isnan(v)) {
        vstr_add_str(out, upper ? "NAN" : "nan");
    } else {
        format_short(out, fabs(v), code, precision, add_dot0, alt, upper);
    }
}

void mp_float_repr(const mp_print_t *print, mp_float_t f) {
    char buf[40];
    vstr_t vstr;
    vstr_init_fixed_buf(&vstr, sizeof(buf), buf);
    if (signbit(f) && !isnan(f)) {
        vstr_add_byte(&vstr, '-');
    }
    format_abs(&vstr, f, 'r', 0, true, false, false);
    print->print_strn(print->data, vstr.buf, vstr.len);
}

void mp_format_digits(vstr_t *out, const char *d, size_t len, size_t others, char grouping, size_t group, size_t zero_width) {
    if (len == 0) {
        grouping = 0;  // inf/nan: zero padding is not grouped
    }
    size_t nd = len;
    if (zero_width > others) {
        size_t want = zero_width - others;
        if (grouping) {
            while (nd + (nd - 1) / group < want) {
                nd++;
            }
        } else if (nd < want) {
            nd = want;
        }
    }
    size_t total = grouping ? nd + (nd - 1) / group : nd;
    char *w = vstr_add_len(out, total);
    // Fill from the right.
    size_t di = len, k = 0;
    for (size_t i = total; i-- > 0;) {
        if (grouping && k == group) {
            w[i] = grouping;
            k = 0;
            continue;
        }
        w[i] = di > 0 ? d[--di] : '0';
        k++;
    }
}

// Layout of a number with grouping and zero padding: text[0..len) is the
// unsigned body; its leading digits are the integer part.
static void emit_number(vstr_t *out, char sign, const char *body, size_t len, char grouping, size_t zero_width) {
    if (sign) {
        vstr_add_byte(out, sign);
    }
    size_t ilen = 0;
    while (ilen < len && body[ilen] >= '0' && body[ilen] <= '9') {
        ilen++;
    }
    size_t rest = len - ilen;
    mp_format_digits(out, body, ilen, (sign ? 1 : 0) + rest, grouping, 3, zero_width);
    vstr_add_strn(out, body + ilen, rest);
}

void mp_float_format(vstr_t *out, mp_float_t v, char fmt, int precision, int flags, char grouping_char, size_t zero_width) {
    bool alt = (flags & MP_NUMFMT_ALT) != 0;
    bool add_dot0 = false;
    bool pct = false;
    bool upper = false;
    char code;
    switch (fmt) {
        case 0:
            add_dot0 = true;
            if (precision < 0) {
                code = 'r';
                precision = 0;
            } else {
                code = 'g';
            }
            break;
        case 'r':
            add_dot0 = true;
            code = 'r';
            precision = 0;
            break;
        case 'R':
            code = 'r';
            precision = 0;
            break;
        case '%':
            pct = true;
            v *= 100.0;
            code = 'f';
            break;
        case 'n':
            code = 'g';
            break;
        case 'E':
        case 'F':
        case 'G':
            upper = true;
            code = fmt + ('a' - 'A');
            break;
        default:
            code = fmt;
            break;
    }
    if (precision < 0) {
        precision = 6;
    } else if (precision > 0x3fffffff) {
        m_malloc_fail((size_t)precision);  // the text could not be built anyway
    }
    char sign = 0;
    if (signbit(v) && !isnan(v)) {
        sign = '-';
    } else if (flags & MP_NUMFMT_PLUS) {
        sign = '+';
    } else if (flags & MP_NUMFMT_SPACE) {
        sign = ' ';
    }
    char buf[64];
    vstr_t body;
    if (precision > 20 || (code == 'f' && !(fabs(v) < 1e20))) {
        // Long text: use a growable buffer.
        vstr_init(&body, 64);
    } else {
        vstr_init_fixed_buf(&body, sizeof(buf), buf);
    }
    format_abs(&body, v, code, precision, add_dot0, alt, upper);
    if (pct) {
        vstr_add_byte(&body, '%');
    }
    emit_number(out, sign, body.buf, body.len, grouping_char, zero_width);
    if (!body.fixed_buf) {
        vstr_clear(&body);
    }
}

// ---------------------------------------------------------------------------
// Hashing

#define HASH_BITS 61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)
#define HASH_INF 314159

mp_int_t mp_float_hash(mp_float_t v) {
    // CPython's numeric hash, so that hash(x) == hash(int(x)) for integral
    // floats (without the -1 -> -2 adjustment, done by hash()).
    if (v > -1125899906842624.0 && v < 1125899906842624.0 && v == (double)(mp_int_t)v) {
        return (mp_int_t)v;
    }
    if (!isfinite(v)) {
        if (isinf(v)) {
            return v > 0 ? HASH_INF : -HASH_INF;
        }
        return 0;
    }
    int e;
    double m = frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & HASH_MODULUS) | x >> (HASH_BITS - 28);
        m *= 268435456.0;
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= y;
        x += y;
        if (x >= HASH_MODULUS) {
            x -= HASH_MODULUS;
        }
    }
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = ((x << e) & HASH_MODULUS) | x >> (HASH_BITS - e);
    return sign < 0 ? -(mp_int_t)x : (mp_int_t)x;
}

// ---------------------------------------------------------------------------
// Arithmetic

mp_float_t mp_float_mod(mp_float_t a, mp_float_t b) {
    if (b == 0.0) {
        mp_raise_msg(&mp_type_ZeroDivisionError, "float modulo");
    }
    double mod = fmod(a, b);
    if (mod) {
        if ((b < 0) != (mod < 0)) {
            mod += b;
        }
    } else {
        mod = copysign(0.0, b);
    }
    return mod;
}

static void float_divmod(double vx, double wx, double *floordiv, double *modp) {
    double mod = fmod(vx, wx);
    double div = (vx - mod) / wx;
    if (mod) {
        if ((wx < 0) != (mod < 0)) {
            mod += wx;
            div -= 1.0;
        }
    } else {
        mod = copysign(0.0, wx);
    }
    double fd;
    if (div) {
        fd = floor(div);
        if (div - fd > 0.5) {
            fd += 1.0;
        }
    } else {
        fd = copysign(0.0, vx / wx);
    }
    *floordiv = fd;
    *modp = mod;
}

mp_float_t mp_float_floordiv(mp_float_t a, mp_float_t b) {
    if (b == 0.0) {
        mp_raise_msg(&mp_type_ZeroDivisionError, "float floor division by zero");
    }
    double q, m;
    float_divmod(a, b, &q, &m);
    return q;
}

static MP_NOINLINE bool is_odd_integer(double x) {
    return fmod(fabs(x), 2.0) == 1.0;
}

// CPython's float_pow for a real result (the caller has sent a negative
// base with a fractional exponent to complex).
static double float_pow(double iv, double iw) {
    if (iw == 0.0) {
        return 1.0;
    }
    if (isnan(iv)) {
        return iv;
    }
    if (isnan(iw)) {
        return iv == 1.0 ? 1.0 : iw;
    }
    if (isinf(iw)) {
        iv = fabs(iv);
        if (iv == 1.0) {
            return 1.0;
        }
        return (iw > 0.0) == (iv > 1.0) ? fabs(iw) : 0.0;
    }
    bool negate = false;
    if (isinf(iv) || iv <= 0.0) {
        // The sign of the result depends on the parity of the exponent.
        bool odd = is_odd_integer(iw);
        if (isinf(iv)) {
            if (iw > 0.0) {
                return odd ? iv : fabs(iv);
            }
            return odd ? copysign(0.0, iv) : 0.0;
        }
        if (iv == 0.0) {
            if (iw < 0.0) {
                mp_raise_msg(&mp_type_ZeroDivisionError, "0.0 cannot be raised to a negative power");
            }
            return odd ? iv : 0.0;
        }
        iv = -iv;
        negate = odd;
    }
    if (iv == 1.0) {
        return negate ? -1.0 : 1.0;
    }
    double r = pow(iv, iw);
    if (isinf(r)) {
        mp_raise_msg(&mp_type_OverflowError, "(34, 'Numerical result out of range')");
    }
    return negate ? -r : r;
}

static mp_obj_t float_cmp(mp_binary_op_t op, double x, double y) {
    switch (op) {
        case MP_BINARY_OP_LESS: return mp_obj_new_bool(x < y);
        case MP_BINARY_OP_MORE: return mp_obj_new_bool(x > y);
        case MP_BINARY_OP_EQUAL: return mp_obj_new_bool(x == y);
        case MP_BINARY_OP_LESS_EQUAL: return mp_obj_new_bool(x <= y);
        case MP_BINARY_OP_MORE_EQUAL: return mp_obj_new_bool(x >= y);
        case MP_BINARY_OP_NOT_EQUAL: return mp_obj_new_bool(x != y);
        default: return MP_OBJ_NULL;
    }
}

MP_NOINLINE mp_obj_t mp_obj_float_box(mp_float_t v) {
    return mp_obj_new_float(v);
}

// Float value of a float or an instance of a float subclass.
bool mp_obj_float_native(mp_obj_t o, double *v) {
    if (mp_obj_is_float(o)) {
        *v = mp_obj_float_value(o);
        return true;
    }
    if (mp_obj_is_obj(o)) {
        const mp_obj_type_t *t = mp_obj_get_type(o);
        if ((t->flags & MP_TYPE_FLAG_USER) && mp_obj_is_subclass_fast(t, &mp_type_float)) {
            mp_obj_t n = mp_obj_get_native(o, &mp_type_float);
            if (mp_obj_is_float(n)) {
                *v = mp_obj_float_value(n);
                return true;
            }
        }
    }
    return false;
}

mp_obj_t mp_obj_float_binary_op(mp_binary_op_t op, mp_float_t lhs, mp_obj_t rhs) {
    if (op >= MP_BINARY_OP_INPLACE_OR && op <= MP_BINARY_OP_INPLACE_POWER) {
        op += MP_BINARY_OP_INPLACE_DELTA;
    }
    bool swapped = false;
    if (op >= MP_BINARY_OP_REVERSE_OR && op <= MP_BINARY_OP_REVERSE_POWER) {
        op -= MP_BINARY_OP_REVERSE_DELTA;
        swapped = true;
    }
    double rv;
    if (mp_obj_is_float(rhs)) {
        rv = mp_obj_float_value(rhs);
    } else if (mp_obj_is_small_int(rhs)) {
        rv = (double)MP_OBJ_SMALL_INT_VALUE(rhs);  // exact
    } else if (mp_obj_float_native(rhs, &rv)) {
        // float subclass
    } else if (mp_obj_int_check(rhs)) {
        if (op >= MP_BINARY_OP_LESS && op <= MP_BINARY_OP_NOT_EQUAL) {
            int c = mp_obj_int_cmp_float(rhs, lhs);  // int vs lhs
            if (c == 2) {
                return mp_obj_new_bool(op == MP_BINARY_OP_NOT_EQUAL);
            }
            // Compare lhs to the int: the reverse of c (or c if swapped);
            // the sign of c against 0 answers op like the floats would.
            return float_cmp(op, swapped ? c : -c, 0.0);
        }
        rv = mp_obj_int_as_float(rhs);
    } else if (mp_obj_is_type(rhs, &mp_type_complex)) {
        return mp_obj_complex_binary_op(swapped ? op + MP_BINARY_OP_REVERSE_DELTA : op, lhs, 0.0, rhs);
    } else {
        return MP_OBJ_NULL;
    }
    double x = lhs, y = rv;
    if (swapped) {
        x = rv;
        y = lhs;
    }
    // The float results share one boxing at the end.
    double r;
    switch (op) {
        case MP_BINARY_OP_ADD:
            r = x + y;
            break;
        case MP_BINARY_OP_SUBTRACT:
            r = x - y;
            break;
        case MP_BINARY_OP_MULTIPLY:
            r = x * y;
            break;
        case MP_BINARY_OP_TRUE_DIVIDE:
            if (y == 0.0) {
                mp_raise_msg(&mp_type_ZeroDivisionError, "float division by zero");
            }
            r = x / y;
            break;
        case MP_BINARY_OP_FLOOR_DIVIDE:
            r = mp_float_floordiv(x, y);
            break;
        case MP_BINARY_OP_MODULO:
            r = mp_float_mod(x, y);
            break;
        case MP_BINARY_OP_DIVMOD: {
            if (y == 0.0) {
                mp_raise_msg(&mp_type_ZeroDivisionError, "float divmod()");
            }
            double q, m;
            float_divmod(x, y, &q, &m);
            mp_obj_t t[2] = {mp_obj_float_box(q), mp_obj_float_box(m)};
            return mp_obj_new_tuple(2, t);
        }
        case MP_BINARY_OP_POWER:
            if (x < 0.0 && isfinite(x) && isfinite(y) && y != floor(y)) {
                // Negative numbers raised to fractional powers become complex.
                return mp_obj_complex_binary_op(MP_BINARY_OP_POWER, x, 0.0, mp_obj_float_box(y));
            }
            r = float_pow(x, y);
            break;
        default:
            return float_cmp(op, x, y);
    }
    return mp_obj_new_float(r);
}

static mp_obj_t float_binary_op_slot(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs) {
    double v;
    if (!mp_obj_float_native(lhs, &v)) {
        return MP_OBJ_NULL;
    }
    return mp_obj_float_binary_op(op, v, rhs);
}

static mp_obj_t float_unary_op(mp_unary_op_t op, mp_obj_t o) {
    double v;
    if (!mp_obj_float_native(o, &v)) {
        return MP_OBJ_NULL;
    }
    switch (op) {
        case MP_UNARY_OP_BOOL:
            return mp_obj_new_bool(v != 0.0);
        case MP_UNARY_OP_NOT:
            return mp_obj_new_bool(v == 0.0);
        case MP_UNARY_OP_POSITIVE:
        case MP_UNARY_OP_FLOAT:
            return mp_obj_new_float(v);
        case MP_UNARY_OP_NEGATIVE:
            return mp_obj_new_float(-v);
        case MP_UNARY_OP_ABS:
            return mp_obj_new_float(fabs(v));
        case MP_UNARY_OP_HASH:
            return mp_obj_new_int(mp_float_hash(v));
        case MP_UNARY_OP_INT:
            return mp_obj_new_int_from_float(v);
        case MP_UNARY_OP_SIZEOF:
            return MP_OBJ_NEW_SMALL_INT(24);
        default:
            return MP_OBJ_NULL;
    }
}

// ---------------------------------------------------------------------------
// Conversions

bool mp_obj_get_float_maybe(mp_obj_t o, mp_float_t *value) {
    if (mp_obj_is_float(o)) {
        *value = mp_obj_float_value(o);
        return true;
    }
    if (mp_obj_is_small_int(o)) {
        *value = (mp_float_t)MP_OBJ_SMALL_INT_VALUE(o);
        return true;
    }
    if (mp_obj_float_native(o, value)) {
        return true;
    }
    if (mp_obj_int_check(o)) {
        *value = mp_obj_int_as_float(o);
        return true;
    }
    return false;
}

// __float__ then __index__ of a user object; false if it has neither.
static bool float_from_special(mp_obj_t o, double *out) {
    if (!mp_obj_is_obj(o) || !(mp_obj_get_type(o)->flags & MP_TYPE_FLAG_USER)) {
        return false;
    }
    mp_obj_t dest[2];
    mp_load_method_maybe(o, MP_QSTR___float__, dest);
    if (dest[0] != MP_OBJ_NULL) {
        mp_obj_t r = mp_call_method_n_kw(0, 0, dest);
        if (!mp_obj_float_native(r, out)) {
            mp_raise_msg_varg(&mp_type_TypeError, "%s.__float__ returned non-float (type %s)",
                mp_obj_get_type_str(o), mp_obj_get_type_str(r));
        }
        return true;
    }
    mp_load_method_maybe(o, MP_QSTR___index__, dest);
    if (dest[0] != MP_OBJ_NULL) {
        mp_obj_t r = mp_call_method_n_kw(0, 0, dest);
        if (!mp_obj_int_check(r)) {
            mp_raise_msg_varg(&mp_type_TypeError, "__index__ returned non-int (type %s)", mp_obj_get_type_str(r));
        }
        *out = mp_obj_int_as_float(r);
        return true;
    }
    return false;
}

mp_float_t mp_obj_get_float_strict(mp_obj_t o) {
    double v;
    if (mp_obj_get_float_maybe(o, &v) || float_from_special(o, &v)) {
        return v;
    }
    mp_raise_msg_varg(&mp_type_TypeError, "must be real number, not %s", mp_obj_get_type_str(o));
}

mp_float_t mp_obj_get_float(mp_obj_t o) {
    return mp_obj_get_float_strict(o);
}

static mp_obj_t float_from_text(mp_obj_t x, const char *s, size_t len) {
    mp_obj_t r;
    if (mp_parse_num_float_maybe(s, len, false, &r)) {
        return r;
    }
    mp_obj_t rep = mp_obj_repr(x);
    mp_raise_msg_varg(&mp_type_ValueError, "could not convert string to float: %s", mp_obj_str_get_str(rep));
}

mp_obj_t mp_obj_float_from_obj(mp_obj_t x) {
    double v;
    if (mp_obj_is_float(x)) {
        return x;
    }
    if (mp_obj_is_str(x) || mp_obj_is_type(x, &mp_type_bytes)) {
        size_t len;
        const char *s = mp_obj_str_get_data(x, &len);
        return float_from_text(x, s, len);
    }
    if (float_from_special(x, &v)) {
        return mp_obj_float_box(v);
    }
    if (mp_obj_get_float_maybe(x, &v)) {
        return mp_obj_float_box(v);
    }
    const byte *data;
    size_t len;
    if (!mp_obj_is_type(x, &mp_type_complex) && mp_obj_get_bytes_like(x, &data, &len)) {
        return float_from_text(x, (const char *)data, len);
    }
    if (mp_obj_is_obj(x) && (mp_obj_get_type(x)->flags & MP_TYPE_FLAG_USER)) {
        mp_obj_t n = mp_obj_get_native(x, NULL);
        if (n != x && mp_obj_is_str(n)) {
            size_t l2;
            const char *s = mp_obj_str_get_data(n, &l2);
            return float_from_text(n, s, l2);
        }
    }
    mp_raise_msg_varg(&mp_type_TypeError, "float() argument must be a string or a real number, not '%s'", mp_obj_get_type_str(x));
}

mp_obj_t mp_obj_float_round(mp_float_t x, mp_obj_t ndigits) {
    if (ndigits == MP_OBJ_NULL || ndigits == mp_const_none) {
        // Round half to even, to an int.
        double r = round(x);
        if (fabs(x - r) == 0.5) {
            r = 2.0 * round(x / 2.0);
        }
        return mp_obj_new_int_from_float(r);
    }
    mp_int_t nd;
    if (!mp_obj_get_int_maybe(ndigits, &nd)) {
        mp_obj_t n = mp_obj_int_normalise(ndigits);
        if (n == MP_OBJ_NULL) {
            mp_raise_msg_varg(&mp_type_TypeError, "'%s' object cannot be interpreted as an integer", mp_obj_get_type_str(ndigits));
        }
        nd = mp_obj_int_sign(n) > 0 ? 100000 : -100000;
    }
    if (nd > 323) {
        return mp_obj_float_box(x);
    }
    if (nd < -308) {
        return mp_obj_float_box(0.0 * x);
    }
    if (x == 0.0 || !isfinite(x)) {
        return mp_obj_float_box(x);
    }
    double r;
    if (nd >= 0) {
        // printf rounds the exact binary value half-to-even, like dtoa.
        char small[64];
        size_t need = (size_t)nd + 330;
        char *buf = need <= sizeof(small) ? small : m_malloc_atomic(need);
        snprintf(buf, need, "%.*f", (int)nd, x);
        r = strtod(buf, NULL);
        if (buf != small) {
            m_free(buf);
        }
    } else {
        // Round the exact integer part at 10**-nd, half to even; the
        // fraction only matters as a tie breaker.
        double ip = trunc(x);
        bool frac = x != ip;
        mpz_t z;
        mpz_init(&z);
        mpz_set_double(&z, fabs(ip));
        mpz_round_pow10(&z, &z, (uint64_t)-nd, frac);
        if (!mpz_as_double(&z, &r)) {
            r = INFINITY;
        }
        mpz_clear(&z);
        r = copysign(r, x);
    }
    if (isinf(r)) {
        mp_raise_msg(&mp_type_OverflowError, "rounded value too large to represent");
    }
    return mp_obj_float_box(r);
}

// ---------------------------------------------------------------------------
// The type

static void float_print(const mp_print_t *print, mp_obj_t o, mp_print_kind_t kind) {
    (void)kind;
    double v;
    if (!mp_obj_float_native(o, &v)) {
        v = 0.0;
    }
    mp_float_repr(print, v);
}

static mp_obj_t float_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    (void)type;
    if (n_kw != 0) {
        mp_raise_TypeError("float() takes no keyword arguments");
    }
    if (n_args > 1) {
        mp_raise_msg_varg(&mp_type_TypeError, "float expected at most 1 argument, got %d", (int)n_args);
    }
    if (n_args == 0) {
        return mp_obj_float_box(0.0);
    }
    return mp_obj_float_from_obj(args[0]);
}

static void float_attr(mp_obj_t self, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    double v;
    if (!mp_obj_float_native(self, &v)) {
        return;
    }
    if (attr == MP_QSTR_real) {
        dest[0] = mp_obj_float_box(v);
    } else if (attr == MP_QSTR_imag) {
        dest[0] = mp_obj_float_box(0.0);
    }
}

static double float_self(mp_obj_t self) {
    double v;
    if (!mp_obj_float_native(self, &v)) {
        mp_raise_TypeError("descriptor requires a 'float' object");
    }
    return v;
}

static mp_obj_t float_is_integer(mp_obj_t self) {
    double v = float_self(self);
    return mp_obj_new_bool(isfinite(v) && v == floor(v));
}
static MP_DEFINE_CONST_FUN_OBJ_1(float_is_integer_obj, float_is_integer);

static mp_obj_t float_conjugate(mp_obj_t self) {
    return mp_obj_float_box(float_self(self));
}
static MP_DEFINE_CONST_FUN_OBJ_1(float_conjugate_obj, float_conjugate);

static mp_obj_t float_trunc(mp_obj_t self) {
    return mp_obj_new_int_from_float(float_self(self));
}
static MP_DEFINE_CONST_FUN_OBJ_1(float_trunc_obj, float_trunc);

static mp_obj_t float_floor(mp_obj_t self) {
    return mp_obj_new_int_from_float(floor(float_self(self)));
}
static MP_DEFINE_CONST_FUN_OBJ_1(float_floor_obj, float_floor);

static mp_obj_t float_ceil(mp_obj_t self) {
    return mp_obj_new_int_from_float(ceil(float_self(self)));
}
static MP_DEFINE_CONST_FUN_OBJ_1(float_ceil_obj, float_ceil);

static mp_obj_t float_round_method(size_t n_args, const mp_obj_t *args) {
    mp_obj_t nd = n_args > 1 ? args[1] : MP_OBJ_NULL;
    if (nd != MP_OBJ_NULL && nd != mp_const_none && !mp_obj_int_check(nd)) {
        mp_obj_t dest[2];
        mp_load_method_maybe(nd, MP_QSTR___index__, dest);
        if (dest[0] == MP_OBJ_NULL) {
            mp_raise_msg_varg(&mp_type_TypeError, "'%s' object cannot be interpreted as an integer", mp_obj_get_type_str(nd));
        }
        nd = mp_call_method_n_kw(0, 0, dest);
    }
    return mp_obj_float_round(float_self(args[0]), nd);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(float_round_obj, 1, 2, float_round_method);

static mp_obj_t float_as_integer_ratio(mp_obj_t self) {
    double v = float_self(self);
    if (isinf(v)) {
        mp_raise_msg(&mp_type_OverflowError, "cannot convert Infinity to integer ratio");
    }
    if (isnan(v)) {
        mp_raise_ValueError("cannot convert NaN to integer ratio");
    }
    int e;
    double m = frexp(v, &e);
    for (int i = 0; i < 300 && m != floor(m); i++) {
        m *= 2.0;
        e--;
    }
    mp_obj_t num = mp_obj_new_int_from_float(m);
    mp_obj_t den = MP_OBJ_NEW_SMALL_INT(1);
    if (e > 0) {
        num = mp_obj_int_binary_op(MP_BINARY_OP_LSHIFT, num, MP_OBJ_NEW_SMALL_INT(e));
    } else {
        den = mp_obj_int_binary_op(MP_BINARY_OP_LSHIFT, den, MP_OBJ_NEW_SMALL_INT(-e));
    }
    mp_obj_t t[2] = {num, den};
    return mp_obj_new_tuple(2, t);
}
static MP_DEFINE_CONST_FUN_OBJ_1(float_as_integer_ratio_obj, float_as_integer_ratio);

static mp_obj_t float_hex(mp_obj_t self) {
    double x = float_self(self);
    vstr_t vstr;
    vstr_init(&vstr, 32);
    if (isnan(x) || isinf(x)) {
        mp_print_t pr = mp_print_for_vstr(&vstr);
        mp_float_repr(&pr, x);
        return mp_obj_new_str_from_vstr(&vstr);
    }
    if (x == 0.0) {
        vstr_add_str(&vstr, signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
        return mp_obj_new_str_from_vstr(&vstr);
    }
    int e;
    double m = frexp(fabs(x), &e);
    int shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
    m = ldexp(m, shift);
    e -= shift;
    static const char hexd[] = "0123456789abcdef";
    char s[32];
    int si = 0;
    s[si++] = hexd[(int)m];
    m -= (int)m;
    s[si++] = '.';
    for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; i++) {
        m *= 16.0;
        s[si++] = hexd[(int)m];
        m -= (int)m;
    }
    s[si] = 0;
    vstr_printf(&vstr, "%s0x%sp%c%d", x < 0 ? "-" : "", s, e < 0 ? '-' : '+', e < 0 ? -e : e);
    return mp_obj_new_str_from_vstr(&vstr);
}
static MP_DEFINE_CONST_FUN_OBJ_1(float_hex_obj, float_hex);

static bool is_hexdigit(char c) {
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
}

static mp_obj_t float_fromhex(mp_obj_t cls, mp_obj_t str) {
    size_t len;
    const char *s = mp_obj_str_get_data(str, &len);
    const char *p = s, *e = s + len;
    while (p < e && (*p == ' ' || (*p >= '\t' && *p <= '\r'))) {
        p++;
    }
    while (e > p && (e[-1] == ' ' || (e[-1] >= '\t' && e[-1] <= '\r'))) {
        e--;
    }
    double v;
    size_t n = e - p;
    size_t i = 0;
    bool neg = false;
    if (i < n && (p[i] == '+' || p[i] == '-')) {
        neg = p[i] == '-';
        i++;
    }
    size_t rest = n - i;
    const char *q = p + i;
    bool ok = false;
    if ((rest == 3 || rest == 8) && (strncasecmp(q, "inf", 3) == 0 && (rest == 3 || strncasecmp(q, "infinity", 8) == 0))) {
        v = INFINITY;
        ok = true;
    } else if (rest == 3 && strncasecmp(q, "nan", 3) == 0) {
        v = NAN;
        ok = true;
    } else {
        // [0x] hexdigits [. hexdigits] [p [sign] digits]
        vstr_t t;
        vstr_init(&t, rest + 8);
        vstr_add_str(&t, "0x");
        size_t k = 0;
        if (rest >= 2 && q[0] == '0' && (q[1] | 0x20) == 'x') {
            k = 2;
        }
        size_t nd = 0;
        while (k < rest && is_hexdigit(q[k])) {
            vstr_add_byte(&t, q[k++]);
            nd++;
        }
        if (k < rest && q[k] == '.') {
            vstr_add_byte(&t, q[k++]);
            while (k < rest && is_hexdigit(q[k])) {
                vstr_add_byte(&t, q[k++]);
                nd++;
            }
        }
        bool good = nd > 0;
        if (good && k < rest && (q[k] | 0x20) == 'p') {
            vstr_add_byte(&t, 'p');
            k++;
            if (k < rest && (q[k] == '+' || q[k] == '-')) {
                vstr_add_byte(&t, q[k++]);
            }
            size_t ed = 0;
            while (k < rest && q[k] >= '0' && q[k] <= '9') {
                vstr_add_byte(&t, q[k++]);
                ed++;
            }
            good = ed > 0;
        }
        if (good && k == rest) {
            v = strtod(vstr_null_terminated_str(&t), NULL);
            ok = true;
            if (isinf(v)) {
                mp_raise_msg(&mp_type_OverflowError, "hexadecimal value too large to represent as a float");
            }
        }
        vstr_clear(&t);
    }
    if (!ok) {
        mp_raise_ValueError("invalid hexadecimal floating-point string");
    }
    mp_obj_t r = mp_obj_float_box(neg ? -v : v);
    if (cls != MP_OBJ_FROM_PTR(&mp_type_float) && mp_obj_is_obj(cls)) {
        return mp_call_function_1(cls, r);
    }
    return r;
}
static MP_DEFINE_CONST_FUN_OBJ_2(float_fromhex_fun_obj, float_fromhex);
static const mp_obj_static_class_method_t float_fromhex_obj = {{&mp_type_classmethod}, MP_ROM_PTR(&float_fromhex_fun_obj)};

static mp_obj_t float_format_method(mp_obj_t self, mp_obj_t spec) {
    return mp_obj_format(mp_obj_float_box(float_self(self)), spec);
}
static MP_DEFINE_CONST_FUN_OBJ_2(float_format_obj, float_format_method);

static mp_obj_t float_getnewargs(mp_obj_t self) {
    mp_obj_t v = mp_obj_float_box(float_self(self));
    return mp_obj_new_tuple(1, &v);
}
static MP_DEFINE_CONST_FUN_OBJ_1(float_getnewargs_obj, float_getnewargs);

static const mp_rom_map_elem_t float_locals_table[] = {
    {MP_ROM_QSTR(MP_QSTR_is_integer), MP_ROM_PTR(&float_is_integer_obj)},
    {MP_ROM_QSTR(MP_QSTR_as_integer_ratio), MP_ROM_PTR(&float_as_integer_ratio_obj)},
    {MP_ROM_QSTR(MP_QSTR_hex), MP_ROM_PTR(&float_hex_obj)},
    {MP_ROM_QSTR(MP_QSTR_fromhex), MP_ROM_PTR(&float_fromhex_obj)},
    {MP_ROM_QSTR(MP_QSTR_conjugate), MP_ROM_PTR(&float_conjugate_obj)},
    {MP_ROM_QSTR(MP_QSTR___round__), MP_ROM_PTR(&float_round_obj)},
    {MP_ROM_QSTR(MP_QSTR___trunc__), MP_ROM_PTR(&float_trunc_obj)},
    {MP_ROM_QSTR(MP_QSTR___int__), MP_ROM_PTR(&float_trunc_obj)},
    {MP_ROM_QSTR(MP_QSTR___floor__), MP_ROM_PTR(&float_floor_obj)},
    {MP_ROM_QSTR(MP_QSTR___ceil__), MP_ROM_PTR(&float_ceil_obj)},
    {MP_ROM_QSTR(MP_QSTR___float__), MP_ROM_PTR(&float_conjugate_obj)},
    {MP_ROM_QSTR(MP_QSTR___format__), MP_ROM_PTR(&float_format_obj)},
    {MP_ROM_QSTR(MP_QSTR___getnewargs__), MP_ROM_PTR(&float_getnewargs_obj)},
};
static MP_DEFINE_CONST_DICT(float_locals_dict, float_locals_table);

const mp_obj_type_t mp_type_float = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_BASETYPE,
    .name = MP_QSTR_float,
    .print = float_print,
    .make_new = float_make_new,
    .unary_op = float_unary_op,
    .binary_op = float_binary_op_slot,
    .attr = float_attr,
    .locals_dict = (mp_obj_dict_t *)&float_locals_dict,
};
