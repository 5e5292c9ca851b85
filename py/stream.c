// stream.c: the generic layer of the stream protocol (stream.h). Every
// stream type (files, StringIO/BytesIO, the standard streams) only supplies
// C read/write/ioctl functions, and optionally access to its read buffer
// (peek/consume); the Python methods read, readline, write, seek ... are
// written here once. Text streams additionally carry their encoding and
// newline settings (mp_stream_text_t); decoding and newline translation are
// done here, so all text streams behave alike.
#include <string.h>
#include <errno.h>
#include "runtime.h"
#include "stream.h"
#include "objstr.h"
#include "objtype.h"
#include "objexcept.h"

// ---------------------------------------------------------------------------
// io.UnsupportedOperation: CPython derives it from both OSError and
// ValueError, so a builtin type with an explicit MRO.

static const struct {
    mp_obj_base_t base;
    size_t len;
    mp_obj_t items[6];
} unsupported_mro = {
    {&mp_type_tuple}, 6, {
        MP_ROM_PTR(&mp_type_UnsupportedOperation), MP_ROM_PTR(&mp_type_OSError),
        MP_ROM_PTR(&mp_type_ValueError), MP_ROM_PTR(&mp_type_Exception),
        MP_ROM_PTR(&mp_type_BaseException), MP_ROM_PTR(&mp_type_object),
    }
};

const mp_obj_type_t mp_type_UnsupportedOperation = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_BASETYPE,
    .name = MP_QSTR_UnsupportedOperation,
    .print = mp_obj_exception_print,
    .make_new = mp_obj_exception_make_new,
    .attr = mp_obj_exception_attr,
    .base_type = &mp_type_OSError,
    .mro = (mp_obj_tuple_t *)&unsupported_mro,
};

// ---------------------------------------------------------------------------
// Errors and protocol access

MP_NORETURN void mp_stream_raise(int errcode) {
    switch (errcode) {
        case MP_STREAM_ECLOSED:
            mp_raise_ValueError("I/O operation on closed file.");
        case MP_STREAM_ECLOSED_NODOT:
            mp_raise_ValueError("I/O operation on closed file");
        case MP_STREAM_ENOTREADABLE:
            mp_raise_msg(&mp_type_UnsupportedOperation, "not readable");
        case MP_STREAM_ENOTWRITABLE:
            mp_raise_msg(&mp_type_UnsupportedOperation, "not writable");
        case MP_STREAM_ENOTSEEKABLE:
            mp_raise_msg(&mp_type_UnsupportedOperation, "underlying stream is not seekable");
        case MP_STREAM_ENOFILENO:
            mp_raise_msg(&mp_type_UnsupportedOperation, "fileno");
        case MP_STREAM_EUNSUPPORTED:
            mp_raise_msg(&mp_type_UnsupportedOperation, "operation not supported");
        default:
            mp_raise_OSError(errcode);
    }
}

MP_NORETURN void mp_raise_OSError_with_filename(int errno_, mp_obj_t filename, mp_obj_t filename2) {
    mp_obj_t args[5] = {MP_OBJ_NEW_SMALL_INT(errno_), mp_obj_new_str_from_cstr(strerror(errno_)), filename, mp_const_none, filename2};
    nlr_raise(mp_obj_new_exception_args(&mp_type_OSError, filename2 != MP_OBJ_NULL ? 5 : 3, args));
}

// Raise for an error of the stream with protocol p. Binary streams name
// the operation when it is not allowed, as CPython's buffered files do.
static MP_NORETURN void raise_err(const mp_stream_p_t *p, int err) {
    if (p->text_offset == 0) {
        if (err == MP_STREAM_ENOTREADABLE) {
            mp_raise_msg(&mp_type_UnsupportedOperation, "read");
        }
        if (err == MP_STREAM_ENOTWRITABLE) {
            mp_raise_msg(&mp_type_UnsupportedOperation, "write");
        }
    }
    mp_stream_raise(err);
}

static inline bool is_eagain(int err) {
    return err == EAGAIN || err == EWOULDBLOCK;
}

const mp_stream_p_t *mp_get_stream(mp_obj_t *o) {
    const mp_obj_type_t *t = mp_obj_get_type(*o);
    if (t->protocol != NULL) {
        return t->protocol;
    }
    if (mp_type_is_user(t)) {
        // An instance of a user subclass of StringIO/BytesIO: work on the
        // native object it wraps.
        const mp_obj_type_t *native = mp_obj_type_native_base(t);
        if (native != NULL && native->protocol != NULL) {
            *o = mp_obj_get_native(*o, native);
            return native->protocol;
        }
    }
    return NULL;
}

const mp_stream_p_t *mp_get_stream_raise(mp_obj_t *o) {
    const mp_stream_p_t *p = mp_get_stream(o);
    if (p == NULL) {
        mp_raise_msg_varg(&mp_type_TypeError, "'%s' object is not a stream", mp_obj_get_type_str(*o));
    }
    return p;
}

// ioctl that raises on error; a missing ioctl is "unsupported".
static mp_uint_t do_ioctl(mp_obj_t obj, const mp_stream_p_t *p, mp_uint_t req, uintptr_t arg) {
    int err = MP_STREAM_EUNSUPPORTED;
    mp_uint_t r = p->ioctl != NULL ? p->ioctl(obj, req, arg, &err) : MP_STREAM_ERROR;
    if (r == MP_STREAM_ERROR) {
        raise_err(p, err);
    }
    return r;
}

static void check_open(mp_obj_t obj, const mp_stream_p_t *p) {
    int err;
    if (p->ioctl != NULL && p->ioctl(obj, MP_STREAM_IS_CLOSED, 0, &err) == 1) {
        const mp_stream_text_t *t = mp_stream_text(obj, p);
        mp_stream_raise(t != NULL && t->in_memory ? MP_STREAM_ECLOSED_NODOT : MP_STREAM_ECLOSED);
    }
}

mp_uint_t mp_stream_rw(mp_obj_t stream, void *buf_in, mp_uint_t size, int *errcode, int flags) {
    const mp_stream_p_t *p = mp_get_stream_raise(&stream);
    byte *buf = buf_in;
    mp_uint_t done = 0;
    while (done < size) {
        mp_uint_t n;
        if (flags & MP_STREAM_RW_WRITE) {
            n = p->write(stream, buf + done, size - done, errcode);
        } else {
            n = p->read(stream, buf + done, size - done, errcode);
        }
        if (n == MP_STREAM_ERROR) {
            if (done > 0 && is_eagain(*errcode)) {
                return done;  // a non-blocking stream gave what it had
            }
            return done > 0 ? done : MP_STREAM_ERROR;
        }
        if (n == 0) {
            if (flags & MP_STREAM_RW_WRITE) {
                // A writer that accepts nothing: report it as an I/O error
                // rather than spinning.
                if (done == 0) {
                    *errcode = EIO;
                    return MP_STREAM_ERROR;
                }
            }
            break;  // end of stream
        }
        done += n;
    }
    return done;
}

void mp_stream_write_all(mp_obj_t stream, const void *buf, size_t len) {
    if (len == 0) {
        return;
    }
    int err;
    mp_uint_t n = mp_stream_write_exactly(stream, buf, len, &err);
    if (n == MP_STREAM_ERROR) {
        mp_stream_raise(err);
    }
}

void mp_stream_write_adaptor(void *data, const char *str, size_t len) {
    mp_stream_write_all((mp_obj_t)(uintptr_t)data, str, len);
}

// ---------------------------------------------------------------------------
// Reading bytes through the peek buffer (or one byte at a time from
// streams without one).

typedef struct {
    mp_obj_t obj;
    const mp_stream_p_t *p;
    bool eagain;  // a non-blocking stream had no data
    byte one;
} src_t;

static void src_init(src_t *s, mp_obj_t obj, const mp_stream_p_t *p) {
    s->obj = obj;
    s->p = p;
    s->eagain = false;
}

// Bytes available now, NULL at end of stream (or no data on a non-blocking stream).
static const byte *src_peek(src_t *s, size_t *avail) {
    int err;
    if (s->p->peek != NULL) {
        const byte *b = s->p->peek(s->obj, avail, &err);
        if (b == NULL) {
            if (is_eagain(err)) {
                s->eagain = true;
                *avail = 0;
                return NULL;
            }
            raise_err(s->p, err);
        }
        return *avail != 0 ? b : NULL;
    }
    if (s->p->read == NULL) {
        raise_err(s->p, MP_STREAM_ENOTREADABLE);
    }
    mp_uint_t n = s->p->read(s->obj, &s->one, 1, &err);
    if (n == MP_STREAM_ERROR) {
        if (is_eagain(err)) {
            s->eagain = true;
            *avail = 0;
            return NULL;
        }
        raise_err(s->p, err);
    }
    *avail = n;
    return n != 0 ? &s->one : NULL;
}

static inline void src_consume(src_t *s, size_t n) {
    if (s->p->peek != NULL && n != 0) {
        s->p->consume(s->obj, n);
    }
}

// Number of bytes of the UTF-8 sequence led by c (1 for invalid leads: the
// decoder reports those).
static inline int utf8_seq_len(byte c) {
    if (c < 0xC0) {
        return 1;
    }
    if (c < 0xE0) {
        return 2;
    }
    if (c < 0xF0) {
        return 3;
    }
    return c < 0xF8 ? 4 : 1;
}

// Turn the bytes read into the result object: bytes for binary streams,
// decoded str for text streams.
static mp_obj_t make_result(const mp_stream_text_t *t, vstr_t *v) {
    if (t == NULL) {
        return mp_obj_new_bytes_from_vstr(v);
    }
    if (t->encoding == MP_OBJ_NULL && (t->trusted || utf8_is_valid((const byte *)v->buf, v->len))) {
        return mp_obj_new_str_from_vstr(v);
    }
    mp_obj_t r = mp_obj_bytes_decode((const byte *)v->buf, v->len, t->encoding, t->errors);
    vstr_clear(v);
    return r;
}

static bool is_ascii(const byte *d, size_t len) {
    size_t i = 0;
    for (; i + 8 <= len; i += 8) {
        uint64_t w;
        memcpy(&w, d + i, 8);
        if (w & 0x8080808080808080ULL) {
            return false;
        }
    }
    for (; i < len; i++) {
        if (d[i] & 0x80) {
            return false;
        }
    }
    return true;
}

// The result object for bytes still in the stream's buffer (no vstr).
static mp_obj_t make_result_data(const mp_stream_text_t *t, const byte *d, size_t len) {
    if (t == NULL) {
        return mp_obj_new_bytes(d, len);
    }
    if (t->encoding == MP_OBJ_NULL) {
        if (is_ascii(d, len)) {
            return mp_obj_new_str_with_charlen(d, len, len);
        }
        if (t->trusted || utf8_is_valid(d, len)) {
            return mp_obj_new_str((const char *)d, len);
        }
    }
    return mp_obj_bytes_decode(d, len, t->encoding, t->errors);
}

// Newline mode that can actually be applied: universal modes need to look
// ahead after a \r, which needs a peek buffer.
static int effective_newline(const mp_stream_text_t *t, const mp_stream_p_t *p) {
    if (t == NULL) {
        return MP_STREAM_NL_LF;
    }
    int nl = t->newline;
    if (p->peek == NULL && (nl == MP_STREAM_NL_UNIVERSAL || nl == MP_STREAM_NL_UNTRANSLATED)) {
        nl = MP_STREAM_NL_LF;
    }
    return nl;
}

// After a \r in a universal mode: swallow a following \n (CPython treats
// \r\n as one line end). Appends what the caller should see.
static void after_cr(src_t *s, vstr_t *v, int nl) {
    vstr_add_byte(v, nl == MP_STREAM_NL_UNIVERSAL ? '\n' : '\r');
    size_t avail;
    const byte *b = src_peek(s, &avail);
    if (b != NULL && b[0] == '\n') {
        src_consume(s, 1);
        if (nl == MP_STREAM_NL_UNTRANSLATED) {
            vstr_add_byte(v, '\n');
        }
    }
}

// Read one line: limit is the maximum number of characters (text) or bytes
// (binary), or -1 for no limit.
static mp_obj_t readline_impl(mp_obj_t obj, const mp_stream_p_t *p, mp_int_t limit) {
    const mp_stream_text_t *t = mp_stream_text(obj, p);
    int nl = effective_newline(t, p);
    bool utf8 = t != NULL && t->encoding == MP_OBJ_NULL;
    src_t s;
    src_init(&s, obj, p);
    vstr_t v;
    if (limit == 0) {
        check_open(obj, p);
    }
    if (limit < 0) {
        // Fast path: search the buffer for the line end with memchr. The
        // common case, a whole \n-terminated line already buffered, makes
        // the result straight from the buffer.
        if (p->peek != NULL && (nl == MP_STREAM_NL_LF || nl == MP_STREAM_NL_UNIVERSAL || nl == MP_STREAM_NL_UNTRANSLATED)) {
            size_t avail;
            const byte *b = src_peek(&s, &avail);
            if (b == NULL) {
                return s.eagain ? mp_const_none : make_result_data(t, (const byte *)"", 0);
            }
            const byte *lf = memchr(b, '\n', avail);
            if (lf != NULL && (nl == MP_STREAM_NL_LF || memchr(b, '\r', lf - b) == NULL)) {
                size_t n = lf - b + 1;
                mp_obj_t r = make_result_data(t, b, n);
                src_consume(&s, n);
                return r;
            }
        }
    }
    vstr_init(&v, 64);
    if (limit < 0) {
        for (;;) {
            size_t avail;
            const byte *b = src_peek(&s, &avail);
            if (b == NULL) {
                break;
            }
            const byte *lf = nl == MP_STREAM_NL_CR ? NULL : memchr(b, '\n', avail);
            size_t upto = lf != NULL ? (size_t)(lf - b) : avail;
            if (nl == MP_STREAM_NL_UNIVERSAL || nl == MP_STREAM_NL_UNTRANSLATED || nl == MP_STREAM_NL_CR) {
                const byte *cr = memchr(b, '\r', upto);
                if (cr != NULL) {
                    size_t n = cr - b;
                    vstr_add_strn(&v, (const char *)b, n);
                    src_consume(&s, n + 1);
                    if (nl == MP_STREAM_NL_CR) {
                        vstr_add_byte(&v, '\r');
                    } else {
                        after_cr(&s, &v, nl);
                    }
                    goto done;
                }
                if (nl == MP_STREAM_NL_CR) {
                    vstr_add_strn(&v, (const char *)b, avail);
                    src_consume(&s, avail);
                    continue;
                }
            }
            if (lf == NULL) {
                vstr_add_strn(&v, (const char *)b, avail);
                src_consume(&s, avail);
                continue;
            }
            vstr_add_strn(&v, (const char *)b, upto + 1);
            src_consume(&s, upto + 1);
            if (nl != MP_STREAM_NL_CRLF || (v.len >= 2 && v.buf[v.len - 2] == '\r')) {
                goto done;
            }
        }
        goto done;
    }
    // With a size limit: byte by byte, counting characters.
    mp_int_t count = 0;
    int need = 0;  // continuation bytes still due for the current character
    for (;;) {
        size_t avail;
        const byte *b = src_peek(&s, &avail);
        if (b == NULL) {
            break;
        }
        size_t i = 0;
        for (; i < avail; i++) {
            byte c = b[i];
            if (utf8 && need > 0 && utf8_is_cont(c)) {
                need--;
            } else {
                if (count == limit) {
                    src_consume(&s, i);
                    goto done;
                }
                count++;
                need = utf8 ? utf8_seq_len(c) - 1 : 0;
            }
            if (c == '\r' && nl != MP_STREAM_NL_LF && nl != MP_STREAM_NL_CRLF) {
                src_consume(&s, i + 1);
                if (nl == MP_STREAM_NL_CR) {
                    vstr_add_byte(&v, '\r');
                } else {
                    after_cr(&s, &v, nl);
                }
                goto done;
            }
            vstr_add_byte(&v, c);
            if (c == '\n' && nl != MP_STREAM_NL_CR && (nl != MP_STREAM_NL_CRLF || (v.len >= 2 && v.buf[v.len - 2] == '\r'))) {
                src_consume(&s, i + 1);
                goto done;
            }
        }
        src_consume(&s, i);
    }
done:
    if (s.eagain && v.len == 0) {
        vstr_clear(&v);
        return mp_const_none;
    }
    return make_result(t, &v);
}

// Replace \r\n and lone \r by \n in place (universal newlines on read-all).
static void translate_newlines(vstr_t *v) {
    char *cr = memchr(v->buf, '\r', v->len);
    if (cr == NULL) {
        return;
    }
    char *out = cr, *in = cr, *end = v->buf + v->len;
    while (in < end) {
        char c = *in++;
        if (c == '\r') {
            c = '\n';
            if (in < end && *in == '\n') {
                in++;
            }
        }
        *out++ = c;
    }
    v->len = out - v->buf;
    v->buf[v->len] = 0;
}

// All remaining bytes of the stream into v. Returns false if a
// non-blocking stream had no data at all.
static bool read_all_bytes(mp_obj_t obj, const mp_stream_p_t *p, vstr_t *v) {
    int err;
    size_t hint = 0;
    if (p->ioctl != NULL) {
        mp_uint_t h = p->ioctl(obj, MP_STREAM_SIZE_HINT, 0, &err);
        if (h != MP_STREAM_ERROR) {
            hint = h;
        }
    }
    if (p->read == NULL) {
        raise_err(p, MP_STREAM_ENOTREADABLE);
    }
    vstr_init(v, hint > 256 ? hint : 256);
    for (;;) {
        mp_uint_t n;
        size_t room = v->alloc - v->len;
        if (room == 0) {
            // Full (the size hint was right, typically): probe for more
            // before growing the buffer.
            char probe[256];
            n = p->read(obj, probe, sizeof(probe), &err);
            if (n != MP_STREAM_ERROR && n != 0) {
                vstr_add_strn(v, probe, n);
                continue;
            }
        } else {
            n = p->read(obj, v->buf + v->len, room, &err);
        }
        if (n == MP_STREAM_ERROR) {
            if (is_eagain(err)) {
                return v->len > 0;
            }
            raise_err(p, err);
        }
        if (n == 0) {
            break;
        }
        v->len += n;
    }
    v->buf[v->len] = 0;
    return true;
}

mp_obj_t mp_stream_read_all(mp_obj_t obj) {
    const mp_stream_p_t *p = mp_get_stream_raise(&obj);
    const mp_stream_text_t *t = mp_stream_text(obj, p);
    vstr_t v;
    if (!read_all_bytes(obj, p, &v)) {
        vstr_clear(&v);
        return mp_const_none;
    }
    if (t != NULL && effective_newline(t, p) == MP_STREAM_NL_UNIVERSAL) {
        translate_newlines(&v);
    }
    return make_result(t, &v);
}

// read(n) of a text stream: n characters.
static mp_obj_t read_text_chars(mp_obj_t obj, const mp_stream_p_t *p, const mp_stream_text_t *t, mp_int_t n) {
    int nl = effective_newline(t, p);
    bool utf8 = t->encoding == MP_OBJ_NULL;
    src_t s;
    src_init(&s, obj, p);
    vstr_t v;
    vstr_init(&v, n < 4096 ? n + 1 : 4096);
    mp_int_t count = 0;
    int need = 0;
    if (n == 0) {
        check_open(obj, p);
    }
    while (count < n || need > 0) {
        size_t avail;
        const byte *b = src_peek(&s, &avail);
        if (b == NULL) {
            break;
        }
        size_t i = 0;
        for (; i < avail; i++) {
            byte c = b[i];
            if (utf8 && need > 0 && utf8_is_cont(c)) {
                need--;
            } else {
                if (count == n) {
                    // (This byte also ends a character cut short by
                    // invalid UTF-8: without need = 0 the loop would
                    // never end.)
                    need = 0;
                    break;
                }
                count++;
                need = utf8 ? utf8_seq_len(c) - 1 : 0;
            }
            if (c == '\r' && nl == MP_STREAM_NL_UNIVERSAL) {
                src_consume(&s, i + 1);
                i = 0;
                after_cr(&s, &v, nl);
                goto next_chunk;
            }
            vstr_add_byte(&v, c);
        }
        src_consume(&s, i);
        if (count == n && need == 0) {
            break;
        }
    next_chunk:;
    }
    if (s.eagain && v.len == 0) {
        vstr_clear(&v);
        return mp_const_none;
    }
    return make_result(t, &v);
}

// read(n) of a binary stream: n bytes unless the stream ends first.
static mp_obj_t read_bytes(mp_obj_t obj, const mp_stream_p_t *p, mp_int_t n) {
    if (n == 0) {
        check_open(obj, p);
        return mp_obj_new_bytes(NULL, 0);
    }
    if (p->read == NULL) {
        raise_err(p, MP_STREAM_ENOTREADABLE);
    }
    vstr_t v;
    // Do not trust a huge n for the first allocation; grow as data comes.
    vstr_init(&v, n < 65536 ? n : 65536);
    int err;
    while ((mp_int_t)v.len < n) {
        size_t room = v.alloc - v.len;
        if (room == 0) {
            vstr_hint_size(&v, v.alloc);
            room = v.alloc - v.len;
        }
        size_t want = (size_t)(n - v.len) < room ? (size_t)(n - v.len) : room;
        mp_uint_t got = p->read(obj, v.buf + v.len, want, &err);
        if (got == MP_STREAM_ERROR) {
            if (is_eagain(err)) {
                if (v.len == 0) {
                    vstr_clear(&v);
                    return mp_const_none;
                }
                break;
            }
            raise_err(p, err);
        }
        if (got == 0) {
            break;
        }
        v.len += got;
    }
    v.buf[v.len] = 0;
    return mp_obj_new_bytes_from_vstr(&v);
}

static mp_int_t size_arg(size_t n_args, const mp_obj_t *args, size_t i) {
    if (n_args <= i || args[i] == mp_const_none) {
        return -1;
    }
    mp_int_t n;
    if (!mp_obj_get_int_maybe(args[i], &n)) {
        if (mp_obj_is_float(args[i]) || !mp_obj_is_int(args[i])) {
            mp_raise_msg_varg(&mp_type_TypeError, "argument should be integer or None, not '%s'", mp_obj_get_type_str(args[i]));
        }
        mp_raise_msg(&mp_type_OverflowError, "Python int too large to convert to C ssize_t");
    }
    return n;
}

static mp_obj_t stream_read(size_t n_args, const mp_obj_t *args) {
    mp_obj_t self = args[0];
    const mp_stream_p_t *p = mp_get_stream_raise(&self);
    mp_int_t n = size_arg(n_args, args, 1);
    if (n < 0) {
        return mp_stream_read_all(self);
    }
    const mp_stream_text_t *t = mp_stream_text(self, p);
    if (t != NULL) {
        return read_text_chars(self, p, t, n);
    }
    return read_bytes(self, p, n);
}
MP_DEFINE_NAMED_FUN(mp_stream_read_obj, MP_QSTR_read, 1, 2, MP_FUN_KIND_VAR, var, stream_read);
MP_DEFINE_NAMED_FUN(mp_stream_read1_obj, MP_QSTR_read1, 1, 2, MP_FUN_KIND_VAR, var, stream_read);

// The writable buffer of a bytearray/memoryview/array argument.
static void get_write_buffer(mp_obj_t o, mp_buffer_info_t *bi) {
    const mp_obj_type_t *t = mp_obj_get_type(o);
    if (mp_obj_is_obj(o) && t->buffer != NULL && t->buffer(o, bi, MP_BUFFER_WRITE) == 0) {
        return;
    }
    mp_obj_t native = mp_obj_get_native(o, NULL);
    if (native != o) {
        t = mp_obj_get_type(native);
        if (t->buffer != NULL && t->buffer(native, bi, MP_BUFFER_WRITE) == 0) {
            return;
        }
    }
    mp_raise_msg_varg(&mp_type_TypeError, "readinto() argument must be read-write bytes-like object, not %s", mp_obj_get_type_str(o));
}

static mp_obj_t stream_readinto(size_t n_args, const mp_obj_t *args) {
    mp_obj_t self = args[0];
    const mp_stream_p_t *p = mp_get_stream_raise(&self);
    mp_buffer_info_t bi;
    get_write_buffer(args[1], &bi);
    size_t len = bi.len;
    if (n_args > 2) {
        mp_int_t n = mp_obj_get_int(args[2]);
        if (n >= 0 && (size_t)n < len) {
            len = n;
        }
    }
    if (len == 0) {
        check_open(self, p);
        return MP_OBJ_NEW_SMALL_INT(0);
    }
    if (p->read == NULL) {
        raise_err(p, MP_STREAM_ENOTREADABLE);
    }
    int err;
    mp_uint_t n = mp_stream_read_exactly(self, bi.buf, len, &err);
    if (n == MP_STREAM_ERROR) {
        if (is_eagain(err)) {
            return mp_const_none;
        }
        raise_err(p, err);
    }
    return mp_obj_new_int_from_uint(n);
}
MP_DEFINE_NAMED_FUN(mp_stream_readinto_obj, MP_QSTR_readinto, 2, 3, MP_FUN_KIND_VAR, var, stream_readinto);

mp_obj_t mp_stream_readline(mp_obj_t self) {
    const mp_stream_p_t *p = mp_get_stream_raise(&self);
    return readline_impl(self, p, -1);
}

static mp_obj_t stream_readline(size_t n_args, const mp_obj_t *args) {
    mp_obj_t self = args[0];
    const mp_stream_p_t *p = mp_get_stream_raise(&self);
    return readline_impl(self, p, size_arg(n_args, args, 1));
}
MP_DEFINE_NAMED_FUN(mp_stream_readline_obj, MP_QSTR_readline, 1, 2, MP_FUN_KIND_VAR, var, stream_readline);

static size_t result_len(mp_obj_t o) {
    size_t len;
    mp_obj_str_get_data(o, &len);
    return len;
}

static mp_obj_t stream_readlines(size_t n_args, const mp_obj_t *args) {
    mp_obj_t self = args[0];
    const mp_stream_p_t *p = mp_get_stream_raise(&self);
    mp_int_t hint = size_arg(n_args, args, 1);
    mp_obj_t list = mp_obj_new_list(0, NULL);
    size_t total = 0;
    for (;;) {
        mp_obj_t line = readline_impl(self, p, -1);
        if (line == mp_const_none) {
            break;
        }
        size_t len = result_len(line);
        if (len == 0) {
            break;
        }
        mp_obj_list_append(list, line);
        total += len;
        if (hint > 0 && total >= (size_t)hint) {
            break;
        }
    }
    return list;
}
MP_DEFINE_NAMED_FUN(mp_stream_readlines_obj, MP_QSTR_readlines, 1, 2, MP_FUN_KIND_VAR, var, stream_readlines);

mp_obj_t mp_stream_getiter(mp_obj_t self) {
    mp_obj_t native = self;
    const mp_stream_p_t *p = mp_get_stream_raise(&native);
    check_open(native, p);
    return self;
}

mp_obj_t mp_stream_iternext(mp_obj_t self) {
    const mp_stream_p_t *p = mp_get_stream_raise(&self);
    mp_obj_t line = readline_impl(self, p, -1);
    if (line == mp_const_none || result_len(line) == 0) {
        return MP_OBJ_STOP_ITERATION;
    }
    return line;
}

static mp_obj_t stream_next(mp_obj_t self) {
    mp_obj_t line = mp_stream_iternext(self);
    if (line == MP_OBJ_STOP_ITERATION) {
        mp_raise_StopIteration(MP_OBJ_NULL);
    }
    return line;
}
MP_DEFINE_NAMED_FUN(mp_stream_next_obj, MP_QSTR___next__, 1, 1, MP_FUN_KIND_1, _1, stream_next);

// ---------------------------------------------------------------------------
// Writing

static void write_bytes(mp_obj_t obj, const mp_stream_p_t *p, const byte *data, size_t len) {
    if (p->write == NULL) {
        raise_err(p, MP_STREAM_ENOTWRITABLE);
    }
    if (len == 0) {
        check_open(obj, p);
        return;
    }
    int err;
    mp_uint_t n = mp_stream_write_exactly(obj, data, len, &err);
    if (n == MP_STREAM_ERROR) {
        raise_err(p, err);
    }
}

// Write the text of a str (already UTF-8) in the stream's encoding and
// newline convention; a line-buffered stream is flushed when the text
// holds a newline.
static void write_text(mp_obj_t obj, const mp_stream_p_t *p, const mp_stream_text_t *t, mp_obj_t str, const byte *data, size_t len) {
    bool has_nl = (t->line_buffering || t->newline == MP_STREAM_NL_CR || t->newline == MP_STREAM_NL_CRLF)
        && memchr(data, '\n', len) != NULL;
    if (t->encoding != MP_OBJ_NULL) {
        mp_obj_t b = mp_obj_str_encode(str, t->encoding, t->errors);
        data = (const byte *)mp_obj_str_get_data(b, &len);
    }
    if (has_nl && (t->newline == MP_STREAM_NL_CR || t->newline == MP_STREAM_NL_CRLF)) {
        vstr_t v;
        vstr_init(&v, len + 16);
        for (size_t i = 0; i < len; i++) {
            if (data[i] == '\n') {
                vstr_add_byte(&v, '\r');
                if (t->newline == MP_STREAM_NL_CR) {
                    continue;
                }
            }
            vstr_add_byte(&v, data[i]);
        }
        write_bytes(obj, p, (const byte *)v.buf, v.len);
        vstr_clear(&v);
    } else {
        write_bytes(obj, p, data, len);
    }
    if (has_nl && t->line_buffering) {
        do_ioctl(obj, p, MP_STREAM_FLUSH, 0);
    }
}

static mp_obj_t write_one(mp_obj_t self, const mp_stream_p_t *p, mp_obj_t data, bool count_result) {
    const mp_stream_text_t *t = mp_stream_text(self, p);
    if (t != NULL) {
        size_t len;
        const byte *s = mp_obj_str_get_data_maybe(data, &len, false);
        if (s == NULL) {
            if (t->in_memory) {
                mp_raise_msg_varg(&mp_type_TypeError, "string argument expected, got '%s'", mp_obj_get_type_str(data));
            }
            mp_raise_msg_varg(&mp_type_TypeError, "write() argument must be str, not %s", mp_obj_get_type_str(data));
        }
        write_text(self, p, t, data, s, len);
        return count_result ? mp_obj_new_int_from_uint(mp_obj_str_charlen(data)) : mp_const_none;
    }
    const byte *buf;
    size_t len;
    if (mp_obj_is_str_like(data) || !mp_obj_get_bytes_like(data, &buf, &len)) {
        // A stream that cannot be written says so before the type error.
        check_open(self, p);
        int err;
        if (p->write == NULL || (p->ioctl != NULL && p->ioctl(self, MP_STREAM_WRITABLE, 0, &err) == 0)) {
            raise_err(p, MP_STREAM_ENOTWRITABLE);
        }
        mp_raise_msg_varg(&mp_type_TypeError, "a bytes-like object is required, not '%s'", mp_obj_get_type_str(data));
    }
    write_bytes(self, p, buf, len);
    return count_result ? mp_obj_new_int_from_uint(len) : mp_const_none;
}

static mp_obj_t stream_write(mp_obj_t self, mp_obj_t data) {
    const mp_stream_p_t *p = mp_get_stream_raise(&self);
    return write_one(self, p, data, true);
}
MP_DEFINE_NAMED_FUN(mp_stream_write_obj, MP_QSTR_write, 2, 2, MP_FUN_KIND_2, _2, stream_write);

static mp_obj_t stream_writelines(mp_obj_t self, mp_obj_t lines) {
    const mp_stream_p_t *p = mp_get_stream_raise(&self);
    check_open(self, p);
    mp_obj_t it = mp_getiter(lines, NULL);
    mp_obj_t item;
    while ((item = mp_iternext(it)) != MP_OBJ_STOP_ITERATION) {
        write_one(self, p, item, false);
    }
    return mp_const_none;
}
MP_DEFINE_NAMED_FUN(mp_stream_writelines_obj, MP_QSTR_writelines, 2, 2, MP_FUN_KIND_2, _2, stream_writelines);

// ---------------------------------------------------------------------------
// Control

mp_obj_t mp_stream_flush(mp_obj_t self) {
    const mp_stream_p_t *p = mp_get_stream_raise(&self);
    check_open(self, p);
    int err;
    if (p->ioctl != NULL && p->ioctl(self, MP_STREAM_FLUSH, 0, &err) == MP_STREAM_ERROR && err != MP_STREAM_EUNSUPPORTED) {
        raise_err(p, err);
    }
    return mp_const_none;
}
MP_DEFINE_NAMED_FUN(mp_stream_flush_obj, MP_QSTR_flush, 1, 1, MP_FUN_KIND_1, _1, mp_stream_flush);

mp_obj_t mp_stream_close(mp_obj_t self) {
    const mp_stream_p_t *p = mp_get_stream_raise(&self);
    int err;
    if (p->ioctl != NULL && p->ioctl(self, MP_STREAM_CLOSE, 0, &err) == MP_STREAM_ERROR && err != MP_STREAM_EUNSUPPORTED) {
        raise_err(p, err);
    }
    return mp_const_none;
}
MP_DEFINE_NAMED_FUN(mp_stream_close_obj, MP_QSTR_close, 1, 1, MP_FUN_KIND_1, _1, mp_stream_close);

static mp_obj_t stream_enter(mp_obj_t self) {
    mp_obj_t native = self;
    const mp_stream_p_t *p = mp_get_stream(&native);
    if (p != NULL) {
        check_open(native, p);
    }
    return self;
}
MP_DEFINE_NAMED_FUN(mp_stream_enter_obj, MP_QSTR___enter__, 1, 1, MP_FUN_KIND_1, _1, stream_enter);

static mp_obj_t stream_exit(size_t n_args, const mp_obj_t *args) {
    // Call close() through the attribute so that a subclass's close runs.
    mp_obj_t dest[2];
    mp_load_method(args[0], MP_QSTR_close, dest);
    mp_call_method_n_kw(0, 0, dest);
    return mp_const_none;
}
MP_DEFINE_NAMED_FUN(mp_stream_exit_obj, MP_QSTR___exit__, 1, 4, MP_FUN_KIND_VAR, var, stream_exit);

mp_int_t mp_stream_seek(mp_obj_t self, mp_int_t offset, int whence) {
    const mp_stream_p_t *p = mp_get_stream_raise(&self);
    mp_stream_seek_t seek = {offset, whence};
    int err = MP_STREAM_ENOTSEEKABLE;
    if (p->ioctl == NULL || p->ioctl(self, MP_STREAM_SEEK, (uintptr_t)&seek, &err) == MP_STREAM_ERROR) {
        mp_stream_raise(err == MP_STREAM_EUNSUPPORTED ? MP_STREAM_ENOTSEEKABLE : err);
    }
    return seek.offset;
}

static mp_obj_t stream_seek(size_t n_args, const mp_obj_t *args) {
    mp_obj_t self = args[0];
    const mp_stream_p_t *p = mp_get_stream_raise(&self);
    if (!mp_obj_is_int(args[1]) && !mp_obj_is_bool(args[1])) {
        mp_raise_msg_varg(&mp_type_TypeError, "'%s' object cannot be interpreted as an integer", mp_obj_get_type_str(args[1]));
    }
    mp_int_t offset = mp_obj_get_int(args[1]);
    mp_int_t whence = n_args > 2 ? mp_obj_get_int(args[2]) : MP_SEEK_SET;
    const mp_stream_text_t *t = mp_stream_text(self, p);
    check_open(self, p);
    if (t != NULL) {
        if (whence < 0 || whence > 2) {
            mp_raise_msg_varg(&mp_type_ValueError, "invalid whence (%d, should be 0, 1 or 2)", (int)whence);
        }
        if (whence == MP_SEEK_CUR && offset != 0) {
            mp_raise_msg(&mp_type_UnsupportedOperation, "can't do nonzero cur-relative seeks");
        }
        if (whence == MP_SEEK_END && offset != 0) {
            mp_raise_msg(&mp_type_UnsupportedOperation, "can't do nonzero end-relative seeks");
        }
        if (offset < 0) {
            mp_raise_msg_varg(&mp_type_ValueError, "negative seek position %d", (int)offset);
        }
    } else if (whence < 0 || whence > 2) {
        mp_raise_msg_varg(&mp_type_ValueError, "whence value %d unsupported", (int)whence);
    }
    return mp_obj_new_int(mp_stream_seek(self, offset, (int)whence));
}
MP_DEFINE_NAMED_FUN(mp_stream_seek_obj, MP_QSTR_seek, 2, 3, MP_FUN_KIND_VAR, var, stream_seek);

static mp_obj_t stream_tell(mp_obj_t self) {
    return mp_obj_new_int(mp_stream_seek(self, 0, MP_SEEK_CUR));
}
MP_DEFINE_NAMED_FUN(mp_stream_tell_obj, MP_QSTR_tell, 1, 1, MP_FUN_KIND_1, _1, stream_tell);

static mp_obj_t stream_truncate(size_t n_args, const mp_obj_t *args) {
    mp_obj_t self = args[0];
    const mp_stream_p_t *p = mp_get_stream_raise(&self);
    mp_int_t size = -1;
    if (n_args > 1 && args[1] != mp_const_none) {
        size = mp_obj_get_int(args[1]);
        if (size < 0) {
            mp_raise_msg_varg(&mp_type_ValueError, "negative size value %d", (int)size);
        }
    }
    check_open(self, p);
    int err = MP_STREAM_EUNSUPPORTED;
    if (p->ioctl == NULL || p->ioctl(self, MP_STREAM_TRUNCATE, (uintptr_t)&size, &err) == MP_STREAM_ERROR) {
        if (err == MP_STREAM_ENOTWRITABLE || err == MP_STREAM_EUNSUPPORTED) {
            mp_raise_msg(&mp_type_UnsupportedOperation, "truncate");
        }
        mp_stream_raise(err);
    }
    return mp_obj_new_int(size);
}
MP_DEFINE_NAMED_FUN(mp_stream_truncate_obj, MP_QSTR_truncate, 1, 2, MP_FUN_KIND_VAR, var, stream_truncate);

static mp_obj_t stream_fileno(mp_obj_t self) {
    const mp_stream_p_t *p = mp_get_stream_raise(&self);
    int err = MP_STREAM_ENOFILENO;
    mp_uint_t r = p->ioctl != NULL ? p->ioctl(self, MP_STREAM_GET_FILENO, 0, &err) : MP_STREAM_ERROR;
    if (r == MP_STREAM_ERROR) {
        mp_stream_raise(err == MP_STREAM_EUNSUPPORTED ? MP_STREAM_ENOFILENO : err);
    }
    return MP_OBJ_NEW_SMALL_INT(r);
}
MP_DEFINE_NAMED_FUN(mp_stream_fileno_obj, MP_QSTR_fileno, 1, 1, MP_FUN_KIND_1, _1, stream_fileno);

// isatty/readable/writable/seekable: a yes/no ioctl; unsupported means no.
static mp_obj_t ask(mp_obj_t self, mp_uint_t req) {
    const mp_stream_p_t *p = mp_get_stream_raise(&self);
    check_open(self, p);
    int err;
    mp_uint_t r = p->ioctl != NULL ? p->ioctl(self, req, 0, &err) : MP_STREAM_ERROR;
    if (r == MP_STREAM_ERROR) {
        if (err != MP_STREAM_EUNSUPPORTED) {
            mp_stream_raise(err);
        }
        r = 0;
    }
    return mp_obj_new_bool(r != 0);
}
static mp_obj_t stream_isatty(mp_obj_t self) {
    return ask(self, MP_STREAM_ISATTY);
}
static mp_obj_t stream_readable(mp_obj_t self) {
    return ask(self, MP_STREAM_READABLE);
}
static mp_obj_t stream_writable(mp_obj_t self) {
    return ask(self, MP_STREAM_WRITABLE);
}
static mp_obj_t stream_seekable(mp_obj_t self) {
    return ask(self, MP_STREAM_SEEKABLE);
}
MP_DEFINE_NAMED_FUN(mp_stream_isatty_obj, MP_QSTR_isatty, 1, 1, MP_FUN_KIND_1, _1, stream_isatty);
MP_DEFINE_NAMED_FUN(mp_stream_readable_obj, MP_QSTR_readable, 1, 1, MP_FUN_KIND_1, _1, stream_readable);
MP_DEFINE_NAMED_FUN(mp_stream_writable_obj, MP_QSTR_writable, 1, 1, MP_FUN_KIND_1, _1, stream_writable);
MP_DEFINE_NAMED_FUN(mp_stream_seekable_obj, MP_QSTR_seekable, 1, 1, MP_FUN_KIND_1, _1, stream_seekable);

// ---------------------------------------------------------------------------
// Text settings

// Is this codec name one of the spellings of UTF-8?
static bool is_utf8_name(mp_obj_t enc) {
    size_t len;
    const byte *d = mp_obj_str_get_data_maybe(enc, &len, false);
    if (d == NULL || len >= 16) {
        return false;
    }
    char buf[16];
    for (size_t i = 0; i < len; i++) {
        char c = d[i];
        if (c >= 'A' && c <= 'Z') {
            c += 32;
        } else if (c == '_' || c == ' ') {
            c = '-';
        }
        buf[i] = c;
    }
    buf[len] = 0;
    static const char *const names[] = {"utf-8", "utf8", "u8", "utf", "cp65001"};
    for (size_t i = 0; i < MP_ARRAY_SIZE(names); i++) {
        if (strcmp(buf, names[i]) == 0) {
            return true;
        }
    }
    return false;
}

// Whether the optional str argument `name` of open() was given (not None);
// TypeError if it is not a str.
static bool str_arg_given(mp_obj_t arg, const char *name) {
    if (arg == MP_OBJ_NULL || arg == mp_const_none) {
        return false;
    }
    if (!mp_obj_is_str_like(arg)) {
        mp_raise_msg_varg(&mp_type_TypeError, "open() argument '%s' must be str or None, not %s", name, mp_obj_get_type_str(arg));
    }
    return true;
}

void mp_stream_text_init(mp_stream_text_t *t, mp_obj_t encoding, mp_obj_t errors, mp_obj_t newline) {
    memset(t, 0, sizeof(*t));
    if (str_arg_given(encoding, "encoding")) {
        t->encoding_name = encoding;
        if (!is_utf8_name(encoding)) {
            // Validate the codec name now (LookupError), as CPython does at open().
            mp_obj_bytes_decode((const byte *)"a", 1, encoding, MP_OBJ_NULL);
            t->encoding = encoding;
        }
    }
    if (str_arg_given(errors, "errors")) {
        size_t len;
        const char *e = mp_obj_str_get_data(errors, &len);
        if (!(len == 6 && memcmp(e, "strict", 6) == 0)) {
            t->errors = errors;
        }
    }
    t->newline = MP_STREAM_NL_UNIVERSAL;
    if (str_arg_given(newline, "newline")) {
        t->newline = mp_stream_newline_mode(newline, PRINT_STR);
    }
}

int mp_stream_newline_mode(mp_obj_t newline, mp_print_kind_t kind) {
    size_t len;
    const char *s = mp_obj_str_get_data(newline, &len);
    if (len == 0) {
        return MP_STREAM_NL_UNTRANSLATED;
    } else if (len == 1 && s[0] == '\n') {
        return MP_STREAM_NL_LF;
    } else if (len == 1 && s[0] == '\r') {
        return MP_STREAM_NL_CR;
    } else if (len == 2 && s[0] == '\r' && s[1] == '\n') {
        return MP_STREAM_NL_CRLF;
    }
    vstr_t v;
    vstr_init(&v, 16);
    mp_print_t pr = mp_print_for_vstr(&v);
    mp_obj_print_helper(&pr, newline, kind);
    mp_raise_msg_varg(&mp_type_ValueError, "illegal newline value: %s", vstr_null_terminated_str(&v));
}
