// objfun.c: function-like objects: code objects, Python functions (with
// closures) and CPython-exact argument binding, cells, bound methods and
// the builtin (C) function objects with their calling conventions.
#include <alloca.h>
#include <string.h>
#include "runtime.h"
#include "objexcept.h"
#include "objtype.h"
#include "objfun.h"
#include "objmodule.h"
#include "objgenerator.h"
#include "vm.h"

// ---------------------------------------------------------------------------
// Code objects

static void code_print(const mp_print_t *print, mp_obj_t o, mp_print_kind_t kind) {
    const mp_code_t *c = MP_OBJ_TO_PTR(o);
    mp_printf(print, "<code object %q at %p, file \"%q\", line %u>", c->name, c, c->filename, (unsigned)c->first_line);
}

static void code_attr(mp_obj_t self, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    const mp_code_t *c = MP_OBJ_TO_PTR(self);
    size_t n_params = c->n_pos_args + c->n_kwonly_args + ((c->flags & MP_CODE_FLAG_VARARGS) ? 1 : 0) + ((c->flags & MP_CODE_FLAG_VARKW) ? 1 : 0);
    switch (attr) {
        case MP_QSTR_co_name:
        case MP_QSTR_co_qualname:
            dest[0] = MP_OBJ_NEW_QSTR(c->name);
            break;
        case MP_QSTR_co_filename:
            dest[0] = MP_OBJ_NEW_QSTR(c->filename);
            break;
        case MP_QSTR_co_firstlineno:
            dest[0] = MP_OBJ_NEW_SMALL_INT(c->first_line);
            break;
        case MP_QSTR_co_argcount:
            dest[0] = MP_OBJ_NEW_SMALL_INT(c->n_pos_args);
            break;
        case MP_QSTR_co_posonlyargcount:
            dest[0] = MP_OBJ_NEW_SMALL_INT(c->n_posonly_args);
            break;
        case MP_QSTR_co_kwonlyargcount:
            dest[0] = MP_OBJ_NEW_SMALL_INT(c->n_kwonly_args);
            break;
        case MP_QSTR_co_nlocals:
            dest[0] = MP_OBJ_NEW_SMALL_INT(c->n_locals - c->n_freevars);
            break;
        case MP_QSTR_co_stacksize:
            dest[0] = MP_OBJ_NEW_SMALL_INT(c->n_stack);
            break;
        case MP_QSTR_co_flags: {
            // CPython's flag bits: OPTIMIZED|NEWLOCALS, VARARGS 4, VARKEYWORDS 8,
            // NESTED 16, GENERATOR 32, COROUTINE 128, ASYNC_GENERATOR 512.
            mp_int_t f = 0;
            if (!(c->flags & (MP_CODE_FLAG_MODULE | MP_CODE_FLAG_CLASS_BODY))) {
                f |= 3;
            }
            if (c->flags & MP_CODE_FLAG_VARARGS) {
                f |= 4;
            }
            if (c->flags & MP_CODE_FLAG_VARKW) {
                f |= 8;
            }
            if (c->n_freevars) {
                f |= 16;
            }
            if (c->flags & MP_CODE_FLAG_GENERATOR) {
                f |= 32;
            }
            if (c->flags & MP_CODE_FLAG_COROUTINE) {
                f |= 128;
            }
            if (c->flags & MP_CODE_FLAG_ASYNC_GENERATOR) {
                f |= 512;
            }
            dest[0] = MP_OBJ_NEW_SMALL_INT(f);
            break;
        }
        case MP_QSTR_co_varnames:
        case MP_QSTR_co_freevars: {
            size_t start = 0, n = c->n_locals - c->n_freevars;
            if (attr == MP_QSTR_co_freevars) {
                start = n;
                n = c->n_freevars;
            } else if (n < n_params) {
                n = n_params;
            }
            mp_obj_t t = mp_obj_new_tuple(n, NULL);
            mp_obj_tuple_t *tt = MP_OBJ_TO_PTR(t);
            for (size_t i = 0; i < n; i++) {
                tt->items[i] = MP_OBJ_NEW_QSTR(c->local_names[start + i]);
            }
            dest[0] = t;
            break;
        }
        case MP_QSTR_co_consts:
            dest[0] = mp_obj_new_tuple(c->n_consts, c->consts);
            break;
        case MP_QSTR_co_code:
            dest[0] = mp_obj_new_bytes(c->bytecode, c->bytecode_len);
            break;
    }
}

const mp_obj_type_t mp_type_code = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_EQ_IS_IDENTITY,
    .name = MP_QSTR_code,
    .print = code_print,
    .attr = code_attr,
};

// ---------------------------------------------------------------------------
// Python functions

mp_obj_t mp_obj_new_fun_bc(const mp_code_t *code, mp_obj_dict_t *globals, mp_obj_t defaults, mp_obj_t kwdefaults, size_t n_cells, const mp_obj_t *cells) {
    mp_obj_fun_bc_t *f = m_malloc(sizeof(mp_obj_fun_bc_t) + n_cells * sizeof(mp_obj_t));
    f->base.type = &mp_type_function;
    f->code = code;
    f->globals = globals;
    if (defaults != MP_OBJ_NULL && defaults != mp_const_none) {
        if (!mp_obj_is_type(defaults, &mp_type_tuple)) {
            defaults = mp_obj_new_tuple(0, NULL);
        }
        f->defaults = MP_OBJ_TO_PTR(defaults);
        if (f->defaults->len == 0) {
            f->defaults = NULL;
        }
    }
    if (kwdefaults != MP_OBJ_NULL && kwdefaults != mp_const_none) {
        f->kwdefaults = MP_OBJ_TO_PTR(kwdefaults);
    }
    f->n_cells = n_cells;
    if (n_cells) {
        memcpy(f->cells, cells, n_cells * sizeof(mp_obj_t));
    }
    return MP_OBJ_FROM_PTR(f);
}

static mp_obj_t fun_dict_get(const mp_obj_fun_bc_t *f, qstr attr) {
    if (f->dict == NULL) {
        return MP_OBJ_NULL;
    }
    mp_map_elem_t *el = mp_map_lookup_qstr(&f->dict->map, attr, MP_MAP_LOOKUP);
    return el ? el->value : MP_OBJ_NULL;
}

static void print_qualname(const mp_print_t *print, const mp_obj_fun_bc_t *f, int depth) {
    mp_obj_t q = fun_dict_get(f, MP_QSTR___qualname__);
    if (q != MP_OBJ_NULL && mp_obj_is_str_cold(q)) {
        mp_obj_print_helper(print, q, PRINT_STR);
        return;
    }
    if (f->parent != NULL && depth < 50) {
        print_qualname(print, f->parent, depth + 1);
        if (f->parent->code->flags & MP_CODE_FLAG_CLASS_BODY) {
            mp_print_str(print, ".");
        } else {
            mp_print_str(print, ".<locals>.");
        }
    }
    mp_printf(print, "%q", f->code->name);
}

void mp_obj_fun_print_qualname(const mp_print_t *print, const mp_obj_fun_bc_t *fun) {
    print_qualname(print, fun, 0);
}

static mp_obj_t fun_qualname_str(const mp_obj_fun_bc_t *f) {
    vstr_t v;
    vstr_init(&v, 16);
    mp_print_t p = mp_print_for_vstr(&v);
    print_qualname(&p, f, 0);
    return mp_obj_new_str_from_vstr(&v);
}

static qstr builtin_name(const mp_obj_fun_builtin_t *f);

qstr mp_obj_fun_get_name(mp_obj_t fun) {
    if (!mp_obj_is_obj(fun)) {
        return MP_QSTR_;
    }
    const mp_obj_type_t *t = mp_obj_get_type(fun);
    if (t == &mp_type_function) {
        const mp_obj_fun_bc_t *f = MP_OBJ_TO_PTR(fun);
        mp_obj_t n = fun_dict_get(f, MP_QSTR___name__);
        if (n != MP_OBJ_NULL && mp_obj_is_str_cold(n)) {
            return mp_obj_str_get_qstr(n);
        }
        return f->code->name;
    }
    if (t == &mp_type_bound_meth || t == &mp_type_bound_builtin_meth) {
        return mp_obj_fun_get_name(((mp_obj_bound_meth_t *)MP_OBJ_TO_PTR(fun))->meth);
    }
    if (t == &mp_type_builtin_function) {
        return builtin_name(MP_OBJ_TO_PTR(fun));
    }
    mp_obj_t n = mp_load_attr_default(fun, MP_QSTR___name__, MP_OBJ_NULL);
    if (n != MP_OBJ_NULL && mp_obj_is_str_cold(n)) {
        return mp_obj_str_get_qstr(n);
    }
    return MP_QSTR_;
}

static void fun_print(const mp_print_t *print, mp_obj_t o, mp_print_kind_t kind) {
    const mp_obj_fun_bc_t *f = MP_OBJ_TO_PTR(o);
    mp_print_str(print, "<function ");
    print_qualname(print, f, 0);
    mp_printf(print, " at %p>", f);
}

static mp_obj_t fun_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_obj_fun_bc_t *f = MP_OBJ_TO_PTR(self_in);
    if (f->code->flags & (MP_CODE_FLAG_GENERATOR | MP_CODE_FLAG_COROUTINE | MP_CODE_FLAG_ASYNC_GENERATOR)) {
        return mp_obj_new_generator(f, MP_OBJ_NULL, n_args, n_kw, args);
    }
    return mp_vm_call_fun_bc(f, MP_OBJ_NULL, n_args, n_kw, args);
}

// ---- argument binding

// The error for a call's keyword key that is not a str.
MP_NORETURN static void kw_not_str(const mp_obj_fun_bc_t *f) {
    vstr_t v;
    vstr_init(&v, 16);
    mp_print_t p = mp_print_for_vstr(&v);
    print_qualname(&p, f, 0);
    mp_raise_TypeError_varg("%s() keywords must be strings", vstr_null_terminated_str(&v));
}

// Raise TypeError("<qualname>() <rest>") with rest formatted from fmt.
MP_NORETURN static void arg_error(const mp_obj_fun_bc_t *f, const char *fmt, ...) {
    vstr_t v;
    vstr_init(&v, 64);
    mp_print_t p = mp_print_for_vstr(&v);
    print_qualname(&p, f, 0);
    mp_print_str(&p, "() ");
    char text[MP_TEXT_MAX_LEN];
    va_list ap;
    va_start(ap, fmt);
    mp_vprintf(&p, mp_text_cstr(fmt, text, sizeof(text)), ap);
    va_end(ap);
    mp_obj_t s = mp_obj_new_str_from_vstr(&v);
    nlr_raise(mp_obj_new_exception_arg1(&mp_type_TypeError, s));
}

// "missing 2 required positional arguments: 'a' and 'b'"
MP_NORETURN static void missing_args(const mp_obj_fun_bc_t *f, const mp_obj_t *L, size_t start, size_t end, const char *kind) {
    const mp_code_t *c = f->code;
    size_t n_missing = 0;
    for (size_t i = start; i < end; i++) {
        if (L[i] == MP_OBJ_NULL) {
            n_missing++;
        }
    }
    vstr_t v;
    vstr_init(&v, 64);
    mp_print_t p = mp_print_for_vstr(&v);
    print_qualname(&p, f, 0);
    mp_printf(&p, "() missing %u required %s argument%s: ", (unsigned)n_missing, kind, n_missing == 1 ? "" : "s");
    size_t k = 0;
    for (size_t i = start; i < end; i++) {
        if (L[i] != MP_OBJ_NULL) {
            continue;
        }
        if (k > 0) {
            if (n_missing == 2) {
                mp_print_str(&p, " and ");
            } else if (k == n_missing - 1) {
                mp_print_str(&p, ", and ");
            } else {
                mp_print_str(&p, ", ");
            }
        }
        mp_printf(&p, "'%q'", c->local_names[i]);
        k++;
    }
    mp_obj_t s = mp_obj_new_str_from_vstr(&v);
    nlr_raise(mp_obj_new_exception_arg1(&mp_type_TypeError, s));
}

static qstr kw_key_qstr(const mp_obj_fun_bc_t *f, mp_obj_t key) {
    if (mp_obj_is_qstr(key)) {
        return mp_obj_qstr_value(key);
    }
    if (!mp_obj_is_str(key)) {
        // A str subclass instance is still a str for keyword purposes.
        if (mp_obj_is_obj(key) && mp_obj_is_instance_of(key, &mp_type_str)) {
            return mp_obj_str_get_qstr(key);
        }
        kw_not_str(f);
    }
    size_t len;
    const char *s = mp_obj_str_get_data(key, &len);
    return qstr_find_strn(s, len);  // not interned: cannot name a parameter
}

void mp_fun_bc_bind_args(mp_obj_fun_bc_t *f, mp_obj_t *L, mp_obj_t self, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    const mp_code_t *c = f->code;
    size_t n_pos = c->n_pos_args;
    size_t n_params = n_pos + c->n_kwonly_args;
    size_t given = n_args + (self != MP_OBJ_NULL);
    memset(L, 0, c->n_locals * sizeof(mp_obj_t));

    // Positional arguments.
    size_t n_copy = given < n_pos ? given : n_pos;
    size_t i = 0;
    const mp_obj_t *ap = args;
    if (self != MP_OBJ_NULL) {
        if (n_copy > 0) {
            L[0] = self;
            i = 1;
        }
    }
    for (; i < n_copy; i++) {
        L[i] = *ap++;
    }
    size_t slot = n_params;
    if (c->flags & MP_CODE_FLAG_VARARGS) {
        if (given > n_pos) {
            size_t n_extra = given - n_pos;
            mp_obj_t t = mp_obj_new_tuple(n_extra, NULL);
            mp_obj_tuple_t *tt = MP_OBJ_TO_PTR(t);
            size_t j = 0;
            if (self != MP_OBJ_NULL && n_copy == 0) {
                tt->items[j++] = self;
            }
            for (; j < n_extra; j++) {
                tt->items[j] = *ap++;
            }
            L[slot] = t;
        } else {
            L[slot] = mp_const_empty_tuple;
        }
        slot++;
    }
    mp_obj_t kwdict = MP_OBJ_NULL;
    if (c->flags & MP_CODE_FLAG_VARKW) {
        kwdict = mp_obj_new_dict(n_kw);
        L[slot] = kwdict;
    }

    // Keyword arguments.
    const mp_obj_t *kw = args + n_args;
    for (size_t k = 0; k < n_kw; k++) {
        mp_obj_t key = kw[2 * k];
        qstr q = kw_key_qstr(f, key);
        size_t j;
        for (j = c->n_posonly_args; j < n_params; j++) {
            if (c->local_names[j] == q) {
                break;
            }
        }
        if (j < n_params && q != MP_QSTRnull) {
            if (L[j] != MP_OBJ_NULL) {
                arg_error(f, "got multiple values for argument '%q'", q);
            }
            L[j] = kw[2 * k + 1];
            continue;
        }
        if (kwdict != MP_OBJ_NULL) {
            mp_obj_dict_store(kwdict, mp_obj_is_qstr(key) || mp_obj_is_type(key, &mp_type_str) ? key : MP_OBJ_NEW_QSTR(q), kw[2 * k + 1]);
            continue;
        }
        // Positional-only parameters passed by keyword: name them all.
        vstr_t names;
        vstr_init(&names, 16);
        size_t n_po = 0;
        for (size_t k2 = 0; k2 < n_kw; k2++) {
            qstr q2 = kw_key_qstr(f, kw[2 * k2]);
            for (size_t j2 = 0; j2 < c->n_posonly_args; j2++) {
                if (q2 != MP_QSTRnull && c->local_names[j2] == q2) {
                    if (n_po++) {
                        vstr_add_str(&names, ", ");
                    }
                    vstr_add_str(&names, qstr_str(q2));
                }
            }
        }
        if (n_po) {
            arg_error(f, "got some positional-only arguments passed as keyword arguments: '%s'", vstr_null_terminated_str(&names));
        }
        if (q == MP_QSTRnull) {
            size_t len;
            const char *s = mp_obj_str_get_data(key, &len);
            arg_error(f, "got an unexpected keyword argument '%.*s'", (int)len, s);
        }
        arg_error(f, "got an unexpected keyword argument '%q'", q);
    }

    // Too many positional arguments.
    if (given > n_pos && !(c->flags & MP_CODE_FLAG_VARARGS)) {
        size_t kwonly_given = 0;
        for (size_t j = n_pos; j < n_params; j++) {
            if (L[j] != MP_OBJ_NULL) {
                kwonly_given++;
            }
        }
        size_t n_def = f->defaults ? f->defaults->len : 0;
        vstr_t sig;
        vstr_init(&sig, 16);
        bool plural;
        if (n_def) {
            vstr_printf(&sig, "from %u to %u", (unsigned)(n_pos - n_def), (unsigned)n_pos);
            plural = true;
        } else {
            vstr_printf(&sig, "%u", (unsigned)n_pos);
            plural = n_pos != 1;
        }
        if (kwonly_given) {
            arg_error(f, "takes %s positional argument%s but %u positional argument%s (and %u keyword-only argument%s) were given",
                vstr_null_terminated_str(&sig), plural ? "s" : "", (unsigned)given, given != 1 ? "s" : "",
                (unsigned)kwonly_given, kwonly_given != 1 ? "s" : "");
        }
        arg_error(f, "takes %s positional argument%s but %u %s given",
            vstr_null_terminated_str(&sig), plural ? "s" : "", (unsigned)given, given == 1 ? "was" : "were");
    }

    // Defaults of positional parameters.
    if (given < n_pos) {
        size_t n_def = f->defaults ? f->defaults->len : 0;
        size_t first_def = n_pos - (n_def > n_pos ? n_pos : n_def);
        bool missing = false;
        for (size_t j = given; j < n_pos; j++) {
            if (L[j] == MP_OBJ_NULL) {
                if (j >= first_def) {
                    L[j] = f->defaults->items[j - (n_pos - n_def)];
                } else {
                    missing = true;
                }
            }
        }
        if (missing) {
            missing_args(f, L, 0, n_pos, "positional");
        }
    }

    // Keyword-only parameters.
    if (c->n_kwonly_args) {
        bool missing = false;
        for (size_t j = n_pos; j < n_params; j++) {
            if (L[j] == MP_OBJ_NULL) {
                mp_map_elem_t *el = NULL;
                if (f->kwdefaults != NULL) {
                    el = mp_map_lookup(&f->kwdefaults->map, MP_OBJ_NEW_QSTR(c->local_names[j]), MP_MAP_LOOKUP);
                }
                if (el != NULL) {
                    L[j] = el->value;
                } else {
                    missing = true;
                }
            }
        }
        if (missing) {
            missing_args(f, L, n_pos, n_params, "keyword-only");
        }
    }

    // Cells and free variables.
    for (size_t k = 0; k < c->n_cells; k++) {
        size_t s = c->cell_slots[k];
        L[s] = mp_obj_new_cell(L[s]);
    }
    if (c->n_freevars) {
        size_t n = c->n_freevars < f->n_cells ? c->n_freevars : f->n_cells;
        memcpy(L + c->n_locals - c->n_freevars, f->cells, n * sizeof(mp_obj_t));
    }
}

// ---- attributes

static mp_obj_dict_t *fun_get_dict(mp_obj_fun_bc_t *f) {
    if (f->dict == NULL) {
        f->dict = MP_OBJ_TO_PTR(mp_obj_new_dict(0));
    }
    return f->dict;
}

static mp_obj_t fun___get__(size_t n_args, const mp_obj_t *args) {
    mp_obj_t obj = n_args > 1 ? args[1] : mp_const_none;
    if (obj == mp_const_none) {
        return args[0];
    }
    return mp_obj_new_bound_meth(args[0], obj);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(fun___get___obj, 2, 3, fun___get__);

static void fun_attr(mp_obj_t self, qstr attr, mp_obj_t *dest) {
    mp_obj_fun_bc_t *f = MP_OBJ_TO_PTR(self);
    if (dest[0] == MP_OBJ_NULL) {
        mp_obj_t v = fun_dict_get(f, attr);
        if (v != MP_OBJ_NULL) {
            dest[0] = v;
            return;
        }
        switch (attr) {
            case MP_QSTR___name__:
                dest[0] = MP_OBJ_NEW_QSTR(f->code->name);
                break;
            case MP_QSTR___qualname__:
                dest[0] = fun_qualname_str(f);
                break;
            case MP_QSTR___module__: {
                mp_map_elem_t *el = f->globals ? mp_map_lookup_qstr(&f->globals->map, MP_QSTR___name__, MP_MAP_LOOKUP) : NULL;
                dest[0] = el ? el->value : mp_const_none;
                break;
            }
            case MP_QSTR___doc__:
                dest[0] = f->code->doc != MP_OBJ_NULL ? f->code->doc : mp_const_none;
                break;
            case MP_QSTR___defaults__:
                dest[0] = f->defaults ? MP_OBJ_FROM_PTR(f->defaults) : mp_const_none;
                break;
            case MP_QSTR___kwdefaults__:
                dest[0] = f->kwdefaults ? MP_OBJ_FROM_PTR(f->kwdefaults) : mp_const_none;
                break;
            case MP_QSTR___code__:
                dest[0] = MP_OBJ_FROM_PTR(f->code);
                break;
            case MP_QSTR___globals__:
                dest[0] = f->globals ? MP_OBJ_FROM_PTR(f->globals) : mp_const_none;
                break;
            case MP_QSTR___closure__:
                dest[0] = f->n_cells ? mp_obj_new_tuple(f->n_cells, f->cells) : mp_const_none;
                break;
            case MP_QSTR___dict__:
                dest[0] = MP_OBJ_FROM_PTR(fun_get_dict(f));
                break;
            case MP_QSTR___annotations__: {
                mp_obj_t d = mp_obj_new_dict(0);
                mp_obj_dict_store(MP_OBJ_FROM_PTR(fun_get_dict(f)), MP_OBJ_NEW_QSTR(MP_QSTR___annotations__), d);
                dest[0] = d;
                break;
            }
            case MP_QSTR___get__:
                dest[0] = MP_OBJ_FROM_PTR(&fun___get___obj);
                dest[1] = self;
                break;
        }
        return;
    }
    if (dest[0] != MP_OBJ_SENTINEL) {
        return;
    }
    mp_obj_t v = dest[1];
    if (v != MP_OBJ_NULL) {
        switch (attr) {
            case MP_QSTR___defaults__:
                if (v == mp_const_none) {
                    f->defaults = NULL;
                } else if (mp_obj_is_type_cold(v, &mp_type_tuple)) {
                    f->defaults = ((mp_obj_tuple_t *)MP_OBJ_TO_PTR(v))->len ? MP_OBJ_TO_PTR(v) : NULL;
                } else {
                    mp_raise_TypeError("__defaults__ must be set to a tuple object");
                }
                dest[0] = MP_OBJ_NULL;
                return;
            case MP_QSTR___kwdefaults__:
                if (v == mp_const_none) {
                    f->kwdefaults = NULL;
                } else if (mp_obj_is_type_cold(v, &mp_type_dict)) {
                    f->kwdefaults = MP_OBJ_TO_PTR(v);
                } else {
                    mp_raise_TypeError("__kwdefaults__ must be set to a dict object");
                }
                dest[0] = MP_OBJ_NULL;
                return;
            case MP_QSTR___code__:
                if (!mp_obj_is_type_cold(v, &mp_type_code)) {
                    mp_raise_TypeError("__code__ must be set to a code object");
                }
                f->code = MP_OBJ_TO_PTR(v);
                dest[0] = MP_OBJ_NULL;
                return;
            case MP_QSTR___dict__:
                if (!mp_obj_is_type_cold(v, &mp_type_dict)) {
                    mp_raise_TypeError("__dict__ must be set to a dictionary");
                }
                f->dict = MP_OBJ_TO_PTR(v);
                dest[0] = MP_OBJ_NULL;
                return;
            case MP_QSTR___name__:
            case MP_QSTR___qualname__:
                if (!mp_obj_is_str_cold(v)) {
                    mp_raise_TypeError_varg("%q must be set to a string object", attr);
                }
                break;
        }
        mp_obj_dict_store(MP_OBJ_FROM_PTR(fun_get_dict(f)), MP_OBJ_NEW_QSTR(attr), v);
        dest[0] = MP_OBJ_NULL;
        return;
    }
    if (f->dict != NULL && mp_map_lookup_qstr(&f->dict->map, attr, MP_MAP_LOOKUP) != NULL) {
        mp_obj_dict_delete(MP_OBJ_FROM_PTR(f->dict), MP_OBJ_NEW_QSTR(attr));
        dest[0] = MP_OBJ_NULL;
    }
}

const mp_obj_type_t mp_type_function = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_EQ_IS_IDENTITY,
    .name = MP_QSTR_function,
    .print = fun_print,
    .call = fun_call,
    .attr = fun_attr,
};

// Not produced: every Python function, closure or not, is a `function`.
const mp_obj_type_t mp_type_closure = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_EQ_IS_IDENTITY,
    .name = MP_QSTR_closure,
    .print = fun_print,
    .call = fun_call,
    .attr = fun_attr,
};

// ---------------------------------------------------------------------------
// Cells

mp_obj_t mp_obj_new_cell(mp_obj_t contents) {
    mp_obj_cell_t *c = m_new_obj(mp_obj_cell_t);
    c->base.type = &mp_type_cell;
    c->obj = contents;
    return MP_OBJ_FROM_PTR(c);
}

mp_obj_t mp_obj_cell_get(mp_obj_t cell) {
    return ((mp_obj_cell_t *)MP_OBJ_TO_PTR(cell))->obj;
}

void mp_obj_cell_set(mp_obj_t cell, mp_obj_t value) {
    ((mp_obj_cell_t *)MP_OBJ_TO_PTR(cell))->obj = value;
}

static void cell_print(const mp_print_t *print, mp_obj_t o, mp_print_kind_t kind) {
    mp_obj_cell_t *c = MP_OBJ_TO_PTR(o);
    if (c->obj == MP_OBJ_NULL) {
        mp_printf(print, "<cell at %p: empty>", c);
    } else {
        mp_printf(print, "<cell at %p: %s object at %p>", c, mp_obj_get_type_str(c->obj), (void *)(uintptr_t)c->obj);
    }
}

static void cell_attr(mp_obj_t self, qstr attr, mp_obj_t *dest) {
    mp_obj_cell_t *c = MP_OBJ_TO_PTR(self);
    if (attr != MP_QSTR_cell_contents) {
        return;
    }
    if (dest[0] == MP_OBJ_NULL) {
        if (c->obj == MP_OBJ_NULL) {
            mp_raise_ValueError("Cell is empty");
        }
        dest[0] = c->obj;
    } else if (dest[0] == MP_OBJ_SENTINEL) {
        c->obj = dest[1];
        dest[0] = MP_OBJ_NULL;
    }
}

const mp_obj_type_t mp_type_cell = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_EQ_IS_IDENTITY,
    .name = MP_QSTR_cell,
    .print = cell_print,
    .attr = cell_attr,
};

// ---------------------------------------------------------------------------
// Builtin functions

// Functions defined with the anonymous MP_DEFINE_CONST_FUN_OBJ_* macros
// learn their name from where they are published: the key under which the
// builtins module, another built-in module or a type's locals dict holds
// them (the type is then the owner: the function is a method). Only
// __name__, repr and error messages need this, so a linear search is fine.
typedef struct _builtin_where_t {
    qstr name;
    const mp_obj_type_t *owner;
    qstr module;  // for functions of modules other than builtins (0 otherwise)
} builtin_where_t;

static bool holds_fun(mp_obj_t v, mp_obj_t f) {
    if (v == f) {
        return true;
    }
    if (mp_obj_is_type_cold(v, &mp_type_staticmethod) || mp_obj_is_type_cold(v, &mp_type_classmethod)) {
        return ((mp_obj_static_class_method_t *)MP_OBJ_TO_PTR(v))->fun == f;
    }
    return false;
}

static bool search_dict(const mp_obj_dict_t *d, mp_obj_t f, const mp_obj_type_t *owner, bool into_types, builtin_where_t *w) {
    if (d == NULL) {
        return false;
    }
    const mp_map_t *map = &d->map;
    for (size_t i = 0; i < map->used; i++) {
        mp_obj_t k = map->table[i].key;
        if (k == MP_OBJ_NULL || k == MP_OBJ_SENTINEL || !mp_obj_is_qstr(k)) {
            continue;
        }
        mp_obj_t v = map->table[i].value;
        if (holds_fun(v, f)) {
            w->name = MP_OBJ_QSTR_VALUE(k);
            w->owner = owner;
            return true;
        }
        if (into_types && mp_obj_is_obj(v) && mp_obj_get_type(v) == &mp_type_type) {
            const mp_obj_type_t *t = MP_OBJ_TO_PTR(v);
            if (search_dict(t->locals_dict, f, t, false, w)) {
                return true;
            }
        }
    }
    return false;
}

static builtin_where_t builtin_where(const mp_obj_fun_builtin_t *f, mp_obj_t self) {
    builtin_where_t w = {f->name, NULL, 0};
    mp_obj_t fo = MP_OBJ_FROM_PTR(f);
    if (self != MP_OBJ_NULL) {
        for (const mp_obj_type_t *t = mp_obj_get_type_cold(self); t != NULL; t = t->base_type) {
            if (search_dict(t->locals_dict, fo, t, false, &w)) {
                break;
            }
        }
    }
    if (w.owner == NULL) {
        mp_obj_dict_t *g;
        qstr mod_name;
        for (size_t i = 0; (g = mp_module_builtin_globals(i, &mod_name)) != NULL; i++) {
            if (search_dict(g, fo, NULL, true, &w)) {
                // "math.sqrt()"; u-modules (ujson ...) go by their plain name in
                // CPython, which is not known here, so they get no prefix.
                if (w.owner == NULL && mod_name != MP_QSTR_builtins && qstr_str(mod_name)[0] != 'u') {
                    w.module = mod_name;
                }
                break;
            }
        }
    }
    if (f->name != 0) {
        w.name = f->name;
    }
    return w;
}

static qstr builtin_name(const mp_obj_fun_builtin_t *f) {
    return builtin_where(f, MP_OBJ_NULL).name;
}

// "list.append" for methods, "len" for functions.
static void print_where(const mp_print_t *print, const builtin_where_t *w) {
    if (w->owner != NULL) {
        mp_printf(print, "%q.", w->owner->name);
    } else if (w->module != 0) {
        mp_printf(print, "%q.", w->module);
    }
    mp_printf(print, "%q", w->name ? w->name : MP_QSTR_function);
}

static void builtin_print(const mp_print_t *print, mp_obj_t o, mp_print_kind_t kind) {
    builtin_where_t w = builtin_where(MP_OBJ_TO_PTR(o), MP_OBJ_NULL);
    if (w.owner != NULL) {
        mp_printf(print, "<method '%q' of '%q' objects>", w.name, w.owner->name);
    } else if (w.name != 0) {
        mp_printf(print, "<built-in function %q>", w.name);
    } else {
        mp_print_str(print, "<built-in function>");
    }
}

MP_NORETURN static void builtin_no_kw(const mp_obj_fun_builtin_t *f, size_t n_args, const mp_obj_t *args) {
    builtin_where_t w = builtin_where(f, n_args > 0 ? args[0] : MP_OBJ_NULL);
    vstr_t v;
    vstr_init(&v, 32);
    mp_print_t p = mp_print_for_vstr(&v);
    print_where(&p, &w);
    mp_raise_TypeError_varg("%s() takes no keyword arguments", vstr_null_terminated_str(&v));
}

// The wording follows CPython's, which depends on the shape of the
// signature: "len() takes exactly one argument (2 given)", "list.copy()
// takes no arguments (1 given)", "pop expected at most 1 argument, got 2".
// For methods the counts exclude self.
MP_NORETURN static void builtin_bad_count(const mp_obj_fun_builtin_t *f, size_t n_args, const mp_obj_t *args) {
    builtin_where_t w = builtin_where(f, n_args > 0 ? args[0] : MP_OBJ_NULL);
    int lo = f->n_args_min, hi = f->n_args_max == MP_FUN_ARGS_MAX ? -1 : f->n_args_max, n = (int)n_args;
    if (w.owner != NULL) {
        if (n == 0) {
            mp_raise_TypeError_varg("unbound method %q.%q() needs an argument", w.owner->name, w.name);
        }
        lo--, n--;
        if (hi > 0) {
            hi--;
        }
    }
    qstr name = w.name ? w.name : MP_QSTR_function;
    if (lo == hi && lo <= 1) {
        vstr_t v;
        vstr_init(&v, 32);
        mp_print_t p = mp_print_for_vstr(&v);
        print_where(&p, &w);
        mp_raise_TypeError_varg(lo == 0 ? "%s() takes no arguments (%d given)" : "%s() takes exactly one argument (%d given)",
            vstr_null_terminated_str(&v), n);
    }
    if (lo == hi) {
        mp_raise_TypeError_varg("%q expected %d argument%s, got %d", name, lo, lo == 1 ? "" : "s", n);
    }
    if (n < lo) {
        mp_raise_TypeError_varg("%q expected at least %d argument%s, got %d", name, lo, lo == 1 ? "" : "s", n);
    }
    mp_raise_TypeError_varg("%q expected at most %d argument%s, got %d", name, hi, hi == 1 ? "" : "s", n);
}

static mp_obj_t builtin_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    const mp_obj_fun_builtin_t *f = MP_OBJ_TO_PTR(self_in);
    if (f->kind == MP_FUN_KIND_KW) {
        if (n_args < f->n_args_min || n_args > f->n_args_max) {
            builtin_bad_count(f, n_args, args);
        }
        mp_map_t kw_map;
        mp_map_init_fixed_table(&kw_map, n_kw, args + n_args);
        return f->fun.kw(n_args, args, &kw_map);
    }
    if (n_kw != 0) {
        builtin_no_kw(f, n_args, args);
    }
    if (n_args < f->n_args_min || n_args > f->n_args_max) {
        builtin_bad_count(f, n_args, args);
    }
    switch (f->kind) {
        case MP_FUN_KIND_0:
            return f->fun._0();
        case MP_FUN_KIND_1:
            return f->fun._1(args[0]);
        case MP_FUN_KIND_2:
            return f->fun._2(args[0], args[1]);
        case MP_FUN_KIND_3:
            return f->fun._3(args[0], args[1], args[2]);
        default:
            return f->fun.var(n_args, args);
    }
}

mp_obj_t mp_obj_fun_builtin_call_self(const mp_obj_fun_builtin_t *f, mp_obj_t self, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    if (self == MP_OBJ_NULL) {
        return builtin_call(MP_OBJ_FROM_PTR(f), n_args, n_kw, args);
    }
    if (n_kw == 0) {
        // Common cases without copying.
        switch (f->kind) {
            case MP_FUN_KIND_1:
                if (n_args == 0) {
                    return f->fun._1(self);
                }
                break;
            case MP_FUN_KIND_2:
                if (n_args == 1) {
                    return f->fun._2(self, args[0]);
                }
                break;
            case MP_FUN_KIND_3:
                if (n_args == 2) {
                    return f->fun._3(self, args[0], args[1]);
                }
                break;
        }
    }
    size_t n = 1 + n_args + 2 * n_kw;
    mp_obj_t *a = n <= 32 ? alloca(n * sizeof(mp_obj_t)) : m_new(mp_obj_t, n);
    a[0] = self;
    if (n > 1) {
        memcpy(a + 1, args, (n - 1) * sizeof(mp_obj_t));
    }
    return builtin_call(MP_OBJ_FROM_PTR(f), n_args + 1, n_kw, a);
}

static void builtin_attr(mp_obj_t self, qstr attr, mp_obj_t *dest) {
    const mp_obj_fun_builtin_t *f = MP_OBJ_TO_PTR(self);
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    if (attr == MP_QSTR___name__) {
        dest[0] = MP_OBJ_NEW_QSTR(builtin_where(f, MP_OBJ_NULL).name);
    } else if (attr == MP_QSTR___qualname__) {
        builtin_where_t w = builtin_where(f, MP_OBJ_NULL);
        w.module = 0;
        vstr_t v;
        vstr_init(&v, 32);
        mp_print_t p = mp_print_for_vstr(&v);
        print_where(&p, &w);
        dest[0] = mp_obj_new_str_from_vstr(&v);
    } else if (attr == MP_QSTR___doc__ || attr == MP_QSTR___self__) {
        dest[0] = mp_const_none;
    } else if (attr == MP_QSTR___module__) {
        dest[0] = MP_OBJ_NEW_QSTR(MP_QSTR_builtins);
    }
}

const mp_obj_type_t mp_type_builtin_function = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_EQ_IS_IDENTITY,
    .name = MP_QSTR_builtin_function_or_method,
    .print = builtin_print,
    .call = builtin_call,
    .attr = builtin_attr,
};

// ---------------------------------------------------------------------------
// Bound methods

mp_obj_t mp_obj_new_bound_meth(mp_obj_t meth, mp_obj_t self) {
    mp_obj_bound_meth_t *b = m_new_obj(mp_obj_bound_meth_t);
    b->base.type = mp_obj_is_type(meth, &mp_type_builtin_function) ? &mp_type_bound_builtin_meth : &mp_type_bound_meth;
    b->meth = meth;
    b->self = self;
    return MP_OBJ_FROM_PTR(b);
}

static void bound_meth_print(const mp_print_t *print, mp_obj_t o, mp_print_kind_t kind) {
    mp_obj_bound_meth_t *b = MP_OBJ_TO_PTR(o);
    if (mp_obj_is_type_cold(b->meth, &mp_type_builtin_function)) {
        builtin_where_t w = builtin_where(MP_OBJ_TO_PTR(b->meth), b->self);
        mp_printf(print, "<built-in method %q of %q object at %p>", w.name ? w.name : MP_QSTR_function,
            mp_obj_get_type_cold(b->self)->name, (void *)b->self);
        return;
    }
    mp_print_str(print, "<bound method ");
    if (mp_obj_is_fun_bc(b->meth)) {
        print_qualname(print, MP_OBJ_TO_PTR(b->meth), 0);
    } else {
        mp_printf(print, "%q", mp_obj_fun_get_name(b->meth));
    }
    mp_print_str(print, " of ");
    mp_obj_print_helper(print, b->self, PRINT_REPR);
    mp_print_str(print, ">");
}

static mp_obj_t bound_meth_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_obj_bound_meth_t *b = MP_OBJ_TO_PTR(self_in);
    mp_obj_t meth = b->meth;
    if (mp_obj_is_obj(meth)) {
        const mp_obj_type_t *t = mp_obj_get_type(meth);
        if (t == &mp_type_function) {
            mp_obj_fun_bc_t *f = MP_OBJ_TO_PTR(meth);
            if (f->code->flags & (MP_CODE_FLAG_GENERATOR | MP_CODE_FLAG_COROUTINE | MP_CODE_FLAG_ASYNC_GENERATOR)) {
                return mp_obj_new_generator(f, b->self, n_args, n_kw, args);
            }
            return mp_vm_call_fun_bc(f, b->self, n_args, n_kw, args);
        }
        if (t == &mp_type_builtin_function) {
            return mp_obj_fun_builtin_call_self(MP_OBJ_TO_PTR(meth), b->self, n_args, n_kw, args);
        }
    }
    size_t n = 1 + n_args + 2 * n_kw;
    mp_obj_t *a = n <= 32 ? alloca(n * sizeof(mp_obj_t)) : m_new(mp_obj_t, n);
    a[0] = b->self;
    if (n > 1) {
        memcpy(a + 1, args, (n - 1) * sizeof(mp_obj_t));
    }
    return mp_call_function_n_kw(meth, n_args + 1, n_kw, a);
}

static void bound_meth_attr(mp_obj_t self, qstr attr, mp_obj_t *dest) {
    mp_obj_bound_meth_t *b = MP_OBJ_TO_PTR(self);
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    if (attr == MP_QSTR___self__) {
        dest[0] = b->self;
    } else if (attr == MP_QSTR___func__) {
        dest[0] = b->meth;
    } else {
        // Other attributes come from the function (__name__, __doc__ ...).
        mp_obj_t v = mp_load_attr_default(b->meth, attr, MP_OBJ_NULL);
        if (v != MP_OBJ_NULL) {
            dest[0] = v;
        }
    }
}

static mp_obj_t bound_meth_unary_op(mp_unary_op_t op, mp_obj_t o) {
    if (op == MP_UNARY_OP_HASH) {
        mp_obj_bound_meth_t *b = MP_OBJ_TO_PTR(o);
        mp_int_t h = (mp_int_t)((b->self >> 4) ^ (b->meth >> 3) * 31);
        return MP_OBJ_NEW_SMALL_INT(h & MP_SMALL_INT_MAX);
    }
    return MP_OBJ_NULL;
}

static mp_obj_t bound_meth_binary_op(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs) {
    if ((op != MP_BINARY_OP_EQUAL && op != MP_BINARY_OP_NOT_EQUAL) || (!mp_obj_is_type_cold(rhs, &mp_type_bound_meth) && !mp_obj_is_type_cold(rhs, &mp_type_bound_builtin_meth))) {
        return MP_OBJ_NULL;
    }
    mp_obj_bound_meth_t *a = MP_OBJ_TO_PTR(lhs);
    mp_obj_bound_meth_t *b = MP_OBJ_TO_PTR(rhs);
    bool eq = a->self == b->self && mp_obj_equal(a->meth, b->meth);
    return mp_obj_new_bool(op == MP_BINARY_OP_EQUAL ? eq : !eq);
}

const mp_obj_type_t mp_type_bound_meth = {
    {&mp_type_type},
    .name = MP_QSTR_method,
    .print = bound_meth_print,
    .call = bound_meth_call,
    .unary_op = bound_meth_unary_op,
    .binary_op = bound_meth_binary_op,
    .attr = bound_meth_attr,
};

// A builtin function bound to its object ([].append): the same object
// under CPython's type name.
const mp_obj_type_t mp_type_bound_builtin_meth = {
    {&mp_type_type},
    .name = MP_QSTR_builtin_function_or_method,
    .print = bound_meth_print,
    .call = bound_meth_call,
    .unary_op = bound_meth_unary_op,
    .binary_op = bound_meth_binary_op,
    .attr = bound_meth_attr,
};
