// objmappingproxy.c: mappingproxy, the read-only view of a class's
// namespace that C.__dict__ returns. It hands reads to the dict's own slots
// and refuses writes, so the class dict only changes through setattr, which
// keeps the attribute caches' version tags right.
#include "runtime.h"
#include "objdict.h"

typedef struct _mp_obj_mappingproxy_t {
    mp_obj_base_t base;
    mp_obj_t dict;
} mp_obj_mappingproxy_t;

#define PROXIED(o) (((mp_obj_mappingproxy_t *)MP_OBJ_TO_PTR(o))->dict)

static void proxy_print(const mp_print_t *print, mp_obj_t self, mp_print_kind_t kind) {
    if (kind == PRINT_STR) {
        // str() shows the mapping itself, repr() the wrapper.
        mp_obj_print_helper(print, PROXIED(self), PRINT_STR);
        return;
    }
    mp_print_str(print, "mappingproxy(");
    mp_obj_print_helper(print, PROXIED(self), PRINT_REPR);
    mp_print_str(print, ")");
}

static mp_obj_t proxy_unary_op(mp_unary_op_t op, mp_obj_t self) {
    if (op == MP_UNARY_OP_HASH) {
        return MP_OBJ_NULL;
    }
    return mp_type_dict.unary_op(op, PROXIED(self));
}

static mp_obj_t proxy_binary_op(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs) {
    if (mp_obj_is_type(rhs, &mp_type_mappingproxy)) {
        rhs = PROXIED(rhs);
    }
    switch (op) {
        case MP_BINARY_OP_IN:
        case MP_BINARY_OP_EQUAL:
        case MP_BINARY_OP_NOT_EQUAL:
            return mp_type_dict.binary_op(op, PROXIED(lhs), rhs);
        case MP_BINARY_OP_OR:
            return mp_binary_op(op, PROXIED(lhs), rhs);
        default:
            return MP_OBJ_NULL;
    }
}

static mp_obj_t proxy_subscr(mp_obj_t self, mp_obj_t index, mp_obj_t value) {
    if (value != MP_OBJ_SENTINEL) {
        mp_raise_msg(&mp_type_TypeError, value == MP_OBJ_NULL ? "'mappingproxy' object does not support item deletion"
            : "'mappingproxy' object does not support item assignment");
    }
    return mp_type_dict.subscr(PROXIED(self), index, value);
}

static mp_obj_t proxy_getiter(mp_obj_t self) {
    return mp_getiter(PROXIED(self), NULL);
}

static void proxy_attr(mp_obj_t self, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    switch (attr) {
        case MP_QSTR_keys:
        case MP_QSTR_values:
        case MP_QSTR_items:
        case MP_QSTR_get:
        case MP_QSTR_copy:
        case MP_QSTR___contains__:
        case MP_QSTR___getitem__:
        case MP_QSTR___len__:
        case MP_QSTR___iter__:
            mp_load_method_maybe(PROXIED(self), attr, dest);
            break;
    }
}

static mp_obj_t proxy_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    if (n_args != 1 || n_kw != 0) {
        mp_raise_TypeError("mappingproxy() takes exactly one argument");
    }
    if (!mp_obj_is_type(args[0], &mp_type_dict) && !mp_obj_is_type(args[0], &mp_type_mappingproxy)) {
        mp_raise_msg_varg(&mp_type_TypeError, "mappingproxy() argument must be a mapping, not %s", mp_obj_get_type_str(args[0]));
    }
    if (mp_obj_is_type(args[0], &mp_type_mappingproxy)) {
        return args[0];
    }
    return mp_obj_new_mappingproxy(args[0]);
}

const mp_obj_type_t mp_type_mappingproxy = {
    {&mp_type_type},
    .name = MP_QSTR_mappingproxy,
    .make_new = proxy_make_new,
    .print = proxy_print,
    .unary_op = proxy_unary_op,
    .binary_op = proxy_binary_op,
    .subscr = proxy_subscr,
    .getiter = proxy_getiter,
    .attr = proxy_attr,
};

mp_obj_t mp_obj_new_mappingproxy(mp_obj_t dict) {
    mp_obj_mappingproxy_t *p = m_new_obj(mp_obj_mappingproxy_t);
    p->base.type = &mp_type_mappingproxy;
    p->dict = dict;
    return MP_OBJ_FROM_PTR(p);
}
