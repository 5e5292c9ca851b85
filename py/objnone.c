// objnone.c: the singletons None, Ellipsis and NotImplemented and their
// types. They are static objects, so `is` and == are plain identity.
#include "runtime.h"

static void none_print(const mp_print_t *print, mp_obj_t self, mp_print_kind_t kind) {
    (void)self;
    (void)kind;
    mp_print_str(print, "None");
}

static mp_obj_t none_unary_op(mp_unary_op_t op, mp_obj_t self) {
    (void)self;
    if (op == MP_UNARY_OP_BOOL) {
        return mp_const_false;
    }
    return MP_OBJ_NULL;
}

// The singleton types are callable without arguments only.
static void no_args(const mp_obj_type_t *type, size_t n_args, size_t n_kw) {
    if (n_args != 0 || n_kw != 0) {
        mp_raise_msg_varg(&mp_type_TypeError, "%q takes no arguments", type->name);
    }
}

// NoneType() returns the singleton, as in CPython.
static mp_obj_t none_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    (void)args;
    no_args(type, n_args, n_kw);
    return mp_const_none;
}

const mp_obj_type_t mp_type_NoneType = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_EQ_IS_IDENTITY,
    .name = MP_QSTR_NoneType,
    .print = none_print,
    .make_new = none_make_new,
    .unary_op = none_unary_op,
};

const mp_obj_none_t mp_const_none_obj = {{&mp_type_NoneType}};

// Ellipsis and NotImplemented print their name.
static void singleton_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    const mp_obj_singleton_t *self = MP_OBJ_TO_PTR(self_in);
    mp_printf(print, "%q", self->name);
}

static mp_obj_t ellipsis_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    (void)args;
    no_args(type, n_args, n_kw);
    return mp_const_ellipsis;
}

static mp_obj_t notimpl_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    (void)args;
    no_args(type, n_args, n_kw);
    return mp_const_notimplemented;
}

const mp_obj_type_t mp_type_ellipsis = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_EQ_IS_IDENTITY,
    .name = MP_QSTR_ellipsis,
    .print = singleton_print,
    .make_new = ellipsis_make_new,
};

const mp_obj_type_t mp_type_NotImplementedType = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_EQ_IS_IDENTITY,
    .name = MP_QSTR_NotImplementedType,
    .print = singleton_print,
    .make_new = notimpl_make_new,
};

const mp_obj_singleton_t mp_const_ellipsis_obj = {{&mp_type_ellipsis}, MP_QSTR_Ellipsis};
const mp_obj_singleton_t mp_const_notimplemented_obj = {{&mp_type_NotImplementedType}, MP_QSTR_NotImplemented};
