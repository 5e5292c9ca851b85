// objlist.c: the mutable sequence type list (items in one growable array),
// its iterator, the stable list sort, and the repr recursion guard shared
// by the mutable containers. The file is compiled for speed; the methods
// that are not on hot paths are MP_COLD (compiled for size).
#include "runtime.h"
#include "objtype.h"
#include "objiter.h"
#include "objslice.h"
#include "objlist.h"
#include "objstr.h"
#include "objtuple.h"
#include "objrange.h"

// The nlr handlers below only read locals that are not modified after
// nlr_push, which C guarantees; GCC's -Wclobbered cannot see that.
#pragma GCC diagnostic ignored "-Wclobbered"

// ---------------------------------------------------------------------------
// Repr recursion guard: a stack of the containers being printed.

#define REPR_GUARD_MAX (256)
static mp_obj_t repr_active[REPR_GUARD_MAX];
static size_t repr_depth;

bool mp_repr_enter(mp_obj_t o) {
    size_t n = repr_depth < REPR_GUARD_MAX ? repr_depth : REPR_GUARD_MAX;
    for (size_t i = 0; i < n; i++) {
        if (repr_active[i] == o) {
            return true;
        }
    }
    if (repr_depth < REPR_GUARD_MAX) {
        repr_active[repr_depth] = o;
    }
    repr_depth++;
    return false;
}

void mp_repr_leave(void) {
    if (repr_depth > 0) {
        repr_depth--;
        if (repr_depth < REPR_GUARD_MAX) {
            repr_active[repr_depth] = MP_OBJ_NULL;
        }
    }
}

// ---------------------------------------------------------------------------
// Basics

mp_obj_list_t *mp_obj_list_native_maybe(mp_obj_t o) {
    return mp_obj_native_ptr(o, &mp_type_list);
}

static inline mp_obj_list_t *get_list(mp_obj_t o) {
    if (MP_LIKELY(mp_obj_is_obj(o) && ((mp_obj_base_t *)MP_OBJ_TO_PTR(o))->type == &mp_type_list)) {
        return MP_OBJ_TO_PTR(o);
    }
    mp_obj_list_t *l = mp_obj_list_native_maybe(o);
    if (l == NULL) {
        mp_raise_msg_varg(&mp_type_TypeError, "descriptor for 'list' objects doesn't apply to a '%s' object", mp_obj_get_type_str(o));
    }
    return l;
}

#define LIST_MAX_ITEMS (((size_t)1) << 58)

// The items pointer of every list with no allocated storage (alloc 0):
// never written, never freed, and never NULL (so memcpy & co. stay
// well-defined on empty lists).
static mp_obj_t list_no_items[1];

void mp_obj_list_free_items(mp_obj_list_t *l) {
    if (l->alloc != 0 && l->items != NULL) {
        m_free(l->items);
    }
    l->items = list_no_items;
    l->alloc = 0;
    l->len = 0;
}

// Make room for at least `need` items.
static void list_reserve(mp_obj_list_t *l, size_t need) {
    if (need <= l->alloc) {
        return;
    }
    if (need > LIST_MAX_ITEMS) {
        m_malloc_fail(need * sizeof(mp_obj_t));
    }
    size_t new_alloc = l->alloc * 2;
    if (new_alloc < need) {
        new_alloc = need;
    }
    if (new_alloc < 4) {
        new_alloc = 4;
    }
    l->items = l->alloc == 0 ? m_new(mp_obj_t, new_alloc) : m_renew(mp_obj_t, l->items, l->alloc, new_alloc);
    // m_realloc does not promise zeroed growth; keep unused slots clear so
    // the conservative collector does not retain stale objects.
    memset(l->items + l->alloc, 0, (new_alloc - l->alloc) * sizeof(mp_obj_t));
    l->alloc = new_alloc;
}

// Give memory back after big shrinks.
static void list_maybe_shrink(mp_obj_list_t *l) {
    if (l->alloc > 16 && l->len * 4 < l->alloc) {
        size_t new_alloc = l->alloc / 2;
        l->items = m_renew(mp_obj_t, l->items, l->alloc, new_alloc);
        l->alloc = new_alloc;
    }
}

static mp_obj_list_t *list_new(size_t n) {
    if (n > LIST_MAX_ITEMS) {
        m_malloc_fail(n * sizeof(mp_obj_t));
    }
    mp_obj_list_t *l = m_new_obj(mp_obj_list_t);
    l->base.type = &mp_type_list;
    // Exactly n slots (none for an empty list): many programs keep lots
    // of small lists; appends grow geometrically.
    l->alloc = n;
    l->len = n;
    l->items = n > 0 ? m_new(mp_obj_t, n) : list_no_items;
    return l;
}

mp_obj_t mp_obj_new_list(size_t n, const mp_obj_t *items) {
    mp_obj_list_t *l = list_new(n);
    if (items != NULL && n > 0) {
        memcpy(l->items, items, n * sizeof(mp_obj_t));
    }
    return MP_OBJ_FROM_PTR(l);
}

void mp_obj_list_get(mp_obj_t o, size_t *len, mp_obj_t **items) {
    mp_obj_list_t *l = get_list(o);
    *len = l->len;
    *items = l->items;
}

mp_obj_t mp_obj_list_append(mp_obj_t list, mp_obj_t item) {
    mp_obj_list_t *l = get_list(list);
    if (MP_UNLIKELY(l->len >= l->alloc)) {
        list_reserve(l, l->len + 1);
    }
    l->items[l->len++] = item;
    return mp_const_none;
}

void mp_obj_list_store(mp_obj_t list, size_t index, mp_obj_t value) {
    mp_obj_list_t *l = get_list(list);
    if (index >= l->len) {
        mp_raise_msg(&mp_type_IndexError, "list assignment index out of range");
    }
    l->items[index] = value;
}

void mp_obj_list_extend(mp_obj_t list, mp_obj_t iterable) {
    mp_obj_list_t *l = get_list(list);
    if (mp_obj_is_obj(iterable)) {
        const mp_obj_type_t *t = ((mp_obj_base_t *)MP_OBJ_TO_PTR(iterable))->type;
        if (t == &mp_type_list || t == &mp_type_tuple) {
            size_t n;
            mp_obj_t *items;
            mp_seq_get_items(iterable, &n, &items);
            list_reserve(l, l->len + n);
            // Re-read: extending a list by itself.
            mp_seq_get_items(iterable, &n, &items);
            memmove(l->items + l->len, items, n * sizeof(mp_obj_t));
            l->len += n;
            return;
        }
        if (t == &mp_type_range && ((const mp_obj_range_t *)MP_OBJ_TO_PTR(iterable))->big == NULL) {
            const mp_obj_range_t *r = MP_OBJ_TO_PTR(iterable);
            mp_int_t n = mp_obj_range_len(r);
            list_reserve(l, l->len + n);
            mp_uint_t v = (mp_uint_t)r->start;
            for (mp_int_t i = 0; i < n; i++, v += (mp_uint_t)r->step) {
                l->items[l->len++] = mp_obj_new_int((mp_int_t)v);
            }
            return;
        }
    }
    mp_obj_t it = mp_getiter(iterable, NULL);
    mp_obj_t item;
    while ((item = mp_iternext(it)) != MP_OBJ_STOP_ITERATION) {
        if (MP_UNLIKELY(l->len >= l->alloc)) {
            list_reserve(l, l->len + 1);
        }
        l->items[l->len++] = item;
    }
}

mp_obj_t mp_obj_list_from_iterable(mp_obj_t iterable) {
    if (mp_obj_is_obj(iterable)) {
        const mp_obj_type_t *t = ((mp_obj_base_t *)MP_OBJ_TO_PTR(iterable))->type;
        if (t == &mp_type_list || t == &mp_type_tuple) {
            size_t n;
            mp_obj_t *items;
            mp_seq_get_items(iterable, &n, &items);
            return mp_obj_new_list(n, items);
        }
    }
    mp_obj_list_t *l = list_new(0);
    mp_obj_list_extend(MP_OBJ_FROM_PTR(l), iterable);
    return MP_OBJ_FROM_PTR(l);
}

static mp_obj_t list_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    if (n_kw != 0) {
        mp_raise_TypeError("list() takes no keyword arguments");
    }
    if (n_args > 1) {
        mp_raise_msg_varg(&mp_type_TypeError, "list expected at most 1 argument, got %d", (int)n_args);
    }
    if (n_args == 0) {
        return MP_OBJ_FROM_PTR(list_new(0));
    }
    return mp_obj_list_from_iterable(args[0]);
}

// ---------------------------------------------------------------------------
// Printing

MP_COLD static void list_print(const mp_print_t *print, mp_obj_t o, mp_print_kind_t kind) {
    mp_obj_list_t *l = get_list(o);
    if (mp_repr_enter(MP_OBJ_FROM_PTR(l))) {
        mp_print_str(print, "[...]");
        return;
    }
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_stack_check();
        mp_print_str(print, "[");
        for (size_t i = 0; i < l->len; i++) {
            if (i > 0) {
                mp_print_str(print, ", ");
            }
            mp_obj_print_helper(print, l->items[i], PRINT_REPR);
        }
        mp_print_str(print, "]");
        nlr_pop();
        mp_repr_leave();
    } else {
        mp_repr_leave();
        nlr_jump(nlr.ret_val);
    }
}

// ---------------------------------------------------------------------------
// Operators

static mp_obj_t list_unary_op(mp_unary_op_t op, mp_obj_t o) {
    mp_obj_list_t *l = mp_obj_list_native_maybe(o);
    if (l == NULL) {
        return MP_OBJ_NULL;
    }
    switch (op) {
        case MP_UNARY_OP_BOOL:
            return mp_obj_new_bool(l->len != 0);
        case MP_UNARY_OP_LEN:
            return MP_OBJ_NEW_SMALL_INT(l->len);
        case MP_UNARY_OP_SIZEOF:
            return MP_OBJ_NEW_SMALL_INT(sizeof(mp_obj_list_t) + l->alloc * sizeof(mp_obj_t));
        default:
            return MP_OBJ_NULL;
    }
}

static bool list_contains(mp_obj_list_t *l, mp_obj_t value) {
    for (size_t i = 0; i < l->len; i++) {
        mp_obj_t x = l->items[i];
        if (x == value || mp_obj_equal(x, value)) {
            return true;
        }
    }
    return false;
}

static void list_repeat_in_place(mp_obj_list_t *l, mp_int_t n) {
    size_t len = l->len;
    if (n <= 0 || len == 0) {
        l->len = 0;
        memset(l->items, 0, l->alloc * sizeof(mp_obj_t));
        list_maybe_shrink(l);
        return;
    }
    if ((mp_uint_t)n > LIST_MAX_ITEMS / len) {
        m_malloc_fail((size_t)-1);
    }
    list_reserve(l, len * (size_t)n);
    for (mp_int_t i = 1; i < n; i++) {
        memcpy(l->items + i * len, l->items, len * sizeof(mp_obj_t));
    }
    l->len = len * (size_t)n;
}

static mp_obj_t list_binary_op(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs) {
    mp_obj_list_t *l = mp_obj_list_native_maybe(lhs);
    if (l == NULL) {
        return MP_OBJ_NULL;
    }
    switch (op) {
        case MP_BINARY_OP_ADD: {
            mp_obj_list_t *r = mp_obj_list_native_maybe(rhs);
            if (r == NULL) {
                if (!(mp_obj_get_type(rhs)->flags & MP_TYPE_FLAG_USER)) {
                    // No __radd__ can exist: CPython's own message.
                    mp_raise_msg_varg(&mp_type_TypeError, "can only concatenate list (not \"%s\") to list", mp_obj_get_type_str(rhs));
                }
                return MP_OBJ_NULL;
            }
            mp_obj_list_t *res = list_new(l->len + r->len);
            memcpy(res->items, l->items, l->len * sizeof(mp_obj_t));
            memcpy(res->items + l->len, r->items, r->len * sizeof(mp_obj_t));
            return MP_OBJ_FROM_PTR(res);
        }
        case MP_BINARY_OP_INPLACE_ADD:
            mp_obj_list_extend(MP_OBJ_FROM_PTR(l), rhs);
            return lhs;
        case MP_BINARY_OP_MULTIPLY:
        case MP_BINARY_OP_REVERSE_MULTIPLY: {
            mp_int_t n;
            if (!mp_seq_get_repeat_count(rhs, &n)) {
                return MP_OBJ_NULL;
            }
            if (n <= 0 || l->len == 0) {
                return MP_OBJ_FROM_PTR(list_new(0));
            }
            if ((mp_uint_t)n > LIST_MAX_ITEMS / l->len) {
                m_malloc_fail((size_t)-1);
            }
            size_t len = l->len;
            mp_obj_list_t *res = list_new(len * (size_t)n);
            for (mp_int_t i = 0; i < n; i++) {
                memcpy(res->items + i * len, l->items, len * sizeof(mp_obj_t));
            }
            return MP_OBJ_FROM_PTR(res);
        }
        case MP_BINARY_OP_INPLACE_MULTIPLY: {
            mp_int_t n;
            if (!mp_seq_get_repeat_count(rhs, &n)) {
                return MP_OBJ_NULL;
            }
            list_repeat_in_place(l, n);
            return lhs;
        }
        case MP_BINARY_OP_EQUAL:
        case MP_BINARY_OP_NOT_EQUAL:
        case MP_BINARY_OP_LESS:
        case MP_BINARY_OP_LESS_EQUAL:
        case MP_BINARY_OP_MORE:
        case MP_BINARY_OP_MORE_EQUAL: {
            mp_obj_list_t *r = mp_obj_list_native_maybe(rhs);
            if (r == NULL) {
                return MP_OBJ_NULL;  // NotImplemented: the runtime tries the reflection
            }
            return mp_obj_new_bool(mp_seq_compare(op, MP_OBJ_FROM_PTR(l), MP_OBJ_FROM_PTR(r)));
        }
        case MP_BINARY_OP_IN:
            return mp_obj_new_bool(list_contains(l, rhs));
        case MP_BINARY_OP_NOT_IN:
            return mp_obj_new_bool(!list_contains(l, rhs));
        default:
            return MP_OBJ_NULL;
    }
}

// ---------------------------------------------------------------------------
// Subscription

// Replace items [start, start+count) by the n items src (src may alias).
static void list_replace_range(mp_obj_list_t *l, size_t start, size_t count, size_t n, const mp_obj_t *src) {
    size_t old_len = l->len;
    size_t tail = old_len - (start + count);
    if (n > count) {
        list_reserve(l, old_len + (n - count));
    }
    memmove(l->items + start + n, l->items + start + count, tail * sizeof(mp_obj_t));
    if (n > 0) {
        memcpy(l->items + start, src, n * sizeof(mp_obj_t));
    }
    size_t new_len = old_len - count + n;
    if (new_len < old_len) {
        memset(l->items + new_len, 0, (old_len - new_len) * sizeof(mp_obj_t));
    }
    l->len = new_len;
    list_maybe_shrink(l);
}

// iter(value) for a slice assignment, with CPython's message when value
// is not iterable.
MP_COLD static mp_obj_t slice_value_iter(mp_obj_t index, mp_obj_t value) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t it = mp_getiter(value, NULL);
        nlr_pop();
        return it;
    }
    mp_obj_t exc = MP_OBJ_FROM_PTR(nlr.ret_val);
    if (mp_obj_is_instance_of(exc, &mp_type_TypeError)) {
        mp_obj_t step = ((mp_obj_slice_t *)MP_OBJ_TO_PTR(index))->step;
        mp_int_t st;
        if (step == mp_const_none || (mp_obj_get_int_maybe(step, &st) && st == 1)) {
            mp_raise_TypeError("can only assign an iterable");
        }
        mp_raise_TypeError("must assign iterable to extended slice");
    }
    nlr_raise(exc);
}

static mp_obj_t list_subscr_slice(mp_obj_list_t *l, mp_obj_t index, mp_obj_t value) {
    index = mp_obj_slice_resolve(index);
    if (value == MP_OBJ_SENTINEL) {
        mp_bound_slice_t b;
        mp_int_t n = mp_obj_slice_indices(index, l->len, &b);
        mp_obj_list_t *res = list_new(n);
        if (b.step == 1) {
            memcpy(res->items, l->items + b.start, n * sizeof(mp_obj_t));
        } else {
            mp_int_t j = b.start;
            for (mp_int_t k = 0; k < n; k++, j += b.step) {
                res->items[k] = l->items[j];
            }
        }
        return MP_OBJ_FROM_PTR(res);
    }
    if (value == MP_OBJ_NULL) {
        // Deletion.
        mp_bound_slice_t b;
        mp_int_t n = mp_obj_slice_indices(index, l->len, &b);
        if (n == 0) {
            return mp_const_none;
        }
        if (b.step == 1) {
            list_replace_range(l, b.start, n, 0, NULL);
            return mp_const_none;
        }
        if (b.step < 0) {
            // Same set of items walked upwards.
            b.start = b.start + (n - 1) * b.step;
            b.step = -b.step;
        }
        size_t dst = b.start;
        size_t next_del = b.start;
        mp_int_t deleted = 0;
        for (size_t src = b.start; src < l->len; src++) {
            if (deleted < n && src == next_del) {
                deleted++;
                next_del += b.step;
                continue;
            }
            l->items[dst++] = l->items[src];
        }
        memset(l->items + dst, 0, (l->len - dst) * sizeof(mp_obj_t));
        l->len = dst;
        list_maybe_shrink(l);
        return mp_const_none;
    }
    // Assignment: materialise the value first (it may be the list itself,
    // or an iterator with side effects on the list).
    size_t vn;
    mp_obj_t *vitems;
    mp_obj_t tmp = MP_OBJ_NULL;
    if (mp_obj_is_type(value, &mp_type_tuple)) {
        mp_seq_get_items(value, &vn, &vitems);
    } else {
        tmp = mp_obj_list_from_iterable(slice_value_iter(index, value));
        mp_seq_get_items(tmp, &vn, &vitems);
    }
    mp_bound_slice_t b;
    mp_int_t n = mp_obj_slice_indices(index, l->len, &b);
    if (b.step == 1) {
        list_replace_range(l, b.start, n, vn, vitems);
        return mp_const_none;
    }
    if ((size_t)n != vn) {
        mp_raise_msg_varg(&mp_type_ValueError, "attempt to assign sequence of size %d to extended slice of size %d", (int)vn, (int)n);
    }
    mp_int_t j = b.start;
    for (mp_int_t k = 0; k < n; k++, j += b.step) {
        l->items[j] = vitems[k];
    }
    (void)tmp;
    return mp_const_none;
}

static mp_obj_t list_subscr(mp_obj_t self_in, mp_obj_t index, mp_obj_t value) {
    mp_obj_list_t *l = get_list(self_in);
    if (MP_LIKELY(mp_obj_is_small_int(index))) {
        mp_int_t i = mp_small_int_value(index);
        if (i < 0) {
            i += l->len;
        }
        if (MP_LIKELY((mp_uint_t)i < l->len)) {
            if (value == MP_OBJ_SENTINEL) {
                return l->items[i];
            }
            if (value != MP_OBJ_NULL) {
                l->items[i] = value;
                return mp_const_none;
            }
            list_replace_range(l, i, 1, 0, NULL);
            return mp_const_none;
        }
        if (value == MP_OBJ_SENTINEL) {
            mp_raise_msg(&mp_type_IndexError, "list index out of range");
        }
        mp_raise_msg(&mp_type_IndexError, "list assignment index out of range");
    }
    if (mp_obj_is_type(index, &mp_type_slice)) {
        return list_subscr_slice(l, index, value);
    }
    // Run a user __index__ before reading the length: it may change the list.
    index = mp_obj_subscr_resolve(index);
    size_t i;
    if (value == MP_OBJ_SENTINEL) {
        i = mp_get_index(&mp_type_list, l->len, index, false);
        return l->items[i];
    }
    // Store/delete: CPython words the error "list assignment index".
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        i = mp_get_index(&mp_type_list, l->len, index, false);
        nlr_pop();
    } else {
        mp_obj_t exc = MP_OBJ_FROM_PTR(nlr.ret_val);
        // A big int index keeps its "cannot fit" message, as in CPython.
        if (mp_obj_is_instance_of(exc, &mp_type_IndexError) && !mp_obj_is_type(index, &mp_type_int)) {
            mp_raise_msg(&mp_type_IndexError, "list assignment index out of range");
        }
        nlr_jump(nlr.ret_val);
    }
    if (value == MP_OBJ_NULL) {
        list_replace_range(l, i, 1, 0, NULL);
    } else {
        l->items[i] = value;
    }
    return mp_const_none;
}

// ---------------------------------------------------------------------------
// Iterator

static mp_obj_t list_it_iternext(mp_obj_t self_in) {
    return mp_obj_list_it_next(MP_OBJ_TO_PTR(self_in));
}

static mp_obj_t list_it_length_hint(mp_obj_t self_in) {
    mp_obj_list_it_t *it = MP_OBJ_TO_PTR(self_in);
    return MP_OBJ_NEW_SMALL_INT(it->cur < it->list->len ? it->list->len - it->cur : 0);
}
static MP_DEFINE_NAMED_FUN_OBJ_1(list_it_length_hint_obj, MP_QSTR___length_hint__, list_it_length_hint);

static const mp_rom_map_elem_t list_it_locals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___length_hint__), MP_ROM_PTR(&list_it_length_hint_obj)},
};
static MP_DEFINE_CONST_DICT(list_it_locals_dict, list_it_locals_table);

const mp_obj_type_t mp_type_list_it = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_ITER_IS_SELF,
    .name = MP_QSTR_list_iterator,
    .getiter = mp_identity_getiter,
    .iternext = list_it_iternext,
    .locals_dict = (mp_obj_dict_t *)&list_it_locals_dict,
};

static mp_obj_t list_getiter(mp_obj_t self_in) {
    mp_obj_list_it_t *it = m_new_obj(mp_obj_list_it_t);
    it->base.type = &mp_type_list_it;
    it->list = get_list(self_in);
    it->cur = 0;
    return MP_OBJ_FROM_PTR(it);
}

// ---------------------------------------------------------------------------
// Sorting: a stable natural merge sort (runs found in the data, short runs
// extended by binary insertion, adjacent runs merged pairwise). It works
// on copies: the list is detached (appears empty) while keys and
// comparisons run user code, so an exception or a mutation never leaves
// the list inconsistent.

// Comparison modes; those from CMP_TUPLE on may run user code (and raise).
enum { CMP_SMALL_INT, CMP_NUMBER, CMP_STR, CMP_TUPLE, CMP_GENERIC };

typedef struct _sorter_t {
    int mode;
    mp_obj_t *k;    // keys (the values themselves when there is no key)
    mp_obj_t *v;    // values moved in lockstep, or NULL
    mp_obj_t *tk;   // temporary buffers for merges (n/2 + 1 items)
    mp_obj_t *tv;
} sorter_t;

static inline double num_value(mp_obj_t o) {
    return mp_obj_is_small_int(o) ? (double)mp_small_int_value(o) : mp_obj_float_value(o);
}

static inline bool str_lt(mp_obj_t a, mp_obj_t b) {
    // UTF-8 byte order is code point order. The first differing byte
    // usually decides, so test it before calling memcmp.
    size_t la, lb;
    const byte *da = mp_str_data_len(a, &la);
    const byte *db = mp_str_data_len(b, &lb);
    if (la != 0 && lb != 0 && da[0] != db[0]) {
        return da[0] < db[0];
    }
    int c = memcmp(da, db, la < lb ? la : lb);
    return c < 0 || (c == 0 && la < lb);
}

// a < b for two exact tuples, as tuple comparison does it (the first items
// that are not equal decide, else the shorter is less), with the common
// item types compared inline instead of through mp_binary_op.
static bool tuple_lt(mp_obj_t a, mp_obj_t b) {
    mp_obj_tuple_t *ta = MP_OBJ_TO_PTR(a);
    mp_obj_tuple_t *tb = MP_OBJ_TO_PTR(b);
    size_t n = ta->len < tb->len ? ta->len : tb->len;
    for (size_t i = 0; i < n; i++) {
        mp_obj_t x = ta->items[i];
        mp_obj_t y = tb->items[i];
        if (x == y) {
            continue;  // identical items are equal (CPython's shortcut too)
        }
        if (mp_obj_is_small_int(x) && mp_obj_is_small_int(y)) {
            return mp_small_int_value(x) < mp_small_int_value(y);
        }
        if (mp_obj_is_native_str(x) && mp_obj_is_native_str(y)) {
            if (mp_obj_is_qstr(x) && mp_obj_is_qstr(y)) {
                // Distinct qstrs hold different text.
                return str_lt(x, y);
            }
            size_t lx, ly;
            const byte *dx = mp_str_data_len(x, &lx);
            const byte *dy = mp_str_data_len(y, &ly);
            if (lx == ly && memcmp(dx, dy, lx) == 0) {
                continue;
            }
            return str_lt(x, y);
        }
        if (mp_obj_equal(x, y)) {
            continue;
        }
        return mp_obj_is_true(mp_binary_op(MP_BINARY_OP_LESS, x, y));
    }
    return ta->len < tb->len;
}

static inline bool sort_lt(int mode, mp_obj_t a, mp_obj_t b) {
    switch (mode) {
        case CMP_SMALL_INT:
            return mp_small_int_value(a) < mp_small_int_value(b);
        case CMP_NUMBER:
            return num_value(a) < num_value(b);
        case CMP_STR:
            return str_lt(a, b);
        case CMP_TUPLE:
            return tuple_lt(a, b);
        default:
            return mp_obj_is_true(mp_binary_op(MP_BINARY_OP_LESS, a, b));
    }
}

static inline void sort_move(sorter_t *s, size_t dst, size_t src, size_t n) {
    memmove(s->k + dst, s->k + src, n * sizeof(mp_obj_t));
    if (s->v != NULL) {
        memmove(s->v + dst, s->v + src, n * sizeof(mp_obj_t));
    }
}

static void sort_reverse(mp_obj_t *a, size_t lo, size_t hi) {
    if (a == NULL || hi - lo < 2) {
        return;
    }
    for (size_t i = lo, j = hi - 1; i < j; i++, j--) {
        mp_obj_t t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}

// Binary insertion sort of [lo, hi) where [lo, start) is already sorted.
static inline void sort_insertion(sorter_t *s, int mode, size_t lo, size_t start, size_t hi) {
    for (size_t i = start; i < hi; i++) {
        mp_obj_t x = s->k[i];
        size_t a = lo, b = i;
        while (a < b) {
            size_t mid = a + (b - a) / 2;
            if (sort_lt(mode, x, s->k[mid])) {
                b = mid;
            } else {
                a = mid + 1;
            }
        }
        if (a < i) {
            mp_obj_t xv = s->v != NULL ? s->v[i] : MP_OBJ_NULL;
            sort_move(s, a + 1, a, i - a);
            s->k[a] = x;
            if (s->v != NULL) {
                s->v[a] = xv;
            }
        }
    }
}

// Merge sorted runs [lo, mid) and [mid, hi).
static inline void sort_merge(sorter_t *s, int mode, size_t lo, size_t mid, size_t hi) {
    mp_obj_t *k = s->k, *v = s->v;
    if (!sort_lt(mode, k[mid], k[mid - 1])) {
        return;  // already in order
    }
    // Left items not greater than the right run's first stay in place.
    {
        size_t a = lo, b = mid - 1;
        mp_obj_t first = k[mid];
        while (a < b) {
            size_t m = a + (b - a) / 2;
            if (sort_lt(mode, first, k[m])) {
                b = m;
            } else {
                a = m + 1;
            }
        }
        lo = a;
    }
    size_t nl = mid - lo, nr = hi - mid;
    if (nl <= nr) {
        // Copy the left run out and merge forwards.
        memcpy(s->tk, k + lo, nl * sizeof(mp_obj_t));
        if (v != NULL) {
            memcpy(s->tv, v + lo, nl * sizeof(mp_obj_t));
        }
        size_t i = 0, j = mid, o = lo;
        while (i < nl && j < hi) {
            if (sort_lt(mode, k[j], s->tk[i])) {
                k[o] = k[j];
                if (v != NULL) {
                    v[o] = v[j];
                }
                j++;
            } else {
                k[o] = s->tk[i];
                if (v != NULL) {
                    v[o] = s->tv[i];
                }
                i++;
            }
            o++;
        }
        if (i < nl) {
            memcpy(k + o, s->tk + i, (nl - i) * sizeof(mp_obj_t));
            if (v != NULL) {
                memcpy(v + o, s->tv + i, (nl - i) * sizeof(mp_obj_t));
            }
        }
    } else {
        // Copy the right run out and merge backwards.
        memcpy(s->tk, k + mid, nr * sizeof(mp_obj_t));
        if (v != NULL) {
            memcpy(s->tv, v + mid, nr * sizeof(mp_obj_t));
        }
        size_t i = mid, j = nr, o = hi;  // i, j: one past the next items
        while (i > lo && j > 0) {
            o--;
            if (sort_lt(mode, s->tk[j - 1], k[i - 1])) {
                k[o] = k[i - 1];
                if (v != NULL) {
                    v[o] = v[i - 1];
                }
                i--;
            } else {
                k[o] = s->tk[j - 1];
                if (v != NULL) {
                    v[o] = s->tv[j - 1];
                }
                j--;
            }
        }
        if (j > 0) {
            memcpy(k + lo, s->tk, j * sizeof(mp_obj_t));
            if (v != NULL) {
                memcpy(v + lo, s->tv, j * sizeof(mp_obj_t));
            }
        }
    }
}

#define MIN_RUN (32)

// Merge runs i and i + 1 of the run stack (lo[], len[] of *ns runs).
static inline void sort_merge_at(sorter_t *s, int mode, size_t *rlo, size_t *rlen, size_t *ns, size_t i) {
    sort_merge(s, mode, rlo[i], rlo[i + 1], rlo[i + 1] + rlen[i + 1]);
    rlen[i] += rlen[i + 1];
    for (size_t j = i + 1; j + 1 < *ns; j++) {
        rlo[j] = rlo[j + 1];
        rlen[j] = rlen[j + 1];
    }
    (*ns)--;
}

static inline void sort_run_all(sorter_t *s, int mode, size_t n) {
    // Runs are found left to right and pushed on a stack; adjacent runs
    // are merged as soon as their lengths say so (TimSort's invariants:
    // each run longer than the next two together). Merging recently made
    // runs while they are still in the cache is much faster on big inputs
    // than merging level by level across the whole array, and the
    // invariants keep the merges balanced (O(n log n)).
    size_t max_runs = n / MIN_RUN + 2;
    size_t *rlo = m_malloc_atomic(2 * max_runs * sizeof(size_t));
    size_t *rlen = rlo + max_runs;
    size_t ns = 0;
    size_t lo = 0;
    while (lo < n) {
        size_t hi = lo + 1;
        if (hi < n) {
            if (sort_lt(mode, s->k[hi], s->k[lo])) {
                // Strictly descending: reversing keeps stability.
                while (hi + 1 < n && sort_lt(mode, s->k[hi + 1], s->k[hi])) {
                    hi++;
                }
                hi++;
                sort_reverse(s->k, lo, hi);
                sort_reverse(s->v, lo, hi);
            } else {
                while (hi + 1 < n && !sort_lt(mode, s->k[hi + 1], s->k[hi])) {
                    hi++;
                }
                hi++;
            }
        }
        if (hi - lo < MIN_RUN && hi < n) {
            size_t end = lo + MIN_RUN < n ? lo + MIN_RUN : n;
            sort_insertion(s, mode, lo, hi, end);
            hi = end;
        }
        rlo[ns] = lo;
        rlen[ns] = hi - lo;
        ns++;
        lo = hi;
        while (ns > 1) {
            size_t i = ns - 2;
            if ((i > 0 && rlen[i - 1] <= rlen[i] + rlen[i + 1])
                || (i > 1 && rlen[i - 2] <= rlen[i - 1] + rlen[i])) {
                if (rlen[i - 1] < rlen[i + 1]) {
                    i--;
                }
            } else if (rlen[i] > rlen[i + 1]) {
                break;
            }
            sort_merge_at(s, mode, rlo, rlen, &ns, i);
        }
    }
    while (ns > 1) {
        size_t i = ns - 2;
        if (i > 0 && rlen[i - 1] < rlen[i + 1]) {
            i--;
        }
        sort_merge_at(s, mode, rlo, rlen, &ns, i);
    }
    m_free(rlo);
}

static void sort_small_int(sorter_t *s, size_t n) {
    sort_run_all(s, CMP_SMALL_INT, n);
}
static void sort_number(sorter_t *s, size_t n) {
    sort_run_all(s, CMP_NUMBER, n);
}
static void sort_str(sorter_t *s, size_t n) {
    sort_run_all(s, CMP_STR, n);
}
static void sort_tuple(sorter_t *s, size_t n) {
    sort_run_all(s, CMP_TUPLE, n);
}
static void sort_generic(sorter_t *s, size_t n) {
    sort_run_all(s, CMP_GENERIC, n);
}

static int sort_pick_mode(const mp_obj_t *k, size_t n) {
    if (mp_obj_is_type(k[0], &mp_type_tuple)) {
        for (size_t i = 1; i < n; i++) {
            if (!mp_obj_is_type(k[i], &mp_type_tuple)) {
                return CMP_GENERIC;
            }
        }
        return CMP_TUPLE;
    }
    bool all_int = true, all_num = true, all_str = true;
    for (size_t i = 0; i < n && (all_num || all_str); i++) {
        mp_obj_t o = k[i];
        if (mp_obj_is_small_int(o)) {
            all_str = false;
        } else if (mp_obj_is_float(o)) {
            all_int = false;
            all_str = false;
        } else if (mp_obj_is_str(o)) {
            all_int = false;
            all_num = false;
        } else {
            return CMP_GENERIC;
        }
    }
    if (all_int && all_num) {
        return CMP_SMALL_INT;
    }
    if (all_num) {
        return CMP_NUMBER;
    }
    if (all_str) {
        return CMP_STR;
    }
    return CMP_GENERIC;
}

void mp_obj_list_sort(mp_obj_t list, mp_obj_t key_fn, bool reverse) {
    mp_obj_list_t *l = get_list(list);
    if (key_fn == mp_const_none) {
        key_fn = MP_OBJ_NULL;
    }
    size_t n = l->len;
    if (n < 2 && key_fn == MP_OBJ_NULL) {
        return;
    }
    // Detach the items.
    mp_obj_t *saved = l->items;
    size_t saved_alloc = l->alloc;
    l->items = list_no_items;
    l->alloc = 0;
    l->len = 0;
    nlr_buf_t nlr;
    sorter_t s;
    if (nlr_push(&nlr) == 0) {
        // Fast comparison modes cannot raise, so they sort the detached
        // array itself; the generic mode (user __lt__) sorts a copy so an
        // exception leaves the list exactly as it was.
        s.k = saved;
        s.v = NULL;
        if (key_fn != MP_OBJ_NULL) {
            s.k = m_new(mp_obj_t, n);
            for (size_t i = 0; i < n; i++) {
                s.k[i] = mp_call_function_1(key_fn, saved[i]);
            }
            s.v = saved;
        }
        if (n >= 2) {
            s.mode = sort_pick_mode(s.k, n);
            if (s.mode >= CMP_TUPLE) {
                if (s.v != NULL) {
                    s.v = m_new(mp_obj_t, n);
                    memcpy(s.v, saved, n * sizeof(mp_obj_t));
                } else {
                    s.k = m_new(mp_obj_t, n);
                    memcpy(s.k, saved, n * sizeof(mp_obj_t));
                }
            }
            size_t nt = n / 2 + 1;
            s.tk = m_new(mp_obj_t, nt);
            s.tv = s.v != NULL ? m_new(mp_obj_t, nt) : NULL;
            if (reverse) {
                sort_reverse(s.k, 0, n);
                sort_reverse(s.v, 0, n);
            }
            switch (s.mode) {
                case CMP_SMALL_INT:
                    sort_small_int(&s, n);
                    break;
                case CMP_NUMBER:
                    sort_number(&s, n);
                    break;
                case CMP_STR:
                    sort_str(&s, n);
                    break;
                case CMP_TUPLE:
                    sort_tuple(&s, n);
                    break;
                default:
                    sort_generic(&s, n);
                    break;
            }
            if (reverse) {
                sort_reverse(s.k, 0, n);
                sort_reverse(s.v, 0, n);
            }
            m_free(s.tk);
            if (s.tv != NULL) {
                m_free(s.tv);
            }
        }
        nlr_pop();
    } else {
        // Put the original items back, dropping what user code added.
        l->items = saved;
        l->alloc = saved_alloc;
        l->len = n;
        nlr_jump(nlr.ret_val);
    }
    bool modified = l->items != list_no_items || l->len != 0;
    mp_obj_t *sorted_items = s.v != NULL ? s.v : s.k;
    if (sorted_items != saved) {
        memcpy(saved, sorted_items, n * sizeof(mp_obj_t));
        m_free(sorted_items);
    }
    if (s.k != saved && s.k != sorted_items) {
        m_free(s.k);  // the keys
    }
    l->items = saved;
    l->alloc = saved_alloc;
    l->len = n;
    if (modified) {
        mp_raise_ValueError("list modified during sort");
    }
}

MP_COLD static mp_obj_t list_sort(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    if (n_args > 1) {
        mp_raise_TypeError("sort() takes no positional arguments");
    }
    mp_obj_t key_fn = MP_OBJ_NULL;
    bool reverse = false;
    if (kw != NULL && kw->filled > 0) {
        size_t found = 0;
        mp_map_elem_t *e = mp_map_lookup_qstr(kw, MP_QSTR_key, MP_MAP_LOOKUP);
        if (e != NULL) {
            key_fn = e->value;
            found++;
        }
        e = mp_map_lookup_qstr(kw, MP_QSTR_reverse, MP_MAP_LOOKUP);
        if (e != NULL) {
            // CPython takes reverse as a C int: an int, bool or __index__
            // object (TypeError for None, str, float ...).
            mp_obj_t r = e->value;
            if (mp_obj_is_small_int(r) || r == mp_const_true || r == mp_const_false) {
                reverse = mp_obj_is_true(r);
            } else {
                reverse = mp_obj_get_index_int(r) != 0;
            }
            found++;
        }
        if (found != kw->filled) {
            size_t cur = 0;
            while ((e = mp_map_next(kw, &cur)) != NULL) {
                qstr q = mp_obj_str_get_qstr(e->key);
                if (q != MP_QSTR_key && q != MP_QSTR_reverse) {
                    mp_raise_msg_varg(&mp_type_TypeError, "'%s' is an invalid keyword argument for sort()", qstr_str(q));
                }
            }
        }
    }
    mp_obj_list_sort(args[0], key_fn, reverse);
    return mp_const_none;
}
MP_DEFINE_NAMED_FUN_OBJ_KW(mp_obj_list_sort_obj, MP_QSTR_sort, 1, list_sort);

// ---------------------------------------------------------------------------
// Methods

static mp_obj_t list_append(mp_obj_t self_in, mp_obj_t item) {
    return mp_obj_list_append(self_in, item);
}
static MP_DEFINE_NAMED_FUN_OBJ_2(list_append_obj, MP_QSTR_append, list_append);

static mp_obj_t list_extend_meth(mp_obj_t self_in, mp_obj_t iterable) {
    mp_obj_list_extend(MP_OBJ_FROM_PTR(get_list(self_in)), iterable);
    return mp_const_none;
}
static MP_DEFINE_NAMED_FUN_OBJ_2(list_extend_obj, MP_QSTR_extend, list_extend_meth);

MP_COLD static mp_obj_t list_insert(mp_obj_t self_in, mp_obj_t index, mp_obj_t item) {
    mp_obj_list_t *l = get_list(self_in);
    mp_int_t i;
    if (!mp_seq_get_repeat_count(index, &i)) {
        mp_raise_msg_varg(&mp_type_TypeError, "'%s' object cannot be interpreted as an integer", mp_obj_get_type_str(index));
    }
    if (i < 0) {
        i += l->len;
        if (i < 0) {
            i = 0;
        }
    } else if (i > (mp_int_t)l->len) {
        i = l->len;
    }
    list_reserve(l, l->len + 1);
    memmove(l->items + i + 1, l->items + i, (l->len - i) * sizeof(mp_obj_t));
    l->items[i] = item;
    l->len++;
    return mp_const_none;
}
static MP_DEFINE_NAMED_FUN_OBJ_3(list_insert_obj, MP_QSTR_insert, list_insert);

static mp_obj_t list_pop(size_t n_args, const mp_obj_t *args) {
    mp_obj_list_t *l = get_list(args[0]);
    if (l->len == 0) {
        mp_raise_msg(&mp_type_IndexError, "pop from empty list");
    }
    size_t i = l->len - 1;
    if (n_args > 1) {
        mp_int_t v;
        if (!mp_seq_get_repeat_count(args[1], &v)) {
            mp_raise_msg_varg(&mp_type_TypeError, "'%s' object cannot be interpreted as an integer", mp_obj_get_type_str(args[1]));
        }
        if (v < 0) {
            v += l->len;
        }
        if (v < 0 || v >= (mp_int_t)l->len) {
            mp_raise_msg(&mp_type_IndexError, "pop index out of range");
        }
        i = v;
    }
    mp_obj_t item = l->items[i];
    if (i == l->len - 1) {
        l->items[--l->len] = MP_OBJ_NULL;
        list_maybe_shrink(l);
    } else {
        list_replace_range(l, i, 1, 0, NULL);
    }
    return item;
}
static MP_DEFINE_NAMED_FUN_OBJ_VAR_BETWEEN(list_pop_obj, MP_QSTR_pop, 1, 2, list_pop);

MP_COLD static mp_obj_t list_remove(mp_obj_t self_in, mp_obj_t value) {
    mp_obj_list_t *l = get_list(self_in);
    for (size_t i = 0; i < l->len; i++) {
        mp_obj_t x = l->items[i];
        if (x == value || mp_obj_equal(x, value)) {
            if (i < l->len) {
                list_replace_range(l, i, 1, 0, NULL);
            }
            return mp_const_none;
        }
    }
    mp_raise_ValueError("list.remove(x): x not in list");
}
static MP_DEFINE_NAMED_FUN_OBJ_2(list_remove_obj, MP_QSTR_remove, list_remove);

MP_COLD static mp_obj_t list_index(size_t n_args, const mp_obj_t *args) {
    mp_obj_list_t *l = get_list(args[0]);
    size_t start, stop;
    mp_seq_get_start_stop(n_args - 2, args + 2, l->len, &start, &stop);
    for (size_t i = start; i < stop && i < l->len; i++) {
        mp_obj_t x = l->items[i];
        if (x == args[1] || mp_obj_equal(x, args[1])) {
            return MP_OBJ_NEW_SMALL_INT(i);
        }
    }
    mp_obj_t r = mp_obj_repr(args[1]);
    mp_raise_msg_varg(&mp_type_ValueError, "%s is not in list", mp_obj_str_get_str(r));
}
static MP_DEFINE_NAMED_FUN_OBJ_VAR_BETWEEN(list_index_obj, MP_QSTR_index, 2, 4, list_index);

MP_COLD static mp_obj_t list_count(mp_obj_t self_in, mp_obj_t value) {
    mp_obj_list_t *l = get_list(self_in);
    mp_int_t n = 0;
    for (size_t i = 0; i < l->len; i++) {
        mp_obj_t x = l->items[i];
        if (x == value || mp_obj_equal(x, value)) {
            n++;
        }
    }
    return MP_OBJ_NEW_SMALL_INT(n);
}
static MP_DEFINE_NAMED_FUN_OBJ_2(list_count_obj, MP_QSTR_count, list_count);

MP_COLD static mp_obj_t list_reverse(mp_obj_t self_in) {
    mp_obj_list_t *l = get_list(self_in);
    sort_reverse(l->items, 0, l->len);
    return mp_const_none;
}
static MP_DEFINE_NAMED_FUN_OBJ_1(list_reverse_obj, MP_QSTR_reverse, list_reverse);

MP_COLD static mp_obj_t list_copy(mp_obj_t self_in) {
    mp_obj_list_t *l = get_list(self_in);
    return mp_obj_new_list(l->len, l->items);
}
static MP_DEFINE_NAMED_FUN_OBJ_1(list_copy_obj, MP_QSTR_copy, list_copy);

MP_COLD static mp_obj_t list_clear(mp_obj_t self_in) {
    mp_obj_list_t *l = get_list(self_in);
    mp_obj_list_free_items(l);
    return mp_const_none;
}
static MP_DEFINE_NAMED_FUN_OBJ_1(list_clear_obj, MP_QSTR_clear, list_clear);

// Special methods for user subclasses calling the base implementation
// (super().__getitem__(i), list.__len__(self), ...).
static mp_obj_t list_getitem(mp_obj_t self_in, mp_obj_t index) {
    return list_subscr(self_in, index, MP_OBJ_SENTINEL);
}
static MP_DEFINE_NAMED_FUN_OBJ_2(list_getitem_obj, MP_QSTR___getitem__, list_getitem);

static mp_obj_t list_setitem(mp_obj_t self_in, mp_obj_t index, mp_obj_t value) {
    return list_subscr(self_in, index, value);
}
static MP_DEFINE_NAMED_FUN_OBJ_3(list_setitem_obj, MP_QSTR___setitem__, list_setitem);

static mp_obj_t list_delitem(mp_obj_t self_in, mp_obj_t index) {
    return list_subscr(self_in, index, MP_OBJ_NULL);
}
static MP_DEFINE_NAMED_FUN_OBJ_2(list_delitem_obj, MP_QSTR___delitem__, list_delitem);

static mp_obj_t list_len(mp_obj_t self_in) {
    return MP_OBJ_NEW_SMALL_INT(get_list(self_in)->len);
}
static MP_DEFINE_NAMED_FUN_OBJ_1(list_len_obj, MP_QSTR___len__, list_len);

static mp_obj_t list_contains_meth(mp_obj_t self_in, mp_obj_t value) {
    return mp_obj_new_bool(list_contains(get_list(self_in), value));
}
static MP_DEFINE_NAMED_FUN_OBJ_2(list_contains_obj, MP_QSTR___contains__, list_contains_meth);

static mp_obj_t list_iter_meth(mp_obj_t self_in) {
    return list_getiter(self_in);
}
static MP_DEFINE_NAMED_FUN_OBJ_1(list_iter_obj, MP_QSTR___iter__, list_iter_meth);

static mp_obj_t list_reversed_meth(mp_obj_t self) {
    return mp_obj_new_reversed(self);
}
static MP_DEFINE_NAMED_FUN_OBJ_1(list_reversed_obj, MP_QSTR___reversed__, list_reversed_meth);

static const mp_rom_map_elem_t list_locals_table[] = {
    {MP_ROM_QSTR(MP_QSTR_append), MP_ROM_PTR(&list_append_obj)},
    {MP_ROM_QSTR(MP_QSTR_clear), MP_ROM_PTR(&list_clear_obj)},
    {MP_ROM_QSTR(MP_QSTR_copy), MP_ROM_PTR(&list_copy_obj)},
    {MP_ROM_QSTR(MP_QSTR_count), MP_ROM_PTR(&list_count_obj)},
    {MP_ROM_QSTR(MP_QSTR_extend), MP_ROM_PTR(&list_extend_obj)},
    {MP_ROM_QSTR(MP_QSTR_index), MP_ROM_PTR(&list_index_obj)},
    {MP_ROM_QSTR(MP_QSTR_insert), MP_ROM_PTR(&list_insert_obj)},
    {MP_ROM_QSTR(MP_QSTR_pop), MP_ROM_PTR(&list_pop_obj)},
    {MP_ROM_QSTR(MP_QSTR_remove), MP_ROM_PTR(&list_remove_obj)},
    {MP_ROM_QSTR(MP_QSTR_reverse), MP_ROM_PTR(&list_reverse_obj)},
    {MP_ROM_QSTR(MP_QSTR_sort), MP_ROM_PTR(&mp_obj_list_sort_obj)},
    {MP_ROM_QSTR(MP_QSTR___getitem__), MP_ROM_PTR(&list_getitem_obj)},
    {MP_ROM_QSTR(MP_QSTR___setitem__), MP_ROM_PTR(&list_setitem_obj)},
    {MP_ROM_QSTR(MP_QSTR___delitem__), MP_ROM_PTR(&list_delitem_obj)},
    {MP_ROM_QSTR(MP_QSTR___len__), MP_ROM_PTR(&list_len_obj)},
    {MP_ROM_QSTR(MP_QSTR___contains__), MP_ROM_PTR(&list_contains_obj)},
    {MP_ROM_QSTR(MP_QSTR___iter__), MP_ROM_PTR(&list_iter_obj)},
    {MP_ROM_QSTR(MP_QSTR___reversed__), MP_ROM_PTR(&list_reversed_obj)},
};
static MP_DEFINE_CONST_DICT(list_locals_dict, list_locals_table);

const mp_obj_type_t mp_type_list = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_BASETYPE,
    .name = MP_QSTR_list,
    .print = list_print,
    .make_new = list_make_new,
    .unary_op = list_unary_op,
    .binary_op = list_binary_op,
    .subscr = list_subscr,
    .getiter = list_getiter,
    .locals_dict = (mp_obj_dict_t *)&list_locals_dict,
};
