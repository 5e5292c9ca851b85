// scope.c: symbol tables and name resolution for the compiler (scope.h).
// Two passes: collect (walk the AST recording bindings, uses and
// declarations per scope, and checking context rules such as 'yield'
// outside a function), then analyze (decide local/cell/free/global for
// every name, propagating free variables up through enclosing scopes).
#include <string.h>
#include "scope.h"
#include "bc.h"

// ---------------------------------------------------------------------------
// Scopes and symbols

scope_t *mp_scope_new(scope_kind_t kind, scope_t *parent, pn_t *node, qstr name) {
    scope_t *s = m_new_obj(scope_t);
    s->kind = kind;
    s->parent = parent;
    s->node = node;
    s->name = name;
    if (parent) {
        if (parent->n_children >= parent->alloc_children) {
            size_t na = parent->alloc_children ? parent->alloc_children * 2 : 4;
            parent->children = m_renew(scope_t *, parent->children, parent->alloc_children, na);
            parent->alloc_children = na;
        }
        parent->children[parent->n_children++] = s;
    }
    if (node) {
        node->scope = s;
    }
    return s;
}

symbol_t *mp_scope_lookup(scope_t *s, qstr name) {
    symbol_t *sym = s->syms;
    for (size_t i = s->n_syms; i > 0; i--, sym++) {
        if (sym->name == name) {
            return sym;
        }
    }
    return NULL;
}

static symbol_t *add_sym(scope_t *s, qstr name, uint16_t flags) {
    symbol_t *sym = mp_scope_lookup(s, name);
    if (sym == NULL) {
        if (s->n_syms >= s->alloc_syms) {
            size_t na = s->alloc_syms ? s->alloc_syms * 2 : 8;
            s->syms = m_renew(symbol_t, s->syms, s->alloc_syms, na);
            s->alloc_syms = na;
        }
        sym = &s->syms[s->n_syms++];
        sym->name = name;
        sym->flags = 0;
        sym->kind = SK_NAME;
        sym->free_class = 0;
        sym->slot = 0xffff;
        sym->decl = NULL;
    }
    sym->flags |= flags;
    return sym;
}

static bool is_function_like(const scope_t *s) {
    return s->kind == SCOPE_FUNCTION || s->kind == SCOPE_LAMBDA || s->kind == SCOPE_COMP;
}

// ---------------------------------------------------------------------------
// Collect

typedef struct {
    mp_parser_t *p;
    scope_t *cur;
    qstr private_name;  // enclosing class name for private-name mangling
} st_t;

// Private name mangling: inside a class, "__x" (not ending in "__")
// becomes "_Class__x".
static qstr mangle(st_t *st, qstr q) {
    if (st->private_name == 0) {
        return q;
    }
    size_t len;
    const char *s = (const char *)qstr_data(q, &len);
    if (len < 3 || s[0] != '_' || s[1] != '_' || (s[len - 1] == '_' && s[len - 2] == '_') || memchr(s, '.', len)) {
        return q;
    }
    size_t clen;
    const char *cls = (const char *)qstr_data(st->private_name, &clen);
    while (clen > 0 && *cls == '_') {
        cls++;
        clen--;
    }
    if (clen == 0) {
        return q;
    }
    vstr_t vs;
    vstr_init(&vs, 1 + clen + len);
    vstr_add_byte(&vs, '_');
    vstr_add_strn(&vs, cls, clen);
    vstr_add_strn(&vs, s, len);
    return qstr_from_strn(vs.buf, vs.len);
}

static void st_expr(st_t *st, pn_t *n);
static void st_block(st_t *st, pn_t *blk);

static void st_bind(st_t *st, qstr name, pn_t *at) {
    scope_t *s = st->cur;
    if (s->kind == SCOPE_MODULE) {
        return;  // module names are globals: nothing to record
    }
    add_sym(s, name, SYM_DEF_LOCAL);
}

static void mangle_node(st_t *st, pn_t *n) {
    n->id = mangle(st, n->id);
}

// A node binding its (mangled) name: a target, def, class, except-as...
static void bind_node(st_t *st, pn_t *n) {
    mangle_node(st, n);
    st_bind(st, n->id, n);
}

static void st_use(st_t *st, qstr name) {
    scope_t *s = st->cur;
    if (s->kind == SCOPE_MODULE) {
        return;
    }
    add_sym(s, name, SYM_USE);
    if (name == MP_QSTR_super && is_function_like(s)) {
        // zero-argument super() needs the __class__ cell
        add_sym(s, MP_QSTR___class__, SYM_USE);
    }
}

static void st_target(st_t *st, pn_t *t) {
    switch (t->kind) {
        case PN_NAME:
            bind_node(st, t);
            break;
        case PN_ATTR:
            mangle_node(st, t);
            st_expr(st, t->a);
            break;
        case PN_SUBSCR:
            st_expr(st, t->a);
            st_expr(st, t->b);
            break;
        case PN_TUPLE:
        case PN_LIST:
            for (size_t i = 0; i < t->n; i++) {
                st_target(st, t->items[i]);
            }
            break;
        case PN_STARRED:
            st_target(st, t->a);
            break;
        default:
            st_expr(st, t);
            break;
    }
}

static void st_exprs(st_t *st, pn_t *list_node) {
    if (list_node) {
        for (size_t i = 0; i < list_node->n; i++) {
            st_expr(st, list_node->items[i]);
        }
    }
}

// The nearest enclosing function scope, looking through comprehensions.
static scope_t *enclosing_non_comp(scope_t *s) {
    while (s->kind == SCOPE_COMP) {
        s = s->parent;
    }
    return s;
}

static void add_params(st_t *st, scope_t *fs, pn_t *args) {
    // slot order: positional(-only first), keyword-only, *args, **kwargs
    static const uint8_t order[] = {PARAM_POSONLY, PARAM_NORMAL, PARAM_KWONLY, PARAM_VARARGS, PARAM_VARKW};
    for (size_t k = 0; k < MP_ARRAY_SIZE(order); k++) {
        for (size_t i = 0; i < args->n; i++) {
            pn_t *pa = args->items[i];
            if (pa->op != order[k]) {
                continue;
            }
            mangle_node(st, pa);
            add_sym(fs, pa->id, SYM_DEF_PARAM | SYM_DEF_LOCAL);
            fs->n_params++;
            switch (pa->op) {
                case PARAM_POSONLY:
                    fs->n_posonly++;
                    fs->n_pos++;
                    break;
                case PARAM_NORMAL:
                    fs->n_pos++;
                    break;
                case PARAM_KWONLY:
                    fs->n_kwonly++;
                    break;
                case PARAM_VARARGS:
                    fs->code_flags |= MP_CODE_FLAG_VARARGS;
                    break;
                case PARAM_VARKW:
                    fs->code_flags |= MP_CODE_FLAG_VARKW;
                    break;
            }
        }
    }
}

static void st_defaults(st_t *st, pn_t *args) {
    for (size_t i = 0; i < args->n; i++) {
        if (args->items[i]->a) {
            st_expr(st, args->items[i]->a);
        }
    }
}

static const char *comp_what(int kind) {
    switch (kind) {
        case PN_LISTCOMP:
            return "list comprehension";
        case PN_SETCOMP:
            return "set comprehension";
        case PN_DICTCOMP:
            return "dict comprehension";
        default:
            return "generator expression";
    }
}

static void st_comp(st_t *st, pn_t *n) {
    // the first iterable is evaluated in the enclosing scope
    st_expr(st, n->items[0]->b);
    qstr name = n->kind == PN_LISTCOMP ? MP_QSTR__lt_listcomp_gt_ : n->kind == PN_SETCOMP ? MP_QSTR__lt_setcomp_gt_
        : n->kind == PN_DICTCOMP ? MP_QSTR__lt_dictcomp_gt_ : MP_QSTR__lt_genexpr_gt_;
    scope_t *cs = mp_scope_new(SCOPE_COMP, st->cur, n, name);
    cs->comp_kind = n->kind;
    add_sym(cs, qstr_from_str(".0"), SYM_DEF_PARAM | SYM_DEF_LOCAL);
    cs->n_params = 1;
    cs->n_pos = 1;
    scope_t *saved = st->cur;
    st->cur = cs;
    for (size_t i = 0; i < n->n; i++) {
        pn_t *g = n->items[i];
        if (g->flags & PNF_ASYNC) {
            cs->is_async = true;
        }
        if (i > 0) {
            st_expr(st, g->b);
        }
        st_target(st, g->a);
        // mark iteration variables (for the walrus rebinding check)
        pn_t *stack[64];
        size_t sp = 0;
        stack[sp++] = g->a;
        while (sp) {
            pn_t *t = stack[--sp];
            if (t->kind == PN_NAME) {
                add_sym(cs, t->id, SYM_COMP_ITER);
            } else if ((t->kind == PN_TUPLE || t->kind == PN_LIST)) {
                for (size_t k = 0; k < t->n && sp < 64; k++) {
                    stack[sp++] = t->items[k];
                }
            } else if (t->kind == PN_STARRED && sp < 64) {
                stack[sp++] = t->a;
            }
        }
        for (size_t k = 0; k < g->n; k++) {
            st_expr(st, g->items[k]);
        }
    }
    st_expr(st, n->a);
    if (n->b) {
        st_expr(st, n->b);
    }
    st->cur = saved;
    if (cs->is_async && n->kind != PN_GENEXP) {
        scope_t *f = enclosing_non_comp(saved);
        if (!(f->kind == SCOPE_FUNCTION && f->is_async)) {
            mp_parser_error_at(st->p, n, "asynchronous comprehension outside of an asynchronous function");
        }
    }
}

static void st_namedexpr(st_t *st, pn_t *n) {
    mangle_node(st, n->a);
    qstr name = n->a->id;
    scope_t *s = st->cur;
    if (s->kind != SCOPE_COMP) {
        st_expr(st, n->b);
        st_bind(st, name, n->a);
        return;
    }
    // inside a comprehension: binds in the enclosing non-comprehension scope
    for (scope_t *c = s; c->kind == SCOPE_COMP; c = c->parent) {
        symbol_t *sym = mp_scope_lookup(c, name);
        if (sym && (sym->flags & SYM_COMP_ITER)) {
            mp_parser_error_at(st->p, n, "assignment expression cannot rebind comprehension iteration variable '%s'", qstr_str(name));
        }
    }
    scope_t *target = enclosing_non_comp(s);
    if (target->kind == SCOPE_CLASS) {
        mp_parser_error_at(st->p, n, "assignment expression within a comprehension cannot be used in a class body");
    }
    st_expr(st, n->b);
    bool global = target->kind == SCOPE_MODULE;
    if (!global) {
        symbol_t *tsym = mp_scope_lookup(target, name);
        if (tsym && (tsym->flags & SYM_DEF_GLOBAL)) {
            global = true;
        } else {
            add_sym(target, name, SYM_DEF_LOCAL);
        }
    }
    for (scope_t *c = s; c->kind == SCOPE_COMP; c = c->parent) {
        add_sym(c, name, (global ? SYM_DEF_GLOBAL : SYM_DEF_NONLOCAL) | SYM_IMPLICIT);
    }
}

static void st_function(st_t *st, pn_t *n, scope_kind_t kind) {
    pn_t *args = n->a;
    st_defaults(st, args);
    scope_t *fs = mp_scope_new(kind, st->cur, n, kind == SCOPE_LAMBDA ? MP_QSTR__lt_lambda_gt_ : n->id);
    fs->is_async = (n->flags & PNF_ASYNC) != 0;
    add_params(st, fs, args);
    scope_t *saved = st->cur;
    st->cur = fs;
    if (kind == SCOPE_LAMBDA) {
        st_expr(st, n->b);
    } else {
        st_block(st, n->b);
    }
    st->cur = saved;
    if (fs->is_async && fs->has_yield && fs->has_return_value) {
        // located at the function: good enough
        mp_parser_error_at(st->p, n, "'return' with value in async generator");
    }
}

static void st_expr(st_t *st, pn_t *n) {
    if (n == NULL) {
        return;
    }
    mp_stack_check();
    switch (n->kind) {
        case PN_CONST:
            break;
        case PN_NAME:
            mangle_node(st, n);
            st_use(st, n->id);
            break;
        case PN_JOINEDSTR:
            st_exprs(st, n);
            break;
        case PN_FORMATTED:
            st_expr(st, n->a);
            st_expr(st, n->b);
            break;
        case PN_ATTR:
            mangle_node(st, n);
            st_expr(st, n->a);
            break;
        case PN_SUBSCR:
        case PN_BINOP:
            st_expr(st, n->a);
            st_expr(st, n->b);
            break;
        case PN_SLICE:
        case PN_IFEXP:
            st_expr(st, n->a);
            st_expr(st, n->b);
            st_expr(st, n->c);
            break;
        case PN_CALL:
            st_expr(st, n->a);
            st_exprs(st, n);
            st_exprs(st, n->b);
            break;
        case PN_KEYWORD:
        case PN_STARRED:
        case PN_UNARYOP:
        case PN_CMPOP:
            st_expr(st, n->a);
            break;
        case PN_BOOLOP:
        case PN_TUPLE:
        case PN_LIST:
        case PN_SET:
            st_exprs(st, n);
            break;
        case PN_COMPARE:
            st_expr(st, n->a);
            st_exprs(st, n);
            break;
        case PN_DICT:
            for (size_t i = 0; i < n->n; i++) {
                st_expr(st, n->items[i]->a);
                st_expr(st, n->items[i]->b);
            }
            break;
        case PN_LAMBDA:
            st_function(st, n, SCOPE_LAMBDA);
            break;
        case PN_NAMEDEXPR:
            st_namedexpr(st, n);
            break;
        case PN_LISTCOMP:
        case PN_SETCOMP:
        case PN_GENEXP:
        case PN_DICTCOMP:
            st_comp(st, n);
            break;
        case PN_YIELD:
        case PN_YIELDFROM: {
            scope_t *s = st->cur;
            if (s->kind == SCOPE_MODULE || s->kind == SCOPE_CLASS) {
                mp_parser_error_at(st->p, n, "'yield' outside function");
            }
            if (s->kind == SCOPE_COMP) {
                mp_parser_error_at(st->p, n, "'yield' inside %s", comp_what(s->comp_kind));
            }
            if (n->kind == PN_YIELDFROM && s->is_async) {
                mp_parser_error_at(st->p, n, "'yield from' inside async function");
            }
            s->has_yield = true;
            st_expr(st, n->a);
            break;
        }
        case PN_AWAIT: {
            scope_t *s = st->cur;
            if (s->kind == SCOPE_MODULE || s->kind == SCOPE_CLASS) {
                mp_parser_error_at(st->p, n, "'await' outside function");
            }
            if (s->kind == SCOPE_COMP) {
                s->is_async = true;
                if (s->comp_kind != PN_GENEXP) {
                    scope_t *f = enclosing_non_comp(s);
                    if (!(f->kind == SCOPE_FUNCTION && f->is_async)) {
                        mp_parser_error_at(st->p, n, "asynchronous comprehension outside of an asynchronous function");
                    }
                }
            } else if (!s->is_async) {
                mp_parser_error_at(st->p, n, "'await' outside async function");
            }
            s->has_await = true;
            st_expr(st, n->a);
            break;
        }
        default:
            mp_parser_error_at(st->p, n, "invalid syntax");
    }
}

static void st_declare(st_t *st, pn_t *n, bool is_global) {
    scope_t *s = st->cur;
    for (size_t i = 0; i < n->n; i++) {
        pn_t *nm = n->items[i];
        mangle_node(st, nm);
        qstr name = nm->id;
        if (s->kind == SCOPE_MODULE) {
            if (!is_global) {
                mp_parser_error_at(st->p, n, "nonlocal declaration not allowed at module level");
            }
            add_sym(s, name, SYM_DEF_GLOBAL);
            continue;
        }
        symbol_t *sym = mp_scope_lookup(s, name);
        const char *what = is_global ? "global" : "nonlocal";
        if (sym) {
            if (sym->flags & SYM_DEF_PARAM) {
                mp_parser_error_at(st->p, n, "name '%s' is parameter and %s", qstr_str(name), what);
            }
            if ((sym->flags & SYM_DEF_GLOBAL) && !is_global) {
                mp_parser_error_at(st->p, n, "name '%s' is nonlocal and global", qstr_str(name));
            }
            if ((sym->flags & SYM_DEF_NONLOCAL) && is_global) {
                mp_parser_error_at(st->p, n, "name '%s' is nonlocal and global", qstr_str(name));
            }
            if ((sym->flags & SYM_DEF_LOCAL) && !(sym->flags & (SYM_DEF_GLOBAL | SYM_DEF_NONLOCAL))) {
                mp_parser_error_at(st->p, n, "name '%s' is assigned to before %s declaration", qstr_str(name), what);
            }
            if ((sym->flags & SYM_USE) && !(sym->flags & (SYM_DEF_GLOBAL | SYM_DEF_NONLOCAL))) {
                mp_parser_error_at(st->p, n, "name '%s' is used prior to %s declaration", qstr_str(name), what);
            }
        }
        symbol_t *d = add_sym(s, name, is_global ? SYM_DEF_GLOBAL : SYM_DEF_NONLOCAL);
        d->decl = nm;
    }
}

static void st_pattern(st_t *st, pn_t *pat) {
    mp_stack_check();
    switch (pat->kind) {
        case PN_PAT_VALUE:
            st_expr(st, pat->a);
            break;
        case PN_PAT_CAPTURE:
        case PN_PAT_STAR:
            if (pat->id) {
                bind_node(st, pat);
            }
            break;
        case PN_PAT_SEQ:
        case PN_PAT_OR:
            for (size_t i = 0; i < pat->n; i++) {
                st_pattern(st, pat->items[i]);
            }
            break;
        case PN_PAT_MAP:
            for (size_t i = 0; i < pat->n; i++) {
                st_expr(st, pat->items[i]->a);
                st_pattern(st, pat->items[i]->b);
            }
            if (pat->id) {
                bind_node(st, pat);
            }
            break;
        case PN_PAT_CLASS:
            st_expr(st, pat->a);
            for (size_t i = 0; i < pat->n; i++) {
                st_pattern(st, pat->items[i]);
            }
            if (pat->b) {
                for (size_t i = 0; i < pat->b->n; i++) {
                    st_pattern(st, pat->b->items[i]->a);
                }
            }
            break;
        case PN_PAT_AS:
            st_pattern(st, pat->a);
            bind_node(st, pat);
            break;
        default:
            mp_parser_error_at(st->p, pat, "invalid syntax");
    }
}

static void st_stmt(st_t *st, pn_t *n) {
    mp_stack_check();
    scope_t *s = st->cur;
    switch (n->kind) {
        case PN_EXPR:
            st_expr(st, n->a);
            break;
        case PN_ASSIGN:
            st_expr(st, n->a);
            for (size_t i = 0; i < n->n; i++) {
                st_target(st, n->items[i]);
            }
            break;
        case PN_AUGASSIGN:
            if (n->a->kind == PN_NAME) {
                st_use(st, n->a->id);
            }
            st_target(st, n->a);
            st_expr(st, n->b);
            break;
        case PN_ANNASSIGN:
            if (n->c) {
                st_expr(st, n->c);
                st_target(st, n->a);
            } else if (n->a->kind == PN_NAME) {
                if (is_function_like(s) && (n->flags & PNF_SIMPLE)) {
                    add_sym(s, n->a->id, SYM_DEF_LOCAL);
                }
            } else {
                st_target(st, n->a);
            }
            break;
        case PN_DEL:
            for (size_t i = 0; i < n->n; i++) {
                st_target(st, n->items[i]);
            }
            break;
        case PN_PASS:
        case PN_BREAK:
        case PN_CONTINUE:
            break;
        case PN_RETURN:
            if (!is_function_like(s) || s->kind == SCOPE_LAMBDA) {
                mp_parser_error_at(st->p, n, "'return' outside function");
            }
            if (n->a) {
                s->has_return_value = true;
                st_expr(st, n->a);
            }
            break;
        case PN_RAISE:
            st_expr(st, n->a);
            st_expr(st, n->b);
            break;
        case PN_GLOBAL:
            st_declare(st, n, true);
            break;
        case PN_NONLOCAL:
            st_declare(st, n, false);
            break;
        case PN_ASSERT:
            st_expr(st, n->a);
            st_expr(st, n->b);
            break;
        case PN_IMPORT:
            for (size_t i = 0; i < n->n; i++) {
                pn_t *al = n->items[i];
                if (al->id2) {
                    al->id2 = mangle(st, al->id2);
                }
                qstr name = al->id2;
                if (name == 0) {
                    const char *full = qstr_str(al->id);
                    const char *dot = strchr(full, '.');
                    name = dot ? qstr_from_strn(full, dot - full) : al->id;
                }
                st_bind(st, name, al);
            }
            break;
        case PN_IMPORTFROM:
            for (size_t i = 0; i < n->n; i++) {
                pn_t *al = n->items[i];
                if (al->id == MP_QSTR__star_) {
                    if (s->kind != SCOPE_MODULE) {
                        mp_parser_error_at(st->p, n, "import * only allowed at module level");
                    }
                    continue;
                }
                qstr bind = mangle(st, al->id2 ? al->id2 : al->id);
                if (bind != (al->id2 ? al->id2 : al->id)) {
                    al->id2 = bind;
                }
                st_bind(st, bind, al);
            }
            break;
        case PN_IF:
        case PN_WHILE:
            st_expr(st, n->a);
            st_block(st, n->b);
            if (n->c) {
                st_block(st, n->c);
            }
            break;
        case PN_FOR:
            if ((n->flags & PNF_ASYNC) && !(s->kind == SCOPE_FUNCTION && s->is_async)) {
                mp_parser_error_at(st->p, n, "'async for' outside async function");
            }
            st_expr(st, n->b);
            st_target(st, n->a);
            st_block(st, n->c);
            if (n->d) {
                st_block(st, n->d);
            }
            break;
        case PN_TRY:
            st_block(st, n->a);
            if (n->b) {
                for (size_t i = 0; i < n->b->n; i++) {
                    pn_t *h = n->b->items[i];
                    st_expr(st, h->a);
                    if (h->id) {
                        bind_node(st, h);
                    }
                    st_block(st, h->b);
                }
            }
            if (n->c) {
                st_block(st, n->c);
            }
            if (n->d) {
                st_block(st, n->d);
            }
            break;
        case PN_WITH:
            if ((n->flags & PNF_ASYNC) && !(s->kind == SCOPE_FUNCTION && s->is_async)) {
                mp_parser_error_at(st->p, n, "'async with' outside async function");
            }
            for (size_t i = 0; i < n->n; i++) {
                st_expr(st, n->items[i]->a);
                if (n->items[i]->b) {
                    st_target(st, n->items[i]->b);
                }
            }
            st_block(st, n->a);
            break;
        case PN_FUNCDEF:
            st_exprs(st, n->c);
            st_function(st, n, SCOPE_FUNCTION);
            bind_node(st, n);
            break;
        case PN_CLASSDEF: {
            st_exprs(st, n->c);
            if (n->a) {
                st_exprs(st, n->a);
                st_exprs(st, n->a->b);
            }
            qstr cls_name = n->id;
            scope_t *cs = mp_scope_new(SCOPE_CLASS, s, n, cls_name);
            bind_node(st, n);
            qstr saved_private = st->private_name;
            st->private_name = cls_name;
            st->cur = cs;
            st_block(st, n->b);
            st->cur = s;
            st->private_name = saved_private;
            break;
        }
        case PN_BLOCK:
            st_block(st, n);
            break;
        case PN_MATCH:
            st_expr(st, n->a);
            for (size_t i = 0; i < n->n; i++) {
                pn_t *cs = n->items[i];
                st_pattern(st, cs->a);
                st_expr(st, cs->b);
                st_block(st, cs->c);
            }
            break;
        default:
            mp_parser_error_at(st->p, n, "invalid syntax");
    }
}

static void st_block(st_t *st, pn_t *blk) {
    for (size_t i = 0; i < blk->n; i++) {
        st_stmt(st, blk->items[i]);
    }
}

void mp_scope_collect(mp_parser_t *p, scope_t *module, pn_t *node, bool is_expr) {
    st_t st = {p, module, 0};
    if (is_expr) {
        st_expr(&st, node);
    } else {
        st_block(&st, node);
    }
}

// ---------------------------------------------------------------------------
// Analyze

typedef struct {
    qstr *names;
    size_t n, alloc;
} qset_t;

static bool qset_has(const qset_t *s, qstr q) {
    for (size_t i = 0; i < s->n; i++) {
        if (s->names[i] == q) {
            return true;
        }
    }
    return false;
}

static void qset_add(qset_t *s, qstr q) {
    if (qset_has(s, q)) {
        return;
    }
    if (s->n >= s->alloc) {
        size_t na = s->alloc ? s->alloc * 2 : 8;
        s->names = m_renew(qstr, s->names, s->alloc, na);
        s->alloc = na;
    }
    s->names[s->n++] = q;
}

// Resolve scope s given the names bound in enclosing function scopes;
// adds the free variables of s to `free_out`.
static void analyze(mp_parser_t *p, scope_t *s, const qset_t *bound, qset_t *free_out) {
    mp_stack_check();
    bool fn = is_function_like(s);
    for (size_t i = 0; i < s->n_syms; i++) {
        symbol_t *sym = &s->syms[i];
        uint16_t f = sym->flags;
        if (f & SYM_DEF_GLOBAL) {
            sym->kind = SK_GLOBAL_EXPLICIT;
        } else if (f & SYM_DEF_NONLOCAL) {
            if (!qset_has(bound, sym->name)) {
                mp_parser_error_at(p, sym->decl ? sym->decl : s->node, "no binding for nonlocal '%s' found", qstr_str(sym->name));
            }
            sym->kind = SK_FREE;
        } else if (f & (SYM_DEF_LOCAL | SYM_DEF_PARAM)) {
            sym->kind = fn ? SK_LOCAL : SK_NAME;
        } else if (qset_has(bound, sym->name)) {
            sym->kind = SK_FREE;
        } else {
            sym->kind = fn ? SK_GLOBAL_IMPLICIT : SK_NAME;
        }
    }
    // names visible to nested functions
    qset_t newbound = {NULL, 0, 0};
    if (s->kind != SCOPE_MODULE) {
        for (size_t i = 0; i < bound->n; i++) {
            symbol_t *sym = mp_scope_lookup(s, bound->names[i]);
            if (sym && sym->kind == SK_GLOBAL_EXPLICIT) {
                continue;
            }
            qset_add(&newbound, bound->names[i]);
        }
    }
    if (fn) {
        for (size_t i = 0; i < s->n_syms; i++) {
            symbol_t *sym = &s->syms[i];
            if (sym->kind == SK_LOCAL || sym->kind == SK_FREE) {
                qset_add(&newbound, sym->name);
            }
        }
    } else if (s->kind == SCOPE_CLASS) {
        qset_add(&newbound, MP_QSTR___class__);
    }
    qset_t child_free = {NULL, 0, 0};
    for (size_t i = 0; i < s->n_children; i++) {
        analyze(p, s->children[i], &newbound, &child_free);
    }
    for (size_t i = 0; i < child_free.n; i++) {
        qstr name = child_free.names[i];
        symbol_t *sym = mp_scope_lookup(s, name);
        if (fn) {
            if (sym == NULL) {
                sym = add_sym(s, name, 0);
                sym->kind = SK_FREE;
            } else if (sym->kind == SK_LOCAL) {
                sym->kind = SK_CELL;
            } else if (sym->kind != SK_FREE && sym->kind != SK_CELL) {
                // a global here but bound further out: cannot happen since
                // explicit globals are removed from the bound set
                sym->kind = SK_FREE;
            }
        } else if (s->kind == SCOPE_CLASS) {
            if (name == MP_QSTR___class__ && (sym == NULL || !(sym->flags & (SYM_DEF_NONLOCAL | SYM_DEF_GLOBAL)))) {
                if (sym == NULL || sym->kind != SK_FREE) {
                    sym = add_sym(s, name, SYM_CLASS_CELL);
                    sym->flags |= SYM_CLASS_CELL;
                    s->needs_class_cell = true;
                    continue;
                }
            }
            if (sym == NULL) {
                sym = add_sym(s, name, 0);
                sym->kind = SK_FREE;
            } else if (sym->kind != SK_FREE) {
                sym->free_class = 1;
            }
        }
    }
    // report our free variables upward
    for (size_t i = 0; i < s->n_syms; i++) {
        symbol_t *sym = &s->syms[i];
        if ((sym->kind == SK_FREE || sym->free_class) && !(sym->flags & SYM_CLASS_CELL)) {
            qset_add(free_out, sym->name);
        }
    }
}

void mp_scope_analyze(mp_parser_t *p, scope_t *module) {
    qset_t bound = {NULL, 0, 0};
    qset_t free = {NULL, 0, 0};
    for (size_t i = 0; i < module->n_children; i++) {
        analyze(p, module->children[i], &bound, &free);
    }
    // module-level names are NAME unless declared global
    for (size_t i = 0; i < module->n_syms; i++) {
        symbol_t *sym = &module->syms[i];
        sym->kind = (sym->flags & SYM_DEF_GLOBAL) ? SK_GLOBAL_EXPLICIT : SK_NAME;
    }
}

void mp_scope_assign_slots(scope_t *s) {
    uint16_t slot = 0;
    size_t n_cells = 0;
    for (size_t i = 0; i < s->n_params; i++) {
        s->syms[i].slot = slot++;
        if (s->syms[i].kind == SK_CELL) {
            n_cells++;
        }
    }
    for (size_t i = s->n_params; i < s->n_syms; i++) {
        symbol_t *sym = &s->syms[i];
        if (sym->flags & SYM_CLASS_CELL) {
            sym->slot = slot++;
            s->class_cell_slot = sym->slot;
            n_cells++;
        } else if (sym->kind == SK_LOCAL || sym->kind == SK_CELL) {
            if (s->kind == SCOPE_CLASS) {
                continue;  // class locals live in the namespace dict
            }
            sym->slot = slot++;
            if (sym->kind == SK_CELL) {
                n_cells++;
            }
        }
    }
    uint16_t first_free = slot;
    for (size_t i = 0; i < s->n_syms; i++) {
        symbol_t *sym = &s->syms[i];
        if ((sym->kind == SK_FREE || sym->free_class) && !(sym->flags & SYM_CLASS_CELL)) {
            sym->slot = slot++;
        }
    }
    s->n_locals = slot;
    s->n_free = slot - first_free;
    s->n_cells = (uint16_t)n_cells;
    s->local_names = slot ? m_malloc_atomic(sizeof(qstr) * slot) : NULL;
    s->cell_slots = n_cells ? m_malloc_atomic(sizeof(uint16_t) * n_cells) : NULL;
    size_t ci = 0;
    for (size_t i = 0; i < s->n_syms; i++) {
        symbol_t *sym = &s->syms[i];
        if (sym->slot != 0xffff && sym->slot < slot) {
            s->local_names[sym->slot] = sym->name;
            bool is_cell = (sym->kind == SK_CELL && s->kind != SCOPE_CLASS) || (sym->flags & SYM_CLASS_CELL);
            if (is_cell && sym->slot < first_free) {
                s->cell_slots[ci++] = sym->slot;
            }
        }
    }
    s->n_cells = (uint16_t)ci;
}
