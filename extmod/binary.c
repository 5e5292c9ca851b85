// binary.c: one binary item (integer, float, bool, char, pointer) read or
// written by struct type code, native or with an explicit byte order. Used
// by the array module (native layout), the ustruct module (any prefix) and
// uctypes. Range checking and error wording are left to the callers
// because array and struct word their errors differently.
#include <math.h>
#include <string.h>
#include "runtime.h"
#include "objint.h"
#include "objfloat.h"
#include "binary.h"

// Item sizes by type code, indexed from '?' to 'x': the low nibble is the
// standard size, the high nibble the native one (0: not a valid code). A
// table rather than a switch: the switch compiled to a large jump table.
static const uint8_t size_tab['x' - '?' + 1] = {
    ['?' - '?'] = 0x11, ['B' - '?'] = 0x11, ['H' - '?'] = 0x22, ['I' - '?'] = 0x44,
    ['L' - '?'] = 0x84, ['N' - '?'] = 0x80, ['P' - '?'] = 0x80, ['Q' - '?'] = 0x88,
    ['b' - '?'] = 0x11, ['c' - '?'] = 0x11, ['d' - '?'] = 0x88, ['e' - '?'] = 0x22,
    ['f' - '?'] = 0x44, ['h' - '?'] = 0x22, ['i' - '?'] = 0x44, ['l' - '?'] = 0x84,
    ['n' - '?'] = 0x80, ['p' - '?'] = 0x11, ['q' - '?'] = 0x88, ['s' - '?'] = 0x11,
    ['x' - '?'] = 0x11,
};

size_t mp_binary_get_size(char struct_type, char val_type, size_t *palign) {
    unsigned i = (unsigned char)val_type - '?';
    bool native = struct_type == '@';
    size_t size = 0;
    if (i < sizeof(size_tab)) {
        size = native ? size_tab[i] >> 4 : size_tab[i] & 15;
    }
    if (palign != NULL) {
        *palign = native && size != 0 ? size : 1;
    }
    return size;
}

bool mp_binary_get_int(mp_obj_t o, mp_binary_int_t *out) {
    mp_obj_t n = o;
    if (MP_UNLIKELY(!mp_obj_is_small_int(o))) {
        if (!mp_obj_is_obj(o)) {
            return false;  // float, str (qstr) ...
        }
        n = mp_obj_int_normalise(o);
        if (n == MP_OBJ_NULL) {
            // Any other object: its __index__ if it has one (CPython accepts
            // these for integer items of both array and struct).
            mp_obj_t dest[2];
            mp_load_method_maybe(o, MP_QSTR___index__, dest);
            if (dest[0] == MP_OBJ_NULL) {
                return false;
            }
            mp_obj_t r = mp_call_method_n_kw(0, 0, dest);
            n = mp_obj_int_normalise(r);
            if (n == MP_OBJ_NULL) {
                mp_raise_msg_varg(&mp_type_TypeError, "__index__ returned non-int (type %s)", mp_obj_get_type_str(r));
            }
        }
    }
    if (mp_obj_is_small_int(n)) {
        mp_int_t v = mp_small_int_value(n);
        out->bits = (uint64_t)v;
        out->neg = v < 0;
        out->fits_i64 = true;
        out->fits_u64 = v >= 0;
    } else {
        const mp_obj_int_t *bi = MP_OBJ_TO_PTR(n);
        int64_t s;
        uint64_t u;
        out->neg = mpz_is_neg(&bi->mpz);
        out->fits_i64 = mpz_as_int64(&bi->mpz, &s);
        out->fits_u64 = mpz_as_uint64(&bi->mpz, &u);
        out->bits = out->fits_i64 ? (uint64_t)s : u;
    }
    return true;
}

mp_int_t mp_binary_ssize_arg(mp_obj_t o, bool clamp) {
    mp_binary_int_t iv;
    if (mp_obj_is_float(o) || !mp_binary_get_int(o, &iv)) {
        mp_raise_msg_varg(&mp_type_TypeError, "'%s' object cannot be interpreted as an integer", mp_obj_get_type_str(o));
    }
    if (!iv.fits_i64) {
        if (!clamp) {
            mp_raise_msg(&mp_type_OverflowError, "Python int too large to convert to C ssize_t");
        }
        return iv.neg ? INT64_MIN / 2 : INT64_MAX / 2;
    }
    return (mp_int_t)iv.bits;
}

bool mp_binary_int_low_bits(mp_obj_t o, uint64_t *out) {
    mp_int_t v;
    if (mp_obj_get_int_maybe(o, &v)) {
        *out = (uint64_t)v;
        return true;
    }
    if (!mp_obj_is_int(o)) {
        return false;
    }
    // A big int: its two low 32-bit halves, by Python's & and >>.
    mp_obj_t mask = MP_OBJ_NEW_SMALL_INT(0xffffffff);
    mp_obj_t lo = mp_binary_op(MP_BINARY_OP_AND, o, mask);
    mp_obj_t hi = mp_binary_op(MP_BINARY_OP_AND, mp_binary_op(MP_BINARY_OP_RSHIFT, o, MP_OBJ_NEW_SMALL_INT(32)), mask);
    *out = ((uint64_t)mp_obj_get_int(hi) << 32) | (uint64_t)mp_obj_get_int(lo);
    return true;
}

bool mp_binary_get_float(mp_obj_t o, mp_float_t *out) {
    // Floats, ints (also subclasses, bools).
    if (mp_obj_get_float_maybe(o, out)) {
        return true;
    }
    if (!mp_obj_is_obj(o)) {
        return false;
    }
    // Other objects with __float__ or __index__: the runtime's conversion
    // (which checks what they return).
    mp_obj_t dest[2];
    mp_load_method_maybe(o, MP_QSTR___float__, dest);
    if (dest[0] == MP_OBJ_NULL) {
        mp_load_method_maybe(o, MP_QSTR___index__, dest);
        if (dest[0] == MP_OBJ_NULL) {
            return false;
        }
    }
    *out = mp_obj_get_float_strict(o);
    return true;
}

uint64_t mp_binary_get_bits(const byte *p, size_t size, bool big_endian) {
    uint64_t v = 0;
    if (!big_endian) {
        // The host is little endian. Fixed-size loads: a copy of variable
        // size is a slow string instruction.
        if (size == 8) {
            memcpy(&v, p, 8);
        } else if (size == 4) {
            uint32_t w;
            memcpy(&w, p, 4);
            v = w;
        } else if (size == 2) {
            uint16_t w;
            memcpy(&w, p, 2);
            v = w;
        } else if (size == 1) {
            v = p[0];
        }
        return v;
    }
    for (size_t i = 0; i < size; i++) {
        v = (v << 8) | p[i];
    }
    return v;
}

void mp_binary_put_bits(byte *p, size_t size, bool big_endian, uint64_t bits) {
    if (!big_endian) {
        // Fixed-size stores, as in mp_binary_get_bits.
        if (size == 8) {
            memcpy(p, &bits, 8);
        } else if (size == 4) {
            uint32_t w = (uint32_t)bits;
            memcpy(p, &w, 4);
        } else if (size == 2) {
            uint16_t w = (uint16_t)bits;
            memcpy(p, &w, 2);
        } else if (size == 1) {
            p[0] = (byte)bits;
        }
        return;
    }
    for (size_t i = size; i-- > 0;) {
        p[i] = (byte)bits;
        bits >>= 8;
    }
}

// The codes that are not integers, as a bit mask over '?'..'x'.
#define NON_INT_CODES (1ULL << ('?' - '?') | 1ULL << ('c' - '?') | 1ULL << ('d' - '?') \
    | 1ULL << ('e' - '?') | 1ULL << ('f' - '?'))

mp_obj_t mp_binary_get_item(char val_type, size_t size, bool big_endian, const byte *p) {
    uint64_t bits = mp_binary_get_bits(p, size, big_endian);
    if (!((NON_INT_CODES >> (val_type - '?')) & 1)) {
        if (val_type >= 'a') {
            // b h i l q n: sign-extend from size bytes.
            unsigned shift = 64 - 8 * (unsigned)size;
            int64_t v = (int64_t)(bits << shift) >> shift;
            return size < 8 ? MP_OBJ_NEW_SMALL_INT(v) : mp_obj_new_int_from_ll(v);
        }
        // B H I L Q N P
        return size < 8 ? MP_OBJ_NEW_SMALL_INT(bits) : mp_obj_new_int_from_ull(bits);
    }
    // Tests in order rather than a switch, which compiled to a jump table.
    if (val_type == 'f') {
        uint32_t b32 = (uint32_t)bits;
        float f;
        memcpy(&f, &b32, 4);
        return mp_obj_new_float(f);
    }
    if (val_type == 'd') {
        double d;
        memcpy(&d, &bits, 8);
        return mp_obj_new_float(d);
    }
    if (val_type == 'e') {
        return mp_obj_new_float(mp_binary_half_to_float((uint16_t)bits));
    }
    if (val_type == '?') {
        return mp_obj_new_bool(bits != 0);
    }
    return mp_obj_new_bytes(p, 1);  // 'c'
}

// binary16: 1 sign bit, 5 exponent bits (bias 15), 10 mantissa bits.
bool mp_binary_float_to_half(mp_float_t f, uint16_t *out) {
    double x = fabs(f);
    uint32_t h;
    if (isnan(f)) {
        h = 0x7e00;
    } else if (x >= 65520.0) {
        if (!isinf(x)) {
            return false;  // rounds to infinity: CPython refuses
        }
        h = 0x7c00;
    } else if (x < 0x1p-14) {
        // Subnormal (or zero): units of 2**-24, rounded half to even.
        h = (uint32_t)rint(x * 0x1p24);
    } else {
        // x = m * 2**e, 0.5 <= m < 1: the exponent field is e - 1 + 15,
        // the mantissa m * 2**11 rounded half to even, less the implicit
        // bit (1024). In both cases a mantissa that rounds up to the next
        // power of two carries into the exponent field, which is right.
        int e;
        double m = frexp(x, &e);
        h = (uint32_t)(e + 14) * 1024 + (uint32_t)rint(ldexp(m, 11)) - 1024;
    }
    *out = (signbit(f) ? 0x8000 : 0) | (uint16_t)h;
    return true;
}

mp_float_t mp_binary_half_to_float(uint16_t h) {
    int exp = (h >> 10) & 0x1f;
    int mant = h & 0x3ff;
    double v;
    if (exp == 0) {
        v = ldexp(mant, -24);
    } else if (exp == 31) {
        v = mant ? NAN : INFINITY;
    } else {
        v = ldexp(mant + 1024, exp - 25);
    }
    return (h & 0x8000) ? -v : v;
}

// The native paths above assume a little-endian LP64 host.
_Static_assert(sizeof(long) == 8 && sizeof(void *) == 8, "binary.c assumes LP64");
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "binary.c assumes a little-endian host"
#endif
