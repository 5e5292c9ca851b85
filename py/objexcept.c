// objexcept.c: exceptions. The builtin exception types with CPython's
// hierarchy, their instances (args, chaining, per-type attributes, user
// attributes), tracebacks and their printing in MicroPython's format, and
// the raise helpers of runtime.h.
#include <errno.h>
#include <string.h>
#include "runtime.h"
#include "objexcept.h"
#include "objtype.h"
#include "objtuple.h"
#include "bc.h"

// ---------------------------------------------------------------------------
// Recognising exception instances

static bool type_is_exception(const mp_obj_type_t *t) {
    if (t->make_new == mp_obj_exception_make_new && !mp_type_is_user(t)) {
        return true;
    }
    if (mp_type_is_user(t)) {
        return ((const mp_obj_user_type_t *)t)->layout == MP_INST_LAYOUT_EXCEPTION;
    }
    // Builtin exception types with their own constructor (ExceptionGroup).
    return t->base_type != NULL && mp_obj_is_subclass_fast(t, &mp_type_BaseException);
}

bool mp_obj_exception_check(mp_obj_t o) {
    return mp_obj_is_obj(o) && type_is_exception(mp_obj_get_type(o));
}

mp_obj_exception_t *mp_obj_exception_get_native(mp_obj_t o) {
    if (mp_obj_exception_check(o)) {
        return (mp_obj_exception_t *)MP_OBJ_TO_PTR(o);
    }
    return NULL;
}

static bool type_derives(const mp_obj_type_t *t, const mp_obj_type_t *base) {
    return t == base || mp_obj_is_subclass_fast(t, base);
}

// ---------------------------------------------------------------------------
// Construction

// Allocate an exception object of `type` with the given args; never raises
// for lack of memory (falls back to the preallocated MemoryError).
static mp_obj_t exc_alloc(const mp_obj_type_t *type, size_t n_args, const mp_obj_t *args) {
    mp_obj_exception_t *e = m_new_obj_maybe(mp_obj_exception_t);
    if (e == NULL) {
        goto oom;
    }
    e->base.type = type;
    if (n_args == 0) {
        e->args = (mp_obj_tuple_t *)&mp_const_empty_tuple_obj;
    } else {
        mp_obj_tuple_t *t = m_malloc_maybe(sizeof(mp_obj_tuple_t) + n_args * sizeof(mp_obj_t));
        if (t == NULL) {
            goto oom;
        }
        t->base.type = &mp_type_tuple;
        t->len = n_args;
        memcpy(t->items, args, n_args * sizeof(mp_obj_t));
        e->args = t;
    }
    return MP_OBJ_FROM_PTR(e);
oom:
    if (MP_STATE(memory_error) != MP_OBJ_NULL) {
        mp_obj_t me = MP_STATE(memory_error);
        mp_obj_exception_clear_traceback(me);
        mp_obj_exception_t *m = MP_OBJ_TO_PTR(me);
        m->cause = MP_OBJ_NULL;
        m->context = MP_OBJ_NULL;
        m->suppress_context = false;
        return me;
    }
    m_malloc_fail(sizeof(mp_obj_exception_t));
}

static void set_attr_value(mp_obj_exception_t *e, qstr attr, mp_obj_t value) {
    if (e->attrs == NULL) {
        e->attrs = mp_map_new(2);
    }
    mp_map_lookup(e->attrs, MP_OBJ_NEW_QSTR(attr), MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = value;
}

static mp_obj_t get_attr_value(const mp_obj_exception_t *e, qstr attr) {
    if (e->attrs == NULL) {
        return MP_OBJ_NULL;
    }
    mp_map_elem_t *el = mp_map_lookup(e->attrs, MP_OBJ_NEW_QSTR(attr), MP_MAP_LOOKUP);
    return el ? el->value : MP_OBJ_NULL;
}

// The OSError subclass CPython picks for an errno. A small table searched
// linearly rather than a switch: the errno values are sparse (up to ~115),
// so the switch became a 900-byte lookup table; this is only used when an
// OSError is built.
static const uint8_t oserror_errnos[] = {
    EAGAIN, EWOULDBLOCK, EALREADY, EINPROGRESS, ECHILD, EPIPE, ESHUTDOWN, ECONNABORTED,
    ECONNREFUSED, ECONNRESET, EEXIST, ENOENT, EISDIR, ENOTDIR, EINTR, EACCES, EPERM, ESRCH,
    ETIMEDOUT,
};
_Static_assert(EAGAIN < 256 && EWOULDBLOCK < 256 && EALREADY < 256 && EINPROGRESS < 256 && ECHILD < 256
    && EPIPE < 256 && ESHUTDOWN < 256 && ECONNABORTED < 256 && ECONNREFUSED < 256 && ECONNRESET < 256
    && EEXIST < 256 && ENOENT < 256 && EISDIR < 256 && ENOTDIR < 256 && EINTR < 256 && EACCES < 256
    && EPERM < 256 && ESRCH < 256 && ETIMEDOUT < 256, "errno values fit the uint8_t table");
static const mp_obj_type_t *const oserror_types[] = {
    &mp_type_BlockingIOError, &mp_type_BlockingIOError, &mp_type_BlockingIOError, &mp_type_BlockingIOError,
    &mp_type_ChildProcessError, &mp_type_BrokenPipeError, &mp_type_BrokenPipeError,
    &mp_type_ConnectionAbortedError, &mp_type_ConnectionRefusedError, &mp_type_ConnectionResetError,
    &mp_type_FileExistsError, &mp_type_FileNotFoundError, &mp_type_IsADirectoryError,
    &mp_type_NotADirectoryError, &mp_type_InterruptedError, &mp_type_PermissionError,
    &mp_type_PermissionError, &mp_type_ProcessLookupError, &mp_type_TimeoutError,
};

_Static_assert(MP_ARRAY_SIZE(oserror_errnos) == MP_ARRAY_SIZE(oserror_types), "one type per errno");

static const mp_obj_type_t *oserror_subclass(mp_int_t err) {
    for (size_t i = 0; i < MP_ARRAY_SIZE(oserror_errnos); i++) {
        if (oserror_errnos[i] == err) {
            return oserror_types[i];
        }
    }
    return &mp_type_OSError;
}

mp_obj_t mp_obj_exception_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    bool user = mp_type_is_user(type);
    const mp_obj_type_t *native = type;
    if (user) {
        native = mp_obj_type_native_base(type);
        if (native == NULL) {
            native = &mp_type_BaseException;
        }
    }
    // Keyword arguments some builtin exceptions accept, stored as attributes:
    // ImportError(msg, name=, path=), AttributeError(msg, name=, obj=),
    // NameError(msg, name=).
    qstr kw_ok[2] = {0, 0};
    if (type_derives(type, &mp_type_ImportError)) {
        kw_ok[0] = MP_QSTR_name, kw_ok[1] = MP_QSTR_path;
    } else if (type_derives(type, &mp_type_AttributeError)) {
        kw_ok[0] = MP_QSTR_name, kw_ok[1] = MP_QSTR_obj;
    } else if (type_derives(type, &mp_type_NameError)) {
        kw_ok[0] = MP_QSTR_name;
    }
    mp_obj_t kw_val[2] = {MP_OBJ_NULL, MP_OBJ_NULL};
    if (n_kw != 0 && !user) {
        if (kw_ok[0] == 0) {
            mp_raise_TypeError_varg("%q() takes no keyword arguments", type->name);
        }
        for (size_t i = 0; i < n_kw; i++) {
            qstr q = mp_obj_str_get_qstr(args[n_args + 2 * i]);
            if (q != 0 && q == kw_ok[0]) {
                kw_val[0] = args[n_args + 2 * i + 1];
            } else if (q != 0 && q == kw_ok[1]) {
                kw_val[1] = args[n_args + 2 * i + 1];
            } else {
                mp_raise_TypeError_varg("'%s' is an invalid keyword argument for %q()",
                    mp_obj_str_get_str(args[n_args + 2 * i]), type->name);
            }
        }
    }
    mp_obj_t fname = MP_OBJ_NULL, fname2 = MP_OBJ_NULL;
    size_t n_store = n_args;
    if (type_derives(native, &mp_type_OSError) && n_args >= 2 && n_args <= 5) {
        if (type == &mp_type_OSError && mp_obj_is_small_int(args[0])) {
            type = oserror_subclass(mp_small_int_value(args[0]));
        }
        if (n_args >= 3) {
            fname = args[2];
            if (n_args == 5) {
                fname2 = args[4];
            }
            n_store = 2;
        }
    }
    mp_obj_t o = exc_alloc(type, n_store, args);
    mp_obj_exception_t *e = MP_OBJ_TO_PTR(o);
    if (o == MP_STATE(memory_error)) {
        // A constructor call: raise (callers may retype what they get).
        nlr_raise(o);
    }
    if (fname != MP_OBJ_NULL) {
        set_attr_value(e, MP_QSTR_filename, fname);
        if (fname2 != MP_OBJ_NULL) {
            set_attr_value(e, MP_QSTR_filename2, fname2);
        }
    }
    for (size_t i = 0; i < 2; i++) {
        if (kw_val[i] != MP_OBJ_NULL) {
            set_attr_value(e, kw_ok[i], kw_val[i]);
        }
    }
    return o;
}

void mp_obj_exception_store_attr(mp_obj_t exc, qstr attr, mp_obj_t value) {
    mp_obj_exception_t *e = mp_obj_exception_get_native(exc);
    if (e != NULL && exc != MP_STATE(memory_error)) {
        set_attr_value(e, attr, value);
    }
}

mp_obj_t mp_obj_new_exception(const mp_obj_type_t *exc_type) {
    return exc_alloc(exc_type, 0, NULL);
}

mp_obj_t mp_obj_new_exception_arg1(const mp_obj_type_t *exc_type, mp_obj_t arg) {
    return exc_alloc(exc_type, 1, &arg);
}

mp_obj_t mp_obj_new_exception_args(const mp_obj_type_t *exc_type, size_t n_args, const mp_obj_t *args) {
    if (type_derives(exc_type, &mp_type_OSError) && n_args >= 2) {
        return mp_obj_exception_make_new(exc_type, n_args, 0, args);
    }
    return exc_alloc(exc_type, n_args, args);
}

mp_obj_t mp_obj_new_exception_msg(const mp_obj_type_t *exc_type, const char *msg) {
    if (msg == NULL) {
        return exc_alloc(exc_type, 0, NULL);
    }
    char text[MP_TEXT_MAX_LEN];
    msg = mp_text_cstr(msg, text, sizeof(text));
    mp_obj_t s = mp_obj_new_str(msg, strlen(msg));
    return exc_alloc(exc_type, 1, &s);
}

static mp_obj_t new_exception_vmsg(const mp_obj_type_t *exc_type, const char *fmt, va_list ap) {
    char text[MP_TEXT_MAX_LEN];
    vstr_t v;
    vstr_init(&v, 32);
    mp_print_t p = mp_print_for_vstr(&v);
    mp_vprintf(&p, mp_text_cstr(fmt, text, sizeof(text)), ap);
    mp_obj_t s = mp_obj_new_str_from_vstr(&v);
    return exc_alloc(exc_type, 1, &s);
}

mp_obj_t mp_obj_new_exception_msg_varg(const mp_obj_type_t *exc_type, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    mp_obj_t e = new_exception_vmsg(exc_type, fmt, ap);
    va_end(ap);
    return e;
}

mp_obj_t mp_obj_new_exception_from_errno(int errno_) {
    mp_obj_t args[2] = {MP_OBJ_NEW_SMALL_INT(errno_), mp_obj_new_str_from_cstr(strerror(errno_))};
    return mp_obj_exception_make_new(&mp_type_OSError, 2, 0, args);
}

void mp_exceptions_init(void) {
    if (MP_STATE(memory_error) == MP_OBJ_NULL) {
        MP_STATE(memory_error) = mp_obj_new_exception(&mp_type_MemoryError);
    }
    if (MP_STATE(keyboard_interrupt) == MP_OBJ_NULL) {
        MP_STATE(keyboard_interrupt) = mp_obj_new_exception(&mp_type_KeyboardInterrupt);
    }
}

// ---------------------------------------------------------------------------
// Raise helpers (runtime.h)

MP_NORETURN void mp_raise_msg(const mp_obj_type_t *exc_type, const char *msg) {
    nlr_raise(mp_obj_new_exception_msg(exc_type, msg));
}

MP_NORETURN void mp_raise_msg_varg(const mp_obj_type_t *exc_type, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    mp_obj_t e = new_exception_vmsg(exc_type, fmt, ap);
    va_end(ap);
    nlr_raise(e);
}

MP_NORETURN void mp_raise_ValueError(const char *msg) {
    mp_raise_msg(&mp_type_ValueError, msg);
}

MP_NORETURN void mp_raise_TypeError(const char *msg) {
    mp_raise_msg(&mp_type_TypeError, msg);
}

MP_NORETURN void mp_raise_TypeError_varg(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    mp_obj_t e = new_exception_vmsg(&mp_type_TypeError, fmt, ap);
    va_end(ap);
    nlr_raise(e);
}

MP_NORETURN void mp_raise_TypeError_type(const char *fmt, mp_obj_t obj) {
    mp_raise_TypeError_varg(fmt, mp_obj_get_type_str(obj));
}

MP_NORETURN void mp_raise_NotImplementedError(const char *msg) {
    mp_raise_msg(&mp_type_NotImplementedError, msg);
}

MP_NORETURN void mp_raise_OSError(int errno_) {
    nlr_raise(mp_obj_new_exception_from_errno(errno_));
}

MP_NORETURN void mp_raise_StopIteration(mp_obj_t arg) {
    if (arg == mp_const_none || arg == MP_OBJ_NULL) {
        nlr_raise(mp_obj_new_exception(&mp_type_StopIteration));
    }
    nlr_raise(mp_obj_new_exception_arg1(&mp_type_StopIteration, arg));
}

// ---------------------------------------------------------------------------
// Chaining

void mp_obj_exception_set_context(mp_obj_t exc, mp_obj_t context) {
    mp_obj_exception_t *e = mp_obj_exception_get_native(exc);
    if (e == NULL || exc == context) {
        return;
    }
    // Cut a cycle: if exc is already in context's chain, unlink it there.
    mp_obj_t o = context;
    for (int guard = 0; guard < 10000; guard++) {
        mp_obj_exception_t *oe = mp_obj_exception_get_native(o);
        if (oe == NULL || oe->context == MP_OBJ_NULL) {
            break;
        }
        if (oe->context == exc) {
            oe->context = MP_OBJ_NULL;
            break;
        }
        o = oe->context;
    }
    e->context = context;
}

void mp_obj_exception_set_cause(mp_obj_t exc, mp_obj_t cause) {
    mp_obj_exception_t *e = mp_obj_exception_get_native(exc);
    if (e == NULL) {
        return;
    }
    e->cause = cause == mp_const_none ? MP_OBJ_NULL : cause;
    e->suppress_context = true;
}

mp_obj_t mp_obj_exception_wrap_runtime_error(mp_obj_t exc, const char *msg) {
    mp_obj_t r = mp_obj_new_exception_msg(&mp_type_RuntimeError, msg);
    mp_obj_exception_t *e = mp_obj_exception_get_native(r);
    if (e != NULL && r != MP_STATE(memory_error)) {
        e->cause = exc;
        e->context = exc;
        e->suppress_context = true;
    }
    return r;
}

// ---------------------------------------------------------------------------
// Tracebacks

// At most this many entries are kept (deep recursion would otherwise make
// huge tracebacks): beyond it the last slot is overwritten, so the outermost
// frame (usually <module>) is still shown below the innermost ones.
#define TRACEBACK_MAX_ENTRIES (1024)
// Set in traceback_alloc once an allocation failed: don't retry (each retry
// would be a full collection) until the traceback is cleared.
#define TRACEBACK_NO_GROW ((size_t)1 << (8 * sizeof(size_t) - 1))

// An entry added by the VM holds (code object, bytecode offset,
// TB_LAZY): the line is worked out only if the traceback is printed (most
// exceptions are caught). The blocks are scanned by the collector, which
// keeps those code objects alive.
#define TB_LAZY ((size_t)-1)

// Make room for one more entry; returns where it goes, or NULL.
static size_t *traceback_slot(mp_obj_exception_t *e) {
    size_t alloc = e->traceback_alloc & ~TRACEBACK_NO_GROW;
    if (e->traceback_len + 3 > alloc) {
        if ((e->traceback_alloc & TRACEBACK_NO_GROW) || alloc >= 3 * TRACEBACK_MAX_ENTRIES) {
            if (e->traceback_len < 3) {
                return NULL;
            }
            e->traceback_len -= 3;  // overwrite the last entry
        } else {
            // Grow by allocating a new atomic block; never raise (an entry
            // is dropped if there is no memory).
            size_t new_alloc = alloc ? alloc * 2 : 3 * 4;
            if (new_alloc > 3 * TRACEBACK_MAX_ENTRIES) {
                new_alloc = 3 * TRACEBACK_MAX_ENTRIES;
            }
            size_t *d = gc_alloc(new_alloc * sizeof(size_t), 0);
            if (d == NULL) {
                e->traceback_alloc |= TRACEBACK_NO_GROW;
                if (e->traceback_len < 3) {
                    return NULL;
                }
                e->traceback_len -= 3;
            } else {
                if (e->traceback_len) {
                    memcpy(d, e->traceback_data, e->traceback_len * sizeof(size_t));
                }
                e->traceback_data = d;
                e->traceback_alloc = new_alloc;
            }
        }
    }
    size_t *t = e->traceback_data + e->traceback_len;
    e->traceback_len += 3;
    return t;
}

void mp_obj_exception_add_traceback(mp_obj_t exc, qstr file, size_t line, qstr block) {
    mp_obj_exception_t *e = mp_obj_exception_get_native(exc);
    size_t *t = e != NULL ? traceback_slot(e) : NULL;
    if (t != NULL) {
        t[0] = file;
        t[1] = line;
        t[2] = block;
    }
}

void mp_obj_exception_add_traceback_code(mp_obj_t exc, const mp_code_t *code, size_t bc_offset) {
    mp_obj_exception_t *e = mp_obj_exception_get_native(exc);
    size_t *t = e != NULL ? traceback_slot(e) : NULL;
    if (t != NULL) {
        t[0] = (size_t)(uintptr_t)code;
        t[1] = bc_offset;
        t[2] = TB_LAZY;
    }
}

// Turn the lazy entries into (file, line, block).
static void traceback_resolve(mp_obj_exception_t *e) {
    for (size_t i = 0; i + 3 <= e->traceback_len; i += 3) {
        size_t *t = e->traceback_data + i;
        if (t[2] == TB_LAZY) {
            const mp_code_t *code = (const mp_code_t *)(uintptr_t)t[0];
            t[1] = mp_code_line_for_offset(code, t[1]);
            t[0] = code->filename;
            t[2] = code->name;
        }
    }
}

void mp_obj_exception_clear_traceback(mp_obj_t exc) {
    mp_obj_exception_t *e = mp_obj_exception_get_native(exc);
    if (e != NULL) {
        e->traceback_len = 0;
        e->traceback_alloc &= ~TRACEBACK_NO_GROW;
    }
}

mp_obj_t mp_obj_exception_get_value(mp_obj_t exc) {
    mp_obj_exception_t *e = mp_obj_exception_get_native(exc);
    if (e == NULL || e->args->len == 0) {
        return mp_const_none;
    }
    return e->args->items[0];
}

// ---------------------------------------------------------------------------
// str() and repr()

static mp_obj_t args_item(const mp_obj_exception_t *e, size_t i) {
    return i < e->args->len ? e->args->items[i] : mp_const_none;
}

static void print_str(const mp_print_t *print, mp_obj_t self) {
    mp_obj_exception_t *e = MP_OBJ_TO_PTR(self);
    const mp_obj_type_t *t = mp_obj_get_type_cold(self);
    size_t n = e->args->len;
    if (type_derives(t, &mp_type_OSError) && n == 2) {
        mp_obj_t fn = get_attr_value(e, MP_QSTR_filename);
        mp_obj_t fn2 = get_attr_value(e, MP_QSTR_filename2);
        mp_print_str(print, "[Errno ");
        mp_obj_print_helper(print, e->args->items[0], PRINT_STR);
        mp_print_str(print, "] ");
        mp_obj_print_helper(print, e->args->items[1], PRINT_STR);
        if (fn != MP_OBJ_NULL && fn != mp_const_none) {
            mp_print_str(print, ": ");
            mp_obj_print_helper(print, fn, PRINT_REPR);
            if (fn2 != MP_OBJ_NULL && fn2 != mp_const_none) {
                mp_print_str(print, " -> ");
                mp_obj_print_helper(print, fn2, PRINT_REPR);
            }
        }
        return;
    }
    if (type_derives(t, &mp_type_KeyError) && n == 1) {
        mp_obj_print_helper(print, e->args->items[0], PRINT_REPR);
        return;
    }
    if (type_derives(t, &mp_type_SyntaxError) && n >= 1) {
        mp_obj_t fn = MP_OBJ_NULL, line = MP_OBJ_NULL;
        if (n == 2 && mp_obj_is_type_cold(e->args->items[1], &mp_type_tuple)) {
            mp_obj_tuple_t *d = MP_OBJ_TO_PTR(e->args->items[1]);
            if (d->len >= 2) {
                fn = d->items[0];
                line = d->items[1];
            }
        }
        mp_obj_t a;
        if ((a = get_attr_value(e, MP_QSTR_filename)) != MP_OBJ_NULL) {
            fn = a;
        }
        if ((a = get_attr_value(e, MP_QSTR_lineno)) != MP_OBJ_NULL) {
            line = a;
        }
        mp_obj_print_helper(print, e->args->items[0], PRINT_STR);
        bool have_fn = fn != MP_OBJ_NULL && mp_obj_is_str_cold(fn);
        bool have_line = line != MP_OBJ_NULL && mp_obj_is_int_cold(line);
        if (have_fn && have_line) {
            mp_printf(print, " (%s, line ", mp_obj_str_get_str(fn));
            mp_obj_print_helper(print, line, PRINT_STR);
            mp_print_str(print, ")");
        } else if (have_fn) {
            mp_printf(print, " (%s)", mp_obj_str_get_str(fn));
        } else if (have_line) {
            mp_print_str(print, " (line ");
            mp_obj_print_helper(print, line, PRINT_STR);
            mp_print_str(print, ")");
        }
        return;
    }
    if (n == 5 && (type_derives(t, &mp_type_UnicodeDecodeError) || type_derives(t, &mp_type_UnicodeEncodeError))
        && mp_obj_is_str_cold(e->args->items[0]) && mp_obj_is_small_int(e->args->items[2]) && mp_obj_is_small_int(e->args->items[3])) {
        bool dec = type_derives(t, &mp_type_UnicodeDecodeError);
        mp_int_t start = mp_small_int_value(e->args->items[2]);
        mp_int_t end = mp_small_int_value(e->args->items[3]);
        mp_printf(print, "'%s' codec can't %s ", mp_obj_str_get_str(e->args->items[0]), dec ? "decode" : "encode");
        size_t len;
        const char *data = mp_obj_str_get_data(e->args->items[1], &len);
        if (end == start + 1 && start >= 0 && (size_t)start < len) {
            if (dec) {
                mp_printf(print, "byte 0x%02x in position %d: ", (unsigned)(byte)data[start], (int)start);
            } else {
                mp_print_str(print, "character ");
                mp_obj_t ch = mp_obj_subscr(e->args->items[1], MP_OBJ_NEW_SMALL_INT(start), MP_OBJ_SENTINEL);
                mp_obj_print_helper(print, ch, PRINT_REPR);
                mp_printf(print, " in position %d: ", (int)start);
            }
        } else {
            mp_printf(print, "%s in position %d-%d: ", dec ? "bytes" : "characters", (int)start, (int)(end - 1));
        }
        mp_obj_print_helper(print, e->args->items[4], PRINT_STR);
        return;
    }
    if (n == 0) {
        return;
    }
    if (n == 1) {
        mp_obj_print_helper(print, e->args->items[0], PRINT_STR);
        return;
    }
    mp_obj_print_helper(print, MP_OBJ_FROM_PTR(e->args), PRINT_REPR);
}

void mp_obj_exception_print(const mp_print_t *print, mp_obj_t o, mp_print_kind_t kind) {
    mp_obj_exception_t *e = mp_obj_exception_get_native(o);
    if (e == NULL) {
        mp_print_str(print, "<exception>");
        return;
    }
    if (kind == PRINT_STR) {
        print_str(print, o);
        return;
    }
    mp_printf(print, "%q(", mp_obj_get_type_cold(o)->name);
    for (size_t i = 0; i < e->args->len; i++) {
        if (i > 0) {
            mp_print_str(print, ", ");
        }
        mp_obj_print_helper(print, e->args->items[i], PRINT_REPR);
    }
    mp_print_str(print, ")");
}

// ---------------------------------------------------------------------------
// Attributes

// Attributes computed from args (when not overridden in attrs), as a table
// rather than a switch of per-attribute code: (name, class that has it, how
// to compute it). The first entry whose name matches and whose class the
// exception derives from gives the value.
enum { CA_ARG, CA_ARG_N2, CA_ARG_N5, CA_NONE, CA_SYNTAX, CA_CODE };
#define CA(how, idx) ((how) << 4 | (idx))
static const mp_obj_type_t *const computed_attr_base[] = {
    &mp_type_StopIteration, &mp_type_SystemExit, &mp_type_OSError, &mp_type_SyntaxError,
    &mp_type_ImportError, &mp_type_NameError, &mp_type_AttributeError, &mp_type_UnicodeError,
};
enum { CB_STOP, CB_EXIT, CB_OS, CB_SYNTAX, CB_IMPORT, CB_NAME, CB_ATTR, CB_UNICODE };
static const struct {
    qstr_short_t attr;
    uint8_t base;  // index in computed_attr_base
    uint8_t how;   // CA(CA_xxx, index in args or in SyntaxError's details)
} computed_attrs[] = {
    {MP_QSTR_value, CB_STOP, CA(CA_ARG, 0)},
    {MP_QSTR_code, CB_EXIT, CA(CA_CODE, 0)},
    {MP_QSTR_errno, CB_OS, CA(CA_ARG_N2, 0)},
    {MP_QSTR_strerror, CB_OS, CA(CA_ARG_N2, 1)},
    {MP_QSTR_filename, CB_OS, CA(CA_NONE, 0)},
    {MP_QSTR_filename2, CB_OS, CA(CA_NONE, 0)},
    {MP_QSTR_filename, CB_SYNTAX, CA(CA_SYNTAX, 0)},
    {MP_QSTR_msg, CB_IMPORT, CA(CA_ARG, 0)},
    {MP_QSTR_msg, CB_SYNTAX, CA(CA_ARG, 0)},
    {MP_QSTR_name, CB_IMPORT, CA(CA_NONE, 0)},
    {MP_QSTR_name, CB_NAME, CA(CA_NONE, 0)},
    {MP_QSTR_name, CB_ATTR, CA(CA_NONE, 0)},
    {MP_QSTR_path, CB_IMPORT, CA(CA_NONE, 0)},
    {MP_QSTR_obj, CB_ATTR, CA(CA_NONE, 0)},
    {MP_QSTR_lineno, CB_SYNTAX, CA(CA_SYNTAX, 1)},
    {MP_QSTR_offset, CB_SYNTAX, CA(CA_SYNTAX, 2)},
    {MP_QSTR_text, CB_SYNTAX, CA(CA_SYNTAX, 3)},
    {MP_QSTR_end_lineno, CB_SYNTAX, CA(CA_SYNTAX, 4)},
    {MP_QSTR_end_offset, CB_SYNTAX, CA(CA_SYNTAX, 5)},
    {MP_QSTR_print_file_and_line, CB_SYNTAX, CA(CA_NONE, 0)},
    {MP_QSTR_encoding, CB_UNICODE, CA(CA_ARG_N5, 0)},
    {MP_QSTR_object, CB_UNICODE, CA(CA_ARG_N5, 1)},
    {MP_QSTR_start, CB_UNICODE, CA(CA_ARG_N5, 2)},
    {MP_QSTR_end, CB_UNICODE, CA(CA_ARG_N5, 3)},
    {MP_QSTR_reason, CB_UNICODE, CA(CA_ARG_N5, 4)},
};

static mp_obj_t computed_attr(mp_obj_t self, mp_obj_exception_t *e, qstr attr) {
    const mp_obj_type_t *t = mp_obj_get_type_cold(self);
    size_t n = e->args->len;
    for (size_t i = 0; i < MP_ARRAY_SIZE(computed_attrs); i++) {
        if (computed_attrs[i].attr != attr || !type_derives(t, computed_attr_base[computed_attrs[i].base])) {
            continue;
        }
        size_t idx = computed_attrs[i].how & 15;
        switch (computed_attrs[i].how >> 4) {
            case CA_ARG:
                return args_item(e, idx);
            case CA_ARG_N2:
                return n == 2 ? e->args->items[idx] : mp_const_none;
            case CA_ARG_N5:
                if (n == 5) {
                    return e->args->items[idx];
                }
                continue;
            case CA_CODE:
                return n == 0 ? mp_const_none : n == 1 ? e->args->items[0] : MP_OBJ_FROM_PTR(e->args);
            case CA_SYNTAX:
                // SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset))
                if (n == 2 && mp_obj_is_type_cold(e->args->items[1], &mp_type_tuple)) {
                    mp_obj_tuple_t *d = MP_OBJ_TO_PTR(e->args->items[1]);
                    if (idx < d->len) {
                        return d->items[idx];
                    }
                }
                return mp_const_none;
            default:
                return mp_const_none;
        }
    }
    return MP_OBJ_NULL;
}

static void exc_locals_lookup(mp_obj_t self, qstr attr, mp_obj_t *dest);

void mp_obj_exception_attr(mp_obj_t self, qstr attr, mp_obj_t *dest) {
    mp_obj_exception_t *e = mp_obj_exception_get_native(self);
    if (e == NULL) {
        return;
    }
    if (dest[0] == MP_OBJ_NULL) {
        // load
        switch (attr) {
            case MP_QSTR_args:
                dest[0] = MP_OBJ_FROM_PTR(e->args);
                return;
            case MP_QSTR___cause__:
                dest[0] = e->cause == MP_OBJ_NULL ? mp_const_none : e->cause;
                return;
            case MP_QSTR___context__:
                dest[0] = e->context == MP_OBJ_NULL ? mp_const_none : e->context;
                return;
            case MP_QSTR___suppress_context__:
                dest[0] = mp_obj_new_bool(e->suppress_context);
                return;
            case MP_QSTR___traceback__:
                dest[0] = mp_const_none;
                return;
        }
        mp_obj_t v = get_attr_value(e, attr);
        if (v != MP_OBJ_NULL) {
            dest[0] = v;
            return;
        }
        if (attr == MP_QSTR___dict__) {
            // (a snapshot: the attributes live in a bare map)
            mp_obj_t d = mp_obj_new_dict(0);
            if (e->attrs != NULL) {
                mp_map_update(mp_obj_dict_get_map(d), e->attrs);
            }
            dest[0] = d;
            return;
        }
        v = computed_attr(self, e, attr);
        if (v != MP_OBJ_NULL) {
            dest[0] = v;
            return;
        }
        if (!mp_type_is_user(mp_obj_get_type_cold(self))) {
            exc_locals_lookup(self, attr, dest);
        }
        return;
    }
    if (dest[0] != MP_OBJ_SENTINEL) {
        return;
    }
    if (dest[1] != MP_OBJ_NULL) {
        // store
        mp_obj_t v = dest[1];
        switch (attr) {
            case MP_QSTR_args:
                e->args = MP_OBJ_TO_PTR(mp_obj_tuple_from_iterable(v));
                dest[0] = MP_OBJ_NULL;
                return;
            case MP_QSTR___cause__:
                if (v != mp_const_none && !mp_obj_exception_check(v)) {
                    mp_raise_TypeError("exception cause must be None or derive from BaseException");
                }
                e->cause = v == mp_const_none ? MP_OBJ_NULL : v;
                e->suppress_context = true;
                dest[0] = MP_OBJ_NULL;
                return;
            case MP_QSTR___context__:
                if (v != mp_const_none && !mp_obj_exception_check(v)) {
                    mp_raise_TypeError("exception context must be None or derive from BaseException");
                }
                e->context = v == mp_const_none ? MP_OBJ_NULL : v;
                dest[0] = MP_OBJ_NULL;
                return;
            case MP_QSTR___suppress_context__:
                e->suppress_context = mp_obj_is_true(v);
                dest[0] = MP_OBJ_NULL;
                return;
            case MP_QSTR___traceback__:
                if (v == mp_const_none) {
                    e->traceback_len = 0;
                }
                dest[0] = MP_OBJ_NULL;
                return;
        }
        if (self == MP_STATE(memory_error) || self == MP_STATE(keyboard_interrupt)) {
            return;  // preallocated singletons stay clean
        }
        set_attr_value(e, attr, v);
        dest[0] = MP_OBJ_NULL;
        return;
    }
    // delete
    if (e->attrs != NULL && mp_map_lookup(e->attrs, MP_OBJ_NEW_QSTR(attr), MP_MAP_LOOKUP_REMOVE_IF_FOUND) != NULL) {
        dest[0] = MP_OBJ_NULL;
    }
}

// ---------------------------------------------------------------------------
// Methods

// BaseException.__init__(self, *args): replaces args.
static mp_obj_t exc___init__(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    mp_obj_exception_t *e = mp_obj_exception_get_native(args[0]);
    if (e == NULL) {
        mp_raise_TypeError("descriptor '__init__' requires a 'BaseException' object");
    }
    if (kw != NULL && kw->used != 0 && !mp_type_is_user(e->base.type)) {
        mp_raise_TypeError_varg("%q() takes no keyword arguments", e->base.type->name);
    }
    if (args[0] != MP_STATE(memory_error)) {
        e->args = MP_OBJ_TO_PTR(mp_obj_new_tuple(n_args - 1, args + 1));
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(exc___init___obj, 1, exc___init__);

static mp_obj_t exc_with_traceback(mp_obj_t self, mp_obj_t tb) {
    (void)tb;
    return self;
}
static MP_DEFINE_CONST_FUN_OBJ_2(exc_with_traceback_obj, exc_with_traceback);

// BaseException.__str__ / __repr__ (msg: the error for a non-exception self).
static mp_obj_t exc_to_str(mp_obj_t self, mp_print_kind_t kind, const char *msg) {
    if (!mp_obj_exception_check(self)) {
        mp_raise_TypeError(msg);
    }
    vstr_t v;
    vstr_init(&v, 16);
    mp_print_t p = mp_print_for_vstr(&v);
    mp_obj_exception_print(&p, self, kind);
    return mp_obj_new_str_from_vstr(&v);
}

static mp_obj_t exc___str__(mp_obj_t self) {
    return exc_to_str(self, PRINT_STR, "descriptor '__str__' requires a 'BaseException' object");
}
static MP_DEFINE_CONST_FUN_OBJ_1(exc___str___obj, exc___str__);

static mp_obj_t exc___repr__(mp_obj_t self) {
    return exc_to_str(self, PRINT_REPR, "descriptor '__repr__' requires a 'BaseException' object");
}
static MP_DEFINE_CONST_FUN_OBJ_1(exc___repr___obj, exc___repr__);

static mp_obj_t exc_add_note(mp_obj_t self, mp_obj_t note) {
    mp_obj_exception_t *e = mp_obj_exception_get_native(self);
    if (e == NULL) {
        mp_raise_TypeError("descriptor 'add_note' requires a 'BaseException' object");
    }
    if (!mp_obj_is_str_cold(note)) {
        mp_raise_TypeError_type("note must be a str, not '%s'", note);
    }
    mp_obj_t notes = get_attr_value(e, MP_QSTR___notes__);
    if (notes == MP_OBJ_NULL) {
        notes = mp_obj_new_list(0, NULL);
        set_attr_value(e, MP_QSTR___notes__, notes);
    }
    mp_obj_list_append(notes, note);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(exc_add_note_obj, exc_add_note);

static const mp_rom_map_elem_t exc_locals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___init__), MP_ROM_PTR(&exc___init___obj)},
    {MP_ROM_QSTR(MP_QSTR___str__), MP_ROM_PTR(&exc___str___obj)},
    {MP_ROM_QSTR(MP_QSTR___repr__), MP_ROM_PTR(&exc___repr___obj)},
    {MP_ROM_QSTR(MP_QSTR_with_traceback), MP_ROM_PTR(&exc_with_traceback_obj)},
    {MP_ROM_QSTR(MP_QSTR_add_note), MP_ROM_PTR(&exc_add_note_obj)},
};
static MP_DEFINE_CONST_DICT(exc_locals_dict, exc_locals_table);

static void exc_locals_lookup(mp_obj_t self, qstr attr, mp_obj_t *dest) {
    for (size_t i = 0; i < MP_ARRAY_SIZE(exc_locals_table); i++) {
        if (exc_locals_table[i].key == MP_OBJ_NEW_QSTR(attr)) {
            dest[0] = exc_locals_table[i].value;
            dest[1] = self;
            return;
        }
    }
}

// ---------------------------------------------------------------------------
// Printing an uncaught exception

static void print_one(const mp_print_t *print, mp_obj_t exc) {
    mp_obj_exception_t *volatile e = mp_obj_exception_get_native(exc);
    if (e != NULL && e->traceback_len > 0) {
        traceback_resolve(e);
        mp_print_str(print, "Traceback (most recent call last):\n");
        for (size_t i = e->traceback_len; i >= 3; i -= 3) {
            size_t *t = e->traceback_data + i - 3;
            mp_printf(print, "  File \"%q\", line %u", (qstr)t[0], (unsigned)t[1]);
            if ((qstr)t[2] != MP_QSTRnull) {
                mp_printf(print, ", in %q\n", (qstr)t[2]);
            } else {
                mp_print_str(print, "\n");
            }
        }
    }
    // The message line, "Name: str" or just "Name" if str is empty. str()
    // may run user code: render it first and survive it failing.
    const mp_obj_type_t *t = mp_obj_get_type_cold(exc);
    vstr_t v;
    vstr_init(&v, 32);
    mp_print_t vp = mp_print_for_vstr(&v);
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        if (e != NULL && type_derives(t, &mp_type_SyntaxError) && e->args->len >= 1) {
            // The traceback already names the file and line.
            mp_obj_print_helper(&vp, e->args->items[0], PRINT_STR);
        } else {
            mp_obj_print_helper(&vp, exc, PRINT_STR);
        }
        nlr_pop();
    } else {
        vstr_reset(&v);
        vstr_add_str(&v, "<exception str() failed>");
    }
    // CPython names the exception's module unless it is builtins or __main__.
    qstr mod = mp_obj_type_module(t);
    if (mod != 0 && mod != MP_QSTR_builtins && mod != MP_QSTR___main__) {
        mp_printf(print, "%q.", mod);
    }
    mp_printf(print, "%q", mp_obj_type_qualname(t));
    if (v.len > 0) {
        mp_print_str(print, ": ");
        mp_print_strn(print, v.buf, v.len, 0, ' ', 0);
    }
    mp_print_str(print, "\n");
}

static void print_chain(const mp_print_t *print, mp_obj_t exc, mp_obj_t *seen, size_t n_seen) {
    mp_obj_exception_t *e = mp_obj_exception_get_native(exc);
    if (e != NULL && n_seen < 32) {
        seen[n_seen++] = exc;
        mp_obj_t prev = MP_OBJ_NULL;
        const char *msg = NULL;
        if (e->cause != MP_OBJ_NULL) {
            prev = e->cause;
            msg = "\nThe above exception was the direct cause of the following exception:\n\n";
        } else if (e->context != MP_OBJ_NULL && !e->suppress_context) {
            prev = e->context;
            msg = "\nDuring handling of the above exception, another exception occurred:\n\n";
        }
        if (prev != MP_OBJ_NULL) {
            bool cyc = false;
            for (size_t i = 0; i < n_seen; i++) {
                if (seen[i] == prev) {
                    cyc = true;
                }
            }
            if (!cyc) {
                print_chain(print, prev, seen, n_seen);
                mp_print_str(print, msg);
            }
        }
    }
    print_one(print, exc);
}

void mp_obj_print_exception(const mp_print_t *print, mp_obj_t exc) {
    mp_obj_t seen[32];
    print_chain(print, exc, seen, 0);
}

// ---------------------------------------------------------------------------
// The types

// (each name's MP_QSTR_ is spelt out so that the qstr scanner sees it)
#define EXC_TYPE(name_, qst_, base_) \
    const mp_obj_type_t mp_type_##name_ = { \
        {&mp_type_type}, \
        .flags = MP_TYPE_FLAG_BASETYPE, \
        .name = qst_, \
        .print = mp_obj_exception_print, \
        .make_new = mp_obj_exception_make_new, \
        .attr = mp_obj_exception_attr, \
        .locals_dict = (mp_obj_dict_t *)&exc_locals_dict, \
        .base_type = base_, \
    };

EXC_TYPE(BaseException, MP_QSTR_BaseException, &mp_type_object)
EXC_TYPE(SystemExit, MP_QSTR_SystemExit, &mp_type_BaseException)
EXC_TYPE(KeyboardInterrupt, MP_QSTR_KeyboardInterrupt, &mp_type_BaseException)
EXC_TYPE(GeneratorExit, MP_QSTR_GeneratorExit, &mp_type_BaseException)
EXC_TYPE(Exception, MP_QSTR_Exception, &mp_type_BaseException)
EXC_TYPE(StopIteration, MP_QSTR_StopIteration, &mp_type_Exception)
EXC_TYPE(StopAsyncIteration, MP_QSTR_StopAsyncIteration, &mp_type_Exception)
EXC_TYPE(ArithmeticError, MP_QSTR_ArithmeticError, &mp_type_Exception)
EXC_TYPE(OverflowError, MP_QSTR_OverflowError, &mp_type_ArithmeticError)
EXC_TYPE(ZeroDivisionError, MP_QSTR_ZeroDivisionError, &mp_type_ArithmeticError)
EXC_TYPE(FloatingPointError, MP_QSTR_FloatingPointError, &mp_type_ArithmeticError)
EXC_TYPE(AssertionError, MP_QSTR_AssertionError, &mp_type_Exception)
EXC_TYPE(AttributeError, MP_QSTR_AttributeError, &mp_type_Exception)
EXC_TYPE(BufferError, MP_QSTR_BufferError, &mp_type_Exception)
EXC_TYPE(EOFError, MP_QSTR_EOFError, &mp_type_Exception)
EXC_TYPE(ImportError, MP_QSTR_ImportError, &mp_type_Exception)
EXC_TYPE(ModuleNotFoundError, MP_QSTR_ModuleNotFoundError, &mp_type_ImportError)
EXC_TYPE(LookupError, MP_QSTR_LookupError, &mp_type_Exception)
EXC_TYPE(IndexError, MP_QSTR_IndexError, &mp_type_LookupError)
EXC_TYPE(KeyError, MP_QSTR_KeyError, &mp_type_LookupError)
EXC_TYPE(MemoryError, MP_QSTR_MemoryError, &mp_type_Exception)
EXC_TYPE(NameError, MP_QSTR_NameError, &mp_type_Exception)
EXC_TYPE(UnboundLocalError, MP_QSTR_UnboundLocalError, &mp_type_NameError)
EXC_TYPE(OSError, MP_QSTR_OSError, &mp_type_Exception)
EXC_TYPE(TimeoutError, MP_QSTR_TimeoutError, &mp_type_OSError)
EXC_TYPE(ReferenceError, MP_QSTR_ReferenceError, &mp_type_Exception)
EXC_TYPE(RuntimeError, MP_QSTR_RuntimeError, &mp_type_Exception)
EXC_TYPE(NotImplementedError, MP_QSTR_NotImplementedError, &mp_type_RuntimeError)
EXC_TYPE(RecursionError, MP_QSTR_RecursionError, &mp_type_RuntimeError)
EXC_TYPE(SyntaxError, MP_QSTR_SyntaxError, &mp_type_Exception)
EXC_TYPE(IndentationError, MP_QSTR_IndentationError, &mp_type_SyntaxError)
EXC_TYPE(TabError, MP_QSTR_TabError, &mp_type_IndentationError)
EXC_TYPE(SystemError, MP_QSTR_SystemError, &mp_type_Exception)
EXC_TYPE(TypeError, MP_QSTR_TypeError, &mp_type_Exception)
EXC_TYPE(ValueError, MP_QSTR_ValueError, &mp_type_Exception)
EXC_TYPE(UnicodeError, MP_QSTR_UnicodeError, &mp_type_ValueError)
EXC_TYPE(UnicodeDecodeError, MP_QSTR_UnicodeDecodeError, &mp_type_UnicodeError)
EXC_TYPE(UnicodeEncodeError, MP_QSTR_UnicodeEncodeError, &mp_type_UnicodeError)
EXC_TYPE(Warning, MP_QSTR_Warning, &mp_type_Exception)
EXC_TYPE(UserWarning, MP_QSTR_UserWarning, &mp_type_Warning)
EXC_TYPE(DeprecationWarning, MP_QSTR_DeprecationWarning, &mp_type_Warning)
EXC_TYPE(RuntimeWarning, MP_QSTR_RuntimeWarning, &mp_type_Warning)
EXC_TYPE(BlockingIOError, MP_QSTR_BlockingIOError, &mp_type_OSError)
EXC_TYPE(ConnectionError, MP_QSTR_ConnectionError, &mp_type_OSError)
EXC_TYPE(BrokenPipeError, MP_QSTR_BrokenPipeError, &mp_type_ConnectionError)
EXC_TYPE(ConnectionAbortedError, MP_QSTR_ConnectionAbortedError, &mp_type_ConnectionError)
EXC_TYPE(ConnectionRefusedError, MP_QSTR_ConnectionRefusedError, &mp_type_ConnectionError)
EXC_TYPE(ConnectionResetError, MP_QSTR_ConnectionResetError, &mp_type_ConnectionError)
EXC_TYPE(FileExistsError, MP_QSTR_FileExistsError, &mp_type_OSError)
EXC_TYPE(FileNotFoundError, MP_QSTR_FileNotFoundError, &mp_type_OSError)
EXC_TYPE(InterruptedError, MP_QSTR_InterruptedError, &mp_type_OSError)
EXC_TYPE(IsADirectoryError, MP_QSTR_IsADirectoryError, &mp_type_OSError)
EXC_TYPE(NotADirectoryError, MP_QSTR_NotADirectoryError, &mp_type_OSError)
EXC_TYPE(PermissionError, MP_QSTR_PermissionError, &mp_type_OSError)
EXC_TYPE(ProcessLookupError, MP_QSTR_ProcessLookupError, &mp_type_OSError)
EXC_TYPE(ChildProcessError, MP_QSTR_ChildProcessError, &mp_type_OSError)
