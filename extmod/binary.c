// binary.c: one binary item (integer, float, bool, char, pointer) read or
// written by struct type code, native or with an explicit byte order. Used
// by the array module (native layout, typed fast paths) and the ustruct
// module (any prefix). Range checking and error wording are left to the
// callers because array and struct word their errors differently.
#include <math.h>
#include <string.h>
#include "runtime.h"
#include "objint.h"
#include "binary.h"

size_t mp_binary_get_size(char struct_type, char val_type, size_t *palign) {
    size_t size = 0;
    bool native = struct_type == '@';
    switch (val_type) {
        case 'b': case 'B': case 'c': case '?': case 'x': case 's': case 'p':
            size = 1;
            break;
        case 'h': case 'H': case 'e':
            size = 2;
            break;
        case 'i': case 'I': case 'f':
            size = 4;
            break;
        case 'l': case 'L':
            size = native ? sizeof(long) : 4;
            break;
        case 'q': case 'Q': case 'd':
            size = 8;
            break;
        case 'n': case 'N': case 'P':
            size = native ? sizeof(void *) : 0;
            break;
        default:
            size = 0;
            break;
    }
    if (palign != NULL) {
        *palign = native && size != 0 ? size : 1;
    }
    return size;
}

static void set_from_big(mp_obj_t n, mp_binary_int_t *out) {
    const mp_obj_int_t *bi = MP_OBJ_TO_PTR(n);
    int64_t s;
    uint64_t u;
    out->neg = mpz_is_neg(&bi->mpz);
    out->fits_i64 = mpz_as_int64(&bi->mpz, &s);
    out->fits_u64 = mpz_as_uint64(&bi->mpz, &u);
    out->bits = out->fits_i64 ? (uint64_t)s : u;
}

static void set_from_small(mp_int_t v, mp_binary_int_t *out) {
    out->bits = (uint64_t)v;
    out->neg = v < 0;
    out->fits_i64 = true;
    out->fits_u64 = v >= 0;
}

bool mp_binary_get_int(mp_obj_t o, mp_binary_int_t *out) {
    if (MP_LIKELY(mp_obj_is_small_int(o))) {
        set_from_small(mp_small_int_value(o), out);
        return true;
    }
    if (!mp_obj_is_obj(o)) {
        return false;  // float, str (qstr) ...
    }
    mp_obj_t n = mp_obj_int_normalise(o);
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
    if (mp_obj_is_small_int(n)) {
        set_from_small(mp_small_int_value(n), out);
    } else {
        set_from_big(n, out);
    }
    return true;
}

bool mp_binary_get_float(mp_obj_t o, mp_float_t *out) {
    if (mp_obj_is_float(o)) {
        *out = mp_obj_float_value(o);
        return true;
    }
    if (mp_obj_is_small_int(o)) {
        *out = (mp_float_t)mp_small_int_value(o);
        return true;
    }
    if (!mp_obj_is_obj(o)) {
        return false;
    }
    mp_obj_t n = mp_obj_int_normalise(o);
    if (n != MP_OBJ_NULL) {
        *out = mp_obj_int_as_float(n);
        return true;
    }
    if (mp_obj_get_float_maybe(o, out)) {
        return true;
    }
    mp_obj_t dest[2];
    mp_load_method_maybe(o, MP_QSTR___float__, dest);
    if (dest[0] != MP_OBJ_NULL) {
        mp_obj_t r = mp_call_method_n_kw(0, 0, dest);
        if (!mp_obj_is_float(r)) {
            mp_raise_msg_varg(&mp_type_TypeError, "%s.__float__ returned non-float (type %s)",
                mp_obj_get_type_str(o), mp_obj_get_type_str(r));
        }
        *out = mp_obj_float_value(r);
        return true;
    }
    mp_load_method_maybe(o, MP_QSTR___index__, dest);
    if (dest[0] != MP_OBJ_NULL) {
        mp_obj_t r = mp_call_method_n_kw(0, 0, dest);
        mp_obj_t n2 = mp_obj_int_normalise(r);
        if (n2 == MP_OBJ_NULL) {
            mp_raise_msg_varg(&mp_type_TypeError, "__index__ returned non-int (type %s)", mp_obj_get_type_str(r));
        }
        *out = mp_obj_int_as_float(n2);
        return true;
    }
    return false;
}

mp_obj_t mp_binary_get_val_array(char typecode, const void *p, size_t index) {
    switch (typecode) {
        case 'b':
            return MP_OBJ_NEW_SMALL_INT(((const int8_t *)p)[index]);
        case 'B':
            return MP_OBJ_NEW_SMALL_INT(((const uint8_t *)p)[index]);
        case 'h':
            return MP_OBJ_NEW_SMALL_INT(((const int16_t *)p)[index]);
        case 'H':
            return MP_OBJ_NEW_SMALL_INT(((const uint16_t *)p)[index]);
        case 'i':
            return MP_OBJ_NEW_SMALL_INT(((const int32_t *)p)[index]);
        case 'I':
            return MP_OBJ_NEW_SMALL_INT(((const uint32_t *)p)[index]);
        case 'l': case 'q': case 'n':
            return mp_obj_new_int_from_ll(((const int64_t *)p)[index]);
        case 'L': case 'Q': case 'N': case 'P':
            return mp_obj_new_int_from_ull(((const uint64_t *)p)[index]);
        case 'f':
            return mp_obj_new_float(((const float *)p)[index]);
        case 'd':
            return mp_obj_new_float(((const double *)p)[index]);
        case 'e':
            return mp_obj_new_float(mp_binary_half_to_float(((const uint16_t *)p)[index]));
        case '?':
            return mp_obj_new_bool(((const uint8_t *)p)[index] != 0);
        case 'c':
            return mp_obj_new_bytes((const byte *)p + index, 1);
        default:
            mp_raise_NotImplementedError("unsupported item type");
    }
}

void mp_binary_set_int_array(char typecode, void *p, size_t index, uint64_t bits) {
    switch (typecode) {
        case 'b': case 'B': case 'c': case '?':
            ((uint8_t *)p)[index] = (uint8_t)bits;
            break;
        case 'h': case 'H':
            ((uint16_t *)p)[index] = (uint16_t)bits;
            break;
        case 'i': case 'I':
            ((uint32_t *)p)[index] = (uint32_t)bits;
            break;
        default:
            ((uint64_t *)p)[index] = bits;
            break;
    }
}

void mp_binary_set_float_array(char typecode, void *p, size_t index, mp_float_t f) {
    if (typecode == 'f') {
        ((float *)p)[index] = (float)f;
    } else if (typecode == 'e') {
        uint16_t h;
        if (!mp_binary_float_to_half(f, &h)) {
            h = f < 0 ? 0xfc00 : 0x7c00;
        }
        ((uint16_t *)p)[index] = h;
    } else {
        ((double *)p)[index] = f;
    }
}

uint64_t mp_binary_get_bits(const byte *p, size_t size, bool big_endian) {
    uint64_t v = 0;
    if (big_endian) {
        for (size_t i = 0; i < size; i++) {
            v = (v << 8) | p[i];
        }
    } else {
        for (size_t i = size; i-- > 0;) {
            v = (v << 8) | p[i];
        }
    }
    return v;
}

void mp_binary_put_bits(byte *p, size_t size, bool big_endian, uint64_t bits) {
    if (big_endian) {
        for (size_t i = size; i-- > 0;) {
            p[i] = (byte)bits;
            bits >>= 8;
        }
    } else {
        for (size_t i = 0; i < size; i++) {
            p[i] = (byte)bits;
            bits >>= 8;
        }
    }
}

mp_obj_t mp_binary_get_val(char struct_type, char val_type, const byte *p) {
    size_t size = mp_binary_get_size(struct_type, val_type, NULL);
    // The host is little endian (checked at build time below), so '@', '='
    // and '<' read the same way.
    uint64_t bits = mp_binary_get_bits(p, size, mp_binary_is_big_endian(struct_type));
    switch (val_type) {
        case 'b': case 'h': case 'i': case 'l': case 'q': case 'n': {
            // Sign-extend from size bytes.
            unsigned shift = 64 - 8 * (unsigned)size;
            int64_t v = (int64_t)(bits << shift) >> shift;
            return mp_obj_new_int_from_ll(v);
        }
        case 'B': case 'H': case 'I': case 'L': case 'Q': case 'N': case 'P':
            return mp_obj_new_int_from_ull(bits);
        case 'f': {
            uint32_t b32 = (uint32_t)bits;
            float f;
            memcpy(&f, &b32, 4);
            return mp_obj_new_float(f);
        }
        case 'd': {
            double d;
            memcpy(&d, &bits, 8);
            return mp_obj_new_float(d);
        }
        case 'e':
            return mp_obj_new_float(mp_binary_half_to_float((uint16_t)bits));
        case '?':
            return mp_obj_new_bool(bits != 0);
        case 'c':
            return mp_obj_new_bytes(p, 1);
        default:
            mp_raise_NotImplementedError("unsupported item type");
    }
}

// binary16: 1 sign bit, 5 exponent bits (bias 15), 10 mantissa bits.
bool mp_binary_float_to_half(mp_float_t f, uint16_t *out) {
    uint16_t sign = signbit(f) ? 0x8000 : 0;
    if (isnan(f)) {
        *out = sign | 0x7e00;
        return true;
    }
    double x = fabs(f);
    if (isinf(x)) {
        *out = sign | 0x7c00;
        return true;
    }
    if (x >= 65520.0) {
        return false;  // rounds to infinity: CPython refuses
    }
    if (x < 0x1p-14) {
        // Subnormal (or zero): units of 2**-24, rounded half to even. A
        // result of 1024 carries into the exponent field, which is right.
        double r = rint(x * 0x1p24);
        *out = sign | (uint16_t)r;
        return true;
    }
    int e;
    frexp(x, &e);   // x = m * 2**e, 0.5 <= m < 1
    e -= 1;         // now 2**e <= x < 2**(e+1)
    double r = rint(ldexp(x, 10 - e));  // 1024 <= r <= 2048
    if (r >= 2048.0) {
        r = 1024.0;
        e += 1;
    }
    if (e > 15) {
        return false;
    }
    *out = sign | (uint16_t)((e + 15) << 10) | (uint16_t)((uint32_t)r - 1024);
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
