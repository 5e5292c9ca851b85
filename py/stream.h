// stream.h: the stream protocol. A type that is a stream points its
// `protocol` field at an mp_stream_p_t: C functions to read, write and
// control the underlying object. stream.c builds the Python-level methods
// (read, readline, write, seek ...) on top of them once, for every stream
// type: files, StringIO/BytesIO, the standard streams.
#ifndef MP_PY_STREAM_H
#define MP_PY_STREAM_H

#include "obj.h"

// Returned by read/write/ioctl on failure, with *errcode set to a positive
// errno value or one of the MP_STREAM_E* pseudo-codes below.
#define MP_STREAM_ERROR ((mp_uint_t)-1)

// Pseudo error codes, turned into the exceptions CPython raises.
#define MP_STREAM_ECLOSED (-1)       // ValueError: I/O operation on closed file.
#define MP_STREAM_ENOTREADABLE (-2)  // io.UnsupportedOperation: not readable
#define MP_STREAM_ENOTWRITABLE (-3)  // io.UnsupportedOperation: not writable
#define MP_STREAM_ENOTSEEKABLE (-4)  // io.UnsupportedOperation: seek
#define MP_STREAM_ENOFILENO (-5)     // io.UnsupportedOperation: fileno
#define MP_STREAM_EUNSUPPORTED (-6)  // io.UnsupportedOperation (request not supported)
#define MP_STREAM_ECLOSED_NODOT (-7) // ValueError: I/O operation on closed file (CPython's StringIO wording)

// ioctl requests. `arg` is request-specific.
#define MP_STREAM_FLUSH (1)
#define MP_STREAM_SEEK (2)           // arg: mp_stream_seek_t *; offset updated to the new position
#define MP_STREAM_CLOSE (4)
#define MP_STREAM_GET_FILENO (5)     // returns the fd
#define MP_STREAM_IS_CLOSED (6)      // returns 1 if closed, 0 if open
#define MP_STREAM_SIZE_HINT (7)      // returns how many bytes a read-all will likely get
#define MP_STREAM_TRUNCATE (8)       // arg: mp_int_t *size (in/out); -1 means current position
#define MP_STREAM_ISATTY (9)         // returns 1/0
#define MP_STREAM_READABLE (10)      // returns 1/0
#define MP_STREAM_WRITABLE (11)      // returns 1/0
#define MP_STREAM_SEEKABLE (12)      // returns 1/0

#define MP_SEEK_SET (0)
#define MP_SEEK_CUR (1)
#define MP_SEEK_END (2)

typedef struct _mp_stream_seek_t {
    mp_int_t offset;
    int whence;
} mp_stream_seek_t;

// Newline handling of a text stream (the `newline` argument of open()).
typedef enum {
    MP_STREAM_NL_UNIVERSAL,     // None: \r, \n, \r\n end lines, read as \n
    MP_STREAM_NL_UNTRANSLATED,  // '':   \r, \n, \r\n end lines, kept as is
    MP_STREAM_NL_LF,            // '\n': \n ends lines
    MP_STREAM_NL_CR,            // '\r': \r ends lines; \n written as \r
    MP_STREAM_NL_CRLF,          // '\r\n': \r\n ends lines; \n written as \r\n
} mp_stream_newline_t;

// Per-object settings of a text stream, embedded in the object (the
// protocol gives its offset).
typedef struct _mp_stream_text_t {
    mp_obj_t encoding;    // MP_OBJ_NULL for UTF-8, else the codec name (str)
    mp_obj_t errors;      // MP_OBJ_NULL for 'strict', else the handler name
    mp_obj_t encoding_name;  // what the `encoding` attribute reports (MP_OBJ_NULL: 'UTF-8')
    uint8_t newline;      // mp_stream_newline_t
    bool trusted;         // the bytes are always valid UTF-8 (no decoding check)
    bool line_buffering;  // flush after each write containing a newline (ttys)
    bool in_memory;       // StringIO (CPython words some errors differently)
} mp_stream_text_t;

typedef struct _mp_stream_p_t {
    // Read/write up to size bytes. Return the count (0 from read means end
    // of stream), or MP_STREAM_ERROR with *errcode set; EAGAIN from a
    // non-blocking stream means "no data now". Short counts are allowed:
    // the generic layer loops.
    mp_uint_t (*read)(mp_obj_t obj, void *buf, mp_uint_t size, int *errcode);
    mp_uint_t (*write)(mp_obj_t obj, const void *buf, mp_uint_t size, int *errcode);
    mp_uint_t (*ioctl)(mp_obj_t obj, mp_uint_t request, uintptr_t arg, int *errcode);
    // Optional access to the stream's read buffer, which makes readline and
    // text decoding fast: peek returns the bytes buffered and not consumed
    // yet, refilling the buffer first if it is empty (*avail == 0 at end of
    // stream), or NULL with *errcode on error; consume(n) drops n of them.
    // Text streams should provide both (newline lookahead needs them).
    const byte *(*peek)(mp_obj_t obj, size_t *avail, int *errcode);
    void (*consume)(mp_obj_t obj, size_t n);
    // For text streams: offset of the mp_stream_text_t inside the object;
    // 0 for binary streams (the object header is at offset 0).
    uint16_t text_offset;
} mp_stream_p_t;

// io.UnsupportedOperation (a subclass of OSError and ValueError).
extern const mp_obj_type_t mp_type_UnsupportedOperation;

// The protocol of o, or NULL if o is not a stream. For instances of user
// subclasses of stream types, *o is replaced by the native stream object.
const mp_stream_p_t *mp_get_stream(mp_obj_t *o);
// Same, raising TypeError if o is not a stream.
const mp_stream_p_t *mp_get_stream_raise(mp_obj_t *o);
static inline const mp_stream_text_t *mp_stream_text(mp_obj_t o, const mp_stream_p_t *p) {
    return p->text_offset ? (const mp_stream_text_t *)((const byte *)MP_OBJ_TO_PTR(o) + p->text_offset) : NULL;
}

// Raise the exception for a stream error code.
MP_NORETURN void mp_stream_raise(int errcode);
// OSError (or the subclass for the errno) with strerror and the file
// name(s) involved, as CPython reports failed file operations:
// "[Errno 2] No such file or directory: 'x'". filename2 may be MP_OBJ_NULL.
MP_NORETURN void mp_raise_OSError_with_filename(int errno_, mp_obj_t filename, mp_obj_t filename2);

// Read or write exactly size bytes, looping over short transfers; stops
// early only at end of stream (reads) or on error. Returns the count done,
// or MP_STREAM_ERROR with *errcode if nothing could be transferred.
#define MP_STREAM_RW_READ (0)
#define MP_STREAM_RW_WRITE (1)
mp_uint_t mp_stream_rw(mp_obj_t stream, void *buf, mp_uint_t size, int *errcode, int flags);
#define mp_stream_read_exactly(s, b, n, e) mp_stream_rw((s), (b), (n), (e), MP_STREAM_RW_READ)
#define mp_stream_write_exactly(s, b, n, e) mp_stream_rw((s), (void *)(b), (n), (e), MP_STREAM_RW_WRITE)

// Write all of buf to a stream object, raising on error.
void mp_stream_write_all(mp_obj_t stream, const void *buf, size_t len);
// An mp_print_t sink writing to the stream object given as data:
//   mp_print_t p = {(void *)(uintptr_t)stream, mp_stream_write_adaptor};
void mp_stream_write_adaptor(void *data, const char *str, size_t len);
// Whole rest of a stream as str (text streams) or bytes.
mp_obj_t mp_stream_read_all(mp_obj_t stream);
// One line as str/bytes ('' / b'' at end of stream).
mp_obj_t mp_stream_readline(mp_obj_t stream);
mp_obj_t mp_stream_close(mp_obj_t stream);
mp_obj_t mp_stream_flush(mp_obj_t stream);
// Seek and return the new position.
mp_int_t mp_stream_seek(mp_obj_t stream, mp_int_t offset, int whence);
// The iternext slot of stream types: the next line, or stop at the end.
mp_obj_t mp_stream_iternext(mp_obj_t self);
// The getiter slot of stream types: self, after checking it is open.
mp_obj_t mp_stream_getiter(mp_obj_t self);

// The generic Python-level methods, for the locals tables of stream types.
extern const mp_obj_fun_builtin_t mp_stream_read_obj;       // read([size])
extern const mp_obj_fun_builtin_t mp_stream_read1_obj;      // read1([size])
extern const mp_obj_fun_builtin_t mp_stream_readinto_obj;   // readinto(buf[, nbytes])
extern const mp_obj_fun_builtin_t mp_stream_readline_obj;   // readline([size])
extern const mp_obj_fun_builtin_t mp_stream_readlines_obj;  // readlines([hint])
extern const mp_obj_fun_builtin_t mp_stream_write_obj;      // write(data)
extern const mp_obj_fun_builtin_t mp_stream_writelines_obj; // writelines(lines)
extern const mp_obj_fun_builtin_t mp_stream_flush_obj;
extern const mp_obj_fun_builtin_t mp_stream_close_obj;
extern const mp_obj_fun_builtin_t mp_stream_seek_obj;       // seek(offset[, whence])
extern const mp_obj_fun_builtin_t mp_stream_tell_obj;
extern const mp_obj_fun_builtin_t mp_stream_truncate_obj;   // truncate([size])
extern const mp_obj_fun_builtin_t mp_stream_fileno_obj;
extern const mp_obj_fun_builtin_t mp_stream_isatty_obj;
extern const mp_obj_fun_builtin_t mp_stream_readable_obj;
extern const mp_obj_fun_builtin_t mp_stream_writable_obj;
extern const mp_obj_fun_builtin_t mp_stream_seekable_obj;
extern const mp_obj_fun_builtin_t mp_stream_enter_obj;      // __enter__: self
extern const mp_obj_fun_builtin_t mp_stream_exit_obj;       // __exit__(*exc): close()
extern const mp_obj_fun_builtin_t mp_stream_next_obj;       // __next__

// Parse the encoding/errors/newline arguments of open() or StringIO into
// a text settings record (raises ValueError/LookupError/TypeError).
void mp_stream_text_init(mp_stream_text_t *t, mp_obj_t encoding, mp_obj_t errors, mp_obj_t newline);
// The mp_stream_newline_t of a str newline argument; ValueError "illegal
// newline value: ..." showing it printed as `kind` if it is not one.
int mp_stream_newline_mode(mp_obj_t newline, mp_print_kind_t kind);

// sys.stdin reads standard input ahead in chunks. A port that also reads
// the console directly (the REPL's line editor) should first take the
// bytes read ahead with this: the next one, or -1 if there are none.
int mp_sys_stdin_buffered_getc(void);

// File objects (the port's file module, ports/unix/file.c).
extern const mp_obj_type_t mp_type_fileio;   // binary files (io.FileIO)
extern const mp_obj_type_t mp_type_textio;   // text files (io.TextIOWrapper)
mp_obj_t mp_builtin_open(size_t n_args, const mp_obj_t *args, mp_map_t *kwargs);


// The methods every file-like stream type shares (files, the standard
// streams, StringIO/BytesIO): put MP_STREAM_COMMON_METHODS in a type's
// locals table, with its own close (mp_stream_close_obj or a specific one).
#define MP_STREAM_COMMON_METHODS \
    {MP_ROM_QSTR(MP_QSTR_read), MP_ROM_PTR(&mp_stream_read_obj)}, \
    {MP_ROM_QSTR(MP_QSTR_readline), MP_ROM_PTR(&mp_stream_readline_obj)}, \
    {MP_ROM_QSTR(MP_QSTR_readlines), MP_ROM_PTR(&mp_stream_readlines_obj)}, \
    {MP_ROM_QSTR(MP_QSTR_write), MP_ROM_PTR(&mp_stream_write_obj)}, \
    {MP_ROM_QSTR(MP_QSTR_writelines), MP_ROM_PTR(&mp_stream_writelines_obj)}, \
    {MP_ROM_QSTR(MP_QSTR_flush), MP_ROM_PTR(&mp_stream_flush_obj)}, \
    {MP_ROM_QSTR(MP_QSTR_fileno), MP_ROM_PTR(&mp_stream_fileno_obj)}, \
    {MP_ROM_QSTR(MP_QSTR_isatty), MP_ROM_PTR(&mp_stream_isatty_obj)}, \
    {MP_ROM_QSTR(MP_QSTR_readable), MP_ROM_PTR(&mp_stream_readable_obj)}, \
    {MP_ROM_QSTR(MP_QSTR_writable), MP_ROM_PTR(&mp_stream_writable_obj)}, \
    {MP_ROM_QSTR(MP_QSTR_seekable), MP_ROM_PTR(&mp_stream_seekable_obj)}, \
    {MP_ROM_QSTR(MP_QSTR___enter__), MP_ROM_PTR(&mp_stream_enter_obj)}, \
    {MP_ROM_QSTR(MP_QSTR___exit__), MP_ROM_PTR(&mp_stream_exit_obj)}, \
    {MP_ROM_QSTR(MP_QSTR___next__), MP_ROM_PTR(&mp_stream_next_obj)}

#endif
