// modbuiltins.c: the builtins module: the builtin functions, and the table
// naming every builtin type and exception. mp_init copies the table into a
// mutable dict (MP_STATE(dict_builtins)) that name lookup falls back to.
// Functions follow CPython's signatures, keyword arguments included.
#include <string.h>
#include <math.h>
#include "runtime.h"
#include "objslice.h"
#include "objtype.h"
#include "objmodule.h"
#include "objlist.h"
#include "objiter.h"
#include "objint.h"
#include "objfloat.h"
#include "objgenerator.h"
#include "modbuiltins.h"
#include "objstr.h"
#include "objexcept.h"
#include "vm.h"

// Optional hooks of other subsystems (see modbuiltins.h).
mp_obj_t mp_builtin_open(size_t n_args, const mp_obj_t *args, mp_map_t *kwargs) __attribute__((weak));
// The console stream of modsys.c: print() writes to it directly.
extern const mp_obj_base_t mp_sys_stdout_obj __attribute__((weak));
extern const mp_obj_base_t mp_sys_stdin_obj __attribute__((weak));

// Builtin function objects carrying their name (for __name__ and error
// messages); the generic MP_DEFINE_CONST_FUN_OBJ_* macros leave it 0.
#define NAMED_FUN(obj, q, nmin, nmax, kind, field, f) \
    const mp_obj_fun_builtin_t obj = {{&mp_type_builtin_function}, nmin, nmax, kind, q, .fun.field = f}

// Keyword argument value by name, or MP_OBJ_NULL.
static mp_obj_t kw_get(mp_map_t *kw, qstr name) {
    if (kw == NULL || kw->filled == 0) {
        return MP_OBJ_NULL;
    }
    mp_map_elem_t *e = mp_map_lookup_qstr(kw, name, MP_MAP_LOOKUP);
    return e != NULL ? e->value : MP_OBJ_NULL;
}

// Reject keywords other than the allowed ones (CPython's message).
static void kw_check(mp_map_t *kw, const char *fname, const qstr_short_t *allowed, size_t n_allowed) {
    if (kw == NULL || kw->filled == 0) {
        return;
    }
    size_t cur = 0;
    mp_map_elem_t *e;
    while ((e = mp_map_next(kw, &cur)) != NULL) {
        qstr k = mp_obj_str_get_qstr(e->key);
        bool ok = false;
        for (size_t i = 0; i < n_allowed; i++) {
            if (allowed[i] == k) {
                ok = true;
            }
        }
        if (!ok) {
            mp_raise_TypeError_varg("'%q' is an invalid keyword argument for %s()", k, fname);
        }
    }
}

static qstr attr_name(mp_obj_t name, const char *fname) {
    if (!mp_obj_is_str(name)) {
        mp_obj_t n = mp_obj_get_native(name, &mp_type_str);
        if (!mp_obj_is_str(n)) {
            (void)fname;
            mp_raise_TypeError_type("attribute name must be string, not '%s'", name);
        }
        name = n;
    }
    return mp_obj_str_get_qstr(name);
}

// The current sys.stdout / sys.stdin objects (MP_OBJ_NULL if no sys).
static mp_obj_t sys_stream(qstr name) {
    mp_obj_dict_t *mods = MP_STATE(modules);
    if (mods == NULL) {
        return MP_OBJ_NULL;
    }
    mp_map_elem_t *e = mp_map_lookup_qstr(&mods->map, MP_QSTR_sys, MP_MAP_LOOKUP);
    if (e == NULL || !mp_obj_is_type_cold(e->value, &mp_type_module)) {
        return MP_OBJ_NULL;
    }
    e = mp_map_lookup_qstr(&mp_obj_module_get_globals(e->value)->map, name, MP_MAP_LOOKUP);
    return e != NULL ? e->value : MP_OBJ_NULL;
}

static bool is_console_stdout(mp_obj_t f) {
    return f == MP_OBJ_NULL || (&mp_sys_stdout_obj != NULL && f == MP_OBJ_FROM_PTR(&mp_sys_stdout_obj));
}

static void stream_write(mp_obj_t stream, const char *s, size_t len) {
    mp_obj_t dest[3];
    mp_load_method(stream, MP_QSTR_write, dest);
    dest[2] = mp_obj_new_str(s, len);
    mp_call_method_n_kw(1, 0, dest);
}

static void stream_write_obj(mp_obj_t stream, mp_obj_t str) {
    mp_obj_t dest[3];
    mp_load_method(stream, MP_QSTR_write, dest);
    dest[2] = str;
    mp_call_method_n_kw(1, 0, dest);
}

static void stream_flush(mp_obj_t stream) {
    mp_obj_t dest[2];
    mp_load_method_maybe(stream, MP_QSTR_flush, dest);
    if (dest[0] != MP_OBJ_NULL) {
        mp_call_method_n_kw(0, 0, dest);
    }
}

// ---------------------------------------------------------------------------
// The current namespaces

// locals() of the running code: a new dict of a function's live
// variables, or the namespace of module / class-body code (vm.c).
static mp_obj_t current_locals(void) {
    return mp_vm_locals_of_current_frame();
}

static mp_obj_t builtin_globals(void) {
    return MP_OBJ_FROM_PTR(mp_globals_get());
}
static NAMED_FUN(builtin_globals_obj, MP_QSTR_globals, 0, 0, MP_FUN_KIND_0, _0, builtin_globals);

static mp_obj_t builtin_locals(void) {
    return current_locals();
}
static NAMED_FUN(builtin_locals_obj, MP_QSTR_locals, 0, 0, MP_FUN_KIND_0, _0, builtin_locals);

// ---------------------------------------------------------------------------
// Numbers

static mp_obj_t builtin_abs(mp_obj_t x) {
    return mp_unary_op(MP_UNARY_OP_ABS, x);
}
static NAMED_FUN(builtin_abs_obj, MP_QSTR_abs, 1, 1, MP_FUN_KIND_1, _1, builtin_abs);

static mp_obj_t builtin_divmod(mp_obj_t a, mp_obj_t b) {
    return mp_binary_op(MP_BINARY_OP_DIVMOD, a, b);
}
static NAMED_FUN(builtin_divmod_obj, MP_QSTR_divmod, 2, 2, MP_FUN_KIND_2, _2, builtin_divmod);

// An int from an object accepted by bin/oct/hex (int, bool, __index__).
static mp_obj_t index_value(mp_obj_t x) {
    if (mp_obj_is_bool(x)) {
        return MP_OBJ_NEW_SMALL_INT(x == mp_const_true);
    }
    if (mp_obj_is_int_cold(x)) {
        return x;
    }
    const mp_obj_type_t *t = mp_obj_get_type_cold(x);
    if (mp_type_is_user(t)) {
        mp_obj_t m = mp_type_lookup_special(t, MP_QSTR___index__);
        if (m != MP_OBJ_NULL) {
            mp_obj_t dest[2] = {MP_OBJ_NULL, MP_OBJ_NULL};
            mp_obj_bind_attr(m, x, t, false, dest);
            mp_obj_t r = dest[1] != MP_OBJ_NULL ? mp_call_function_1(dest[0], dest[1]) : mp_call_function_0(dest[0]);
            if (!mp_obj_is_int_cold(r) && !mp_obj_is_bool(r)) {
                mp_raise_TypeError_type("__index__ returned non-int (type %s)", r);
            }
            return index_value(r);
        }
        mp_obj_t n = mp_obj_get_native(x, &mp_type_int);
        if (n != x && mp_obj_is_int_cold(n)) {
            return n;
        }
    }
    mp_raise_TypeError_type("'%s' object cannot be interpreted as an integer", x);
}

static mp_obj_t builtin_bin(mp_obj_t x) {
    return mp_obj_int_to_base_str(index_value(x), 2, "0b");
}
static NAMED_FUN(builtin_bin_obj, MP_QSTR_bin, 1, 1, MP_FUN_KIND_1, _1, builtin_bin);

static mp_obj_t builtin_oct(mp_obj_t x) {
    return mp_obj_int_to_base_str(index_value(x), 8, "0o");
}
static NAMED_FUN(builtin_oct_obj, MP_QSTR_oct, 1, 1, MP_FUN_KIND_1, _1, builtin_oct);

static mp_obj_t builtin_hex(mp_obj_t x) {
    return mp_obj_int_to_base_str(index_value(x), 16, "0x");
}
static NAMED_FUN(builtin_hex_obj, MP_QSTR_hex, 1, 1, MP_FUN_KIND_1, _1, builtin_hex);

// pow(base, exp, mod=None)
static mp_obj_t builtin_pow(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    static const qstr_short_t names[] = {MP_QSTR_base, MP_QSTR_exp, MP_QSTR_mod};
    kw_check(kw, "pow", names, 3);
    mp_obj_t a[3] = {MP_OBJ_NULL, MP_OBJ_NULL, mp_const_none};
    if (n_args > 3) {
        mp_raise_TypeError_varg("pow expected at most 3 arguments, got %d", (int)n_args);
    }
    for (size_t i = 0; i < n_args; i++) {
        a[i] = args[i];
    }
    for (size_t i = 0; i < 3; i++) {
        mp_obj_t v = kw_get(kw, names[i]);
        if (v != MP_OBJ_NULL) {
            if (i < n_args) {
                mp_raise_TypeError_varg("argument for pow() given by name ('%q') and position (%d)", names[i], (int)i + 1);
            }
            a[i] = v;
        }
    }
    if (a[0] == MP_OBJ_NULL || a[1] == MP_OBJ_NULL) {
        mp_raise_TypeError_varg("pow() missing required argument '%q' (pos %d)",
            a[0] == MP_OBJ_NULL ? MP_QSTR_base : MP_QSTR_exp, a[0] == MP_OBJ_NULL ? 1 : 2);
    }
    if (a[2] == mp_const_none) {
        return mp_binary_op(MP_BINARY_OP_POWER, a[0], a[1]);
    }
    // Three arguments: a user __pow__(self, exp, mod), else integers only.
    const mp_obj_type_t *t = mp_obj_get_type_cold(a[0]);
    if (mp_type_is_user(t)) {
        mp_obj_t m = mp_type_lookup_special(t, MP_QSTR___pow__);
        if (m != MP_OBJ_NULL) {
            mp_obj_t dest[2] = {MP_OBJ_NULL, MP_OBJ_NULL};
            mp_obj_bind_attr(m, a[0], t, false, dest);
            mp_obj_t cargs[3] = {dest[1], a[1], a[2]};
            if (dest[1] != MP_OBJ_NULL) {
                return mp_call_function_n_kw(dest[0], 3, 0, cargs);
            }
            return mp_call_function_n_kw(dest[0], 2, 0, cargs + 1);
        }
    }
    for (size_t i = 0; i < 3; i++) {
        mp_obj_t n = mp_obj_get_native(a[i], &mp_type_int);
        if (mp_obj_is_bool(n)) {
            n = MP_OBJ_NEW_SMALL_INT(n == mp_const_true);
        }
        if (!mp_obj_is_int_cold(n)) {
            if (mp_obj_is_instance_of(n, &mp_type_complex)) {
                mp_raise_ValueError("complex modulo");
            }
            mp_raise_TypeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        a[i] = n;
    }
    return mp_obj_int_pow3(a[0], a[1], a[2]);
}
NAMED_FUN(mp_builtin_pow_obj, MP_QSTR_pow, 0, MP_FUN_ARGS_MAX, MP_FUN_KIND_KW, kw, builtin_pow);

// round(number, ndigits=None)
static mp_obj_t builtin_round(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    static const qstr_short_t names[] = {MP_QSTR_number, MP_QSTR_ndigits};
    kw_check(kw, "round", names, 2);
    mp_obj_t x = n_args > 0 ? args[0] : kw_get(kw, MP_QSTR_number);
    mp_obj_t nd = n_args > 1 ? args[1] : kw_get(kw, MP_QSTR_ndigits);
    if (n_args > 2) {
        mp_raise_TypeError_varg("round() takes at most 2 arguments (%d given)", (int)n_args);
    }
    if (x == MP_OBJ_NULL) {
        mp_raise_TypeError("round() missing required argument 'number' (pos 1)");
    }
    if (nd == MP_OBJ_NULL) {
        nd = mp_const_none;
    }
    mp_obj_t x_in = x;  // (args[0] does not exist if number was given by keyword)
    const mp_obj_type_t *t = mp_obj_get_type_cold(x);
    if (mp_type_is_user(t)) {
        mp_obj_t m = mp_type_lookup_special(t, MP_QSTR___round__);
        if (m != MP_OBJ_NULL) {
            mp_obj_t dest[2] = {MP_OBJ_NULL, MP_OBJ_NULL};
            mp_obj_bind_attr(m, x, t, false, dest);
            mp_obj_t cargs[2] = {dest[1], nd};
            size_t n = nd == mp_const_none ? 1 : 2;
            if (dest[1] != MP_OBJ_NULL) {
                return mp_call_function_n_kw(dest[0], n, 0, cargs);
            }
            return mp_call_function_n_kw(dest[0], n - 1, 0, cargs + 1);
        }
        x = mp_obj_get_native(x, NULL);
    }
    // Only numbers round (checked before ndigits, as CPython does).
    if (!mp_obj_is_float(x) && !mp_obj_is_bool(x) && !mp_obj_is_int_cold(x)) {
        mp_raise_TypeError_type("type %s doesn't define __round__ method", x_in);
    }
    if (nd != mp_const_none) {
        nd = index_value(nd);
    }
    if (mp_obj_is_float(x)) {
        return mp_obj_float_round(mp_obj_float_value(x), nd);
    }
    if (mp_obj_is_bool(x)) {
        x = MP_OBJ_NEW_SMALL_INT(x == mp_const_true);
    }
    if (mp_obj_is_int_cold(x)) {
        if (nd == mp_const_none) {
            return x;
        }
        return mp_obj_int_round(x, nd);
    }
    mp_raise_TypeError_type("type %s doesn't define __round__ method", x_in);
}
static NAMED_FUN(builtin_round_obj, MP_QSTR_round, 0, MP_FUN_ARGS_MAX, MP_FUN_KIND_KW, kw, builtin_round);

// sum(iterable, /, start=0)
static mp_obj_t builtin_sum(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    static const qstr_short_t names[] = {MP_QSTR_start};
    kw_check(kw, "sum", names, 1);
    if (n_args < 1 || n_args > 2) {
        mp_raise_TypeError_varg("sum() takes at most 2 arguments (%d given)", (int)n_args);
    }
    mp_obj_t acc = n_args > 1 ? args[1] : MP_OBJ_NEW_SMALL_INT(0);
    mp_obj_t s = kw_get(kw, MP_QSTR_start);
    if (s != MP_OBJ_NULL) {
        if (n_args > 1) {
            mp_raise_TypeError("sum() takes at most 2 arguments (3 given)");
        }
        acc = s;
    }
    // iter() comes first, as in CPython (the order of the errors).
    mp_obj_t it = mp_getiter(args[0], NULL);
    if (mp_obj_is_str(acc) || mp_obj_is_instance_of(acc, &mp_type_str)) {
        mp_raise_TypeError("sum() can't sum strings [use ''.join(seq) instead]");
    }
    if (mp_obj_is_instance_of(acc, &mp_type_bytes)) {
        mp_raise_TypeError("sum() can't sum bytes [use b''.join(seq) instead]");
    }
    if (mp_obj_is_instance_of(acc, &mp_type_bytearray)) {
        mp_raise_TypeError("sum() can't sum bytearray [use b''.join(seq) instead]");
    }
    mp_obj_t x;
    while ((x = mp_iternext(it)) != MP_OBJ_STOP_ITERATION) {
        acc = mp_binary_op(MP_BINARY_OP_ADD, acc, x);
    }
    return acc;
}
static NAMED_FUN(builtin_sum_obj, MP_QSTR_sum, 1, MP_FUN_ARGS_MAX, MP_FUN_KIND_KW, kw, builtin_sum);

// max/min(iterable, *, key=None, default=...) or (a, b, *args, key=None)
static mp_obj_t min_max(size_t n_args, const mp_obj_t *args, mp_map_t *kw, mp_binary_op_t op, const char *fname) {
    static const qstr_short_t names[] = {MP_QSTR_key, MP_QSTR_default};
    kw_check(kw, fname, names, 2);
    mp_obj_t key = kw_get(kw, MP_QSTR_key);
    mp_obj_t def = kw_get(kw, MP_QSTR_default);
    if (key == mp_const_none) {
        key = MP_OBJ_NULL;
    }
    if (n_args == 0) {
        mp_raise_TypeError_varg("%s expected at least 1 argument, got 0", fname);
    }
    mp_obj_t best = MP_OBJ_NULL, best_key = MP_OBJ_NULL;
    if (n_args == 1) {
        mp_obj_t it = mp_getiter(args[0], NULL);
        mp_obj_t x;
        while ((x = mp_iternext(it)) != MP_OBJ_STOP_ITERATION) {
            mp_obj_t k = key != MP_OBJ_NULL ? mp_call_function_1(key, x) : x;
            if (best == MP_OBJ_NULL || mp_obj_is_true(mp_binary_op(op, k, best_key))) {
                best = x;
                best_key = k;
            }
        }
        if (best == MP_OBJ_NULL) {
            if (def != MP_OBJ_NULL) {
                return def;
            }
            mp_raise_msg_varg(&mp_type_ValueError, "%s() arg is an empty sequence", fname);
        }
        return best;
    }
    if (def != MP_OBJ_NULL) {
        mp_raise_TypeError_varg("Cannot specify a default for %s() with multiple positional arguments", fname);
    }
    for (size_t i = 0; i < n_args; i++) {
        mp_obj_t k = key != MP_OBJ_NULL ? mp_call_function_1(key, args[i]) : args[i];
        if (best == MP_OBJ_NULL || mp_obj_is_true(mp_binary_op(op, k, best_key))) {
            best = args[i];
            best_key = k;
        }
    }
    return best;
}

static mp_obj_t builtin_max(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    return min_max(n_args, args, kw, MP_BINARY_OP_MORE, "max");
}
static NAMED_FUN(builtin_max_obj, MP_QSTR_max, 0, MP_FUN_ARGS_MAX, MP_FUN_KIND_KW, kw, builtin_max);

static mp_obj_t builtin_min(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    return min_max(n_args, args, kw, MP_BINARY_OP_LESS, "min");
}
static NAMED_FUN(builtin_min_obj, MP_QSTR_min, 0, MP_FUN_ARGS_MAX, MP_FUN_KIND_KW, kw, builtin_min);

static mp_obj_t builtin_hash(mp_obj_t x) {
    mp_int_t h = mp_obj_hash(x);
    return mp_obj_new_int(h == -1 ? -2 : h);
}
static NAMED_FUN(builtin_hash_obj, MP_QSTR_hash, 1, 1, MP_FUN_KIND_1, _1, builtin_hash);

static mp_obj_t builtin_id(mp_obj_t x) {
    // Object addresses; immediates use their bits, which never collide
    // with an address.
    return mp_obj_new_int_from_ull((unsigned long long)x);
}
static NAMED_FUN(builtin_id_obj, MP_QSTR_id, 1, 1, MP_FUN_KIND_1, _1, builtin_id);

// ---------------------------------------------------------------------------
// Characters and text

static mp_obj_t builtin_chr(mp_obj_t o) {
    mp_obj_t v = index_value(o);
    mp_int_t c;
    if (!mp_obj_get_int_maybe(v, &c)) {
        mp_raise_msg(&mp_type_OverflowError, "Python int too large to convert to C int");
    }
    if (c < 0 || c > 0x10FFFF) {
        mp_raise_ValueError("chr() arg not in range(0x110000)");
    }
    byte buf[4];
    size_t n = utf8_encode((uint32_t)c, buf);
    return mp_obj_new_str((const char *)buf, n);
}
static NAMED_FUN(builtin_chr_obj, MP_QSTR_chr, 1, 1, MP_FUN_KIND_1, _1, builtin_chr);

static mp_obj_t builtin_ord(mp_obj_t o) {
    mp_obj_t n = mp_obj_get_native(o, NULL);
    size_t len;
    if (mp_obj_is_str(n)) {
        const byte *s = (const byte *)mp_obj_str_get_data(n, &len);
        size_t clen = utf8_charlen(s, len);
        if (clen != 1) {
            mp_raise_TypeError_varg("ord() expected a character, but string of length %d found", (int)clen);
        }
        return MP_OBJ_NEW_SMALL_INT(utf8_get_char(&s));
    }
    if (mp_obj_is_type(n, &mp_type_bytes) || mp_obj_is_type(n, &mp_type_bytearray)) {
        mp_buffer_info_t bi;
        const mp_obj_type_t *t = mp_obj_get_type(n);
        if (t->buffer != NULL && t->buffer(n, &bi, MP_BUFFER_READ) == 0) {
            if (bi.len != 1) {
                mp_raise_TypeError_varg("ord() expected a character, but string of length %d found", (int)bi.len);
            }
            return MP_OBJ_NEW_SMALL_INT(((const byte *)bi.buf)[0]);
        }
    }
    mp_raise_TypeError_type("ord() expected string of length 1, but %s found", o);
}
static NAMED_FUN(builtin_ord_obj, MP_QSTR_ord, 1, 1, MP_FUN_KIND_1, _1, builtin_ord);

static mp_obj_t builtin_repr(mp_obj_t o) {
    return mp_obj_repr(o);
}
static NAMED_FUN(builtin_repr_obj, MP_QSTR_repr, 1, 1, MP_FUN_KIND_1, _1, builtin_repr);

// ascii(): repr with non-ASCII characters escaped.
static mp_obj_t builtin_ascii(mp_obj_t o) {
    mp_obj_t r = mp_obj_repr(o);
    size_t len;
    const byte *s = (const byte *)mp_obj_str_get_data(r, &len);
    const byte *end = s + len;
    vstr_t v;
    vstr_init(&v, len);
    while (s < end) {
        uint32_t c = utf8_get_char(&s);
        if (c < 0x80) {
            vstr_add_byte(&v, (byte)c);
        } else if (c < 0x100) {
            vstr_printf(&v, "\\x%02x", (unsigned)c);
        } else if (c < 0x10000) {
            vstr_printf(&v, "\\u%04x", (unsigned)c);
        } else {
            vstr_printf(&v, "\\U%08x", (unsigned)c);
        }
    }
    return mp_obj_new_str_from_vstr(&v);
}
static NAMED_FUN(builtin_ascii_obj, MP_QSTR_ascii, 1, 1, MP_FUN_KIND_1, _1, builtin_ascii);

static mp_obj_t builtin_format(size_t n_args, const mp_obj_t *args) {
    if (n_args > 1 && !mp_obj_is_str_like(args[1])) {
        mp_raise_TypeError_varg("format() argument 2 must be str, not %s",
            args[1] == mp_const_none ? "None" : mp_obj_get_type_str(args[1]));
    }
    return mp_obj_format(args[0], n_args > 1 ? args[1] : MP_OBJ_NEW_QSTR(MP_QSTR_));
}
static NAMED_FUN(builtin_format_obj, MP_QSTR_format, 1, 2, MP_FUN_KIND_VAR, var, builtin_format);

// ---------------------------------------------------------------------------
// Iteration

// all() and any(): the first item whose truth is `stop` decides the result.
static MP_NOINLINE mp_obj_t all_any(mp_obj_t o, bool stop) {
    mp_obj_t it = mp_getiter(o, NULL);
    mp_obj_t x;
    while ((x = mp_iternext(it)) != MP_OBJ_STOP_ITERATION) {
        if (mp_obj_is_true(x) == stop) {
            return mp_obj_new_bool(stop);
        }
    }
    return mp_obj_new_bool(!stop);
}

static mp_obj_t builtin_all(mp_obj_t o) {
    return all_any(o, false);
}
static NAMED_FUN(builtin_all_obj, MP_QSTR_all, 1, 1, MP_FUN_KIND_1, _1, builtin_all);

static mp_obj_t builtin_any(mp_obj_t o) {
    return all_any(o, true);
}
static NAMED_FUN(builtin_any_obj, MP_QSTR_any, 1, 1, MP_FUN_KIND_1, _1, builtin_any);

static mp_obj_t builtin_iter(size_t n_args, const mp_obj_t *args) {
    if (n_args == 1) {
        return mp_getiter(args[0], NULL);
    }
    if (!mp_obj_is_callable(args[0])) {
        mp_raise_TypeError("iter(v, w): v must be callable");
    }
    return mp_obj_new_callable_iter(args[0], args[1]);
}
static NAMED_FUN(builtin_iter_obj, MP_QSTR_iter, 1, 2, MP_FUN_KIND_VAR, var, builtin_iter);

static bool is_iterator(mp_obj_t o) {
    const mp_obj_type_t *t = mp_obj_get_type_cold(o);
    if (mp_type_is_user(t)) {
        const mp_obj_user_type_t *ut = (const mp_obj_user_type_t *)t;
        return mp_type_lookup_special(t, MP_QSTR___next__) != MP_OBJ_NULL || (ut->native != NULL && ut->native->iternext != NULL);
    }
    return t->iternext != NULL;
}

static mp_obj_t builtin_next(size_t n_args, const mp_obj_t *args) {
    mp_obj_t it = args[0];
    if (!is_iterator(it)) {
        mp_raise_TypeError_type("'%s' object is not an iterator", it);
    }
    if (mp_obj_is_generator(it)) {
        // Resume directly so that a return value reaches StopIteration.
        mp_obj_t ret;
        mp_vm_return_kind_t k = mp_obj_gen_resume(it, mp_const_none, MP_OBJ_NULL, &ret);
        if (k == MP_VM_RETURN_YIELD) {
            return ret;
        }
        if (k == MP_VM_RETURN_EXCEPTION) {
            if (n_args > 1 && mp_obj_is_instance_of(ret, &mp_type_StopIteration)) {
                return args[1];
            }
            nlr_raise(ret);
        }
        if (n_args > 1) {
            return args[1];
        }
        mp_raise_StopIteration(ret == mp_const_none ? MP_OBJ_NULL : ret);
    }
    if (n_args > 1) {
        mp_obj_t r = mp_iternext(it);
        return r == MP_OBJ_STOP_ITERATION ? args[1] : r;
    }
    mp_obj_t r = mp_iternext_allow_raise(it);
    if (r == MP_OBJ_STOP_ITERATION) {
        mp_raise_StopIteration(MP_OBJ_NULL);
    }
    return r;
}
static NAMED_FUN(builtin_next_obj, MP_QSTR_next, 1, 2, MP_FUN_KIND_VAR, var, builtin_next);

static mp_obj_t builtin_aiter(mp_obj_t o) {
    mp_obj_t dest[2];
    mp_load_method_maybe(o, MP_QSTR___aiter__, dest);
    if (dest[0] == MP_OBJ_NULL) {
        mp_raise_TypeError_type("'%s' object is not an async iterable", o);
    }
    return mp_call_method_n_kw(0, 0, dest);
}
NAMED_FUN(builtin_aiter_obj, MP_QSTR_aiter, 1, 1, MP_FUN_KIND_1, _1, builtin_aiter);

// anext(it, default) returns a coroutine that awaits it.__anext__() and
// turns StopAsyncIteration into the default. Written in Python and
// compiled at first use; kept alive through a GC root.
static mp_obj_t anext_with_default;

static mp_obj_t builtin_anext(size_t n_args, const mp_obj_t *args) {
    mp_obj_t dest[2];
    mp_load_method_maybe(args[0], MP_QSTR___anext__, dest);
    if (dest[0] == MP_OBJ_NULL) {
        mp_raise_TypeError_type("'%s' object is not an async iterator", args[0]);
    }
    if (n_args == 1) {
        return mp_call_method_n_kw(0, 0, dest);
    }
    if (anext_with_default == MP_OBJ_NULL) {
        static const char src[] =
            "async def anext(it, default):\n"
            "    try:\n"
            "        return await it.__anext__()\n"
            "    except StopAsyncIteration:\n"
            "        return default\n";
        mp_obj_t code = mp_compile(src, sizeof(src) - 1, MP_QSTR_builtins, MP_PARSE_FILE_INPUT, true);
        mp_obj_t g = mp_obj_new_dict(2);
        mp_exec_code(code, MP_OBJ_TO_PTR(g), MP_OBJ_TO_PTR(g));
        anext_with_default = mp_obj_dict_get(g, MP_OBJ_NEW_QSTR(MP_QSTR_anext));
        gc_add_root(&anext_with_default, 1);
    }
    return mp_call_function_2(anext_with_default, args[0], args[1]);
}
NAMED_FUN(builtin_anext_obj, MP_QSTR_anext, 1, 2, MP_FUN_KIND_VAR, var, builtin_anext);

static mp_obj_t builtin_len(mp_obj_t o) {
    return mp_obj_len(o);
}
static NAMED_FUN(builtin_len_obj, MP_QSTR_len, 1, 1, MP_FUN_KIND_1, _1, builtin_len);

// sorted(iterable, /, *, key=None, reverse=False)
static mp_obj_t builtin_sorted(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    static const qstr_short_t names[] = {MP_QSTR_key, MP_QSTR_reverse};
    if (n_args != 1) {
        mp_raise_TypeError_varg("sorted expected 1 argument, got %d", (int)n_args);
    }
    kw_check(kw, "sort", names, 2);
    mp_obj_t key = kw_get(kw, MP_QSTR_key);
    mp_obj_t rev = kw_get(kw, MP_QSTR_reverse);
    mp_obj_t list = mp_obj_list_from_iterable(args[0]);
    // reverse must be an int (or bool, or have __index__), as in CPython.
    mp_obj_list_sort(list, key, rev != MP_OBJ_NULL && mp_obj_get_int(mp_obj_subscr_resolve(rev)) != 0);
    return list;
}
static NAMED_FUN(builtin_sorted_obj, MP_QSTR_sorted, 0, MP_FUN_ARGS_MAX, MP_FUN_KIND_KW, kw, builtin_sorted);

// ---------------------------------------------------------------------------
// Objects and attributes

static mp_obj_t builtin_callable(mp_obj_t o) {
    return mp_obj_new_bool(mp_obj_is_callable(o));
}
static NAMED_FUN(builtin_callable_obj, MP_QSTR_callable, 1, 1, MP_FUN_KIND_1, _1, builtin_callable);

static mp_obj_t builtin_getattr(size_t n_args, const mp_obj_t *args) {
    qstr attr = attr_name(args[1], "getattr");
    if (n_args == 2) {
        return mp_load_attr(args[0], attr);
    }
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t r = mp_load_attr_default(args[0], attr, args[2]);
        nlr_pop();
        return r;
    } else {
        if (mp_obj_is_instance_of(MP_OBJ_FROM_PTR(nlr.ret_val), &mp_type_AttributeError)) {
            return args[2];
        }
        nlr_jump(nlr.ret_val);
    }
}
static NAMED_FUN(builtin_getattr_obj, MP_QSTR_getattr, 2, 3, MP_FUN_KIND_VAR, var, builtin_getattr);

static mp_obj_t builtin_hasattr(mp_obj_t obj, mp_obj_t name) {
    qstr attr = attr_name(name, "hasattr");
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t dest[2];
        mp_load_method_maybe(obj, attr, dest);
        nlr_pop();
        return mp_obj_new_bool(dest[0] != MP_OBJ_NULL);
    } else {
        if (mp_obj_is_instance_of(MP_OBJ_FROM_PTR(nlr.ret_val), &mp_type_AttributeError)) {
            return mp_const_false;
        }
        nlr_jump(nlr.ret_val);
    }
}
static NAMED_FUN(builtin_hasattr_obj, MP_QSTR_hasattr, 2, 2, MP_FUN_KIND_2, _2, builtin_hasattr);

static mp_obj_t builtin_setattr(mp_obj_t obj, mp_obj_t name, mp_obj_t value) {
    mp_store_attr(obj, attr_name(name, "setattr"), value);
    return mp_const_none;
}
static NAMED_FUN(builtin_setattr_obj, MP_QSTR_setattr, 3, 3, MP_FUN_KIND_3, _3, builtin_setattr);

static mp_obj_t builtin_delattr(mp_obj_t obj, mp_obj_t name) {
    mp_delete_attr(obj, attr_name(name, "delattr"));
    return mp_const_none;
}
static NAMED_FUN(builtin_delattr_obj, MP_QSTR_delattr, 2, 2, MP_FUN_KIND_2, _2, builtin_delattr);

static bool is_class(mp_obj_t o) {
    return mp_obj_is_obj(o) && mp_obj_is_subclass_fast(mp_obj_get_type(o), &mp_type_type);
}

// A metaclass's __instancecheck__ / __subclasscheck__, if user-defined.
static mp_obj_t meta_hook(mp_obj_t cls, qstr name) {
    const mp_obj_type_t *meta = mp_obj_get_type(cls);
    if (!mp_type_is_user(meta)) {
        return MP_OBJ_NULL;
    }
    mp_obj_t m = mp_type_lookup_special(meta, name);
    if (m == MP_OBJ_NULL) {
        return MP_OBJ_NULL;
    }
    mp_obj_t dest[2] = {MP_OBJ_NULL, MP_OBJ_NULL};
    mp_obj_bind_attr(m, cls, meta, false, dest);
    return dest[1] != MP_OBJ_NULL ? mp_obj_new_bound_meth(dest[0], dest[1]) : dest[0];
}

static bool isinstance_impl(mp_obj_t obj, mp_obj_t cls, int depth) {
    if (mp_obj_is_type(cls, &mp_type_tuple)) {
        size_t n;
        mp_obj_t *items;
        mp_obj_tuple_get(cls, &n, &items);
        if (depth > 100) {
            mp_raise_recursion_depth();
        }
        for (size_t i = 0; i < n; i++) {
            if (isinstance_impl(obj, items[i], depth + 1)) {
                return true;
            }
        }
        return false;
    }
    mp_obj_t uargs = mp_obj_union_args(cls);
    if (uargs != MP_OBJ_NULL) {
        return isinstance_impl(obj, uargs, depth + 1);
    }
    if (!is_class(cls)) {
        mp_raise_TypeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }
    if (mp_obj_get_type(obj) == MP_OBJ_TO_PTR(cls)) {
        return true;
    }
    mp_obj_t hook = meta_hook(cls, MP_QSTR___instancecheck__);
    if (hook != MP_OBJ_NULL) {
        return mp_obj_is_true(mp_call_function_1(hook, obj));
    }
    if (mp_obj_is_instance_of(obj, MP_OBJ_TO_PTR(cls))) {
        return true;
    }
    // An object may claim another class through __class__ (proxies).
    const mp_obj_type_t *t = mp_obj_get_type(obj);
    if (mp_type_is_user(t)) {
        mp_obj_t c = mp_load_attr_default(obj, MP_QSTR___class__, MP_OBJ_NULL);
        if (c != MP_OBJ_NULL && c != MP_OBJ_FROM_PTR(t) && is_class(c)) {
            return mp_obj_is_subclass_fast(MP_OBJ_TO_PTR(c), MP_OBJ_TO_PTR(cls));
        }
    }
    return false;
}

static mp_obj_t builtin_isinstance(mp_obj_t obj, mp_obj_t cls) {
    return mp_obj_new_bool(isinstance_impl(obj, cls, 0));
}
static NAMED_FUN(builtin_isinstance_obj, MP_QSTR_isinstance, 2, 2, MP_FUN_KIND_2, _2, builtin_isinstance);

static bool issubclass_impl(mp_obj_t sub, mp_obj_t cls, int depth) {
    if (mp_obj_is_type(cls, &mp_type_tuple)) {
        size_t n;
        mp_obj_t *items;
        mp_obj_tuple_get(cls, &n, &items);
        if (depth > 100) {
            mp_raise_recursion_depth();
        }
        for (size_t i = 0; i < n; i++) {
            if (issubclass_impl(sub, items[i], depth + 1)) {
                return true;
            }
        }
        return false;
    }
    mp_obj_t uargs = mp_obj_union_args(cls);
    if (uargs != MP_OBJ_NULL) {
        return issubclass_impl(sub, uargs, depth + 1);
    }
    if (!is_class(cls)) {
        mp_raise_TypeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }
    mp_obj_t hook = meta_hook(cls, MP_QSTR___subclasscheck__);
    if (hook != MP_OBJ_NULL) {
        return mp_obj_is_true(mp_call_function_1(hook, sub));
    }
    return mp_obj_is_subclass_fast(MP_OBJ_TO_PTR(sub), MP_OBJ_TO_PTR(cls));
}

static mp_obj_t builtin_issubclass(mp_obj_t sub, mp_obj_t cls) {
    if (!is_class(sub)) {
        mp_raise_TypeError("issubclass() arg 1 must be a class");
    }
    return mp_obj_new_bool(issubclass_impl(sub, cls, 0));
}
static NAMED_FUN(builtin_issubclass_obj, MP_QSTR_issubclass, 2, 2, MP_FUN_KIND_2, _2, builtin_issubclass);

// The dunder methods a builtin type has only as slots (see
// mp_obj_slot_wrapper), for dir().
static void add_slot_names(mp_obj_t set, const mp_obj_type_t *t) {
    static const qstr_short_t names[] = {
        MP_QSTR___repr__, MP_QSTR___str__, MP_QSTR___hash__, MP_QSTR___eq__, MP_QSTR___ne__, MP_QSTR___lt__,
        MP_QSTR___le__, MP_QSTR___gt__, MP_QSTR___ge__, MP_QSTR___bool__, MP_QSTR___len__, MP_QSTR___neg__,
        MP_QSTR___pos__, MP_QSTR___abs__, MP_QSTR___invert__, MP_QSTR___int__, MP_QSTR___float__, MP_QSTR___index__,
        MP_QSTR___add__, MP_QSTR___radd__, MP_QSTR___sub__, MP_QSTR___rsub__, MP_QSTR___mul__, MP_QSTR___rmul__,
        MP_QSTR___truediv__, MP_QSTR___rtruediv__, MP_QSTR___floordiv__, MP_QSTR___rfloordiv__, MP_QSTR___mod__,
        MP_QSTR___rmod__, MP_QSTR___divmod__, MP_QSTR___pow__, MP_QSTR___rpow__, MP_QSTR___and__, MP_QSTR___rand__,
        MP_QSTR___or__, MP_QSTR___ror__, MP_QSTR___xor__, MP_QSTR___rxor__, MP_QSTR___lshift__, MP_QSTR___rlshift__,
        MP_QSTR___rshift__, MP_QSTR___rrshift__, MP_QSTR___contains__, MP_QSTR___getitem__, MP_QSTR___setitem__,
        MP_QSTR___delitem__, MP_QSTR___iter__, MP_QSTR___next__, MP_QSTR___call__, MP_QSTR___init__, MP_QSTR___new__,
        MP_QSTR___iadd__, MP_QSTR___imul__, MP_QSTR___ior__, MP_QSTR___iand__, MP_QSTR___ixor__, MP_QSTR___isub__,
        MP_QSTR___complex__,
    };
    if (mp_type_is_user(t) || t == &mp_type_object) {
        return;
    }
    for (size_t i = 0; i < MP_ARRAY_SIZE(names); i++) {
        if (mp_obj_slot_wrapper(t, names[i]) != MP_OBJ_NULL) {
            mp_obj_set_store(set, MP_OBJ_NEW_QSTR(names[i]));
        }
    }
    // Data attributes served by the attr slots of core types.
    static const qstr_short_t range_attrs[] = {MP_QSTR_start, MP_QSTR_stop, MP_QSTR_step, 0};
    static const qstr_short_t int_attrs[] = {MP_QSTR_real, MP_QSTR_imag, MP_QSTR_numerator, MP_QSTR_denominator, 0};
    static const qstr_short_t float_attrs[] = {MP_QSTR_real, MP_QSTR_imag, 0};
    static const qstr_short_t mv_attrs[] = {MP_QSTR_obj, MP_QSTR_nbytes, MP_QSTR_readonly, MP_QSTR_itemsize, MP_QSTR_format,
        MP_QSTR_ndim, MP_QSTR_shape, MP_QSTR_strides, MP_QSTR_contiguous, MP_QSTR_c_contiguous, 0};
    static const qstr_short_t prop_attrs[] = {MP_QSTR_fget, MP_QSTR_fset, MP_QSTR_fdel, 0};
    static const qstr_short_t exc_attrs[] = {MP_QSTR_args, MP_QSTR___cause__, MP_QSTR___context__, MP_QSTR___suppress_context__, MP_QSTR___traceback__, 0};
    const qstr_short_t *extra = NULL;
    if (t == &mp_type_range || t == &mp_type_slice) {
        extra = range_attrs;
    } else if (t == &mp_type_int || t == &mp_type_bool) {
        extra = int_attrs;
    } else if (t == &mp_type_float || t == &mp_type_complex) {
        extra = float_attrs;
    } else if (t == &mp_type_memoryview) {
        extra = mv_attrs;
    } else if (t == &mp_type_property) {
        extra = prop_attrs;
    } else if (t == &mp_type_BaseException) {
        extra = exc_attrs;
    }
    for (; extra != NULL && *extra != 0; extra++) {
        mp_obj_set_store(set, MP_OBJ_NEW_QSTR(*extra));
    }
}

// The names listed in a user class's __slots__ (CPython puts a member
// descriptor for each in the class dict).
static void add_declared_slots(mp_obj_t set, const mp_obj_type_t *t) {
    if (!mp_type_is_user(t) || t->locals_dict == NULL) {
        return;
    }
    mp_map_elem_t *e = mp_map_lookup_qstr(&t->locals_dict->map, MP_QSTR___slots__, MP_MAP_LOOKUP);
    if (e == NULL) {
        return;
    }
    if (mp_obj_is_str_cold(e->value)) {
        mp_obj_set_store(set, e->value);
        return;
    }
    mp_obj_t it = mp_getiter(e->value, NULL);
    mp_obj_t x;
    while ((x = mp_iternext(it)) != MP_OBJ_STOP_ITERATION) {
        if (mp_obj_is_str_cold(x) && !mp_obj_str_equal(x, MP_OBJ_NEW_QSTR(MP_QSTR___dict__))) {
            mp_obj_set_store(set, x);
        }
    }
}

static void add_keys(mp_obj_t set, const mp_map_t *map) {
    size_t cur = 0;
    mp_map_elem_t *e;
    while ((e = mp_map_next(map, &cur)) != NULL) {
        if (mp_obj_is_str_cold(e->key)) {
            mp_obj_set_store(set, e->key);
        }
    }
}

static mp_obj_t sorted_list_of(mp_obj_t iterable) {
    mp_obj_t list = mp_obj_list_from_iterable(iterable);
    mp_obj_list_sort(list, MP_OBJ_NULL, false);
    return list;
}

static mp_obj_t builtin_dir(size_t n_args, const mp_obj_t *args) {
    if (n_args == 0) {
        mp_obj_t l = current_locals();
        mp_obj_t set = mp_obj_new_set(0, NULL);
        if (mp_obj_is_obj(l) && mp_obj_is_subclass_fast(mp_obj_get_type(l), &mp_type_dict)) {
            add_keys(set, mp_obj_dict_get_map(l));
        }
        return sorted_list_of(set);
    }
    mp_obj_t o = args[0];
    const mp_obj_type_t *t = mp_obj_get_type_cold(o);
    // A user __dir__ (on the instance's class, or the metaclass).
    mp_obj_t m = mp_type_lookup_special(t, MP_QSTR___dir__);
    if (m != MP_OBJ_NULL) {
        mp_obj_t dest[2] = {MP_OBJ_NULL, MP_OBJ_NULL};
        mp_obj_bind_attr(m, o, t, false, dest);
        mp_obj_t r = dest[1] != MP_OBJ_NULL ? mp_call_function_1(dest[0], dest[1]) : mp_call_function_0(dest[0]);
        return sorted_list_of(r);
    }
    mp_obj_t set = mp_obj_new_set(0, NULL);
    if (t == &mp_type_module) {
        add_keys(set, &mp_obj_module_get_globals(o)->map);
        return sorted_list_of(set);
    }
    // A class: the attributes along its MRO. An instance: its own
    // attributes and those along its class's MRO.
    bool cls = is_class(o);
    const mp_obj_type_t *ct = cls ? MP_OBJ_TO_PTR(o) : t;
    mp_map_t *members = cls ? NULL : mp_obj_instance_members(o, false);
    if (members != NULL) {
        add_keys(set, members);
    }
    mp_obj_t mro = mp_load_attr(MP_OBJ_FROM_PTR(ct), MP_QSTR___mro__);
    size_t n;
    mp_obj_t *items;
    mp_obj_tuple_get(mro, &n, &items);
    for (size_t i = 0; i < n; i++) {
        const mp_obj_type_t *c = MP_OBJ_TO_PTR(items[i]);
        if (c->locals_dict != NULL) {
            add_keys(set, &c->locals_dict->map);
        }
        add_slot_names(set, c);
        add_declared_slots(set, c);
    }
    mp_obj_set_store(set, MP_OBJ_NEW_QSTR(MP_QSTR___class__));
    mp_obj_set_store(set, MP_OBJ_NEW_QSTR(MP_QSTR___doc__));
    if (mp_type_is_user(ct)) {
        mp_obj_set_store(set, MP_OBJ_NEW_QSTR(MP_QSTR___module__));
        if (cls || ((const mp_obj_user_type_t *)ct)->slots == MP_OBJ_NULL) {
            mp_obj_set_store(set, MP_OBJ_NEW_QSTR(MP_QSTR___dict__));
        }
    }
    return sorted_list_of(set);
}
static NAMED_FUN(builtin_dir_obj, MP_QSTR_dir, 0, 1, MP_FUN_KIND_VAR, var, builtin_dir);

static mp_obj_t builtin_vars(size_t n_args, const mp_obj_t *args) {
    if (n_args == 0) {
        return current_locals();
    }
    mp_obj_t dest[2];
    mp_load_method_maybe(args[0], MP_QSTR___dict__, dest);
    if (dest[0] == MP_OBJ_NULL) {
        mp_raise_TypeError("vars() argument must have __dict__ attribute");
    }
    return dest[0];
}
static NAMED_FUN(builtin_vars_obj, MP_QSTR_vars, 0, 1, MP_FUN_KIND_VAR, var, builtin_vars);

// ---------------------------------------------------------------------------
// Input and output

// print(*objects, sep=' ', end='\n', file=None, flush=False)
static mp_obj_t builtin_print(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    mp_obj_t sep = MP_OBJ_NULL, end = MP_OBJ_NULL, file = MP_OBJ_NULL, flush = MP_OBJ_NULL;
    if (kw != NULL && kw->filled != 0) {
        size_t cur = 0;
        mp_map_elem_t *e;
        while ((e = mp_map_next(kw, &cur)) != NULL) {
            qstr k = mp_obj_str_get_qstr(e->key);
            if (k != MP_QSTR_sep && k != MP_QSTR_end && k != MP_QSTR_file && k != MP_QSTR_flush) {
                mp_raise_TypeError_varg("'%q' is an invalid keyword argument for print()", k);
            }
        }
        sep = kw_get(kw, MP_QSTR_sep);
        end = kw_get(kw, MP_QSTR_end);
        file = kw_get(kw, MP_QSTR_file);
        flush = kw_get(kw, MP_QSTR_flush);
        if (sep == mp_const_none) {
            sep = MP_OBJ_NULL;
        }
        if (end == mp_const_none) {
            end = MP_OBJ_NULL;
        }
        if (sep != MP_OBJ_NULL && !mp_obj_is_str_cold(sep)) {
            mp_raise_TypeError_type("sep must be None or a string, not %s", sep);
        }
        if (end != MP_OBJ_NULL && !mp_obj_is_str_cold(end)) {
            mp_raise_TypeError_type("end must be None or a string, not %s", end);
        }
    }
    if (file == MP_OBJ_NULL || file == mp_const_none) {
        file = sys_stream(MP_QSTR_stdout);
        if (file == mp_const_none) {
            return mp_const_none;  // CPython: print does nothing if sys.stdout is None
        }
    }
    size_t sep_len = 1, end_len = 1;
    const char *sep_s = " ", *end_s = "\n";
    if (sep != MP_OBJ_NULL) {
        sep_s = mp_obj_str_get_data(sep, &sep_len);
    }
    if (end != MP_OBJ_NULL) {
        end_s = mp_obj_str_get_data(end, &end_len);
    }
    if (is_console_stdout(file)) {
        const mp_print_t *p = &mp_plat_print;
        for (size_t i = 0; i < n_args; i++) {
            if (i > 0) {
                mp_print_strn(p, sep_s, sep_len, 0, ' ', 0);
            }
            mp_obj_print_helper(p, args[i], PRINT_STR);
        }
        mp_print_strn(p, end_s, end_len, 0, ' ', 0);
        return mp_const_none;
    }
    // Any object with a write() method: one call per piece, as CPython.
    for (size_t i = 0; i < n_args; i++) {
        if (i > 0) {
            stream_write(file, sep_s, sep_len);
        }
        stream_write_obj(file, mp_obj_str(args[i]));
    }
    stream_write(file, end_s, end_len);
    if (flush != MP_OBJ_NULL && mp_obj_is_true(flush)) {
        stream_flush(file);
    }
    return mp_const_none;
}
static NAMED_FUN(builtin_print_obj, MP_QSTR_print, 0, MP_FUN_ARGS_MAX, MP_FUN_KIND_KW, kw, builtin_print);

static mp_obj_t builtin_input(size_t n_args, const mp_obj_t *args) {
    if (n_args == 1) {
        mp_obj_t out = sys_stream(MP_QSTR_stdout);
        if (is_console_stdout(out)) {
            mp_obj_print_helper(&mp_plat_print, args[0], PRINT_STR);
        } else if (out != mp_const_none) {
            stream_write_obj(out, mp_obj_str(args[0]));
            stream_flush(out);
        }
    }
    mp_obj_t in = sys_stream(MP_QSTR_stdin);
    if (in == MP_OBJ_NULL || in == mp_const_none) {
        mp_raise_msg(&mp_type_RuntimeError, "input(): lost sys.stdin");
    }
    mp_obj_t dest[2];
    mp_load_method(in, MP_QSTR_readline, dest);
    mp_obj_t line = mp_call_method_n_kw(0, 0, dest);
    size_t len;
    const char *s = mp_obj_str_get_data(line, &len);
    if (len == 0) {
        mp_raise_msg(&mp_type_EOFError, "EOF when reading a line");
    }
    if (s[len - 1] == '\n') {
        len--;
        if (len > 0 && s[len - 1] == '\r') {
            len--;
        }
    }
    return mp_obj_new_str(s, len);
}
static NAMED_FUN(builtin_input_obj, MP_QSTR_input, 0, 1, MP_FUN_KIND_VAR, var, builtin_input);

static mp_obj_t builtin_open(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    if (mp_builtin_open != NULL) {
        return mp_builtin_open(n_args, args, kw);
    }
    mp_raise_msg(&mp_type_OSError, "open() is not available");
}
static NAMED_FUN(builtin_open_obj, MP_QSTR_open, 0, MP_FUN_ARGS_MAX, MP_FUN_KIND_KW, kw, builtin_open);

// help('modules'): the built-in modules in sorted columns, as MicroPython prints them.
static void help_modules(void) {
    mp_obj_t names = mp_obj_new_list(0, NULL);
    mp_obj_list_append(names, MP_OBJ_NEW_QSTR(MP_QSTR___main__));
    qstr name;
    for (size_t i = 0; mp_module_builtin_globals(i, &name) != NULL; i++) {
        mp_obj_list_append(names, MP_OBJ_NEW_QSTR(name));
    }
    mp_obj_t sort_dest[2];
    mp_load_method(names, MP_QSTR_sort, sort_dest);
    mp_call_method_n_kw(0, 0, sort_dest);
    size_t n;
    mp_obj_t *items;
    mp_obj_list_get(names, &n, &items);
    const size_t cols = 4, width = 18;
    for (size_t i = 0; i < n; i++) {
        size_t len;
        const char *s = mp_obj_str_get_data(items[i], &len);
        mp_printf(&mp_plat_print, "%s", s);
        if (i % cols == cols - 1 || i == n - 1) {
            mp_print_str(&mp_plat_print, "\n");
        } else {
            for (size_t k = len; k < width; k++) {
                mp_print_str(&mp_plat_print, " ");
            }
        }
    }
    mp_print_str(&mp_plat_print, "Plus any modules on the filesystem\n");
}

static mp_obj_t builtin_help(size_t n_args, const mp_obj_t *args) {
    if (n_args == 0) {
        mp_print_str(&mp_plat_print,
            "Welcome to MicroPython!\n\n"
            "For online docs please visit http://docs.micropython.org/\n\n"
            "Control commands:\n"
            "  CTRL-A        -- on a blank line, enter raw REPL mode\n"
            "  CTRL-B        -- on a blank line, enter normal REPL mode\n"
            "  CTRL-C        -- interrupt a running program\n"
            "  CTRL-D        -- on a blank line, exit or do a soft reset\n"
            "  CTRL-E        -- on a blank line, enter paste mode\n\n"
            "For further help on a specific object, type help(obj)\n");
        return mp_const_none;
    }
    mp_obj_t o = args[0];
    if (mp_obj_is_str_cold(o) && mp_obj_str_get_qstr(o) == MP_QSTR_modules) {
        help_modules();
        return mp_const_none;
    }
    mp_printf(&mp_plat_print, "object ");
    mp_obj_print_helper(&mp_plat_print, o, PRINT_STR);
    mp_printf(&mp_plat_print, " is of type %s\n", mp_obj_get_type_str(o));
    const mp_obj_type_t *t = is_class(o) ? MP_OBJ_TO_PTR(o) : mp_obj_get_type_cold(o);
    mp_map_t *map = mp_obj_is_type_cold(o, &mp_type_module) ? &mp_obj_module_get_globals(o)->map
        : t->locals_dict != NULL ? &t->locals_dict->map : NULL;
    if (map != NULL) {
        size_t cur = 0;
        mp_map_elem_t *e;
        while ((e = mp_map_next(map, &cur)) != NULL) {
            mp_print_str(&mp_plat_print, "  ");
            mp_obj_print_helper(&mp_plat_print, e->key, PRINT_STR);
            mp_print_str(&mp_plat_print, " -- ");
            if (t->locals_dict != NULL && map == &t->locals_dict->map && mp_obj_is_type_cold(e->value, &mp_type_builtin_function) && mp_obj_is_qstr(e->key)) {
                // A function shared by several types (str/bytes) is shown as the method of this one.
                mp_printf(&mp_plat_print, "<method '%q' of '%q' objects>", MP_OBJ_QSTR_VALUE(e->key), t->name);
            } else {
                mp_obj_print_helper(&mp_plat_print, e->value, PRINT_REPR);
            }
            mp_print_str(&mp_plat_print, "\n");
        }
    }
    return mp_const_none;
}
static NAMED_FUN(builtin_help_obj, MP_QSTR_help, 0, 1, MP_FUN_KIND_VAR, var, builtin_help);

// ---------------------------------------------------------------------------
// Compiling and running code

static mp_parse_input_kind_t parse_mode(mp_obj_t mode) {
    size_t len;
    const char *m = mp_obj_str_get_data(mode, &len);
    if (len == 4 && memcmp(m, "exec", 4) == 0) {
        return MP_PARSE_FILE_INPUT;
    }
    if (len == 4 && memcmp(m, "eval", 4) == 0) {
        return MP_PARSE_EVAL_INPUT;
    }
    if (len == 6 && memcmp(m, "single", 6) == 0) {
        return MP_PARSE_SINGLE_INPUT;
    }
    mp_raise_ValueError("compile() mode must be 'exec', 'eval' or 'single'");
}

// The source text of a str/bytes argument; a code object is returned as is.
static mp_obj_t to_code(mp_obj_t src, qstr filename, mp_parse_input_kind_t kind, const char *fname) {
    if (mp_obj_is_type_cold(src, &mp_type_code)) {
        return src;
    }
    mp_obj_t n = mp_obj_get_native(src, NULL);
    if (!mp_obj_is_str_cold(n) && !mp_obj_is_type_cold(n, &mp_type_bytes) && !mp_obj_is_type_cold(n, &mp_type_bytearray)) {
        mp_raise_TypeError_varg("%s() arg 1 must be a string, bytes or %s object", fname, fname[0] == 'c' ? "AST" : "code");
    }
    size_t len;
    const char *s;
    if (mp_obj_is_type_cold(n, &mp_type_bytearray)) {
        mp_buffer_info_t bi;
        mp_obj_get_type_cold(n)->buffer(n, &bi, MP_BUFFER_READ);
        s = bi.buf;
        len = bi.len;
    } else {
        s = mp_obj_str_get_data(n, &len);
    }
    if (kind == MP_PARSE_EVAL_INPUT) {
        // eval() ignores leading spaces and tabs.
        while (len > 0 && (*s == ' ' || *s == '\t')) {
            s++;
            len--;
        }
    }
    return mp_compile(s, len, filename, kind, false);
}

static mp_obj_t builtin_compile(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    static const mp_arg_t allowed[] = {
        {MP_QSTR_source, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
        {MP_QSTR_filename, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
        {MP_QSTR_mode, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
        {MP_QSTR_flags, MP_ARG_OBJ, {.u_obj = MP_ROM_INT(0)}},
        {MP_QSTR_dont_inherit, MP_ARG_OBJ, {.u_obj = MP_ROM_PTR(&mp_const_false_obj)}},
        {MP_QSTR_optimize, MP_ARG_OBJ, {.u_obj = MP_ROM_INT(-1)}},
    };
    mp_arg_val_t v[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_all_named(MP_QSTR_compile, n_args, args, kw, MP_ARRAY_SIZE(allowed), allowed, v);
    mp_obj_t fn = mp_obj_get_native(v[1].u_obj, NULL);
    if (!mp_obj_is_str_cold(fn)) {
        fn = mp_obj_str(fn);
    }
    return to_code(v[0].u_obj, mp_obj_str_get_qstr(fn), parse_mode(v[2].u_obj), "compile");
}
static NAMED_FUN(builtin_compile_obj, MP_QSTR_compile, 3, MP_FUN_ARGS_MAX, MP_FUN_KIND_KW, kw, builtin_compile);

static mp_obj_t eval_exec(size_t n_args, const mp_obj_t *args, mp_map_t *kw, mp_parse_input_kind_t kind, const char *fname) {
    static const qstr_short_t names[] = {MP_QSTR_globals, MP_QSTR_locals};
    kw_check(kw, fname, names, 2);
    if (n_args < 1 || n_args > 3) {
        mp_raise_TypeError_varg("%s expected at most 3 arguments, got %d", fname, (int)n_args);
    }
    mp_obj_t g = n_args > 1 ? args[1] : kw_get(kw, MP_QSTR_globals);
    mp_obj_t l = n_args > 2 ? args[2] : kw_get(kw, MP_QSTR_locals);
    if (g == MP_OBJ_NULL) {
        g = mp_const_none;
    }
    if (l == MP_OBJ_NULL) {
        l = mp_const_none;
    }
    mp_obj_dict_t *globals, *locals;
    if (g == mp_const_none) {
        globals = mp_globals_get();
        if (l == mp_const_none) {
            mp_obj_t cl = current_locals();
            l = cl;
        }
    } else {
        mp_obj_t gn = mp_obj_get_native(g, &mp_type_dict);
        if (!mp_obj_is_obj(gn) || !mp_obj_is_subclass_fast(mp_obj_get_type(gn), &mp_type_dict)) {
            if (kind == MP_PARSE_EVAL_INPUT) {
                mp_raise_TypeError("globals must be a dict");
            }
            mp_raise_TypeError_varg("%s() globals must be a dict, not %s", fname, mp_obj_get_type_str(g));
        }
        globals = MP_OBJ_TO_PTR(gn);
        if (mp_map_lookup_qstr(&globals->map, MP_QSTR___builtins__, MP_MAP_LOOKUP) == NULL) {
            mp_map_elem_t *b = mp_map_lookup_qstr(&MP_STATE(modules)->map, MP_QSTR_builtins, MP_MAP_LOOKUP);
            if (b != NULL) {
                mp_map_lookup_qstr(&globals->map, MP_QSTR___builtins__, MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = b->value;
            }
        }
        if (l == mp_const_none) {
            l = gn;
        }
    }
    mp_obj_t ln = mp_obj_get_native(l, &mp_type_dict);
    if (!mp_obj_is_obj(ln) || !mp_obj_is_subclass_fast(mp_obj_get_type(ln), &mp_type_dict)) {
        if (kind == MP_PARSE_EVAL_INPUT) {
            mp_raise_TypeError("locals must be a mapping");
        }
        mp_raise_TypeError_type("locals must be a mapping or None, not %s", l);
    }
    locals = MP_OBJ_TO_PTR(ln);
    qstr filename = MP_QSTR__lt_string_gt_;
    mp_obj_t code = to_code(args[0], filename, kind, fname);
    return mp_exec_code(code, globals, locals);
}

static mp_obj_t builtin_eval(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    return eval_exec(n_args, args, kw, MP_PARSE_EVAL_INPUT, "eval");
}
static NAMED_FUN(builtin_eval_obj, MP_QSTR_eval, 1, MP_FUN_ARGS_MAX, MP_FUN_KIND_KW, kw, builtin_eval);

static mp_obj_t builtin_exec(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    eval_exec(n_args, args, kw, MP_PARSE_FILE_INPUT, "exec");
    return mp_const_none;
}
static NAMED_FUN(builtin_exec_obj, MP_QSTR_exec, 1, MP_FUN_ARGS_MAX, MP_FUN_KIND_KW, kw, builtin_exec);

// __import__(name, globals=None, locals=None, fromlist=(), level=0)
static mp_obj_t builtin___import__(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    static const qstr_short_t names[] = {MP_QSTR_name, MP_QSTR_globals, MP_QSTR_locals, MP_QSTR_fromlist, MP_QSTR_level};
    kw_check(kw, "__import__", names, 5);
    if (n_args > 5) {
        mp_raise_TypeError_varg("__import__() takes at most 5 arguments (%d given)", (int)n_args);
    }
    mp_obj_t a[5] = {MP_OBJ_NULL, mp_const_none, mp_const_none, mp_const_empty_tuple, MP_OBJ_NEW_SMALL_INT(0)};
    for (size_t i = 0; i < n_args; i++) {
        a[i] = args[i];
    }
    for (size_t i = 0; i < 5; i++) {
        mp_obj_t v = kw_get(kw, names[i]);
        if (v != MP_OBJ_NULL) {
            a[i] = v;
        }
    }
    if (a[0] == MP_OBJ_NULL) {
        mp_raise_TypeError("__import__() missing required argument 'name' (pos 1)");
    }
    if (!mp_obj_is_str_cold(a[0])) {
        mp_raise_TypeError_varg("module name must be a string");
    }
    mp_int_t level;
    if (mp_obj_get_int_maybe(a[4], &level) && level < 0) {
        mp_raise_ValueError("level must be >= 0");
    }
    return mp_builtin___import__(5, a);
}
static NAMED_FUN(builtin___import___obj, MP_QSTR___import__, 0, MP_FUN_ARGS_MAX, MP_FUN_KIND_KW, kw, builtin___import__);

// ---------------------------------------------------------------------------
// Exception types CPython has that the core never raises itself: they
// only need to exist, derive correctly and behave like their base (the
// methods come from the base's table through base_type).

#define EXTRA_EXC_TYPE(name_, qst_, base_) static MP_DEFINE_EXCEPTION_TYPE(name_##_type, qst_, base_);
EXTRA_EXC_TYPE(UnicodeTranslateError, MP_QSTR_UnicodeTranslateError, &mp_type_UnicodeError)
EXTRA_EXC_TYPE(PendingDeprecationWarning, MP_QSTR_PendingDeprecationWarning, &mp_type_Warning)
EXTRA_EXC_TYPE(SyntaxWarning, MP_QSTR_SyntaxWarning, &mp_type_Warning)
EXTRA_EXC_TYPE(ImportWarning, MP_QSTR_ImportWarning, &mp_type_Warning)
EXTRA_EXC_TYPE(FutureWarning, MP_QSTR_FutureWarning, &mp_type_Warning)
EXTRA_EXC_TYPE(UnicodeWarning, MP_QSTR_UnicodeWarning, &mp_type_Warning)
EXTRA_EXC_TYPE(BytesWarning, MP_QSTR_BytesWarning, &mp_type_Warning)
EXTRA_EXC_TYPE(ResourceWarning, MP_QSTR_ResourceWarning, &mp_type_Warning)
EXTRA_EXC_TYPE(EncodingWarning, MP_QSTR_EncodingWarning, &mp_type_Warning)

// ---------------------------------------------------------------------------
// The module table

static const mp_rom_map_elem_t builtins_table[] = {
    {MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_builtins)},
    {MP_ROM_QSTR(MP_QSTR___build_class__), MP_ROM_PTR(&mp_builtin___build_class___obj)},
    {MP_ROM_QSTR(MP_QSTR___import__), MP_ROM_PTR(&builtin___import___obj)},

    // Functions.
    {MP_ROM_QSTR(MP_QSTR_abs), MP_ROM_PTR(&builtin_abs_obj)},
    {MP_ROM_QSTR(MP_QSTR_aiter), MP_ROM_PTR(&builtin_aiter_obj)},
    {MP_ROM_QSTR(MP_QSTR_anext), MP_ROM_PTR(&builtin_anext_obj)},
    {MP_ROM_QSTR(MP_QSTR_all), MP_ROM_PTR(&builtin_all_obj)},
    {MP_ROM_QSTR(MP_QSTR_any), MP_ROM_PTR(&builtin_any_obj)},
    {MP_ROM_QSTR(MP_QSTR_ascii), MP_ROM_PTR(&builtin_ascii_obj)},
    {MP_ROM_QSTR(MP_QSTR_bin), MP_ROM_PTR(&builtin_bin_obj)},
    {MP_ROM_QSTR(MP_QSTR_callable), MP_ROM_PTR(&builtin_callable_obj)},
    {MP_ROM_QSTR(MP_QSTR_chr), MP_ROM_PTR(&builtin_chr_obj)},
    {MP_ROM_QSTR(MP_QSTR_compile), MP_ROM_PTR(&builtin_compile_obj)},
    {MP_ROM_QSTR(MP_QSTR_delattr), MP_ROM_PTR(&builtin_delattr_obj)},
    {MP_ROM_QSTR(MP_QSTR_dir), MP_ROM_PTR(&builtin_dir_obj)},
    {MP_ROM_QSTR(MP_QSTR_divmod), MP_ROM_PTR(&builtin_divmod_obj)},
    {MP_ROM_QSTR(MP_QSTR_eval), MP_ROM_PTR(&builtin_eval_obj)},
    {MP_ROM_QSTR(MP_QSTR_exec), MP_ROM_PTR(&builtin_exec_obj)},
    {MP_ROM_QSTR(MP_QSTR_format), MP_ROM_PTR(&builtin_format_obj)},
    {MP_ROM_QSTR(MP_QSTR_getattr), MP_ROM_PTR(&builtin_getattr_obj)},
    {MP_ROM_QSTR(MP_QSTR_globals), MP_ROM_PTR(&builtin_globals_obj)},
    {MP_ROM_QSTR(MP_QSTR_hasattr), MP_ROM_PTR(&builtin_hasattr_obj)},
    {MP_ROM_QSTR(MP_QSTR_hash), MP_ROM_PTR(&builtin_hash_obj)},
    {MP_ROM_QSTR(MP_QSTR_help), MP_ROM_PTR(&builtin_help_obj)},
    {MP_ROM_QSTR(MP_QSTR_hex), MP_ROM_PTR(&builtin_hex_obj)},
    {MP_ROM_QSTR(MP_QSTR_id), MP_ROM_PTR(&builtin_id_obj)},
    {MP_ROM_QSTR(MP_QSTR_input), MP_ROM_PTR(&builtin_input_obj)},
    {MP_ROM_QSTR(MP_QSTR_isinstance), MP_ROM_PTR(&builtin_isinstance_obj)},
    {MP_ROM_QSTR(MP_QSTR_issubclass), MP_ROM_PTR(&builtin_issubclass_obj)},
    {MP_ROM_QSTR(MP_QSTR_iter), MP_ROM_PTR(&builtin_iter_obj)},
    {MP_ROM_QSTR(MP_QSTR_len), MP_ROM_PTR(&builtin_len_obj)},
    {MP_ROM_QSTR(MP_QSTR_locals), MP_ROM_PTR(&builtin_locals_obj)},
    {MP_ROM_QSTR(MP_QSTR_max), MP_ROM_PTR(&builtin_max_obj)},
    {MP_ROM_QSTR(MP_QSTR_min), MP_ROM_PTR(&builtin_min_obj)},
    {MP_ROM_QSTR(MP_QSTR_next), MP_ROM_PTR(&builtin_next_obj)},
    {MP_ROM_QSTR(MP_QSTR_oct), MP_ROM_PTR(&builtin_oct_obj)},
    {MP_ROM_QSTR(MP_QSTR_open), MP_ROM_PTR(&builtin_open_obj)},
    {MP_ROM_QSTR(MP_QSTR_ord), MP_ROM_PTR(&builtin_ord_obj)},
    {MP_ROM_QSTR(MP_QSTR_pow), MP_ROM_PTR(&mp_builtin_pow_obj)},
    {MP_ROM_QSTR(MP_QSTR_print), MP_ROM_PTR(&builtin_print_obj)},
    {MP_ROM_QSTR(MP_QSTR_repr), MP_ROM_PTR(&builtin_repr_obj)},
    {MP_ROM_QSTR(MP_QSTR_round), MP_ROM_PTR(&builtin_round_obj)},
    {MP_ROM_QSTR(MP_QSTR_setattr), MP_ROM_PTR(&builtin_setattr_obj)},
    {MP_ROM_QSTR(MP_QSTR_sorted), MP_ROM_PTR(&builtin_sorted_obj)},
    {MP_ROM_QSTR(MP_QSTR_sum), MP_ROM_PTR(&builtin_sum_obj)},
    {MP_ROM_QSTR(MP_QSTR_vars), MP_ROM_PTR(&builtin_vars_obj)},

    // Types.
    {MP_ROM_QSTR(MP_QSTR_bool), MP_ROM_PTR(&mp_type_bool)},
    {MP_ROM_QSTR(MP_QSTR_bytearray), MP_ROM_PTR(&mp_type_bytearray)},
    {MP_ROM_QSTR(MP_QSTR_bytes), MP_ROM_PTR(&mp_type_bytes)},
    {MP_ROM_QSTR(MP_QSTR_classmethod), MP_ROM_PTR(&mp_type_classmethod)},
    {MP_ROM_QSTR(MP_QSTR_complex), MP_ROM_PTR(&mp_type_complex)},
    {MP_ROM_QSTR(MP_QSTR_dict), MP_ROM_PTR(&mp_type_dict)},
    {MP_ROM_QSTR(MP_QSTR_enumerate), MP_ROM_PTR(&mp_type_enumerate)},
    {MP_ROM_QSTR(MP_QSTR_filter), MP_ROM_PTR(&mp_type_filter)},
    {MP_ROM_QSTR(MP_QSTR_float), MP_ROM_PTR(&mp_type_float)},
    {MP_ROM_QSTR(MP_QSTR_frozenset), MP_ROM_PTR(&mp_type_frozenset)},
    {MP_ROM_QSTR(MP_QSTR_int), MP_ROM_PTR(&mp_type_int)},
    {MP_ROM_QSTR(MP_QSTR_list), MP_ROM_PTR(&mp_type_list)},
    {MP_ROM_QSTR(MP_QSTR_map), MP_ROM_PTR(&mp_type_map)},
    {MP_ROM_QSTR(MP_QSTR_memoryview), MP_ROM_PTR(&mp_type_memoryview)},
    {MP_ROM_QSTR(MP_QSTR_object), MP_ROM_PTR(&mp_type_object)},
    {MP_ROM_QSTR(MP_QSTR_property), MP_ROM_PTR(&mp_type_property)},
    {MP_ROM_QSTR(MP_QSTR_range), MP_ROM_PTR(&mp_type_range)},
    {MP_ROM_QSTR(MP_QSTR_reversed), MP_ROM_PTR(&mp_type_reversed)},
    {MP_ROM_QSTR(MP_QSTR_set), MP_ROM_PTR(&mp_type_set)},
    {MP_ROM_QSTR(MP_QSTR_slice), MP_ROM_PTR(&mp_type_slice)},
    {MP_ROM_QSTR(MP_QSTR_staticmethod), MP_ROM_PTR(&mp_type_staticmethod)},
    {MP_ROM_QSTR(MP_QSTR_str), MP_ROM_PTR(&mp_type_str)},
    {MP_ROM_QSTR(MP_QSTR_super), MP_ROM_PTR(&mp_type_super)},
    {MP_ROM_QSTR(MP_QSTR_tuple), MP_ROM_PTR(&mp_type_tuple)},
    {MP_ROM_QSTR(MP_QSTR_type), MP_ROM_PTR(&mp_type_type)},
    {MP_ROM_QSTR(MP_QSTR_zip), MP_ROM_PTR(&mp_type_zip)},

    // Constants.
    {MP_ROM_QSTR(MP_QSTR_Ellipsis), MP_ROM_PTR(&mp_const_ellipsis_obj)},
    {MP_ROM_QSTR(MP_QSTR_None), MP_ROM_PTR(&mp_const_none_obj)},
    {MP_ROM_QSTR(MP_QSTR_True), MP_ROM_PTR(&mp_const_true_obj)},
    {MP_ROM_QSTR(MP_QSTR_False), MP_ROM_PTR(&mp_const_false_obj)},
    {MP_ROM_QSTR(MP_QSTR_NotImplemented), MP_ROM_PTR(&mp_const_notimplemented_obj)},

    // Exceptions.
#define X(name) {MP_ROM_QSTR(MP_QSTR_##name), MP_ROM_PTR(&mp_type_##name)},
    MP_EXCEPTION_TYPES(X)
#undef X
    {MP_ROM_QSTR(MP_QSTR_BaseExceptionGroup), MP_ROM_PTR(&mp_type_BaseExceptionGroup)},
    {MP_ROM_QSTR(MP_QSTR_ExceptionGroup), MP_ROM_PTR(&mp_type_ExceptionGroup)},
    {MP_ROM_QSTR(MP_QSTR_EnvironmentError), MP_ROM_PTR(&mp_type_OSError)},
    {MP_ROM_QSTR(MP_QSTR_IOError), MP_ROM_PTR(&mp_type_OSError)},
    {MP_ROM_QSTR(MP_QSTR_UnicodeTranslateError), MP_ROM_PTR(&UnicodeTranslateError_type)},
    {MP_ROM_QSTR(MP_QSTR_PendingDeprecationWarning), MP_ROM_PTR(&PendingDeprecationWarning_type)},
    {MP_ROM_QSTR(MP_QSTR_SyntaxWarning), MP_ROM_PTR(&SyntaxWarning_type)},
    {MP_ROM_QSTR(MP_QSTR_ImportWarning), MP_ROM_PTR(&ImportWarning_type)},
    {MP_ROM_QSTR(MP_QSTR_FutureWarning), MP_ROM_PTR(&FutureWarning_type)},
    {MP_ROM_QSTR(MP_QSTR_UnicodeWarning), MP_ROM_PTR(&UnicodeWarning_type)},
    {MP_ROM_QSTR(MP_QSTR_BytesWarning), MP_ROM_PTR(&BytesWarning_type)},
    {MP_ROM_QSTR(MP_QSTR_ResourceWarning), MP_ROM_PTR(&ResourceWarning_type)},
    {MP_ROM_QSTR(MP_QSTR_EncodingWarning), MP_ROM_PTR(&EncodingWarning_type)},
};
static MP_DEFINE_CONST_DICT(builtins_dict, builtins_table);
MP_DEFINE_CONST_MODULE(mp_module_builtins, builtins_dict);

mp_obj_dict_t *mp_builtins_make_dict(void) {
    mp_obj_t d = mp_obj_new_dict(MP_ARRAY_SIZE(builtins_table) + 4);
    mp_map_t *map = mp_obj_dict_get_map(d);
    mp_map_update(map, &builtins_dict.map);
    // __debug__ is False under -O.
    mp_map_lookup_qstr(map, MP_QSTR___debug__, MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = mp_obj_new_bool(MP_STATE(opt_level) == 0);
    return MP_OBJ_TO_PTR(d);
}
