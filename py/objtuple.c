// objtuple.c: the immutable sequence type tuple, its iterator, and the
// sequence helpers (comparison, repeat counts, start/stop parsing) that
// list and the other containers share (declared in objtuple.h).
#include "runtime.h"
#include "objtype.h"
#include "objtuple.h"
#include "objlist.h"
#include "objset.h"

const mp_obj_tuple_t mp_const_empty_tuple_obj = {{&mp_type_tuple}, 0};

// ---------------------------------------------------------------------------
// Shared sequence helpers

mp_obj_tuple_t *mp_obj_tuple_native_maybe(mp_obj_t o) {
    return mp_obj_native_ptr(o, &mp_type_tuple);
}

bool mp_seq_compare(mp_binary_op_t op, mp_obj_t a, mp_obj_t b) {
    mp_stack_check();
    size_t len1, len2;
    mp_obj_t *items1, *items2;
    mp_seq_get_items(a, &len1, &items1);
    mp_seq_get_items(b, &len2, &items2);
    if (op == MP_BINARY_OP_EQUAL || op == MP_BINARY_OP_NOT_EQUAL) {
        if (len1 != len2) {
            return op == MP_BINARY_OP_NOT_EQUAL;
        }
    }
    size_t i = 0;
    for (;; i++) {
        // Lengths are re-read: __eq__ may have mutated a list operand.
        mp_seq_get_items(a, &len1, &items1);
        mp_seq_get_items(b, &len2, &items2);
        if (i >= len1 || i >= len2) {
            break;
        }
        mp_obj_t x = items1[i];
        mp_obj_t y = items2[i];
        if (x == y) {
            continue;
        }
        if (!mp_obj_equal(x, y)) {
            // If __eq__ shrank a list below i, the sizes decide (CPython).
            mp_seq_get_items(a, &len1, &items1);
            mp_seq_get_items(b, &len2, &items2);
            if (i >= len1 || i >= len2) {
                break;
            }
            // First differing item decides.
            if (op == MP_BINARY_OP_EQUAL) {
                return false;
            }
            if (op == MP_BINARY_OP_NOT_EQUAL) {
                return true;
            }
            return mp_obj_is_true(mp_binary_op(op, x, y));
        }
    }
    switch (op) {
        case MP_BINARY_OP_EQUAL:
            return len1 == len2;
        case MP_BINARY_OP_NOT_EQUAL:
            return len1 != len2;
        case MP_BINARY_OP_LESS:
            return len1 < len2;
        case MP_BINARY_OP_LESS_EQUAL:
            return len1 <= len2;
        case MP_BINARY_OP_MORE:
            return len1 > len2;
        default:
            return len1 >= len2;
    }
}

bool mp_seq_get_repeat_count(mp_obj_t o, mp_int_t *n) {
    if (mp_obj_is_small_int(o)) {
        *n = mp_small_int_value(o);
        return true;
    }
    if (mp_obj_is_bool(o)) {
        *n = o == mp_const_true;
        return true;
    }
    if (!mp_obj_is_obj(o)) {
        return false;
    }
    const mp_obj_type_t *t = mp_obj_get_type(o);
    if (t == &mp_type_int) {
        if (!mp_obj_get_int_maybe(o, n)) {
            mp_raise_msg_varg(&mp_type_OverflowError, "cannot fit 'int' into an index-sized integer");
        }
        return true;
    }
    if (t->flags & MP_TYPE_FLAG_USER) {
        mp_obj_t dest[2];
        mp_load_method_maybe(o, MP_QSTR___index__, dest);
        if (dest[0] != MP_OBJ_NULL) {
            *n = mp_obj_get_index_int(o);
            return true;
        }
    }
    return false;
}

// An index argument of index()/insert(): int or __index__, clamped like
// CPython's slice bounds.
static mp_int_t get_clamped_index(mp_obj_t o) {
    if (mp_obj_is_small_int(o)) {
        return mp_small_int_value(o);
    }
    if (mp_obj_is_type(o, &mp_type_int)) {
        mp_int_t v;
        if (mp_obj_get_int_maybe(o, &v)) {
            return v;
        }
        // Beyond 64 bits: clamp by sign.
        return mp_obj_is_true(mp_binary_op(MP_BINARY_OP_LESS, o, MP_OBJ_NEW_SMALL_INT(0))) ? INT64_MIN / 2 : INT64_MAX / 2;
    }
    mp_int_t v;
    if (mp_seq_get_repeat_count(o, &v)) {
        return v;
    }
    mp_raise_TypeError("slice indices must be integers or have an __index__ method");
}

void mp_seq_get_start_stop(size_t n_args, const mp_obj_t *args, size_t len, size_t *start, size_t *stop) {
    mp_int_t s = 0, e = (mp_int_t)len;
    // Unlike str.index, list/tuple.index reject None bounds (TypeError
    // from get_clamped_index).
    if (n_args >= 1) {
        s = get_clamped_index(args[0]);
        if (s < 0) {
            s += len;
            if (s < 0) {
                s = 0;
            }
        } else if (s > (mp_int_t)len) {
            s = len;
        }
    }
    if (n_args >= 2) {
        e = get_clamped_index(args[1]);
        if (e < 0) {
            e += len;
            if (e < 0) {
                e = 0;
            }
        } else if (e > (mp_int_t)len) {
            e = len;
        }
    }
    *start = s;
    *stop = e;
}

// ---------------------------------------------------------------------------
// Construction

mp_obj_t mp_obj_new_tuple(size_t n, const mp_obj_t *items) {
    if (n == 0) {
        return mp_const_empty_tuple;
    }
    if (n > ((size_t)1 << 59)) {
        m_malloc_fail(n);
    }
    mp_obj_tuple_t *t = m_new_obj_var(mp_obj_tuple_t, mp_obj_t, n);
    t->base.type = &mp_type_tuple;
    t->len = n;
    if (items != NULL) {
        memcpy(t->items, items, n * sizeof(mp_obj_t));
    }
    return MP_OBJ_FROM_PTR(t);
}

mp_obj_t mp_obj_tuple_from_iterable(mp_obj_t iterable) {
    if (mp_obj_is_type(iterable, &mp_type_tuple)) {
        return iterable;
    }
    if (mp_obj_is_type(iterable, &mp_type_list)) {
        mp_obj_list_t *l = MP_OBJ_TO_PTR(iterable);
        return mp_obj_new_tuple(l->len, l->items);
    }
    mp_obj_tuple_t *nt = mp_obj_tuple_native_maybe(iterable);
    if (nt != NULL) {
        return mp_obj_new_tuple(nt->len, nt->items);
    }
    // Collect into a list, then shrink to a tuple.
    mp_obj_t list = mp_obj_list_from_iterable(iterable);
    mp_obj_list_t *l = MP_OBJ_TO_PTR(list);
    mp_obj_t t = mp_obj_new_tuple(l->len, l->items);
    mp_obj_list_free_items(l);
    return t;
}

static mp_obj_t tuple_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    if (n_kw != 0) {
        mp_raise_TypeError("tuple() takes no keyword arguments");
    }
    if (n_args > 1) {
        mp_raise_msg_varg(&mp_type_TypeError, "tuple expected at most 1 argument, got %d", (int)n_args);
    }
    if (n_args == 0) {
        return mp_const_empty_tuple;
    }
    return mp_obj_tuple_from_iterable(args[0]);
}

// ---------------------------------------------------------------------------
// Accessors

static mp_obj_tuple_t *get_tuple(mp_obj_t o) {
    mp_obj_tuple_t *t = mp_obj_tuple_native_maybe(o);
    if (t == NULL) {
        mp_raise_msg_varg(&mp_type_TypeError, "descriptor for 'tuple' objects doesn't apply to a '%s' object", mp_obj_get_type_str(o));
    }
    return t;
}

void mp_obj_tuple_get(mp_obj_t o, size_t *len, mp_obj_t **items) {
    mp_obj_tuple_t *t = get_tuple(o);
    *len = t->len;
    *items = t->items;
}

void mp_obj_get_array(mp_obj_t o, size_t *len, mp_obj_t **items) {
    if (mp_obj_is_obj(o)) {
        const mp_obj_type_t *t = ((mp_obj_base_t *)MP_OBJ_TO_PTR(o))->type;
        if (t == &mp_type_tuple) {
            mp_obj_tuple_t *tu = MP_OBJ_TO_PTR(o);
            *len = tu->len;
            *items = tu->items;
            return;
        }
        if (t == &mp_type_list) {
            mp_obj_list_t *l = MP_OBJ_TO_PTR(o);
            *len = l->len;
            *items = l->items;
            return;
        }
        mp_obj_tuple_t *nt = mp_obj_tuple_native_maybe(o);
        if (nt != NULL) {
            *len = nt->len;
            *items = nt->items;
            return;
        }
        mp_obj_list_t *nl = mp_obj_list_native_maybe(o);
        if (nl != NULL) {
            *len = nl->len;
            *items = nl->items;
            return;
        }
    }
    mp_raise_msg_varg(&mp_type_TypeError, "object '%s' isn't a tuple or list", mp_obj_get_type_str(o));
}

void mp_obj_get_array_fixed_n(mp_obj_t o, size_t len, mp_obj_t **items) {
    size_t n;
    mp_obj_get_array(o, &n, items);
    if (n != len) {
        if (n < len) {
            mp_raise_msg_varg(&mp_type_ValueError, "not enough values to unpack (expected %d, got %d)", (int)len, (int)n);
        }
        mp_raise_msg_varg(&mp_type_ValueError, "too many values to unpack (expected %d)", (int)len);
    }
}

// ---------------------------------------------------------------------------
// Slots

static void tuple_print_items(const mp_print_t *print, mp_obj_tuple_t *t);

// A tuple can only be part of a reference cycle through a heap object; a
// tuple of immediates (the common case) skips the recursion guard.
static bool tuple_may_recurse(mp_obj_tuple_t *t) {
    for (size_t i = 0; i < t->len; i++) {
        mp_obj_t x = t->items[i];
        if (mp_obj_is_obj(x) && !mp_obj_is_str(x)) {
            return true;
        }
    }
    return false;
}

static void tuple_print(const mp_print_t *print, mp_obj_t o, mp_print_kind_t kind) {
    mp_obj_tuple_t *t = get_tuple(o);
    if (!tuple_may_recurse(t)) {
        tuple_print_items(print, t);
        return;
    }
    // Like CPython, a tuple met again inside itself prints as (...).
    if (mp_repr_enter(MP_OBJ_FROM_PTR(t))) {
        mp_print_str(print, "(...)");
        return;
    }
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        tuple_print_items(print, t);
        nlr_pop();
        mp_repr_leave();
    } else {
        mp_repr_leave();
        nlr_jump(nlr.ret_val);
    }
}

static void tuple_print_items(const mp_print_t *print, mp_obj_tuple_t *t) {
    mp_stack_check();
    mp_print_str(print, "(");
    for (size_t i = 0; i < t->len; i++) {
        if (i > 0) {
            mp_print_str(print, ", ");
        }
        mp_obj_print_helper(print, t->items[i], PRINT_REPR);
    }
    if (t->len == 1) {
        mp_print_str(print, ",");
    }
    mp_print_str(print, ")");
}

// CPython-style tuple hash (xxHash-like lane mixing), truncated to the
// small-int range that hash values must fit.
static mp_int_t tuple_hash(mp_obj_tuple_t *t) {
    mp_stack_check();
    const uint64_t p1 = 11400714785074694791ULL;
    const uint64_t p2 = 14029467366897019727ULL;
    const uint64_t p5 = 2870177450012600261ULL;
    uint64_t acc = p5;
    for (size_t i = 0; i < t->len; i++) {
        // Full-width hashes of nested tuples/frozensets, -1 mapped to -2
        // as hash() does, so the result agrees with CPython's low bits.
        uint64_t lane = (uint64_t)mp_obj_set_key_hash(t->items[i]);
        acc += lane * p2;
        acc = (acc << 31) | (acc >> 33);
        acc *= p1;
    }
    acc += t->len ^ (p5 ^ 3527539ULL);
    mp_int_t h = ((int64_t)(acc << (64 - MP_SMALL_INT_BITS))) >> (64 - MP_SMALL_INT_BITS);
    if (h == -1) {
        h = 1546275796;
    }
    return h;
}

static mp_obj_t tuple_unary_op(mp_unary_op_t op, mp_obj_t o) {
    mp_obj_tuple_t *t = get_tuple(o);
    switch (op) {
        case MP_UNARY_OP_BOOL:
            return mp_obj_new_bool(t->len != 0);
        case MP_UNARY_OP_LEN:
            return MP_OBJ_NEW_SMALL_INT(t->len);
        case MP_UNARY_OP_HASH:
            return MP_OBJ_NEW_SMALL_INT(tuple_hash(t));
        case MP_UNARY_OP_SIZEOF:
            return MP_OBJ_NEW_SMALL_INT(sizeof(mp_obj_tuple_t) + t->len * sizeof(mp_obj_t));
        default:
            return MP_OBJ_NULL;
    }
}

static mp_obj_t tuple_repeat(mp_obj_tuple_t *t, mp_int_t n) {
    if (n <= 0 || t->len == 0) {
        return mp_const_empty_tuple;
    }
    if (n == 1 && t->base.type == &mp_type_tuple) {
        return MP_OBJ_FROM_PTR(t);
    }
    if ((mp_uint_t)n > ((size_t)1 << 58) / t->len) {
        m_malloc_fail((size_t)-1);
    }
    size_t total = t->len * (size_t)n;
    mp_obj_tuple_t *r = MP_OBJ_TO_PTR(mp_obj_new_tuple(total, NULL));
    for (mp_int_t i = 0; i < n; i++) {
        memcpy(r->items + i * t->len, t->items, t->len * sizeof(mp_obj_t));
    }
    return MP_OBJ_FROM_PTR(r);
}

static bool seq_contains(mp_obj_t seq, mp_obj_t value) {
    for (size_t i = 0;; i++) {
        size_t len;
        mp_obj_t *items;
        mp_seq_get_items(seq, &len, &items);
        if (i >= len) {
            return false;
        }
        if (items[i] == value || mp_obj_equal(items[i], value)) {
            return true;
        }
    }
}

static mp_obj_t tuple_binary_op(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs) {
    mp_obj_tuple_t *t = mp_obj_tuple_native_maybe(lhs);
    if (t == NULL) {
        return MP_OBJ_NULL;
    }
    switch (op) {
        case MP_BINARY_OP_ADD:
        case MP_BINARY_OP_INPLACE_ADD: {
            mp_obj_tuple_t *r = mp_obj_tuple_native_maybe(rhs);
            if (r == NULL) {
                if (!(mp_obj_get_type(rhs)->flags & MP_TYPE_FLAG_USER)) {
                    // No __radd__ can exist: CPython's own message.
                    mp_raise_msg_varg(&mp_type_TypeError, "can only concatenate tuple (not \"%s\") to tuple", mp_obj_get_type_str(rhs));
                }
                return MP_OBJ_NULL;
            }
            if (r->len == 0 && t->base.type == &mp_type_tuple && lhs == MP_OBJ_FROM_PTR(t)) {
                return lhs;
            }
            if (t->len == 0 && rhs == MP_OBJ_FROM_PTR(r)) {
                return rhs;
            }
            mp_obj_tuple_t *res = MP_OBJ_TO_PTR(mp_obj_new_tuple(t->len + r->len, NULL));
            memcpy(res->items, t->items, t->len * sizeof(mp_obj_t));
            memcpy(res->items + t->len, r->items, r->len * sizeof(mp_obj_t));
            return MP_OBJ_FROM_PTR(res);
        }
        case MP_BINARY_OP_MULTIPLY:
        case MP_BINARY_OP_INPLACE_MULTIPLY:
        case MP_BINARY_OP_REVERSE_MULTIPLY: {
            mp_int_t n;
            if (!mp_seq_get_repeat_count(rhs, &n)) {
                return MP_OBJ_NULL;
            }
            return tuple_repeat(t, n);
        }
        case MP_BINARY_OP_EQUAL:
        case MP_BINARY_OP_NOT_EQUAL:
        case MP_BINARY_OP_LESS:
        case MP_BINARY_OP_LESS_EQUAL:
        case MP_BINARY_OP_MORE:
        case MP_BINARY_OP_MORE_EQUAL: {
            mp_obj_tuple_t *r = mp_obj_tuple_native_maybe(rhs);
            if (r == NULL) {
                return MP_OBJ_NULL;  // NotImplemented: the runtime tries the reflection
            }
            return mp_obj_new_bool(mp_seq_compare(op, MP_OBJ_FROM_PTR(t), MP_OBJ_FROM_PTR(r)));
        }
        case MP_BINARY_OP_IN:
            return mp_obj_new_bool(seq_contains(MP_OBJ_FROM_PTR(t), rhs));
        case MP_BINARY_OP_NOT_IN:
            return mp_obj_new_bool(!seq_contains(MP_OBJ_FROM_PTR(t), rhs));
        default:
            return MP_OBJ_NULL;
    }
}

static mp_obj_t tuple_subscr(mp_obj_t self_in, mp_obj_t index, mp_obj_t value) {
    if (value != MP_OBJ_SENTINEL) {
        return MP_OBJ_NULL;  // immutable
    }
    mp_obj_tuple_t *t = get_tuple(self_in);
    if (mp_obj_is_small_int(index)) {
        mp_int_t i = mp_small_int_value(index);
        if (i < 0) {
            i += t->len;
        }
        if ((mp_uint_t)i < t->len) {
            return t->items[i];
        }
        mp_raise_msg(&mp_type_IndexError, "tuple index out of range");
    }
    if (mp_obj_is_type(index, &mp_type_slice)) {
        mp_bound_slice_t b;
        mp_int_t n = mp_obj_slice_indices(index, t->len, &b);
        if (b.step == 1) {
            if (n == (mp_int_t)t->len && t->base.type == &mp_type_tuple && self_in == MP_OBJ_FROM_PTR(t)) {
                return self_in;
            }
            return mp_obj_new_tuple(n, t->items + b.start);
        }
        mp_obj_tuple_t *r = MP_OBJ_TO_PTR(mp_obj_new_tuple(n, NULL));
        mp_int_t j = b.start;
        for (mp_int_t k = 0; k < n; k++, j += b.step) {
            r->items[k] = t->items[j];
        }
        return MP_OBJ_FROM_PTR(r);
    }
    size_t i = mp_get_index(&mp_type_tuple, t->len, index, false);
    return t->items[i];
}

// ---------------------------------------------------------------------------
// Iterator

typedef struct _tuple_it_t {
    mp_obj_base_t base;
    mp_obj_tuple_t *tuple;
    size_t cur;
} tuple_it_t;

static mp_obj_t tuple_it_iternext(mp_obj_t self_in) {
    tuple_it_t *it = MP_OBJ_TO_PTR(self_in);
    if (it->cur < it->tuple->len) {
        return it->tuple->items[it->cur++];
    }
    return MP_OBJ_STOP_ITERATION;
}

static mp_obj_t tuple_it_length_hint(mp_obj_t self_in) {
    tuple_it_t *it = MP_OBJ_TO_PTR(self_in);
    return MP_OBJ_NEW_SMALL_INT(it->cur < it->tuple->len ? it->tuple->len - it->cur : 0);
}
static MP_DEFINE_NAMED_FUN_OBJ_1(tuple_it_length_hint_obj, MP_QSTR___length_hint__, tuple_it_length_hint);

static const mp_rom_map_elem_t tuple_it_locals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___length_hint__), MP_ROM_PTR(&tuple_it_length_hint_obj)},
};
static MP_DEFINE_CONST_DICT(tuple_it_locals_dict, tuple_it_locals_table);

static const mp_obj_type_t tuple_it_type = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_ITER_IS_SELF,
    .name = MP_QSTR_tuple_iterator,
    .getiter = mp_identity_getiter,
    .iternext = tuple_it_iternext,
    .locals_dict = (mp_obj_dict_t *)&tuple_it_locals_dict,
};

static mp_obj_t tuple_getiter(mp_obj_t self_in) {
    tuple_it_t *it = m_new_obj(tuple_it_t);
    it->base.type = &tuple_it_type;
    it->tuple = get_tuple(self_in);
    it->cur = 0;
    return MP_OBJ_FROM_PTR(it);
}

// ---------------------------------------------------------------------------
// Methods

static mp_obj_t tuple_count(mp_obj_t self_in, mp_obj_t value) {
    mp_obj_tuple_t *t = get_tuple(self_in);
    mp_int_t n = 0;
    for (size_t i = 0; i < t->len; i++) {
        if (t->items[i] == value || mp_obj_equal(t->items[i], value)) {
            n++;
        }
    }
    return MP_OBJ_NEW_SMALL_INT(n);
}
static MP_DEFINE_NAMED_FUN_OBJ_2(tuple_count_obj, MP_QSTR_count, tuple_count);

static mp_obj_t tuple_index(size_t n_args, const mp_obj_t *args) {
    mp_obj_tuple_t *t = get_tuple(args[0]);
    size_t start, stop;
    mp_seq_get_start_stop(n_args - 2, args + 2, t->len, &start, &stop);
    for (size_t i = start; i < stop && i < t->len; i++) {
        if (t->items[i] == args[1] || mp_obj_equal(t->items[i], args[1])) {
            return MP_OBJ_NEW_SMALL_INT(i);
        }
    }
    mp_raise_ValueError("tuple.index(x): x not in tuple");
}
static MP_DEFINE_NAMED_FUN_OBJ_VAR_BETWEEN(tuple_index_obj, MP_QSTR_index, 2, 4, tuple_index);

static mp_obj_t tuple_getnewargs(mp_obj_t self_in) {
    mp_obj_tuple_t *t = get_tuple(self_in);
    mp_obj_t copy = mp_obj_new_tuple(t->len, t->items);
    return mp_obj_new_tuple(1, &copy);
}
static MP_DEFINE_NAMED_FUN_OBJ_1(tuple_getnewargs_obj, MP_QSTR___getnewargs__, tuple_getnewargs);

static const mp_rom_map_elem_t tuple_locals_table[] = {
    {MP_ROM_QSTR(MP_QSTR_count), MP_ROM_PTR(&tuple_count_obj)},
    {MP_ROM_QSTR(MP_QSTR_index), MP_ROM_PTR(&tuple_index_obj)},
    {MP_ROM_QSTR(MP_QSTR___getnewargs__), MP_ROM_PTR(&tuple_getnewargs_obj)},
};
static MP_DEFINE_CONST_DICT(tuple_locals_dict, tuple_locals_table);

const mp_obj_type_t mp_type_tuple = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_BASETYPE,
    .name = MP_QSTR_tuple,
    .print = tuple_print,
    .make_new = tuple_make_new,
    .unary_op = tuple_unary_op,
    .binary_op = tuple_binary_op,
    .subscr = tuple_subscr,
    .getiter = tuple_getiter,
    .locals_dict = (mp_obj_dict_t *)&tuple_locals_dict,
};
