// modbinascii.c: the ubinascii module (importable as binascii): hex and
// base64 conversions and crc32, with CPython's signatures and errors.
// Errors about malformed encoded data raise binascii.Error, a subclass of
// ValueError (so code written for MicroPython, catching ValueError, and
// code written for CPython, catching binascii.Error, both work).
#include <string.h>
#include "runtime.h"
#include "objmodule.h"
#include "objstr.h"
#include "objexcept.h"
#include "objint.h"
#include "crc32.h"

MP_DEFINE_EXCEPTION_TYPE(mp_type_binascii_Error, MP_QSTR_Error, &mp_type_ValueError);

#define BA_FUN(obj, name, nmin, nmax, kind, field, f) \
    static const mp_obj_fun_builtin_t obj = {{&mp_type_builtin_function}, nmin, nmax, kind, MP_QSTR_##name, .fun.field = f}

static const char hex_digits[] = "0123456789abcdef";

// Binary input: anything with the buffer protocol, but not str.
static const byte *get_bin(mp_obj_t o, size_t *len) {
    const byte *p;
    if (mp_obj_is_str_like(o) || !mp_obj_get_bytes_like(o, &p, len)) {
        mp_raise_msg_varg(&mp_type_TypeError, "a bytes-like object is required, not '%s'", mp_obj_get_type_str(o));
    }
    return p;
}

// Encoded input: a buffer or a str of ASCII characters only.
static const byte *get_ascii(mp_obj_t o, size_t *len) {
    const byte *p;
    if (mp_obj_is_str_like(o)) {
        p = mp_obj_str_get_data_maybe(o, len, false);
        for (size_t i = 0; i < *len; i++) {
            if (p[i] >= 0x80) {
                mp_raise_ValueError("string argument should contain only ASCII characters");
            }
        }
        return p;
    }
    if (!mp_obj_get_bytes_like(o, &p, len)) {
        mp_raise_msg_varg(&mp_type_TypeError, "argument should be bytes, buffer or ASCII string, not '%s'", mp_obj_get_type_str(o));
    }
    return p;
}

static mp_obj_t new_bytes_uninit(size_t len, byte **data) {
    mp_obj_str_t *s = mp_obj_str_alloc(&mp_type_bytes, len);
    *data = MP_STR_INLINE_DATA(s);
    return MP_OBJ_FROM_PTR(s);
}

MP_NORETURN static void raise_error(const char *msg) {
    mp_raise_msg(&mp_type_binascii_Error, msg);
}

// ---------------------------------------------------------------------------
// hexlify(data, sep=None, bytes_per_sep=1): sep (one character, str or
// bytes) goes between groups of |bytes_per_sep| bytes, counted from the
// right if positive, from the left if negative.

static mp_obj_t binascii_hexlify(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    static const mp_arg_t allowed[] = {
        {MP_QSTR_data, MP_ARG_OBJ | MP_ARG_REQUIRED, {.u_obj = MP_OBJ_NULL}},
        {MP_QSTR_sep, MP_ARG_OBJ, {.u_obj = MP_ROM_PTR(&mp_const_none_obj)}},
        {MP_QSTR_bytes_per_sep, MP_ARG_INT, {.u_int = 1}},
    };
    mp_arg_val_t vals[3];
    mp_arg_parse_all_named(MP_QSTR_hexlify, n_args, args, kw, 3, allowed, vals);
    size_t len;
    const byte *in = get_bin(vals[0].u_obj, &len);
    char sep = 0;
    mp_obj_t sep_obj = vals[1].u_obj;
    if (sep_obj != mp_const_none) {
        size_t slen;
        const byte *s;
        if (mp_obj_is_str_like(sep_obj)) {
            s = mp_obj_str_get_data_maybe(sep_obj, &slen, false);
        } else {
            s = get_bin(sep_obj, &slen);
        }
        if (slen != 1) {
            mp_raise_ValueError("sep must be length 1.");
        }
        if (s[0] >= 0x80) {
            mp_raise_ValueError("sep must be ASCII.");
        }
        sep = (char)s[0];
    }
    mp_int_t per = vals[2].u_int;
    // A group at least as long as the data means no separator at all.
    size_t group;
    if (per < -(mp_int_t)len || per > (mp_int_t)len) {
        group = len + 1;
    } else {
        group = per < 0 ? (size_t)-per : (size_t)per;
    }
    size_t nsep = 0;
    if (sep != 0 && group != 0 && len > 0) {
        nsep = (len - 1) / group;
    }
    if (len > (MP_STR_LEN_MAX - nsep) / 2) {
        m_malloc_fail(len);
    }
    byte *out;
    mp_obj_t res = new_bytes_uninit(2 * len + nsep, &out);
    // Position (in input bytes) of the first separator: groups are aligned
    // to the end when counting from the right.
    size_t first = group == 0 ? 0 : (per > 0 ? (len % group == 0 ? group : len % group) : group);
    size_t next_sep = nsep ? first : (size_t)-1;
    for (size_t i = 0; i < len; i++) {
        if (i == next_sep) {
            *out++ = sep;
            next_sep += group;
        }
        *out++ = hex_digits[in[i] >> 4];
        *out++ = hex_digits[in[i] & 15];
    }
    return res;
}
static const mp_obj_fun_builtin_t binascii_hexlify_obj = {{&mp_type_builtin_function}, 0, 3, MP_FUN_KIND_KW, MP_QSTR_hexlify, .fun.kw = binascii_hexlify};
static const mp_obj_fun_builtin_t binascii_b2a_hex_obj = {{&mp_type_builtin_function}, 0, 3, MP_FUN_KIND_KW, MP_QSTR_b2a_hex, .fun.kw = binascii_hexlify};

static mp_obj_t binascii_unhexlify(mp_obj_t data) {
    size_t len;
    const byte *in = get_ascii(data, &len);
    if (len & 1) {
        raise_error("Odd-length string");
    }
    byte *out;
    mp_obj_t res = new_bytes_uninit(len / 2, &out);
    for (size_t i = 0; i < len; i += 2) {
        int hi = unichar_xdigit_value(in[i]), lo = unichar_xdigit_value(in[i + 1]);
        if (hi < 0 || lo < 0) {
            raise_error("Non-hexadecimal digit found");
        }
        *out++ = (byte)(hi << 4 | lo);
    }
    return res;
}
BA_FUN(binascii_unhexlify_obj, unhexlify, 1, 1, MP_FUN_KIND_1, _1, binascii_unhexlify);
BA_FUN(binascii_a2b_hex_obj, a2b_hex, 1, 1, MP_FUN_KIND_1, _1, binascii_unhexlify);

// ---------------------------------------------------------------------------
// base64

static const char b64_chars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static int b64_value(byte c) {
    const char *p = c != 0 ? strchr(b64_chars, c) : NULL;
    return p != NULL ? (int)(p - b64_chars) : -1;
}

// a2b_base64(data, *, strict_mode=False). Non-strict (the default, and
// MicroPython's documented behaviour): characters outside the alphabet are
// skipped; decoding stops at the padding that completes a quantum; a final
// incomplete quantum is an error.
static mp_obj_t binascii_a2b_base64(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    static const mp_arg_t allowed[] = {
        {MP_QSTR_data, MP_ARG_OBJ | MP_ARG_REQUIRED, {.u_obj = MP_OBJ_NULL}},
        {MP_QSTR_strict_mode, MP_ARG_BOOL | MP_ARG_KW_ONLY, {.u_bool = false}},
    };
    mp_arg_val_t vals[2];
    mp_arg_parse_all_named(MP_QSTR_a2b_base64, n_args, args, kw, 2, allowed, vals);
    bool strict = vals[1].u_bool;
    size_t len;
    const byte *in = get_ascii(vals[0].u_obj, &len);
    vstr_t out;
    vstr_init(&out, len / 4 * 3 + 3);
    if (strict && len > 0 && in[0] == '=') {
        raise_error("Leading padding not allowed");
    }
    unsigned acc = 0;
    int quad = 0;       // data characters in the current quantum
    int pads = 0;       // '=' seen since the last data character
    bool padding = false;
    size_t ndata = 0;
    for (size_t i = 0; i < len; i++) {
        byte c = in[i];
        if (c == '=') {
            padding = true;
            if (quad >= 2 && quad + ++pads >= 4) {
                if (strict && i + 1 < len) {
                    raise_error("Excess data after padding");
                }
                goto done;
            }
            continue;
        }
        int v = b64_value(c);
        if (v < 0) {
            if (strict) {
                raise_error("Only base64 data is allowed");
            }
            continue;
        }
        if (strict && padding) {
            raise_error("Discontinuous padding not allowed");
        }
        pads = 0;
        ndata++;
        acc = (acc << 6) | (unsigned)v;
        if (++quad == 4) {
            byte *o = (byte *)vstr_add_len(&out, 3);
            o[0] = (byte)(acc >> 16);
            o[1] = (byte)(acc >> 8);
            o[2] = (byte)acc;
            acc = 0;
            quad = 0;
        }
    }
    if (quad == 1) {
        mp_raise_msg_varg(&mp_type_binascii_Error,
            "Invalid base64-encoded string: number of data characters (%u) cannot be 1 more than a multiple of 4",
            (unsigned)ndata);
    }
    if (quad != 0) {
        raise_error("Incorrect padding");
    }
done:
    if (quad == 2) {
        vstr_add_byte(&out, (byte)(acc >> 4));
    } else if (quad == 3) {
        byte *o = (byte *)vstr_add_len(&out, 2);
        o[0] = (byte)(acc >> 10);
        o[1] = (byte)(acc >> 2);
    }
    return mp_obj_new_bytes_from_vstr(&out);
}
static const mp_obj_fun_builtin_t binascii_a2b_base64_obj = {{&mp_type_builtin_function}, 1, 1, MP_FUN_KIND_KW, MP_QSTR_a2b_base64, .fun.kw = binascii_a2b_base64};

// b2a_base64(data, *, newline=True)
static mp_obj_t binascii_b2a_base64(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    static const mp_arg_t allowed[] = {
        {MP_QSTR_data, MP_ARG_OBJ | MP_ARG_REQUIRED, {.u_obj = MP_OBJ_NULL}},
        {MP_QSTR_newline, MP_ARG_BOOL | MP_ARG_KW_ONLY, {.u_bool = true}},
    };
    mp_arg_val_t vals[2];
    mp_arg_parse_all_named(MP_QSTR_b2a_base64, n_args, args, kw, 2, allowed, vals);
    size_t len;
    const byte *in = get_bin(vals[0].u_obj, &len);
    bool nl = vals[1].u_bool;
    if (len / 3 >= MP_STR_LEN_MAX / 4 - 2) {
        m_malloc_fail(len);
    }
    size_t olen = (len + 2) / 3 * 4 + nl;
    byte *out;
    mp_obj_t res = new_bytes_uninit(olen, &out);
    // Each group of up to 3 bytes gives 4 characters, '=' standing for
    // the missing ones in a final short group.
    for (size_t i = 0; i < len; i += 3) {
        size_t n = len - i;
        unsigned v = (unsigned)in[i] << 16 | (n > 1 ? (unsigned)in[i + 1] << 8 : 0) | (n > 2 ? in[i + 2] : 0);
        for (int k = 0; k < 4; k++) {
            out[k] = k <= (int)n ? b64_chars[(v >> (18 - 6 * k)) & 63] : '=';
        }
        out += 4;
    }
    if (nl) {
        *out++ = '\n';
    }
    return res;
}
static const mp_obj_fun_builtin_t binascii_b2a_base64_obj = {{&mp_type_builtin_function}, 1, 1, MP_FUN_KIND_KW, MP_QSTR_b2a_base64, .fun.kw = binascii_b2a_base64};

// The low bits (mask) of an int of any size (two's complement), as the
// CRC functions take their running value.
static mp_uint_t int_low_bits(mp_obj_t c, mp_uint_t mask) {
    if (!mp_obj_int_check(c)) {
        mp_raise_msg_varg(&mp_type_TypeError, "'%s' object cannot be interpreted as an integer", mp_obj_get_type_str(c));
    }
    mp_int_t v;
    if (mp_obj_get_int_maybe(c, &v)) {
        return (mp_uint_t)v & mask;
    }
    return (mp_uint_t)mp_obj_get_int(mp_binary_op(MP_BINARY_OP_AND, c, mp_obj_new_int(mask)));
}

// crc32(data, crc=0): the running value is taken modulo 2**32, like CPython.
static mp_obj_t binascii_crc32(size_t n_args, const mp_obj_t *args) {
    size_t len;
    const byte *in = get_bin(args[0], &len);
    uint32_t crc = n_args > 1 ? (uint32_t)int_low_bits(args[1], 0xffffffff) : 0;
    return mp_obj_new_int_from_uint(mp_crc32_update(crc, in, len));
}
BA_FUN(binascii_crc32_obj, crc32, 1, 2, MP_FUN_KIND_VAR, var, binascii_crc32);

// crc_hqx(data, value): CRC-CCITT (polynomial 0x1021, not reflected, as
// used by BinHex and XMODEM), continuing from value.
static mp_obj_t binascii_crc_hqx(mp_obj_t data, mp_obj_t value) {
    size_t len;
    const byte *in = get_bin(data, &len);
    uint32_t crc = (uint32_t)int_low_bits(value, 0xffff);
    for (size_t i = 0; i < len; i++) {
        crc ^= (uint32_t)in[i] << 8;
        for (int b = 0; b < 8; b++) {
            crc = (crc & 0x8000) ? ((crc << 1) ^ 0x1021) : (crc << 1);
        }
        crc &= 0xffff;
    }
    return MP_OBJ_NEW_SMALL_INT(crc);
}
BA_FUN(binascii_crc_hqx_obj, crc_hqx, 2, 2, MP_FUN_KIND_2, _2, binascii_crc_hqx);

static const mp_rom_map_elem_t binascii_globals_table[] = {
    {MP_ROM_QSTR(MP_QSTR_crc_hqx), MP_ROM_PTR(&binascii_crc_hqx_obj)},
    {MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_ubinascii)},
    {MP_ROM_QSTR(MP_QSTR_hexlify), MP_ROM_PTR(&binascii_hexlify_obj)},
    {MP_ROM_QSTR(MP_QSTR_unhexlify), MP_ROM_PTR(&binascii_unhexlify_obj)},
    {MP_ROM_QSTR(MP_QSTR_b2a_hex), MP_ROM_PTR(&binascii_b2a_hex_obj)},
    {MP_ROM_QSTR(MP_QSTR_a2b_hex), MP_ROM_PTR(&binascii_a2b_hex_obj)},
    {MP_ROM_QSTR(MP_QSTR_a2b_base64), MP_ROM_PTR(&binascii_a2b_base64_obj)},
    {MP_ROM_QSTR(MP_QSTR_b2a_base64), MP_ROM_PTR(&binascii_b2a_base64_obj)},
    {MP_ROM_QSTR(MP_QSTR_crc32), MP_ROM_PTR(&binascii_crc32_obj)},
    {MP_ROM_QSTR(MP_QSTR_Error), MP_ROM_PTR(&mp_type_binascii_Error)},
};
static MP_DEFINE_CONST_DICT(binascii_globals, binascii_globals_table);
MP_DEFINE_CONST_MODULE(mp_module_binascii, binascii_globals);
