// modsys.c: the sys module, and the standard stream objects it holds.
#include "runtime.h"
#include "mphal.h"
#include "objmodule.h"

// ---- standard streams: minimal text streams over the port's console.
// (The full io layer replaces these with real stream objects later.)

typedef struct _mp_obj_stdio_t {
    mp_obj_base_t base;
    int fd;
} mp_obj_stdio_t;

static mp_obj_t stdio_write(mp_obj_t self_in, mp_obj_t data) {
    mp_obj_stdio_t *self = MP_OBJ_TO_PTR(self_in);
    size_t len;
    const char *s = mp_obj_str_get_data(data, &len);
    if (self->fd == 2) {
        mp_hal_stderr_tx_strn(s, len);
    } else {
        mp_hal_stdout_tx_strn(s, len);
    }
    return MP_OBJ_NEW_SMALL_INT(mp_obj_is_str(data) ? (mp_int_t)utf8_charlen((const byte *)s, len) : (mp_int_t)len);
}
static MP_DEFINE_CONST_FUN_OBJ_2(stdio_write_obj, stdio_write);

static mp_obj_t stdio_flush(mp_obj_t self_in) {
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(stdio_flush_obj, stdio_flush);

static mp_obj_t stdio_readline(size_t n_args, const mp_obj_t *args) {
    vstr_t v;
    vstr_init(&v, 64);
    char c;
    while (mp_hal_stdin_read(&c, 1) == 1) {
        vstr_add_byte(&v, (byte)c);
        if (c == '\n') {
            break;
        }
    }
    return mp_obj_new_str_from_vstr(&v);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(stdio_readline_obj, 1, 2, stdio_readline);

static mp_obj_t stdio_read(size_t n_args, const mp_obj_t *args) {
    mp_int_t want = n_args > 1 && args[1] != mp_const_none ? mp_obj_get_int(args[1]) : -1;
    vstr_t v;
    vstr_init(&v, 256);
    char buf[256];
    while (want < 0 || (mp_int_t)v.len < want) {
        size_t chunk = want < 0 ? sizeof(buf) : (size_t)(want - v.len) < sizeof(buf) ? (size_t)(want - v.len) : sizeof(buf);
        long n = mp_hal_stdin_read(buf, chunk);
        if (n <= 0) {
            break;
        }
        vstr_add_strn(&v, buf, n);
    }
    return mp_obj_new_str_from_vstr(&v);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(stdio_read_obj, 1, 2, stdio_read);

static mp_obj_t stdio_iternext(mp_obj_t self_in) {
    mp_obj_t line = stdio_readline(1, &self_in);
    size_t len;
    mp_obj_str_get_data(line, &len);
    return len == 0 ? MP_OBJ_STOP_ITERATION : line;
}

static mp_obj_t stdio_getiter(mp_obj_t self_in) {
    return self_in;
}

static void stdio_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    mp_obj_stdio_t *self = MP_OBJ_TO_PTR(self_in);
    mp_printf(print, "<io.TextIOWrapper %d>", self->fd);
}

static const mp_rom_map_elem_t stdio_locals_table[] = {
    {MP_ROM_QSTR(MP_QSTR_write), MP_ROM_PTR(&stdio_write_obj)},
    {MP_ROM_QSTR(MP_QSTR_flush), MP_ROM_PTR(&stdio_flush_obj)},
    {MP_ROM_QSTR(MP_QSTR_read), MP_ROM_PTR(&stdio_read_obj)},
    {MP_ROM_QSTR(MP_QSTR_readline), MP_ROM_PTR(&stdio_readline_obj)},
};
static MP_DEFINE_CONST_DICT(stdio_locals_dict, stdio_locals_table);

static const mp_obj_type_t mp_type_stdio = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_ITER_IS_SELF,
    .name = MP_QSTR_TextIOWrapper,
    .print = stdio_print,
    .getiter = stdio_getiter,
    .iternext = stdio_iternext,
    .locals_dict = (mp_obj_dict_t *)&stdio_locals_dict,
};

const mp_obj_stdio_t mp_sys_stdin_obj = {{&mp_type_stdio}, 0};
const mp_obj_stdio_t mp_sys_stdout_obj = {{&mp_type_stdio}, 1};
const mp_obj_stdio_t mp_sys_stderr_obj = {{&mp_type_stdio}, 2};

// ---- sys functions

static mp_obj_t sys_exit(size_t n_args, const mp_obj_t *args) {
    if (n_args == 0) {
        mp_raise(mp_obj_new_exception(&mp_type_SystemExit));
    }
    mp_raise(mp_obj_new_exception_arg1(&mp_type_SystemExit, args[0]));
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(sys_exit_obj, 0, 1, sys_exit);

// A printer that writes to any object with a write() method.
static void print_to_stream(void *data, const char *str, size_t len) {
    mp_obj_t stream = (mp_obj_t)(uintptr_t)data;
    mp_obj_t dest[3];
    mp_load_method(stream, MP_QSTR_write, dest);
    dest[2] = mp_obj_new_str(str, len);
    mp_call_method_n_kw(1, 0, dest);
}

static mp_obj_t sys_print_exception(size_t n_args, const mp_obj_t *args) {
    if (n_args > 1 && args[1] != MP_OBJ_FROM_PTR(&mp_sys_stdout_obj)) {
        mp_print_t p = {(void *)(uintptr_t)args[1], print_to_stream};
        mp_obj_print_exception(&p, args[0]);
    } else {
        mp_obj_print_exception(&mp_plat_print, args[0]);
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(sys_print_exception_obj, 1, 2, sys_print_exception);

static mp_obj_t sys_exc_info(void) {
    mp_obj_t exc = MP_STATE(cur_exception);
    mp_obj_t items[3] = {mp_const_none, mp_const_none, mp_const_none};
    if (exc != MP_OBJ_NULL && exc != mp_const_none) {
        items[0] = MP_OBJ_FROM_PTR(mp_obj_get_type(exc));
        items[1] = exc;
    }
    return mp_obj_new_tuple(3, items);
}
static MP_DEFINE_CONST_FUN_OBJ_0(sys_exc_info_obj, sys_exc_info);

static mp_obj_t sys_getrecursionlimit(void) {
    return MP_OBJ_NEW_SMALL_INT(1000);
}
static MP_DEFINE_CONST_FUN_OBJ_0(sys_getrecursionlimit_obj, sys_getrecursionlimit);

static mp_obj_t sys_setrecursionlimit(mp_obj_t n) {
    // The real limit is the C stack budget (mp_stack_check); accepted for
    // compatibility.
    mp_obj_get_int(n);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(sys_setrecursionlimit_obj, sys_setrecursionlimit);

static mp_obj_t sys_intern(mp_obj_t s) {
    return MP_OBJ_NEW_QSTR(mp_obj_str_get_qstr(s));
}
static MP_DEFINE_CONST_FUN_OBJ_1(sys_intern_obj, sys_intern);

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

static const struct { mp_obj_base_t base; size_t len; mp_obj_t items[3]; } sys_version_info_obj = {
    {&mp_type_tuple}, 3, {MP_ROM_INT(3), MP_ROM_INT(4), MP_ROM_INT(0)}
};

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
    {MP_ROM_QSTR(MP_QSTR_getrecursionlimit), MP_ROM_PTR(&sys_getrecursionlimit_obj)},
    {MP_ROM_QSTR(MP_QSTR_setrecursionlimit), MP_ROM_PTR(&sys_setrecursionlimit_obj)},
    {MP_ROM_QSTR(MP_QSTR_intern), MP_ROM_PTR(&sys_intern_obj)},
    {MP_ROM_QSTR(MP_QSTR_implementation), MP_ROM_PTR(&sys_implementation_obj)},
    {MP_ROM_QSTR(MP_QSTR_version_info), MP_ROM_PTR(&sys_version_info_obj)},
    {MP_ROM_QSTR(MP_QSTR_version), MP_ROM_QSTR(MP_QSTR_3_dot_4_dot_0)},
    {MP_ROM_QSTR(MP_QSTR_byteorder), MP_ROM_QSTR(MP_QSTR_little)},
    {MP_ROM_QSTR(MP_QSTR_platform), MP_ROM_QSTR(MP_QSTR_linux)},
    {MP_ROM_QSTR(MP_QSTR_stdin), MP_ROM_PTR(&mp_sys_stdin_obj)},
    {MP_ROM_QSTR(MP_QSTR_stdout), MP_ROM_PTR(&mp_sys_stdout_obj)},
    {MP_ROM_QSTR(MP_QSTR_stderr), MP_ROM_PTR(&mp_sys_stderr_obj)},
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
    mp_obj_t sys = mp_module_get_builtin(MP_QSTR_sys);
    mp_map_t *map = &mp_obj_module_get_globals(sys)->map;
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
