// objdeque.c: collections.deque, a double-ended queue in a ring buffer
// (power-of-two capacity, so both ends are O(1) and indexing is a mask),
// with an optional maxlen that discards from the opposite end.
#include <string.h>
#include "runtime.h"
#include "objexcept.h"
#include "objtype.h"
#include "objlist.h"
#include "objtuple.h"
#include "modcollections.h"

typedef struct _mp_obj_deque_t {
    mp_obj_base_t base;
    size_t alloc;      // capacity: 0 or a power of two
    size_t head;       // index of the first item
    size_t len;
    mp_int_t maxlen;   // -1: unbounded
    size_t state;      // bumped by every mutation (iterators check it)
    mp_obj_t *items;
} mp_obj_deque_t;

#define AT(d, i) ((d)->items[((d)->head + (i)) & ((d)->alloc - 1)])

static mp_obj_deque_t *deque_new(const mp_obj_type_t *type, mp_int_t maxlen) {
    mp_obj_deque_t *d = m_new_obj(mp_obj_deque_t);
    d->base.type = type;
    d->maxlen = maxlen;
    return d;
}

// The native deque of o (a deque or a user subclass instance), or NULL.
static mp_obj_deque_t *deque_maybe(mp_obj_t o) {
    return mp_obj_native_ptr(o, &mp_type_deque);
}

// The same for a method's self: TypeError if not a deque.
static mp_obj_deque_t *get_deque(mp_obj_t self) {
    mp_obj_deque_t *d = deque_maybe(self);
    if (d == NULL) {
        mp_raise_descriptor_error("collections.deque", self);
    }
    return d;
}

static void grow(mp_obj_deque_t *d) {
    size_t n = d->alloc ? d->alloc * 2 : 8;
    if (n < d->alloc) {
        m_malloc_fail((size_t)-1);
    }
    mp_obj_t *items = m_new(mp_obj_t, n);
    for (size_t i = 0; i < d->len; i++) {
        items[i] = AT(d, i);
    }
    d->items = items;
    d->alloc = n;
    d->head = 0;
}

static mp_obj_t pop_left(mp_obj_deque_t *d) {
    mp_obj_t x = d->items[d->head];
    d->items[d->head] = MP_OBJ_NULL;
    d->head = (d->head + 1) & (d->alloc - 1);
    d->len--;
    d->state++;
    return x;
}

static mp_obj_t pop_right(mp_obj_deque_t *d) {
    mp_obj_t *p = &AT(d, d->len - 1);
    mp_obj_t x = *p;
    *p = MP_OBJ_NULL;
    d->len--;
    d->state++;
    return x;
}

static void push_right(mp_obj_deque_t *d, mp_obj_t x) {
    if (d->maxlen == 0) {
        return;
    }
    if ((mp_int_t)d->len == d->maxlen) {
        pop_left(d);
    }
    if (d->len == d->alloc) {
        grow(d);
    }
    AT(d, d->len) = x;
    d->len++;
    d->state++;
}

static void push_left(mp_obj_deque_t *d, mp_obj_t x) {
    if (d->maxlen == 0) {
        return;
    }
    if ((mp_int_t)d->len == d->maxlen) {
        pop_right(d);
    }
    if (d->len == d->alloc) {
        grow(d);
    }
    d->head = (d->head - 1) & (d->alloc - 1);
    d->items[d->head] = x;
    d->len++;
    d->state++;
}

static void deque_clear_(mp_obj_deque_t *d) {
    d->items = NULL;
    d->alloc = 0;
    d->head = 0;
    d->len = 0;
    d->state++;
}

// Push the items of an iterable at one end. A deque extended with itself
// is first copied to a list (it changes while being read).
static void extend(mp_obj_deque_t *d, mp_obj_t iterable, bool left) {
    if (deque_maybe(iterable) == d) {
        iterable = mp_obj_list_from_iterable(iterable);
    }
    mp_obj_t it = mp_getiter(iterable, NULL);
    mp_obj_t x;
    while ((x = mp_iternext(it)) != MP_OBJ_STOP_ITERATION) {
        if (left) {
            push_left(d, x);
        } else {
            push_right(d, x);
        }
    }
}

static void extend_right(mp_obj_deque_t *d, mp_obj_t iterable) {
    extend(d, iterable, false);
}

// ---------------------------------------------------------------------------
// Construction and printing

static mp_int_t parse_maxlen(mp_obj_t m) {
    if (m == mp_const_none || m == MP_OBJ_NULL) {
        return -1;
    }
    if (!mp_obj_is_int(m) && !mp_obj_is_bool(m)) {
        mp_raise_TypeError_varg("an integer is required");
    }
    mp_int_t n = mp_obj_get_int(m);
    if (n < 0) {
        mp_raise_ValueError("maxlen must be non-negative");
    }
    return n;
}

static const mp_arg_t deque_allowed_args[] = {
    {MP_QSTR_iterable, MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
    {MP_QSTR_maxlen, MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
};

// Set d's maxlen and contents from the parsed (iterable, maxlen): the
// common part of deque(...) and deque.__init__(...).
static void deque_reset(mp_obj_deque_t *d, const mp_arg_val_t *vals) {
    mp_int_t maxlen = parse_maxlen(vals[1].u_obj);
    mp_obj_t it = vals[0].u_obj;
    if (it != MP_OBJ_NULL && deque_maybe(it) == d) {
        it = mp_obj_list_from_iterable(it);
    }
    deque_clear_(d);
    d->maxlen = maxlen;
    if (it != MP_OBJ_NULL) {
        extend_right(d, it);
    }
}

static mp_obj_t deque_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_arg_val_t vals[2];
    mp_arg_parse_all_kw_array_named(MP_QSTR_deque, n_args, n_kw, args, 2, deque_allowed_args, vals);
    mp_obj_deque_t *d = deque_new(type, -1);
    deque_reset(d, vals);
    return MP_OBJ_FROM_PTR(d);
}

// deque.__init__(iterable=(), maxlen=None): resets the contents (reached by
// super().__init__ in subclasses).
static mp_obj_t deque_init(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    mp_obj_deque_t *d = get_deque(args[0]);
    mp_arg_val_t vals[2];
    mp_arg_parse_all_named(MP_QSTR_deque, n_args - 1, args + 1, kw, 2, deque_allowed_args, vals);
    deque_reset(d, vals);
    return mp_const_none;
}
static MP_DEFINE_NAMED_FUN_OBJ_KW(deque_init_obj, MP_QSTR___init__, 1, deque_init);

static void deque_print_items(const mp_print_t *print, mp_obj_t self_in) {
    mp_obj_deque_t *d = MP_OBJ_TO_PTR(self_in);
    mp_print_str(print, "deque([");
    for (size_t i = 0; i < d->len; i++) {
        if (i > 0) {
            mp_print_str(print, ", ");
        }
        mp_obj_print_helper(print, AT(d, i), PRINT_REPR);
    }
    mp_print_str(print, "]");
    if (d->maxlen >= 0) {
        mp_printf(print, ", maxlen=%d", (int)d->maxlen);
    }
    mp_print_str(print, ")");
}

static void deque_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    mp_print_guarded(print, self_in, "[...]", deque_print_items);
}

// ---------------------------------------------------------------------------
// Methods

static mp_obj_t deque_append(mp_obj_t self, mp_obj_t x) {
    push_right(get_deque(self), x);
    return mp_const_none;
}
static MP_DEFINE_NAMED_FUN_OBJ_2(deque_append_obj, MP_QSTR_append, deque_append);

static mp_obj_t deque_appendleft(mp_obj_t self, mp_obj_t x) {
    push_left(get_deque(self), x);
    return mp_const_none;
}
static MP_DEFINE_NAMED_FUN_OBJ_2(deque_appendleft_obj, MP_QSTR_appendleft, deque_appendleft);

static mp_obj_t deque_pop(mp_obj_t self) {
    mp_obj_deque_t *d = get_deque(self);
    if (d->len == 0) {
        mp_raise_msg(&mp_type_IndexError, "pop from an empty deque");
    }
    return pop_right(d);
}
static MP_DEFINE_NAMED_FUN_OBJ_1(deque_pop_obj, MP_QSTR_pop, deque_pop);

static mp_obj_t deque_popleft(mp_obj_t self) {
    mp_obj_deque_t *d = get_deque(self);
    if (d->len == 0) {
        mp_raise_msg(&mp_type_IndexError, "pop from an empty deque");
    }
    return pop_left(d);
}
static MP_DEFINE_NAMED_FUN_OBJ_1(deque_popleft_obj, MP_QSTR_popleft, deque_popleft);

static mp_obj_t deque_extend(mp_obj_t self, mp_obj_t it) {
    extend_right(get_deque(self), it);
    return mp_const_none;
}
static MP_DEFINE_NAMED_FUN_OBJ_2(deque_extend_obj, MP_QSTR_extend, deque_extend);

static mp_obj_t deque_extendleft(mp_obj_t self, mp_obj_t it) {
    extend(get_deque(self), it, true);
    return mp_const_none;
}
static MP_DEFINE_NAMED_FUN_OBJ_2(deque_extendleft_obj, MP_QSTR_extendleft, deque_extendleft);

static mp_obj_t deque_clear(mp_obj_t self) {
    deque_clear_(get_deque(self));
    return mp_const_none;
}
static MP_DEFINE_NAMED_FUN_OBJ_1(deque_clear_obj, MP_QSTR_clear, deque_clear);

static mp_obj_deque_t *copy_of(mp_obj_deque_t *d) {
    mp_obj_deque_t *c = deque_new(&mp_type_deque, d->maxlen);
    for (size_t i = 0; i < d->len; i++) {
        push_right(c, AT(d, i));
    }
    return c;
}

static mp_obj_t deque_copy(mp_obj_t self) {
    return MP_OBJ_FROM_PTR(copy_of(get_deque(self)));
}
static MP_DEFINE_NAMED_FUN_OBJ_1(deque_copy_obj, MP_QSTR_copy, deque_copy);

static void check_state(mp_obj_deque_t *d, size_t state) {
    if (d->state != state) {
        mp_raise_msg(&mp_type_RuntimeError, "deque mutated during iteration");
    }
}

// Compare x with the items in [start, stop): the position of the first
// equal one (-1 if none), or with count the number of equal ones. An
// __eq__ that mutates the deque raises RuntimeError.
static mp_int_t find(mp_obj_deque_t *d, mp_obj_t x, size_t start, size_t stop, bool count) {
    size_t state = d->state;
    mp_int_t n = 0;
    for (size_t i = start; i < stop && i < d->len; i++) {
        mp_obj_t y = AT(d, i);
        bool eq = y == x || mp_obj_equal(y, x);
        check_state(d, state);
        if (eq) {
            if (!count) {
                return i;
            }
            n++;
        }
    }
    return count ? n : -1;
}

static mp_obj_t deque_count(mp_obj_t self, mp_obj_t x) {
    return MP_OBJ_NEW_SMALL_INT(find(get_deque(self), x, 0, (size_t)-1, true));
}
static MP_DEFINE_NAMED_FUN_OBJ_2(deque_count_obj, MP_QSTR_count, deque_count);

// The position of x in [start, stop); ValueError if absent.
static size_t index_of(mp_obj_deque_t *d, mp_obj_t x, size_t start, size_t stop) {
    mp_int_t i = find(d, x, start, stop, false);
    if (i < 0) {
        mp_raise_ValueError_repr("%s is not in deque", x);
    }
    return i;
}

static mp_obj_t deque_index(size_t n_args, const mp_obj_t *args) {
    mp_obj_deque_t *d = get_deque(args[0]);
    size_t start, stop;
    mp_seq_get_start_stop(n_args - 2, args + 2, d->len, &start, &stop);
    return MP_OBJ_NEW_SMALL_INT(index_of(d, args[1], start, stop));
}
static MP_DEFINE_NAMED_FUN_OBJ_VAR_BETWEEN(deque_index_obj, MP_QSTR_index, 2, 4, deque_index);

// Rotate right by n (left if negative), O(min(n, len - n)).
static void rotate(mp_obj_deque_t *d, mp_int_t n) {
    mp_int_t len = d->len;
    if (len <= 1) {
        return;
    }
    n %= len;
    if (n < 0) {
        n += len;
    }
    if (n == 0) {
        return;
    }
    if (d->len < d->alloc) {
        // Items move one at a time across the gap.
        if (n <= len / 2) {
            for (mp_int_t i = 0; i < n; i++) {
                mp_obj_t x = pop_right(d);
                d->head = (d->head - 1) & (d->alloc - 1);
                d->items[d->head] = x;
                d->len++;
            }
        } else {
            for (mp_int_t i = 0; i < len - n; i++) {
                mp_obj_t x = pop_left(d);
                AT(d, d->len) = x;
                d->len++;
            }
        }
    } else {
        // Full buffer: just move the head.
        d->head = (d->head + (size_t)(len - n)) & (d->alloc - 1);
    }
    d->state++;
}

static mp_obj_t deque_rotate(size_t n_args, const mp_obj_t *args) {
    mp_obj_deque_t *d = get_deque(args[0]);
    mp_int_t n = n_args > 1 ? mp_obj_get_index_int(args[1]) : 1;
    rotate(d, n);
    return mp_const_none;
}
static MP_DEFINE_NAMED_FUN_OBJ_VAR_BETWEEN(deque_rotate_obj, MP_QSTR_rotate, 1, 2, deque_rotate);

static mp_obj_t deque_reverse(mp_obj_t self) {
    mp_obj_deque_t *d = get_deque(self);
    for (size_t i = 0, j = d->len; i + 1 < j; i++, j--) {
        mp_obj_t t = AT(d, i);
        AT(d, i) = AT(d, j - 1);
        AT(d, j - 1) = t;
    }
    d->state++;
    return mp_const_none;
}
static MP_DEFINE_NAMED_FUN_OBJ_1(deque_reverse_obj, MP_QSTR_reverse, deque_reverse);

// Delete the item at index i (0 <= i < len), shifting the shorter side.
static void del_at(mp_obj_deque_t *d, size_t i) {
    if (i < d->len / 2) {
        for (size_t k = i; k > 0; k--) {
            AT(d, k) = AT(d, k - 1);
        }
        pop_left(d);
    } else {
        for (size_t k = i; k + 1 < d->len; k++) {
            AT(d, k) = AT(d, k + 1);
        }
        pop_right(d);
    }
}

static mp_obj_t deque_remove(mp_obj_t self, mp_obj_t x) {
    mp_obj_deque_t *d = get_deque(self);
    del_at(d, index_of(d, x, 0, d->len));
    return mp_const_none;
}
static MP_DEFINE_NAMED_FUN_OBJ_2(deque_remove_obj, MP_QSTR_remove, deque_remove);

static mp_obj_t deque_insert(mp_obj_t self, mp_obj_t index, mp_obj_t x) {
    mp_obj_deque_t *d = get_deque(self);
    mp_int_t i = mp_obj_get_index_int(index);
    mp_int_t len = d->len;
    if (d->maxlen >= 0 && len >= d->maxlen) {
        mp_raise_msg(&mp_type_IndexError, "deque already at its maximum size");
    }
    if (i < 0) {
        i += len;
        if (i < 0) {
            i = 0;
        }
    }
    if (i > len) {
        i = len;
    }
    push_right(d, x);
    // Rotate the new item into place.
    for (mp_int_t k = len; k > i; k--) {
        AT(d, k) = AT(d, k - 1);
    }
    AT(d, i) = x;
    return mp_const_none;
}
static MP_DEFINE_NAMED_FUN_OBJ_3(deque_insert_obj, MP_QSTR_insert, deque_insert);

// ---------------------------------------------------------------------------
// Iteration

typedef struct _deque_iter_t {
    mp_obj_base_t base;
    mp_obj_deque_t *d;
    size_t pos;
    size_t state;
    bool reverse;
} deque_iter_t;

static mp_obj_t deque_iter_next(mp_obj_t self_in) {
    deque_iter_t *it = MP_OBJ_TO_PTR(self_in);
    mp_obj_deque_t *d = it->d;
    if (d == NULL) {
        return MP_OBJ_STOP_ITERATION;
    }
    if (d->state != it->state) {
        it->d = NULL;
        mp_raise_msg(&mp_type_RuntimeError, "deque mutated during iteration");
    }
    if (it->pos >= d->len) {
        it->d = NULL;
        return MP_OBJ_STOP_ITERATION;
    }
    size_t i = it->pos++;
    return AT(d, it->reverse ? d->len - 1 - i : i);
}

static const mp_obj_type_t deque_iter_type = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_ITER_IS_SELF,
    .name = MP_QSTR__deque_iterator,
    .getiter = mp_identity_getiter,
    .iternext = deque_iter_next,
};

static mp_obj_t new_iter(mp_obj_deque_t *d, bool reverse) {
    deque_iter_t *it = m_new_obj(deque_iter_t);
    it->base.type = &deque_iter_type;
    it->d = d;
    it->state = d->state;
    it->reverse = reverse;
    return MP_OBJ_FROM_PTR(it);
}

static mp_obj_t deque_getiter(mp_obj_t self) {
    return new_iter(MP_OBJ_TO_PTR(self), false);
}

static mp_obj_t deque_reversed(mp_obj_t self) {
    return new_iter(get_deque(self), true);
}
static MP_DEFINE_NAMED_FUN_OBJ_1(deque_reversed_obj, MP_QSTR___reversed__, deque_reversed);

static MP_DEFINE_NAMED_FUN_OBJ_1(deque_copy_dunder_obj, MP_QSTR___copy__, deque_copy);

// ---------------------------------------------------------------------------
// Slots

static mp_obj_t deque_unary_op(mp_unary_op_t op, mp_obj_t self_in) {
    mp_obj_deque_t *d = MP_OBJ_TO_PTR(self_in);
    switch (op) {
        case MP_UNARY_OP_BOOL:
            return mp_obj_new_bool(d->len != 0);
        case MP_UNARY_OP_LEN:
            return MP_OBJ_NEW_SMALL_INT(d->len);
        default:
            return MP_OBJ_NULL;
    }
}

// Lexicographic comparison like list's.
static mp_obj_t compare(mp_binary_op_t op, mp_obj_deque_t *a, mp_obj_deque_t *b) {
    if (a == b && (op == MP_BINARY_OP_EQUAL || op == MP_BINARY_OP_LESS_EQUAL || op == MP_BINARY_OP_MORE_EQUAL)) {
        return mp_const_true;
    }
    if ((op == MP_BINARY_OP_EQUAL || op == MP_BINARY_OP_NOT_EQUAL) && a->len != b->len) {
        return mp_obj_new_bool(op == MP_BINARY_OP_NOT_EQUAL);
    }
    size_t i = 0;
    for (; i < a->len && i < b->len; i++) {
        mp_obj_t x = AT(a, i), y = AT(b, i);
        if (x != y && !mp_obj_equal(x, y)) {
            break;
        }
    }
    if (i >= a->len || i >= b->len) {
        // Equal up to the shorter one: the lengths decide (compared as ints).
        return mp_binary_op(op, MP_OBJ_NEW_SMALL_INT(a->len), MP_OBJ_NEW_SMALL_INT(b->len));
    }
    if (op == MP_BINARY_OP_EQUAL) {
        return mp_const_false;
    }
    if (op == MP_BINARY_OP_NOT_EQUAL) {
        return mp_const_true;
    }
    return mp_binary_op(op, AT(a, i), AT(b, i));
}

static mp_obj_deque_t *repeat(mp_obj_deque_t *d, mp_obj_t count, bool inplace) {
    mp_int_t n;
    if (!mp_seq_get_repeat_count(count, &n)) {
        mp_raise_TypeError_type("can't multiply sequence by non-int of type '%s'", count);
    }
    mp_obj_deque_t *r = inplace ? d : copy_of(d);
    if (n <= 0 || r->len == 0) {
        deque_clear_(r);
        return r;
    }
    size_t len = r->len;
    if (r->maxlen < 0 && (size_t)n > ((size_t)-1 / sizeof(mp_obj_t)) / len) {
        m_malloc_fail((size_t)-1);
    }
    mp_int_t total = (mp_int_t)(len * (size_t)n);
    if (r->maxlen >= 0 && total > r->maxlen + (mp_int_t)len) {
        // Only the last maxlen items survive: skip whole copies.
        n = (r->maxlen + len - 1) / len + 1;
    }
    for (mp_int_t k = 1; k < n; k++) {
        for (size_t i = 0; i < len; i++) {
            size_t j = r->len >= len ? r->len - len : 0;
            push_right(r, AT(r, j));
        }
    }
    return r;
}

static mp_obj_t deque_binary_op(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs) {
    mp_obj_deque_t *a = MP_OBJ_TO_PTR(lhs);
    switch (op) {
        case MP_BINARY_OP_EQUAL:
        case MP_BINARY_OP_NOT_EQUAL:
        case MP_BINARY_OP_LESS:
        case MP_BINARY_OP_LESS_EQUAL:
        case MP_BINARY_OP_MORE:
        case MP_BINARY_OP_MORE_EQUAL: {
            mp_obj_deque_t *b = deque_maybe(rhs);
            if (b == NULL) {
                return MP_OBJ_NULL;
            }
            return compare(op, a, b);
        }
        case MP_BINARY_OP_IN:
            return mp_obj_new_bool(find(a, rhs, 0, a->len, false) >= 0);
        case MP_BINARY_OP_ADD: {
            mp_obj_deque_t *b = deque_maybe(rhs);
            if (b == NULL) {
                mp_raise_TypeError_varg("can only concatenate deque (not \"%s\") to deque", mp_obj_get_type_str(rhs));
            }
            mp_obj_deque_t *r = copy_of(a);
            extend_right(r, MP_OBJ_FROM_PTR(b));
            return MP_OBJ_FROM_PTR(r);
        }
        case MP_BINARY_OP_INPLACE_ADD:
            extend_right(a, rhs);
            return lhs;
        case MP_BINARY_OP_MULTIPLY:
        case MP_BINARY_OP_REVERSE_MULTIPLY:
        case MP_BINARY_OP_INPLACE_MULTIPLY: {
            mp_obj_deque_t *r = repeat(a, rhs, op == MP_BINARY_OP_INPLACE_MULTIPLY);
            return r == NULL ? MP_OBJ_NULL : MP_OBJ_FROM_PTR(r);
        }
        default:
            return MP_OBJ_NULL;
    }
}

static mp_obj_t deque_subscr(mp_obj_t self_in, mp_obj_t index, mp_obj_t value) {
    mp_obj_deque_t *d = MP_OBJ_TO_PTR(self_in);
    if (!mp_obj_is_int(index) && !mp_obj_is_bool(index)) {
        mp_raise_TypeError_type("sequence index must be integer, not '%s'", index);
    }
    size_t i = mp_get_index(&mp_type_deque, d->len, index, false);
    if (value == MP_OBJ_SENTINEL) {
        return AT(d, i);
    }
    if (value == MP_OBJ_NULL) {
        del_at(d, i);
    } else {
        AT(d, i) = value;
    }
    return mp_const_none;
}

static void deque_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] == MP_OBJ_NULL && attr == MP_QSTR_maxlen) {
        mp_obj_deque_t *d = MP_OBJ_TO_PTR(self_in);
        dest[0] = d->maxlen < 0 ? mp_const_none : MP_OBJ_NEW_SMALL_INT(d->maxlen);
        return;
    }
    if (dest[0] == MP_OBJ_NULL) {
        mp_obj_builtin_getattr(self_in, &mp_type_deque, attr, dest);
    }
}

static const mp_rom_map_elem_t deque_locals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___init__), MP_ROM_PTR(&deque_init_obj)},
    {MP_ROM_QSTR(MP_QSTR_append), MP_ROM_PTR(&deque_append_obj)},
    {MP_ROM_QSTR(MP_QSTR_appendleft), MP_ROM_PTR(&deque_appendleft_obj)},
    {MP_ROM_QSTR(MP_QSTR_pop), MP_ROM_PTR(&deque_pop_obj)},
    {MP_ROM_QSTR(MP_QSTR_popleft), MP_ROM_PTR(&deque_popleft_obj)},
    {MP_ROM_QSTR(MP_QSTR_extend), MP_ROM_PTR(&deque_extend_obj)},
    {MP_ROM_QSTR(MP_QSTR_extendleft), MP_ROM_PTR(&deque_extendleft_obj)},
    {MP_ROM_QSTR(MP_QSTR_clear), MP_ROM_PTR(&deque_clear_obj)},
    {MP_ROM_QSTR(MP_QSTR_copy), MP_ROM_PTR(&deque_copy_obj)},
    {MP_ROM_QSTR(MP_QSTR_count), MP_ROM_PTR(&deque_count_obj)},
    {MP_ROM_QSTR(MP_QSTR_index), MP_ROM_PTR(&deque_index_obj)},
    {MP_ROM_QSTR(MP_QSTR_insert), MP_ROM_PTR(&deque_insert_obj)},
    {MP_ROM_QSTR(MP_QSTR_remove), MP_ROM_PTR(&deque_remove_obj)},
    {MP_ROM_QSTR(MP_QSTR_reverse), MP_ROM_PTR(&deque_reverse_obj)},
    {MP_ROM_QSTR(MP_QSTR_rotate), MP_ROM_PTR(&deque_rotate_obj)},
    {MP_ROM_QSTR(MP_QSTR___reversed__), MP_ROM_PTR(&deque_reversed_obj)},
    {MP_ROM_QSTR(MP_QSTR___copy__), MP_ROM_PTR(&deque_copy_dunder_obj)},
};
static MP_DEFINE_CONST_DICT(deque_locals_dict, deque_locals_table);

const mp_obj_type_t mp_type_deque = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_BASETYPE,
    .name = MP_QSTR_deque,
    .print = deque_print,
    .make_new = deque_make_new,
    .unary_op = deque_unary_op,
    .binary_op = deque_binary_op,
    .attr = deque_attr,
    .subscr = deque_subscr,
    .getiter = deque_getiter,
    .locals_dict = (mp_obj_dict_t *)&deque_locals_dict,
};
