// objbool.c: the bool type, a subclass of int with the two singletons
// True and False. Arithmetic goes through int (True + True == 2), except
// that &, | and ^ of two bools give a bool.
#include "runtime.h"
#include "objint.h"

const mp_obj_bool_t mp_const_false_obj = {{&mp_type_bool}, false};
const mp_obj_bool_t mp_const_true_obj = {{&mp_type_bool}, true};

static void bool_print(const mp_print_t *print, mp_obj_t o, mp_print_kind_t kind) {
    (void)kind;
    if (o == mp_const_true) {
        print->print_strn(print->data, "True", 4);
    } else {
        print->print_strn(print->data, "False", 5);
    }
}

static mp_obj_t bool_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    (void)type;
    if (n_kw != 0) {
        mp_raise_TypeError("bool() takes no keyword arguments");
    }
    if (n_args > 1) {
        mp_raise_msg_varg(&mp_type_TypeError, "bool expected at most 1 argument, got %d", (int)n_args);
    }
    return mp_obj_new_bool(n_args == 1 && mp_obj_is_true(args[0]));
}

static mp_obj_t bool_unary_op(mp_unary_op_t op, mp_obj_t o) {
    if (op == MP_UNARY_OP_BOOL) {
        return o;
    }
    return mp_obj_int_unary_op(op, o);
}

static mp_obj_t bool_binary_op(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs) {
    if (mp_obj_is_bool(lhs) && mp_obj_is_bool(rhs)) {
        bool a = lhs == mp_const_true, b = rhs == mp_const_true;
        switch (op) {
            case MP_BINARY_OP_AND:
            case MP_BINARY_OP_INPLACE_AND:
            case MP_BINARY_OP_REVERSE_AND:
                return mp_obj_new_bool(a & b);
            case MP_BINARY_OP_OR:
            case MP_BINARY_OP_INPLACE_OR:
            case MP_BINARY_OP_REVERSE_OR:
                return mp_obj_new_bool(a | b);
            case MP_BINARY_OP_XOR:
            case MP_BINARY_OP_INPLACE_XOR:
            case MP_BINARY_OP_REVERSE_XOR:
                return mp_obj_new_bool(a ^ b);
            default:
                break;
        }
    }
    return mp_obj_int_binary_op(op, lhs, rhs);
}

const mp_obj_type_t mp_type_bool = {
    {&mp_type_type},
    .name = MP_QSTR_bool,
    .print = bool_print,
    .make_new = bool_make_new,
    .unary_op = bool_unary_op,
    .binary_op = bool_binary_op,
    .attr = mp_obj_int_attr,
    .base_type = &mp_type_int,
};
