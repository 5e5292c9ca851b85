// scope.h: the symbol-table pass of the compiler. Builds one scope per
// module, class body, function, lambda and comprehension, records how each
// name is used there, then resolves every name to local / cell / free /
// global / name-lookup and numbers the local slots (layout of bc.h).
#ifndef MP_PY_SCOPE_H
#define MP_PY_SCOPE_H

#include "parse.h"

typedef enum {
    SCOPE_MODULE,
    SCOPE_CLASS,
    SCOPE_FUNCTION,
    SCOPE_LAMBDA,
    SCOPE_COMP,
} scope_kind_t;

// What the source does with a name in a scope.
#define SYM_DEF_LOCAL (0x0001)     // bound (assigned, imported, def, for target...)
#define SYM_DEF_PARAM (0x0002)
#define SYM_DEF_GLOBAL (0x0004)    // declared global (or walrus from a module-level comprehension)
#define SYM_DEF_NONLOCAL (0x0008)  // declared nonlocal (or walrus from a comprehension)
#define SYM_USE (0x0010)
#define SYM_COMP_ITER (0x0020)     // iteration variable of a comprehension
#define SYM_CLASS_CELL (0x0040)    // the implicit __class__ cell of a class body
#define SYM_IMPLICIT (0x0080)      // walrus-induced declaration (no "declared" errors)

// How a name is accessed after resolution.
typedef enum {
    SK_NAME,             // module/class namespace dict (*_NAME ops)
    SK_GLOBAL_EXPLICIT,  // *_GLOBAL ops
    SK_GLOBAL_IMPLICIT,  // *_GLOBAL ops
    SK_LOCAL,            // *_FAST
    SK_CELL,             // *_DEREF on an own cell
    SK_FREE,             // *_DEREF on a closure cell (LOAD_CLASSDEREF in a class body)
} sym_kind_t;

typedef struct _symbol_t {
    qstr name;
    uint16_t flags;
    uint8_t kind;        // sym_kind_t
    uint8_t free_class;  // class body: also passed through as a free variable
    uint16_t slot;
    pn_t *decl;          // the global/nonlocal declaration (for error locations)
} symbol_t;

typedef struct _scope_t scope_t;
struct _scope_t {
    scope_kind_t kind;
    scope_t *parent;
    pn_t *node;
    qstr name;
    uint8_t comp_kind;      // pn kind of a comprehension
    bool is_async;          // async def / async comprehension
    bool has_yield;
    bool has_await;
    bool has_return_value;
    bool needs_class_cell;  // class body providing __class__
    symbol_t *syms;
    size_t n_syms, alloc_syms;
    scope_t **children;
    size_t n_children, alloc_children;
    // parameters (functions/lambdas/comprehensions)
    uint16_t n_params;      // symbols [0, n_params) are the parameters in slot order
    uint16_t n_pos, n_posonly, n_kwonly;
    uint16_t code_flags;    // VARARGS / VARKW
    // slots (after mp_scope_assign_slots)
    uint16_t n_locals, n_free, n_cells;
    qstr *local_names;
    uint16_t *cell_slots;
    uint16_t class_cell_slot;
};

scope_t *mp_scope_new(scope_kind_t kind, scope_t *parent, pn_t *node, qstr name);
symbol_t *mp_scope_lookup(scope_t *s, qstr name);
// Symbol-table pass over a top-level block (or an eval expression) in the
// module scope; creates child scopes, stored in the nodes' `scope` field.
void mp_scope_collect(mp_parser_t *p, scope_t *module, pn_t *node, bool is_expr);
// Resolve the names of all children of the module scope.
void mp_scope_analyze(mp_parser_t *p, scope_t *module);
// Number the slots of a (resolved) function/class/comprehension scope.
void mp_scope_assign_slots(scope_t *s);

#endif
