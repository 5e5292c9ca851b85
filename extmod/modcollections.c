// modcollections.c: the ucollections module (importable as collections):
// namedtuple, OrderedDict, defaultdict, Counter, ChainMap (deque is in
// objdeque.c).
//
// Design: a namedtuple class is an ordinary class made at run time with
// mp_obj_new_type, deriving from tuple, so indexing, unpacking, hashing,
// comparison and subclassing come from the class system and tuple. Its
// constructor (__new__) and field getters (properties) are small C callable
// objects. Methods that must bind to the instance (__repr__, _asdict,
// _replace) and the dict-like classes (OrderedDict, defaultdict, Counter,
// ChainMap) are Python compiled once on first use (builtin functions do not
// bind as methods in a class dict); the heavy parts are C helpers.
#include <string.h>
#include "runtime.h"
#include "objexcept.h"
#include "objmodule.h"
#include "objtype.h"
#include "objtuple.h"
#include "objdict.h"
#include "objlist.h"
#include "unicode.h"
#include "modcollections.h"
#include "frozen.h"

// ---------------------------------------------------------------------------
// namedtuple: the constructor object (the class's __new__)

typedef struct _nt_new_t {
    mp_obj_base_t base;
    qstr name;            // the class name, for error messages
    size_t n_fields;
    mp_obj_t *fields;     // qstr objects
    size_t n_defaults;    // defaults of the last n_defaults fields
    mp_obj_t *defaults;
} nt_new_t;

// The instance of cls (a namedtuple class or a subclass) wrapping tuple t,
// made as tuple.__new__(cls, t) does.
static mp_obj_t nt_instance(mp_obj_t cls, mp_obj_t t) {
    return mp_call_function_2(MP_OBJ_FROM_PTR(&mp_native_base_new_obj), cls, t);
}

// "'x', 'y' and 'z'" lists of CPython's missing-argument message.
static void add_name_list(vstr_t *v, mp_obj_t *names, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (i > 0) {
            vstr_add_str(v, n > 2 ? ", " : " ");
            if (i == n - 1) {
                vstr_add_str(v, "and ");
            }
        }
        vstr_add_byte(v, '\'');
        vstr_add_str(v, qstr_str(mp_obj_qstr_value(names[i])));
        vstr_add_byte(v, '\'');
    }
}

static mp_obj_t nt_new_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    nt_new_t *self = MP_OBJ_TO_PTR(self_in);
    if (n_args == 0) {
        mp_raise_TypeError_varg("%q.__new__(): not enough arguments", self->name);
    }
    mp_obj_t cls = args[0];
    size_t n_pos = n_args - 1;
    size_t n = self->n_fields;
    if (n_pos > n) {
        if (self->n_defaults == 0) {
            mp_raise_TypeError_varg("%q.__new__() takes %d positional arguments but %d were given",
                self->name, (int)n + 1, (int)n_args);
        }
        mp_raise_TypeError_varg("%q.__new__() takes from %d to %d positional arguments but %d were given",
            self->name, (int)(n - self->n_defaults) + 1, (int)n + 1, (int)n_args);
    }
    // (A new tuple's items are MP_OBJ_NULL: the heap is zeroed.)
    mp_obj_tuple_t *t = MP_OBJ_TO_PTR(mp_obj_new_tuple(n, NULL));
    memcpy(t->items, args + 1, n_pos * sizeof(mp_obj_t));
    const mp_obj_t *kw = args + n_args;
    for (size_t k = 0; k < n_kw; k++) {
        mp_obj_t key = MP_OBJ_NEW_QSTR(mp_obj_str_get_qstr(kw[2 * k]));
        size_t i = 0;
        while (i < n && self->fields[i] != key) {
            i++;
        }
        if (i == n) {
            mp_raise_TypeError_varg("%q.__new__() got an unexpected keyword argument '%q'",
                self->name, mp_obj_qstr_value(key));
        }
        if (t->items[i] != MP_OBJ_NULL) {
            mp_raise_TypeError_varg("%q.__new__() got multiple values for argument '%q'",
                self->name, mp_obj_qstr_value(key));
        }
        t->items[i] = kw[2 * k + 1];
    }
    size_t n_missing = 0;
    mp_obj_t *missing = NULL;
    for (size_t i = n_pos; i < n; i++) {
        if (t->items[i] == MP_OBJ_NULL) {
            size_t d = i + self->n_defaults;
            if (d >= n) {
                t->items[i] = self->defaults[d - n];
            } else {
                if (missing == NULL) {
                    missing = m_new(mp_obj_t, n);
                }
                missing[n_missing++] = self->fields[i];
            }
        }
    }
    if (n_missing) {
        vstr_t v;
        vstr_init(&v, 64);
        vstr_printf(&v, "%s.__new__() missing %d required positional argument%s: ",
            qstr_str(self->name), (int)n_missing, n_missing == 1 ? "" : "s");
        add_name_list(&v, missing, n_missing);
        mp_raise_msg(&mp_type_TypeError, vstr_null_terminated_str(&v));
    }
    return nt_instance(cls, MP_OBJ_FROM_PTR(t));
}

static const mp_obj_type_t nt_new_type = {
    {&mp_type_type},
    .name = MP_QSTR___new__,
    .call = nt_new_call,
};

// ---------------------------------------------------------------------------
// namedtuple: field getters (the fget of each field's property)

typedef struct _nt_getter_t {
    mp_obj_base_t base;
    size_t index;
} nt_getter_t;

static mp_obj_t nt_getter_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    nt_getter_t *self = MP_OBJ_TO_PTR(self_in);
    if (n_args != 1 || n_kw != 0) {
        mp_raise_TypeError("expected 1 argument");
    }
    mp_obj_tuple_t *t = mp_obj_tuple_native_maybe(args[0]);
    if (t == NULL) {
        mp_raise_TypeError_varg("descriptor for index '%d' for tuple subclasses doesn't apply to '%s' object",
            (int)self->index, mp_obj_get_type_str(args[0]));
    }
    if (self->index >= t->len) {
        mp_raise_msg(&mp_type_IndexError, "tuple index out of range");
    }
    return t->items[self->index];
}

static const mp_obj_type_t nt_getter_type = {
    {&mp_type_type},
    .name = MP_QSTR__tuplegetter,
    .call = nt_getter_call,
};

// ---------------------------------------------------------------------------
// The Python part, compiled on first use.

static mp_obj_t py_globals;  // the dict of the compiled helpers (GC root)

static mp_obj_t helper(qstr name) {
    return mp_obj_dict_get(py_globals, MP_OBJ_NEW_QSTR(name));
}

// The tuple of a namedtuple instance self, and its class's _fields.
static mp_obj_tuple_t *nt_self(mp_obj_t self, size_t *n, mp_obj_t **fields) {
    mp_obj_tuple_t *t = mp_obj_tuple_native_maybe(self);
    if (t == NULL) {
        mp_raise_TypeError("namedtuple expected");
    }
    mp_obj_t cls = MP_OBJ_FROM_PTR(mp_obj_get_type(self));
    mp_obj_get_array(mp_load_attr(cls, MP_QSTR__fields), n, fields);
    return t;
}

static mp_obj_t nt_repr(mp_obj_t self) {
    size_t n;
    mp_obj_t *fields;
    mp_obj_tuple_t *t = nt_self(self, &n, &fields);
    vstr_t v;
    vstr_init(&v, 32);
    mp_print_t p = mp_print_for_vstr(&v);
    mp_printf(&p, "%q(", mp_obj_get_type(self)->name);
    for (size_t i = 0; i < n && i < t->len; i++) {
        if (i > 0) {
            vstr_add_str(&v, ", ");
        }
        mp_obj_print_helper(&p, fields[i], PRINT_STR);
        vstr_add_byte(&v, '=');
        mp_obj_print_helper(&p, t->items[i], PRINT_REPR);
    }
    vstr_add_byte(&v, ')');
    return mp_obj_new_str_from_vstr(&v);
}
static MP_DEFINE_NAMED_FUN_OBJ_1(nt_repr_obj, MP_QSTR__nt_repr, nt_repr);

static mp_obj_t nt_asdict(mp_obj_t self) {
    size_t n;
    mp_obj_t *fields;
    mp_obj_tuple_t *t = nt_self(self, &n, &fields);
    mp_obj_t d = mp_obj_new_dict(n);
    for (size_t i = 0; i < n && i < t->len; i++) {
        mp_obj_dict_store(d, fields[i], t->items[i]);
    }
    return d;
}
static MP_DEFINE_NAMED_FUN_OBJ_1(nt_asdict_obj, MP_QSTR__nt_asdict, nt_asdict);

// _replace(self, /, **kwds): self._make() of the values with kwds replaced.
static mp_obj_t nt_replace(mp_obj_t self, mp_obj_t kwds) {
    size_t n;
    mp_obj_t *fields;
    mp_obj_tuple_t *t = nt_self(self, &n, &fields);
    mp_obj_t list = mp_obj_new_list(t->len, t->items);
    mp_obj_list_t *l = MP_OBJ_TO_PTR(list);
    mp_map_t *kw = mp_obj_dict_get_map(kwds);
    mp_obj_t unexpected = MP_OBJ_NULL;
    size_t cur = 0;
    mp_map_elem_t *e;
    while ((e = mp_map_next(kw, &cur)) != NULL) {
        size_t i = 0;
        while (i < n && !mp_obj_equal(fields[i], e->key)) {
            i++;
        }
        if (i < n && i < l->len) {
            l->items[i] = e->value;
        } else {
            if (unexpected == MP_OBJ_NULL) {
                unexpected = mp_obj_new_list(0, NULL);
            }
            mp_obj_list_append(unexpected, e->key);
        }
    }
    if (unexpected != MP_OBJ_NULL) {
        mp_raise_ValueError_repr("Got unexpected field names: %s", unexpected);
    }
    mp_obj_t dest[3];
    mp_load_method(self, MP_QSTR__make, dest);
    dest[2] = list;
    return mp_call_method_n_kw(1, 0, dest);
}
static MP_DEFINE_NAMED_FUN_OBJ_2(nt_replace_obj, MP_QSTR__nt_replace, nt_replace);

// _make(cls, iterable) (a classmethod).
static mp_obj_t nt_make(mp_obj_t cls, mp_obj_t iterable) {
    mp_obj_t t = mp_obj_tuple_from_iterable(iterable);
    size_t n;
    mp_obj_t *items;
    mp_obj_get_array(mp_load_attr(cls, MP_QSTR__fields), &n, &items);
    size_t len = ((mp_obj_tuple_t *)MP_OBJ_TO_PTR(t))->len;
    if (len != n) {
        mp_raise_TypeError_varg("Expected %d arguments, got %d", (int)n, (int)len);
    }
    return nt_instance(cls, t);
}
static MP_DEFINE_NAMED_FUN_OBJ_2(nt_make_obj, MP_QSTR__make, nt_make);

// ---- OrderedDict helpers (self is an instance of the Python class, a
// dict subclass; its native dict keeps insertion order already).

static MP_NOINLINE mp_map_t *od_map(mp_obj_t self) {
    mp_obj_dict_t *d = mp_obj_dict_native_maybe(self);
    if (d == NULL) {
        mp_raise_descriptor_error("OrderedDict", self);
    }
    return &d->map;
}

static mp_obj_t od_move(mp_obj_t self, mp_obj_t key, mp_obj_t last) {
    mp_map_t *map = od_map(self);
    mp_map_elem_t *e = mp_map_lookup(map, key, MP_MAP_LOOKUP_REMOVE_IF_FOUND);
    if (e == NULL) {
        nlr_raise(mp_obj_new_exception_arg1(&mp_type_KeyError, key));
    }
    mp_obj_t k = e->key, v = e->value;
    if (mp_obj_is_true(last)) {
        mp_map_lookup(map, k, MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = v;
        return mp_const_none;
    }
    // To the front: rebuild the map with the key first (O(n)).
    size_t n = map->filled;
    mp_map_elem_t *saved = m_new(mp_map_elem_t, n + 1);
    size_t j = 0, cur = 0;
    mp_map_elem_t *x;
    while ((x = mp_map_next(map, &cur)) != NULL && j < n) {
        saved[j++] = *x;
    }
    mp_map_clear(map);
    mp_map_lookup(map, k, MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = v;
    for (size_t i = 0; i < j; i++) {
        mp_map_lookup(map, saved[i].key, MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = saved[i].value;
    }
    return mp_const_none;
}
static MP_DEFINE_NAMED_FUN_OBJ_3(od_move_obj, MP_QSTR__od_move, od_move);

static mp_obj_t od_popitem(mp_obj_t self, mp_obj_t last) {
    mp_map_t *map = od_map(self);
    if (map->filled == 0) {
        mp_raise_msg(&mp_type_KeyError, "dictionary is empty");
    }
    size_t cur = 0;
    mp_map_elem_t *found;
    if (mp_obj_is_true(last)) {
        cur = map->used;
        found = mp_obj_dict_prev_elem(map, &cur);
    } else {
        found = mp_map_next(map, &cur);
    }
    mp_obj_t kv[2] = {found->key, found->value};
    mp_map_lookup(map, kv[0], MP_MAP_LOOKUP_REMOVE_IF_FOUND);
    return mp_obj_new_tuple(2, kv);
}
static MP_DEFINE_NAMED_FUN_OBJ_2(od_popitem_obj, MP_QSTR__od_popitem, od_popitem);

// self == other: order-sensitive between two OrderedDicts (ordered says
// so), a plain dict comparison otherwise; NotImplemented for non-dicts.
static mp_obj_t od_eq(mp_obj_t self, mp_obj_t other, mp_obj_t ordered) {
    mp_obj_dict_t *a = mp_obj_dict_native_maybe(self);
    mp_obj_dict_t *b = mp_obj_dict_native_maybe(other);
    if (a == NULL || b == NULL) {
        return mp_const_notimplemented;
    }
    if (!mp_obj_equal(MP_OBJ_FROM_PTR(a), MP_OBJ_FROM_PTR(b))) {
        return mp_const_false;
    }
    if (mp_obj_is_true(ordered)) {
        size_t ca = 0, cb = 0;
        mp_map_elem_t *x, *y;
        for (;;) {
            x = mp_map_next(&a->map, &ca);
            y = mp_map_next(&b->map, &cb);
            if (x == NULL || y == NULL) {
                return mp_obj_new_bool(x == y);
            }
            if (x->key != y->key && !mp_obj_equal(x->key, y->key)) {
                return mp_const_false;
            }
        }
    }
    return mp_const_true;
}
static MP_DEFINE_NAMED_FUN_OBJ_3(od_eq_obj, MP_QSTR__od_eq, od_eq);

// The Python part (extmod/frozen/collections.py), compiled on first use.
#include "genhdr/frozen_collections.h"

static void init_py(void) {
    if (py_globals != MP_OBJ_NULL) {
        return;
    }
    // The globals the Python part starts with: its name and the C helpers.
    static const mp_rom_map_elem_t initial[] = {
        {MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_collections)},
        {MP_ROM_QSTR(MP_QSTR__nt_repr), MP_ROM_PTR(&nt_repr_obj)},
        {MP_ROM_QSTR(MP_QSTR__nt_asdict), MP_ROM_PTR(&nt_asdict_obj)},
        {MP_ROM_QSTR(MP_QSTR__nt_replace), MP_ROM_PTR(&nt_replace_obj)},
        {MP_ROM_QSTR(MP_QSTR__od_move), MP_ROM_PTR(&od_move_obj)},
        {MP_ROM_QSTR(MP_QSTR__od_popitem), MP_ROM_PTR(&od_popitem_obj)},
        {MP_ROM_QSTR(MP_QSTR__od_eq), MP_ROM_PTR(&od_eq_obj)},
    };
    mp_obj_t g = mp_obj_new_dict(16);
    for (size_t i = 0; i < MP_ARRAY_SIZE(initial); i++) {
        mp_obj_dict_store(g, initial[i].key, initial[i].value);
    }
    mp_frozen_exec(&frozen_collections, MP_QSTR_collections, g);
    py_globals = g;
    gc_add_root(&py_globals, 1);
}

// ---------------------------------------------------------------------------
// namedtuple(typename, field_names, *, rename=False, defaults=None, module=None)

static bool is_identifier(mp_obj_t s) {
    size_t len;
    const byte *p = (const byte *)mp_obj_str_get_data(s, &len);
    const byte *end = p + len;
    if (len == 0) {
        return false;
    }
    bool first = true;
    while (p < end) {
        uint32_t c = utf8_get_char(&p);
        if (first ? !unichar_isxid_start(c) : !unichar_isxid_continue(c)) {
            return false;
        }
        first = false;
    }
    return true;
}

static bool is_keyword(mp_obj_t s) {
    // The keywords, each preceded by its length: one string instead of a
    // table of pointers.
    static const char kws[] =
        "\5False\4None\4True\3and\2as\6assert\5async\5await\5break\5class"
        "\10continue\3def\3del\4elif\4else\6except\7finally\3for\4from\6global"
        "\2if\6import\2in\2is\6lambda\10nonlocal\3not\2or\4pass\5raise"
        "\6return\3try\5while\4with\5yield";
    size_t len;
    const char *p = mp_obj_str_get_data(s, &len);
    for (const char *k = kws; *k; k += 1 + *k) {
        if ((size_t)*k == len && memcmp(k + 1, p, len) == 0) {
            return true;
        }
    }
    return false;
}

static bool starts_with_underscore(mp_obj_t s) {
    size_t len;
    const char *p = mp_obj_str_get_data(s, &len);
    return len > 0 && p[0] == '_';
}

static void check_name(mp_obj_t name) {
    if (!is_identifier(name)) {
        mp_raise_ValueError_repr("Type names and field names must be valid identifiers: %s", name);
    }
    if (is_keyword(name)) {
        mp_raise_ValueError_repr("Type names and field names cannot be a keyword: %s", name);
    }
}

// staticmethod(fun) or classmethod(fun).
static mp_obj_t wrap_fun(const mp_obj_type_t *kind, mp_obj_t fun) {
    mp_obj_static_class_method_t *m = m_new_obj(mp_obj_static_class_method_t);
    m->base.type = kind;
    m->fun = fun;
    return MP_OBJ_FROM_PTR(m);
}

static mp_obj_t mod_namedtuple(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    static const mp_arg_t allowed[] = {
        {MP_QSTR_typename, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
        {MP_QSTR_field_names, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
        {MP_QSTR_rename, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
        {MP_QSTR_defaults, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
        {MP_QSTR_module, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
    };
    mp_arg_val_t vals[5];
    mp_arg_parse_all_named(MP_QSTR_namedtuple, n_args, args, kw_args, 5, allowed, vals);
    bool rename = vals[2].u_obj != MP_OBJ_NULL && mp_obj_is_true(vals[2].u_obj);
    init_py();

    // Field names: a string split at commas and whitespace, or any
    // iterable (items converted with str()).
    mp_obj_t names = mp_obj_new_list(0, NULL);
    mp_obj_t fn = vals[1].u_obj;
    if (mp_obj_is_str(fn)) {
        size_t len;
        const char *s = mp_obj_str_get_data(fn, &len);
        // Each separator (or the end) closes the name started after the
        // previous one, if not empty.
        size_t start = 0;
        for (size_t i = 0; i <= len; i++) {
            if (i == len || s[i] == ',' || unichar_isspace((byte)s[i])) {
                if (i > start) {
                    mp_obj_list_append(names, mp_obj_new_str_via_qstr(s + start, i - start));
                }
                start = i + 1;
            }
        }
    } else {
        mp_obj_t it = mp_getiter(fn, NULL);
        mp_obj_t x;
        while ((x = mp_iternext(it)) != MP_OBJ_STOP_ITERATION) {
            mp_obj_list_append(names, mp_obj_str(x));
        }
    }
    mp_obj_list_t *nl = MP_OBJ_TO_PTR(names);
    size_t n = nl->len;
    if (rename) {
        for (size_t i = 0; i < n; i++) {
            mp_obj_t name = nl->items[i];
            bool bad = !is_identifier(name) || is_keyword(name) || starts_with_underscore(name);
            for (size_t j = 0; j < i && !bad; j++) {
                bad = mp_obj_equal(nl->items[j], name);
            }
            if (bad) {
                char buf[24];
                vstr_t v;
                vstr_init_fixed_buf(&v, sizeof(buf), buf);
                vstr_printf(&v, "_%d", (int)i);
                nl->items[i] = mp_obj_new_str_via_qstr(v.buf, v.len);
            }
        }
    }
    mp_obj_t typename = mp_obj_str(vals[0].u_obj);
    check_name(typename);
    for (size_t i = 0; i < n; i++) {
        check_name(nl->items[i]);
    }
    for (size_t i = 0; i < n; i++) {
        mp_obj_t name = nl->items[i];
        if (!rename && starts_with_underscore(name)) {
            mp_raise_ValueError_repr("Field names cannot start with an underscore: %s", name);
        }
        for (size_t j = 0; j < i; j++) {
            if (mp_obj_equal(nl->items[j], name)) {
                mp_raise_ValueError_repr("Encountered duplicate field name: %s", name);
            }
        }
        nl->items[i] = MP_OBJ_NEW_QSTR(mp_obj_str_get_qstr(name));
    }
    qstr tname = mp_obj_str_get_qstr(typename);

    nt_new_t *nw = m_new_obj(nt_new_t);
    nw->base.type = &nt_new_type;
    nw->name = tname;
    nw->n_fields = n;
    nw->fields = m_new(mp_obj_t, n ? n : 1);
    memcpy(nw->fields, nl->items, n * sizeof(mp_obj_t));
    mp_obj_t field_defaults = mp_obj_new_dict(0);
    if (vals[3].u_obj != MP_OBJ_NULL && vals[3].u_obj != mp_const_none) {
        mp_obj_t dt = mp_obj_tuple_from_iterable(vals[3].u_obj);
        mp_obj_tuple_t *d = MP_OBJ_TO_PTR(dt);
        if (d->len > n) {
            mp_raise_TypeError("Got more default values than field names");
        }
        nw->n_defaults = d->len;
        nw->defaults = d->items;
        for (size_t i = 0; i < d->len; i++) {
            mp_obj_dict_store(field_defaults, nw->fields[n - d->len + i], d->items[i]);
        }
    }

    // The class namespace.
    mp_obj_t ns = mp_obj_new_dict(n + 12);
    mp_obj_t fields = mp_obj_new_tuple(n, nw->fields);
    {
        vstr_t v;
        vstr_init(&v, 32);
        vstr_add_str(&v, qstr_str(tname));
        vstr_add_byte(&v, '(');
        for (size_t i = 0; i < n; i++) {
            if (i > 0) {
                vstr_add_str(&v, ", ");
            }
            vstr_add_str(&v, qstr_str(mp_obj_qstr_value(nw->fields[i])));
        }
        vstr_add_byte(&v, ')');
        mp_obj_dict_store(ns, MP_OBJ_NEW_QSTR(MP_QSTR___doc__), mp_obj_new_str_from_vstr(&v));
    }
    mp_obj_dict_store(ns, MP_OBJ_NEW_QSTR(MP_QSTR___slots__), mp_const_empty_tuple);
    mp_obj_dict_store(ns, MP_OBJ_NEW_QSTR(MP_QSTR__fields), fields);
    mp_obj_dict_store(ns, MP_OBJ_NEW_QSTR(MP_QSTR__field_defaults), field_defaults);
    mp_obj_dict_store(ns, MP_OBJ_NEW_QSTR(MP_QSTR___match_args__), fields);
    mp_obj_dict_store(ns, MP_OBJ_NEW_QSTR(MP_QSTR___new__), wrap_fun(&mp_type_staticmethod, MP_OBJ_FROM_PTR(nw)));
    mp_obj_dict_store(ns, MP_OBJ_NEW_QSTR(MP_QSTR__make), wrap_fun(&mp_type_classmethod, MP_OBJ_FROM_PTR(&nt_make_obj)));
    static const qstr methods[] = {MP_QSTR___repr__, MP_QSTR__asdict, MP_QSTR__replace, MP_QSTR___getnewargs__};
    for (size_t i = 0; i < MP_ARRAY_SIZE(methods); i++) {
        mp_obj_dict_store(ns, MP_OBJ_NEW_QSTR(methods[i]), helper(methods[i]));
    }
    for (size_t i = 0; i < n; i++) {
        nt_getter_t *g = m_new_obj(nt_getter_t);
        g->base.type = &nt_getter_type;
        g->index = i;
        mp_obj_property_t *p = m_new_obj(mp_obj_property_t);
        p->base.type = &mp_type_property;
        p->fget = MP_OBJ_FROM_PTR(g);
        p->fset = mp_const_none;
        p->fdel = mp_const_none;
        p->doc = mp_const_none;
        p->name = mp_obj_qstr_value(nw->fields[i]);
        mp_obj_dict_store(ns, nw->fields[i], MP_OBJ_FROM_PTR(p));
    }
    if (vals[4].u_obj != MP_OBJ_NULL && vals[4].u_obj != mp_const_none) {
        mp_obj_dict_store(ns, MP_OBJ_NEW_QSTR(MP_QSTR___module__), vals[4].u_obj);
    }
    mp_obj_t tuple_type = MP_OBJ_FROM_PTR(&mp_type_tuple);
    mp_obj_t bases = mp_obj_new_tuple(1, &tuple_type);
    return mp_obj_new_type(&mp_type_type, tname, bases, ns, NULL);
}
static MP_DEFINE_NAMED_FUN_OBJ_KW(mod_namedtuple_obj, MP_QSTR_namedtuple, 0, mod_namedtuple);

// ---------------------------------------------------------------------------
// The module. OrderedDict, defaultdict, Counter and ChainMap are classes
// made at first use, reached through the module's __getattr__ (PEP 562).

static mp_obj_t mod_getattr(mp_obj_t name) {
    qstr q = mp_obj_str_get_qstr(name);
    if (q == MP_QSTR_OrderedDict || q == MP_QSTR_defaultdict || q == MP_QSTR_Counter || q == MP_QSTR_ChainMap) {
        init_py();
        return helper(q);
    }
    mp_raise_msg_varg(&mp_type_AttributeError, "module 'collections' has no attribute '%q'", q);
}
static MP_DEFINE_NAMED_FUN_OBJ_1(mod_getattr_obj, MP_QSTR___getattr__, mod_getattr);

// __all__ names the lazily made classes too, so that "from collections
// import *" fetches them (through __getattr__).
static const struct {
    mp_obj_base_t base;
    size_t len;
    mp_obj_t items[6];
} collections_all = {
    {&mp_type_tuple}, 6, {
        MP_ROM_QSTR(MP_QSTR_ChainMap), MP_ROM_QSTR(MP_QSTR_Counter), MP_ROM_QSTR(MP_QSTR_OrderedDict),
        MP_ROM_QSTR(MP_QSTR_defaultdict), MP_ROM_QSTR(MP_QSTR_deque), MP_ROM_QSTR(MP_QSTR_namedtuple),
    }
};

static const mp_rom_map_elem_t collections_globals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_ucollections)},
    {MP_ROM_QSTR(MP_QSTR___getattr__), MP_ROM_PTR(&mod_getattr_obj)},
    {MP_ROM_QSTR(MP_QSTR___all__), MP_ROM_PTR(&collections_all)},
    {MP_ROM_QSTR(MP_QSTR_namedtuple), MP_ROM_PTR(&mod_namedtuple_obj)},
    {MP_ROM_QSTR(MP_QSTR_deque), MP_ROM_PTR(&mp_type_deque)},
};
static MP_DEFINE_CONST_DICT(collections_globals, collections_globals_table);
MP_DEFINE_CONST_MODULE(mp_module_collections, collections_globals);
