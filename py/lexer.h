// lexer.h: the tokenizer of Python source text. Produces one token at a
// time (the parser needs only one token of lookahead), handling indentation
// (INDENT/DEDENT), implicit line joining inside brackets, backslash
// continuation, numbers and string literals (decoded here, except f-strings
// whose raw body is handed to the parser).
#ifndef MP_PY_LEXER_H
#define MP_PY_LEXER_H

#include "obj.h"

#define MP_LEXER_TOKENS(X) \
    X(END) X(NEWLINE) X(INDENT) X(DEDENT) X(NAME) X(NUMBER) X(STRING) \
    /* keywords, in the order of the keyword table */ \
    X(KW_FALSE) X(KW_NONE) X(KW_TRUE) X(KW_AND) X(KW_AS) X(KW_ASSERT) X(KW_ASYNC) \
    X(KW_AWAIT) X(KW_BREAK) X(KW_CLASS) X(KW_CONTINUE) X(KW_DEF) X(KW_DEL) X(KW_ELIF) \
    X(KW_ELSE) X(KW_EXCEPT) X(KW_FINALLY) X(KW_FOR) X(KW_FROM) X(KW_GLOBAL) X(KW_IF) \
    X(KW_IMPORT) X(KW_IN) X(KW_IS) X(KW_LAMBDA) X(KW_NONLOCAL) X(KW_NOT) X(KW_OR) \
    X(KW_PASS) X(KW_RAISE) X(KW_RETURN) X(KW_TRY) X(KW_WHILE) X(KW_WITH) X(KW_YIELD) \
    /* delimiters */ \
    X(LPAREN) X(RPAREN) X(LBRACKET) X(RBRACKET) X(LBRACE) X(RBRACE) \
    X(COMMA) X(COLON) X(SEMICOLON) X(DOT) X(ELLIPSIS) X(AT) X(ASSIGN) X(ARROW) X(WALRUS) \
    /* operators */ \
    X(PLUS) X(MINUS) X(STAR) X(SLASH) X(DSLASH) X(PERCENT) X(DSTAR) X(LSHIFT) X(RSHIFT) \
    X(AMP) X(PIPE) X(CARET) X(TILDE) X(MATMUL_UNUSED) \
    X(LT) X(GT) X(LE) X(GE) X(EQ) X(NE) \
    /* augmented assignment, same order as the plain operators above */ \
    X(PLUS_EQ) X(MINUS_EQ) X(STAR_EQ) X(SLASH_EQ) X(DSLASH_EQ) X(PERCENT_EQ) X(DSTAR_EQ) \
    X(LSHIFT_EQ) X(RSHIFT_EQ) X(AMP_EQ) X(PIPE_EQ) X(CARET_EQ) X(AT_EQ)

typedef enum {
#define X(name) MP_TOKEN_##name,
    MP_LEXER_TOKENS(X)
#undef X
    MP_TOKEN_NUM
} mp_token_kind_t;

#define MP_TOKEN_FIRST_KEYWORD MP_TOKEN_KW_FALSE
#define MP_TOKEN_LAST_KEYWORD MP_TOKEN_KW_YIELD

// Kinds of string token.
#define MP_LEX_STR_STR (0)
#define MP_LEX_STR_BYTES (1)
#define MP_LEX_STR_FSTRING (2)

#define MP_LEXER_MAX_NESTING (200)

typedef struct _mp_lexer_t {
    const byte *src;        // whole source (owned by the caller)
    const byte *err_src;    // text used for error messages (the outer source for sub-lexers)
    size_t err_src_len;
    const byte *end;
    const byte *p;          // scan position
    const byte *line_start; // start of the current physical line
    qstr filename;
    size_t line;            // current physical line (1-based)

    // bracket nesting: the open bracket chars and their lines
    size_t n_brackets;
    char bracket_char[MP_LEXER_MAX_NESTING];
    uint32_t bracket_line[MP_LEXER_MAX_NESTING];
    uint32_t bracket_col[MP_LEXER_MAX_NESTING];
    bool fake_bracket;      // sub-lexer for an f-string expression: behave as inside ()

    // indentation
    uint16_t *indent;       // stack of indentation columns (heap)
    size_t n_indent, alloc_indent;
    int pending_dedents;
    bool at_bol;            // next token starts a logical line
    bool emitted_on_line;   // a token was produced on the current logical line
    bool done;

    // current token
    mp_token_kind_t tok;
    size_t tok_line;
    size_t tok_col;         // 1-based
    const byte *tok_start;  // raw text of the token in the source
    size_t tok_len;
    qstr tok_qstr;          // NAME
    mp_obj_t tok_value;     // NUMBER
    int tok_str_kind;       // STRING: MP_LEX_STR_*
    bool tok_str_raw;       // STRING: raw prefix given
    const byte *tok_body;   // STRING: raw body between the quotes
    size_t tok_body_len;
    size_t tok_body_line;   // line where the body starts
    size_t tok_body_col;
    bool tok_str_direct;    // STRING (str/bytes): the value is tok_body as is
    vstr_t vstr;            // STRING (str/bytes): decoded value, unless direct
    bool tok_space_before;  // whitespace precedes the token (for nicer errors)
} mp_lexer_t;

// Initialise on a source buffer. first_line/first_col set the position of
// the first byte (for sub-lexers over f-string expressions).
void mp_lexer_init(mp_lexer_t *lex, const char *src, size_t len, qstr filename, size_t first_line, size_t first_col, bool fake_bracket);
// Advance to the next token (lex->tok ...).
void mp_lexer_next(mp_lexer_t *lex);

// Raise a SyntaxError (or IndentationError) located at line/col, with the
// source line as text. Also used by the parser and compiler.
MP_NORETURN void mp_lexer_raise(const mp_lexer_t *lex, const mp_obj_type_t *type, size_t line, size_t col, const char *msg);
MP_NORETURN void mp_syntax_error_raise(const mp_obj_type_t *type, qstr filename, const byte *src, size_t src_len, size_t line, size_t col, const char *msg);

// Decode the escapes of a str/bytes literal body into vstr. line/col locate
// the body for error messages.
void mp_lexer_decode_escapes(const mp_lexer_t *lex, vstr_t *vstr, const byte *s, size_t len, bool is_bytes, bool raw, size_t line, size_t col);

// Name of a token kind for messages, e.g. "'('" (for delimiters/keywords).
const char *mp_lexer_token_text(mp_token_kind_t kind);

#endif
