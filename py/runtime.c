// runtime.c: the object model's generic operations on any value: names,
// operators, truth, equality, hashing, printing, attributes, calls,
// argument parsing, iteration and unpacking, and the pending-event hook.
// Each operation takes the fast path for immediates (small ints, floats,
// qstrs) and otherwise dispatches to the type slots of its operands; a
// slot that returns MP_OBJ_NULL means "not supported" and the one TypeError
// for that case is raised here, with CPython's wording.
#include <string.h>
#include <stdio.h>
#include "runtime.h"
#include "objtype.h"
#include "bc.h"
#include "modbuiltins.h"
#include "objexcept.h"
#include "objiter.h"

// ---------------------------------------------------------------------------
// Raising (the message helpers are in objexcept.c, the stack checks in
// stackctrl.c).

MP_NORETURN void mp_raise(mp_obj_t exc) {
    if (mp_obj_is_exception_type(exc)) {
        exc = mp_call_function_0(exc);
    }
    if (!mp_obj_is_exception_instance(exc)) {
        mp_raise_TypeError("exceptions must derive from BaseException");
    }
    nlr_raise(exc);
}

bool mp_obj_is_exception_instance(mp_obj_t o) {
    return mp_obj_is_obj(o) && mp_obj_is_subclass_fast(mp_obj_get_type(o), &mp_type_BaseException);
}

bool mp_obj_is_exception_type(mp_obj_t o) {
    return mp_obj_is_obj(o) && mp_obj_is_subclass_fast(mp_obj_get_type(o), &mp_type_type)
        && mp_obj_is_subclass_fast(MP_OBJ_TO_PTR(o), &mp_type_BaseException);
}

// ---------------------------------------------------------------------------
// Lifecycle

// Optional parts provided by other files, when linked in.
void mp_sys_init(void) __attribute__((weak));

void mp_init(void) {
    MP_STATE(sched_len) = 0;
    MP_STATE(sched_idx) = 0;
    MP_STATE(sched_locked) = false;
    MP_STATE(pending_exception) = MP_OBJ_NULL;
    MP_STATE(cur_exception) = MP_OBJ_NULL;
    mp_exceptions_init();

    // The builtins namespace: a mutable copy of the builtins module.
    MP_STATE(dict_builtins) = mp_builtins_make_dict();

    MP_STATE(modules) = MP_OBJ_TO_PTR(mp_obj_new_dict(8));
    if (MP_STATE(sys_path) == MP_OBJ_NULL) {
        mp_obj_t empty = MP_OBJ_NEW_QSTR(MP_QSTR_);
        MP_STATE(sys_path) = mp_obj_new_list(1, &empty);
    }
    if (MP_STATE(sys_argv) == MP_OBJ_NULL) {
        MP_STATE(sys_argv) = mp_obj_new_list(0, NULL);
    }
    mp_obj_module_t *bm = m_new_obj(mp_obj_module_t);
    bm->base.type = &mp_type_module;
    bm->globals = MP_STATE(dict_builtins);
    mp_obj_dict_store(MP_OBJ_FROM_PTR(MP_STATE(modules)), MP_OBJ_NEW_QSTR(MP_QSTR_builtins), MP_OBJ_FROM_PTR(bm));

    mp_obj_t main_mod = mp_obj_new_module(MP_QSTR___main__);
    MP_STATE(dict_main) = mp_obj_module_get_globals(main_mod);
    mp_obj_dict_store(MP_OBJ_FROM_PTR(MP_STATE(dict_main)), MP_OBJ_NEW_QSTR(MP_QSTR___builtins__), MP_OBJ_FROM_PTR(bm));
    mp_obj_dict_store(MP_OBJ_FROM_PTR(MP_STATE(modules)), MP_OBJ_NEW_QSTR(MP_QSTR___main__), main_mod);
    MP_STATE(dict_locals) = MP_STATE(dict_main);
    MP_STATE(dict_globals) = MP_STATE(dict_main);

    if (mp_sys_init != NULL) {
        mp_sys_init();
    }
}

void mp_deinit(void) {
    MP_STATE(dict_locals) = NULL;
    MP_STATE(dict_globals) = NULL;
}

// ---------------------------------------------------------------------------
// Names

mp_obj_dict_t *mp_locals_get(void) {
    return MP_STATE(dict_locals);
}

void mp_locals_set(mp_obj_dict_t *d) {
    MP_STATE(dict_locals) = d;
}

mp_obj_dict_t *mp_globals_get(void) {
    return MP_STATE(dict_globals);
}

void mp_globals_set(mp_obj_dict_t *d) {
    MP_STATE(dict_globals) = d;
}

MP_NORETURN static void raise_name_error(qstr qst) {
    mp_raise_msg_varg(&mp_type_NameError, "name '%q' is not defined", qst);
}

mp_obj_t mp_load_builtin(qstr qst) {
    mp_map_elem_t *e = mp_map_lookup_qstr(&MP_STATE(dict_builtins)->map, qst, MP_MAP_LOOKUP);
    if (MP_UNLIKELY(e == NULL)) {
        raise_name_error(qst);
    }
    return e->value;
}

mp_obj_t mp_load_global(qstr qst) {
    mp_obj_dict_t *g = MP_STATE(dict_globals);
    if (MP_LIKELY(g != NULL)) {
        mp_map_elem_t *e = mp_map_lookup_qstr(&g->map, qst, MP_MAP_LOOKUP);
        if (e != NULL) {
            return e->value;
        }
    }
    return mp_load_builtin(qst);
}

mp_obj_t mp_load_name(qstr qst) {
    mp_obj_dict_t *l = MP_STATE(dict_locals);
    if (l != NULL && l != MP_STATE(dict_globals)) {
        mp_map_elem_t *e = mp_map_lookup_qstr(&l->map, qst, MP_MAP_LOOKUP);
        if (e != NULL) {
            return e->value;
        }
    }
    return mp_load_global(qst);
}

void mp_store_name(qstr qst, mp_obj_t obj) {
    mp_obj_dict_t *l = MP_STATE(dict_locals);
    if (l == NULL) {
        l = MP_STATE(dict_globals);
    }
    mp_map_lookup_qstr(&l->map, qst, MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = obj;
}

void mp_store_global(qstr qst, mp_obj_t obj) {
    mp_map_lookup_qstr(&MP_STATE(dict_globals)->map, qst, MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = obj;
}

void mp_delete_name(qstr qst) {
    mp_obj_dict_t *l = MP_STATE(dict_locals);
    if (l == NULL) {
        l = MP_STATE(dict_globals);
    }
    if (mp_map_lookup_qstr(&l->map, qst, MP_MAP_LOOKUP_REMOVE_IF_FOUND) == NULL) {
        raise_name_error(qst);
    }
}

void mp_delete_global(qstr qst) {
    if (mp_map_lookup_qstr(&MP_STATE(dict_globals)->map, qst, MP_MAP_LOOKUP_REMOVE_IF_FOUND) == NULL) {
        raise_name_error(qst);
    }
}

// ---------------------------------------------------------------------------
// Type queries

const mp_obj_type_t *mp_obj_get_type_slow(mp_obj_t o) {
    if (mp_obj_is_small_int(o)) {
        return &mp_type_int;
    }
    if (mp_obj_is_qstr(o)) {
        return &mp_type_str;
    }
    if (mp_obj_is_float(o)) {
        return &mp_type_float;
    }
    if (mp_obj_is_obj(o)) {
        return ((const mp_obj_base_t *)MP_OBJ_TO_PTR(o))->type;
    }
    // MP_OBJ_NULL or an internal sentinel leaking out: treat as None
    // rather than crash.
    return &mp_type_NoneType;
}

qstr mp_obj_get_type_qstr(mp_obj_t o) {
    return mp_obj_get_type(o)->name;
}

const char *mp_obj_get_type_str(mp_obj_t o) {
    return qstr_str(mp_obj_get_type(o)->name);
}

bool mp_obj_is_subclass_fast(const mp_obj_type_t *t, const mp_obj_type_t *base) {
    if (t == base || base == &mp_type_object) {
        return true;
    }
    if (t->mro != NULL) {
        const mp_obj_tuple_t *mro = t->mro;
        for (size_t i = 1; i < mro->len; i++) {
            if (MP_OBJ_TO_PTR(mro->items[i]) == base) {
                return true;
            }
        }
        return false;
    }
    for (t = t->base_type; t != NULL; t = t->base_type) {
        if (t == base) {
            return true;
        }
    }
    return false;
}

bool mp_obj_is_instance_of(mp_obj_t o, const mp_obj_type_t *t) {
    return mp_obj_is_subclass_fast(mp_obj_get_type(o), t);
}

bool mp_obj_is_callable(mp_obj_t o) {
    if (!mp_obj_is_obj(o)) {
        return false;
    }
    const mp_obj_type_t *t = mp_obj_get_type(o);
    if (mp_type_is_user(t)) {
        const mp_obj_user_type_t *ut = (const mp_obj_user_type_t *)t;
        if (ut->layout == MP_INST_LAYOUT_TYPE) {
            return true;
        }
        if (mp_type_lookup_special(t, MP_QSTR___call__) != MP_OBJ_NULL) {
            return true;
        }
        return ut->native != NULL && ut->native->call != NULL;
    }
    return t->call != NULL;
}

mp_obj_t mp_obj_get_native(mp_obj_t o, const mp_obj_type_t *native_type) {
    (void)native_type;
    if (!mp_obj_is_obj(o)) {
        return o;
    }
    const mp_obj_type_t *t = ((const mp_obj_base_t *)MP_OBJ_TO_PTR(o))->type;
    if ((t->flags & MP_TYPE_FLAG_USER) && ((const mp_obj_user_type_t *)t)->layout == MP_INST_LAYOUT_NATIVE) {
        mp_obj_t n = ((mp_obj_instance_t *)MP_OBJ_TO_PTR(o))->subobj[0];
        if (n == MP_OBJ_NULL) {
            // __init__ did not call the builtin base's __init__ (yet).
            mp_raise_msg_varg(&mp_type_TypeError, "'%q' object's '%q' part is not initialised (missing super().__init__() call?)",
                t->name, ((const mp_obj_user_type_t *)t)->native->name);
        }
        return n;
    }
    return o;
}

void *mp_obj_native_ptr(mp_obj_t o, const mp_obj_type_t *type) {
    if (!mp_obj_is_obj(o)) {
        return NULL;
    }
    const mp_obj_type_t *t = ((mp_obj_base_t *)MP_OBJ_TO_PTR(o))->type;
    if (t == type) {
        return MP_OBJ_TO_PTR(o);
    }
    if (t->flags & MP_TYPE_FLAG_USER) {
        mp_obj_t n = mp_obj_get_native(o, type);
        if (n != o && mp_obj_is_type(n, type)) {
            return MP_OBJ_TO_PTR(n);
        }
    }
    return NULL;
}

// ---------------------------------------------------------------------------
// Printing

void mp_obj_print_helper(const mp_print_t *print, mp_obj_t o, mp_print_kind_t kind) {
    mp_stack_check();
    const mp_obj_type_t *t = mp_obj_get_type(o);
    if (t->print != NULL) {
        t->print(print, o, kind);
    } else {
        mp_obj_print_default_repr(print, o);
    }
}

void mp_obj_print(mp_obj_t o, mp_print_kind_t kind) {
    mp_obj_print_helper(&mp_plat_print, o, kind);
}

mp_obj_t mp_obj_repr(mp_obj_t o) {
    vstr_t v;
    vstr_init(&v, 16);
    mp_print_t p = mp_print_for_vstr(&v);
    mp_obj_print_helper(&p, o, PRINT_REPR);
    return mp_obj_new_str_from_vstr(&v);
}

mp_obj_t mp_obj_str(mp_obj_t o) {
    if (mp_obj_is_str(o)) {
        return o;
    }
    vstr_t v;
    vstr_init(&v, 16);
    mp_print_t p = mp_print_for_vstr(&v);
    mp_obj_print_helper(&p, o, PRINT_STR);
    return mp_obj_new_str_from_vstr(&v);
}

// ---------------------------------------------------------------------------
// Operators

static const char *const binary_op_symbol[MP_BINARY_OP_NUM] = {
    [MP_BINARY_OP_LESS] = "<", [MP_BINARY_OP_MORE] = ">", [MP_BINARY_OP_EQUAL] = "==",
    [MP_BINARY_OP_LESS_EQUAL] = "<=", [MP_BINARY_OP_MORE_EQUAL] = ">=", [MP_BINARY_OP_NOT_EQUAL] = "!=",
    [MP_BINARY_OP_IN] = "in", [MP_BINARY_OP_IS] = "is", [MP_BINARY_OP_EXCEPTION_MATCH] = "except",
    [MP_BINARY_OP_INPLACE_OR] = "|=", [MP_BINARY_OP_INPLACE_XOR] = "^=", [MP_BINARY_OP_INPLACE_AND] = "&=",
    [MP_BINARY_OP_INPLACE_LSHIFT] = "<<=", [MP_BINARY_OP_INPLACE_RSHIFT] = ">>=",
    [MP_BINARY_OP_INPLACE_ADD] = "+=", [MP_BINARY_OP_INPLACE_SUBTRACT] = "-=",
    [MP_BINARY_OP_INPLACE_MULTIPLY] = "*=", [MP_BINARY_OP_INPLACE_MAT_MULTIPLY] = "@=",
    [MP_BINARY_OP_INPLACE_FLOOR_DIVIDE] = "//=", [MP_BINARY_OP_INPLACE_TRUE_DIVIDE] = "/=",
    [MP_BINARY_OP_INPLACE_MODULO] = "%=", [MP_BINARY_OP_INPLACE_POWER] = "**=",
    [MP_BINARY_OP_OR] = "|", [MP_BINARY_OP_XOR] = "^", [MP_BINARY_OP_AND] = "&",
    [MP_BINARY_OP_LSHIFT] = "<<", [MP_BINARY_OP_RSHIFT] = ">>",
    [MP_BINARY_OP_ADD] = "+", [MP_BINARY_OP_SUBTRACT] = "-", [MP_BINARY_OP_MULTIPLY] = "*",
    [MP_BINARY_OP_MAT_MULTIPLY] = "@", [MP_BINARY_OP_FLOOR_DIVIDE] = "//",
    [MP_BINARY_OP_TRUE_DIVIDE] = "/", [MP_BINARY_OP_MODULO] = "%", [MP_BINARY_OP_POWER] = "** or pow()",
    [MP_BINARY_OP_DIVMOD] = "divmod()", [MP_BINARY_OP_NOT_IN] = "not in", [MP_BINARY_OP_IS_NOT] = "is not",
};

static const char *const unary_op_symbol[] = {
    [MP_UNARY_OP_POSITIVE] = "unary +", [MP_UNARY_OP_NEGATIVE] = "unary -",
    [MP_UNARY_OP_INVERT] = "unary ~", [MP_UNARY_OP_ABS] = "abs()",
};

mp_obj_t mp_unary_op(mp_unary_op_t op, mp_obj_t arg) {
    if (op == MP_UNARY_OP_NOT) {
        return mp_obj_new_bool(!mp_obj_is_true(arg));
    }
    if (mp_obj_is_small_int(arg)) {
        mp_int_t v = mp_small_int_value(arg);
        switch (op) {
            case MP_UNARY_OP_POSITIVE:
            case MP_UNARY_OP_INT:
                return arg;
            case MP_UNARY_OP_NEGATIVE:
                return mp_obj_new_int(-v);
            case MP_UNARY_OP_INVERT:
                return MP_OBJ_NEW_SMALL_INT(~v);
            case MP_UNARY_OP_ABS:
                return mp_obj_new_int(v < 0 ? -v : v);
            case MP_UNARY_OP_BOOL:
                return mp_obj_new_bool(v != 0);
            case MP_UNARY_OP_HASH:
                return arg;
            default:
                break;
        }
    }
    if (op == MP_UNARY_OP_BOOL) {
        return mp_obj_new_bool(mp_obj_is_true(arg));
    }
    if (op == MP_UNARY_OP_HASH) {
        return MP_OBJ_NEW_SMALL_INT(mp_obj_hash(arg));
    }
    const mp_obj_type_t *t = mp_obj_get_type(arg);
    if (t->unary_op != NULL) {
        mp_obj_t r = t->unary_op(op, arg);
        if (r != MP_OBJ_NULL) {
            return r;
        }
    }
    switch (op) {
        case MP_UNARY_OP_LEN:
            mp_raise_msg_varg(&mp_type_TypeError, "object of type '%s' has no len()", mp_obj_get_type_str(arg));
        case MP_UNARY_OP_INT:
            mp_raise_msg_varg(&mp_type_TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%s'", mp_obj_get_type_str(arg));
        case MP_UNARY_OP_FLOAT:
            mp_raise_msg_varg(&mp_type_TypeError, "float() argument must be a string or a real number, not '%s'", mp_obj_get_type_str(arg));
        case MP_UNARY_OP_COMPLEX:
            mp_raise_msg_varg(&mp_type_TypeError, "complex() first argument must be a string or a number, not '%s'", mp_obj_get_type_str(arg));
        case MP_UNARY_OP_SIZEOF:
            return MP_OBJ_NEW_SMALL_INT(sizeof(mp_obj_base_t));
        default:
            break;
    }
    const char *sym = op < MP_ARRAY_SIZE(unary_op_symbol) && unary_op_symbol[op] ? unary_op_symbol[op] : "unary op";
    if (op == MP_UNARY_OP_ABS) {
        mp_raise_msg_varg(&mp_type_TypeError, "bad operand type for abs(): '%s'", mp_obj_get_type_str(arg));
    }
    mp_raise_msg_varg(&mp_type_TypeError, "bad operand type for %s: '%s'", sym, mp_obj_get_type_str(arg));
}

bool mp_obj_is_true(mp_obj_t o) {
    if (o == mp_const_true) {
        return true;
    }
    if (o == mp_const_false || o == mp_const_none) {
        return false;
    }
    if (mp_obj_is_small_int(o)) {
        return mp_small_int_value(o) != 0;
    }
    if (mp_obj_is_float(o)) {
        return mp_obj_float_value(o) != 0.0;
    }
    if (mp_obj_is_qstr(o)) {
        return qstr_len(mp_obj_qstr_value(o)) != 0;
    }
    const mp_obj_type_t *t = mp_obj_get_type(o);
    if (t->unary_op != NULL) {
        mp_obj_t r = t->unary_op(MP_UNARY_OP_BOOL, o);
        if (r != MP_OBJ_NULL) {
            return r == mp_const_true;
        }
        r = t->unary_op(MP_UNARY_OP_LEN, o);
        if (r != MP_OBJ_NULL) {
            return r != MP_OBJ_NEW_SMALL_INT(0);
        }
    }
    return true;
}

mp_int_t mp_obj_hash(mp_obj_t o) {
    if (mp_obj_is_small_int(o)) {
        return mp_small_int_value(o);
    }
    if (mp_obj_is_qstr(o)) {
        return (mp_int_t)qstr_hash(mp_obj_qstr_value(o));
    }
    if (mp_obj_is_float(o)) {
        return mp_float_hash(mp_obj_float_value(o));
    }
    const mp_obj_type_t *t = mp_obj_get_type(o);
    if (t->unary_op != NULL) {
        mp_obj_t r = t->unary_op(MP_UNARY_OP_HASH, o);
        if (r != MP_OBJ_NULL) {
            if (mp_obj_is_small_int(r)) {
                return mp_small_int_value(r);
            }
            return mp_obj_int_hash(r);
        }
    }
    // No hash slot: identity hash, unless == is defined (then unhashable,
    // like CPython's list/dict/set which set __hash__ = None).
    if ((t->flags & MP_TYPE_FLAG_EQ_IS_IDENTITY) || t->binary_op == NULL) {
        return (mp_int_t)((uintptr_t)MP_OBJ_TO_PTR(o) >> 4);
    }
    mp_raise_msg_varg(&mp_type_TypeError, "unhashable type: '%s'", mp_obj_get_type_str(o));
}

bool mp_obj_equal(mp_obj_t a, mp_obj_t b) {
    if (a == b) {
        return true;
    }
    if ((mp_obj_is_small_int(a) && mp_obj_is_small_int(b)) || (mp_obj_is_qstr(a) && mp_obj_is_qstr(b))) {
        return false;
    }
    if (mp_obj_is_str(a) && mp_obj_is_str(b)) {
        return mp_obj_str_equal(a, b);
    }
    return mp_obj_is_true(mp_binary_op(MP_BINARY_OP_EQUAL, a, b));
}

mp_obj_t mp_obj_len_maybe(mp_obj_t o) {
    const mp_obj_type_t *t = mp_obj_get_type(o);
    if (t->unary_op != NULL) {
        return t->unary_op(MP_UNARY_OP_LEN, o);
    }
    return MP_OBJ_NULL;
}

mp_obj_t mp_obj_len(mp_obj_t o) {
    mp_obj_t r = mp_obj_len_maybe(o);
    if (r == MP_OBJ_NULL) {
        mp_raise_msg_varg(&mp_type_TypeError, "object of type '%s' has no len()", mp_obj_get_type_str(o));
    }
    return r;
}

mp_obj_t mp_obj_subscr(mp_obj_t base, mp_obj_t index, mp_obj_t value) {
    const mp_obj_type_t *t = mp_obj_get_type(base);
    if (MP_LIKELY(t->subscr != NULL)) {
        mp_obj_t r = t->subscr(base, index, value);
        if (r != MP_OBJ_NULL) {
            return r;
        }
    }
    if (value == MP_OBJ_SENTINEL) {
        mp_raise_msg_varg(&mp_type_TypeError, "'%s' object is not subscriptable", mp_obj_get_type_str(base));
    } else if (value == MP_OBJ_NULL) {
        mp_raise_msg_varg(&mp_type_TypeError, "'%s' object doesn't support item deletion", mp_obj_get_type_str(base));
    }
    mp_raise_msg_varg(&mp_type_TypeError, "'%s' object does not support item assignment", mp_obj_get_type_str(base));
}

int mp_obj_compare_order(mp_obj_t a, mp_obj_t b) {
    if (mp_obj_is_small_int(a) && mp_obj_is_small_int(b)) {
        mp_int_t x = mp_small_int_value(a), y = mp_small_int_value(b);
        return x < y ? -1 : x > y ? 1 : 0;
    }
    if (mp_obj_is_true(mp_binary_op(MP_BINARY_OP_LESS, a, b))) {
        return -1;
    }
    if (mp_obj_is_true(mp_binary_op(MP_BINARY_OP_LESS, b, a))) {
        return 1;
    }
    return 0;
}

static bool is_type_value(mp_obj_t o) {
    return mp_obj_is_obj(o) && mp_obj_is_subclass_fast(mp_obj_get_type(o), &mp_type_type);
}

// except E: E may be a class or a (nested) tuple of classes.
static bool exception_match(mp_obj_t exc, mp_obj_t spec) {
    if (mp_obj_is_type(spec, &mp_type_tuple)) {
        size_t n;
        mp_obj_t *items;
        mp_obj_tuple_get(spec, &n, &items);
        bool r = false;
        for (size_t i = 0; i < n; i++) {
            // Check every entry's validity, as CPython does (a nested tuple
            // is not allowed in an except clause).
            if (mp_obj_is_type(items[i], &mp_type_tuple)) {
                mp_raise_TypeError("catching classes that do not inherit from BaseException is not allowed");
            }
            if (exception_match(exc, items[i])) {
                r = true;
            }
        }
        return r;
    }
    if (!is_type_value(spec) || !mp_obj_is_subclass_fast(MP_OBJ_TO_PTR(spec), &mp_type_BaseException)) {
        mp_raise_TypeError("catching classes that do not inherit from BaseException is not allowed");
    }
    const mp_obj_type_t *et = is_type_value(exc) ? MP_OBJ_TO_PTR(exc) : mp_obj_get_type(exc);
    return mp_obj_is_subclass_fast(et, MP_OBJ_TO_PTR(spec));
}

// Whether the container's iteration yields item (the fallback of `in`).
static mp_obj_t contains(mp_obj_t container, mp_obj_t item) {
    const mp_obj_type_t *t = mp_obj_get_type(container);
    if (t->binary_op != NULL) {
        mp_obj_t r = t->binary_op(MP_BINARY_OP_IN, container, item);
        if (r != MP_OBJ_NULL) {
            return r;
        }
    }
    bool iterable = t->getiter != NULL;
    if (mp_type_is_user(t)) {
        iterable = mp_type_lookup_special(t, MP_QSTR___iter__) != MP_OBJ_NULL
            || mp_type_lookup_special(t, MP_QSTR___getitem__) != MP_OBJ_NULL
            || (((const mp_obj_user_type_t *)t)->native != NULL && ((const mp_obj_user_type_t *)t)->native->getiter != NULL);
    }
    if (!iterable) {
        mp_raise_msg_varg(&mp_type_TypeError, "argument of type '%s' is not iterable", mp_obj_get_type_str(container));
    }
    mp_obj_t it = mp_getiter(container, NULL);
    mp_obj_t x;
    while ((x = mp_iternext(it)) != MP_OBJ_STOP_ITERATION) {
        if (mp_obj_equal(x, item)) {
            return mp_const_true;
        }
    }
    return mp_const_false;
}

// Builtin sequences supporting `seq * n` (for the error message).
static bool is_repeatable_seq(mp_obj_t o) {
    static const mp_obj_type_t *const seqs[] = {&mp_type_list, &mp_type_tuple, &mp_type_str, &mp_type_bytes, &mp_type_bytearray};
    for (size_t i = 0; i < MP_ARRAY_SIZE(seqs); i++) {
        if (mp_obj_is_instance_of(o, seqs[i])) {
            return true;
        }
    }
    return false;
}

MP_NORETURN void mp_raise_binary_op_error(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs) {
    const char *sym = op < MP_BINARY_OP_NUM && binary_op_symbol[op] ? binary_op_symbol[op] : "?";
    if (op <= MP_BINARY_OP_NOT_EQUAL) {
        mp_raise_msg_varg(&mp_type_TypeError, "'%s' not supported between instances of '%s' and '%s'",
            sym, mp_obj_get_type_str(lhs), mp_obj_get_type_str(rhs));
    }
    if (op == MP_BINARY_OP_MULTIPLY || op == MP_BINARY_OP_INPLACE_MULTIPLY) {
        // CPython's sequence-repeat message names the non-int operand.
        if (is_repeatable_seq(lhs)) {
            mp_raise_msg_varg(&mp_type_TypeError, "can't multiply sequence by non-int of type '%s'", mp_obj_get_type_str(rhs));
        }
        if (is_repeatable_seq(rhs)) {
            mp_raise_msg_varg(&mp_type_TypeError, "can't multiply sequence by non-int of type '%s'", mp_obj_get_type_str(lhs));
        }
    }
    mp_raise_msg_varg(&mp_type_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
        sym, mp_obj_get_type_str(lhs), mp_obj_get_type_str(rhs));
}

static inline mp_obj_t try_slot(const mp_obj_type_t *t, mp_binary_op_t op, mp_obj_t a, mp_obj_t b) {
    if (t->binary_op == NULL) {
        return MP_OBJ_NULL;
    }
    mp_obj_t r = t->binary_op(op, a, b);
    return r == mp_const_notimplemented ? MP_OBJ_NULL : r;
}

// The comparison with operands swapped: a < b is b > a.
static mp_binary_op_t reflect_compare(mp_binary_op_t op) {
    switch (op) {
        case MP_BINARY_OP_LESS: return MP_BINARY_OP_MORE;
        case MP_BINARY_OP_MORE: return MP_BINARY_OP_LESS;
        case MP_BINARY_OP_LESS_EQUAL: return MP_BINARY_OP_MORE_EQUAL;
        case MP_BINARY_OP_MORE_EQUAL: return MP_BINARY_OP_LESS_EQUAL;
        default: return op;
    }
}

mp_obj_t mp_binary_op(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs) {
    // Fast paths for immediates.
    if (mp_obj_is_small_int(lhs) && mp_obj_is_small_int(rhs)) {
        mp_int_t x = mp_small_int_value(lhs), y = mp_small_int_value(rhs);
        switch (op) {
            case MP_BINARY_OP_LESS: return mp_obj_new_bool(x < y);
            case MP_BINARY_OP_MORE: return mp_obj_new_bool(x > y);
            case MP_BINARY_OP_EQUAL: return mp_obj_new_bool(x == y);
            case MP_BINARY_OP_LESS_EQUAL: return mp_obj_new_bool(x <= y);
            case MP_BINARY_OP_MORE_EQUAL: return mp_obj_new_bool(x >= y);
            case MP_BINARY_OP_NOT_EQUAL: return mp_obj_new_bool(x != y);
            case MP_BINARY_OP_IS: return mp_obj_new_bool(x == y);
            case MP_BINARY_OP_IS_NOT: return mp_obj_new_bool(x != y);
            case MP_BINARY_OP_ADD:
            case MP_BINARY_OP_INPLACE_ADD: return mp_obj_new_int(x + y);
            case MP_BINARY_OP_SUBTRACT:
            case MP_BINARY_OP_INPLACE_SUBTRACT: return mp_obj_new_int(x - y);
            case MP_BINARY_OP_AND:
            case MP_BINARY_OP_INPLACE_AND: return MP_OBJ_NEW_SMALL_INT(x & y);
            case MP_BINARY_OP_OR:
            case MP_BINARY_OP_INPLACE_OR: return MP_OBJ_NEW_SMALL_INT(x | y);
            case MP_BINARY_OP_XOR:
            case MP_BINARY_OP_INPLACE_XOR: return MP_OBJ_NEW_SMALL_INT(x ^ y);
            case MP_BINARY_OP_IN:
            case MP_BINARY_OP_NOT_IN:
            case MP_BINARY_OP_EXCEPTION_MATCH:
                break;
            default: {
                mp_binary_op_t plain = op;
                if (op >= MP_BINARY_OP_INPLACE_OR && op <= MP_BINARY_OP_INPLACE_POWER) {
                    plain = (mp_binary_op_t)(op + MP_BINARY_OP_INPLACE_DELTA);
                }
                mp_obj_t r = mp_obj_int_binary_op(plain, lhs, rhs);
                if (r != MP_OBJ_NULL) {
                    return r;
                }
                mp_raise_binary_op_error(op, lhs, rhs);
            }
        }
    }
    switch (op) {
        case MP_BINARY_OP_IS:
            return mp_obj_new_bool(lhs == rhs);
        case MP_BINARY_OP_IS_NOT:
            return mp_obj_new_bool(lhs != rhs);
        case MP_BINARY_OP_IN:
            return contains(rhs, lhs);
        case MP_BINARY_OP_NOT_IN:
            return mp_obj_new_bool(contains(rhs, lhs) == mp_const_false);
        case MP_BINARY_OP_EXCEPTION_MATCH:
            return mp_obj_new_bool(exception_match(lhs, rhs));
        default:
            break;
    }
    const mp_obj_type_t *lt = mp_obj_get_type(lhs);
    const mp_obj_type_t *rt = mp_obj_get_type(rhs);
    mp_obj_t r;
    mp_binary_op_t orig_op = op;

    // In-place: __iadd__ etc. first, then the plain operator.
    if (op >= MP_BINARY_OP_INPLACE_OR && op <= MP_BINARY_OP_INPLACE_POWER) {
        if (mp_obj_is_obj(lhs) && lt->binary_op != NULL) {
            r = try_slot(lt, op, lhs, rhs);
            if (r != MP_OBJ_NULL) {
                return r;
            }
        }
        op += MP_BINARY_OP_INPLACE_DELTA;
    }

    if (mp_obj_is_float(lhs) && (mp_obj_is_float(rhs) || mp_obj_is_small_int(rhs))) {
        r = mp_obj_float_binary_op(op, mp_obj_float_value(lhs), rhs);
        if (r != MP_OBJ_NULL) {
            return r;
        }
    }

    if (op <= MP_BINARY_OP_NOT_EQUAL) {
        // Rich comparison: the right operand's reflected method first if
        // its type is a proper subclass of the left's.
        mp_binary_op_t refl = reflect_compare(op);
        bool rhs_first = rt != lt && mp_type_is_user(rt) && mp_obj_is_subclass_fast(rt, lt);
        if (rhs_first) {
            r = try_slot(rt, refl, rhs, lhs);
            if (r != MP_OBJ_NULL) {
                return r;
            }
        }
        r = try_slot(lt, op, lhs, rhs);
        if (r != MP_OBJ_NULL) {
            return r;
        }
        if (!rhs_first) {
            r = try_slot(rt, refl, rhs, lhs);
            if (r != MP_OBJ_NULL) {
                return r;
            }
        }
        if (op == MP_BINARY_OP_EQUAL) {
            return mp_obj_new_bool(lhs == rhs);
        }
        if (op == MP_BINARY_OP_NOT_EQUAL) {
            return mp_obj_new_bool(lhs != rhs);
        }
        mp_raise_binary_op_error(op, lhs, rhs);
    }

    // Arithmetic: lhs.__op__(rhs), then rhs.__rop__(lhs) if the types
    // differ (first when rhs's type is a subclass of lhs's).
    bool has_reverse = op >= MP_BINARY_OP_OR && op <= MP_BINARY_OP_POWER;
    mp_binary_op_t rop = (mp_binary_op_t)(op + MP_BINARY_OP_REVERSE_DELTA);
    bool rhs_first = has_reverse && rt != lt && mp_type_is_user(rt) && mp_obj_is_subclass_fast(rt, lt);
    if (rhs_first) {
        r = try_slot(rt, rop, rhs, lhs);
        if (r != MP_OBJ_NULL) {
            return r;
        }
    }
    r = try_slot(lt, op, lhs, rhs);
    if (r != MP_OBJ_NULL) {
        return r;
    }
    if (rt != lt && !rhs_first) {
        if (has_reverse) {
            r = try_slot(rt, rop, rhs, lhs);
            if (r != MP_OBJ_NULL) {
                return r;
            }
            // Sequence repetition is symmetric: 3 * [1] is [1] * 3.
            if (op == MP_BINARY_OP_MULTIPLY && !mp_type_is_user(rt) && (mp_obj_is_int(lhs) || mp_obj_is_bool(lhs))) {
                r = try_slot(rt, MP_BINARY_OP_MULTIPLY, rhs, lhs);
                if (r != MP_OBJ_NULL) {
                    return r;
                }
            }
        } else if (op == MP_BINARY_OP_DIVMOD && mp_type_is_user(rt)) {
            mp_obj_t m = mp_type_lookup_special(rt, MP_QSTR___rdivmod__);
            if (m != MP_OBJ_NULL) {
                mp_obj_t dest[2] = {MP_OBJ_NULL, MP_OBJ_NULL};
                mp_obj_bind_attr(m, rhs, rt, false, dest);
                r = dest[1] != MP_OBJ_NULL ? mp_call_function_2(dest[0], dest[1], lhs) : mp_call_function_1(dest[0], lhs);
                if (r != mp_const_notimplemented) {
                    return r;
                }
            }
        }
    }
    mp_raise_binary_op_error(orig_op, lhs, rhs);
}

// ---------------------------------------------------------------------------
// Attributes

void mp_load_method_maybe(mp_obj_t base, qstr attr, mp_obj_t *dest) {
    dest[0] = MP_OBJ_NULL;
    dest[1] = MP_OBJ_NULL;
    const mp_obj_type_t *type = mp_obj_get_type(base);
    if (type->flags & MP_TYPE_FLAG_USER) {
        mp_obj_instance_attr(base, attr, dest);
        return;
    }
    if (type->attr != NULL) {
        type->attr(base, attr, dest);
        if (dest[0] != MP_OBJ_NULL || type == &mp_type_type) {
            return;
        }
    }
    mp_obj_builtin_getattr(base, type, attr, dest);
}

MP_NORETURN void mp_raise_attribute_error(mp_obj_t base, qstr attr) {
    mp_obj_t exc;
    if (is_type_value(base)) {
        exc = mp_obj_new_exception_msg_varg(&mp_type_AttributeError, "type object '%q' has no attribute '%q'",
            ((mp_obj_type_t *)MP_OBJ_TO_PTR(base))->name, attr);
    } else {
        mp_map_elem_t *e = NULL;
        if (mp_obj_is_type(base, &mp_type_module)) {
            e = mp_map_lookup_qstr(&mp_obj_module_get_globals(base)->map, MP_QSTR___name__, MP_MAP_LOOKUP);
        }
        if (e != NULL && mp_obj_is_str(e->value)) {
            exc = mp_obj_new_exception_msg_varg(&mp_type_AttributeError, "module '%s' has no attribute '%q'", mp_obj_str_get_str(e->value), attr);
        } else {
            exc = mp_obj_new_exception_msg_varg(&mp_type_AttributeError, "'%s' object has no attribute '%q'", mp_obj_get_type_str(base), attr);
        }
    }
    // AttributeError.name/.obj as CPython 3.10+ sets them.
    mp_obj_exception_store_attr(exc, MP_QSTR_name, MP_OBJ_NEW_QSTR(attr));
    mp_obj_exception_store_attr(exc, MP_QSTR_obj, base);
    nlr_raise(exc);
}

void mp_load_method(mp_obj_t base, qstr attr, mp_obj_t *dest) {
    mp_load_method_maybe(base, attr, dest);
    if (MP_UNLIKELY(dest[0] == MP_OBJ_NULL)) {
        mp_raise_attribute_error(base, attr);
    }
}

mp_obj_t mp_load_attr(mp_obj_t base, qstr attr) {
    mp_obj_t dest[2];
    mp_load_method_maybe(base, attr, dest);
    if (MP_UNLIKELY(dest[0] == MP_OBJ_NULL)) {
        mp_raise_attribute_error(base, attr);
    }
    if (dest[1] != MP_OBJ_NULL) {
        return mp_obj_new_bound_meth(dest[0], dest[1]);
    }
    return dest[0];
}

mp_obj_t mp_load_attr_default(mp_obj_t base, qstr attr, mp_obj_t defval) {
    mp_obj_t dest[2];
    mp_load_method_maybe(base, attr, dest);
    if (dest[0] == MP_OBJ_NULL) {
        return defval;
    }
    if (dest[1] != MP_OBJ_NULL) {
        return mp_obj_new_bound_meth(dest[0], dest[1]);
    }
    return dest[0];
}

static void store_or_delete_attr(mp_obj_t base, qstr attr, mp_obj_t val) {
    const mp_obj_type_t *type = mp_obj_get_type(base);
    mp_obj_t dest[2] = {MP_OBJ_SENTINEL, val};
    if (type->flags & MP_TYPE_FLAG_USER) {
        mp_obj_instance_attr(base, attr, dest);
        return;
    }
    if (type->attr != NULL) {
        type->attr(base, attr, dest);
        if (dest[0] == MP_OBJ_NULL) {
            return;
        }
    }
    // Exceptions take user attributes in their attrs map.
    if (mp_obj_is_subclass_fast(type, &mp_type_BaseException)) {
        mp_obj_generic_setattr(base, attr, val);
        return;
    }
    if (attr == MP_QSTR___class__ && val != MP_OBJ_NULL) {
        mp_raise_TypeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
    }
    if (mp_type_lookup(type, attr) != MP_OBJ_NULL) {
        mp_raise_msg_varg(&mp_type_AttributeError, "'%s' object attribute '%q' is read-only", mp_obj_get_type_str(base), attr);
    }
    // A data attribute of a builtin object (int.real, slice.start ...).
    mp_obj_t d[2];
    mp_load_method_maybe(base, attr, d);
    if (d[0] != MP_OBJ_NULL) {
        mp_raise_msg_varg(&mp_type_AttributeError, "attribute '%q' of '%s' objects is not writable", attr, mp_obj_get_type_str(base));
    }
    mp_raise_attribute_error(base, attr);
}

void mp_store_attr(mp_obj_t base, qstr attr, mp_obj_t val) {
    store_or_delete_attr(base, attr, val);
}

void mp_delete_attr(mp_obj_t base, qstr attr) {
    store_or_delete_attr(base, attr, MP_OBJ_NULL);
}

// ---------------------------------------------------------------------------
// Calls

mp_obj_t mp_call_function_n_kw(mp_obj_t fun, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    const mp_obj_type_t *type = mp_obj_get_type(fun);
    if (MP_LIKELY(type->call != NULL)) {
        return type->call(fun, n_args, n_kw, args);
    }
    mp_raise_msg_varg(&mp_type_TypeError, "'%s' object is not callable", mp_obj_get_type_str(fun));
}

mp_obj_t mp_call_function_0(mp_obj_t fun) {
    // A valid (empty) argument array: callees may memcpy from it.
    mp_obj_t none[1] = {MP_OBJ_NULL};
    return mp_call_function_n_kw(fun, 0, 0, none);
}

mp_obj_t mp_call_function_1(mp_obj_t fun, mp_obj_t arg) {
    return mp_call_function_n_kw(fun, 1, 0, &arg);
}

mp_obj_t mp_call_function_2(mp_obj_t fun, mp_obj_t arg1, mp_obj_t arg2) {
    mp_obj_t a[2] = {arg1, arg2};
    return mp_call_function_n_kw(fun, 2, 0, a);
}

mp_obj_t mp_call_method_n_kw(size_t n_args, size_t n_kw, const mp_obj_t *args) {
    if (args[1] == MP_OBJ_NULL) {
        return mp_call_function_n_kw(args[0], n_args, n_kw, args + 2);
    }
    return mp_call_function_n_kw(args[0], n_args + 1, n_kw, args + 1);
}

// "module.qualname" of a function for messages about its arguments.
static void print_fun_name(const mp_print_t *print, mp_obj_t fun) {
    if (mp_obj_is_type(fun, &mp_type_builtin_function)) {
        qstr n = ((mp_obj_fun_builtin_t *)MP_OBJ_TO_PTR(fun))->name;
        mp_printf(print, "%q", n ? n : MP_QSTR_function);
        return;
    }
    if (mp_obj_is_type(fun, &mp_type_bound_meth) || mp_obj_is_type(fun, &mp_type_bound_builtin_meth) || is_type_value(fun)) {
        mp_obj_t n = mp_load_attr_default(fun, MP_QSTR___qualname__, MP_OBJ_NULL);
        if (n != MP_OBJ_NULL && mp_obj_is_str(n)) {
            mp_obj_print_helper(print, n, PRINT_STR);
            return;
        }
    }
    mp_obj_t mod = mp_load_attr_default(fun, MP_QSTR___module__, MP_OBJ_NULL);
    mp_obj_t n = mp_load_attr_default(fun, MP_QSTR___qualname__, MP_OBJ_NULL);
    if (n == MP_OBJ_NULL) {
        n = mp_load_attr_default(fun, MP_QSTR___name__, MP_OBJ_NULL);
    }
    if (n == MP_OBJ_NULL || !mp_obj_is_str(n)) {
        mp_print_str(print, mp_obj_get_type_str(fun));
        return;
    }
    if (mod != MP_OBJ_NULL && mp_obj_is_str(mod) && mp_obj_str_get_qstr(mod) != MP_QSTR_builtins) {
        mp_obj_print_helper(print, mod, PRINT_STR);
        mp_print_str(print, ".");
    }
    mp_obj_print_helper(print, n, PRINT_STR);
}

MP_NORETURN static void raise_call_error(mp_obj_t fun, const char *fmt, ...) {
    vstr_t v;
    vstr_init(&v, 64);
    mp_print_t p = mp_print_for_vstr(&v);
    print_fun_name(&p, fun);
    char text[MP_TEXT_MAX_LEN];
    va_list ap;
    va_start(ap, fmt);
    mp_vprintf(&p, mp_text_cstr(fmt, text, sizeof(text)), ap);
    va_end(ap);
    mp_raise(mp_obj_new_exception_arg1(&mp_type_TypeError, mp_obj_new_str_from_vstr(&v)));
}

// Growable argument vector for call expansion.
typedef struct {
    mp_obj_t *items;
    size_t len, alloc;
    mp_obj_t stack[16];
} argvec_t;

static void argvec_init(argvec_t *v) {
    v->items = v->stack;
    v->len = 0;
    v->alloc = MP_ARRAY_SIZE(v->stack);
}

static void argvec_push(argvec_t *v, mp_obj_t x) {
    if (v->len == v->alloc) {
        size_t na = v->alloc * 2;
        mp_obj_t *n = m_new(mp_obj_t, na);
        memcpy(n, v->items, v->len * sizeof(mp_obj_t));
        v->items = n;
        v->alloc = na;
    }
    v->items[v->len++] = x;
}

static void push_kw(argvec_t *kw, mp_obj_t fun, mp_obj_t key, mp_obj_t value) {
    if (!mp_obj_is_str(key)) {
        mp_obj_t k = mp_obj_get_native(key, &mp_type_str);
        if (!mp_obj_is_str(k)) {
            mp_raise_TypeError("keywords must be strings");
        }
        key = k;
    }
    qstr q = mp_obj_str_get_qstr(key);
    mp_obj_t kq = MP_OBJ_NEW_QSTR(q);
    for (size_t i = 0; i < kw->len; i += 2) {
        if (kw->items[i] == kq) {
            raise_call_error(fun, "() got multiple values for keyword argument '%q'", q);
        }
    }
    argvec_push(kw, kq);
    argvec_push(kw, value);
}

mp_obj_t mp_call_method_n_kw_var(bool have_self, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    // The self slot is always there (MP_OBJ_NULL when there is no self),
    // as for mp_call_method_n_kw.
    (void)have_self;
    mp_obj_t fun = args[0];
    mp_obj_t self = args[1];
    const mp_obj_t *p = args + 2;
    const mp_obj_t *pos = p;
    p += n_args;
    const mp_obj_t *kwp = p;
    p += 2 * n_kw;
    mp_obj_t star = p[0];
    mp_obj_t kwdict = p[1];

    argvec_t av;
    argvec_init(&av);
    if (self != MP_OBJ_NULL) {
        argvec_push(&av, self);
    }
    for (size_t i = 0; i < n_args; i++) {
        argvec_push(&av, pos[i]);
    }
    if (star != MP_OBJ_NULL) {
        mp_obj_t seq = mp_obj_get_native(star, NULL);
        if (mp_obj_is_type(seq, &mp_type_tuple) || mp_obj_is_type(seq, &mp_type_list)) {
            size_t n;
            mp_obj_t *items;
            mp_obj_get_array(seq, &n, &items);
            for (size_t i = 0; i < n; i++) {
                argvec_push(&av, items[i]);
            }
        } else {
            const mp_obj_type_t *st = mp_obj_get_type(star);
            bool iterable = st->getiter != NULL;
            if (mp_type_is_user(st)) {
                iterable = true;
            }
            if (!iterable) {
                raise_call_error(fun, "() argument after * must be an iterable, not %s", mp_obj_get_type_str(star));
            }
            mp_obj_t it = mp_getiter(star, NULL);
            mp_obj_t x;
            while ((x = mp_iternext(it)) != MP_OBJ_STOP_ITERATION) {
                argvec_push(&av, x);
            }
        }
    }
    size_t n_pos = av.len;
    argvec_t kw;
    argvec_init(&kw);
    for (size_t i = 0; i < n_kw; i++) {
        push_kw(&kw, fun, kwp[2 * i], kwp[2 * i + 1]);
    }
    if (kwdict != MP_OBJ_NULL) {
        mp_obj_t d = mp_obj_get_native(kwdict, &mp_type_dict);
        if (mp_obj_is_obj(d) && mp_obj_is_subclass_fast(mp_obj_get_type(d), &mp_type_dict)
            && !mp_type_is_user(mp_obj_get_type(kwdict))) {
            mp_map_t *map = mp_obj_dict_get_map(d);
            size_t cur = 0;
            mp_map_elem_t *e;
            while ((e = mp_map_next(map, &cur)) != NULL) {
                push_kw(&kw, fun, e->key, e->value);
            }
        } else {
            mp_obj_t keys_m[2];
            mp_load_method_maybe(kwdict, MP_QSTR_keys, keys_m);
            if (keys_m[0] == MP_OBJ_NULL) {
                raise_call_error(fun, "() argument after ** must be a mapping, not %s", mp_obj_get_type_str(kwdict));
            }
            mp_obj_t keys = mp_call_method_n_kw(0, 0, keys_m);
            mp_obj_t it = mp_getiter(keys, NULL);
            mp_obj_t k;
            while ((k = mp_iternext(it)) != MP_OBJ_STOP_ITERATION) {
                push_kw(&kw, fun, k, mp_obj_subscr(kwdict, k, MP_OBJ_SENTINEL));
            }
        }
    }
    for (size_t i = 0; i < kw.len; i++) {
        argvec_push(&av, kw.items[i]);
    }
    return mp_call_function_n_kw(fun, n_pos, kw.len / 2, av.items);
}

// ---------------------------------------------------------------------------
// Argument checking and parsing for C functions

void mp_arg_check_num(size_t n_args, size_t n_kw, size_t n_args_min, size_t n_args_max, bool takes_kw) {
    if (n_kw != 0 && !takes_kw) {
        mp_raise_TypeError("function doesn't take keyword arguments");
    }
    if (n_args_min == n_args_max) {
        if (n_args != n_args_min) {
            mp_raise_msg_varg(&mp_type_TypeError, "function takes %d positional argument%s but %d %s given",
                (int)n_args_min, n_args_min == 1 ? "" : "s", (int)n_args, n_args == 1 ? "was" : "were");
        }
    } else if (n_args < n_args_min) {
        mp_raise_msg_varg(&mp_type_TypeError, "function missing %d required positional argument%s",
            (int)(n_args_min - n_args), n_args_min - n_args == 1 ? "" : "s");
    } else if (n_args > n_args_max) {
        mp_raise_msg_varg(&mp_type_TypeError, "function expected at most %d argument%s, got %d",
            (int)n_args_max, n_args_max == 1 ? "" : "s", (int)n_args);
    }
}

// The name used in argument errors: "name()" or "function".
static void arg_fname(char *buf, size_t n, qstr fname) {
    if (fname == 0) {
        snprintf(buf, n, "function");
    } else {
        snprintf(buf, n, "%s()", qstr_str(fname));
    }
}

void mp_arg_parse_all_named(qstr fname, size_t n_pos, const mp_obj_t *pos, mp_map_t *kws, size_t n_allowed, const mp_arg_t *allowed, mp_arg_val_t *out_vals) {
    char fn[48];
    size_t pos_used = 0, kws_found = 0;
    for (size_t i = 0; i < n_allowed; i++) {
        mp_obj_t given;
        if (i < n_pos && !(allowed[i].flags & MP_ARG_KW_ONLY)) {
            given = pos[i];
            pos_used++;
        } else {
            mp_map_elem_t *e = kws != NULL && kws->filled ? mp_map_lookup_qstr(kws, allowed[i].qst, MP_MAP_LOOKUP) : NULL;
            if (e == NULL) {
                if (allowed[i].flags & MP_ARG_REQUIRED) {
                    arg_fname(fn, sizeof(fn), fname);
                    mp_raise_msg_varg(&mp_type_TypeError, "%s missing required argument '%q' (pos %d)", fn, allowed[i].qst, (int)i + 1);
                }
                out_vals[i] = allowed[i].defval;
                continue;
            }
            given = e->value;
            kws_found++;
        }
        switch (allowed[i].flags & MP_ARG_KIND_MASK) {
            case MP_ARG_BOOL:
                out_vals[i].u_bool = mp_obj_is_true(given);
                break;
            case MP_ARG_INT:
                out_vals[i].u_int = mp_obj_get_index_int(given);
                break;
            default:
                out_vals[i].u_obj = given;
                break;
        }
    }
    if (pos_used < n_pos) {
        arg_fname(fn, sizeof(fn), fname);
        if (fname != 0) {
            mp_raise_msg_varg(&mp_type_TypeError, "%s takes at most %d argument%s (%d given)",
                fn, (int)pos_used, pos_used == 1 ? "" : "s", (int)n_pos);
        }
        mp_raise_msg_varg(&mp_type_TypeError, "function takes at most %d positional argument%s (%d given)",
            (int)pos_used, pos_used == 1 ? "" : "s", (int)n_pos);
    }
    if (kws != NULL && kws_found < kws->filled) {
        // Report the first keyword that matched nothing.
        size_t cur = 0;
        mp_map_elem_t *e;
        arg_fname(fn, sizeof(fn), fname);
        while ((e = mp_map_next(kws, &cur)) != NULL) {
            qstr k = mp_obj_str_get_qstr(e->key);
            bool known = false;
            for (size_t i = 0; i < n_allowed; i++) {
                if (allowed[i].qst == k) {
                    known = true;
                    if (i < n_pos && !(allowed[i].flags & MP_ARG_KW_ONLY)) {
                        mp_raise_msg_varg(&mp_type_TypeError, "argument for %s given by name ('%q') and position (%d)", fn, k, (int)i + 1);
                    }
                }
            }
            if (!known) {
                if (fname == 0) {
                    mp_raise_msg_varg(&mp_type_TypeError, "'%q' is an invalid keyword argument for this function", k);
                }
                mp_raise_msg_varg(&mp_type_TypeError, "'%q' is an invalid keyword argument for %s", k, fn);
            }
        }
    }
}

void mp_arg_parse_all(size_t n_pos, const mp_obj_t *pos, mp_map_t *kws, size_t n_allowed, const mp_arg_t *allowed, mp_arg_val_t *out_vals) {
    mp_arg_parse_all_named(0, n_pos, pos, kws, n_allowed, allowed, out_vals);
}

void mp_arg_parse_all_kw_array_named(qstr fname, size_t n_pos, size_t n_kw, const mp_obj_t *args, size_t n_allowed, const mp_arg_t *allowed, mp_arg_val_t *out_vals) {
    mp_map_t kw_map;
    mp_map_init_fixed_table(&kw_map, n_kw, args + n_pos);
    mp_arg_parse_all_named(fname, n_pos, args, &kw_map, n_allowed, allowed, out_vals);
}

void mp_arg_parse_all_kw_array(size_t n_pos, size_t n_kw, const mp_obj_t *args, size_t n_allowed, const mp_arg_t *allowed, mp_arg_val_t *out_vals) {
    mp_arg_parse_all_kw_array_named(0, n_pos, n_kw, args, n_allowed, allowed, out_vals);
}

// ---------------------------------------------------------------------------
// Iteration

mp_obj_t mp_identity_getiter(mp_obj_t self) {
    return self;
}

mp_obj_t mp_getiter(mp_obj_t o, void *iter_buf) {
    (void)iter_buf;
    const mp_obj_type_t *t = mp_obj_get_type(o);
    if (t->flags & MP_TYPE_FLAG_ITER_IS_SELF) {
        return o;
    }
    if (MP_LIKELY(t->getiter != NULL)) {
        mp_obj_t r = t->getiter(o);
        if (r != MP_OBJ_NULL) {
            return r;
        }
    }
    bool seq;
    if (mp_type_is_user(t)) {
        seq = mp_type_lookup_special(t, MP_QSTR___getitem__) != MP_OBJ_NULL;
    } else {
        seq = t->subscr != NULL && t != &mp_type_type;
    }
    if (seq) {
        // The old sequence protocol: o[0], o[1], ... until IndexError.
        return mp_obj_new_getitem_iter(o);
    }
    mp_raise_msg_varg(&mp_type_TypeError, "'%s' object is not iterable", mp_obj_get_type_str(o));
}

MP_NORETURN static void raise_not_iterator(mp_obj_t it) {
    mp_raise_msg_varg(&mp_type_TypeError, "'%s' object is not an iterator", mp_obj_get_type_str(it));
}

mp_obj_t mp_iternext(mp_obj_t it) {
    const mp_obj_type_t *t = mp_obj_get_type(it);
    if (MP_LIKELY(t->iternext != NULL)) {
        mp_obj_t r = t->iternext(it);
        if (r != MP_OBJ_NULL) {
            return r;
        }
    }
    raise_not_iterator(it);
}

mp_obj_t mp_iternext_allow_raise(mp_obj_t it) {
    const mp_obj_type_t *t = mp_obj_get_type(it);
    if (t->flags & MP_TYPE_FLAG_USER) {
        mp_obj_t r = mp_obj_instance_iternext_allow_raise(it);
        if (r == MP_OBJ_NULL) {
            raise_not_iterator(it);
        }
        return r;
    }
    return mp_iternext(it);
}

// Unpacking

MP_NORETURN static void raise_unpack_few(size_t expected, size_t got) {
    mp_raise_msg_varg(&mp_type_ValueError, "not enough values to unpack (expected %d, got %d)", (int)expected, (int)got);
}

MP_NORETURN static void raise_unpack_many(size_t expected) {
    mp_raise_msg_varg(&mp_type_ValueError, "too many values to unpack (expected %d)", (int)expected);
}

static mp_obj_t unpack_iter(mp_obj_t seq) {
    const mp_obj_type_t *t = mp_obj_get_type(seq);
    if (t->getiter == NULL && !mp_type_is_user(t) && !(t->subscr != NULL && t != &mp_type_type)) {
        mp_raise_msg_varg(&mp_type_TypeError, "cannot unpack non-iterable %s object", mp_obj_get_type_str(seq));
    }
    return mp_getiter(seq, NULL);
}

void mp_unpack_sequence(mp_obj_t seq, size_t num, mp_obj_t *items) {
    if (mp_obj_is_obj(seq) && (mp_obj_is_type(seq, &mp_type_tuple) || mp_obj_is_type(seq, &mp_type_list))) {
        size_t len;
        mp_obj_t *src;
        mp_obj_get_array(seq, &len, &src);
        if (len < num) {
            raise_unpack_few(num, len);
        }
        if (len > num) {
            raise_unpack_many(num);
        }
        for (size_t i = 0; i < num; i++) {
            items[i] = src[num - 1 - i];
        }
        return;
    }
    mp_obj_t it = unpack_iter(seq);
    for (size_t i = 0; i < num; i++) {
        mp_obj_t x = mp_iternext(it);
        if (x == MP_OBJ_STOP_ITERATION) {
            raise_unpack_few(num, i);
        }
        items[num - 1 - i] = x;
    }
    if (mp_iternext(it) != MP_OBJ_STOP_ITERATION) {
        raise_unpack_many(num);
    }
}

void mp_unpack_ex(mp_obj_t seq, size_t num_left, size_t num_right, mp_obj_t *items) {
    size_t total = num_left + 1 + num_right;
    size_t len;
    mp_obj_t *src;
    mp_obj_t list;
    if (mp_obj_is_obj(seq) && (mp_obj_is_type(seq, &mp_type_tuple) || mp_obj_is_type(seq, &mp_type_list))) {
        mp_obj_get_array(seq, &len, &src);
        if (len < num_left + num_right) {
            goto too_few;
        }
        for (size_t i = 0; i < num_left; i++) {
            items[total - 1 - i] = src[i];
        }
        items[num_right] = mp_obj_new_list(len - num_left - num_right, src + num_left);
        for (size_t j = 0; j < num_right; j++) {
            items[num_right - 1 - j] = src[len - num_right + j];
        }
        return;
    }
    {
        mp_obj_t it = unpack_iter(seq);
        for (size_t i = 0; i < num_left; i++) {
            mp_obj_t x = mp_iternext(it);
            if (x == MP_OBJ_STOP_ITERATION) {
                len = i;
                goto too_few;
            }
            items[total - 1 - i] = x;
        }
        list = mp_obj_new_list(0, NULL);
        mp_obj_t x;
        while ((x = mp_iternext(it)) != MP_OBJ_STOP_ITERATION) {
            mp_obj_list_append(list, x);
        }
        mp_obj_list_get(list, &len, &src);
        if (len < num_right) {
            len += num_left;
            goto too_few;
        }
        for (size_t j = 0; j < num_right; j++) {
            items[num_right - 1 - j] = src[len - num_right + j];
        }
        // Drop the moved items from the starred list.
        mp_obj_list_t *l = MP_OBJ_TO_PTR(list);
        l->len -= num_right;
        for (size_t j = 0; j < num_right; j++) {
            l->items[l->len + j] = MP_OBJ_NULL;
        }
        items[num_right] = list;
        return;
    }
too_few:
    mp_raise_msg_varg(&mp_type_ValueError, "not enough values to unpack (expected at least %d, got %d)",
        (int)(num_left + num_right), (int)len);
}

// ---------------------------------------------------------------------------
// Pending events: Ctrl-C and scheduled callbacks

void mp_keyboard_interrupt(void) {
    MP_STATE(pending_exception) = MP_STATE(keyboard_interrupt);
}

bool mp_sched_schedule(mp_obj_t function, mp_obj_t arg) {
    if (MP_STATE(sched_len) >= MICROPY_SCHEDULER_DEPTH) {
        return false;
    }
    unsigned slot = (MP_STATE(sched_idx) + MP_STATE(sched_len)) % MICROPY_SCHEDULER_DEPTH;
    MP_STATE(sched_queue)[2 * slot] = function;
    MP_STATE(sched_queue)[2 * slot + 1] = arg;
    MP_STATE(sched_len)++;
    return true;
}

void mp_handle_pending(void) {
    mp_obj_t exc = MP_STATE(pending_exception);
    if (exc != MP_OBJ_NULL) {
        MP_STATE(pending_exception) = MP_OBJ_NULL;
        if (exc == MP_STATE(keyboard_interrupt)) {
            mp_obj_exception_clear_traceback(exc);
        }
        nlr_raise(exc);
    }
    // Run the queued callbacks, one at a time, never nested.
    while (MP_STATE(sched_len) > 0 && !MP_STATE(sched_locked)) {
        unsigned slot = MP_STATE(sched_idx);
        mp_obj_t f = MP_STATE(sched_queue)[2 * slot];
        mp_obj_t a = MP_STATE(sched_queue)[2 * slot + 1];
        MP_STATE(sched_queue)[2 * slot] = MP_OBJ_NULL;
        MP_STATE(sched_queue)[2 * slot + 1] = MP_OBJ_NULL;
        MP_STATE(sched_idx) = (slot + 1) % MICROPY_SCHEDULER_DEPTH;
        MP_STATE(sched_len)--;
        MP_STATE(sched_locked) = true;
        nlr_buf_t nlr;
        if (nlr_push(&nlr) == 0) {
            mp_call_function_1(f, a);
            nlr_pop();
            MP_STATE(sched_locked) = false;
        } else {
            MP_STATE(sched_locked) = false;
            nlr_jump(nlr.ret_val);
        }
    }
}
