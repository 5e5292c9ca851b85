// objexceptgroup.c: BaseExceptionGroup and ExceptionGroup (PEP 654): an
// exception carrying several others, with subgroup/split/derive to pick
// them apart by type or predicate. Instances are ordinary exceptions
// (args == (message, exceptions)); the two fields are stored as attributes
// at construction. ExceptionGroup derives from both BaseExceptionGroup and
// Exception, which a builtin type expresses with a constant MRO tuple.
#include "runtime.h"
#include "objtype.h"
#include "objexcept.h"
#include "objtuple.h"

static const mp_rom_map_elem_t eg_locals_table[];

static bool is_type_obj(mp_obj_t o) {
    return mp_obj_is_obj(o) && mp_obj_is_subclass_fast(mp_obj_get_type(o), &mp_type_type);
}

static mp_obj_t eg_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    if (n_kw != 0) {
        mp_raise_TypeError_varg("%q() takes no keyword arguments", type->name);
    }
    if (n_args != 2) {
        mp_raise_TypeError_varg("BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", (int)n_args);
    }
    if (!mp_obj_is_str_cold(args[0])) {
        mp_raise_TypeError_type("BaseExceptionGroup.__new__() argument 1 must be str, not %s", args[0]);
    }
    mp_obj_t seq = args[1];
    if (!mp_obj_is_type_cold(seq, &mp_type_list) && !mp_obj_is_type_cold(seq, &mp_type_tuple)
        && (mp_obj_is_instance_of(seq, &mp_type_set) || mp_obj_is_instance_of(seq, &mp_type_frozenset)
            || mp_obj_is_instance_of(seq, &mp_type_dict)
            || mp_load_attr_default(seq, MP_QSTR___getitem__, MP_OBJ_NULL) == MP_OBJ_NULL)) {
        mp_raise_TypeError("second argument (exceptions) must be a sequence");
    }
    mp_obj_t excs = mp_obj_tuple_from_iterable(seq);
    size_t n;
    mp_obj_t *items;
    mp_obj_tuple_get(excs, &n, &items);
    if (n == 0) {
        mp_raise_ValueError("second argument (exceptions) must be a non-empty sequence");
    }
    bool nests_base = false;
    for (size_t i = 0; i < n; i++) {
        if (!mp_obj_exception_check(items[i])) {
            mp_raise_msg_varg(&mp_type_ValueError, "Item %d of second argument (exceptions) is not an exception", (int)i);
        }
        if (!mp_obj_is_instance_of(items[i], &mp_type_Exception)) {
            nests_base = true;
        }
    }
    if (type == &mp_type_BaseExceptionGroup && !nests_base) {
        type = &mp_type_ExceptionGroup;
    }
    if (nests_base && mp_obj_is_subclass_fast(type, &mp_type_Exception)) {
        if (type == &mp_type_ExceptionGroup) {
            mp_raise_TypeError("Cannot nest BaseExceptions in an ExceptionGroup");
        }
        mp_raise_TypeError_varg("Cannot nest BaseExceptions in '%q'", type->name);
    }
    mp_obj_t exc = mp_obj_exception_make_new(type, 2, 0, args);
    mp_obj_exception_store_attr(exc, MP_QSTR_message, args[0]);
    mp_obj_exception_store_attr(exc, MP_QSTR_exceptions, excs);
    return exc;
}

static void eg_print(const mp_print_t *print, mp_obj_t self, mp_print_kind_t kind) {
    if (kind == PRINT_REPR) {
        mp_obj_exception_print(print, self, kind);
        return;
    }
    mp_obj_t msg = mp_load_attr_default(self, MP_QSTR_message, mp_const_none);
    mp_obj_t excs = mp_load_attr_default(self, MP_QSTR_exceptions, mp_const_empty_tuple);
    mp_obj_print_helper(print, msg, PRINT_STR);
    size_t n = mp_obj_get_int(mp_obj_len(excs));
    mp_printf(print, " (%u sub-exception%s)", (unsigned)n, n == 1 ? "" : "s");
}

// condition: an exception type, a tuple of them, or a predicate.
static bool cond_match(mp_obj_t cond, mp_obj_t exc) {
    if (is_type_obj(cond) || mp_obj_is_type_cold(cond, &mp_type_tuple)) {
        return mp_obj_is_true(mp_binary_op(MP_BINARY_OP_EXCEPTION_MATCH, exc, cond));
    }
    if (mp_obj_is_callable(cond)) {
        return mp_obj_is_true(mp_call_function_1(cond, exc));
    }
    mp_raise_TypeError("expected a function, exception type or tuple of exception types");
}

// self.derive(excs) with self's __cause__, __context__ and __notes__.
static mp_obj_t derive_with_meta(mp_obj_t self, mp_obj_t excs) {
    mp_obj_t dest[3];
    mp_load_method(self, MP_QSTR_derive, dest);
    dest[2] = excs;
    mp_obj_t eg = mp_call_method_n_kw(1, 0, dest);
    static const qstr copied[] = {MP_QSTR___cause__, MP_QSTR___context__, MP_QSTR___notes__};
    for (size_t i = 0; i < MP_ARRAY_SIZE(copied); i++) {
        mp_obj_t v = mp_load_attr_default(self, copied[i], MP_OBJ_NULL);
        if (v != MP_OBJ_NULL && !(i == 2 && v == mp_const_none)) {
            mp_store_attr(eg, copied[i], v);
        }
    }
    return eg;
}

static void split(mp_obj_t self, mp_obj_t cond, mp_obj_t *match, mp_obj_t *rest) {
    if (cond_match(cond, self)) {
        *match = self;
        *rest = mp_const_none;
        return;
    }
    mp_obj_t excs = mp_load_attr_default(self, MP_QSTR_exceptions, mp_const_empty_tuple);
    size_t n;
    mp_obj_t *items;
    mp_obj_tuple_get(excs, &n, &items);
    mp_obj_t ml = mp_obj_new_list(0, NULL), rl = mp_obj_new_list(0, NULL);
    for (size_t i = 0; i < n; i++) {
        mp_obj_t e = items[i];
        if (mp_obj_is_instance_of(e, &mp_type_BaseExceptionGroup)) {
            mp_obj_t m, r;
            split(e, cond, &m, &r);
            if (m != mp_const_none) {
                mp_obj_list_append(ml, m);
            }
            if (r != mp_const_none) {
                mp_obj_list_append(rl, r);
            }
        } else {
            mp_obj_list_append(cond_match(cond, e) ? ml : rl, e);
        }
    }
    *match = mp_obj_get_int(mp_obj_len(ml)) ? derive_with_meta(self, ml) : mp_const_none;
    *rest = mp_obj_get_int(mp_obj_len(rl)) ? derive_with_meta(self, rl) : mp_const_none;
}

static mp_obj_t eg_split(mp_obj_t self, mp_obj_t cond) {
    mp_obj_t mr[2];
    split(self, cond, &mr[0], &mr[1]);
    return mp_obj_new_tuple(2, mr);
}
static MP_DEFINE_CONST_FUN_OBJ_2(eg_split_obj, eg_split);

static mp_obj_t eg_subgroup(mp_obj_t self, mp_obj_t cond) {
    mp_obj_t m, r;
    split(self, cond, &m, &r);
    return m;
}
static MP_DEFINE_CONST_FUN_OBJ_2(eg_subgroup_obj, eg_subgroup);

static mp_obj_t eg_derive(mp_obj_t self, mp_obj_t excs) {
    mp_obj_t args[2] = {mp_load_attr_default(self, MP_QSTR_message, mp_const_none), excs};
    return eg_make_new(&mp_type_BaseExceptionGroup, 2, 0, args);
}
static MP_DEFINE_CONST_FUN_OBJ_2(eg_derive_obj, eg_derive);

static const mp_rom_map_elem_t eg_locals_table[] = {
    {MP_ROM_QSTR(MP_QSTR_split), MP_ROM_PTR(&eg_split_obj)},
    {MP_ROM_QSTR(MP_QSTR_subgroup), MP_ROM_PTR(&eg_subgroup_obj)},
    {MP_ROM_QSTR(MP_QSTR_derive), MP_ROM_PTR(&eg_derive_obj)},
};
static MP_DEFINE_CONST_DICT(eg_locals_dict, eg_locals_table);

static void eg_attr(mp_obj_t self, qstr attr, mp_obj_t *dest) {
    if (dest[0] == MP_OBJ_NULL) {
        for (size_t i = 0; i < MP_ARRAY_SIZE(eg_locals_table); i++) {
            if (eg_locals_table[i].key == MP_OBJ_NEW_QSTR(attr)) {
                dest[0] = eg_locals_table[i].value;
                dest[1] = self;
                return;
            }
        }
    }
    mp_obj_exception_attr(self, attr, dest);
}

const mp_obj_type_t mp_type_BaseExceptionGroup = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_BASETYPE,
    .name = MP_QSTR_BaseExceptionGroup,
    .print = eg_print,
    .make_new = eg_make_new,
    .attr = eg_attr,
    .locals_dict = (mp_obj_dict_t *)&eg_locals_dict,
    .base_type = &mp_type_BaseException,
};

static const struct { mp_obj_base_t base; size_t len; mp_obj_t items[5]; } eg_mro = {
    {&mp_type_tuple}, 5, {
        MP_ROM_PTR(&mp_type_ExceptionGroup), MP_ROM_PTR(&mp_type_BaseExceptionGroup),
        MP_ROM_PTR(&mp_type_Exception), MP_ROM_PTR(&mp_type_BaseException), MP_ROM_PTR(&mp_type_object),
    }
};

const mp_obj_type_t mp_type_ExceptionGroup = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_BASETYPE,
    .name = MP_QSTR_ExceptionGroup,
    .print = eg_print,
    .make_new = eg_make_new,
    .attr = eg_attr,
    .locals_dict = (mp_obj_dict_t *)&eg_locals_dict,
    .base_type = &mp_type_BaseExceptionGroup,
    .mro = (struct _mp_obj_tuple_t *)&eg_mro,
};
