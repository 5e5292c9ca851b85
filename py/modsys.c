// modsys.c: the sys module, and the standard stream objects it holds.
#include "runtime.h"
#include "mphal.h"
#include "objmodule.h"
#include "stream.h"
#include "modsys.h"
#include <string.h>

// ---- standard streams: stream objects (py/stream.h) over the port's
// console. Output goes through mp_hal_stdout_tx_strn, the same path as
// print(), so sys.stdout.write and print interleave correctly. Each text
// stream has a .buffer binary stream; stdin's read-ahead is shared by both.

// The binary streams are only the first two fields (see the objects below).
typedef struct _mp_obj_stdio_t {
    mp_obj_base_t base;
    int fd;
    const struct _mp_obj_stdio_t *buffer;  // text streams: the binary one
    mp_stream_text_t text;                 // text streams only
} mp_obj_stdio_t;

static struct {
    size_t pos, len;
    char buf[4096];
} stdin_ahead;

int mp_sys_stdin_buffered_getc(void) {
    if (stdin_ahead.pos < stdin_ahead.len) {
        return (byte)stdin_ahead.buf[stdin_ahead.pos++];
    }
    return -1;
}

static mp_uint_t stdio_read(mp_obj_t self_in, void *out, mp_uint_t size, int *errcode) {
    const mp_obj_stdio_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->fd != 0) {
        *errcode = MP_STREAM_ENOTREADABLE;
        return MP_STREAM_ERROR;
    }
    if (stdin_ahead.pos < stdin_ahead.len) {
        size_t n = stdin_ahead.len - stdin_ahead.pos;
        if (n > size) {
            n = size;
        }
        memcpy(out, stdin_ahead.buf + stdin_ahead.pos, n);
        stdin_ahead.pos += n;
        return n;
    }
    long n = mp_hal_stdin_read(out, size);
    if (n < 0) {
        *errcode = MP_STREAM_EUNSUPPORTED;
        return MP_STREAM_ERROR;
    }
    return n;
}

static const byte *stdio_peek(mp_obj_t self_in, size_t *avail, int *errcode) {
    const mp_obj_stdio_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->fd != 0) {
        *errcode = MP_STREAM_ENOTREADABLE;
        return NULL;
    }
    if (stdin_ahead.pos >= stdin_ahead.len) {
        long n = mp_hal_stdin_read(stdin_ahead.buf, sizeof(stdin_ahead.buf));
        stdin_ahead.pos = 0;
        stdin_ahead.len = n > 0 ? n : 0;
    }
    *avail = stdin_ahead.len - stdin_ahead.pos;
    return (const byte *)stdin_ahead.buf + stdin_ahead.pos;
}

static void stdio_consume(mp_obj_t self_in, size_t n) {
    stdin_ahead.pos += n;
}

static mp_uint_t stdio_write(mp_obj_t self_in, const void *buf, mp_uint_t size, int *errcode) {
    const mp_obj_stdio_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->fd == 1) {
        mp_hal_stdout_tx_strn(buf, size);
    } else if (self->fd == 2) {
        mp_hal_stderr_tx_strn(buf, size);
    } else {
        *errcode = MP_STREAM_ENOTWRITABLE;
        return MP_STREAM_ERROR;
    }
    return size;
}

static mp_uint_t stdio_ioctl(mp_obj_t self_in, mp_uint_t request, uintptr_t arg, int *errcode) {
    const mp_obj_stdio_t *self = MP_OBJ_TO_PTR(self_in);
    switch (request) {
        case MP_STREAM_FLUSH:
            if (self->fd == 1) {
                mp_hal_stdout_flush();
            }
            return 0;
        case MP_STREAM_IS_CLOSED:
        case MP_STREAM_CLOSE:
        case MP_STREAM_SEEKABLE:
            return 0;
        case MP_STREAM_GET_FILENO:
            return self->fd;
        case MP_STREAM_READABLE:
            return self->fd == 0;
        case MP_STREAM_WRITABLE:
            return self->fd != 0;
        default:
            *errcode = MP_STREAM_EUNSUPPORTED;
            return MP_STREAM_ERROR;
    }
}

static const mp_stream_p_t stdio_text_p = {
    .read = stdio_read,
    .write = stdio_write,
    .ioctl = stdio_ioctl,
    .peek = stdio_peek,
    .consume = stdio_consume,
    .text_offset = offsetof(mp_obj_stdio_t, text),
};

static const mp_stream_p_t stdio_binary_p = {
    .read = stdio_read,
    .write = stdio_write,
    .ioctl = stdio_ioctl,
    .peek = stdio_peek,
    .consume = stdio_consume,
};

extern const mp_obj_type_t mp_type_stdio_text;

static const char *const stdio_names[3] = {"<stdin>", "<stdout>", "<stderr>"};

static void stdio_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    const mp_obj_stdio_t *self = MP_OBJ_TO_PTR(self_in);
    bool text = self->base.type == &mp_type_stdio_text;
    switch (attr) {
        case MP_QSTR_buffer:
            if (text) {
                dest[0] = MP_OBJ_FROM_PTR(self->buffer);
            }
            break;
        case MP_QSTR_closed:
            dest[0] = mp_const_false;
            break;
        case MP_QSTR_name:
            dest[0] = mp_obj_new_str_from_cstr(stdio_names[self->fd]);
            break;
        case MP_QSTR_mode:
            dest[0] = mp_obj_new_str(self->fd == 0 ? (text ? "r" : "rb") : (text ? "w" : "wb"), text ? 1 : 2);
            break;
        case MP_QSTR_encoding:
            if (text) {
                dest[0] = mp_obj_new_str("utf-8", 5);
            }
            break;
        case MP_QSTR_errors:
            if (text) {
                dest[0] = MP_OBJ_NEW_QSTR(self->fd == 2 ? MP_QSTR_backslashreplace : MP_QSTR_strict);
            }
            break;
        case MP_QSTR_line_buffering:
            if (text) {
                dest[0] = mp_const_false;
            }
            break;
        default:
            break;
    }
}

static void stdio_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    const mp_obj_stdio_t *self = MP_OBJ_TO_PTR(self_in);
    const char *name = stdio_names[self->fd];
    if (self->base.type == &mp_type_stdio_text) {
        mp_printf(print, "<_io.TextIOWrapper name='%s' mode='%s' encoding='utf-8'>", name, self->fd == 0 ? "r" : "w");
    } else {
        mp_printf(print, "<_io.%s name='%s'>", self->fd == 0 ? "BufferedReader" : "BufferedWriter", name);
    }
}

#define STDIO_METHODS \
    MP_STREAM_COMMON_METHODS, \
    {MP_ROM_QSTR(MP_QSTR_close), MP_ROM_PTR(&mp_stream_close_obj)}

// The binary streams' methods; the text streams have all but the last two.
static const mp_rom_map_elem_t stdio_locals_table[] = {
    STDIO_METHODS,
    {MP_ROM_QSTR(MP_QSTR_read1), MP_ROM_PTR(&mp_stream_read1_obj)},
    {MP_ROM_QSTR(MP_QSTR_readinto), MP_ROM_PTR(&mp_stream_readinto_obj)},
};
static MP_DEFINE_CONST_DICT(stdio_binary_locals_dict, stdio_locals_table);
static MP_DEFINE_CONST_DICT_SLICE(stdio_text_locals_dict, stdio_locals_table, 0, MP_ARRAY_SIZE(stdio_locals_table) - 2);

const mp_obj_type_t mp_type_stdio_text = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_ITER_IS_SELF,
    .name = MP_QSTR_TextIOWrapper,
    .print = stdio_print,
    .attr = stdio_attr,
    .getiter = mp_stream_getiter,
    .iternext = mp_stream_iternext,
    .protocol = &stdio_text_p,
    .locals_dict = (mp_obj_dict_t *)&stdio_text_locals_dict,
};

static const mp_obj_type_t mp_type_stdio_binary = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_ITER_IS_SELF,
    .name = MP_QSTR_FileIO,
    .print = stdio_print,
    .attr = stdio_attr,
    .getiter = mp_stream_getiter,
    .iternext = mp_stream_iternext,
    .protocol = &stdio_binary_p,
    .locals_dict = (mp_obj_dict_t *)&stdio_binary_locals_dict,
};

// The binary streams need no text settings: objects of just base and fd
// (all that the binary type's functions read).
typedef struct {
    mp_obj_base_t base;
    int fd;
} stdio_binary_t;
static const stdio_binary_t stdio_buffer_objs[3] = {
    {{&mp_type_stdio_binary}, 0}, {{&mp_type_stdio_binary}, 1}, {{&mp_type_stdio_binary}, 2},
};
#define BUFFER_OBJ(fd) ((const mp_obj_stdio_t *)&stdio_buffer_objs[fd])
const mp_obj_stdio_t mp_sys_stdin_obj = {{&mp_type_stdio_text}, 0, BUFFER_OBJ(0), {.newline = MP_STREAM_NL_LF}};
const mp_obj_stdio_t mp_sys_stdout_obj = {{&mp_type_stdio_text}, 1, BUFFER_OBJ(1), {.newline = MP_STREAM_NL_LF}};
const mp_obj_stdio_t mp_sys_stderr_obj = {{&mp_type_stdio_text}, 2, BUFFER_OBJ(2), {.newline = MP_STREAM_NL_LF, .errors = MP_ROM_QSTR(MP_QSTR_backslashreplace)}};

// ---- the current streams, for the rest of the interpreter (modsys.h)

// The live globals of the sys module (set by mp_sys_init, a GC root), so
// that sys.stdout = ... is seen without searching sys.modules.
static mp_obj_dict_t *sys_globals_live;

mp_obj_t mp_sys_get_stream(qstr name) {
    if (sys_globals_live == NULL) {
        return MP_OBJ_NULL;
    }
    mp_map_elem_t *e = mp_map_lookup_qstr(&sys_globals_live->map, name, MP_MAP_LOOKUP);
    return e != NULL ? e->value : MP_OBJ_NULL;
}

// A printer that writes to any object with a write() method.
static void print_to_stream(void *data, const char *str, size_t len) {
    mp_obj_t stream = (mp_obj_t)(uintptr_t)data;
    mp_obj_t dest[3];
    mp_load_method(stream, MP_QSTR_write, dest);
    dest[2] = mp_obj_new_str(str, len);
    mp_call_method_n_kw(1, 0, dest);
}

void mp_sys_printer_for(mp_obj_t stream, mp_print_t *print) {
    if (stream == MP_OBJ_NULL || stream == MP_OBJ_FROM_PTR(&mp_sys_stdout_obj)) {
        *print = mp_plat_print;
    } else if (stream == MP_OBJ_FROM_PTR(&mp_sys_stderr_obj)) {
        *print = mp_stderr_print;
    } else {
        print->data = (void *)(uintptr_t)stream;
        print->print_strn = print_to_stream;
    }
}

typedef void (*report_fun_t)(const mp_print_t *print, mp_obj_t arg);

// Runs report(print, arg) for `stream`. Console streams are written
// directly; for other objects the text is gathered and written with one
// call: as bytes to native streams (so binary ones such as BytesIO work,
// as in MicroPython), else as a str to the object's write().
static void report_to(mp_obj_t stream, report_fun_t report, mp_obj_t arg) {
    if (stream == MP_OBJ_NULL || stream == MP_OBJ_FROM_PTR(&mp_sys_stdout_obj)
        || stream == MP_OBJ_FROM_PTR(&mp_sys_stderr_obj)) {
        mp_print_t p;
        mp_sys_printer_for(stream, &p);
        report(&p, arg);
        return;
    }
    vstr_t v;
    vstr_init(&v, 256);
    mp_print_t p = mp_print_for_vstr(&v);
    report(&p, arg);
    mp_obj_t native = stream;
    if (mp_get_stream(&native) != NULL) {
        mp_stream_write_all(native, v.buf, v.len);
    } else {
        print_to_stream((void *)(uintptr_t)stream, v.buf, v.len);
    }
}

// Runs report on the current sys.stderr; if that fails (a broken
// replacement object, no memory), again on the console's stderr.
static bool report_to_stderr(report_fun_t report, mp_obj_t arg) {
    // Reporting needs memory, even if the code died with the heap locked.
    while (gc_is_locked()) {
        gc_unlock();
    }
    mp_obj_t stream = mp_sys_get_stream(MP_QSTR_stderr);
    nlr_buf_t nlr;
    if (stream != MP_OBJ_NULL && stream != MP_OBJ_FROM_PTR(&mp_sys_stderr_obj)) {
        if (nlr_push(&nlr) == 0) {
            report_to(stream, report, arg);
            nlr_pop();
            return true;
        }
    }
    if (nlr_push(&nlr) == 0) {
        report(&mp_stderr_print, arg);
        nlr_pop();
        return true;
    }
    return false;
}

static void report_exception(const mp_print_t *print, mp_obj_t exc) {
    mp_obj_print_exception(print, exc);
}

void mp_sys_print_exception_stderr(mp_obj_t exc) {
    if (!report_to_stderr(report_exception, exc)) {
        // Not even memory for the report: the bare type name.
        mp_print_str(&mp_stderr_print, mp_obj_get_type_str(exc));
        mp_print_str(&mp_stderr_print, "\n");
    }
}

static void report_str(const mp_print_t *print, mp_obj_t obj) {
    mp_obj_print_helper(print, obj, PRINT_STR);
    mp_print_str(print, "\n");
}

void mp_sys_print_str_stderr(mp_obj_t obj) {
    report_to_stderr(report_str, obj);
}

void mp_sys_run_atexit(void) {
    mp_obj_t f = MP_STATE(sys_exitfunc);
    if (f != MP_OBJ_NULL && f != mp_const_none) {
        MP_STATE(sys_exitfunc) = MP_OBJ_NULL;  // once, even if it raises
        mp_call_function_0(f);
    }
}

// ---- sys functions

// Function objects that carry their name, for repr and error messages.
#define SYS_FUN(obj, name, nmin, nmax, kind, field, f) \
    static const mp_obj_fun_builtin_t obj = {{&mp_type_builtin_function}, nmin, nmax, kind, MP_QSTR_##name, .fun.field = f}

static mp_obj_t sys_exit(size_t n_args, const mp_obj_t *args) {
    if (n_args == 0 || args[0] == mp_const_none) {  // CPython: SystemExit().args == ()
        mp_raise(mp_obj_new_exception(&mp_type_SystemExit));
    }
    mp_raise(mp_obj_new_exception_arg1(&mp_type_SystemExit, args[0]));
}
SYS_FUN(sys_exit_obj, exit, 0, 1, MP_FUN_KIND_VAR, var, sys_exit);

// print_exception(exc, file=sys.stdout): the traceback as the interpreter
// prints it for an uncaught exception.
static mp_obj_t sys_print_exception(size_t n_args, const mp_obj_t *args) {
    if (!mp_obj_is_exception_instance(args[0])) {
        mp_raise_TypeError("print_exception() argument must be an exception");
    }
    report_to(n_args > 1 ? args[1] : mp_sys_get_stream(MP_QSTR_stdout), report_exception, args[0]);
    return mp_const_none;
}
SYS_FUN(sys_print_exception_obj, print_exception, 1, 2, MP_FUN_KIND_VAR, var, sys_print_exception);

// atexit(func): one function called when the interpreter ends (func=None
// removes it); returns the previous one, as MicroPython does.
static mp_obj_t sys_atexit(mp_obj_t f) {
    if (f != mp_const_none && !mp_obj_is_callable(f)) {
        mp_raise_TypeError("atexit() argument must be callable or None");
    }
    mp_obj_t old = MP_STATE(sys_exitfunc);
    MP_STATE(sys_exitfunc) = f;
    return old == MP_OBJ_NULL ? mp_const_none : old;
}
SYS_FUN(sys_atexit_obj, atexit, 1, 1, MP_FUN_KIND_1, _1, sys_atexit);

static mp_obj_t sys_exc_info(void) {
    mp_obj_t exc = MP_STATE(cur_exception);
    mp_obj_t items[3] = {mp_const_none, mp_const_none, mp_const_none};
    if (exc != MP_OBJ_NULL && exc != mp_const_none) {
        items[0] = MP_OBJ_FROM_PTR(mp_obj_get_type(exc));
        items[1] = exc;
    }
    return mp_obj_new_tuple(3, items);
}
SYS_FUN(sys_exc_info_obj, exc_info, 0, 0, MP_FUN_KIND_0, _0, sys_exc_info);

static mp_obj_t sys_getrecursionlimit(void) {
    return MP_OBJ_NEW_SMALL_INT(1000);
}
SYS_FUN(sys_getrecursionlimit_obj, getrecursionlimit, 0, 0, MP_FUN_KIND_0, _0, sys_getrecursionlimit);

static mp_obj_t sys_setrecursionlimit(mp_obj_t n) {
    // The real limit is the C stack budget (mp_stack_check); accepted for
    // compatibility.
    mp_obj_get_int(n);
    return mp_const_none;
}
SYS_FUN(sys_setrecursionlimit_obj, setrecursionlimit, 1, 1, MP_FUN_KIND_1, _1, sys_setrecursionlimit);

static mp_obj_t sys_intern(mp_obj_t s) {
    return MP_OBJ_NEW_QSTR(mp_obj_str_get_qstr(s));
}
SYS_FUN(sys_intern_obj, intern, 1, 1, MP_FUN_KIND_1, _1, sys_intern);

// sys.implementation is a tuple-like record; a small attribute object.
static void impl_attr(mp_obj_t self, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    if (attr == MP_QSTR_name) {
        dest[0] = MP_OBJ_NEW_QSTR(MP_QSTR_micropython);
    } else if (attr == MP_QSTR_version) {
        mp_obj_t v[3] = {MP_OBJ_NEW_SMALL_INT(MICROPY_VERSION_MAJOR), MP_OBJ_NEW_SMALL_INT(MICROPY_VERSION_MINOR), MP_OBJ_NEW_SMALL_INT(MICROPY_VERSION_MICRO)};
        dest[0] = mp_obj_new_tuple(3, v);
    } else if (attr == MP_QSTR__mpy) {
        dest[0] = MP_OBJ_NEW_SMALL_INT(0);
    }
}
static void impl_print(const mp_print_t *print, mp_obj_t self, mp_print_kind_t kind) {
    mp_printf(print, "(name='micropython', version=(%d, %d, %d))", MICROPY_VERSION_MAJOR, MICROPY_VERSION_MINOR, MICROPY_VERSION_MICRO);
}
static const mp_obj_type_t mp_type_implementation = {
    {&mp_type_type},
    .name = MP_QSTR_implementation,
    .print = impl_print,
    .attr = impl_attr,
};
static const mp_obj_base_t sys_implementation_obj = {&mp_type_implementation};

// sys.version_info behaves as the tuple (3, 4, 0) (comparisons, indexing,
// unpacking) and also has the named fields major, minor, micro: a small
// object that hands everything but the names to the tuple's own slots.
static const struct { mp_obj_base_t base; size_t len; mp_obj_t items[3]; } version_tuple_obj = {
    {&mp_type_tuple}, 3, {MP_ROM_INT(3), MP_ROM_INT(4), MP_ROM_INT(0)}
};
#define VERSION_TUPLE MP_OBJ_FROM_PTR(&version_tuple_obj)

static void version_print(const mp_print_t *print, mp_obj_t self, mp_print_kind_t kind) {
    mp_obj_print_helper(print, VERSION_TUPLE, kind);
}
static void version_attr(mp_obj_t self, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    size_t i = attr == MP_QSTR_major ? 0 : attr == MP_QSTR_minor ? 1 : attr == MP_QSTR_micro ? 2 : 3;
    if (i < 3) {
        dest[0] = version_tuple_obj.items[i];
    } else {
        mp_load_method_maybe(VERSION_TUPLE, attr, dest);
    }
}
static mp_obj_t version_unary_op(mp_unary_op_t op, mp_obj_t self) {
    return mp_type_tuple.unary_op(op, VERSION_TUPLE);
}
static mp_obj_t version_binary_op(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs) {
    return mp_binary_op(op, VERSION_TUPLE, rhs);
}
static mp_obj_t version_subscr(mp_obj_t self, mp_obj_t index, mp_obj_t value) {
    return mp_type_tuple.subscr(VERSION_TUPLE, index, value);
}
static mp_obj_t version_getiter(mp_obj_t self) {
    return mp_getiter(VERSION_TUPLE, NULL);
}
static const mp_obj_type_t mp_type_version_info = {
    {&mp_type_type},
    .name = MP_QSTR_version_info,
    .print = version_print,
    .attr = version_attr,
    .unary_op = version_unary_op,
    .binary_op = version_binary_op,
    .subscr = version_subscr,
    .getiter = version_getiter,
};
static const mp_obj_base_t sys_version_info_obj = {&mp_type_version_info};

// sys.maxsize: the largest C index, 2**63-1 on 64-bit hosts. It does not
// fit a small int, so it is made at first use (see mp_sys_init).
static mp_obj_t sys_attr_dynamic(qstr attr) {
    switch (attr) {
        case MP_QSTR_path: return MP_STATE(sys_path);
        case MP_QSTR_argv: return MP_STATE(sys_argv);
        case MP_QSTR_modules: return MP_OBJ_FROM_PTR(MP_STATE(modules));
        default: return MP_OBJ_NULL;
    }
}

static const mp_rom_map_elem_t sys_globals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_sys)},
    {MP_ROM_QSTR(MP_QSTR_exit), MP_ROM_PTR(&sys_exit_obj)},
    {MP_ROM_QSTR(MP_QSTR_print_exception), MP_ROM_PTR(&sys_print_exception_obj)},
    {MP_ROM_QSTR(MP_QSTR_exc_info), MP_ROM_PTR(&sys_exc_info_obj)},
    {MP_ROM_QSTR(MP_QSTR_atexit), MP_ROM_PTR(&sys_atexit_obj)},
    {MP_ROM_QSTR(MP_QSTR_getrecursionlimit), MP_ROM_PTR(&sys_getrecursionlimit_obj)},
    {MP_ROM_QSTR(MP_QSTR_setrecursionlimit), MP_ROM_PTR(&sys_setrecursionlimit_obj)},
    {MP_ROM_QSTR(MP_QSTR_intern), MP_ROM_PTR(&sys_intern_obj)},
    {MP_ROM_QSTR(MP_QSTR_implementation), MP_ROM_PTR(&sys_implementation_obj)},
    {MP_ROM_QSTR(MP_QSTR_version_info), MP_ROM_PTR(&sys_version_info_obj)},
    {MP_ROM_QSTR(MP_QSTR_version), MP_ROM_QSTR(MP_QSTR_3_dot_4_dot_0)},
    {MP_ROM_QSTR(MP_QSTR_byteorder), MP_ROM_QSTR(MP_QSTR_little)},
    {MP_ROM_QSTR(MP_QSTR_maxunicode), MP_ROM_INT(0x10ffff)},
    {MP_ROM_QSTR(MP_QSTR_platform), MP_ROM_QSTR(MP_QSTR_linux)},
    {MP_ROM_QSTR(MP_QSTR_stdin), MP_ROM_PTR(&mp_sys_stdin_obj)},
    {MP_ROM_QSTR(MP_QSTR_stdout), MP_ROM_PTR(&mp_sys_stdout_obj)},
    {MP_ROM_QSTR(MP_QSTR_stderr), MP_ROM_PTR(&mp_sys_stderr_obj)},
    {MP_ROM_QSTR(MP_QSTR___stdin__), MP_ROM_PTR(&mp_sys_stdin_obj)},
    {MP_ROM_QSTR(MP_QSTR___stdout__), MP_ROM_PTR(&mp_sys_stdout_obj)},
    {MP_ROM_QSTR(MP_QSTR___stderr__), MP_ROM_PTR(&mp_sys_stderr_obj)},
    // Placeholders replaced with the live objects by mp_sys_init.
    {MP_ROM_QSTR(MP_QSTR_path), MP_ROM_PTR(&mp_const_none_obj)},
    {MP_ROM_QSTR(MP_QSTR_argv), MP_ROM_PTR(&mp_const_none_obj)},
    {MP_ROM_QSTR(MP_QSTR_modules), MP_ROM_PTR(&mp_const_none_obj)},
    {MP_ROM_QSTR(MP_QSTR_maxsize), MP_ROM_PTR(&mp_const_none_obj)},
};
static MP_DEFINE_CONST_DICT(sys_globals, sys_globals_table);
MP_DEFINE_CONST_MODULE(mp_module_sys, sys_globals);

// Import sys once at start-up so that sys.path/argv/modules are the live
// objects the interpreter uses.
void mp_sys_init(void) {
    mp_errno_init();
    mp_obj_t sys = mp_module_get_builtin(MP_QSTR_sys);
    mp_map_t *map = &mp_obj_module_get_globals(sys)->map;
    static bool rooted;
    if (!rooted) {
        rooted = true;
        gc_add_root(&sys_globals_live, 1);
    }
    sys_globals_live = mp_obj_module_get_globals(sys);
    MP_STATE(sys_exitfunc) = MP_OBJ_NULL;  // a soft reset forgets it
    static const qstr dyn[] = {MP_QSTR_path, MP_QSTR_argv, MP_QSTR_modules};
    for (size_t i = 0; i < MP_ARRAY_SIZE(dyn); i++) {
        mp_map_lookup_qstr(map, dyn[i], MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = sys_attr_dynamic(dyn[i]);
    }
    {
        nlr_buf_t nlr;
        if (nlr_push(&nlr) == 0) {
            mp_map_lookup_qstr(map, MP_QSTR_maxsize, MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = mp_obj_new_int_from_ll(INT64_MAX);
            nlr_pop();
        }
    }
    mp_obj_dict_store(MP_OBJ_FROM_PTR(MP_STATE(modules)), MP_OBJ_NEW_QSTR(MP_QSTR_sys), sys);
}
