// objobject.c: `object`, the root of every class. Its dict holds the
// default special methods so that they can be called explicitly
// (object.__setattr__(self, n, v), super().__init__() ...); the class
// system itself implements the same defaults directly in its slots.
#include "runtime.h"
#include "objexcept.h"
#include "objtype.h"
#include "bc.h"

static mp_obj_t object_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    (void)args;
    if (n_args != 0 || n_kw != 0) {
        mp_raise_TypeError("object() takes no arguments");
    }
    mp_obj_base_t *o = m_new_obj(mp_obj_base_t);
    o->type = &mp_type_object;
    return MP_OBJ_FROM_PTR(o);
}

static void object_print(const mp_print_t *print, mp_obj_t self, mp_print_kind_t kind) {
    mp_obj_print_default_repr(print, self);
}

static mp_obj_t object_eq(mp_obj_t self, mp_obj_t other) {
    return self == other ? mp_const_true : mp_const_notimplemented;
}
static MP_DEFINE_NAMED_FUN(object_eq_obj, MP_QSTR___eq__, 2, 2, MP_FUN_KIND_2, _2, object_eq);

// __ne__ inverts the result of the type's __eq__ (unless NotImplemented).
static mp_obj_t object_ne(mp_obj_t self, mp_obj_t other) {
    const mp_obj_type_t *t = mp_obj_get_type(self);
    mp_obj_t r;
    if (mp_type_is_user(t)) {
        mp_obj_t m = mp_type_lookup_special(t, MP_QSTR___eq__);
        if (m == MP_OBJ_NULL || m == mp_const_none) {
            return self == other ? mp_const_false : mp_const_notimplemented;
        }
        mp_obj_t dest[2] = {MP_OBJ_NULL, MP_OBJ_NULL};
        mp_obj_bind_attr(m, self, t, false, dest);
        r = dest[1] != MP_OBJ_NULL ? mp_call_function_2(dest[0], dest[1], other) : mp_call_function_1(dest[0], other);
    } else if (t->binary_op != NULL) {
        r = t->binary_op(MP_BINARY_OP_EQUAL, self, other);
        if (r == MP_OBJ_NULL) {
            r = mp_const_notimplemented;
        }
    } else {
        r = self == other ? mp_const_true : mp_const_notimplemented;
    }
    if (r == mp_const_notimplemented) {
        return r;
    }
    return mp_obj_new_bool(!mp_obj_is_true(r));
}
static MP_DEFINE_NAMED_FUN(object_ne_obj, MP_QSTR___ne__, 2, 2, MP_FUN_KIND_2, _2, object_ne);

static mp_obj_t object_notimpl(mp_obj_t self, mp_obj_t other) {
    return mp_const_notimplemented;
}
static MP_DEFINE_NAMED_FUN(object_lt_obj, MP_QSTR___lt__, 2, 2, MP_FUN_KIND_2, _2, object_notimpl);
static MP_DEFINE_NAMED_FUN(object_le_obj, MP_QSTR___le__, 2, 2, MP_FUN_KIND_2, _2, object_notimpl);
static MP_DEFINE_NAMED_FUN(object_gt_obj, MP_QSTR___gt__, 2, 2, MP_FUN_KIND_2, _2, object_notimpl);
static MP_DEFINE_NAMED_FUN(object_ge_obj, MP_QSTR___ge__, 2, 2, MP_FUN_KIND_2, _2, object_notimpl);

// __sizeof__: the memory the object occupies (what sys.getsizeof reports
// before GC overhead); the type's unary SIZEOF slot if it has one.
static mp_obj_t object_sizeof(mp_obj_t self) {
    const mp_obj_type_t *t = mp_obj_get_type_cold(self);
    if (t->unary_op != NULL) {
        mp_obj_t r = t->unary_op(MP_UNARY_OP_SIZEOF, self);
        if (r != MP_OBJ_NULL) {
            return r;
        }
    }
    if (!mp_obj_is_obj(self)) {
        return MP_OBJ_NEW_SMALL_INT(sizeof(mp_obj_t));
    }
    return MP_OBJ_NEW_SMALL_INT(mp_type_is_user(t) ? sizeof(mp_obj_instance_t) : sizeof(mp_obj_base_t));
}
static MP_DEFINE_NAMED_FUN(object_sizeof_obj, MP_QSTR___sizeof__, 1, 1, MP_FUN_KIND_1, _1, object_sizeof);

static mp_obj_t object_hash(mp_obj_t self) {
    if (!mp_obj_is_obj(self)) {
        return mp_obj_new_int(mp_obj_hash(self));
    }
    return MP_OBJ_NEW_SMALL_INT((mp_int_t)((uintptr_t)MP_OBJ_TO_PTR(self) >> 4));
}
static MP_DEFINE_NAMED_FUN(object_hash_obj, MP_QSTR___hash__, 1, 1, MP_FUN_KIND_1, _1, object_hash);

static mp_obj_t object_repr(mp_obj_t self) {
    vstr_t v;
    vstr_init(&v, 48);
    mp_print_t p = mp_print_for_vstr(&v);
    mp_obj_print_default_repr(&p, self);
    return mp_obj_new_str_from_vstr(&v);
}
static MP_DEFINE_NAMED_FUN(object_repr_obj, MP_QSTR___repr__, 1, 1, MP_FUN_KIND_1, _1, object_repr);

static mp_obj_t object_str(mp_obj_t self) {
    return mp_obj_repr(self);
}
static MP_DEFINE_NAMED_FUN(object_str_obj, MP_QSTR___str__, 1, 1, MP_FUN_KIND_1, _1, object_str);

static mp_obj_t object_format(mp_obj_t self, mp_obj_t spec) {
    size_t len;
    mp_obj_str_get_data(spec, &len);
    if (!mp_obj_is_str_cold(spec)) {
        mp_raise_TypeError_type("__format__() argument must be str, not %s", spec);
    }
    if (len != 0) {
        mp_raise_TypeError_type("unsupported format string passed to %s.__format__", self);
    }
    return mp_obj_str(self);
}
static MP_DEFINE_NAMED_FUN(object_format_obj, MP_QSTR___format__, 2, 2, MP_FUN_KIND_2, _2, object_format);

static qstr attr_name_arg(mp_obj_t name) {
    if (!mp_obj_is_str_cold(name)) {
        mp_raise_TypeError_type("attribute name must be string, not '%s'", name);
    }
    return mp_obj_str_get_qstr(name);
}

static mp_obj_t object_setattr(mp_obj_t self, mp_obj_t name, mp_obj_t value) {
    mp_obj_generic_setattr(self, attr_name_arg(name), value);
    return mp_const_none;
}
static MP_DEFINE_NAMED_FUN(object_setattr_obj, MP_QSTR___setattr__, 3, 3, MP_FUN_KIND_3, _3, object_setattr);

static mp_obj_t object_delattr(mp_obj_t self, mp_obj_t name) {
    mp_obj_generic_setattr(self, attr_name_arg(name), MP_OBJ_NULL);
    return mp_const_none;
}
static MP_DEFINE_NAMED_FUN(object_delattr_obj, MP_QSTR___delattr__, 2, 2, MP_FUN_KIND_2, _2, object_delattr);

static mp_obj_t object_getattribute(mp_obj_t self, mp_obj_t name) {
    qstr attr = attr_name_arg(name);
    mp_obj_t dest[2] = {MP_OBJ_NULL, MP_OBJ_NULL};
    const mp_obj_type_t *t = mp_obj_get_type_cold(self);
    if (mp_type_is_user(t)) {
        mp_obj_generic_getattr(self, attr, dest);
    } else {
        mp_load_method_maybe(self, attr, dest);
    }
    if (dest[0] == MP_OBJ_NULL) {
        mp_raise_attribute_error(self, attr);
    }
    if (dest[1] != MP_OBJ_NULL) {
        return mp_obj_new_bound_meth(dest[0], dest[1]);
    }
    return dest[0];
}
static MP_DEFINE_NAMED_FUN(object_getattribute_obj, MP_QSTR___getattribute__, 2, 2, MP_FUN_KIND_2, _2, object_getattribute);

// The names visible on an instance: its attributes and its class's.
static mp_obj_t object_dir(mp_obj_t self) {
    mp_obj_t list = mp_obj_new_list(0, NULL);
    mp_obj_t seen = mp_obj_new_set(0, NULL);
    mp_map_t *members = mp_obj_instance_members(self, false);
    if (members != NULL) {
        size_t cur = 0;
        mp_map_elem_t *e;
        while ((e = mp_map_next(members, &cur)) != NULL) {
            mp_obj_set_store(seen, e->key);
        }
    }
    const mp_obj_type_t *t = mp_obj_get_type_cold(self);
    mp_obj_t mro = mp_load_attr(MP_OBJ_FROM_PTR(t), MP_QSTR___mro__);
    size_t n;
    mp_obj_t *items;
    mp_obj_tuple_get(mro, &n, &items);
    for (size_t i = 0; i < n; i++) {
        const mp_obj_type_t *c = MP_OBJ_TO_PTR(items[i]);
        if (c->locals_dict == NULL) {
            continue;
        }
        size_t cur = 0;
        mp_map_elem_t *e;
        while ((e = mp_map_next(&c->locals_dict->map, &cur)) != NULL) {
            mp_obj_set_store(seen, e->key);
        }
    }
    mp_obj_set_store(seen, MP_OBJ_NEW_QSTR(MP_QSTR___class__));
    mp_obj_t it = mp_getiter(seen, NULL);
    mp_obj_t x;
    while ((x = mp_iternext(it)) != MP_OBJ_STOP_ITERATION) {
        mp_obj_list_append(list, x);
    }
    return list;
}
static MP_DEFINE_NAMED_FUN(object_dir_obj, MP_QSTR___dir__, 1, 1, MP_FUN_KIND_1, _1, object_dir);

static mp_obj_t object_init_subclass(mp_obj_t cls) {
    return mp_const_none;
}
static MP_DEFINE_NAMED_FUN(object_init_subclass_fun_obj, MP_QSTR___init_subclass__, 1, 1, MP_FUN_KIND_1, _1, object_init_subclass);
static const mp_obj_static_class_method_t object_init_subclass_obj = {{&mp_type_classmethod}, MP_ROM_PTR(&object_init_subclass_fun_obj)};

static mp_obj_t object_subclasshook(size_t n_args, const mp_obj_t *args) {
    return mp_const_notimplemented;
}
static MP_DEFINE_NAMED_FUN(object_subclasshook_fun_obj, MP_QSTR___subclasshook__, 1, MP_FUN_ARGS_MAX, MP_FUN_KIND_VAR, var, object_subclasshook);
static const mp_obj_static_class_method_t object_subclasshook_obj = {{&mp_type_classmethod}, MP_ROM_PTR(&object_subclasshook_fun_obj)};

static const mp_rom_map_elem_t object_locals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___init__), MP_ROM_PTR(&mp_native_base_init_obj)},
    {MP_ROM_QSTR(MP_QSTR___new__), MP_ROM_PTR(&mp_object___new___static_obj)},
    {MP_ROM_QSTR(MP_QSTR___eq__), MP_ROM_PTR(&object_eq_obj)},
    {MP_ROM_QSTR(MP_QSTR___ne__), MP_ROM_PTR(&object_ne_obj)},
    {MP_ROM_QSTR(MP_QSTR___lt__), MP_ROM_PTR(&object_lt_obj)},
    {MP_ROM_QSTR(MP_QSTR___le__), MP_ROM_PTR(&object_le_obj)},
    {MP_ROM_QSTR(MP_QSTR___gt__), MP_ROM_PTR(&object_gt_obj)},
    {MP_ROM_QSTR(MP_QSTR___ge__), MP_ROM_PTR(&object_ge_obj)},
    {MP_ROM_QSTR(MP_QSTR___sizeof__), MP_ROM_PTR(&object_sizeof_obj)},
    {MP_ROM_QSTR(MP_QSTR___hash__), MP_ROM_PTR(&object_hash_obj)},
    {MP_ROM_QSTR(MP_QSTR___repr__), MP_ROM_PTR(&object_repr_obj)},
    {MP_ROM_QSTR(MP_QSTR___str__), MP_ROM_PTR(&object_str_obj)},
    {MP_ROM_QSTR(MP_QSTR___format__), MP_ROM_PTR(&object_format_obj)},
    {MP_ROM_QSTR(MP_QSTR___setattr__), MP_ROM_PTR(&object_setattr_obj)},
    {MP_ROM_QSTR(MP_QSTR___delattr__), MP_ROM_PTR(&object_delattr_obj)},
    {MP_ROM_QSTR(MP_QSTR___getattribute__), MP_ROM_PTR(&object_getattribute_obj)},
    {MP_ROM_QSTR(MP_QSTR___dir__), MP_ROM_PTR(&object_dir_obj)},
    {MP_ROM_QSTR(MP_QSTR___init_subclass__), MP_ROM_PTR(&object_init_subclass_obj)},
    {MP_ROM_QSTR(MP_QSTR___subclasshook__), MP_ROM_PTR(&object_subclasshook_obj)},
};
static MP_DEFINE_CONST_DICT(object_locals_dict, object_locals_table);

const mp_obj_type_t mp_type_object = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_BASETYPE | MP_TYPE_FLAG_EQ_IS_IDENTITY,
    .name = MP_QSTR_object,
    .print = object_print,
    .make_new = object_make_new,
    .locals_dict = (mp_obj_dict_t *)&object_locals_dict,
};
