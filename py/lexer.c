// lexer.c: the tokenizer. See lexer.h. Works directly on the source bytes
// (which must stay alive during the compile); the source is expected to use
// '\n' line endings (mp_compile normalises "\r\n" and "\r" first).
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "lexer.h"
#include "runtime.h"

// ---------------------------------------------------------------------------
// Errors

MP_NORETURN void mp_syntax_error_raise(const mp_obj_type_t *type, qstr filename, const byte *src, size_t src_len, size_t line, size_t col, const char *msg) {
    // Find the text of the offending line (for the SyntaxError's `text`).
    mp_obj_t text = mp_const_none;
    if (src != NULL && line >= 1) {
        const byte *p = src, *end = src + src_len;
        size_t l = 1;
        while (p < end && l < line) {
            if (*p++ == '\n') {
                l++;
            }
        }
        if (l == line && p <= end) {
            const byte *e = p;
            while (e < end && *e != '\n') {
                e++;
            }
            size_t n = e - p;
            if (n > 200) {
                n = 200;
            }
            // keep the text valid UTF-8 after truncation
            while (n > 0 && n < (size_t)(e - p) && utf8_is_cont(p[n])) {
                n--;
            }
            vstr_t vs;
            vstr_init(&vs, n + 2);
            vstr_add_strn(&vs, (const char *)p, n);
            vstr_add_byte(&vs, '\n');
            text = mp_obj_new_str(vs.buf, vs.len);
        }
    }
    mp_obj_t info[4] = {
        MP_OBJ_NEW_QSTR(filename),
        MP_OBJ_NEW_SMALL_INT((mp_int_t)line),
        MP_OBJ_NEW_SMALL_INT((mp_int_t)col),
        text,
    };
    mp_obj_t args[2] = {
        mp_obj_new_str(msg, strlen(msg)),
        mp_obj_new_tuple(4, info),
    };
    mp_obj_t exc = mp_obj_new_exception_args(type, 2, args);
    mp_obj_exception_add_traceback(exc, filename, line, MP_QSTRnull);
    nlr_raise(exc);
}

MP_NORETURN void mp_lexer_raise(const mp_lexer_t *lex, const mp_obj_type_t *type, size_t line, size_t col, const char *msg) {
    mp_syntax_error_raise(type, lex->filename, lex->err_src, lex->err_src_len, line, col, msg);
}

static MP_NORETURN void lex_error(const mp_lexer_t *lex, const char *msg) {
    mp_lexer_raise(lex, &mp_type_SyntaxError, lex->line, (lex->p - lex->line_start) + 1, msg);
}

static MP_NORETURN void lex_error_at(const mp_lexer_t *lex, size_t line, size_t col, const char *fmt, ...) {
    char buf[160];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof(buf), fmt, ap);
    va_end(ap);
    mp_lexer_raise(lex, &mp_type_SyntaxError, line, col, buf);
}

// ---------------------------------------------------------------------------
// Token names (for parser messages)

static const char *const token_texts[MP_TOKEN_NUM] = {
    [MP_TOKEN_END] = "end of input", [MP_TOKEN_NEWLINE] = "newline", [MP_TOKEN_INDENT] = "indent",
    [MP_TOKEN_DEDENT] = "dedent", [MP_TOKEN_NAME] = "name", [MP_TOKEN_NUMBER] = "number",
    [MP_TOKEN_STRING] = "string",
    [MP_TOKEN_KW_FALSE] = "False", [MP_TOKEN_KW_NONE] = "None", [MP_TOKEN_KW_TRUE] = "True",
    [MP_TOKEN_KW_AND] = "and", [MP_TOKEN_KW_AS] = "as", [MP_TOKEN_KW_ASSERT] = "assert",
    [MP_TOKEN_KW_ASYNC] = "async", [MP_TOKEN_KW_AWAIT] = "await", [MP_TOKEN_KW_BREAK] = "break",
    [MP_TOKEN_KW_CLASS] = "class", [MP_TOKEN_KW_CONTINUE] = "continue", [MP_TOKEN_KW_DEF] = "def",
    [MP_TOKEN_KW_DEL] = "del", [MP_TOKEN_KW_ELIF] = "elif", [MP_TOKEN_KW_ELSE] = "else",
    [MP_TOKEN_KW_EXCEPT] = "except", [MP_TOKEN_KW_FINALLY] = "finally", [MP_TOKEN_KW_FOR] = "for",
    [MP_TOKEN_KW_FROM] = "from", [MP_TOKEN_KW_GLOBAL] = "global", [MP_TOKEN_KW_IF] = "if",
    [MP_TOKEN_KW_IMPORT] = "import", [MP_TOKEN_KW_IN] = "in", [MP_TOKEN_KW_IS] = "is",
    [MP_TOKEN_KW_LAMBDA] = "lambda", [MP_TOKEN_KW_NONLOCAL] = "nonlocal", [MP_TOKEN_KW_NOT] = "not",
    [MP_TOKEN_KW_OR] = "or", [MP_TOKEN_KW_PASS] = "pass", [MP_TOKEN_KW_RAISE] = "raise",
    [MP_TOKEN_KW_RETURN] = "return", [MP_TOKEN_KW_TRY] = "try", [MP_TOKEN_KW_WHILE] = "while",
    [MP_TOKEN_KW_WITH] = "with", [MP_TOKEN_KW_YIELD] = "yield",
    [MP_TOKEN_LPAREN] = "(", [MP_TOKEN_RPAREN] = ")", [MP_TOKEN_LBRACKET] = "[",
    [MP_TOKEN_RBRACKET] = "]", [MP_TOKEN_LBRACE] = "{", [MP_TOKEN_RBRACE] = "}",
    [MP_TOKEN_COMMA] = ",", [MP_TOKEN_COLON] = ":", [MP_TOKEN_SEMICOLON] = ";",
    [MP_TOKEN_DOT] = ".", [MP_TOKEN_ELLIPSIS] = "...", [MP_TOKEN_AT] = "@",
    [MP_TOKEN_ASSIGN] = "=", [MP_TOKEN_ARROW] = "->", [MP_TOKEN_WALRUS] = ":=",
    [MP_TOKEN_PLUS] = "+", [MP_TOKEN_MINUS] = "-", [MP_TOKEN_STAR] = "*", [MP_TOKEN_SLASH] = "/",
    [MP_TOKEN_DSLASH] = "//", [MP_TOKEN_PERCENT] = "%", [MP_TOKEN_DSTAR] = "**",
    [MP_TOKEN_LSHIFT] = "<<", [MP_TOKEN_RSHIFT] = ">>", [MP_TOKEN_AMP] = "&", [MP_TOKEN_PIPE] = "|",
    [MP_TOKEN_CARET] = "^", [MP_TOKEN_TILDE] = "~", [MP_TOKEN_MATMUL_UNUSED] = "@",
    [MP_TOKEN_LT] = "<", [MP_TOKEN_GT] = ">", [MP_TOKEN_LE] = "<=", [MP_TOKEN_GE] = ">=",
    [MP_TOKEN_EQ] = "==", [MP_TOKEN_NE] = "!=",
    [MP_TOKEN_PLUS_EQ] = "+=", [MP_TOKEN_MINUS_EQ] = "-=", [MP_TOKEN_STAR_EQ] = "*=",
    [MP_TOKEN_SLASH_EQ] = "/=", [MP_TOKEN_DSLASH_EQ] = "//=", [MP_TOKEN_PERCENT_EQ] = "%=",
    [MP_TOKEN_DSTAR_EQ] = "**=", [MP_TOKEN_LSHIFT_EQ] = "<<=", [MP_TOKEN_RSHIFT_EQ] = ">>=",
    [MP_TOKEN_AMP_EQ] = "&=", [MP_TOKEN_PIPE_EQ] = "|=", [MP_TOKEN_CARET_EQ] = "^=",
    [MP_TOKEN_AT_EQ] = "@=",
};

const char *mp_lexer_token_text(mp_token_kind_t kind) {
    if (kind < MP_TOKEN_NUM && token_texts[kind]) {
        return token_texts[kind];
    }
    return "?";
}

// ---------------------------------------------------------------------------
// Character classes

static inline bool is_ident_start(byte c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
}
static inline bool is_ident_char(byte c) {
    return is_ident_start(c) || (c >= '0' && c <= '9');
}
static inline bool is_digit(byte c) {
    return c >= '0' && c <= '9';
}
static inline bool is_hex(byte c) {
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
static inline int hex_val(byte c) {
    if (c <= '9') {
        return c - '0';
    }
    return (c | 0x20) - 'a' + 10;
}

// Keywords: sorted as in the token enum (which is alphabetical per case).
static const char *const keywords[] = {
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
    "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
    "return", "try", "while", "with", "yield",
};

static int find_keyword(const byte *s, size_t n) {
    if (n < 2 || n > 8) {
        return -1;
    }
    for (size_t i = 0; i < MP_ARRAY_SIZE(keywords); i++) {
        const char *k = keywords[i];
        if (k[0] == (char)s[0] && strlen(k) == n && memcmp(k, s, n) == 0) {
            return (int)i;
        }
    }
    return -1;
}

// ---------------------------------------------------------------------------
// Init

void mp_lexer_init(mp_lexer_t *lex, const char *src, size_t len, qstr filename, size_t first_line, size_t first_col, bool fake_bracket) {
    memset(lex, 0, sizeof(*lex));
    lex->src = (const byte *)src;
    lex->err_src = lex->src;
    lex->err_src_len = len;
    lex->end = lex->src + len;
    lex->p = lex->src;
    lex->line_start = lex->src - (first_col - 1);
    lex->filename = filename;
    lex->line = first_line;
    lex->fake_bracket = fake_bracket;
    lex->alloc_indent = 16;
    lex->indent = m_new(uint16_t, lex->alloc_indent);
    lex->n_indent = 1;
    lex->indent[0] = 0;
    lex->at_bol = !fake_bracket;
    vstr_init(&lex->vstr, 32);
}

// ---------------------------------------------------------------------------
// String escapes

typedef struct {
    const char *name;
    uint32_t code;
} uniname_t;

// A small table of Unicode character names for \N{...}; lookups are
// case-insensitive. Letters, digits and ASCII punctuation plus common
// symbols; CJK ideographs are handled algorithmically.
static const uniname_t uninames[] = {
    {"ALERT", 0x7},
    {"ALMOST EQUAL TO", 0x2248},
    {"AMPERSAND", 0x26},
    {"APOSTROPHE", 0x27},
    {"ASTERISK", 0x2a},
    {"BACKSPACE", 0x8},
    {"BELL", 0x1f514},
    {"BLACK CIRCLE", 0x25cf},
    {"BLACK CLUB SUIT", 0x2663},
    {"BLACK DIAMOND SUIT", 0x2666},
    {"BLACK HEART SUIT", 0x2665},
    {"BLACK SMILING FACE", 0x263b},
    {"BLACK SPADE SUIT", 0x2660},
    {"BLACK SQUARE", 0x25a0},
    {"BLACK STAR", 0x2605},
    {"BLACK SUN WITH RAYS", 0x2600},
    {"BOM", 0xfeff},
    {"BULLET", 0x2022},
    {"CARRIAGE RETURN", 0xd},
    {"CHARACTER TABULATION", 0x9},
    {"CHECK MARK", 0x2713},
    {"CIRCLED PLUS", 0x2295},
    {"CIRCLED TIMES", 0x2297},
    {"CIRCUMFLEX ACCENT", 0x5e},
    {"CLOUD", 0x2601},
    {"COLON", 0x3a},
    {"COMMA", 0x2c},
    {"COMMERCIAL AT", 0x40},
    {"COPYRIGHT SIGN", 0xa9},
    {"CR", 0xd},
    {"DAGGER", 0x2020},
    {"DEGREE SIGN", 0xb0},
    {"DELETE", 0x7f},
    {"DIGIT EIGHT", 0x38},
    {"DIGIT FIVE", 0x35},
    {"DIGIT FOUR", 0x34},
    {"DIGIT NINE", 0x39},
    {"DIGIT ONE", 0x31},
    {"DIGIT SEVEN", 0x37},
    {"DIGIT SIX", 0x36},
    {"DIGIT THREE", 0x33},
    {"DIGIT TWO", 0x32},
    {"DIGIT ZERO", 0x30},
    {"DIVISION SIGN", 0xf7},
    {"DOLLAR SIGN", 0x24},
    {"DOUBLE DAGGER", 0x2021},
    {"DOUBLE PRIME", 0x2033},
    {"DOWNWARDS ARROW", 0x2193},
    {"ELEMENT OF", 0x2208},
    {"EM DASH", 0x2014},
    {"EN DASH", 0x2013},
    {"END OF LINE", 0xa},
    {"EOL", 0xa},
    {"EQUALS SIGN", 0x3d},
    {"ESCAPE", 0x1b},
    {"EURO SIGN", 0x20ac},
    {"EXCLAMATION MARK", 0x21},
    {"FACE WITH TEARS OF JOY", 0x1f602},
    {"FIRE", 0x1f525},
    {"FOR ALL", 0x2200},
    {"FORM FEED", 0xc},
    {"FULL STOP", 0x2e},
    {"GRAVE ACCENT", 0x60},
    {"GREATER-THAN OR EQUAL TO", 0x2265},
    {"GREATER-THAN SIGN", 0x3e},
    {"GREEK CAPITAL LETTER ALPHA", 0x391},
    {"GREEK CAPITAL LETTER BETA", 0x392},
    {"GREEK CAPITAL LETTER CHI", 0x3a7},
    {"GREEK CAPITAL LETTER DELTA", 0x394},
    {"GREEK CAPITAL LETTER EPSILON", 0x395},
    {"GREEK CAPITAL LETTER ETA", 0x397},
    {"GREEK CAPITAL LETTER GAMMA", 0x393},
    {"GREEK CAPITAL LETTER IOTA", 0x399},
    {"GREEK CAPITAL LETTER KAPPA", 0x39a},
    {"GREEK CAPITAL LETTER LAMDA", 0x39b},
    {"GREEK CAPITAL LETTER MU", 0x39c},
    {"GREEK CAPITAL LETTER NU", 0x39d},
    {"GREEK CAPITAL LETTER OMEGA", 0x3a9},
    {"GREEK CAPITAL LETTER OMICRON", 0x39f},
    {"GREEK CAPITAL LETTER PHI", 0x3a6},
    {"GREEK CAPITAL LETTER PI", 0x3a0},
    {"GREEK CAPITAL LETTER PSI", 0x3a8},
    {"GREEK CAPITAL LETTER RHO", 0x3a1},
    {"GREEK CAPITAL LETTER SIGMA", 0x3a3},
    {"GREEK CAPITAL LETTER TAU", 0x3a4},
    {"GREEK CAPITAL LETTER THETA", 0x398},
    {"GREEK CAPITAL LETTER UPSILON", 0x3a5},
    {"GREEK CAPITAL LETTER XI", 0x39e},
    {"GREEK CAPITAL LETTER ZETA", 0x396},
    {"GREEK SMALL LETTER ALPHA", 0x3b1},
    {"GREEK SMALL LETTER BETA", 0x3b2},
    {"GREEK SMALL LETTER CHI", 0x3c7},
    {"GREEK SMALL LETTER DELTA", 0x3b4},
    {"GREEK SMALL LETTER EPSILON", 0x3b5},
    {"GREEK SMALL LETTER ETA", 0x3b7},
    {"GREEK SMALL LETTER FINAL SIGMA", 0x3c2},
    {"GREEK SMALL LETTER GAMMA", 0x3b3},
    {"GREEK SMALL LETTER IOTA", 0x3b9},
    {"GREEK SMALL LETTER KAPPA", 0x3ba},
    {"GREEK SMALL LETTER LAMDA", 0x3bb},
    {"GREEK SMALL LETTER MU", 0x3bc},
    {"GREEK SMALL LETTER NU", 0x3bd},
    {"GREEK SMALL LETTER OMEGA", 0x3c9},
    {"GREEK SMALL LETTER OMICRON", 0x3bf},
    {"GREEK SMALL LETTER PHI", 0x3c6},
    {"GREEK SMALL LETTER PI", 0x3c0},
    {"GREEK SMALL LETTER PSI", 0x3c8},
    {"GREEK SMALL LETTER RHO", 0x3c1},
    {"GREEK SMALL LETTER SIGMA", 0x3c3},
    {"GREEK SMALL LETTER TAU", 0x3c4},
    {"GREEK SMALL LETTER THETA", 0x3b8},
    {"GREEK SMALL LETTER UPSILON", 0x3c5},
    {"GREEK SMALL LETTER XI", 0x3be},
    {"GREEK SMALL LETTER ZETA", 0x3b6},
    {"GRINNING FACE", 0x1f600},
    {"HEAVY BLACK HEART", 0x2764},
    {"HEAVY CHECK MARK", 0x2714},
    {"HIGH VOLTAGE SIGN", 0x26a1},
    {"HORIZONTAL ELLIPSIS", 0x2026},
    {"HOT BEVERAGE", 0x2615},
    {"HYPHEN-MINUS", 0x2d},
    {"IDENTICAL TO", 0x2261},
    {"IDEOGRAPHIC SPACE", 0x3000},
    {"INFINITY", 0x221e},
    {"INTEGRAL", 0x222b},
    {"INTERSECTION", 0x2229},
    {"INVERTED EXCLAMATION MARK", 0xa1},
    {"INVERTED QUESTION MARK", 0xbf},
    {"LATIN CAPITAL LETTER A", 0x41},
    {"LATIN CAPITAL LETTER A WITH ACUTE", 0xc1},
    {"LATIN CAPITAL LETTER A WITH DIAERESIS", 0xc4},
    {"LATIN CAPITAL LETTER A WITH GRAVE", 0xc0},
    {"LATIN CAPITAL LETTER A WITH RING ABOVE", 0xc5},
    {"LATIN CAPITAL LETTER AE", 0xc6},
    {"LATIN CAPITAL LETTER B", 0x42},
    {"LATIN CAPITAL LETTER C", 0x43},
    {"LATIN CAPITAL LETTER C WITH CEDILLA", 0xc7},
    {"LATIN CAPITAL LETTER D", 0x44},
    {"LATIN CAPITAL LETTER E", 0x45},
    {"LATIN CAPITAL LETTER E WITH ACUTE", 0xc9},
    {"LATIN CAPITAL LETTER F", 0x46},
    {"LATIN CAPITAL LETTER G", 0x47},
    {"LATIN CAPITAL LETTER H", 0x48},
    {"LATIN CAPITAL LETTER I", 0x49},
    {"LATIN CAPITAL LETTER J", 0x4a},
    {"LATIN CAPITAL LETTER K", 0x4b},
    {"LATIN CAPITAL LETTER L", 0x4c},
    {"LATIN CAPITAL LETTER M", 0x4d},
    {"LATIN CAPITAL LETTER N", 0x4e},
    {"LATIN CAPITAL LETTER N WITH TILDE", 0xd1},
    {"LATIN CAPITAL LETTER O", 0x4f},
    {"LATIN CAPITAL LETTER O WITH DIAERESIS", 0xd6},
    {"LATIN CAPITAL LETTER O WITH STROKE", 0xd8},
    {"LATIN CAPITAL LETTER P", 0x50},
    {"LATIN CAPITAL LETTER Q", 0x51},
    {"LATIN CAPITAL LETTER R", 0x52},
    {"LATIN CAPITAL LETTER S", 0x53},
    {"LATIN CAPITAL LETTER T", 0x54},
    {"LATIN CAPITAL LETTER U", 0x55},
    {"LATIN CAPITAL LETTER U WITH DIAERESIS", 0xdc},
    {"LATIN CAPITAL LETTER V", 0x56},
    {"LATIN CAPITAL LETTER W", 0x57},
    {"LATIN CAPITAL LETTER X", 0x58},
    {"LATIN CAPITAL LETTER Y", 0x59},
    {"LATIN CAPITAL LETTER Z", 0x5a},
    {"LATIN SMALL LETTER A", 0x61},
    {"LATIN SMALL LETTER A WITH ACUTE", 0xe1},
    {"LATIN SMALL LETTER A WITH CIRCUMFLEX", 0xe2},
    {"LATIN SMALL LETTER A WITH DIAERESIS", 0xe4},
    {"LATIN SMALL LETTER A WITH GRAVE", 0xe0},
    {"LATIN SMALL LETTER A WITH RING ABOVE", 0xe5},
    {"LATIN SMALL LETTER A WITH TILDE", 0xe3},
    {"LATIN SMALL LETTER AE", 0xe6},
    {"LATIN SMALL LETTER B", 0x62},
    {"LATIN SMALL LETTER C", 0x63},
    {"LATIN SMALL LETTER C WITH ACUTE", 0x107},
    {"LATIN SMALL LETTER C WITH CEDILLA", 0xe7},
    {"LATIN SMALL LETTER D", 0x64},
    {"LATIN SMALL LETTER E", 0x65},
    {"LATIN SMALL LETTER E WITH ACUTE", 0xe9},
    {"LATIN SMALL LETTER E WITH CIRCUMFLEX", 0xea},
    {"LATIN SMALL LETTER E WITH GRAVE", 0xe8},
    {"LATIN SMALL LETTER F", 0x66},
    {"LATIN SMALL LETTER G", 0x67},
    {"LATIN SMALL LETTER H", 0x68},
    {"LATIN SMALL LETTER I", 0x69},
    {"LATIN SMALL LETTER I WITH ACUTE", 0xed},
    {"LATIN SMALL LETTER I WITH CIRCUMFLEX", 0xee},
    {"LATIN SMALL LETTER J", 0x6a},
    {"LATIN SMALL LETTER K", 0x6b},
    {"LATIN SMALL LETTER L", 0x6c},
    {"LATIN SMALL LETTER M", 0x6d},
    {"LATIN SMALL LETTER N", 0x6e},
    {"LATIN SMALL LETTER N WITH TILDE", 0xf1},
    {"LATIN SMALL LETTER O", 0x6f},
    {"LATIN SMALL LETTER O WITH ACUTE", 0xf3},
    {"LATIN SMALL LETTER O WITH CIRCUMFLEX", 0xf4},
    {"LATIN SMALL LETTER O WITH DIAERESIS", 0xf6},
    {"LATIN SMALL LETTER O WITH STROKE", 0xf8},
    {"LATIN SMALL LETTER O WITH TILDE", 0xf5},
    {"LATIN SMALL LETTER P", 0x70},
    {"LATIN SMALL LETTER Q", 0x71},
    {"LATIN SMALL LETTER R", 0x72},
    {"LATIN SMALL LETTER S", 0x73},
    {"LATIN SMALL LETTER S WITH CARON", 0x161},
    {"LATIN SMALL LETTER SHARP S", 0xdf},
    {"LATIN SMALL LETTER T", 0x74},
    {"LATIN SMALL LETTER U", 0x75},
    {"LATIN SMALL LETTER U WITH ACUTE", 0xfa},
    {"LATIN SMALL LETTER U WITH CIRCUMFLEX", 0xfb},
    {"LATIN SMALL LETTER U WITH DIAERESIS", 0xfc},
    {"LATIN SMALL LETTER V", 0x76},
    {"LATIN SMALL LETTER W", 0x77},
    {"LATIN SMALL LETTER X", 0x78},
    {"LATIN SMALL LETTER Y", 0x79},
    {"LATIN SMALL LETTER Z", 0x7a},
    {"LATIN SMALL LETTER Z WITH CARON", 0x17e},
    {"LEFT CURLY BRACKET", 0x7b},
    {"LEFT DOUBLE QUOTATION MARK", 0x201c},
    {"LEFT PARENTHESIS", 0x28},
    {"LEFT SINGLE QUOTATION MARK", 0x2018},
    {"LEFT SQUARE BRACKET", 0x5b},
    {"LEFT-POINTING DOUBLE ANGLE QUOTATION MARK", 0xab},
    {"LEFTWARDS ARROW", 0x2190},
    {"LESS-THAN OR EQUAL TO", 0x2264},
    {"LESS-THAN SIGN", 0x3c},
    {"LF", 0xa},
    {"LINE FEED", 0xa},
    {"LINE SEPARATOR", 0x2028},
    {"LINE TABULATION", 0xb},
    {"LOGICAL AND", 0x2227},
    {"LOGICAL OR", 0x2228},
    {"LOW LINE", 0x5f},
    {"MICRO SIGN", 0xb5},
    {"MIDDLE DOT", 0xb7},
    {"MULTIPLICATION SIGN", 0xd7},
    {"N-ARY PRODUCT", 0x220f},
    {"N-ARY SUMMATION", 0x2211},
    {"NABLA", 0x2207},
    {"NBSP", 0xa0},
    {"NEL", 0x85},
    {"NEW LINE", 0xa},
    {"NEXT LINE", 0x85},
    {"NO-BREAK SPACE", 0xa0},
    {"NOT EQUAL TO", 0x2260},
    {"NOT SIGN", 0xac},
    {"NUL", 0x0},
    {"NULL", 0x0},
    {"NUMBER SIGN", 0x23},
    {"PARAGRAPH SEPARATOR", 0x2029},
    {"PARTIAL DIFFERENTIAL", 0x2202},
    {"PARTY POPPER", 0x1f389},
    {"PER MILLE SIGN", 0x2030},
    {"PERCENT SIGN", 0x25},
    {"PILCROW SIGN", 0xb6},
    {"PILE OF POO", 0x1f4a9},
    {"PLUS SIGN", 0x2b},
    {"PLUS-MINUS SIGN", 0xb1},
    {"POUND SIGN", 0xa3},
    {"PRIME", 0x2032},
    {"QUESTION MARK", 0x3f},
    {"QUOTATION MARK", 0x22},
    {"REGISTERED SIGN", 0xae},
    {"REPLACEMENT CHARACTER", 0xfffd},
    {"REVERSE SOLIDUS", 0x5c},
    {"RIGHT CURLY BRACKET", 0x7d},
    {"RIGHT DOUBLE QUOTATION MARK", 0x201d},
    {"RIGHT PARENTHESIS", 0x29},
    {"RIGHT SINGLE QUOTATION MARK", 0x2019},
    {"RIGHT SQUARE BRACKET", 0x5d},
    {"RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK", 0xbb},
    {"RIGHTWARDS ARROW", 0x2192},
    {"ROCKET", 0x1f680},
    {"SECTION SIGN", 0xa7},
    {"SEMICOLON", 0x3b},
    {"SHY", 0xad},
    {"SNAKE", 0x1f40d},
    {"SNOWMAN", 0x2603},
    {"SOFT HYPHEN", 0xad},
    {"SOLIDUS", 0x2f},
    {"SPACE", 0x20},
    {"SPARKLES", 0x2728},
    {"SQUARE ROOT", 0x221a},
    {"SUPERSCRIPT FIVE", 0x2075},
    {"SUPERSCRIPT FOUR", 0x2074},
    {"SUPERSCRIPT ONE", 0xb9},
    {"SUPERSCRIPT THREE", 0xb3},
    {"SUPERSCRIPT TWO", 0xb2},
    {"SUPERSCRIPT ZERO", 0x2070},
    {"TAB", 0x9},
    {"THERE EXISTS", 0x2203},
    {"THUMBS UP SIGN", 0x1f44d},
    {"TILDE", 0x7e},
    {"TRADE MARK SIGN", 0x2122},
    {"UMBRELLA", 0x2602},
    {"UNION", 0x222a},
    {"UPWARDS ARROW", 0x2191},
    {"VERTICAL LINE", 0x7c},
    {"VULGAR FRACTION ONE HALF", 0xbd},
    {"VULGAR FRACTION ONE QUARTER", 0xbc},
    {"VULGAR FRACTION THREE QUARTERS", 0xbe},
    {"WHITE CIRCLE", 0x25cb},
    {"WHITE SMILING FACE", 0x263a},
    {"WHITE SQUARE", 0x25a1},
    {"WHITE STAR", 0x2606},
    {"YEN SIGN", 0xa5},
    {"ZERO WIDTH JOINER", 0x200d},
    {"ZERO WIDTH NO-BREAK SPACE", 0xfeff},
    {"ZERO WIDTH NON-JOINER", 0x200c},
    {"ZERO WIDTH SPACE", 0x200b},
    {"ZWSP", 0x200b},
};

static bool name_eq_nocase(const char *a, const byte *b, size_t n) {
    for (size_t i = 0; i < n; i++) {
        byte c = b[i];
        if (c >= 'a' && c <= 'z') {
            c -= 32;
        }
        if ((byte)a[i] != c) {
            return false;
        }
    }
    return a[n] == 0;
}

static int64_t lookup_uniname(const byte *s, size_t n) {
    for (size_t i = 0; i < MP_ARRAY_SIZE(uninames); i++) {
        if (name_eq_nocase(uninames[i].name, s, n)) {
            return uninames[i].code;
        }
    }
    static const char cjk[] = "CJK UNIFIED IDEOGRAPH-";
    size_t lc = sizeof(cjk) - 1;
    if (n > lc && n <= lc + 5) {
        bool ok = true;
        for (size_t i = 0; i < lc; i++) {
            byte c = s[i];
            if (c >= 'a' && c <= 'z') {
                c -= 32;
            }
            if (c != (byte)cjk[i]) {
                ok = false;
                break;
            }
        }
        if (ok) {
            uint32_t v = 0;
            for (size_t i = lc; i < n; i++) {
                if (!is_hex(s[i])) {
                    return -1;
                }
                v = v * 16 + hex_val(s[i]);
            }
            if ((v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF) || (v >= 0x20000 && v <= 0x2A6DF)) {
                return v;
            }
        }
    }
    return -1;
}

void mp_lexer_decode_escapes(const mp_lexer_t *lex, vstr_t *vstr, const byte *s, size_t len, bool is_bytes, bool raw, size_t line, size_t col) {
    const byte *end = s + len;
    const byte *start = s;
    if (raw) {
        vstr_add_strn(vstr, (const char *)s, len);
        return;
    }
    while (s < end) {
        byte c = *s;
        if (c != '\\') {
            // copy a run of plain bytes
            const byte *r = s;
            while (s < end && *s != '\\') {
                s++;
            }
            vstr_add_strn(vstr, (const char *)r, s - r);
            continue;
        }
        const byte *esc = s;
        s++;
        if (s >= end) {
            vstr_add_byte(vstr, '\\');
            break;
        }
        c = *s++;
        switch (c) {
            case '\n':
                break;
            case '\\':
            case '\'':
            case '"':
                vstr_add_byte(vstr, c);
                break;
            case 'a':
                vstr_add_byte(vstr, 7);
                break;
            case 'b':
                vstr_add_byte(vstr, 8);
                break;
            case 'f':
                vstr_add_byte(vstr, 12);
                break;
            case 'n':
                vstr_add_byte(vstr, '\n');
                break;
            case 'r':
                vstr_add_byte(vstr, '\r');
                break;
            case 't':
                vstr_add_byte(vstr, '\t');
                break;
            case 'v':
                vstr_add_byte(vstr, 11);
                break;
            case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
                uint32_t v = c - '0';
                for (int i = 0; i < 2 && s < end && *s >= '0' && *s <= '7'; i++) {
                    v = v * 8 + (*s++ - '0');
                }
                if (is_bytes) {
                    vstr_add_byte(vstr, (byte)v);
                } else {
                    vstr_add_char(vstr, v);
                }
                break;
            }
            case 'x': {
                if (end - s < 2 || !is_hex(s[0]) || !is_hex(s[1])) {
                    size_t pos = esc - start;
                    if (is_bytes) {
                        lex_error_at(lex, line, col, "(value error) invalid \\x escape at position %u", (unsigned)pos);
                    }
                    lex_error_at(lex, line, col, "(unicode error) 'unicodeescape' codec can't decode bytes in position %u-%u: truncated \\xXX escape", (unsigned)pos, (unsigned)(pos + 1 + (s < end && is_hex(*s))));
                }
                uint32_t v = hex_val(s[0]) * 16 + hex_val(s[1]);
                s += 2;
                if (is_bytes) {
                    vstr_add_byte(vstr, (byte)v);
                } else {
                    vstr_add_char(vstr, v);
                }
                break;
            }
            case 'u':
            case 'U': {
                if (is_bytes) {
                    vstr_add_byte(vstr, '\\');
                    vstr_add_byte(vstr, c);
                    break;
                }
                int n = c == 'u' ? 4 : 8;
                uint32_t v = 0;
                int i;
                for (i = 0; i < n && s < end && is_hex(*s); i++) {
                    v = v * 16 + hex_val(*s++);
                }
                size_t pos = esc - start;
                if (i < n) {
                    lex_error_at(lex, line, col, "(unicode error) 'unicodeescape' codec can't decode bytes in position %u-%u: truncated \\%cXXXX%s escape",
                        (unsigned)pos, (unsigned)(pos + 1 + i), c, c == 'U' ? "XXXX" : "");
                }
                if (v > 0x10FFFF) {
                    lex_error_at(lex, line, col, "(unicode error) 'unicodeescape' codec can't decode bytes in position %u-%u: illegal Unicode character",
                        (unsigned)pos, (unsigned)(pos + 1 + n));
                }
                vstr_add_char(vstr, v);
                break;
            }
            case 'N': {
                if (is_bytes) {
                    vstr_add_byte(vstr, '\\');
                    vstr_add_byte(vstr, c);
                    break;
                }
                size_t pos = esc - start;
                if (s >= end || *s != '{') {
                    lex_error_at(lex, line, col, "(unicode error) 'unicodeescape' codec can't decode bytes in position %u-%u: malformed \\N character escape", (unsigned)pos, (unsigned)(pos + 1));
                }
                const byte *nm = ++s;
                while (s < end && *s != '}') {
                    s++;
                }
                if (s >= end) {
                    lex_error_at(lex, line, col, "(unicode error) 'unicodeescape' codec can't decode bytes in position %u-%u: malformed \\N character escape", (unsigned)pos, (unsigned)(s - start - 1));
                }
                int64_t v = lookup_uniname(nm, s - nm);
                if (v < 0) {
                    lex_error_at(lex, line, col, "(unicode error) 'unicodeescape' codec can't decode bytes in position %u-%u: unknown Unicode character name", (unsigned)pos, (unsigned)(s - start));
                }
                s++;
                vstr_add_char(vstr, (uint32_t)v);
                break;
            }
            default:
                // unrecognised escape: kept verbatim (CPython warns)
                vstr_add_byte(vstr, '\\');
                vstr_add_byte(vstr, c);
                break;
        }
    }
}

// ---------------------------------------------------------------------------
// Scanning

static void newline_seen(mp_lexer_t *lex) {
    lex->line++;
    lex->line_start = lex->p;
}

static void push_bracket(mp_lexer_t *lex, char c) {
    if (lex->n_brackets >= MP_LEXER_MAX_NESTING) {
        lex_error_at(lex, lex->tok_line, lex->tok_col, "too many nested parentheses");
    }
    lex->bracket_char[lex->n_brackets] = c;
    lex->bracket_line[lex->n_brackets] = lex->tok_line;
    lex->bracket_col[lex->n_brackets] = lex->tok_col;
    lex->n_brackets++;
}

static void pop_bracket(mp_lexer_t *lex, char c) {
    if (lex->n_brackets == 0) {
        lex_error_at(lex, lex->tok_line, lex->tok_col, "unmatched '%c'", c);
    }
    char open = lex->bracket_char[lex->n_brackets - 1];
    char want = open == '(' ? ')' : open == '[' ? ']' : '}';
    if (c != want) {
        if (lex->bracket_line[lex->n_brackets - 1] != lex->tok_line) {
            lex_error_at(lex, lex->tok_line, lex->tok_col, "closing parenthesis '%c' does not match opening parenthesis '%c' on line %u",
                c, open, (unsigned)lex->bracket_line[lex->n_brackets - 1]);
        }
        lex_error_at(lex, lex->tok_line, lex->tok_col, "closing parenthesis '%c' does not match opening parenthesis '%c'", c, open);
    }
    lex->n_brackets--;
}

// Scan digits of the given base allowing single underscores between digits.
// Returns the number of digits scanned.
static size_t scan_digits(mp_lexer_t *lex, int base, const char *kind) {
    size_t n = 0;
    for (;;) {
        byte c = lex->p < lex->end ? *lex->p : 0;
        bool ok = base == 16 ? is_hex(c) : base == 8 ? (c >= '0' && c <= '7') : base == 2 ? (c == '0' || c == '1') : is_digit(c);
        if (ok) {
            lex->p++;
            n++;
        } else if (c == '_') {
            byte d = lex->p + 1 < lex->end ? lex->p[1] : 0;
            bool dok = base == 16 ? is_hex(d) : base == 8 ? (d >= '0' && d <= '7') : base == 2 ? (d == '0' || d == '1') : is_digit(d);
            if (n == 0 || !dok) {
                lex->p++;
                lex_error_at(lex, lex->line, (lex->p - lex->line_start) + 1, "invalid %s literal", kind);
            }
            lex->p++;
        } else {
            if (base != 10 && is_digit(c)) {
                lex->p++;
                lex_error_at(lex, lex->line, (lex->p - lex->line_start) + 1, "invalid digit '%c' in %s literal", c, kind);
            }
            return n;
        }
    }
}

// After a number: a letter directly following is an error unless it starts a
// keyword (CPython accepts "1if x else 2").
static void check_number_end(mp_lexer_t *lex, const char *kind) {
    if (lex->p < lex->end && is_ident_char(*lex->p)) {
        const byte *q = lex->p;
        while (q < lex->end && is_ident_char(*q)) {
            q++;
        }
        static const char *const ok_kw[] = {"and", "or", "if", "else", "in", "is", "not", "for"};
        for (size_t i = 0; i < MP_ARRAY_SIZE(ok_kw); i++) {
            size_t kl = strlen(ok_kw[i]);
            if ((size_t)(q - lex->p) >= kl && memcmp(lex->p, ok_kw[i], kl) == 0) {
                return;
            }
        }
        lex_error_at(lex, lex->tok_line, lex->tok_col, "invalid %s literal", kind);
    }
}

static mp_obj_t make_int(const char *s, size_t n, int base) {
    if (n <= 12) {
        mp_int_t v = 0;
        for (size_t i = 0; i < n; i++) {
            v = v * base + hex_val((byte)s[i]);
        }
        if (mp_small_int_fits(v)) {
            return MP_OBJ_NEW_SMALL_INT(v);
        }
    }
    return mp_obj_new_int_from_str_len(s, n, base);
}

static void scan_number(mp_lexer_t *lex) {
    const byte *start = lex->p;
    vstr_t *vs = &lex->vstr;
    vstr_reset(vs);
    if (*lex->p == '0' && lex->p + 1 < lex->end && strchr("xXoObB", lex->p[1]) && lex->p[1]) {
        char k = lex->p[1] | 0x20;
        int base = k == 'x' ? 16 : k == 'o' ? 8 : 2;
        const char *kind = k == 'x' ? "hexadecimal" : k == 'o' ? "octal" : "binary";
        lex->p += 2;
        if (lex->p < lex->end && *lex->p == '_') {
            lex->p++;
        }
        const byte *ds = lex->p;
        size_t n = scan_digits(lex, base, kind);
        if (n == 0) {
            lex_error_at(lex, lex->tok_line, lex->tok_col, "invalid %s literal", kind);
        }
        check_number_end(lex, kind);
        for (const byte *q = ds; q < lex->p; q++) {
            if (*q != '_') {
                vstr_add_byte(vs, *q);
            }
        }
        // strip leading zeros so that small values take the fast path
        size_t skip = 0;
        while (skip + 1 < vs->len && vs->buf[skip] == '0') {
            skip++;
        }
        lex->tok_value = make_int(vs->buf + skip, vs->len - skip, base);
        return;
    }
    bool is_float = false;
    if (*lex->p != '.') {
        scan_digits(lex, 10, "decimal");
    }
    if (lex->p < lex->end && *lex->p == '.') {
        is_float = true;
        lex->p++;
        if (lex->p < lex->end && *lex->p == '_') {
            lex_error_at(lex, lex->tok_line, lex->tok_col, "invalid decimal literal");
        }
        scan_digits(lex, 10, "decimal");
    }
    if (lex->p < lex->end && (*lex->p | 0x20) == 'e') {
        const byte *q = lex->p + 1;
        if (q < lex->end && (*q == '+' || *q == '-')) {
            q++;
        }
        if (q < lex->end && is_digit(*q)) {
            is_float = true;
            lex->p = q;
            scan_digits(lex, 10, "decimal");
        } else if (!(q < lex->end && is_ident_char(*q) && q == lex->p + 1)) {
            lex->p = q;
            lex_error_at(lex, lex->tok_line, lex->tok_col, "invalid decimal literal");
        }
    }
    bool is_imag = false;
    const byte *num_end = lex->p;
    if (lex->p < lex->end && (*lex->p | 0x20) == 'j') {
        is_imag = true;
        lex->p++;
    }
    check_number_end(lex, is_imag ? "imaginary" : "decimal");
    for (const byte *q = start; q < num_end; q++) {
        if (*q != '_') {
            vstr_add_byte(vs, *q);
        }
    }
    if (is_imag) {
        mp_obj_t f = mp_obj_new_float_from_str_len(vs->buf, vs->len);
        lex->tok_value = mp_obj_new_complex(0, mp_obj_get_float(f));
    } else if (is_float) {
        lex->tok_value = mp_obj_new_float_from_str_len(vs->buf, vs->len);
    } else {
        if (vs->len > 1 && vs->buf[0] == '0') {
            for (size_t i = 0; i < vs->len; i++) {
                if (vs->buf[i] != '0') {
                    lex_error_at(lex, lex->tok_line, lex->tok_col, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
                }
            }
            lex->tok_value = MP_OBJ_NEW_SMALL_INT(0);
        } else {
            lex->tok_value = make_int(vs->buf, vs->len, 10);
        }
    }
}

// Scan a string literal whose prefix (possibly empty) is [pstart, lex->p);
// lex->p points at the opening quote.
static void scan_string(mp_lexer_t *lex, const byte *pstart) {
    bool raw = false, is_bytes = false, is_f = false;
    for (const byte *q = pstart; q < lex->p; q++) {
        switch (*q | 0x20) {
            case 'r':
                raw = true;
                break;
            case 'b':
                is_bytes = true;
                break;
            case 'f':
                is_f = true;
                break;
        }
    }
    byte quote = *lex->p;
    bool triple = lex->p + 2 < lex->end && lex->p[1] == quote && lex->p[2] == quote;
    lex->p += triple ? 3 : 1;
    const byte *body = lex->p;
    size_t body_line = lex->line;
    size_t body_col = (body - lex->line_start) + 1;
    for (;;) {
        if (lex->p >= lex->end) {
            if (triple) {
                lex_error_at(lex, lex->tok_line, lex->tok_col, "unterminated triple-quoted string literal (detected at line %u)", (unsigned)lex->line);
            }
            lex_error_at(lex, lex->tok_line, lex->tok_col, "unterminated string literal (detected at line %u)", (unsigned)lex->line);
        }
        byte c = *lex->p;
        if (c == '\\') {
            lex->p++;
            if (lex->p < lex->end) {
                if (*lex->p == '\n') {
                    lex->p++;
                    newline_seen(lex);
                } else {
                    lex->p++;
                }
            }
        } else if (c == quote) {
            if (!triple) {
                break;
            }
            if (lex->p + 2 < lex->end && lex->p[1] == quote && lex->p[2] == quote) {
                break;
            }
            lex->p++;
        } else if (c == '\n') {
            if (!triple) {
                lex_error_at(lex, lex->tok_line, lex->tok_col, "unterminated string literal (detected at line %u)", (unsigned)lex->line);
            }
            lex->p++;
            newline_seen(lex);
        } else {
            lex->p++;
        }
    }
    const byte *body_end = lex->p;
    lex->p += triple ? 3 : 1;
    lex->tok_str_raw = raw;
    lex->tok_body = body;
    lex->tok_body_len = body_end - body;
    lex->tok_body_line = body_line;
    lex->tok_body_col = body_col;
    if (is_f) {
        lex->tok_str_kind = MP_LEX_STR_FSTRING;
        return;
    }
    lex->tok_str_kind = is_bytes ? MP_LEX_STR_BYTES : MP_LEX_STR_STR;
    if (is_bytes) {
        for (const byte *q = body; q < body_end; q++) {
            if (*q >= 0x80) {
                lex_error_at(lex, lex->tok_line, lex->tok_col, "bytes can only contain ASCII literal characters");
            }
        }
    }
    // Without escapes the value is the body itself: no copy needed.
    lex->tok_str_direct = raw || memchr(body, '\\', body_end - body) == NULL;
    if (!lex->tok_str_direct) {
        vstr_reset(&lex->vstr);
        mp_lexer_decode_escapes(lex, &lex->vstr, body, body_end - body, is_bytes, raw, body_line, body_col);
    }
}

static bool is_string_prefix(const byte *s, size_t n) {
    if (n == 1) {
        byte c = s[0] | 0x20;
        return c == 'r' || c == 'u' || c == 'b' || c == 'f';
    }
    if (n == 2) {
        byte a = s[0] | 0x20, b = s[1] | 0x20;
        return (a == 'r' && (b == 'b' || b == 'f')) || (b == 'r' && (a == 'b' || a == 'f'));
    }
    return false;
}

typedef struct {
    char text[4];
    uint8_t tok;
} op_entry_t;

static const op_entry_t ops3[] = {
    {"**=", MP_TOKEN_DSTAR_EQ}, {"//=", MP_TOKEN_DSLASH_EQ}, {">>=", MP_TOKEN_RSHIFT_EQ},
    {"<<=", MP_TOKEN_LSHIFT_EQ}, {"...", MP_TOKEN_ELLIPSIS},
};
static const op_entry_t ops2[] = {
    {"**", MP_TOKEN_DSTAR}, {"//", MP_TOKEN_DSLASH}, {">>", MP_TOKEN_RSHIFT}, {"<<", MP_TOKEN_LSHIFT},
    {"<=", MP_TOKEN_LE}, {">=", MP_TOKEN_GE}, {"==", MP_TOKEN_EQ}, {"!=", MP_TOKEN_NE},
    {"->", MP_TOKEN_ARROW}, {"+=", MP_TOKEN_PLUS_EQ}, {"-=", MP_TOKEN_MINUS_EQ},
    {"*=", MP_TOKEN_STAR_EQ}, {"/=", MP_TOKEN_SLASH_EQ}, {"%=", MP_TOKEN_PERCENT_EQ},
    {"&=", MP_TOKEN_AMP_EQ}, {"|=", MP_TOKEN_PIPE_EQ}, {"^=", MP_TOKEN_CARET_EQ},
    {"@=", MP_TOKEN_AT_EQ}, {":=", MP_TOKEN_WALRUS}, {"<>", 0xff},
};
static const op_entry_t ops1[] = {
    {"(", MP_TOKEN_LPAREN}, {")", MP_TOKEN_RPAREN}, {"[", MP_TOKEN_LBRACKET}, {"]", MP_TOKEN_RBRACKET},
    {"{", MP_TOKEN_LBRACE}, {"}", MP_TOKEN_RBRACE}, {",", MP_TOKEN_COMMA}, {":", MP_TOKEN_COLON},
    {";", MP_TOKEN_SEMICOLON}, {".", MP_TOKEN_DOT}, {"@", MP_TOKEN_AT}, {"=", MP_TOKEN_ASSIGN},
    {"+", MP_TOKEN_PLUS}, {"-", MP_TOKEN_MINUS}, {"*", MP_TOKEN_STAR}, {"/", MP_TOKEN_SLASH},
    {"%", MP_TOKEN_PERCENT}, {"&", MP_TOKEN_AMP}, {"|", MP_TOKEN_PIPE}, {"^", MP_TOKEN_CARET},
    {"~", MP_TOKEN_TILDE}, {"<", MP_TOKEN_LT}, {">", MP_TOKEN_GT},
};

static void push_indent(mp_lexer_t *lex, size_t col) {
    if (lex->n_indent > 100) {
        mp_lexer_raise(lex, &mp_type_IndentationError, lex->line, 1, "too many levels of indentation");
    }
    if (lex->n_indent >= lex->alloc_indent) {
        lex->indent = m_renew(uint16_t, lex->indent, lex->alloc_indent, lex->alloc_indent * 2);
        lex->alloc_indent *= 2;
    }
    lex->indent[lex->n_indent++] = (uint16_t)col;
}

// Non-ASCII identifier characters: reject the common non-letter ranges
// (controls, punctuation, symbols, emoji); Unicode letters are accepted.
static bool bad_ident_cp(uint32_t cp) {
    if (cp < 0xC0) {
        return !(cp == 0xAA || cp == 0xB5 || cp == 0xBA);
    }
    return cp == 0xD7 || cp == 0xF7
           || (cp >= 0x2000 && cp <= 0x206F)   // general punctuation
           || (cp >= 0x20A0 && cp <= 0x20CF)   // currency
           || (cp >= 0x2190 && cp <= 0x2BFF)   // arrows, math, technical, boxes, dingbats...
           || (cp >= 0x2E00 && cp <= 0x2E7F)   // supplemental punctuation
           || (cp >= 0x3000 && cp <= 0x3004)   // CJK punctuation
           || (cp >= 0x3008 && cp <= 0x3020)
           || (cp >= 0xFE10 && cp <= 0xFE6F && !(cp >= 0xFE33 && cp <= 0xFE34) && !(cp >= 0xFE4D && cp <= 0xFE4F))
           || (cp >= 0xFF01 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20)
           || (cp >= 0xFFF0 && cp <= 0xFFFF)
           || (cp >= 0x1F000 && cp <= 0x1FAFF)  // emoji and pictographs
           || (cp >= 0xE000 && cp <= 0xF8FF);   // private use
}

static void check_ident_char(mp_lexer_t *lex) {
    const byte *q = lex->p;
    byte b = *q;
    uint32_t cp;
    int n;
    if ((b & 0xE0) == 0xC0) {
        cp = b & 0x1F;
        n = 1;
    } else if ((b & 0xF0) == 0xE0) {
        cp = b & 0x0F;
        n = 2;
    } else {
        cp = b & 0x07;
        n = 3;
    }
    for (int i = 1; i <= n && q + i < lex->end; i++) {
        cp = (cp << 6) | (q[i] & 0x3F);
    }
    if (bad_ident_cp(cp)) {
        size_t col = (q - lex->line_start) + 1;
        if (cp < 0xA1 || cp == 0xAD || (cp >= 0x2000 && cp <= 0x200F) || (cp >= 0x2028 && cp <= 0x202F) || (cp >= 0x2060 && cp <= 0x206F)) {
            lex_error_at(lex, lex->line, col, "invalid non-printable character U+%04X", (unsigned)cp);
        }
        lex_error_at(lex, lex->line, col, "invalid character '%.*s' (U+%04X)", n + 1, (const char *)q, (unsigned)cp);
    }
}

void mp_lexer_next(mp_lexer_t *lex) {
    lex->tok_space_before = false;
    if (lex->pending_dedents > 0) {
        lex->pending_dedents--;
        lex->tok = MP_TOKEN_DEDENT;
        return;
    }
    for (;;) {
        if (lex->at_bol && lex->n_brackets == 0 && !lex->fake_bracket) {
            // measure the indentation of a new logical line
            size_t col = 0;
            const byte *q = lex->p;
            while (q < lex->end) {
                if (*q == ' ') {
                    col++;
                } else if (*q == '\t') {
                    col = (col / 8 + 1) * 8;
                } else if (*q == '\f') {
                    col = 0;
                } else {
                    break;
                }
                q++;
            }
            if (q >= lex->end) {
                lex->p = q;
                lex->at_bol = false;
                continue;  // EOF handling below
            }
            if (*q == '#' || *q == '\n') {
                // blank or comment-only line: no indentation significance
                while (q < lex->end && *q != '\n') {
                    q++;
                }
                lex->p = q;
                if (q < lex->end) {
                    lex->p++;
                    newline_seen(lex);
                }
                continue;
            }
            lex->p = q;
            lex->at_bol = false;
            if (col > 0xffff) {
                col = 0xffff;
            }
            lex->tok_line = lex->line;
            lex->tok_col = (q - lex->line_start) + 1;
            lex->tok_start = q;
            lex->tok_len = 0;
            size_t top = lex->indent[lex->n_indent - 1];
            if (col > top) {
                push_indent(lex, col);
                lex->tok = MP_TOKEN_INDENT;
                return;
            }
            if (col < top) {
                int n = 0;
                while (lex->n_indent > 1 && col < lex->indent[lex->n_indent - 1]) {
                    lex->n_indent--;
                    n++;
                }
                if (col != lex->indent[lex->n_indent - 1]) {
                    mp_lexer_raise(lex, &mp_type_IndentationError, lex->line, col + 1, "unindent does not match any outer indentation level");
                }
                lex->pending_dedents = n - 1;
                lex->tok = MP_TOKEN_DEDENT;
                return;
            }
        }
        // skip whitespace and comments
        while (lex->p < lex->end) {
            byte c = *lex->p;
            if (c == ' ' || c == '\t' || c == '\f') {
                lex->p++;
                lex->tok_space_before = true;
            } else if (c == '#') {
                while (lex->p < lex->end && *lex->p != '\n') {
                    lex->p++;
                }
            } else if (c == '\\') {
                if (lex->p + 1 < lex->end && lex->p[1] == '\n') {
                    lex->p += 2;
                    newline_seen(lex);
                    lex->tok_space_before = true;
                } else if (lex->p + 1 >= lex->end) {
                    lex->p++;
                    lex_error(lex, "unexpected EOF while parsing");
                } else {
                    lex->p++;
                    lex_error(lex, "unexpected character after line continuation character");
                }
            } else {
                break;
            }
        }
        lex->tok_line = lex->line;
        lex->tok_col = (lex->p - lex->line_start) + 1;
        lex->tok_start = lex->p;
        lex->tok_len = 0;
        if (lex->p >= lex->end) {
            if (lex->n_brackets > 0) {
                size_t i = lex->n_brackets - 1;
                lex_error_at(lex, lex->bracket_line[i], lex->bracket_col[i], "'%c' was never closed", lex->bracket_char[i]);
            }
            if (lex->fake_bracket) {
                lex->tok = MP_TOKEN_END;
                return;
            }
            if (lex->emitted_on_line) {
                lex->emitted_on_line = false;
                lex->tok = MP_TOKEN_NEWLINE;
                return;
            }
            if (lex->n_indent > 1) {
                lex->n_indent--;
                lex->tok = MP_TOKEN_DEDENT;
                return;
            }
            lex->tok = MP_TOKEN_END;
            return;
        }
        byte c = *lex->p;
        if (c == '\n') {
            lex->p++;
            newline_seen(lex);
            if (lex->n_brackets > 0 || lex->fake_bracket) {
                continue;
            }
            lex->at_bol = true;
            if (lex->emitted_on_line) {
                lex->emitted_on_line = false;
                lex->tok = MP_TOKEN_NEWLINE;
                return;
            }
            continue;
        }
        break;
    }

    // a real token
    lex->emitted_on_line = true;
    const byte *start = lex->p;
    byte c = *start;
    if (is_ident_start(c)) {
        while (lex->p < lex->end && is_ident_char(*lex->p)) {
            if (*lex->p >= 0xC0) {
                check_ident_char(lex);  // at the lead byte of a UTF-8 sequence
            }
            lex->p++;
        }
        size_t n = lex->p - start;
        if (lex->p < lex->end && (*lex->p == '\'' || *lex->p == '"') && is_string_prefix(start, n)) {
            scan_string(lex, start);
            lex->tok = MP_TOKEN_STRING;
            lex->tok_len = lex->p - start;
            return;
        }
        int kw = find_keyword(start, n);
        if (kw >= 0) {
            lex->tok = MP_TOKEN_FIRST_KEYWORD + kw;
        } else {
            lex->tok = MP_TOKEN_NAME;
            lex->tok_qstr = qstr_from_strn((const char *)start, n);
        }
        lex->tok_len = n;
        return;
    }
    if (is_digit(c) || (c == '.' && lex->p + 1 < lex->end && is_digit(lex->p[1]))) {
        scan_number(lex);
        lex->tok = MP_TOKEN_NUMBER;
        lex->tok_len = lex->p - start;
        return;
    }
    if (c == '\'' || c == '"') {
        scan_string(lex, start);
        lex->tok = MP_TOKEN_STRING;
        lex->tok_len = lex->p - start;
        return;
    }
    size_t avail = lex->end - lex->p;
    if (avail >= 3) {
        for (size_t i = 0; i < MP_ARRAY_SIZE(ops3); i++) {
            if (memcmp(lex->p, ops3[i].text, 3) == 0) {
                lex->p += 3;
                lex->tok = ops3[i].tok;
                lex->tok_len = 3;
                return;
            }
        }
    }
    if (avail >= 2) {
        for (size_t i = 0; i < MP_ARRAY_SIZE(ops2); i++) {
            if (memcmp(lex->p, ops2[i].text, 2) == 0) {
                if (ops2[i].tok == 0xff) {
                    break;  // "<>" is not an operator: fall to '<'
                }
                lex->p += 2;
                lex->tok = ops2[i].tok;
                lex->tok_len = 2;
                return;
            }
        }
    }
    for (size_t i = 0; i < MP_ARRAY_SIZE(ops1); i++) {
        if (c == (byte)ops1[i].text[0]) {
            lex->p += 1;
            lex->tok = ops1[i].tok;
            lex->tok_len = 1;
            switch (c) {
                case '(':
                case '[':
                case '{':
                    push_bracket(lex, c);
                    break;
                case ')':
                case ']':
                case '}':
                    pop_bracket(lex, c);
                    break;
            }
            return;
        }
    }
    if (c == '!') {
        lex_error(lex, "invalid syntax");
    }
    if (c < 0x20 || c == 0x7f) {
        lex_error_at(lex, lex->tok_line, lex->tok_col, "invalid non-printable character U+%04X", c);
    }
    lex_error(lex, "invalid syntax");
}
