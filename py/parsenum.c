// parsenum.c: parsing of numbers from text, with Python's syntax rules
// (underscores between digits, base prefixes, inf/nan), shared by the
// lexer and the int()/float()/complex() constructors.
#include <string.h>
#include <stdlib.h>
#include <math.h>
#include "runtime.h"
#include "parsenum.h"
#include "unicode.h"
#include "objint.h"
#include "objcomplex.h"

static bool is_unicode_space(uint32_t c) {
    return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A)
           || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

static inline bool is_ascii_space(byte c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
}

// Decodes one UTF-8 sequence at s (len > 0); returns its byte length (1 for
// an invalid byte, which decodes as itself).
static size_t decode_utf8(const byte *s, size_t len, uint32_t *cp) {
    byte b = s[0];
    size_t n = b < 0xC0 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    if (b < 0x80 || n > len) {
        *cp = b;
        return 1;
    }
    uint32_t c = b & (0x3F >> (n - 1));
    for (size_t i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80) {
            *cp = b;
            return 1;
        }
        c = (c << 6) | (s[i] & 0x3F);
    }
    *cp = c;
    return n;
}

// If str has non-ASCII bytes, translate Unicode spaces to ' ' and Unicode
// digits to ASCII into a new buffer (other characters become '\x7f', which
// no grammar accepts). Returns str itself when it is plain ASCII.
const char *mp_parse_num_ascii_translate(const char *str, size_t *len) {
    size_t n = *len;
    size_t i = 0;
    while (i < n && (byte)str[i] < 0x80) {
        i++;
    }
    if (i == n) {
        return str;
    }
    char *out = m_malloc_atomic(n + 1);
    size_t o = 0;
    for (i = 0; i < n;) {
        byte b = (byte)str[i];
        if (b < 0x80) {
            out[o++] = (char)b;
            i++;
            continue;
        }
        uint32_t cp;
        i += decode_utf8((const byte *)str + i, n - i, &cp);
        char c = 0x7f;
        if (is_unicode_space(cp)) {
            c = ' ';
        } else {
            // Unicode decimal digits (int('٣') == 3 as in CPython)
            int d = unichar_decimal_value(cp);
            if (d >= 0) {
                c = (char)('0' + d);
            }
        }
        out[o++] = c;
    }
    *len = o;
    return out;
}

static void strip_space(const char **s, const char **e) {
    while (*s < *e && is_ascii_space((byte)**s)) {
        (*s)++;
    }
    while (*e > *s && is_ascii_space((byte)(*e)[-1])) {
        (*e)--;
    }
}

static int digit_val(byte c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    c |= 0x20;
    if (c >= 'a' && c <= 'z') {
        return c - 'a' + 10;
    }
    return 99;
}

// ---------------------------------------------------------------------------
// Integers

mp_obj_t mp_parse_num_integer_maybe(const char *str, size_t len, int base) {
    str = mp_parse_num_ascii_translate(str, &len);
    const char *p = str, *e = str + len;
    strip_space(&p, &e);
    bool neg = false;
    if (p < e && (*p == '+' || *p == '-')) {
        neg = *p == '-';
        p++;
    }
    bool after_prefix = false;
    if (e - p >= 2 && p[0] == '0') {
        char k = p[1] | 0x20;
        int pb = k == 'x' ? 16 : k == 'o' ? 8 : k == 'b' ? 2 : 0;
        if (pb != 0 && (base == 0 || base == pb)) {
            base = pb;
            p += 2;
            after_prefix = true;
        }
    }
    bool zero_only = false;
    if (base == 0) {
        // A decimal literal: a non-zero number may not start with 0.
        base = 10;
        zero_only = p < e && *p == '0';
    }
    // Validate: digits, single underscores between digits (or right after
    // a prefix).
    if (p == e) {
        return MP_OBJ_NULL;
    }
    size_t ndig = 0;
    bool prev_digit = after_prefix;  // an underscore may follow the prefix
    for (const char *q = p; q < e; q++) {
        if (*q == '_') {
            if (!prev_digit || q + 1 == e) {
                return MP_OBJ_NULL;
            }
            prev_digit = false;
            continue;
        }
        int d = digit_val((byte)*q);
        if (d >= base || (zero_only && d != 0)) {
            return MP_OBJ_NULL;
        }
        prev_digit = true;
        ndig++;
    }
    if (ndig == 0) {
        return MP_OBJ_NULL;
    }
    // Fast path: accumulate in a machine word while it cannot overflow.
    if (ndig <= 12 || (base <= 16 && ndig <= 15)) {
        mp_int_t v = 0;
        for (const char *q = p; q < e; q++) {
            if (*q != '_') {
                v = v * base + digit_val((byte)*q);
            }
        }
        return mp_obj_new_int(neg ? -v : v);
    }
    char *digits = m_malloc_atomic(ndig + 1);
    size_t n = 0;
    for (const char *q = p; q < e; q++) {
        if (*q != '_') {
            digits[n++] = *q;
        }
    }
    mpz_t z;
    mpz_init(&z);
    mpz_from_str(&z, digits, n, base);
    m_free(digits);
    if (neg && z.len != 0) {
        z.neg = true;
    }
    return mp_obj_int_from_mpz(&z);
}

mp_obj_t mp_parse_num_integer(const char *str, size_t len, int base, mp_obj_t orig) {
    mp_obj_t r = mp_parse_num_integer_maybe(str, len, base);
    if (r != MP_OBJ_NULL) {
        return r;
    }
    if (orig == MP_OBJ_NULL) {
        orig = mp_obj_new_str(str, len);
    }
    mp_obj_t rep = mp_obj_repr(orig);
    size_t rlen;
    const char *rs = mp_obj_str_get_data(rep, &rlen);
    // CPython shows at most 200 characters of the repr.
    mp_raise_msg_varg(&mp_type_ValueError, "invalid literal for int() with base %d: %.*s",
        base, (int)(rlen > 200 ? 200 : rlen), rs);
}

// ---------------------------------------------------------------------------
// Floats

// digit (_? digit)*: advances *i, returns the number of digits.
static size_t scan_digitpart(const char *s, size_t len, size_t *i) {
    size_t n = 0;
    size_t k = *i;
    while (k < len && s[k] >= '0' && s[k] <= '9') {
        n++;
        k++;
        if (k + 1 < len && s[k] == '_' && s[k + 1] >= '0' && s[k + 1] <= '9') {
            k++;
        }
    }
    *i = k;
    return n;
}

static bool match_ci(const char *s, size_t len, size_t i, const char *word) {
    size_t wl = strlen(word);
    if (len - i < wl) {
        return false;
    }
    for (size_t k = 0; k < wl; k++) {
        if ((s[i + k] | 0x20) != word[k]) {
            return false;
        }
    }
    return true;
}

// Scans [sign] (number | inf | infinity | nan) at s; returns the length,
// 0 if there is no number. *special: 1 inf, 2 nan, 0 otherwise.
static size_t scan_float(const char *s, size_t len, int *special) {
    size_t i = 0;
    *special = 0;
    if (i < len && (s[i] == '+' || s[i] == '-')) {
        i++;
    }
    if (match_ci(s, len, i, "infinity")) {
        *special = 1;
        return i + 8;
    }
    if (match_ci(s, len, i, "inf")) {
        *special = 1;
        return i + 3;
    }
    if (match_ci(s, len, i, "nan")) {
        *special = 2;
        return i + 3;
    }
    size_t nd = scan_digitpart(s, len, &i);
    if (i < len && s[i] == '.') {
        i++;
        nd += scan_digitpart(s, len, &i);
    }
    if (nd == 0) {
        return 0;
    }
    if (i < len && (s[i] == 'e' || s[i] == 'E')) {
        size_t k = i + 1;
        if (k < len && (s[k] == '+' || s[k] == '-')) {
            k++;
        }
        if (scan_digitpart(s, len, &k) > 0) {
            i = k;
        }
    }
    return i;
}

// Value of a scanned float text s[0..n).
static mp_float_t float_value(const char *s, size_t n, int special) {
    bool neg = n > 0 && s[0] == '-';
    if (special == 1) {
        return neg ? -INFINITY : INFINITY;
    }
    if (special == 2) {
        return NAN;
    }
    char small[64];
    char *buf = n < sizeof(small) ? small : m_malloc_atomic(n + 1);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] != '_') {
            buf[k++] = s[i];
        }
    }
    buf[k] = 0;
    // glibc's strtod is correctly rounded; the text was validated so it
    // consumes everything.
    mp_float_t v = strtod(buf, NULL);
    if (buf != small) {
        m_free(buf);
    }
    return v;
}

size_t mp_parse_float_prefix(const char *str, size_t len, mp_float_t *value) {
    int special;
    size_t n = scan_float(str, len, &special);
    if (n > 0) {
        *value = float_value(str, n, special);
    }
    return n;
}

bool mp_parse_num_float_maybe(const char *str, size_t len, bool allow_imag, mp_obj_t *out) {
    str = mp_parse_num_ascii_translate(str, &len);
    const char *p = str, *e = str + len;
    strip_space(&p, &e);
    int special;
    size_t n = scan_float(p, e - p, &special);
    if (n == 0) {
        return false;
    }
    mp_float_t v = float_value(p, n, special);
    p += n;
    if (allow_imag && p < e && (*p | 0x20) == 'j') {
        p++;
        if (p != e) {
            return false;
        }
        *out = mp_obj_new_complex(0.0, v);
        return true;
    }
    if (p != e) {
        return false;
    }
    *out = mp_obj_new_float(v);
    return true;
}

mp_obj_t mp_parse_num_literal(const char *str, size_t len) {
    if (len >= 2 && str[0] == '0' && strchr("xXoObB", str[1]) != NULL) {
        return mp_parse_num_integer_maybe(str, len, 0);
    }
    for (size_t i = 0; i < len; i++) {
        char c = str[i] | 0x20;
        if (c == '.' || c == 'e' || c == 'j' || c == 'n' || c == 'i') {
            mp_obj_t o;
            return mp_parse_num_float_maybe(str, len, true, &o) ? o : MP_OBJ_NULL;
        }
    }
    return mp_parse_num_integer_maybe(str, len, 0);
}

// ---------------------------------------------------------------------------
// Entry points declared in obj.h

mp_obj_t mp_obj_new_int_from_str_len(const char *str, size_t len, int base) {
    return mp_parse_num_integer(str, len, base, MP_OBJ_NULL);
}

mp_obj_t mp_obj_new_float_from_str_len(const char *str, size_t len) {
    mp_obj_t o;
    if (mp_parse_num_float_maybe(str, len, true, &o)) {
        return o;
    }
    mp_obj_t rep = mp_obj_repr(mp_obj_new_str(str, len));
    mp_raise_msg_varg(&mp_type_ValueError, "could not convert string to float: %s", mp_obj_str_get_str(rep));
}
