// objproperty.c: the property type. The class system recognises
// properties directly (they are data descriptors) and calls fget/fset/fdel;
// the methods here are for creating them and for explicit use.
#include "runtime.h"
#include "objexcept.h"
#include "objtype.h"

static mp_obj_t property_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    static const mp_arg_t allowed[] = {
        {MP_QSTR_fget, MP_ARG_OBJ, {.u_obj = MP_ROM_PTR(&mp_const_none_obj)}},
        {MP_QSTR_fset, MP_ARG_OBJ, {.u_obj = MP_ROM_PTR(&mp_const_none_obj)}},
        {MP_QSTR_fdel, MP_ARG_OBJ, {.u_obj = MP_ROM_PTR(&mp_const_none_obj)}},
        {MP_QSTR_doc, MP_ARG_OBJ, {.u_obj = MP_ROM_PTR(&mp_const_none_obj)}},
    };
    mp_arg_val_t vals[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_all_kw_array_named(MP_QSTR_property, n_args, n_kw, args, MP_ARRAY_SIZE(allowed), allowed, vals);
    mp_obj_property_t *p = m_new_obj(mp_obj_property_t);
    p->base.type = &mp_type_property;
    p->fget = vals[0].u_obj;
    p->fset = vals[1].u_obj;
    p->fdel = vals[2].u_obj;
    p->doc = vals[3].u_obj;
    p->name = 0;
    return MP_OBJ_FROM_PTR(p);
}

// Methods called through the class (property.getter(x, f)) must check
// that x really is a property.
static mp_obj_property_t *get_property(mp_obj_t o) {
    o = mp_obj_get_native(o, &mp_type_property);
    if (!mp_obj_is_type(o, &mp_type_property)) {
        mp_raise_TypeError_type("descriptor for 'property' objects doesn't apply to a '%s' object", o);
    }
    return MP_OBJ_TO_PTR(o);
}

static mp_obj_t property_copy_with(mp_obj_t self_in, int which, mp_obj_t f) {
    mp_obj_property_t *self = get_property(self_in);
    if (!mp_obj_is_type_cold(self_in, &mp_type_property)) {
        // A subclass of property: like CPython, build the copy by calling
        // type(self)(fget, fset, fdel, doc) so the result keeps the subclass.
        mp_obj_t a[4] = {self->fget, self->fset, self->fdel, self->doc};
        a[which] = f;
        return mp_call_function_n_kw(MP_OBJ_FROM_PTR(mp_obj_get_type_cold(self_in)), 4, 0, a);
    }
    mp_obj_property_t *p = m_new_obj(mp_obj_property_t);
    *p = *self;
    if (which == 0) {
        p->fget = f;
    } else if (which == 1) {
        p->fset = f;
    } else {
        p->fdel = f;
    }
    return MP_OBJ_FROM_PTR(p);
}

static mp_obj_t property_getter(mp_obj_t self, mp_obj_t f) {
    return property_copy_with(self, 0, f);
}
static MP_DEFINE_NAMED_FUN(property_getter_obj, MP_QSTR_getter, 2, 2, MP_FUN_KIND_2, _2, property_getter);

static mp_obj_t property_setter(mp_obj_t self, mp_obj_t f) {
    return property_copy_with(self, 1, f);
}
static MP_DEFINE_NAMED_FUN(property_setter_obj, MP_QSTR_setter, 2, 2, MP_FUN_KIND_2, _2, property_setter);

static mp_obj_t property_deleter(mp_obj_t self, mp_obj_t f) {
    return property_copy_with(self, 2, f);
}
static MP_DEFINE_NAMED_FUN(property_deleter_obj, MP_QSTR_deleter, 2, 2, MP_FUN_KIND_2, _2, property_deleter);

// AttributeError for a property used without the accessor (CPython's wording).
MP_NORETURN static void missing_accessor(mp_obj_property_t *self, mp_obj_t obj, const char *what) {
    if (self->name != 0) {
        mp_raise_msg_varg(&mp_type_AttributeError, "property '%q' of '%s' object has no %s", self->name, mp_obj_get_type_str(obj), what);
    }
    mp_raise_msg_varg(&mp_type_AttributeError, "property of '%s' object has no %s", mp_obj_get_type_str(obj), what);
}

// __get__(obj, type=None): the property itself when accessed on the class.
static mp_obj_t property_get(size_t n_args, const mp_obj_t *args) {
    mp_obj_property_t *self = get_property(args[0]);
    if (args[1] == mp_const_none) {
        return args[0];
    }
    if (self->fget == mp_const_none) {
        missing_accessor(self, args[1], "getter");
    }
    return mp_call_function_1(self->fget, args[1]);
}
static MP_DEFINE_NAMED_FUN(property_get_obj, MP_QSTR___get__, 2, 3, MP_FUN_KIND_VAR, var, property_get);

static mp_obj_t property_set(mp_obj_t self_in, mp_obj_t obj, mp_obj_t value) {
    mp_obj_property_t *self = get_property(self_in);
    if (self->fset == mp_const_none) {
        missing_accessor(self, obj, "setter");
    }
    mp_call_function_2(self->fset, obj, value);
    return mp_const_none;
}
static MP_DEFINE_NAMED_FUN(property_set_obj, MP_QSTR___set__, 3, 3, MP_FUN_KIND_3, _3, property_set);

static mp_obj_t property_delete(mp_obj_t self_in, mp_obj_t obj) {
    mp_obj_property_t *self = get_property(self_in);
    if (self->fdel == mp_const_none) {
        missing_accessor(self, obj, "deleter");
    }
    mp_call_function_1(self->fdel, obj);
    return mp_const_none;
}
static MP_DEFINE_NAMED_FUN(property_delete_obj, MP_QSTR___delete__, 2, 2, MP_FUN_KIND_2, _2, property_delete);

static mp_obj_t property_set_name(mp_obj_t self_in, mp_obj_t owner, mp_obj_t name) {
    mp_obj_property_t *self = get_property(self_in);
    if (mp_obj_is_str_cold(name)) {
        self->name = mp_obj_str_get_qstr(name);
    }
    return mp_const_none;
}
static MP_DEFINE_NAMED_FUN(property_set_name_obj, MP_QSTR___set_name__, 3, 3, MP_FUN_KIND_3, _3, property_set_name);

static void property_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    mp_obj_property_t *self = MP_OBJ_TO_PTR(self_in);
    switch (attr) {
        case MP_QSTR_fget: dest[0] = self->fget; break;
        case MP_QSTR_fset: dest[0] = self->fset; break;
        case MP_QSTR_fdel: dest[0] = self->fdel; break;
        case MP_QSTR___doc__:
            if (self->doc == mp_const_none && self->fget != mp_const_none) {
                dest[0] = mp_load_attr_default(self->fget, MP_QSTR___doc__, mp_const_none);
            } else {
                dest[0] = self->doc;
            }
            break;
        case MP_QSTR___isabstractmethod__:
            dest[0] = mp_const_false;
            break;
        default:
            break;
    }
}

static const mp_rom_map_elem_t property_locals_table[] = {
    {MP_ROM_QSTR(MP_QSTR_getter), MP_ROM_PTR(&property_getter_obj)},
    {MP_ROM_QSTR(MP_QSTR_setter), MP_ROM_PTR(&property_setter_obj)},
    {MP_ROM_QSTR(MP_QSTR_deleter), MP_ROM_PTR(&property_deleter_obj)},
    {MP_ROM_QSTR(MP_QSTR___get__), MP_ROM_PTR(&property_get_obj)},
    {MP_ROM_QSTR(MP_QSTR___set__), MP_ROM_PTR(&property_set_obj)},
    {MP_ROM_QSTR(MP_QSTR___delete__), MP_ROM_PTR(&property_delete_obj)},
    {MP_ROM_QSTR(MP_QSTR___set_name__), MP_ROM_PTR(&property_set_name_obj)},
};
static MP_DEFINE_CONST_DICT(property_locals_dict, property_locals_table);

const mp_obj_type_t mp_type_property = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_BASETYPE | MP_TYPE_FLAG_EQ_IS_IDENTITY,
    .name = MP_QSTR_property,
    .make_new = property_make_new,
    .attr = property_attr,
    .locals_dict = (mp_obj_dict_t *)&property_locals_dict,
};
