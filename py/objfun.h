// objfun.h: layouts of function-like objects (objfun.c) and argument
// binding, shared with the VM, generators and the class system.
#ifndef MP_PY_OBJFUN_H
#define MP_PY_OBJFUN_H

#include "bc.h"

// A Python function (def, lambda, comprehension, class body), with its
// closure cells. Type &mp_type_function.
typedef struct _mp_obj_fun_bc_t {
    mp_obj_base_t base;
    const mp_code_t *code;
    mp_obj_dict_t *globals;
    mp_obj_tuple_t *defaults;      // positional defaults, or NULL
    mp_obj_dict_t *kwdefaults;     // keyword-only defaults, or NULL
    struct _mp_obj_fun_bc_t *parent; // function whose code created this one (for __qualname__), NULL at module level
    mp_obj_dict_t *dict;           // function __dict__ (f.x = 1, __name__ overrides), or NULL
    size_t n_cells;
    mp_obj_t cells[];              // the free variables' cells
} mp_obj_fun_bc_t;

typedef struct _mp_obj_bound_meth_t {
    mp_obj_base_t base;
    mp_obj_t meth;
    mp_obj_t self;
} mp_obj_bound_meth_t;

typedef struct _mp_obj_cell_t {
    mp_obj_base_t base;
    mp_obj_t obj;  // MP_OBJ_NULL when empty
} mp_obj_cell_t;

static inline bool mp_obj_is_fun_bc(mp_obj_t o) {
    return mp_obj_is_obj(o) && ((mp_obj_base_t *)MP_OBJ_TO_PTR(o))->type == &mp_type_function;
}

// Bind call arguments to the local slots L[0..n_locals) of a frame of
// fun's code: parameters, defaults, *args/**kwargs, cells and free
// variables (all other slots cleared). self, if not NULL, is the first
// positional argument. Raises TypeError like CPython for bad calls.
void mp_fun_bc_bind_args(mp_obj_fun_bc_t *fun, mp_obj_t *L, mp_obj_t self, size_t n_args, size_t n_kw, const mp_obj_t *args);

// Clear n words (small n: no call to memset).
static inline void mp_zero_words(mp_obj_t *p, size_t n) {
    for (; n > 0; n--) {
        *p++ = MP_OBJ_NULL;
        __asm__("" : "+r"(p));  // (keeps this a loop, not a call to memset)
    }
}

// Binding for the common calls: positional arguments only (missing
// trailing ones from the defaults), no keyword-only parameters, no *args
// or **kwargs; cells and free variables set up. Returns false if the
// general binder (which also raises the errors) is needed.
static MP_ALWAYS_INLINE bool mp_fun_bc_bind_simple(const mp_obj_fun_bc_t *fun, mp_obj_t *L, mp_obj_t self, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    const mp_code_t *c = fun->code;
    size_t given = n_args + (self != MP_OBJ_NULL);
    size_t n_pos = c->n_pos_args;
    if (MP_UNLIKELY((n_kw | c->n_kwonly_args | (c->flags & (MP_CODE_FLAG_VARARGS | MP_CODE_FLAG_VARKW))) != 0 || given > n_pos)) {
        return false;
    }
    const mp_obj_tuple_t *def = NULL;
    if (MP_UNLIKELY(given < n_pos)) {
        def = fun->defaults;
        if (def == NULL || def->len > n_pos || given + def->len < n_pos) {
            return false;
        }
    }
    mp_obj_t *d = L;
    if (self != MP_OBJ_NULL) {
        *d++ = self;
    }
    for (size_t i = 0; i < n_args; i++) {
        d[i] = args[i];
    }
    if (MP_UNLIKELY(def != NULL)) {
        const mp_obj_t *src = def->items + (def->len - n_pos);
        for (size_t j = given; j < n_pos; j++) {
            L[j] = src[j];
        }
    }
    size_t n_locals = c->n_locals;
    if (n_locals != n_pos) {
        mp_zero_words(L + n_pos, n_locals - n_pos);
    }
    if (MP_UNLIKELY((c->n_cells | c->n_freevars) != 0)) {
        for (size_t k = 0; k < c->n_cells; k++) {
            size_t s = c->cell_slots[k];
            L[s] = mp_obj_new_cell(L[s]);
        }
        size_t n = c->n_freevars < fun->n_cells ? c->n_freevars : fun->n_cells;
        mp_obj_t *fv = L + n_locals - c->n_freevars;
        for (size_t k = 0; k < n; k++) {
            fv[k] = fun->cells[k];
        }
    }
    return true;
}

// Print the __qualname__ of a function ("A.f", "f.<locals>.g").
void mp_obj_fun_print_qualname(const mp_print_t *print, const mp_obj_fun_bc_t *fun);
// The __name__ of a function (honours assignment to __name__).
qstr mp_obj_fun_get_name(mp_obj_t fun);

// Call a builtin function object (mp_type_builtin_function) with an
// optional self prepended.
mp_obj_t mp_obj_fun_builtin_call_self(const mp_obj_fun_builtin_t *f, mp_obj_t self, size_t n_args, size_t n_kw, const mp_obj_t *args);

#endif
