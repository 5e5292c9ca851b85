// objiter.c: the builtin iterator types enumerate, zip, map, filter and
// reversed, the callable iterator of iter(f, sentinel) and the
// __getitem__-based sequence iterator. Each getiter returns self and each
// iternext returns MP_OBJ_STOP_ITERATION at the end.
#include "runtime.h"
#include "objexcept.h"
#include "objtype.h"
#include "objiter.h"
#include "objtuple.h"

// The nlr handlers below only read locals that are not modified after
// nlr_push, which C guarantees; GCC's -Wclobbered cannot see that.
#pragma GCC diagnostic ignored "-Wclobbered"

// Find keyword `name` among the n_kw (key, value) pairs; MP_OBJ_NULL if
// absent. Any other keyword raises TypeError.
static mp_obj_t get_kw(const char *fun, size_t n_kw, const mp_obj_t *kw, qstr name, qstr name2, mp_obj_t *out2) {
    mp_obj_t found = MP_OBJ_NULL;
    for (size_t i = 0; i < n_kw; i++) {
        qstr q = mp_obj_str_get_qstr(kw[2 * i]);
        if (q == name) {
            found = kw[2 * i + 1];
        } else if (name2 != MP_QSTRnull && q == name2) {
            *out2 = kw[2 * i + 1];
        } else {
            mp_raise_TypeError_varg("'%s' is an invalid keyword argument for %s()", qstr_str(q), fun);
        }
    }
    return found;
}

// ---------------------------------------------------------------------------
// enumerate

typedef struct _enumerate_t {
    mp_obj_base_t base;
    mp_obj_t iter;
    mp_obj_t count;
} enumerate_t;

static mp_obj_t enumerate_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_obj_t iterable = MP_OBJ_NULL;
    mp_obj_t start = MP_OBJ_NULL;
    if (n_args > 2) {
        mp_raise_TypeError_varg("enumerate() takes at most 2 arguments (%d given)", (int)(n_args + n_kw));
    }
    start = get_kw("enumerate", n_kw, args + n_args, MP_QSTR_start, MP_QSTR_iterable, &iterable);
    // The positional arguments, which must not be given by name too.
    mp_obj_t *params[2] = {&iterable, &start};
    for (size_t i = 0; i < n_args; i++) {
        if (*params[i] != MP_OBJ_NULL) {
            mp_raise_TypeError_varg("argument for enumerate() given by name ('%s') and position (%d)",
                i == 0 ? "iterable" : "start", (int)i + 1);
        }
        *params[i] = args[i];
    }
    if (iterable == MP_OBJ_NULL) {
        mp_raise_TypeError("enumerate() missing required argument 'iterable'");
    }
    if (start == MP_OBJ_NULL) {
        start = MP_OBJ_NEW_SMALL_INT(0);
    } else if (!mp_obj_is_int(start)) {
        mp_int_t v;
        if (!mp_seq_get_repeat_count(start, &v)) {
            mp_raise_TypeError_type("'%s' object cannot be interpreted as an integer", start);
        }
        start = mp_obj_new_int(v);
    }
    enumerate_t *e = m_new_obj(enumerate_t);
    e->base.type = &mp_type_enumerate;
    e->iter = mp_getiter(iterable, NULL);
    e->count = start;
    return MP_OBJ_FROM_PTR(e);
}

static mp_obj_t enumerate_iternext(mp_obj_t self_in) {
    enumerate_t *e = MP_OBJ_TO_PTR(self_in);
    mp_obj_t item = mp_iternext(e->iter);
    if (item == MP_OBJ_STOP_ITERATION) {
        return MP_OBJ_STOP_ITERATION;
    }
    mp_obj_t items[2] = {e->count, item};
    if (MP_LIKELY(mp_obj_is_small_int(e->count) && mp_small_int_value(e->count) < MP_SMALL_INT_MAX)) {
        e->count = MP_OBJ_NEW_SMALL_INT(mp_small_int_value(e->count) + 1);
    } else {
        e->count = mp_binary_op(MP_BINARY_OP_ADD, e->count, MP_OBJ_NEW_SMALL_INT(1));
    }
    return mp_obj_new_tuple(2, items);
}

const mp_obj_type_t mp_type_enumerate = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_ITER_IS_SELF | MP_TYPE_FLAG_BASETYPE,
    .name = MP_QSTR_enumerate,
    .make_new = enumerate_make_new,
    .getiter = mp_identity_getiter,
    .iternext = enumerate_iternext,
};

// ---------------------------------------------------------------------------
// zip

typedef struct _zip_t {
    mp_obj_base_t base;
    size_t n;
    bool strict;
    bool done;
    mp_obj_t iters[];
} zip_t;

static mp_obj_t zip_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_obj_t unused = MP_OBJ_NULL;
    mp_obj_t strict = get_kw("zip", n_kw, args + n_args, MP_QSTR_strict, MP_QSTRnull, &unused);
    zip_t *z = m_new_obj_var(zip_t, mp_obj_t, n_args);
    z->base.type = &mp_type_zip;
    z->n = n_args;
    z->strict = strict != MP_OBJ_NULL && mp_obj_is_true(strict);
    z->done = false;
    for (size_t i = 0; i < n_args; i++) {
        z->iters[i] = mp_getiter(args[i], NULL);
    }
    return MP_OBJ_FROM_PTR(z);
}

static MP_NORETURN void zip_strict_error(size_t i, bool shorter) {
    if (i == 1) {
        mp_raise_msg_varg(&mp_type_ValueError, "zip() argument 2 is %s than argument 1", shorter ? "shorter" : "longer");
    }
    mp_raise_msg_varg(&mp_type_ValueError, "zip() argument %d is %s than arguments 1-%d", (int)(i + 1), shorter ? "shorter" : "longer", (int)i);
}

static mp_obj_t zip_iternext(mp_obj_t self_in) {
    zip_t *z = MP_OBJ_TO_PTR(self_in);
    if (z->n == 0 || z->done) {
        return MP_OBJ_STOP_ITERATION;
    }
    mp_obj_tuple_t *t = MP_OBJ_TO_PTR(mp_obj_new_tuple(z->n, NULL));
    for (size_t i = 0; i < z->n; i++) {
        mp_obj_t item = mp_iternext(z->iters[i]);
        if (item == MP_OBJ_STOP_ITERATION) {
            z->done = true;
            if (z->strict) {
                if (i > 0) {
                    zip_strict_error(i, true);
                }
                for (size_t j = 1; j < z->n; j++) {
                    if (mp_iternext(z->iters[j]) != MP_OBJ_STOP_ITERATION) {
                        zip_strict_error(j, false);
                    }
                }
            }
            return MP_OBJ_STOP_ITERATION;
        }
        t->items[i] = item;
    }
    return MP_OBJ_FROM_PTR(t);
}

const mp_obj_type_t mp_type_zip = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_ITER_IS_SELF | MP_TYPE_FLAG_BASETYPE,
    .name = MP_QSTR_zip,
    .make_new = zip_make_new,
    .getiter = mp_identity_getiter,
    .iternext = zip_iternext,
};

// ---------------------------------------------------------------------------
// map

typedef struct _map_t {
    mp_obj_base_t base;
    mp_obj_t fun;
    size_t n;
    mp_obj_t iters[];
} map_t;

static mp_obj_t map_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_arg_check_counts("map", n_args, n_kw, false, 0, (size_t)-1);
    if (n_args < 2) {
        mp_raise_TypeError("map() must have at least two arguments.");
    }
    map_t *m = m_new_obj_var(map_t, mp_obj_t, n_args - 1);
    m->base.type = &mp_type_map;
    m->fun = args[0];
    m->n = n_args - 1;
    for (size_t i = 1; i < n_args; i++) {
        m->iters[i - 1] = mp_getiter(args[i], NULL);
    }
    return MP_OBJ_FROM_PTR(m);
}

// fun(*args) from the __next__ of map/filter/callable_iterator, or with
// subscr (n_args = 1) fun[args[0]] from that of the sequence iterators.
// As in CPython, a StopIteration raised there (or, for subscr, an
// IndexError) ends the iteration (it escapes __next__, which is how every
// consumer sees the end), so it becomes MP_OBJ_STOP_ITERATION here.
static MP_NOINLINE mp_obj_t guarded_next(mp_obj_t fun, size_t n_args, const mp_obj_t *args, bool subscr) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t r = subscr ? mp_obj_subscr(fun, args[0], MP_OBJ_SENTINEL) : mp_call_function_n_kw(fun, n_args, 0, args);
        nlr_pop();
        return r;
    }
    mp_obj_t exc = MP_OBJ_FROM_PTR(nlr.ret_val);
    if (mp_obj_is_instance_of(exc, &mp_type_StopIteration) || (subscr && mp_obj_is_instance_of(exc, &mp_type_IndexError))) {
        return MP_OBJ_STOP_ITERATION;
    }
    nlr_jump(nlr.ret_val);
}

static mp_obj_t call_in_next(mp_obj_t fun, size_t n_args, const mp_obj_t *args) {
    return guarded_next(fun, n_args, args, false);
}

static mp_obj_t subscr_in_next(mp_obj_t seq, mp_obj_t index) {
    return guarded_next(seq, 1, &index, true);
}

static mp_obj_t map_iternext(mp_obj_t self_in) {
    map_t *m = MP_OBJ_TO_PTR(self_in);
    if (m->n == 1) {
        mp_obj_t item = mp_iternext(m->iters[0]);
        if (item == MP_OBJ_STOP_ITERATION) {
            return MP_OBJ_STOP_ITERATION;
        }
        return call_in_next(m->fun, 1, &item);
    }
    mp_obj_t small[4];
    mp_obj_t *items = m->n <= 4 ? small : m_new(mp_obj_t, m->n);
    for (size_t i = 0; i < m->n; i++) {
        mp_obj_t item = mp_iternext(m->iters[i]);
        if (item == MP_OBJ_STOP_ITERATION) {
            return MP_OBJ_STOP_ITERATION;
        }
        items[i] = item;
    }
    return call_in_next(m->fun, m->n, items);
}

const mp_obj_type_t mp_type_map = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_ITER_IS_SELF | MP_TYPE_FLAG_BASETYPE,
    .name = MP_QSTR_map,
    .make_new = map_make_new,
    .getiter = mp_identity_getiter,
    .iternext = map_iternext,
};

// ---------------------------------------------------------------------------
// filter

typedef struct _filter_t {
    mp_obj_base_t base;
    mp_obj_t fun;  // None: test the items themselves
    mp_obj_t iter;
} filter_t;

static mp_obj_t filter_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_arg_check_counts("filter", n_args, n_kw, false, 2, 2);
    filter_t *f = m_new_obj(filter_t);
    f->base.type = &mp_type_filter;
    f->fun = args[0];
    f->iter = mp_getiter(args[1], NULL);
    return MP_OBJ_FROM_PTR(f);
}

static mp_obj_t filter_iternext(mp_obj_t self_in) {
    filter_t *f = MP_OBJ_TO_PTR(self_in);
    for (;;) {
        mp_obj_t item = mp_iternext(f->iter);
        if (item == MP_OBJ_STOP_ITERATION) {
            return MP_OBJ_STOP_ITERATION;
        }
        mp_obj_t test = item;
        if (f->fun != mp_const_none) {
            test = call_in_next(f->fun, 1, &item);
            if (test == MP_OBJ_STOP_ITERATION) {
                return MP_OBJ_STOP_ITERATION;
            }
        }
        if (mp_obj_is_true(test)) {
            return item;
        }
    }
}

const mp_obj_type_t mp_type_filter = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_ITER_IS_SELF | MP_TYPE_FLAG_BASETYPE,
    .name = MP_QSTR_filter,
    .make_new = filter_make_new,
    .getiter = mp_identity_getiter,
    .iternext = filter_iternext,
};

// ---------------------------------------------------------------------------
// reversed: lists and tuples are read directly (a list is re-checked at
// every step since it may shrink); other sequences go through len and
// subscription.

enum { REV_LIST, REV_TUPLE, REV_GENERIC };

typedef struct _reversed_t {
    mp_obj_base_t base;
    mp_obj_t seq;    // the native list/tuple, or the sequence
    mp_int_t index;  // next index to yield; -1 when exhausted
    int mode;
} reversed_t;

// Does o support the sequence protocol (__len__ and __getitem__)?
static bool is_sequence(mp_obj_t o) {
    const mp_obj_type_t *t = mp_obj_get_type(o);
    if (t->flags & MP_TYPE_FLAG_USER) {
        mp_obj_t dest[2];
        mp_load_method_maybe(o, MP_QSTR___getitem__, dest);
        if (dest[0] == MP_OBJ_NULL) {
            return false;
        }
        mp_load_method_maybe(o, MP_QSTR___len__, dest);
        if (dest[0] == MP_OBJ_NULL) {
            // CPython asks for the length next, and fails there.
            mp_raise_TypeError_type("object of type '%s' has no len()", o);
        }
        return true;
    }
    return t->subscr != NULL && t->unary_op != NULL && t != &mp_type_dict;
}

static const mp_obj_type_t list_reverseiterator_type;

mp_obj_t mp_obj_new_reversed(mp_obj_t seq) {
    int mode;
    mp_obj_t target = seq;
    mp_int_t len;
    if (mp_obj_is_type(seq, &mp_type_list)) {
        mode = REV_LIST;
        len = ((mp_obj_list_t *)MP_OBJ_TO_PTR(seq))->len;
    } else if (mp_obj_is_type(seq, &mp_type_tuple)) {
        mode = REV_TUPLE;
        len = ((mp_obj_tuple_t *)MP_OBJ_TO_PTR(seq))->len;
    } else {
        mp_obj_t dest[2];
        mp_load_method_maybe(seq, MP_QSTR___reversed__, dest);
        if (dest[0] != MP_OBJ_NULL && dest[0] != mp_const_none) {
            return mp_call_method_n_kw(0, 0, dest);
        }
        // __reversed__ = None, or neither __reversed__ nor the sequence
        // protocol.
        if (dest[0] != MP_OBJ_NULL || !is_sequence(seq)) {
            mp_raise_TypeError_type("'%s' object is not reversible", seq);
        }
        mode = REV_GENERIC;
        len = mp_obj_get_int(mp_obj_len(seq));
    }
    reversed_t *r = m_new_obj(reversed_t);
    r->base.type = mode == REV_LIST ? &list_reverseiterator_type : &mp_type_reversed;
    r->seq = target;
    r->index = len - 1;
    r->mode = mode;
    return MP_OBJ_FROM_PTR(r);
}

static mp_obj_t reversed_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_arg_check_counts("reversed", n_args, n_kw, false, 1, 1);
    return mp_obj_new_reversed(args[0]);
}

static mp_obj_t reversed_iternext(mp_obj_t self_in) {
    reversed_t *r = MP_OBJ_TO_PTR(self_in);
    if (r->index < 0) {
        return MP_OBJ_STOP_ITERATION;
    }
    mp_int_t i = r->index;
    switch (r->mode) {
        case REV_LIST: {
            mp_obj_list_t *l = MP_OBJ_TO_PTR(r->seq);
            if ((size_t)i >= l->len) {
                r->index = -1;
                return MP_OBJ_STOP_ITERATION;
            }
            r->index = i - 1;
            return l->items[i];
        }
        case REV_TUPLE:
            r->index = i - 1;
            return ((mp_obj_tuple_t *)MP_OBJ_TO_PTR(r->seq))->items[i];
        default: {
            mp_obj_t item = subscr_in_next(r->seq, MP_OBJ_NEW_SMALL_INT(i));
            r->index = item == MP_OBJ_STOP_ITERATION ? -1 : i - 1;
            return item;
        }
    }
}

static mp_obj_t reversed_length_hint(mp_obj_t self_in) {
    reversed_t *r = MP_OBJ_TO_PTR(self_in);
    return MP_OBJ_NEW_SMALL_INT(r->index + 1);
}
static MP_DEFINE_NAMED_FUN_OBJ_1(reversed_length_hint_obj, MP_QSTR___length_hint__, reversed_length_hint);

static const mp_rom_map_elem_t reversed_locals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___length_hint__), MP_ROM_PTR(&reversed_length_hint_obj)},
};
static MP_DEFINE_CONST_DICT(reversed_locals_dict, reversed_locals_table);

const mp_obj_type_t mp_type_reversed = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_ITER_IS_SELF | MP_TYPE_FLAG_BASETYPE,
    .name = MP_QSTR_reversed,
    .make_new = reversed_make_new,
    .getiter = mp_identity_getiter,
    .iternext = reversed_iternext,
    .locals_dict = (mp_obj_dict_t *)&reversed_locals_dict,
};

// reversed(list) has its own type name in CPython.
static const mp_obj_type_t list_reverseiterator_type = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_ITER_IS_SELF,
    .name = MP_QSTR_list_reverseiterator,
    .getiter = mp_identity_getiter,
    .iternext = reversed_iternext,
    .locals_dict = (mp_obj_dict_t *)&reversed_locals_dict,
};

// ---------------------------------------------------------------------------
// iter(callable, sentinel)

typedef struct _callable_iter_t {
    mp_obj_base_t base;
    mp_obj_t fun;       // MP_OBJ_NULL once exhausted
    mp_obj_t sentinel;
} callable_iter_t;

static mp_obj_t callable_iter_iternext(mp_obj_t self_in) {
    callable_iter_t *c = MP_OBJ_TO_PTR(self_in);
    if (c->fun == MP_OBJ_NULL) {
        return MP_OBJ_STOP_ITERATION;
    }
    // A StopIteration from the callable ends the iteration too.
    mp_obj_t v = call_in_next(c->fun, 0, NULL);
    // CPython compares sentinel == value (sentinel first).
    if (v == MP_OBJ_STOP_ITERATION || v == c->sentinel || mp_obj_equal(c->sentinel, v)) {
        c->fun = MP_OBJ_NULL;
        return MP_OBJ_STOP_ITERATION;
    }
    return v;
}

static const mp_obj_type_t callable_iter_type = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_ITER_IS_SELF,
    .name = MP_QSTR_callable_iterator,
    .getiter = mp_identity_getiter,
    .iternext = callable_iter_iternext,
};

mp_obj_t mp_obj_new_callable_iter(mp_obj_t fun, mp_obj_t sentinel) {
    callable_iter_t *c = m_new_obj(callable_iter_t);
    c->base.type = &callable_iter_type;
    c->fun = fun;
    c->sentinel = sentinel;
    return MP_OBJ_FROM_PTR(c);
}

// ---------------------------------------------------------------------------
// The __getitem__ sequence iterator

typedef struct _getitem_iter_t {
    mp_obj_base_t base;
    mp_obj_t seq;  // MP_OBJ_NULL once exhausted
    mp_int_t index;
} getitem_iter_t;

static mp_obj_t getitem_iter_iternext(mp_obj_t self_in) {
    getitem_iter_t *g = MP_OBJ_TO_PTR(self_in);
    if (g->seq == MP_OBJ_NULL) {
        return MP_OBJ_STOP_ITERATION;
    }
    mp_obj_t item = subscr_in_next(g->seq, mp_obj_new_int(g->index));
    if (item == MP_OBJ_STOP_ITERATION) {
        g->seq = MP_OBJ_NULL;
    } else {
        g->index++;
    }
    return item;
}

static const mp_obj_type_t getitem_iter_type = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_ITER_IS_SELF,
    .name = MP_QSTR_iterator,
    .getiter = mp_identity_getiter,
    .iternext = getitem_iter_iternext,
};

mp_obj_t mp_obj_new_getitem_iter(mp_obj_t seq) {
    getitem_iter_t *g = m_new_obj(getitem_iter_t);
    g->base.type = &getitem_iter_type;
    g->seq = seq;
    g->index = 0;
    return MP_OBJ_FROM_PTR(g);
}
