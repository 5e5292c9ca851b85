// objslice.c: slice objects, the CPython clamping of slices against a
// sequence length (any step), and index normalisation for sequences.
#include "runtime.h"
#include "objexcept.h"
#include "objtuple.h"
#include "objtype.h"
#include "objslice.h"

#define CLAMP_MAX ((mp_int_t)1 << 61)

mp_obj_t mp_obj_index_maybe(mp_obj_t o) {
    if (mp_obj_is_small_int(o) || mp_obj_is_type(o, &mp_type_int)) {
        return o;
    }
    if (mp_obj_is_bool(o)) {
        return MP_OBJ_NEW_SMALL_INT(o == mp_const_true);
    }
    if (mp_obj_is_obj(o) && (mp_obj_get_type(o)->flags & MP_TYPE_FLAG_USER)) {
        mp_obj_t dest[2];
        mp_load_method_maybe(o, MP_QSTR___index__, dest);
        if (dest[0] != MP_OBJ_NULL) {
            mp_obj_t v = mp_call_method_n_kw(0, 0, dest);
            if (!mp_obj_is_int(v)) {
                mp_raise_TypeError_type("__index__ returned non-int (type %s)", v);
            }
            return mp_obj_get_native(v, &mp_type_int);
        }
    }
    return MP_OBJ_NULL;
}

bool mp_obj_index_clamped(mp_obj_t o, mp_int_t *out, bool *huge) {
    *huge = false;
    if (mp_obj_is_small_int(o)) {
        *out = mp_small_int_value(o);
        return true;
    }
    mp_obj_t v = mp_obj_index_maybe(o);
    if (v == MP_OBJ_NULL) {
        return false;
    }
    mp_int_t i;
    if (mp_obj_get_int_maybe(v, &i) && i > -CLAMP_MAX && i < CLAMP_MAX) {
        *out = i;
        return true;
    }
    *huge = true;
    bool neg = mp_obj_is_true(mp_binary_op(MP_BINARY_OP_LESS, v, MP_OBJ_NEW_SMALL_INT(0)));
    *out = neg ? -CLAMP_MAX : CLAMP_MAX;
    return true;
}

static mp_int_t slice_bound(mp_obj_t o) {
    mp_int_t v;
    bool huge;
    if (!mp_obj_index_clamped(o, &v, &huge)) {
        mp_raise_TypeError("slice indices must be integers or None or have an __index__ method");
    }
    return v;
}

// A bound that can run user code (__index__) is converted to an int now.
static mp_obj_t resolve_bound(mp_obj_t o) {
    if (o == mp_const_none || mp_obj_is_small_int(o) || mp_obj_is_bool(o) || mp_obj_is_type(o, &mp_type_int)) {
        return o;
    }
    mp_int_t v;
    bool huge;
    if (!mp_obj_index_clamped(o, &v, &huge)) {
        mp_raise_TypeError("slice indices must be integers or None or have an __index__ method");
    }
    return mp_obj_new_int(v);
}

mp_obj_t mp_obj_slice_resolve(mp_obj_t slice) {
    mp_obj_slice_t *s = MP_OBJ_TO_PTR(slice);
    mp_obj_t start = resolve_bound(s->start);
    mp_obj_t stop = resolve_bound(s->stop);
    mp_obj_t step = resolve_bound(s->step);
    if (start == s->start && stop == s->stop && step == s->step) {
        return slice;
    }
    return mp_obj_new_slice(start, stop, step);
}

mp_obj_t mp_obj_subscr_resolve(mp_obj_t index) {
    if (mp_obj_is_type(index, &mp_type_slice)) {
        return mp_obj_slice_resolve(index);
    }
    if (mp_obj_is_obj(index) && mp_type_is_user(mp_obj_get_type(index))) {
        mp_obj_t v = mp_obj_index_maybe(index);
        if (v != MP_OBJ_NULL) {
            return v;
        }
    }
    return index;
}

mp_obj_t mp_obj_new_slice(mp_obj_t start, mp_obj_t stop, mp_obj_t step) {
    mp_obj_slice_t *s = m_new_obj(mp_obj_slice_t);
    s->base.type = &mp_type_slice;
    s->start = start == MP_OBJ_NULL ? mp_const_none : start;
    s->stop = stop == MP_OBJ_NULL ? mp_const_none : stop;
    s->step = step == MP_OBJ_NULL ? mp_const_none : step;
    return MP_OBJ_FROM_PTR(s);
}

mp_int_t mp_obj_slice_indices(mp_obj_t slice, size_t len_in, mp_bound_slice_t *out) {
    mp_obj_slice_t *s = MP_OBJ_TO_PTR(slice);
    mp_int_t len = (mp_int_t)len_in;
    mp_int_t step = 1;
    if (s->step != mp_const_none) {
        step = slice_bound(s->step);
        if (step == 0) {
            mp_raise_ValueError("slice step cannot be zero");
        }
    }
    mp_int_t lower, upper;
    if (step > 0) {
        lower = 0;
        upper = len;
    } else {
        lower = -1;
        upper = len - 1;
    }
    // start (i = 0) and stop (i = 1): None gives the end the step starts
    // from (or runs to); negative values count from the end; then clamped.
    mp_int_t bounds[2];
    for (int i = 0; i < 2; i++) {
        mp_obj_t o = i == 0 ? s->start : s->stop;
        mp_int_t v;
        if (o == mp_const_none) {
            v = (step > 0) == (i == 0) ? lower : upper;
        } else {
            v = slice_bound(o);
            if (v < 0) {
                v += len;
                if (v < lower) {
                    v = lower;
                }
            } else if (v > upper) {
                v = upper;
            }
        }
        bounds[i] = v;
    }
    mp_int_t start = bounds[0], stop = bounds[1];
    mp_int_t n;
    if (step > 0) {
        n = stop > start ? (stop - start - 1) / step + 1 : 0;
    } else {
        n = start > stop ? (start - stop - 1) / (-step) + 1 : 0;
    }
    out->start = start;
    out->stop = stop;
    out->step = step;
    return n;
}

size_t mp_get_index(const mp_obj_type_t *type, size_t len, mp_obj_t index, bool is_slice_ok) {
    mp_int_t i;
    if (MP_LIKELY(mp_obj_is_small_int(index))) {
        i = mp_small_int_value(index);
    } else {
        bool huge;
        if (!mp_obj_index_clamped(index, &i, &huge)) {
            if (type == &mp_type_str) {
                mp_raise_TypeError_type("string indices must be integers, not '%s'", index);
            }
            mp_raise_TypeError_varg("%s indices must be integers or slices, not %s",
                qstr_str(type->name), mp_obj_get_type_str(index));
        }
        if (huge && !is_slice_ok && type != &mp_type_range) {
            mp_raise_msg_varg(&mp_type_IndexError, "cannot fit '%s' into an index-sized integer", mp_obj_get_type_str(index));
        }
    }
    if (i < 0) {
        i += (mp_int_t)len;
    }
    if (is_slice_ok) {
        if (i < 0) {
            i = 0;
        } else if (i > (mp_int_t)len) {
            i = len;
        }
        return (size_t)i;
    }
    if (i < 0 || i >= (mp_int_t)len) {
        if (type == &mp_type_str) {
            mp_raise_msg(&mp_type_IndexError, "string index out of range");
        }
        if (type == &mp_type_bytes) {
            mp_raise_msg(&mp_type_IndexError, "index out of range");
        }
        if (type == &mp_type_range) {
            mp_raise_msg(&mp_type_IndexError, "range object index out of range");
        }
        mp_raise_msg_varg(&mp_type_IndexError, "%s index out of range", qstr_str(type->name));
    }
    return (size_t)i;
}

// ---------------------------------------------------------------------------
// The slice type

static void slice_print(const mp_print_t *print, mp_obj_t o, mp_print_kind_t kind) {
    mp_obj_slice_t *s = MP_OBJ_TO_PTR(o);
    mp_print_str(print, "slice(");
    mp_obj_print_helper(print, s->start, PRINT_REPR);
    mp_print_str(print, ", ");
    mp_obj_print_helper(print, s->stop, PRINT_REPR);
    mp_print_str(print, ", ");
    mp_obj_print_helper(print, s->step, PRINT_REPR);
    mp_print_str(print, ")");
}

static mp_obj_t slice_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_arg_check_counts("slice", n_args, n_kw, false, 1, 3);
    if (n_args == 1) {
        return mp_obj_new_slice(mp_const_none, args[0], mp_const_none);
    }
    return mp_obj_new_slice(args[0], args[1], n_args == 3 ? args[2] : mp_const_none);
}

static mp_obj_t slice_as_tuple(mp_obj_slice_t *s) {
    mp_obj_t items[3] = {s->start, s->stop, s->step};
    return mp_obj_new_tuple(3, items);
}

static mp_obj_t slice_binary_op(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs) {
    if (!mp_obj_is_type(lhs, &mp_type_slice)) {
        return MP_OBJ_NULL;
    }
    switch (op) {
        case MP_BINARY_OP_EQUAL:
        case MP_BINARY_OP_NOT_EQUAL:
        case MP_BINARY_OP_LESS:
        case MP_BINARY_OP_LESS_EQUAL:
        case MP_BINARY_OP_MORE:
        case MP_BINARY_OP_MORE_EQUAL:
            if (!mp_obj_is_type(rhs, &mp_type_slice)) {
                return MP_OBJ_NULL;  // NotImplemented: the runtime tries the reflection
            }
            return mp_binary_op(op, slice_as_tuple(MP_OBJ_TO_PTR(lhs)), slice_as_tuple(MP_OBJ_TO_PTR(rhs)));
        default:
            return MP_OBJ_NULL;
    }
}

static mp_obj_t slice_indices(mp_obj_t self_in, mp_obj_t len_in) {
    mp_int_t len = mp_obj_get_index_int(len_in);
    if (len < 0) {
        mp_raise_ValueError("length should not be negative");
    }
    mp_bound_slice_t b;
    mp_obj_slice_indices(self_in, (size_t)len, &b);
    mp_obj_t items[3] = {mp_obj_new_int(b.start), mp_obj_new_int(b.stop), mp_obj_new_int(b.step)};
    // The step is not clamped by CPython: a huge one is given back as is.
    mp_obj_t step = ((mp_obj_slice_t *)MP_OBJ_TO_PTR(self_in))->step;
    if (mp_obj_is_type(step, &mp_type_int)) {
        items[2] = step;
    }
    return mp_obj_new_tuple(3, items);
}
static MP_DEFINE_NAMED_FUN_OBJ_2(slice_indices_obj, MP_QSTR_indices, slice_indices);

static void slice_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        if (attr == MP_QSTR_start || attr == MP_QSTR_stop || attr == MP_QSTR_step) {
            mp_raise_msg(&mp_type_AttributeError, "readonly attribute");
        }
        return;
    }
    mp_obj_slice_t *s = MP_OBJ_TO_PTR(self_in);
    if (attr == MP_QSTR_start) {
        dest[0] = s->start;
    } else if (attr == MP_QSTR_stop) {
        dest[0] = s->stop;
    } else if (attr == MP_QSTR_step) {
        dest[0] = s->step;
    } else if (attr == MP_QSTR_indices) {
        dest[0] = MP_OBJ_FROM_PTR(&slice_indices_obj);
        dest[1] = self_in;
    }
}

static const mp_rom_map_elem_t slice_locals_table[] = {
    {MP_ROM_QSTR(MP_QSTR_indices), MP_ROM_PTR(&slice_indices_obj)},
};
static MP_DEFINE_CONST_DICT(slice_locals_dict, slice_locals_table);

const mp_obj_type_t mp_type_slice = {
    {&mp_type_type},
    .name = MP_QSTR_slice,
    .print = slice_print,
    .make_new = slice_make_new,
    .binary_op = slice_binary_op,
    .attr = slice_attr,
    .locals_dict = (mp_obj_dict_t *)&slice_locals_dict,
};
