// re_engine.c: the regular-expression engine of the re module.
//
// A pattern is parsed (recursive descent, CPython's syntax and error
// messages) into a tree of nodes, which is compiled into a program of int32
// words. The matcher runs the program with backtracking: choice points and
// undo records for the capture slots and loop counters share one explicit
// stack, so popping to a choice point restores the state that was current
// when it was pushed. Single-character repeats (`a*`, `\d+`, `.{2,5}`) are
// one instruction that consumes greedily and gives back one character per
// backtrack with a single stack entry. Lookarounds and atomic groups run
// their body as a nested match on the same stack. A budget of backtracking
// steps per match attempt turns catastrophic patterns into a RuntimeError
// instead of a hang.
#include <string.h>
#include "runtime.h"
#include "unicode.h"
#include "re_engine.h"

#define RE_INF (0xFFFFFFFFu)

// ---------------------------------------------------------------------------
// Opcodes of the program

enum {
    OP_CHAR,       // c
    OP_CHAR_I,     // folded-c ascii-only
    OP_STR,        // nbytes nchars packed-bytes...
    OP_ANY,        // any but \n
    OP_ANYALL,     // any
    OP_CLASS,      // len flags bitmap[8] nranges (lo hi)*
    OP_ASSERT,     // kind
    OP_JMP,        // addr
    OP_SPLIT,      // a b: continue at a, b is the alternative
    OP_SAVE,       // slot
    OP_BACKREF,    // group ignorecase
    OP_LOOK,       // kind width next; body ... OP_SUCCEED
    OP_RPT_INIT,   // k
    OP_RPT,        // k min max greedy exit memo; body ... OP_RPT_END
    OP_RPT_END,    // k addr_of_rpt
    OP_STAR,       // min max greedy itemlen; item; continuation
    OP_GROUPEXISTS,// group no_addr
    OP_MEMO,       // idx: loop head whose failed positions are remembered
    OP_MATCH,
    OP_SUCCEED,
    OP_FAIL,
};

enum { AS_BOL, AS_MBOL, AS_EOL, AS_MEOL, AS_BEGIN, AS_END, AS_WORDB, AS_NWORDB, AS_WORDB_A, AS_NWORDB_A };
enum { LK_AHEAD, LK_NAHEAD, LK_BEHIND, LK_NBEHIND, LK_ATOMIC };

// Class flags.
#define CLS_NEG (1 << 0)
#define CLS_IC (1 << 1)
#define CLS_ASCII (1 << 2)   // categories and case folding ASCII-only
#define CLS_d (1 << 3)
#define CLS_D (1 << 4)
#define CLS_w (1 << 5)
#define CLS_W (1 << 6)
#define CLS_s (1 << 7)
#define CLS_S (1 << 8)
#define CLS_HDR (12)         // OP_CLASS len flags bitmap[8] nranges

// ---------------------------------------------------------------------------
// Character helpers

static inline bool is_word(uint32_t c, bool ascii) {
    if (c < 0x80) {
        return c == '_' || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
    }
    return !ascii && unichar_isalnum(c);
}

static inline uint32_t fold(uint32_t c, bool ascii) {
    if (c < 0x80) {
        return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    }
    // through upper case first so that final sigma, long s, micro sign...
    // fold with their partners as in CPython
    return ascii ? c : unichar_tolower(unichar_toupper(c));
}

static bool in_category(int fl, uint32_t c) {
    bool ascii = fl & CLS_ASCII;
    if ((fl & CLS_d) && (ascii ? (c >= '0' && c <= '9') : unichar_isdecimal(c))) {
        return true;
    }
    if ((fl & CLS_D) && !(ascii ? (c >= '0' && c <= '9') : unichar_isdecimal(c))) {
        return true;
    }
    if ((fl & CLS_w) && is_word(c, ascii)) {
        return true;
    }
    if ((fl & CLS_W) && !is_word(c, ascii)) {
        return true;
    }
    bool sp = ascii ? (c == ' ' || (c >= '\t' && c <= '\r')) : unichar_isspace(c);
    if ((fl & CLS_s) && sp) {
        return true;
    }
    if ((fl & CLS_S) && !sp) {
        return true;
    }
    return false;
}

static bool in_ranges(const int32_t *cls, uint32_t c) {
    int32_t n = cls[CLS_HDR - 1];
    const int32_t *r = cls + CLS_HDR;
    for (int32_t i = 0; i < n; i++) {
        if (c >= (uint32_t)r[2 * i] && c <= (uint32_t)r[2 * i + 1]) {
            return true;
        }
    }
    return false;
}

// Full membership test (used for characters beyond the bitmap and to
// build the bitmap).
static bool class_slow(const int32_t *cls, uint32_t c) {
    int fl = cls[2];
    bool m = in_ranges(cls, c) || in_category(fl, c);
    if (!m && (fl & CLS_IC)) {
        bool ascii = fl & CLS_ASCII;
        uint32_t lc = fold(c, ascii);
        uint32_t uc = c;
        if (c < 0x80) {
            uc = (c >= 'a' && c <= 'z') ? c - 32 : c;
        } else if (!ascii) {
            uc = unichar_toupper(c);
        }
        m = (lc != c && in_ranges(cls, lc)) || (uc != c && in_ranges(cls, uc));
        if (!m && !ascii && c >= 0x80) {
            uint32_t l2 = unichar_tolower(c);
            m = l2 != c && in_ranges(cls, l2);
        }
    }
    return m != ((fl & CLS_NEG) != 0);
}

static inline bool class_has(const int32_t *cls, uint32_t c) {
    if (c < 256) {
        return (((uint32_t)cls[3 + (c >> 5)]) >> (c & 31)) & 1;
    }
    return class_slow(cls, c);
}

// ---------------------------------------------------------------------------
// Parser: pattern code points -> tree

enum { N_EMPTY, N_CHAR, N_ANY, N_CLASS, N_ASSERT, N_GROUP, N_CAT, N_ALT, N_REPEAT, N_BACKREF, N_LOOK, N_COND };

typedef struct _node_t {
    uint8_t type;
    uint8_t greedy;
    uint16_t fl;       // flags in force (IGNORECASE/DOTALL/...)
    int32_t a;         // char, class offset, assert kind, group, look kind
    uint32_t min, max;
    int32_t child;     // first child
    int32_t last;      // last child (lists)
    int32_t next;      // next sibling
    int32_t b;         // N_COND: "no" branch; N_LOOK: pattern position
} node_t;

typedef struct _parser_t {
    const uint32_t *p;
    size_t n;
    size_t i;
    int flags;         // flags in force at this point
    int gflags;        // global flags (inline ones at the start included)
    bool is_bytes;
    bool seen_item;    // something was parsed (global flags must come first)
    node_t *nodes;
    size_t nnodes, nalloc;
    int32_t *cls;      // class pool (OP_CLASS blocks)
    size_t ncls, clsalloc;
    uint32_t ngroups;
    uint8_t *open;     // open[g]: group g is still being parsed
    size_t openalloc;
    re_name_t *names;
    size_t nnames, namesalloc;
    uint32_t ncounters;
    bool no_memo;      // backreferences or conditionals: no failure memo
    uint32_t cond_ref;       // largest group number used by a conditional
    size_t cond_ref_s, cond_ref_e;  // its text, checked once all groups are known
    int depth;
} parser_t;

static MP_NORETURN void perr(const char *msg, mp_int_t pos) {
    re_raise_error(msg, pos);
}

static int32_t new_node(parser_t *ps, int type) {
    if (ps->nnodes == ps->nalloc) {
        size_t na = ps->nalloc * 2 + 16;
        ps->nodes = m_renew(node_t, ps->nodes, ps->nalloc, na);
        ps->nalloc = na;
    }
    node_t *nd = &ps->nodes[ps->nnodes];
    memset(nd, 0, sizeof(*nd));
    nd->type = type;
    nd->fl = ps->flags;
    nd->child = nd->last = nd->next = nd->b = -1;
    return (int32_t)ps->nnodes++;
}

static void append_child(parser_t *ps, int32_t parent, int32_t child) {
    node_t *p = &ps->nodes[parent];
    if (p->child < 0) {
        p->child = child;
    } else {
        ps->nodes[p->last].next = child;
    }
    p->last = child;
}

static inline bool at(parser_t *ps, uint32_t c) {
    return ps->i < ps->n && ps->p[ps->i] == c;
}

static void skip_verbose(parser_t *ps) {
    if (!(ps->flags & RE_FLAG_VERBOSE)) {
        return;
    }
    while (ps->i < ps->n) {
        uint32_t c = ps->p[ps->i];
        if (c == ' ' || (c >= '\t' && c <= '\r')) {
            ps->i++;
        } else if (c == '#') {
            while (ps->i < ps->n && ps->p[ps->i] != '\n') {
                ps->i++;
            }
        } else {
            break;
        }
    }
}

static bool is_digit(uint32_t c) {
    return c >= '0' && c <= '9';
}
static bool is_octal(uint32_t c) {
    return c >= '0' && c <= '7';
}
static bool is_ascii_alnum(uint32_t c) {
    return c < 0x80 && is_word(c, true) && c != '_';
}

// Text of pattern[from, to) as a C string in a vstr (for messages).
static void pat_text(parser_t *ps, vstr_t *v, size_t from, size_t to) {
    for (size_t k = from; k < to && k < ps->n; k++) {
        if (ps->is_bytes) {
            vstr_add_byte(v, (byte)ps->p[k]);
        } else {
            vstr_add_char(v, ps->p[k]);
        }
    }
}

static MP_NORETURN void perr_text(parser_t *ps, const char *prefix, size_t from, size_t to, const char *suffix, mp_int_t pos) {
    vstr_t v;
    vstr_init(&v, 32);
    vstr_add_str(&v, prefix);
    pat_text(ps, &v, from, to);
    vstr_add_str(&v, suffix);
    perr(vstr_null_terminated_str(&v), pos);
}

static MP_NORETURN void bad_escape(parser_t *ps, size_t start) {
    perr_text(ps, "bad escape ", start, start + 2, "", start);
}

// Read \x, \u, \U digits (count of them), after the letter at ps->i.
static uint32_t read_hex(parser_t *ps, size_t start, int count) {
    uint32_t v = 0;
    for (int k = 0; k < count; k++) {
        int h = ps->i < ps->n ? unichar_xdigit_value(ps->p[ps->i]) : -1;
        if (h < 0) {
            perr_text(ps, "incomplete escape ", start, ps->i, "", start);
        }
        v = v * 16 + h;
        ps->i++;
    }
    return v;
}

// Octal escape starting at ps->i (first digit already known octal).
static uint32_t read_octal(parser_t *ps, size_t start, int maxdigits) {
    uint32_t v = 0;
    for (int k = 0; k < maxdigits && ps->i < ps->n && is_octal(ps->p[ps->i]); k++) {
        v = v * 8 + (ps->p[ps->i] - '0');
        ps->i++;
    }
    if (v > 0377) {
        perr_text(ps, "octal escape value ", start, ps->i, " outside of range 0-0o377", start);
    }
    return v;
}

// Escapes common to classes and the rest: returns true and *c for a
// literal; false if the escape is not a literal one (handled by caller).
static bool simple_escape(parser_t *ps, uint32_t e, size_t start, uint32_t *c) {
    // letter, character pairs (a table, smaller than a switch)
    static const char letters[] = "n\nt\tr\rf\fv\va\a";
    for (const char *q = letters; *q; q += 2) {
        if ((uint32_t)(byte)q[0] == e) {
            *c = (byte)q[1];
            return true;
        }
    }
    if (e == 'x') {
        *c = read_hex(ps, start, 2);
        return true;
    }
    if (e == 'u' || e == 'U') {
        if (ps->is_bytes) {
            bad_escape(ps, start);
        }
        *c = read_hex(ps, start, e == 'u' ? 4 : 8);
        if (*c > 0x10FFFF) {
            perr_text(ps, "bad escape ", start, ps->i, "", start);
        }
        return true;
    }
    return false;
}

static int category_flag(uint32_t e) {
    switch (e) {
        case 'd': return CLS_d;
        case 'D': return CLS_D;
        case 'w': return CLS_w;
        case 'W': return CLS_W;
        case 's': return CLS_s;
        case 'S': return CLS_S;
        default: return 0;
    }
}

static bool ascii_mode(parser_t *ps, int fl) {
    return ps->is_bytes || (fl & RE_FLAG_ASCII);
}

// Build a class block in the pool from ranges and flags; returns its offset.
static int32_t make_class(parser_t *ps, const uint32_t *ranges, size_t nr, int fl) {
    size_t len = CLS_HDR + 2 * nr;
    if (ps->ncls + len > ps->clsalloc) {
        size_t na = (ps->ncls + len) * 2;
        ps->cls = m_renew(int32_t, ps->cls, ps->clsalloc, na);
        ps->clsalloc = na;
    }
    int32_t *c = ps->cls + ps->ncls;
    memset(c, 0, len * sizeof(int32_t));
    c[0] = OP_CLASS;
    c[1] = (int32_t)len;
    c[2] = fl;
    c[CLS_HDR - 1] = (int32_t)nr;
    for (size_t k = 0; k < 2 * nr; k++) {
        c[CLS_HDR + k] = (int32_t)ranges[k];
    }
    for (uint32_t ch = 0; ch < 256; ch++) {
        if (class_slow(c, ch)) {
            c[3 + (ch >> 5)] |= (int32_t)(1u << (ch & 31));
        }
    }
    int32_t off = (int32_t)ps->ncls;
    ps->ncls += len;
    return off;
}

static int class_base_flags(parser_t *ps) {
    int fl = 0;
    if (ps->flags & RE_FLAG_IGNORECASE) {
        fl |= CLS_IC;
    }
    if (ascii_mode(ps, ps->flags)) {
        fl |= CLS_ASCII;
    }
    return fl;
}

static int32_t parse_class(parser_t *ps) {
    size_t start = ps->i;
    ps->i++;  // '['
    int fl = class_base_flags(ps);
    if (at(ps, '^')) {
        fl |= CLS_NEG;
        ps->i++;
    }
    uint32_t *r = NULL;
    size_t nr = 0, ralloc = 0;
    bool first = true;
    for (;;) {
        if (ps->i >= ps->n) {
            perr("unterminated character set", start);
        }
        uint32_t c = ps->p[ps->i];
        if (c == ']' && !first) {
            ps->i++;
            break;
        }
        first = false;
        size_t item = ps->i;
        uint32_t lo, hi;
        int cat = 0;
        // one item
        for (int side = 0; side < 2; side++) {
            size_t istart = ps->i;
            uint32_t v;
            int vcat = 0;
            if (ps->i >= ps->n) {
                perr("unterminated character set", start);
            }
            c = ps->p[ps->i++];
            if (c == '\\') {
                if (ps->i >= ps->n) {
                    perr("unterminated character set", start);
                }
                uint32_t e = ps->p[ps->i++];
                if (simple_escape(ps, e, istart, &v)) {
                } else if ((vcat = category_flag(e)) != 0) {
                    v = 0;
                } else if (e == 'b') {
                    v = 8;
                } else if (is_octal(e)) {
                    ps->i--;
                    v = read_octal(ps, istart, 3);
                } else if (is_ascii_alnum(e)) {
                    bad_escape(ps, istart);
                } else {
                    v = e;
                }
            } else {
                v = c;
            }
            if (side == 0) {
                lo = hi = v;
                cat = vcat;
                // a range?
                if (at(ps, '-') && ps->i + 1 < ps->n && ps->p[ps->i + 1] != ']') {
                    ps->i++;
                    continue;
                }
                break;
            } else {
                if (cat || vcat) {
                    perr_text(ps, "bad character range ", item, ps->i, "", item);
                }
                hi = v;
                if (hi < lo) {
                    perr_text(ps, "bad character range ", item, ps->i, "", item);
                }
            }
            break;
        }
        if (cat) {
            fl |= cat;
        } else {
            if (nr == ralloc) {
                size_t na = ralloc * 2 + 8;
                r = m_renew(uint32_t, r, ralloc * 2, na * 2);
                ralloc = na;
            }
            r[2 * nr] = lo;
            r[2 * nr + 1] = hi;
            nr++;
        }
    }
    int32_t nd = new_node(ps, N_CLASS);
    ps->nodes[nd].a = make_class(ps, r, nr, fl);
    return nd;
}

static int32_t class_node_cat(parser_t *ps, int cat) {
    int32_t nd = new_node(ps, N_CLASS);
    ps->nodes[nd].a = make_class(ps, NULL, 0, class_base_flags(ps) | cat);
    return nd;
}

static int32_t char_node(parser_t *ps, uint32_t c) {
    int32_t nd = new_node(ps, N_CHAR);
    ps->nodes[nd].a = (int32_t)c;
    return nd;
}

static int32_t assert_node(parser_t *ps, int kind) {
    int32_t nd = new_node(ps, N_ASSERT);
    ps->nodes[nd].a = kind;
    return nd;
}

static void check_group_ref(parser_t *ps, uint32_t g, size_t pos_invalid, size_t pos_open, size_t numstart, size_t numend) {
    if (g == 0 || g > ps->ngroups) {
        perr_text(ps, "invalid group reference ", numstart, numend, "", pos_invalid);
    }
    if (ps->open[g]) {
        perr("cannot refer to an open group", pos_open);
    }
}

static int32_t parse_escape(parser_t *ps) {
    size_t start = ps->i;
    ps->i++;  // backslash
    if (ps->i >= ps->n) {
        perr("bad escape (end of pattern)", start);
    }
    uint32_t e = ps->p[ps->i++];
    uint32_t c;
    if (simple_escape(ps, e, start, &c)) {
        return char_node(ps, c);
    }
    int cat = category_flag(e);
    if (cat) {
        return class_node_cat(ps, cat);
    }
    bool ascii = ascii_mode(ps, ps->flags);
    switch (e) {
        case 'b': return assert_node(ps, ascii ? AS_WORDB_A : AS_WORDB);
        case 'B': return assert_node(ps, ascii ? AS_NWORDB_A : AS_NWORDB);
        case 'A': return assert_node(ps, AS_BEGIN);
        case 'Z': return assert_node(ps, AS_END);
        case '0':
            ps->i--;
            return char_node(ps, read_octal(ps, start, 3));
        case 'N':
            if (!ps->is_bytes) {
                if (!at(ps, '{')) {
                    perr("missing {", ps->i);
                }
                size_t s = ++ps->i;
                while (ps->i < ps->n && ps->p[ps->i] != '}') {
                    ps->i++;
                }
                if (ps->i >= ps->n || ps->i == s) {
                    perr("missing character name", s);
                }
                ps->i++;
                perr_text(ps, "undefined character name '", s, ps->i - 1, "'", start);
            }
            break;
        default:
            break;
    }
    if (is_digit(e)) {
        // three octal digits make a character, else a group reference
        if (is_octal(e) && ps->i + 1 < ps->n && is_octal(ps->p[ps->i]) && is_octal(ps->p[ps->i + 1])) {
            ps->i--;
            return char_node(ps, read_octal(ps, start, 3));
        }
        uint32_t g = e - '0';
        if (ps->i < ps->n && is_digit(ps->p[ps->i])) {
            g = g * 10 + (ps->p[ps->i] - '0');
            ps->i++;
        }
        check_group_ref(ps, g, start + 1, start, start + 1, ps->i);
        int32_t nd = new_node(ps, N_BACKREF);
        ps->no_memo = true;
        ps->nodes[nd].a = (int32_t)g;
        return nd;
    }
    if (is_ascii_alnum(e)) {
        bad_escape(ps, start);
    }
    return char_node(ps, e);
}

// A group name up to the terminator; returns its [start, end) in *s, *e.
static void parse_name(parser_t *ps, uint32_t term, size_t *s, size_t *e) {
    *s = ps->i;
    while (ps->i < ps->n && ps->p[ps->i] != term) {
        ps->i++;
    }
    if (ps->i >= ps->n) {
        if (ps->i == *s) {
            perr("missing group name", *s);
        }
        perr(term == '>' ? "missing >, unterminated name" : "missing ), unterminated name", *s);
    }
    *e = ps->i;
    ps->i++;
    if (*e == *s) {
        perr("missing group name", *s);
    }
    bool ok = true;
    for (size_t k = *s; k < *e; k++) {
        uint32_t c = ps->p[k];
        if (k == *s ? !unichar_isxid_start(c) && c != '_' : !unichar_isxid_continue(c)) {
            ok = false;
        }
        if (ps->is_bytes && c >= 0x80) {
            ok = false;
        }
    }
    if (!ok) {
        perr_text(ps, "bad character in group name '", *s, *e, "'", *s);
    }
}

static int lookup_name(parser_t *ps, size_t s, size_t e) {
    for (size_t k = 0; k < ps->nnames; k++) {
        re_name_t *nm = &ps->names[k];
        if (nm->len == e - s && memcmp(ps->p + nm->start, ps->p + s, (e - s) * sizeof(uint32_t)) == 0) {
            return (int)nm->group;
        }
    }
    return -1;
}

static uint32_t new_group(parser_t *ps) {
    uint32_t g = ++ps->ngroups;
    if (g >= ps->openalloc) {
        size_t na = ps->openalloc * 2 + 16;
        ps->open = m_renew(uint8_t, ps->open, ps->openalloc, na);
        memset(ps->open + ps->openalloc, 0, na - ps->openalloc);
        ps->openalloc = na;
    }
    ps->open[g] = 1;
    return g;
}

static int32_t parse_alt(parser_t *ps);
static int32_t parse_seq(parser_t *ps);

static int flag_letter(uint32_t c) {
    switch (c) {
        case 'a': return RE_FLAG_ASCII;
        case 'i': return RE_FLAG_IGNORECASE;
        case 'L': return RE_FLAG_LOCALE;
        case 'm': return RE_FLAG_MULTILINE;
        case 's': return RE_FLAG_DOTALL;
        case 'u': return RE_FLAG_UNICODE;
        case 'x': return RE_FLAG_VERBOSE;
        default: return 0;
    }
}

// Body of a group up to its ')', with the error for a missing one.
static int32_t group_body(parser_t *ps, size_t start) {
    int32_t body = parse_alt(ps);
    if (!at(ps, ')')) {
        perr("missing ), unterminated subpattern", start);
    }
    ps->i++;
    return body;
}

static int32_t wrap(parser_t *ps, int type, int32_t child) {
    int32_t nd = new_node(ps, type);
    ps->nodes[nd].child = child;
    return nd;
}

// Returns a node, or -1 for something that matches nothing (comment, flags).
static int32_t parse_paren(parser_t *ps, bool at_start) {
    size_t start = ps->i;
    ps->i++;
    if (!at(ps, '?')) {
        uint32_t g = new_group(ps);
        int32_t body = group_body(ps, start);
        ps->open[g] = 0;
        int32_t nd = wrap(ps, N_GROUP, body);
        ps->nodes[nd].a = (int32_t)g;
        return nd;
    }
    ps->i++;
    if (ps->i >= ps->n) {
        perr("unexpected end of pattern", ps->i);
    }
    uint32_t c = ps->p[ps->i++];
    switch (c) {
        case ':':
            return group_body(ps, start);
        case 'P': {
            if (at(ps, '<')) {
                ps->i++;
                size_t s, e;
                parse_name(ps, '>', &s, &e);
                int old = lookup_name(ps, s, e);
                uint32_t g = new_group(ps);
                if (old >= 0) {
                    vstr_t v;
                    vstr_init(&v, 32);
                    vstr_add_str(&v, "redefinition of group name '");
                    pat_text(ps, &v, s, e);
                    vstr_printf(&v, "' as group %u; was group %d", (unsigned)g, old);
                    perr(vstr_null_terminated_str(&v), s);
                }
                if (ps->nnames == ps->namesalloc) {
                    size_t na = ps->namesalloc * 2 + 4;
                    ps->names = m_renew(re_name_t, ps->names, ps->namesalloc, na);
                    ps->namesalloc = na;
                }
                re_name_t *nm = &ps->names[ps->nnames++];
                nm->start = (uint32_t)s;
                nm->len = (uint32_t)(e - s);
                nm->group = g;
                int32_t body = group_body(ps, start);
                ps->open[g] = 0;
                int32_t nd = wrap(ps, N_GROUP, body);
                ps->nodes[nd].a = (int32_t)g;
                return nd;
            }
            if (at(ps, '=')) {
                ps->i++;
                size_t s, e;
                parse_name(ps, ')', &s, &e);
                int g = lookup_name(ps, s, e);
                if (g < 0) {
                    perr_text(ps, "unknown group name '", s, e, "'", s);
                }
                if (ps->open[g]) {
                    perr("cannot refer to an open group", s);
                }
                int32_t nd = new_node(ps, N_BACKREF);
                ps->no_memo = true;
                ps->nodes[nd].a = g;
                return nd;
            }
            if (ps->i >= ps->n) {
                perr("unexpected end of pattern", ps->i);
            }
            perr_text(ps, "unknown extension ?P", ps->i, ps->i + 1, "", start + 1);
        }
        case '=':
        case '!':
        case '<':
        case '>': {
            int kind;
            if (c == '<') {
                if (ps->i >= ps->n) {
                    perr("unexpected end of pattern", ps->i);
                }
                uint32_t d = ps->p[ps->i++];
                if (d == '=') {
                    kind = LK_BEHIND;
                } else if (d == '!') {
                    kind = LK_NBEHIND;
                } else {
                    perr_text(ps, "unknown extension ?<", ps->i - 1, ps->i, "", start + 1);
                }
            } else {
                kind = c == '=' ? LK_AHEAD : c == '!' ? LK_NAHEAD : LK_ATOMIC;
            }
            int32_t body = group_body(ps, start);
            int32_t nd = wrap(ps, N_LOOK, body);
            ps->nodes[nd].a = kind;
            ps->nodes[nd].b = (int32_t)start;
            return nd;
        }
        case '#':
            while (ps->i < ps->n && ps->p[ps->i] != ')') {
                ps->i++;
            }
            if (ps->i >= ps->n) {
                perr("missing ), unterminated comment", start);
            }
            ps->i++;
            return -1;
        case '(': {
            size_t s = ps->i;
            while (ps->i < ps->n && ps->p[ps->i] != ')') {
                ps->i++;
            }
            if (ps->i >= ps->n) {
                perr("missing ), unterminated name", s);
            }
            size_t e = ps->i++;
            if (e == s) {
                perr("missing group name", s);
            }
            int g;
            if (is_digit(ps->p[s])) {
                uint32_t v = 0;
                for (size_t k = s; k < e; k++) {
                    if (!is_digit(ps->p[k])) {
                        perr_text(ps, "bad character in group name '", s, e, "'", s);
                    }
                    v = v * 10 + (ps->p[k] - '0');
                    if (v > 1000000) {
                        break;
                    }
                }
                if (v == 0) {
                    perr("bad group number", s);
                }
                // may refer to a later group: checked at the end
                if (v > ps->cond_ref) {
                    ps->cond_ref = v;
                    ps->cond_ref_s = s;
                    ps->cond_ref_e = e;
                }
                g = (int)v;
            } else {
                g = lookup_name(ps, s, e);
                if (g < 0) {
                    perr_text(ps, "unknown group name '", s, e, "'", s);
                }
            }
            ps->depth++;
            mp_stack_check();
            int32_t yes = parse_seq(ps);
            int32_t no = -1;
            if (at(ps, '|')) {
                ps->i++;
                no = parse_seq(ps);
                if (at(ps, '|')) {
                    perr("conditional backref with more than two branches", ps->i);
                }
            }
            ps->depth--;
            if (!at(ps, ')')) {
                perr("missing ), unterminated subpattern", start);
            }
            ps->i++;
            int32_t nd = new_node(ps, N_COND);
            ps->no_memo = true;
            ps->nodes[nd].a = g;
            ps->nodes[nd].child = yes;
            ps->nodes[nd].b = no;
            return nd;
        }
        default:
            break;
    }
    // inline flags
    ps->i--;
    int add = 0, del = 0;
    while (ps->i < ps->n && flag_letter(ps->p[ps->i])) {
        add |= flag_letter(ps->p[ps->i]);
        ps->i++;
    }
    if (ps->i >= ps->n) {
        perr("missing -, : or )", ps->i);
    }
    c = ps->p[ps->i];
    if (c == ')') {
        if (add == 0 && ps->i == start + 2) {
            perr("missing flag", ps->i);
        }
        if (!at_start) {
            perr("global flags not at the start of the expression", start);
        }
        ps->i++;
        if ((add & RE_FLAG_ASCII) && (add & RE_FLAG_UNICODE)) {
            perr("bad inline flags: flags 'a', 'u' and 'L' are incompatible", ps->i - 1);
        }
        if (!ps->is_bytes && (add & RE_FLAG_LOCALE)) {
            perr("bad inline flags: cannot use 'L' flag with a str pattern", ps->i - 1);
        }
        if (ps->is_bytes && (add & RE_FLAG_UNICODE)) {
            perr("bad inline flags: cannot use 'u' flag with a bytes pattern", ps->i - 1);
        }
        ps->gflags |= add;
        ps->flags |= add;
        return -1;
    }
    if (c == '-') {
        ps->i++;
        while (ps->i < ps->n && flag_letter(ps->p[ps->i])) {
            int f = flag_letter(ps->p[ps->i]);
            if (!(f & (RE_FLAG_IGNORECASE | RE_FLAG_MULTILINE | RE_FLAG_DOTALL | RE_FLAG_VERBOSE))) {
                perr("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", ps->i);
            }
            del |= f;
            ps->i++;
        }
        if (del == 0) {
            perr("missing flag", ps->i);
        }
        if (add & del) {
            perr("bad inline flags: flag turned on and off", ps->i);
        }
        if (ps->i >= ps->n || ps->p[ps->i] != ':') {
            perr("missing :", ps->i);
        }
    } else if (c != ':') {
        if (ps->i == start + 2) {
            perr_text(ps, "unknown extension ?", ps->i, ps->i + 1, "", start + 1);
        }
        if (c < 0x80 && ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) {
            perr("unknown flag", ps->i);
        }
        perr("missing -, : or )", ps->i);
    }
    ps->i++;  // ':'
    int saved = ps->flags;
    ps->flags = (ps->flags | add) & ~del;
    int32_t body = group_body(ps, start);
    ps->flags = saved;
    return body;
}

static int32_t parse_atom(parser_t *ps, bool at_start) {
    uint32_t c = ps->p[ps->i];
    switch (c) {
        case '(':
            return parse_paren(ps, at_start);
        case '[':
            return parse_class(ps);
        case '.':
            ps->i++;
            return new_node(ps, N_ANY);
        case '^':
            ps->i++;
            return assert_node(ps, (ps->flags & RE_FLAG_MULTILINE) ? AS_MBOL : AS_BOL);
        case '$':
            ps->i++;
            return assert_node(ps, (ps->flags & RE_FLAG_MULTILINE) ? AS_MEOL : AS_EOL);
        case '\\':
            return parse_escape(ps);
        default:
            ps->i++;
            return char_node(ps, c);
    }
}

// Parse a number of a {m,n} repeat; returns false if none.
static bool parse_count(parser_t *ps, size_t *k, uint64_t *v) {
    size_t s = *k;
    uint64_t x = 0;
    while (*k < ps->n && is_digit(ps->p[*k])) {
        if (x < 0x100000000ULL) {
            x = x * 10 + (ps->p[*k] - '0');
        }
        (*k)++;
    }
    *v = x;
    return *k > s;
}

// Is there a repeat operator at ps->i? Fills min/max and advances.
static bool parse_quant(parser_t *ps, uint32_t *mn, uint32_t *mx) {
    if (ps->i >= ps->n) {
        return false;
    }
    uint32_t c = ps->p[ps->i];
    if (c == '*') {
        *mn = 0, *mx = RE_INF;
    } else if (c == '+') {
        *mn = 1, *mx = RE_INF;
    } else if (c == '?') {
        *mn = 0, *mx = 1;
    } else if (c == '{') {
        size_t k = ps->i + 1;
        uint64_t lo = 0, hi = RE_INF;
        bool has_hi = false;
        size_t lo_pos = k;
        bool has_lo = parse_count(ps, &k, &lo);
        if (k < ps->n && ps->p[k] == '}') {
            if (!has_lo) {
                return false;
            }
            hi = lo;
            has_hi = true;
        } else if (k < ps->n && ps->p[k] == ',') {
            k++;
            has_hi = parse_count(ps, &k, &hi);
            if (!has_hi) {
                hi = RE_INF;
            }
            if (k >= ps->n || ps->p[k] != '}') {
                return false;
            }
        } else {
            return false;
        }
        if (lo >= RE_INF || (has_hi && hi >= RE_INF)) {
            mp_raise_msg(&mp_type_OverflowError, "the repetition number is too large");
        }
        if (hi < lo) {
            perr("min repeat greater than max repeat", lo_pos);
        }
        *mn = (uint32_t)lo;
        *mx = (uint32_t)hi;
        ps->i = k;
    } else {
        return false;
    }
    ps->i++;
    return true;
}

static int32_t parse_seq(parser_t *ps) {
    int32_t cat = new_node(ps, N_CAT);
    for (;;) {
        skip_verbose(ps);
        if (ps->i >= ps->n || ps->p[ps->i] == '|' || ps->p[ps->i] == ')') {
            break;
        }
        size_t apos = ps->i;
        uint32_t c = ps->p[apos];
        uint32_t mn, mx;
        if (c == '*' || c == '+' || c == '?' || (c == '{' && parse_quant(ps, &mn, &mx))) {
            perr("nothing to repeat", apos);
        }
        bool at_start = ps->depth == 1 && !ps->seen_item;
        int32_t atom = parse_atom(ps, at_start);
        if (atom < 0) {
            continue;
        }
        ps->seen_item = true;
        skip_verbose(ps);
        size_t qpos = ps->i;
        if (parse_quant(ps, &mn, &mx)) {
            int t = ps->nodes[atom].type;
            if (t == N_ASSERT || t == N_EMPTY) {
                perr("nothing to repeat", qpos);
            }
            int32_t rep = wrap(ps, N_REPEAT, atom);
            node_t *r = &ps->nodes[rep];
            r->min = mn;
            r->max = mx;
            r->greedy = 1;
            bool possessive = false;
            if (at(ps, '?')) {
                r->greedy = 0;
                ps->i++;
            } else if (at(ps, '+')) {
                possessive = true;
                ps->i++;
            }
            if (possessive) {
                rep = wrap(ps, N_LOOK, rep);
                ps->nodes[rep].a = LK_ATOMIC;
            }
            skip_verbose(ps);
            size_t q2 = ps->i;
            uint32_t m2, x2;
            if (q2 < ps->n && (ps->p[q2] == '*' || ps->p[q2] == '+' || ps->p[q2] == '?' || (ps->p[q2] == '{' && parse_quant(ps, &m2, &x2)))) {
                perr("multiple repeat", q2);
            }
            atom = rep;
        }
        append_child(ps, cat, atom);
    }
    return cat;
}

static int32_t parse_alt(parser_t *ps) {
    if (++ps->depth > 1) {
        mp_stack_check();
    }
    int32_t first = parse_seq(ps);
    if (!at(ps, '|')) {
        ps->depth--;
        return first;
    }
    int32_t alt = new_node(ps, N_ALT);
    append_child(ps, alt, first);
    while (at(ps, '|')) {
        ps->i++;
        append_child(ps, alt, parse_seq(ps));
    }
    ps->depth--;
    return alt;
}

// ---------------------------------------------------------------------------
// Tree analysis

static bool can_be_empty(parser_t *ps, int32_t n) {
    node_t *nd = &ps->nodes[n];
    mp_stack_check();
    switch (nd->type) {
        case N_CHAR:
        case N_ANY:
        case N_CLASS:
            return false;
        case N_GROUP:
            return can_be_empty(ps, nd->child);
        case N_CAT:
            for (int32_t c = nd->child; c >= 0; c = ps->nodes[c].next) {
                if (!can_be_empty(ps, c)) {
                    return false;
                }
            }
            return true;
        case N_ALT:
            for (int32_t c = nd->child; c >= 0; c = ps->nodes[c].next) {
                if (can_be_empty(ps, c)) {
                    return true;
                }
            }
            return false;
        case N_REPEAT:
            return nd->min == 0 || can_be_empty(ps, nd->child);
        case N_LOOK:
            return nd->a != LK_ATOMIC || can_be_empty(ps, nd->child);
        default:
            return true;
    }
}

// Fixed width in characters, or -1.
static int64_t width(parser_t *ps, int32_t n) {
    node_t *nd = &ps->nodes[n];
    mp_stack_check();
    switch (nd->type) {
        case N_CHAR:
        case N_ANY:
        case N_CLASS:
            return 1;
        case N_EMPTY:
        case N_ASSERT:
            return 0;
        case N_GROUP:
            return width(ps, nd->child);
        case N_LOOK:
            return nd->a == LK_ATOMIC ? width(ps, nd->child) : 0;
        case N_CAT: {
            int64_t w = 0;
            for (int32_t c = nd->child; c >= 0; c = ps->nodes[c].next) {
                int64_t x = width(ps, c);
                if (x < 0) {
                    return -1;
                }
                w += x;
                if (w > 0x7fffffff) {
                    return -1;
                }
            }
            return w;
        }
        case N_ALT: {
            int64_t w = -2;
            for (int32_t c = nd->child; c >= 0; c = ps->nodes[c].next) {
                int64_t x = width(ps, c);
                if (x < 0 || (w != -2 && x != w)) {
                    return -1;
                }
                w = x;
            }
            return w;
        }
        case N_REPEAT: {
            if (nd->min != nd->max) {
                return -1;
            }
            int64_t x = width(ps, nd->child);
            if (x < 0 || (x > 0 && nd->min > 0x7fffffff / x)) {
                return -1;
            }
            return x * nd->min;
        }
        default:
            return -1;
    }
}

// ---------------------------------------------------------------------------
// Code generation

typedef struct _emitter_t {
    parser_t *ps;
    int32_t *code;
    size_t len, alloc;
    int in_counter;    // inside a counted loop (its state is not in (pc, pos))
    uint32_t nmemo;
} emitter_t;

// A memo point for a loop head if the outcome from there depends only on
// the position.
static int32_t memo_index(emitter_t *em) {
    if (em->ps->no_memo || em->in_counter) {
        return -1;
    }
    return (int32_t)em->nmemo++;
}

static size_t emit_word(emitter_t *em, int32_t w) {
    if (em->len == em->alloc) {
        size_t na = em->alloc * 2 + 64;
        if (na > 0x3fffffff) {
            mp_raise_msg(&mp_type_OverflowError, "regular expression code size limit exceeded");
        }
        int32_t *c = m_malloc_atomic(na * sizeof(int32_t));
        if (em->len > 0) {
            memcpy(c, em->code, em->len * sizeof(int32_t));
        }
        em->code = c;
        em->alloc = na;
    }
    em->code[em->len] = w;
    return em->len++;
}

// Two words (most instructions are an opcode and an operand); returns
// the position of the first.
static size_t emit2(emitter_t *em, int32_t a, int32_t b) {
    size_t pos = emit_word(em, a);
    emit_word(em, b);
    return pos;
}

// An OP_SPLIT whose targets are set by patch_split.
static size_t emit_split(emitter_t *em) {
    size_t sp = emit_word(em, OP_SPLIT);
    emit2(em, 0, 0);
    return sp;
}

// A loop's SPLIT: greedy tries the body first, lazy the exit.
static void patch_split(emitter_t *em, size_t sp, bool greedy, size_t body, size_t exit) {
    em->code[sp + 2 - greedy] = (int32_t)body;
    em->code[sp + 1 + greedy] = (int32_t)exit;
}

static bool is_single(parser_t *ps, int32_t n) {
    int t = ps->nodes[n].type;
    return t == N_CHAR || t == N_ANY || t == N_CLASS;
}

static void emit_node(emitter_t *em, int32_t n);

static void emit_single(emitter_t *em, int32_t n) {
    parser_t *ps = em->ps;
    node_t *nd = &ps->nodes[n];
    int32_t off = nd->a;  // classes: the OP_CLASS block copied below
    if (nd->type == N_ANY) {
        emit_word(em, (nd->fl & RE_FLAG_DOTALL) ? OP_ANYALL : OP_ANY);
        return;
    }
    if (nd->type == N_CHAR) {
        if (!(nd->fl & RE_FLAG_IGNORECASE)) {
            emit2(em, OP_CHAR, nd->a);
            return;
        }
        uint32_t c = (uint32_t)nd->a;
        bool ascii = ascii_mode(ps, nd->fl);
        uint32_t f = fold(c, ascii);
        // characters whose case partners are not a simple fold
        // go through a class
        uint32_t u = c < 0x80 || ascii ? ((f >= 'a' && f <= 'z') ? f - 32 : f) : unichar_toupper(f);
        if (fold(u, ascii) == f) {
            emit2(em, OP_CHAR_I, (int32_t)f);
            emit_word(em, ascii);
            return;
        }
        uint32_t r[2] = {c, c};
        int32_t saved = ps->flags;
        ps->flags = nd->fl;
        off = make_class(ps, r, 1, class_base_flags(ps));
        ps->flags = saved;
    }
    for (int32_t k = 0; k < ps->cls[off + 1]; k++) {
        emit_word(em, ps->cls[off + k]);
    }
}

// A run of literal characters as one OP_STR (bytes compared with memcmp).
static int32_t emit_str_run(emitter_t *em, int32_t n) {
    parser_t *ps = em->ps;
    int32_t end = n;
    size_t count = 0;
    while (end >= 0 && ps->nodes[end].type == N_CHAR && !(ps->nodes[end].fl & RE_FLAG_IGNORECASE)) {
        end = ps->nodes[end].next;
        count++;
    }
    if (count < 2) {
        emit_node(em, n);
        return ps->nodes[n].next;
    }
    vstr_t v;
    vstr_init(&v, count * 2);
    for (int32_t k = n; k != end; k = ps->nodes[k].next) {
        if (ps->is_bytes) {
            vstr_add_byte(&v, (byte)ps->nodes[k].a);
        } else {
            vstr_add_char(&v, (uint32_t)ps->nodes[k].a);
        }
    }
    emit2(em, OP_STR, (int32_t)v.len);
    emit_word(em, (int32_t)count);
    for (size_t k = 0; k < v.len; k += 4) {
        int32_t w = 0;
        memcpy(&w, v.buf + k, v.len - k < 4 ? v.len - k : 4);
        emit_word(em, w);
    }
    return end;
}

static void emit_node(emitter_t *em, int32_t n) {
    parser_t *ps = em->ps;
    node_t nd = ps->nodes[n];
    mp_stack_check();
    switch (nd.type) {
        case N_EMPTY:
            break;
        case N_CHAR:
        case N_ANY:
        case N_CLASS:
            emit_single(em, n);
            break;
        case N_ASSERT:
            emit2(em, OP_ASSERT, nd.a);
            break;
        case N_GROUP:
            emit2(em, OP_SAVE, 2 * nd.a);
            emit_node(em, nd.child);
            emit2(em, OP_SAVE, 2 * nd.a + 1);
            break;
        case N_CAT:
            for (int32_t c = nd.child; c >= 0;) {
                c = emit_str_run(em, c);
            }
            break;
        case N_ALT: {
            // SPLIT next_branch ... JMP end; chain of jumps patched at the end
            int32_t jumps = -1;
            for (int32_t c = nd.child; c >= 0; c = ps->nodes[c].next) {
                if (ps->nodes[c].next >= 0) {
                    size_t sp = emit_split(em);
                    emit_node(em, c);
                    jumps = (int32_t)emit2(em, OP_JMP, jumps) + 1;
                    patch_split(em, sp, true, sp + 3, em->len);
                } else {
                    emit_node(em, c);
                }
            }
            while (jumps >= 0) {
                int32_t nx = em->code[jumps];
                em->code[jumps] = (int32_t)em->len;
                jumps = nx;
            }
            break;
        }
        case N_REPEAT: {
            if (nd.max == 0) {
                break;
            }
            if (is_single(ps, nd.child)) {
                emit2(em, OP_STAR, (int32_t)nd.min);
                emit2(em, (int32_t)nd.max, nd.greedy);
                size_t lenpos = emit_word(em, 0);
                emit_single(em, nd.child);
                em->code[lenpos] = (int32_t)(em->len - lenpos - 1);
                break;
            }
            if (nd.min == 1 && nd.max == 1) {
                emit_node(em, nd.child);
                break;
            }
            bool empty = can_be_empty(ps, nd.child);
            if (nd.min == 0 && nd.max == 1) {
                size_t sp = emit_split(em);
                emit_node(em, nd.child);
                patch_split(em, sp, nd.greedy, sp + 3, em->len);
                break;
            }
            if (!empty && nd.max == RE_INF && nd.min == 0) {
                // [MEMO idx] SPLIT body exit; body; JMP back to the MEMO/SPLIT
                size_t top = em->len;
                int32_t mi = memo_index(em);
                if (mi >= 0) {
                    emit2(em, OP_MEMO, mi);
                }
                size_t sp = emit_split(em);
                emit_node(em, nd.child);
                emit2(em, OP_JMP, (int32_t)top);
                patch_split(em, sp, nd.greedy, sp + 3, em->len);
                break;
            }
            if (!empty && nd.max == RE_INF && nd.min == 1) {
                // body; [MEMO idx] SPLIT back to the body or on
                size_t top = em->len;
                emit_node(em, nd.child);
                int32_t mi = memo_index(em);
                if (mi >= 0) {
                    emit2(em, OP_MEMO, mi);
                }
                size_t sp = emit_split(em);
                patch_split(em, sp, nd.greedy, top, sp + 3);
                break;
            }
            int32_t k = (int32_t)ps->ncounters++;
            emit2(em, OP_RPT_INIT, k);
            size_t rp = emit2(em, OP_RPT, k);
            emit2(em, (int32_t)nd.min, (int32_t)nd.max);
            size_t exitpos = emit2(em, nd.greedy, 0) + 1;
            emit_word(em, nd.max == RE_INF ? memo_index(em) : -1);
            em->in_counter++;
            emit_node(em, nd.child);
            em->in_counter--;
            emit2(em, OP_RPT_END, k);
            emit_word(em, (int32_t)rp);
            em->code[exitpos] = (int32_t)em->len;
            break;
        }
        case N_BACKREF:
            emit2(em, OP_BACKREF, nd.a);
            emit_word(em, (nd.fl & RE_FLAG_IGNORECASE) ? 1 + ascii_mode(ps, nd.fl) : 0);
            break;
        case N_LOOK: {
            int64_t w = 0;
            if (nd.a == LK_BEHIND || nd.a == LK_NBEHIND) {
                w = width(ps, nd.child);
                if (w < 0) {
                    perr("look-behind requires fixed-width pattern", -1);
                }
            }
            emit2(em, OP_LOOK, nd.a);
            size_t nx = emit2(em, (int32_t)w, 0) + 1;
            emit_node(em, nd.child);
            emit_word(em, OP_SUCCEED);
            em->code[nx] = (int32_t)em->len;
            break;
        }
        case N_COND: {
            emit2(em, OP_GROUPEXISTS, nd.a);
            size_t nopos = emit_word(em, 0);
            emit_node(em, nd.child);
            if (nd.b >= 0) {
                size_t j = emit2(em, OP_JMP, 0) + 1;
                em->code[nopos] = (int32_t)em->len;
                emit_node(em, nd.b);
                em->code[j] = (int32_t)em->len;
            } else {
                em->code[nopos] = (int32_t)em->len;
            }
            break;
        }
    }
}

// The node every match begins with: descend into the first item of
// sequences and groups, and of repeats (only those with a minimum when
// with_repeats; else they stop the descent). NULL for an empty sequence.
static node_t *leading_node(parser_t *ps, int32_t n, bool with_repeats) {
    for (;;) {
        node_t *nd = &ps->nodes[n];
        if (nd->type == N_CAT || nd->type == N_GROUP || (with_repeats && nd->type == N_REPEAT && nd->min > 0)) {
            if (nd->child < 0) {
                return NULL;
            }
            n = nd->child;
            continue;
        }
        return nd;
    }
}

// The first byte every match must begin with, or -1.
static int32_t first_byte(parser_t *ps, int32_t n) {
    node_t *nd = leading_node(ps, n, true);
    if (nd == NULL || nd->type != N_CHAR || (nd->fl & RE_FLAG_IGNORECASE)) {
        return -1;
    }
    if (ps->is_bytes || nd->a < 0x80) {
        return nd->a;
    }
    byte buf[4];
    utf8_encode((uint32_t)nd->a, buf);
    return buf[0];
}

// The class every match must begin with (a copy of its OP_CLASS block), or NULL.
static int32_t *first_class(parser_t *ps, int32_t n) {
    node_t *nd = leading_node(ps, n, true);
    if (nd == NULL || nd->type != N_CLASS) {
        return NULL;
    }
    const int32_t *c = ps->cls + nd->a;
    int32_t *copy = m_malloc_atomic(c[1] * sizeof(int32_t));
    memcpy(copy, c, c[1] * sizeof(int32_t));
    return copy;
}

static bool starts_anchored(parser_t *ps, int32_t n) {
    node_t *nd = leading_node(ps, n, false);
    return nd != NULL && nd->type == N_ASSERT && (nd->a == AS_BOL || nd->a == AS_BEGIN);
}

void re_compile(re_prog_t *prog, const byte *pattern, size_t len, int flags, bool is_bytes) {
    parser_t ps;
    memset(&ps, 0, sizeof(ps));
    // decode to code points so that positions in messages count characters
    uint32_t *p = m_malloc_atomic((len + 1) * sizeof(uint32_t));
    size_t n = 0;
    if (is_bytes) {
        for (size_t k = 0; k < len; k++) {
            p[n++] = pattern[k];
        }
    } else {
        const byte *s = pattern, *e = pattern + len;
        while (s < e) {
            p[n++] = utf8_get_char(&s);
        }
    }
    ps.p = p;
    ps.n = n;
    ps.is_bytes = is_bytes;
    ps.flags = ps.gflags = flags;
    ps.open = m_new(uint8_t, 16);
    ps.openalloc = 16;
    int32_t root = parse_alt(&ps);
    if (ps.i < ps.n) {
        // only a stray ')' stops the top level early
        perr("unbalanced parenthesis", ps.i);
    }
    if (ps.cond_ref > ps.ngroups) {
        perr_text(&ps, "invalid group reference ", ps.cond_ref_s, ps.cond_ref_e, "", ps.cond_ref_s);
    }
    emitter_t em = {&ps, NULL, 0, 0, 0, 0};
    emit_node(&em, root);
    emit_word(&em, OP_MATCH);
    prog->code = em.code;
    prog->code_len = em.len;
    prog->ngroups = ps.ngroups;
    prog->ncounters = ps.ncounters;
    prog->nmemo = em.nmemo;
    prog->flags = ps.gflags;
    prog->is_bytes = is_bytes;
    prog->anchored = starts_anchored(&ps, root);
    prog->first_byte = first_byte(&ps, root);
    prog->first_class = prog->first_byte < 0 ? first_class(&ps, root) : NULL;
    prog->names = ps.names;
    prog->n_names = ps.nnames;
    prog->pat = p;
    prog->pat_len = n;
}

// ---------------------------------------------------------------------------
// Matcher

enum { BT_CHOICE, BT_SLOT, BT_LASTIDX, BT_CNT, BT_STAR_G, BT_STAR_L, BT_RPT_LAZY, BT_MEMO };

typedef struct _bt_t {
    uint32_t kind;
    uint32_t pc;
    uint32_t a;
    uint32_t b;
} bt_t;

#define RE_NONE (0xFFFFFFFFu)
#define RE_STEP_LIMIT (20000000u)
#define RE_STACK_LIMIT ((size_t)1 << 24)

typedef struct _mstate_t {
    const int32_t *code;
    const byte *s;
    size_t end;
    bool is_str;
    int mode;
    bool must_advance;
    size_t start;       // where the search began (for must_advance)
    size_t mstart;      // start of the current attempt
    int32_t *slots;
    int lastindex;
    uint32_t *cnt;
    uint32_t *lastpos;
    bt_t *stack;
    size_t sp, alloc;
    bool stack_on_heap;
    uint32_t steps;
    // Failure memo: bit (idx * (end + 1) + pos) set when everything after
    // loop head idx at pos failed. Allocated only once a match attempt has
    // backtracked a lot, so ordinary matches never pay for it.
    uint8_t *memo;
    uint32_t nmemo;
    bool memo_used;
} mstate_t;

#define RE_MEMO_AFTER (2000u)
#define RE_MEMO_MAX_BITS ((size_t)1 << 26)

// True if (idx, pos) is known to fail; otherwise pushes a marker that
// records the failure when it is popped.
static bool memo_check(mstate_t *st, uint32_t idx, size_t pos);

MP_NOINLINE static void grow(mstate_t *st) {
    if (st->alloc >= RE_STACK_LIMIT) {
        mp_raise_msg(&mp_type_RuntimeError, "maximum recursion limit exceeded");
    }
    size_t na = st->alloc * 2;
    bt_t *ns = m_malloc_atomic(na * sizeof(bt_t));
    memcpy(ns, st->stack, st->sp * sizeof(bt_t));
    st->stack = ns;
    st->alloc = na;
}

static inline void push(mstate_t *st, uint32_t kind, uint32_t pc, uint32_t a, uint32_t b) {
    if (MP_UNLIKELY(st->sp == st->alloc)) {
        grow(st);
    }
    bt_t *e = &st->stack[st->sp++];
    e->kind = kind;
    e->pc = pc;
    e->a = a;
    e->b = b;
}

MP_NOINLINE static void too_complex(void) {
    mp_raise_msg(&mp_type_RuntimeError, "maximum recursion depth exceeded in regular expression");
}

// Decode the character at pos (pos < end); *next gets the following offset.
static inline uint32_t getc_at(const mstate_t *st, size_t pos, size_t *next) {
    byte b = st->s[pos];
    if (b < 0x80 || !st->is_str) {
        *next = pos + 1;
        return b;
    }
    const byte *p = st->s + pos;
    uint32_t c = utf8_get_char(&p);
    *next = p - st->s;
    if (*next > st->end) {
        *next = st->end;
    }
    return c;
}

static inline size_t prev_pos(const mstate_t *st, size_t pos) {
    pos--;
    if (st->is_str) {
        while (pos > 0 && utf8_is_cont(st->s[pos])) {
            pos--;
        }
    }
    return pos;
}

// Match the single-character item at code[pc] at *pos.
static inline bool match_one(const mstate_t *st, const int32_t *item, size_t *pos) {
    if (*pos >= st->end) {
        return false;
    }
    size_t nx;
    uint32_t c = getc_at(st, *pos, &nx);
    bool ok;
    switch (item[0]) {
        case OP_CHAR:
            ok = c == (uint32_t)item[1];
            break;
        case OP_CHAR_I:
            ok = fold(c, !st->is_str || item[2]) == (uint32_t)item[1];
            break;
        case OP_ANY:
            ok = c != '\n';
            break;
        case OP_ANYALL:
            ok = true;
            break;
        default:
            ok = class_has(item, c);
            break;
    }
    if (ok) {
        *pos = nx;
    }
    return ok;
}

static bool check_assert(const mstate_t *st, int kind, size_t pos) {
    switch (kind) {
        case AS_BOL:
        case AS_BEGIN:
            return pos == 0;
        case AS_MBOL:
            return pos == 0 || st->s[pos - 1] == '\n';
        case AS_EOL:
            return pos == st->end || (pos + 1 == st->end && st->s[pos] == '\n');
        case AS_MEOL:
            return pos == st->end || st->s[pos] == '\n';
        case AS_END:
            return pos == st->end;
        default: {
            bool ascii = kind == AS_WORDB_A || kind == AS_NWORDB_A || !st->is_str;
            bool before = false, after = false;
            if (pos > 0) {
                size_t pp = prev_pos(st, pos), nx;
                before = is_word(getc_at(st, pp, &nx), ascii);
            }
            if (pos < st->end) {
                size_t nx;
                after = is_word(getc_at(st, pos, &nx), ascii);
            }
            bool b = before != after;
            if (kind == AS_WORDB || kind == AS_WORDB_A) {
                return b;
            }
            // CPython: \B never matches in an empty string
            return !b && st->end > 0;
        }
    }
}

// Undo records above base are replayed; choice points dropped.
static void unwind_to(mstate_t *st, size_t base) {
    while (st->sp > base) {
        bt_t *e = &st->stack[--st->sp];
        switch (e->kind) {
            case BT_SLOT:
                st->slots[e->pc] = (int32_t)e->a;
                break;
            case BT_LASTIDX:
                st->lastindex = (int32_t)e->a;
                break;
            case BT_CNT:
                st->cnt[e->pc] = e->a;
                st->lastpos[e->pc] = e->b;
                break;
            default:
                break;
        }
    }
}

// Keep only the undo records above base (the nested match is committed).
static void drop_choices(mstate_t *st, size_t base) {
    size_t w = base;
    for (size_t r = base; r < st->sp; r++) {
        uint32_t k = st->stack[r].kind;
        if (k == BT_SLOT || k == BT_LASTIDX || k == BT_CNT) {
            st->stack[w++] = st->stack[r];
        }
    }
    st->sp = w;
}

static bool memo_check(mstate_t *st, uint32_t idx, size_t pos) {
    if (st->memo == NULL) {
        if (st->steps < RE_MEMO_AFTER || st->nmemo == 0) {
            return false;
        }
        size_t bits = (size_t)st->nmemo * (st->end + 1);
        if (bits > RE_MEMO_MAX_BITS) {
            st->nmemo = 0;  // too big: rely on the step budget
            return false;
        }
        st->memo = m_malloc_atomic(bits / 8 + 1);
    }
    size_t bit = (size_t)idx * (st->end + 1) + pos;
    if (st->memo[bit >> 3] & (1 << (bit & 7))) {
        return true;
    }
    st->memo_used = true;
    push(st, BT_MEMO, idx, (uint32_t)pos, 0);
    return false;
}

static inline void set_slot(mstate_t *st, uint32_t slot, int32_t v) {
    push(st, BT_SLOT, slot, (uint32_t)st->slots[slot], 0);
    st->slots[slot] = v;
}

static inline void set_cnt(mstate_t *st, uint32_t k, uint32_t c, uint32_t lp) {
    push(st, BT_CNT, k, st->cnt[k], st->lastpos[k]);
    st->cnt[k] = c;
    st->lastpos[k] = lp;
}

// Run from pc at pos; returns the end position or -1. The stack above its
// entry level holds this run's records.
static int64_t run(mstate_t *st, size_t pc, size_t pos) {
    const int32_t *code = st->code;
    size_t base = st->sp;
    for (;;) {
        switch (code[pc]) {
            case OP_CHAR: {
                if (pos >= st->end) {
                    goto fail;
                }
                uint32_t c = st->s[pos];
                if (c < 0x80 || !st->is_str) {
                    if (c != (uint32_t)code[pc + 1]) {
                        goto fail;
                    }
                    pos++;
                } else {
                    size_t nx;
                    if (getc_at(st, pos, &nx) != (uint32_t)code[pc + 1]) {
                        goto fail;
                    }
                    pos = nx;
                }
                pc += 2;
                continue;
            }
            case OP_STR: {
                size_t nb = (size_t)code[pc + 1];
                if (st->end - pos < nb || memcmp(st->s + pos, code + pc + 3, nb) != 0) {
                    goto fail;
                }
                pos += nb;
                pc += 3 + (nb + 3) / 4;
                continue;
            }
            case OP_CHAR_I:
            case OP_ANY:
            case OP_ANYALL:
            case OP_CLASS:
                if (!match_one(st, code + pc, &pos)) {
                    goto fail;
                }
                pc += code[pc] == OP_CLASS ? (size_t)code[pc + 1] : code[pc] == OP_CHAR_I ? 3 : 1;
                continue;
            case OP_ASSERT:
                if (!check_assert(st, code[pc + 1], pos)) {
                    goto fail;
                }
                pc += 2;
                continue;
            case OP_JMP:
                pc = (size_t)code[pc + 1];
                continue;
            case OP_SPLIT:
                push(st, BT_CHOICE, (uint32_t)code[pc + 2], (uint32_t)pos, 0);
                pc = (size_t)code[pc + 1];
                continue;
            case OP_SAVE: {
                uint32_t slot = (uint32_t)code[pc + 1];
                set_slot(st, slot, (int32_t)pos);
                if (slot & 1) {
                    push(st, BT_LASTIDX, 0, (uint32_t)st->lastindex, 0);
                    st->lastindex = (int)(slot >> 1);
                }
                pc += 2;
                continue;
            }
            case OP_BACKREF: {
                uint32_t g = (uint32_t)code[pc + 1];
                int32_t gs = st->slots[2 * g], ge = st->slots[2 * g + 1];
                if (gs < 0 || ge < 0) {
                    goto fail;
                }
                size_t glen = (size_t)(ge - gs);
                if (code[pc + 2] == 0) {
                    if (st->end - pos < glen || memcmp(st->s + pos, st->s + gs, glen) != 0) {
                        goto fail;
                    }
                    pos += glen;
                } else {
                    bool ascii = code[pc + 2] == 2 || !st->is_str;
                    size_t q = (size_t)gs;
                    while (q < (size_t)ge) {
                        if (pos >= st->end) {
                            goto fail;
                        }
                        size_t n1, n2;
                        uint32_t c1 = getc_at(st, q, &n1);
                        uint32_t c2 = getc_at(st, pos, &n2);
                        if (fold(c1, ascii) != fold(c2, ascii)) {
                            goto fail;
                        }
                        q = n1;
                        pos = n2;
                    }
                }
                pc += 3;
                continue;
            }
            case OP_LOOK: {
                int kind = code[pc + 1];
                size_t next = (size_t)code[pc + 3];
                size_t p = pos;
                bool can = true;
                if (kind == LK_BEHIND || kind == LK_NBEHIND) {
                    for (int32_t k = 0; k < code[pc + 2]; k++) {
                        if (p == 0) {
                            can = false;
                            break;
                        }
                        p = prev_pos(st, p);
                    }
                }
                bool neg = kind == LK_NAHEAD || kind == LK_NBEHIND;
                if (!can) {
                    if (neg) {
                        pc = next;
                        continue;
                    }
                    goto fail;
                }
                size_t saved = st->sp;
                mp_stack_check();
                int64_t r = run(st, pc + 4, p);
                if (neg) {
                    if (r >= 0) {
                        unwind_to(st, saved);
                        goto fail;
                    }
                    pc = next;
                    continue;
                }
                if (r < 0) {
                    goto fail;
                }
                drop_choices(st, saved);
                if (kind == LK_ATOMIC) {
                    pos = (size_t)r;
                }
                pc = next;
                continue;
            }
            case OP_RPT_INIT:
                set_cnt(st, (uint32_t)code[pc + 1], 0, RE_NONE);
                pc += 2;
                continue;
            case OP_RPT: {
                uint32_t k = (uint32_t)code[pc + 1];
                uint32_t mn = (uint32_t)code[pc + 2], mx = (uint32_t)code[pc + 3];
                uint32_t c = st->cnt[k];
                size_t exitpc = (size_t)code[pc + 5];
                if (c >= mn && st->lastpos[k] == (uint32_t)pos) {
                    pc = exitpc;
                    continue;
                }
                if (c < mn) {
                    // (iterations below the minimum do not arm the
                    // empty-iteration check, as in CPython)
                    pc += 7;
                    continue;
                }
                if (c >= mx) {
                    pc = exitpc;
                    continue;
                }
                if (code[pc + 6] >= 0 && memo_check(st, (uint32_t)code[pc + 6], pos)) {
                    goto fail;
                }
                if (code[pc + 4]) {
                    push(st, BT_CHOICE, (uint32_t)exitpc, (uint32_t)pos, 0);
                    set_cnt(st, k, c, (uint32_t)pos);
                    pc += 7;
                } else {
                    push(st, BT_RPT_LAZY, (uint32_t)pc, (uint32_t)pos, 0);
                    pc = exitpc;
                }
                continue;
            }
            case OP_RPT_END: {
                uint32_t k = (uint32_t)code[pc + 1];
                set_cnt(st, k, st->cnt[k] + 1, st->lastpos[k]);
                pc = (size_t)code[pc + 2];
                continue;
            }
            case OP_STAR: {
                uint32_t mn = (uint32_t)code[pc + 1], mx = (uint32_t)code[pc + 2];
                const int32_t *item = code + pc + 5;
                size_t cont = pc + 5 + (size_t)code[pc + 4];
                size_t p = pos;
                uint32_t c = 0;
                if (code[pc + 3]) {
                    size_t minp = pos;
                    if (item[0] == OP_ANYALL && !st->is_str) {
                        size_t avail = st->end - pos;
                        c = avail < mx ? (uint32_t)avail : mx;
                        p = pos + c;
                        minp = pos + (c < mn ? c : mn);
                    } else {
                        while (c < mx && match_one(st, item, &p)) {
                            c++;
                            if (c == mn) {
                                minp = p;
                            }
                        }
                    }
                    if (c < mn) {
                        goto fail;
                    }
                    if (c > mn) {
                        push(st, BT_STAR_G, (uint32_t)cont, (uint32_t)p, (uint32_t)minp);
                    }
                } else {
                    while (c < mn) {
                        if (!match_one(st, item, &p)) {
                            goto fail;
                        }
                        c++;
                    }
                    if (c < mx) {
                        push(st, BT_STAR_L, (uint32_t)pc, (uint32_t)p, c);
                    }
                }
                pos = p;
                pc = cont;
                continue;
            }
            case OP_GROUPEXISTS: {
                uint32_t g = (uint32_t)code[pc + 1];
                if (st->slots[2 * g] >= 0 && st->slots[2 * g + 1] >= 0) {
                    pc += 3;
                } else {
                    pc = (size_t)code[pc + 2];
                }
                continue;
            }
            case OP_MEMO:
                if (memo_check(st, (uint32_t)code[pc + 1], pos)) {
                    goto fail;
                }
                pc += 2;
                continue;
            case OP_MATCH:
                if (st->must_advance && pos == st->mstart && pos == st->start) {
                    goto fail;
                }
                if (st->mode == RE_MODE_FULLMATCH && pos != st->end) {
                    goto fail;
                }
                return (int64_t)pos;
            case OP_SUCCEED:
                return (int64_t)pos;
            default:
                goto fail;
        }
    fail:
        for (;;) {
            if (st->sp == base) {
                return -1;
            }
            bt_t *e = &st->stack[st->sp - 1];
            switch (e->kind) {
                case BT_SLOT:
                    st->slots[e->pc] = (int32_t)e->a;
                    st->sp--;
                    continue;
                case BT_LASTIDX:
                    st->lastindex = (int32_t)e->a;
                    st->sp--;
                    continue;
                case BT_CNT:
                    st->cnt[e->pc] = e->a;
                    st->lastpos[e->pc] = e->b;
                    st->sp--;
                    continue;
                case BT_MEMO: {
                    size_t bit = (size_t)e->pc * (st->end + 1) + e->a;
                    st->memo[bit >> 3] |= (uint8_t)(1 << (bit & 7));
                    st->sp--;
                    continue;
                }
                default:
                    break;
            }
            if (MP_UNLIKELY(++st->steps > RE_STEP_LIMIT)) {
                too_complex();
            }
            if (e->kind == BT_CHOICE) {
                pc = e->pc;
                pos = e->a;
                st->sp--;
                break;
            }
            if (e->kind == BT_STAR_G) {
                // give back one character; if the continuation starts with
                // a known byte, skip positions that cannot match it
                size_t p = e->a, minp = e->b;
                int32_t want = -1;
                int32_t op = code[e->pc];
                if (op == OP_CHAR && (code[e->pc + 1] < 0x80 || !st->is_str)) {
                    want = code[e->pc + 1];
                } else if (op == OP_STR) {
                    want = ((const byte *)(code + e->pc + 3))[0];
                }
                for (;;) {
                    p = prev_pos(st, p);
                    if (p <= minp || want < 0 || (p < st->end && st->s[p] == want)) {
                        break;
                    }
                }
                if (p <= minp) {
                    p = minp;
                    st->sp--;
                } else {
                    e->a = (uint32_t)p;
                }
                pc = e->pc;
                pos = p;
                break;
            }
            if (e->kind == BT_STAR_L) {
                size_t spc = e->pc;
                size_t p = e->a;
                if (!match_one(st, code + spc + 5, &p)) {
                    st->sp--;
                    continue;
                }
                uint32_t c = e->b + 1;
                if (c < (uint32_t)code[spc + 2]) {
                    e->a = (uint32_t)p;
                    e->b = c;
                } else {
                    st->sp--;
                }
                pc = spc + 5 + (size_t)code[spc + 4];
                pos = p;
                break;
            }
            // BT_RPT_LAZY: do one more iteration
            {
                size_t rpc = e->pc;
                pos = e->a;
                st->sp--;
                uint32_t k = (uint32_t)code[rpc + 1];
                set_cnt(st, k, st->cnt[k], (uint32_t)pos);
                pc = rpc + 7;
                break;
            }
        }
    }
}

bool re_exec(const re_prog_t *prog, const byte *subj, size_t len, bool is_str, size_t start,
    int mode, bool must_advance, int32_t *slots, int *lastindex) {
    if (start > len) {
        return false;
    }
    mstate_t st;
    bt_t local_stack[64];
    uint32_t local_cnt[32];
    st.code = prog->code;
    st.s = subj;
    st.end = len;
    st.is_str = is_str;
    st.mode = mode;
    st.must_advance = must_advance;
    st.start = start;
    size_t nslots = 2 * (prog->ngroups + 1);
    st.slots = slots;
    for (size_t k = 0; k < nslots; k++) {
        slots[k] = -1;
    }
    st.lastindex = -1;
    if (prog->ncounters <= 16) {
        st.cnt = local_cnt;
    } else {
        st.cnt = m_malloc_atomic(2 * prog->ncounters * sizeof(uint32_t));
    }
    st.lastpos = st.cnt + prog->ncounters;
    st.stack = local_stack;
    st.alloc = MP_ARRAY_SIZE(local_stack);
    st.sp = 0;
    st.memo = NULL;
    st.nmemo = prog->nmemo;
    st.memo_used = false;
    size_t pos = start;
    bool anchored = mode != RE_MODE_SEARCH || prog->anchored;
    if (prog->anchored && pos != 0) {
        return false;
    }
    for (;;) {
        if (!anchored && prog->first_byte >= 0) {
            const byte *f = pos < len ? memchr(subj + pos, prog->first_byte, len - pos) : NULL;
            if (f == NULL) {
                return false;
            }
            pos = f - subj;
        } else if (!anchored && prog->first_class != NULL) {
            // skip characters that cannot start a match
            size_t p = pos, q;
            while (p < len && !match_one(&st, prog->first_class, (q = p, &q))) {
                p++;
                if (is_str) {
                    while (p < len && utf8_is_cont(subj[p])) {
                        p++;
                    }
                }
            }
            if (p >= len) {
                return false;
            }
            pos = p;
        }
        st.mstart = pos;
        st.steps = 0;
        st.sp = 0;
        int64_t r = run(&st, 0, pos);
        if (r >= 0) {
            slots[0] = (int32_t)pos;
            slots[1] = (int32_t)r;
            *lastindex = st.lastindex;
            return true;
        }
        if (anchored || pos >= len) {
            return false;
        }
        if (st.memo_used && must_advance && pos == start) {
            // failures seen with the must-advance rule do not carry over
            memset(st.memo, 0, ((size_t)st.nmemo * (len + 1)) / 8 + 1);
            st.memo_used = false;
        }
        pos++;
        if (is_str) {
            while (pos < len && utf8_is_cont(subj[pos])) {
                pos++;
            }
        }
    }
}
