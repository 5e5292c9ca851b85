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
    char buf[160], text[MP_TEXT_MAX_LEN];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof(buf), mp_text_cstr(fmt, text, sizeof(text)), ap);
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

// Keywords, in the order of their tokens. Fixed-size entries (the longest
// is 8 chars) avoid a table of pointers.
static const char keywords[][9] = {
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
        if (k[0] == (char)s[0] && memcmp(k, s, n) == 0 && k[n] == 0) {
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

// Unicode character names for \N{...}; lookups are case-insensitive. A small
// set: ASCII, Latin/Greek letters and common symbols. To keep the data small:
// - "LATIN/GREEK SMALL/CAPITAL LETTER x" with x a single ASCII letter, and all
//   the Greek letters, are computed (see lookup_uniname) instead of listed;
// - the table is one string "NAME\0NAME\0..." plus a parallel array of 16-bit
//   codes (the X-macro keeps each name next to its code in the source);
// - the other Latin letters start with a one-byte code for their long prefix,
//   and ten frequent words are one byte too (WITH, SIGN... below);
// - the few names above U+FFFF (emoji U+1F000..U+1F7FF) are stored in the
//   surrogate range D800..DFFF, which no character name can designate.
#define LATIN_SMALL "\1"   // "LATIN SMALL LETTER "
#define LATIN_CAPITAL "\2" // "LATIN CAPITAL LETTER "
#define EMOJI(c) ((c) - 0x1F000 + 0xD800)
// Frequent words are one byte each (0x80 + their index in uniname_words);
// each macro stands for its word with the space on the side shown there.
#define WITH "\x80"
#define SIGN "\x81"
#define MARK "\x82"
#define QUOTATION "\x83"
#define DIAERESIS "\x84"
#define CIRCUMFLEX "\x85"
#define ACUTE "\x86"
#define SUPERSCRIPT "\x87"
#define DIGIT "\x88"
#define BLACK "\x89"
#define UNINAMES(X) \
    X("ALERT", 0x7) \
    X("ALMOST EQUAL TO", 0x2248) \
    X("AMPERSAND", 0x26) \
    X("APOSTROPHE", 0x27) \
    X("ASTERISK", 0x2a) \
    X("BACKSPACE", 0x8) \
    X("BELL", EMOJI(0x1f514)) \
    X(BLACK "CIRCLE", 0x25cf) \
    X(BLACK "CLUB SUIT", 0x2663) \
    X(BLACK "DIAMOND SUIT", 0x2666) \
    X(BLACK "HEART SUIT", 0x2665) \
    X(BLACK "SMILING FACE", 0x263b) \
    X(BLACK "SPADE SUIT", 0x2660) \
    X(BLACK "SQUARE", 0x25a0) \
    X(BLACK "STAR", 0x2605) \
    X(BLACK "SUN" WITH " RAYS", 0x2600) \
    X("BOM", 0xfeff) \
    X("BULLET", 0x2022) \
    X("CARRIAGE RETURN", 0xd) \
    X("CHARACTER TABULATION", 0x9) \
    X("CHECK" MARK, 0x2713) \
    X("CIRCLED PLUS", 0x2295) \
    X("CIRCLED TIMES", 0x2297) \
    X("CIRCUMFLEX ACCENT", 0x5e) \
    X("CLOUD", 0x2601) \
    X("COLON", 0x3a) \
    X("COMMA", 0x2c) \
    X("COMMERCIAL AT", 0x40) \
    X("COPYRIGHT" SIGN, 0xa9) \
    X("CR", 0xd) \
    X("DAGGER", 0x2020) \
    X("DEGREE" SIGN, 0xb0) \
    X("DELETE", 0x7f) \
    X(DIGIT "EIGHT", 0x38) \
    X(DIGIT "FIVE", 0x35) \
    X(DIGIT "FOUR", 0x34) \
    X(DIGIT "NINE", 0x39) \
    X(DIGIT "ONE", 0x31) \
    X(DIGIT "SEVEN", 0x37) \
    X(DIGIT "SIX", 0x36) \
    X(DIGIT "THREE", 0x33) \
    X(DIGIT "TWO", 0x32) \
    X(DIGIT "ZERO", 0x30) \
    X("DIVISION" SIGN, 0xf7) \
    X("DOLLAR" SIGN, 0x24) \
    X("DOUBLE DAGGER", 0x2021) \
    X("DOUBLE PRIME", 0x2033) \
    X("DOWNWARDS ARROW", 0x2193) \
    X("ELEMENT OF", 0x2208) \
    X("EM DASH", 0x2014) \
    X("EN DASH", 0x2013) \
    X("END OF LINE", 0xa) \
    X("EOL", 0xa) \
    X("EQUALS" SIGN, 0x3d) \
    X("ESCAPE", 0x1b) \
    X("EURO" SIGN, 0x20ac) \
    X("EXCLAMATION" MARK, 0x21) \
    X("FACE" WITH " TEARS OF JOY", EMOJI(0x1f602)) \
    X("FIRE", EMOJI(0x1f525)) \
    X("FOR ALL", 0x2200) \
    X("FORM FEED", 0xc) \
    X("FULL STOP", 0x2e) \
    X("GRAVE ACCENT", 0x60) \
    X("GREATER-THAN OR EQUAL TO", 0x2265) \
    X("GREATER-THAN" SIGN, 0x3e) \
    X("GRINNING FACE", EMOJI(0x1f600)) \
    X("HEAVY " BLACK "HEART", 0x2764) \
    X("HEAVY CHECK" MARK, 0x2714) \
    X("HIGH VOLTAGE" SIGN, 0x26a1) \
    X("HORIZONTAL ELLIPSIS", 0x2026) \
    X("HOT BEVERAGE", 0x2615) \
    X("HYPHEN-MINUS", 0x2d) \
    X("IDENTICAL TO", 0x2261) \
    X("IDEOGRAPHIC SPACE", 0x3000) \
    X("INFINITY", 0x221e) \
    X("INTEGRAL", 0x222b) \
    X("INTERSECTION", 0x2229) \
    X("INVERTED EXCLAMATION" MARK, 0xa1) \
    X("INVERTED QUESTION" MARK, 0xbf) \
    X(LATIN_CAPITAL "A" WITH ACUTE, 0xc1) \
    X(LATIN_CAPITAL "A" WITH DIAERESIS, 0xc4) \
    X(LATIN_CAPITAL "A" WITH " GRAVE", 0xc0) \
    X(LATIN_CAPITAL "A" WITH " RING ABOVE", 0xc5) \
    X(LATIN_CAPITAL "AE", 0xc6) \
    X(LATIN_CAPITAL "C" WITH " CEDILLA", 0xc7) \
    X(LATIN_CAPITAL "E" WITH ACUTE, 0xc9) \
    X(LATIN_CAPITAL "N" WITH " TILDE", 0xd1) \
    X(LATIN_CAPITAL "O" WITH DIAERESIS, 0xd6) \
    X(LATIN_CAPITAL "O" WITH " STROKE", 0xd8) \
    X(LATIN_CAPITAL "U" WITH DIAERESIS, 0xdc) \
    X(LATIN_SMALL "A" WITH ACUTE, 0xe1) \
    X(LATIN_SMALL "A" WITH CIRCUMFLEX, 0xe2) \
    X(LATIN_SMALL "A" WITH DIAERESIS, 0xe4) \
    X(LATIN_SMALL "A" WITH " GRAVE", 0xe0) \
    X(LATIN_SMALL "A" WITH " RING ABOVE", 0xe5) \
    X(LATIN_SMALL "A" WITH " TILDE", 0xe3) \
    X(LATIN_SMALL "AE", 0xe6) \
    X(LATIN_SMALL "C" WITH ACUTE, 0x107) \
    X(LATIN_SMALL "C" WITH " CEDILLA", 0xe7) \
    X(LATIN_SMALL "E" WITH ACUTE, 0xe9) \
    X(LATIN_SMALL "E" WITH CIRCUMFLEX, 0xea) \
    X(LATIN_SMALL "E" WITH " GRAVE", 0xe8) \
    X(LATIN_SMALL "I" WITH ACUTE, 0xed) \
    X(LATIN_SMALL "I" WITH CIRCUMFLEX, 0xee) \
    X(LATIN_SMALL "N" WITH " TILDE", 0xf1) \
    X(LATIN_SMALL "O" WITH ACUTE, 0xf3) \
    X(LATIN_SMALL "O" WITH CIRCUMFLEX, 0xf4) \
    X(LATIN_SMALL "O" WITH DIAERESIS, 0xf6) \
    X(LATIN_SMALL "O" WITH " STROKE", 0xf8) \
    X(LATIN_SMALL "O" WITH " TILDE", 0xf5) \
    X(LATIN_SMALL "S" WITH " CARON", 0x161) \
    X(LATIN_SMALL "SHARP S", 0xdf) \
    X(LATIN_SMALL "U" WITH ACUTE, 0xfa) \
    X(LATIN_SMALL "U" WITH CIRCUMFLEX, 0xfb) \
    X(LATIN_SMALL "U" WITH DIAERESIS, 0xfc) \
    X(LATIN_SMALL "Z" WITH " CARON", 0x17e) \
    X("LEFT CURLY BRACKET", 0x7b) \
    X("LEFT DOUBLE" QUOTATION MARK, 0x201c) \
    X("LEFT PARENTHESIS", 0x28) \
    X("LEFT SINGLE" QUOTATION MARK, 0x2018) \
    X("LEFT SQUARE BRACKET", 0x5b) \
    X("LEFT-POINTING DOUBLE ANGLE" QUOTATION MARK, 0xab) \
    X("LEFTWARDS ARROW", 0x2190) \
    X("LESS-THAN OR EQUAL TO", 0x2264) \
    X("LESS-THAN" SIGN, 0x3c) \
    X("LF", 0xa) \
    X("LINE FEED", 0xa) \
    X("LINE SEPARATOR", 0x2028) \
    X("LINE TABULATION", 0xb) \
    X("LOGICAL AND", 0x2227) \
    X("LOGICAL OR", 0x2228) \
    X("LOW LINE", 0x5f) \
    X("MICRO" SIGN, 0xb5) \
    X("MIDDLE DOT", 0xb7) \
    X("MULTIPLICATION" SIGN, 0xd7) \
    X("N-ARY PRODUCT", 0x220f) \
    X("N-ARY SUMMATION", 0x2211) \
    X("NABLA", 0x2207) \
    X("NBSP", 0xa0) \
    X("NEL", 0x85) \
    X("NEW LINE", 0xa) \
    X("NEXT LINE", 0x85) \
    X("NO-BREAK SPACE", 0xa0) \
    X("NOT EQUAL TO", 0x2260) \
    X("NOT" SIGN, 0xac) \
    X("NUL", 0x0) \
    X("NULL", 0x0) \
    X("NUMBER" SIGN, 0x23) \
    X("PARAGRAPH SEPARATOR", 0x2029) \
    X("PARTIAL DIFFERENTIAL", 0x2202) \
    X("PARTY POPPER", EMOJI(0x1f389)) \
    X("PER MILLE" SIGN, 0x2030) \
    X("PERCENT" SIGN, 0x25) \
    X("PILCROW" SIGN, 0xb6) \
    X("PILE OF POO", EMOJI(0x1f4a9)) \
    X("PLUS" SIGN, 0x2b) \
    X("PLUS-MINUS" SIGN, 0xb1) \
    X("POUND" SIGN, 0xa3) \
    X("PRIME", 0x2032) \
    X("QUESTION" MARK, 0x3f) \
    X("QUOTATION" MARK, 0x22) \
    X("REGISTERED" SIGN, 0xae) \
    X("REPLACEMENT CHARACTER", 0xfffd) \
    X("REVERSE SOLIDUS", 0x5c) \
    X("RIGHT CURLY BRACKET", 0x7d) \
    X("RIGHT DOUBLE" QUOTATION MARK, 0x201d) \
    X("RIGHT PARENTHESIS", 0x29) \
    X("RIGHT SINGLE" QUOTATION MARK, 0x2019) \
    X("RIGHT SQUARE BRACKET", 0x5d) \
    X("RIGHT-POINTING DOUBLE ANGLE" QUOTATION MARK, 0xbb) \
    X("RIGHTWARDS ARROW", 0x2192) \
    X("ROCKET", EMOJI(0x1f680)) \
    X("SECTION" SIGN, 0xa7) \
    X("SEMICOLON", 0x3b) \
    X("SHY", 0xad) \
    X("SNAKE", EMOJI(0x1f40d)) \
    X("SNOWMAN", 0x2603) \
    X("SOFT HYPHEN", 0xad) \
    X("SOLIDUS", 0x2f) \
    X("SPACE", 0x20) \
    X("SPARKLES", 0x2728) \
    X("SQUARE ROOT", 0x221a) \
    X(SUPERSCRIPT "FIVE", 0x2075) \
    X(SUPERSCRIPT "FOUR", 0x2074) \
    X(SUPERSCRIPT "ONE", 0xb9) \
    X(SUPERSCRIPT "THREE", 0xb3) \
    X(SUPERSCRIPT "TWO", 0xb2) \
    X(SUPERSCRIPT "ZERO", 0x2070) \
    X("TAB", 0x9) \
    X("THERE EXISTS", 0x2203) \
    X("THUMBS UP" SIGN, EMOJI(0x1f44d)) \
    X("TILDE", 0x7e) \
    X("TRADE" MARK SIGN, 0x2122) \
    X("UMBRELLA", 0x2602) \
    X("UNION", 0x222a) \
    X("UPWARDS ARROW", 0x2191) \
    X("VERTICAL LINE", 0x7c) \
    X("VULGAR FRACTION ONE HALF", 0xbd) \
    X("VULGAR FRACTION ONE QUARTER", 0xbc) \
    X("VULGAR FRACTION THREE QUARTERS", 0xbe) \
    X("WHITE CIRCLE", 0x25cb) \
    X("WHITE SMILING FACE", 0x263a) \
    X("WHITE SQUARE", 0x25a1) \
    X("WHITE STAR", 0x2606) \
    X("YEN" SIGN, 0xa5) \
    X("ZERO WIDTH JOINER", 0x200d) \
    X("ZERO WIDTH NO-BREAK SPACE", 0xfeff) \
    X("ZERO WIDTH NON-JOINER", 0x200c) \
    X("ZERO WIDTH SPACE", 0x200b) \
    X("ZWSP", 0x200b) \

#define UNINAME_TEXT(name, code) name "\0"
#define UNINAME_CODE(name, code) code,
static const char uniname_text[] = UNINAMES(UNINAME_TEXT);
static const uint16_t uniname_code[] = { UNINAMES(UNINAME_CODE) };
#undef WITH
#undef SIGN
#undef MARK
#undef QUOTATION
#undef DIAERESIS
#undef CIRCUMFLEX
#undef ACUTE
#undef SUPERSCRIPT
#undef DIGIT
#undef BLACK
static const char uniname_words[] =
    " WITH\0 SIGN\0 MARK\0 QUOTATION\0 DIAERESIS\0 CIRCUMFLEX\0 ACUTE\0SUPERSCRIPT \0DIGIT \0BLACK \0";

// Greek letters in code point order; FINAL SIGMA has no capital (U+03A2 is
// unassigned).
static const char greek_letters[] =
    "ALPHA\0BETA\0GAMMA\0DELTA\0EPSILON\0ZETA\0ETA\0THETA\0IOTA\0KAPPA\0LAMDA\0MU\0NU\0"
    "XI\0OMICRON\0PI\0RHO\0FINAL SIGMA\0SIGMA\0TAU\0UPSILON\0PHI\0CHI\0PSI\0OMEGA\0";
#define GREEK_FINAL_SIGMA 17

// Longest name we can know: "RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK".
#define UNINAME_MAX 48

static bool starts_with(const char *s, const char *prefix) {
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

// Whether a list item spells `key`; a byte >= 0x80 in the item stands for a
// word of uniname_words.
static bool item_eq(const char *item, const char *key) {
    for (;; item++) {
        byte b = *item;
        if (b >= 0x80) {
            const char *w = uniname_words;
            for (b -= 0x80; b > 0; b--) {
                w += strlen(w) + 1;
            }
            size_t l = strlen(w);
            if (strncmp(key, w, l) != 0) {
                return false;
            }
            key += l;
        } else if (b != (byte)*key) {
            return false;
        } else if (b == 0) {
            return true;
        } else {
            key++;
        }
    }
}

// Index of the string `key` in the list "A\0B\0...\0" of the given size, or -1.
static MP_NOINLINE int find_in_list(const char *list, size_t size, const char *key) {
    int i = 0;
    for (const char *p = list; p < list + size - 1; p += strlen(p) + 1, i++) {
        if (item_eq(p, key)) {
            return i;
        }
    }
    return -1;
}

static MP_NOINLINE int32_t lookup_uniname(const byte *s, size_t n) {
    char buf[UNINAME_MAX + 1];
    if (n > UNINAME_MAX) {
        return -1;
    }
    for (size_t i = 0; i < n; i++) {
        byte c = s[i];
        if (c < ' ') {
            return -1; // no name has control bytes (the table uses 0, 1, 2)
        }
        buf[i] = (c >= 'a' && c <= 'z') ? c - 32 : c;
    }
    buf[n] = 0;
    char *key = buf;
    // Letter names: kind 1/2 = Latin small/capital, 3/4 = Greek small/capital.
    int kind = starts_with(buf, "LATIN ") ? 1 : starts_with(buf, "GREEK ") ? 3 : 0;
    if (kind) {
        if (starts_with(buf + 6, "SMALL LETTER ")) {
            key = buf + 6 + 13;
        } else if (starts_with(buf + 6, "CAPITAL LETTER ")) {
            key = buf + 6 + 15;
            kind++;
        } else {
            kind = 0;
        }
    }
    if (kind >= 3) {
        int i = find_in_list(greek_letters, sizeof(greek_letters), key);
        if (i < 0 || (kind == 4 && i == GREEK_FINAL_SIGMA)) {
            return -1;
        }
        return (kind == 3 ? 0x3B1 : 0x391) + i;
    }
    if (kind) {
        if (key[0] >= 'A' && key[0] <= 'Z' && key[1] == 0) {
            return key[0] + (kind == 1 ? 0x20 : 0);
        }
        // the table stores the prefix as the byte 1 or 2: put it before the rest
        *--key = (char)kind;
    }
    int i = find_in_list(uniname_text, sizeof(uniname_text), key);
    if (i >= 0) {
        uint32_t code = uniname_code[i];
        if (code >= 0xD800 && code < 0xE000) {
            code += 0x1F000 - 0xD800;
        }
        return code;
    }
    static const char cjk[] = "CJK UNIFIED IDEOGRAPH-";
    size_t lc = sizeof(cjk) - 1;
    if (n > lc && n <= lc + 5 && starts_with(buf, cjk)) {
        uint32_t v = 0;
        for (size_t i = lc; i < n; i++) {
            if (!is_hex(buf[i])) {
                return -1;
            }
            v = v * 16 + hex_val(buf[i]);
        }
        if ((v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF) || (v >= 0x20000 && v <= 0x2A6DF)) {
            return v;
        }
    }
    return -1;
}

// The common form of the escape errors of str literals (CPython's wording).
static MP_NORETURN void unicode_error(const mp_lexer_t *lex, size_t line, size_t col, size_t from, size_t to, const char *what) {
    lex_error_at(lex, line, col, "(unicode error) 'unicodeescape' codec can't decode bytes in position %u-%u: %s", (unsigned)from, (unsigned)to, what);
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
        // one-character escapes: pairs of (letter, value), common ones first
        static const char simple_escapes[] = "n\nt\t\\\\r\r''\"\"a\ab\bf\fv\v";
        const char *se = simple_escapes;
        while (*se && *se != (char)c) {
            se += 2;
        }
        if (*se) {
            vstr_add_byte(vstr, se[1]);
            continue;
        }
        switch (c) {
            case '\n':
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
                    unicode_error(lex, line, col, pos, pos + 1 + (s < end && is_hex(*s)), "truncated \\xXX escape");
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
                    unicode_error(lex, line, col, pos, pos + 1 + i, c == 'U' ? "truncated \\UXXXXXXXX escape" : "truncated \\uXXXX escape");
                }
                if (v > 0x10FFFF) {
                    unicode_error(lex, line, col, pos, pos + 1 + n, "illegal Unicode character");
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
                    unicode_error(lex, line, col, pos, pos + 1, "malformed \\N character escape");
                }
                const byte *nm = ++s;
                while (s < end && *s != '}') {
                    s++;
                }
                if (s >= end) {
                    unicode_error(lex, line, col, pos, s - start - 1, "malformed \\N character escape");
                }
                int64_t v = lookup_uniname(nm, s - nm);
                if (v < 0) {
                    unicode_error(lex, line, col, pos, s - start, "unknown Unicode character name");
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
static bool is_digit_of(byte c, int base) {
    return is_hex(c) && hex_val(c) < base;
}

static size_t scan_digits(mp_lexer_t *lex, int base, const char *kind) {
    size_t n = 0;
    for (;;) {
        byte c = lex->p < lex->end ? *lex->p : 0;
        if (is_digit_of(c, base)) {
            lex->p++;
            n++;
        } else if (c == '_') {
            byte d = lex->p + 1 < lex->end ? lex->p[1] : 0;
            if (n == 0 || !is_digit_of(d, base)) {
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
        static const char ok_kw[] = "and\0or\0if\0else\0in\0is\0not\0for\0";
        for (const char *k = ok_kw; *k; k += strlen(k) + 1) {
            size_t kl = strlen(k);
            if ((size_t)(q - lex->p) >= kl && memcmp(lex->p, k, kl) == 0) {
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
