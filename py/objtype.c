// objtype.c: the class system. `type` itself, user classes (created by a
// class statement through __build_class__ or by type(name, bases, dict)),
// their instances, the C3 method resolution order, attribute lookup with
// descriptors, special-method dispatch through the type slots, and the
// staticmethod, classmethod and super types.
//
// A user class is an ordinary mp_obj_type_t whose slots all point to the
// instance_* functions below: each looks for the special method in the
// user classes of the MRO and otherwise falls back to the slot of the
// builtin base (on the wrapped native object), so `class L(list)` behaves
// like a list until it overrides something. See objtype.h for the four
// instance layouts.
//
// Lookups walk the MRO tuple and probe each class dict. The class dict is
// the type's locals_dict; any change to it bumps `version` (for future
// inline caches) and refreshes the HAS_* flags that let the hot paths skip
// work (__getattr__, __setattr__, data descriptors).
#include <stddef.h>
#include <string.h>
#include "runtime.h"
#include "objexcept.h"
#include "objmodule.h"
#include "modbuiltins.h"
#include "objtype.h"
#include "objtuple.h"
#include "bc.h"

static inline const mp_obj_user_type_t *utype(const mp_obj_type_t *t) {
    return (const mp_obj_user_type_t *)t;
}

static inline const mp_obj_type_t *type_of_obj_ptr(mp_obj_t o) {
    return ((const mp_obj_base_t *)MP_OBJ_TO_PTR(o))->type;
}

// True for objects that are classes (instances of type or a metaclass).
static bool is_type_obj(mp_obj_t o) {
    if (!mp_obj_is_obj(o)) {
        return false;
    }
    const mp_obj_type_t *t = type_of_obj_ptr(o);
    if (t == &mp_type_type) {
        return true;
    }
    return mp_type_is_user(t) && utype(t)->layout == MP_INST_LAYOUT_TYPE;
}

// Python functions bind as methods; builtin functions only when they come
// from a builtin type's table (CPython: builtins are not descriptors).
static bool is_py_function(mp_obj_t v) {
    if (!mp_obj_is_obj(v)) {
        return false;
    }
    const mp_obj_type_t *t = type_of_obj_ptr(v);
    return t == &mp_type_function || t == &mp_type_closure || t == &mp_type_gen_wrap;
}

static bool is_dunder(qstr attr) {
    size_t len;
    const byte *s = qstr_data(attr, &len);
    return len > 4 && s[0] == '_' && s[1] == '_' && s[len - 1] == '_' && s[len - 2] == '_';
}

// Calls fun(self, *args, **kw); args holds n_args values then n_kw pairs.
static mp_obj_t call_with_self(mp_obj_t fun, mp_obj_t self, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    size_t n = n_args + 2 * n_kw;
    mp_obj_t buf[8];
    mp_obj_t *a = n + 1 <= MP_ARRAY_SIZE(buf) ? buf : m_new(mp_obj_t, n + 1);
    a[0] = self;
    if (n) {
        memcpy(a + 1, args, n * sizeof(mp_obj_t));
    }
    return mp_call_function_n_kw(fun, n_args + 1, n_kw, a);
}

// Calls a special method `meth` found in the class dict of `type` on self,
// honouring staticmethod/classmethod/descriptors.
static mp_obj_t call_special(mp_obj_t meth, mp_obj_t self, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    if (MP_LIKELY(is_py_function(meth))) {
        return call_with_self(meth, self, n_args, n_kw, args);
    }
    mp_obj_t dest[2] = {MP_OBJ_NULL, MP_OBJ_NULL};
    mp_obj_bind_attr(meth, self, mp_obj_get_type(self), false, dest);
    if (dest[1] != MP_OBJ_NULL) {
        return call_with_self(dest[0], dest[1], n_args, n_kw, args);
    }
    return mp_call_function_n_kw(dest[0], n_args, n_kw, args);
}

static mp_obj_t call_special_0(mp_obj_t meth, mp_obj_t self) {
    return call_special(meth, self, 0, 0, NULL);
}

static mp_obj_t call_special_1(mp_obj_t meth, mp_obj_t self, mp_obj_t arg) {
    return call_special(meth, self, 1, 0, &arg);
}

// ---------------------------------------------------------------------------
// MRO and lookups

// The MRO of any type as an array: user classes have a tuple; builtins
// follow base_type and end with object.
static size_t builtin_mro(const mp_obj_type_t *t, const mp_obj_type_t **out, size_t max) {
    size_t n = 0;
    for (; t != NULL && n < max; t = t->base_type) {
        out[n++] = t;
    }
    if (n == 0 || (out[n - 1] != &mp_type_object && n < max)) {
        out[n++] = &mp_type_object;
    }
    return n;
}

mp_obj_t mp_type_lookup_ex(const mp_obj_type_t *type, qstr attr, const mp_obj_type_t **found_in) {
    if (type->mro != NULL) {
        const mp_obj_tuple_t *mro = type->mro;
        for (size_t i = 0; i < mro->len; i++) {
            const mp_obj_type_t *t = MP_OBJ_TO_PTR(mro->items[i]);
            if (t->locals_dict != NULL) {
                mp_map_elem_t *e = mp_map_lookup_qstr(&t->locals_dict->map, attr, MP_MAP_LOOKUP);
                if (e != NULL) {
                    *found_in = t;
                    return e->value;
                }
            }
        }
        return MP_OBJ_NULL;
    }
    const mp_obj_type_t *t = type;
    for (;;) {
        if (t->locals_dict != NULL) {
            mp_map_elem_t *e = mp_map_lookup_qstr(&t->locals_dict->map, attr, MP_MAP_LOOKUP);
            if (e != NULL) {
                *found_in = t;
                return e->value;
            }
        }
        if (t == &mp_type_object) {
            return MP_OBJ_NULL;
        }
        t = t->base_type != NULL ? t->base_type : &mp_type_object;
    }
}

mp_obj_t mp_type_lookup(const mp_obj_type_t *type, qstr attr) {
    const mp_obj_type_t *found_in;
    return mp_type_lookup_ex(type, attr, &found_in);
}

mp_obj_t mp_type_lookup_special(const mp_obj_type_t *type, qstr attr) {
    if (!mp_type_is_user(type)) {
        return MP_OBJ_NULL;
    }
    const mp_obj_tuple_t *mro = type->mro;
    for (size_t i = 0; i < mro->len; i++) {
        const mp_obj_type_t *t = MP_OBJ_TO_PTR(mro->items[i]);
        if (!mp_type_is_user(t)) {
            continue;
        }
        mp_map_elem_t *e = mp_map_lookup_qstr(&t->locals_dict->map, attr, MP_MAP_LOOKUP);
        if (e != NULL) {
            return e->value;
        }
    }
    return MP_OBJ_NULL;
}

const mp_obj_type_t *mp_obj_get_type_cold(mp_obj_t o) {
    return mp_obj_get_type(o);
}

bool mp_obj_is_type_cold(mp_obj_t o, const mp_obj_type_t *t) {
    return mp_obj_get_type(o) == t;
}

bool mp_obj_is_str_cold(mp_obj_t o) {
    return mp_obj_is_str(o);
}

bool mp_obj_is_int_cold(mp_obj_t o) {
    return mp_obj_is_int(o);
}

const mp_obj_type_t *mp_obj_type_native_base(const mp_obj_type_t *type) {
    if (mp_type_is_user(type)) {
        return utype(type)->native;
    }
    return type == &mp_type_object ? NULL : type;
}

// ---------------------------------------------------------------------------
// Slot wrappers: Python-visible dunder methods of builtin types that only
// have C slots (int.__add__, list.__getitem__, str.__repr__ ...). Made on
// demand when a lookup reaches a builtin type without such an entry.

typedef enum {
    SW_UNARY, SW_BINARY, SW_GETITEM, SW_SETITEM, SW_DELITEM, SW_CONTAINS,
    SW_ITER, SW_NEXT, SW_CALL, SW_REPR, SW_STR, SW_LEN, SW_HASH, SW_BOOL,
} slot_kind_t;

typedef struct _slot_wrapper_t {
    mp_obj_base_t base;
    const mp_obj_type_t *type;
    qstr name;
    uint8_t kind;
    uint8_t op;
} slot_wrapper_t;

// Which numeric/operator special methods the core builtin types really
// have in CPython (their slots handle more cases than the methods CPython
// exposes, e.g. str's binary slot also serves `in`). Each listed type has a
// set of OPS_* groups; slot_names gives for each method the groups that have
// it (a table rather than a switch on the name: much smaller).
enum {
    OPS_ARITH = 1,      // + - * / // % divmod ** and reflected
    OPS_BITS = 2,       // & | ^ << >> and reflected, ~, __index__
    OPS_SEQ = 4,        // + * and __rmul__
    OPS_MOD = 8,        // % and __rmod__ (printf formatting)
    OPS_MUTSEQ = 16,    // += *=
    OPS_SETALG = 32,    // & | ^ - and reflected
    OPS_SETINPL = 64,   // &= |= ^= -=
    OPS_DICTOR = 128,   // | and reflected, |=
    OPS_COMPLEX = 256,  // + - * / ** and reflected only
    OPS_NUM = 512,      // - + abs()
    OPS_TRUTH = 1024,   // __bool__
    OPS_TOCOMPLEX = 2048, // __complex__
    OPS_NEVER = 4096,   // (no listed type has it: @)
};
static const struct {
    qstr_short_t name;
    uint8_t kind;
    uint8_t op;
    uint16_t groups;  // OPS_* of the builtin types that have it; 0: decided by the slots
} slot_names[] = {
    {MP_QSTR___neg__, SW_UNARY, MP_UNARY_OP_NEGATIVE, OPS_NUM},
    {MP_QSTR___pos__, SW_UNARY, MP_UNARY_OP_POSITIVE, OPS_NUM},
    {MP_QSTR___invert__, SW_UNARY, MP_UNARY_OP_INVERT, OPS_BITS},
    {MP_QSTR___abs__, SW_UNARY, MP_UNARY_OP_ABS, OPS_NUM},
    {MP_QSTR___int__, SW_UNARY, MP_UNARY_OP_INT, OPS_ARITH},
    {MP_QSTR___index__, SW_UNARY, MP_UNARY_OP_INT, OPS_BITS},
    {MP_QSTR___float__, SW_UNARY, MP_UNARY_OP_FLOAT, OPS_ARITH},
    {MP_QSTR___complex__, SW_UNARY, MP_UNARY_OP_COMPLEX, OPS_TOCOMPLEX},
    {MP_QSTR___bool__, SW_BOOL, MP_UNARY_OP_BOOL, OPS_TRUTH},
    {MP_QSTR___len__, SW_LEN, MP_UNARY_OP_LEN, 0},
    {MP_QSTR___hash__, SW_HASH, MP_UNARY_OP_HASH, 0},
    {MP_QSTR___lt__, SW_BINARY, MP_BINARY_OP_LESS, 0},
    {MP_QSTR___gt__, SW_BINARY, MP_BINARY_OP_MORE, 0},
    {MP_QSTR___eq__, SW_BINARY, MP_BINARY_OP_EQUAL, 0},
    {MP_QSTR___le__, SW_BINARY, MP_BINARY_OP_LESS_EQUAL, 0},
    {MP_QSTR___ge__, SW_BINARY, MP_BINARY_OP_MORE_EQUAL, 0},
    {MP_QSTR___ne__, SW_BINARY, MP_BINARY_OP_NOT_EQUAL, 0},
    {MP_QSTR___or__, SW_BINARY, MP_BINARY_OP_OR, OPS_BITS | OPS_SETALG | OPS_DICTOR},
    {MP_QSTR___xor__, SW_BINARY, MP_BINARY_OP_XOR, OPS_BITS | OPS_SETALG},
    {MP_QSTR___and__, SW_BINARY, MP_BINARY_OP_AND, OPS_BITS | OPS_SETALG},
    {MP_QSTR___lshift__, SW_BINARY, MP_BINARY_OP_LSHIFT, OPS_BITS},
    {MP_QSTR___rshift__, SW_BINARY, MP_BINARY_OP_RSHIFT, OPS_BITS},
    {MP_QSTR___add__, SW_BINARY, MP_BINARY_OP_ADD, OPS_ARITH | OPS_COMPLEX | OPS_SEQ},
    {MP_QSTR___sub__, SW_BINARY, MP_BINARY_OP_SUBTRACT, OPS_ARITH | OPS_COMPLEX | OPS_SETALG},
    {MP_QSTR___mul__, SW_BINARY, MP_BINARY_OP_MULTIPLY, OPS_ARITH | OPS_COMPLEX | OPS_SEQ},
    {MP_QSTR___matmul__, SW_BINARY, MP_BINARY_OP_MAT_MULTIPLY, OPS_NEVER},
    {MP_QSTR___floordiv__, SW_BINARY, MP_BINARY_OP_FLOOR_DIVIDE, OPS_ARITH},
    {MP_QSTR___truediv__, SW_BINARY, MP_BINARY_OP_TRUE_DIVIDE, OPS_ARITH | OPS_COMPLEX},
    {MP_QSTR___mod__, SW_BINARY, MP_BINARY_OP_MODULO, OPS_ARITH | OPS_MOD},
    {MP_QSTR___pow__, SW_BINARY, MP_BINARY_OP_POWER, OPS_ARITH | OPS_COMPLEX},
    {MP_QSTR___divmod__, SW_BINARY, MP_BINARY_OP_DIVMOD, OPS_ARITH},
    {MP_QSTR___ror__, SW_BINARY, MP_BINARY_OP_REVERSE_OR, OPS_BITS | OPS_SETALG | OPS_DICTOR},
    {MP_QSTR___rxor__, SW_BINARY, MP_BINARY_OP_REVERSE_XOR, OPS_BITS | OPS_SETALG},
    {MP_QSTR___rand__, SW_BINARY, MP_BINARY_OP_REVERSE_AND, OPS_BITS | OPS_SETALG},
    {MP_QSTR___rlshift__, SW_BINARY, MP_BINARY_OP_REVERSE_LSHIFT, OPS_BITS},
    {MP_QSTR___rrshift__, SW_BINARY, MP_BINARY_OP_REVERSE_RSHIFT, OPS_BITS},
    {MP_QSTR___radd__, SW_BINARY, MP_BINARY_OP_REVERSE_ADD, OPS_ARITH | OPS_COMPLEX},
    {MP_QSTR___rsub__, SW_BINARY, MP_BINARY_OP_REVERSE_SUBTRACT, OPS_ARITH | OPS_COMPLEX | OPS_SETALG},
    {MP_QSTR___rmul__, SW_BINARY, MP_BINARY_OP_REVERSE_MULTIPLY, OPS_ARITH | OPS_COMPLEX | OPS_SEQ},
    {MP_QSTR___rmatmul__, SW_BINARY, MP_BINARY_OP_REVERSE_MAT_MULTIPLY, OPS_NEVER},
    {MP_QSTR___rfloordiv__, SW_BINARY, MP_BINARY_OP_REVERSE_FLOOR_DIVIDE, OPS_ARITH},
    {MP_QSTR___rtruediv__, SW_BINARY, MP_BINARY_OP_REVERSE_TRUE_DIVIDE, OPS_ARITH | OPS_COMPLEX},
    {MP_QSTR___rmod__, SW_BINARY, MP_BINARY_OP_REVERSE_MODULO, OPS_ARITH | OPS_MOD},
    {MP_QSTR___rpow__, SW_BINARY, MP_BINARY_OP_REVERSE_POWER, OPS_ARITH | OPS_COMPLEX},
    {MP_QSTR___iadd__, SW_BINARY, MP_BINARY_OP_INPLACE_ADD, OPS_MUTSEQ},
    {MP_QSTR___imul__, SW_BINARY, MP_BINARY_OP_INPLACE_MULTIPLY, OPS_MUTSEQ},
    {MP_QSTR___ior__, SW_BINARY, MP_BINARY_OP_INPLACE_OR, OPS_SETINPL | OPS_DICTOR},
    {MP_QSTR___iand__, SW_BINARY, MP_BINARY_OP_INPLACE_AND, OPS_SETINPL},
    {MP_QSTR___ixor__, SW_BINARY, MP_BINARY_OP_INPLACE_XOR, OPS_SETINPL},
    {MP_QSTR___isub__, SW_BINARY, MP_BINARY_OP_INPLACE_SUBTRACT, OPS_SETINPL},
    {MP_QSTR___contains__, SW_CONTAINS, MP_BINARY_OP_IN, 0},
    {MP_QSTR___getitem__, SW_GETITEM, 0, 0},
    {MP_QSTR___setitem__, SW_SETITEM, 0, 0},
    {MP_QSTR___delitem__, SW_DELITEM, 0, 0},
    {MP_QSTR___iter__, SW_ITER, 0, 0},
    {MP_QSTR___next__, SW_NEXT, 0, 0},
    {MP_QSTR___call__, SW_CALL, 0, 0},
    {MP_QSTR___repr__, SW_REPR, 0, 0},
    {MP_QSTR___str__, SW_STR, 0, 0},
};

// A builtin container: has a length and membership (CPython gives it
// __len__/__contains__ but no numeric methods).
static bool type_is_container(const mp_obj_type_t *t) {
    return t->subscr != NULL || (t->getiter != NULL && !(t->flags & MP_TYPE_FLAG_ITER_IS_SELF));
}

static bool type_is_immutable_seq(const mp_obj_type_t *t) {
    return t == &mp_type_tuple || t == &mp_type_str || t == &mp_type_bytes || t == &mp_type_range;
}

static mp_obj_t slot_wrapper_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args);
static void slot_wrapper_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    slot_wrapper_t *self = MP_OBJ_TO_PTR(self_in);
    mp_printf(print, "<slot wrapper '%q' of '%q' objects>", self->name, self->type->name);
}

static void slot_wrapper_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    slot_wrapper_t *self = MP_OBJ_TO_PTR(self_in);
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    if (attr == MP_QSTR___name__) {
        dest[0] = MP_OBJ_NEW_QSTR(self->name);
    } else if (attr == MP_QSTR___qualname__) {
        vstr_t v;
        vstr_init(&v, 32);
        vstr_printf(&v, "%q.%q", self->type->name, self->name);
        dest[0] = mp_obj_new_str_from_vstr(&v);
    } else if (attr == MP_QSTR___objclass__) {
        dest[0] = MP_OBJ_FROM_PTR(self->type);
    } else if (attr == MP_QSTR___doc__) {
        dest[0] = mp_const_none;
    }
}

static const mp_obj_type_t mp_type_slot_wrapper;

static mp_obj_t slot_wrapper_unary_op(mp_unary_op_t op, mp_obj_t self_in) {
    if (op != MP_UNARY_OP_HASH) {
        return MP_OBJ_NULL;
    }
    slot_wrapper_t *self = MP_OBJ_TO_PTR(self_in);
    return MP_OBJ_NEW_SMALL_INT((mp_int_t)(((uintptr_t)self->type >> 4) ^ self->name));
}

static mp_obj_t slot_wrapper_binary_op(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs) {
    if ((op != MP_BINARY_OP_EQUAL && op != MP_BINARY_OP_NOT_EQUAL) || !mp_obj_is_type_cold(rhs, &mp_type_slot_wrapper)) {
        return MP_OBJ_NULL;
    }
    slot_wrapper_t *a = MP_OBJ_TO_PTR(lhs), *b = MP_OBJ_TO_PTR(rhs);
    bool eq = a->type == b->type && a->name == b->name;
    return mp_obj_new_bool(op == MP_BINARY_OP_EQUAL ? eq : !eq);
}

static const mp_obj_type_t mp_type_slot_wrapper = {
    {&mp_type_type},
    .name = MP_QSTR_wrapper_descriptor,
    .print = slot_wrapper_print,
    .call = slot_wrapper_call,
    .unary_op = slot_wrapper_unary_op,
    .binary_op = slot_wrapper_binary_op,
    .attr = slot_wrapper_attr,
};

// The OPS_* groups of a listed builtin type, or -1 for a type not listed
// here (whose methods are decided by its slots).
static int builtin_special_groups(const mp_obj_type_t *t) {
    if (t == &mp_type_int || t == &mp_type_bool) {
        return OPS_ARITH | OPS_BITS | OPS_NUM | OPS_TRUTH;
    } else if (t == &mp_type_float) {
        return OPS_ARITH | OPS_NUM | OPS_TRUTH;
    } else if (t == &mp_type_complex) {
        return OPS_COMPLEX | OPS_NUM | OPS_TRUTH | OPS_TOCOMPLEX;
    } else if (t == &mp_type_str || t == &mp_type_bytes) {
        return OPS_SEQ | OPS_MOD;
    } else if (t == &mp_type_bytearray) {
        return OPS_SEQ | OPS_MOD | OPS_MUTSEQ;
    } else if (t == &mp_type_list) {
        return OPS_SEQ | OPS_MUTSEQ;
    } else if (t == &mp_type_tuple) {
        return OPS_SEQ;
    } else if (t == &mp_type_dict) {
        return OPS_DICTOR;
    } else if (t == &mp_type_set) {
        return OPS_SETALG | OPS_SETINPL;
    } else if (t == &mp_type_frozenset || t->name == MP_QSTR_dict_keys || t->name == MP_QSTR_dict_items) {
        return OPS_SETALG;
    } else if (t == &mp_type_NoneType || t == &mp_type_range) {
        return OPS_TRUTH;
    } else if (t == &mp_type_slice || t == &mp_type_memoryview) {
        return 0;
    }
    return -1;
}

// For each slot_kind_t: the slot a builtin type needs for the method to
// exist (its offset in mp_obj_type_t; 0: none), and whether the type must be
// (NEED_CONTAINER) or must not be (NEED_NOT_CONTAINER) a container. A table
// rather than a switch of near-identical cases.
enum { NEED_ANY, NEED_CONTAINER, NEED_NOT_CONTAINER };
static const struct {
    uint8_t slot;
    uint8_t container;
    uint8_t n_args;  // arguments after self in a call (SW_CALL: any)
} slot_kind_needs[] = {
    [SW_UNARY] = {offsetof(mp_obj_type_t, unary_op), NEED_NOT_CONTAINER, 0},
    [SW_BINARY] = {offsetof(mp_obj_type_t, binary_op), NEED_ANY, 1},
    [SW_GETITEM] = {offsetof(mp_obj_type_t, subscr), NEED_ANY, 1},
    [SW_SETITEM] = {offsetof(mp_obj_type_t, subscr), NEED_ANY, 2},
    [SW_DELITEM] = {offsetof(mp_obj_type_t, subscr), NEED_ANY, 1},
    [SW_CONTAINS] = {0, NEED_CONTAINER, 1},
    [SW_ITER] = {offsetof(mp_obj_type_t, getiter), NEED_ANY, 0},
    [SW_NEXT] = {offsetof(mp_obj_type_t, iternext), NEED_ANY, 0},
    [SW_CALL] = {offsetof(mp_obj_type_t, call), NEED_ANY, 0},
    [SW_REPR] = {0, NEED_ANY, 0},
    [SW_STR] = {0, NEED_ANY, 0},
    [SW_LEN] = {offsetof(mp_obj_type_t, unary_op), NEED_CONTAINER, 0},
    [SW_HASH] = {offsetof(mp_obj_type_t, unary_op), NEED_ANY, 0},
    [SW_BOOL] = {offsetof(mp_obj_type_t, unary_op), NEED_NOT_CONTAINER, 0},
};

// Mutable containers are unhashable: their __hash__ is None.
static const mp_obj_type_t *const unhashable_types[] = {
    &mp_type_list, &mp_type_dict, &mp_type_set, &mp_type_bytearray,
};

mp_obj_t mp_obj_slot_wrapper(const mp_obj_type_t *type, qstr attr) {
    if (attr == MP_QSTR___init__) {
        return MP_OBJ_FROM_PTR(&mp_native_base_init_obj);
    }
    if (attr == MP_QSTR___new__) {
        return MP_OBJ_FROM_PTR(&mp_object___new___static_obj);
    }
    for (size_t i = 0; i < MP_ARRAY_SIZE(slot_names); i++) {
        if (slot_names[i].name != attr) {
            continue;
        }
        uint8_t k = slot_names[i].kind;
        if (k == SW_HASH) {
            for (size_t j = 0; j < MP_ARRAY_SIZE(unhashable_types); j++) {
                if (mp_obj_is_subclass_fast(type, unhashable_types[j])) {
                    return mp_const_none;
                }
            }
        }
        size_t slot = slot_kind_needs[k].slot;
        // (the slots are all function pointers; read as a generic one)
        bool has_slot = slot == 0 || *(void (*const *)(void))((const char *)type + slot) != NULL;
        bool ok = has_slot;
        if (slot_kind_needs[k].container != NEED_ANY) {
            ok = ok && type_is_container(type) == (slot_kind_needs[k].container == NEED_CONTAINER);
        }
        if ((k == SW_SETITEM || k == SW_DELITEM) && type_is_immutable_seq(type)) {
            ok = false;
        }
        if (slot_names[i].groups != 0) {
            // (only operator methods have groups)
            int g = builtin_special_groups(type);
            if (g >= 0) {
                ok = (g & slot_names[i].groups) && has_slot;
            }
        }
        if (ok && type == &mp_type_type) {
            // type's slots only serve ==, hash, calls and X | Y.
            uint8_t op = slot_names[i].op;
            ok = k == SW_HASH || k == SW_CALL || k == SW_REPR || k == SW_STR
                || (k == SW_BINARY && (op == MP_BINARY_OP_EQUAL || op == MP_BINARY_OP_NOT_EQUAL
                                       || op == MP_BINARY_OP_OR || op == MP_BINARY_OP_REVERSE_OR));
        }
        if (!ok) {
            return MP_OBJ_NULL;
        }
        slot_wrapper_t *w = m_new_obj(slot_wrapper_t);
        w->base.type = &mp_type_slot_wrapper;
        w->type = type;
        w->name = attr;
        w->kind = k;
        w->op = slot_names[i].op;
        return MP_OBJ_FROM_PTR(w);
    }
    return MP_OBJ_NULL;
}

static mp_obj_t slot_wrapper_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    slot_wrapper_t *self = MP_OBJ_TO_PTR(self_in);
    if (n_kw != 0) {
        mp_raise_TypeError_varg("%q() takes no keyword arguments", self->name);
    }
    if (n_args == 0) {
        mp_raise_TypeError_varg("descriptor '%q' of '%q' object needs an argument", self->name, self->type->name);
    }
    mp_obj_t obj = args[0];
    if (!mp_obj_is_instance_of(obj, self->type)) {
        mp_raise_TypeError_varg("descriptor '%q' requires a '%q' object but received a '%s'",
            self->name, self->type->name, mp_obj_get_type_str(obj));
    }
    mp_obj_t native = mp_obj_get_native(obj, self->type);
    size_t want = self->kind == SW_CALL ? n_args - 1 : slot_kind_needs[self->kind].n_args;
    if (n_args == 3 && self->kind == SW_BINARY && (self->op == MP_BINARY_OP_POWER || self->op == MP_BINARY_OP_REVERSE_POWER)) {
        // int.__pow__(base, exp, mod) / __rpow__: the three-argument pow.
        mp_obj_t b = self->op == MP_BINARY_OP_POWER ? native : args[1];
        mp_obj_t e = self->op == MP_BINARY_OP_POWER ? args[1] : native;
        mp_obj_t pa[3] = {b, e, args[2]};
        return mp_call_function_n_kw(MP_OBJ_FROM_PTR(&mp_builtin_pow_obj), 3, 0, pa);
    }
    if (n_args - 1 != want) {
        mp_raise_TypeError_varg("expected %d argument%s, got %d", (int)want, want == 1 ? "" : "s", (int)(n_args - 1));
    }
    switch (self->kind) {
        case SW_UNARY: {
            const mp_obj_type_t *nt = mp_obj_get_type_cold(native);
            mp_obj_t r = nt->unary_op ? nt->unary_op(self->op, native) : MP_OBJ_NULL;
            if (r == MP_OBJ_NULL) {
                return mp_unary_op(self->op, native);
            }
            return r;
        }
        case SW_BOOL: return mp_obj_new_bool(mp_obj_is_true(native));
        case SW_LEN: return mp_obj_len(native);
        case SW_HASH: return mp_obj_new_int(mp_obj_hash(native));
        case SW_BINARY: {
            const mp_obj_type_t *nt = mp_obj_get_type_cold(native);
            mp_obj_t other = mp_obj_get_native(args[1], NULL);
            // int's methods take only ints, float's only ints and floats
            // (the operators mix types through the other operand's method).
            if ((self->type == &mp_type_int || self->type == &mp_type_bool) && !mp_obj_is_int_cold(other) && !mp_obj_is_bool(other)) {
                return mp_const_notimplemented;
            }
            if (self->type == &mp_type_float && !mp_obj_is_float(other) && !mp_obj_is_int_cold(other) && !mp_obj_is_bool(other)) {
                return mp_const_notimplemented;
            }
            // Sequence repetition wants an index (CPython raises here
            // rather than returning NotImplemented).
            if ((self->op == MP_BINARY_OP_MULTIPLY || self->op == MP_BINARY_OP_REVERSE_MULTIPLY)
                && (self->type == &mp_type_str || self->type == &mp_type_bytes || self->type == &mp_type_bytearray
                    || self->type == &mp_type_list || self->type == &mp_type_tuple)) {
                mp_int_t count;
                if (!mp_seq_get_repeat_count(other, &count)) {
                    mp_raise_TypeError_type("'%s' object cannot be interpreted as an integer", other);
                }
            }
            // str/list/tuple/dict compare only with their own kind.
            if (self->op <= MP_BINARY_OP_NOT_EQUAL && (self->type == &mp_type_str || self->type == &mp_type_list
                || self->type == &mp_type_tuple || self->type == &mp_type_dict) && !mp_obj_is_instance_of(other, self->type)) {
                return mp_const_notimplemented;
            }
            mp_obj_t r = nt->binary_op ? nt->binary_op(self->op, native, other) : MP_OBJ_NULL;
            return r == MP_OBJ_NULL ? mp_const_notimplemented : r;
        }
        case SW_CONTAINS: return mp_binary_op(MP_BINARY_OP_IN, args[1], native);
        case SW_GETITEM: return mp_obj_subscr(native, args[1], MP_OBJ_SENTINEL);
        case SW_SETITEM: mp_obj_subscr(native, args[1], args[2]); return mp_const_none;
        case SW_DELITEM: mp_obj_subscr(native, args[1], MP_OBJ_NULL); return mp_const_none;
        case SW_ITER: return mp_getiter(native, NULL);
        case SW_NEXT: {
            mp_obj_t r = mp_iternext(native);
            if (r == MP_OBJ_STOP_ITERATION) {
                mp_raise_StopIteration(MP_OBJ_NULL);
            }
            return r;
        }
        case SW_CALL: return mp_call_function_n_kw(native, n_args - 1, 0, args + 1);
        case SW_REPR: return mp_obj_repr(native);
        default: return mp_obj_str(native);
    }
}

// Methods of builtin types stored in a user class dict (`__hash__ =
// object.__hash__`, `push = list.append`) must still bind like methods,
// which builtin functions in general do not (len stored in a class is not
// a method). Class creation wraps such values in this descriptor.
typedef struct _method_desc_t {
    mp_obj_base_t base;
    mp_obj_t fun;
    // The builtin type the method belongs to: calls check that the first
    // argument is one (builtin methods assume their self's layout), and
    // pass the native object of a subclass instance. NULL for object's
    // methods, which take anything.
    const mp_obj_type_t *type;
    qstr name;  // the method's name in its type's table
} method_desc_t;

static const mp_obj_type_t mp_type_method_descriptor;

static mp_obj_t new_method_desc(mp_obj_t fun, const mp_obj_type_t *type) {
    method_desc_t *md = m_new_obj(method_desc_t);
    md->base.type = &mp_type_method_descriptor;
    md->fun = fun;
    md->type = type;
    md->name = ((mp_obj_fun_builtin_t *)MP_OBJ_TO_PTR(fun))->name;
    const mp_obj_type_t *t = type != NULL ? type : &mp_type_object;
    if (md->name == 0 && t->locals_dict != NULL) {
        const mp_map_t *m = &t->locals_dict->map;
        for (size_t i = 0; i < m->used; i++) {
            if (m->table[i].value == fun && mp_obj_is_qstr(m->table[i].key)) {
                md->name = mp_obj_qstr_value(m->table[i].key);
                break;
            }
        }
    }
    return MP_OBJ_FROM_PTR(md);
}

static mp_obj_t method_desc_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    method_desc_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->type == NULL) {
        return mp_call_function_n_kw(self->fun, n_args, n_kw, args);
    }
    qstr name = self->name;
    if (n_args == 0) {
        mp_raise_TypeError_varg("unbound method %q.%q() needs an argument", self->type->name, name);
    }
    if (!mp_obj_is_instance_of(args[0], self->type)) {
        mp_raise_TypeError_varg("descriptor '%q' for '%q' objects doesn't apply to a '%s' object",
            name, self->type->name, mp_obj_get_type_str(args[0]));
    }
    mp_obj_t native = mp_obj_get_native(args[0], self->type);
    if (native == args[0]) {
        return mp_call_function_n_kw(self->fun, n_args, n_kw, args);
    }
    size_t n = n_args + 2 * n_kw;
    mp_obj_t buf[8];
    mp_obj_t *a = n <= MP_ARRAY_SIZE(buf) ? buf : m_new(mp_obj_t, n);
    memcpy(a, args, n * sizeof(mp_obj_t));
    a[0] = native;
    return mp_call_function_n_kw(self->fun, n_args, n_kw, a);
}

static void method_desc_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    method_desc_t *self = MP_OBJ_TO_PTR(self_in);
    qstr name = self->name;
    if (name != 0) {
        mp_printf(print, "<method '%q' of '%q' objects>", name, self->type ? self->type->name : MP_QSTR_object);
    } else {
        mp_obj_print_helper(print, self->fun, kind);
    }
}

static void method_desc_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    method_desc_t *self = MP_OBJ_TO_PTR(self_in);
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    if (attr == MP_QSTR___objclass__) {
        dest[0] = MP_OBJ_FROM_PTR(self->type ? self->type : &mp_type_object);
    } else if (attr == MP_QSTR___name__ && self->name != 0) {
        dest[0] = MP_OBJ_NEW_QSTR(self->name);
    } else if (attr == MP_QSTR___qualname__ && self->name != 0) {
        vstr_t v;
        vstr_init(&v, 32);
        mp_print_t p = mp_print_for_vstr(&v);
        mp_printf(&p, "%q.%q", self->type ? self->type->name : MP_QSTR_object, self->name);
        dest[0] = mp_obj_new_str_from_vstr(&v);
    } else {
        mp_load_method_maybe(self->fun, attr, dest);
    }
}

// The descriptors are made on each access, so list.append == list.append
// compares what they describe (CPython caches one object).
static mp_obj_t method_desc_unary_op(mp_unary_op_t op, mp_obj_t self_in) {
    if (op != MP_UNARY_OP_HASH) {
        return MP_OBJ_NULL;
    }
    method_desc_t *self = MP_OBJ_TO_PTR(self_in);
    return MP_OBJ_NEW_SMALL_INT((mp_int_t)(((uintptr_t)MP_OBJ_TO_PTR(self->fun) >> 4) ^ ((uintptr_t)self->type >> 6)));
}

static mp_obj_t method_desc_binary_op(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs) {
    if ((op != MP_BINARY_OP_EQUAL && op != MP_BINARY_OP_NOT_EQUAL) || !mp_obj_is_type_cold(rhs, &mp_type_method_descriptor)) {
        return MP_OBJ_NULL;
    }
    method_desc_t *a = MP_OBJ_TO_PTR(lhs), *b = MP_OBJ_TO_PTR(rhs);
    bool eq = a->fun == b->fun && a->type == b->type;
    return mp_obj_new_bool(op == MP_BINARY_OP_EQUAL ? eq : !eq);
}

static const mp_obj_type_t mp_type_method_descriptor = {
    {&mp_type_type},
    .name = MP_QSTR_method_descriptor,
    .print = method_desc_print,
    .call = method_desc_call,
    .unary_op = method_desc_unary_op,
    .binary_op = method_desc_binary_op,
    .attr = method_desc_attr,
};

static mp_obj_t wrap_builtin_method(const mp_obj_type_t *type, mp_obj_t v);

// How a value found by lookup_full binds to an instance.
typedef enum {
    FOUND_USER,     // in a user class dict
    FOUND_NATIVE,   // in a builtin type's table: builtin functions bind to the native object
    FOUND_OBJECT,   // in object's table, or synthesised: builtins bind to the real self
} found_kind_t;

// Lookup over type's MRO (skipping entries up to and including
// `start_after` if given), synthesising slot wrappers for dunder names of
// builtin types.
static mp_obj_t lookup_full_ex(const mp_obj_type_t *type, qstr attr, const mp_obj_type_t *start_after, found_kind_t *kind, const mp_obj_type_t **found_in);

static mp_obj_t lookup_full(const mp_obj_type_t *type, qstr attr, const mp_obj_type_t *start_after, found_kind_t *kind) {
    return lookup_full_ex(type, attr, start_after, kind, NULL);
}

static mp_obj_t lookup_full_ex(const mp_obj_type_t *type, qstr attr, const mp_obj_type_t *start_after, found_kind_t *kind, const mp_obj_type_t **found_in) {
    const mp_obj_type_t *chain_buf[16];
    const mp_obj_type_t *const *chain;
    size_t n;
    if (type->mro != NULL) {
        chain = (const mp_obj_type_t *const *)type->mro->items;
        n = type->mro->len;
    } else {
        n = builtin_mro(type, chain_buf, MP_ARRAY_SIZE(chain_buf));
        chain = chain_buf;
    }
    size_t i = 0;
    if (start_after != NULL) {
        while (i < n && chain[i] != start_after) {
            i++;
        }
        i++;
    }
    int dunder = -1;
    for (; i < n; i++) {
        const mp_obj_type_t *t = chain[i];
        if (t->locals_dict != NULL) {
            mp_map_elem_t *e = mp_map_lookup_qstr(&t->locals_dict->map, attr, MP_MAP_LOOKUP);
            if (e != NULL) {
                *kind = mp_type_is_user(t) ? FOUND_USER : t == &mp_type_object ? FOUND_OBJECT : FOUND_NATIVE;
                if (found_in != NULL) {
                    *found_in = t;
                }
                return e->value;
            }
        }
        if (!mp_type_is_user(t) && t != &mp_type_object) {
            if (dunder < 0) {
                dunder = is_dunder(attr);
            }
            if (dunder) {
                mp_obj_t w = mp_obj_slot_wrapper(t, attr);
                if (w != MP_OBJ_NULL) {
                    *kind = FOUND_OBJECT;
                    return w;
                }
            }
        }
    }
    return MP_OBJ_NULL;
}

// ---------------------------------------------------------------------------
// Descriptors and binding

static bool is_data_descriptor(mp_obj_t v) {
    if (!mp_obj_is_obj(v)) {
        return false;
    }
    const mp_obj_type_t *t = type_of_obj_ptr(v);
    if (t == &mp_type_property) {
        return true;
    }
    if (mp_type_is_user(t)) {
        return mp_type_lookup_special(t, MP_QSTR___set__) != MP_OBJ_NULL
            || mp_type_lookup_special(t, MP_QSTR___delete__) != MP_OBJ_NULL;
    }
    return false;
}

// Whether v's class defines __get__ (a user descriptor); returns it.
static mp_obj_t descr_get_method(mp_obj_t v) {
    if (!mp_obj_is_obj(v)) {
        return MP_OBJ_NULL;
    }
    const mp_obj_type_t *t = type_of_obj_ptr(v);
    if (!mp_type_is_user(t)) {
        return MP_OBJ_NULL;
    }
    return mp_type_lookup_special(t, MP_QSTR___get__);
}

static mp_obj_t property_get(mp_obj_t prop, mp_obj_t self) {
    mp_obj_property_t *p = MP_OBJ_TO_PTR(prop);
    if (p->fget == mp_const_none) {
        if (p->name != 0) {
            mp_raise_msg_varg(&mp_type_AttributeError, "property '%q' of '%q' object has no getter", p->name, mp_obj_type_qualname(mp_obj_get_type(self)));
        }
        mp_raise_msg(&mp_type_AttributeError, "unreadable attribute");
    }
    return mp_call_function_1(p->fget, self);
}

static void bind_kind(mp_obj_t value, mp_obj_t self, const mp_obj_type_t *type, found_kind_t kind, mp_obj_t *dest) {
    if (!mp_obj_is_obj(value)) {
        dest[0] = value;
        return;
    }
    const mp_obj_type_t *vt = type_of_obj_ptr(value);
    if (vt == &mp_type_function || vt == &mp_type_closure || vt == &mp_type_gen_wrap) {
        dest[0] = value;
        dest[1] = self;
    } else if (vt == &mp_type_builtin_function) {
        dest[0] = value;
        if (kind == FOUND_NATIVE && value != MP_OBJ_FROM_PTR(&mp_native_base_init_obj)) {
            dest[1] = mp_obj_get_native(self, NULL);
        } else if (kind == FOUND_NATIVE) {
            dest[1] = self;  // __init__ builds the native part of self
        } else if (kind == FOUND_OBJECT) {
            dest[1] = self;
        }
    } else if (vt == &mp_type_slot_wrapper) {
        dest[0] = value;
        dest[1] = self;
    } else if (vt == &mp_type_method_descriptor) {
        method_desc_t *md = MP_OBJ_TO_PTR(value);
        if (md->type == NULL) {
            dest[0] = md->fun;
            dest[1] = self;
        } else {
            dest[0] = value;  // checks self's type
            dest[1] = self;
        }
    } else if (vt == &mp_type_staticmethod) {
        dest[0] = ((mp_obj_static_class_method_t *)MP_OBJ_TO_PTR(value))->fun;
    } else if (vt == &mp_type_classmethod) {
        dest[0] = ((mp_obj_static_class_method_t *)MP_OBJ_TO_PTR(value))->fun;
        dest[1] = MP_OBJ_FROM_PTR(type);
    } else if (vt == &mp_type_property) {
        dest[0] = property_get(value, self);
    } else {
        mp_obj_t get = mp_type_is_user(vt) ? mp_type_lookup_special(vt, MP_QSTR___get__) : MP_OBJ_NULL;
        if (get != MP_OBJ_NULL) {
            mp_obj_t a[2] = {self, MP_OBJ_FROM_PTR(type)};
            dest[0] = call_special(get, value, 2, 0, a);
        } else {
            dest[0] = value;
        }
    }
}

void mp_obj_bind_attr(mp_obj_t value, mp_obj_t self, const mp_obj_type_t *type, bool from_native, mp_obj_t *dest) {
    bind_kind(value, self, type, from_native ? FOUND_NATIVE : FOUND_USER, dest);
}

// Binding for access through the class itself (C.attr).
static void bind_class(mp_obj_t value, const mp_obj_type_t *cls, mp_obj_t *dest) {
    if (!mp_obj_is_obj(value)) {
        dest[0] = value;
        return;
    }
    const mp_obj_type_t *vt = type_of_obj_ptr(value);
    if (vt == &mp_type_staticmethod) {
        dest[0] = ((mp_obj_static_class_method_t *)MP_OBJ_TO_PTR(value))->fun;
    } else if (vt == &mp_type_classmethod) {
        dest[0] = ((mp_obj_static_class_method_t *)MP_OBJ_TO_PTR(value))->fun;
        dest[1] = MP_OBJ_FROM_PTR(cls);
    } else if (vt == &mp_type_method_descriptor) {
        dest[0] = value;
    } else {
        mp_obj_t get = descr_get_method(value);
        if (get != MP_OBJ_NULL) {
            mp_obj_t a[2] = {mp_const_none, MP_OBJ_FROM_PTR(cls)};
            dest[0] = call_special(get, value, 2, 0, a);
        } else {
            dest[0] = value;
        }
    }
}

// ---------------------------------------------------------------------------
// Instance attribute maps

// An instance's members map, or the dict it was moved into when __dict__
// was first asked for (then members is a const marker whose table points
// to that dict, so both views stay one).
static inline mp_map_t *inst_map(mp_obj_instance_t *o) {
    if (MP_UNLIKELY(o->members.is_const)) {
        return &((mp_obj_dict_t *)(void *)o->members.table)->map;
    }
    return &o->members;
}

static mp_obj_t inst_dict(mp_obj_instance_t *o) {
    if (o->members.is_const) {
        return MP_OBJ_FROM_PTR(o->members.table);
    }
    mp_obj_dict_t *d = m_new_obj(mp_obj_dict_t);
    d->base.type = &mp_type_dict;
    d->map = o->members;
    if (d->map.table == NULL) {
        mp_map_init(&d->map, 0);
    }
    memset(&o->members, 0, sizeof(o->members));
    o->members.is_const = 1;
    o->members.is_fixed = 1;
    o->members.table = (mp_map_elem_t *)(void *)d;
    return MP_OBJ_FROM_PTR(d);
}

mp_map_t *mp_obj_instance_members(mp_obj_t self, bool create) {
    if (!mp_obj_is_obj(self)) {
        return NULL;
    }
    const mp_obj_type_t *t = type_of_obj_ptr(self);
    if (mp_type_is_user(t)) {
        switch (utype(t)->layout) {
            case MP_INST_LAYOUT_PLAIN:
            case MP_INST_LAYOUT_NATIVE:
                return inst_map(MP_OBJ_TO_PTR(self));
            case MP_INST_LAYOUT_TYPE: {
                mp_obj_type_t *cls = MP_OBJ_TO_PTR(self);
                return cls->locals_dict ? &cls->locals_dict->map : NULL;
            }
            default:
                break;  // exception
        }
    } else if (t == &mp_type_type) {
        mp_obj_type_t *cls = MP_OBJ_TO_PTR(self);
        return cls->locals_dict ? &cls->locals_dict->map : NULL;
    } else if (t == &mp_type_module) {
        return &((mp_obj_module_t *)MP_OBJ_TO_PTR(self))->globals->map;
    } else if (!mp_obj_is_subclass_fast(t, &mp_type_BaseException)) {
        return NULL;
    }
    mp_obj_exception_t *e = MP_OBJ_TO_PTR(self);
    if (e->attrs == NULL && create) {
        e->attrs = mp_map_new(0);
    }
    return e->attrs;
}

// ---------------------------------------------------------------------------
// Generic attribute access of instances (object.__getattribute__ et al.)

// Whether attr is one of the __slots__ names (see mp_obj_user_type_t.slots).
static bool slot_allowed(mp_obj_t slots, qstr attr) {
    size_t n;
    mp_obj_t *items;
    mp_obj_tuple_get(slots, &n, &items);
    mp_obj_t q = MP_OBJ_NEW_QSTR(attr);
    for (size_t i = 0; i < n; i++) {
        if (items[i] == q) {
            return true;
        }
    }
    return false;
}

void mp_obj_generic_getattr(mp_obj_t self, qstr attr, mp_obj_t *dest) {
    const mp_obj_type_t *type = mp_obj_get_type(self);
    // __class__ is the type unless a class overrides it (proxies define a
    // __class__ property).
    if (attr == MP_QSTR___class__ && (!mp_type_is_user(type) || mp_type_lookup_special(type, attr) == MP_OBJ_NULL)) {
        dest[0] = MP_OBJ_FROM_PTR(type);
        return;
    }
    bool user = mp_type_is_user(type);
    if (user && utype(type)->layout == MP_INST_LAYOUT_TYPE) {
        mp_obj_type_attr(self, attr, dest);
        return;
    }
    if (attr == MP_QSTR___dict__ && user && utype(type)->layout <= MP_INST_LAYOUT_NATIVE) {
        if (utype(type)->slots == MP_OBJ_NULL) {
            dest[0] = inst_dict(MP_OBJ_TO_PTR(self));
        }
        return;
    }
    mp_map_t *members = user ? mp_obj_instance_members(self, false) : NULL;
    found_kind_t kind;
    mp_obj_t v;
    if (!(type->flags & MP_TYPE_FLAG_HAS_DESCRIPTORS)) {
        if (members != NULL) {
            mp_map_elem_t *e = mp_map_lookup_qstr(members, attr, MP_MAP_LOOKUP);
            if (e != NULL) {
                dest[0] = e->value;
                return;
            }
        }
        v = lookup_full(type, attr, NULL, &kind);
    } else {
        // Data descriptors (tracked by the flag) live in user class dicts:
        // look there first, without scanning the builtin tables.
        v = user ? mp_type_lookup_special(type, attr) : MP_OBJ_NULL;
        if (v != MP_OBJ_NULL) {
            if (is_data_descriptor(v)) {
                bind_kind(v, self, type, FOUND_USER, dest);
                return;
            }
            kind = FOUND_USER;
        }
        if (members != NULL) {
            mp_map_elem_t *e = mp_map_lookup_qstr(members, attr, MP_MAP_LOOKUP);
            if (e != NULL) {
                dest[0] = e->value;
                return;
            }
        }
        if (v == MP_OBJ_NULL) {
            v = lookup_full(type, attr, NULL, &kind);
        }
    }
    if (v != MP_OBJ_NULL) {
        bind_kind(v, self, type, kind, dest);
        return;
    }
    // Attributes the builtin base provides through its attr slot.
    const mp_obj_type_t *native = user ? utype(type)->native : type;
    if (native != NULL && native->attr != NULL) {
        native->attr(mp_obj_get_native(self, native), attr, dest);
        return;
    }
    if (attr == MP_QSTR___dict__ && !user) {
        mp_map_t *m = mp_obj_instance_members(self, false);
        if (m != NULL) {
            mp_obj_t d = mp_obj_new_dict(m->filled);
            mp_map_update(mp_obj_dict_get_map(d), m);
            dest[0] = d;
        }
    }
}

// Store (value) or delete (value == MP_OBJ_NULL) through a special method
// of t: set_name or del_name, called on target with (arg0[, value]). Serves
// __setattr__/__delattr__ (target self, arg0 the name) and descriptors'
// __set__/__delete__ (target the descriptor, arg0 the instance). Returns
// false if t has no such method.
static bool call_set_hook(const mp_obj_type_t *t, mp_obj_t target, mp_obj_t arg0, mp_obj_t value, qstr set_name, qstr del_name) {
    mp_obj_t m = mp_type_lookup_special(t, value != MP_OBJ_NULL ? set_name : del_name);
    if (m == MP_OBJ_NULL) {
        return false;
    }
    mp_obj_t a[2] = {arg0, value};
    call_special(m, target, value != MP_OBJ_NULL ? 2 : 1, 0, a);
    return true;
}

// Store or delete through a property (owner: the class name for the error).
static void property_set(mp_obj_t prop, mp_obj_t self, qstr attr, qstr owner, mp_obj_t value) {
    mp_obj_property_t *p = MP_OBJ_TO_PTR(prop);
    mp_obj_t f = value != MP_OBJ_NULL ? p->fset : p->fdel;
    if (f == mp_const_none) {
        mp_raise_msg_varg(&mp_type_AttributeError, "property '%q' of '%q' object has no %s",
            p->name ? p->name : attr, owner, value != MP_OBJ_NULL ? "setter" : "deleter");
    }
    if (value != MP_OBJ_NULL) {
        mp_call_function_2(f, self, value);
    } else {
        mp_call_function_1(f, self);
    }
}

// Assigning __class__: only between classes with the same layout.
static void set_class(mp_obj_t self, mp_obj_t value) {
    const mp_obj_type_t *cur = mp_obj_get_type_cold(self);
    if (!is_type_obj(value)) {
        mp_raise_TypeError_type("__class__ must be set to a class, not '%s' object", value);
    }
    const mp_obj_type_t *nt = MP_OBJ_TO_PTR(value);
    if (!mp_type_is_user(cur) || !mp_type_is_user(nt) || utype(cur)->layout != utype(nt)->layout
        || utype(cur)->native != utype(nt)->native || utype(cur)->layout == MP_INST_LAYOUT_TYPE) {
        mp_raise_msg(&mp_type_TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses");
    }
    ((mp_obj_base_t *)MP_OBJ_TO_PTR(self))->type = nt;
}

void mp_obj_generic_setattr(mp_obj_t self, qstr attr, mp_obj_t value) {
    const mp_obj_type_t *type = mp_obj_get_type(self);
    bool user = mp_type_is_user(type);
    if (user && utype(type)->layout == MP_INST_LAYOUT_TYPE) {
        mp_obj_t dest[2] = {MP_OBJ_SENTINEL, value};
        mp_obj_type_attr(self, attr, dest);
        return;
    }
    if (attr == MP_QSTR___class__ && value != MP_OBJ_NULL) {
        set_class(self, value);
        return;
    }
    if (type->flags & MP_TYPE_FLAG_HAS_DESCRIPTORS) {
        mp_obj_t v = mp_type_lookup(type, attr);
        if (v != MP_OBJ_NULL && mp_obj_is_obj(v)) {
            const mp_obj_type_t *vt = type_of_obj_ptr(v);
            if (vt == &mp_type_property) {
                property_set(v, self, attr, mp_obj_type_qualname(type), value);
                return;
            }
            if (mp_type_is_user(vt)) {
                if (call_set_hook(vt, v, self, value, MP_QSTR___set__, MP_QSTR___delete__)) {
                    return;
                }
                if (is_data_descriptor(v)) {
                    mp_raise_msg(&mp_type_AttributeError, value != MP_OBJ_NULL ? "__set__" : "__delete__");
                }
            }
        }
    }
    if (attr == MP_QSTR___dict__ && user && utype(type)->layout <= MP_INST_LAYOUT_NATIVE) {
        if (value == MP_OBJ_NULL) {
            mp_raise_TypeError("cannot delete __dict__");
        }
        if (!mp_obj_is_type(value, &mp_type_dict)) {
            mp_raise_TypeError_type("__dict__ must be set to a dictionary, not a '%s'", value);
        }
        mp_map_t *m = inst_map(MP_OBJ_TO_PTR(self));
        mp_map_clear(m);
        mp_map_update(m, mp_obj_dict_get_map(value));
        return;
    }
    const mp_obj_type_t *native = user ? utype(type)->native : NULL;
    if (native != NULL && native->attr != NULL && utype(type)->layout == MP_INST_LAYOUT_EXCEPTION) {
        // Let the exception handle its own attributes (__cause__, args ...).
        mp_obj_t dest[2] = {MP_OBJ_SENTINEL, value};
        native->attr(self, attr, dest);
        if (dest[0] == MP_OBJ_NULL) {
            return;
        }
    }
    if (user && utype(type)->slots != MP_OBJ_NULL && !slot_allowed(utype(type)->slots, attr)) {
        mp_raise_attribute_error(self, attr);
    }
    mp_map_t *members = mp_obj_instance_members(self, true);
    if (members == NULL || members->is_const) {
        if (value == MP_OBJ_NULL || mp_type_lookup(type, attr) == MP_OBJ_NULL) {
            mp_raise_attribute_error(self, attr);
        }
        mp_raise_msg_varg(&mp_type_AttributeError, "'%s' object attribute '%q' is read-only", mp_obj_get_type_str(self), attr);
    }
    if (value != MP_OBJ_NULL) {
        mp_map_lookup_qstr(members, attr, MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = value;
        if (user && members->filled > utype(type)->member_hint && members->filled <= 16) {
            ((mp_obj_user_type_t *)type)->member_hint = (uint8_t)members->filled;
        }
    } else if (mp_map_lookup_qstr(members, attr, MP_MAP_LOOKUP_REMOVE_IF_FOUND) == NULL) {
        mp_raise_attribute_error(self, attr);
    }
}

// The attr slot of user classes.
void mp_obj_instance_attr(mp_obj_t self, qstr attr, mp_obj_t *dest) {
    const mp_obj_type_t *type = type_of_obj_ptr(self);
    if (utype(type)->layout == MP_INST_LAYOUT_TYPE) {
        mp_obj_type_attr(self, attr, dest);
        return;
    }
    uint16_t flags = type->flags;
    if (dest[0] == MP_OBJ_NULL) {
        if (MP_LIKELY(!(flags & (MP_TYPE_FLAG_HAS_GETATTRIBUTE | MP_TYPE_FLAG_HAS_GETATTR)))) {
            mp_obj_generic_getattr(self, attr, dest);
            return;
        }
        mp_obj_t m = MP_OBJ_NULL;
        if (flags & MP_TYPE_FLAG_HAS_GETATTRIBUTE) {
            m = mp_type_lookup_special(type, MP_QSTR___getattribute__);
        }
        if (!(flags & MP_TYPE_FLAG_HAS_GETATTR)) {
            if (m != MP_OBJ_NULL) {
                dest[0] = call_special_1(m, self, MP_OBJ_NEW_QSTR(attr));
            } else {
                mp_obj_generic_getattr(self, attr, dest);
            }
            return;
        }
        // With __getattr__: an AttributeError from the normal lookup (or a
        // property getter, or __getattribute__) falls back to it.
        nlr_buf_t nlr;
        if (nlr_push(&nlr) == 0) {
            if (m != MP_OBJ_NULL) {
                dest[0] = call_special_1(m, self, MP_OBJ_NEW_QSTR(attr));
                dest[1] = MP_OBJ_NULL;
            } else {
                mp_obj_generic_getattr(self, attr, dest);
            }
            nlr_pop();
        } else {
            mp_obj_t exc = MP_OBJ_FROM_PTR(nlr.ret_val);
            if (!mp_obj_is_instance_of(exc, &mp_type_AttributeError)) {
                nlr_jump(nlr.ret_val);
            }
            dest[0] = MP_OBJ_NULL;
            dest[1] = MP_OBJ_NULL;
        }
        if (dest[0] == MP_OBJ_NULL) {
            mp_obj_t ga = mp_type_lookup_special(type, MP_QSTR___getattr__);
            if (ga != MP_OBJ_NULL) {
                dest[0] = call_special_1(ga, self, MP_OBJ_NEW_QSTR(attr));
            }
        }
        return;
    }
    if (MP_UNLIKELY(flags & MP_TYPE_FLAG_HAS_SETATTR)
        && call_set_hook(type, self, MP_OBJ_NEW_QSTR(attr), dest[1], MP_QSTR___setattr__, MP_QSTR___delattr__)) {
        dest[0] = MP_OBJ_NULL;
        return;
    }
    mp_obj_generic_setattr(self, attr, dest[1]);
    dest[0] = MP_OBJ_NULL;
}

// ---------------------------------------------------------------------------
// Class attributes (the attr slot of type, and of metaclass instances)

static mp_obj_t type_mro_tuple(const mp_obj_type_t *t) {
    if (t->mro != NULL) {
        return MP_OBJ_FROM_PTR(t->mro);
    }
    const mp_obj_type_t *chain[16];
    size_t n = builtin_mro(t, chain, MP_ARRAY_SIZE(chain));
    mp_obj_t items[16];
    for (size_t i = 0; i < n; i++) {
        items[i] = MP_OBJ_FROM_PTR(chain[i]);
    }
    return mp_obj_new_tuple(n, items);
}

static mp_obj_t type_bases_tuple(const mp_obj_type_t *t) {
    if (t->bases != NULL) {
        return MP_OBJ_FROM_PTR(t->bases);
    }
    if (t == &mp_type_object) {
        return mp_const_empty_tuple;
    }
    mp_obj_t b = MP_OBJ_FROM_PTR(t->base_type != NULL ? t->base_type : &mp_type_object);
    return mp_obj_new_tuple(1, &b);
}

// The module a builtin type is published in (re.error, collections.deque),
// for the modules CPython also has: found by value in the built-in modules'
// tables, under CPython's name for the u-modules (ure -> re). Only printing
// needs it, so a search is fine.
static qstr builtin_type_module(const mp_obj_type_t *type) {
    mp_obj_dict_t *g;
    qstr name;
    for (size_t i = 0; (g = mp_module_builtin_globals(i, &name)) != NULL; i++) {
        if (name == MP_QSTR_builtins || name == MP_QSTR_uio || name == MP_QSTR_uctypes
            || name == MP_QSTR_framebuf || name == MP_QSTR_deflate || name == MP_QSTR_micropython) {
            // io's classes are _io.X in CPython; MicroPython-only modules
            // keep MicroPython's plain names (<class 'FrameBuffer'>).
            continue;
        }
        const mp_map_t *map = &g->map;
        for (size_t k = 0; k < map->used; k++) {
            if (map->table[k].value == MP_OBJ_FROM_PTR(type) && mp_obj_is_qstr(map->table[k].key)) {
                const char *s = qstr_str(name);
                if (s[0] == 'u') {
                    return qstr_from_str(s + 1);
                }
                return name;
            }
        }
    }
    return MP_QSTR_builtins;
}

qstr mp_obj_type_module(const mp_obj_type_t *type) {
    if (!mp_type_is_user(type)) {
        return builtin_type_module(type);
    }
    if (type->locals_dict == NULL) {
        return 0;
    }
    mp_map_elem_t *e = mp_map_lookup_qstr(&type->locals_dict->map, MP_QSTR___module__, MP_MAP_LOOKUP);
    if (e != NULL && mp_obj_is_str_cold(e->value)) {
        return mp_obj_str_get_qstr(e->value);
    }
    return 0;
}

qstr mp_obj_type_qualname(const mp_obj_type_t *type) {
    if (mp_type_is_user(type) && utype(type)->qualname != 0) {
        return utype(type)->qualname;
    }
    return type->name;
}

void mp_obj_type_attr(mp_obj_t self, qstr attr, mp_obj_t *dest) {
    mp_obj_type_t *cls = MP_OBJ_TO_PTR(self);
    const mp_obj_type_t *meta = type_of_obj_ptr(self);
    bool user = mp_type_is_user(cls);
    if (dest[0] == MP_OBJ_NULL) {
        // The data descriptors of type itself.
        switch (attr) {
            case MP_QSTR___name__:
                dest[0] = MP_OBJ_NEW_QSTR(cls->name);
                return;
            case MP_QSTR___qualname__:
                dest[0] = MP_OBJ_NEW_QSTR(mp_obj_type_qualname(cls));
                return;
            case MP_QSTR___mro__:
                dest[0] = type_mro_tuple(cls);
                return;
            case MP_QSTR___bases__:
                dest[0] = type_bases_tuple(cls);
                return;
            case MP_QSTR___base__:
                dest[0] = cls == &mp_type_object ? mp_const_none
                    : MP_OBJ_FROM_PTR(cls->base_type != NULL ? cls->base_type : &mp_type_object);
                return;
            case MP_QSTR___dict__:
                dest[0] = mp_obj_new_mappingproxy(cls->locals_dict != NULL ? MP_OBJ_FROM_PTR(cls->locals_dict) : mp_obj_new_dict(0));
                return;
            case MP_QSTR___class__:
                dest[0] = MP_OBJ_FROM_PTR(meta);
                return;
            case MP_QSTR___module__:
                if (!user) {
                    dest[0] = MP_OBJ_NEW_QSTR(builtin_type_module(cls));
                    return;
                }
                break;
            case MP_QSTR___doc__:
                if (!user) {
                    dest[0] = mp_const_none;
                    return;
                }
                break;
            default:
                break;
        }
        found_kind_t mkind = FOUND_OBJECT;
        mp_obj_t mv = MP_OBJ_NULL;
        bool meta_user = mp_type_is_user(meta);
        if (meta_user) {
            mv = lookup_full(meta, attr, NULL, &mkind);
            if (mv != MP_OBJ_NULL && is_data_descriptor(mv)) {
                bind_kind(mv, self, meta, mkind, dest);
                return;
            }
        }
        found_kind_t kind;
        const mp_obj_type_t *found_in = NULL;
        mp_obj_t v = lookup_full_ex(cls, attr, NULL, &kind, &found_in);
        if (v != MP_OBJ_NULL) {
            if (kind == FOUND_NATIVE && mp_obj_is_type(v, &mp_type_builtin_function)) {
                // list.append: a descriptor that checks its self argument.
                dest[0] = new_method_desc(v, found_in);
                return;
            }
            bind_class(v, cls, dest);
            return;
        }
        if (!meta_user) {
            mv = lookup_full(meta, attr, NULL, &mkind);
        }
        if (mv != MP_OBJ_NULL) {
            bind_kind(mv, self, meta, mkind == FOUND_NATIVE ? FOUND_OBJECT : mkind, dest);
            return;
        }
        if (meta_user && (meta->flags & MP_TYPE_FLAG_HAS_GETATTR)) {
            mp_obj_t m = mp_type_lookup_special(meta, MP_QSTR___getattr__);
            if (m != MP_OBJ_NULL) {
                dest[0] = call_special_1(m, self, MP_OBJ_NEW_QSTR(attr));
            }
        }
        return;
    }
    // Store or delete.
    mp_obj_t value = dest[1];
    if (mp_type_is_user(meta)) {
        if ((meta->flags & MP_TYPE_FLAG_HAS_SETATTR)
            && call_set_hook(meta, self, MP_OBJ_NEW_QSTR(attr), value, MP_QSTR___setattr__, MP_QSTR___delattr__)) {
            dest[0] = MP_OBJ_NULL;
            return;
        }
        mp_obj_t mv = mp_type_lookup(meta, attr);
        if (mv != MP_OBJ_NULL && is_data_descriptor(mv)) {
            if (mp_obj_is_type_cold(mv, &mp_type_property)) {
                property_set(mv, self, attr, meta->name, value);
                dest[0] = MP_OBJ_NULL;
                return;
            }
            if (call_set_hook(mp_obj_get_type_cold(mv), mv, self, value, MP_QSTR___set__, MP_QSTR___delete__)) {
                dest[0] = MP_OBJ_NULL;
                return;
            }
        }
    }
    if (!user) {
        mp_raise_TypeError_varg("cannot set '%q' attribute of immutable type '%q'", attr, cls->name);
    }
    if ((attr == MP_QSTR___name__ || attr == MP_QSTR___qualname__) && value != MP_OBJ_NULL) {
        if (!mp_obj_is_str_cold(value)) {
            mp_raise_TypeError_varg("can only assign string to %q.%q, not '%s'", cls->name, attr, mp_obj_get_type_str(value));
        }
        if (attr == MP_QSTR___name__) {
            cls->name = mp_obj_str_get_qstr(value);
        } else {
            ((mp_obj_user_type_t *)cls)->qualname = mp_obj_str_get_qstr(value);
        }
        dest[0] = MP_OBJ_NULL;
        return;
    }
    if (attr == MP_QSTR___bases__ || attr == MP_QSTR___mro__ || attr == MP_QSTR___dict__ || attr == MP_QSTR___class__) {
        mp_raise_msg_varg(&mp_type_AttributeError, "cannot set '%q' attribute of type '%q'", attr, cls->name);
    }
    mp_map_t *map = &cls->locals_dict->map;
    if (value != MP_OBJ_NULL) {
        mp_map_lookup_qstr(map, attr, MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = wrap_builtin_method(cls, value);
    } else if (mp_map_lookup_qstr(map, attr, MP_MAP_LOOKUP_REMOVE_IF_FOUND) == NULL) {
        mp_raise_msg_varg(&mp_type_AttributeError, "type object '%q' has no attribute '%q'", cls->name, attr);
    }
    mp_obj_type_dict_changed(cls, attr);
    dest[0] = MP_OBJ_NULL;
}

// ---------------------------------------------------------------------------
// Flags and versions

static bool value_is_descriptor_like(mp_obj_t v) {
    return mp_obj_is_obj(v) && (mp_obj_is_type(v, &mp_type_property) || mp_type_is_user(mp_obj_get_type(v)));
}

static void compute_flags(mp_obj_type_t *type) {
    uint16_t f = type->flags & ~(MP_TYPE_FLAG_HAS_GETATTR | MP_TYPE_FLAG_HAS_SETATTR | MP_TYPE_FLAG_HAS_DESCRIPTORS
        | MP_TYPE_FLAG_HAS_FINALISER | MP_TYPE_FLAG_HAS_GETATTRIBUTE);
    const mp_obj_tuple_t *mro = type->mro;
    for (size_t i = 0; i < mro->len; i++) {
        const mp_obj_type_t *t = MP_OBJ_TO_PTR(mro->items[i]);
        if (!mp_type_is_user(t)) {
            continue;
        }
        mp_map_t *map = &t->locals_dict->map;
        size_t cur = 0;
        mp_map_elem_t *e;
        while ((e = mp_map_next(map, &cur)) != NULL) {
            if (mp_obj_is_qstr(e->key)) {
                switch (mp_obj_qstr_value(e->key)) {
                    case MP_QSTR___getattr__: f |= MP_TYPE_FLAG_HAS_GETATTR; break;
                    case MP_QSTR___getattribute__: f |= MP_TYPE_FLAG_HAS_GETATTRIBUTE; break;
                    case MP_QSTR___setattr__:
                    case MP_QSTR___delattr__: f |= MP_TYPE_FLAG_HAS_SETATTR; break;
                    case MP_QSTR___del__: f |= MP_TYPE_FLAG_HAS_FINALISER; break;
                    default: break;
                }
            }
            if (!(f & MP_TYPE_FLAG_HAS_DESCRIPTORS) && value_is_descriptor_like(e->value) && is_data_descriptor(e->value)) {
                f |= MP_TYPE_FLAG_HAS_DESCRIPTORS;
            }
        }
    }
    type->flags = f;
}

// The subclass registry. Entries must not keep subclasses alive (a class
// made by a function called in a loop must stay collectable), and there are
// no weak references: the array is allocated atomic, so the GC does not
// scan it, and each entry records its class's serial number. An entry is
// live while its address is still the head of an allocation holding a user
// class with that serial (serials are never reused).
typedef struct _subclass_ref_t {
    mp_obj_user_type_t *t;
    uint64_t serial;
} subclass_ref_t;

typedef struct _mp_subclass_list_t {
    size_t len, alloc;
    subclass_ref_t e[];
} mp_subclass_list_t;

static uint64_t next_type_serial = 1;

static bool subclass_alive(const subclass_ref_t *r) {
    const mp_obj_user_type_t *t = r->t;
    return gc_nbytes(t) >= sizeof(mp_obj_user_type_t) && t->serial == r->serial && (t->type.flags & MP_TYPE_FLAG_USER);
}

// Drop dead entries; returns the live count.
static size_t subclasses_prune(mp_subclass_list_t *l) {
    size_t j = 0;
    for (size_t i = 0; i < l->len; i++) {
        if (subclass_alive(&l->e[i])) {
            l->e[j++] = l->e[i];
        }
    }
    l->len = j;
    return j;
}

static void add_subclass(mp_obj_type_t *base, mp_obj_type_t *sub) {
    mp_obj_user_type_t *ub = (mp_obj_user_type_t *)base;
    mp_subclass_list_t *l = ub->subclasses;
    if (l == NULL || (l->len == l->alloc && subclasses_prune(l) == l->alloc)) {
        size_t alloc = l == NULL ? 4 : l->alloc * 2;
        mp_subclass_list_t *nl = m_malloc_atomic(sizeof(mp_subclass_list_t) + alloc * sizeof(subclass_ref_t));
        nl->alloc = alloc;
        nl->len = 0;
        if (l != NULL) {
            memcpy(nl->e, l->e, l->len * sizeof(subclass_ref_t));
            nl->len = l->len;
        }
        ub->subclasses = l = nl;
    }
    l->e[l->len].t = (mp_obj_user_type_t *)sub;
    l->e[l->len].serial = ((mp_obj_user_type_t *)sub)->serial;
    l->len++;
    base->flags |= MP_TYPE_FLAG_IS_SUBCLASSED;
}

static void refresh_type(mp_obj_type_t *type, bool flags, int depth) {
    type->version++;
    if (flags) {
        compute_flags(type);
    }
    mp_subclass_list_t *l = ((mp_obj_user_type_t *)type)->subclasses;
    if (l != NULL && depth < 100) {
        subclasses_prune(l);
        for (size_t i = 0; i < l->len; i++) {
            refresh_type(&l->e[i].t->type, flags, depth + 1);
        }
    }
}

void mp_obj_type_dict_changed(mp_obj_type_t *type, qstr attr) {
    if (!mp_type_is_user(type)) {
        return;
    }
    bool flags = true;
    if (!is_dunder(attr)) {
        mp_map_elem_t *e = mp_map_lookup_qstr(&type->locals_dict->map, attr, MP_MAP_LOOKUP);
        // A plain value cannot change any flag; a new descriptor or a
        // removal may.
        flags = e == NULL || value_is_descriptor_like(e->value) || (type->flags & MP_TYPE_FLAG_HAS_DESCRIPTORS);
    }
    refresh_type(type, flags, 0);
}

// ---------------------------------------------------------------------------
// Instances: creation

static bool native_is_mutable(const mp_obj_type_t *native) {
    return mp_obj_is_subclass_fast(native, &mp_type_list) || mp_obj_is_subclass_fast(native, &mp_type_dict)
        || mp_obj_is_subclass_fast(native, &mp_type_set) || mp_obj_is_subclass_fast(native, &mp_type_bytearray);
}

// Values made whole by __new__ (int, str, tuple ...): their native part is
// built from the constructor's arguments. Every other builtin base (list,
// deque, FrameBuffer ...) is built by __init__, so a subclass's __init__
// may take other arguments and call super().__init__(...) with the right ones.
static bool native_is_value(const mp_obj_type_t *native) {
    static const mp_obj_type_t *const values[] = {
        &mp_type_int, &mp_type_float, &mp_type_complex, &mp_type_str, &mp_type_bytes,
        &mp_type_tuple, &mp_type_frozenset, &mp_type_range,
    };
    for (size_t i = 0; i < MP_ARRAY_SIZE(values); i++) {
        if (mp_obj_is_subclass_fast(native, values[i])) {
            return true;
        }
    }
    return false;
}

static mp_obj_t native_make(const mp_obj_type_t *native, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    if (native->make_new == NULL) {
        mp_raise_TypeError_varg("cannot create '%q' instances", native->name);
    }
    return native->make_new(native, n_args, n_kw, args);
}

// n_args for instance_alloc: leave the native part to be made by __init__.
#define MP_OBJ_FUN_ARGS_DEFER ((size_t)-1)

mp_obj_instance_t *mp_obj_instance_alloc(const mp_obj_type_t *type, size_t n_sub) {
    size_t sz = sizeof(mp_obj_instance_t) + n_sub * sizeof(mp_obj_t);
    mp_obj_instance_t *o = (type->flags & MP_TYPE_FLAG_HAS_FINALISER) ? m_malloc_with_finaliser(sz) : m_malloc(sz);
    o->base.type = type;
    mp_map_init(&o->members, utype(type)->member_hint);
    return o;
}

// Allocate an instance of the user class `type`, creating the native part
// from the given arguments.
static mp_obj_t instance_alloc(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    const mp_obj_user_type_t *ut = utype(type);
    switch (ut->layout) {
        case MP_INST_LAYOUT_PLAIN:
        case MP_INST_LAYOUT_NATIVE: {
            size_t n_sub = ut->layout == MP_INST_LAYOUT_NATIVE ? 1 : 0;
            mp_obj_t native = MP_OBJ_NULL;
            if (n_sub && n_args != MP_OBJ_FUN_ARGS_DEFER) {
                native = native_make(ut->native, n_args, n_kw, args);
            }
            mp_obj_instance_t *o = mp_obj_instance_alloc(type, n_sub);
            if (n_sub) {
                o->subobj[0] = native;
            }
            return MP_OBJ_FROM_PTR(o);
        }
        case MP_INST_LAYOUT_EXCEPTION: {
            // The exception constructor makes the object with the
            // subclass as its type (and ignores keywords, for __init__).
            mp_obj_t o = ut->native->make_new(type, n_args, n_kw, args);
            if (mp_obj_is_obj(o) && gc_is_heap_ptr(MP_OBJ_TO_PTR(o))) {
                ((mp_obj_base_t *)MP_OBJ_TO_PTR(o))->type = type;
            }
            return o;
        }
        default: {
            // A metaclass: its instances are classes, made as type() does.
            if (n_args != 3) {
                mp_raise_TypeError_varg("%q() takes 3 arguments", type->name);
            }
            mp_map_t kw;
            mp_map_init_fixed_table(&kw, n_kw, args + n_args);
            qstr name = mp_obj_str_get_qstr(args[0]);
            return mp_obj_new_type(type, name, args[1], args[2], n_kw ? &kw : NULL);
        }
    }
}

static mp_obj_t instance_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    const mp_obj_user_type_t *ut = utype(type);
    mp_obj_t new_fn = mp_type_lookup_special(type, MP_QSTR___new__);
    mp_obj_t init_fn = mp_type_lookup_special(type, MP_QSTR___init__);
    mp_obj_t o;
    if (new_fn != MP_OBJ_NULL) {
        mp_obj_t fn = new_fn;
        if (mp_obj_is_type(fn, &mp_type_staticmethod)) {
            fn = ((mp_obj_static_class_method_t *)MP_OBJ_TO_PTR(fn))->fun;
        }
        o = call_with_self(fn, MP_OBJ_FROM_PTR(type), n_args, n_kw, args);
        if (!mp_obj_is_instance_of(o, type)) {
            return o;
        }
    } else if (init_fn == MP_OBJ_NULL) {
        if (ut->native == NULL && (n_args != 0 || n_kw != 0)) {
            mp_raise_TypeError_varg("%q() takes no arguments", type->name);
        }
        return instance_alloc(type, n_args, n_kw, args);
    } else if (ut->native != NULL && ut->layout == MP_INST_LAYOUT_NATIVE
               && (native_is_mutable(ut->native) || (ut->native->locals_dict != NULL
                   && mp_map_lookup_qstr(&ut->native->locals_dict->map, MP_QSTR___init__, MP_MAP_LOOKUP) != NULL))) {
        // list/dict/set (and builtins with their own __init__, like deque)
        // start empty and are filled by __init__ (super().__init__(...)).
        o = instance_alloc(type, 0, 0, NULL);
    } else if (ut->native != NULL && ut->layout == MP_INST_LAYOUT_NATIVE && !native_is_value(ut->native)) {
        // Built by super().__init__(...); until then the native part is
        // missing and using it raises TypeError (mp_obj_get_native).
        o = instance_alloc(type, MP_OBJ_FUN_ARGS_DEFER, 0, NULL);
    } else if (ut->native == NULL) {
        o = instance_alloc(type, 0, 0, NULL);
    } else {
        o = instance_alloc(type, n_args, n_kw, args);
    }
    if (init_fn != MP_OBJ_NULL) {
        mp_obj_t r = call_special(init_fn, o, n_args, n_kw, args);
        if (r != mp_const_none) {
            mp_raise_TypeError_type("__init__() should return None, not '%s'", r);
        }
    } else if (ut->layout == MP_INST_LAYOUT_NATIVE && native_is_mutable(ut->native) && (n_args != 0 || n_kw != 0)) {
        // A user __new__ and list.__init__: the arguments fill the list.
        call_with_self(MP_OBJ_FROM_PTR(&mp_native_base_init_obj), o, n_args, n_kw, args);
    }
    return o;
}

// object.__new__ / int.__new__ ...: (cls, *args, **kw).
// n_pos positional arguments followed by the (key, value) pairs of kw, in
// one new array: the layout make_new and call slots take, from a function
// that received a keyword map. *n_kw is set to the number of pairs.
static mp_obj_t *args_with_kw(size_t n_pos, const mp_obj_t *pos, mp_map_t *kw, size_t *n_kw) {
    size_t n = kw != NULL ? kw->filled : 0;
    mp_obj_t *a = m_new(mp_obj_t, n_pos + 2 * n + 1);
    memcpy(a, pos, n_pos * sizeof(mp_obj_t));
    if (n) {
        size_t cur = 0, j = n_pos;
        mp_map_elem_t *e;
        while ((e = mp_map_next(kw, &cur)) != NULL) {
            a[j++] = e->key;
            a[j++] = e->value;
        }
    }
    *n_kw = n;
    return a;
}

static mp_obj_t native_base_new(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    if (!is_type_obj(args[0])) {
        mp_raise_TypeError_type("object.__new__(X): X is not a type object (%s)", args[0]);
    }
    const mp_obj_type_t *cls = MP_OBJ_TO_PTR(args[0]);
    // Rebuild the keyword pairs for make_new.
    size_t n_kw;
    size_t n_pos = n_args - 1;
    mp_obj_t *a = args_with_kw(n_pos, args + 1, kw, &n_kw);
    if (!mp_type_is_user(cls)) {
        if (cls == &mp_type_object) {
            mp_obj_base_t *o = m_new_obj(mp_obj_base_t);
            o->type = &mp_type_object;
            return MP_OBJ_FROM_PTR(o);
        }
        return native_make(cls, n_pos, n_kw, a);
    }
    if (utype(cls)->layout == MP_INST_LAYOUT_PLAIN) {
        return instance_alloc(cls, 0, 0, NULL);
    }
    return instance_alloc(cls, n_pos, n_kw, a);
}
MP_DEFINE_NAMED_FUN(mp_native_base_new_obj, MP_QSTR___new__, 1, MP_FUN_ARGS_MAX, MP_FUN_KIND_KW, kw, native_base_new);
const mp_obj_static_class_method_t mp_object___new___static_obj = {{&mp_type_staticmethod}, MP_ROM_PTR(&mp_native_base_new_obj)};

// object.__init__, and list.__init__ etc. reached through super(): (re)builds
// the native part of a user instance from the arguments.
// list.__init__(x, it) etc. called again on an existing builtin object:
// list, set and bytearray take the new contents, dict is updated.
static void reinit_builtin(mp_obj_t self, const mp_obj_type_t *type, size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    size_t n_kw;
    size_t n_pos = n_args - 1;
    mp_obj_t *a = args_with_kw(n_pos, args + 1, kw, &n_kw);
    mp_obj_t fresh = native_make(type, n_pos, n_kw, a);
    mp_obj_t dest[3];
    if (mp_obj_is_subclass_fast(type, &mp_type_dict)) {
        mp_load_method(self, MP_QSTR_update, dest);
    } else if (mp_obj_is_subclass_fast(type, &mp_type_bytearray)) {
        mp_obj_subscr(self, mp_obj_new_slice(mp_const_none, mp_const_none, mp_const_none), fresh);
        return;
    } else {
        mp_load_method(self, MP_QSTR_clear, dest);
        mp_call_method_n_kw(0, 0, dest);
        mp_load_method(self, mp_obj_is_subclass_fast(type, &mp_type_list) ? MP_QSTR_extend : MP_QSTR_update, dest);
    }
    dest[2] = fresh;
    mp_call_method_n_kw(1, 0, dest);
}

static mp_obj_t native_base_init(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    mp_obj_t self = args[0];
    const mp_obj_type_t *type = mp_obj_get_type(self);
    size_t n_kw = kw != NULL ? kw->filled : 0;
    if (!mp_type_is_user(type)) {
        if (type == &mp_type_object && (n_args > 1 || n_kw > 0)) {
            mp_raise_TypeError("object.__init__() takes exactly one argument (the instance to initialize)");
        }
        if (native_is_mutable(type) && (n_args > 1 || n_kw > 0 || type != &mp_type_dict)) {
            reinit_builtin(self, type, n_args, args, kw);
        }
        return mp_const_none;
    }
    const mp_obj_user_type_t *ut = utype(type);
    switch (ut->layout) {
        case MP_INST_LAYOUT_PLAIN:
            if (n_args > 1 || n_kw > 0) {
                mp_raise_TypeError("object.__init__() takes exactly one argument (the instance to initialize)");
            }
            break;
        case MP_INST_LAYOUT_NATIVE:
            if (native_is_mutable(ut->native) || ((mp_obj_instance_t *)MP_OBJ_TO_PTR(self))->subobj[0] == MP_OBJ_NULL) {
                mp_obj_t *a = args_with_kw(n_args - 1, args + 1, kw, &n_kw);
                ((mp_obj_instance_t *)MP_OBJ_TO_PTR(self))->subobj[0] = native_make(ut->native, n_args - 1, n_kw, a);
            }
            break;
        case MP_INST_LAYOUT_EXCEPTION: {
            mp_obj_exception_t *e = mp_obj_exception_get_native(self);
            e->args = MP_OBJ_TO_PTR(mp_obj_new_tuple(n_args - 1, args + 1));
            break;
        }
        default:
            break;  // type.__init__ ignores its arguments
    }
    return mp_const_none;
}
MP_DEFINE_NAMED_FUN(mp_native_base_init_obj, MP_QSTR___init__, 1, MP_FUN_ARGS_MAX, MP_FUN_KIND_KW, kw, native_base_init);

// ---------------------------------------------------------------------------
// Instances: special-method dispatch through the slots

static void instance_print(const mp_print_t *print, mp_obj_t self, mp_print_kind_t kind) {
    const mp_obj_type_t *type = type_of_obj_ptr(self);
    mp_obj_t m = MP_OBJ_NULL;
    // str, bytes and bytearray have their own __str__, which str() of a
    // subclass reaches before a user __repr__ (int and float do not).
    const mp_obj_type_t *nat = utype(type)->native;
    bool native_str = kind == PRINT_STR && nat != NULL
        && (nat == &mp_type_str || nat == &mp_type_bytes || nat == &mp_type_bytearray);
    if (kind == PRINT_STR) {
        m = mp_type_lookup_special(type, MP_QSTR___str__);
    }
    if (m == MP_OBJ_NULL && !native_str) {
        m = mp_type_lookup_special(type, MP_QSTR___repr__);
        if (m != MP_OBJ_NULL) {
            kind = PRINT_REPR;
        }
    }
    if (m != MP_OBJ_NULL) {
        mp_obj_t r = call_special_0(m, self);
        if (!mp_obj_is_str_cold(r)) {
            if (!mp_obj_is_instance_of(r, &mp_type_str)) {
                mp_raise_TypeError_varg("%s returned non-string (type %s)",
                    kind == PRINT_STR ? "__str__" : "__repr__", mp_obj_get_type_str(r));
            }
            r = mp_obj_get_native(r, &mp_type_str);
        }
        mp_obj_print_helper(print, r, PRINT_STR);
        return;
    }
    const mp_obj_user_type_t *ut = utype(type);
    if (ut->native != NULL && ut->native->print != NULL) {
        mp_obj_t native = mp_obj_get_native(self, ut->native);
        if (native == self || ut->layout != MP_INST_LAYOUT_NATIVE) {
            ut->native->print(print, native, kind);
            return;
        }
        // Builtins whose repr names their type (bytearray(...),
        // frozenset(...), deque(...)) show the subclass's name instead, as
        // CPython's do; a non-empty set gets wrapped: S({1, 2}).
        vstr_t v;
        vstr_init(&v, 32);
        mp_print_t p = mp_print_for_vstr(&v);
        const mp_obj_type_t *nt = mp_obj_get_type_cold(native);
        nt->print(&p, native, kind);
        size_t nlen;
        const char *nname = (const char *)qstr_data(nt->name, &nlen);
        if (v.len > nlen && memcmp(v.buf, nname, nlen) == 0 && v.buf[nlen] == '(') {
            mp_printf(print, "%q", mp_obj_type_qualname(type));
            mp_print_strn(print, v.buf + nlen, v.len - nlen, 0, ' ', 0);
        } else if (mp_obj_is_subclass_fast(nt, &mp_type_set) && v.len > 0 && v.buf[0] == '{') {
            mp_printf(print, "%q(", mp_obj_type_qualname(type));
            mp_print_strn(print, v.buf, v.len, 0, ' ', 0);
            mp_print_str(print, ")");
        } else {
            mp_print_strn(print, v.buf, v.len, 0, ' ', 0);
        }
        return;
    }
    mp_obj_print_default_repr(print, self);
}

static const qstr_short_t unary_op_method_name[MP_UNARY_OP_NUM] = {
    [MP_UNARY_OP_POSITIVE] = MP_QSTR___pos__,
    [MP_UNARY_OP_NEGATIVE] = MP_QSTR___neg__,
    [MP_UNARY_OP_INVERT] = MP_QSTR___invert__,
    [MP_UNARY_OP_BOOL] = MP_QSTR___bool__,
    [MP_UNARY_OP_LEN] = MP_QSTR___len__,
    [MP_UNARY_OP_HASH] = MP_QSTR___hash__,
    [MP_UNARY_OP_ABS] = MP_QSTR___abs__,
    [MP_UNARY_OP_INT] = MP_QSTR___int__,
    [MP_UNARY_OP_FLOAT] = MP_QSTR___float__,
    [MP_UNARY_OP_COMPLEX] = MP_QSTR___complex__,
    [MP_UNARY_OP_SIZEOF] = MP_QSTR___sizeof__,
};

static mp_obj_t check_len_result(mp_obj_t r) {
    if (!mp_obj_is_int(r) && !mp_obj_is_bool(r)) {
        r = mp_obj_get_native(r, &mp_type_int);
        if (!mp_obj_is_int_cold(r)) {
            mp_raise_TypeError_type("'%s' object cannot be interpreted as an integer", r);
        }
    }
    if (mp_obj_is_bool(r)) {
        r = MP_OBJ_NEW_SMALL_INT(r == mp_const_true);
    }
    if (!mp_obj_is_small_int(r)) {
        if (mp_obj_is_true(mp_binary_op(MP_BINARY_OP_LESS, r, MP_OBJ_NEW_SMALL_INT(0)))) {
            mp_raise_ValueError("__len__() should return >= 0");
        }
        mp_raise_msg(&mp_type_OverflowError, "cannot fit 'int' into an index-sized integer");
    }
    if (mp_small_int_value(r) < 0) {
        mp_raise_ValueError("__len__() should return >= 0");
    }
    return r;
}

static mp_obj_t default_hash(mp_obj_t self) {
    return MP_OBJ_NEW_SMALL_INT((mp_int_t)((uintptr_t)MP_OBJ_TO_PTR(self) >> 4));
}

static mp_obj_t instance_unary_op(mp_unary_op_t op, mp_obj_t self) {
    const mp_obj_type_t *type = type_of_obj_ptr(self);
    qstr name = op < MP_UNARY_OP_NUM ? unary_op_method_name[op] : 0;
    mp_obj_t m = name ? mp_type_lookup_special(type, name) : MP_OBJ_NULL;
    bool via_index = false;
    if (m == MP_OBJ_NULL) {
        if (op == MP_UNARY_OP_INT || op == MP_UNARY_OP_FLOAT) {
            m = mp_type_lookup_special(type, MP_QSTR___index__);
            via_index = true;
        } else if (op == MP_UNARY_OP_BOOL) {
            mp_obj_t l = mp_type_lookup_special(type, MP_QSTR___len__);
            if (l != MP_OBJ_NULL) {
                mp_obj_t r = check_len_result(call_special_0(l, self));
                return mp_obj_new_bool(mp_small_int_value(r) != 0);
            }
        }
    }
    if (m == MP_OBJ_NULL) {
        const mp_obj_user_type_t *ut = utype(type);
        if (ut->native != NULL && ut->native->unary_op != NULL) {
            mp_obj_t r = ut->native->unary_op(op, mp_obj_get_native(self, ut->native));
            if (r != MP_OBJ_NULL) {
                return r;
            }
        }
        if (op == MP_UNARY_OP_HASH) {
            return default_hash(self);
        }
        return MP_OBJ_NULL;
    }
    if (op == MP_UNARY_OP_HASH && m == mp_const_none) {
        mp_raise_TypeError_type("unhashable type: '%s'", self);
    }
    mp_obj_t r = call_special_0(m, self);
    switch (op) {
        case MP_UNARY_OP_BOOL:
            if (!mp_obj_is_bool(r)) {
                mp_raise_TypeError_type("__bool__ should return bool, returned %s", r);
            }
            return r;
        case MP_UNARY_OP_LEN:
            return check_len_result(r);
        case MP_UNARY_OP_HASH:
            if (mp_obj_is_bool(r)) {
                return MP_OBJ_NEW_SMALL_INT(r == mp_const_true);
            }
            if (!mp_obj_is_int(r)) {
                r = mp_obj_get_native(r, &mp_type_int);
                if (!mp_obj_is_int_cold(r)) {
                    mp_raise_msg(&mp_type_TypeError, "__hash__ method should return an integer");
                }
            }
            if (!mp_obj_is_small_int(r)) {
                return MP_OBJ_NEW_SMALL_INT(mp_obj_int_hash(r));
            }
            return r;
        case MP_UNARY_OP_INT: {
            if (mp_obj_is_int(r)) {
                return r;
            }
            if (mp_obj_is_bool(r)) {
                return MP_OBJ_NEW_SMALL_INT(r == mp_const_true);
            }
            mp_obj_t n = mp_obj_get_native(r, &mp_type_int);
            if (!mp_obj_is_int_cold(n)) {
                mp_raise_TypeError_varg("%s returned non-int (type %s)",
                    via_index ? "__index__" : "__int__", mp_obj_get_type_str(r));
            }
            return n;
        }
        case MP_UNARY_OP_FLOAT: {
            if (via_index) {
                mp_obj_t n = mp_obj_get_native(r, &mp_type_int);
                if (!mp_obj_is_int_cold(n) && !mp_obj_is_bool(n)) {
                    mp_raise_TypeError_type("__index__ returned non-int (type %s)", r);
                }
                return mp_obj_new_float(mp_obj_get_float(n));
            }
            if (mp_obj_is_float(r)) {
                return r;
            }
            mp_obj_t n = mp_obj_get_native(r, &mp_type_float);
            if (!mp_obj_is_float(n)) {
                mp_raise_TypeError_varg("%q.__float__ returned non-float (type %s)", type->name, mp_obj_get_type_str(r));
            }
            return n;
        }
        default:
            return r;
    }
}

static const qstr_short_t binary_op_method_name[MP_BINARY_OP_NUM] = {
    [MP_BINARY_OP_LESS] = MP_QSTR___lt__,
    [MP_BINARY_OP_MORE] = MP_QSTR___gt__,
    [MP_BINARY_OP_EQUAL] = MP_QSTR___eq__,
    [MP_BINARY_OP_LESS_EQUAL] = MP_QSTR___le__,
    [MP_BINARY_OP_MORE_EQUAL] = MP_QSTR___ge__,
    [MP_BINARY_OP_NOT_EQUAL] = MP_QSTR___ne__,
    [MP_BINARY_OP_IN] = MP_QSTR___contains__,
    [MP_BINARY_OP_INPLACE_OR] = MP_QSTR___ior__,
    [MP_BINARY_OP_INPLACE_XOR] = MP_QSTR___ixor__,
    [MP_BINARY_OP_INPLACE_AND] = MP_QSTR___iand__,
    [MP_BINARY_OP_INPLACE_LSHIFT] = MP_QSTR___ilshift__,
    [MP_BINARY_OP_INPLACE_RSHIFT] = MP_QSTR___irshift__,
    [MP_BINARY_OP_INPLACE_ADD] = MP_QSTR___iadd__,
    [MP_BINARY_OP_INPLACE_SUBTRACT] = MP_QSTR___isub__,
    [MP_BINARY_OP_INPLACE_MULTIPLY] = MP_QSTR___imul__,
    [MP_BINARY_OP_INPLACE_MAT_MULTIPLY] = MP_QSTR___imatmul__,
    [MP_BINARY_OP_INPLACE_FLOOR_DIVIDE] = MP_QSTR___ifloordiv__,
    [MP_BINARY_OP_INPLACE_TRUE_DIVIDE] = MP_QSTR___itruediv__,
    [MP_BINARY_OP_INPLACE_MODULO] = MP_QSTR___imod__,
    [MP_BINARY_OP_INPLACE_POWER] = MP_QSTR___ipow__,
    [MP_BINARY_OP_OR] = MP_QSTR___or__,
    [MP_BINARY_OP_XOR] = MP_QSTR___xor__,
    [MP_BINARY_OP_AND] = MP_QSTR___and__,
    [MP_BINARY_OP_LSHIFT] = MP_QSTR___lshift__,
    [MP_BINARY_OP_RSHIFT] = MP_QSTR___rshift__,
    [MP_BINARY_OP_ADD] = MP_QSTR___add__,
    [MP_BINARY_OP_SUBTRACT] = MP_QSTR___sub__,
    [MP_BINARY_OP_MULTIPLY] = MP_QSTR___mul__,
    [MP_BINARY_OP_MAT_MULTIPLY] = MP_QSTR___matmul__,
    [MP_BINARY_OP_FLOOR_DIVIDE] = MP_QSTR___floordiv__,
    [MP_BINARY_OP_TRUE_DIVIDE] = MP_QSTR___truediv__,
    [MP_BINARY_OP_MODULO] = MP_QSTR___mod__,
    [MP_BINARY_OP_POWER] = MP_QSTR___pow__,
    [MP_BINARY_OP_DIVMOD] = MP_QSTR___divmod__,
    [MP_BINARY_OP_REVERSE_OR] = MP_QSTR___ror__,
    [MP_BINARY_OP_REVERSE_XOR] = MP_QSTR___rxor__,
    [MP_BINARY_OP_REVERSE_AND] = MP_QSTR___rand__,
    [MP_BINARY_OP_REVERSE_LSHIFT] = MP_QSTR___rlshift__,
    [MP_BINARY_OP_REVERSE_RSHIFT] = MP_QSTR___rrshift__,
    [MP_BINARY_OP_REVERSE_ADD] = MP_QSTR___radd__,
    [MP_BINARY_OP_REVERSE_SUBTRACT] = MP_QSTR___rsub__,
    [MP_BINARY_OP_REVERSE_MULTIPLY] = MP_QSTR___rmul__,
    [MP_BINARY_OP_REVERSE_MAT_MULTIPLY] = MP_QSTR___rmatmul__,
    [MP_BINARY_OP_REVERSE_FLOOR_DIVIDE] = MP_QSTR___rfloordiv__,
    [MP_BINARY_OP_REVERSE_TRUE_DIVIDE] = MP_QSTR___rtruediv__,
    [MP_BINARY_OP_REVERSE_MODULO] = MP_QSTR___rmod__,
    [MP_BINARY_OP_REVERSE_POWER] = MP_QSTR___rpow__,
};

qstr mp_binary_op_method_name(mp_binary_op_t op) {
    return op < MP_BINARY_OP_NUM ? binary_op_method_name[op] : 0;
}

// Called as slot(op, self, other); for IN, self is the container.
static mp_obj_t instance_binary_op(mp_binary_op_t op, mp_obj_t self, mp_obj_t other) {
    const mp_obj_type_t *type = type_of_obj_ptr(self);
    qstr name = op < MP_BINARY_OP_NUM ? binary_op_method_name[op] : 0;
    if (name != 0) {
        mp_obj_t m = mp_type_lookup_special(type, name);
        if (m != MP_OBJ_NULL && m != mp_const_none) {
            mp_obj_t r = call_special_1(m, self, other);
            if (r == mp_const_notimplemented) {
                return MP_OBJ_NULL;
            }
            if (op == MP_BINARY_OP_IN) {
                return mp_obj_new_bool(mp_obj_is_true(r));
            }
            return r;
        }
        if (op == MP_BINARY_OP_NOT_EQUAL && (utype(type)->native == NULL || utype(type)->native->binary_op == NULL)) {
            // object.__ne__ inverts a user __eq__ (a builtin base's own
            // != comes first, as str.__ne__ does in CPython).
            m = mp_type_lookup_special(type, MP_QSTR___eq__);
            if (m != MP_OBJ_NULL && m != mp_const_none) {
                mp_obj_t r = call_special_1(m, self, other);
                if (r == mp_const_notimplemented) {
                    return MP_OBJ_NULL;
                }
                return mp_obj_new_bool(!mp_obj_is_true(r));
            }
        }
    }
    const mp_obj_user_type_t *ut = utype(type);
    if (ut->native != NULL && ut->native->binary_op != NULL) {
        mp_obj_t native = mp_obj_get_native(self, ut->native);
        mp_obj_t r = ut->native->binary_op(op, native, mp_obj_get_native(other, NULL));
        // An in-place operator that mutated the native part (list +=,
        // set |=) returns it: the result is the instance, not the part.
        if (r == native && op >= MP_BINARY_OP_INPLACE_OR && op <= MP_BINARY_OP_INPLACE_POWER) {
            return self;
        }
        return r;
    }
    return MP_OBJ_NULL;
}

static mp_obj_t instance_call(mp_obj_t self, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    const mp_obj_type_t *type = type_of_obj_ptr(self);
    mp_obj_t m = mp_type_lookup_special(type, MP_QSTR___call__);
    if (m != MP_OBJ_NULL) {
        return call_special(m, self, n_args, n_kw, args);
    }
    const mp_obj_user_type_t *ut = utype(type);
    if (ut->layout == MP_INST_LAYOUT_TYPE) {
        return mp_type_type.call(self, n_args, n_kw, args);
    }
    if (ut->native != NULL && ut->native->call != NULL) {
        return ut->native->call(mp_obj_get_native(self, ut->native), n_args, n_kw, args);
    }
    mp_raise_TypeError_type("'%s' object is not callable", self);
}

static mp_obj_t instance_subscr(mp_obj_t self, mp_obj_t index, mp_obj_t value) {
    const mp_obj_type_t *type = type_of_obj_ptr(self);
    const mp_obj_user_type_t *ut = utype(type);
    if (value == MP_OBJ_SENTINEL) {
        mp_obj_t m = mp_type_lookup_special(type, MP_QSTR___getitem__);
        if (m != MP_OBJ_NULL) {
            return call_special_1(m, self, index);
        }
        if (ut->layout == MP_INST_LAYOUT_TYPE) {
            return mp_type_type.subscr(self, index, value);
        }
    } else if (value == MP_OBJ_NULL) {
        mp_obj_t m = mp_type_lookup_special(type, MP_QSTR___delitem__);
        if (m != MP_OBJ_NULL) {
            call_special_1(m, self, index);
            return mp_const_none;
        }
    } else {
        mp_obj_t m = mp_type_lookup_special(type, MP_QSTR___setitem__);
        if (m != MP_OBJ_NULL) {
            mp_obj_t a[2] = {index, value};
            call_special(m, self, 2, 0, a);
            return mp_const_none;
        }
    }
    if (ut->native != NULL && ut->native->subscr != NULL) {
        mp_obj_t native = mp_obj_get_native(self, ut->native);
        if (value == MP_OBJ_SENTINEL && mp_obj_is_subclass_fast(ut->native, &mp_type_dict)) {
            // dict subclasses: a missing key goes to __missing__.
            mp_obj_t m = mp_type_lookup_special(type, MP_QSTR___missing__);
            if (m != MP_OBJ_NULL) {
                nlr_buf_t nlr;
                if (nlr_push(&nlr) == 0) {
                    mp_obj_t r = ut->native->subscr(native, index, value);
                    nlr_pop();
                    return r;
                } else if (mp_obj_is_instance_of(MP_OBJ_FROM_PTR(nlr.ret_val), &mp_type_KeyError)) {
                    return call_special_1(m, self, index);
                } else {
                    nlr_jump(nlr.ret_val);
                }
            }
        }
        return ut->native->subscr(native, index, value);
    }
    return MP_OBJ_NULL;
}

static bool obj_is_iterator(mp_obj_t o) {
    const mp_obj_type_t *t = mp_obj_get_type(o);
    if (mp_type_is_user(t)) {
        return mp_type_lookup_special(t, MP_QSTR___next__) != MP_OBJ_NULL
            || (utype(t)->native != NULL && utype(t)->native->iternext != NULL);
    }
    return t->iternext != NULL;
}

static mp_obj_t instance_getiter(mp_obj_t self) {
    const mp_obj_type_t *type = type_of_obj_ptr(self);
    mp_obj_t m = mp_type_lookup_special(type, MP_QSTR___iter__);
    if (m != MP_OBJ_NULL) {
        if (m == mp_const_none) {
            mp_raise_TypeError_type("'%s' object is not iterable", self);
        }
        mp_obj_t r = call_special_0(m, self);
        if (!obj_is_iterator(r)) {
            mp_raise_TypeError_type("iter() returned non-iterator of type '%s'", r);
        }
        return r;
    }
    const mp_obj_user_type_t *ut = utype(type);
    if (ut->native != NULL && ut->native->getiter != NULL) {
        mp_obj_t native = mp_obj_get_native(self, ut->native);
        mp_obj_t r = ut->native->getiter(native);
        if (r == native && native != self) {
            // An iterator type wrapped by a subclass: iterate the instance
            // itself so that an overridden __next__ is used.
            return self;
        }
        return r;
    }
    return MP_OBJ_NULL;
}

// Returns the next item, MP_OBJ_STOP_ITERATION, or MP_OBJ_NULL if the
// object is not an iterator.
static mp_obj_t instance_iternext(mp_obj_t self) {
    const mp_obj_type_t *type = type_of_obj_ptr(self);
    mp_obj_t m = mp_type_lookup_special(type, MP_QSTR___next__);
    if (m != MP_OBJ_NULL) {
        nlr_buf_t nlr;
        if (nlr_push(&nlr) == 0) {
            mp_obj_t r = call_special_0(m, self);
            nlr_pop();
            return r;
        } else {
            mp_obj_t exc = MP_OBJ_FROM_PTR(nlr.ret_val);
            if (mp_obj_is_instance_of(exc, &mp_type_StopIteration)) {
                return MP_OBJ_STOP_ITERATION;
            }
            nlr_jump(nlr.ret_val);
        }
    }
    const mp_obj_user_type_t *ut = utype(type);
    if (ut->native != NULL && ut->native->iternext != NULL) {
        return ut->native->iternext(mp_obj_get_native(self, ut->native));
    }
    return MP_OBJ_NULL;
}

// Raising variant used by mp_iternext_allow_raise (no handler needed).
mp_obj_t mp_obj_instance_iternext_allow_raise(mp_obj_t self) {
    const mp_obj_type_t *type = type_of_obj_ptr(self);
    mp_obj_t m = mp_type_lookup_special(type, MP_QSTR___next__);
    if (m != MP_OBJ_NULL) {
        return call_special_0(m, self);
    }
    return instance_iternext(self);
}

static int instance_buffer(mp_obj_t self, mp_buffer_info_t *bufinfo, int flags) {
    const mp_obj_user_type_t *ut = utype(type_of_obj_ptr(self));
    if (ut->native != NULL && ut->native->buffer != NULL) {
        return ut->native->buffer(mp_obj_get_native(self, ut->native), bufinfo, flags);
    }
    return 1;
}

// ---------------------------------------------------------------------------
// Printing of instances and classes

void mp_obj_print_default_repr(const mp_print_t *print, mp_obj_t o) {
    const mp_obj_type_t *t = mp_obj_get_type_cold(o);
    qstr mod = mp_obj_type_module(t);
    if (mod != 0 && mod != MP_QSTR_builtins) {
        mp_printf(print, "<%q.%q object at %p>", mod, mp_obj_type_qualname(t), MP_OBJ_TO_PTR(o));
    } else {
        mp_printf(print, "<%q object at %p>", mp_obj_type_qualname(t), MP_OBJ_TO_PTR(o));
    }
}

static void type_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    const mp_obj_type_t *t = MP_OBJ_TO_PTR(self_in);
    qstr mod = mp_obj_type_module(t);
    if (mod != 0 && mod != MP_QSTR_builtins) {
        mp_printf(print, "<class '%q.%q'>", mod, mp_obj_type_qualname(t));
    } else {
        mp_printf(print, "<class '%q'>", mp_obj_type_qualname(t));
    }
}

// ---------------------------------------------------------------------------
// C3 linearisation

// Fills out (capacity max) with the MRO of t; returns its length.
static size_t get_mro(const mp_obj_type_t *t, const mp_obj_type_t **out, size_t max) {
    if (t->mro != NULL) {
        size_t n = t->mro->len < max ? t->mro->len : max;
        for (size_t i = 0; i < n; i++) {
            out[i] = MP_OBJ_TO_PTR(t->mro->items[i]);
        }
        return n;
    }
    return builtin_mro(t, out, max);
}

MP_NORETURN static void raise_mro_error(size_t n_bases, const mp_obj_type_t **bases) {
    vstr_t v;
    vstr_init(&v, 64);
    mp_print_t p = mp_print_for_vstr(&v);
    mp_print_str(&p, "Cannot create a consistent method resolution\norder (MRO) for bases");
    for (size_t i = 0; i < n_bases; i++) {
        mp_printf(&p, "%s%q", i ? ", " : " ", bases[i]->name);
    }
    mp_raise(mp_obj_new_exception_arg1(&mp_type_TypeError, mp_obj_new_str_from_vstr(&v)));
}

static mp_obj_t compute_mro(const mp_obj_type_t *self, size_t n_bases, const mp_obj_type_t **bases) {
    if (n_bases == 1) {
        // Single inheritance: the base's MRO with self in front (the merge
        // below is quadratic in the MRO length).
        const mp_obj_type_t *b = bases[0];
        if (b->mro != NULL) {
            size_t n = b->mro->len;
            mp_obj_tuple_t *t = MP_OBJ_TO_PTR(mp_obj_new_tuple(n + 1, NULL));
            t->items[0] = MP_OBJ_FROM_PTR(self);
            memcpy(t->items + 1, b->mro->items, n * sizeof(mp_obj_t));
            return MP_OBJ_FROM_PTR(t);
        }
        const mp_obj_type_t *chain[64];
        size_t n = builtin_mro(b, chain, MP_ARRAY_SIZE(chain));
        mp_obj_tuple_t *t = MP_OBJ_TO_PTR(mp_obj_new_tuple(n + 1, NULL));
        t->items[0] = MP_OBJ_FROM_PTR(self);
        for (size_t i = 0; i < n; i++) {
            t->items[i + 1] = MP_OBJ_FROM_PTR(chain[i]);
        }
        return MP_OBJ_FROM_PTR(t);
    }
    // Sequences to merge: the MRO of each base, then the list of bases.
    size_t n_seq = n_bases + 1;
    const mp_obj_type_t ***seq = m_new(const mp_obj_type_t **, n_seq);
    size_t *len = m_new(size_t, n_seq);
    size_t *pos = m_new(size_t, n_seq);
    size_t total = 1;
    for (size_t i = 0; i < n_bases; i++) {
        const mp_obj_type_t *b = bases[i];
        size_t cap = b->mro != NULL ? b->mro->len : 64;
        seq[i] = m_new(const mp_obj_type_t *, cap);
        len[i] = get_mro(b, seq[i], cap);
        pos[i] = 0;
        total += len[i];
    }
    seq[n_bases] = bases;
    len[n_bases] = n_bases;
    pos[n_bases] = 0;
    mp_obj_t *out = m_new(mp_obj_t, total);
    size_t n_out = 0;
    out[n_out++] = MP_OBJ_FROM_PTR(self);
    for (;;) {
        bool any_left = false;
        const mp_obj_type_t *cand = NULL;
        for (size_t i = 0; i < n_seq && cand == NULL; i++) {
            if (pos[i] >= len[i]) {
                continue;
            }
            any_left = true;
            const mp_obj_type_t *c = seq[i][pos[i]];
            // c must not appear in the tail of any sequence.
            bool in_tail = false;
            for (size_t j = 0; j < n_seq && !in_tail; j++) {
                for (size_t k = pos[j] + 1; k < len[j]; k++) {
                    if (seq[j][k] == c) {
                        in_tail = true;
                        break;
                    }
                }
            }
            if (!in_tail) {
                cand = c;
            }
        }
        if (!any_left) {
            break;
        }
        if (cand == NULL) {
            raise_mro_error(n_bases, bases);
        }
        out[n_out++] = MP_OBJ_FROM_PTR(cand);
        for (size_t i = 0; i < n_seq; i++) {
            if (pos[i] < len[i] && seq[i][pos[i]] == cand) {
                pos[i]++;
            }
        }
    }
    return mp_obj_new_tuple(n_out, out);
}

// ---------------------------------------------------------------------------
// Class creation

static bool type_is_acceptable_base(const mp_obj_type_t *t) {
    if (mp_type_is_user(t) || (t->flags & MP_TYPE_FLAG_BASETYPE)) {
        return true;
    }
    static const mp_obj_type_t *const ok[] = {
        &mp_type_object, &mp_type_type, &mp_type_int, &mp_type_float, &mp_type_complex, &mp_type_str,
        &mp_type_bytes, &mp_type_bytearray, &mp_type_tuple, &mp_type_list, &mp_type_dict, &mp_type_set,
        &mp_type_frozenset, &mp_type_property, &mp_type_staticmethod, &mp_type_classmethod,
    };
    for (size_t i = 0; i < MP_ARRAY_SIZE(ok); i++) {
        if (ok[i] == t) {
            return true;
        }
    }
    return mp_obj_is_subclass_fast(t, &mp_type_BaseException);
}

static void wrap_in_dict(mp_map_t *map, qstr name, const mp_obj_type_t *wrapper) {
    mp_map_elem_t *e = mp_map_lookup_qstr(map, name, MP_MAP_LOOKUP);
    if (e != NULL && is_py_function(e->value)) {
        mp_obj_static_class_method_t *w = m_new_obj(mp_obj_static_class_method_t);
        w->base.type = wrapper;
        w->fun = e->value;
        e->value = MP_OBJ_FROM_PTR(w);
    }
}

// Whether the builtin function v is a method of a builtin type in the MRO
// of type (then it is wrapped to bind as a method, see method_desc_t).
static mp_obj_t wrap_builtin_method(const mp_obj_type_t *type, mp_obj_t v) {
    if (!mp_obj_is_type_cold(v, &mp_type_builtin_function)) {
        return v;
    }
    bool found = false;
    const mp_obj_type_t *native_type = NULL;
    if (v == MP_OBJ_FROM_PTR(&mp_native_base_init_obj)) {
        found = true;
    } else {
        const mp_obj_tuple_t *mro = type->mro;
        for (size_t i = 0; i < mro->len && !found; i++) {
            const mp_obj_type_t *t = MP_OBJ_TO_PTR(mro->items[i]);
            if (mp_type_is_user(t) || t->locals_dict == NULL) {
                continue;
            }
            const mp_map_t *m = &t->locals_dict->map;
            for (size_t j = 0; j < m->used; j++) {
                if (m->table[j].value == v) {
                    found = true;
                    native_type = t != &mp_type_object ? t : NULL;
                    break;
                }
            }
        }
    }
    if (!found) {
        return v;
    }
    return new_method_desc(v, native_type);
}

// The names of a class's own __slots__ as a list of qstr objects (a single
// string is one name), or MP_OBJ_NULL if it has none.
static mp_obj_t own_slots(const mp_obj_type_t *t) {
    mp_map_elem_t *e = mp_map_lookup_qstr(&t->locals_dict->map, MP_QSTR___slots__, MP_MAP_LOOKUP);
    if (e == NULL) {
        return MP_OBJ_NULL;
    }
    mp_obj_t list = mp_obj_new_list(0, NULL);
    if (mp_obj_is_str_cold(e->value)) {
        mp_obj_list_append(list, MP_OBJ_NEW_QSTR(mp_obj_str_get_qstr(e->value)));
        return list;
    }
    mp_obj_t it = mp_getiter(e->value, NULL);
    mp_obj_t x;
    while ((x = mp_iternext(it)) != MP_OBJ_STOP_ITERATION) {
        if (!mp_obj_is_str_cold(x)) {
            mp_raise_TypeError_type("__slots__ items must be strings, not '%s'", x);
        }
        mp_obj_list_append(list, MP_OBJ_NEW_QSTR(mp_obj_str_get_qstr(x)));
    }
    return list;
}

// Instances are restricted to their slots only if every user class in the
// MRO declares __slots__ and none of them has '__dict__'.
static mp_obj_t compute_slots(const mp_obj_type_t *t) {
    mp_obj_t all = mp_obj_new_list(0, NULL);
    const mp_obj_tuple_t *mro = t->mro;
    for (size_t i = 0; i < mro->len; i++) {
        const mp_obj_type_t *c = MP_OBJ_TO_PTR(mro->items[i]);
        if (!mp_type_is_user(c)) {
            continue;
        }
        mp_obj_t s = own_slots(c);
        if (s == MP_OBJ_NULL) {
            return MP_OBJ_NULL;
        }
        size_t n;
        mp_obj_t *items;
        mp_obj_list_get(s, &n, &items);
        for (size_t j = 0; j < n; j++) {
            if (mp_obj_qstr_value(items[j]) == MP_QSTR___dict__) {
                return MP_OBJ_NULL;
            }
            mp_obj_list_append(all, items[j]);
        }
    }
    size_t n;
    mp_obj_t *items;
    mp_obj_list_get(all, &n, &items);
    return mp_obj_new_tuple(n, items);
}


mp_obj_t mp_obj_new_type(const mp_obj_type_t *meta, qstr name, mp_obj_t bases_in, mp_obj_t dict_in, mp_map_t *kw) {
    if (!mp_obj_is_type_cold(bases_in, &mp_type_tuple)) {
        mp_raise_TypeError_type("type.__new__() argument 2 must be tuple, not %s", bases_in);
    }
    mp_obj_t dict_native = mp_obj_get_native(dict_in, &mp_type_dict);
    if (!mp_obj_is_obj(dict_native) || !mp_obj_is_subclass_fast(mp_obj_get_type(dict_native), &mp_type_dict)) {
        mp_raise_TypeError_type("type.__new__() argument 3 must be dict, not %s", dict_in);
    }
    size_t n_bases;
    mp_obj_t *base_items;
    mp_obj_tuple_get(bases_in, &n_bases, &base_items);
    const mp_obj_type_t *obj_base = &mp_type_object;
    const mp_obj_type_t **bases = m_new(const mp_obj_type_t *, n_bases ? n_bases : 1);
    if (n_bases == 0) {
        bases[0] = obj_base;
        n_bases = 1;
        bases_in = mp_obj_new_tuple(1, (mp_obj_t *)&obj_base);
    } else {
        for (size_t i = 0; i < n_bases; i++) {
            if (!is_type_obj(base_items[i])) {
                mp_raise_TypeError_type("bases must be types, not '%s'", base_items[i]);
            }
            bases[i] = MP_OBJ_TO_PTR(base_items[i]);
            if (!type_is_acceptable_base(bases[i])) {
                mp_raise_TypeError_varg("type '%q' is not an acceptable base type", bases[i]->name);
            }
            for (size_t j = 0; j < i; j++) {
                if (bases[j] == bases[i]) {
                    mp_raise_TypeError_varg("duplicate base class %q", bases[i]->name);
                }
            }
        }
    }
    // The builtin type giving the instance layout: all bases must agree.
    const mp_obj_type_t *native = NULL;
    for (size_t i = 0; i < n_bases; i++) {
        const mp_obj_type_t *nb = mp_obj_type_native_base(bases[i]);
        if (nb == NULL) {
            continue;
        }
        if (native == NULL || mp_obj_is_subclass_fast(nb, native)) {
            native = nb;
        } else if (!mp_obj_is_subclass_fast(native, nb)
                   && !(mp_obj_is_subclass_fast(native, &mp_type_BaseException)
                        && mp_obj_is_subclass_fast(nb, &mp_type_BaseException))) {
            // (All exceptions share one layout: KeyError and ValueError
            // may be combined.)
            mp_raise_TypeError("multiple bases have instance lay-out conflict");
        }
    }
    mp_obj_user_type_t *ut = m_new_obj(mp_obj_user_type_t);
    mp_obj_type_t *t = &ut->type;
    t->base.type = meta;
    t->flags = MP_TYPE_FLAG_USER | MP_TYPE_FLAG_BASETYPE;
    t->name = name;
    t->print = instance_print;
    t->make_new = instance_make_new;
    t->call = instance_call;
    t->unary_op = instance_unary_op;
    t->binary_op = instance_binary_op;
    t->attr = mp_obj_instance_attr;
    t->subscr = instance_subscr;
    t->getiter = instance_getiter;
    t->iternext = instance_iternext;
    t->buffer = instance_buffer;
    t->base_type = bases[0];
    t->bases = MP_OBJ_TO_PTR(bases_in);
    ut->native = native;
    ut->serial = next_type_serial++;
    if (native == NULL) {
        ut->layout = MP_INST_LAYOUT_PLAIN;
    } else if (mp_obj_is_subclass_fast(native, &mp_type_BaseException)) {
        ut->layout = MP_INST_LAYOUT_EXCEPTION;
    } else if (mp_obj_is_subclass_fast(native, &mp_type_type)) {
        ut->layout = MP_INST_LAYOUT_TYPE;
    } else {
        ut->layout = MP_INST_LAYOUT_NATIVE;
    }
    // The class dict: a fresh dict with the namespace's contents.
    mp_map_t *src = mp_obj_dict_get_map(dict_native);
    mp_obj_t d = mp_obj_new_dict(src->filled + 2);
    mp_map_t *map = mp_obj_dict_get_map(d);
    mp_map_update(map, src);
    t->locals_dict = MP_OBJ_TO_PTR(d);
    wrap_in_dict(map, MP_QSTR___new__, &mp_type_staticmethod);
    wrap_in_dict(map, MP_QSTR___init_subclass__, &mp_type_classmethod);
    wrap_in_dict(map, MP_QSTR___class_getitem__, &mp_type_classmethod);
    if (mp_map_lookup_qstr(map, MP_QSTR___eq__, MP_MAP_LOOKUP) != NULL
        && mp_map_lookup_qstr(map, MP_QSTR___hash__, MP_MAP_LOOKUP) == NULL) {
        mp_map_lookup_qstr(map, MP_QSTR___hash__, MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = mp_const_none;
    }
    mp_map_elem_t *qn = mp_map_lookup_qstr(map, MP_QSTR___qualname__, MP_MAP_LOOKUP);
    if (qn != NULL) {
        if (!mp_obj_is_str_cold(qn->value)) {
            mp_raise_TypeError_type("type __qualname__ must be a str, not %s", qn->value);
        }
        ut->qualname = mp_obj_str_get_qstr(qn->value);
        mp_map_lookup_qstr(map, MP_QSTR___qualname__, MP_MAP_LOOKUP_REMOVE_IF_FOUND);
    }
    if (mp_map_lookup_qstr(map, MP_QSTR___module__, MP_MAP_LOOKUP) == NULL) {
        mp_obj_dict_t *g = mp_globals_get();
        mp_map_elem_t *e = g != NULL ? mp_map_lookup_qstr(&g->map, MP_QSTR___name__, MP_MAP_LOOKUP) : NULL;
        if (e != NULL) {
            mp_map_lookup_qstr(map, MP_QSTR___module__, MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = e->value;
        }
    }
    mp_map_elem_t *doc = mp_map_lookup_qstr(map, MP_QSTR___doc__, MP_MAP_LOOKUP_ADD_IF_NOT_FOUND);
    if (doc->value == MP_OBJ_NULL) {
        doc->value = mp_const_none;
    }
    t->mro = MP_OBJ_TO_PTR(compute_mro(t, n_bases, bases));
    for (size_t i = 0; i < map->used; i++) {
        if (map->table[i].key != MP_OBJ_NULL && map->table[i].key != MP_OBJ_SENTINEL) {
            map->table[i].value = wrap_builtin_method(t, map->table[i].value);
        }
    }
    compute_flags(t);
    if (ut->layout == MP_INST_LAYOUT_PLAIN || ut->layout == MP_INST_LAYOUT_NATIVE) {
        ut->slots = compute_slots(t);
    }
    for (size_t i = 0; i < n_bases; i++) {
        if (mp_type_is_user(bases[i])) {
            add_subclass((mp_obj_type_t *)bases[i], t);
        }
    }
    mp_obj_t cls = MP_OBJ_FROM_PTR(t);
    // __set_name__ on the descriptors of the body.
    {
        size_t cur = 0;
        mp_map_elem_t *e;
        while ((e = mp_map_next(map, &cur)) != NULL) {
            mp_obj_t v = e->value;
            if (!mp_obj_is_obj(v)) {
                continue;
            }
            const mp_obj_type_t *vt = mp_obj_get_type(v);
            if (vt == &mp_type_property) {
                mp_obj_property_t *p = MP_OBJ_TO_PTR(v);
                if (p->name == 0 && mp_obj_is_str_cold(e->key)) {
                    p->name = mp_obj_str_get_qstr(e->key);
                }
            } else if (mp_type_is_user(vt)) {
                mp_obj_t m = mp_type_lookup_special(vt, MP_QSTR___set_name__);
                if (m != MP_OBJ_NULL) {
                    mp_obj_t a[2] = {cls, e->key};
                    call_special(m, v, 2, 0, a);
                }
            }
        }
    }
    // __init_subclass__ of the parent (object's accepts no keywords).
    {
        found_kind_t kind;
        mp_obj_t m = lookup_full(t, MP_QSTR___init_subclass__, t, &kind);
        size_t n_kw = kw != NULL ? kw->filled : 0;
        if (m != MP_OBJ_NULL && kind == FOUND_USER) {
            mp_obj_t dest[2] = {MP_OBJ_NULL, MP_OBJ_NULL};
            bind_class(m, t, dest);
            size_t n_pos = dest[1] != MP_OBJ_NULL;
            mp_obj_t *a = args_with_kw(n_pos, &dest[1], kw, &n_kw);
            mp_call_function_n_kw(dest[0], n_pos, n_kw, a);
        } else if (n_kw != 0) {
            mp_raise_TypeError_varg("%q.__init_subclass__() takes no keyword arguments", name);
        }
    }
    return cls;
}

// ---------------------------------------------------------------------------
// The type `type`

// The most derived metaclass of meta and the types of the bases.
static const mp_obj_type_t *calculate_meta(const mp_obj_type_t *meta, mp_obj_t bases) {
    size_t n;
    mp_obj_t *items;
    mp_obj_tuple_get(bases, &n, &items);
    for (size_t i = 0; i < n; i++) {
        const mp_obj_type_t *bt = mp_obj_get_type_cold(items[i]);
        if (mp_obj_is_subclass_fast(meta, bt)) {
            continue;
        }
        if (mp_obj_is_subclass_fast(bt, meta)) {
            meta = bt;
            continue;
        }
        mp_raise_TypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
    }
    return meta;
}

static mp_obj_t type_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    if (n_args == 1 && n_kw == 0) {
        return MP_OBJ_FROM_PTR(mp_obj_get_type_cold(args[0]));
    }
    if (n_args != 3) {
        mp_raise_TypeError("type() takes 1 or 3 arguments");
    }
    if (!mp_obj_is_str_cold(args[0])) {
        mp_raise_TypeError_type("type.__new__() argument 1 must be str, not %s", args[0]);
    }
    if (!mp_obj_is_type_cold(args[1], &mp_type_tuple)) {
        mp_raise_TypeError_type("type.__new__() argument 2 must be tuple, not %s", args[1]);
    }
    const mp_obj_type_t *meta = calculate_meta(type, args[1]);
    if (meta != type && mp_type_is_user(meta)) {
        return mp_call_function_n_kw(MP_OBJ_FROM_PTR(meta), n_args, n_kw, args);
    }
    mp_map_t kw;
    mp_map_init_fixed_table(&kw, n_kw, args + n_args);
    return mp_obj_new_type(meta, mp_obj_str_get_qstr(args[0]), args[1], args[2], n_kw ? &kw : NULL);
}

// type.__call__: calling a class makes an instance.
static mp_obj_t type_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    const mp_obj_type_t *self = MP_OBJ_TO_PTR(self_in);
    if (MP_UNLIKELY(self->make_new == NULL)) {
        mp_raise_TypeError_varg("cannot create '%q' instances", self->name);
    }
    return self->make_new(self, n_args, n_kw, args);
}

// list[int] and the like (PEP 585): enough of types.GenericAlias for
// annotations evaluated at run time: it prints, and calling it calls the
// origin class.
typedef struct _generic_alias_t {
    mp_obj_base_t base;
    mp_obj_t origin;
    mp_obj_t args;  // tuple
} generic_alias_t;

static void print_type_name(const mp_print_t *print, mp_obj_t o) {
    if (is_type_obj(o)) {
        const mp_obj_type_t *t = MP_OBJ_TO_PTR(o);
        qstr mod = mp_obj_type_module(t);
        if (mod != 0 && mod != MP_QSTR_builtins) {
            mp_printf(print, "%q.", mod);
        }
        mp_printf(print, "%q", mp_obj_type_qualname(t));
    } else if (o == mp_const_ellipsis) {
        mp_print_str(print, "...");
    } else {
        mp_obj_print_helper(print, o, PRINT_REPR);
    }
}

static void generic_alias_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    generic_alias_t *self = MP_OBJ_TO_PTR(self_in);
    print_type_name(print, self->origin);
    mp_print_str(print, "[");
    size_t n;
    mp_obj_t *items;
    mp_obj_tuple_get(self->args, &n, &items);
    for (size_t i = 0; i < n; i++) {
        if (i > 0) {
            mp_print_str(print, ", ");
        }
        print_type_name(print, items[i]);
    }
    mp_print_str(print, "]");
}

static mp_obj_t generic_alias_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    generic_alias_t *self = MP_OBJ_TO_PTR(self_in);
    return mp_call_function_n_kw(self->origin, n_args, n_kw, args);
}

static void generic_alias_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    generic_alias_t *self = MP_OBJ_TO_PTR(self_in);
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    if (attr == MP_QSTR___origin__) {
        dest[0] = self->origin;
    } else if (attr == MP_QSTR___args__) {
        dest[0] = self->args;
    } else {
        mp_load_method_maybe(self->origin, attr, dest);
    }
}

static bool unionable(mp_obj_t o);
static mp_obj_t union_new(mp_obj_t a, mp_obj_t b);

static mp_obj_t generic_alias_binary_op(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs) {
    if ((op == MP_BINARY_OP_OR || op == MP_BINARY_OP_REVERSE_OR) && unionable(rhs)) {
        return op == MP_BINARY_OP_OR ? union_new(lhs, rhs) : union_new(rhs, lhs);
    }
    if (op == MP_BINARY_OP_EQUAL && mp_obj_get_type_cold(rhs) == mp_obj_get_type_cold(lhs)) {
        generic_alias_t *a = MP_OBJ_TO_PTR(lhs), *b = MP_OBJ_TO_PTR(rhs);
        return mp_obj_new_bool(a->origin == b->origin && mp_obj_equal(a->args, b->args));
    }
    return MP_OBJ_NULL;
}

static mp_obj_t generic_alias_unary_op(mp_unary_op_t op, mp_obj_t self_in) {
    if (op == MP_UNARY_OP_HASH) {
        generic_alias_t *self = MP_OBJ_TO_PTR(self_in);
        return MP_OBJ_NEW_SMALL_INT((mp_obj_hash(self->origin) ^ mp_obj_hash(self->args)) & MP_SMALL_INT_MAX);
    }
    return MP_OBJ_NULL;
}

static const mp_obj_type_t mp_type_generic_alias = {
    {&mp_type_type},
    .name = MP_QSTR_GenericAlias,
    .print = generic_alias_print,
    .call = generic_alias_call,
    .attr = generic_alias_attr,
    .binary_op = generic_alias_binary_op,
    .unary_op = generic_alias_unary_op,
};

static mp_obj_t generic_alias_new(mp_obj_t origin, mp_obj_t index) {
    generic_alias_t *g = m_new_obj(generic_alias_t);
    g->base.type = &mp_type_generic_alias;
    g->origin = origin;
    g->args = mp_obj_is_type_cold(index, &mp_type_tuple) ? index : mp_obj_new_tuple(1, &index);
    return MP_OBJ_FROM_PTR(g);
}

// C[x]: __class_getitem__, or the class itself for builtins (list[int]
// in annotations).
static mp_obj_t type_subscr(mp_obj_t self_in, mp_obj_t index, mp_obj_t value) {
    if (value != MP_OBJ_SENTINEL) {
        return MP_OBJ_NULL;
    }
    mp_obj_type_t *self = MP_OBJ_TO_PTR(self_in);
    mp_obj_t m = mp_type_lookup(self, MP_QSTR___class_getitem__);
    if (m != MP_OBJ_NULL) {
        mp_obj_t dest[2] = {MP_OBJ_NULL, MP_OBJ_NULL};
        bind_class(m, self, dest);
        if (dest[1] != MP_OBJ_NULL) {
            return mp_call_function_2(dest[0], dest[1], index);
        }
        return mp_call_function_1(dest[0], index);
    }
    if (!mp_type_is_user(self)) {
        return generic_alias_new(self_in, index);
    }
    mp_raise_TypeError_varg("type '%q' is not subscriptable", self->name);
}

// X | Y of classes (PEP 604): a union usable with isinstance/issubclass.
typedef struct _union_t {
    mp_obj_base_t base;
    mp_obj_t args;  // tuple of classes (None is stored as NoneType)
} union_t;

static const mp_obj_type_t mp_type_union;

static bool unionable(mp_obj_t o) {
    return o == mp_const_none || is_type_obj(o) || mp_obj_is_type_cold(o, &mp_type_union) || mp_obj_is_type_cold(o, &mp_type_generic_alias);
}

static void union_add(mp_obj_t list, mp_obj_t o) {
    if (mp_obj_is_type_cold(o, &mp_type_union)) {
        size_t n;
        mp_obj_t *items;
        mp_obj_tuple_get(((union_t *)MP_OBJ_TO_PTR(o))->args, &n, &items);
        for (size_t i = 0; i < n; i++) {
            union_add(list, items[i]);
        }
        return;
    }
    if (o == mp_const_none) {
        o = MP_OBJ_FROM_PTR(&mp_type_NoneType);
    }
    size_t n;
    mp_obj_t *items;
    mp_obj_list_get(list, &n, &items);
    for (size_t i = 0; i < n; i++) {
        if (items[i] == o) {
            return;
        }
    }
    mp_obj_list_append(list, o);
}

static mp_obj_t union_new(mp_obj_t a, mp_obj_t b) {
    mp_obj_t list = mp_obj_new_list(0, NULL);
    union_add(list, a);
    union_add(list, b);
    size_t n;
    mp_obj_t *items;
    mp_obj_list_get(list, &n, &items);
    if (n == 1) {
        return items[0];
    }
    union_t *u = m_new_obj(union_t);
    u->base.type = &mp_type_union;
    u->args = mp_obj_new_tuple(n, items);
    return MP_OBJ_FROM_PTR(u);
}

mp_obj_t mp_obj_union_args(mp_obj_t o) {
    if (!mp_obj_is_type(o, &mp_type_union)) {
        return MP_OBJ_NULL;
    }
    return ((union_t *)MP_OBJ_TO_PTR(o))->args;
}

static void union_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    union_t *self = MP_OBJ_TO_PTR(self_in);
    size_t n;
    mp_obj_t *items;
    mp_obj_tuple_get(self->args, &n, &items);
    for (size_t i = 0; i < n; i++) {
        if (i > 0) {
            mp_print_str(print, " | ");
        }
        if (items[i] == MP_OBJ_FROM_PTR(&mp_type_NoneType)) {
            mp_print_str(print, "None");
        } else {
            print_type_name(print, items[i]);
        }
    }
}

static mp_obj_t union_binary_op(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs) {
    if ((op == MP_BINARY_OP_OR || op == MP_BINARY_OP_REVERSE_OR) && unionable(rhs)) {
        return op == MP_BINARY_OP_OR ? union_new(lhs, rhs) : union_new(rhs, lhs);
    }
    if (op == MP_BINARY_OP_EQUAL && mp_obj_is_type_cold(rhs, &mp_type_union)) {
        // Same members, any order.
        size_t n1, n2;
        mp_obj_t *a, *b;
        mp_obj_tuple_get(((union_t *)MP_OBJ_TO_PTR(lhs))->args, &n1, &a);
        mp_obj_tuple_get(((union_t *)MP_OBJ_TO_PTR(rhs))->args, &n2, &b);
        if (n1 != n2) {
            return mp_const_false;
        }
        for (size_t i = 0; i < n1; i++) {
            bool found = false;
            for (size_t j = 0; j < n2; j++) {
                found |= a[i] == b[j];
            }
            if (!found) {
                return mp_const_false;
            }
        }
        return mp_const_true;
    }
    return MP_OBJ_NULL;
}

static void union_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] == MP_OBJ_NULL && attr == MP_QSTR___args__) {
        dest[0] = ((union_t *)MP_OBJ_TO_PTR(self_in))->args;
    }
}

static const mp_obj_type_t mp_type_union = {
    {&mp_type_type},
    .name = MP_QSTR_UnionType,
    .print = union_print,
    .binary_op = union_binary_op,
    .attr = union_attr,
};

static mp_obj_t type_binary_op(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs) {
    if (op == MP_BINARY_OP_EQUAL) {
        return mp_obj_new_bool(lhs == rhs);
    }
    if (op == MP_BINARY_OP_NOT_EQUAL) {
        return mp_obj_new_bool(lhs != rhs);
    }
    if ((op == MP_BINARY_OP_OR || op == MP_BINARY_OP_REVERSE_OR) && unionable(rhs)) {
        return op == MP_BINARY_OP_OR ? union_new(lhs, rhs) : union_new(rhs, lhs);
    }
    return MP_OBJ_NULL;
}

static mp_obj_t type_unary_op(mp_unary_op_t op, mp_obj_t self) {
    if (op == MP_UNARY_OP_HASH) {
        return default_hash(self);
    }
    if (op == MP_UNARY_OP_BOOL) {
        return mp_const_true;
    }
    return MP_OBJ_NULL;
}

static const mp_obj_type_t *get_type_arg(mp_obj_t o, const char *meth) {
    if (!is_type_obj(o)) {
        mp_raise_TypeError_varg("descriptor '%s' for 'type' objects doesn't apply to a '%s' object", meth, mp_obj_get_type_str(o));
    }
    return MP_OBJ_TO_PTR(o);
}

static mp_obj_t type_mro_meth(mp_obj_t self) {
    get_type_arg(self, "mro");
    mp_obj_t t = type_mro_tuple(MP_OBJ_TO_PTR(self));
    size_t n;
    mp_obj_t *items;
    mp_obj_tuple_get(t, &n, &items);
    return mp_obj_new_list(n, items);
}
static MP_DEFINE_NAMED_FUN(type_mro_obj, MP_QSTR_mro, 1, 1, MP_FUN_KIND_1, _1, type_mro_meth);

static mp_obj_t type_subclasses(mp_obj_t self_in) {
    const mp_obj_type_t *self = get_type_arg(self_in, "__subclasses__");
    if (!mp_type_is_user(self) || utype(self)->subclasses == NULL) {
        return mp_obj_new_list(0, NULL);
    }
    mp_subclass_list_t *l = utype(self)->subclasses;
    // Allocate first: a collection may free listed classes, so the live
    // ones are picked only once nothing allocates until they are held.
    mp_obj_t list = mp_obj_new_list(l->len, NULL);
    mp_obj_list_t *lo = MP_OBJ_TO_PTR(list);
    size_t n = subclasses_prune(l);
    for (size_t i = 0; i < n; i++) {
        lo->items[i] = MP_OBJ_FROM_PTR(l->e[i].t);
    }
    lo->len = n;
    return list;
}
static MP_DEFINE_NAMED_FUN(type_subclasses_obj, MP_QSTR___subclasses__, 1, 1, MP_FUN_KIND_1, _1, type_subclasses);

static mp_obj_t type_call_meth(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    size_t n_kw;
    mp_obj_t *a = args_with_kw(n_args - 1, args + 1, kw, &n_kw);
    if (!is_type_obj(args[0])) {
        mp_raise_TypeError("descriptor '__call__' requires a 'type' object");
    }
    return type_call(args[0], n_args - 1, n_kw, a);
}
static MP_DEFINE_NAMED_FUN(type_call_meth_obj, MP_QSTR___call__, 1, MP_FUN_ARGS_MAX, MP_FUN_KIND_KW, kw, type_call_meth);

// type.__new__(mcs, name, bases, ns, **kw)
static mp_obj_t type_new_meth(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    if (!is_type_obj(args[0]) || !mp_obj_is_subclass_fast(MP_OBJ_TO_PTR(args[0]), &mp_type_type)) {
        mp_raise_TypeError("type.__new__(X): X is not a subtype of type");
    }
    const mp_obj_type_t *mcs = MP_OBJ_TO_PTR(args[0]);
    if (n_args == 2 && (kw == NULL || kw->filled == 0)) {
        return MP_OBJ_FROM_PTR(mp_obj_get_type_cold(args[1]));
    }
    if (n_args != 4) {
        mp_raise_TypeError("type.__new__() takes exactly 3 arguments");
    }
    if (!mp_obj_is_str_cold(args[1])) {
        mp_raise_TypeError_type("type.__new__() argument 1 must be str, not %s", args[1]);
    }
    return mp_obj_new_type(mcs, mp_obj_str_get_qstr(args[1]), args[2], args[3], kw);
}
static MP_DEFINE_NAMED_FUN(type_new_meth_fun_obj, MP_QSTR___new__, 1, MP_FUN_ARGS_MAX, MP_FUN_KIND_KW, kw, type_new_meth);
static const mp_obj_static_class_method_t type_new_meth_obj = {{&mp_type_staticmethod}, MP_ROM_PTR(&type_new_meth_fun_obj)};

static mp_obj_t type_init_meth(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    return mp_const_none;
}
static MP_DEFINE_NAMED_FUN(type_init_meth_obj, MP_QSTR___init__, 1, MP_FUN_ARGS_MAX, MP_FUN_KIND_KW, kw, type_init_meth);

// type.__prepare__(name, bases, **kw) -> {}
static mp_obj_t type_prepare(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    return mp_obj_new_dict(0);
}
static MP_DEFINE_NAMED_FUN(type_prepare_fun_obj, MP_QSTR___prepare__, 0, MP_FUN_ARGS_MAX, MP_FUN_KIND_KW, kw, type_prepare);
static const mp_obj_static_class_method_t type_prepare_obj = {{&mp_type_classmethod}, MP_ROM_PTR(&type_prepare_fun_obj)};

static mp_obj_t type_instancecheck(mp_obj_t self, mp_obj_t obj) {
    get_type_arg(self, "__instancecheck__");
    return mp_obj_new_bool(mp_obj_is_instance_of(obj, MP_OBJ_TO_PTR(self)));
}
static MP_DEFINE_NAMED_FUN(type_instancecheck_obj, MP_QSTR___instancecheck__, 2, 2, MP_FUN_KIND_2, _2, type_instancecheck);

static mp_obj_t type_subclasscheck(mp_obj_t self, mp_obj_t sub) {
    get_type_arg(self, "__subclasscheck__");
    if (!is_type_obj(sub)) {
        mp_raise_TypeError("issubclass() arg 1 must be a class");
    }
    return mp_obj_new_bool(mp_obj_is_subclass_fast(MP_OBJ_TO_PTR(sub), MP_OBJ_TO_PTR(self)));
}
static MP_DEFINE_NAMED_FUN(type_subclasscheck_obj, MP_QSTR___subclasscheck__, 2, 2, MP_FUN_KIND_2, _2, type_subclasscheck);

static const mp_rom_map_elem_t type_locals_table[] = {
    {MP_ROM_QSTR(MP_QSTR_mro), MP_ROM_PTR(&type_mro_obj)},
    {MP_ROM_QSTR(MP_QSTR___subclasses__), MP_ROM_PTR(&type_subclasses_obj)},
    {MP_ROM_QSTR(MP_QSTR___call__), MP_ROM_PTR(&type_call_meth_obj)},
    {MP_ROM_QSTR(MP_QSTR___new__), MP_ROM_PTR(&type_new_meth_obj)},
    {MP_ROM_QSTR(MP_QSTR___init__), MP_ROM_PTR(&type_init_meth_obj)},
    {MP_ROM_QSTR(MP_QSTR___prepare__), MP_ROM_PTR(&type_prepare_obj)},
    {MP_ROM_QSTR(MP_QSTR___instancecheck__), MP_ROM_PTR(&type_instancecheck_obj)},
    {MP_ROM_QSTR(MP_QSTR___subclasscheck__), MP_ROM_PTR(&type_subclasscheck_obj)},
};
static MP_DEFINE_CONST_DICT(type_locals_dict, type_locals_table);

const mp_obj_type_t mp_type_type = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_BASETYPE,
    .name = MP_QSTR_type,
    .print = type_print,
    .make_new = type_make_new,
    .call = type_call,
    .unary_op = type_unary_op,
    .binary_op = type_binary_op,
    .attr = mp_obj_type_attr,
    .subscr = type_subscr,
    .locals_dict = (mp_obj_dict_t *)&type_locals_dict,
    .base_type = &mp_type_object,
};

// ---------------------------------------------------------------------------
// staticmethod and classmethod

static mp_obj_t static_class_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_arg_check_num(n_args, n_kw, 1, 1, false);
    mp_obj_static_class_method_t *o = m_new_obj(mp_obj_static_class_method_t);
    o->base.type = type;
    o->fun = args[0];
    return MP_OBJ_FROM_PTR(o);
}

static void static_class_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    mp_obj_static_class_method_t *self = MP_OBJ_TO_PTR(self_in);
    mp_printf(print, "<%q(", self->base.type->name);
    mp_obj_print_helper(print, self->fun, PRINT_REPR);
    mp_print_str(print, ")>");
}

// staticmethod objects are callable (3.10+).
static mp_obj_t staticmethod_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_obj_static_class_method_t *self = MP_OBJ_TO_PTR(self_in);
    return mp_call_function_n_kw(self->fun, n_args, n_kw, args);
}

static void static_class_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    mp_obj_static_class_method_t *self = MP_OBJ_TO_PTR(self_in);
    if (attr == MP_QSTR___func__ || attr == MP_QSTR___wrapped__) {
        dest[0] = self->fun;
    } else if (attr == MP_QSTR___name__ || attr == MP_QSTR___doc__ || attr == MP_QSTR___qualname__) {
        dest[0] = mp_load_attr(self->fun, attr);
    } else if (attr == MP_QSTR___isabstractmethod__) {
        dest[0] = mp_const_false;
    }
}

// __get__(obj, type): what binding does, for explicit use.
static mp_obj_t static_class_get(size_t n_args, const mp_obj_t *args) {
    mp_obj_t o = mp_obj_get_native(args[0], NULL);
    if (!mp_obj_is_type_cold(o, &mp_type_staticmethod) && !mp_obj_is_type_cold(o, &mp_type_classmethod)) {
        mp_raise_TypeError_type("descriptor '__get__' doesn't apply to a '%s' object", o);
    }
    mp_obj_static_class_method_t *self = MP_OBJ_TO_PTR(o);
    if (self->base.type == &mp_type_staticmethod) {
        return self->fun;
    }
    mp_obj_t owner = n_args > 2 && args[2] != mp_const_none ? args[2] : MP_OBJ_FROM_PTR(mp_obj_get_type_cold(args[1]));
    return mp_obj_new_bound_meth(self->fun, owner);
}
static MP_DEFINE_NAMED_FUN(static_class_get_obj, MP_QSTR___get__, 2, 3, MP_FUN_KIND_VAR, var, static_class_get);

static const mp_rom_map_elem_t static_class_locals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___get__), MP_ROM_PTR(&static_class_get_obj)},
};
static MP_DEFINE_CONST_DICT(static_class_locals_dict, static_class_locals_table);

const mp_obj_type_t mp_type_staticmethod = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_BASETYPE | MP_TYPE_FLAG_EQ_IS_IDENTITY,
    .name = MP_QSTR_staticmethod,
    .print = static_class_print,
    .make_new = static_class_make_new,
    .call = staticmethod_call,
    .attr = static_class_attr,
    .locals_dict = (mp_obj_dict_t *)&static_class_locals_dict,
};

const mp_obj_type_t mp_type_classmethod = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_BASETYPE | MP_TYPE_FLAG_EQ_IS_IDENTITY,
    .name = MP_QSTR_classmethod,
    .print = static_class_print,
    .make_new = static_class_make_new,
    .attr = static_class_attr,
    .locals_dict = (mp_obj_dict_t *)&static_class_locals_dict,
};

// ---------------------------------------------------------------------------
// super

static mp_obj_t super_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    if (n_kw != 0) {
        mp_raise_TypeError("super() takes no keyword arguments");
    }
    if (n_args == 0) {
        mp_raise_msg(&mp_type_RuntimeError, "super(): no arguments");
    }
    if (n_args > 2) {
        mp_raise_TypeError("super() takes at most 2 arguments");
    }
    if (!is_type_obj(args[0])) {
        mp_raise_TypeError_type("super() argument 1 must be a type, not %s", args[0]);
    }
    mp_obj_super_t *o = m_new_obj(mp_obj_super_t);
    o->base.type = &mp_type_super;
    o->type = MP_OBJ_TO_PTR(args[0]);
    if (n_args == 1) {
        o->obj = MP_OBJ_NULL;
        o->obj_type = NULL;
        return MP_OBJ_FROM_PTR(o);
    }
    o->obj = args[1];
    if (is_type_obj(args[1]) && mp_obj_is_subclass_fast(MP_OBJ_TO_PTR(args[1]), o->type)) {
        o->obj_type = MP_OBJ_TO_PTR(args[1]);
    } else if (mp_obj_is_instance_of(args[1], o->type)) {
        o->obj_type = mp_obj_get_type(args[1]);
    } else {
        mp_raise_TypeError("super(type, obj): obj must be an instance or subtype of type");
    }
    return MP_OBJ_FROM_PTR(o);
}

static void super_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    mp_obj_super_t *self = MP_OBJ_TO_PTR(self_in);
    mp_printf(print, "<super: <class '%q'>", self->type->name);
    if (self->obj == MP_OBJ_NULL) {
        mp_print_str(print, ", NULL>");
        return;
    }
    mp_printf(print, ", <%s object>>", mp_obj_get_type_str(self->obj));
}

static void super_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    mp_obj_super_t *self = MP_OBJ_TO_PTR(self_in);
    if (dest[0] != MP_OBJ_NULL) {
        // super().x = v is not supported by CPython either.
        return;
    }
    if (self->obj == MP_OBJ_NULL) {
        if (attr == MP_QSTR___thisclass__) {
            dest[0] = MP_OBJ_FROM_PTR(self->type);
        }
        return;
    }
    if (attr == MP_QSTR___thisclass__) {
        dest[0] = MP_OBJ_FROM_PTR(self->type);
        return;
    }
    if (attr == MP_QSTR___self__) {
        dest[0] = self->obj;
        return;
    }
    if (attr == MP_QSTR___self_class__) {
        dest[0] = MP_OBJ_FROM_PTR(self->obj_type);
        return;
    }
    found_kind_t kind;
    mp_obj_t v = lookup_full(self->obj_type, attr, self->type, &kind);
    if (v == MP_OBJ_NULL) {
        if (attr == MP_QSTR___class__) {
            dest[0] = MP_OBJ_FROM_PTR(&mp_type_super);
        }
        return;
    }
    bool obj_is_class = self->obj_type == MP_OBJ_TO_PTR(self->obj) && is_type_obj(self->obj);
    if (obj_is_class) {
        // super(C, cls).x: class access, classmethods bind to cls.
        bind_class(v, self->obj_type, dest);
        return;
    }
    bind_kind(v, self->obj, self->obj_type, kind, dest);
}

const mp_obj_type_t mp_type_super = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_EQ_IS_IDENTITY,
    .name = MP_QSTR_super,
    .print = super_print,
    .make_new = super_make_new,
    .attr = super_attr,
};

// ---------------------------------------------------------------------------
// __build_class__(func, name, *bases, metaclass=None, **kwds)

mp_obj_t mp_builtin___build_class__(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    if (n_args < 2) {
        mp_raise_TypeError("__build_class__: not enough arguments");
    }
    mp_obj_t func = args[0];
    mp_obj_t name = args[1];
    if (!mp_obj_is_type_cold(func, &mp_type_function) && !mp_obj_is_type_cold(func, &mp_type_closure)) {
        mp_raise_TypeError("__build_class__: func must be a function");
    }
    if (!mp_obj_is_str_cold(name)) {
        mp_raise_TypeError("__build_class__: name is not a string");
    }
    mp_obj_t bases = mp_obj_new_tuple(n_args - 2, args + 2);
    // Class keywords: metaclass= and the rest for __init_subclass__.
    mp_obj_t meta = MP_OBJ_NULL;
    size_t n_kw = 0;
    mp_obj_t *kw_pairs = NULL;
    if (kw != NULL && kw->filled > 0) {
        kw_pairs = m_new(mp_obj_t, 2 * kw->filled);
        size_t cur = 0;
        mp_map_elem_t *e;
        while ((e = mp_map_next(kw, &cur)) != NULL) {
            if (mp_obj_is_qstr(e->key) && mp_obj_qstr_value(e->key) == MP_QSTR_metaclass) {
                meta = e->value;
            } else {
                kw_pairs[2 * n_kw] = e->key;
                kw_pairs[2 * n_kw + 1] = e->value;
                n_kw++;
            }
        }
    }
    bool meta_is_type = false;
    if (meta == MP_OBJ_NULL) {
        meta = MP_OBJ_FROM_PTR(calculate_meta(&mp_type_type, bases));
        meta_is_type = true;
    } else if (is_type_obj(meta)) {
        meta = MP_OBJ_FROM_PTR(calculate_meta(MP_OBJ_TO_PTR(meta), bases));
        meta_is_type = true;
    }
    // The namespace: __prepare__ of a metaclass, else a new dict.
    mp_obj_t ns;
    if (meta == MP_OBJ_FROM_PTR(&mp_type_type) || !meta_is_type) {
        ns = mp_obj_new_dict(0);
    } else {
        mp_obj_t dest[2];
        mp_load_method_maybe(meta, MP_QSTR___prepare__, dest);
        if (dest[0] == MP_OBJ_NULL) {
            ns = mp_obj_new_dict(0);
        } else {
            mp_obj_t *a = m_new(mp_obj_t, 4 + 2 * n_kw);
            size_t j = 0;
            a[j++] = dest[0];
            a[j++] = dest[1];
            a[j++] = name;
            a[j++] = bases;
            if (n_kw) {
                memcpy(a + j, kw_pairs, 2 * n_kw * sizeof(mp_obj_t));
            }
            ns = mp_call_method_n_kw(2, n_kw, a);
        }
    }
    mp_obj_t ns_native = mp_obj_get_native(ns, &mp_type_dict);
    if (!mp_obj_is_obj(ns_native) || !mp_obj_is_subclass_fast(mp_obj_get_type(ns_native), &mp_type_dict)) {
        mp_raise_TypeError_varg("%q.__prepare__() must return a mapping, not %s",
            mp_obj_is_obj(meta) && is_type_obj(meta) ? ((mp_obj_type_t *)MP_OBJ_TO_PTR(meta))->name : MP_QSTR_metaclass,
            mp_obj_get_type_str(ns));
    }
    mp_obj_dict_t *ns_dict = MP_OBJ_TO_PTR(ns_native);
    // __module__ first, so that the body may override it.
    mp_obj_dict_t *g = mp_globals_get();
    if (g != NULL) {
        mp_map_elem_t *e = mp_map_lookup_qstr(&g->map, MP_QSTR___name__, MP_MAP_LOOKUP);
        if (e != NULL && mp_map_lookup_qstr(&ns_dict->map, MP_QSTR___module__, MP_MAP_LOOKUP) == NULL) {
            mp_map_lookup_qstr(&ns_dict->map, MP_QSTR___module__, MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = e->value;
        }
    }
    mp_obj_t cell = mp_obj_fun_call_class_body(func, ns_dict);
    mp_obj_t cls;
    if (meta == MP_OBJ_FROM_PTR(&mp_type_type)) {
        mp_map_t kwm;
        mp_map_init_fixed_table(&kwm, n_kw, kw_pairs);
        cls = mp_obj_new_type(&mp_type_type, mp_obj_str_get_qstr(name), bases, ns, n_kw ? &kwm : NULL);
    } else {
        mp_obj_t *a = m_new(mp_obj_t, 3 + 2 * n_kw);
        a[0] = name;
        a[1] = bases;
        a[2] = ns;
        if (n_kw) {
            memcpy(a + 3, kw_pairs, 2 * n_kw * sizeof(mp_obj_t));
        }
        cls = mp_call_function_n_kw(meta, 3, n_kw, a);
    }
    if (cell != MP_OBJ_NULL && mp_obj_is_type_cold(cell, &mp_type_cell)) {
        mp_obj_cell_set(cell, cls);
    }
    return cls;
}
MP_DEFINE_NAMED_FUN(mp_builtin___build_class___obj, MP_QSTR___build_class__, 2, MP_FUN_ARGS_MAX, MP_FUN_KIND_KW, kw, mp_builtin___build_class__);

// The generic lookup of attributes of builtin objects: their type's table
// (and its bases'), with slot wrappers for dunder names.
// function.__get__(obj, type=None): functions are descriptors (manual
// binding, as in f.__get__(obj)).
static mp_obj_t function_get(size_t n_args, const mp_obj_t *args) {
    if (args[1] == mp_const_none) {
        return args[0];
    }
    return mp_obj_new_bound_meth(args[0], args[1]);
}
static MP_DEFINE_NAMED_FUN(function_get_obj, MP_QSTR___get__, 2, 3, MP_FUN_KIND_VAR, var, function_get);

void mp_obj_builtin_getattr(mp_obj_t base, const mp_obj_type_t *type, qstr attr, mp_obj_t *dest) {
    if (attr == MP_QSTR___class__) {
        dest[0] = MP_OBJ_FROM_PTR(type);
        return;
    }
    if (attr == MP_QSTR___get__ && (type == &mp_type_function || type == &mp_type_closure || type == &mp_type_gen_wrap)) {
        dest[0] = MP_OBJ_FROM_PTR(&function_get_obj);
        dest[1] = base;
        return;
    }
    found_kind_t kind;
    mp_obj_t v = lookup_full(type, attr, NULL, &kind);
    if (v != MP_OBJ_NULL) {
        bind_kind(v, base, type, kind, dest);
    } else if (attr == MP_QSTR___doc__) {
        // Builtin objects have a (here empty) docstring through their type.
        dest[0] = mp_const_none;
    }
}
