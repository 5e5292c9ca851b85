// compile.c: the compiler. Drives the parser one top-level statement at a
// time, runs the symbol-table pass (scope.c) over it, and generates bytecode
// (emitbc.c) following the conventions of bc.h. Nested functions, classes,
// lambdas and comprehensions become code objects stored in the constants of
// the enclosing code.
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "compile.h"
#include "parse.h"
#include "scope.h"
#include "emitbc.h"

typedef struct _loop_t {
    size_t break_label;     // after the loop (stack without the loop's values)
    size_t cont_label;
    size_t popbreak_label;  // for-loops: pops the iterator then goes to break_label
    bool popbreak_used;
    bool is_for;            // the iterator is on the stack
    int blocks;             // block depth of the loop body
    int depth;              // stack depth in the loop body
    int finally_handlers;   // finally-handler nesting at the loop
} loop_t;

typedef struct _const_def_t {
    qstr name;
    mp_obj_t value;
} const_def_t;

typedef struct _compiler_t {
    mp_parser_t parser;
    qstr filename;
    mp_parse_input_kind_t input_kind;
    scope_t *module_scope;
    scope_t *scope;
    emit_t *e;
    loop_t *loops;
    size_t n_loops, alloc_loops;
    int blocks, max_blocks;
    int finally_handlers;   // finally handler bodies being compiled (with no escape block)
    const_def_t *consts;
    size_t n_consts, alloc_consts;
    bool first_stmt;        // for module docstrings
    // the source (possibly a normalised copy), kept reachable
    const char *src;
    size_t src_len;
} compiler_t;

static void compile_expr(compiler_t *c, pn_t *n);
static void compile_stmt(compiler_t *c, pn_t *n);
static void compile_block(compiler_t *c, pn_t *blk);
static void compile_stmts(compiler_t *c, pn_t *blk, size_t start);
static void compile_store(compiler_t *c, pn_t *t);
static void compile_jump_if(compiler_t *c, pn_t *n, bool jump_if, size_t label);
static mp_obj_t const_eval(compiler_t *c, pn_t *n);

#define E (c->e)

// ---------------------------------------------------------------------------
// Errors

static MP_NORETURN void cerror(compiler_t *c, const pn_t *n, const char *fmt, ...) {
    char buf[200], text[MP_TEXT_MAX_LEN];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof(buf), mp_text_cstr(fmt, text, sizeof(text)), ap);
    va_end(ap);
    mp_syntax_error_raise(&mp_type_SyntaxError, c->filename, (const byte *)c->src, c->src_len,
        n ? n->line : 1, n ? n->col : 1, buf);
}

static void emit_error_cb(void *ctx, const char *msg) {
    compiler_t *c = ctx;
    cerror(c, c->scope ? c->scope->node : NULL, "%s", msg);
}

// ---------------------------------------------------------------------------
// Blocks

static void block_push(compiler_t *c) {
    c->blocks++;
    if (c->blocks > c->max_blocks) {
        c->max_blocks = c->blocks;
    }
}

static void block_pop(compiler_t *c) {
    c->blocks--;
}

// ---------------------------------------------------------------------------
// Constants

static bool intern_worthy(const char *s, size_t n) {
    if (n <= 1) {
        return n == 0 || (byte)s[0] < 0x80;
    }
    if (n > 40) {
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        char ch = s[i];
        if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_')) {
            return false;
        }
    }
    return true;
}

static void emit_small_int(compiler_t *c, mp_int_t v) {
    mp_emit_op(E, MP_BC_LOAD_CONST_SMALL_INT, 1);
    mp_emit_sint(E, v);
}

static void emit_const(compiler_t *c, mp_obj_t o) {
    if (o == mp_const_none) {
        mp_emit_op0(E, MP_BC_LOAD_CONST_NONE, 1);
    } else if (o == mp_const_true) {
        mp_emit_op0(E, MP_BC_LOAD_CONST_TRUE, 1);
    } else if (o == mp_const_false) {
        mp_emit_op0(E, MP_BC_LOAD_CONST_FALSE, 1);
    } else if (o == mp_const_ellipsis) {
        mp_emit_op0(E, MP_BC_LOAD_CONST_ELLIPSIS, 1);
    } else if (mp_obj_is_small_int(o)) {
        emit_small_int(c, mp_small_int_value(o));
    } else if (mp_obj_is_qstr(o)) {
        mp_emit_op_u(E, MP_BC_LOAD_CONST_STR, mp_obj_qstr_value(o), 1);
    } else if (mp_obj_is_obj(o) && mp_obj_get_type(o) == &mp_type_str) {
        size_t len;
        const char *s = mp_obj_str_get_data(o, &len);
        if (intern_worthy(s, len)) {
            mp_emit_op_u(E, MP_BC_LOAD_CONST_STR, len == 0 ? MP_QSTR_ : qstr_from_strn(s, len), 1);
        } else {
            mp_emit_load_const_obj(E, o);
        }
    } else {
        mp_emit_load_const_obj(E, o);
    }
}

static void emit_qstr_const(compiler_t *c, qstr q) {
    mp_emit_op_u(E, MP_BC_LOAD_CONST_STR, q, 1);
}

// Call with n positional arguments (and no keywords) on the stack.
static void emit_call(compiler_t *c, size_t n) {
    mp_emit_op_u(E, MP_BC_CALL_FUNCTION, n, -(int)n);
    mp_emit_uint(E, 0);
}

// `await x` / `yield from x` with x on the stack: get_op (GET_AWAITABLE or
// GET_ITER) then delegate to it, sending None first.
static void emit_yield_from(compiler_t *c, mp_bc_opcode_t get_op) {
    mp_emit_op0(E, get_op, 0);
    mp_emit_op0(E, MP_BC_LOAD_CONST_NONE, 1);
    mp_emit_op0(E, MP_BC_YIELD_FROM, -1);
}

// The right operand n->b and the binary operation n->op (of a BINOP or an
// AUGASSIGN node), the left operand being on the stack.
static void compile_rhs_op(compiler_t *c, pn_t *n) {
    compile_expr(c, n->b);
    mp_emit_set_line(E, n->line);
    mp_emit_op_b(E, MP_BC_BINARY_OP, n->op, -1);
}

static bool const_truth(mp_obj_t o, bool *truth) {
    if (o == mp_const_none || o == mp_const_false) {
        *truth = false;
    } else if (o == mp_const_true || o == mp_const_ellipsis) {
        *truth = true;
    } else if (mp_obj_is_small_int(o)) {
        *truth = mp_small_int_value(o) != 0;
    } else if (mp_obj_is_float(o)) {
        *truth = mp_obj_float_value(o) != 0.0;
    } else if (mp_obj_is_qstr(o) || (mp_obj_is_obj(o) && (mp_obj_get_type(o) == &mp_type_str || mp_obj_get_type(o) == &mp_type_bytes))) {
        size_t len;
        mp_obj_str_get_data(o, &len);
        *truth = len != 0;
    } else if (mp_obj_is_obj(o) && mp_obj_get_type(o) == &mp_type_int) {
        *truth = true;  // big ints are never zero
    } else {
        return false;
    }
    return true;
}

// ---------------------------------------------------------------------------
// Names

static const_def_t *find_const(compiler_t *c, qstr name) {
    for (size_t i = 0; i < c->n_consts; i++) {
        if (c->consts[i].name == name) {
            return &c->consts[i];
        }
    }
    return NULL;
}

// The resolved kind of a name in the current scope.
static sym_kind_t name_kind(compiler_t *c, qstr name, symbol_t **sym_out) {
    scope_t *s = c->scope;
    symbol_t *sym = mp_scope_lookup(s, name);
    *sym_out = sym;
    if (sym == NULL) {
        return (s->kind == SCOPE_MODULE || s->kind == SCOPE_CLASS) ? SK_NAME : SK_GLOBAL_IMPLICIT;
    }
    if (sym->flags & SYM_CLASS_CELL) {
        return SK_NAME;
    }
    if (s->kind == SCOPE_MODULE) {
        return (sym->flags & SYM_DEF_GLOBAL) ? SK_GLOBAL_EXPLICIT : SK_NAME;
    }
    return sym->kind;
}

// Whether a load of `name` here refers to a module global (for const()).
static bool name_is_global(compiler_t *c, qstr name) {
    symbol_t *sym;
    sym_kind_t k = name_kind(c, name, &sym);
    if (k == SK_GLOBAL_EXPLICIT || k == SK_GLOBAL_IMPLICIT) {
        return true;
    }
    if (k == SK_NAME) {
        return c->scope->kind == SCOPE_MODULE || sym == NULL || !(sym->flags & SYM_DEF_LOCAL);
    }
    return false;
}

enum { NAME_LOAD, NAME_STORE, NAME_DELETE };

static void emit_name(compiler_t *c, qstr name, int action) {
    symbol_t *sym;
    sym_kind_t k = name_kind(c, name, &sym);
    static const uint8_t name_ops[3] = {MP_BC_LOAD_NAME, MP_BC_STORE_NAME, MP_BC_DELETE_NAME};
    static const uint8_t global_ops[3] = {MP_BC_LOAD_GLOBAL, MP_BC_STORE_GLOBAL, MP_BC_DELETE_GLOBAL};
    static const uint8_t fast_ops[3] = {MP_BC_LOAD_FAST, MP_BC_STORE_FAST, MP_BC_DELETE_FAST};
    static const uint8_t deref_ops[3] = {MP_BC_LOAD_DEREF, MP_BC_STORE_DEREF, MP_BC_DELETE_DEREF};
    static const int8_t deltas[3] = {1, -1, 0};
    int delta = deltas[action];
    if (action == NAME_LOAD && c->n_consts > 0 && name_is_global(c, name)) {
        const_def_t *cd = find_const(c, name);
        if (cd) {
            emit_const(c, cd->value);
            return;
        }
    }
    switch (k) {
        case SK_NAME:
            mp_emit_op_u(E, name_ops[action], name, delta);
            break;
        case SK_GLOBAL_EXPLICIT:
        case SK_GLOBAL_IMPLICIT:
            mp_emit_op_u(E, global_ops[action], name, delta);
            break;
        case SK_LOCAL:
            mp_emit_op_u(E, fast_ops[action], sym->slot, delta);
            break;
        case SK_CELL:
            mp_emit_op_u(E, deref_ops[action], sym->slot, delta);
            break;
        case SK_FREE:
            if (action == NAME_LOAD && c->scope->kind == SCOPE_CLASS) {
                mp_emit_op_u(E, MP_BC_LOAD_CLASSDEREF, sym->slot, 1);
                mp_emit_uint(E, name);
            } else {
                mp_emit_op_u(E, deref_ops[action], sym->slot, delta);
            }
            break;
    }
}

// ---------------------------------------------------------------------------
// Constant evaluation (const() and folding with const names)

static mp_obj_t const_eval(compiler_t *c, pn_t *n) {
    if (n->flags & PNF_NOFOLD) {
        return MP_OBJ_NULL;
    }
    mp_stack_check();
    mp_obj_t r = MP_OBJ_NULL;
    switch (n->kind) {
        case PN_CONST:
            return n->val;
        case PN_NAME:
            if (n->id == MP_QSTR___debug__) {
                return mp_obj_new_bool(MP_STATE(opt_level) == 0);
            }
            if (c->n_consts > 0 && name_is_global(c, n->id)) {
                const_def_t *cd = find_const(c, n->id);
                if (cd) {
                    return cd->value;
                }
            }
            break;
        case PN_BINOP: {
            mp_obj_t a = const_eval(c, n->a);
            if (a == MP_OBJ_NULL) {
                break;
            }
            mp_obj_t b = const_eval(c, n->b);
            if (b == MP_OBJ_NULL) {
                break;
            }
            r = mp_parse_fold_binop(n->op, a, b);
            break;
        }
        case PN_UNARYOP: {
            if (n->op == MP_UNARY_OP_NOT) {
                break;
            }
            mp_obj_t a = const_eval(c, n->a);
            if (a != MP_OBJ_NULL) {
                r = mp_parse_fold_unop(n->op, a);
            }
            break;
        }
        case PN_TUPLE: {
            if (n->n > 64) {
                break;
            }
            mp_obj_t items[64];
            size_t i;
            for (i = 0; i < n->n; i++) {
                if (n->items[i]->kind == PN_STARRED) {
                    break;
                }
                items[i] = const_eval(c, n->items[i]);
                if (items[i] == MP_OBJ_NULL) {
                    break;
                }
            }
            if (i == n->n) {
                r = mp_obj_new_tuple(n->n, items);
            }
            break;
        }
        case PN_CALL:
            // nested const(x)
            if (n->n == 1 && n->b == NULL && n->items[0]->kind != PN_STARRED
                && ((n->a->kind == PN_NAME && n->a->id == MP_QSTR_const && name_is_global(c, MP_QSTR_const))
                    || (n->a->kind == PN_ATTR && n->a->id == MP_QSTR_const && n->a->a->kind == PN_NAME && n->a->a->id == MP_QSTR_micropython))) {
                r = const_eval(c, n->items[0]);
            }
            break;
        default:
            break;
    }
    if (r == MP_OBJ_NULL) {
        n->flags |= PNF_NOFOLD;
    }
    return r;
}

static bool is_const_call(compiler_t *c, pn_t *n) {
    if (n->kind != PN_CALL || n->n != 1 || n->b != NULL || n->items[0]->kind == PN_STARRED) {
        return false;
    }
    pn_t *f = n->a;
    if (f->kind == PN_NAME && f->id == MP_QSTR_const) {
        return name_is_global(c, MP_QSTR_const);
    }
    return f->kind == PN_ATTR && f->id == MP_QSTR_const && f->a->kind == PN_NAME && f->a->id == MP_QSTR_micropython
           && name_is_global(c, MP_QSTR_micropython);
}

// ---------------------------------------------------------------------------
// Sequences, dicts, calls

#define CHUNK (64)

// Build a tuple/list/set from items that may contain starred elements.
static void compile_sequence(compiler_t *c, pn_kind_t kind, pn_t **items, size_t n) {
    bool has_star = false;
    for (size_t i = 0; i < n; i++) {
        if (items[i]->kind == PN_STARRED) {
            has_star = true;
            break;
        }
    }
    mp_bc_opcode_t build = kind == PN_SET ? MP_BC_BUILD_SET : kind == PN_LIST ? MP_BC_BUILD_LIST : MP_BC_BUILD_TUPLE;
    if (!has_star && n <= CHUNK) {
        for (size_t i = 0; i < n; i++) {
            compile_expr(c, items[i]);
        }
        mp_emit_op_u(E, build, n, 1 - (int)n);
        return;
    }
    // incremental build: a list (or set), extended chunk by chunk
    mp_bc_opcode_t first_build = kind == PN_SET ? MP_BC_BUILD_SET : MP_BC_BUILD_LIST;
    mp_bc_opcode_t extend = kind == PN_SET ? MP_BC_SET_UPDATE : MP_BC_LIST_EXTEND;
    size_t i = 0;
    size_t k = 0;
    while (i < n && k < CHUNK && items[i]->kind != PN_STARRED) {
        compile_expr(c, items[i]);
        i++;
        k++;
    }
    mp_emit_op_u(E, first_build, k, 1 - (int)k);
    while (i < n) {
        if (items[i]->kind == PN_STARRED) {
            compile_expr(c, items[i]->a);
            mp_emit_op_u(E, extend, 1, -1);
            i++;
            continue;
        }
        k = 0;
        while (i < n && k < CHUNK && items[i]->kind != PN_STARRED) {
            compile_expr(c, items[i]);
            i++;
            k++;
        }
        mp_emit_op_u(E, MP_BC_BUILD_LIST, k, 1 - (int)k);
        mp_emit_op_u(E, extend, 1, -1);
    }
    if (kind == PN_TUPLE) {
        mp_emit_op0(E, MP_BC_LIST_TO_TUPLE, 0);
    }
}

static void compile_dict(compiler_t *c, pn_t *n) {
    size_t i = 0;
    size_t k = 0;
    while (i < n->n && k < CHUNK && n->items[i]->a != NULL) {
        compile_expr(c, n->items[i]->a);
        compile_expr(c, n->items[i]->b);
        i++;
        k++;
    }
    mp_emit_op_u(E, MP_BC_BUILD_MAP, k, 1 - 2 * (int)k);
    for (; i < n->n; i++) {
        pn_t *it = n->items[i];
        if (it->a == NULL) {
            compile_expr(c, it->b);
            mp_emit_op_u(E, MP_BC_DICT_UPDATE, 1, -1);
        } else {
            compile_expr(c, it->a);
            compile_expr(c, it->b);
            mp_emit_op_u(E, MP_BC_MAP_ADD, 1, -2);
        }
    }
}

// All-constant tuple items -> a tuple object, else NULL.
static mp_obj_t const_tuple(compiler_t *c, pn_t *n) {
    if (n->n == 0 || n->n > 256) {
        return MP_OBJ_NULL;
    }
    mp_stack_check();
    for (size_t i = 0; i < n->n; i++) {
        pn_t *it = n->items[i];
        if (it->kind == PN_TUPLE && it->val == MP_OBJ_NULL) {
            it->val = const_tuple(c, it);
        }
        if (it->kind != PN_CONST && !(it->kind == PN_TUPLE && it->val != MP_OBJ_NULL)) {
            return MP_OBJ_NULL;
        }
    }
    mp_obj_t t = mp_obj_new_tuple(n->n, NULL);
    mp_obj_tuple_t *tp = MP_OBJ_TO_PTR(t);
    for (size_t i = 0; i < n->n; i++) {
        tp->items[i] = n->items[i]->val;
    }
    return t;
}

// Emit a call. n_pre positional values are already on the stack (after the
// callable, or after meth+self when `method`).
static void compile_call_args(compiler_t *c, size_t n_pre, pn_t **args, size_t n_args, pn_t *kws, bool method, size_t line) {
    size_t first_star = n_args;
    for (size_t i = 0; i < n_args; i++) {
        if (args[i]->kind == PN_STARRED) {
            first_star = i;
            break;
        }
    }
    if (first_star == n_args && n_pre + n_args > 200) {
        first_star = n_pre >= 200 ? 0 : 200 - n_pre;
    }
    for (size_t i = 0; i < first_star; i++) {
        compile_expr(c, args[i]);
    }
    size_t n_pos = n_pre + first_star;
    int flags = 0;
    int n_extra = 0;
    if (first_star < n_args) {
        if (first_star == n_args - 1 && args[first_star]->kind == PN_STARRED) {
            compile_expr(c, args[first_star]->a);
        } else {
            mp_emit_op_u(E, MP_BC_BUILD_LIST, 0, 1);
            for (size_t i = first_star; i < n_args; i++) {
                if (args[i]->kind == PN_STARRED) {
                    compile_expr(c, args[i]->a);
                    mp_emit_op_u(E, MP_BC_LIST_EXTEND, 1, -1);
                } else {
                    compile_expr(c, args[i]);
                    mp_emit_op_u(E, MP_BC_LIST_APPEND, 1, -1);
                }
            }
        }
        flags |= 1;
        n_extra++;
    }
    size_t n_kws = kws ? kws->n : 0;
    size_t n_pairs = 0;
    size_t ki = 0;
    if (!(flags & 1)) {
        while (ki < n_kws && kws->items[ki]->id != 0 && n_pairs < 200) {
            emit_qstr_const(c, kws->items[ki]->id);
            compile_expr(c, kws->items[ki]->a);
            n_pairs++;
            ki++;
        }
    }
    if (ki < n_kws) {
        if (ki == n_kws - 1 && kws->items[ki]->id == 0) {
            compile_expr(c, kws->items[ki]->a);
        } else {
            bool have_dict = false;
            while (ki < n_kws) {
                if (kws->items[ki]->id == 0) {
                    if (!have_dict) {
                        mp_emit_op_u(E, MP_BC_BUILD_MAP, 0, 1);
                        have_dict = true;
                    }
                    compile_expr(c, kws->items[ki]->a);
                    mp_emit_op_u(E, MP_BC_DICT_MERGE, 1, -1);
                    ki++;
                } else {
                    size_t k = 0;
                    while (ki < n_kws && kws->items[ki]->id != 0 && k < CHUNK) {
                        emit_qstr_const(c, kws->items[ki]->id);
                        compile_expr(c, kws->items[ki]->a);
                        ki++;
                        k++;
                    }
                    mp_emit_op_u(E, MP_BC_BUILD_MAP, k, 1 - 2 * (int)k);
                    if (have_dict) {
                        mp_emit_op_u(E, MP_BC_DICT_MERGE, 1, -1);
                    }
                    have_dict = true;
                }
            }
        }
        flags |= 2;
        n_extra++;
    }
    mp_emit_set_line(E, line);
    int popped = (int)(n_pos + 2 * n_pairs) + n_extra + (method ? 2 : 1);
    mp_bc_opcode_t op = method ? (flags ? MP_BC_CALL_METHOD_EX : MP_BC_CALL_METHOD)
        : (flags ? MP_BC_CALL_FUNCTION_EX : MP_BC_CALL_FUNCTION);
    mp_emit_op_u(E, op, n_pos, 1 - popped);
    mp_emit_uint(E, n_pairs);
    if (flags) {
        mp_emit_byte(E, (byte)flags);
    }
}

static bool try_compile_super(compiler_t *c, pn_t *n) {
    if (n->a->kind != PN_NAME || n->a->id != MP_QSTR_super || n->n != 0 || n->b != NULL) {
        return false;
    }
    scope_t *s = c->scope;
    if (s->kind != SCOPE_FUNCTION && s->kind != SCOPE_LAMBDA) {
        return false;
    }
    symbol_t *cls = mp_scope_lookup(s, MP_QSTR___class__);
    if (cls == NULL || cls->kind != SK_FREE) {
        return false;
    }
    symbol_t *sup;
    sym_kind_t k = name_kind(c, MP_QSTR_super, &sup);
    if (k != SK_GLOBAL_IMPLICIT && k != SK_GLOBAL_EXPLICIT) {
        return false;
    }
    if (s->n_pos == 0 && !(s->code_flags & MP_CODE_FLAG_VARARGS)) {
        return false;
    }
    mp_emit_op_u(E, MP_BC_LOAD_GLOBAL, MP_QSTR_super, 1);
    mp_emit_op_u(E, MP_BC_LOAD_DEREF, cls->slot, 1);
    if (s->n_pos > 0) {
        symbol_t *first = &s->syms[0];
        mp_emit_op_u(E, first->kind == SK_CELL ? MP_BC_LOAD_DEREF : MP_BC_LOAD_FAST, first->slot, 1);
    } else {
        // def f(*args): super() uses args[0]
        symbol_t *va = &s->syms[s->n_pos + s->n_kwonly];
        mp_emit_op_u(E, va->kind == SK_CELL ? MP_BC_LOAD_DEREF : MP_BC_LOAD_FAST, va->slot, 1);
        emit_small_int(c, 0);
        mp_emit_op0(E, MP_BC_LOAD_SUBSCR, -1);
    }
    mp_emit_set_line(E, n->line);
    emit_call(c, 2);
    return true;
}

static void compile_call(compiler_t *c, pn_t *n) {
    if (is_const_call(c, n)) {
        mp_obj_t v = const_eval(c, n->items[0]);
        if (v != MP_OBJ_NULL) {
            emit_const(c, v);
            return;
        }
    }
    if (try_compile_super(c, n)) {
        return;
    }
    pn_t *f = n->a;
    if (f->kind == PN_ATTR && !(f->flags & PNF_PARENS)) {
        // like CPython, a method call spanning lines is located at the
        // line of the method name
        size_t line = f->id2 ? f->id2 : f->line;
        compile_expr(c, f->a);
        mp_emit_set_line(E, line);
        mp_emit_op_u(E, MP_BC_LOAD_METHOD, f->id, 1);
        compile_call_args(c, 0, n->items, n->n, n->b, true, line);
    } else {
        compile_expr(c, f);
        compile_call_args(c, 0, n->items, n->n, n->b, false, n->line);
    }
}

// ---------------------------------------------------------------------------
// Functions, classes, comprehensions

static mp_code_t *compile_scope_code(compiler_t *c, scope_t *s);

// Push the closure cells the child needs, return their count.
static size_t emit_closure_cells(compiler_t *c, scope_t *child) {
    scope_t *s = c->scope;
    size_t first = child->n_locals - child->n_free;
    for (size_t i = first; i < child->n_locals; i++) {
        qstr name = child->local_names[i];
        symbol_t *sym = mp_scope_lookup(s, name);
        size_t slot;
        if (sym == NULL) {
            cerror(c, child->node, "internal compiler error: free variable '%s'", qstr_str(name));
        }
        if ((sym->flags & SYM_CLASS_CELL)) {
            slot = s->class_cell_slot;
        } else {
            slot = sym->slot;
        }
        mp_emit_op_u(E, MP_BC_LOAD_CLOSURE, slot, 1);
    }
    return child->n_free;
}

static void emit_make_function(compiler_t *c, scope_t *child, mp_code_t *code, int flags, int n_def_values) {
    size_t idx = mp_emit_add_const(E, MP_OBJ_FROM_PTR(code));
    size_t n_cells = emit_closure_cells(c, child);
    mp_emit_op_u(E, n_cells ? MP_BC_MAKE_CLOSURE : MP_BC_MAKE_FUNCTION, idx, 1 - n_def_values - (int)n_cells);
    mp_emit_byte(E, (byte)flags);
    if (n_cells) {
        mp_emit_uint(E, n_cells);
    }
}

// Function or lambda: pushes the function object (decorators not applied).
static void compile_function_object(compiler_t *c, pn_t *n) {
    pn_t *args = n->a;
    int flags = 0;
    int n_values = 0;
    // positional defaults
    size_t n_def = 0;
    bool all_const = true;
    for (size_t i = 0; i < args->n; i++) {
        pn_t *pa = args->items[i];
        if ((pa->op == PARAM_POSONLY || pa->op == PARAM_NORMAL) && pa->a) {
            n_def++;
            if (pa->a->kind != PN_CONST) {
                all_const = false;
            }
        }
    }
    if (n_def) {
        // a constant tuple when all are constants, else built at run time
        mp_obj_tuple_t *tp = all_const && n_def <= 64 ? MP_OBJ_TO_PTR(mp_obj_new_tuple(n_def, NULL)) : NULL;
        size_t k = 0;
        for (size_t i = 0; i < args->n; i++) {
            pn_t *pa = args->items[i];
            if ((pa->op == PARAM_POSONLY || pa->op == PARAM_NORMAL) && pa->a) {
                if (tp) {
                    tp->items[k] = pa->a->val;
                } else {
                    compile_expr(c, pa->a);
                }
                k++;
            }
        }
        if (tp) {
            mp_emit_load_const_obj(E, MP_OBJ_FROM_PTR(tp));
        } else {
            mp_emit_op_u(E, MP_BC_BUILD_TUPLE, k, 1 - (int)k);
        }
        flags |= 1;
        n_values++;
    }
    size_t n_kwdef = 0;
    for (size_t i = 0; i < args->n; i++) {
        pn_t *pa = args->items[i];
        if (pa->op == PARAM_KWONLY && pa->a) {
            emit_qstr_const(c, pa->id);
            compile_expr(c, pa->a);
            n_kwdef++;
        }
    }
    if (n_kwdef) {
        mp_emit_op_u(E, MP_BC_BUILD_MAP, n_kwdef, 1 - 2 * (int)n_kwdef);
        flags |= 2;
        n_values++;
    }
    scope_t *child = n->scope;
    mp_code_t *code = compile_scope_code(c, child);
    mp_emit_set_line(E, n->line);
    emit_make_function(c, child, code, flags, n_values);
}

static void compile_decorators_apply(compiler_t *c, pn_t *decs) {
    if (decs) {
        for (size_t i = decs->n; i > 0; i--) {
            mp_emit_set_line(E, decs->items[i - 1]->line);
            emit_call(c, 1);
        }
    }
}

static void compile_funcdef(compiler_t *c, pn_t *n) {
    pn_t *decs = n->c;
    if (decs) {
        for (size_t i = 0; i < decs->n; i++) {
            compile_expr(c, decs->items[i]);
        }
    }
    compile_function_object(c, n);
    compile_decorators_apply(c, decs);
    mp_emit_set_line(E, n->line);
    emit_name(c, n->id, NAME_STORE);
}

static void compile_classdef(compiler_t *c, pn_t *n) {
    pn_t *decs = n->c;
    if (decs) {
        for (size_t i = 0; i < decs->n; i++) {
            compile_expr(c, decs->items[i]);
        }
    }
    mp_emit_set_line(E, n->line);
    mp_emit_op0(E, MP_BC_LOAD_BUILD_CLASS, 1);
    scope_t *child = n->scope;
    mp_code_t *code = compile_scope_code(c, child);
    mp_emit_set_line(E, n->line);
    emit_make_function(c, child, code, 0, 0);
    emit_qstr_const(c, child->name);
    if (n->a) {
        compile_call_args(c, 2, n->a->items, n->a->n, n->a->b, false, n->line);
    } else {
        emit_call(c, 2);
    }
    compile_decorators_apply(c, decs);
    mp_emit_set_line(E, n->line);
    emit_name(c, n->id, NAME_STORE);
}

static void compile_comprehension(compiler_t *c, pn_t *n) {
    scope_t *child = n->scope;
    mp_code_t *code = compile_scope_code(c, child);
    emit_make_function(c, child, code, 0, 0);
    pn_t *g0 = n->items[0];
    compile_expr(c, g0->b);
    mp_emit_op0(E, (g0->flags & PNF_ASYNC) ? MP_BC_GET_AITER : MP_BC_GET_ITER, 0);
    mp_emit_set_line(E, n->line);
    emit_call(c, 1);
    if (child->is_async && n->kind != PN_GENEXP) {
        emit_yield_from(c, MP_BC_GET_AWAITABLE);
    }
}

// async iteration step: stack: aiter -> aiter item, or jumps to `done`
// (with aiter popped) when StopAsyncIteration is raised.
static void emit_async_for_head(compiler_t *c, size_t handler) {
    mp_emit_jump(E, MP_BC_SETUP_EXCEPT, handler, 0, 1);
    block_push(c);
    mp_emit_op0(E, MP_BC_GET_ANEXT, 1);
    emit_yield_from(c, MP_BC_GET_AWAITABLE);
    mp_emit_op0(E, MP_BC_POP_BLOCK, 0);
    block_pop(c);
}

// At `handler` (stack: aiter exc): end the loop on StopAsyncIteration
// (leaving the stack without aiter), else re-raise.
static void emit_async_for_tail(compiler_t *c, size_t handler) {
    mp_emit_label(E, handler);
    block_push(c);  // EXCEPT_HANDLER
    size_t stop = mp_emit_new_label(E);
    mp_emit_op0(E, MP_BC_DUP_TOP, 1);
    mp_emit_op_u(E, MP_BC_LOAD_GLOBAL, MP_QSTR_StopAsyncIteration, 1);
    mp_emit_op_b(E, MP_BC_BINARY_OP, MP_BINARY_OP_EXCEPTION_MATCH, -1);
    mp_emit_jump(E, MP_BC_POP_JUMP_IF_TRUE, stop, -1, -1);
    mp_emit_op0(E, MP_BC_END_FINALLY, -1);
    E->unreachable = true;
    mp_emit_label(E, stop);
    mp_emit_op0(E, MP_BC_POP_TOP, -1);
    mp_emit_op0(E, MP_BC_POP_EXCEPT, 0);
    block_pop(c);
    mp_emit_op0(E, MP_BC_POP_TOP, -1);
}

static void compile_comp_gen(compiler_t *c, pn_t *n, size_t i) {
    pn_t *g = n->items[i];
    bool is_async = (g->flags & PNF_ASYNC) != 0;
    if (i == 0) {
        mp_emit_op_u(E, MP_BC_LOAD_FAST, 0, 1);
    } else {
        compile_expr(c, g->b);
        mp_emit_op0(E, is_async ? MP_BC_GET_AITER : MP_BC_GET_ITER, 0);
    }
    size_t top = mp_emit_new_label(E);
    size_t end = mp_emit_new_label(E);
    size_t handler = 0;
    mp_emit_label(E, top);
    mp_emit_set_line(E, g->line);
    if (is_async) {
        handler = mp_emit_new_label(E);
        emit_async_for_head(c, handler);
    } else {
        mp_emit_jump(E, MP_BC_FOR_ITER, end, 1, -1);
    }
    compile_store(c, g->a);
    for (size_t k = 0; k < g->n; k++) {
        compile_jump_if(c, g->items[k], false, top);
    }
    if (i + 1 < n->n) {
        compile_comp_gen(c, n, i + 1);
    } else {
        size_t depth = n->n + 1;
        switch (n->kind) {
            case PN_LISTCOMP:
                compile_expr(c, n->a);
                mp_emit_op_u(E, MP_BC_LIST_APPEND, depth, -1);
                break;
            case PN_SETCOMP:
                compile_expr(c, n->a);
                mp_emit_op_u(E, MP_BC_SET_ADD, depth, -1);
                break;
            case PN_DICTCOMP:
                compile_expr(c, n->a);
                compile_expr(c, n->b);
                mp_emit_op_u(E, MP_BC_MAP_ADD, depth, -2);
                break;
            default:
                compile_expr(c, n->a);
                mp_emit_op0(E, MP_BC_YIELD_VALUE, 0);
                mp_emit_op0(E, MP_BC_POP_TOP, -1);
                break;
        }
    }
    mp_emit_jump(E, MP_BC_JUMP, top, 0, 0);
    if (is_async) {
        emit_async_for_tail(c, handler);
    }
    mp_emit_label(E, end);
}

static void compile_comp_body(compiler_t *c, pn_t *n) {
    switch (n->kind) {
        case PN_LISTCOMP:
            mp_emit_op_u(E, MP_BC_BUILD_LIST, 0, 1);
            break;
        case PN_SETCOMP:
            mp_emit_op_u(E, MP_BC_BUILD_SET, 0, 1);
            break;
        case PN_DICTCOMP:
            mp_emit_op_u(E, MP_BC_BUILD_MAP, 0, 1);
            break;
        default:
            break;
    }
    compile_comp_gen(c, n, 0);
    if (n->kind == PN_GENEXP) {
        mp_emit_op0(E, MP_BC_LOAD_CONST_NONE, 1);
    }
    mp_emit_op0(E, MP_BC_RETURN_VALUE, -1);
}

// qualified name of a class/function scope (for __qualname__)
static void build_qualname(scope_t *s, vstr_t *vs) {
    scope_t *p = s->parent;
    if (p && p->kind != SCOPE_MODULE) {
        build_qualname(p, vs);
        if (p->kind == SCOPE_CLASS) {
            vstr_add_byte(vs, '.');
        } else {
            vstr_add_str(vs, ".<locals>.");
        }
    }
    vstr_add_str(vs, qstr_str(s->name));
}

static bool is_docstring(pn_t *blk) {
    if (blk == NULL || blk->n == 0) {
        return false;
    }
    pn_t *s = blk->items[0];
    return s->kind == PN_EXPR && s->a->kind == PN_CONST && (s->a->flags & PNF_STR);
}

// Module and class bodies: a docstring is stored as __doc__. Returns the
// number of statements consumed (0 or 1).
static size_t store_docstring(compiler_t *c, pn_t *body) {
    if (!is_docstring(body)) {
        return 0;
    }
    mp_emit_set_line(E, body->items[0]->line);
    emit_const(c, body->items[0]->a->val);
    mp_emit_op_u(E, MP_BC_STORE_NAME, MP_QSTR___doc__, -1);
    return 1;
}

static mp_code_t *compile_scope_code(compiler_t *c, scope_t *s) {
    mp_stack_check();
    // save state
    scope_t *saved_scope = c->scope;
    emit_t *saved_e = c->e;
    loop_t *saved_loops = c->loops;
    size_t saved_n_loops = c->n_loops, saved_alloc_loops = c->alloc_loops;
    int saved_blocks = c->blocks, saved_max_blocks = c->max_blocks, saved_fh = c->finally_handlers;

    pn_t *node = s->node;
    c->scope = s;
    c->e = m_new_obj(emit_t);
    mp_emit_init(c->e, node->line);
    c->loops = NULL;
    c->n_loops = 0;
    c->alloc_loops = 0;
    c->blocks = 0;
    c->max_blocks = 0;
    c->finally_handlers = 0;
    mp_scope_assign_slots(s);

    uint16_t flags = s->code_flags;
    switch (s->kind) {
        case SCOPE_FUNCTION: {
            compile_stmts(c, node->b, is_docstring(node->b) ? 1 : 0);
            mp_emit_op0(E, MP_BC_LOAD_CONST_NONE, 1);
            mp_emit_op0(E, MP_BC_RETURN_VALUE, -1);
            break;
        }
        case SCOPE_LAMBDA:
            compile_expr(c, node->b);
            mp_emit_op0(E, MP_BC_RETURN_VALUE, -1);
            break;
        case SCOPE_COMP:
            compile_comp_body(c, node);
            break;
        case SCOPE_CLASS: {
            flags |= MP_CODE_FLAG_CLASS_BODY;
            mp_emit_op_u(E, MP_BC_LOAD_NAME, MP_QSTR___name__, 1);
            mp_emit_op_u(E, MP_BC_STORE_NAME, MP_QSTR___module__, -1);
            vstr_t vs;
            vstr_init(&vs, 32);
            build_qualname(s, &vs);
            emit_qstr_const(c, qstr_from_strn(vs.buf, vs.len));
            mp_emit_op_u(E, MP_BC_STORE_NAME, MP_QSTR___qualname__, -1);
            compile_stmts(c, node->b, store_docstring(c, node->b));
            if (s->needs_class_cell) {
                mp_emit_op_u(E, MP_BC_LOAD_CLOSURE, s->class_cell_slot, 1);
            } else {
                mp_emit_op0(E, MP_BC_LOAD_CONST_NONE, 1);
            }
            mp_emit_op0(E, MP_BC_RETURN_VALUE, -1);
            break;
        }
        default:
            break;
    }
    if (s->kind != SCOPE_CLASS && s->kind != SCOPE_MODULE) {
        if (s->is_async) {
            flags |= s->has_yield || (s->kind == SCOPE_COMP && s->comp_kind == PN_GENEXP) ? MP_CODE_FLAG_ASYNC_GENERATOR : MP_CODE_FLAG_COROUTINE;
        } else if (s->has_yield || (s->kind == SCOPE_COMP && s->comp_kind == PN_GENEXP)) {
            flags |= MP_CODE_FLAG_GENERATOR;
        }
    }

    mp_code_t *code = m_new_obj(mp_code_t);
    code->base.type = &mp_type_code;
    mp_emit_finish(c->e, code, emit_error_cb, c);
    code->name = s->name;
    code->filename = c->filename;
    code->first_line = (uint32_t)node->line;
    code->n_pos_args = s->n_pos;
    code->n_posonly_args = s->n_posonly;
    code->n_kwonly_args = s->n_kwonly;
    code->n_locals = s->n_locals;
    code->n_freevars = s->n_free;
    code->n_cells = s->n_cells;
    code->n_blocks = (uint16_t)c->max_blocks;
    code->flags = flags;
    code->local_names = s->local_names;
    code->cell_slots = s->cell_slots;
    if (s->kind == SCOPE_FUNCTION && is_docstring(node->b) && MP_STATE(opt_level) < 2) {
        code->doc = node->b->items[0]->a->val;
    }

    c->scope = saved_scope;
    c->e = saved_e;
    c->loops = saved_loops;
    c->n_loops = saved_n_loops;
    c->alloc_loops = saved_alloc_loops;
    c->blocks = saved_blocks;
    c->max_blocks = saved_max_blocks;
    c->finally_handlers = saved_fh;
    return code;
}

// ---------------------------------------------------------------------------
// Expressions

static void compile_subscript_index(compiler_t *c, pn_t *idx) {
    if (idx->kind == PN_SLICE) {
        if (idx->a) {
            compile_expr(c, idx->a);
        } else {
            mp_emit_op0(E, MP_BC_LOAD_CONST_NONE, 1);
        }
        if (idx->b) {
            compile_expr(c, idx->b);
        } else {
            mp_emit_op0(E, MP_BC_LOAD_CONST_NONE, 1);
        }
        if (idx->c) {
            compile_expr(c, idx->c);
            mp_emit_op_u(E, MP_BC_BUILD_SLICE, 3, -2);
        } else {
            mp_emit_op_u(E, MP_BC_BUILD_SLICE, 2, -1);
        }
    } else if (idx->kind == PN_TUPLE && !(idx->flags & PNF_PARENS)) {
        bool has_slice = false;
        for (size_t i = 0; i < idx->n; i++) {
            if (idx->items[i]->kind == PN_SLICE) {
                has_slice = true;
            }
        }
        if (!has_slice) {
            compile_expr(c, idx);
            return;
        }
        for (size_t i = 0; i < idx->n; i++) {
            compile_subscript_index(c, idx->items[i]);
        }
        mp_emit_op_u(E, MP_BC_BUILD_TUPLE, idx->n, 1 - (int)idx->n);
    } else {
        compile_expr(c, idx);
    }
}

static void compile_compare(compiler_t *c, pn_t *n) {
    compile_expr(c, n->a);
    if (n->n == 1) {
        compile_expr(c, n->items[0]->a);
        mp_emit_set_line(E, n->line);
        mp_emit_op_b(E, MP_BC_BINARY_OP, n->items[0]->op, -1);
        return;
    }
    size_t cleanup = mp_emit_new_label(E);
    size_t end = mp_emit_new_label(E);
    for (size_t i = 0; i < n->n; i++) {
        compile_expr(c, n->items[i]->a);
        if (i + 1 < n->n) {
            mp_emit_op0(E, MP_BC_DUP_TOP, 1);
            mp_emit_op0(E, MP_BC_ROT_THREE, 0);
            mp_emit_set_line(E, n->line);
            mp_emit_op_b(E, MP_BC_BINARY_OP, n->items[i]->op, -1);
            mp_emit_jump(E, MP_BC_JUMP_IF_FALSE_OR_POP, cleanup, -1, 0);
        } else {
            mp_emit_set_line(E, n->line);
            mp_emit_op_b(E, MP_BC_BINARY_OP, n->items[i]->op, -1);
        }
    }
    mp_emit_jump(E, MP_BC_JUMP, end, 0, 0);
    mp_emit_label(E, cleanup);
    mp_emit_op0(E, MP_BC_ROT_TWO, 0);
    mp_emit_op0(E, MP_BC_POP_TOP, -1);
    mp_emit_label(E, end);
}

static void compile_joinedstr(compiler_t *c, pn_t *n) {
    size_t count = 0;
    for (size_t i = 0; i < n->n; i++) {
        pn_t *part = n->items[i];
        if (part->kind == PN_CONST) {
            emit_const(c, part->val);
        } else {
            compile_expr(c, part->a);
            int flags = part->op == 's' ? 1 : part->op == 'r' ? 2 : part->op == 'a' ? 3 : 0;
            int delta = 0;
            if (part->b) {
                compile_joinedstr(c, part->b);
                flags |= 4;
                delta = -1;
            }
            mp_emit_set_line(E, part->line);
            mp_emit_op_b(E, MP_BC_FORMAT_VALUE, (byte)flags, delta);
        }
        count++;
    }
    if (count == 0) {
        emit_qstr_const(c, MP_QSTR_);
    } else if (count > 1 || n->items[0]->kind == PN_CONST) {
        if (count > 1) {
            mp_emit_op_u(E, MP_BC_BUILD_STRING, count, 1 - (int)count);
        }
    }
}

static void compile_expr(compiler_t *c, pn_t *n) {
    mp_stack_check();
    switch (n->kind) {
        case PN_CONST:
            emit_const(c, n->val);
            break;
        case PN_NAME:
            if (n->id == MP_QSTR___debug__) {
                emit_const(c, mp_obj_new_bool(MP_STATE(opt_level) == 0));
                break;
            }
            mp_emit_set_line(E, n->line);
            emit_name(c, n->id, NAME_LOAD);
            break;
        case PN_JOINEDSTR:
            compile_joinedstr(c, n);
            break;
        case PN_ATTR:
            compile_expr(c, n->a);
            mp_emit_set_line(E, n->id2 ? n->id2 : n->line);
            mp_emit_op_u(E, MP_BC_LOAD_ATTR, n->id, 0);
            break;
        case PN_SUBSCR:
            compile_expr(c, n->a);
            compile_subscript_index(c, n->b);
            mp_emit_set_line(E, n->line);
            mp_emit_op0(E, MP_BC_LOAD_SUBSCR, -1);
            break;
        case PN_SLICE:
            compile_subscript_index(c, n);
            break;
        case PN_CALL:
            compile_call(c, n);
            break;
        case PN_BINOP: {
            if (c->n_consts > 0) {
                mp_obj_t v = const_eval(c, n);
                if (v != MP_OBJ_NULL) {
                    emit_const(c, v);
                    break;
                }
            }
            compile_expr(c, n->a);
            compile_rhs_op(c, n);
            break;
        }
        case PN_UNARYOP:
            if (c->n_consts > 0 && n->op != MP_UNARY_OP_NOT) {
                mp_obj_t v = const_eval(c, n);
                if (v != MP_OBJ_NULL) {
                    emit_const(c, v);
                    break;
                }
            }
            compile_expr(c, n->a);
            mp_emit_set_line(E, n->line);
            mp_emit_op_b(E, MP_BC_UNARY_OP, n->op, 0);
            break;
        case PN_BOOLOP: {
            size_t end = mp_emit_new_label(E);
            mp_bc_opcode_t op = n->op ? MP_BC_JUMP_IF_TRUE_OR_POP : MP_BC_JUMP_IF_FALSE_OR_POP;
            for (size_t i = 0; i < n->n; i++) {
                compile_expr(c, n->items[i]);
                if (i + 1 < n->n) {
                    mp_emit_jump(E, op, end, -1, 0);
                }
            }
            mp_emit_label(E, end);
            break;
        }
        case PN_COMPARE:
            compile_compare(c, n);
            break;
        case PN_IFEXP: {
            size_t l_else = mp_emit_new_label(E);
            size_t end = mp_emit_new_label(E);
            compile_jump_if(c, n->a, false, l_else);
            compile_expr(c, n->b);
            mp_emit_jump(E, MP_BC_JUMP, end, 0, 0);
            mp_emit_label(E, l_else);
            compile_expr(c, n->c);
            mp_emit_label(E, end);
            break;
        }
        case PN_LAMBDA:
            compile_function_object(c, n);
            break;
        case PN_NAMEDEXPR:
            compile_expr(c, n->b);
            mp_emit_op0(E, MP_BC_DUP_TOP, 1);
            emit_name(c, n->a->id, NAME_STORE);
            break;
        case PN_TUPLE: {
            if (n->val == MP_OBJ_NULL) {
                n->val = const_tuple(c, n);
            }
            if (n->val != MP_OBJ_NULL) {
                mp_emit_load_const_obj(E, n->val);
            } else {
                compile_sequence(c, PN_TUPLE, n->items, n->n);
            }
            break;
        }
        case PN_LIST:
        case PN_SET:
            compile_sequence(c, n->kind, n->items, n->n);
            break;
        case PN_DICT:
            compile_dict(c, n);
            break;
        case PN_LISTCOMP:
        case PN_SETCOMP:
        case PN_DICTCOMP:
        case PN_GENEXP:
            compile_comprehension(c, n);
            break;
        case PN_STARRED:
            cerror(c, n, "can't use starred expression here");
        case PN_YIELD:
            if (n->a) {
                compile_expr(c, n->a);
            } else {
                mp_emit_op0(E, MP_BC_LOAD_CONST_NONE, 1);
            }
            mp_emit_set_line(E, n->line);
            mp_emit_op0(E, MP_BC_YIELD_VALUE, 0);
            break;
        case PN_YIELDFROM:
            compile_expr(c, n->a);
            mp_emit_set_line(E, n->line);
            emit_yield_from(c, MP_BC_GET_ITER);
            break;
        case PN_AWAIT:
            compile_expr(c, n->a);
            mp_emit_set_line(E, n->line);
            emit_yield_from(c, MP_BC_GET_AWAITABLE);
            break;
        default:
            cerror(c, n, "invalid syntax");
    }
}

// Conditional jump on the truth of an expression, with short-circuit
// evaluation of and/or/not and folding of constant conditions.
static void compile_jump_if(compiler_t *c, pn_t *n, bool jump_if, size_t label) {
    mp_stack_check();
    if (n->kind == PN_UNARYOP && n->op == MP_UNARY_OP_NOT) {
        compile_jump_if(c, n->a, !jump_if, label);
        return;
    }
    if (n->kind == PN_BOOLOP) {
        bool is_or = n->op != 0;
        if (is_or == jump_if) {
            // or + jump-if-true / and + jump-if-false: any item decides
            for (size_t i = 0; i < n->n; i++) {
                compile_jump_if(c, n->items[i], jump_if, label);
            }
        } else {
            size_t skip = mp_emit_new_label(E);
            for (size_t i = 0; i + 1 < n->n; i++) {
                compile_jump_if(c, n->items[i], !jump_if, skip);
            }
            compile_jump_if(c, n->items[n->n - 1], jump_if, label);
            mp_emit_label(E, skip);
        }
        return;
    }
    if (n->kind == PN_CONST || (n->kind == PN_NAME && n->id == MP_QSTR___debug__) || c->n_consts > 0) {
        mp_obj_t v = (n->kind == PN_CONST || n->kind == PN_NAME || n->kind == PN_BINOP || n->kind == PN_UNARYOP) ? const_eval(c, n) : MP_OBJ_NULL;
        bool truth;
        if (v != MP_OBJ_NULL && const_truth(v, &truth)) {
            if (truth == jump_if) {
                mp_emit_jump(E, MP_BC_JUMP, label, 0, 0);
            }
            return;
        }
    }
    compile_expr(c, n);
    mp_emit_jump(E, jump_if ? MP_BC_POP_JUMP_IF_TRUE : MP_BC_POP_JUMP_IF_FALSE, label, -1, -1);
}

// Truth of a constant condition: 1 true, 0 false, -1 unknown.
static int static_truth(compiler_t *c, pn_t *n) {
    if (n->kind == PN_CONST || (n->kind == PN_NAME && n->id == MP_QSTR___debug__) || (c->n_consts > 0 && (n->kind == PN_NAME || n->kind == PN_BINOP || n->kind == PN_UNARYOP))) {
        mp_obj_t v = const_eval(c, n);
        bool truth;
        if (v != MP_OBJ_NULL && const_truth(v, &truth)) {
            return truth;
        }
    }
    return -1;
}

// ---------------------------------------------------------------------------
// Assignment targets

static void compile_store(compiler_t *c, pn_t *t) {
    switch (t->kind) {
        case PN_NAME:
            emit_name(c, t->id, NAME_STORE);
            break;
        case PN_ATTR:
            compile_expr(c, t->a);
            mp_emit_set_line(E, t->line);
            mp_emit_op_u(E, MP_BC_STORE_ATTR, t->id, -2);
            break;
        case PN_SUBSCR:
            compile_expr(c, t->a);
            compile_subscript_index(c, t->b);
            mp_emit_set_line(E, t->line);
            mp_emit_op0(E, MP_BC_STORE_SUBSCR, -3);
            break;
        case PN_TUPLE:
        case PN_LIST: {
            size_t star = t->n;
            for (size_t i = 0; i < t->n; i++) {
                if (t->items[i]->kind == PN_STARRED) {
                    star = i;
                }
            }
            mp_emit_set_line(E, t->line);
            if (star == t->n) {
                mp_emit_op_u(E, MP_BC_UNPACK_SEQUENCE, t->n, (int)t->n - 1);
            } else {
                size_t after = t->n - 1 - star;
                if (star > 255 || after > 255) {
                    cerror(c, t, "too many expressions in star-unpacking assignment");
                }
                mp_emit_op_u(E, MP_BC_UNPACK_EX, star, (int)t->n - 1);
                mp_emit_uint(E, after);
            }
            for (size_t i = 0; i < t->n; i++) {
                pn_t *it = t->items[i];
                compile_store(c, it->kind == PN_STARRED ? it->a : it);
            }
            break;
        }
        default:
            cerror(c, t, "cannot assign to expression");
    }
}

static void compile_delete(compiler_t *c, pn_t *t) {
    switch (t->kind) {
        case PN_NAME:
            mp_emit_set_line(E, t->line);
            emit_name(c, t->id, NAME_DELETE);
            break;
        case PN_ATTR:
            compile_expr(c, t->a);
            mp_emit_set_line(E, t->line);
            mp_emit_op_u(E, MP_BC_DELETE_ATTR, t->id, -1);
            break;
        case PN_SUBSCR:
            compile_expr(c, t->a);
            compile_subscript_index(c, t->b);
            mp_emit_set_line(E, t->line);
            mp_emit_op0(E, MP_BC_DELETE_SUBSCR, -2);
            break;
        case PN_TUPLE:
        case PN_LIST:
            for (size_t i = 0; i < t->n; i++) {
                compile_delete(c, t->items[i]);
            }
            break;
        default:
            cerror(c, t, "cannot delete expression");
    }
}

// ---------------------------------------------------------------------------
// Statements

static loop_t *push_loop(compiler_t *c, bool is_for) {
    if (c->n_loops >= c->alloc_loops) {
        size_t na = c->alloc_loops ? c->alloc_loops * 2 : 4;
        c->loops = m_renew(loop_t, c->loops, c->alloc_loops, na);
        c->alloc_loops = na;
    }
    loop_t *l = &c->loops[c->n_loops++];
    l->break_label = mp_emit_new_label(E);
    l->cont_label = mp_emit_new_label(E);
    l->popbreak_label = mp_emit_new_label(E);
    l->popbreak_used = false;
    l->is_for = is_for;
    l->blocks = c->blocks;
    l->depth = E->depth;
    l->finally_handlers = c->finally_handlers;
    return l;
}

static void compile_break_continue(compiler_t *c, pn_t *n, bool is_break) {
    if (c->n_loops == 0) {
        cerror(c, n, is_break ? "'break' outside loop" : "'continue' not properly in loop");
    }
    loop_t *l = &c->loops[c->n_loops - 1];
    if (c->finally_handlers > l->finally_handlers) {
        cerror(c, n, "internal compiler error: jump out of finally");
    }
    int n_blocks = c->blocks - l->blocks;
    if (n_blocks > 255) {
        cerror(c, n, "too many nested blocks");
    }
    if (!is_break) {
        if (n_blocks == 0) {
            mp_emit_jump(E, MP_BC_JUMP, l->cont_label, 0, 0);
        } else {
            mp_emit_unwind_jump(E, l->cont_label, n_blocks);
        }
        return;
    }
    if (n_blocks == 0) {
        if (l->is_for) {
            bool live = !E->unreachable;
            mp_emit_op0(E, MP_BC_POP_TOP, -1);
            mp_emit_jump(E, MP_BC_JUMP, l->break_label, 0, 0);
            if (live) {
                E->depth++;  // dead position: keep the body's depth
            }
        } else {
            mp_emit_jump(E, MP_BC_JUMP, l->break_label, 0, 0);
        }
    } else {
        if (l->is_for) {
            l->popbreak_used = true;
            mp_emit_unwind_jump(E, l->popbreak_label, n_blocks);
        } else {
            mp_emit_unwind_jump(E, l->break_label, n_blocks);
        }
    }
}

// Does a finally body contain break/continue that leave it?
static bool has_escaping_jump(pn_t *blk);

static bool stmt_has_escaping_jump(pn_t *s) {
    switch (s->kind) {
        case PN_BREAK:
        case PN_CONTINUE:
            return true;
        case PN_IF:
            return has_escaping_jump(s->b) || (s->c && has_escaping_jump(s->c));
        case PN_WHILE:
            return s->c && has_escaping_jump(s->c);
        case PN_FOR:
            return s->d && has_escaping_jump(s->d);
        case PN_TRY:
            if (has_escaping_jump(s->a) || (s->c && has_escaping_jump(s->c)) || (s->d && has_escaping_jump(s->d))) {
                return true;
            }
            if (s->b) {
                for (size_t i = 0; i < s->b->n; i++) {
                    if (has_escaping_jump(s->b->items[i]->b)) {
                        return true;
                    }
                }
            }
            return false;
        case PN_WITH:
            return has_escaping_jump(s->a);
        case PN_BLOCK:
            return has_escaping_jump(s);
        case PN_MATCH:
            for (size_t i = 0; i < s->n; i++) {
                if (has_escaping_jump(s->items[i]->c)) {
                    return true;
                }
            }
            return false;
        default:
            return false;
    }
}

static bool has_escaping_jump(pn_t *blk) {
    for (size_t i = 0; i < blk->n; i++) {
        if (stmt_has_escaping_jump(blk->items[i])) {
            return true;
        }
    }
    return false;
}

// The statements of a block from the start-th one.
static void compile_stmts(compiler_t *c, pn_t *blk, size_t start) {
    for (size_t i = start; i < blk->n; i++) {
        compile_stmt(c, blk->items[i]);
        if (E->unreachable) {
            break;  // the rest is dead code
        }
    }
}

static void compile_block(compiler_t *c, pn_t *blk) {
    compile_stmts(c, blk, 0);
}

static void compile_if(compiler_t *c, pn_t *n) {
    int t = static_truth(c, n->a);
    if (t == 1) {
        compile_block(c, n->b);
        return;
    }
    if (t == 0) {
        if (n->c) {
            compile_block(c, n->c);
        }
        return;
    }
    size_t l_else = mp_emit_new_label(E);
    compile_jump_if(c, n->a, false, l_else);
    compile_block(c, n->b);
    if (n->c) {
        size_t end = mp_emit_new_label(E);
        mp_emit_jump(E, MP_BC_JUMP, end, 0, 0);
        mp_emit_label(E, l_else);
        compile_block(c, n->c);
        mp_emit_label(E, end);
    } else {
        mp_emit_label(E, l_else);
    }
}

static void compile_while(compiler_t *c, pn_t *n) {
    int t = static_truth(c, n->a);
    if (t == 0) {
        if (n->c) {
            compile_block(c, n->c);
        }
        return;
    }
    loop_t *l = push_loop(c, false);
    size_t brk = l->break_label, cont = l->cont_label;
    int loop_depth = l->depth;
    if (t == 1) {
        mp_emit_label(E, cont);
        compile_block(c, n->b);
        mp_emit_set_line(E, n->line);
        mp_emit_jump(E, MP_BC_JUMP, cont, 0, 0);
        c->n_loops--;
        mp_emit_label_set_depth(E, brk, loop_depth);
        mp_emit_label(E, brk);
        return;
    }
    size_t body = mp_emit_new_label(E);
    mp_emit_jump(E, MP_BC_JUMP, cont, 0, 0);
    mp_emit_label(E, body);
    compile_block(c, n->b);
    mp_emit_label(E, cont);
    mp_emit_set_line(E, n->a->line);
    compile_jump_if(c, n->a, true, body);
    c->n_loops--;
    if (n->c) {
        compile_block(c, n->c);
    }
    mp_emit_label_set_depth(E, brk, loop_depth);
    mp_emit_label(E, brk);
}

static void compile_for(compiler_t *c, pn_t *n) {
    bool is_async = (n->flags & PNF_ASYNC) != 0;
    compile_expr(c, n->b);
    mp_emit_set_line(E, n->line);
    mp_emit_op0(E, is_async ? MP_BC_GET_AITER : MP_BC_GET_ITER, 0);
    loop_t *l = push_loop(c, true);
    size_t cont = l->cont_label;
    int loop_depth = l->depth;
    size_t exhausted = mp_emit_new_label(E);
    size_t handler = 0;
    mp_emit_label(E, cont);
    mp_emit_set_line(E, n->line);
    if (is_async) {
        handler = mp_emit_new_label(E);
        emit_async_for_head(c, handler);
    } else {
        mp_emit_jump(E, MP_BC_FOR_ITER, exhausted, 1, -1);
    }
    compile_store(c, n->a);
    compile_block(c, n->c);
    mp_emit_set_line(E, n->line);
    mp_emit_jump(E, MP_BC_JUMP, cont, 0, 0);
    if (is_async) {
        emit_async_for_tail(c, handler);
    }
    mp_emit_label_set_depth(E, exhausted, loop_depth - 1);
    mp_emit_label(E, exhausted);
    c->n_loops--;
    loop_t *lp = &c->loops[c->n_loops];
    size_t brk = lp->break_label;
    bool popbreak = lp->popbreak_used;
    size_t pb = lp->popbreak_label;
    if (n->d) {
        compile_block(c, n->d);
    }
    if (popbreak) {
        mp_emit_jump(E, MP_BC_JUMP, brk, 0, 0);
        mp_emit_label_set_depth(E, pb, loop_depth);
        mp_emit_label(E, pb);
        mp_emit_op0(E, MP_BC_POP_TOP, -1);
    }
    mp_emit_label_set_depth(E, brk, loop_depth - 1);
    mp_emit_label(E, brk);
}

// The except clauses of a try statement, starting at the handler label
// (stack: exc on top, EXCEPT_HANDLER block active). Jumps to `end` after a
// handled exception.
static void compile_handlers(compiler_t *c, pn_t *handlers, size_t end) {
    for (size_t i = 0; i < handlers->n; i++) {
        pn_t *h = handlers->items[i];
        mp_emit_set_line(E, h->line);
        size_t next_h = 0;
        if (h->a) {
            next_h = mp_emit_new_label(E);
            mp_emit_op0(E, MP_BC_DUP_TOP, 1);
            compile_expr(c, h->a);
            mp_emit_set_line(E, h->line);
            mp_emit_op_b(E, MP_BC_BINARY_OP, MP_BINARY_OP_EXCEPTION_MATCH, -1);
            mp_emit_jump(E, MP_BC_POP_JUMP_IF_FALSE, next_h, -1, -1);
        }
        if (h->id) {
            emit_name(c, h->id, NAME_STORE);
        } else {
            mp_emit_op0(E, MP_BC_POP_TOP, -1);
        }
        compile_block(c, h->b);
        mp_emit_set_line(E, h->line);
        mp_emit_op0(E, MP_BC_POP_EXCEPT, 0);
        if (h->id) {
            // like CPython: the name is unbound at the end of the clause
            mp_emit_op0(E, MP_BC_LOAD_CONST_NONE, 1);
            emit_name(c, h->id, NAME_STORE);
            emit_name(c, h->id, NAME_DELETE);
        }
        mp_emit_jump(E, MP_BC_JUMP, end, 0, 0);
        if (h->a) {
            mp_emit_label(E, next_h);
        } else {
            break;
        }
    }
    pn_t *last = handlers->items[handlers->n - 1];
    if (last->a != NULL) {
        // no clause matched: re-raise
        mp_emit_op0(E, MP_BC_END_FINALLY, -1);
        E->unreachable = true;
    }
}

// End of a protected body whose FINALLY-type block was set up at stack
// `depth`: pop the block, push None (the "no exception" marker) and place
// the handler, which starts with that marker on the stack. `extra` counts
// the values a handler may hold below the tracked stack (see emit_t.extra).
static void enter_finally(compiler_t *c, size_t handler, int depth, int extra) {
    mp_emit_op0(E, MP_BC_POP_BLOCK, 0);
    mp_emit_op0(E, MP_BC_LOAD_CONST_NONE, 1);
    block_pop(c);
    E->extra += extra;
    mp_emit_label_set_depth(E, handler, depth + 1);
    mp_emit_label(E, handler);
}

static void compile_try_except(compiler_t *c, pn_t *n) {
    size_t handler = mp_emit_new_label(E);
    size_t end = mp_emit_new_label(E);
    int depth = E->depth;
    mp_emit_jump(E, MP_BC_SETUP_EXCEPT, handler, 0, 1);
    block_push(c);
    compile_block(c, n->a);
    mp_emit_op0(E, MP_BC_POP_BLOCK, 0);
    block_pop(c);
    if (n->c) {
        compile_block(c, n->c);
    }
    mp_emit_jump(E, MP_BC_JUMP, end, 0, 0);
    mp_emit_label_set_depth(E, handler, depth + 1);
    mp_emit_label(E, handler);
    block_push(c);  // EXCEPT_HANDLER
    compile_handlers(c, n->b, end);
    block_pop(c);
    mp_emit_label_set_depth(E, end, depth);
    mp_emit_label(E, end);
}

static void compile_try_finally(compiler_t *c, pn_t *n) {
    bool escape = has_escaping_jump(n->d);
    size_t escape_handler = 0;
    int depth = E->depth;
    if (escape) {
        // an outer FINALLY block whose handler just resumes (END_FINALLY):
        // break/continue in the finally body unwind through it, which
        // drops the values the finally handler has on the stack
        escape_handler = mp_emit_new_label(E);
        mp_emit_jump(E, MP_BC_SETUP_FINALLY, escape_handler, 0, 1);
        block_push(c);
    }
    size_t handler = mp_emit_new_label(E);
    mp_emit_jump(E, MP_BC_SETUP_FINALLY, handler, 0, 1);
    block_push(c);
    if (n->b) {
        compile_try_except(c, n);
    } else {
        compile_block(c, n->a);
    }
    enter_finally(c, handler, depth, 1);
    if (!escape) {
        c->finally_handlers++;
    }
    compile_block(c, n->d);
    if (!escape) {
        c->finally_handlers--;
    }
    mp_emit_set_line(E, n->line);
    mp_emit_op0(E, MP_BC_END_FINALLY, -1);
    E->extra--;
    if (escape) {
        enter_finally(c, escape_handler, depth, 0);
        mp_emit_op0(E, MP_BC_END_FINALLY, -1);
    }
}

static void compile_try(compiler_t *c, pn_t *n) {
    if (n->d) {
        compile_try_finally(c, n);
    } else {
        compile_try_except(c, n);
    }
}

static void compile_with_items(compiler_t *c, pn_t *n, size_t i) {
    pn_t *item = n->items[i];
    bool is_async = (n->flags & PNF_ASYNC) != 0;
    compile_expr(c, item->a);
    mp_emit_set_line(E, n->line);
    size_t cleanup = mp_emit_new_label(E);
    int depth = E->depth;  // includes the manager
    if (is_async) {
        mp_emit_op0(E, MP_BC_DUP_TOP, 1);
        mp_emit_op_u(E, MP_BC_LOAD_ATTR, MP_QSTR___aexit__, 0);
        mp_emit_op0(E, MP_BC_ROT_TWO, 0);
        mp_emit_op_u(E, MP_BC_LOAD_METHOD, MP_QSTR___aenter__, 1);
        mp_emit_op_u(E, MP_BC_CALL_METHOD, 0, -1);
        mp_emit_uint(E, 0);
        emit_yield_from(c, MP_BC_GET_AWAITABLE);
        if (item->b) {
            compile_store(c, item->b);
        } else {
            mp_emit_op0(E, MP_BC_POP_TOP, -1);
        }
        mp_emit_jump(E, MP_BC_SETUP_FINALLY, cleanup, 0, 1);
    } else {
        mp_emit_jump(E, MP_BC_SETUP_WITH, cleanup, 1, 1);
        if (item->b) {
            compile_store(c, item->b);
        } else {
            mp_emit_op0(E, MP_BC_POP_TOP, -1);
        }
    }
    block_push(c);
    if (i + 1 < n->n) {
        compile_with_items(c, n, i + 1);
    } else {
        compile_block(c, n->a);
    }
    enter_finally(c, cleanup, depth, 1);
    mp_emit_set_line(E, n->line);
    if (is_async) {
        mp_emit_op0(E, MP_BC_WITH_CLEANUP_ASYNC_START, 0);
        emit_yield_from(c, MP_BC_GET_AWAITABLE);
        mp_emit_op0(E, MP_BC_WITH_CLEANUP_ASYNC_FINISH, -1);
    } else {
        mp_emit_op0(E, MP_BC_WITH_CLEANUP, -1);
    }
    mp_emit_op0(E, MP_BC_END_FINALLY, -1);
    E->extra--;
}

static void compile_import(compiler_t *c, pn_t *n) {
    for (size_t i = 0; i < n->n; i++) {
        pn_t *al = n->items[i];
        emit_small_int(c, 0);
        mp_emit_op0(E, MP_BC_LOAD_CONST_NONE, 1);
        mp_emit_op_u(E, MP_BC_IMPORT_NAME, al->id, -1);
        const char *full = qstr_str(al->id);
        const char *dot = strchr(full, '.');
        if (al->id2) {
            while (dot) {
                const char *start = dot + 1;
                dot = strchr(start, '.');
                size_t len = dot ? (size_t)(dot - start) : strlen(start);
                mp_emit_op_u(E, MP_BC_IMPORT_FROM, qstr_from_strn(start, len), 1);
                mp_emit_op0(E, MP_BC_ROT_TWO, 0);
                mp_emit_op0(E, MP_BC_POP_TOP, -1);
            }
            emit_name(c, al->id2, NAME_STORE);
        } else {
            qstr top = dot ? qstr_from_strn(full, dot - full) : al->id;
            emit_name(c, top, NAME_STORE);
        }
    }
}

static void compile_import_from(compiler_t *c, pn_t *n) {
    if (n->id == MP_QSTR___future__ && n->flags == 0) {
        // future features are all enabled
        // (one string "name\0name\0...\0": smaller than an array of pointers)
        static const char features[] =
            "nested_scopes\0generators\0division\0absolute_import\0with_statement\0"
            "print_function\0unicode_literals\0barry_as_FLUFL\0generator_stop\0annotations\0";
        for (size_t i = 0; i < n->n; i++) {
            const char *f = qstr_str(n->items[i]->id);
            if (strcmp(f, "braces") == 0) {
                cerror(c, n, "not a chance");
            }
            bool known = false;
            for (const char *k = features; *k; k += strlen(k) + 1) {
                if (strcmp(f, k) == 0) {
                    known = true;
                }
            }
            if (!known) {
                cerror(c, n, "future feature %s is not defined", f);
            }
        }
        return;
    }
    emit_small_int(c, n->flags);
    mp_obj_t names = mp_obj_new_tuple(n->n, NULL);
    mp_obj_tuple_t *t = MP_OBJ_TO_PTR(names);
    for (size_t i = 0; i < n->n; i++) {
        t->items[i] = MP_OBJ_NEW_QSTR(n->items[i]->id);
    }
    mp_emit_load_const_obj(E, names);
    mp_emit_op_u(E, MP_BC_IMPORT_NAME, n->id ? n->id : MP_QSTR_, -1);
    if (n->n == 1 && n->items[0]->id == MP_QSTR__star_) {
        mp_emit_op0(E, MP_BC_IMPORT_STAR, -1);
        return;
    }
    for (size_t i = 0; i < n->n; i++) {
        pn_t *al = n->items[i];
        mp_emit_op_u(E, MP_BC_IMPORT_FROM, al->id, 1);
        emit_name(c, al->id2 ? al->id2 : al->id, NAME_STORE);
    }
    mp_emit_op0(E, MP_BC_POP_TOP, -1);
}

static void compile_assign(compiler_t *c, pn_t *n) {
    pn_t *value = n->a;
    // X = const(expr) at module level
    if (c->scope->kind == SCOPE_MODULE && n->n == 1 && n->items[0]->kind == PN_NAME && is_const_call(c, value)) {
        mp_obj_t v = const_eval(c, value->items[0]);
        if (v != MP_OBJ_NULL) {
            qstr name = n->items[0]->id;
            const_def_t *cd = find_const(c, name);
            if (cd == NULL) {
                if (c->n_consts >= c->alloc_consts) {
                    size_t na = c->alloc_consts ? c->alloc_consts * 2 : 8;
                    c->consts = m_renew(const_def_t, c->consts, c->alloc_consts, na);
                    c->alloc_consts = na;
                }
                cd = &c->consts[c->n_consts++];
                cd->name = name;
            }
            cd->value = v;
            if (qstr_str(name)[0] == '_') {
                return;  // private constant: not stored at all
            }
            emit_const(c, v);
            emit_name(c, name, NAME_STORE);
            return;
        }
    }
    // a, b = b, a (and 3 items) without building a tuple
    if (n->n == 1 && value->kind == PN_TUPLE && (n->items[0]->kind == PN_TUPLE || n->items[0]->kind == PN_LIST)
        && value->n == n->items[0]->n && (value->n == 2 || value->n == 3)) {
        pn_t *t = n->items[0];
        bool simple = true;
        for (size_t i = 0; i < value->n; i++) {
            if (value->items[i]->kind == PN_STARRED || t->items[i]->kind == PN_STARRED) {
                simple = false;
            }
        }
        if (simple) {
            for (size_t i = 0; i < value->n; i++) {
                compile_expr(c, value->items[i]);
            }
            mp_emit_set_line(E, n->line);
            if (value->n == 2) {
                mp_emit_op0(E, MP_BC_ROT_TWO, 0);
            } else {
                mp_emit_op0(E, MP_BC_ROT_THREE, 0);
                mp_emit_op0(E, MP_BC_ROT_TWO, 0);
            }
            for (size_t i = 0; i < value->n; i++) {
                compile_store(c, t->items[i]);
            }
            return;
        }
    }
    compile_expr(c, value);
    for (size_t i = 0; i < n->n; i++) {
        if (i + 1 < n->n) {
            mp_emit_op0(E, MP_BC_DUP_TOP, 1);
        }
        mp_emit_set_line(E, n->line);
        compile_store(c, n->items[i]);
    }
}

static void compile_augassign(compiler_t *c, pn_t *n) {
    pn_t *t = n->a;
    switch (t->kind) {
        case PN_NAME:
            mp_emit_set_line(E, t->line);
            emit_name(c, t->id, NAME_LOAD);
            compile_rhs_op(c, n);
            emit_name(c, t->id, NAME_STORE);
            break;
        case PN_ATTR:
            compile_expr(c, t->a);
            mp_emit_op0(E, MP_BC_DUP_TOP, 1);
            mp_emit_set_line(E, t->line);
            mp_emit_op_u(E, MP_BC_LOAD_ATTR, t->id, 0);
            compile_rhs_op(c, n);
            mp_emit_op0(E, MP_BC_ROT_TWO, 0);
            mp_emit_op_u(E, MP_BC_STORE_ATTR, t->id, -2);
            break;
        case PN_SUBSCR:
            compile_expr(c, t->a);
            compile_subscript_index(c, t->b);
            mp_emit_op0(E, MP_BC_DUP_TOP_TWO, 2);
            mp_emit_set_line(E, t->line);
            mp_emit_op0(E, MP_BC_LOAD_SUBSCR, -1);
            compile_rhs_op(c, n);
            mp_emit_op0(E, MP_BC_ROT_THREE, 0);
            mp_emit_op0(E, MP_BC_STORE_SUBSCR, -3);
            break;
        default:
            cerror(c, t, "illegal expression for augmented assignment");
    }
}

// ---------------------------------------------------------------------------
// match statement. Patterns are compiled with ordinary opcodes plus calls
// of three helper functions (below) that do the structural checks:
// sequence, mapping and class patterns.

static const mp_obj_fun_builtin_t match_seq_obj;
static const mp_obj_fun_builtin_t match_map_obj;
static const mp_obj_fun_builtin_t match_class_obj;

// names bound by a pattern (for the checks CPython makes)
typedef struct {
    qstr *names;
    size_t n, alloc;
} nameset_t;

static void nameset_add(compiler_t *c, nameset_t *ns, qstr q, pn_t *at) {
    for (size_t i = 0; i < ns->n; i++) {
        if (ns->names[i] == q) {
            cerror(c, at, "multiple assignments to name '%s' in pattern", qstr_str(q));
        }
    }
    if (ns->n >= ns->alloc) {
        size_t na = ns->alloc ? ns->alloc * 2 : 8;
        ns->names = m_renew(qstr, ns->names, ns->alloc, na);
        ns->alloc = na;
    }
    ns->names[ns->n++] = q;
}

static void pattern_names(compiler_t *c, pn_t *pat, nameset_t *ns) {
    mp_stack_check();
    switch (pat->kind) {
        case PN_PAT_CAPTURE:
        case PN_PAT_STAR:
            if (pat->id) {
                nameset_add(c, ns, pat->id, pat);
            }
            break;
        case PN_PAT_SEQ:
            for (size_t i = 0; i < pat->n; i++) {
                pattern_names(c, pat->items[i], ns);
            }
            break;
        case PN_PAT_OR: {
            nameset_t first = {NULL, 0, 0};
            for (size_t i = 0; i < pat->n; i++) {
                nameset_t alt = {NULL, 0, 0};
                pattern_names(c, pat->items[i], &alt);
                if (i == 0) {
                    first = alt;
                } else {
                    bool same = alt.n == first.n;
                    for (size_t k = 0; same && k < alt.n; k++) {
                        bool found = false;
                        for (size_t j = 0; j < first.n; j++) {
                            if (first.names[j] == alt.names[k]) {
                                found = true;
                            }
                        }
                        same = found;
                    }
                    if (!same) {
                        cerror(c, pat->items[i], "alternative patterns bind different names");
                    }
                }
            }
            for (size_t k = 0; k < first.n; k++) {
                nameset_add(c, ns, first.names[k], pat);
            }
            break;
        }
        case PN_PAT_MAP:
            for (size_t i = 0; i < pat->n; i++) {
                pattern_names(c, pat->items[i]->b, ns);
            }
            if (pat->id) {
                nameset_add(c, ns, pat->id, pat);
            }
            break;
        case PN_PAT_CLASS:
            for (size_t i = 0; i < pat->n; i++) {
                pattern_names(c, pat->items[i], ns);
            }
            if (pat->b) {
                for (size_t i = 0; i < pat->b->n; i++) {
                    pattern_names(c, pat->b->items[i]->a, ns);
                }
            }
            break;
        case PN_PAT_AS:
            pattern_names(c, pat->a, ns);
            nameset_add(c, ns, pat->id, pat);
            break;
        default:
            break;
    }
}

// An irrefutable pattern (always matches): returns the node that makes it
// so (a capture or wildcard), else NULL.
static pn_t *irrefutable(pn_t *pat) {
    if (pat->kind == PN_PAT_CAPTURE) {
        return pat;
    }
    if (pat->kind == PN_PAT_AS) {
        return irrefutable(pat->a);
    }
    if (pat->kind == PN_PAT_OR) {
        for (size_t i = 0; i < pat->n; i++) {
            pn_t *r = irrefutable(pat->items[i]);
            if (r) {
                return r;
            }
        }
    }
    return NULL;
}

static MP_NORETURN void unreachable_error(compiler_t *c, pn_t *irr) {
    if (irr->kind == PN_PAT_CAPTURE && irr->id) {
        cerror(c, irr, "name capture '%s' makes remaining patterns unreachable", qstr_str(irr->id));
    }
    if (irr->kind == PN_PAT_AS) {
        cerror(c, irr, "name capture '%s' makes remaining patterns unreachable", qstr_str(irr->id));
    }
    cerror(c, irr, "wildcard makes remaining patterns unreachable");
}

// Failure exits that must first drop `n` values: emitted out of line.
typedef struct {
    size_t label;
    size_t n_pop;
} pat_tramp_t;

typedef struct {
    pat_tramp_t *t;
    size_t n, alloc;
} pat_tramps_t;

static size_t tramp_label(compiler_t *c, pat_tramps_t *tr, size_t n_pop, size_t fail, int depth_at_fail) {
    if (n_pop == 0) {
        return fail;
    }
    for (size_t i = 0; i < tr->n; i++) {
        if (tr->t[i].n_pop == n_pop) {
            return tr->t[i].label;
        }
    }
    if (tr->n >= tr->alloc) {
        size_t na = tr->alloc ? tr->alloc * 2 : 4;
        tr->t = m_renew(pat_tramp_t, tr->t, tr->alloc, na);
        tr->alloc = na;
    }
    size_t l = mp_emit_new_label(E);
    mp_emit_label_set_depth(E, l, depth_at_fail + (int)n_pop);
    tr->t[tr->n].label = l;
    tr->t[tr->n].n_pop = n_pop;
    tr->n++;
    return l;
}

static void compile_pattern(compiler_t *c, pn_t *pat, size_t fail);

// After a helper call: stack R (None or a tuple of n values). Unpack and
// match each value against pats (in order), leaving `extra` deepest values
// (already on the stack below the unpacked ones) to the caller.
static void match_unpacked(compiler_t *c, pn_t **pats, size_t n, size_t n_unpack, size_t fail, pat_tramps_t *tr, int base) {
    // base: stack depth with R consumed (the failure depth)
    mp_emit_op0(E, MP_BC_DUP_TOP, 1);
    mp_emit_op0(E, MP_BC_LOAD_CONST_NONE, 1);
    mp_emit_op_b(E, MP_BC_BINARY_OP, MP_BINARY_OP_IS, -1);
    mp_emit_jump(E, MP_BC_POP_JUMP_IF_TRUE, tramp_label(c, tr, 1, fail, base), -1, -1);
    mp_emit_op_u(E, MP_BC_UNPACK_SEQUENCE, n_unpack, (int)n_unpack - 1);
    for (size_t i = 0; i < n; i++) {
        size_t below = n_unpack - i - 1;
        compile_pattern(c, pats[i], tramp_label(c, tr, below, fail, base));
    }
}

// Value on TOS; consumed on success and on failure (jump to `fail`).
// Push a match helper function under the subject (on the stack top).
static void emit_match_helper(compiler_t *c, const mp_obj_fun_builtin_t *helper) {
    mp_emit_load_const_obj(E, MP_OBJ_FROM_PTR(helper));
    mp_emit_op0(E, MP_BC_ROT_TWO, 0);
}

static void compile_pattern(compiler_t *c, pn_t *pat, size_t fail) {
    mp_stack_check();
    int base = E->depth - 1;  // depth once the value is consumed
    pat_tramps_t tr = {NULL, 0, 0};
    mp_emit_set_line(E, pat->line);
    switch (pat->kind) {
        case PN_PAT_CAPTURE:
        case PN_PAT_STAR:
            if (pat->id) {
                emit_name(c, pat->id, NAME_STORE);
            } else {
                mp_emit_op0(E, MP_BC_POP_TOP, -1);
            }
            break;
        case PN_PAT_VALUE:
            compile_expr(c, pat->a);
            mp_emit_set_line(E, pat->line);
            mp_emit_op_b(E, MP_BC_BINARY_OP, pat->op ? MP_BINARY_OP_IS : MP_BINARY_OP_EQUAL, -1);
            mp_emit_jump(E, MP_BC_POP_JUMP_IF_FALSE, fail, -1, -1);
            break;
        case PN_PAT_AS:
            mp_emit_op0(E, MP_BC_DUP_TOP, 1);
            compile_pattern(c, pat->a, tramp_label(c, &tr, 1, fail, base));
            emit_name(c, pat->id, NAME_STORE);
            break;
        case PN_PAT_OR: {
            size_t ok = mp_emit_new_label(E);
            for (size_t i = 0; i + 1 < pat->n; i++) {
                size_t next_alt = mp_emit_new_label(E);
                mp_emit_op0(E, MP_BC_DUP_TOP, 1);
                compile_pattern(c, pat->items[i], next_alt);
                mp_emit_op0(E, MP_BC_POP_TOP, -1);
                mp_emit_jump(E, MP_BC_JUMP, ok, 0, 0);
                mp_emit_label(E, next_alt);
            }
            compile_pattern(c, pat->items[pat->n - 1], fail);
            mp_emit_label(E, ok);
            break;
        }
        case PN_PAT_SEQ: {
            size_t star = pat->n;
            for (size_t i = 0; i < pat->n; i++) {
                if (pat->items[i]->kind == PN_PAT_STAR) {
                    star = i;
                }
            }
            bool has_star = star < pat->n;
            size_t n_fixed = pat->n - (has_star ? 1 : 0);
            emit_match_helper(c, &match_seq_obj);
            emit_small_int(c, (mp_int_t)n_fixed);
            emit_small_int(c, has_star ? (mp_int_t)star : -1);
            emit_call(c, 3);
            // the helper returns the items with the starred ones collected
            // into a list at the star position
            match_unpacked(c, pat->items, pat->n, pat->n, fail, &tr, base);
            break;
        }
        case PN_PAT_MAP: {
            // literal keys must be distinct
            for (size_t i = 0; i < pat->n; i++) {
                pn_t *ki = pat->items[i]->a;
                if (ki->kind != PN_CONST) {
                    continue;
                }
                for (size_t j = 0; j < i; j++) {
                    pn_t *kj = pat->items[j]->a;
                    if (kj->kind == PN_CONST && mp_obj_equal(ki->val, kj->val)
                        && mp_obj_get_type(ki->val) == mp_obj_get_type(kj->val)) {
                        cerror(c, pat, "mapping pattern checks duplicate key (%s)", mp_obj_str_get_str(mp_obj_repr(ki->val)));
                    }
                }
            }
            emit_match_helper(c, &match_map_obj);
            for (size_t i = 0; i < pat->n; i++) {
                compile_expr(c, pat->items[i]->a);
            }
            mp_emit_op_u(E, MP_BC_BUILD_TUPLE, pat->n, 1 - (int)pat->n);
            mp_emit_op0(E, pat->id ? MP_BC_LOAD_CONST_TRUE : MP_BC_LOAD_CONST_FALSE, 1);
            emit_call(c, 3);
            pn_t **pats = m_new(pn_t *, pat->n + 1);
            for (size_t i = 0; i < pat->n; i++) {
                pats[i] = pat->items[i]->b;
            }
            size_t n_unpack = pat->n;
            if (pat->id) {
                pn_t *rest = mp_pn_new(&c->parser, PN_PAT_CAPTURE, pat->line, pat->col);
                rest->id = pat->id;
                pats[n_unpack++] = rest;
            }
            match_unpacked(c, pats, n_unpack, n_unpack, fail, &tr, base);
            break;
        }
        case PN_PAT_CLASS: {
            size_t n_kw = pat->b ? pat->b->n : 0;
            emit_match_helper(c, &match_class_obj);
            compile_expr(c, pat->a);
            emit_small_int(c, pat->n);
            mp_obj_t kws = mp_obj_new_tuple(n_kw, NULL);
            mp_obj_tuple_t *kt = MP_OBJ_TO_PTR(kws);
            for (size_t i = 0; i < n_kw; i++) {
                kt->items[i] = MP_OBJ_NEW_QSTR(pat->b->items[i]->id);
            }
            mp_emit_load_const_obj(E, kws);
            mp_emit_set_line(E, pat->line);
            emit_call(c, 4);
            pn_t **pats = m_new(pn_t *, pat->n + n_kw + 1);
            for (size_t i = 0; i < pat->n; i++) {
                pats[i] = pat->items[i];
            }
            for (size_t i = 0; i < n_kw; i++) {
                pats[pat->n + i] = pat->b->items[i]->a;
            }
            match_unpacked(c, pats, pat->n + n_kw, pat->n + n_kw, fail, &tr, base);
            break;
        }
        default:
            cerror(c, pat, "invalid syntax");
    }
    if (tr.n) {
        // out-of-line failure exits
        size_t done = mp_emit_new_label(E);
        mp_emit_jump(E, MP_BC_JUMP, done, 0, 0);
        for (size_t i = 0; i < tr.n; i++) {
            mp_emit_label(E, tr.t[i].label);
            for (size_t k = 0; k < tr.t[i].n_pop; k++) {
                mp_emit_op0(E, MP_BC_POP_TOP, -1);
            }
            mp_emit_jump(E, MP_BC_JUMP, fail, 0, 0);
        }
        mp_emit_label_set_depth(E, done, base);
        mp_emit_label(E, done);
    }
}

static void compile_match(compiler_t *c, pn_t *n) {
    if (n->n == 0) {
        cerror(c, n, "invalid syntax");
    }
    compile_expr(c, n->a);
    size_t end = mp_emit_new_label(E);
    int depth = E->depth;  // includes the subject
    for (size_t i = 0; i < n->n; i++) {
        pn_t *cs = n->items[i];
        bool last = i + 1 == n->n;
        pn_t *irr = irrefutable(cs->a);
        if (irr && !last && cs->b == NULL) {
            unreachable_error(c, irr);
        }
        if (cs->a->kind == PN_PAT_OR) {
            for (size_t k = 0; k + 1 < cs->a->n; k++) {
                pn_t *r = irrefutable(cs->a->items[k]);
                if (r) {
                    unreachable_error(c, r);
                }
            }
        }
        nameset_t ns = {NULL, 0, 0};
        pattern_names(c, cs->a, &ns);
        size_t fail = mp_emit_new_label(E);
        mp_emit_set_line(E, cs->line);
        if (!last) {
            mp_emit_op0(E, MP_BC_DUP_TOP, 1);
        }
        compile_pattern(c, cs->a, fail);
        if (cs->b) {
            compile_jump_if(c, cs->b, false, fail);
        }
        if (!last) {
            mp_emit_op0(E, MP_BC_POP_TOP, -1);
        }
        compile_block(c, cs->c);
        mp_emit_jump(E, MP_BC_JUMP, end, 0, 0);
        mp_emit_label_set_depth(E, fail, last ? depth - 1 : depth);
        mp_emit_label(E, fail);
    }
    mp_emit_label_set_depth(E, end, depth - 1);
    mp_emit_label(E, end);
}

static void compile_stmt(compiler_t *c, pn_t *n) {
    mp_stack_check();
    mp_emit_set_line(E, n->line);
    switch (n->kind) {
        case PN_EXPR: {
            pn_t *v = n->a;
            bool repl = c->input_kind == MP_PARSE_SINGLE_INPUT && c->scope->kind == SCOPE_MODULE;
            if (v->kind == PN_CONST && !repl) {
                break;  // no effect
            }
            compile_expr(c, v);
            mp_emit_set_line(E, n->line);
            mp_emit_op0(E, repl ? MP_BC_PRINT_EXPR : MP_BC_POP_TOP, -1);
            break;
        }
        case PN_ASSIGN:
            compile_assign(c, n);
            break;
        case PN_AUGASSIGN:
            compile_augassign(c, n);
            break;
        case PN_ANNASSIGN:
            if (n->c) {
                compile_expr(c, n->c);
                mp_emit_set_line(E, n->line);
                compile_store(c, n->a);
            }
            break;
        case PN_DEL:
            for (size_t i = 0; i < n->n; i++) {
                compile_delete(c, n->items[i]);
            }
            break;
        case PN_PASS:
        case PN_GLOBAL:
        case PN_NONLOCAL:
            break;
        case PN_BREAK:
            compile_break_continue(c, n, true);
            break;
        case PN_CONTINUE:
            compile_break_continue(c, n, false);
            break;
        case PN_RETURN:
            if (n->a) {
                compile_expr(c, n->a);
            } else {
                mp_emit_op0(E, MP_BC_LOAD_CONST_NONE, 1);
            }
            mp_emit_set_line(E, n->line);
            mp_emit_op0(E, MP_BC_RETURN_VALUE, -1);
            break;
        case PN_RAISE: {
            int k = 0;
            if (n->a) {
                compile_expr(c, n->a);
                k++;
                if (n->b) {
                    compile_expr(c, n->b);
                    k++;
                }
            }
            mp_emit_set_line(E, n->line);
            mp_emit_op_b(E, MP_BC_RAISE_VARARGS, (byte)k, -k);
            break;
        }
        case PN_ASSERT: {
            if (MP_STATE(opt_level) >= 1) {
                break;
            }
            size_t ok = mp_emit_new_label(E);
            compile_jump_if(c, n->a, true, ok);
            mp_emit_set_line(E, n->line);
            mp_emit_op_u(E, MP_BC_LOAD_GLOBAL, MP_QSTR_AssertionError, 1);
            if (n->b) {
                compile_expr(c, n->b);
                mp_emit_set_line(E, n->line);
                emit_call(c, 1);
            }
            mp_emit_op_b(E, MP_BC_RAISE_VARARGS, 1, -1);
            mp_emit_label(E, ok);
            break;
        }
        case PN_IMPORT:
            compile_import(c, n);
            break;
        case PN_IMPORTFROM:
            compile_import_from(c, n);
            break;
        case PN_IF:
            compile_if(c, n);
            break;
        case PN_WHILE:
            compile_while(c, n);
            break;
        case PN_FOR:
            compile_for(c, n);
            break;
        case PN_TRY:
            compile_try(c, n);
            break;
        case PN_WITH:
            compile_with_items(c, n, 0);
            break;
        case PN_FUNCDEF:
            compile_funcdef(c, n);
            break;
        case PN_CLASSDEF:
            compile_classdef(c, n);
            break;
        case PN_BLOCK:
            compile_block(c, n);
            break;
        case PN_MATCH:
            compile_match(c, n);
            break;
        default:
            cerror(c, n, "invalid syntax");
    }
}

// ---------------------------------------------------------------------------
// Entry point

// Check the source for NUL bytes and invalid UTF-8, skip a BOM, and
// normalise line endings to '\n' (copying only when needed).
static const char *prepare_source(const char *src, size_t *len_io, qstr filename) {
    size_t len = *len_io;
    const byte *s = (const byte *)src;
    if (len >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF) {
        s += 3;
        len -= 3;
    }
    bool has_cr = false;
    size_t line = 1;
    const byte *line_start = s;
    for (size_t i = 0; i < len;) {
        byte b = s[i];
        if (b < 0x80) {
            if (b == 0) {
                mp_syntax_error_raise(&mp_type_SyntaxError, filename, s, len, line, i - (line_start - s) + 1, "source code cannot contain null bytes");
            }
            if (b == '\n') {
                line++;
                line_start = s + i + 1;
            } else if (b == '\r') {
                has_cr = true;
            }
            i++;
            continue;
        }
        size_t n;
        uint32_t cp;
        if ((b & 0xE0) == 0xC0) {
            n = 2;
            cp = b & 0x1F;
        } else if ((b & 0xF0) == 0xE0) {
            n = 3;
            cp = b & 0x0F;
        } else if ((b & 0xF8) == 0xF0) {
            n = 4;
            cp = b & 0x07;
        } else {
            goto bad;
        }
        if (i + n > len) {
            goto bad;
        }
        for (size_t k = 1; k < n; k++) {
            if ((s[i + k] & 0xC0) != 0x80) {
                goto bad;
            }
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if ((n == 2 && cp < 0x80) || (n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF))) {
            goto bad;
        }
        i += n;
        continue;
    bad: {
            char msg[120];
            snprintf(msg, sizeof(msg), "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %u: invalid start byte", b, (unsigned)i);
            mp_syntax_error_raise(&mp_type_SyntaxError, filename, NULL, 0, line, 1, msg);
        }
    }
    if (has_cr) {
        char *out = m_malloc_atomic(len + 1);
        size_t o = 0;
        for (size_t i = 0; i < len; i++) {
            if (s[i] == '\r') {
                out[o++] = '\n';
                if (i + 1 < len && s[i + 1] == '\n') {
                    i++;
                }
            } else {
                out[o++] = s[i];
            }
        }
        out[o] = 0;
        *len_io = o;
        return out;
    }
    *len_io = len;
    return (const char *)s;
}

mp_obj_t mp_compile(const char *src, size_t len, qstr filename, mp_parse_input_kind_t kind, bool dont_inherit) {
    (void)dont_inherit;
    src = prepare_source(src, &len, filename);
    compiler_t *c = m_new_obj(compiler_t);
    c->src = src;
    c->src_len = len;
    c->filename = filename;
    c->input_kind = kind;
    mp_parser_init(&c->parser, src, len, filename, kind);
    scope_t *mod = mp_scope_new(SCOPE_MODULE, NULL, NULL, MP_QSTR__lt_module_gt_);
    c->module_scope = mod;
    c->scope = mod;
    c->e = m_new_obj(emit_t);
    mp_emit_init(c->e, 1);

    if (kind == MP_PARSE_EVAL_INPUT) {
        pn_t *expr = mp_parse_eval(&c->parser);
        mp_scope_collect(&c->parser, mod, expr, true);
        mp_scope_analyze(&c->parser, mod);
        mp_emit_set_line(E, expr->line);
        compile_expr(c, expr);
        mp_emit_op0(E, MP_BC_RETURN_VALUE, -1);
    } else {
        bool first = true;
        for (;;) {
            pn_t *blk = mp_parse_next(&c->parser);
            if (blk == NULL) {
                break;
            }
            if (!first && kind == MP_PARSE_SINGLE_INPUT) {
                cerror(c, blk->n ? blk->items[0] : NULL, "multiple statements found while compiling a single statement");
            }
            mp_scope_collect(&c->parser, mod, blk, false);
            mp_scope_analyze(&c->parser, mod);
            size_t start = first && kind == MP_PARSE_FILE_INPUT ? store_docstring(c, blk) : 0;
            first = false;
            for (size_t i = start; i < blk->n; i++) {
                compile_stmt(c, blk->items[i]);
                if (E->unreachable) {
                    // unreachable module code (cannot happen: no return at
                    // module level) - keep emitting
                    E->unreachable = false;
                }
            }
            // the statement's scopes and AST are no longer needed
            for (size_t i = 0; i < mod->n_children; i++) {
                mod->children[i] = NULL;
            }
            mod->n_children = 0;
        }
        mp_emit_op0(E, MP_BC_LOAD_CONST_NONE, 1);
        mp_emit_op0(E, MP_BC_RETURN_VALUE, -1);
    }

    mp_code_t *code = m_new_obj(mp_code_t);
    code->base.type = &mp_type_code;
    mp_emit_finish(c->e, code, emit_error_cb, c);
    code->name = MP_QSTR__lt_module_gt_;
    code->filename = filename;
    code->first_line = 1;
    code->n_blocks = (uint16_t)c->max_blocks;
    code->flags = MP_CODE_FLAG_MODULE;
    return MP_OBJ_FROM_PTR(code);
}

void mp_compile_dump(mp_obj_t code) {
    mp_bc_print(&mp_plat_print, MP_OBJ_TO_PTR(code));
}

// ---------------------------------------------------------------------------
// Runtime helpers called by compiled match statements.

static bool is_match_sequence(mp_obj_t o) {
    if (!mp_obj_is_obj(o)) {
        return false;  // small ints, floats, interned str
    }
    if (mp_obj_is_instance_of(o, &mp_type_str) || mp_obj_is_instance_of(o, &mp_type_bytes)
        || mp_obj_is_instance_of(o, &mp_type_bytearray)) {
        return false;
    }
    return mp_obj_is_instance_of(o, &mp_type_list) || mp_obj_is_instance_of(o, &mp_type_tuple)
           || mp_obj_is_instance_of(o, &mp_type_range) || mp_obj_is_instance_of(o, &mp_type_memoryview);
}

// match_seq(subject, n_fixed, star_index or -1): None, or a tuple of the
// items with those matched by the star collected into a list.
static mp_obj_t match_seq(mp_obj_t subject, mp_obj_t n_in, mp_obj_t star_in) {
    if (!is_match_sequence(subject)) {
        return mp_const_none;
    }
    mp_int_t n_fixed = mp_small_int_value(n_in);
    mp_int_t star = mp_small_int_value(star_in);
    mp_int_t len = mp_obj_get_int(mp_obj_len(subject));
    if (star < 0 ? len != n_fixed : len < n_fixed) {
        return mp_const_none;
    }
    size_t n_out = n_fixed + (star >= 0 ? 1 : 0);
    mp_obj_t out = mp_obj_new_tuple(n_out, NULL);
    mp_obj_tuple_t *t = MP_OBJ_TO_PTR(out);
    mp_obj_t starred = star >= 0 ? mp_obj_new_list(0, NULL) : MP_OBJ_NULL;
    mp_obj_t it = mp_getiter(subject, NULL);
    mp_int_t after_star = star >= 0 ? n_fixed - star : 0;
    for (mp_int_t i = 0; i < len; i++) {
        mp_obj_t item = mp_iternext(it);
        if (item == MP_OBJ_STOP_ITERATION) {
            return mp_const_none;  // shrank while iterating
        }
        if (star < 0 || i < star) {
            t->items[i] = item;
        } else if (i >= len - after_star) {
            t->items[star + 1 + (i - (len - after_star))] = item;
        } else {
            mp_obj_list_append(starred, item);
        }
    }
    if (star >= 0) {
        t->items[star] = starred;
    }
    return out;
}
static MP_DEFINE_CONST_FUN_OBJ_3(match_seq_obj, match_seq);

// match_map(subject, keys, want_rest): None, or a tuple of the values for
// keys (plus a dict of the other items when want_rest).
static mp_obj_t match_map(mp_obj_t subject, mp_obj_t keys, mp_obj_t want_rest) {
    if (!mp_obj_is_obj(subject) || !mp_obj_is_instance_of(subject, &mp_type_dict)) {
        return mp_const_none;
    }
    mp_obj_t d = mp_obj_get_native(subject, &mp_type_dict);
    mp_map_t *map = mp_obj_dict_get_map(d);
    size_t n;
    mp_obj_t *ks;
    mp_obj_tuple_get(keys, &n, &ks);
    for (size_t i = 0; i < n; i++) {
        for (size_t j = 0; j < i; j++) {
            if (mp_obj_equal(ks[i], ks[j])) {
                mp_raise_msg_varg(&mp_type_ValueError, "mapping pattern checks duplicate key (%s)", mp_obj_str_get_str(mp_obj_repr(ks[i])));
            }
        }
    }
    if (map->filled < n) {
        return mp_const_none;
    }
    bool rest = mp_obj_is_true(want_rest);
    mp_obj_t out = mp_obj_new_tuple(n + (rest ? 1 : 0), NULL);
    mp_obj_tuple_t *t = MP_OBJ_TO_PTR(out);
    for (size_t i = 0; i < n; i++) {
        mp_map_elem_t *e = mp_map_lookup(map, ks[i], MP_MAP_LOOKUP);
        if (e == NULL) {
            return mp_const_none;
        }
        t->items[i] = e->value;
    }
    if (rest) {
        mp_obj_t r = mp_obj_new_dict(0);
        size_t cur = 0;
        mp_map_elem_t *e;
        while ((e = mp_map_next(map, &cur)) != NULL) {
            bool matched = false;
            for (size_t i = 0; i < n; i++) {
                if (mp_obj_equal(e->key, ks[i])) {
                    matched = true;
                    break;
                }
            }
            if (!matched) {
                mp_obj_dict_store(r, e->key, e->value);
            }
        }
        t->items[n] = r;
    }
    return out;
}
static MP_DEFINE_CONST_FUN_OBJ_3(match_map_obj, match_map);

// Builtin types whose single positional sub-pattern matches the subject.
static bool is_self_matching_type(const mp_obj_type_t *t) {
    return t == &mp_type_bool || t == &mp_type_bytearray || t == &mp_type_bytes || t == &mp_type_dict
           || t == &mp_type_float || t == &mp_type_frozenset || t == &mp_type_int || t == &mp_type_list
           || t == &mp_type_set || t == &mp_type_str || t == &mp_type_tuple;
}

// getattr(o, name) or MP_OBJ_NULL when there is no such attribute.
static mp_obj_t getattr_maybe(mp_obj_t o, qstr name) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t v = mp_load_attr(o, name);
        nlr_pop();
        return v;
    }
    mp_obj_t exc = MP_OBJ_FROM_PTR(nlr.ret_val);
    if (mp_obj_is_instance_of(exc, &mp_type_AttributeError)) {
        return MP_OBJ_NULL;
    }
    nlr_raise(exc);
}

// match_class(subject, cls, n_pos, kw_names): None, or a tuple of the
// attribute values for the positional then keyword sub-patterns.
static mp_obj_t match_class(size_t n_args, const mp_obj_t *args) {
    mp_obj_t subject = args[0], cls = args[1];
    size_t n_pos = mp_small_int_value(args[2]);
    size_t n_kw;
    mp_obj_t *kw;
    mp_obj_tuple_get(args[3], &n_kw, &kw);
    if (!mp_obj_is_obj(cls) || !mp_obj_is_instance_of(cls, &mp_type_type)) {
        mp_raise_TypeError("called match pattern must be a type");
    }
    const mp_obj_type_t *type = MP_OBJ_TO_PTR(cls);
    if (!mp_obj_is_instance_of(subject, type)) {
        return mp_const_none;
    }
    mp_obj_t out = mp_obj_new_tuple(n_pos + n_kw, NULL);
    mp_obj_tuple_t *t = MP_OBJ_TO_PTR(out);
    qstr *names = m_new(qstr, n_pos + n_kw + 1);
    size_t first_attr = 0;
    if (n_pos > 0) {
        // a class attribute (looked up in the MRO, as CPython does)
        mp_obj_t ma = mp_type_lookup(type, MP_QSTR___match_args__);
        if (ma == MP_OBJ_NULL) {
            bool self_match = false;
            for (const mp_obj_type_t *b = type; b != NULL; b = b->base_type) {
                if (is_self_matching_type(b)) {
                    self_match = true;
                    break;
                }
            }
            if (self_match && n_pos == 1) {
                t->items[0] = subject;
                first_attr = 1;
            } else {
                mp_raise_msg_varg(&mp_type_TypeError, "%q() accepts %d positional sub-pattern%s (%d given)",
                    type->name, self_match ? 1 : 0, self_match ? "" : "s", (int)n_pos);
            }
        } else {
            if (!mp_obj_is_type(ma, &mp_type_tuple)) {
                mp_raise_msg_varg(&mp_type_TypeError, "%q.__match_args__ must be a tuple (got %s)", type->name, mp_obj_get_type_str(ma));
            }
            size_t n_ma;
            mp_obj_t *ma_items;
            mp_obj_tuple_get(ma, &n_ma, &ma_items);
            if (n_pos > n_ma) {
                mp_raise_msg_varg(&mp_type_TypeError, "%q() accepts %d positional sub-pattern%s (%d given)",
                    type->name, (int)n_ma, n_ma == 1 ? "" : "s", (int)n_pos);
            }
            for (size_t i = 0; i < n_pos; i++) {
                if (!mp_obj_is_str(ma_items[i])) {
                    mp_raise_msg_varg(&mp_type_TypeError, "__match_args__ elements must be strings (got %s)", mp_obj_get_type_str(ma_items[i]));
                }
                names[i] = mp_obj_str_get_qstr(ma_items[i]);
            }
        }
    }
    for (size_t i = 0; i < n_kw; i++) {
        names[n_pos + i] = mp_obj_qstr_value(kw[i]);
    }
    for (size_t i = first_attr; i < n_pos + n_kw; i++) {
        for (size_t j = first_attr; j < i; j++) {
            if (names[i] == names[j]) {
                mp_raise_msg_varg(&mp_type_TypeError, "%q() got multiple sub-patterns for attribute '%q'", type->name, names[i]);
            }
        }
        mp_obj_t v = getattr_maybe(subject, names[i]);
        if (v == MP_OBJ_NULL) {
            return mp_const_none;
        }
        t->items[i] = v;
    }
    return out;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(match_class_obj, 4, 4, match_class);
