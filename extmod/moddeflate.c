// moddeflate.c: the deflate module (MicroPython's newer API): DeflateIO
// wraps a stream, decompressing what is read from it and compressing what
// is written to it, in raw DEFLATE, zlib or gzip format. As in
// MicroPython, bad compressed data and use after close raise
// OSError(EINVAL). The codec is in inflate.c / deflate_enc.c.
#include <errno.h>
#include <string.h>
#include "deflate_codec.h"
#include "objtype.h"
#include "objmodule.h"

typedef struct _mp_obj_deflateio_t {
    mp_obj_base_t base;
    mp_obj_t stream;
    uint8_t format;
    uint8_t wbits;
    bool close_stream;
    bool closed;
    deflate_reader_t *rd;   // created on the first read
    deflate_enc_t *enc;     // created on the first write
    vstr_t wbuf;            // compressed output waiting to be written
} mp_obj_deflateio_t;

extern const mp_obj_type_t mp_type_deflateio;

static mp_obj_t deflateio_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    static const mp_arg_t allowed[] = {
        {MP_QSTR_stream, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
        {MP_QSTR_format, MP_ARG_INT, {.u_int = DEFLATE_FMT_AUTO}},
        {MP_QSTR_wbits, MP_ARG_INT, {.u_int = 0}},
        {MP_QSTR_close, MP_ARG_BOOL, {.u_bool = false}},
    };
    mp_arg_val_t vals[4];
    mp_arg_parse_all_kw_array_named(MP_QSTR_DeflateIO, n_args, n_kw, args, 4, allowed, vals);
    mp_int_t fmt = vals[1].u_int, wbits = vals[2].u_int;
    if (fmt < DEFLATE_FMT_AUTO || fmt > DEFLATE_FMT_GZIP) {
        mp_raise_ValueError("format");
    }
    if (wbits != 0 && (wbits < 5 || wbits > 15)) {
        mp_raise_ValueError("wbits");
    }
    mp_obj_deflateio_t *o = m_new_obj(mp_obj_deflateio_t);
    o->base.type = &mp_type_deflateio;
    o->stream = vals[0].u_obj;
    o->format = fmt;
    o->wbits = wbits;
    o->close_stream = vals[3].u_bool;
    return MP_OBJ_FROM_PTR(o);
}

static bool ensure_reader(mp_obj_deflateio_t *o, int *errcode) {
    if (o->closed) {
        *errcode = EINVAL;
        return false;
    }
    if (o->rd == NULL) {
        deflate_reader_t *rd = m_new_obj(deflate_reader_t);
        // The window is always 32 KiB, so any wbits works for reading.
        deflate_reader_init(rd, o->stream, o->format, 0, true);
        o->rd = rd;
    }
    return true;
}

static mp_uint_t deflateio_read(mp_obj_t self_in, void *buf, mp_uint_t size, int *errcode) {
    mp_obj_deflateio_t *o = MP_OBJ_TO_PTR(self_in);
    if (!ensure_reader(o, errcode)) {
        return MP_STREAM_ERROR;
    }
    return deflate_reader_read(o->rd, buf, size);
}

static const byte *deflateio_peek(mp_obj_t self_in, size_t *avail, int *errcode) {
    mp_obj_deflateio_t *o = MP_OBJ_TO_PTR(self_in);
    if (!ensure_reader(o, errcode)) {
        return NULL;
    }
    return deflate_reader_peek(o->rd, avail);
}

static void deflateio_consume(mp_obj_t self_in, size_t n) {
    mp_obj_deflateio_t *o = MP_OBJ_TO_PTR(self_in);
    deflate_reader_consume(o->rd, n);
}

// Pass the compressed bytes gathered so far to the stream.
static void drain(mp_obj_deflateio_t *o) {
    if (o->wbuf.len > 0) {
        size_t n = o->wbuf.len;
        o->wbuf.len = 0;
        deflate_stream_write(o->stream, (const byte *)o->wbuf.buf, n);
    }
}

static void ensure_writer(mp_obj_deflateio_t *o) {
    if (o->enc == NULL) {
        // AUTO compresses to a raw stream; the default window is 256 bytes.
        int fmt = o->format == DEFLATE_FMT_AUTO ? DEFLATE_FMT_RAW : o->format;
        vstr_init(&o->wbuf, 1024);
        o->enc = deflate_enc_new(fmt, -1, o->wbits ? o->wbits : 8);
    }
}

static mp_uint_t deflateio_write(mp_obj_t self_in, const void *buf, mp_uint_t size, int *errcode) {
    mp_obj_deflateio_t *o = MP_OBJ_TO_PTR(self_in);
    if (o->closed) {
        *errcode = EINVAL;
        return MP_STREAM_ERROR;
    }
    ensure_writer(o);
    deflate_enc_write(o->enc, buf, size, &o->wbuf);
    drain(o);
    return size;
}

static void call_stream_method(mp_obj_t stream, qstr name) {
    mp_obj_t a[2];
    mp_load_method_maybe(stream, name, a);
    if (a[0] != MP_OBJ_NULL) {
        mp_call_method_n_kw(0, 0, a);
    }
}

static mp_uint_t deflateio_ioctl(mp_obj_t self_in, mp_uint_t request, uintptr_t arg, int *errcode) {
    mp_obj_deflateio_t *o = MP_OBJ_TO_PTR(self_in);
    switch (request) {
        case MP_STREAM_IS_CLOSED:
            return o->closed;
        case MP_STREAM_READABLE:
        case MP_STREAM_WRITABLE:
            return 1;
        case MP_STREAM_SEEKABLE:
        case MP_STREAM_ISATTY:
            return 0;
        case MP_STREAM_FLUSH:
            if (o->closed) {
                *errcode = EINVAL;
                return MP_STREAM_ERROR;
            }
            if (o->enc != NULL) {
                deflate_enc_flush(o->enc, &o->wbuf);
                drain(o);
                call_stream_method(o->stream, MP_QSTR_flush);
            }
            return 0;
        case MP_STREAM_CLOSE:
            if (o->closed) {
                return 0;
            }
            o->closed = true;
            if (o->enc != NULL) {
                deflate_enc_finish(o->enc, &o->wbuf);
                deflate_enc_free(o->enc);
                o->enc = NULL;
                drain(o);
            }
            if (o->rd != NULL) {
                inflate_free(&o->rd->inf);
                o->rd = NULL;
            }
            if (o->close_stream) {
                call_stream_method(o->stream, MP_QSTR_close);
            }
            return 0;
        default:
            *errcode = MP_STREAM_EUNSUPPORTED;
            return MP_STREAM_ERROR;
    }
}

// write(): as the generic one, but even write(b'') starts a compressed
// stream (so that close() then writes an empty one).
static mp_obj_t deflateio_write_meth(mp_obj_t self_in, mp_obj_t data) {
    mp_obj_deflateio_t *o = MP_OBJ_TO_PTR(self_in);
    if (!o->closed) {
        ensure_writer(o);
    }
    return mp_stream_write_obj.fun._2(self_in, data);
}
static MP_DEFINE_NAMED_FUN(deflateio_write_obj, MP_QSTR_write, 2, 2, MP_FUN_KIND_2, _2, deflateio_write_meth);

static const mp_stream_p_t deflateio_stream_p = {
    .read = deflateio_read,
    .write = deflateio_write,
    .ioctl = deflateio_ioctl,
    .peek = deflateio_peek,
    .consume = deflateio_consume,
};

static const mp_rom_map_elem_t deflateio_locals_table[] = {
    {MP_ROM_QSTR(MP_QSTR_read), MP_ROM_PTR(&mp_stream_read_obj)},
    {MP_ROM_QSTR(MP_QSTR_readinto), MP_ROM_PTR(&mp_stream_readinto_obj)},
    {MP_ROM_QSTR(MP_QSTR_readline), MP_ROM_PTR(&mp_stream_readline_obj)},
    {MP_ROM_QSTR(MP_QSTR_readlines), MP_ROM_PTR(&mp_stream_readlines_obj)},
    {MP_ROM_QSTR(MP_QSTR_write), MP_ROM_PTR(&deflateio_write_obj)},
    {MP_ROM_QSTR(MP_QSTR_flush), MP_ROM_PTR(&mp_stream_flush_obj)},
    {MP_ROM_QSTR(MP_QSTR_close), MP_ROM_PTR(&mp_stream_close_obj)},
    {MP_ROM_QSTR(MP_QSTR___enter__), MP_ROM_PTR(&mp_stream_enter_obj)},
    {MP_ROM_QSTR(MP_QSTR___exit__), MP_ROM_PTR(&mp_stream_exit_obj)},
    {MP_ROM_QSTR(MP_QSTR___next__), MP_ROM_PTR(&mp_stream_next_obj)},
};
static MP_DEFINE_CONST_DICT(deflateio_locals_dict, deflateio_locals_table);

const mp_obj_type_t mp_type_deflateio = {
    {&mp_type_type},
    .name = MP_QSTR_DeflateIO,
    .make_new = deflateio_make_new,
    .getiter = mp_stream_getiter,
    .iternext = mp_stream_iternext,
    .protocol = &deflateio_stream_p,
    .locals_dict = (mp_obj_dict_t *)&deflateio_locals_dict,
};

static const mp_rom_map_elem_t deflate_globals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_deflate)},
    {MP_ROM_QSTR(MP_QSTR_DeflateIO), MP_ROM_PTR(&mp_type_deflateio)},
    {MP_ROM_QSTR(MP_QSTR_AUTO), MP_ROM_INT(DEFLATE_FMT_AUTO)},
    {MP_ROM_QSTR(MP_QSTR_RAW), MP_ROM_INT(DEFLATE_FMT_RAW)},
    {MP_ROM_QSTR(MP_QSTR_ZLIB), MP_ROM_INT(DEFLATE_FMT_ZLIB)},
    {MP_ROM_QSTR(MP_QSTR_GZIP), MP_ROM_INT(DEFLATE_FMT_GZIP)},
};
static MP_DEFINE_CONST_DICT(deflate_globals, deflate_globals_table);
MP_DEFINE_CONST_MODULE(mp_module_deflate, deflate_globals);
