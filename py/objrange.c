// objrange.c: range objects and their iterator. The usual case keeps
// start/stop/step as 64-bit ints (item arithmetic is done modulo 2^64:
// every item lies between start and stop, so the wrapped result is exact).
// Bounds beyond 64 bits, or a length that does not fit, switch the object
// to a slower mode where the values are int objects (r->big), so that
// range(2**100) behaves as in CPython.
#include "runtime.h"
#include "objexcept.h"
#include "objtuple.h"
#include "objtype.h"
#include "objrange.h"
#include "objslice.h"

// Length of a 64-bit range as an unsigned count (may exceed INT64_MAX).
static mp_uint_t small_len(mp_int_t start, mp_int_t stop, mp_int_t step) {
    if (step > 0) {
        if (stop <= start) {
            return 0;
        }
        return ((mp_uint_t)stop - (mp_uint_t)start - 1) / (mp_uint_t)step + 1;
    }
    if (start <= stop) {
        return 0;
    }
    return ((mp_uint_t)start - (mp_uint_t)stop - 1) / (0 - (mp_uint_t)step) + 1;
}

mp_int_t mp_obj_range_len(const mp_obj_range_t *r) {
    return (mp_int_t)small_len(r->start, r->stop, r->step);
}

static inline mp_int_t range_item(const mp_obj_range_t *r, mp_int_t i) {
    return (mp_int_t)((mp_uint_t)r->start + (mp_uint_t)i * (mp_uint_t)r->step);
}

// ---- int object arithmetic for the big mode
static mp_obj_t op(mp_binary_op_t o, mp_obj_t a, mp_obj_t b) {
    return mp_binary_op(o, a, b);
}
static bool lt(mp_obj_t a, mp_obj_t b) {
    return mp_binary_op(MP_BINARY_OP_LESS, a, b) == mp_const_true;
}
static bool is_neg(mp_obj_t a) {
    return lt(a, MP_OBJ_NEW_SMALL_INT(0));
}
#define ZERO MP_OBJ_NEW_SMALL_INT(0)
#define ONE MP_OBJ_NEW_SMALL_INT(1)

// start + i * step, as int objects.
static MP_NOINLINE mp_obj_t item_obj(mp_obj_t start, mp_obj_t step, mp_obj_t i) {
    return op(MP_BINARY_OP_ADD, start, op(MP_BINARY_OP_MULTIPLY, i, step));
}

// The length of a range as an int object.
static mp_obj_t obj_len(mp_obj_t start, mp_obj_t stop, mp_obj_t step) {
    mp_obj_t span;
    if (!is_neg(step)) {
        if (!lt(start, stop)) {
            return ZERO;
        }
        span = op(MP_BINARY_OP_SUBTRACT, stop, start);
    } else {
        if (!lt(stop, start)) {
            return ZERO;
        }
        span = op(MP_BINARY_OP_SUBTRACT, start, stop);
        step = op(MP_BINARY_OP_SUBTRACT, ZERO, step);
    }
    span = op(MP_BINARY_OP_SUBTRACT, span, ONE);
    return op(MP_BINARY_OP_ADD, op(MP_BINARY_OP_FLOOR_DIVIDE, span, step), ONE);
}

// A range in big mode (bounds as int objects).
static mp_obj_t new_big_range(mp_obj_t start, mp_obj_t stop, mp_obj_t step) {
    if (step == ZERO) {
        mp_raise_ValueError("range() arg 3 must not be zero");
    }
    mp_obj_range_t *r = m_new_obj(mp_obj_range_t);
    r->base.type = &mp_type_range;
    r->start = r->stop = 0;
    r->step = 1;
    r->big = m_new_obj(mp_obj_range_big_t);
    r->big->start = start;
    r->big->stop = stop;
    r->big->step = step;
    r->big->len = obj_len(start, stop, step);
    return MP_OBJ_FROM_PTR(r);
}

mp_obj_t mp_obj_new_range(mp_int_t start, mp_int_t stop, mp_int_t step) {
    if (step == 0) {
        mp_raise_ValueError("range() arg 3 must not be zero");
    }
    if (small_len(start, stop, step) > (mp_uint_t)INT64_MAX) {
        return new_big_range(mp_obj_new_int(start), mp_obj_new_int(stop), mp_obj_new_int(step));
    }
    mp_obj_range_t *r = m_new_obj(mp_obj_range_t);
    r->base.type = &mp_type_range;
    r->start = start;
    r->stop = stop;
    r->step = step;
    return MP_OBJ_FROM_PTR(r);
}

// A range from int objects: the 64-bit form when everything fits.
static mp_obj_t new_range_obj(mp_obj_t start, mp_obj_t stop, mp_obj_t step) {
    mp_int_t a, b, c;
    if (mp_obj_get_int_maybe(start, &a) && mp_obj_get_int_maybe(stop, &b) && mp_obj_get_int_maybe(step, &c)) {
        return mp_obj_new_range(a, b, c);
    }
    return new_big_range(start, stop, step);
}

// The values of any range as int objects.
static void range_objs(const mp_obj_range_t *r, mp_obj_t *start, mp_obj_t *stop, mp_obj_t *step, mp_obj_t *len) {
    if (r->big != NULL) {
        *start = r->big->start;
        *stop = r->big->stop;
        *step = r->big->step;
        *len = r->big->len;
    } else {
        *start = mp_obj_new_int(r->start);
        *stop = mp_obj_new_int(r->stop);
        *step = mp_obj_new_int(r->step);
        *len = mp_obj_new_int(mp_obj_range_len(r));
    }
}

// An int argument of range() (or an index): int, bool or __index__, as an
// int object; MP_OBJ_NULL if o is none of these.
#define index_obj mp_obj_index_maybe

static mp_obj_t range_arg(mp_obj_t o) {
    mp_obj_t v = index_obj(o);
    if (v == MP_OBJ_NULL) {
        mp_raise_TypeError_type("'%s' object cannot be interpreted as an integer", o);
    }
    return v;
}

static mp_obj_t range_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_arg_check_counts("range", n_args, n_kw, false, 1, 3);
    if (n_args == 1) {
        if (mp_obj_is_small_int(args[0])) {
            return mp_obj_new_range(0, mp_small_int_value(args[0]), 1);
        }
        return new_range_obj(ZERO, range_arg(args[0]), ONE);
    }
    mp_obj_t start = range_arg(args[0]);
    mp_obj_t stop = range_arg(args[1]);
    mp_obj_t step = n_args == 3 ? range_arg(args[2]) : ONE;
    return new_range_obj(start, stop, step);
}

static void range_print(const mp_print_t *print, mp_obj_t o, mp_print_kind_t kind) {
    // One path for both modes: the values as int objects print the same.
    mp_obj_t v[4];  // start, stop, step, len
    range_objs(MP_OBJ_TO_PTR(o), &v[0], &v[1], &v[2], &v[3]);
    mp_print_str(print, "range(");
    for (int i = 0; i < 3; i++) {
        if (i == 2 && v[2] == ONE) {
            break;
        }
        if (i > 0) {
            mp_print_str(print, ", ");
        }
        mp_obj_print_helper(print, v[i], PRINT_REPR);
    }
    mp_print_str(print, ")");
}

// Big mode: the position of int object v in the range, or MP_OBJ_NULL.
static mp_obj_t big_find_int(const mp_obj_range_big_t *b, mp_obj_t v) {
    if (b->len == ZERO) {
        return MP_OBJ_NULL;
    }
    if (!is_neg(b->step)) {
        if (lt(v, b->start) || !lt(v, b->stop)) {
            return MP_OBJ_NULL;
        }
    } else if (lt(b->start, v) || !lt(b->stop, v)) {
        return MP_OBJ_NULL;
    }
    mp_obj_t off = op(MP_BINARY_OP_SUBTRACT, v, b->start);
    if (!mp_obj_equal(op(MP_BINARY_OP_MODULO, off, b->step), ZERO)) {
        return MP_OBJ_NULL;
    }
    return op(MP_BINARY_OP_FLOOR_DIVIDE, off, b->step);
}

// Position of int value v in a 64-bit range, or -1.
static mp_int_t range_find_int(const mp_obj_range_t *r, mp_int_t v) {
    mp_int_t n = mp_obj_range_len(r);
    if (n == 0) {
        return -1;
    }
    mp_uint_t off;
    if (r->step > 0) {
        if (v < r->start || v >= r->stop) {
            return -1;
        }
        off = (mp_uint_t)v - (mp_uint_t)r->start;
        if (off % (mp_uint_t)r->step != 0) {
            return -1;
        }
        return (mp_int_t)(off / (mp_uint_t)r->step);
    }
    if (v > r->start || v <= r->stop) {
        return -1;
    }
    off = (mp_uint_t)r->start - (mp_uint_t)v;
    mp_uint_t st = 0 - (mp_uint_t)r->step;
    if (off % st != 0) {
        return -1;
    }
    return (mp_int_t)(off / st);
}

static mp_obj_t range_getiter(mp_obj_t self_in);

// Exact ints (and bools) are located arithmetically; anything else is
// compared item by item as CPython does. Returns the index as an int
// object, or MP_OBJ_NULL.
static mp_obj_t range_find(const mp_obj_range_t *r, mp_obj_t v) {
    if (mp_obj_is_int(v) || mp_obj_is_bool(v)) {
        if (r->big != NULL) {
            return big_find_int(r->big, index_obj(v));
        }
        mp_int_t i;
        if (!mp_obj_get_int_maybe(v, &i)) {
            return MP_OBJ_NULL;
        }
        i = range_find_int(r, i);
        return i < 0 ? MP_OBJ_NULL : mp_obj_new_int(i);
    }
    mp_obj_t it = range_getiter(MP_OBJ_FROM_PTR(r));
    mp_obj_t x;
    mp_int_t i = 0;
    while ((x = mp_iternext(it)) != MP_OBJ_STOP_ITERATION) {
        if (mp_obj_equal(x, v)) {
            return mp_obj_new_int(i);
        }
        i++;
    }
    return MP_OBJ_NULL;
}

static mp_obj_t range_unary_op(mp_unary_op_t op_, mp_obj_t o) {
    mp_obj_range_t *r = MP_OBJ_TO_PTR(o);
    switch (op_) {
        case MP_UNARY_OP_BOOL:
            if (r->big != NULL) {
                return mp_obj_new_bool(r->big->len != ZERO);
            }
            return mp_obj_new_bool(mp_obj_range_len(r) != 0);
        case MP_UNARY_OP_LEN:
            if (r->big != NULL) {
                mp_int_t n;
                if (!mp_obj_get_int_maybe(r->big->len, &n)) {
                    mp_raise_msg(&mp_type_OverflowError, "Python int too large to convert to C ssize_t");
                }
                return r->big->len;
            }
            return mp_obj_new_int(mp_obj_range_len(r));
        case MP_UNARY_OP_HASH: {
            // hash((len, start, step)), with None for what does not matter.
            mp_obj_t start, stop, step, len;
            range_objs(r, &start, &stop, &step, &len);
            mp_obj_t items[3] = {len, mp_const_none, mp_const_none};
            if (len != ZERO) {
                items[1] = start;
                if (len != ONE) {
                    items[2] = step;
                }
            }
            return MP_OBJ_NEW_SMALL_INT(mp_obj_hash(mp_obj_new_tuple(3, items)));
        }
        default:
            return MP_OBJ_NULL;
    }
}

// Equal ranges have the same items: the same length and, if not empty, the
// same start and (if longer than 1) the same step. Not a hot path: done
// on int objects for both modes.
static bool range_equal(const mp_obj_range_t *a, const mp_obj_range_t *b) {
    mp_obj_t s1, e1, st1, n1, s2, e2, st2, n2;
    range_objs(a, &s1, &e1, &st1, &n1);
    range_objs(b, &s2, &e2, &st2, &n2);
    if (!mp_obj_equal(n1, n2)) {
        return false;
    }
    return n1 == ZERO || (mp_obj_equal(s1, s2) && (n1 == ONE || mp_obj_equal(st1, st2)));
}

static mp_obj_t range_binary_op(mp_binary_op_t op_, mp_obj_t lhs, mp_obj_t rhs) {
    if (!mp_obj_is_type(lhs, &mp_type_range)) {
        return MP_OBJ_NULL;
    }
    mp_obj_range_t *r = MP_OBJ_TO_PTR(lhs);
    switch (op_) {
        case MP_BINARY_OP_IN:
        case MP_BINARY_OP_NOT_IN:
            return mp_obj_new_bool((range_find(r, rhs) != MP_OBJ_NULL) == (op_ == MP_BINARY_OP_IN));
        case MP_BINARY_OP_EQUAL:
        case MP_BINARY_OP_NOT_EQUAL: {
            if (!mp_obj_is_type(rhs, &mp_type_range)) {
                return MP_OBJ_NULL;
            }
            bool eq = range_equal(r, MP_OBJ_TO_PTR(rhs));
            return mp_obj_new_bool(op_ == MP_BINARY_OP_EQUAL ? eq : !eq);
        }
        default:
            return MP_OBJ_NULL;
    }
}

// A slice bound as an int object clamped to [lower, upper] after adding
// len to negative values (CPython's rules for slicing a range).
static mp_obj_t slice_bound_obj(mp_obj_t o, mp_obj_t len, mp_obj_t lower, mp_obj_t upper) {
    mp_obj_t v = index_obj(o);
    if (v == MP_OBJ_NULL) {
        mp_raise_TypeError("slice indices must be integers or None or have an __index__ method");
    }
    if (is_neg(v)) {
        v = op(MP_BINARY_OP_ADD, v, len);
        if (lt(v, lower)) {
            v = lower;
        }
    } else if (lt(upper, v)) {
        v = upper;
    }
    return v;
}

static mp_obj_t range_slice(const mp_obj_range_t *r, mp_obj_t index) {
    mp_obj_slice_t *sl = MP_OBJ_TO_PTR(index);
    mp_obj_t start, stop, step, len;
    range_objs(r, &start, &stop, &step, &len);
    mp_obj_t sstep = ONE;
    if (sl->step != mp_const_none) {
        sstep = index_obj(sl->step);
        if (sstep == MP_OBJ_NULL) {
            mp_raise_TypeError("slice indices must be integers or None or have an __index__ method");
        }
        if (sstep == ZERO) {
            mp_raise_ValueError("slice step cannot be zero");
        }
    }
    bool neg = is_neg(sstep);
    mp_obj_t lower = neg ? MP_OBJ_NEW_SMALL_INT(-1) : ZERO;
    mp_obj_t upper = neg ? op(MP_BINARY_OP_SUBTRACT, len, ONE) : len;
    mp_obj_t a = sl->start == mp_const_none ? (neg ? upper : lower) : slice_bound_obj(sl->start, len, lower, upper);
    mp_obj_t b = sl->stop == mp_const_none ? (neg ? lower : upper) : slice_bound_obj(sl->stop, len, lower, upper);
    return new_range_obj(item_obj(start, step, a), item_obj(start, step, b),
        op(MP_BINARY_OP_MULTIPLY, step, sstep));
}

static mp_obj_t range_subscr(mp_obj_t self_in, mp_obj_t index, mp_obj_t value) {
    if (value != MP_OBJ_SENTINEL) {
        return MP_OBJ_NULL;
    }
    mp_obj_range_t *r = MP_OBJ_TO_PTR(self_in);
    if (mp_obj_is_type(index, &mp_type_slice)) {
        return range_slice(r, index);
    }
    if (r->big == NULL) {
        if (!mp_obj_is_small_int(index)) {
            // Big or non-int indexes take the general path below.
            goto general;
        }
        mp_int_t i = mp_small_int_value(index);
        mp_int_t n = mp_obj_range_len(r);
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            mp_raise_msg(&mp_type_IndexError, "range object index out of range");
        }
        return mp_obj_new_int(range_item(r, i));
    }
general:;
    mp_obj_t i = index_obj(index);
    if (i == MP_OBJ_NULL) {
        mp_raise_TypeError_type("range indices must be integers or slices, not %s", index);
    }
    mp_obj_t start, stop, step, len;
    range_objs(r, &start, &stop, &step, &len);
    if (is_neg(i)) {
        i = op(MP_BINARY_OP_ADD, i, len);
    }
    if (is_neg(i) || !lt(i, len)) {
        mp_raise_msg(&mp_type_IndexError, "range object index out of range");
    }
    return item_obj(start, step, i);
}

// ---------------------------------------------------------------------------
// Iterators: count the remaining items, so no bound check can overflow.

static mp_obj_t range_it_iternext(mp_obj_t self_in) {
    return mp_obj_range_it_next(MP_OBJ_TO_PTR(self_in));
}

// The iterator of a big range: the same with int objects.
typedef struct _longrange_it_t {
    mp_obj_base_t base;
    mp_obj_t cur;
    mp_obj_t remaining;
    mp_obj_t step;
} longrange_it_t;

// __length_hint__ of both range iterator types (one method table for the
// two).
static mp_obj_t range_it_length_hint(mp_obj_t self_in) {
    if (mp_obj_is_type(self_in, &mp_type_range_it)) {
        mp_obj_range_it_t *it = MP_OBJ_TO_PTR(self_in);
        return mp_obj_new_int(it->remaining);
    }
    longrange_it_t *it = MP_OBJ_TO_PTR(self_in);
    return it->remaining;
}
static MP_DEFINE_NAMED_FUN_OBJ_1(range_it_length_hint_obj, MP_QSTR___length_hint__, range_it_length_hint);

static const mp_rom_map_elem_t range_it_locals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___length_hint__), MP_ROM_PTR(&range_it_length_hint_obj)},
};
static MP_DEFINE_CONST_DICT(range_it_locals_dict, range_it_locals_table);

const mp_obj_type_t mp_type_range_it = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_ITER_IS_SELF,
    .name = MP_QSTR_range_iterator,
    .getiter = mp_identity_getiter,
    .iternext = range_it_iternext,
    .locals_dict = (mp_obj_dict_t *)&range_it_locals_dict,
};

static mp_obj_t new_range_it(mp_int_t start, mp_int_t n, mp_int_t step) {
    mp_obj_range_it_t *it = m_new_obj(mp_obj_range_it_t);
    it->base.type = &mp_type_range_it;
    it->cur = start;
    it->remaining = n;
    it->step = step;
    return MP_OBJ_FROM_PTR(it);
}

static mp_obj_t longrange_it_iternext(mp_obj_t self_in) {
    longrange_it_t *it = MP_OBJ_TO_PTR(self_in);
    if (!lt(ZERO, it->remaining)) {
        return MP_OBJ_STOP_ITERATION;
    }
    mp_obj_t v = it->cur;
    it->cur = op(MP_BINARY_OP_ADD, v, it->step);
    it->remaining = op(MP_BINARY_OP_SUBTRACT, it->remaining, ONE);
    return v;
}

static const mp_obj_type_t longrange_it_type = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_ITER_IS_SELF,
    .name = MP_QSTR_longrange_iterator,
    .getiter = mp_identity_getiter,
    .iternext = longrange_it_iternext,
    .locals_dict = (mp_obj_dict_t *)&range_it_locals_dict,
};

static mp_obj_t new_longrange_it(mp_obj_t start, mp_obj_t n, mp_obj_t step) {
    longrange_it_t *it = m_new_obj(longrange_it_t);
    it->base.type = &longrange_it_type;
    it->cur = start;
    it->remaining = n;
    it->step = step;
    return MP_OBJ_FROM_PTR(it);
}

static mp_obj_t range_getiter(mp_obj_t self_in) {
    mp_obj_range_t *r = MP_OBJ_TO_PTR(self_in);
    if (r->big != NULL) {
        return new_longrange_it(r->big->start, r->big->len, r->big->step);
    }
    return new_range_it(r->start, mp_obj_range_len(r), r->step);
}

// ---------------------------------------------------------------------------
// Methods and attributes

static mp_obj_t range_reversed(mp_obj_t self_in) {
    mp_obj_range_t *r = MP_OBJ_TO_PTR(self_in);
    if (r->big == NULL) {
        mp_int_t n = mp_obj_range_len(r);
        mp_int_t last = n > 0 ? range_item(r, n - 1) : 0;
        mp_int_t neg;
        if (!__builtin_sub_overflow((mp_int_t)0, r->step, &neg)) {
            return new_range_it(last, n, neg);
        }
    }
    mp_obj_t start, stop, step, len;
    range_objs(r, &start, &stop, &step, &len);
    mp_obj_t last = item_obj(start, step, op(MP_BINARY_OP_SUBTRACT, len, ONE));
    return new_longrange_it(last, len, op(MP_BINARY_OP_SUBTRACT, ZERO, step));
}
static MP_DEFINE_NAMED_FUN_OBJ_1(range_reversed_obj, MP_QSTR___reversed__, range_reversed);

static mp_obj_t range_count(mp_obj_t self_in, mp_obj_t value) {
    mp_obj_range_t *r = MP_OBJ_TO_PTR(self_in);
    if (mp_obj_is_int(value) || mp_obj_is_bool(value)) {
        return MP_OBJ_NEW_SMALL_INT(range_find(r, value) != MP_OBJ_NULL);
    }
    mp_obj_t it = range_getiter(self_in);
    mp_obj_t x;
    mp_int_t c = 0;
    while ((x = mp_iternext(it)) != MP_OBJ_STOP_ITERATION) {
        if (mp_obj_equal(x, value)) {
            c++;
        }
    }
    return mp_obj_new_int(c);
}
static MP_DEFINE_NAMED_FUN_OBJ_2(range_count_obj, MP_QSTR_count, range_count);

static mp_obj_t range_index(mp_obj_t self_in, mp_obj_t value) {
    mp_obj_range_t *r = MP_OBJ_TO_PTR(self_in);
    mp_obj_t i = range_find(r, value);
    if (i == MP_OBJ_NULL) {
        if (mp_obj_is_int(value) || mp_obj_is_bool(value)) {
            mp_raise_ValueError_repr("%s is not in range", value);
        }
        mp_raise_ValueError("sequence.index(x): x not in sequence");
    }
    return i;
}
static MP_DEFINE_NAMED_FUN_OBJ_2(range_index_obj, MP_QSTR_index, range_index);

static mp_obj_t range_len_meth(mp_obj_t self_in) {
    return range_unary_op(MP_UNARY_OP_LEN, self_in);
}
static MP_DEFINE_NAMED_FUN_OBJ_1(range_len_obj, MP_QSTR___len__, range_len_meth);

static mp_obj_t range_getitem(mp_obj_t self_in, mp_obj_t index) {
    return range_subscr(self_in, index, MP_OBJ_SENTINEL);
}
static MP_DEFINE_NAMED_FUN_OBJ_2(range_getitem_obj, MP_QSTR___getitem__, range_getitem);

static mp_obj_t range_contains(mp_obj_t self_in, mp_obj_t value) {
    return mp_obj_new_bool(range_find(MP_OBJ_TO_PTR(self_in), value) != MP_OBJ_NULL);
}
static MP_DEFINE_NAMED_FUN_OBJ_2(range_contains_obj, MP_QSTR___contains__, range_contains);

static MP_DEFINE_NAMED_FUN_OBJ_1(range_iter_obj, MP_QSTR___iter__, range_getiter);

static const mp_rom_map_elem_t range_locals_table[] = {
    {MP_ROM_QSTR(MP_QSTR_count), MP_ROM_PTR(&range_count_obj)},
    {MP_ROM_QSTR(MP_QSTR_index), MP_ROM_PTR(&range_index_obj)},
    {MP_ROM_QSTR(MP_QSTR___reversed__), MP_ROM_PTR(&range_reversed_obj)},
    {MP_ROM_QSTR(MP_QSTR___len__), MP_ROM_PTR(&range_len_obj)},
    {MP_ROM_QSTR(MP_QSTR___getitem__), MP_ROM_PTR(&range_getitem_obj)},
    {MP_ROM_QSTR(MP_QSTR___contains__), MP_ROM_PTR(&range_contains_obj)},
    {MP_ROM_QSTR(MP_QSTR___iter__), MP_ROM_PTR(&range_iter_obj)},
};
static MP_DEFINE_CONST_DICT(range_locals_dict, range_locals_table);

static void range_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        if (attr == MP_QSTR_start || attr == MP_QSTR_stop || attr == MP_QSTR_step) {
            mp_raise_msg(&mp_type_AttributeError, "readonly attribute");
        }
        return;
    }
    mp_obj_range_t *r = MP_OBJ_TO_PTR(self_in);
    if (attr == MP_QSTR_start || attr == MP_QSTR_stop || attr == MP_QSTR_step) {
        mp_obj_t start, stop, step, len;
        range_objs(r, &start, &stop, &step, &len);
        dest[0] = attr == MP_QSTR_start ? start : attr == MP_QSTR_stop ? stop : step;
    } else {
        mp_map_elem_t *e = mp_map_lookup_qstr((mp_map_t *)&range_locals_dict.map, attr, MP_MAP_LOOKUP);
        if (e != NULL) {
            dest[0] = e->value;
            dest[1] = self_in;
        }
    }
}

const mp_obj_type_t mp_type_range = {
    {&mp_type_type},
    .name = MP_QSTR_range,
    .print = range_print,
    .make_new = range_make_new,
    .unary_op = range_unary_op,
    .binary_op = range_binary_op,
    .attr = range_attr,
    .subscr = range_subscr,
    .getiter = range_getiter,
    .locals_dict = (mp_obj_dict_t *)&range_locals_dict,
};
