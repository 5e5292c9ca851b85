// modstruct.c: the ustruct module (importable as struct): packing of binary
// records described by a format string ("<hhl", "@i3s", ...). Items are read
// and written by extmod/binary.c; this file parses formats, lays records out
// (native alignment for '@'), checks values with CPython's messages and
// provides pack/unpack/..., iter_unpack and the Struct class.
#include <math.h>
#include <string.h>
#include "runtime.h"
#include "objmodule.h"
#include "objstr.h"
#include "objexcept.h"
#include "objtuple.h"
#include "objtype.h"
#include "binary.h"

// struct.error: derives from ValueError so that MicroPython code catching
// ValueError and CPython code catching struct.error both work.
MP_DEFINE_EXCEPTION_TYPE(mp_type_struct_error, MP_QSTR_error, &mp_type_ValueError);

MP_NORETURN static void struct_error(const char *msg) {
    mp_raise_msg(&mp_type_struct_error, msg);
}

// ---------------------------------------------------------------------------
// Format strings

#define SIZE_LIMIT ((uint64_t)INT64_MAX)

typedef struct _fmt_t {
    const byte *p;
    const byte *end;
    char order;  // '@', '=', '<', '>' or '!'
} fmt_t;

static const byte *fmt_data(mp_obj_t fmt, size_t *len) {
    const byte *d = mp_obj_str_get_data_maybe(fmt, len, false);
    if (d == NULL) {
        d = mp_obj_str_get_data_maybe(fmt, len, true);
    }
    if (d == NULL) {
        mp_raise_msg_varg(&mp_type_TypeError, "Struct() argument 1 must be a str or bytes object, not %s",
            mp_obj_get_type_str(fmt));
    }
    return d;
}

static void fmt_init(fmt_t *f, mp_obj_t fmt) {
    size_t len;
    const byte *d = fmt_data(fmt, &len);
    f->p = d;
    f->end = d + len;
    f->order = '@';
    if (len > 0 && strchr("@=<>!", d[0]) != NULL) {
        f->order = (char)d[0];
        f->p++;
    }
}

static bool is_space(byte c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}

// Next item of the format: its type code and repeat count. Returns false at
// the end. Raises struct.error for bad formats.
static bool fmt_next(fmt_t *f, char *code, uint64_t *count) {
    while (f->p < f->end && is_space(*f->p)) {
        f->p++;
    }
    if (f->p >= f->end) {
        return false;
    }
    uint64_t n = 1;
    if (*f->p >= '0' && *f->p <= '9') {
        n = 0;
        while (f->p < f->end && *f->p >= '0' && *f->p <= '9') {
            unsigned dgt = *f->p++ - '0';
            if (n > (SIZE_LIMIT - dgt) / 10) {
                struct_error("total struct size too long");
            }
            n = n * 10 + dgt;
        }
        if (f->p >= f->end) {
            struct_error("repeat count given without format specifier");
        }
    }
    char c = (char)*f->p++;
    if (c == 0) {
        struct_error("embedded null character");
    }
    if (mp_binary_get_size(f->order, c, NULL) == 0) {
        struct_error("bad char in struct format");
    }
    *code = c;
    *count = n;
    return true;
}

// Total size in bytes and number of values of a format.
static void fmt_calc(mp_obj_t fmt, size_t *size_out, size_t *nitems_out) {
    fmt_t f;
    fmt_init(&f, fmt);
    size_t len;
    const byte *d = fmt_data(fmt, &len);
    if (memchr(d, 0, len) != NULL) {
        struct_error("embedded null character");
    }
    uint64_t size = 0, nitems = 0;
    char c;
    uint64_t n;
    while (fmt_next(&f, &c, &n)) {
        size_t align;
        size_t isz = mp_binary_get_size(f.order, c, &align);
        if (align > 1) {
            uint64_t rem = size % align;
            if (rem != 0) {
                if (size > SIZE_LIMIT - (align - rem)) {
                    struct_error("total struct size too long");
                }
                size += align - rem;
            }
        }
        if (c == 's' || c == 'p') {
            nitems += 1;
        } else if (c != 'x') {
            nitems += n;
        }
        if (n > (SIZE_LIMIT - size) / isz) {
            struct_error("total struct size too long");
        }
        size += n * isz;
    }
    *size_out = (size_t)size;
    *nitems_out = (size_t)nitems;
}

// ---------------------------------------------------------------------------
// Values

MP_NORETURN static void range_error(char code, int64_t lo, uint64_t hi, bool is_signed) {
    if (is_signed) {
        mp_raise_msg_varg(&mp_type_struct_error, "'%c' format requires %lld <= number <= %lld",
            code, (long long)lo, (long long)hi);
    }
    mp_raise_msg_varg(&mp_type_struct_error, "'%c' format requires 0 <= number <= %llu", code, (unsigned long long)hi);
}

// Range-checked bits of an integer item, with CPython's (order-dependent)
// messages.
static uint64_t int_bits(char order, char code, size_t size, mp_obj_t arg) {
    mp_binary_int_t v;
    if (!mp_binary_get_int(arg, &v)) {
        struct_error("required argument is not an integer");
    }
    bool big = mp_binary_is_big_endian(order);
    const char *too_big = big && size == 8 ? "int too large to convert" : "argument out of range";
    bool is_signed = code == 'b' || code == 'h' || code == 'i' || code == 'l' || code == 'q' || code == 'n';
    if (code == 'P') {
        if (!v.fits_i64 && !v.fits_u64) {
            struct_error(too_big);
        }
        return v.bits;
    }
    if (is_signed) {
        if (!v.fits_i64) {
            struct_error(too_big);
        }
        if (size == 8) {
            return v.bits;
        }
        int64_t x = (int64_t)v.bits;
        int64_t hi = (int64_t)((1ULL << (8 * size - 1)) - 1);
        int64_t lo = -hi - 1;
        if (x < lo || x > hi) {
            if (code == 'b') {
                struct_error("byte format requires -128 <= number <= 127");
            }
            if (code == 'h' && !big) {
                struct_error("short format requires -32768 <= number <= 32767");
            }
            range_error(code, lo, (uint64_t)hi, true);
        }
        return v.bits;
    }
    uint64_t hi = size == 8 ? UINT64_MAX : (1ULL << (8 * size)) - 1;
    if (code == 'B' || (code == 'H' && !big)) {
        // CPython converts these through a C long first.
        if (!v.fits_i64) {
            struct_error("argument out of range");
        }
        if (v.neg || v.bits > hi) {
            struct_error(code == 'B' ? "ubyte format requires 0 <= number <= 255" : "ushort format requires 0 <= number <= 65535");
        }
        return v.bits;
    }
    if (v.neg || !v.fits_u64) {
        struct_error(too_big);
    }
    if (v.bits > hi) {
        range_error(code, 0, hi, false);
    }
    return v.bits;
}

static mp_float_t float_arg(mp_obj_t arg) {
    mp_float_t f;
    bool ok;
    // An int too large for a float is "not a float" here too (CPython).
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        ok = mp_binary_get_float(arg, &f);
        nlr_pop();
    } else {
        if (!mp_obj_is_instance_of(MP_OBJ_FROM_PTR(nlr.ret_val), &mp_type_OverflowError)) {
            nlr_jump(nlr.ret_val);
        }
        ok = false;
    }
    if (!ok) {
        struct_error("required argument is not a float");
    }
    return f;
}

// bytes or bytearray data of an 's'/'p'/'c' argument, NULL otherwise.
static const byte *bytes_arg(mp_obj_t arg, size_t *len) {
    if (mp_obj_is_obj(arg)) {
        const mp_obj_type_t *t = mp_obj_get_type(arg);
        if (t == &mp_type_bytes || t == &mp_type_bytearray
            || mp_obj_is_instance_of(arg, &mp_type_bytes) || mp_obj_is_instance_of(arg, &mp_type_bytearray)) {
            const byte *d;
            if (mp_obj_get_bytes_like(arg, &d, len)) {
                return d;
            }
        }
    }
    return NULL;
}

// Packs args (exactly the format's nitems values) into buf[0..size), which
// the caller has zeroed.
static void pack_values(mp_obj_t fmt, byte *buf, const mp_obj_t *args) {
    fmt_t f;
    fmt_init(&f, fmt);
    bool big = mp_binary_is_big_endian(f.order);
    size_t ofs = 0;
    char c;
    uint64_t n;
    while (fmt_next(&f, &c, &n)) {
        size_t align;
        size_t isz = mp_binary_get_size(f.order, c, &align);
        ofs = (ofs + align - 1) & ~(align - 1);  // (align is a power of 2)
        byte *p = buf + ofs;
        switch (c) {
            case 'x':
                ofs += n;
                continue;
            case 's': case 'p': {
                size_t len;
                const byte *d = bytes_arg(*args, &len);
                if (d == NULL) {
                    mp_raise_msg_varg(&mp_type_struct_error, "argument for '%c' must be a bytes object", c);
                }
                args++;
                if (c == 's') {
                    memcpy(p, d, len < n ? len : n);
                } else if (n > 0) {
                    size_t m = len < n - 1 ? len : n - 1;
                    memcpy(p + 1, d, m);
                    p[0] = (byte)(m > 255 ? 255 : m);
                }
                ofs += n;
                continue;
            }
            default:
                break;
        }
        for (uint64_t k = 0; k < n; k++, p += isz, args++) {
            mp_obj_t arg = *args;
            switch (c) {
                case 'c': {
                    // Only bytes here (CPython refuses bytearray for 'c').
                    size_t len = 0;
                    const byte *d = mp_obj_is_instance_of(arg, &mp_type_bytes) ? bytes_arg(arg, &len) : NULL;
                    if (d == NULL || len != 1) {
                        struct_error("char format requires a bytes object of length 1");
                    }
                    *p = d[0];
                    break;
                }
                case '?':
                    *p = mp_obj_is_true(arg) ? 1 : 0;
                    break;
                case 'f':
                case 'd':
                case 'e': {
                    mp_float_t x = float_arg(arg);
                    uint64_t bits;
                    if (c == 'd') {
                        memcpy(&bits, &x, 8);
                    } else if (c == 'f') {
                        float y = (float)x;
                        if (f.order != '@' && isinf(y) && !isinf(x)) {
                            mp_raise_msg(&mp_type_OverflowError, "float too large to pack with f format");
                        }
                        uint32_t b32;
                        memcpy(&b32, &y, 4);
                        bits = b32;
                    } else {
                        uint16_t h;
                        if (!mp_binary_float_to_half(x, &h)) {
                            mp_raise_msg(&mp_type_OverflowError, "float too large to pack with e format");
                        }
                        bits = h;
                    }
                    mp_binary_put_bits(p, isz, big, bits);
                    break;
                }
                default:
                    mp_binary_put_bits(p, isz, big, int_bits(f.order, c, isz, arg));
                    break;
            }
        }
        ofs += n * isz;
    }
}

// Unpacks nitems values from buf into a new tuple.
static mp_obj_t unpack_values(mp_obj_t fmt, size_t nitems, const byte *buf) {
    mp_obj_tuple_t *t = MP_OBJ_TO_PTR(mp_obj_new_tuple(nitems, NULL));
    mp_obj_t *out = t->items;
    fmt_t f;
    fmt_init(&f, fmt);
    bool big = mp_binary_is_big_endian(f.order);
    size_t ofs = 0;
    char c;
    uint64_t n;
    while (fmt_next(&f, &c, &n)) {
        size_t align;
        size_t isz = mp_binary_get_size(f.order, c, &align);
        ofs = (ofs + align - 1) & ~(align - 1);  // (align is a power of 2)
        const byte *p = buf + ofs;
        if (c == 's') {
            *out++ = mp_obj_new_bytes(p, n);
        } else if (c == 'p') {
            size_t m = 0;
            if (n > 0) {
                m = p[0];
                if (m > n - 1) {
                    m = n - 1;
                }
            }
            *out++ = mp_obj_new_bytes(p + 1, m);
        } else if (c != 'x') {
            for (uint64_t k = 0; k < n; k++, p += isz) {
                *out++ = mp_binary_get_item(c, isz, big, p);
            }
        }
        ofs += n * isz;
    }
    return MP_OBJ_FROM_PTR(t);
}

// ---------------------------------------------------------------------------
// Buffers and offsets

static const byte *read_buf(mp_obj_t o, size_t *len) {
    const byte *d;
    if (!mp_obj_get_bytes_like(o, &d, len)) {
        mp_raise_msg_varg(&mp_type_TypeError, "a bytes-like object is required, not '%s'", mp_obj_get_type_str(o));
    }
    return d;
}

static byte *write_buf(mp_obj_t o, size_t *len) {
    const mp_obj_type_t *t = mp_obj_get_type(o);
    mp_buffer_info_t bi;
    if (t->buffer != NULL && t->buffer(o, &bi, MP_BUFFER_WRITE) == 0) {
        *len = bi.len;
        return bi.buf;
    }
    if (mp_obj_is_instance_of(o, &mp_type_bytearray)) {
        mp_obj_bytearray_t *ba = MP_OBJ_TO_PTR(mp_obj_get_native(o, &mp_type_bytearray));
        *len = ba->len;
        return ba->items;
    }
    mp_raise_msg_varg(&mp_type_TypeError, "argument must be read-write bytes-like object, not %s", mp_obj_get_type_str(o));
}

// Checks that size bytes fit at offset in a buffer of buf_len bytes, in
// CPython's order and with its messages; returns the effective offset.
static size_t check_offset(int64_t offset, size_t size, size_t buf_len, bool packing) {
    if (offset < 0) {
        uint64_t back = (uint64_t)(-(offset + 1)) + 1;  // -offset without overflow
        if (back < size) {
            if (packing) {
                mp_raise_msg_varg(&mp_type_struct_error, "no space to pack %zu bytes at offset %lld", size, (long long)offset);
            }
            mp_raise_msg_varg(&mp_type_struct_error, "not enough data to unpack %zu bytes at offset %lld", size, (long long)offset);
        }
        if (back > buf_len) {
            mp_raise_msg_varg(&mp_type_struct_error, "offset %lld out of range for %zu-byte buffer", (long long)offset, buf_len);
        }
        offset = (int64_t)(buf_len - back);
    }
    if ((uint64_t)offset > buf_len || buf_len - (size_t)offset < size) {
        mp_raise_msg_varg(&mp_type_struct_error,
            packing ? "pack_into requires a buffer of at least %llu bytes for packing %zu bytes at offset %lld (actual buffer size is %zu)"
                    : "unpack_from requires a buffer of at least %llu bytes for unpacking %zu bytes at offset %lld (actual buffer size is %zu)",
            (unsigned long long)size + (unsigned long long)offset, size, (long long)offset, buf_len);
    }
    return (size_t)offset;
}

// A format checked once, with its size: the Struct objects, and a
// temporary on the C stack for the module functions.
typedef struct _mp_obj_struct_t {
    mp_obj_base_t base;
    mp_obj_t fmt;     // as given (str or bytes)
    size_t size;
    size_t nitems;
} mp_obj_struct_t;

extern const mp_obj_type_t mp_type_struct_Struct;

static void struct_init(mp_obj_struct_t *s, mp_obj_t fmt) {
    s->base.type = &mp_type_struct_Struct;
    fmt_calc(fmt, &s->size, &s->nitems);
    s->fmt = fmt;
}

// ---------------------------------------------------------------------------
// The operations, shared by the module functions and the Struct methods.

static mp_obj_t do_pack(const mp_obj_struct_t *s, size_t n_args, const mp_obj_t *args) {
    size_t size = s->size, nitems = s->nitems;
    if (n_args != nitems) {
        mp_raise_msg_varg(&mp_type_struct_error, "pack expected %zu items for packing (got %zu)", nitems, n_args);
    }
    vstr_t v;
    vstr_init_len(&v, size);
    memset(v.buf, 0, size);
    pack_values(s->fmt, (byte *)v.buf, args);
    return mp_obj_new_bytes_from_vstr(&v);
}

static mp_obj_t do_pack_into(const mp_obj_struct_t *s, size_t n_args, const mp_obj_t *args) {
    size_t size = s->size, nitems = s->nitems;
    // args: buffer, offset, values...
    if (n_args < 2) {
        if (n_args == 0) {
            struct_error("pack_into expected buffer argument");
        }
        struct_error("pack_into expected offset argument");
    }
    if (n_args - 2 != nitems) {
        mp_raise_msg_varg(&mp_type_struct_error, "pack_into expected %zu items for packing (got %zu)", nitems, n_args - 2);
    }
    size_t len;
    byte *buf = write_buf(args[0], &len);
    size_t ofs = check_offset(mp_binary_ssize_arg(args[1], false), size, len, true);
    // CPython clears the target bytes first (they stay cleared if a value
    // is bad). The values are packed into a scratch copy because converting
    // them may run Python code (__index__) that resizes the buffer.
    memset(buf + ofs, 0, size);
    byte small[64];
    byte *tmp = size <= sizeof(small) ? small : m_malloc_atomic(size);
    memset(tmp, 0, size);
    pack_values(s->fmt, tmp, args + 2);
    // The buffer may have been resized by a value's __index__: fetch it again.
    buf = write_buf(args[0], &len);
    if (ofs + size <= len) {
        memcpy(buf + ofs, tmp, size);
    }
    return mp_const_none;
}

static mp_obj_t do_unpack(const mp_obj_struct_t *s, mp_obj_t buffer) {
    size_t size = s->size;
    size_t len;
    const byte *buf = read_buf(buffer, &len);
    if (len != size) {
        mp_raise_msg_varg(&mp_type_struct_error, "unpack requires a buffer of %zu bytes", size);
    }
    return unpack_values(s->fmt, s->nitems, buf);
}

static mp_obj_t do_unpack_from(const mp_obj_struct_t *s, mp_obj_t buffer, mp_obj_t offset) {
    size_t len;
    const byte *buf = read_buf(buffer, &len);
    int64_t o = offset == MP_OBJ_NULL ? 0 : mp_binary_ssize_arg(offset, false);
    size_t ofs = check_offset(o, s->size, len, false);
    return unpack_values(s->fmt, s->nitems, buf + ofs);
}

// The iterator of iter_unpack: holds the buffer object and reads it again
// at each step (it may be a bytearray that changes).
typedef struct _unpack_iter_t {
    mp_obj_base_t base;
    mp_obj_t fmt;
    mp_obj_t buffer;
    size_t size;
    size_t nitems;
    size_t ofs;
} unpack_iter_t;

static mp_obj_t unpack_iter_next(mp_obj_t self_in) {
    unpack_iter_t *it = MP_OBJ_TO_PTR(self_in);
    if (it->buffer == MP_OBJ_NULL) {
        return MP_OBJ_STOP_ITERATION;
    }
    size_t len;
    const byte *buf = read_buf(it->buffer, &len);
    if (it->ofs > len || len - it->ofs < it->size) {
        it->buffer = MP_OBJ_NULL;
        return MP_OBJ_STOP_ITERATION;
    }
    mp_obj_t r = unpack_values(it->fmt, it->nitems, buf + it->ofs);
    it->ofs += it->size;
    return r;
}

static const mp_obj_type_t unpack_iter_type = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_ITER_IS_SELF,
    .name = MP_QSTR_unpack_iterator,
    .getiter = mp_identity_getiter,
    .iternext = unpack_iter_next,
};

static mp_obj_t do_iter_unpack(const mp_obj_struct_t *s, mp_obj_t buffer) {
    size_t size = s->size;
    if (size == 0) {
        struct_error("cannot iteratively unpack with a struct of length 0");
    }
    size_t len;
    read_buf(buffer, &len);
    if (len % size != 0) {
        mp_raise_msg_varg(&mp_type_struct_error, "iterative unpacking requires a buffer of a multiple of %zu bytes", size);
    }
    unpack_iter_t *it = m_new_obj(unpack_iter_t);
    it->base.type = &unpack_iter_type;
    it->fmt = s->fmt;
    it->buffer = buffer;
    it->size = size;
    it->nitems = s->nitems;
    it->ofs = 0;
    return MP_OBJ_FROM_PTR(it);
}

// ---------------------------------------------------------------------------
// Module functions

static mp_obj_t struct_calcsize(mp_obj_t fmt) {
    size_t size, nitems;
    fmt_calc(fmt, &size, &nitems);
    return mp_obj_new_int_from_uint(size);
}
static MP_DEFINE_NAMED_FUN_OBJ_1(struct_calcsize_obj, MP_QSTR_calcsize, struct_calcsize);

// pack(fmt, ...) and pack_into(fmt, ...): op with a temporary Struct.
static mp_obj_t with_format(size_t n_args, const mp_obj_t *args,
    mp_obj_t (*op)(const mp_obj_struct_t *, size_t, const mp_obj_t *)) {
    if (n_args == 0) {
        mp_raise_TypeError("missing format argument");
    }
    mp_obj_struct_t s;
    struct_init(&s, args[0]);
    return op(&s, n_args - 1, args + 1);
}

static mp_obj_t struct_pack(size_t n_args, const mp_obj_t *args) {
    return with_format(n_args, args, do_pack);
}
static MP_DEFINE_NAMED_FUN_OBJ_VAR(struct_pack_obj, MP_QSTR_pack, 0, struct_pack);

static mp_obj_t struct_pack_into(size_t n_args, const mp_obj_t *args) {
    return with_format(n_args, args, do_pack_into);
}
static MP_DEFINE_NAMED_FUN_OBJ_VAR(struct_pack_into_obj, MP_QSTR_pack_into, 0, struct_pack_into);

static mp_obj_t struct_unpack(size_t n_args, const mp_obj_t *args) {
    if (n_args != 2) {
        mp_raise_msg_varg(&mp_type_TypeError, "unpack expected 2 arguments, got %zu", n_args);
    }
    mp_obj_struct_t s;
    struct_init(&s, args[0]);
    return do_unpack(&s, args[1]);
}
static MP_DEFINE_NAMED_FUN_OBJ_VAR(struct_unpack_obj, MP_QSTR_unpack, 0, struct_unpack);

static const mp_arg_t unpack_from_args[] = {
    {MP_QSTR_format, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
    {MP_QSTR_buffer, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
    {MP_QSTR_offset, MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
};

static mp_obj_t struct_unpack_from(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    mp_arg_val_t v[3];
    mp_arg_parse_all_named(MP_QSTR_unpack_from, n_args, args, kw, 3, unpack_from_args, v);
    mp_obj_struct_t s;
    struct_init(&s, v[0].u_obj);
    return do_unpack_from(&s, v[1].u_obj, v[2].u_obj);
}
static MP_DEFINE_NAMED_FUN_OBJ_KW(struct_unpack_from_obj, MP_QSTR_unpack_from, 0, struct_unpack_from);

static mp_obj_t struct_iter_unpack(mp_obj_t fmt, mp_obj_t buffer) {
    mp_obj_struct_t s;
    struct_init(&s, fmt);
    return do_iter_unpack(&s, buffer);
}
static MP_DEFINE_NAMED_FUN_OBJ_2(struct_iter_unpack_obj, MP_QSTR_iter_unpack, struct_iter_unpack);

// ---------------------------------------------------------------------------
// Struct objects

static mp_obj_struct_t *get_struct(mp_obj_t o) {
    if (mp_obj_is_type(o, &mp_type_struct_Struct)) {
        return MP_OBJ_TO_PTR(o);
    }
    return MP_OBJ_TO_PTR(mp_obj_get_native(o, &mp_type_struct_Struct));
}

static mp_obj_t struct_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    static const mp_arg_t allowed[] = {
        {MP_QSTR_format, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
    };
    mp_arg_val_t v[1];
    mp_arg_parse_all_kw_array_named(MP_QSTR_Struct, n_args, n_kw, args, 1, allowed, v);
    mp_obj_struct_t *s = m_new_obj(mp_obj_struct_t);
    struct_init(s, v[0].u_obj);
    return MP_OBJ_FROM_PTR(s);
}

static void struct_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return;  // read-only attributes; methods are found in locals_dict
    }
    mp_obj_struct_t *s = get_struct(self_in);
    if (attr == MP_QSTR_format) {
        size_t len;
        const byte *d = fmt_data(s->fmt, &len);
        dest[0] = mp_obj_new_str((const char *)d, len);
    } else if (attr == MP_QSTR_size) {
        dest[0] = mp_obj_new_int_from_uint(s->size);
    }
}

static mp_obj_t s_pack(size_t n_args, const mp_obj_t *args) {
    return do_pack(get_struct(args[0]), n_args - 1, args + 1);
}
static MP_DEFINE_NAMED_FUN_OBJ_VAR(s_pack_obj, MP_QSTR_pack, 1, s_pack);

static mp_obj_t s_pack_into(size_t n_args, const mp_obj_t *args) {
    return do_pack_into(get_struct(args[0]), n_args - 1, args + 1);
}
static MP_DEFINE_NAMED_FUN_OBJ_VAR(s_pack_into_obj, MP_QSTR_pack_into, 1, s_pack_into);

static mp_obj_t s_unpack(mp_obj_t self, mp_obj_t buffer) {
    return do_unpack(get_struct(self), buffer);
}
static MP_DEFINE_NAMED_FUN_OBJ_2(s_unpack_obj, MP_QSTR_unpack, s_unpack);

static mp_obj_t s_unpack_from(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    mp_arg_val_t v[2];
    mp_arg_parse_all_named(MP_QSTR_unpack_from, n_args - 1, args + 1, kw, 2, unpack_from_args + 1, v);
    return do_unpack_from(get_struct(args[0]), v[0].u_obj, v[1].u_obj);
}
static MP_DEFINE_NAMED_FUN_OBJ_KW(s_unpack_from_obj, MP_QSTR_unpack_from, 1, s_unpack_from);

static mp_obj_t s_iter_unpack(mp_obj_t self, mp_obj_t buffer) {
    return do_iter_unpack(get_struct(self), buffer);
}
static MP_DEFINE_NAMED_FUN_OBJ_2(s_iter_unpack_obj, MP_QSTR_iter_unpack, s_iter_unpack);

static const mp_rom_map_elem_t struct_locals_table[] = {
    {MP_ROM_QSTR(MP_QSTR_pack), MP_ROM_PTR(&s_pack_obj)},
    {MP_ROM_QSTR(MP_QSTR_pack_into), MP_ROM_PTR(&s_pack_into_obj)},
    {MP_ROM_QSTR(MP_QSTR_unpack), MP_ROM_PTR(&s_unpack_obj)},
    {MP_ROM_QSTR(MP_QSTR_unpack_from), MP_ROM_PTR(&s_unpack_from_obj)},
    {MP_ROM_QSTR(MP_QSTR_iter_unpack), MP_ROM_PTR(&s_iter_unpack_obj)},
};
static MP_DEFINE_CONST_DICT(struct_locals_dict, struct_locals_table);

const mp_obj_type_t mp_type_struct_Struct = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_BASETYPE,
    .name = MP_QSTR_Struct,
    .make_new = struct_make_new,
    .attr = struct_attr,
    .locals_dict = (mp_obj_dict_t *)&struct_locals_dict,
};

static const mp_rom_map_elem_t struct_globals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_ustruct)},
    {MP_ROM_QSTR(MP_QSTR_calcsize), MP_ROM_PTR(&struct_calcsize_obj)},
    {MP_ROM_QSTR(MP_QSTR_pack), MP_ROM_PTR(&struct_pack_obj)},
    {MP_ROM_QSTR(MP_QSTR_pack_into), MP_ROM_PTR(&struct_pack_into_obj)},
    {MP_ROM_QSTR(MP_QSTR_unpack), MP_ROM_PTR(&struct_unpack_obj)},
    {MP_ROM_QSTR(MP_QSTR_unpack_from), MP_ROM_PTR(&struct_unpack_from_obj)},
    {MP_ROM_QSTR(MP_QSTR_iter_unpack), MP_ROM_PTR(&struct_iter_unpack_obj)},
    {MP_ROM_QSTR(MP_QSTR_Struct), MP_ROM_PTR(&mp_type_struct_Struct)},
    {MP_ROM_QSTR(MP_QSTR_error), MP_ROM_PTR(&mp_type_struct_error)},
};
static MP_DEFINE_CONST_DICT(struct_globals, struct_globals_table);
MP_DEFINE_CONST_MODULE(mp_module_struct, struct_globals);
