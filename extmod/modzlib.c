// modzlib.c: the uzlib module (importable as zlib): decompress/compress of
// zlib, raw DEFLATE and gzip data (CPython's wbits conventions), crc32 and
// adler32, the zlib.error exception, compressobj/decompressobj (streaming
// in CPython's style), and DecompIO, a stream that decompresses another
// stream on the fly. Also the stream plumbing
// (deflate_reader_t) that DecompIO shares with deflate.DeflateIO.
// The codec itself is in inflate.c and deflate_enc.c.
#include <errno.h>
#include <string.h>
#include "deflate_codec.h"
#include "crc32.h"
#include "binary.h"
#include "objstr.h"
#include "objtype.h"
#include "objexcept.h"
#include "objmodule.h"

// zlib.error: MicroPython raises ValueError for bad data, so deriving from
// it lets both kinds of code catch it.
MP_DEFINE_EXCEPTION_TYPE(mp_type_zlib_error, MP_QSTR_error, &mp_type_ValueError);

static MP_NORETURN void zlib_error(const char *msg) {
    mp_raise_msg(&mp_type_zlib_error, msg);
}

// The bytes of a bytes-like argument; TypeError otherwise, with the given
// message (NULL: "a bytes-like object is required ...").
static void buffer_arg(mp_obj_t o, const byte **data, size_t *len, const char *msg) {
    if (mp_obj_is_str(o) || !mp_obj_get_bytes_like(o, data, len)) {
        if (msg != NULL) {
            mp_raise_TypeError(msg);
        }
        mp_raise_msg_varg(&mp_type_TypeError, "a bytes-like object is required, not '%s'", mp_obj_get_type_str(o));
    }
}

static void get_data(mp_obj_t o, const byte **data, size_t *len) {
    buffer_arg(o, data, len, NULL);
}

// wbits of decompress/DecompIO -> format and window limit; false if invalid.
static bool decode_wbits(mp_int_t wbits, int *fmt, int *win) {
    if (wbits == 0 || (wbits >= 8 && wbits <= 15)) {
        *fmt = DEFLATE_FMT_ZLIB;
        *win = wbits;
    } else if (wbits >= -15 && wbits <= -8) {
        *fmt = DEFLATE_FMT_RAW;
        *win = -wbits;
    } else if (wbits == 16 || (wbits >= 24 && wbits <= 31)) {
        *fmt = DEFLATE_FMT_GZIP;
        *win = wbits - 16;
    } else if (wbits == 32 || (wbits >= 40 && wbits <= 47)) {
        *fmt = DEFLATE_FMT_AUTO;
        *win = wbits - 32;
    } else {
        return false;
    }
    return true;
}

// ---- decompress, compress

static mp_obj_t zlib_decompress(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    static const mp_arg_t allowed[] = {
        {MP_QSTR_data, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
        {MP_QSTR_wbits, MP_ARG_INT, {.u_int = 15}},
        {MP_QSTR_bufsize, MP_ARG_INT, {.u_int = 16384}},
    };
    mp_arg_val_t vals[3];
    mp_arg_parse_all_named(MP_QSTR_decompress, n_args, args, kw, 3, allowed, vals);
    const byte *data;
    size_t len;
    get_data(vals[0].u_obj, &data, &len);
    if (vals[2].u_int < 0) {
        mp_raise_ValueError("bufsize must be non-negative");
    }
    int fmt, win;
    if (!decode_wbits(vals[1].u_int, &fmt, &win)) {
        zlib_error("Error -2 while preparing to decompress data: inconsistent stream state");
    }
    inflate_t s;
    inflate_init(&s, fmt, win, data, len, NULL, NULL);
    vstr_t v;
    vstr_init(&v, len < 16384 ? 4 * len + 64 : 4 * len);
    for (;;) {
        if (v.alloc == v.len) {
            vstr_hint_size(&v, v.alloc);
        }
        size_t n = inflate_read(&s, (byte *)v.buf + v.len, v.alloc - v.len);
        v.len += n;
        if (n == 0 && inflate_done(&s)) {
            break;
        }
    }
    inflate_free(&s);
    v.buf[v.len] = 0;
    return mp_obj_new_bytes_from_vstr(&v);
}
static MP_DEFINE_NAMED_FUN(zlib_decompress_obj, MP_QSTR_decompress, 1, MP_FUN_ARGS_MAX, MP_FUN_KIND_KW, kw, zlib_decompress);

static void zdict_data(mp_obj_t o, const byte **d, size_t *len) {
    buffer_arg(o, d, len, "zdict argument must support the buffer protocol");
}

// wbits of compress -> format and window bits.
static void encode_wbits(mp_int_t level, mp_int_t wbits, int *fmt, int *win) {
    if (level < -1 || level > 9) {
        zlib_error("Bad compression level");
    }
    if (wbits >= 8 && wbits <= 15) {
        *fmt = DEFLATE_FMT_ZLIB;
        *win = wbits;
    } else if (wbits >= -15 && wbits <= -9) {
        *fmt = DEFLATE_FMT_RAW;
        *win = -wbits;
    } else if (wbits >= 25 && wbits <= 31) {
        *fmt = DEFLATE_FMT_GZIP;
        *win = wbits - 16;
    } else {
        // (zlib reports every bad parameter this way)
        zlib_error("Bad compression level");
    }
}

static mp_obj_t zlib_compress(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    static const mp_arg_t allowed[] = {
        {MP_QSTR_data, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
        {MP_QSTR_level, MP_ARG_INT, {.u_int = -1}},
        {MP_QSTR_wbits, MP_ARG_INT, {.u_int = 15}},
    };
    mp_arg_val_t vals[3];
    mp_arg_parse_all_named(MP_QSTR_compress, n_args, args, kw, 3, allowed, vals);
    const byte *data;
    size_t len;
    get_data(vals[0].u_obj, &data, &len);
    int fmt, win;
    encode_wbits(vals[1].u_int, vals[2].u_int, &fmt, &win);
    deflate_enc_t *e = deflate_enc_new(fmt, vals[1].u_int, win);
    vstr_t v;
    vstr_init(&v, len / 2 + 64);
    deflate_enc_write(e, data, len, &v);
    deflate_enc_finish(e, &v);
    deflate_enc_free(e);
    return mp_obj_new_bytes_from_vstr(&v);
}
static MP_DEFINE_NAMED_FUN(zlib_compress_obj, MP_QSTR_compress, 1, MP_FUN_ARGS_MAX, MP_FUN_KIND_KW, kw, zlib_compress);

// ---- checksums

// The starting value as CPython takes it: any int, reduced mod 2**32.
static uint32_t start_value(mp_obj_t o) {
    uint64_t v;
    if (!mp_binary_int_low_bits(o, &v)) {
        mp_raise_msg_varg(&mp_type_TypeError, "'%s' object cannot be interpreted as an integer", mp_obj_get_type_str(o));
    }
    return (uint32_t)v;
}

// crc32(data[, value]) and adler32(data[, value]): one body, told apart
// by the default starting value (0 for crc32, 1 for adler32).
static mp_obj_t checksum(size_t n_args, const mp_obj_t *args, uint32_t dflt) {
    const byte *data;
    size_t len;
    get_data(args[0], &data, &len);
    uint32_t v = n_args > 1 ? start_value(args[1]) : dflt;
    return mp_obj_new_int_from_uint(dflt ? deflate_adler32(v, data, len) : mp_crc32_update(v, data, len));
}

static mp_obj_t zlib_crc32(size_t n_args, const mp_obj_t *args) {
    return checksum(n_args, args, 0);
}
static MP_DEFINE_NAMED_FUN(zlib_crc32_obj, MP_QSTR_crc32, 1, 2, MP_FUN_KIND_VAR, var, zlib_crc32);

static mp_obj_t zlib_adler32(size_t n_args, const mp_obj_t *args) {
    return checksum(n_args, args, 1);
}
static MP_DEFINE_NAMED_FUN(zlib_adler32_obj, MP_QSTR_adler32, 1, 2, MP_FUN_KIND_VAR, var, zlib_adler32);

// ---- compressobj

typedef struct _mp_obj_compress_t {
    mp_obj_base_t base;
    deflate_enc_t *enc;
} mp_obj_compress_t;

extern const mp_obj_type_t mp_type_zlib_compress;

static mp_obj_t zlib_compressobj(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    static const mp_arg_t allowed[] = {
        {MP_QSTR_level, MP_ARG_INT, {.u_int = -1}},
        {MP_QSTR_method, MP_ARG_INT, {.u_int = 8}},
        {MP_QSTR_wbits, MP_ARG_INT, {.u_int = 15}},
        {MP_QSTR_memLevel, MP_ARG_INT, {.u_int = 8}},
        {MP_QSTR_strategy, MP_ARG_INT, {.u_int = 0}},
        {MP_QSTR_zdict, MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
    };
    mp_arg_val_t vals[6];
    mp_arg_parse_all_named(MP_QSTR_compressobj, n_args, args, kw, 6, allowed, vals);
    int fmt, win;
    encode_wbits(vals[0].u_int, vals[2].u_int, &fmt, &win);
    if (vals[1].u_int != 8 || vals[3].u_int < 1 || vals[3].u_int > 9 || vals[4].u_int < 0 || vals[4].u_int > 4) {
        mp_raise_ValueError("Invalid initialization option");
    }
    mp_obj_compress_t *o = m_new_obj(mp_obj_compress_t);
    o->base.type = &mp_type_zlib_compress;
    o->enc = deflate_enc_new(fmt, vals[0].u_int, win);
    if (vals[5].u_obj != MP_OBJ_NULL) {
        const byte *d;
        size_t dl;
        zdict_data(vals[5].u_obj, &d, &dl);
        if (fmt == DEFLATE_FMT_GZIP) {
            mp_raise_ValueError("Invalid dictionary");
        }
        deflate_enc_set_dict(o->enc, d, dl);
    }
    return MP_OBJ_FROM_PTR(o);
}
static MP_DEFINE_NAMED_FUN(zlib_compressobj_obj, MP_QSTR_compressobj, 0, MP_FUN_ARGS_MAX, MP_FUN_KIND_KW, kw, zlib_compressobj);

static mp_obj_t compress_compress(mp_obj_t self_in, mp_obj_t data_in) {
    mp_obj_compress_t *o = MP_OBJ_TO_PTR(self_in);
    const byte *data;
    size_t len;
    get_data(data_in, &data, &len);
    if (o->enc == NULL) {
        zlib_error("Error -2 while compressing data: inconsistent stream state");
    }
    vstr_t v;
    vstr_init(&v, len / 4 + 16);
    deflate_enc_write(o->enc, data, len, &v);
    return mp_obj_new_bytes_from_vstr(&v);
}
static MP_DEFINE_NAMED_FUN(compress_compress_obj, MP_QSTR_compress, 2, 2, MP_FUN_KIND_2, _2, compress_compress);

static mp_obj_t compress_flush(size_t n_args, const mp_obj_t *args) {
    mp_obj_compress_t *o = MP_OBJ_TO_PTR(args[0]);
    mp_int_t mode = n_args > 1 ? mp_obj_get_int(args[1]) : 4;  // Z_FINISH
    vstr_t v;
    vstr_init(&v, 64);
    if (mode == 0 || o->enc == NULL) {
        // Z_NO_FLUSH: nothing; after Z_FINISH: nothing more.
        if (o->enc == NULL && mode != 0) {
            zlib_error("Error -2 while flushing: inconsistent stream state");
        }
    } else if (mode == 4) {
        deflate_enc_finish(o->enc, &v);
        deflate_enc_free(o->enc);
        o->enc = NULL;
    } else {
        deflate_enc_flush(o->enc, &v);
    }
    return mp_obj_new_bytes_from_vstr(&v);
}
static MP_DEFINE_NAMED_FUN(compress_flush_obj, MP_QSTR_flush, 1, 2, MP_FUN_KIND_VAR, var, compress_flush);

static const mp_rom_map_elem_t compress_locals_table[] = {
    {MP_ROM_QSTR(MP_QSTR_compress), MP_ROM_PTR(&compress_compress_obj)},
    {MP_ROM_QSTR(MP_QSTR_flush), MP_ROM_PTR(&compress_flush_obj)},
};
static MP_DEFINE_CONST_DICT(compress_locals_dict, compress_locals_table);

const mp_obj_type_t mp_type_zlib_compress = {
    {&mp_type_type},
    .name = MP_QSTR_Compress,
    .locals_dict = (mp_obj_dict_t *)&compress_locals_dict,
};

// ---- decompressobj

typedef struct _mp_obj_decompress_t {
    mp_obj_base_t base;
    inflate_t inf;
    vstr_t pending;           // input given but not yet read by the inflater
    mp_obj_t zdict;           // keeps the preset dictionary alive
    mp_obj_t unused_data;     // input after the end of the stream
    mp_obj_t unconsumed_tail; // input left over because of max_length
    bool eof;
} mp_obj_decompress_t;

extern const mp_obj_type_t mp_type_zlib_decompress;

static mp_obj_t zlib_decompressobj(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    static const mp_arg_t allowed[] = {
        {MP_QSTR_wbits, MP_ARG_INT, {.u_int = 15}},
        {MP_QSTR_zdict, MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
    };
    mp_arg_val_t vals[2];
    mp_arg_parse_all_named(MP_QSTR_decompressobj, n_args, args, kw, 2, allowed, vals);
    int fmt, win;
    if (!decode_wbits(vals[0].u_int, &fmt, &win)) {
        mp_raise_ValueError("Invalid initialization option");
    }
    mp_obj_decompress_t *o = m_new_obj(mp_obj_decompress_t);
    o->base.type = &mp_type_zlib_decompress;
    inflate_init(&o->inf, fmt, win, NULL, 0, NULL, NULL);
    if (vals[1].u_obj != MP_OBJ_NULL) {
        const byte *d;
        size_t dl;
        zdict_data(vals[1].u_obj, &d, &dl);
        // (a copy, so later changes to a bytearray do not matter)
        o->zdict = mp_obj_new_bytes(d, dl);
        const byte *cd;
        mp_obj_get_bytes_like(o->zdict, &cd, &dl);
        inflate_set_dict(&o->inf, cd, dl);
    }
    o->inf.soft = true;
    vstr_init(&o->pending, 64);
    o->unused_data = o->unconsumed_tail = mp_obj_new_bytes(NULL, 0);
    return MP_OBJ_FROM_PTR(o);
}
static MP_DEFINE_NAMED_FUN(zlib_decompressobj_obj, MP_QSTR_decompressobj, 0, MP_FUN_ARGS_MAX, MP_FUN_KIND_KW, kw, zlib_decompressobj);

// Decompress what is pending, at most max_len bytes (0: no limit).
static mp_obj_t decomp_run(mp_obj_decompress_t *o, size_t max_len, bool keep_tail) {
    vstr_t v;
    vstr_init(&v, o->pending.len * 3 + 64);
    if (o->eof) {
        return mp_obj_new_bytes_from_vstr(&v);
    }
    inflate_t *s = &o->inf;
    s->in = (const byte *)o->pending.buf;
    s->in_end = s->in + o->pending.len;
    s->in_eof = false;
    for (;;) {
        size_t room = v.alloc - v.len;
        if (max_len != 0 && room > max_len - v.len) {
            room = max_len - v.len;
        }
        if (room == 0) {
            if (max_len != 0 && v.len >= max_len) {
                break;
            }
            vstr_hint_size(&v, v.alloc);
            continue;
        }
        size_t n = inflate_read(s, (byte *)v.buf + v.len, room);
        v.len += n;
        if (inflate_done(s)) {
            o->eof = true;
            break;
        }
        if (n == 0) {
            break;  // more input needed
        }
    }
    size_t used = s->in - (const byte *)o->pending.buf;
    vstr_cut_head_bytes(&o->pending, used);
    if (o->eof) {
        // Whole bytes left in the bit buffer were read past the end too.
        vstr_t u;
        vstr_init(&u, s->nbits / 8 + o->pending.len);
        // (the next byte is the low byte: the host is little endian)
        vstr_add_strn(&u, (const char *)&s->bits, s->nbits / 8);
        vstr_add_strn(&u, o->pending.buf, o->pending.len);
        o->unused_data = mp_obj_new_bytes_from_vstr(&u);
        o->pending.len = 0;
        s->nbits = 0;
    }
    if (!keep_tail && max_len != 0 && v.len >= max_len && o->pending.len > 0) {
        // Stopped by max_length: the caller passes the rest in again.
        o->unconsumed_tail = mp_obj_new_bytes((const byte *)o->pending.buf, o->pending.len);
        o->pending.len = 0;
    } else {
        o->unconsumed_tail = mp_obj_new_bytes(NULL, 0);
    }
    v.buf[v.len] = 0;
    return mp_obj_new_bytes_from_vstr(&v);
}

static mp_obj_t decomp_decompress(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    static const mp_arg_t allowed[] = {
        {MP_QSTR_, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
        {MP_QSTR_data, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
        {MP_QSTR_max_length, MP_ARG_INT, {.u_int = 0}},
    };
    mp_arg_val_t vals[3];
    mp_arg_parse_all_named(MP_QSTR_decompress, n_args, args, kw, 3, allowed, vals);
    mp_obj_decompress_t *o = MP_OBJ_TO_PTR(vals[0].u_obj);
    const byte *data;
    size_t len;
    get_data(vals[1].u_obj, &data, &len);
    if (vals[2].u_int < 0) {
        mp_raise_ValueError("max_length must be non-negative");
    }
    if (o->eof) {
        // Data after the end of the stream only adds to unused_data.
        if (len > 0) {
            size_t ul;
            const char *u = mp_obj_str_get_data(o->unused_data, &ul);
            vstr_t v;
            vstr_init(&v, ul + len);
            vstr_add_strn(&v, u, ul);
            vstr_add_strn(&v, (const char *)data, len);
            o->unused_data = mp_obj_new_bytes_from_vstr(&v);
        }
        return mp_obj_new_bytes(NULL, 0);
    }
    vstr_add_strn(&o->pending, (const char *)data, len);
    return decomp_run(o, vals[2].u_int, vals[2].u_int == 0);
}
static MP_DEFINE_NAMED_FUN(decomp_decompress_obj, MP_QSTR_decompress, 2, MP_FUN_ARGS_MAX, MP_FUN_KIND_KW, kw, decomp_decompress);

static mp_obj_t decomp_flush(size_t n_args, const mp_obj_t *args) {
    mp_obj_decompress_t *o = MP_OBJ_TO_PTR(args[0]);
    if (n_args > 1 && mp_obj_get_int(args[1]) <= 0) {
        mp_raise_ValueError("length must be greater than zero");
    }
    // Whatever unconsumed_tail holds is fed in again, as zlib does.
    size_t tl;
    const char *t = mp_obj_str_get_data(o->unconsumed_tail, &tl);
    vstr_add_strn(&o->pending, t, tl);
    o->unconsumed_tail = mp_obj_new_bytes(NULL, 0);
    return decomp_run(o, 0, true);
}
static MP_DEFINE_NAMED_FUN(decomp_flush_obj, MP_QSTR_flush, 1, 2, MP_FUN_KIND_VAR, var, decomp_flush);

static void decomp_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    mp_obj_decompress_t *o = MP_OBJ_TO_PTR(self_in);
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    if (attr == MP_QSTR_eof) {
        dest[0] = mp_obj_new_bool(o->eof);
    } else if (attr == MP_QSTR_unused_data) {
        dest[0] = o->unused_data;
    } else if (attr == MP_QSTR_unconsumed_tail) {
        dest[0] = o->unconsumed_tail;
    } else if (attr == MP_QSTR_decompress) {
        dest[0] = MP_OBJ_FROM_PTR(&decomp_decompress_obj);
        dest[1] = self_in;
    } else if (attr == MP_QSTR_flush) {
        dest[0] = MP_OBJ_FROM_PTR(&decomp_flush_obj);
        dest[1] = self_in;
    }
}

const mp_obj_type_t mp_type_zlib_decompress = {
    {&mp_type_type},
    .name = MP_QSTR_Decompress,
    .attr = decomp_attr,
};

// ---- reading compressed data from a stream

static size_t reader_refill(void *ctx, const byte **buf) {
    deflate_reader_t *r = ctx;
    if (r->src_p != NULL) {
        int err;
        mp_uint_t n = r->src_p->read(r->src, r->inbuf, r->inbuf_size, &err);
        if (n == MP_STREAM_ERROR) {
            mp_stream_raise(err);
        }
        *buf = r->inbuf;
        return n;
    }
    if (r->use_readinto) {
        mp_obj_t a[3] = {r->meth[0], r->meth[1], r->inbuf_obj};
        mp_obj_t res = mp_call_method_n_kw(1, 0, a);
        if (res == mp_const_none) {
            return 0;
        }
        mp_int_t n = mp_obj_get_int(res);
        if (n < 0 || (size_t)n > r->inbuf_size) {
            mp_raise_ValueError("readinto() returned a bad count");
        }
        *buf = r->inbuf;
        return n;
    }
    mp_obj_t a[3] = {r->meth[0], r->meth[1], MP_OBJ_NEW_SMALL_INT(r->inbuf_size)};
    mp_obj_t res = mp_call_method_n_kw(1, 0, a);
    if (res == mp_const_none) {
        return 0;
    }
    const byte *data;
    size_t len;
    get_data(res, &data, &len);
    r->chunk = res;  // keeps data alive while the inflater uses it
    *buf = data;
    return len;
}

void deflate_reader_init(deflate_reader_t *r, mp_obj_t src, int fmt, int wbits, bool oserror) {
    r->src = src;
    const mp_stream_p_t *p = mp_get_stream(&src);
    if (p != NULL && p->read != NULL) {
        r->src = src;
        r->src_p = p;
    } else {
        r->src_p = NULL;
        mp_load_method_maybe(src, MP_QSTR_readinto, r->meth);
        r->use_readinto = r->meth[0] != MP_OBJ_NULL;
        if (!r->use_readinto) {
            mp_load_method_maybe(src, MP_QSTR_read, r->meth);
            if (r->meth[0] == MP_OBJ_NULL) {
                mp_raise_msg_varg(&mp_type_TypeError, "'%s' object has no read or readinto method", mp_obj_get_type_str(src));
            }
        }
    }
    r->inbuf_size = 4096;
    r->inbuf_obj = mp_obj_new_bytearray(r->inbuf_size, NULL);
    r->inbuf = ((mp_obj_bytearray_t *)MP_OBJ_TO_PTR(r->inbuf_obj))->items;
    r->obuf = m_malloc_atomic(DEFLATE_OBUF_SIZE);
    r->opos = r->olen = 0;
    inflate_init(&r->inf, fmt, wbits, NULL, 0, reader_refill, r);
    r->inf.oserror = oserror;
}

mp_uint_t deflate_reader_read(deflate_reader_t *r, void *buf, mp_uint_t size) {
    if (r->opos < r->olen) {
        size_t n = r->olen - r->opos;
        if (n > size) {
            n = size;
        }
        memcpy(buf, r->obuf + r->opos, n);
        r->opos += n;
        return n;
    }
    return inflate_read(&r->inf, buf, size);
}

const byte *deflate_reader_peek(deflate_reader_t *r, size_t *avail) {
    if (r->opos == r->olen) {
        r->opos = 0;
        r->olen = inflate_read(&r->inf, r->obuf, DEFLATE_OBUF_SIZE);
    }
    *avail = r->olen - r->opos;
    return r->obuf + r->opos;
}

void deflate_reader_consume(deflate_reader_t *r, size_t n) {
    r->opos += n;
}

void deflate_stream_write(mp_obj_t dst, const byte *data, size_t len) {
    if (len == 0) {
        return;
    }
    const mp_stream_p_t *p = mp_get_stream(&dst);
    if (p != NULL && p->write != NULL) {
        mp_stream_write_all(dst, data, len);
        return;
    }
    mp_obj_t a[3];
    mp_load_method(dst, MP_QSTR_write, a);
    a[2] = mp_obj_new_bytes(data, len);
    mp_call_method_n_kw(1, 0, a);
}

// ---- DecompIO

typedef struct _mp_obj_decompio_t {
    mp_obj_base_t base;
    deflate_reader_t r;
} mp_obj_decompio_t;

extern const mp_obj_type_t mp_type_decompio;

static mp_obj_t decompio_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    static const mp_arg_t allowed[] = {
        {MP_QSTR_stream, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
        {MP_QSTR_wbits, MP_ARG_INT, {.u_int = 0}},
    };
    mp_arg_val_t vals[2];
    mp_arg_parse_all_kw_array_named(MP_QSTR_DecompIO, n_args, n_kw, args, 2, allowed, vals);
    int fmt, win;
    if (!decode_wbits(vals[1].u_int, &fmt, &win)) {
        mp_raise_ValueError("invalid wbits");
    }
    mp_obj_decompio_t *o = m_new_obj(mp_obj_decompio_t);
    o->base.type = &mp_type_decompio;
    deflate_reader_init(&o->r, vals[0].u_obj, fmt, win, false);
    return MP_OBJ_FROM_PTR(o);
}

static mp_uint_t decompio_read(mp_obj_t self_in, void *buf, mp_uint_t size, int *errcode) {
    mp_obj_decompio_t *o = MP_OBJ_TO_PTR(self_in);
    return deflate_reader_read(&o->r, buf, size);
}

static mp_uint_t decompio_ioctl(mp_obj_t self_in, mp_uint_t request, uintptr_t arg, int *errcode) {
    switch (request) {
        case MP_STREAM_IS_CLOSED:
        case MP_STREAM_WRITABLE:
        case MP_STREAM_SEEKABLE:
        case MP_STREAM_ISATTY:
            return 0;
        case MP_STREAM_READABLE:
            return 1;
        default:
            *errcode = MP_STREAM_EUNSUPPORTED;
            return MP_STREAM_ERROR;
    }
}

static const byte *decompio_peek(mp_obj_t self_in, size_t *avail, int *errcode) {
    mp_obj_decompio_t *o = MP_OBJ_TO_PTR(self_in);
    return deflate_reader_peek(&o->r, avail);
}

static void decompio_consume(mp_obj_t self_in, size_t n) {
    mp_obj_decompio_t *o = MP_OBJ_TO_PTR(self_in);
    deflate_reader_consume(&o->r, n);
}

static const mp_stream_p_t decompio_stream_p = {
    .read = decompio_read,
    .ioctl = decompio_ioctl,
    .peek = decompio_peek,
    .consume = decompio_consume,
};

static const mp_rom_map_elem_t decompio_locals_table[] = {
    {MP_ROM_QSTR(MP_QSTR_read), MP_ROM_PTR(&mp_stream_read_obj)},
    {MP_ROM_QSTR(MP_QSTR_readinto), MP_ROM_PTR(&mp_stream_readinto_obj)},
    {MP_ROM_QSTR(MP_QSTR_readline), MP_ROM_PTR(&mp_stream_readline_obj)},
    {MP_ROM_QSTR(MP_QSTR_readlines), MP_ROM_PTR(&mp_stream_readlines_obj)},
    {MP_ROM_QSTR(MP_QSTR___next__), MP_ROM_PTR(&mp_stream_next_obj)},
};
static MP_DEFINE_CONST_DICT(decompio_locals_dict, decompio_locals_table);

const mp_obj_type_t mp_type_decompio = {
    {&mp_type_type},
    .name = MP_QSTR_DecompIO,
    .make_new = decompio_make_new,
    .getiter = mp_stream_getiter,
    .iternext = mp_stream_iternext,
    .protocol = &decompio_stream_p,
    .locals_dict = (mp_obj_dict_t *)&decompio_locals_dict,
};

// ---- the module

static const mp_rom_map_elem_t zlib_globals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_uzlib)},
    {MP_ROM_QSTR(MP_QSTR_decompress), MP_ROM_PTR(&zlib_decompress_obj)},
    {MP_ROM_QSTR(MP_QSTR_compress), MP_ROM_PTR(&zlib_compress_obj)},
    {MP_ROM_QSTR(MP_QSTR_compressobj), MP_ROM_PTR(&zlib_compressobj_obj)},
    {MP_ROM_QSTR(MP_QSTR_decompressobj), MP_ROM_PTR(&zlib_decompressobj_obj)},
    {MP_ROM_QSTR(MP_QSTR_crc32), MP_ROM_PTR(&zlib_crc32_obj)},
    {MP_ROM_QSTR(MP_QSTR_adler32), MP_ROM_PTR(&zlib_adler32_obj)},
    {MP_ROM_QSTR(MP_QSTR_DecompIO), MP_ROM_PTR(&mp_type_decompio)},
    {MP_ROM_QSTR(MP_QSTR_error), MP_ROM_PTR(&mp_type_zlib_error)},
    {MP_ROM_QSTR(MP_QSTR_MAX_WBITS), MP_ROM_INT(15)},
    {MP_ROM_QSTR(MP_QSTR_DEFLATED), MP_ROM_INT(8)},
    {MP_ROM_QSTR(MP_QSTR_DEF_MEM_LEVEL), MP_ROM_INT(8)},
    {MP_ROM_QSTR(MP_QSTR_DEF_BUF_SIZE), MP_ROM_INT(16384)},
    {MP_ROM_QSTR(MP_QSTR_Z_NO_COMPRESSION), MP_ROM_INT(0)},
    {MP_ROM_QSTR(MP_QSTR_Z_BEST_SPEED), MP_ROM_INT(1)},
    {MP_ROM_QSTR(MP_QSTR_Z_BEST_COMPRESSION), MP_ROM_INT(9)},
    {MP_ROM_QSTR(MP_QSTR_Z_DEFAULT_COMPRESSION), MP_ROM_INT(-1)},
    {MP_ROM_QSTR(MP_QSTR_Z_DEFAULT_STRATEGY), MP_ROM_INT(0)},
    {MP_ROM_QSTR(MP_QSTR_Z_FILTERED), MP_ROM_INT(1)},
    {MP_ROM_QSTR(MP_QSTR_Z_HUFFMAN_ONLY), MP_ROM_INT(2)},
    {MP_ROM_QSTR(MP_QSTR_Z_RLE), MP_ROM_INT(3)},
    {MP_ROM_QSTR(MP_QSTR_Z_FIXED), MP_ROM_INT(4)},
    {MP_ROM_QSTR(MP_QSTR_Z_NO_FLUSH), MP_ROM_INT(0)},
    {MP_ROM_QSTR(MP_QSTR_Z_PARTIAL_FLUSH), MP_ROM_INT(1)},
    {MP_ROM_QSTR(MP_QSTR_Z_BLOCK), MP_ROM_INT(5)},
    {MP_ROM_QSTR(MP_QSTR_Z_SYNC_FLUSH), MP_ROM_INT(2)},
    {MP_ROM_QSTR(MP_QSTR_Z_FULL_FLUSH), MP_ROM_INT(3)},
    {MP_ROM_QSTR(MP_QSTR_Z_FINISH), MP_ROM_INT(4)},
};
static MP_DEFINE_CONST_DICT(zlib_globals, zlib_globals_table);
MP_DEFINE_CONST_MODULE(mp_module_zlib, zlib_globals);
