// objrange.c: range objects (64-bit start/stop/step) and their iterator.
// Item arithmetic is done modulo 2^64: every item lies between start and
// stop, so the wrapped result is exact.
#include "runtime.h"
#include "objtype.h"
#include "objrange.h"

mp_int_t mp_obj_range_len(const mp_obj_range_t *r) {
    mp_uint_t n;
    if (r->step > 0) {
        if (r->stop <= r->start) {
            return 0;
        }
        n = ((mp_uint_t)r->stop - (mp_uint_t)r->start - 1) / (mp_uint_t)r->step + 1;
    } else {
        if (r->start <= r->stop) {
            return 0;
        }
        n = ((mp_uint_t)r->start - (mp_uint_t)r->stop - 1) / (0 - (mp_uint_t)r->step) + 1;
    }
    return n > (mp_uint_t)INT64_MAX ? INT64_MAX : (mp_int_t)n;
}

static inline mp_int_t range_item(const mp_obj_range_t *r, mp_int_t i) {
    return (mp_int_t)((mp_uint_t)r->start + (mp_uint_t)i * (mp_uint_t)r->step);
}

mp_obj_t mp_obj_new_range(mp_int_t start, mp_int_t stop, mp_int_t step) {
    if (step == 0) {
        mp_raise_ValueError("range() arg 3 must not be zero");
    }
    mp_obj_range_t *r = m_new_obj(mp_obj_range_t);
    r->base.type = &mp_type_range;
    r->start = start;
    r->stop = stop;
    r->step = step;
    return MP_OBJ_FROM_PTR(r);
}

// An int argument of range(): int, bool or __index__.
static mp_int_t range_arg(mp_obj_t o) {
    if (mp_obj_is_small_int(o)) {
        return mp_small_int_value(o);
    }
    if (mp_obj_is_int(o) || mp_obj_is_bool(o)) {
        return mp_obj_get_int(o);
    }
    if (mp_obj_is_obj(o) && (mp_obj_get_type(o)->flags & MP_TYPE_FLAG_USER)) {
        mp_obj_t dest[2];
        mp_load_method_maybe(o, MP_QSTR___index__, dest);
        if (dest[0] != MP_OBJ_NULL) {
            return mp_obj_get_index_int(o);
        }
    }
    mp_raise_msg_varg(&mp_type_TypeError, "'%s' object cannot be interpreted as an integer", mp_obj_get_type_str(o));
}

static mp_obj_t range_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    if (n_kw != 0) {
        mp_raise_TypeError("range() takes no keyword arguments");
    }
    if (n_args == 0) {
        mp_raise_TypeError("range expected at least 1 argument, got 0");
    }
    if (n_args > 3) {
        mp_raise_msg_varg(&mp_type_TypeError, "range expected at most 3 arguments, got %d", (int)n_args);
    }
    if (n_args == 1) {
        return mp_obj_new_range(0, range_arg(args[0]), 1);
    }
    mp_int_t start = range_arg(args[0]);
    mp_int_t stop = range_arg(args[1]);
    mp_int_t step = n_args == 3 ? range_arg(args[2]) : 1;
    return mp_obj_new_range(start, stop, step);
}

static void range_print(const mp_print_t *print, mp_obj_t o, mp_print_kind_t kind) {
    mp_obj_range_t *r = MP_OBJ_TO_PTR(o);
    mp_printf(print, "range(%lld, %lld", (long long)r->start, (long long)r->stop);
    if (r->step != 1) {
        mp_printf(print, ", %lld", (long long)r->step);
    }
    mp_print_str(print, ")");
}

// Position of int value v in the range, or -1.
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

// Exact ints (and bools) are located arithmetically; anything else is
// compared item by item as CPython does. Returns the index or -1.
static mp_int_t range_find(const mp_obj_range_t *r, mp_obj_t v) {
    if (mp_obj_is_small_int(v)) {
        return range_find_int(r, mp_small_int_value(v));
    }
    if (mp_obj_is_type(v, &mp_type_int) || mp_obj_is_bool(v)) {
        mp_int_t i;
        if (!mp_obj_get_int_maybe(v, &i)) {
            return -1;
        }
        return range_find_int(r, i);
    }
    mp_int_t n = mp_obj_range_len(r);
    for (mp_int_t i = 0; i < n; i++) {
        if (mp_obj_equal(mp_obj_new_int(range_item(r, i)), v)) {
            return i;
        }
    }
    return -1;
}

static mp_obj_t range_unary_op(mp_unary_op_t op, mp_obj_t o) {
    mp_obj_range_t *r = MP_OBJ_TO_PTR(o);
    mp_int_t n = mp_obj_range_len(r);
    switch (op) {
        case MP_UNARY_OP_BOOL:
            return mp_obj_new_bool(n != 0);
        case MP_UNARY_OP_LEN:
            return mp_obj_new_int(n);
        case MP_UNARY_OP_HASH: {
            mp_obj_t items[3] = {mp_obj_new_int(n), mp_const_none, mp_const_none};
            if (n > 0) {
                items[1] = mp_obj_new_int(r->start);
            }
            if (n > 1) {
                items[2] = mp_obj_new_int(r->step);
            }
            return MP_OBJ_NEW_SMALL_INT(mp_obj_hash(mp_obj_new_tuple(3, items)));
        }
        default:
            return MP_OBJ_NULL;
    }
}

static mp_obj_t range_binary_op(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs) {
    if (!mp_obj_is_type(lhs, &mp_type_range)) {
        return MP_OBJ_NULL;
    }
    mp_obj_range_t *r = MP_OBJ_TO_PTR(lhs);
    switch (op) {
        case MP_BINARY_OP_IN:
            return mp_obj_new_bool(range_find(r, rhs) >= 0);
        case MP_BINARY_OP_NOT_IN:
            return mp_obj_new_bool(range_find(r, rhs) < 0);
        case MP_BINARY_OP_EQUAL:
        case MP_BINARY_OP_NOT_EQUAL: {
            if (!mp_obj_is_type(rhs, &mp_type_range)) {
                return MP_OBJ_NULL;
            }
            mp_obj_range_t *o = MP_OBJ_TO_PTR(rhs);
            mp_int_t n1 = mp_obj_range_len(r), n2 = mp_obj_range_len(o);
            bool eq = n1 == n2 && (n1 == 0 || (r->start == o->start && (n1 == 1 || r->step == o->step)));
            return mp_obj_new_bool(op == MP_BINARY_OP_EQUAL ? eq : !eq);
        }
        default:
            return MP_OBJ_NULL;
    }
}

static mp_obj_t range_subscr(mp_obj_t self_in, mp_obj_t index, mp_obj_t value) {
    if (value != MP_OBJ_SENTINEL) {
        return MP_OBJ_NULL;
    }
    mp_obj_range_t *r = MP_OBJ_TO_PTR(self_in);
    mp_int_t n = mp_obj_range_len(r);
    if (mp_obj_is_type(index, &mp_type_slice)) {
        mp_bound_slice_t b;
        mp_obj_slice_indices(index, n, &b);
        mp_int_t start = range_item(r, b.start);
        mp_int_t stop = range_item(r, b.stop);
        mp_int_t step = (mp_int_t)((mp_uint_t)r->step * (mp_uint_t)b.step);
        return mp_obj_new_range(start, stop, step);
    }
    size_t i = mp_get_index(&mp_type_range, n, index, false);
    return mp_obj_new_int(range_item(r, i));
}

// ---------------------------------------------------------------------------
// Iterator: counts the remaining items, so no bound check can overflow.

typedef struct _range_it_t {
    mp_obj_base_t base;
    mp_int_t cur;
    mp_int_t remaining;
    mp_int_t step;
} range_it_t;

static mp_obj_t range_it_iternext(mp_obj_t self_in) {
    range_it_t *it = MP_OBJ_TO_PTR(self_in);
    if (it->remaining <= 0) {
        return MP_OBJ_STOP_ITERATION;
    }
    mp_int_t v = it->cur;
    it->cur = (mp_int_t)((mp_uint_t)v + (mp_uint_t)it->step);
    it->remaining--;
    if (MP_LIKELY(mp_small_int_fits(v))) {
        return mp_obj_new_small_int(v);
    }
    return mp_obj_new_int(v);
}

static mp_obj_t range_it_length_hint(mp_obj_t self_in) {
    range_it_t *it = MP_OBJ_TO_PTR(self_in);
    return mp_obj_new_int(it->remaining);
}
static MP_DEFINE_NAMED_FUN_OBJ_1(range_it_length_hint_obj, MP_QSTR___length_hint__, range_it_length_hint);

static const mp_rom_map_elem_t range_it_locals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___length_hint__), MP_ROM_PTR(&range_it_length_hint_obj)},
};
static MP_DEFINE_CONST_DICT(range_it_locals_dict, range_it_locals_table);

static mp_obj_t iter_self(mp_obj_t self_in) {
    return self_in;
}

static const mp_obj_type_t range_it_type = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_ITER_IS_SELF,
    .name = MP_QSTR_range_iterator,
    .getiter = iter_self,
    .iternext = range_it_iternext,
    .locals_dict = (mp_obj_dict_t *)&range_it_locals_dict,
};

static mp_obj_t new_range_it(mp_int_t start, mp_int_t n, mp_int_t step) {
    range_it_t *it = m_new_obj(range_it_t);
    it->base.type = &range_it_type;
    it->cur = start;
    it->remaining = n;
    it->step = step;
    return MP_OBJ_FROM_PTR(it);
}

static mp_obj_t range_getiter(mp_obj_t self_in) {
    mp_obj_range_t *r = MP_OBJ_TO_PTR(self_in);
    return new_range_it(r->start, mp_obj_range_len(r), r->step);
}

// ---------------------------------------------------------------------------
// Methods and attributes

static mp_obj_t range_reversed(mp_obj_t self_in) {
    mp_obj_range_t *r = MP_OBJ_TO_PTR(self_in);
    mp_int_t n = mp_obj_range_len(r);
    return new_range_it(n > 0 ? range_item(r, n - 1) : 0, n, (mp_int_t)(0 - (mp_uint_t)r->step));
}
static MP_DEFINE_NAMED_FUN_OBJ_1(range_reversed_obj, MP_QSTR___reversed__, range_reversed);

static mp_obj_t range_count(mp_obj_t self_in, mp_obj_t value) {
    mp_obj_range_t *r = MP_OBJ_TO_PTR(self_in);
    if (mp_obj_is_int(value) || mp_obj_is_bool(value)) {
        return MP_OBJ_NEW_SMALL_INT(range_find(r, value) >= 0);
    }
    mp_int_t n = mp_obj_range_len(r), c = 0;
    for (mp_int_t i = 0; i < n; i++) {
        if (mp_obj_equal(mp_obj_new_int(range_item(r, i)), value)) {
            c++;
        }
    }
    return mp_obj_new_int(c);
}
static MP_DEFINE_NAMED_FUN_OBJ_2(range_count_obj, MP_QSTR_count, range_count);

static mp_obj_t range_index(mp_obj_t self_in, mp_obj_t value) {
    mp_obj_range_t *r = MP_OBJ_TO_PTR(self_in);
    mp_int_t i = range_find(r, value);
    if (i < 0) {
        mp_obj_t s = mp_obj_repr(value);
        mp_raise_msg_varg(&mp_type_ValueError, "%s is not in range", mp_obj_str_get_str(s));
    }
    return mp_obj_new_int(i);
}
static MP_DEFINE_NAMED_FUN_OBJ_2(range_index_obj, MP_QSTR_index, range_index);

static mp_obj_t range_len_meth(mp_obj_t self_in) {
    return mp_obj_new_int(mp_obj_range_len(MP_OBJ_TO_PTR(self_in)));
}
static MP_DEFINE_NAMED_FUN_OBJ_1(range_len_obj, MP_QSTR___len__, range_len_meth);

static mp_obj_t range_getitem(mp_obj_t self_in, mp_obj_t index) {
    return range_subscr(self_in, index, MP_OBJ_SENTINEL);
}
static MP_DEFINE_NAMED_FUN_OBJ_2(range_getitem_obj, MP_QSTR___getitem__, range_getitem);

static mp_obj_t range_contains(mp_obj_t self_in, mp_obj_t value) {
    return mp_obj_new_bool(range_find(MP_OBJ_TO_PTR(self_in), value) >= 0);
}
static MP_DEFINE_NAMED_FUN_OBJ_2(range_contains_obj, MP_QSTR___contains__, range_contains);

static mp_obj_t range_iter_meth(mp_obj_t self_in) {
    return range_getiter(self_in);
}
static MP_DEFINE_NAMED_FUN_OBJ_1(range_iter_obj, MP_QSTR___iter__, range_iter_meth);

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
        return;  // read-only
    }
    mp_obj_range_t *r = MP_OBJ_TO_PTR(self_in);
    if (attr == MP_QSTR_start) {
        dest[0] = mp_obj_new_int(r->start);
    } else if (attr == MP_QSTR_stop) {
        dest[0] = mp_obj_new_int(r->stop);
    } else if (attr == MP_QSTR_step) {
        dest[0] = mp_obj_new_int(r->step);
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
