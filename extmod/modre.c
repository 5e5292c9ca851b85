// modre.c: the ure module (importable as re): compiled patterns, match
// objects, and the functions built on them (search, sub, split, findall,
// finditer ...). The matching itself is in re_engine.c; this file deals
// with Python objects, str/bytes subjects, character vs byte positions
// (str subjects are UTF-8: the engine works on byte offsets, the API
// speaks in characters), replacement templates and a cache of compiled
// patterns.
#include <string.h>
#include "runtime.h"
#include "objmodule.h"
#include "objstr.h"
#include "objexcept.h"
#include "unicode.h"
#include "re_engine.h"

#define RE_FUN(obj, name, nmin, nmax, kind, field, f) \
    static const mp_obj_fun_builtin_t obj = {{&mp_type_builtin_function}, nmin, nmax, kind, MP_QSTR_##name, .fun.field = f}

// ---------------------------------------------------------------------------
// re.error

MP_DEFINE_EXCEPTION_TYPE(mp_type_re_error, MP_QSTR_error, &mp_type_ValueError);

// The pattern being compiled (for the .pattern attribute of errors); the
// caller's frame keeps it alive.
static mp_obj_t compiling_pattern = MP_OBJ_NULL;

// The data of a str (*is_str set) or of a bytes-like object; NULL if o
// is neither.
static const byte *text_data(mp_obj_t o, size_t *len, bool *is_str) {
    const byte *d = mp_obj_str_get_data_maybe(o, len, false);
    *is_str = d != NULL;
    if (d == NULL && !mp_obj_get_bytes_like(o, &d, len)) {
        return NULL;
    }
    return d;
}

MP_NORETURN void re_raise_error(const char *msg, mp_int_t pos) {
    mp_obj_t pat = compiling_pattern;
    compiling_pattern = MP_OBJ_NULL;
    // line and column of the position (1-based), as CPython; a pattern of
    // several lines also names them in the message
    mp_obj_t lineno = mp_const_none, colno = mp_const_none;
    bool multiline = false;
    size_t plen;
    const byte *pd = NULL;
    bool is_str = false;
    if (pat != MP_OBJ_NULL && pos >= 0) {
        pd = text_data(pat, &plen, &is_str);
    }
    if (pd != NULL) {
        mp_int_t line = 1, col = 1;
        const byte *p = pd, *e = pd + plen;
        for (mp_int_t k = 0; k < pos && p < e; k++) {
            uint32_t c = is_str ? utf8_get_char(&p) : *p++;
            if (c == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        lineno = MP_OBJ_NEW_SMALL_INT(line);
        colno = MP_OBJ_NEW_SMALL_INT(col);
        multiline = memchr(pd, '\n', plen) != NULL;
    }
    mp_obj_t exc;
    if (multiline) {
        exc = mp_obj_new_exception_msg_varg(&mp_type_re_error, "%s at position %d (line %d, column %d)", msg, (int)pos,
            (int)MP_OBJ_SMALL_INT_VALUE(lineno), (int)MP_OBJ_SMALL_INT_VALUE(colno));
    } else if (pos >= 0) {
        exc = mp_obj_new_exception_msg_varg(&mp_type_re_error, "%s at position %d", msg, (int)pos);
    } else {
        exc = mp_obj_new_exception_msg(&mp_type_re_error, msg);
    }
    mp_store_attr(exc, MP_QSTR_msg, mp_obj_new_str(msg, strlen(msg)));
    mp_store_attr(exc, MP_QSTR_pos, pos >= 0 ? MP_OBJ_NEW_SMALL_INT(pos) : mp_const_none);
    // (CPython reports errors found after parsing without the pattern)
    mp_store_attr(exc, MP_QSTR_pattern, pat != MP_OBJ_NULL && pos >= 0 ? pat : mp_const_none);
    mp_store_attr(exc, MP_QSTR_lineno, lineno);
    mp_store_attr(exc, MP_QSTR_colno, colno);
    mp_raise(exc);
}

// ---------------------------------------------------------------------------
// Objects

typedef struct _re_pattern_t {
    mp_obj_base_t base;
    mp_obj_t pattern;     // the source (str or bytes)
    int flags;
    int cflags;           // flags given to compile (the cache key)
    mp_obj_t groupindex;  // dict name -> number, built on first use
    re_prog_t prog;
} re_pattern_t;

// A subject string: its data and how positions map to characters.
typedef struct _subj_t {
    mp_obj_t obj;
    const byte *data;
    size_t len;       // bytes
    bool is_str;
    bool ascii;       // byte offsets are character indices
} subj_t;

typedef struct _re_match_t {
    mp_obj_base_t base;
    re_pattern_t *re;
    subj_t sj;
    mp_int_t pos, endpos;  // as given to the matching call (characters)
    int lastindex;
    int32_t slots[];       // byte offsets, 2 per group, -1 if unset
} re_match_t;

extern const mp_obj_type_t re_pattern_type;
extern const mp_obj_type_t re_match_type;
static const mp_obj_type_t re_scanner_type;

static mp_obj_t make_str(const subj_t *sj, const byte *data, size_t len) {
    if (sj->is_str) {
        return mp_obj_new_str((const char *)data, len);
    }
    return mp_obj_new_bytes(data, len);
}

static void get_subject(re_pattern_t *re, mp_obj_t o, subj_t *sj) {
    sj->obj = o;
    size_t len;
    bool is_str;
    const byte *d = text_data(o, &len, &is_str);
    if (d == NULL) {
        mp_raise_msg_varg(&mp_type_TypeError, "expected string or bytes-like object, got '%s'", mp_obj_get_type_str(o));
    }
    if (is_str == re->prog.is_bytes) {
        mp_raise_TypeError(is_str ? "cannot use a bytes pattern on a string-like object"
            : "cannot use a string pattern on a bytes-like object");
    }
    sj->data = d;
    sj->len = len;
    sj->is_str = is_str;
    sj->ascii = !is_str || mp_obj_str_charlen(o) == len;
}

// Character index -> byte offset, clamped to the subject.
static size_t char_to_byte(const subj_t *sj, mp_int_t idx) {
    if (idx <= 0) {
        return 0;
    }
    if (sj->ascii) {
        return (size_t)idx > sj->len ? sj->len : (size_t)idx;
    }
    size_t off = 0;
    while (idx > 0 && off < sj->len) {
        off++;
        while (off < sj->len && utf8_is_cont(sj->data[off])) {
            off++;
        }
        idx--;
    }
    return off;
}

static mp_int_t byte_to_char(const subj_t *sj, int32_t off) {
    if (off < 0 || sj->ascii) {
        return off;
    }
    return (mp_int_t)utf8_charlen(sj->data, (size_t)off);
}

// ---------------------------------------------------------------------------
// Compiling and the cache

#define CACHE_SIZE (32)
static mp_obj_t cache[CACHE_SIZE];   // re_pattern_t objects, most recent first
static bool cache_rooted = false;

static mp_obj_t pattern_compile(mp_obj_t pat, mp_int_t flags) {
    size_t len;
    bool is_str;
    const byte *d = text_data(pat, &len, &is_str);
    if (d == NULL) {
        mp_raise_TypeError("first argument must be string or compiled pattern");
    }
    bool is_bytes = !is_str;
    if (is_bytes) {
        if (flags & RE_FLAG_UNICODE) {
            mp_raise_ValueError("cannot use UNICODE flag with a bytes pattern");
        }
    } else {
        if (flags & RE_FLAG_LOCALE) {
            mp_raise_ValueError("cannot use LOCALE flag with a str pattern");
        }
        if ((flags & RE_FLAG_ASCII) && (flags & RE_FLAG_UNICODE)) {
            mp_raise_ValueError("ASCII and UNICODE flags are incompatible");
        }
    }
    // look in the cache
    if (!cache_rooted) {
        gc_add_root(cache, CACHE_SIZE);
        cache_rooted = true;
    }
    const mp_obj_type_t *ptype = mp_obj_get_type(pat);
    for (size_t k = 0; k < CACHE_SIZE && cache[k] != MP_OBJ_NULL; k++) {
        re_pattern_t *c = MP_OBJ_TO_PTR(cache[k]);
        mp_obj_t cp = c->pattern;
        if (mp_obj_get_type(cp) == ptype && c->cflags == (int)flags) {
            size_t cl;
            const byte *cd = mp_obj_str_get_data_maybe(cp, &cl, false);
            if (cd == NULL) {
                mp_obj_get_bytes_like(cp, &cd, &cl);
            }
            if (cl == len && memcmp(cd, d, len) == 0 && ptype != &mp_type_bytearray) {
                // move to front
                mp_obj_t hit = cache[k];
                memmove(cache + 1, cache, k * sizeof(mp_obj_t));
                cache[0] = hit;
                return hit;
            }
        }
    }
    re_pattern_t *re = m_new_obj(re_pattern_t);
    re->base.type = &re_pattern_type;
    re->pattern = pat;
    re->groupindex = MP_OBJ_NULL;
    re->cflags = (int)flags;
    compiling_pattern = pat;
    re_compile(&re->prog, d, len, (int)flags, is_bytes);
    compiling_pattern = MP_OBJ_NULL;
    int fl = re->prog.flags;
    if (!is_bytes && !(fl & RE_FLAG_ASCII)) {
        fl |= RE_FLAG_UNICODE;
    }
    re->flags = fl;
    // cache entries are keyed on the flags given; store those bits
    mp_obj_t obj = MP_OBJ_FROM_PTR(re);
    if (ptype != &mp_type_bytearray) {
        memmove(cache + 1, cache, (CACHE_SIZE - 1) * sizeof(mp_obj_t));
        cache[0] = obj;
    }
    return obj;
}

// Argument that may be a pattern object or a pattern string.
static re_pattern_t *get_pattern(mp_obj_t pat, mp_int_t flags) {
    if (mp_obj_is_type(pat, &re_pattern_type)) {
        if (flags != 0) {
            mp_raise_ValueError("cannot process flags argument with a compiled pattern");
        }
        return MP_OBJ_TO_PTR(pat);
    }
    mp_obj_t r = pattern_compile(pat, flags);
    re_pattern_t *re = MP_OBJ_TO_PTR(r);
    return re;
}

// ---------------------------------------------------------------------------
// Matching

static mp_obj_t new_match(re_pattern_t *re, const subj_t *sj, mp_int_t pos, mp_int_t endpos, const int32_t *slots, int lastindex) {
    size_t nslots = 2 * (re->prog.ngroups + 1);
    re_match_t *m = (re_match_t *)m_malloc(sizeof(re_match_t) + nslots * sizeof(int32_t));
    m->base.type = &re_match_type;
    m->re = re;
    m->sj = *sj;
    m->pos = pos;
    m->endpos = endpos;
    m->lastindex = lastindex;
    memcpy(m->slots, slots, nslots * sizeof(int32_t));
    return MP_OBJ_FROM_PTR(m);
}

static int32_t *slot_buf(re_pattern_t *re, int32_t *local, size_t nlocal) {
    size_t n = 2 * (re->prog.ngroups + 1);
    if (n <= nlocal) {
        return local;
    }
    return m_malloc_atomic(n * sizeof(int32_t));
}

static mp_obj_t do_match(re_pattern_t *re, mp_obj_t string, mp_int_t pos, mp_int_t endpos, int mode) {
    subj_t sj;
    get_subject(re, string, &sj);
    size_t bstart = char_to_byte(&sj, pos);
    size_t bend = char_to_byte(&sj, endpos);
    if (bend < bstart) {
        return mp_const_none;
    }
    int32_t local[32];
    int32_t *slots = slot_buf(re, local, MP_ARRAY_SIZE(local));
    int lastindex;
    if (!re_exec(&re->prog, sj.data, bend, sj.is_str, bstart, mode, false, slots, &lastindex)) {
        return mp_const_none;
    }
    return new_match(re, &sj, pos < 0 ? 0 : pos, endpos, slots, lastindex);
}

// Successive non-overlapping matches (CPython 3.7 rules for empty ones).
typedef struct _scan_t {
    re_pattern_t *re;
    subj_t sj;
    size_t pos, end;   // bytes
    bool must_advance;
    bool done;
} scan_t;

static void scan_init(scan_t *sc, re_pattern_t *re, mp_obj_t string, mp_int_t pos, mp_int_t endpos) {
    sc->re = re;
    get_subject(re, string, &sc->sj);
    sc->pos = char_to_byte(&sc->sj, pos);
    sc->end = char_to_byte(&sc->sj, endpos);
    sc->must_advance = false;
    sc->done = sc->end < sc->pos;
}

static bool scan_next(scan_t *sc, int32_t *slots, int *lastindex) {
    if (sc->done) {
        return false;
    }
    if (!re_exec(&sc->re->prog, sc->sj.data, sc->end, sc->sj.is_str, sc->pos, RE_MODE_SEARCH, sc->must_advance, slots, lastindex)) {
        sc->done = true;
        return false;
    }
    sc->must_advance = slots[1] == slots[0];
    sc->pos = (size_t)slots[1];
    return true;
}

// Value of group g of a match given by slots (default if unset).
static mp_obj_t slot_group(const subj_t *sj, const int32_t *slots, size_t g, mp_obj_t dflt) {
    int32_t s = slots[2 * g], e = slots[2 * g + 1];
    if (s < 0 || e < 0) {
        return dflt;
    }
    return make_str(sj, sj->data + s, (size_t)(e - s));
}

// ---------------------------------------------------------------------------
// Replacement templates

// A parsed template: literal text in `lits`, and items: (group << 1 | 1)
// for a group, (length << 1) for the next literal bytes.
typedef struct _template_t {
    vstr_t lits;
    mp_int_t *items;
    size_t n, alloc;
    size_t mark;   // end of the literal text already covered by items
} template_t;

static void tpl_item(template_t *t, mp_int_t v) {
    if (t->n == t->alloc) {
        size_t na = t->alloc * 2 + 8;
        t->items = m_renew(mp_int_t, t->items, t->alloc, na);
        t->alloc = na;
    }
    t->items[t->n++] = v;
}

static void tpl_flush(template_t *t) {
    size_t l = t->lits.len - t->mark;
    if (l > 0) {
        tpl_item(t, (mp_int_t)(l << 1));
    }
    t->mark = t->lits.len;
}

static mp_int_t tpl_pos(const byte *d, size_t off, bool is_str) {
    return is_str ? (mp_int_t)utf8_charlen(d, off) : (mp_int_t)off;
}

static MP_NORETURN void tpl_error(const char *msg, const byte *d, size_t off, bool is_str) {
    compiling_pattern = MP_OBJ_NULL;
    re_raise_error(msg, tpl_pos(d, off, is_str));
}

// tpl_error with the message prefix + d[from, to) + suffix.
static MP_NORETURN void tpl_error_text(const char *prefix, const byte *d, size_t from, size_t to, const char *suffix, size_t off, bool is_str) {
    vstr_t v;
    vstr_init(&v, 16);
    vstr_add_str(&v, prefix);
    vstr_add_strn(&v, (const char *)d + from, to - from);
    vstr_add_str(&v, suffix);
    tpl_error(vstr_null_terminated_str(&v), d, off, is_str);
}

// Group number of a name given as UTF-8 (is_str) or bytes, or -1.
static int name_to_group(re_pattern_t *re, const byte *name, size_t len, bool is_str) {
    for (size_t k = 0; k < re->prog.n_names; k++) {
        re_name_t *nm = &re->prog.names[k];
        // compare the code points of the name with the UTF-8 (or bytes) given
        const byte *p = name, *e = name + len;
        size_t i = 0;
        bool eq = true;
        while (p < e && i < nm->len) {
            uint32_t c = is_str ? utf8_get_char(&p) : *p++;
            if (c != re->prog.pat[nm->start + i]) {
                eq = false;
                break;
            }
            i++;
        }
        if (eq && p == e && i == nm->len) {
            return (int)nm->group;
        }
    }
    return -1;
}

static void parse_template(re_pattern_t *re, const byte *d, size_t len, bool is_str, template_t *t) {
    vstr_init(&t->lits, len + 1);
    t->items = NULL;
    t->n = t->alloc = 0;
    t->mark = 0;
    size_t i = 0;
    mp_int_t ngroups = re->prog.ngroups;
    while (i < len) {
        byte c = d[i];
        if (c != '\\') {
            vstr_add_byte(&t->lits, c);
            i++;
            continue;
        }
        if (i + 1 >= len) {
            tpl_error("bad escape (end of pattern)", d, i, is_str);
        }
        byte e = d[i + 1];
        if (e == 'g') {
            size_t j = i + 2;
            if (j >= len || d[j] != '<') {
                tpl_error("missing <", d, j, is_str);
            }
            size_t ns = j + 1, ne = ns;
            while (ne < len && d[ne] != '>') {
                ne++;
            }
            if (ne == ns) {
                tpl_error("missing group name", d, ns, is_str);
            }
            if (ne >= len) {
                tpl_error("missing >, unterminated name", d, ns, is_str);
            }
            mp_int_t g = -1;
            bool digits = true;
            for (size_t k = ns; k < ne; k++) {
                if (d[k] < '0' || d[k] > '9') {
                    digits = false;
                }
            }
            if (digits) {
                g = 0;
                for (size_t k = ns; k < ne && g <= ngroups; k++) {
                    g = g * 10 + (d[k] - '0');
                }
                if (g > ngroups) {
                    tpl_error_text("invalid group reference ", d, ns, ne, "", ns, is_str);
                }
            } else {
                // must be an identifier
                const byte *p = d + ns, *pe = d + ne;
                bool ok = true, first = true;
                while (p < pe) {
                    uint32_t ch = is_str ? utf8_get_char(&p) : *p++;
                    if (first ? !(unichar_isxid_start(ch) || ch == '_') : !unichar_isxid_continue(ch)) {
                        ok = false;
                    }
                    if (!is_str && ch >= 0x80) {
                        ok = false;
                    }
                    first = false;
                }
                if (!ok) {
                    tpl_error_text("bad character in group name '", d, ns, ne, "'", ns, is_str);
                }
                g = name_to_group(re, d + ns, ne - ns, !re->prog.is_bytes);
                if (g < 0) {
                    mp_raise_msg_varg(&mp_type_IndexError, "unknown group name '%.*s'", (int)(ne - ns), d + ns);
                }
            }
            tpl_flush(t);
            tpl_item(t, (g << 1) | 1);
            i = ne + 1;
            continue;
        }
        if (e >= '0' && e <= '9') {
            size_t j = i + 1;
            // three octal digits make a character, else a group number
            bool oct3 = e <= '7' && j + 2 < len
                && d[j + 1] >= '0' && d[j + 1] <= '7' && d[j + 2] >= '0' && d[j + 2] <= '7';
            if (e == '0' || oct3) {
                // octal character
                uint32_t v = 0;
                size_t k = j;
                size_t maxd = 3;
                while (k < len && k - j < maxd && d[k] >= '0' && d[k] <= '7') {
                    v = v * 8 + (d[k] - '0');
                    k++;
                }
                if (v > 0377) {
                    tpl_error_text("octal escape value ", d, i, k, " outside of range 0-0o377", i, is_str);
                }
                if (is_str) {
                    vstr_add_char(&t->lits, v);
                } else {
                    vstr_add_byte(&t->lits, (byte)v);
                }
                i = k;
                continue;
            }
            mp_int_t g = e - '0';
            size_t k = j + 1;
            if (k < len && d[k] >= '0' && d[k] <= '9') {
                g = g * 10 + (d[k] - '0');
                k++;
            }
            if (g > ngroups) {
                char buf[48];
                vstr_t vs;
                vstr_init_fixed_buf(&vs, sizeof(buf), buf);
                vstr_printf(&vs, "invalid group reference %d", (int)g);
                tpl_error(vstr_null_terminated_str(&vs), d, j, is_str);
            }
            tpl_flush(t);
            tpl_item(t, (g << 1) | 1);
            i = k;
            continue;
        }
        const char *esc = "a\007b\010f\014n\nr\rt\tv\013\\\\";
        bool done = false;
        for (const char *q = esc; *q; q += 2) {
            if ((byte)q[0] == e) {
                vstr_add_byte(&t->lits, (byte)q[1]);
                done = true;
                break;
            }
        }
        if (done) {
            i += 2;
            continue;
        }
        if (e < 0x80 && (((e | 0x20) >= 'a' && (e | 0x20) <= 'z'))) {
            tpl_error_text("bad escape ", d, i, i + 2, "", i, is_str);
        }
        // unknown non-letter escape: kept as written
        vstr_add_byte(&t->lits, '\\');
        i++;
    }
    tpl_flush(t);
}

static void expand_template(const template_t *t, const subj_t *sj, const int32_t *slots, vstr_t *out) {
    const char *lit = t->lits.buf;
    for (size_t k = 0; k < t->n; k++) {
        mp_int_t it = t->items[k];
        if (it & 1) {
            mp_int_t g = it >> 1;
            int32_t s = slots[2 * g], e = slots[2 * g + 1];
            if (s >= 0 && e >= 0) {
                vstr_add_strn(out, (const char *)sj->data + s, (size_t)(e - s));
            }
        } else {
            size_t l = (size_t)(it >> 1);
            vstr_add_strn(out, lit, l);
            lit += l;
        }
    }
}

// Template data of the right kind (str for str patterns, bytes-like for bytes).
static const byte *template_data(re_pattern_t *re, mp_obj_t tpl, size_t *len) {
    bool is_str;
    const byte *d = text_data(tpl, len, &is_str);
    const char *tname = mp_obj_get_type_str(tpl);
    if (d == NULL) {
        mp_raise_msg_varg(&mp_type_TypeError, "expected %s instance, %s found",
            re->prog.is_bytes ? "a bytes-like object" : "str", tname);
    }
    if (is_str == re->prog.is_bytes) {
        mp_raise_msg_varg(&mp_type_TypeError, is_str ? "expected a bytes-like object, %s found" : "expected str instance, %s found", tname);
    }
    return d;
}

// ---------------------------------------------------------------------------
// sub / subn / split / findall

static mp_obj_t do_sub(re_pattern_t *re, mp_obj_t repl, mp_obj_t string, mp_int_t count, bool want_n) {
    scan_t sc;
    scan_init(&sc, re, string, 0, MP_SMALL_INT_MAX);
    bool callable = false;
    template_t tpl;
    bool literal = false;
    const byte *rdata = NULL;
    size_t rlen = 0;
    bool is_str;
    if (text_data(repl, &rlen, &is_str) != NULL) {
        rdata = template_data(re, repl, &rlen);
        literal = memchr(rdata, '\\', rlen) == NULL;
        if (!literal) {
            parse_template(re, rdata, rlen, !re->prog.is_bytes, &tpl);
        }
    } else if (mp_obj_is_callable(repl)) {
        callable = true;
    } else {
        template_data(re, repl, &rlen);  // raises the TypeError
    }
    vstr_t out;
    vstr_init(&out, sc.sj.len + 16);
    int32_t local[32];
    int32_t *slots = slot_buf(re, local, MP_ARRAY_SIZE(local));
    int lastindex;
    size_t last = 0;
    mp_int_t n = 0;
    // a negative count substitutes nothing (as CPython)
    while (count >= 0 && (count == 0 || n < count) && scan_next(&sc, slots, &lastindex)) {
        vstr_add_strn(&out, (const char *)sc.sj.data + last, (size_t)slots[0] - last);
        if (callable) {
            mp_obj_t m = new_match(re, &sc.sj, 0, MP_SMALL_INT_MAX, slots, lastindex);
            mp_obj_t r = mp_call_function_1(repl, m);
            size_t l;
            const byte *rd = template_data(re, r, &l);
            // the subject's data may have moved if the callback mutated it
            get_subject(re, string, &sc.sj);
            vstr_add_strn(&out, (const char *)rd, l);
        } else if (literal) {
            vstr_add_strn(&out, (const char *)rdata, rlen);
        } else {
            expand_template(&tpl, &sc.sj, slots, &out);
        }
        last = (size_t)slots[1];
        n++;
        if (sc.sj.len < sc.end) {
            sc.end = sc.sj.len;
        }
    }
    if (last < sc.sj.len) {
        vstr_add_strn(&out, (const char *)sc.sj.data + last, sc.sj.len - last);
    }
    mp_obj_t res = mp_obj_new_str_type_from_vstr(sc.sj.is_str ? &mp_type_str : &mp_type_bytes, &out);
    if (want_n) {
        mp_obj_t t[2] = {res, mp_obj_new_int(n)};
        return mp_obj_new_tuple(2, t);
    }
    return res;
}

static mp_obj_t do_split(re_pattern_t *re, mp_obj_t string, mp_int_t maxsplit) {
    scan_t sc;
    scan_init(&sc, re, string, 0, MP_SMALL_INT_MAX);
    mp_obj_t list = mp_obj_new_list(0, NULL);
    int32_t local[32];
    int32_t *slots = slot_buf(re, local, MP_ARRAY_SIZE(local));
    int lastindex;
    size_t last = 0;
    mp_int_t n = 0;
    if (maxsplit >= 0) {
        while ((maxsplit == 0 || n < maxsplit) && scan_next(&sc, slots, &lastindex)) {
            mp_obj_list_append(list, make_str(&sc.sj, sc.sj.data + last, (size_t)slots[0] - last));
            for (size_t g = 1; g <= re->prog.ngroups; g++) {
                mp_obj_list_append(list, slot_group(&sc.sj, slots, g, mp_const_none));
            }
            last = (size_t)slots[1];
            n++;
        }
    }
    mp_obj_list_append(list, make_str(&sc.sj, sc.sj.data + last, sc.sj.len - last));
    return list;
}

static mp_obj_t findall_item(re_pattern_t *re, const subj_t *sj, const int32_t *slots) {
    size_t ng = re->prog.ngroups;
    mp_obj_t empty = make_str(sj, (const byte *)"", 0);
    if (ng == 0) {
        return slot_group(sj, slots, 0, empty);
    }
    if (ng == 1) {
        return slot_group(sj, slots, 1, empty);
    }
    mp_obj_tuple_t *t = MP_OBJ_TO_PTR(mp_obj_new_tuple(ng, NULL));
    for (size_t g = 1; g <= ng; g++) {
        t->items[g - 1] = slot_group(sj, slots, g, empty);
    }
    return MP_OBJ_FROM_PTR(t);
}

static mp_obj_t do_findall(re_pattern_t *re, mp_obj_t string, mp_int_t pos, mp_int_t endpos) {
    scan_t sc;
    scan_init(&sc, re, string, pos, endpos);
    mp_obj_t list = mp_obj_new_list(0, NULL);
    int32_t local[32];
    int32_t *slots = slot_buf(re, local, MP_ARRAY_SIZE(local));
    int lastindex;
    while (scan_next(&sc, slots, &lastindex)) {
        mp_obj_list_append(list, findall_item(re, &sc.sj, slots));
    }
    return list;
}

// finditer: an iterator over match objects
typedef struct _re_scanner_t {
    mp_obj_base_t base;
    scan_t sc;
    mp_int_t pos, endpos;
} re_scanner_t;

static mp_obj_t do_finditer(re_pattern_t *re, mp_obj_t string, mp_int_t pos, mp_int_t endpos) {
    re_scanner_t *s = m_new_obj(re_scanner_t);
    s->base.type = &re_scanner_type;
    scan_init(&s->sc, re, string, pos, endpos);
    s->pos = pos < 0 ? 0 : pos;
    s->endpos = endpos;
    return MP_OBJ_FROM_PTR(s);
}

static mp_obj_t scanner_iternext(mp_obj_t self) {
    re_scanner_t *s = MP_OBJ_TO_PTR(self);
    re_pattern_t *re = s->sc.re;
    int32_t local[32];
    int32_t *slots = slot_buf(re, local, MP_ARRAY_SIZE(local));
    int lastindex;
    if (!scan_next(&s->sc, slots, &lastindex)) {
        return MP_OBJ_STOP_ITERATION;
    }
    return new_match(re, &s->sc.sj, s->pos, s->endpos, slots, lastindex);
}

static const mp_obj_type_t re_scanner_type = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_ITER_IS_SELF,
    .name = MP_QSTR_callable_iterator,
    .getiter = mp_identity_getiter,
    .iternext = scanner_iternext,
};

// The matching functions of patterns and of the module: a mode of
// do_match, or findall (3) or finditer (4).
static mp_obj_t do_what(re_pattern_t *re, mp_obj_t string, mp_int_t pos, mp_int_t endpos, int what) {
    if (what == 3) {
        return do_findall(re, string, pos, endpos);
    }
    if (what == 4) {
        return do_finditer(re, string, pos, endpos);
    }
    return do_match(re, string, pos, endpos, what);
}

// ---------------------------------------------------------------------------
// Pattern methods

enum { ARG_string, ARG_pos, ARG_endpos };
static const mp_arg_t match_args[] = {
    {MP_QSTR_string, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
    {MP_QSTR_pos, MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
    {MP_QSTR_endpos, MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
};

static void get_pos_args(size_t n, const mp_obj_t *args, mp_map_t *kw, qstr name, mp_obj_t *string, mp_int_t *pos, mp_int_t *endpos) {
    mp_arg_val_t v[3];
    mp_arg_parse_all_named(name, n - 1, args + 1, kw, 3, match_args, v);
    *string = v[ARG_string].u_obj;
    *pos = v[ARG_pos].u_obj == MP_OBJ_NULL ? 0 : mp_obj_get_index_int(v[ARG_pos].u_obj);
    *endpos = MP_SMALL_INT_MAX;
    if (v[ARG_endpos].u_obj != MP_OBJ_NULL) {
        mp_obj_t e = v[ARG_endpos].u_obj;
        mp_int_t ev;
        if (mp_obj_get_int_maybe(e, &ev)) {
            *endpos = ev;
        } else if (!mp_obj_is_int(e)) {
            *endpos = mp_obj_get_index_int(e);
        }
    }
    if (*endpos < 0) {
        *endpos = 0;
    }
}

// match/search/fullmatch (mode), findall (3) and finditer (4).
static mp_obj_t pattern_match_mode(size_t n, const mp_obj_t *args, mp_map_t *kw, int mode, qstr name) {
    mp_obj_t string;
    mp_int_t pos, endpos;
    get_pos_args(n, args, kw, name, &string, &pos, &endpos);
    return do_what(MP_OBJ_TO_PTR(args[0]), string, pos, endpos, mode);
}

static mp_obj_t pattern_match(size_t n, const mp_obj_t *args, mp_map_t *kw) {
    return pattern_match_mode(n, args, kw, RE_MODE_MATCH, MP_QSTR_match);
}
RE_FUN(pattern_match_obj, match, 1, MP_FUN_ARGS_MAX, MP_FUN_KIND_KW, kw, pattern_match);

static mp_obj_t pattern_search(size_t n, const mp_obj_t *args, mp_map_t *kw) {
    return pattern_match_mode(n, args, kw, RE_MODE_SEARCH, MP_QSTR_search);
}
RE_FUN(pattern_search_obj, search, 1, MP_FUN_ARGS_MAX, MP_FUN_KIND_KW, kw, pattern_search);

static mp_obj_t pattern_fullmatch(size_t n, const mp_obj_t *args, mp_map_t *kw) {
    return pattern_match_mode(n, args, kw, RE_MODE_FULLMATCH, MP_QSTR_fullmatch);
}
RE_FUN(pattern_fullmatch_obj, fullmatch, 1, MP_FUN_ARGS_MAX, MP_FUN_KIND_KW, kw, pattern_fullmatch);

static mp_obj_t pattern_findall(size_t n, const mp_obj_t *args, mp_map_t *kw) {
    return pattern_match_mode(n, args, kw, 3, MP_QSTR_findall);
}
RE_FUN(pattern_findall_obj, findall, 1, MP_FUN_ARGS_MAX, MP_FUN_KIND_KW, kw, pattern_findall);

static mp_obj_t pattern_finditer(size_t n, const mp_obj_t *args, mp_map_t *kw) {
    return pattern_match_mode(n, args, kw, 4, MP_QSTR_finditer);
}
RE_FUN(pattern_finditer_obj, finditer, 1, MP_FUN_ARGS_MAX, MP_FUN_KIND_KW, kw, pattern_finditer);

static const mp_arg_t sub_args[] = {
    {MP_QSTR_repl, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
    {MP_QSTR_string, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
    {MP_QSTR_count, MP_ARG_INT, {.u_int = 0}},
};

static mp_obj_t pattern_sub_common(size_t n, const mp_obj_t *args, mp_map_t *kw, bool want_n) {
    mp_arg_val_t v[3];
    mp_arg_parse_all_named(want_n ? MP_QSTR_subn : MP_QSTR_sub, n - 1, args + 1, kw, 3, sub_args, v);
    return do_sub(MP_OBJ_TO_PTR(args[0]), v[0].u_obj, v[1].u_obj, v[2].u_int, want_n);
}
static mp_obj_t pattern_sub(size_t n, const mp_obj_t *args, mp_map_t *kw) {
    return pattern_sub_common(n, args, kw, false);
}
RE_FUN(pattern_sub_obj, sub, 1, MP_FUN_ARGS_MAX, MP_FUN_KIND_KW, kw, pattern_sub);
static mp_obj_t pattern_subn(size_t n, const mp_obj_t *args, mp_map_t *kw) {
    return pattern_sub_common(n, args, kw, true);
}
RE_FUN(pattern_subn_obj, subn, 1, MP_FUN_ARGS_MAX, MP_FUN_KIND_KW, kw, pattern_subn);

static const mp_arg_t split_args[] = {
    {MP_QSTR_string, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
    {MP_QSTR_maxsplit, MP_ARG_INT, {.u_int = 0}},
};
static mp_obj_t pattern_split(size_t n, const mp_obj_t *args, mp_map_t *kw) {
    mp_arg_val_t v[2];
    mp_arg_parse_all_named(MP_QSTR_split, n - 1, args + 1, kw, 2, split_args, v);
    return do_split(MP_OBJ_TO_PTR(args[0]), v[0].u_obj, v[1].u_int);
}
RE_FUN(pattern_split_obj, split, 1, MP_FUN_ARGS_MAX, MP_FUN_KIND_KW, kw, pattern_split);

static mp_obj_t pattern_groupindex(re_pattern_t *re) {
    if (re->groupindex == MP_OBJ_NULL) {
        mp_obj_t d = mp_obj_new_dict(re->prog.n_names);
        for (size_t k = 0; k < re->prog.n_names; k++) {
            re_name_t *nm = &re->prog.names[k];
            vstr_t v;
            vstr_init(&v, nm->len + 1);
            for (size_t i = 0; i < nm->len; i++) {
                vstr_add_char(&v, re->prog.pat[nm->start + i]);
            }
            mp_obj_dict_store(d, mp_obj_new_str_from_vstr(&v), MP_OBJ_NEW_SMALL_INT(nm->group));
        }
        re->groupindex = d;
    }
    return re->groupindex;
}

// repr(o) cut to at most maxchars characters (CPython's "%.50R").
static void print_repr_truncated(const mp_print_t *print, mp_obj_t o, size_t maxchars) {
    vstr_t v;
    vstr_init(&v, 64);
    mp_print_t p = mp_print_for_vstr(&v);
    mp_obj_print_helper(&p, o, PRINT_REPR);
    size_t off = 0, n = 0;
    while (off < v.len && n < maxchars) {
        off++;
        while (off < v.len && utf8_is_cont((byte)v.buf[off])) {
            off++;
        }
        n++;
    }
    mp_print_strn(print, v.buf, off, 0, ' ', 0);
    vstr_clear(&v);
}

static void print_flags(const mp_print_t *print, int flags, bool is_str) {
    // Name of flag bit k (RE_FLAG_TEMPLATE = 1 << 0 ... RE_FLAG_ASCII = 1 << 8).
    static const char names[9][11] = {
        "TEMPLATE", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "UNICODE", "VERBOSE", "DEBUG", "ASCII",
    };
    if (is_str && !(flags & RE_FLAG_ASCII)) {
        flags &= ~RE_FLAG_UNICODE;
    }
    if (flags == 0) {
        return;
    }
    mp_print_str(print, ", ");
    bool first = true;
    for (size_t k = 0; k < MP_ARRAY_SIZE(names); k++) {
        if (flags & (1 << k)) {
            mp_printf(print, "%sre.%s", first ? "" : "|", names[k]);
            flags &= ~(1 << k);
            first = false;
        }
    }
    if (flags) {
        mp_printf(print, "%s0x%x", first ? "" : "|", flags);
    }
}

static void pattern_print(const mp_print_t *print, mp_obj_t self, mp_print_kind_t kind) {
    re_pattern_t *re = MP_OBJ_TO_PTR(self);
    mp_print_str(print, "re.compile(");
    print_repr_truncated(print, re->pattern, 200);
    print_flags(print, re->flags, !re->prog.is_bytes);
    mp_print_str(print, ")");
}

static void pattern_attr(mp_obj_t self, qstr attr, mp_obj_t *dest) {
    re_pattern_t *re = MP_OBJ_TO_PTR(self);
    if (dest[0] != MP_OBJ_NULL) {
        return;  // read-only
    }
    switch (attr) {
        case MP_QSTR_pattern:
            dest[0] = re->pattern;
            return;
        case MP_QSTR_flags:
            dest[0] = MP_OBJ_NEW_SMALL_INT(re->flags);
            return;
        case MP_QSTR_groups:
            dest[0] = MP_OBJ_NEW_SMALL_INT(re->prog.ngroups);
            return;
        case MP_QSTR_groupindex:
            // read-only, as in CPython: changes cannot reach the pattern
            dest[0] = mp_obj_new_mappingproxy(pattern_groupindex(re));
            return;
        default: {
            mp_obj_t m = mp_type_lookup(&re_pattern_type, attr);
            if (m != MP_OBJ_NULL) {
                dest[0] = m;
                dest[1] = self;
            }
            return;
        }
    }
}

static mp_obj_t pattern_binary_op(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs) {
    if ((op == MP_BINARY_OP_EQUAL || op == MP_BINARY_OP_NOT_EQUAL)) {
        bool eq = false;
        if (mp_obj_is_type(rhs, &re_pattern_type)) {
            re_pattern_t *a = MP_OBJ_TO_PTR(lhs), *b = MP_OBJ_TO_PTR(rhs);
            eq = a == b || (a->flags == b->flags && a->prog.is_bytes == b->prog.is_bytes && mp_obj_equal(a->pattern, b->pattern));
        }
        return mp_obj_new_bool(eq == (op == MP_BINARY_OP_EQUAL));
    }
    return MP_OBJ_NULL;
}

static mp_obj_t pattern_unary_op(mp_unary_op_t op, mp_obj_t self) {
    if (op == MP_UNARY_OP_HASH) {
        re_pattern_t *re = MP_OBJ_TO_PTR(self);
        return MP_OBJ_NEW_SMALL_INT((mp_obj_hash(re->pattern) ^ re->flags) & MP_SMALL_INT_MAX);
    }
    return MP_OBJ_NULL;
}

static const mp_rom_map_elem_t pattern_locals_table[] = {
    {MP_ROM_QSTR(MP_QSTR_match), MP_ROM_PTR(&pattern_match_obj)},
    {MP_ROM_QSTR(MP_QSTR_search), MP_ROM_PTR(&pattern_search_obj)},
    {MP_ROM_QSTR(MP_QSTR_fullmatch), MP_ROM_PTR(&pattern_fullmatch_obj)},
    {MP_ROM_QSTR(MP_QSTR_sub), MP_ROM_PTR(&pattern_sub_obj)},
    {MP_ROM_QSTR(MP_QSTR_subn), MP_ROM_PTR(&pattern_subn_obj)},
    {MP_ROM_QSTR(MP_QSTR_split), MP_ROM_PTR(&pattern_split_obj)},
    {MP_ROM_QSTR(MP_QSTR_findall), MP_ROM_PTR(&pattern_findall_obj)},
    {MP_ROM_QSTR(MP_QSTR_finditer), MP_ROM_PTR(&pattern_finditer_obj)},
};
static MP_DEFINE_CONST_DICT(pattern_locals_dict, pattern_locals_table);

const mp_obj_type_t re_pattern_type = {
    {&mp_type_type},
    .flags = 0,
    .name = MP_QSTR_Pattern,
    .print = pattern_print,
    .unary_op = pattern_unary_op,
    .binary_op = pattern_binary_op,
    .attr = pattern_attr,
    .locals_dict = (mp_obj_dict_t *)&pattern_locals_dict,
};

// ---------------------------------------------------------------------------
// Match objects

static size_t group_index(re_match_t *m, mp_obj_t g) {
    mp_int_t i;
    if (mp_obj_get_int_maybe(g, &i) && !mp_obj_is_float(g)) {
        if (i >= 0 && (size_t)i <= m->re->prog.ngroups) {
            return (size_t)i;
        }
    } else if (mp_obj_is_str_like(g) || (m->re->prog.is_bytes && mp_obj_is_type(g, &mp_type_bytes))) {
        size_t len;
        const byte *d = mp_obj_str_get_data_maybe(g, &len, false);
        if (d == NULL) {
            d = mp_obj_str_get_data_maybe(g, &len, true);
        }
        if (d != NULL && mp_obj_is_str_like(g)) {
            // names are str; compare as code points
            int gi = name_to_group(m->re, d, len, true);
            if (gi >= 0) {
                return (size_t)gi;
            }
        }
    }
    mp_raise_msg(&mp_type_IndexError, "no such group");
}

static mp_obj_t match_group_n(re_match_t *m, size_t g, mp_obj_t dflt) {
    return slot_group(&m->sj, m->slots, g, dflt);
}

static mp_obj_t match_group(size_t n, const mp_obj_t *args) {
    re_match_t *m = MP_OBJ_TO_PTR(args[0]);
    if (n == 1) {
        return match_group_n(m, 0, mp_const_none);
    }
    if (n == 2) {
        return match_group_n(m, group_index(m, args[1]), mp_const_none);
    }
    mp_obj_tuple_t *t = MP_OBJ_TO_PTR(mp_obj_new_tuple(n - 1, NULL));
    for (size_t k = 1; k < n; k++) {
        t->items[k - 1] = match_group_n(m, group_index(m, args[k]), mp_const_none);
    }
    return MP_OBJ_FROM_PTR(t);
}
RE_FUN(match_group_obj, group, 1, MP_FUN_ARGS_MAX, MP_FUN_KIND_VAR, var, match_group);

static const mp_arg_t default_args[] = {
    {MP_QSTR_default, MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
};

static mp_obj_t match_groups(size_t n, const mp_obj_t *args, mp_map_t *kw) {
    re_match_t *m = MP_OBJ_TO_PTR(args[0]);
    mp_arg_val_t v[1];
    mp_arg_parse_all_named(MP_QSTR_groups, n - 1, args + 1, kw, 1, default_args, v);
    mp_obj_t dflt = v[0].u_obj == MP_OBJ_NULL ? mp_const_none : v[0].u_obj;
    size_t ng = m->re->prog.ngroups;
    mp_obj_tuple_t *t = MP_OBJ_TO_PTR(mp_obj_new_tuple(ng, NULL));
    for (size_t g = 1; g <= ng; g++) {
        t->items[g - 1] = match_group_n(m, g, dflt);
    }
    return MP_OBJ_FROM_PTR(t);
}
RE_FUN(match_groups_obj, groups, 1, MP_FUN_ARGS_MAX, MP_FUN_KIND_KW, kw, match_groups);

static mp_obj_t match_groupdict(size_t n, const mp_obj_t *args, mp_map_t *kw) {
    re_match_t *m = MP_OBJ_TO_PTR(args[0]);
    mp_arg_val_t v[1];
    mp_arg_parse_all_named(MP_QSTR_groupdict, n - 1, args + 1, kw, 1, default_args, v);
    mp_obj_t dflt = v[0].u_obj == MP_OBJ_NULL ? mp_const_none : v[0].u_obj;
    mp_obj_t gi = pattern_groupindex(m->re);
    mp_obj_t d = mp_obj_new_dict(0);
    mp_map_t *map = mp_obj_dict_get_map(gi);
    size_t cur = 0;
    mp_map_elem_t *e;
    while ((e = mp_map_next(map, &cur)) != NULL) {
        mp_obj_dict_store(d, e->key, match_group_n(m, MP_OBJ_SMALL_INT_VALUE(e->value), dflt));
    }
    return d;
}
RE_FUN(match_groupdict_obj, groupdict, 1, MP_FUN_ARGS_MAX, MP_FUN_KIND_KW, kw, match_groupdict);

static mp_int_t match_pos(re_match_t *m, size_t g, int which) {
    return byte_to_char(&m->sj, m->slots[2 * g + which]);
}

static mp_obj_t span_tuple(re_match_t *m, size_t g) {
    mp_obj_t t[2] = {mp_obj_new_int(match_pos(m, g, 0)), mp_obj_new_int(match_pos(m, g, 1))};
    return mp_obj_new_tuple(2, t);
}

// start([g]) (which 0), end([g]) (1) and span([g]) (2).
static mp_obj_t match_where(size_t n, const mp_obj_t *args, int which) {
    re_match_t *m = MP_OBJ_TO_PTR(args[0]);
    size_t g = n > 1 ? group_index(m, args[1]) : 0;
    return which == 2 ? span_tuple(m, g) : mp_obj_new_int(match_pos(m, g, which));
}

static mp_obj_t match_start(size_t n, const mp_obj_t *args) {
    return match_where(n, args, 0);
}
RE_FUN(match_start_obj, start, 1, 2, MP_FUN_KIND_VAR, var, match_start);

static mp_obj_t match_end(size_t n, const mp_obj_t *args) {
    return match_where(n, args, 1);
}
RE_FUN(match_end_obj, end, 1, 2, MP_FUN_KIND_VAR, var, match_end);

static mp_obj_t match_span(size_t n, const mp_obj_t *args) {
    return match_where(n, args, 2);
}
RE_FUN(match_span_obj, span, 1, 2, MP_FUN_KIND_VAR, var, match_span);

static mp_obj_t match_expand(mp_obj_t self, mp_obj_t tplobj) {
    re_match_t *m = MP_OBJ_TO_PTR(self);
    size_t len;
    const byte *d = template_data(m->re, tplobj, &len);
    template_t tpl;
    parse_template(m->re, d, len, !m->re->prog.is_bytes, &tpl);
    vstr_t out;
    vstr_init(&out, len + 16);
    expand_template(&tpl, &m->sj, m->slots, &out);
    return mp_obj_new_str_type_from_vstr(m->sj.is_str ? &mp_type_str : &mp_type_bytes, &out);
}
RE_FUN(match_expand_obj, expand, 2, 2, MP_FUN_KIND_2, _2, match_expand);

static void match_print(const mp_print_t *print, mp_obj_t self, mp_print_kind_t kind) {
    re_match_t *m = MP_OBJ_TO_PTR(self);
    mp_printf(print, "<re.Match object; span=(%d, %d), match=", (int)match_pos(m, 0, 0), (int)match_pos(m, 0, 1));
    print_repr_truncated(print, match_group_n(m, 0, mp_const_none), 50);
    mp_print_str(print, ">");
}

static mp_obj_t match_subscr(mp_obj_t self, mp_obj_t index, mp_obj_t value) {
    if (value != MP_OBJ_SENTINEL) {
        return MP_OBJ_NULL;
    }
    re_match_t *m = MP_OBJ_TO_PTR(self);
    return match_group_n(m, group_index(m, index), mp_const_none);
}

static void match_attr(mp_obj_t self, qstr attr, mp_obj_t *dest) {
    re_match_t *m = MP_OBJ_TO_PTR(self);
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    switch (attr) {
        case MP_QSTR_string:
            dest[0] = m->sj.obj;
            return;
        case MP_QSTR_re:
            dest[0] = MP_OBJ_FROM_PTR(m->re);
            return;
        case MP_QSTR_pos:
            dest[0] = mp_obj_new_int(m->pos);
            return;
        case MP_QSTR_endpos: {
            mp_int_t total = byte_to_char(&m->sj, (int32_t)m->sj.len);
            dest[0] = mp_obj_new_int(m->endpos > total ? total : m->endpos);
            return;
        }
        case MP_QSTR_lastindex:
            dest[0] = m->lastindex < 0 ? mp_const_none : MP_OBJ_NEW_SMALL_INT(m->lastindex);
            return;
        case MP_QSTR_lastgroup: {
            dest[0] = mp_const_none;
            if (m->lastindex >= 0) {
                mp_obj_t gi = pattern_groupindex(m->re);
                size_t cur = 0;
                mp_map_elem_t *e;
                while ((e = mp_map_next(mp_obj_dict_get_map(gi), &cur)) != NULL) {
                    if (MP_OBJ_SMALL_INT_VALUE(e->value) == m->lastindex) {
                        dest[0] = e->key;
                    }
                }
            }
            return;
        }
        case MP_QSTR_regs: {
            size_t ng = m->re->prog.ngroups;
            mp_obj_tuple_t *t = MP_OBJ_TO_PTR(mp_obj_new_tuple(ng + 1, NULL));
            for (size_t g = 0; g <= ng; g++) {
                t->items[g] = span_tuple(m, g);
            }
            dest[0] = MP_OBJ_FROM_PTR(t);
            return;
        }
        default: {
            mp_obj_t f = mp_type_lookup(&re_match_type, attr);
            if (f != MP_OBJ_NULL) {
                dest[0] = f;
                dest[1] = self;
            }
            return;
        }
    }
}

static const mp_rom_map_elem_t match_locals_table[] = {
    {MP_ROM_QSTR(MP_QSTR_group), MP_ROM_PTR(&match_group_obj)},
    {MP_ROM_QSTR(MP_QSTR_groups), MP_ROM_PTR(&match_groups_obj)},
    {MP_ROM_QSTR(MP_QSTR_groupdict), MP_ROM_PTR(&match_groupdict_obj)},
    {MP_ROM_QSTR(MP_QSTR_start), MP_ROM_PTR(&match_start_obj)},
    {MP_ROM_QSTR(MP_QSTR_end), MP_ROM_PTR(&match_end_obj)},
    {MP_ROM_QSTR(MP_QSTR_span), MP_ROM_PTR(&match_span_obj)},
    {MP_ROM_QSTR(MP_QSTR_expand), MP_ROM_PTR(&match_expand_obj)},
};
static MP_DEFINE_CONST_DICT(match_locals_dict, match_locals_table);

const mp_obj_type_t re_match_type = {
    {&mp_type_type},
    .flags = 0,
    .name = MP_QSTR_Match,
    .print = match_print,
    .attr = match_attr,
    .subscr = match_subscr,
    .locals_dict = (mp_obj_dict_t *)&match_locals_dict,
};

// ---------------------------------------------------------------------------
// Module functions

static const mp_arg_t mod_match_args[] = {
    {MP_QSTR_pattern, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
    {MP_QSTR_string, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
    {MP_QSTR_flags, MP_ARG_INT, {.u_int = 0}},
};

static mp_obj_t mod_match_common(size_t n, const mp_obj_t *args, mp_map_t *kw, qstr name, int what) {
    mp_arg_val_t v[3];
    mp_arg_parse_all_named(name, n, args, kw, 3, mod_match_args, v);
    return do_what(get_pattern(v[0].u_obj, v[2].u_int), v[1].u_obj, 0, MP_SMALL_INT_MAX, what);
}

static mp_obj_t mod_match(size_t n, const mp_obj_t *args, mp_map_t *kw) {
    return mod_match_common(n, args, kw, MP_QSTR_match, RE_MODE_MATCH);
}
RE_FUN(mod_match_obj, match, 0, MP_FUN_ARGS_MAX, MP_FUN_KIND_KW, kw, mod_match);

static mp_obj_t mod_search(size_t n, const mp_obj_t *args, mp_map_t *kw) {
    return mod_match_common(n, args, kw, MP_QSTR_search, RE_MODE_SEARCH);
}
RE_FUN(mod_search_obj, search, 0, MP_FUN_ARGS_MAX, MP_FUN_KIND_KW, kw, mod_search);

static mp_obj_t mod_fullmatch(size_t n, const mp_obj_t *args, mp_map_t *kw) {
    return mod_match_common(n, args, kw, MP_QSTR_fullmatch, RE_MODE_FULLMATCH);
}
RE_FUN(mod_fullmatch_obj, fullmatch, 0, MP_FUN_ARGS_MAX, MP_FUN_KIND_KW, kw, mod_fullmatch);

static mp_obj_t mod_findall(size_t n, const mp_obj_t *args, mp_map_t *kw) {
    return mod_match_common(n, args, kw, MP_QSTR_findall, 3);
}
RE_FUN(mod_findall_obj, findall, 0, MP_FUN_ARGS_MAX, MP_FUN_KIND_KW, kw, mod_findall);

static mp_obj_t mod_finditer(size_t n, const mp_obj_t *args, mp_map_t *kw) {
    return mod_match_common(n, args, kw, MP_QSTR_finditer, 4);
}
RE_FUN(mod_finditer_obj, finditer, 0, MP_FUN_ARGS_MAX, MP_FUN_KIND_KW, kw, mod_finditer);

static const mp_arg_t mod_compile_args[] = {
    {MP_QSTR_pattern, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
    {MP_QSTR_flags, MP_ARG_INT, {.u_int = 0}},
};
static mp_obj_t mod_compile(size_t n, const mp_obj_t *args, mp_map_t *kw) {
    mp_arg_val_t v[2];
    mp_arg_parse_all_named(MP_QSTR_compile, n, args, kw, 2, mod_compile_args, v);
    return MP_OBJ_FROM_PTR(get_pattern(v[0].u_obj, v[1].u_int));
}
RE_FUN(mod_compile_obj, compile, 0, MP_FUN_ARGS_MAX, MP_FUN_KIND_KW, kw, mod_compile);

static const mp_arg_t mod_sub_args[] = {
    {MP_QSTR_pattern, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
    {MP_QSTR_repl, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
    {MP_QSTR_string, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
    {MP_QSTR_count, MP_ARG_INT, {.u_int = 0}},
    {MP_QSTR_flags, MP_ARG_INT, {.u_int = 0}},
};
static mp_obj_t mod_sub_common(size_t n, const mp_obj_t *args, mp_map_t *kw, bool want_n) {
    mp_arg_val_t v[5];
    mp_arg_parse_all_named(want_n ? MP_QSTR_subn : MP_QSTR_sub, n, args, kw, 5, mod_sub_args, v);
    re_pattern_t *re = get_pattern(v[0].u_obj, v[4].u_int);
    return do_sub(re, v[1].u_obj, v[2].u_obj, v[3].u_int, want_n);
}
static mp_obj_t mod_sub(size_t n, const mp_obj_t *args, mp_map_t *kw) {
    return mod_sub_common(n, args, kw, false);
}
RE_FUN(mod_sub_obj, sub, 0, MP_FUN_ARGS_MAX, MP_FUN_KIND_KW, kw, mod_sub);
static mp_obj_t mod_subn(size_t n, const mp_obj_t *args, mp_map_t *kw) {
    return mod_sub_common(n, args, kw, true);
}
RE_FUN(mod_subn_obj, subn, 0, MP_FUN_ARGS_MAX, MP_FUN_KIND_KW, kw, mod_subn);

static const mp_arg_t mod_split_args[] = {
    {MP_QSTR_pattern, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
    {MP_QSTR_string, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
    {MP_QSTR_maxsplit, MP_ARG_INT, {.u_int = 0}},
    {MP_QSTR_flags, MP_ARG_INT, {.u_int = 0}},
};
static mp_obj_t mod_split(size_t n, const mp_obj_t *args, mp_map_t *kw) {
    mp_arg_val_t v[4];
    mp_arg_parse_all_named(MP_QSTR_split, n, args, kw, 4, mod_split_args, v);
    re_pattern_t *re = get_pattern(v[0].u_obj, v[3].u_int);
    return do_split(re, v[1].u_obj, v[2].u_int);
}
RE_FUN(mod_split_obj, split, 0, MP_FUN_ARGS_MAX, MP_FUN_KIND_KW, kw, mod_split);

// escape(): backslash before the characters that are special in patterns.
static mp_obj_t mod_escape(mp_obj_t pat) {
    static const char special[] = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f";
    size_t len;
    bool is_str;
    const byte *d = text_data(pat, &len, &is_str);
    if (d == NULL) {
        mp_raise_msg_varg(&mp_type_TypeError, "expected str or bytes, got '%s'", mp_obj_get_type_str(pat));
    }
    vstr_t out;
    vstr_init(&out, len + 8);
    for (size_t k = 0; k < len; k++) {
        if (d[k] != 0 && memchr(special, d[k], sizeof(special) - 1) != NULL) {
            vstr_add_byte(&out, '\\');
        }
        vstr_add_byte(&out, d[k]);
    }
    return mp_obj_new_str_type_from_vstr(is_str ? &mp_type_str : &mp_type_bytes, &out);
}
RE_FUN(mod_escape_obj, escape, 1, 1, MP_FUN_KIND_1, _1, mod_escape);

static mp_obj_t mod_purge(void) {
    memset(cache, 0, sizeof(cache));
    return mp_const_none;
}
RE_FUN(mod_purge_obj, purge, 0, 0, MP_FUN_KIND_0, _0, mod_purge);

static const mp_rom_map_elem_t re_globals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_ure)},
    {MP_ROM_QSTR(MP_QSTR_compile), MP_ROM_PTR(&mod_compile_obj)},
    {MP_ROM_QSTR(MP_QSTR_match), MP_ROM_PTR(&mod_match_obj)},
    {MP_ROM_QSTR(MP_QSTR_search), MP_ROM_PTR(&mod_search_obj)},
    {MP_ROM_QSTR(MP_QSTR_fullmatch), MP_ROM_PTR(&mod_fullmatch_obj)},
    {MP_ROM_QSTR(MP_QSTR_sub), MP_ROM_PTR(&mod_sub_obj)},
    {MP_ROM_QSTR(MP_QSTR_subn), MP_ROM_PTR(&mod_subn_obj)},
    {MP_ROM_QSTR(MP_QSTR_split), MP_ROM_PTR(&mod_split_obj)},
    {MP_ROM_QSTR(MP_QSTR_findall), MP_ROM_PTR(&mod_findall_obj)},
    {MP_ROM_QSTR(MP_QSTR_finditer), MP_ROM_PTR(&mod_finditer_obj)},
    {MP_ROM_QSTR(MP_QSTR_escape), MP_ROM_PTR(&mod_escape_obj)},
    {MP_ROM_QSTR(MP_QSTR_purge), MP_ROM_PTR(&mod_purge_obj)},
    {MP_ROM_QSTR(MP_QSTR_error), MP_ROM_PTR(&mp_type_re_error)},
    {MP_ROM_QSTR(MP_QSTR_Pattern), MP_ROM_PTR(&re_pattern_type)},
    {MP_ROM_QSTR(MP_QSTR_Match), MP_ROM_PTR(&re_match_type)},
    {MP_ROM_QSTR(MP_QSTR_NOFLAG), MP_ROM_INT(0)},
    {MP_ROM_QSTR(MP_QSTR_A), MP_ROM_INT(RE_FLAG_ASCII)},
    {MP_ROM_QSTR(MP_QSTR_ASCII), MP_ROM_INT(RE_FLAG_ASCII)},
    {MP_ROM_QSTR(MP_QSTR_I), MP_ROM_INT(RE_FLAG_IGNORECASE)},
    {MP_ROM_QSTR(MP_QSTR_IGNORECASE), MP_ROM_INT(RE_FLAG_IGNORECASE)},
    {MP_ROM_QSTR(MP_QSTR_L), MP_ROM_INT(RE_FLAG_LOCALE)},
    {MP_ROM_QSTR(MP_QSTR_LOCALE), MP_ROM_INT(RE_FLAG_LOCALE)},
    {MP_ROM_QSTR(MP_QSTR_M), MP_ROM_INT(RE_FLAG_MULTILINE)},
    {MP_ROM_QSTR(MP_QSTR_MULTILINE), MP_ROM_INT(RE_FLAG_MULTILINE)},
    {MP_ROM_QSTR(MP_QSTR_S), MP_ROM_INT(RE_FLAG_DOTALL)},
    {MP_ROM_QSTR(MP_QSTR_DOTALL), MP_ROM_INT(RE_FLAG_DOTALL)},
    {MP_ROM_QSTR(MP_QSTR_U), MP_ROM_INT(RE_FLAG_UNICODE)},
    {MP_ROM_QSTR(MP_QSTR_UNICODE), MP_ROM_INT(RE_FLAG_UNICODE)},
    {MP_ROM_QSTR(MP_QSTR_X), MP_ROM_INT(RE_FLAG_VERBOSE)},
    {MP_ROM_QSTR(MP_QSTR_VERBOSE), MP_ROM_INT(RE_FLAG_VERBOSE)},
    {MP_ROM_QSTR(MP_QSTR_DEBUG), MP_ROM_INT(RE_FLAG_DEBUG)},
};
static MP_DEFINE_CONST_DICT(re_globals, re_globals_table);
MP_DEFINE_CONST_MODULE(mp_module_re, re_globals);
