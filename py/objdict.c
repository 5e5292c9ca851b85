// objdict.c: the insertion-ordered dict (a thin layer over mp_map_t), its
// iterators and its keys()/values()/items() views.
#include "runtime.h"
#include "objexcept.h"
#include "objtype.h"
#include "objdict.h"
#include "objlist.h"
#include "objset.h"
#include "objtuple.h"

// The nlr handlers below only read locals that are not modified after
// nlr_push, which C guarantees; GCC's -Wclobbered cannot see that.
#pragma GCC diagnostic ignored "-Wclobbered"

// ---------------------------------------------------------------------------
// Basics

mp_obj_dict_t *mp_obj_dict_native_maybe(mp_obj_t o) {
    return mp_obj_native_ptr(o, &mp_type_dict);
}

// The slow path of get_dict, apart so that the fast one needs no stack
// frame.
static MP_NOINLINE mp_obj_dict_t *get_dict_slow(mp_obj_t o) {
    mp_obj_dict_t *d = mp_obj_dict_native_maybe(o);
    if (d == NULL) {
        mp_raise_descriptor_error("dict", o);
    }
    return d;
}

static inline mp_obj_dict_t *get_dict(mp_obj_t o) {
    if (MP_LIKELY(mp_obj_is_obj(o) && ((mp_obj_base_t *)MP_OBJ_TO_PTR(o))->type == &mp_type_dict)) {
        return MP_OBJ_TO_PTR(o);
    }
    return get_dict_slow(o);
}

static mp_obj_dict_t *dict_new(size_t n) {
    mp_obj_dict_t *d = m_new_obj(mp_obj_dict_t);
    d->base.type = &mp_type_dict;
    mp_map_init(&d->map, n);
    return d;
}

mp_obj_t mp_obj_new_dict(size_t n_hint) {
    return MP_OBJ_FROM_PTR(dict_new(n_hint));
}

mp_obj_t mp_obj_dict_store(mp_obj_t dict, mp_obj_t key, mp_obj_t value) {
    mp_obj_dict_t *d = get_dict(dict);
    mp_map_lookup(&d->map, key, MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = value;
    return dict;
}

static MP_NORETURN void raise_key_error(mp_obj_t key) {
    mp_raise(mp_obj_new_exception_arg1(&mp_type_KeyError, key));
}

mp_obj_t mp_obj_dict_get(mp_obj_t dict, mp_obj_t key) {
    mp_obj_dict_t *d = get_dict(dict);
    mp_map_elem_t *e = mp_map_lookup(&d->map, key, MP_MAP_LOOKUP);
    if (e == NULL) {
        raise_key_error(key);
    }
    return e->value;
}

mp_obj_t mp_obj_dict_get_maybe(mp_obj_t dict, mp_obj_t key) {
    mp_obj_dict_t *d = get_dict(dict);
    mp_map_elem_t *e = mp_map_lookup(&d->map, key, MP_MAP_LOOKUP);
    return e == NULL ? MP_OBJ_NULL : e->value;
}

mp_obj_t mp_obj_dict_delete(mp_obj_t dict, mp_obj_t key) {
    mp_obj_dict_t *d = get_dict(dict);
    if (mp_map_lookup(&d->map, key, MP_MAP_LOOKUP_REMOVE_IF_FOUND) == NULL) {
        raise_key_error(key);
    }
    return dict;
}

size_t mp_obj_dict_len(mp_obj_t dict) {
    return get_dict(dict)->map.filled;
}

mp_map_t *mp_obj_dict_get_map(mp_obj_t dict) {
    return &get_dict(dict)->map;
}

mp_obj_t mp_obj_dict_copy(mp_obj_t dict) {
    mp_obj_dict_t *d = get_dict(dict);
    mp_obj_dict_t *r = dict_new(0);
    mp_map_update(&r->map, &d->map);
    return MP_OBJ_FROM_PTR(r);
}

mp_obj_t mp_obj_dict_missing(mp_obj_t self, mp_obj_t key) {
    if (mp_obj_is_obj(self) && (mp_obj_get_type(self)->flags & MP_TYPE_FLAG_USER)) {
        mp_obj_t dest[3];
        mp_load_method_maybe(self, MP_QSTR___missing__, dest);
        if (dest[0] != MP_OBJ_NULL) {
            dest[2] = key;
            return mp_call_method_n_kw(1, 0, dest);
        }
    }
    raise_key_error(key);
}

// ---------------------------------------------------------------------------
// Update from mappings and pairs

// Add the items of a mapping with keys() (not a dict).
static void update_from_keys(mp_obj_dict_t *d, mp_obj_t other) {
    mp_obj_t keys = mp_call_function_0(mp_load_attr(other, MP_QSTR_keys));
    mp_obj_t it = mp_getiter(keys, NULL);
    mp_obj_t k;
    while ((k = mp_iternext(it)) != MP_OBJ_STOP_ITERATION) {
        mp_obj_t v = mp_obj_subscr(other, k, MP_OBJ_SENTINEL);
        mp_map_lookup(&d->map, k, MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = v;
    }
}

static bool has_keys_method(mp_obj_t o) {
    mp_obj_t dest[2];
    mp_load_method_maybe(o, MP_QSTR_keys, dest);
    return dest[0] != MP_OBJ_NULL;
}

// Add the key/value pairs of an iterable.
static void update_from_pairs(mp_obj_dict_t *d, mp_obj_t iterable) {
    mp_obj_t it = mp_getiter(iterable, NULL);
    mp_obj_t item;
    size_t n = 0;
    while ((item = mp_iternext(it)) != MP_OBJ_STOP_ITERATION) {
        // The element's items: read directly from a tuple or list, else
        // collected (up to 3, enough to tell a wrong length) from its
        // iterator.
        size_t len;
        mp_obj_t *items;
        mp_obj_t vals[3];
        const mp_obj_type_t *t = mp_obj_get_type(item);
        if (t == &mp_type_tuple || t == &mp_type_list) {
            mp_obj_get_array(item, &len, &items);
        } else {
            mp_obj_t sub;
            nlr_buf_t nlr;
            if (nlr_push(&nlr) == 0) {
                sub = mp_getiter(item, NULL);
                nlr_pop();
            } else {
                if (mp_obj_is_instance_of(MP_OBJ_FROM_PTR(nlr.ret_val), &mp_type_TypeError)) {
                    mp_raise_TypeError_varg("cannot convert dictionary update sequence element #%d to a sequence", (int)n);
                }
                nlr_jump(nlr.ret_val);
            }
            len = 0;
            mp_obj_t x;
            while ((x = mp_iternext(sub)) != MP_OBJ_STOP_ITERATION) {
                if (len < 3) {
                    vals[len] = x;
                }
                len++;
            }
            items = vals;
        }
        if (len != 2) {
            mp_raise_msg_varg(&mp_type_ValueError, "dictionary update sequence element #%d has length %d; 2 is required", (int)n, (int)len);
        }
        mp_obj_t k = items[0], v = items[1];
        mp_map_lookup(&d->map, k, MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = v;
        n++;
    }
}

// The two updates: from a mapping, or (pairs_ok) from an iterable of pairs
// too. Like CPython's merge, a dict or dict subclass instance is read from
// its storage (an overridden keys() is not used).
static void dict_update(mp_obj_t dict, mp_obj_t other, bool pairs_ok) {
    mp_obj_dict_t *d = get_dict(dict);
    mp_obj_dict_t *o = mp_obj_dict_native_maybe(other);
    if (o != NULL) {
        mp_map_update(&d->map, &o->map);
    } else if (has_keys_method(other)) {
        update_from_keys(d, other);
    } else if (pairs_ok) {
        update_from_pairs(d, other);
    } else {
        mp_raise_TypeError_type("'%s' object is not a mapping", other);
    }
}

void mp_obj_dict_update(mp_obj_t dict, mp_obj_t other) {
    dict_update(dict, other, true);
}

void mp_obj_dict_update_mapping(mp_obj_t dict, mp_obj_t other) {
    dict_update(dict, other, false);
}

// Keyword pairs (key, value) as passed to make_new.
static void update_from_kw_pairs(mp_obj_dict_t *d, size_t n_kw, const mp_obj_t *kw) {
    for (size_t i = 0; i < n_kw; i++) {
        mp_map_lookup(&d->map, kw[2 * i], MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = kw[2 * i + 1];
    }
}

static mp_obj_t dict_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_arg_check_counts("dict", n_args, n_kw, true, 0, 1);
    mp_obj_dict_t *d;
    if (n_args == 1 && mp_obj_is_type(args[0], &mp_type_dict)) {
        d = MP_OBJ_TO_PTR(mp_obj_dict_copy(args[0]));
    } else {
        d = dict_new(n_kw);
        if (n_args == 1) {
            mp_obj_dict_update(MP_OBJ_FROM_PTR(d), args[0]);
        }
    }
    update_from_kw_pairs(d, n_kw, args + n_args);
    return MP_OBJ_FROM_PTR(d);
}

// ---------------------------------------------------------------------------
// Printing

// o is a native dict.
static void dict_print_items(const mp_print_t *print, mp_obj_t o) {
    mp_obj_dict_t *d = MP_OBJ_TO_PTR(o);
    mp_print_str(print, "{");
    size_t cur = 0;
    mp_map_elem_t *e;
    bool first = true;
    while ((e = mp_map_next(&d->map, &cur)) != NULL) {
        if (!first) {
            mp_print_str(print, ", ");
        }
        first = false;
        mp_obj_t v = e->value;
        mp_obj_print_helper(print, e->key, PRINT_REPR);
        mp_print_str(print, ": ");
        mp_obj_print_helper(print, v, PRINT_REPR);
    }
    mp_print_str(print, "}");
}

static void dict_print(const mp_print_t *print, mp_obj_t o, mp_print_kind_t kind) {
    mp_print_guarded(print, MP_OBJ_FROM_PTR(get_dict(o)), "{...}", dict_print_items);
}

// ---------------------------------------------------------------------------
// Operators

static bool dict_equal(mp_obj_dict_t *a, mp_obj_dict_t *b) {
    if (a == b) {
        return true;
    }
    if (a->map.filled != b->map.filled) {
        return false;
    }
    mp_stack_check();
    size_t cur = 0;
    mp_map_elem_t *e;
    while ((e = mp_map_next(&a->map, &cur)) != NULL) {
        mp_obj_t k = e->key, v = e->value;
        mp_map_elem_t *o = mp_map_lookup(&b->map, k, MP_MAP_LOOKUP);
        if (o == NULL) {
            return false;
        }
        if (o->value != v && !mp_obj_equal(v, o->value)) {
            return false;
        }
    }
    return true;
}

static mp_obj_t dict_unary_op(mp_unary_op_t op, mp_obj_t o) {
    mp_obj_dict_t *d = mp_obj_dict_native_maybe(o);
    if (d == NULL) {
        return MP_OBJ_NULL;
    }
    switch (op) {
        case MP_UNARY_OP_BOOL:
            return mp_obj_new_bool(d->map.filled != 0);
        case MP_UNARY_OP_LEN:
            return MP_OBJ_NEW_SMALL_INT(d->map.filled);
        case MP_UNARY_OP_SIZEOF:
            return MP_OBJ_NEW_SMALL_INT(sizeof(mp_obj_dict_t) + d->map.alloc * (sizeof(mp_map_elem_t) + 10));
        default:
            return MP_OBJ_NULL;
    }
}

static mp_obj_t dict_binary_op(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs) {
    mp_obj_dict_t *d = mp_obj_dict_native_maybe(lhs);
    if (d == NULL) {
        return MP_OBJ_NULL;
    }
    switch (op) {
        case MP_BINARY_OP_IN:
            return mp_obj_new_bool(mp_map_lookup(&d->map, rhs, MP_MAP_LOOKUP) != NULL);
        case MP_BINARY_OP_NOT_IN:
            return mp_obj_new_bool(mp_map_lookup(&d->map, rhs, MP_MAP_LOOKUP) == NULL);
        case MP_BINARY_OP_EQUAL:
        case MP_BINARY_OP_NOT_EQUAL: {
            mp_obj_dict_t *o = mp_obj_dict_native_maybe(rhs);
            if (o == NULL) {
                return MP_OBJ_NULL;
            }
            bool eq = dict_equal(d, o);
            return mp_obj_new_bool(op == MP_BINARY_OP_EQUAL ? eq : !eq);
        }
        case MP_BINARY_OP_OR:
        case MP_BINARY_OP_REVERSE_OR: {
            // self | other, or other | self where other is a dict that
            // declined (a subclass): a copy of the left one updated by the
            // right one.
            mp_obj_dict_t *o = mp_obj_dict_native_maybe(rhs);
            if (o == NULL) {
                return MP_OBJ_NULL;
            }
            if (op == MP_BINARY_OP_REVERSE_OR) {
                mp_obj_dict_t *t = d;
                d = o;
                o = t;
            }
            mp_obj_t r = mp_obj_dict_copy(MP_OBJ_FROM_PTR(d));
            mp_map_update(&((mp_obj_dict_t *)MP_OBJ_TO_PTR(r))->map, &o->map);
            return r;
        }
        case MP_BINARY_OP_INPLACE_OR:
            mp_obj_dict_update(MP_OBJ_FROM_PTR(d), rhs);
            return lhs;
        default:
            return MP_OBJ_NULL;
    }
}

static mp_obj_t dict_subscr(mp_obj_t self_in, mp_obj_t index, mp_obj_t value) {
    mp_obj_dict_t *d = get_dict(self_in);
    if (value == MP_OBJ_SENTINEL) {
        mp_map_elem_t *e = mp_map_lookup(&d->map, index, MP_MAP_LOOKUP);
        if (e == NULL) {
            return mp_obj_dict_missing(self_in, index);
        }
        return e->value;
    }
    if (value == MP_OBJ_NULL) {
        if (mp_map_lookup(&d->map, index, MP_MAP_LOOKUP_REMOVE_IF_FOUND) == NULL) {
            raise_key_error(index);
        }
        return mp_const_none;
    }
    mp_map_lookup(&d->map, index, MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = value;
    return mp_const_none;
}

// ---------------------------------------------------------------------------
// Iterators: one layout, six types (keys/values/items, forward/reverse).

typedef enum { KIND_KEYS, KIND_VALUES, KIND_ITEMS } view_kind_t;

typedef struct _dict_it_t {
    mp_obj_base_t base;
    mp_obj_dict_t *dict;
    size_t cur;  // forward: next table position; reverse: one past it
    size_t len;  // the dict's size when iteration started
    uint8_t kind;
    bool reverse;
} dict_it_t;

mp_map_elem_t *mp_obj_dict_prev_elem(mp_map_t *map, size_t *pos) {
    size_t i = *pos < map->used ? *pos : map->used;
    while (i > 0) {
        i--;
        mp_obj_t k = map->table[i].key;
        if (k != MP_OBJ_SENTINEL && k != MP_OBJ_NULL) {
            *pos = i;
            return &map->table[i];
        }
    }
    *pos = 0;
    return NULL;
}

static mp_obj_t dict_it_iternext(mp_obj_t self_in) {
    dict_it_t *it = MP_OBJ_TO_PTR(self_in);
    mp_map_t *map = &it->dict->map;
    if (map->filled != it->len) {
        it->len = (size_t)-1;  // stays broken, like CPython
        mp_raise_msg(&mp_type_RuntimeError, "dictionary changed size during iteration");
    }
    mp_map_elem_t *e = it->reverse ? mp_obj_dict_prev_elem(map, &it->cur) : mp_map_next(map, &it->cur);
    if (e == NULL) {
        return MP_OBJ_STOP_ITERATION;
    }
    switch (it->kind) {
        case KIND_KEYS:
            return e->key;
        case KIND_VALUES:
            return e->value;
        default: {
            mp_obj_t items[2] = {e->key, e->value};
            return mp_obj_new_tuple(2, items);
        }
    }
}

static mp_obj_t dict_it_length_hint(mp_obj_t self_in) {
    dict_it_t *it = MP_OBJ_TO_PTR(self_in);
    // Count what is left (cheap enough for a hint).
    // The slots left are [cur, used) going forward, [0, cur) in reverse.
    mp_map_t *map = &it->dict->map;
    size_t lo = it->reverse ? 0 : it->cur;
    size_t hi = it->reverse && it->cur < map->used ? it->cur : map->used;
    size_t n = 0;
    for (size_t i = lo; i < hi; i++) {
        n += map->table[i].key != MP_OBJ_SENTINEL;
    }
    return MP_OBJ_NEW_SMALL_INT(n);
}
static MP_DEFINE_NAMED_FUN_OBJ_1(dict_it_length_hint_obj, MP_QSTR___length_hint__, dict_it_length_hint);

static const mp_rom_map_elem_t dict_it_locals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___length_hint__), MP_ROM_PTR(&dict_it_length_hint_obj)},
};
static MP_DEFINE_CONST_DICT(dict_it_locals_dict, dict_it_locals_table);

#define DICT_IT_TYPE(cname, qname) \
    static const mp_obj_type_t cname = { \
        {&mp_type_type}, \
        .flags = MP_TYPE_FLAG_ITER_IS_SELF, \
        .name = qname, \
        .getiter = mp_identity_getiter, \
        .iternext = dict_it_iternext, \
        .locals_dict = (mp_obj_dict_t *)&dict_it_locals_dict, \
    }
DICT_IT_TYPE(dict_keyit_type, MP_QSTR_dict_keyiterator);
DICT_IT_TYPE(dict_valueit_type, MP_QSTR_dict_valueiterator);
DICT_IT_TYPE(dict_itemit_type, MP_QSTR_dict_itemiterator);
DICT_IT_TYPE(dict_rkeyit_type, MP_QSTR_dict_reversekeyiterator);
DICT_IT_TYPE(dict_rvalueit_type, MP_QSTR_dict_reversevalueiterator);
DICT_IT_TYPE(dict_ritemit_type, MP_QSTR_dict_reverseitemiterator);

static mp_obj_t dict_new_iter(mp_obj_dict_t *d, view_kind_t kind, bool reverse) {
    static const mp_obj_type_t *const types[2][3] = {
        {&dict_keyit_type, &dict_valueit_type, &dict_itemit_type},
        {&dict_rkeyit_type, &dict_rvalueit_type, &dict_ritemit_type},
    };
    dict_it_t *it = m_new_obj(dict_it_t);
    it->base.type = types[reverse][kind];
    it->dict = d;
    it->cur = reverse ? d->map.used : 0;
    it->len = d->map.filled;
    it->kind = kind;
    it->reverse = reverse;
    return MP_OBJ_FROM_PTR(it);
}

static mp_obj_t dict_getiter(mp_obj_t self_in) {
    return dict_new_iter(get_dict(self_in), KIND_KEYS, false);
}

// ---------------------------------------------------------------------------
// Views

typedef struct _dict_view_t {
    mp_obj_base_t base;
    mp_obj_dict_t *dict;
} dict_view_t;

static view_kind_t view_kind(mp_obj_t o) {
    const mp_obj_type_t *t = mp_obj_get_type(o);
    return t == &mp_type_dict_keys ? KIND_KEYS : t == &mp_type_dict_values ? KIND_VALUES : KIND_ITEMS;
}

static bool is_set_view(mp_obj_t o) {
    return mp_obj_is_type(o, &mp_type_dict_keys) || mp_obj_is_type(o, &mp_type_dict_items);
}

static mp_obj_t dict_new_view(mp_obj_dict_t *d, const mp_obj_type_t *type) {
    dict_view_t *v = m_new_obj(dict_view_t);
    v->base.type = type;
    v->dict = d;
    return MP_OBJ_FROM_PTR(v);
}

static void view_print_items(const mp_print_t *print, mp_obj_t o) {
    dict_view_t *v = MP_OBJ_TO_PTR(o);
    mp_printf(print, "%s([", qstr_str(mp_obj_get_type(o)->name));
    mp_obj_t it = dict_new_iter(v->dict, view_kind(o), false);
    mp_obj_t x;
    bool first = true;
    while ((x = dict_it_iternext(it)) != MP_OBJ_STOP_ITERATION) {
        if (!first) {
            mp_print_str(print, ", ");
        }
        first = false;
        mp_obj_print_helper(print, x, PRINT_REPR);
    }
    mp_print_str(print, "])");
}

static void view_print(const mp_print_t *print, mp_obj_t o, mp_print_kind_t kind) {
    mp_print_guarded(print, o, "...", view_print_items);
}

static bool view_contains(dict_view_t *v, view_kind_t kind, mp_obj_t x) {
    if (kind == KIND_KEYS) {
        return mp_map_lookup(&v->dict->map, x, MP_MAP_LOOKUP) != NULL;
    }
    if (kind == KIND_ITEMS) {
        if (!mp_obj_is_type(x, &mp_type_tuple)) {
            return false;
        }
        size_t len;
        mp_obj_t *items;
        mp_obj_tuple_get(x, &len, &items);
        if (len != 2) {
            return false;
        }
        mp_map_elem_t *e = mp_map_lookup(&v->dict->map, items[0], MP_MAP_LOOKUP);
        return e != NULL && (e->value == items[1] || mp_obj_equal(e->value, items[1]));
    }
    mp_obj_t it = dict_new_iter(v->dict, KIND_VALUES, false);
    mp_obj_t y;
    while ((y = dict_it_iternext(it)) != MP_OBJ_STOP_ITERATION) {
        if (y == x || mp_obj_equal(y, x)) {
            return true;
        }
    }
    return false;
}

static mp_obj_t view_unary_op(mp_unary_op_t op, mp_obj_t o) {
    dict_view_t *v = MP_OBJ_TO_PTR(o);
    switch (op) {
        case MP_UNARY_OP_BOOL:
            return mp_obj_new_bool(v->dict->map.filled != 0);
        case MP_UNARY_OP_LEN:
            return MP_OBJ_NEW_SMALL_INT(v->dict->map.filled);
        default:
            return MP_OBJ_NULL;
    }
}

static mp_obj_t view_binary_op(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs) {
    const mp_obj_type_t *t = mp_obj_get_type(lhs);
    if (t != &mp_type_dict_keys && t != &mp_type_dict_values && t != &mp_type_dict_items) {
        return MP_OBJ_NULL;
    }
    dict_view_t *v = MP_OBJ_TO_PTR(lhs);
    view_kind_t kind = view_kind(lhs);
    if (op == MP_BINARY_OP_IN || op == MP_BINARY_OP_NOT_IN) {
        return mp_obj_new_bool(view_contains(v, kind, rhs) == (op == MP_BINARY_OP_IN));
    }
    if (kind == KIND_VALUES) {
        return MP_OBJ_NULL;
    }
    switch (op) {
        case MP_BINARY_OP_AND:
        case MP_BINARY_OP_OR:
        case MP_BINARY_OP_XOR:
        case MP_BINARY_OP_SUBTRACT:
        case MP_BINARY_OP_INPLACE_AND:
        case MP_BINARY_OP_INPLACE_OR:
        case MP_BINARY_OP_INPLACE_XOR:
        case MP_BINARY_OP_INPLACE_SUBTRACT: {
            if (op < MP_BINARY_OP_OR) {
                op += MP_BINARY_OP_INPLACE_DELTA;
            }
            mp_obj_t s = mp_obj_new_set_from_iterable(&mp_type_set, lhs);
            mp_obj_set_update_op(s, op, rhs);
            return s;
        }
        case MP_BINARY_OP_REVERSE_AND:
        case MP_BINARY_OP_REVERSE_OR:
        case MP_BINARY_OP_REVERSE_XOR:
        case MP_BINARY_OP_REVERSE_SUBTRACT: {
            // other OP view, other being any iterable.
            mp_obj_t s = mp_obj_new_set_from_iterable(&mp_type_set, rhs);
            mp_obj_set_update_op(s, op - MP_BINARY_OP_REVERSE_DELTA, lhs);
            return s;
        }
        case MP_BINARY_OP_EQUAL:
        case MP_BINARY_OP_NOT_EQUAL:
        case MP_BINARY_OP_LESS:
        case MP_BINARY_OP_LESS_EQUAL:
        case MP_BINARY_OP_MORE:
        case MP_BINARY_OP_MORE_EQUAL: {
            if (!is_set_view(rhs) && !mp_obj_is_set_or_frozenset(rhs)) {
                return MP_OBJ_NULL;  // NotImplemented: the runtime tries the reflection
            }
            mp_obj_t a = mp_obj_new_set_from_iterable(&mp_type_set, lhs);
            mp_obj_t b = mp_obj_is_set_or_frozenset(rhs) ? rhs : mp_obj_new_set_from_iterable(&mp_type_set, rhs);
            return mp_binary_op(op, a, b);
        }
        default:
            return MP_OBJ_NULL;
    }
}

static mp_obj_t view_getiter(mp_obj_t self_in) {
    dict_view_t *v = MP_OBJ_TO_PTR(self_in);
    return dict_new_iter(v->dict, view_kind(self_in), false);
}

static mp_obj_t view_reversed(mp_obj_t self_in) {
    dict_view_t *v = MP_OBJ_TO_PTR(self_in);
    return dict_new_iter(v->dict, view_kind(self_in), true);
}
static MP_DEFINE_NAMED_FUN_OBJ_1(view_reversed_obj, MP_QSTR___reversed__, view_reversed);

static mp_obj_t view_isdisjoint(mp_obj_t self_in, mp_obj_t other) {
    dict_view_t *v = MP_OBJ_TO_PTR(self_in);
    view_kind_t kind = view_kind(self_in);
    mp_obj_t it = mp_getiter(other, NULL);
    mp_obj_t x;
    while ((x = mp_iternext(it)) != MP_OBJ_STOP_ITERATION) {
        if (view_contains(v, kind, x)) {
            return mp_const_false;
        }
    }
    return mp_const_true;
}
static MP_DEFINE_NAMED_FUN_OBJ_2(view_isdisjoint_obj, MP_QSTR_isdisjoint, view_isdisjoint);

static mp_obj_t view_mapping(mp_obj_t self_in) {
    dict_view_t *v = MP_OBJ_TO_PTR(self_in);
    // CPython gives a read-only proxy of the underlying dict.
    return mp_obj_new_mappingproxy(MP_OBJ_FROM_PTR(v->dict));
}

static const mp_rom_map_elem_t view_locals_table[] = {
    {MP_ROM_QSTR(MP_QSTR_isdisjoint), MP_ROM_PTR(&view_isdisjoint_obj)},
    {MP_ROM_QSTR(MP_QSTR___reversed__), MP_ROM_PTR(&view_reversed_obj)},
};
static MP_DEFINE_CONST_DICT(view_locals_dict, view_locals_table);

// values() views have no isdisjoint: their dict is the tail of the table.
static MP_DEFINE_CONST_DICT_SLICE(values_view_locals_dict, view_locals_table, 1, 1);

static void view_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    if (attr == MP_QSTR_mapping) {
        dest[0] = view_mapping(self_in);
        return;
    }
    const mp_obj_type_t *t = mp_obj_get_type(self_in);
    mp_map_elem_t *e = mp_map_lookup_qstr(&t->locals_dict->map, attr, MP_MAP_LOOKUP);
    if (e != NULL) {
        dest[0] = e->value;
        dest[1] = self_in;
    }
}

const mp_obj_type_t mp_type_dict_keys = {
    {&mp_type_type},
    .name = MP_QSTR_dict_keys,
    .print = view_print,
    .unary_op = view_unary_op,
    .binary_op = view_binary_op,
    .attr = view_attr,
    .getiter = view_getiter,
    .locals_dict = (mp_obj_dict_t *)&view_locals_dict,
};

const mp_obj_type_t mp_type_dict_values = {
    {&mp_type_type},
    .name = MP_QSTR_dict_values,
    .print = view_print,
    .unary_op = view_unary_op,
    .binary_op = view_binary_op,
    .attr = view_attr,
    .getiter = view_getiter,
    .locals_dict = (mp_obj_dict_t *)&values_view_locals_dict,
};

const mp_obj_type_t mp_type_dict_items = {
    {&mp_type_type},
    .name = MP_QSTR_dict_items,
    .print = view_print,
    .unary_op = view_unary_op,
    .binary_op = view_binary_op,
    .attr = view_attr,
    .getiter = view_getiter,
    .locals_dict = (mp_obj_dict_t *)&view_locals_dict,
};

// ---------------------------------------------------------------------------
// Methods

static mp_obj_t dict_keys(mp_obj_t self_in) {
    return dict_new_view(get_dict(self_in), &mp_type_dict_keys);
}
static MP_DEFINE_NAMED_FUN_OBJ_1(dict_keys_obj, MP_QSTR_keys, dict_keys);

static mp_obj_t dict_values(mp_obj_t self_in) {
    return dict_new_view(get_dict(self_in), &mp_type_dict_values);
}
static MP_DEFINE_NAMED_FUN_OBJ_1(dict_values_obj, MP_QSTR_values, dict_values);

static mp_obj_t dict_items(mp_obj_t self_in) {
    return dict_new_view(get_dict(self_in), &mp_type_dict_items);
}
static MP_DEFINE_NAMED_FUN_OBJ_1(dict_items_obj, MP_QSTR_items, dict_items);

static mp_obj_t dict_get(size_t n_args, const mp_obj_t *args) {
    mp_obj_dict_t *d = get_dict(args[0]);
    mp_map_elem_t *e = mp_map_lookup(&d->map, args[1], MP_MAP_LOOKUP);
    if (e != NULL) {
        return e->value;
    }
    return n_args > 2 ? args[2] : mp_const_none;
}
static MP_DEFINE_NAMED_FUN_OBJ_VAR_BETWEEN(dict_get_obj, MP_QSTR_get, 2, 3, dict_get);

static mp_obj_t dict_setdefault(size_t n_args, const mp_obj_t *args) {
    mp_obj_dict_t *d = get_dict(args[0]);
    mp_map_elem_t *e = mp_map_lookup(&d->map, args[1], MP_MAP_LOOKUP_ADD_IF_NOT_FOUND);
    if (e->value == MP_OBJ_NULL) {
        e->value = n_args > 2 ? args[2] : mp_const_none;
    }
    return e->value;
}
static MP_DEFINE_NAMED_FUN_OBJ_VAR_BETWEEN(dict_setdefault_obj, MP_QSTR_setdefault, 2, 3, dict_setdefault);

static mp_obj_t dict_pop(size_t n_args, const mp_obj_t *args) {
    mp_obj_dict_t *d = get_dict(args[0]);
    mp_map_elem_t *e = mp_map_lookup(&d->map, args[1], MP_MAP_LOOKUP_REMOVE_IF_FOUND);
    if (e != NULL) {
        return e->value;
    }
    if (n_args > 2) {
        return args[2];
    }
    raise_key_error(args[1]);
}
static MP_DEFINE_NAMED_FUN_OBJ_VAR_BETWEEN(dict_pop_obj, MP_QSTR_pop, 2, 3, dict_pop);

static mp_obj_t dict_popitem(mp_obj_t self_in) {
    mp_obj_dict_t *d = get_dict(self_in);
    mp_map_t *map = &d->map;
    size_t i = map->used;
    mp_map_elem_t *e = mp_obj_dict_prev_elem(map, &i);
    if (e == NULL || map->filled == 0) {
        mp_raise(mp_obj_new_exception_msg(&mp_type_KeyError, "popitem(): dictionary is empty"));
    }
    mp_obj_t items[2] = {e->key, e->value};
    mp_map_lookup(map, items[0], MP_MAP_LOOKUP_REMOVE_IF_FOUND);
    return mp_obj_new_tuple(2, items);
}
static MP_DEFINE_NAMED_FUN_OBJ_1(dict_popitem_obj, MP_QSTR_popitem, dict_popitem);

static mp_obj_t dict_update_meth(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    mp_obj_dict_t *d = get_dict(args[0]);
    mp_arg_check_counts("update", n_args - 1, 0, true, 0, 1);
    if (n_args == 2) {
        mp_obj_dict_update(MP_OBJ_FROM_PTR(d), args[1]);
    }
    if (kw != NULL) {
        mp_map_update(&d->map, kw);
    }
    return mp_const_none;
}
static MP_DEFINE_NAMED_FUN_OBJ_KW(dict_update_obj, MP_QSTR_update, 1, dict_update_meth);

static mp_obj_t dict_clear(mp_obj_t self_in) {
    mp_map_clear(&get_dict(self_in)->map);
    return mp_const_none;
}
static MP_DEFINE_NAMED_FUN_OBJ_1(dict_clear_obj, MP_QSTR_clear, dict_clear);

static MP_DEFINE_NAMED_FUN_OBJ_1(dict_copy_obj, MP_QSTR_copy, mp_obj_dict_copy);

static mp_obj_t dict_fromkeys(size_t n_args, const mp_obj_t *args) {
    mp_obj_t cls = args[0];
    mp_obj_t value = n_args > 2 ? args[2] : mp_const_none;
    // A plain dict is filled directly; a subclass (or any other class) is
    // instantiated and filled through its __setitem__.
    bool plain = cls == MP_OBJ_FROM_PTR(&mp_type_dict);
    mp_obj_t d = plain ? mp_obj_new_dict(0) : mp_call_function_0(cls);
    mp_obj_t it = mp_getiter(args[1], NULL);
    mp_obj_t k;
    while ((k = mp_iternext(it)) != MP_OBJ_STOP_ITERATION) {
        if (plain) {
            mp_map_lookup(&((mp_obj_dict_t *)MP_OBJ_TO_PTR(d))->map, k, MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = value;
        } else {
            mp_obj_subscr(d, k, value);
        }
    }
    return d;
}
static MP_DEFINE_NAMED_FUN_OBJ_VAR_BETWEEN(dict_fromkeys_fun_obj, MP_QSTR_fromkeys, 2, 3, dict_fromkeys);
static const mp_obj_static_class_method_t dict_fromkeys_obj = {{&mp_type_classmethod}, MP_ROM_PTR(&dict_fromkeys_fun_obj)};

// Special methods, for user subclasses calling the base implementation.
static mp_obj_t dict_getitem(mp_obj_t self_in, mp_obj_t key) {
    return dict_subscr(self_in, key, MP_OBJ_SENTINEL);
}
static MP_DEFINE_NAMED_FUN_OBJ_2(dict_getitem_obj, MP_QSTR___getitem__, dict_getitem);

static mp_obj_t dict_setitem(mp_obj_t self_in, mp_obj_t key, mp_obj_t value) {
    return dict_subscr(self_in, key, value);
}
static MP_DEFINE_NAMED_FUN_OBJ_3(dict_setitem_obj, MP_QSTR___setitem__, dict_setitem);

static mp_obj_t dict_delitem(mp_obj_t self_in, mp_obj_t key) {
    return dict_subscr(self_in, key, MP_OBJ_NULL);
}
static MP_DEFINE_NAMED_FUN_OBJ_2(dict_delitem_obj, MP_QSTR___delitem__, dict_delitem);

static mp_obj_t dict_contains(mp_obj_t self_in, mp_obj_t key) {
    return mp_obj_new_bool(mp_map_lookup(&get_dict(self_in)->map, key, MP_MAP_LOOKUP) != NULL);
}
static MP_DEFINE_NAMED_FUN_OBJ_2(dict_contains_obj, MP_QSTR___contains__, dict_contains);

static mp_obj_t dict_len(mp_obj_t self_in) {
    return MP_OBJ_NEW_SMALL_INT(get_dict(self_in)->map.filled);
}
static MP_DEFINE_NAMED_FUN_OBJ_1(dict_len_obj, MP_QSTR___len__, dict_len);

static MP_DEFINE_NAMED_FUN_OBJ_1(dict_iter_obj, MP_QSTR___iter__, dict_getiter);

static mp_obj_t dict_reversed(mp_obj_t self_in) {
    return dict_new_iter(get_dict(self_in), KIND_KEYS, true);
}
static MP_DEFINE_NAMED_FUN_OBJ_1(dict_reversed_obj, MP_QSTR___reversed__, dict_reversed);

static const mp_rom_map_elem_t dict_locals_table[] = {
    {MP_ROM_QSTR(MP_QSTR_clear), MP_ROM_PTR(&dict_clear_obj)},
    {MP_ROM_QSTR(MP_QSTR_copy), MP_ROM_PTR(&dict_copy_obj)},
    {MP_ROM_QSTR(MP_QSTR_fromkeys), MP_ROM_PTR(&dict_fromkeys_obj)},
    {MP_ROM_QSTR(MP_QSTR_get), MP_ROM_PTR(&dict_get_obj)},
    {MP_ROM_QSTR(MP_QSTR_items), MP_ROM_PTR(&dict_items_obj)},
    {MP_ROM_QSTR(MP_QSTR_keys), MP_ROM_PTR(&dict_keys_obj)},
    {MP_ROM_QSTR(MP_QSTR_pop), MP_ROM_PTR(&dict_pop_obj)},
    {MP_ROM_QSTR(MP_QSTR_popitem), MP_ROM_PTR(&dict_popitem_obj)},
    {MP_ROM_QSTR(MP_QSTR_setdefault), MP_ROM_PTR(&dict_setdefault_obj)},
    {MP_ROM_QSTR(MP_QSTR_update), MP_ROM_PTR(&dict_update_obj)},
    {MP_ROM_QSTR(MP_QSTR_values), MP_ROM_PTR(&dict_values_obj)},
    {MP_ROM_QSTR(MP_QSTR___getitem__), MP_ROM_PTR(&dict_getitem_obj)},
    {MP_ROM_QSTR(MP_QSTR___setitem__), MP_ROM_PTR(&dict_setitem_obj)},
    {MP_ROM_QSTR(MP_QSTR___delitem__), MP_ROM_PTR(&dict_delitem_obj)},
    {MP_ROM_QSTR(MP_QSTR___contains__), MP_ROM_PTR(&dict_contains_obj)},
    {MP_ROM_QSTR(MP_QSTR___len__), MP_ROM_PTR(&dict_len_obj)},
    {MP_ROM_QSTR(MP_QSTR___iter__), MP_ROM_PTR(&dict_iter_obj)},
    {MP_ROM_QSTR(MP_QSTR___reversed__), MP_ROM_PTR(&dict_reversed_obj)},
};
static MP_DEFINE_CONST_DICT(dict_locals_dict, dict_locals_table);

const mp_obj_type_t mp_type_dict = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_BASETYPE,
    .name = MP_QSTR_dict,
    .print = dict_print,
    .make_new = dict_make_new,
    .unary_op = dict_unary_op,
    .binary_op = dict_binary_op,
    .subscr = dict_subscr,
    .getiter = dict_getiter,
    .locals_dict = (mp_obj_dict_t *)&dict_locals_dict,
};
