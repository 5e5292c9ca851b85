// modio.c: the uio module (importable as io): in-memory streams StringIO
// and BytesIO, open(), and the names of the file types.
//
// StringIO keeps its text as UTF-8 bytes, but positions (seek/tell/
// truncate) are in characters as in CPython; while all the text is ASCII
// (the usual case) the two coincide and no conversion is needed.
#include <errno.h>
#include <string.h>
#include "runtime.h"
#include "stream.h"
#include "objstr.h"
#include "objtype.h"
#include "objmodule.h"

typedef struct _mp_obj_memio_t {
    mp_obj_base_t base;
    vstr_t data;
    size_t pos;              // byte offset; may be past the end after a seek
    mp_stream_text_t text;   // StringIO only
    bool closed;
    bool ascii;              // StringIO: all bytes < 0x80
    bool translate_cr;       // StringIO(newline=None): \r\n and \r written as \n
} mp_obj_memio_t;

extern const mp_obj_type_t mp_type_stringio;
extern const mp_obj_type_t mp_type_bytesio;

static inline bool is_text(const mp_obj_memio_t *m) {
    return m->base.type == &mp_type_stringio;
}

static int closed_code(const mp_obj_memio_t *m) {
    return is_text(m) ? MP_STREAM_ECLOSED_NODOT : MP_STREAM_ECLOSED;
}

static void check_open(const mp_obj_memio_t *m) {
    if (m->closed) {
        mp_stream_raise(closed_code(m));
    }
}

static bool all_ascii(const byte *d, size_t len) {
    for (size_t i = 0; i < len; i++) {
        if (d[i] >= 0x80) {
            return false;
        }
    }
    return true;
}

// ---- character positions (StringIO)

static size_t byte_to_char(const mp_obj_memio_t *m, size_t pos) {
    if (m->ascii) {
        return pos;
    }
    if (pos <= m->data.len) {
        return utf8_charlen((const byte *)m->data.buf, pos);
    }
    return utf8_charlen((const byte *)m->data.buf, m->data.len) + (pos - m->data.len);
}

// Byte offset of the n-th character counted from byte offset start.
static size_t char_to_byte_from(const mp_obj_memio_t *m, size_t start, size_t n) {
    if (m->ascii) {
        return start + n;
    }
    const byte *d = (const byte *)m->data.buf;
    size_t len = m->data.len, i = start;
    while (n > 0 && i < len) {
        i++;
        while (i < len && utf8_is_cont(d[i])) {
            i++;
        }
        n--;
    }
    return i + n;  // past the end: one byte per (padding) character
}

// ---- the stream protocol

static mp_uint_t memio_read(mp_obj_t self_in, void *buf, mp_uint_t size, int *errcode) {
    mp_obj_memio_t *m = MP_OBJ_TO_PTR(self_in);
    if (m->closed) {
        *errcode = closed_code(m);
        return MP_STREAM_ERROR;
    }
    if (m->pos >= m->data.len) {
        return 0;
    }
    size_t n = m->data.len - m->pos;
    if (n > size) {
        n = size;
    }
    memcpy(buf, m->data.buf + m->pos, n);
    m->pos += n;
    return n;
}

// Replace the bytes [from, to) of the contents with src.
static void splice(mp_obj_memio_t *m, size_t from, size_t to, const byte *src, size_t len) {
    vstr_t *v = &m->data;
    size_t old = to - from;
    if (len > old) {
        size_t grow = len - old;
        vstr_hint_size(v, grow);
        memmove(v->buf + to + grow, v->buf + to, v->len - to);
        v->len += grow;
    } else if (len < old) {
        memmove(v->buf + from + len, v->buf + to, v->len - to);
        v->len -= old - len;
    }
    memcpy(v->buf + from, src, len);
    v->buf[v->len] = 0;
}

static void write_at_pos(mp_obj_memio_t *m, const byte *src, size_t len) {
    vstr_t *v = &m->data;
    if (m->pos > v->len) {
        // Writing after a seek past the end: the gap reads as NULs.
        size_t gap = m->pos - v->len;
        vstr_hint_size(v, gap + len);
        memset(v->buf + v->len, 0, gap);
        v->len += gap;
        v->buf[v->len] = 0;
    }
    bool src_ascii = is_text(m) ? all_ascii(src, len) : true;
    if (!is_text(m) || (m->ascii && src_ascii)) {
        size_t end = m->pos + len;
        if (end > v->len) {
            vstr_hint_size(v, end - v->len);
            v->len = end;
            v->buf[end] = 0;
        }
        memcpy(v->buf + m->pos, src, len);
        m->pos = end;
        return;
    }
    // Text with multi-byte characters: the new characters replace as many
    // old characters (not bytes).
    size_t nchars = src_ascii ? len : utf8_charlen(src, len);
    size_t to = char_to_byte_from(m, m->pos, nchars);
    if (to > v->len) {
        to = v->len;
    }
    splice(m, m->pos, to, src, len);
    m->pos += len;
    if (!src_ascii) {
        m->ascii = false;
    }
}

static mp_uint_t memio_write(mp_obj_t self_in, const void *buf, mp_uint_t size, int *errcode) {
    mp_obj_memio_t *m = MP_OBJ_TO_PTR(self_in);
    if (m->closed) {
        *errcode = closed_code(m);
        return MP_STREAM_ERROR;
    }
    const byte *src = buf;
    if (m->translate_cr && memchr(src, '\r', size) != NULL) {
        vstr_t v;
        vstr_init(&v, size);
        for (size_t i = 0; i < size; i++) {
            if (src[i] == '\r') {
                vstr_add_byte(&v, '\n');
                if (i + 1 < size && src[i + 1] == '\n') {
                    i++;
                }
            } else {
                vstr_add_byte(&v, src[i]);
            }
        }
        write_at_pos(m, (const byte *)v.buf, v.len);
        vstr_clear(&v);
    } else {
        write_at_pos(m, src, size);
    }
    return size;
}

static mp_uint_t memio_ioctl(mp_obj_t self_in, mp_uint_t request, uintptr_t arg, int *errcode) {
    mp_obj_memio_t *m = MP_OBJ_TO_PTR(self_in);
    if (request == MP_STREAM_IS_CLOSED) {
        return m->closed;
    }
    if (request == MP_STREAM_CLOSE) {
        m->closed = true;
        return 0;
    }
    if (m->closed) {
        *errcode = closed_code(m);
        return MP_STREAM_ERROR;
    }
    switch (request) {
        case MP_STREAM_FLUSH:
            return 0;
        case MP_STREAM_SEEK: {
            // Byte positions, for C users of the protocol.
            mp_stream_seek_t *s = (mp_stream_seek_t *)arg;
            mp_int_t base = s->whence == MP_SEEK_CUR ? (mp_int_t)m->pos : s->whence == MP_SEEK_END ? (mp_int_t)m->data.len : 0;
            mp_int_t np;
            if (__builtin_add_overflow(base, s->offset, &np)) {
                *errcode = EOVERFLOW;
                return MP_STREAM_ERROR;
            }
            m->pos = np < 0 ? 0 : np;
            s->offset = m->pos;
            return 0;
        }
        case MP_STREAM_SIZE_HINT:
            return m->pos < m->data.len ? m->data.len - m->pos : 0;
        case MP_STREAM_READABLE:
        case MP_STREAM_WRITABLE:
        case MP_STREAM_SEEKABLE:
            return 1;
        case MP_STREAM_ISATTY:
            return 0;
        case MP_STREAM_GET_FILENO:
            *errcode = MP_STREAM_ENOFILENO;
            return MP_STREAM_ERROR;
        default:
            *errcode = MP_STREAM_EUNSUPPORTED;
            return MP_STREAM_ERROR;
    }
}

static const byte *memio_peek(mp_obj_t self_in, size_t *avail, int *errcode) {
    mp_obj_memio_t *m = MP_OBJ_TO_PTR(self_in);
    if (m->closed) {
        *errcode = closed_code(m);
        return NULL;
    }
    *avail = m->pos < m->data.len ? m->data.len - m->pos : 0;
    return (const byte *)m->data.buf + (m->pos < m->data.len ? m->pos : m->data.len);
}

static void memio_consume(mp_obj_t self_in, size_t n) {
    mp_obj_memio_t *m = MP_OBJ_TO_PTR(self_in);
    m->pos += n;
}

static const mp_stream_p_t bytesio_stream_p = {
    .read = memio_read,
    .write = memio_write,
    .ioctl = memio_ioctl,
    .peek = memio_peek,
    .consume = memio_consume,
};

static const mp_stream_p_t stringio_stream_p = {
    .read = memio_read,
    .write = memio_write,
    .ioctl = memio_ioctl,
    .peek = memio_peek,
    .consume = memio_consume,
    .text_offset = offsetof(mp_obj_memio_t, text),
};

// ---- construction

static mp_obj_memio_t *memio_alloc(const mp_obj_type_t *type) {
    mp_obj_memio_t *m = m_new_obj(mp_obj_memio_t);
    m->base.type = type;
    vstr_init(&m->data, 16);
    m->ascii = true;
    return m;
}

static mp_obj_t stringio_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    static const mp_arg_t allowed[] = {
        {MP_QSTR_initial_value, MP_ARG_OBJ, {.u_obj = MP_ROM_PTR(&mp_const_none_obj)}},
        {MP_QSTR_newline, MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
    };
    mp_arg_val_t vals[2];
    mp_arg_parse_all_kw_array(n_args, n_kw, args, 2, allowed, vals);
    mp_obj_t init = vals[0].u_obj;
    if (init != mp_const_none && !mp_obj_is_str_like(init)) {
        mp_raise_msg_varg(&mp_type_TypeError, "initial_value must be str or None, not %s", mp_obj_get_type_str(init));
    }
    mp_obj_memio_t *m = memio_alloc(&mp_type_stringio);
    mp_obj_t newline = vals[1].u_obj;
    if (newline == MP_OBJ_NULL || newline == mp_const_none) {
        mp_stream_text_init(&m->text, MP_OBJ_NULL, MP_OBJ_NULL, MP_OBJ_NULL);
        m->text.newline = MP_STREAM_NL_LF;
        // newline=None: universal newlines happen on the way in, so the
        // stored text only has \n.
        m->translate_cr = newline == mp_const_none;
    } else {
        if (mp_obj_is_str_like(newline)) {
            // A bad value is reported first, with its repr (unlike open()).
            mp_stream_newline_mode(newline, PRINT_REPR);
        }
        mp_stream_text_init(&m->text, MP_OBJ_NULL, MP_OBJ_NULL, newline);
    }
    m->text.trusted = true;
    m->text.in_memory = true;
    mp_obj_t self = MP_OBJ_FROM_PTR(m);
    if (init != mp_const_none) {
        mp_call_function_2(MP_OBJ_FROM_PTR(&mp_stream_write_obj), self, init);
        m->pos = 0;
    }
    return self;
}

static mp_obj_t bytesio_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    static const mp_arg_t allowed[] = {
        {MP_QSTR_initial_bytes, MP_ARG_OBJ, {.u_obj = MP_ROM_PTR(&mp_const_none_obj)}},
    };
    mp_arg_val_t vals[1];
    mp_arg_parse_all_kw_array(n_args, n_kw, args, 1, allowed, vals);
    mp_obj_t init = vals[0].u_obj;
    mp_obj_memio_t *m = memio_alloc(&mp_type_bytesio);
    if (init != mp_const_none) {
        const byte *d;
        size_t len;
        if (mp_obj_is_str_like(init) || !mp_obj_get_bytes_like(init, &d, &len)) {
            mp_raise_msg_varg(&mp_type_TypeError, "a bytes-like object is required, not '%s'", mp_obj_get_type_str(init));
        }
        vstr_add_strn(&m->data, (const char *)d, len);
    }
    return MP_OBJ_FROM_PTR(m);
}

// ---- methods with in-memory specifics

static mp_obj_memio_t *get_memio(mp_obj_t self) {
    const mp_obj_type_t *t = mp_obj_get_type(self);
    if (t != &mp_type_stringio && t != &mp_type_bytesio) {
        self = mp_obj_get_native(self, NULL);
    }
    return MP_OBJ_TO_PTR(self);
}

static mp_obj_t memio_getvalue(mp_obj_t self_in) {
    mp_obj_memio_t *m = get_memio(self_in);
    check_open(m);
    if (is_text(m)) {
        return mp_obj_new_str(m->data.buf, m->data.len);
    }
    return mp_obj_new_bytes((const byte *)m->data.buf, m->data.len);
}
static MP_DEFINE_NAMED_FUN(memio_getvalue_obj, MP_QSTR_getvalue, 1, 1, MP_FUN_KIND_1, _1, memio_getvalue);

static mp_obj_t memio_tell(mp_obj_t self_in) {
    mp_obj_memio_t *m = get_memio(self_in);
    check_open(m);
    return mp_obj_new_int_from_uint(is_text(m) ? byte_to_char(m, m->pos) : m->pos);
}
static MP_DEFINE_NAMED_FUN(memio_tell_obj, MP_QSTR_tell, 1, 1, MP_FUN_KIND_1, _1, memio_tell);

static mp_obj_t memio_seek(size_t n_args, const mp_obj_t *args) {
    mp_obj_memio_t *m = get_memio(args[0]);
    mp_int_t offset = mp_obj_get_index_int(args[1]);
    mp_int_t whence = n_args > 2 ? mp_obj_get_int(args[2]) : 0;
    check_open(m);
    // (CPython capitalises StringIO's messages, not BytesIO's.)
    bool text = is_text(m);
    if (whence < 0 || whence > 2) {
        mp_raise_msg_varg(&mp_type_ValueError, text ? "Invalid whence (%d, should be 0, 1 or 2)" : "invalid whence (%d, should be 0, 1 or 2)", (int)whence);
    }
    if (whence == 0 && offset < 0) {
        mp_raise_msg_varg(&mp_type_ValueError, text ? "Negative seek position %d" : "negative seek value %d", (int)offset);
    }
    if (text) {
        if (whence != 0 && offset != 0) {
            // (CPython 3.11 uses this wording for both whence values.)
            mp_raise_msg(&mp_type_OSError, "Can't do nonzero cur-relative seeks");
        }
        if (whence == 0) {
            m->pos = char_to_byte_from(m, 0, offset);
        } else if (whence == 2) {
            m->pos = m->data.len;
        }
        return mp_obj_new_int_from_uint(byte_to_char(m, m->pos));
    }
    mp_int_t base = whence == 1 ? (mp_int_t)m->pos : whence == 2 ? (mp_int_t)m->data.len : 0;
    mp_int_t np;
    if (__builtin_add_overflow(base, offset, &np)) {
        mp_raise_msg(&mp_type_OverflowError, "new position too large");
    }
    m->pos = np < 0 ? 0 : np;
    return mp_obj_new_int_from_uint(m->pos);
}
static MP_DEFINE_NAMED_FUN(memio_seek_obj, MP_QSTR_seek, 2, 3, MP_FUN_KIND_VAR, var, memio_seek);

static mp_obj_t memio_truncate(size_t n_args, const mp_obj_t *args) {
    mp_obj_memio_t *m = get_memio(args[0]);
    check_open(m);
    size_t cut;  // byte offset to cut at
    mp_int_t size;
    if (n_args > 1 && args[1] != mp_const_none) {
        size = mp_obj_get_index_int(args[1]);
        if (size < 0) {
            mp_raise_msg_varg(&mp_type_ValueError, is_text(m) ? "Negative size value %d" : "negative size value %d", (int)size);
        }
        cut = is_text(m) ? char_to_byte_from(m, 0, size) : (size_t)size;
    } else {
        cut = m->pos;
        size = is_text(m) ? (mp_int_t)byte_to_char(m, cut) : (mp_int_t)cut;
    }
    if (cut < m->data.len) {
        m->data.len = cut;
        m->data.buf[cut] = 0;
    }
    return mp_obj_new_int(size);
}
static MP_DEFINE_NAMED_FUN(memio_truncate_obj, MP_QSTR_truncate, 1, 2, MP_FUN_KIND_VAR, var, memio_truncate);

static mp_obj_t memio_close(mp_obj_t self_in) {
    mp_obj_memio_t *m = get_memio(self_in);
    if (!m->closed) {
        m->closed = true;
        // Free the contents now, as CPython does.
        vstr_clear(&m->data);
        vstr_init(&m->data, 1);
    }
    return mp_const_none;
}
static MP_DEFINE_NAMED_FUN(memio_close_obj, MP_QSTR_close, 1, 1, MP_FUN_KIND_1, _1, memio_close);

static void memio_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return;  // no attribute stores
    }
    mp_obj_memio_t *m = MP_OBJ_TO_PTR(self_in);
    if (attr == MP_QSTR_closed) {
        dest[0] = mp_obj_new_bool(m->closed);
    } else if (is_text(m)) {
        if (attr == MP_QSTR_line_buffering) {
            dest[0] = mp_const_false;
        } else if (attr == MP_QSTR_newlines || attr == MP_QSTR_encoding || attr == MP_QSTR_errors) {
            dest[0] = mp_const_none;
        }
    }
}

static void memio_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    mp_obj_memio_t *m = MP_OBJ_TO_PTR(self_in);
    mp_printf(print, "<_io.%s object at %p>", is_text(m) ? "StringIO" : "BytesIO", m);
}

// BytesIO's methods; StringIO has all but the last two.
static const mp_rom_map_elem_t memio_locals_table[] = {
    MP_STREAM_COMMON_METHODS,
    {MP_ROM_QSTR(MP_QSTR_getvalue), MP_ROM_PTR(&memio_getvalue_obj)},
    {MP_ROM_QSTR(MP_QSTR_seek), MP_ROM_PTR(&memio_seek_obj)},
    {MP_ROM_QSTR(MP_QSTR_tell), MP_ROM_PTR(&memio_tell_obj)},
    {MP_ROM_QSTR(MP_QSTR_truncate), MP_ROM_PTR(&memio_truncate_obj)},
    {MP_ROM_QSTR(MP_QSTR_close), MP_ROM_PTR(&memio_close_obj)},
    {MP_ROM_QSTR(MP_QSTR_read1), MP_ROM_PTR(&mp_stream_read1_obj)},
    {MP_ROM_QSTR(MP_QSTR_readinto), MP_ROM_PTR(&mp_stream_readinto_obj)},
};
static MP_DEFINE_CONST_DICT(bytesio_locals_dict, memio_locals_table);
static MP_DEFINE_CONST_DICT_SLICE(stringio_locals_dict, memio_locals_table, 0, MP_ARRAY_SIZE(memio_locals_table) - 2);

const mp_obj_type_t mp_type_stringio = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_BASETYPE,
    .name = MP_QSTR_StringIO,
    .print = memio_print,
    .make_new = stringio_make_new,
    .attr = memio_attr,
    .getiter = mp_stream_getiter,
    .iternext = mp_stream_iternext,
    .protocol = &stringio_stream_p,
    .locals_dict = (mp_obj_dict_t *)&stringio_locals_dict,
};

const mp_obj_type_t mp_type_bytesio = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_BASETYPE,
    .name = MP_QSTR_BytesIO,
    .print = memio_print,
    .make_new = bytesio_make_new,
    .attr = memio_attr,
    .getiter = mp_stream_getiter,
    .iternext = mp_stream_iternext,
    .protocol = &bytesio_stream_p,
    .locals_dict = (mp_obj_dict_t *)&bytesio_locals_dict,
};

// ---- the module

static mp_obj_t io_open(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    return mp_builtin_open(n_args, args, kw);
}
static MP_DEFINE_NAMED_FUN(io_open_obj, MP_QSTR_open, 0, MP_FUN_ARGS_MAX, MP_FUN_KIND_KW, kw, io_open);

static const mp_rom_map_elem_t io_globals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_uio)},
    {MP_ROM_QSTR(MP_QSTR_open), MP_ROM_PTR(&io_open_obj)},
    {MP_ROM_QSTR(MP_QSTR_StringIO), MP_ROM_PTR(&mp_type_stringio)},
    {MP_ROM_QSTR(MP_QSTR_BytesIO), MP_ROM_PTR(&mp_type_bytesio)},
    {MP_ROM_QSTR(MP_QSTR_FileIO), MP_ROM_PTR(&mp_type_fileio)},
    {MP_ROM_QSTR(MP_QSTR_TextIOWrapper), MP_ROM_PTR(&mp_type_textio)},
    {MP_ROM_QSTR(MP_QSTR_UnsupportedOperation), MP_ROM_PTR(&mp_type_UnsupportedOperation)},
    {MP_ROM_QSTR(MP_QSTR_SEEK_SET), MP_ROM_INT(MP_SEEK_SET)},
    {MP_ROM_QSTR(MP_QSTR_SEEK_CUR), MP_ROM_INT(MP_SEEK_CUR)},
    {MP_ROM_QSTR(MP_QSTR_SEEK_END), MP_ROM_INT(MP_SEEK_END)},
    {MP_ROM_QSTR(MP_QSTR_DEFAULT_BUFFER_SIZE), MP_ROM_INT(8192)},
};
static MP_DEFINE_CONST_DICT(io_globals, io_globals_table);
MP_DEFINE_CONST_MODULE(mp_module_io, io_globals);
