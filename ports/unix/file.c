// file.c: file objects of the Unix port and the builtin open().
//
// A file wraps a POSIX file descriptor with one buffer used either for
// reading ahead or for collecting writes (never both at once), so that
// line-by-line reading and many small writes cost few system calls. The
// generic stream layer (py/stream.c) provides the Python methods; this file
// only supplies the protocol functions. Text files (io.TextIOWrapper) and
// binary files (io.FileIO) share the object layout and differ in their
// protocol's text settings.
//
// Open files are kept in a list whose links are hidden from the garbage
// collector (stored complemented), so the list does not keep files alive;
// a collected file is closed by its __del__, which unlinks it. At exit the
// files still open get their pending writes flushed.
#include <errno.h>
#include <fcntl.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include "runtime.h"
#include "stream.h"
#include "objstr.h"
#include "unix_port.h"

#define FILE_BUF_SIZE (8192)

enum { ST_IDLE, ST_READING, ST_WRITING };

typedef struct _mp_obj_file_t {
    mp_obj_base_t base;
    int fd;                 // -1 once closed
    uint8_t state;          // ST_*: what buf holds
    bool readable;
    bool writable;
    bool closefd;
    bool unbuffered;        // buffering=0: writes go straight out
    mp_obj_t name;
    mp_obj_t mode;
    byte *buf;              // FILE_BUF_SIZE bytes, allocated at first use
    size_t pos, len;        // reading: unread bytes are buf[pos..len); writing: buf[0..len) pending
    uintptr_t hidden_prev;  // open-file list links, complemented (see top)
    uintptr_t hidden_next;
    mp_obj_t buffer_view;   // text files: the .buffer object, once asked for
    mp_stream_text_t text;  // text files only
} mp_obj_file_t;

// The .buffer of a text file: a binary stream over the same file object.
typedef struct _mp_obj_file_view_t {
    mp_obj_base_t base;
    mp_obj_file_t *file;
} mp_obj_file_view_t;

extern const mp_obj_type_t mp_type_file_view;

// ---------------------------------------------------------------------------
// The list of open files (for flushing at exit)

static uintptr_t open_files_head;  // complemented pointer; ~0 means empty
static bool atexit_registered;

static inline uintptr_t hide(mp_obj_file_t *f) {
    return ~(uintptr_t)f;
}
static inline mp_obj_file_t *unhide(uintptr_t h) {
    return (mp_obj_file_t *)~h;
}

static void flush_all_at_exit(void);

static void list_add(mp_obj_file_t *f) {
    if (!atexit_registered) {
        atexit_registered = true;
        open_files_head = hide(NULL);
        atexit(flush_all_at_exit);
    }
    f->hidden_prev = hide(NULL);
    f->hidden_next = open_files_head;
    if (unhide(open_files_head) != NULL) {
        unhide(open_files_head)->hidden_prev = hide(f);
    }
    open_files_head = hide(f);
}

static void list_remove(mp_obj_file_t *f) {
    mp_obj_file_t *prev = unhide(f->hidden_prev), *next = unhide(f->hidden_next);
    if (prev != NULL) {
        prev->hidden_next = f->hidden_next;
    } else {
        open_files_head = f->hidden_next;
    }
    if (next != NULL) {
        next->hidden_prev = f->hidden_prev;
    }
    f->hidden_prev = f->hidden_next = hide(NULL);
}

// ---------------------------------------------------------------------------
// Raw I/O

static ssize_t raw_read(int fd, void *buf, size_t size) {
    for (;;) {
        ssize_t n = read(fd, buf, size);
        if (n < 0 && errno == EINTR) {
            mp_handle_pending();
            continue;
        }
        return n;
    }
}

// Write everything; returns 0 or an errno value.
static int raw_write_all(int fd, const byte *buf, size_t size) {
    while (size > 0) {
        ssize_t n = write(fd, buf, size);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            return errno;
        }
        buf += n;
        size -= n;
    }
    return 0;
}

// Push out pending writes; returns 0 or an errno value.
static int flush_writes(mp_obj_file_t *f) {
    if (f->state != ST_WRITING) {
        return 0;
    }
    size_t n = f->len;
    f->len = 0;
    f->state = ST_IDLE;
    return n > 0 ? raw_write_all(f->fd, f->buf, n) : 0;
}

// Forget the read-ahead, moving the descriptor back to the logical
// position (not possible on pipes, where the bytes are simply dropped).
// A text file writing after reading does not move back: CPython's text
// layer writes where its read-ahead chunk ended, and so do we.
static void drop_read_ahead(mp_obj_file_t *f, bool rewind) {
    if (f->state == ST_READING) {
        if (rewind && f->len > f->pos) {
            lseek(f->fd, -(off_t)(f->len - f->pos), SEEK_CUR);
        }
        f->pos = f->len = 0;
        f->state = ST_IDLE;
    }
}

static void ensure_buf(mp_obj_file_t *f) {
    if (f->buf == NULL) {
        f->buf = m_malloc_atomic(FILE_BUF_SIZE);
    }
}

static bool check(mp_obj_file_t *f, bool want_read, bool want_write, int *errcode) {
    if (f->fd < 0) {
        *errcode = MP_STREAM_ECLOSED;
        return false;
    }
    if (want_read && !f->readable) {
        *errcode = MP_STREAM_ENOTREADABLE;
        return false;
    }
    if (want_write && !f->writable) {
        *errcode = MP_STREAM_ENOTWRITABLE;
        return false;
    }
    return true;
}

// ---------------------------------------------------------------------------
// The stream protocol

static mp_uint_t file_read(mp_obj_t self_in, void *out, mp_uint_t size, int *errcode) {
    mp_obj_file_t *f = MP_OBJ_TO_PTR(self_in);
    if (!check(f, true, false, errcode)) {
        return MP_STREAM_ERROR;
    }
    if (f->state == ST_WRITING && (*errcode = flush_writes(f)) != 0) {
        return MP_STREAM_ERROR;
    }
    if (f->state == ST_READING) {
        size_t n = f->len - f->pos;
        if (n > 0) {
            if (n > size) {
                n = size;
            }
            memcpy(out, f->buf + f->pos, n);
            f->pos += n;
            return n;
        }
        f->state = ST_IDLE;
        f->pos = f->len = 0;
    }
    if (size >= FILE_BUF_SIZE) {
        // Large reads go straight into the caller's memory.
        ssize_t n = raw_read(f->fd, out, size);
        if (n < 0) {
            *errcode = errno;
            return MP_STREAM_ERROR;
        }
        return n;
    }
    ensure_buf(f);
    ssize_t n = raw_read(f->fd, f->buf, FILE_BUF_SIZE);
    if (n < 0) {
        *errcode = errno;
        return MP_STREAM_ERROR;
    }
    size_t take = (size_t)n < size ? (size_t)n : size;
    memcpy(out, f->buf, take);
    if ((size_t)n > take) {
        f->state = ST_READING;
        f->pos = take;
        f->len = n;
    }
    return take;
}

static const byte *file_peek(mp_obj_t self_in, size_t *avail, int *errcode) {
    mp_obj_file_t *f = MP_OBJ_TO_PTR(self_in);
    if (!check(f, true, false, errcode)) {
        return NULL;
    }
    if (f->state == ST_READING && f->pos < f->len) {
        *avail = f->len - f->pos;
        return f->buf + f->pos;
    }
    if (f->state == ST_WRITING && (*errcode = flush_writes(f)) != 0) {
        return NULL;
    }
    ensure_buf(f);
    ssize_t n = raw_read(f->fd, f->buf, FILE_BUF_SIZE);
    if (n < 0) {
        *errcode = errno;
        return NULL;
    }
    f->state = n > 0 ? ST_READING : ST_IDLE;
    f->pos = 0;
    f->len = n;
    *avail = n;
    return f->buf;
}

static void file_consume(mp_obj_t self_in, size_t n) {
    mp_obj_file_t *f = MP_OBJ_TO_PTR(self_in);
    f->pos += n;
}

static mp_uint_t file_write(mp_obj_t self_in, const void *data, mp_uint_t size, int *errcode) {
    mp_obj_file_t *f = MP_OBJ_TO_PTR(self_in);
    if (!check(f, false, true, errcode)) {
        return MP_STREAM_ERROR;
    }
    drop_read_ahead(f, f->base.type != &mp_type_textio);
    if (f->unbuffered) {
        ssize_t n;
        do {
            n = write(f->fd, data, size);
        } while (n < 0 && errno == EINTR);
        if (n < 0) {
            *errcode = errno;
            return MP_STREAM_ERROR;
        }
        return n;
    }
    ensure_buf(f);
    if (f->state != ST_WRITING) {
        f->state = ST_WRITING;
        f->len = 0;
    }
    if (f->len + size > FILE_BUF_SIZE) {
        int err = flush_writes(f);
        if (err != 0) {
            *errcode = err;
            return MP_STREAM_ERROR;
        }
        if (size >= FILE_BUF_SIZE) {
            err = raw_write_all(f->fd, data, size);
            if (err != 0) {
                *errcode = err;
                return MP_STREAM_ERROR;
            }
            return size;
        }
        f->state = ST_WRITING;
    }
    memcpy(f->buf + f->len, data, size);
    f->len += size;
    return size;
}

// The position Python sees: the descriptor's, corrected by the buffer.
static off_t logical_pos(mp_obj_file_t *f, int *errcode) {
    off_t cur = lseek(f->fd, 0, SEEK_CUR);
    if (cur < 0) {
        *errcode = errno;
        return -1;
    }
    if (f->state == ST_READING) {
        cur -= f->len - f->pos;
    } else if (f->state == ST_WRITING) {
        cur += f->len;
    }
    return cur;
}

static mp_uint_t file_close(mp_obj_file_t *f, int *errcode) {
    if (f->fd < 0) {
        return 0;
    }
    int err = flush_writes(f);
    if (f->closefd && close(f->fd) < 0 && err == 0) {
        err = errno;
    }
    f->fd = -1;
    f->state = ST_IDLE;
    f->pos = f->len = 0;
    f->buf = NULL;
    list_remove(f);
    if (err != 0) {
        *errcode = err;
        return MP_STREAM_ERROR;
    }
    return 0;
}

static mp_uint_t file_ioctl(mp_obj_t self_in, mp_uint_t request, uintptr_t arg, int *errcode) {
    mp_obj_file_t *f = MP_OBJ_TO_PTR(self_in);
    if (request == MP_STREAM_IS_CLOSED) {
        return f->fd < 0;
    }
    if (request == MP_STREAM_CLOSE) {
        return file_close(f, errcode);
    }
    if (f->fd < 0) {
        *errcode = request == MP_STREAM_GET_FILENO ? MP_STREAM_ECLOSED_NODOT : MP_STREAM_ECLOSED;
        return MP_STREAM_ERROR;
    }
    switch (request) {
        case MP_STREAM_FLUSH: {
            int err = flush_writes(f);
            if (err != 0) {
                *errcode = err;
                return MP_STREAM_ERROR;
            }
            return 0;
        }
        case MP_STREAM_SEEK: {
            mp_stream_seek_t *s = (mp_stream_seek_t *)arg;
            if (s->whence == SEEK_CUR && s->offset == 0 && f->state != ST_WRITING) {
                // tell(): keep the read-ahead.
                off_t p = logical_pos(f, errcode);
                if (p < 0) {
                    return MP_STREAM_ERROR;
                }
                s->offset = p;
                return 0;
            }
            int err = flush_writes(f);
            if (err != 0) {
                *errcode = err;
                return MP_STREAM_ERROR;
            }
            off_t offset = s->offset;
            if (s->whence == SEEK_CUR && f->state == ST_READING
                && __builtin_sub_overflow(offset, (off_t)(f->len - f->pos), &offset)) {
                *errcode = EINVAL;
                return MP_STREAM_ERROR;
            }
            f->state = ST_IDLE;
            f->pos = f->len = 0;
            off_t p = lseek(f->fd, offset, s->whence);
            if (p < 0) {
                *errcode = errno;
                return MP_STREAM_ERROR;
            }
            s->offset = p;
            return 0;
        }
        case MP_STREAM_GET_FILENO:
            return f->fd;
        case MP_STREAM_SIZE_HINT: {
            struct stat st;
            if (fstat(f->fd, &st) != 0 || !S_ISREG(st.st_mode)) {
                return 0;
            }
            off_t p = logical_pos(f, errcode);
            return p >= 0 && st.st_size > p ? (mp_uint_t)(st.st_size - p) : 0;
        }
        case MP_STREAM_TRUNCATE: {
            mp_int_t *size = (mp_int_t *)arg;
            if (!f->writable) {
                *errcode = MP_STREAM_ENOTWRITABLE;
                return MP_STREAM_ERROR;
            }
            int err = flush_writes(f);
            if (err != 0) {
                *errcode = err;
                return MP_STREAM_ERROR;
            }
            off_t p = logical_pos(f, errcode);
            if (p < 0) {
                return MP_STREAM_ERROR;
            }
            // Keep the position; the read-ahead may no longer be valid.
            drop_read_ahead(f, true);
            if (*size < 0) {
                *size = p;
            }
            if (ftruncate(f->fd, *size) != 0) {
                *errcode = errno;
                return MP_STREAM_ERROR;
            }
            return 0;
        }
        case MP_STREAM_ISATTY:
            return isatty(f->fd) ? 1 : 0;
        case MP_STREAM_READABLE:
            return f->readable;
        case MP_STREAM_WRITABLE:
            return f->writable;
        case MP_STREAM_SEEKABLE:
            return lseek(f->fd, 0, SEEK_CUR) >= 0;
        default:
            *errcode = MP_STREAM_EUNSUPPORTED;
            return MP_STREAM_ERROR;
    }
}

static const mp_stream_p_t fileio_stream_p = {
    .read = file_read,
    .write = file_write,
    .ioctl = file_ioctl,
    .peek = file_peek,
    .consume = file_consume,
};

static const mp_stream_p_t textio_stream_p = {
    .read = file_read,
    .write = file_write,
    .ioctl = file_ioctl,
    .peek = file_peek,
    .consume = file_consume,
    .text_offset = offsetof(mp_obj_file_t, text),
};

// ---------------------------------------------------------------------------
// Python-level specifics: __del__, attributes, repr

static mp_obj_t file_del(mp_obj_t self_in) {
    mp_obj_file_t *f = MP_OBJ_TO_PTR(self_in);
    int err;
    file_close(f, &err);  // errors cannot be reported from a finaliser
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(file_del_obj, file_del);

static mp_obj_t binary_mode_of(mp_obj_file_t *f);

static void file_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return;  // attributes are read-only
    }
    mp_obj_file_t *f = MP_OBJ_TO_PTR(self_in);
    bool text = f->base.type == &mp_type_textio;
    switch (attr) {
        case MP_QSTR_closed:
            dest[0] = mp_obj_new_bool(f->fd < 0);
            break;
        case MP_QSTR_name:
            dest[0] = f->name;
            break;
        case MP_QSTR_mode:
            dest[0] = f->mode;
            break;
        case MP_QSTR_encoding:
            if (text) {
                dest[0] = f->text.encoding_name != MP_OBJ_NULL ? f->text.encoding_name : mp_obj_new_str("UTF-8", 5);
            }
            break;
        case MP_QSTR_errors:
            if (text) {
                dest[0] = f->text.errors != MP_OBJ_NULL ? f->text.errors : MP_OBJ_NEW_QSTR(MP_QSTR_strict);
            }
            break;
        case MP_QSTR_line_buffering:
            if (text) {
                dest[0] = mp_obj_new_bool(f->text.line_buffering);
            }
            break;
        case MP_QSTR_newlines:
            if (text) {
                dest[0] = mp_const_none;
            }
            break;
        case MP_QSTR_buffer:
            if (text) {
                if (f->buffer_view == MP_OBJ_NULL) {
                    mp_obj_file_view_t *v = m_new_obj(mp_obj_file_view_t);
                    v->base.type = &mp_type_file_view;
                    v->file = f;
                    f->buffer_view = MP_OBJ_FROM_PTR(v);
                }
                dest[0] = f->buffer_view;
            }
            break;
        default:
            break;
    }
}

// CPython's class name for a binary file of this mode.
static const char *buffered_name(mp_obj_file_t *f) {
    return f->readable && f->writable ? "BufferedRandom" : f->readable ? "BufferedReader" : "BufferedWriter";
}

// The repr of a binary file (or of a text file's .buffer).
static void print_buffered(const mp_print_t *print, mp_obj_file_t *f) {
    mp_printf(print, "<_io.%s name=", buffered_name(f));
    mp_obj_print_helper(print, f->name, PRINT_REPR);
    mp_print_str(print, ">");
}

static void file_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    mp_obj_file_t *f = MP_OBJ_TO_PTR(self_in);
    if (f->base.type == &mp_type_textio) {
        mp_print_str(print, "<_io.TextIOWrapper name=");
        mp_obj_print_helper(print, f->name, PRINT_REPR);
        mp_print_str(print, " mode=");
        mp_obj_print_helper(print, f->mode, PRINT_REPR);
        mp_print_str(print, " encoding=");
        mp_obj_print_helper(print, f->text.encoding_name != MP_OBJ_NULL ? f->text.encoding_name : mp_obj_new_str("UTF-8", 5), PRINT_REPR);
        mp_print_str(print, ">");
    } else {
        print_buffered(print, f);
    }
}

#define FILE_COMMON_METHODS \
    MP_STREAM_COMMON_METHODS, \
    {MP_ROM_QSTR(MP_QSTR_close), MP_ROM_PTR(&mp_stream_close_obj)}, \
    {MP_ROM_QSTR(MP_QSTR_seek), MP_ROM_PTR(&mp_stream_seek_obj)}, \
    {MP_ROM_QSTR(MP_QSTR_tell), MP_ROM_PTR(&mp_stream_tell_obj)}, \
    {MP_ROM_QSTR(MP_QSTR_truncate), MP_ROM_PTR(&mp_stream_truncate_obj)}

// One methods table for the three file types: binary files have all of
// it, text files all but read1/readinto (the last two), the .buffer view
// all but __del__ (the first: the view does not own the file). (Lookups
// in these tables scan them in order: the layout puts a file's common
// methods at most one entry later than separate tables would.)
static const mp_rom_map_elem_t file_locals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___del__), MP_ROM_PTR(&file_del_obj)},
    FILE_COMMON_METHODS,
    {MP_ROM_QSTR(MP_QSTR_read1), MP_ROM_PTR(&mp_stream_read1_obj)},
    {MP_ROM_QSTR(MP_QSTR_readinto), MP_ROM_PTR(&mp_stream_readinto_obj)},
};
#define N_FILE_METHODS MP_ARRAY_SIZE(file_locals_table)
static MP_DEFINE_CONST_DICT(fileio_locals_dict, file_locals_table);
static MP_DEFINE_CONST_DICT_SLICE(textio_locals_dict, file_locals_table, 0, N_FILE_METHODS - 2);
static MP_DEFINE_CONST_DICT_SLICE(view_locals_dict, file_locals_table, 1, N_FILE_METHODS - 1);

const mp_obj_type_t mp_type_textio = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_HAS_FINALISER,
    .name = MP_QSTR_TextIOWrapper,
    .print = file_print,
    .attr = file_attr,
    .getiter = mp_stream_getiter,
    .iternext = mp_stream_iternext,
    .protocol = &textio_stream_p,
    .locals_dict = (mp_obj_dict_t *)&textio_locals_dict,
};

const mp_obj_type_t mp_type_fileio = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_HAS_FINALISER,
    .name = MP_QSTR_FileIO,
    .print = file_print,
    .attr = file_attr,
    .getiter = mp_stream_getiter,
    .iternext = mp_stream_iternext,
    .protocol = &fileio_stream_p,
    .locals_dict = (mp_obj_dict_t *)&fileio_locals_dict,
};

// ---------------------------------------------------------------------------
// The .buffer view of a text file: every operation goes to the same file
// object (so buffers and positions stay consistent), in binary.

static inline mp_obj_t view_file(mp_obj_t self_in) {
    return MP_OBJ_FROM_PTR(((mp_obj_file_view_t *)MP_OBJ_TO_PTR(self_in))->file);
}
static mp_uint_t view_read(mp_obj_t self, void *buf, mp_uint_t size, int *errcode) {
    return file_read(view_file(self), buf, size, errcode);
}
static mp_uint_t view_write(mp_obj_t self, const void *buf, mp_uint_t size, int *errcode) {
    return file_write(view_file(self), buf, size, errcode);
}
static mp_uint_t view_ioctl(mp_obj_t self, mp_uint_t request, uintptr_t arg, int *errcode) {
    return file_ioctl(view_file(self), request, arg, errcode);
}
static const byte *view_peek(mp_obj_t self, size_t *avail, int *errcode) {
    return file_peek(view_file(self), avail, errcode);
}
static void view_consume(mp_obj_t self, size_t n) {
    file_consume(view_file(self), n);
}

static const mp_stream_p_t view_stream_p = {
    .read = view_read,
    .write = view_write,
    .ioctl = view_ioctl,
    .peek = view_peek,
    .consume = view_consume,
};

static void view_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    mp_obj_file_t *f = MP_OBJ_TO_PTR(view_file(self_in));
    if (attr == MP_QSTR_closed) {
        dest[0] = mp_obj_new_bool(f->fd < 0);
    } else if (attr == MP_QSTR_name) {
        dest[0] = f->name;
    } else if (attr == MP_QSTR_mode) {
        dest[0] = binary_mode_of(f);
    }
}

static void view_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    print_buffered(print, MP_OBJ_TO_PTR(view_file(self_in)));
}

const mp_obj_type_t mp_type_file_view = {
    {&mp_type_type},
    .name = MP_QSTR_FileIO,
    .print = view_print,
    .attr = view_attr,
    .getiter = mp_stream_getiter,
    .iternext = mp_stream_iternext,
    .protocol = &view_stream_p,
    .locals_dict = (mp_obj_dict_t *)&view_locals_dict,
};

// ---------------------------------------------------------------------------
// open()

typedef struct {
    bool r, w, a, x, plus, b, t;
} open_mode_t;

static void parse_mode(mp_obj_t mode_obj, open_mode_t *m) {
    size_t len;
    const char *s = (const char *)mp_obj_str_get_data_maybe(mode_obj, &len, false);
    if (s == NULL) {
        mp_raise_msg_varg(&mp_type_TypeError, "open() argument 'mode' must be str, not %s", mp_obj_get_type_str(mode_obj));
    }
    static const char letters[7] = {'r', 'w', 'a', 'x', '+', 'b', 't'};
    static const uint8_t flags[7] = {
        offsetof(open_mode_t, r), offsetof(open_mode_t, w), offsetof(open_mode_t, a), offsetof(open_mode_t, x),
        offsetof(open_mode_t, plus), offsetof(open_mode_t, b), offsetof(open_mode_t, t),
    };
    memset(m, 0, sizeof(*m));
    for (size_t i = 0; i < len; i++) {
        const char *k = memchr(letters, s[i], sizeof(letters));
        bool *flag = k != NULL ? (bool *)((char *)m + flags[k - letters]) : NULL;
        if (flag == NULL || *flag) {
            mp_raise_msg_varg(&mp_type_ValueError, "invalid mode: '%s'", mp_obj_str_get_str(mode_obj));
        }
        *flag = true;
    }
    int n = m->r + m->w + m->a + m->x;
    if (m->b && m->t) {
        mp_raise_ValueError("can't have text and binary mode at once");
    }
    if (n > 1) {
        mp_raise_ValueError("must have exactly one of create/read/write/append mode");
    }
    if (n == 0) {
        mp_raise_ValueError("Must have exactly one of create/read/write/append mode and at most one plus");
    }
}

// The mode string CPython reports for the binary layer.
static mp_obj_t binary_mode_str(const open_mode_t *m) {
    const char *s = m->x ? (m->plus ? "xb+" : "xb") : m->a ? (m->plus ? "ab+" : "ab")
        : m->plus ? "rb+" : m->r ? "rb" : "wb";
    return mp_obj_new_str(s, strlen(s));
}

static mp_obj_t binary_mode_of(mp_obj_file_t *f) {
    // Rebuild from the text mode string the file was opened with.
    open_mode_t m;
    parse_mode(f->mode, &m);
    return binary_mode_str(&m);
}

// As in CPython, the file is open before the text settings are checked;
// on error it is closed again.
static void init_text(mp_obj_file_t *f, mp_int_t buffering, mp_obj_t encoding, mp_obj_t errors, mp_obj_t newline) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        if (buffering == 0) {
            mp_raise_ValueError("can't have unbuffered text I/O");
        }
        mp_stream_text_init(&f->text, encoding, errors, newline);
        nlr_pop();
    } else {
        int err;
        file_close(f, &err);
        nlr_jump(nlr.ret_val);
    }
}

// The text arguments of open() are refused in binary mode.
static void no_binary_arg(mp_obj_t arg, const char *what) {
    if (arg != MP_OBJ_NULL && arg != mp_const_none) {
        mp_raise_msg_varg(&mp_type_ValueError, "binary mode doesn't take %s argument", what);
    }
}

mp_obj_t mp_builtin_open(size_t n_args, const mp_obj_t *args, mp_map_t *kwargs) {
    enum { ARG_file, ARG_mode, ARG_buffering, ARG_encoding, ARG_errors, ARG_newline, ARG_closefd, ARG_opener };
    static const mp_arg_t allowed[] = {
        {MP_QSTR_file, MP_ARG_OBJ | MP_ARG_REQUIRED, {.u_obj = MP_OBJ_NULL}},
        {MP_QSTR_mode, MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
        {MP_QSTR_buffering, MP_ARG_INT, {.u_int = -1}},
        {MP_QSTR_encoding, MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
        {MP_QSTR_errors, MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
        {MP_QSTR_newline, MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
        {MP_QSTR_closefd, MP_ARG_BOOL, {.u_bool = true}},
        {MP_QSTR_opener, MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
    };
    mp_arg_val_t vals[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_all(n_args, args, kwargs, MP_ARRAY_SIZE(allowed), allowed, vals);

    mp_obj_t file = vals[ARG_file].u_obj;
    mp_obj_t mode_obj = vals[ARG_mode].u_obj;
    if (mode_obj == MP_OBJ_NULL) {
        mode_obj = MP_OBJ_NEW_QSTR(MP_QSTR_r);
    }
    open_mode_t m;
    parse_mode(mode_obj, &m);
    mp_int_t buffering = vals[ARG_buffering].u_int;
    mp_obj_t encoding = vals[ARG_encoding].u_obj, errors = vals[ARG_errors].u_obj, newline = vals[ARG_newline].u_obj;
    if (m.b) {
        no_binary_arg(encoding, "an encoding");
        no_binary_arg(errors, "an errors");
        no_binary_arg(newline, "a newline");
    }

    // A path-like object gives its path through __fspath__.
    if (!mp_obj_is_int(file)) {
        file = mp_unix_fspath(file);
    }

    int flags = O_CLOEXEC | (m.plus ? O_RDWR : m.r ? O_RDONLY : O_WRONLY);
    if (m.w) {
        flags |= O_CREAT | O_TRUNC;
    } else if (m.a) {
        flags |= O_CREAT | O_APPEND;
    } else if (m.x) {
        flags |= O_CREAT | O_EXCL;
    }

    // The file object is made before the descriptor exists, so that an
    // allocation failure cannot leak an open descriptor.
    mp_obj_file_t *f = m_new_obj_with_finaliser(mp_obj_file_t);
    f->base.type = m.b ? &mp_type_fileio : &mp_type_textio;
    f->fd = -1;
    f->hidden_prev = f->hidden_next = hide(NULL);
    f->name = file;
    f->mode = m.b ? binary_mode_str(&m) : mode_obj;
    f->readable = m.r || m.plus;
    f->writable = !m.r || m.plus;
    f->unbuffered = buffering == 0;

    int fd;
    bool closefd = vals[ARG_closefd].u_bool;
    if (mp_obj_is_int(file) && !mp_obj_is_bool(file)) {
        fd = mp_obj_get_int(file);
        if (fd < 0) {
            mp_raise_ValueError("negative file descriptor");
        }
        struct stat st;
        if (fstat(fd, &st) != 0) {
            mp_raise_OSError(errno);
        }
    } else {
        if (!closefd) {
            mp_raise_ValueError("Cannot use closefd=False with file name");
        }
        char *cpath = (char *)mp_unix_path_cstr(file, NULL);
        mp_obj_t opener = vals[ARG_opener].u_obj;
        if (opener != MP_OBJ_NULL && opener != mp_const_none) {
            fd = mp_obj_get_int(mp_call_function_2(opener, file, MP_OBJ_NEW_SMALL_INT(flags)));
            if (fd < 0) {
                mp_raise_msg_varg(&mp_type_ValueError, "opener returned %d", fd);
            }
        } else {
            do {
                fd = open(cpath, flags, 0666);
            } while (fd < 0 && errno == EINTR && (mp_handle_pending(), true));
            if (fd < 0) {
                mp_raise_OSError_with_filename(errno, file, MP_OBJ_NULL);
            }
            struct stat st;
            if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
                close(fd);
                mp_raise_OSError_with_filename(EISDIR, file, MP_OBJ_NULL);
            }
        }
        m_free(cpath);
    }
    f->fd = fd;
    f->closefd = closefd;
    list_add(f);
    if (!m.b) {
        init_text(f, buffering, encoding, errors, newline);
    }
    if (m.a) {
        lseek(fd, 0, SEEK_END);
    }
    if (!m.b && (buffering == 1 || isatty(fd))) {
        f->text.line_buffering = true;
    }
    return MP_OBJ_FROM_PTR(f);
}

// ---------------------------------------------------------------------------
// At exit: flush what open files still hold.

static void flush_all_at_exit(void) {
    for (mp_obj_file_t *f = unhide(open_files_head); f != NULL; f = unhide(f->hidden_next)) {
        if (f->fd >= 0 && f->state == ST_WRITING && f->len > 0) {
            raw_write_all(f->fd, f->buf, f->len);
            f->len = 0;
            f->state = ST_IDLE;
        }
    }
}
