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

// Print the __qualname__ of a function ("A.f", "f.<locals>.g").
void mp_obj_fun_print_qualname(const mp_print_t *print, const mp_obj_fun_bc_t *fun);
// The __name__ of a function (honours assignment to __name__).
qstr mp_obj_fun_get_name(mp_obj_t fun);

// Call a builtin function object (mp_type_builtin_function) with an
// optional self prepended.
mp_obj_t mp_obj_fun_builtin_call_self(const mp_obj_fun_builtin_t *f, mp_obj_t self, size_t n_args, size_t n_kw, const mp_obj_t *args);

#endif
