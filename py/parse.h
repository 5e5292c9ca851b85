// parse.h: the parser, a recursive-descent parser producing an abstract
// syntax tree of pn_t nodes (GC heap). The module is parsed one top-level
// statement at a time so that the compiler can compile and drop each one.
#ifndef MP_PY_PARSE_H
#define MP_PY_PARSE_H

#include "lexer.h"
#include "runtime.h"

#define PN_KINDS(X) \
    /* expressions */ \
    X(CONST)      /* val */ \
    X(NAME)       /* id */ \
    X(JOINEDSTR)  /* f-string: items are CONST str and FORMATTED */ \
    X(FORMATTED)  /* a value, b spec (JOINEDSTR) or NULL, op conversion (0, 's', 'r', 'a') */ \
    X(ATTR)       /* a.id; id2 is the line of the name (for tracebacks) */ \
    X(SUBSCR)     /* a[b] */ \
    X(SLICE)      /* a:b:c (each may be NULL) */ \
    X(CALL)       /* a(items..., b->items keywords) ; b may be NULL */ \
    X(BINOP)      /* a op b (op: mp_binary_op_t) */ \
    X(UNARYOP)    /* op a (op: mp_unary_op_t) */ \
    X(BOOLOP)     /* items joined by op (0 and, 1 or) */ \
    X(COMPARE)    /* a, items: CMPOP nodes */ \
    X(CMPOP)      /* op a */ \
    X(IFEXP)      /* b if a else c */ \
    X(LAMBDA)     /* a ARGS, b body */ \
    X(NAMEDEXPR)  /* a := b */ \
    X(TUPLE) X(LIST) X(SET) /* items */ \
    X(DICT)       /* items: DICTITEM */ \
    X(DICTITEM)   /* a key (NULL for **), b value */ \
    X(LISTCOMP) X(SETCOMP) X(GENEXP) /* a elt, items COMPFOR */ \
    X(DICTCOMP)   /* a key, b value, items COMPFOR */ \
    X(COMPFOR)    /* for a in b if items...; flags PNF_ASYNC */ \
    X(STARRED)    /* *a */ \
    X(YIELD)      /* a or NULL */ \
    X(YIELDFROM)  /* a */ \
    X(AWAIT)      /* a */ \
    X(KEYWORD)    /* id=a, or **a when id == 0 */ \
    /* statements */ \
    X(BLOCK)      /* items */ \
    X(EXPR)       /* a */ \
    X(ASSIGN)     /* items targets = a */ \
    X(AUGASSIGN)  /* a op= b (op: mp_binary_op_t inplace) */ \
    X(ANNASSIGN)  /* a: b = c (c may be NULL) */ \
    X(DEL)        /* items */ \
    X(PASS) X(BREAK) X(CONTINUE) \
    X(RETURN)     /* a or NULL */ \
    X(RAISE)      /* raise a from b */ \
    X(GLOBAL) X(NONLOCAL) /* items NAME */ \
    X(ASSERT)     /* a, b */ \
    X(IMPORT)     /* items ALIAS */ \
    X(IMPORTFROM) /* id module (0 if none), flags level, items ALIAS (id '*' for star) */ \
    X(ALIAS)      /* id dotted name, id2 as-name or 0 */ \
    X(IF)         /* a test, b body, c orelse */ \
    X(WHILE)      /* a test, b body, c orelse */ \
    X(FOR)        /* a target, b iter, c body, d orelse; flags PNF_ASYNC */ \
    X(TRY)        /* a body, b handlers BLOCK, c orelse, d finalbody */ \
    X(EXCEPTHANDLER) /* a type, id name, b body */ \
    X(WITH)       /* items WITHITEM, a body; flags PNF_ASYNC */ \
    X(WITHITEM)   /* a expr, b target */ \
    X(FUNCDEF)    /* id, a ARGS, b body, c decorators (BLOCK or NULL), d returns; flags PNF_ASYNC */ \
    X(CLASSDEF)   /* id, a bases (CALL-like: items, b keywords), b body, c decorators */ \
    X(ARGS)       /* items PARAM */ \
    X(PARAM)      /* id, op PARAM_*, a default, b annotation */ \
    /* match statement */ \
    X(MATCH)      /* a subject, items MATCHCASE */ \
    X(MATCHCASE)  /* a pattern, b guard or NULL, c body */ \
    X(PAT_VALUE)  /* a expression; op 0: ==, 1: is */ \
    X(PAT_CAPTURE) /* id (0: wildcard) */ \
    X(PAT_SEQ)    /* items patterns (at most one PAT_STAR) */ \
    X(PAT_STAR)   /* *id (0: *_) */ \
    X(PAT_MAP)    /* items PAT_MAPITEM, id: **rest name or 0 */ \
    X(PAT_MAPITEM) /* a key expression, b pattern */ \
    X(PAT_CLASS)  /* a class expression, items positional patterns, b BLOCK of PAT_KW */ \
    X(PAT_KW)     /* id = a pattern */ \
    X(PAT_OR)     /* items alternatives */ \
    X(PAT_AS)     /* a pattern as id */

typedef enum {
#define X(name) PN_##name,
    PN_KINDS(X)
#undef X
    PN_NUM_KINDS
} pn_kind_t;

// PARAM kinds
#define PARAM_POSONLY (0)
#define PARAM_NORMAL (1)
#define PARAM_VARARGS (2)
#define PARAM_KWONLY (3)
#define PARAM_VARKW (4)

// node flags
#define PNF_ASYNC (0x0001)
#define PNF_PARENS (0x0002)    // parenthesised expression
#define PNF_SIMPLE (0x0004)    // ANNASSIGN: simple name target
#define PNF_NOFOLD (0x0008)    // compiler: constant folding already failed
#define PNF_STR (0x0010)       // CONST from a str literal
#define PNF_BYTES (0x0020)     // CONST from a bytes literal
#define PNF_KEYWORD (0x0040)   // CONST True/False/None/... (for error messages)

typedef struct _pn_t pn_t;
struct _pn_t {
    uint8_t kind;
    uint8_t op;
    uint16_t flags;
    uint32_t line;
    uint32_t col;
    uint32_t n;        // number of items
    qstr id;
    qstr id2;
    union {
        mp_obj_t val;  // CONST
        void *scope;   // scope of FUNCDEF/LAMBDA/CLASSDEF/comprehensions (compiler)
    };
    pn_t *a, *b, *c, *d;
    pn_t **items;
};

typedef struct _mp_parser_t {
    mp_lexer_t *lex;
    mp_lexer_t main_lex;
    mp_parse_input_kind_t input_kind;
    int fstring_depth;
    bool assign_here;    // checking the lone target of a plain assignment
    pn_t *chunk;         // node allocation chunk
    size_t chunk_left;
} mp_parser_t;

// Set up a parser over the source (which must stay alive).
void mp_parser_init(mp_parser_t *p, const char *src, size_t len, qstr filename, mp_parse_input_kind_t kind);
// The next top-level statement(s) of the source as a BLOCK (one logical
// line or one compound statement); NULL at the end.
pn_t *mp_parse_next(mp_parser_t *p);
// For MP_PARSE_EVAL_INPUT: the whole expression.
pn_t *mp_parse_eval(mp_parser_t *p);

// Raise a SyntaxError located at a node.
MP_NORETURN void mp_parser_error_at(mp_parser_t *p, const pn_t *node, const char *fmt, ...);

pn_t *mp_pn_new(mp_parser_t *p, pn_kind_t kind, size_t line, size_t col);

// Constant folding of numeric operations: the result, or MP_OBJ_NULL when
// the operation is not folded (non-numbers, would raise, result too big).
mp_obj_t mp_parse_fold_binop(mp_binary_op_t op, mp_obj_t a, mp_obj_t b);
mp_obj_t mp_parse_fold_unop(mp_unary_op_t op, mp_obj_t a);

#endif
