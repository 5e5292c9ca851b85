// objtuple.c: the immutable sequence type tuple, its iterator, and the
// sequence helpers (comparison, repeat counts, start/stop parsing) that
// list and the other containers share, and their shared error and
// recursion-guarded printing helpers (declared in objtuple.h).
#include "runtime.h"
#include "objexcept.h"
#include "objtype.h"
#include "objtuple.h"
#include "objlist.h"
#include "objset.h"
#include "objslice.h"

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
    mp_obj_t v = mp_obj_index_maybe(o);
    if (v == MP_OBJ_NULL) {
        return false;
    }
    if (!mp_obj_get_int_maybe(v, n)) {
        mp_raise_msg_varg(&mp_type_OverflowError, "cannot fit '%s' into an index-sized integer", mp_obj_get_type_str(o));
    }
    return true;
}

// An index argument of index()/insert(): int or __index__, clamped like
// CPython's slice bounds.
static mp_int_t get_clamped_index(mp_obj_t o) {
    mp_int_t i;
    bool huge;
    if (!mp_obj_index_clamped(o, &i, &huge)) {
        mp_raise_TypeError("slice indices must be integers or have an __index__ method");
    }
    return i;
}

void mp_seq_get_start_stop(size_t n_args, const mp_obj_t *args, size_t len, size_t *start, size_t *stop) {
    // Unlike str.index, list/tuple.index reject None bounds (TypeError
    // from get_clamped_index). One loop for both bounds: out[0] is start
    // (default 0), out[1] stop (default len).
    size_t *out[2] = {start, stop};
    *start = 0;
    *stop = len;
    for (size_t k = 0; k < n_args && k < 2; k++) {
        mp_int_t s = get_clamped_index(args[k]);
        if (s < 0) {
            s += len;
            if (s < 0) {
                s = 0;
            }
        } else if (s > (mp_int_t)len) {
            s = len;
        }
        *out[k] = s;
    }
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
    mp_arg_check_counts("tuple", n_args, n_kw, false, 0, 1);
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
        mp_raise_descriptor_error("tuple", o);
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
        if (t != &mp_type_tuple && t != &mp_type_list) {
            // An instance of a user subclass: its native tuple or list.
            void *n = mp_obj_tuple_native_maybe(o);
            if (n == NULL) {
                n = mp_obj_list_native_maybe(o);
            }
            if (n == NULL) {
                goto fail;
            }
            o = MP_OBJ_FROM_PTR(n);
        }
        mp_seq_get_items(o, len, items);
        return;
    }
fail:
    mp_raise_TypeError_type("object '%s' isn't a tuple or list", o);
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
// Error and printing helpers shared by the container types (objtuple.h)

MP_NORETURN void mp_arg_raise_counts(const char *name, size_t n_args, size_t n_kw, bool kw_ok, size_t min, size_t max) {
    if (n_kw != 0 && !kw_ok) {
        mp_raise_TypeError_varg("%s() takes no keyword arguments", name);
    }
    size_t n = n_args < min ? min : max;
    mp_raise_TypeError_varg("%s expected %s%d argument%s, got %d", name,
        min == max ? "" : n_args < min ? "at least " : "at most ", (int)n, n == 1 ? "" : "s", (int)n_args);
}

MP_NORETURN void mp_raise_ValueError_repr(const char *fmt, mp_obj_t o) {
    mp_obj_t r = mp_obj_repr(o);
    mp_raise_msg_varg(&mp_type_ValueError, fmt, mp_obj_str_get_str(r));
}

MP_NORETURN void mp_raise_descriptor_error(const char *tname, mp_obj_t o) {
    mp_raise_TypeError_varg("descriptor for '%s' objects doesn't apply to a '%s' object", tname, mp_obj_get_type_str(o));
}

void mp_print_guarded(const mp_print_t *print, mp_obj_t o, const char *again, void (*body)(const mp_print_t *print, mp_obj_t o)) {
    if (mp_repr_enter(o)) {
        mp_print_str(print, again);
        return;
    }
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_stack_check();
        body(print, o);
        nlr_pop();
        mp_repr_leave();
    } else {
        mp_repr_leave();
        nlr_jump(nlr.ret_val);
    }
}

// ---------------------------------------------------------------------------
// Slots

// o is a native tuple.
static void tuple_print_items(const mp_print_t *print, mp_obj_t o) {
    mp_obj_tuple_t *t = MP_OBJ_TO_PTR(o);
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
        tuple_print_items(print, MP_OBJ_FROM_PTR(t));
        return;
    }
    // Like CPython, a tuple met again inside itself prints as (...).
    mp_print_guarded(print, MP_OBJ_FROM_PTR(t), "(...)", tuple_print_items);
}

// CPython-style tuple hash, truncated to the small-int range that hash
// values must fit. The full-width hash is the set code's (objset.c), so
// the two cannot disagree.
static mp_int_t tuple_hash(mp_obj_tuple_t *t) {
    mp_int_t h = mp_obj_tuple_items_hash(t->len, t->items);
    h = ((int64_t)((uint64_t)h << (64 - MP_SMALL_INT_BITS))) >> (64 - MP_SMALL_INT_BITS);
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
                    mp_raise_TypeError_varg("can only concatenate tuple (not \"%s\") to tuple", mp_obj_get_type_str(rhs));
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
        case MP_BINARY_OP_NOT_IN:
            return mp_obj_new_bool(seq_contains(MP_OBJ_FROM_PTR(t), rhs) == (op == MP_BINARY_OP_IN));
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
