// parse.c: recursive-descent parser from tokens (lexer.c) to the AST of
// parse.h. Follows the Python 3.11 grammar; literal arithmetic is folded
// here as nodes are built (bottom-up, so folding is linear). Also parses the
// replacement fields of f-strings with a sub-lexer.
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "parse.h"

typedef mp_parser_t parser_t;

// ---------------------------------------------------------------------------
// Nodes and lists

// Nodes are carved from chunks to keep the number of heap allocations low
// (the collector handles interior pointers, so a chunk lives as long as any
// of its nodes is referenced).
#define PN_CHUNK (64)

pn_t *mp_pn_new(mp_parser_t *p, pn_kind_t kind, size_t line, size_t col) {
    if (p->chunk_left == 0) {
        p->chunk = m_new(pn_t, PN_CHUNK);
        p->chunk_left = PN_CHUNK;
    }
    pn_t *n = p->chunk++;
    p->chunk_left--;
    n->kind = kind;
    n->line = (uint32_t)line;
    n->col = (uint32_t)col;
    return n;
}

typedef struct {
    pn_t **items;
    size_t n, alloc;
} plist_t;

// (not inlined: it is used in many places and is not hot)
static MP_NOINLINE void plist_init(plist_t *l) {
    l->items = NULL;
    l->n = 0;
    l->alloc = 0;
}

static void plist_add(plist_t *l, pn_t *node) {
    if (l->n >= l->alloc) {
        size_t na = l->alloc ? l->alloc * 2 : 4;
        l->items = m_renew(pn_t *, l->items, l->alloc, na);
        l->alloc = na;
    }
    l->items[l->n++] = node;
}

static MP_NOINLINE void set_items(pn_t *node, plist_t *l) {
    node->items = l->items;
    node->n = (uint32_t)l->n;
}

// ---------------------------------------------------------------------------
// Errors

static MP_NORETURN void verror_at(parser_t *p, const mp_obj_type_t *type, size_t line, size_t col, const char *fmt, va_list ap) {
    char buf[200], text[MP_TEXT_MAX_LEN];
    vsnprintf(buf, sizeof(buf), mp_text_cstr(fmt, text, sizeof(text)), ap);
    mp_lexer_raise(p->lex, type, line, col, buf);
}

static MP_NORETURN void error_at(parser_t *p, size_t line, size_t col, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    verror_at(p, &mp_type_SyntaxError, line, col, fmt, ap);
}

MP_NORETURN void mp_parser_error_at(mp_parser_t *p, const pn_t *node, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    verror_at(p, &mp_type_SyntaxError, node ? node->line : p->lex->tok_line, node ? node->col : p->lex->tok_col, fmt, ap);
}

// An error at the current token (mp_parser_error_at without a node).
#define error_tok(p, ...) mp_parser_error_at(p, NULL, __VA_ARGS__)

static MP_NORETURN void error_syntax(parser_t *p) {
    mp_lexer_t *lex = p->lex;
    if (lex->tok == MP_TOKEN_INDENT) {
        mp_lexer_raise(lex, &mp_type_IndentationError, lex->tok_line, lex->tok_col, "unexpected indent");
    }
    if (lex->tok == MP_TOKEN_DEDENT) {
        mp_lexer_raise(lex, &mp_type_IndentationError, lex->tok_line, lex->tok_col, "unindent does not match any outer indentation level");
    }
    if (lex->tok == MP_TOKEN_END && !lex->fake_bracket) {
        error_tok(p, "unexpected EOF while parsing");
    }
    error_tok(p, "invalid syntax");
}

// ---------------------------------------------------------------------------
// Token helpers

#define TOK (p->lex->tok)

static inline void next(parser_t *p) {
    mp_lexer_next(p->lex);
}

static inline bool accept(parser_t *p, mp_token_kind_t t) {
    if (TOK == t) {
        next(p);
        return true;
    }
    return false;
}

static void check_missing_comma(parser_t *p);

static void expect(parser_t *p, mp_token_kind_t t) {
    if (TOK != t) {
        if (t == MP_TOKEN_RPAREN || t == MP_TOKEN_RBRACKET || t == MP_TOKEN_RBRACE) {
            check_missing_comma(p);
        }
        if (t == MP_TOKEN_COLON && TOK != MP_TOKEN_END && TOK != MP_TOKEN_INDENT && TOK != MP_TOKEN_DEDENT) {
            error_tok(p, "expected ':'");
        }
        error_syntax(p);
    }
    next(p);
}

static qstr expect_name(parser_t *p) {
    if (TOK != MP_TOKEN_NAME) {
        error_syntax(p);
    }
    qstr q = p->lex->tok_qstr;
    next(p);
    return q;
}

static pn_t *new_tok(parser_t *p, pn_kind_t kind) {
    return mp_pn_new(p, kind, p->lex->tok_line, p->lex->tok_col);
}

// A node at the current token, which is then consumed (a common pair).
static pn_t *new_tok_next(parser_t *p, pn_kind_t kind) {
    pn_t *n = new_tok(p, kind);
    next(p);
    return n;
}

#define new_at(kind, at) new_at_(p, kind, at)
static pn_t *new_at_(parser_t *p, pn_kind_t kind, const pn_t *at) {
    return mp_pn_new(p, kind, at->line, at->col);
}

// ---------------------------------------------------------------------------
// Constant folding (also used by the compiler for const() names)

static bool is_num(mp_obj_t o) {
    return mp_obj_is_small_int(o) || mp_obj_is_float(o) || (mp_obj_is_obj(o) && mp_obj_get_type(o) == &mp_type_int);
}

static int bits_of(mp_int_t v) {
    if (v < 0) {
        v = -v;
    }
    int n = 0;
    while (v) {
        n++;
        v >>= 1;
    }
    return n;
}

#define FOLD_MAX_BITS (4096)

typedef struct {
    mp_binary_op_t op;
    mp_obj_t a, b;
    bool is_float;
} fold_args_t;

// Call the runtime for an operation that cannot be done inline; any
// exception means "don't fold".
static mp_obj_t fold_runtime(mp_binary_op_t op, mp_obj_t a, mp_obj_t b, int kind) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t r;
        if (kind == 0) {
            r = mp_obj_int_binary_op(op, a, b);
        } else if (kind == 1) {
            r = mp_binary_op(op, a, b);
        } else {
            r = mp_unary_op((mp_unary_op_t)op, a);
        }
        nlr_pop();
        return r;
    }
    return MP_OBJ_NULL;
}

mp_obj_t mp_parse_fold_binop(mp_binary_op_t op, mp_obj_t a, mp_obj_t b) {
    if (!is_num(a) || !is_num(b)) {
        return MP_OBJ_NULL;
    }
    bool af = mp_obj_is_float(a), bf = mp_obj_is_float(b);
    if (af || bf) {
        double x = af ? mp_obj_float_value(a) : (mp_obj_is_small_int(a) ? (double)mp_small_int_value(a) : 0.0);
        double y = bf ? mp_obj_float_value(b) : (mp_obj_is_small_int(b) ? (double)mp_small_int_value(b) : 0.0);
        if ((!af && !mp_obj_is_small_int(a)) || (!bf && !mp_obj_is_small_int(b))) {
            return MP_OBJ_NULL;  // big int with float: leave to the runtime
        }
        switch (op) {
            case MP_BINARY_OP_ADD:
                return mp_obj_new_float(x + y);
            case MP_BINARY_OP_SUBTRACT:
                return mp_obj_new_float(x - y);
            case MP_BINARY_OP_MULTIPLY:
                return mp_obj_new_float(x * y);
            case MP_BINARY_OP_TRUE_DIVIDE:
                if (y == 0) {
                    return MP_OBJ_NULL;
                }
                return mp_obj_new_float(x / y);
            default:
                return MP_OBJ_NULL;
        }
    }
    // both ints
    bool as = mp_obj_is_small_int(a), bs = mp_obj_is_small_int(b);
    if (as && bs) {
        mp_int_t x = mp_small_int_value(a), y = mp_small_int_value(b);
        mp_int_t r;
        switch (op) {
            case MP_BINARY_OP_ADD:
                return mp_obj_new_int(x + y);
            case MP_BINARY_OP_SUBTRACT:
                return mp_obj_new_int(x - y);
            case MP_BINARY_OP_MULTIPLY:
                if (__builtin_mul_overflow(x, y, &r)) {
                    break;
                }
                return mp_obj_new_int(r);
            case MP_BINARY_OP_FLOOR_DIVIDE:
            case MP_BINARY_OP_MODULO: {
                if (y == 0) {
                    return MP_OBJ_NULL;
                }
                mp_int_t q = x / y, m = x % y;
                if (m != 0 && ((m < 0) != (y < 0))) {
                    q--;
                    m += y;
                }
                return mp_obj_new_int(op == MP_BINARY_OP_MODULO ? m : q);
            }
            case MP_BINARY_OP_TRUE_DIVIDE:
                if (y == 0) {
                    return MP_OBJ_NULL;
                }
                return mp_obj_new_float((double)x / (double)y);
            case MP_BINARY_OP_AND:
                return mp_obj_new_int(x & y);
            case MP_BINARY_OP_OR:
                return mp_obj_new_int(x | y);
            case MP_BINARY_OP_XOR:
                return mp_obj_new_int(x ^ y);
            case MP_BINARY_OP_RSHIFT:
                if (y < 0) {
                    return MP_OBJ_NULL;
                }
                return mp_obj_new_int(y >= 63 ? (x < 0 ? -1 : 0) : x >> y);
            case MP_BINARY_OP_LSHIFT:
                if (y < 0 || bits_of(x) + y > FOLD_MAX_BITS) {
                    return MP_OBJ_NULL;
                }
                if (bits_of(x) + y < 62) {
                    return mp_obj_new_int(x * ((mp_int_t)1 << y));
                }
                break;
            case MP_BINARY_OP_POWER: {
                if (y < 0) {
                    return MP_OBJ_NULL;
                }
                if (x != 0 && x != 1 && x != -1 && (mp_int_t)bits_of(x) * y > FOLD_MAX_BITS) {
                    return MP_OBJ_NULL;
                }
                mp_int_t acc = 1, base = x, e = y;
                bool ovf = false;
                while (e > 0) {
                    if (e & 1) {
                        if (__builtin_mul_overflow(acc, base, &acc)) {
                            ovf = true;
                            break;
                        }
                    }
                    e >>= 1;
                    if (e && __builtin_mul_overflow(base, base, &base)) {
                        ovf = true;
                        break;
                    }
                }
                if (!ovf) {
                    return mp_obj_new_int(acc);
                }
                break;
            }
            default:
                return MP_OBJ_NULL;
        }
        // overflowed the inline computation: let the int implementation do it
        return fold_runtime(op, a, b, 0);
    }
    // at least one big int: only cheap, bounded operations
    switch (op) {
        case MP_BINARY_OP_ADD:
        case MP_BINARY_OP_SUBTRACT:
        case MP_BINARY_OP_MULTIPLY:
        case MP_BINARY_OP_AND:
        case MP_BINARY_OP_OR:
        case MP_BINARY_OP_XOR:
            return fold_runtime(op, a, b, 0);
        case MP_BINARY_OP_FLOOR_DIVIDE:
        case MP_BINARY_OP_MODULO:
            if (bs && mp_small_int_value(b) == 0) {
                return MP_OBJ_NULL;
            }
            return fold_runtime(op, a, b, 0);
        case MP_BINARY_OP_RSHIFT:
            if (!bs || mp_small_int_value(b) < 0) {
                return MP_OBJ_NULL;
            }
            return fold_runtime(op, a, b, 0);
        default:
            return MP_OBJ_NULL;
    }
}

mp_obj_t mp_parse_fold_unop(mp_unary_op_t op, mp_obj_t a) {
    if (mp_obj_is_small_int(a)) {
        mp_int_t v = mp_small_int_value(a);
        switch (op) {
            case MP_UNARY_OP_POSITIVE:
                return a;
            case MP_UNARY_OP_NEGATIVE:
                return mp_obj_new_int(-v);
            case MP_UNARY_OP_INVERT:
                return mp_obj_new_int(~v);
            default:
                return MP_OBJ_NULL;
        }
    }
    if (mp_obj_is_float(a)) {
        double d = mp_obj_float_value(a);
        switch (op) {
            case MP_UNARY_OP_POSITIVE:
                return a;
            case MP_UNARY_OP_NEGATIVE:
                return mp_obj_new_float(-d);
            default:
                return MP_OBJ_NULL;
        }
    }
    if (mp_obj_is_obj(a) && (mp_obj_get_type(a) == &mp_type_int || (mp_obj_get_type(a) == &mp_type_complex && op != MP_UNARY_OP_INVERT))) {
        if (op == MP_UNARY_OP_POSITIVE || op == MP_UNARY_OP_NEGATIVE || op == MP_UNARY_OP_INVERT) {
            return fold_runtime((mp_binary_op_t)op, a, MP_OBJ_NULL, 2);
        }
    }
    return MP_OBJ_NULL;
}

static pn_t *make_binop(parser_t *p, pn_t *left, mp_binary_op_t op, pn_t *right) {
    if (left->kind == PN_CONST && right->kind == PN_CONST) {
        mp_obj_t r = mp_parse_fold_binop(op, left->val, right->val);
        if (r != MP_OBJ_NULL) {
            // reuse the left node (fresh CONST, referenced nowhere else)
            left->val = r;
            left->flags = 0;
            return left;
        }
    }
    pn_t *n = new_at(PN_BINOP, left);
    n->op = op;
    n->a = left;
    n->b = right;
    return n;
}

// ---------------------------------------------------------------------------
// Forward declarations

static pn_t *parse_expression(parser_t *p);
static pn_t *parse_named_expression(parser_t *p);
static pn_t *parse_star_expressions(parser_t *p);
static pn_t *parse_disjunction(parser_t *p);
static pn_t *parse_bitor(parser_t *p);
static pn_t *parse_yield_or_star_expressions(parser_t *p);
static pn_t *parse_block(parser_t *p, const char *what, size_t what_line);
static void parse_statement(parser_t *p, plist_t *out);
static pn_t *parse_yield_expr(parser_t *p);

// ---------------------------------------------------------------------------
// Targets: check that an expression can be assigned to / deleted

static const char *describe_expr(const pn_t *e) {
    switch (e->kind) {
        case PN_CONST:
            if (e->flags & PNF_KEYWORD) {
                if (e->val == mp_const_true) {
                    return "True";
                } else if (e->val == mp_const_false) {
                    return "False";
                } else if (e->val == mp_const_none) {
                    return "None";
                } else {
                    return "ellipsis";
                }
            }
            return "literal";
        case PN_JOINEDSTR:
            return "f-string expression";
        case PN_CALL:
            return "function call";
        case PN_COMPARE:
            return "comparison";
        case PN_LAMBDA:
            return "lambda";
        case PN_IFEXP:
            return "conditional expression";
        case PN_GENEXP:
            return "generator expression";
        case PN_LISTCOMP:
            return "list comprehension";
        case PN_SETCOMP:
            return "set comprehension";
        case PN_DICTCOMP:
            return "dict comprehension";
        case PN_YIELD:
        case PN_YIELDFROM:
            return "yield expression";
        case PN_AWAIT:
            return "await expression";
        case PN_NAMEDEXPR:
            return "named expression";
        case PN_DICT:
            return "dict literal";
        case PN_SET:
            return "set display";
        default:
            return "expression";
    }
}

// ctx: 0 assign, 1 delete, 2 for-target/with-target/comprehension
static void check_target(parser_t *p, pn_t *e, int ctx, bool in_seq) {
    switch (e->kind) {
        case PN_NAME:
            if (e->id == MP_QSTR___debug__) {
                mp_parser_error_at(p, e, ctx == 1 ? "cannot delete __debug__" : "cannot assign to __debug__");
            }
            return;
        case PN_ATTR:
        case PN_SUBSCR:
            return;
        case PN_TUPLE:
        case PN_LIST: {
            bool seen_star = false;
            bool inner_seq = e->kind == PN_LIST || (e->flags & PNF_PARENS);
            for (size_t i = 0; i < e->n; i++) {
                pn_t *it = e->items[i];
                if (it->kind == PN_STARRED) {
                    if (ctx == 1) {
                        mp_parser_error_at(p, it, "cannot delete starred");
                    }
                    if (seen_star) {
                        mp_parser_error_at(p, it, "multiple starred expressions in assignment");
                    }
                    seen_star = true;
                    check_target(p, it->a, ctx, true);
                } else {
                    check_target(p, it, ctx, inner_seq || in_seq);
                }
            }
            return;
        }
        case PN_STARRED:
            if (ctx == 1) {
                mp_parser_error_at(p, e, "cannot delete starred");
            }
            mp_parser_error_at(p, e, "starred assignment target must be in a list or tuple");
        default:
            if (e->kind == PN_CONST && (e->flags & PNF_KEYWORD)) {
                mp_parser_error_at(p, e, ctx == 1 ? "cannot delete %s" : "cannot assign to %s", describe_expr(e));
            }
            if (ctx == 0 && in_seq == false && p->assign_here) {
                switch (e->kind) {
                    case PN_CONST:
                    case PN_CALL:
                    case PN_LISTCOMP:
                    case PN_SETCOMP:
                    case PN_DICTCOMP:
                    case PN_DICT:
                    case PN_SET:
                    case PN_JOINEDSTR:
                    case PN_BINOP:
                    case PN_UNARYOP:
                        if (!(e->kind == PN_UNARYOP && e->op == MP_UNARY_OP_NOT) && !(e->kind == PN_CONST && (e->flags & PNF_KEYWORD))) {
                            mp_parser_error_at(p, e, "cannot assign to %s here. Maybe you meant '==' instead of '='?", describe_expr(e));
                        }
                        break;
                    default:
                        break;
                }
            }
            if ((e->kind == PN_YIELD || e->kind == PN_YIELDFROM) && ctx == 0) {
                mp_parser_error_at(p, e, "assignment to yield expression not possible");
            }
            mp_parser_error_at(p, e, ctx == 1 ? "cannot delete %s" : "cannot assign to %s", describe_expr(e));
    }
}

// ---------------------------------------------------------------------------
// Strings and f-strings

static size_t str_line_col(const byte *body, size_t body_line, size_t body_col, const byte *at, size_t *col_out) {
    size_t line = body_line, col = body_col;
    for (const byte *q = body; q < at; q++) {
        if (*q == '\n') {
            line++;
            col = 1;
        } else {
            col++;
        }
    }
    *col_out = col;
    return line;
}

typedef struct {
    plist_t parts;
    vstr_t lit;     // pending literal text (decoded)
    size_t line, col;
} fparts_t;

static void fparts_flush(parser_t *p, fparts_t *fp) {
    if (fp->lit.len > 0) {
        pn_t *c = mp_pn_new(p, PN_CONST, fp->line, fp->col);
        c->val = mp_obj_new_str(fp->lit.buf, fp->lit.len);
        c->flags = PNF_STR;
        plist_add(&fp->parts, c);
        vstr_reset(&fp->lit);
    }
}

static void fparts_add_str(fparts_t *fp, const char *s, size_t n) {
    vstr_add_strn(&fp->lit, s, n);
}

typedef struct {
    const byte *body;
    size_t len;
    size_t line, col;  // position of body[0]
    bool raw;
} fsrc_t;

static void parse_fstring_parts(parser_t *p, const fsrc_t *fs, size_t *pos, fparts_t *fp, bool in_spec);

// Parse one replacement field starting after '{' at *pos.
static void parse_fstring_field(parser_t *p, const fsrc_t *fs, size_t *pos, fparts_t *fp) {
    const byte *s = fs->body;
    size_t len = fs->len;
    size_t i = *pos;
    size_t es = i;
    int depth = 0;
    size_t col;
    size_t line = str_line_col(s, fs->line, fs->col, s + es, &col);
    // find the end of the expression
    bool debug_eq = false;
    size_t ee = 0;
    for (;;) {
        if (i >= len) {
            error_at(p, line, col, "f-string: expecting '}'");
        }
        byte c = s[i];
        if (c == '\\') {
            error_at(p, line, col, "f-string expression part cannot include a backslash");
        }
        if (c == '#') {
            error_at(p, line, col, "f-string expression part cannot include '#'");
        }
        if (c == '\'' || c == '"') {
            bool triple = i + 2 < len && s[i + 1] == c && s[i + 2] == c;
            i += triple ? 3 : 1;
            for (;;) {
                if (i >= len) {
                    error_at(p, line, col, "f-string: unterminated string");
                }
                if (s[i] == c && (!triple || (i + 2 < len && s[i + 1] == c && s[i + 2] == c))) {
                    i += triple ? 3 : 1;
                    break;
                }
                i++;
            }
            continue;
        }
        if (c == '(' || c == '[' || c == '{') {
            depth++;
            if (depth > 200) {
                error_at(p, line, col, "f-string: too many nested parenthesis");
            }
        } else if (c == ')' || c == ']' || c == '}') {
            if (depth == 0) {
                if (c != '}') {
                    error_at(p, line, col, "f-string: unmatched '%c'", c);
                }
                ee = i;
                break;
            }
            depth--;
        } else if (depth == 0) {
            if (c == '!' ) {
                if (i + 1 < len && s[i + 1] == '=') {
                    i += 2;
                    continue;
                }
                ee = i;
                break;
            }
            if (c == ':') {
                ee = i;
                break;
            }
            if (c == '=' || c == '<' || c == '>') {
                if (i + 1 < len && s[i + 1] == '=') {
                    i += 2;
                    continue;
                }
                if (c == '=') {
                    debug_eq = true;
                    ee = i;
                    break;
                }
            }
        }
        i++;
    }
    // the expression text must not be empty
    bool empty = true;
    for (size_t k = es; k < ee; k++) {
        if (s[k] != ' ' && s[k] != '\t' && s[k] != '\n' && s[k] != '\f') {
            empty = false;
            break;
        }
    }
    if (empty) {
        error_at(p, line, col, "f-string: empty expression not allowed");
    }
    // parse the expression with a sub-lexer over its text
    mp_lexer_t *sub = m_new_obj(mp_lexer_t);
    mp_lexer_init(sub, (const char *)s + es, ee - es, p->lex->filename, line, col, true);
    sub->err_src = p->lex->err_src;
    sub->err_src_len = p->lex->err_src_len;
    mp_lexer_t *saved = p->lex;
    p->lex = sub;
    next(p);
    pn_t *expr = parse_yield_or_star_expressions(p);
    if (TOK != MP_TOKEN_END) {
        error_tok(p, "f-string: invalid syntax");
    }
    p->lex = saved;
    i = ee;
    if (debug_eq) {
        i++;  // '='
        // the text up to and including '=' plus following whitespace is literal
        while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n')) {
            i++;
        }
        fparts_add_str(fp, (const char *)s + es, i - es);
    }
    int conv = 0;
    if (i < len && s[i] == '!') {
        i++;
        if (i >= len || (s[i] != 's' && s[i] != 'r' && s[i] != 'a')) {
            error_at(p, line, col, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
        }
        conv = s[i++];
        if (i >= len || (s[i] != ':' && s[i] != '}')) {
            error_at(p, line, col, "f-string: expecting '}'");
        }
    }
    pn_t *spec = NULL;
    if (i < len && s[i] == ':') {
        i++;
        if (p->fstring_depth >= 2) {
            error_at(p, line, col, "f-string: expressions nested too deeply");
        }
        p->fstring_depth++;
        fparts_t sp;
        plist_init(&sp.parts);
        vstr_init(&sp.lit, 16);
        sp.line = line;
        sp.col = col;
        parse_fstring_parts(p, fs, &i, &sp, true);
        fparts_flush(p, &sp);
        p->fstring_depth--;
        spec = mp_pn_new(p, PN_JOINEDSTR, line, col);
        set_items(spec, &sp.parts);
    }
    if (i >= len || s[i] != '}') {
        error_at(p, line, col, "f-string: expecting '}'");
    }
    i++;
    if (debug_eq && conv == 0 && spec == NULL) {
        conv = 'r';
    }
    fparts_flush(p, fp);
    pn_t *f = mp_pn_new(p, PN_FORMATTED, line, col);
    f->a = expr;
    f->b = spec;
    f->op = (uint8_t)conv;
    plist_add(&fp->parts, f);
    *pos = i;
}

// Parse literal text and fields up to the end (or, in a format spec, up to
// the closing '}' which is left at *pos).
static void parse_fstring_parts(parser_t *p, const fsrc_t *fs, size_t *pos, fparts_t *fp, bool in_spec) {
    const byte *s = fs->body;
    size_t len = fs->len;
    size_t i = *pos;
    vstr_t raw;
    vstr_init(&raw, 16);
    for (;;) {
        // gather raw literal text
        vstr_reset(&raw);
        while (i < len) {
            byte c = s[i];
            if (c == '{') {
                if (!in_spec && i + 1 < len && s[i + 1] == '{') {
                    vstr_add_byte(&raw, '{');
                    i += 2;
                    continue;
                }
                break;
            }
            if (c == '}') {
                if (in_spec) {
                    break;
                }
                if (i + 1 < len && s[i + 1] == '}') {
                    vstr_add_byte(&raw, '}');
                    i += 2;
                    continue;
                }
                size_t col;
                size_t line = str_line_col(s, fs->line, fs->col, s + i, &col);
                error_at(p, line, col, "f-string: single '}' is not allowed");
            }
            if (c == '\\' && !fs->raw && i + 1 < len) {
                if (s[i + 1] == 'N' && i + 2 < len && s[i + 2] == '{') {
                    size_t j = i + 3;
                    while (j < len && s[j] != '}') {
                        j++;
                    }
                    if (j < len) {
                        j++;
                    }
                    vstr_add_strn(&raw, (const char *)s + i, j - i);
                    i = j;
                    continue;
                }
                if (s[i + 1] != '{' && s[i + 1] != '}') {
                    vstr_add_strn(&raw, (const char *)s + i, 2);
                    i += 2;
                    continue;
                }
            }
            vstr_add_byte(&raw, c);
            i++;
        }
        if (raw.len) {
            size_t col;
            size_t line = str_line_col(s, fs->line, fs->col, s + i, &col);
            mp_lexer_decode_escapes(p->lex, &fp->lit, (const byte *)raw.buf, raw.len, false, fs->raw, line, col);
        }
        if (i >= len || s[i] == '}') {
            break;
        }
        // s[i] == '{'
        i++;
        parse_fstring_field(p, fs, &i, fp);
    }
    *pos = i;
}

// Adjacent string literals: concatenated into one CONST, or a JOINEDSTR
// when f-strings are involved.
static pn_t *parse_strings(parser_t *p) {
    mp_lexer_t *lex = p->lex;
    size_t line = lex->tok_line, col = lex->tok_col;
    int kind = -1;  // 0 str, 1 bytes
    bool any_f = false;
    fparts_t fp;
    plist_init(&fp.parts);
    vstr_init(&fp.lit, 32);
    fp.line = line;
    fp.col = col;
    while (TOK == MP_TOKEN_STRING) {
        lex = p->lex;
        int k = lex->tok_str_kind == MP_LEX_STR_BYTES ? 1 : 0;
        if (kind < 0 && lex->tok_str_kind != MP_LEX_STR_FSTRING) {
            // common case: a single literal, made directly into an object
            const char *data = lex->tok_str_direct ? (const char *)lex->tok_body : lex->vstr.buf;
            size_t len = lex->tok_str_direct ? lex->tok_body_len : lex->vstr.len;
            pn_t *c = mp_pn_new(p, PN_CONST, line, col);
            if (k) {
                c->val = mp_obj_new_bytes((const byte *)data, len);
                c->flags = PNF_BYTES;
            } else {
                c->val = mp_obj_new_str(data, len);
                c->flags = PNF_STR;
            }
            next(p);
            if (TOK != MP_TOKEN_STRING) {
                return c;
            }
            // more literals follow: continue with the general path
            size_t l0;
            const char *d0 = mp_obj_str_get_data(c->val, &l0);
            vstr_add_strn(&fp.lit, d0, l0);
            kind = k;
            continue;
        }
        if (kind >= 0 && k != kind) {
            error_tok(p, "cannot mix bytes and nonbytes literals");
        }
        kind = k;
        if (lex->tok_str_kind == MP_LEX_STR_FSTRING) {
            any_f = true;
            fsrc_t fs = {lex->tok_body, lex->tok_body_len, lex->tok_body_line, lex->tok_body_col, lex->tok_str_raw};
            size_t pos = 0;
            parse_fstring_parts(p, &fs, &pos, &fp, false);
        } else if (lex->tok_str_direct) {
            vstr_add_strn(&fp.lit, (const char *)lex->tok_body, lex->tok_body_len);
        } else {
            vstr_add_strn(&fp.lit, lex->vstr.buf, lex->vstr.len);
        }
        next(p);
    }
    if (!any_f) {
        pn_t *c = mp_pn_new(p, PN_CONST, line, col);
        if (kind == 1) {
            c->val = mp_obj_new_bytes((const byte *)fp.lit.buf, fp.lit.len);
            c->flags = PNF_BYTES;
        } else {
            c->val = mp_obj_new_str(fp.lit.buf, fp.lit.len);
            c->flags = PNF_STR;
        }
        return c;
    }
    fparts_flush(p, &fp);
    pn_t *j = mp_pn_new(p, PN_JOINEDSTR, line, col);
    set_items(j, &fp.parts);
    return j;
}

// ---------------------------------------------------------------------------
// Atoms

static bool starts_comprehension(parser_t *p) {
    return TOK == MP_TOKEN_KW_FOR || TOK == MP_TOKEN_KW_ASYNC;
}

// Parse "for ... in ... [if ...]..." clauses into COMPFOR nodes.
static void parse_comp_fors(parser_t *p, plist_t *gens) {
    while (starts_comprehension(p)) {
        pn_t *cf = new_tok(p, PN_COMPFOR);
        if (accept(p, MP_TOKEN_KW_ASYNC)) {
            cf->flags |= PNF_ASYNC;
            if (TOK != MP_TOKEN_KW_FOR) {
                error_syntax(p);
            }
        }
        next(p);  // 'for'
        // targets: star_targets (stop before 'in')
        pn_t *first = TOK == MP_TOKEN_STAR ? NULL : parse_bitor(p);
        pn_t *target;
        if (first == NULL || TOK == MP_TOKEN_COMMA) {
            target = mp_pn_new(p, PN_TUPLE, cf->line, cf->col);
            plist_t l;
            plist_init(&l);
            if (first) {
                plist_add(&l, first);
                next(p);
            }
            while (TOK != MP_TOKEN_KW_IN) {
                if (TOK == MP_TOKEN_STAR) {
                    pn_t *st = new_tok_next(p, PN_STARRED);
                    st->a = parse_bitor(p);
                    plist_add(&l, st);
                } else {
                    plist_add(&l, parse_bitor(p));
                }
                if (!accept(p, MP_TOKEN_COMMA)) {
                    break;
                }
            }
            set_items(target, &l);
        } else {
            target = first;
        }
        check_target(p, target, 2, false);
        cf->a = target;
        if (TOK != MP_TOKEN_KW_IN) {
            error_syntax(p);
        }
        next(p);
        cf->b = parse_disjunction(p);
        plist_t ifs;
        plist_init(&ifs);
        while (accept(p, MP_TOKEN_KW_IF)) {
            plist_add(&ifs, parse_disjunction(p));
        }
        set_items(cf, &ifs);
        plist_add(gens, cf);
    }
}

static pn_t *make_comp(parser_t *p, pn_kind_t kind, pn_t *at, pn_t *elt, pn_t *val) {
    pn_t *c = new_at(kind, at);
    c->a = elt;
    c->b = val;
    plist_t gens;
    plist_init(&gens);
    parse_comp_fors(p, &gens);
    set_items(c, &gens);
    if (elt->kind == PN_STARRED) {
        mp_parser_error_at(p, elt, kind == PN_GENEXP ? "iterable unpacking cannot be used in comprehension" : "iterable unpacking cannot be used in comprehension");
    }
    return c;
}

// Inside brackets, two expressions in a row: CPython suggests a comma.
static void check_missing_comma(parser_t *p) {
    switch (TOK) {
        case MP_TOKEN_NAME: case MP_TOKEN_NUMBER: case MP_TOKEN_STRING: case MP_TOKEN_LPAREN:
        case MP_TOKEN_LBRACKET: case MP_TOKEN_LBRACE: case MP_TOKEN_KW_TRUE: case MP_TOKEN_KW_FALSE:
        case MP_TOKEN_KW_NONE: case MP_TOKEN_ELLIPSIS:
            error_tok(p, "invalid syntax. Perhaps you forgot a comma?");
        default:
            break;
    }
}

// an element of a list/set/tuple display: '*' bitor | named_expression
static pn_t *parse_star_named(parser_t *p) {
    if (TOK == MP_TOKEN_STAR) {
        pn_t *s = new_tok_next(p, PN_STARRED);
        s->a = parse_bitor(p);
        return s;
    }
    return parse_named_expression(p);
}

// The items of a tuple/list/set display after the first one (already
// parsed): ", item" until the closing bracket, which is consumed.
static void star_named_rest(parser_t *p, pn_t *node, plist_t *l, pn_t *first, mp_token_kind_t close) {
    plist_add(l, first);
    while (accept(p, MP_TOKEN_COMMA)) {
        if (TOK == close) {
            break;
        }
        plist_add(l, parse_star_named(p));
    }
    expect(p, close);
    set_items(node, l);
}

static pn_t *parse_paren(parser_t *p) {
    pn_t *open = new_tok_next(p, PN_TUPLE);  // '('
    if (accept(p, MP_TOKEN_RPAREN)) {
        open->flags |= PNF_PARENS;
        return open;  // ()
    }
    if (TOK == MP_TOKEN_KW_YIELD) {
        pn_t *y = parse_yield_expr(p);
        expect(p, MP_TOKEN_RPAREN);
        y->flags |= PNF_PARENS;
        return y;
    }
    pn_t *first = parse_star_named(p);
    if (starts_comprehension(p)) {
        pn_t *g = make_comp(p, PN_GENEXP, open, first, NULL);
        expect(p, MP_TOKEN_RPAREN);
        return g;
    }
    if (TOK == MP_TOKEN_RPAREN) {
        next(p);
        if (first->kind == PN_STARRED) {
            mp_parser_error_at(p, first, "cannot use starred expression here");
        }
        first->flags |= PNF_PARENS;
        return first;
    }
    if (TOK != MP_TOKEN_COMMA) {
        if (first->kind == PN_NAME && TOK == MP_TOKEN_ASSIGN) {
            error_tok(p, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
        check_missing_comma(p);
        error_syntax(p);
    }
    plist_t l;
    plist_init(&l);
    star_named_rest(p, open, &l, first, MP_TOKEN_RPAREN);
    open->flags |= PNF_PARENS;
    return open;
}

static pn_t *parse_list_display(parser_t *p) {
    pn_t *lst = new_tok_next(p, PN_LIST);  // '['
    plist_t l;
    plist_init(&l);
    if (TOK != MP_TOKEN_RBRACKET) {
        pn_t *first = parse_star_named(p);
        if (starts_comprehension(p)) {
            pn_t *c = make_comp(p, PN_LISTCOMP, lst, first, NULL);
            expect(p, MP_TOKEN_RBRACKET);
            return c;
        }
        star_named_rest(p, lst, &l, first, MP_TOKEN_RBRACKET);
        return lst;
    }
    expect(p, MP_TOKEN_RBRACKET);
    set_items(lst, &l);
    return lst;
}

static pn_t *parse_brace_display(parser_t *p) {
    pn_t *open = new_tok_next(p, PN_DICT);  // '{'
    plist_t l;
    plist_init(&l);
    if (accept(p, MP_TOKEN_RBRACE)) {
        set_items(open, &l);
        return open;  // {}
    }
    // first element decides dict vs set
    if (TOK == MP_TOKEN_DSTAR) {
        goto dict;
    }
    pn_t *first = parse_star_named(p);
    if (TOK == MP_TOKEN_COLON && first->kind != PN_STARRED) {
        next(p);
        if (first->kind == PN_NAMEDEXPR && !(first->flags & PNF_PARENS)) {
            mp_parser_error_at(p, first, "invalid syntax");
        }
        pn_t *v = parse_expression(p);
        if (starts_comprehension(p)) {
            pn_t *c = make_comp(p, PN_DICTCOMP, open, first, v);
            expect(p, MP_TOKEN_RBRACE);
            return c;
        }
        pn_t *it = new_at(PN_DICTITEM, first);
        it->a = first;
        it->b = v;
        plist_add(&l, it);
        if (!accept(p, MP_TOKEN_COMMA)) {
            expect(p, MP_TOKEN_RBRACE);
            set_items(open, &l);
            return open;
        }
        goto dict;
    }
    // a set
    open->kind = PN_SET;
    if (starts_comprehension(p)) {
        pn_t *c = make_comp(p, PN_SETCOMP, open, first, NULL);
        expect(p, MP_TOKEN_RBRACE);
        return c;
    }
    star_named_rest(p, open, &l, first, MP_TOKEN_RBRACE);
    return open;

dict:
    while (TOK != MP_TOKEN_RBRACE) {
        pn_t *it = new_tok(p, PN_DICTITEM);
        if (accept(p, MP_TOKEN_DSTAR)) {
            it->b = parse_bitor(p);
        } else {
            it->a = parse_expression(p);
            expect(p, MP_TOKEN_COLON);
            it->b = parse_expression(p);
        }
        plist_add(&l, it);
        if (starts_comprehension(p)) {
            if (it->a == NULL) {
                mp_parser_error_at(p, it, "dict unpacking cannot be used in dict comprehension");
            }
            error_syntax(p);
        }
        if (!accept(p, MP_TOKEN_COMMA)) {
            break;
        }
    }
    expect(p, MP_TOKEN_RBRACE);
    set_items(open, &l);
    return open;
}

static pn_t *parse_atom(parser_t *p) {
    mp_lexer_t *lex = p->lex;
    pn_t *n;
    switch (TOK) {
        case MP_TOKEN_NAME:
            n = new_tok(p, PN_NAME);
            n->id = lex->tok_qstr;
            next(p);
            return n;
        case MP_TOKEN_NUMBER:
            n = new_tok(p, PN_CONST);
            n->val = lex->tok_value;
            next(p);
            return n;
        case MP_TOKEN_STRING:
            return parse_strings(p);
        case MP_TOKEN_KW_TRUE:
        case MP_TOKEN_KW_FALSE:
        case MP_TOKEN_KW_NONE:
        case MP_TOKEN_ELLIPSIS:
            n = new_tok(p, PN_CONST);
            n->flags = PNF_KEYWORD;
            n->val = TOK == MP_TOKEN_KW_TRUE ? mp_const_true : TOK == MP_TOKEN_KW_FALSE ? mp_const_false
                : TOK == MP_TOKEN_KW_NONE ? mp_const_none : mp_const_ellipsis;
            next(p);
            return n;
        case MP_TOKEN_LPAREN:
            return parse_paren(p);
        case MP_TOKEN_LBRACKET:
            return parse_list_display(p);
        case MP_TOKEN_LBRACE:
            return parse_brace_display(p);
        default:
            if (TOK >= MP_TOKEN_FIRST_KEYWORD && TOK <= MP_TOKEN_LAST_KEYWORD) {
                error_syntax(p);
            }
            error_syntax(p);
    }
}

// ---------------------------------------------------------------------------
// Trailers: calls, subscripts, attributes

static void parse_call_args(parser_t *p, pn_t *call, mp_token_kind_t close) {
    plist_t args, kws;
    plist_init(&args);
    plist_init(&kws);
    bool seen_kw = false, seen_dstar = false;
    while (TOK != close) {
        size_t line = p->lex->tok_line, col = p->lex->tok_col;
        if (TOK == MP_TOKEN_STAR) {
            if (seen_dstar) {
                error_tok(p, "iterable argument unpacking follows keyword argument unpacking");
            }
            pn_t *s = new_tok_next(p, PN_STARRED);
            s->a = parse_expression(p);
            plist_add(&args, s);
        } else if (TOK == MP_TOKEN_DSTAR) {
            pn_t *k = new_tok_next(p, PN_KEYWORD);
            k->a = parse_expression(p);
            plist_add(&kws, k);
            seen_dstar = true;
        } else {
            pn_t *e = parse_named_expression(p);
            if (TOK == MP_TOKEN_ASSIGN) {
                if (e->kind != PN_NAME || (e->flags & PNF_PARENS)) {
                    if (e->kind == PN_CONST && (e->flags & PNF_KEYWORD)) {
                        error_at(p, line, col, "cannot assign to %s", describe_expr(e));
                    }
                    error_at(p, line, col, "expression cannot contain assignment, perhaps you meant \"==\"?");
                }
                next(p);
                pn_t *k = new_at(PN_KEYWORD, e);
                k->id = e->id;
                for (size_t i = 0; i < kws.n; i++) {
                    if (kws.items[i]->id == e->id) {
                        error_at(p, line, col, "keyword argument repeated: %s", qstr_str(e->id));
                    }
                }
                k->a = parse_expression(p);
                plist_add(&kws, k);
                seen_kw = true;
            } else if (starts_comprehension(p)) {
                pn_t *g = make_comp(p, PN_GENEXP, e, e, NULL);
                if (args.n + kws.n > 0 || TOK != close) {
                    if (TOK == MP_TOKEN_COMMA) {
                        next(p);
                        if (TOK == close && args.n + kws.n == 0) {
                            plist_add(&args, g);
                            continue;
                        }
                    }
                    mp_parser_error_at(p, g, "Generator expression must be parenthesized");
                }
                plist_add(&args, g);
            } else {
                if (seen_dstar) {
                    error_at(p, line, col, "positional argument follows keyword argument unpacking");
                }
                if (seen_kw) {
                    error_at(p, line, col, "positional argument follows keyword argument");
                }
                plist_add(&args, e);
            }
        }
        if (!accept(p, MP_TOKEN_COMMA)) {
            break;
        }
    }
    if (TOK != close) {
        check_missing_comma(p);
        error_syntax(p);
    }
    next(p);
    set_items(call, &args);
    if (kws.n) {
        call->b = new_at(PN_BLOCK, call);
        set_items(call->b, &kws);
    }
}

static pn_t *parse_slice_item(parser_t *p) {
    pn_t *lower = NULL;
    size_t line = p->lex->tok_line, col = p->lex->tok_col;
    if (TOK == MP_TOKEN_STAR) {
        pn_t *s = new_tok_next(p, PN_STARRED);
        s->a = parse_bitor(p);
        return s;
    }
    if (TOK != MP_TOKEN_COLON) {
        lower = parse_named_expression(p);
        if (TOK != MP_TOKEN_COLON) {
            return lower;
        }
    }
    pn_t *sl = mp_pn_new(p, PN_SLICE, line, col);
    sl->a = lower;
    next(p);  // ':'
    if (TOK != MP_TOKEN_COLON && TOK != MP_TOKEN_COMMA && TOK != MP_TOKEN_RBRACKET) {
        sl->b = parse_expression(p);
    }
    if (accept(p, MP_TOKEN_COLON)) {
        if (TOK != MP_TOKEN_COMMA && TOK != MP_TOKEN_RBRACKET) {
            sl->c = parse_expression(p);
        }
    }
    return sl;
}

static pn_t *parse_subscript(parser_t *p) {
    size_t line = p->lex->tok_line, col = p->lex->tok_col;
    pn_t *first = parse_slice_item(p);
    if (TOK != MP_TOKEN_COMMA) {
        if (first->kind == PN_STARRED) {
            pn_t *t = mp_pn_new(p, PN_TUPLE, line, col);
            plist_t l;
            plist_init(&l);
            plist_add(&l, first);
            set_items(t, &l);
            return t;
        }
        return first;
    }
    pn_t *t = mp_pn_new(p, PN_TUPLE, line, col);
    plist_t l;
    plist_init(&l);
    plist_add(&l, first);
    while (accept(p, MP_TOKEN_COMMA)) {
        if (TOK == MP_TOKEN_RBRACKET) {
            break;
        }
        plist_add(&l, parse_slice_item(p));
    }
    set_items(t, &l);
    return t;
}

static pn_t *parse_primary(parser_t *p) {
    pn_t *e = parse_atom(p);
    for (;;) {
        if (TOK == MP_TOKEN_DOT) {
            next(p);
            pn_t *a = new_at(PN_ATTR, e);
            a->a = e;
            a->id2 = (qstr)p->lex->tok_line;  // line of the attribute name
            a->id = expect_name(p);
            e = a;
        } else if (TOK == MP_TOKEN_LPAREN) {
            next(p);
            pn_t *c = new_at(PN_CALL, e);
            c->a = e;
            parse_call_args(p, c, MP_TOKEN_RPAREN);
            e = c;
        } else if (TOK == MP_TOKEN_LBRACKET) {
            next(p);
            pn_t *s = new_at(PN_SUBSCR, e);
            s->a = e;
            s->b = parse_subscript(p);
            expect(p, MP_TOKEN_RBRACKET);
            e = s;
        } else {
            return e;
        }
    }
}

// ---------------------------------------------------------------------------
// Operators

static pn_t *parse_factor(parser_t *p);

static pn_t *parse_power(parser_t *p) {
    pn_t *e;
    if (TOK == MP_TOKEN_KW_AWAIT) {
        e = new_tok_next(p, PN_AWAIT);
        e->a = parse_primary(p);
    } else {
        e = parse_primary(p);
    }
    if (TOK == MP_TOKEN_DSTAR) {
        mp_stack_check();
        next(p);
        pn_t *r = parse_factor(p);
        return make_binop(p, e, MP_BINARY_OP_POWER, r);
    }
    return e;
}

static pn_t *parse_factor(parser_t *p) {
    mp_unary_op_t op;
    switch (TOK) {
        case MP_TOKEN_PLUS:
            op = MP_UNARY_OP_POSITIVE;
            break;
        case MP_TOKEN_MINUS:
            op = MP_UNARY_OP_NEGATIVE;
            break;
        case MP_TOKEN_TILDE:
            op = MP_UNARY_OP_INVERT;
            break;
        default:
            return parse_power(p);
    }
    mp_stack_check();
    size_t line = p->lex->tok_line, col = p->lex->tok_col;
    next(p);
    pn_t *a = parse_factor(p);
    if (a->kind == PN_CONST && !(a->flags & (PNF_KEYWORD | PNF_STR | PNF_BYTES))) {
        mp_obj_t r = mp_parse_fold_unop(op, a->val);
        if (r != MP_OBJ_NULL) {
            a->val = r;
            a->line = (uint32_t)line;
            a->col = (uint32_t)col;
            return a;
        }
    }
    pn_t *u = mp_pn_new(p, PN_UNARYOP, line, col);
    u->op = op;
    u->a = a;
    return u;
}

static int binop_prec(mp_token_kind_t t, mp_binary_op_t *op) {
    switch (t) {
        case MP_TOKEN_PIPE:
            *op = MP_BINARY_OP_OR;
            return 1;
        case MP_TOKEN_CARET:
            *op = MP_BINARY_OP_XOR;
            return 2;
        case MP_TOKEN_AMP:
            *op = MP_BINARY_OP_AND;
            return 3;
        case MP_TOKEN_LSHIFT:
            *op = MP_BINARY_OP_LSHIFT;
            return 4;
        case MP_TOKEN_RSHIFT:
            *op = MP_BINARY_OP_RSHIFT;
            return 4;
        case MP_TOKEN_PLUS:
            *op = MP_BINARY_OP_ADD;
            return 5;
        case MP_TOKEN_MINUS:
            *op = MP_BINARY_OP_SUBTRACT;
            return 5;
        case MP_TOKEN_STAR:
            *op = MP_BINARY_OP_MULTIPLY;
            return 6;
        case MP_TOKEN_SLASH:
            *op = MP_BINARY_OP_TRUE_DIVIDE;
            return 6;
        case MP_TOKEN_DSLASH:
            *op = MP_BINARY_OP_FLOOR_DIVIDE;
            return 6;
        case MP_TOKEN_PERCENT:
            *op = MP_BINARY_OP_MODULO;
            return 6;
        case MP_TOKEN_AT:
            *op = MP_BINARY_OP_MAT_MULTIPLY;
            return 6;
        default:
            return 0;
    }
}

static pn_t *parse_binary(parser_t *p, int min_prec) {
    pn_t *left = parse_factor(p);
    for (;;) {
        mp_binary_op_t op;
        int prec = binop_prec(TOK, &op);
        if (prec == 0 || prec < min_prec) {
            return left;
        }
        next(p);
        pn_t *right = parse_binary(p, prec + 1);
        left = make_binop(p, left, op, right);
    }
}

static pn_t *parse_bitor(parser_t *p) {
    return parse_binary(p, 1);
}

static pn_t *parse_comparison(parser_t *p) {
    pn_t *left = parse_bitor(p);
    plist_t ops;
    plist_init(&ops);
    for (;;) {
        mp_binary_op_t op;
        pn_t *cmp = new_tok(p, PN_CMPOP);
        switch (TOK) {
            case MP_TOKEN_LT:
                op = MP_BINARY_OP_LESS;
                break;
            case MP_TOKEN_GT:
                op = MP_BINARY_OP_MORE;
                break;
            case MP_TOKEN_EQ:
                op = MP_BINARY_OP_EQUAL;
                break;
            case MP_TOKEN_LE:
                op = MP_BINARY_OP_LESS_EQUAL;
                break;
            case MP_TOKEN_GE:
                op = MP_BINARY_OP_MORE_EQUAL;
                break;
            case MP_TOKEN_NE:
                op = MP_BINARY_OP_NOT_EQUAL;
                break;
            case MP_TOKEN_KW_IN:
                op = MP_BINARY_OP_IN;
                break;
            case MP_TOKEN_KW_IS:
                next(p);
                if (TOK == MP_TOKEN_KW_NOT) {
                    op = MP_BINARY_OP_IS_NOT;
                } else {
                    op = MP_BINARY_OP_IS;
                    goto have_op;
                }
                break;
            case MP_TOKEN_KW_NOT:
                next(p);
                if (TOK != MP_TOKEN_KW_IN) {
                    error_syntax(p);
                }
                op = MP_BINARY_OP_NOT_IN;
                break;
            default:
                goto done;
        }
        next(p);
    have_op:
        cmp->op = op;
        cmp->a = parse_bitor(p);
        plist_add(&ops, cmp);
    }
done:
    if (ops.n == 0) {
        return left;
    }
    pn_t *c = new_at(PN_COMPARE, left);
    c->a = left;
    set_items(c, &ops);
    return c;
}

static pn_t *parse_inversion(parser_t *p) {
    if (TOK == MP_TOKEN_KW_NOT) {
        mp_stack_check();
        pn_t *u = new_tok_next(p, PN_UNARYOP);
        u->op = MP_UNARY_OP_NOT;
        u->a = parse_inversion(p);
        return u;
    }
    return parse_comparison(p);
}

static pn_t *parse_boolop(parser_t *p, int is_or) {
    pn_t *first = is_or ? parse_boolop(p, 0) : parse_inversion(p);
    mp_token_kind_t t = is_or ? MP_TOKEN_KW_OR : MP_TOKEN_KW_AND;
    if (TOK != t) {
        return first;
    }
    plist_t l;
    plist_init(&l);
    plist_add(&l, first);
    while (accept(p, t)) {
        plist_add(&l, is_or ? parse_boolop(p, 0) : parse_inversion(p));
    }
    pn_t *b = new_at(PN_BOOLOP, first);
    b->op = is_or;
    set_items(b, &l);
    return b;
}

static pn_t *parse_disjunction(parser_t *p) {
    return parse_boolop(p, 1);
}

// Parameters of def (close = ')') and lambda (close = ':').
// A parameter name of kind op (PARAM_*) with its optional annotation.
static pn_t *parse_param(parser_t *p, int op, bool allow_annotations) {
    pn_t *pa = new_tok(p, PN_PARAM);
    pa->id = expect_name(p);
    pa->op = op;
    if (allow_annotations && accept(p, MP_TOKEN_COLON)) {
        if (op == PARAM_VARARGS && TOK == MP_TOKEN_STAR) {
            next(p);  // *args: *Ts
        }
        pa->b = parse_expression(p);
    }
    return pa;
}

static pn_t *parse_params(parser_t *p, mp_token_kind_t close, bool allow_annotations) {
    pn_t *args = new_tok(p, PN_ARGS);
    plist_t l;
    plist_init(&l);
    bool seen_default = false, seen_star = false, seen_slash = false, seen_dstar = false;
    size_t star_index = 0;
    bool bare_star = false;
    while (TOK != close) {
        if (seen_dstar) {
            error_tok(p, "arguments cannot follow var-keyword argument");
        }
        if (TOK == MP_TOKEN_SLASH) {
            if (seen_slash) {
                error_tok(p, "/ may appear only once");
            }
            if (seen_star) {
                error_tok(p, "/ must be ahead of *");
            }
            if (l.n == 0) {
                error_tok(p, "at least one argument must precede /");
            }
            for (size_t i = 0; i < l.n; i++) {
                l.items[i]->op = PARAM_POSONLY;
            }
            seen_slash = true;
            next(p);
        } else if (TOK == MP_TOKEN_STAR) {
            if (seen_star) {
                error_tok(p, "* argument may appear only once");
            }
            seen_star = true;
            next(p);
            star_index = l.n;
            if (TOK == MP_TOKEN_COMMA || TOK == close) {
                bare_star = true;
                if (TOK == close) {
                    error_tok(p, "named arguments must follow bare *");
                }
            } else {
                pn_t *pa = parse_param(p, PARAM_VARARGS, allow_annotations);
                if (TOK == MP_TOKEN_ASSIGN) {
                    error_tok(p, "var-positional argument cannot have default value");
                }
                plist_add(&l, pa);
            }
        } else if (TOK == MP_TOKEN_DSTAR) {
            next(p);
            pn_t *pa = parse_param(p, PARAM_VARKW, allow_annotations);
            if (TOK == MP_TOKEN_ASSIGN) {
                error_tok(p, "var-keyword argument cannot have default value");
            }
            plist_add(&l, pa);
            seen_dstar = true;
        } else {
            pn_t *pa = parse_param(p, seen_star ? PARAM_KWONLY : PARAM_NORMAL, allow_annotations);
            if (accept(p, MP_TOKEN_ASSIGN)) {
                pa->a = parse_expression(p);
                if (!seen_star) {
                    seen_default = true;
                }
            } else if (seen_default && !seen_star) {
                mp_parser_error_at(p, pa, "non-default argument follows default argument");
            }
            plist_add(&l, pa);
        }
        if (!accept(p, MP_TOKEN_COMMA)) {
            break;
        }
    }
    if (bare_star) {
        bool has_kwonly = false;
        for (size_t i = star_index; i < l.n; i++) {
            if (l.items[i]->op == PARAM_KWONLY) {
                has_kwonly = true;
            }
        }
        if (!has_kwonly) {
            mp_parser_error_at(p, args, "named arguments must follow bare *");
        }
    }
    // duplicate names
    for (size_t i = 0; i < l.n; i++) {
        for (size_t j = 0; j < i; j++) {
            if (l.items[i]->id == l.items[j]->id) {
                mp_parser_error_at(p, l.items[i], "duplicate argument '%s' in function definition", qstr_str(l.items[i]->id));
            }
        }
    }
    set_items(args, &l);
    return args;
}

static pn_t *parse_lambda(parser_t *p) {
    pn_t *lam = new_tok_next(p, PN_LAMBDA);  // 'lambda'
    lam->a = parse_params(p, MP_TOKEN_COLON, false);
    expect(p, MP_TOKEN_COLON);
    lam->b = parse_expression(p);
    return lam;
}

static pn_t *parse_expression(parser_t *p) {
    mp_stack_check();
    if (TOK == MP_TOKEN_KW_LAMBDA) {
        return parse_lambda(p);
    }
    pn_t *e = parse_disjunction(p);
    if (TOK == MP_TOKEN_KW_IF) {
        next(p);
        pn_t *ie = new_at(PN_IFEXP, e);
        ie->b = e;
        ie->a = parse_disjunction(p);
        if (TOK != MP_TOKEN_KW_ELSE) {
            error_tok(p, "expected 'else' after 'if' expression");
        }
        next(p);
        ie->c = parse_expression(p);
        return ie;
    }
    return e;
}

static pn_t *parse_named_expression(parser_t *p) {
    pn_t *e = parse_expression(p);
    if (TOK == MP_TOKEN_WALRUS) {
        if (e->kind != PN_NAME || (e->flags & PNF_PARENS)) {
            mp_parser_error_at(p, e, "cannot use assignment expressions with %s", e->kind == PN_NAME ? "name" : describe_expr(e));
        }
        next(p);
        pn_t *n = new_at(PN_NAMEDEXPR, e);
        n->a = e;
        n->b = parse_expression(p);
        return n;
    }
    return e;
}

// star_expressions: expressions with optional '*' items, a tuple if there
// is a comma.
static pn_t *parse_star_expressions(parser_t *p) {
    size_t line = p->lex->tok_line, col = p->lex->tok_col;
    pn_t *first;
    if (TOK == MP_TOKEN_STAR) {
        first = new_tok_next(p, PN_STARRED);
        first->a = parse_bitor(p);
    } else {
        first = parse_expression(p);
    }
    if (TOK != MP_TOKEN_COMMA) {
        return first;
    }
    plist_t l;
    plist_init(&l);
    plist_add(&l, first);
    while (accept(p, MP_TOKEN_COMMA)) {
        switch (TOK) {
            case MP_TOKEN_NEWLINE: case MP_TOKEN_END: case MP_TOKEN_ASSIGN: case MP_TOKEN_RPAREN:
            case MP_TOKEN_RBRACKET: case MP_TOKEN_RBRACE: case MP_TOKEN_SEMICOLON: case MP_TOKEN_COLON:
            case MP_TOKEN_KW_IN:
                goto done;
            default:
                if (TOK >= MP_TOKEN_PLUS_EQ && TOK <= MP_TOKEN_AT_EQ) {
                    goto done;
                }
                break;
        }
        if (TOK == MP_TOKEN_STAR) {
            pn_t *s = new_tok_next(p, PN_STARRED);
            s->a = parse_bitor(p);
            plist_add(&l, s);
        } else {
            plist_add(&l, parse_expression(p));
        }
    }
done:;
    pn_t *t = mp_pn_new(p, PN_TUPLE, line, col);
    set_items(t, &l);
    return t;
}

static pn_t *parse_yield_expr(parser_t *p) {
    pn_t *y = new_tok_next(p, PN_YIELD);  // 'yield'
    if (accept(p, MP_TOKEN_KW_FROM)) {
        y->kind = PN_YIELDFROM;
        y->a = parse_expression(p);
        return y;
    }
    switch (TOK) {
        case MP_TOKEN_RPAREN: case MP_TOKEN_RBRACKET: case MP_TOKEN_RBRACE: case MP_TOKEN_NEWLINE:
        case MP_TOKEN_END: case MP_TOKEN_SEMICOLON: case MP_TOKEN_ASSIGN: case MP_TOKEN_COLON:
        case MP_TOKEN_COMMA:
            return y;
        default:
            y->a = parse_star_expressions(p);
            return y;
    }
}

static pn_t *parse_yield_or_star_expressions(parser_t *p) {
    if (TOK == MP_TOKEN_KW_YIELD) {
        return parse_yield_expr(p);
    }
    return parse_star_expressions(p);
}

// ---------------------------------------------------------------------------
// Simple statements

static bool at_stmt_end(parser_t *p) {
    return TOK == MP_TOKEN_NEWLINE || TOK == MP_TOKEN_SEMICOLON || TOK == MP_TOKEN_END;
}

static pn_t *parse_expr_stmt(parser_t *p) {
    size_t line = p->lex->tok_line, col = p->lex->tok_col;
    pn_t *first = parse_yield_or_star_expressions(p);
    mp_token_kind_t t = TOK;
    if (t >= MP_TOKEN_PLUS_EQ && t <= MP_TOKEN_AT_EQ) {
        static const uint8_t aug_ops[] = {
            MP_BINARY_OP_INPLACE_ADD, MP_BINARY_OP_INPLACE_SUBTRACT, MP_BINARY_OP_INPLACE_MULTIPLY,
            MP_BINARY_OP_INPLACE_TRUE_DIVIDE, MP_BINARY_OP_INPLACE_FLOOR_DIVIDE, MP_BINARY_OP_INPLACE_MODULO,
            MP_BINARY_OP_INPLACE_POWER, MP_BINARY_OP_INPLACE_LSHIFT, MP_BINARY_OP_INPLACE_RSHIFT,
            MP_BINARY_OP_INPLACE_AND, MP_BINARY_OP_INPLACE_OR, MP_BINARY_OP_INPLACE_XOR,
            MP_BINARY_OP_INPLACE_MAT_MULTIPLY,
        };
        if (first->kind != PN_NAME && first->kind != PN_ATTR && first->kind != PN_SUBSCR) {
            const char *what = first->kind == PN_TUPLE ? "tuple" : first->kind == PN_LIST ? "list" : NULL;
            if (what) {
                mp_parser_error_at(p, first, "'%s' is an illegal expression for augmented assignment", what);
            }
            mp_parser_error_at(p, first, "'%s' is an illegal expression for augmented assignment", describe_expr(first));
        }
        check_target(p, first, 0, false);
        pn_t *a = mp_pn_new(p, PN_AUGASSIGN, line, col);
        a->op = aug_ops[t - MP_TOKEN_PLUS_EQ];
        next(p);
        a->a = first;
        a->b = parse_yield_or_star_expressions(p);
        return a;
    }
    if (t == MP_TOKEN_COLON) {
        if (first->kind == PN_TUPLE) {
            mp_parser_error_at(p, first, "only single target (not tuple) can be annotated");
        }
        if (first->kind == PN_LIST) {
            mp_parser_error_at(p, first, "only single target (not list) can be annotated");
        }
        if (first->kind != PN_NAME && first->kind != PN_ATTR && first->kind != PN_SUBSCR) {
            mp_parser_error_at(p, first, "illegal target for annotation");
        }
        check_target(p, first, 0, false);
        next(p);
        pn_t *a = mp_pn_new(p, PN_ANNASSIGN, line, col);
        a->a = first;
        a->b = parse_expression(p);
        if (first->kind == PN_NAME && !(first->flags & PNF_PARENS)) {
            a->flags |= PNF_SIMPLE;
        }
        if (accept(p, MP_TOKEN_ASSIGN)) {
            a->c = parse_yield_or_star_expressions(p);
        }
        return a;
    }
    if (t == MP_TOKEN_ASSIGN) {
        plist_t targets;
        plist_init(&targets);
        pn_t *value = first;
        while (accept(p, MP_TOKEN_ASSIGN)) {
            plist_add(&targets, value);
            value = parse_yield_or_star_expressions(p);
        }
        for (size_t i = 0; i < targets.n; i++) {
            // CPython's hint applies to a lone target with a plain value
            p->assign_here = targets.n == 1 && value->kind != PN_YIELD && value->kind != PN_YIELDFROM;
            check_target(p, targets.items[i], 0, false);
            p->assign_here = false;
        }
        pn_t *a = mp_pn_new(p, PN_ASSIGN, line, col);
        set_items(a, &targets);
        a->a = value;
        if (value->kind == PN_STARRED) {
            mp_parser_error_at(p, value, "can't use starred expression here");
        }
        return a;
    }
    if (first->kind == PN_STARRED) {
        mp_parser_error_at(p, first, "can't use starred expression here");
    }
    if (!at_stmt_end(p)) {
        if (TOK == MP_TOKEN_WALRUS) {
            error_tok(p, "invalid syntax");
        }
        if (first->kind == PN_NAME && (first->id == MP_QSTR_print || first->id == MP_QSTR_exec)
            && (TOK == MP_TOKEN_NAME || TOK == MP_TOKEN_NUMBER || TOK == MP_TOKEN_STRING)) {
            mp_parser_error_at(p, first, "Missing parentheses in call to '%s'. Did you mean %s(...)?", qstr_str(first->id), qstr_str(first->id));
        }
        if ((first->kind == PN_NAME || first->kind == PN_CONST) && (TOK == MP_TOKEN_NAME || TOK == MP_TOKEN_NUMBER || TOK == MP_TOKEN_STRING)) {
            error_tok(p, "invalid syntax");
        }
        error_syntax(p);
    }
    pn_t *e = mp_pn_new(p, PN_EXPR, line, col);
    e->a = first;
    return e;
}

static qstr parse_dotted_name(parser_t *p) {
    qstr q = expect_name(p);
    if (TOK != MP_TOKEN_DOT) {
        return q;
    }
    vstr_t vs;
    vstr_init(&vs, 32);
    vstr_add_str(&vs, qstr_str(q));
    while (accept(p, MP_TOKEN_DOT)) {
        vstr_add_byte(&vs, '.');
        vstr_add_str(&vs, qstr_str(expect_name(p)));
    }
    return qstr_from_strn(vs.buf, vs.len);
}

static pn_t *parse_import(parser_t *p) {
    pn_t *imp = new_tok_next(p, PN_IMPORT);  // 'import'
    plist_t l;
    plist_init(&l);
    do {
        pn_t *al = new_tok(p, PN_ALIAS);
        al->id = parse_dotted_name(p);
        if (accept(p, MP_TOKEN_KW_AS)) {
            al->id2 = expect_name(p);
        }
        plist_add(&l, al);
    } while (accept(p, MP_TOKEN_COMMA));
    set_items(imp, &l);
    return imp;
}

static pn_t *parse_from_import(parser_t *p) {
    pn_t *imp = new_tok_next(p, PN_IMPORTFROM);  // 'from'
    size_t level = 0;
    for (;;) {
        if (accept(p, MP_TOKEN_DOT)) {
            level++;
        } else if (accept(p, MP_TOKEN_ELLIPSIS)) {
            level += 3;
        } else {
            break;
        }
    }
    if (level > 0xffff) {
        level = 0xffff;
    }
    imp->flags = (uint16_t)level;
    if (TOK == MP_TOKEN_NAME) {
        imp->id = parse_dotted_name(p);
    } else if (level == 0) {
        error_syntax(p);
    }
    if (TOK != MP_TOKEN_KW_IMPORT) {
        error_syntax(p);
    }
    next(p);
    plist_t l;
    plist_init(&l);
    if (TOK == MP_TOKEN_STAR) {
        pn_t *al = new_tok(p, PN_ALIAS);
        al->id = MP_QSTR__star_;
        next(p);
        plist_add(&l, al);
    } else {
        bool paren = accept(p, MP_TOKEN_LPAREN);
        do {
            if (paren && TOK == MP_TOKEN_RPAREN && l.n > 0) {
                break;
            }
            pn_t *al = new_tok(p, PN_ALIAS);
            al->id = expect_name(p);
            if (accept(p, MP_TOKEN_KW_AS)) {
                al->id2 = expect_name(p);
            }
            plist_add(&l, al);
        } while (accept(p, MP_TOKEN_COMMA));
        if (paren) {
            expect(p, MP_TOKEN_RPAREN);
        } else if (TOK == MP_TOKEN_COMMA) {
            error_tok(p, "trailing comma not allowed without surrounding parentheses");
        }
    }
    set_items(imp, &l);
    return imp;
}

static pn_t *parse_name_list_stmt(parser_t *p, pn_kind_t kind) {
    pn_t *s = new_tok_next(p, kind);
    plist_t l;
    plist_init(&l);
    do {
        pn_t *n = new_tok(p, PN_NAME);
        n->id = expect_name(p);
        plist_add(&l, n);
    } while (accept(p, MP_TOKEN_COMMA));
    set_items(s, &l);
    return s;
}

static pn_t *parse_small_stmt(parser_t *p) {
    pn_t *s;
    switch (TOK) {
        case MP_TOKEN_KW_PASS:
            s = new_tok_next(p, PN_PASS);
            return s;
        case MP_TOKEN_KW_BREAK:
            s = new_tok_next(p, PN_BREAK);
            return s;
        case MP_TOKEN_KW_CONTINUE:
            s = new_tok_next(p, PN_CONTINUE);
            return s;
        case MP_TOKEN_KW_RETURN:
            s = new_tok_next(p, PN_RETURN);
            if (!at_stmt_end(p)) {
                s->a = parse_star_expressions(p);
            }
            return s;
        case MP_TOKEN_KW_RAISE:
            s = new_tok_next(p, PN_RAISE);
            if (!at_stmt_end(p)) {
                s->a = parse_expression(p);
                if (accept(p, MP_TOKEN_KW_FROM)) {
                    s->b = parse_expression(p);
                }
            }
            return s;
        case MP_TOKEN_KW_GLOBAL:
            return parse_name_list_stmt(p, PN_GLOBAL);
        case MP_TOKEN_KW_NONLOCAL:
            return parse_name_list_stmt(p, PN_NONLOCAL);
        case MP_TOKEN_KW_DEL: {
            s = new_tok_next(p, PN_DEL);
            plist_t l;
            plist_init(&l);
            do {
                if (at_stmt_end(p) && l.n > 0) {
                    break;
                }
                pn_t *t = parse_bitor(p);
                check_target(p, t, 1, false);
                plist_add(&l, t);
            } while (accept(p, MP_TOKEN_COMMA));
            set_items(s, &l);
            return s;
        }
        case MP_TOKEN_KW_ASSERT:
            s = new_tok_next(p, PN_ASSERT);
            s->a = parse_expression(p);
            if (accept(p, MP_TOKEN_COMMA)) {
                s->b = parse_expression(p);
            }
            return s;
        case MP_TOKEN_KW_IMPORT:
            return parse_import(p);
        case MP_TOKEN_KW_FROM:
            return parse_from_import(p);
        default:
            return parse_expr_stmt(p);
    }
}

static void parse_simple_stmts(parser_t *p, plist_t *out) {
    for (;;) {
        plist_add(out, parse_small_stmt(p));
        if (accept(p, MP_TOKEN_SEMICOLON)) {
            if (TOK == MP_TOKEN_NEWLINE || TOK == MP_TOKEN_END) {
                break;
            }
            continue;
        }
        break;
    }
    if (TOK == MP_TOKEN_END) {
        return;
    }
    if (TOK != MP_TOKEN_NEWLINE) {
        error_syntax(p);
    }
    next(p);
}

// ---------------------------------------------------------------------------
// Compound statements

// ':' then an indented block or simple statements on the same line.
static pn_t *parse_block(parser_t *p, const char *what, size_t what_line) {
    mp_stack_check();
    expect(p, MP_TOKEN_COLON);
    pn_t *blk = new_tok(p, PN_BLOCK);
    plist_t l;
    plist_init(&l);
    if (TOK == MP_TOKEN_NEWLINE) {
        next(p);
        if (TOK != MP_TOKEN_INDENT) {
            char buf[100];
            snprintf(buf, sizeof(buf), "expected an indented block after %s on line %u", what, (unsigned)what_line);
            mp_lexer_raise(p->lex, &mp_type_IndentationError, p->lex->tok_line, p->lex->tok_col, buf);
        }
        blk->line = p->lex->tok_line;
        next(p);
        while (TOK != MP_TOKEN_DEDENT && TOK != MP_TOKEN_END) {
            parse_statement(p, &l);
        }
        accept(p, MP_TOKEN_DEDENT);
    } else {
        if (TOK == MP_TOKEN_END) {
            error_syntax(p);
        }
        parse_simple_stmts(p, &l);
    }
    set_items(blk, &l);
    return blk;
}

static pn_t *parse_if(parser_t *p, const char *what) {
    pn_t *s = new_tok_next(p, PN_IF);  // 'if' / 'elif'
    s->a = parse_named_expression(p);
    s->b = parse_block(p, what, s->line);
    if (TOK == MP_TOKEN_KW_ELIF) {
        pn_t *blk = new_tok(p, PN_BLOCK);
        plist_t l;
        plist_init(&l);
        plist_add(&l, parse_if(p, "'elif' statement"));
        set_items(blk, &l);
        s->c = blk;
    } else if (TOK == MP_TOKEN_KW_ELSE) {
        size_t line = p->lex->tok_line;
        next(p);
        s->c = parse_block(p, "'else' statement", line);
    }
    return s;
}

static pn_t *parse_else(parser_t *p) {
    if (TOK == MP_TOKEN_KW_ELSE) {
        size_t line = p->lex->tok_line;
        next(p);
        return parse_block(p, "'else' statement", line);
    }
    return NULL;
}

static pn_t *parse_while(parser_t *p) {
    pn_t *s = new_tok_next(p, PN_WHILE);
    s->a = parse_named_expression(p);
    s->b = parse_block(p, "'while' statement", s->line);
    s->c = parse_else(p);
    return s;
}

// star_targets for 'for': stops before 'in'
static pn_t *parse_for_targets(parser_t *p) {
    size_t line = p->lex->tok_line, col = p->lex->tok_col;
    pn_t *first;
    if (TOK == MP_TOKEN_STAR) {
        first = new_tok_next(p, PN_STARRED);
        first->a = parse_bitor(p);
    } else {
        first = parse_bitor(p);
    }
    if (TOK != MP_TOKEN_COMMA) {
        return first;
    }
    plist_t l;
    plist_init(&l);
    plist_add(&l, first);
    while (accept(p, MP_TOKEN_COMMA)) {
        if (TOK == MP_TOKEN_KW_IN) {
            break;
        }
        if (TOK == MP_TOKEN_STAR) {
            pn_t *s = new_tok_next(p, PN_STARRED);
            s->a = parse_bitor(p);
            plist_add(&l, s);
        } else {
            plist_add(&l, parse_bitor(p));
        }
    }
    pn_t *t = mp_pn_new(p, PN_TUPLE, line, col);
    set_items(t, &l);
    return t;
}

static pn_t *parse_for(parser_t *p, bool is_async, size_t line, size_t col) {
    pn_t *s = mp_pn_new(p, PN_FOR, line, col);
    if (is_async) {
        s->flags |= PNF_ASYNC;
    }
    next(p);  // 'for'
    s->a = parse_for_targets(p);
    check_target(p, s->a, 2, false);
    if (TOK != MP_TOKEN_KW_IN) {
        error_syntax(p);
    }
    next(p);
    s->b = parse_star_expressions(p);
    s->c = parse_block(p, "'for' statement", line);
    s->d = parse_else(p);
    return s;
}

static pn_t *parse_try(parser_t *p) {
    pn_t *s = new_tok_next(p, PN_TRY);
    s->a = parse_block(p, "'try' statement", s->line);
    plist_t handlers;
    plist_init(&handlers);
    pn_t *bare = NULL;
    while (TOK == MP_TOKEN_KW_EXCEPT) {
        pn_t *h = new_tok(p, PN_EXCEPTHANDLER);
        if (bare) {
            mp_parser_error_at(p, bare, "default 'except:' must be last");
        }
        next(p);
        if (TOK == MP_TOKEN_STAR) {
            error_tok(p, "except* is not supported");
        }
        if (TOK != MP_TOKEN_COLON) {
            h->a = parse_expression(p);
            if (TOK == MP_TOKEN_COMMA) {
                error_tok(p, "multiple exception types must be parenthesized");
            }
            if (accept(p, MP_TOKEN_KW_AS)) {
                h->id = expect_name(p);
            }
        } else {
            bare = h;
        }
        h->b = parse_block(p, "'except' statement", h->line);
        plist_add(&handlers, h);
    }
    if (handlers.n) {
        s->b = new_at(PN_BLOCK, s);
        set_items(s->b, &handlers);
        s->c = parse_else(p);
    }
    if (TOK == MP_TOKEN_KW_FINALLY) {
        size_t line = p->lex->tok_line;
        next(p);
        s->d = parse_block(p, "'finally' statement", line);
    }
    if (handlers.n == 0 && s->d == NULL) {
        error_tok(p, "expected 'except' or 'finally' block");
    }
    return s;
}

// the target of "with ... as target": a single star_target
static pn_t *parse_with_target(parser_t *p) {
    if (TOK == MP_TOKEN_STAR) {
        pn_t *st = new_tok_next(p, PN_STARRED);
        st->a = parse_bitor(p);
        return st;
    }
    return parse_bitor(p);
}

// An optional "as target" of a with-item; returns whether it was there.
static bool parse_with_as(parser_t *p, pn_t *it) {
    if (!accept(p, MP_TOKEN_KW_AS)) {
        return false;
    }
    pn_t *t = parse_with_target(p);
    check_target(p, t, 2, false);
    it->b = t;
    return true;
}

static pn_t *parse_with_item(parser_t *p) {
    pn_t *it = new_tok(p, PN_WITHITEM);
    it->a = parse_expression(p);
    parse_with_as(p, it);
    return it;
}

static pn_t *pending_atom_expr(parser_t *p, pn_t *atom);

static pn_t *parse_with(parser_t *p, bool is_async, size_t line, size_t col) {
    pn_t *s = mp_pn_new(p, PN_WITH, line, col);
    if (is_async) {
        s->flags |= PNF_ASYNC;
    }
    next(p);  // 'with'
    plist_t l;
    plist_init(&l);
    if (TOK == MP_TOKEN_LPAREN) {
        // Either parenthesised with-items "(a as b, c):" or an expression
        // starting with '('. Parse items inside the parens; if what follows
        // the ')' is not ':', reinterpret them as the start of an expression.
        size_t pline = p->lex->tok_line, pcol = p->lex->tok_col;
        next(p);
        bool any_as = false;
        bool trailing_comma = false;
        while (TOK != MP_TOKEN_RPAREN) {
            pn_t *it = new_tok(p, PN_WITHITEM);
            it->a = parse_star_named(p);
            if (starts_comprehension(p) && l.n == 0) {
                it->a = make_comp(p, PN_GENEXP, it->a, it->a, NULL);
            }
            if (parse_with_as(p, it)) {
                any_as = true;
            }
            plist_add(&l, it);
            trailing_comma = false;
            if (!accept(p, MP_TOKEN_COMMA)) {
                break;
            }
            trailing_comma = true;
        }
        expect(p, MP_TOKEN_RPAREN);
        if (TOK == MP_TOKEN_COLON && l.n > 0) {
            for (size_t i = 0; i < l.n; i++) {
                if (l.items[i]->a->kind == PN_STARRED) {
                    mp_parser_error_at(p, l.items[i]->a, "cannot use starred expression here");
                }
            }
            goto body;
        }
        if (any_as) {
            error_syntax(p);
        }
        // rebuild the parenthesised atom
        pn_t *atom;
        if (l.n == 1 && !trailing_comma && l.items[0]->a->kind != PN_GENEXP) {
            atom = l.items[0]->a;
            atom->flags |= PNF_PARENS;
        } else if (l.n == 1 && l.items[0]->a->kind == PN_GENEXP) {
            atom = l.items[0]->a;
        } else {
            atom = mp_pn_new(p, PN_TUPLE, pline, pcol);
            atom->flags |= PNF_PARENS;
            plist_t tl;
            plist_init(&tl);
            for (size_t i = 0; i < l.n; i++) {
                plist_add(&tl, l.items[i]->a);
            }
            set_items(atom, &tl);
        }
        plist_init(&l);
        pn_t *it = mp_pn_new(p, PN_WITHITEM, pline, pcol);
        it->a = pending_atom_expr(p, atom);
        parse_with_as(p, it);
        plist_add(&l, it);
        if (accept(p, MP_TOKEN_COMMA)) {
            do {
                plist_add(&l, parse_with_item(p));
            } while (accept(p, MP_TOKEN_COMMA));
        }
    } else {
        do {
            plist_add(&l, parse_with_item(p));
        } while (accept(p, MP_TOKEN_COMMA));
    }
body:
    set_items(s, &l);
    s->a = parse_block(p, "'with' statement", line);
    return s;
}

static pn_t *parse_funcdef(parser_t *p, bool is_async, size_t line, size_t col) {
    pn_t *f = mp_pn_new(p, PN_FUNCDEF, line, col);
    if (is_async) {
        f->flags |= PNF_ASYNC;
    }
    next(p);  // 'def'
    f->id = expect_name(p);
    if (TOK != MP_TOKEN_LPAREN) {
        error_tok(p, "expected '('");
    }
    next(p);
    f->a = parse_params(p, MP_TOKEN_RPAREN, true);
    expect(p, MP_TOKEN_RPAREN);
    if (accept(p, MP_TOKEN_ARROW)) {
        f->d = parse_expression(p);
    }
    f->b = parse_block(p, "function definition", line);
    return f;
}

static pn_t *parse_classdef(parser_t *p) {
    pn_t *c = new_tok_next(p, PN_CLASSDEF);  // 'class'
    c->id = expect_name(p);
    if (accept(p, MP_TOKEN_LPAREN)) {
        pn_t *bases = new_at(PN_CALL, c);
        parse_call_args(p, bases, MP_TOKEN_RPAREN);
        for (size_t i = 0; i < bases->n; i++) {
            if (bases->items[i]->kind == PN_GENEXP) {
                mp_parser_error_at(p, bases->items[i], "invalid syntax");
            }
        }
        c->a = bases;
    }
    c->b = parse_block(p, "class definition", c->line);
    return c;
}

static pn_t *parse_decorated(parser_t *p) {
    plist_t decs;
    plist_init(&decs);
    while (TOK == MP_TOKEN_AT) {
        next(p);
        plist_add(&decs, parse_named_expression(p));
        if (TOK != MP_TOKEN_NEWLINE) {
            error_syntax(p);
        }
        next(p);
    }
    pn_t *def;
    size_t line = p->lex->tok_line, col = p->lex->tok_col;
    if (TOK == MP_TOKEN_KW_DEF) {
        def = parse_funcdef(p, false, line, col);
    } else if (TOK == MP_TOKEN_KW_CLASS) {
        def = parse_classdef(p);
    } else if (TOK == MP_TOKEN_KW_ASYNC) {
        next(p);
        if (TOK != MP_TOKEN_KW_DEF) {
            error_syntax(p);
        }
        def = parse_funcdef(p, true, line, col);
    } else {
        error_syntax(p);
    }
    pn_t *blk = new_at(PN_BLOCK, def);
    set_items(blk, &decs);
    def->c = blk;
    return def;
}

// ---------------------------------------------------------------------------
// match statement (soft keywords 'match', 'case', '_')

static bool is_underscore(qstr q) {
    const char *s = qstr_str(q);
    return s[0] == '_' && s[1] == 0;
}

static pn_t *parse_pattern(parser_t *p);

// A literal pattern: numbers (optionally signed, or real+imag), strings,
// None/True/False.
static pn_t *parse_literal_pattern(parser_t *p) {
    pn_t *v = new_tok(p, PN_PAT_VALUE);
    if (TOK == MP_TOKEN_KW_NONE || TOK == MP_TOKEN_KW_TRUE || TOK == MP_TOKEN_KW_FALSE) {
        v->a = parse_atom(p);
        v->op = 1;  // compared with 'is'
        return v;
    }
    if (TOK == MP_TOKEN_STRING) {
        pn_t *e = parse_strings(p);
        if (e->kind != PN_CONST) {
            mp_parser_error_at(p, e, "patterns may only match literals and attribute lookups");
        }
        v->a = e;
        return v;
    }
    // signed number, maybe followed by +/- imaginary
    bool neg = accept(p, MP_TOKEN_MINUS);
    if (TOK != MP_TOKEN_NUMBER) {
        error_syntax(p);
    }
    pn_t *num = parse_atom(p);
    if (neg) {
        mp_obj_t r = mp_parse_fold_unop(MP_UNARY_OP_NEGATIVE, num->val);
        if (r == MP_OBJ_NULL) {
            error_syntax(p);
        }
        num->val = r;
    }
    if (TOK == MP_TOKEN_PLUS || TOK == MP_TOKEN_MINUS) {
        bool sub = TOK == MP_TOKEN_MINUS;
        next(p);
        if (TOK != MP_TOKEN_NUMBER) {
            error_syntax(p);
        }
        pn_t *im = parse_atom(p);
        if (!(mp_obj_is_obj(im->val) && mp_obj_get_type(im->val) == &mp_type_complex)) {
            mp_parser_error_at(p, im, "imaginary number required in complex literal");
        }
        mp_obj_t r = fold_runtime(sub ? MP_BINARY_OP_SUBTRACT : MP_BINARY_OP_ADD, num->val, im->val, 1);
        if (r == MP_OBJ_NULL) {
            error_syntax(p);
        }
        num->val = r;
    }
    v->a = num;
    return v;
}

static pn_t *parse_star_or_pattern(parser_t *p) {
    if (TOK == MP_TOKEN_STAR) {
        pn_t *st = new_tok_next(p, PN_PAT_STAR);
        qstr q = expect_name(p);
        st->id = is_underscore(q) ? 0 : q;
        return st;
    }
    return parse_pattern(p);
}

static void check_one_star(parser_t *p, plist_t *l) {
    bool seen = false;
    for (size_t i = 0; i < l->n; i++) {
        if (l->items[i]->kind == PN_PAT_STAR) {
            if (seen) {
                mp_parser_error_at(p, l->items[i], "multiple starred names in sequence pattern");
            }
            seen = true;
        }
    }
}

// Items of a sequence pattern up to the closing token.
static pn_t *parse_seq_pattern_items(parser_t *p, pn_t *seq, pn_t *first, mp_token_kind_t close) {
    plist_t l;
    plist_init(&l);
    if (first) {
        plist_add(&l, first);
        if (!accept(p, MP_TOKEN_COMMA)) {
            goto done;
        }
    }
    while (TOK != close) {
        plist_add(&l, parse_star_or_pattern(p));
        if (!accept(p, MP_TOKEN_COMMA)) {
            break;
        }
    }
done:
    expect(p, close);
    check_one_star(p, &l);
    set_items(seq, &l);
    return seq;
}

static pn_t *parse_name_or_attr(parser_t *p, pn_t *first) {
    pn_t *e = first;
    while (accept(p, MP_TOKEN_DOT)) {
        pn_t *a = new_at(PN_ATTR, e);
        a->a = e;
        a->id2 = (qstr)p->lex->tok_line;
        a->id = expect_name(p);
        e = a;
    }
    return e;
}

static pn_t *parse_class_pattern(parser_t *p, pn_t *cls) {
    pn_t *c = new_at(PN_PAT_CLASS, cls);
    c->a = cls;
    next(p);  // '('
    plist_t pos, kws;
    plist_init(&pos);
    plist_init(&kws);
    while (TOK != MP_TOKEN_RPAREN) {
        pn_t *pat = parse_pattern(p);
        if (TOK == MP_TOKEN_ASSIGN) {
            if (pat->kind != PN_PAT_CAPTURE) {
                error_syntax(p);
            }
            next(p);
            pn_t *kw = new_at(PN_PAT_KW, pat);
            kw->id = pat->id2;
            for (size_t i = 0; i < kws.n; i++) {
                if (kws.items[i]->id == kw->id) {
                    mp_parser_error_at(p, kw, "attribute name repeated in class pattern: %s", qstr_str(kw->id));
                }
            }
            kw->a = parse_pattern(p);
            plist_add(&kws, kw);
        } else {
            if (kws.n) {
                mp_parser_error_at(p, pat, "positional patterns follow keyword patterns");
            }
            plist_add(&pos, pat);
        }
        if (!accept(p, MP_TOKEN_COMMA)) {
            break;
        }
    }
    expect(p, MP_TOKEN_RPAREN);
    set_items(c, &pos);
    if (kws.n) {
        c->b = new_at(PN_BLOCK, c);
        set_items(c->b, &kws);
    }
    return c;
}

static pn_t *parse_closed_pattern(parser_t *p) {
    mp_stack_check();
    switch (TOK) {
        case MP_TOKEN_NUMBER:
        case MP_TOKEN_MINUS:
        case MP_TOKEN_STRING:
        case MP_TOKEN_KW_NONE:
        case MP_TOKEN_KW_TRUE:
        case MP_TOKEN_KW_FALSE:
            return parse_literal_pattern(p);
        case MP_TOKEN_NAME: {
            pn_t *nm = new_tok(p, PN_NAME);
            nm->id = p->lex->tok_qstr;
            next(p);
            if (TOK == MP_TOKEN_DOT) {
                pn_t *e = parse_name_or_attr(p, nm);
                if (TOK == MP_TOKEN_LPAREN) {
                    return parse_class_pattern(p, e);
                }
                pn_t *v = new_at(PN_PAT_VALUE, e);
                v->a = e;
                return v;
            }
            if (TOK == MP_TOKEN_LPAREN) {
                return parse_class_pattern(p, nm);
            }
            pn_t *cap = new_at(PN_PAT_CAPTURE, nm);
            cap->id = is_underscore(nm->id) ? 0 : nm->id;
            cap->id2 = nm->id;
            return cap;
        }
        case MP_TOKEN_LPAREN: {
            pn_t *seq = new_tok_next(p, PN_PAT_SEQ);
            if (TOK == MP_TOKEN_RPAREN) {
                next(p);
                return seq;
            }
            pn_t *first = parse_star_or_pattern(p);
            if (TOK == MP_TOKEN_RPAREN && first->kind != PN_PAT_STAR) {
                next(p);
                return first;  // group
            }
            if (TOK != MP_TOKEN_COMMA) {
                error_syntax(p);
            }
            return parse_seq_pattern_items(p, seq, first, MP_TOKEN_RPAREN);
        }
        case MP_TOKEN_LBRACKET: {
            pn_t *seq = new_tok_next(p, PN_PAT_SEQ);
            return parse_seq_pattern_items(p, seq, NULL, MP_TOKEN_RBRACKET);
        }
        case MP_TOKEN_LBRACE: {
            pn_t *m = new_tok_next(p, PN_PAT_MAP);
            plist_t l;
            plist_init(&l);
            while (TOK != MP_TOKEN_RBRACE) {
                if (accept(p, MP_TOKEN_DSTAR)) {
                    qstr q = expect_name(p);
                    if (is_underscore(q)) {
                        error_syntax(p);
                    }
                    m->id = q;
                    accept(p, MP_TOKEN_COMMA);
                    if (TOK != MP_TOKEN_RBRACE) {
                        error_tok(p, "invalid syntax");
                    }
                    break;
                }
                pn_t *key = parse_closed_pattern(p);
                if (key->kind != PN_PAT_VALUE) {
                    mp_parser_error_at(p, key, "invalid syntax");
                }
                expect(p, MP_TOKEN_COLON);
                pn_t *it = new_at(PN_PAT_MAPITEM, key);
                it->a = key->a;
                it->b = parse_pattern(p);
                plist_add(&l, it);
                if (!accept(p, MP_TOKEN_COMMA)) {
                    break;
                }
            }
            expect(p, MP_TOKEN_RBRACE);
            set_items(m, &l);
            return m;
        }
        default:
            error_syntax(p);
    }
}

static pn_t *parse_pattern(parser_t *p) {
    pn_t *first = parse_closed_pattern(p);
    pn_t *pat = first;
    if (TOK == MP_TOKEN_PIPE) {
        pn_t *o = new_at(PN_PAT_OR, first);
        plist_t l;
        plist_init(&l);
        plist_add(&l, first);
        while (accept(p, MP_TOKEN_PIPE)) {
            plist_add(&l, parse_closed_pattern(p));
        }
        set_items(o, &l);
        pat = o;
    }
    if (accept(p, MP_TOKEN_KW_AS)) {
        pn_t *as = new_at(PN_PAT_AS, pat);
        as->a = pat;
        qstr q = expect_name(p);
        if (is_underscore(q)) {
            mp_parser_error_at(p, as, "cannot use '_' as a target");
        }
        as->id = q;
        return as;
    }
    return pat;
}

// Top level of a case: an open sequence "a, b" or one pattern.
static pn_t *parse_case_patterns(parser_t *p) {
    pn_t *first = parse_star_or_pattern(p);
    if (TOK != MP_TOKEN_COMMA) {
        if (first->kind == PN_PAT_STAR) {
            mp_parser_error_at(p, first, "invalid syntax");
        }
        return first;
    }
    pn_t *seq = new_at(PN_PAT_SEQ, first);
    plist_t l;
    plist_init(&l);
    plist_add(&l, first);
    while (accept(p, MP_TOKEN_COMMA)) {
        if (TOK == MP_TOKEN_COLON || TOK == MP_TOKEN_KW_IF) {
            break;
        }
        plist_add(&l, parse_star_or_pattern(p));
    }
    check_one_star(p, &l);
    set_items(seq, &l);
    return seq;
}

// Is this statement a match statement? 'match' is a soft keyword: try to
// parse "match <subject>:" NEWLINE and backtrack if that fails.
static pn_t *try_parse_match(parser_t *p) {
    mp_lexer_t *lex = p->lex;
    mp_lexer_t *saved = m_new_obj(mp_lexer_t);
    *saved = *lex;
    size_t line = lex->tok_line, col = lex->tok_col;
    pn_t *subject = NULL;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        next(p);
        switch (TOK) {
            case MP_TOKEN_ASSIGN: case MP_TOKEN_DOT: case MP_TOKEN_NEWLINE: case MP_TOKEN_END:
            case MP_TOKEN_COLON: case MP_TOKEN_COMMA: case MP_TOKEN_SEMICOLON: case MP_TOKEN_RPAREN:
                break;
            default:
                if (TOK >= MP_TOKEN_PLUS_EQ && TOK <= MP_TOKEN_AT_EQ) {
                    break;
                }
                subject = parse_yield_or_star_expressions(p);
                if (TOK != MP_TOKEN_COLON) {
                    subject = NULL;
                } else {
                    next(p);
                    if (TOK != MP_TOKEN_NEWLINE) {
                        subject = NULL;
                    }
                }
                break;
        }
        nlr_pop();
    } else {
        mp_obj_t exc = MP_OBJ_FROM_PTR(nlr.ret_val);
        if (!mp_obj_is_instance_of(exc, &mp_type_SyntaxError)) {
            nlr_raise(exc);
        }
        subject = NULL;
    }
    if (subject == NULL) {
        // not a match statement: rewind (keeping the current string buffer,
        // which may have been reallocated)
        p->lex = lex;
        p->fstring_depth = 0;
        vstr_t vs = lex->vstr;
        *lex = *saved;
        lex->vstr = vs;
        return NULL;
    }
    pn_t *m = mp_pn_new(p, PN_MATCH, line, col);
    m->a = subject;
    next(p);  // NEWLINE
    if (TOK != MP_TOKEN_INDENT) {
        char buf[80];
        snprintf(buf, sizeof(buf), "expected an indented block after 'match' statement on line %u", (unsigned)line);
        mp_lexer_raise(p->lex, &mp_type_IndentationError, p->lex->tok_line, p->lex->tok_col, buf);
    }
    next(p);
    plist_t cases;
    plist_init(&cases);
    while (TOK != MP_TOKEN_DEDENT && TOK != MP_TOKEN_END) {
        if (TOK != MP_TOKEN_NAME || p->lex->tok_qstr != MP_QSTR_case) {
            error_syntax(p);
        }
        pn_t *cs = new_tok_next(p, PN_MATCHCASE);
        cs->a = parse_case_patterns(p);
        if (accept(p, MP_TOKEN_KW_IF)) {
            cs->b = parse_named_expression(p);
        }
        cs->c = parse_block(p, "'case' statement", cs->line);
        plist_add(&cases, cs);
    }
    accept(p, MP_TOKEN_DEDENT);
    set_items(m, &cases);
    return m;
}

static void parse_statement(parser_t *p, plist_t *out) {
    mp_stack_check();
    size_t line = p->lex->tok_line, col = p->lex->tok_col;
    bool is_async = false;
    if (TOK == MP_TOKEN_KW_ASYNC) {
        next(p);
        if (TOK != MP_TOKEN_KW_DEF && TOK != MP_TOKEN_KW_FOR && TOK != MP_TOKEN_KW_WITH) {
            error_syntax(p);
        }
        is_async = true;
    }
    pn_t *s;
    switch (TOK) {
        case MP_TOKEN_KW_IF:
            s = parse_if(p, "'if' statement");
            break;
        case MP_TOKEN_KW_WHILE:
            s = parse_while(p);
            break;
        case MP_TOKEN_KW_FOR:
            s = parse_for(p, is_async, line, col);
            break;
        case MP_TOKEN_KW_TRY:
            s = parse_try(p);
            break;
        case MP_TOKEN_KW_WITH:
            s = parse_with(p, is_async, line, col);
            break;
        case MP_TOKEN_KW_DEF:
            s = parse_funcdef(p, is_async, line, col);
            break;
        case MP_TOKEN_KW_CLASS:
            s = parse_classdef(p);
            break;
        case MP_TOKEN_AT:
            s = parse_decorated(p);
            break;
        case MP_TOKEN_INDENT:
            mp_lexer_raise(p->lex, &mp_type_IndentationError, p->lex->tok_line, p->lex->tok_col, "unexpected indent");
        case MP_TOKEN_KW_ELSE:
        case MP_TOKEN_KW_ELIF:
        case MP_TOKEN_KW_EXCEPT:
        case MP_TOKEN_KW_FINALLY:
            error_tok(p, "invalid syntax");
        case MP_TOKEN_NAME:
            if (p->lex->tok_qstr == MP_QSTR_match && p->lex == &p->main_lex) {
                s = try_parse_match(p);
                if (s) {
                    break;
                }
            }
            parse_simple_stmts(p, out);
            return;
        default:
            parse_simple_stmts(p, out);
            return;
    }
    plist_add(out, s);
}

// Continue parsing an expression whose first atom was already parsed (used
// by 'with (' disambiguation).
static pn_t *pending_atom_expr(parser_t *p, pn_t *atom) {
    // trailers
    pn_t *e = atom;
    for (;;) {
        if (TOK == MP_TOKEN_DOT) {
            next(p);
            pn_t *a = new_at(PN_ATTR, e);
            a->a = e;
            a->id2 = (qstr)p->lex->tok_line;  // line of the attribute name
            a->id = expect_name(p);
            e = a;
        } else if (TOK == MP_TOKEN_LPAREN) {
            next(p);
            pn_t *c = new_at(PN_CALL, e);
            c->a = e;
            parse_call_args(p, c, MP_TOKEN_RPAREN);
            e = c;
        } else if (TOK == MP_TOKEN_LBRACKET) {
            next(p);
            pn_t *s = new_at(PN_SUBSCR, e);
            s->a = e;
            s->b = parse_subscript(p);
            expect(p, MP_TOKEN_RBRACKET);
            e = s;
        } else {
            break;
        }
    }
    if (TOK == MP_TOKEN_DSTAR) {
        next(p);
        e = make_binop(p, e, MP_BINARY_OP_POWER, parse_factor(p));
    }
    // binary operators (any precedence; left-assoc)
    for (;;) {
        mp_binary_op_t op;
        int prec = binop_prec(TOK, &op);
        if (prec == 0) {
            break;
        }
        next(p);
        pn_t *right = parse_binary(p, prec + 1);
        e = make_binop(p, e, op, right);
    }
    if (TOK == MP_TOKEN_KW_IF) {
        next(p);
        pn_t *ie = new_at(PN_IFEXP, e);
        ie->b = e;
        ie->a = parse_disjunction(p);
        expect(p, MP_TOKEN_KW_ELSE);
        ie->c = parse_expression(p);
        return ie;
    }
    if (TOK == MP_TOKEN_KW_AND || TOK == MP_TOKEN_KW_OR || TOK == MP_TOKEN_KW_IN || TOK == MP_TOKEN_KW_IS
        || TOK == MP_TOKEN_KW_NOT || (TOK >= MP_TOKEN_LT && TOK <= MP_TOKEN_NE)) {
        error_tok(p, "unsupported expression in with statement");
    }
    return e;
}

// ---------------------------------------------------------------------------
// Entry points

void mp_parser_init(mp_parser_t *p, const char *src, size_t len, qstr filename, mp_parse_input_kind_t kind) {
    memset(p, 0, sizeof(*p));
    p->input_kind = kind;
    mp_lexer_init(&p->main_lex, src, len, filename, 1, 1, false);
    p->lex = &p->main_lex;
    if (kind == MP_PARSE_EVAL_INPUT) {
        // eval strips leading whitespace
        mp_lexer_t *lex = p->lex;
        while (lex->p < lex->end && (*lex->p == ' ' || *lex->p == '\t')) {
            lex->p++;
        }
    }
    next(p);
}

pn_t *mp_parse_next(mp_parser_t *p) {
    while (TOK == MP_TOKEN_NEWLINE) {
        next(p);
    }
    if (TOK == MP_TOKEN_END) {
        return NULL;
    }
    pn_t *blk = new_tok(p, PN_BLOCK);
    plist_t l;
    plist_init(&l);
    parse_statement(p, &l);
    set_items(blk, &l);
    return blk;
}

pn_t *mp_parse_eval(mp_parser_t *p) {
    while (TOK == MP_TOKEN_NEWLINE) {
        next(p);
    }
    if (TOK == MP_TOKEN_INDENT) {
        mp_lexer_raise(p->lex, &mp_type_IndentationError, p->lex->tok_line, p->lex->tok_col, "unexpected indent");
    }
    pn_t *e = parse_star_expressions(p);
    if (e->kind == PN_STARRED) {
        mp_parser_error_at(p, e, "can't use starred expression here");
    }
    while (TOK == MP_TOKEN_NEWLINE) {
        next(p);
    }
    if (TOK != MP_TOKEN_END) {
        error_syntax(p);
    }
    return e;
}
