// objstr.c: the str type (immutable Unicode text stored as UTF-8, indexed by
// code point) and the machinery shared with bytes: object layout and
// constructors, the one string hash, repr quoting, comparison, concatenation
// and repetition, and the methods common to str, bytes and bytearray (find,
// split, strip, replace, case mapping ...), which work on bytes for bytes
// and bytearray and on code points for str.
//
// Speed notes: a str records its code point count; when it equals the byte
// length the text is ASCII and indexing/slicing/len are O(1). Repeated
// `s += t` / `s = s + t` appends in place into a shared growable buffer when
// s is the longest string built in it (older, shorter strings keep seeing
// only their own prefix), so building a string piecewise is amortised
// linear instead of quadratic.
#define _GNU_SOURCE  // memmem
#include <string.h>
#include "runtime.h"
#include "objstr.h"
#include "objtuple.h"
#include "objtype.h"
#include "unicode.h"

// ---------------------------------------------------------------------------
// Hashing

static inline uint64_t rd64(const byte *p) {
    uint64_t w;
    memcpy(&w, p, 8);
    return w;
}

// One hash for all str/bytes/qstr data. Word-at-a-time multiply/xor mixing
// with a final avalanche; the result fits a non-negative small int so that
// the value seen through hash() is the same for every representation.
mp_uint_t mp_str_hash(const byte *data, size_t len) {
    uint64_t h = 0x9E3779B97F4A7C15ULL ^ (len * 0xC2B2AE3D27D4EB4FULL);
    size_t i = 0;
    for (; i + 8 <= len; i += 8) {
        h = (h ^ rd64(data + i)) * 0xFF51AFD7ED558CCDULL;
        h ^= h >> 32;
    }
    if (i < len) {
        uint64_t w = 0;
        memcpy(&w, data + i, len - i);
        h = (h ^ w) * 0xFF51AFD7ED558CCDULL;
        h ^= h >> 32;
    }
    h ^= h >> 33;
    h *= 0xC4CEB9FE1A85EC53ULL;
    h ^= h >> 29;
    return (mp_uint_t)(h & (mp_uint_t)MP_SMALL_INT_MAX);
}

mp_uint_t mp_obj_str_hash(mp_obj_t o) {
    if (mp_obj_is_qstr(o)) {
        return qstr_hash(mp_obj_qstr_value(o));
    }
    mp_obj_str_t *s = (mp_obj_str_t *)MP_OBJ_TO_PTR(o);
    mp_uint_t h = s->hash & MP_STR_HASH_MASK;
    if (h == 0) {
        h = mp_str_hash(mp_obj_str_data(s), s->len);
        s->hash |= h;
    }
    return h;
}

// ---------------------------------------------------------------------------
// Allocation

// Shared objects for single characters U+0000..U+00FF: iterating over or
// indexing Latin-1 text allocates nothing. Each is an inline str whose
// text (UTF-8 plus NUL) directly follows the header.
typedef struct {
    mp_obj_str_t s;
    byte text[8];
} char_obj_t;
static char_obj_t char_objs[256];
static bool char_objs_ready;

static void init_char_objs(void) {
    for (int c = 0; c < 256; c++) {
        size_t n = utf8_encode(c, char_objs[c].text);
        char_objs[c].text[n] = 0;
        char_objs[c].s.base.type = &mp_type_str;
        char_objs[c].s.hash = 0;
        char_objs[c].s.len = n;
        char_objs[c].s.charlen = 1;
    }
    char_objs_ready = true;
}

static inline mp_obj_t char_obj(uint32_t c) {
    if (MP_UNLIKELY(!char_objs_ready)) {
        init_char_objs();
    }
    return MP_OBJ_FROM_PTR(&char_objs[c].s);
}

// A str (or bytes) object with inline room for len bytes plus a NUL.
mp_obj_str_t *mp_obj_str_alloc(const mp_obj_type_t *type, size_t len) {
    if (len > MP_STR_LEN_MAX) {
        m_malloc_fail(len);
    }
    // Atomic: the only pointer is the static type.
    mp_obj_str_t *s = m_malloc_atomic(sizeof(mp_obj_str_t) + len + 1);
    s->base.type = type;
    s->len = len;
    s->charlen = len;
    return s;
}

static mp_obj_t str_from_char(uint32_t c);

// The type name CPython's argument errors show ("None" for None).
static const char *arg_type_name(mp_obj_t o) {
    return o == mp_const_none ? "None" : mp_obj_get_type_str(o);
}

// Whether iter(o) can work (user classes decide for themselves).
static bool is_iterable(mp_obj_t o) {
    if (mp_obj_is_qstr(o)) {
        return true;
    }
    if (!mp_obj_is_obj(o)) {
        return false;
    }
    const mp_obj_type_t *t = mp_obj_get_type(o);
    return (t->flags & MP_TYPE_FLAG_USER) || t->getiter != NULL || t->subscr != NULL;
}

mp_obj_t mp_obj_str_finish(mp_obj_str_t *s) {
    if (s->base.type == &mp_type_str) {
        const byte *d = mp_obj_str_data(s);
        if (s->len <= 2) {
            if (s->len == 0) {
                return MP_OBJ_NEW_QSTR(MP_QSTR_);
            }
            if (s->len == 1 && d[0] < 0x80) {
                return char_obj(d[0]);
            }
            if (s->len == 2 && (d[0] == 0xC2 || d[0] == 0xC3) && utf8_is_cont(d[1])) {
                return char_obj(((d[0] & 0x1F) << 6) | (d[1] & 0x3F));
            }
        }
        s->charlen = utf8_charlen(d, s->len);
    }
    return MP_OBJ_FROM_PTR(s);
}

mp_obj_t mp_obj_new_str_of_type(const mp_obj_type_t *type, const byte *data, size_t len) {
    if (type == &mp_type_str && len <= 2) {
        // Shared objects for '' and Latin-1 characters: no allocation.
        if (len == 0) {
            return MP_OBJ_NEW_QSTR(MP_QSTR_);
        }
        if (len == 1 && data[0] < 0x80) {
            return char_obj(data[0]);
        }
        if (len == 2 && (data[0] == 0xC2 || data[0] == 0xC3) && utf8_is_cont(data[1])) {
            return char_obj(((data[0] & 0x1F) << 6) | (data[1] & 0x3F));
        }
    }
    mp_obj_str_t *s = mp_obj_str_alloc(type, len);
    if (len > 0) {
        memcpy(MP_STR_INLINE_DATA(s), data, len);
    }
    return mp_obj_str_finish(s);
}

mp_obj_t mp_obj_new_str_with_charlen(const byte *data, size_t len, size_t charlen) {
    if (len <= 1) {
        if (len == 0) {
            return MP_OBJ_NEW_QSTR(MP_QSTR_);
        }
        if (data[0] < 0x80) {
            return char_obj(data[0]);
        }
    }
    mp_obj_str_t *s = mp_obj_str_alloc(&mp_type_str, len);
    memcpy(MP_STR_INLINE_DATA(s), data, len);
    s->charlen = charlen;
    return MP_OBJ_FROM_PTR(s);
}

mp_obj_t mp_obj_new_str(const char *data, size_t len) {
    return mp_obj_new_str_of_type(&mp_type_str, (const byte *)data, len);
}

mp_obj_t mp_obj_new_str_from_cstr(const char *s) {
    return mp_obj_new_str(s, strlen(s));
}

mp_obj_t mp_obj_new_str_via_qstr(const char *data, size_t len) {
    return MP_OBJ_NEW_QSTR(qstr_from_strn(data, len));
}

mp_obj_t mp_obj_new_bytes(const byte *data, size_t len) {
    return mp_obj_new_str_of_type(&mp_type_bytes, data, len);
}

mp_obj_t mp_obj_new_str_type_from_vstr(const mp_obj_type_t *type, vstr_t *vstr) {
    size_t len = vstr->len;
    if (len > MP_STR_LEN_MAX) {
        m_malloc_fail(len);
    }
    if (vstr->fixed_buf || len <= 128 || vstr->buf == NULL) {
        mp_obj_t o = mp_obj_new_str_of_type(type, (const byte *)vstr->buf, len);
        if (!vstr->fixed_buf && vstr->buf != NULL) {
            m_free(vstr->buf);
        }
        vstr->buf = NULL;
        vstr->len = vstr->alloc = 0;
        return o;
    }
    // Keep the buffer; give back a large unused tail.
    byte *buf = (byte *)vstr->buf;
    if (vstr->alloc > len + len / 4 + 16) {
        byte *nb = m_realloc_maybe(buf, len + 1);
        if (nb != NULL) {
            buf = nb;
        }
    }
    buf[len] = 0;
    vstr->buf = NULL;
    vstr->len = vstr->alloc = 0;
    // Header plus pointer (not atomic: the pointer keeps the buffer alive).
    mp_obj_str_t *s = m_malloc(sizeof(mp_obj_str_t) + sizeof(byte *));
    s->base.type = type;
    s->hash = MP_STR_FLAG_EXT;
    s->len = len;
    s->charlen = type == &mp_type_str ? utf8_charlen(buf, len) : len;
    *(const byte **)(s + 1) = buf;
    return MP_OBJ_FROM_PTR(s);
}

mp_obj_t mp_obj_new_str_from_vstr(vstr_t *vstr) {
    return mp_obj_new_str_type_from_vstr(&mp_type_str, vstr);
}

mp_obj_t mp_obj_new_bytes_from_vstr(vstr_t *vstr) {
    return mp_obj_new_str_type_from_vstr(&mp_type_bytes, vstr);
}

// ---------------------------------------------------------------------------
// Access

static const mp_obj_type_t *native_base(const mp_obj_type_t *t) {
    if (t->flags & MP_TYPE_FLAG_USER) {
        if (mp_obj_is_subclass_fast(t, &mp_type_str)) {
            return &mp_type_str;
        }
        if (mp_obj_is_subclass_fast(t, &mp_type_bytes)) {
            return &mp_type_bytes;
        }
        if (mp_obj_is_subclass_fast(t, &mp_type_bytearray)) {
            return &mp_type_bytearray;
        }
    }
    return NULL;
}

const byte *mp_obj_str_get_data_maybe(mp_obj_t o, size_t *len, bool want_bytes) {
    if (mp_obj_is_qstr(o)) {
        if (want_bytes) {
            return NULL;
        }
        return qstr_data(mp_obj_qstr_value(o), len);
    }
    if (!mp_obj_is_obj(o)) {
        return NULL;
    }
    const mp_obj_type_t *t = ((mp_obj_base_t *)MP_OBJ_TO_PTR(o))->type;
    const mp_obj_type_t *want = want_bytes ? &mp_type_bytes : &mp_type_str;
    if (t == want) {
        mp_obj_str_t *s = MP_OBJ_TO_PTR(o);
        *len = s->len;
        return mp_obj_str_data(s);
    }
    if (native_base(t) == want) {
        return mp_obj_str_get_data_maybe(mp_obj_get_native(o, want), len, want_bytes);
    }
    return NULL;
}

bool mp_obj_is_str_like(mp_obj_t o) {
    if (mp_obj_is_native_str(o)) {
        return true;
    }
    return mp_obj_is_obj(o) && native_base(mp_obj_get_type(o)) == &mp_type_str;
}

const char *mp_obj_str_get_data(mp_obj_t o, size_t *len) {
    const byte *d = mp_obj_str_get_data_maybe(o, len, false);
    if (d == NULL) {
        d = mp_obj_str_get_data_maybe(o, len, true);
        if (d == NULL) {
            mp_raise_msg_varg(&mp_type_TypeError, "expected str or bytes, not %s", mp_obj_get_type_str(o));
        }
    }
    return (const char *)d;
}

const char *mp_obj_str_get_str(mp_obj_t o) {
    size_t len;
    const byte *d = mp_obj_str_get_data_maybe(o, &len, false);
    if (d == NULL) {
        mp_raise_msg_varg(&mp_type_TypeError, "expected str, not %s", mp_obj_get_type_str(o));
    }
    if (d[len] != 0) {
        // A prefix of a shared growable buffer: copy to terminate it.
        char *c = m_malloc_atomic(len + 1);
        memcpy(c, d, len);
        return c;
    }
    return (const char *)d;
}

qstr mp_obj_str_get_qstr(mp_obj_t o) {
    if (mp_obj_is_qstr(o)) {
        return mp_obj_qstr_value(o);
    }
    size_t len;
    const byte *d = mp_obj_str_get_data_maybe(o, &len, false);
    if (d == NULL) {
        mp_raise_msg_varg(&mp_type_TypeError, "expected str, not %s", mp_obj_get_type_str(o));
    }
    return qstr_from_strn((const char *)d, len);
}

size_t mp_obj_str_charlen(mp_obj_t o) {
    if (mp_obj_is_obj(o)) {
        mp_obj_str_t *s = MP_OBJ_TO_PTR(o);
        if (s->base.type == &mp_type_str || s->base.type == &mp_type_bytes) {
            return s->charlen;
        }
    }
    size_t len;
    const byte *d = mp_obj_str_get_data_maybe(o, &len, false);
    if (d == NULL) {
        d = (const byte *)mp_obj_str_get_data(o, &len);
        return len;
    }
    return utf8_charlen(d, len);
}

bool mp_obj_str_equal(mp_obj_t a, mp_obj_t b) {
    if (a == b) {
        return true;
    }
    if (mp_obj_is_qstr(a) && mp_obj_is_qstr(b)) {
        return false;  // distinct qstrs are distinct strings
    }
    size_t la, lb;
    const byte *da = mp_str_data_len(a, &la);
    const byte *db = mp_str_data_len(b, &lb);
    if (la != lb) {
        return false;
    }
    if (la == 0) {
        return true;
    }
    if (da[0] != db[0] || da[la - 1] != db[la - 1]) {
        return false;
    }
    // Compare cached hashes first when both are known.
    mp_uint_t ha = mp_obj_is_qstr(a) ? qstr_hash(mp_obj_qstr_value(a)) : (((mp_obj_str_t *)MP_OBJ_TO_PTR(a))->hash & MP_STR_HASH_MASK);
    mp_uint_t hb = mp_obj_is_qstr(b) ? qstr_hash(mp_obj_qstr_value(b)) : (((mp_obj_str_t *)MP_OBJ_TO_PTR(b))->hash & MP_STR_HASH_MASK);
    if (ha != 0 && hb != 0 && ha != hb) {
        return false;
    }
    return memcmp(da, db, la) == 0;
}

// ---------------------------------------------------------------------------
// Code point <-> byte offsets for non-ASCII text.

// A view of a str/bytes/bytearray value for the shared methods.
typedef struct _sb_t {
    const byte *data;
    size_t len;
    size_t charlen;          // == len when ascii
    const mp_obj_type_t *type;  // &mp_type_str, &mp_type_bytes or &mp_type_bytearray
    mp_obj_t obj;            // the native object
    bool ascii;              // byte offsets are character offsets
    bool is_str;
} sb_t;

static void sb_init(sb_t *sb, mp_obj_t o) {
    if (mp_obj_is_qstr(o)) {
        sb->data = qstr_data(mp_obj_qstr_value(o), &sb->len);
        sb->type = &mp_type_str;
        sb->obj = o;
        sb->is_str = true;
        sb->ascii = utf8_is_ascii(sb->data, sb->len);
        sb->charlen = sb->ascii ? sb->len : utf8_charlen(sb->data, sb->len);
        return;
    }
    if (mp_obj_is_obj(o)) {
        const mp_obj_type_t *t = ((mp_obj_base_t *)MP_OBJ_TO_PTR(o))->type;
        if (t == &mp_type_str || t == &mp_type_bytes) {
            mp_obj_str_t *s = MP_OBJ_TO_PTR(o);
            sb->data = mp_obj_str_data(s);
            sb->len = s->len;
            sb->charlen = s->charlen;
            sb->type = t;
            sb->obj = o;
            sb->is_str = t == &mp_type_str;
            sb->ascii = s->charlen == s->len;
            return;
        }
        if (t == &mp_type_bytearray) {
            mp_obj_bytearray_t *b = MP_OBJ_TO_PTR(o);
            sb->data = b->items;
            sb->len = sb->charlen = b->len;
            sb->type = t;
            sb->obj = o;
            sb->is_str = false;
            sb->ascii = true;
            return;
        }
        const mp_obj_type_t *nb = native_base(t);
        if (nb != NULL) {
            sb_init(sb, mp_obj_get_native(o, nb));
            return;
        }
    }
    mp_raise_msg_varg(&mp_type_TypeError, "descriptor requires a 'str' object but received a '%s'", mp_obj_get_type_str(o));
}

// Position cache for non-ASCII text: the last (code point index, byte
// offset) pair computed for one string, so that sequential access
// (s[i] in a loop, find() from the last match, slices walking forward)
// scans only from the previous position instead of from the start. The
// cached string is a GC root, which keeps its address from being reused
// by another object while it is cached.
static struct {
    mp_obj_t str;
    size_t ci, bi;
} pos_cache;
static bool pos_cache_rooted;

static void pos_cache_set(mp_obj_t str, size_t ci, size_t bi) {
    if (!pos_cache_rooted) {
        gc_add_root(&pos_cache.str, 1);
        pos_cache_rooted = true;
    }
    pos_cache.str = str;
    pos_cache.ci = ci;
    pos_cache.bi = bi;
}

// Walk from byte offset bi (at code point boundary) by delta code points.
static size_t walk_chars(const byte *d, size_t len, size_t bi, mp_int_t delta) {
    if (delta >= 0) {
        while (delta-- > 0) {
            bi += d[bi] < 0x80 ? 1 : utf8_char_size(d + bi, len - bi);
        }
    } else {
        const byte *p = d + bi;
        while (delta++ < 0) {
            p = utf8_prev_char(d, p);
        }
        bi = p - d;
    }
    return bi;
}

// Byte offset of code point ci (0 <= ci <= charlen) of a non-ASCII sb.
static size_t sb_char_to_byte(const sb_t *sb, size_t ci) {
    if (sb->ascii) {
        return ci;
    }
    if (ci >= sb->charlen) {
        return sb->len;
    }
    // Start from whichever known point is nearest: 0, the end, the cache.
    size_t from_ci = 0, from_bi = 0, best = ci;
    if (sb->charlen - ci < best) {
        best = sb->charlen - ci;
        from_ci = sb->charlen;
        from_bi = sb->len;
    }
    if (pos_cache.str == sb->obj && pos_cache.ci <= sb->charlen) {
        size_t dist = ci >= pos_cache.ci ? ci - pos_cache.ci : pos_cache.ci - ci;
        if (dist < best) {
            from_ci = pos_cache.ci;
            from_bi = pos_cache.bi;
        }
    }
    size_t bi = walk_chars(sb->data, sb->len, from_bi, (mp_int_t)ci - (mp_int_t)from_ci);
    pos_cache_set(sb->obj, ci, bi);
    return bi;
}

// Code point index of byte offset bi (at a character boundary).
static size_t sb_byte_to_char(const sb_t *sb, size_t bi) {
    if (sb->ascii) {
        return bi;
    }
    size_t ci;
    if (pos_cache.str == sb->obj && pos_cache.bi <= sb->len
        && (bi >= pos_cache.bi ? bi - pos_cache.bi : pos_cache.bi - bi) < (bi < sb->len - bi ? bi : sb->len - bi)) {
        if (bi >= pos_cache.bi) {
            ci = pos_cache.ci + utf8_charlen(sb->data + pos_cache.bi, bi - pos_cache.bi);
        } else {
            ci = pos_cache.ci - utf8_charlen(sb->data + bi, pos_cache.bi - bi);
        }
    } else if (bi <= sb->len - bi) {
        ci = utf8_charlen(sb->data, bi);
    } else {
        ci = sb->charlen - utf8_charlen(sb->data + bi, sb->len - bi);
    }
    pos_cache_set(sb->obj, ci, bi);
    return ci;
}

// An argument that must have the same kind as self (str for str, any
// bytes-like object for bytes/bytearray).
static const byte *sb_arg_maybe(const sb_t *sb, mp_obj_t o, size_t *len) {
    if (sb->is_str) {
        return mp_obj_str_get_data_maybe(o, len, false);
    }
    const byte *d;
    if (mp_obj_get_bytes_like(o, &d, len)) {
        return d;
    }
    return NULL;
}

static const byte *sb_arg(const sb_t *sb, mp_obj_t o, size_t *len) {
    const byte *d = sb_arg_maybe(sb, o, len);
    if (d == NULL) {
        if (sb->is_str) {
            mp_raise_msg_varg(&mp_type_TypeError, "must be str, not %s", mp_obj_get_type_str(o));
        }
        mp_raise_msg_varg(&mp_type_TypeError, "a bytes-like object is required, not '%s'", mp_obj_get_type_str(o));
    }
    return d;
}

// The separator of split/rsplit (None was handled by the caller).
static const byte *split_sep_arg(const sb_t *sb, mp_obj_t o, size_t *len) {
    const byte *d = sb_arg_maybe(sb, o, len);
    if (d == NULL && sb->is_str) {
        mp_raise_msg_varg(&mp_type_TypeError, "must be str or None, not %s", mp_obj_get_type_str(o));
    }
    return sb_arg(sb, o, len);
}

// New object of self's kind. known_ascii: the data is ASCII (str only).
static mp_obj_t sb_new(const sb_t *sb, const byte *data, size_t len, bool known_ascii) {
    if (sb->is_str) {
        if (known_ascii) {
            return mp_obj_new_str_with_charlen(data, len, len);
        }
        return mp_obj_new_str_of_type(&mp_type_str, data, len);
    }
    if (sb->type == &mp_type_bytearray) {
        return mp_obj_new_bytearray(len, data);
    }
    return mp_obj_new_bytes(data, len);
}

// Self unchanged, as a value of self's exact kind (a copy for bytearray and
// for instances of subclasses, which must not be returned as is).
static mp_obj_t sb_same(const sb_t *sb, mp_obj_t self_in) {
    if (sb->type == &mp_type_bytearray || self_in != sb->obj) {
        return sb_new(sb, sb->data, sb->len, sb->ascii);
    }
    return sb->obj;
}

static mp_obj_t sb_from_vstr(const sb_t *sb, vstr_t *v) {
    if (sb->type == &mp_type_bytearray) {
        mp_obj_t r = mp_obj_new_bytearray(v->len, v->buf);
        vstr_clear(v);
        return r;
    }
    return mp_obj_new_str_type_from_vstr(sb->type, v);
}

// Index value of an argument (int, bool, __index__), or raise TypeError.
static mp_int_t get_int_arg(mp_obj_t o) {
    if (mp_obj_is_small_int(o)) {
        return mp_small_int_value(o);
    }
    if (mp_obj_is_int(o)) {
        return mp_obj_get_int(o);  // OverflowError like CPython's ssize_t conversion
    }
    mp_int_t n;
    if (mp_seq_get_repeat_count(o, &n)) {
        return n;
    }
    mp_raise_msg_varg(&mp_type_TypeError, "'%s' object cannot be interpreted as an integer", mp_obj_get_type_str(o));
}

// A start/end argument: int, bool or __index__; ints beyond 64 bits clamp
// by sign (as slice bounds do).
static mp_int_t get_bound_arg(mp_obj_t o) {
    if (mp_obj_is_small_int(o)) {
        return mp_small_int_value(o);
    }
    if (mp_obj_is_type(o, &mp_type_int)) {
        mp_int_t v;
        if (mp_obj_get_int_maybe(o, &v)) {
            return v;
        }
        return mp_obj_is_true(mp_binary_op(MP_BINARY_OP_LESS, o, MP_OBJ_NEW_SMALL_INT(0))) ? INT64_MIN / 2 : INT64_MAX / 2;
    }
    mp_int_t n;
    if (mp_seq_get_repeat_count(o, &n)) {
        return n;
    }
    mp_raise_TypeError("slice indices must be integers or None or have an __index__ method");
}

// Slice-like normalisation of optional start/end (char indices, None
// allowed) at args[i], args[i+1] against n. Returns false if start > end
// (an empty, out-of-range window).
static bool get_start_end(size_t n_args, const mp_obj_t *args, size_t i, size_t n, size_t *start, size_t *end) {
    mp_int_t s = 0, e = (mp_int_t)n;
    if (n_args > i && args[i] != mp_const_none) {
        s = get_bound_arg(args[i]);
        if (s < 0) {
            s += n;
            if (s < 0) {
                s = 0;
            }
        }
    }
    if (n_args > i + 1 && args[i + 1] != mp_const_none) {
        e = get_bound_arg(args[i + 1]);
        if (e < 0) {
            e += n;
            if (e < 0) {
                e = 0;
            }
        } else if (e > (mp_int_t)n) {
            e = n;
        }
    }
    *start = s;
    *end = e;
    return s <= e;
}

// Byte window [bs, be) of self for char window [cs, ce) (ce <= charlen).
static void sb_window(const sb_t *sb, size_t cs, size_t ce, size_t *bs, size_t *be) {
    if (sb->ascii) {
        *bs = cs;
        *be = ce;
    } else {
        *bs = sb_char_to_byte(sb, cs);
        if (ce >= sb->charlen) {
            *be = sb->len;
        } else if (ce - cs < sb->charlen - ce) {
            *be = walk_chars(sb->data, sb->len, *bs, ce - cs);
        } else {
            *be = walk_chars(sb->data, sb->len, sb->len, -(mp_int_t)(sb->charlen - ce));
        }
    }
}

// ---------------------------------------------------------------------------
// Searching

// First occurrence of needle in hay, or NULL. memchr on the first byte then
// memcmp; fast enough for typical needles.
static const byte *find_fwd(const byte *hay, size_t hlen, const byte *needle, size_t nlen) {
    if (nlen == 0) {
        return hay;
    }
    if (nlen > hlen) {
        return NULL;
    }
    if (nlen == 1) {
        return memchr(hay, needle[0], hlen);
    }
    // glibc's memmem: vectorised for short needles, two-way for long ones.
    return memmem(hay, hlen, needle, nlen);
}

static const byte *find_rev(const byte *hay, size_t hlen, const byte *needle, size_t nlen) {
    if (nlen > hlen) {
        return NULL;
    }
    if (nlen == 0) {
        return hay + hlen;
    }
    for (const byte *p = hay + hlen - nlen;; p--) {
        if (*p == needle[0] && memcmp(p, needle, nlen) == 0) {
            return p;
        }
        if (p == hay) {
            return NULL;
        }
    }
}

// The needle argument of find/count/index: same kind as self; for bytes
// also an int in range(256).
static const byte *search_arg(const sb_t *sb, mp_obj_t o, size_t *len, byte *tmp) {
    if (!sb->is_str && (mp_obj_is_int(o) || mp_obj_is_bool(o))) {
        mp_int_t v;
        if (!mp_obj_get_int_maybe(o, &v) || v < 0 || v > 255) {
            mp_raise_ValueError("byte must be in range(0, 256)");
        }
        tmp[0] = (byte)v;
        *len = 1;
        return tmp;
    }
    const byte *d = sb_arg_maybe(sb, o, len);
    if (d == NULL) {
        if (sb->is_str) {
            mp_raise_msg_varg(&mp_type_TypeError, "must be str, not %s", mp_obj_get_type_str(o));
        }
        mp_raise_msg_varg(&mp_type_TypeError, "argument should be integer or bytes-like object, not '%s'", mp_obj_get_type_str(o));
    }
    return d;
}

// find/rfind/index/rindex. Returns the char index or -1.
static mp_int_t do_find(size_t n_args, const mp_obj_t *args, bool reverse, sb_t *sb) {
    sb_init(sb, args[0]);
    size_t cs, ce;
    bool ok = get_start_end(n_args, args, 2, sb->charlen, &cs, &ce);
    size_t nlen;
    byte tmp[1];
    const byte *needle = search_arg(sb, args[1], &nlen, tmp);
    if (!ok) {
        return -1;
    }
    size_t bs, be;
    sb_window(sb, cs, ce, &bs, &be);
    const byte *p = reverse ? find_rev(sb->data + bs, be - bs, needle, nlen)
                            : find_fwd(sb->data + bs, be - bs, needle, nlen);
    if (p == NULL) {
        return -1;
    }
    size_t pos = p - sb->data;
    return (mp_int_t)sb_byte_to_char(sb, pos);
}

static mp_obj_t strbytes_find(size_t n_args, const mp_obj_t *args) {
    sb_t sb;
    return MP_OBJ_NEW_SMALL_INT(do_find(n_args, args, false, &sb));
}
static mp_obj_t strbytes_rfind(size_t n_args, const mp_obj_t *args) {
    sb_t sb;
    return MP_OBJ_NEW_SMALL_INT(do_find(n_args, args, true, &sb));
}
static mp_obj_t index_common(size_t n_args, const mp_obj_t *args, bool reverse) {
    sb_t sb;
    mp_int_t r = do_find(n_args, args, reverse, &sb);
    if (r < 0) {
        mp_raise_ValueError(sb.is_str ? "substring not found" : "subsection not found");
    }
    return MP_OBJ_NEW_SMALL_INT(r);
}
static mp_obj_t strbytes_index(size_t n_args, const mp_obj_t *args) {
    return index_common(n_args, args, false);
}
static mp_obj_t strbytes_rindex(size_t n_args, const mp_obj_t *args) {
    return index_common(n_args, args, true);
}
MP_STR_FUN_OBJ(mp_strbytes_find_obj, find, 2, 4, MP_FUN_KIND_VAR, var, strbytes_find);
MP_STR_FUN_OBJ(mp_strbytes_rfind_obj, rfind, 2, 4, MP_FUN_KIND_VAR, var, strbytes_rfind);
MP_STR_FUN_OBJ(mp_strbytes_index_obj, index, 2, 4, MP_FUN_KIND_VAR, var, strbytes_index);
MP_STR_FUN_OBJ(mp_strbytes_rindex_obj, rindex, 2, 4, MP_FUN_KIND_VAR, var, strbytes_rindex);

static size_t count_occurrences(const byte *hay, size_t hlen, const byte *needle, size_t nlen, size_t max) {
    size_t n = 0;
    const byte *end = hay + hlen;
    while (n < max) {
        const byte *p = find_fwd(hay, end - hay, needle, nlen);
        if (p == NULL) {
            break;
        }
        n++;
        hay = p + nlen;
    }
    return n;
}

static mp_obj_t strbytes_count(size_t n_args, const mp_obj_t *args) {
    sb_t sb;
    sb_init(&sb, args[0]);
    size_t cs, ce;
    bool ok = get_start_end(n_args, args, 2, sb.charlen, &cs, &ce);
    size_t nlen;
    byte tmp[1];
    const byte *needle = search_arg(&sb, args[1], &nlen, tmp);
    if (!ok) {
        return MP_OBJ_NEW_SMALL_INT(0);
    }
    if (nlen == 0) {
        return MP_OBJ_NEW_SMALL_INT(ce - cs + 1);
    }
    size_t bs, be;
    sb_window(&sb, cs, ce, &bs, &be);
    return MP_OBJ_NEW_SMALL_INT(count_occurrences(sb.data + bs, be - bs, needle, nlen, SIZE_MAX));
}
MP_STR_FUN_OBJ(mp_strbytes_count_obj, count, 2, 4, MP_FUN_KIND_VAR, var, strbytes_count);

static mp_obj_t starts_ends(size_t n_args, const mp_obj_t *args, bool ends, const char *name) {
    sb_t sb;
    sb_init(&sb, args[0]);
    size_t cs, ce;
    bool ok = get_start_end(n_args, args, 2, sb.charlen, &cs, &ce);
    size_t n_items = 1;
    mp_obj_t *items = (mp_obj_t *)&args[1];
    if (mp_obj_is_type(args[1], &mp_type_tuple)) {
        mp_obj_tuple_get(args[1], &n_items, &items);
    }
    size_t bs = 0, be = 0;
    if (ok) {
        sb_window(&sb, cs, ce, &bs, &be);
    }
    for (size_t i = 0; i < n_items; i++) {
        size_t plen;
        const byte *p = sb_arg_maybe(&sb, items[i], &plen);
        if (p == NULL) {
            if (items == &args[1]) {
                mp_raise_msg_varg(&mp_type_TypeError, "%s first arg must be %s or a tuple of %s, not %s", name,
                    sb.is_str ? "str" : "bytes", sb.is_str ? "str" : "bytes", mp_obj_get_type_str(items[i]));
            }
            mp_raise_msg_varg(&mp_type_TypeError, "tuple for %s must only contain %s, not %s", name,
                sb.is_str ? "str" : "bytes", mp_obj_get_type_str(items[i]));
        }
        if (!ok || plen > be - bs) {
            continue;
        }
        const byte *at = ends ? sb.data + be - plen : sb.data + bs;
        if (memcmp(at, p, plen) == 0) {
            return mp_const_true;
        }
    }
    return mp_const_false;
}
static mp_obj_t strbytes_startswith(size_t n_args, const mp_obj_t *args) {
    return starts_ends(n_args, args, false, "startswith");
}
static mp_obj_t strbytes_endswith(size_t n_args, const mp_obj_t *args) {
    return starts_ends(n_args, args, true, "endswith");
}
MP_STR_FUN_OBJ(mp_strbytes_startswith_obj, startswith, 2, 4, MP_FUN_KIND_VAR, var, strbytes_startswith);
MP_STR_FUN_OBJ(mp_strbytes_endswith_obj, endswith, 2, 4, MP_FUN_KIND_VAR, var, strbytes_endswith);

// ---------------------------------------------------------------------------
// Whitespace

// ASCII whitespace of str (includes the separators \x1c-\x1f) and bytes.
static inline bool ascii_space_str(byte c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
}
static inline bool ascii_space_bytes(byte c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}

// Is there whitespace at p? Sets *n to its byte size.
static inline bool space_at(const sb_t *sb, const byte *p, const byte *end, size_t *n) {
    byte c = *p;
    if (c < 0x80 || !sb->is_str) {
        *n = 1;
        return sb->is_str ? ascii_space_str(c) : ascii_space_bytes(c);
    }
    const byte *q = p;
    uint32_t u = utf8_get_char(&q);
    *n = q - p;
    return unichar_isspace(u);
}

// Whitespace ending just before p (p > start)? Sets *n to its byte size.
static inline bool space_before(const sb_t *sb, const byte *start, const byte *p, size_t *n) {
    byte c = p[-1];
    if (c < 0x80 || !sb->is_str) {
        *n = 1;
        return sb->is_str ? ascii_space_str(c) : ascii_space_bytes(c);
    }
    const byte *q = utf8_prev_char(start, p);
    const byte *r = q;
    uint32_t u = utf8_get_char(&r);
    *n = p - q;
    return unichar_isspace(u);
}

// ---------------------------------------------------------------------------
// split / rsplit / splitlines / partition

static const mp_arg_t split_args[] = {
    {MP_QSTR_sep, MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
    {MP_QSTR_maxsplit, MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
};

static void parse_split_args(qstr fname, size_t n_args, const mp_obj_t *args, mp_map_t *kw, mp_obj_t *sep, mp_int_t *maxsplit) {
    mp_arg_val_t vals[2];
    mp_arg_parse_all_named(fname, n_args - 1, args + 1, kw, 2, split_args, vals);
    *sep = vals[0].u_obj == MP_OBJ_NULL ? mp_const_none : vals[0].u_obj;
    *maxsplit = vals[1].u_obj == MP_OBJ_NULL ? -1 : get_int_arg(vals[1].u_obj);
}

// str.split() (and rsplit(), the same without a limit) of an ASCII str:
// the words are counted first so that the list is allocated once.
static mp_obj_t split_ascii_ws(const sb_t *sb) {
    const byte *p = sb->data, *end = sb->data + sb->len;
    size_t nw = 0;
    for (const byte *q = p; q < end;) {
        while (q < end && ascii_space_str(*q)) {
            q++;
        }
        if (q == end) {
            break;
        }
        nw++;
        while (q < end && !ascii_space_str(*q)) {
            q++;
        }
    }
    mp_obj_t res = mp_obj_new_list(nw, NULL);
    mp_obj_t *items;
    size_t len;
    mp_obj_list_get(res, &len, &items);
    for (size_t k = 0; k < nw; k++) {
        while (ascii_space_str(*p)) {
            p++;
        }
        const byte *w = p;
        while (p < end && !ascii_space_str(*p)) {
            p++;
        }
        items[k] = mp_obj_new_str_with_charlen(w, p - w, p - w);
    }
    return res;
}

// Reverse the items of a list in place.
static void list_reverse(mp_obj_t list) {
    size_t n;
    mp_obj_t *items;
    mp_obj_list_get(list, &n, &items);
    for (size_t i = 0, j = n; i + 1 < j; i++, j--) {
        mp_obj_t t = items[i];
        items[i] = items[j - 1];
        items[j - 1] = t;
    }
}

// split() and rsplit(): [start, end) is the part not yet split; words are
// taken from its front (split) or its back (rsplit, which then reverses the
// list).
static mp_obj_t split_common(size_t n_args, const mp_obj_t *args, mp_map_t *kw, bool reverse) {
    sb_t sb;
    sb_init(&sb, args[0]);
    mp_obj_t sep;
    mp_int_t maxsplit;
    parse_split_args(reverse ? MP_QSTR_rsplit : MP_QSTR_split, n_args, args, kw, &sep, &maxsplit);
    if (sep == mp_const_none && sb.ascii && sb.is_str && maxsplit < 0) {
        return split_ascii_ws(&sb);
    }
    mp_obj_t res = mp_obj_new_list(0, NULL);
    const byte *start = sb.data, *end = sb.data + sb.len;
    const byte *s = NULL;
    size_t slen = 0;
    if (sep != mp_const_none) {
        s = split_sep_arg(&sb, sep, &slen);
        if (slen == 0) {
            mp_raise_ValueError("empty separator");
        }
    }
    for (;;) {
        const byte *w, *w_end;  // the next word
        if (s == NULL) {
            size_t n;
            if (!reverse) {
                while (start < end && space_at(&sb, start, end, &n)) {
                    start += n;
                }
            } else {
                while (end > start && space_before(&sb, start, end, &n)) {
                    end -= n;
                }
            }
            if (start == end) {
                break;
            }
            if (maxsplit == 0) {
                // The rest, whitespace at its far end included.
                mp_obj_list_append(res, sb_new(&sb, start, end - start, sb.ascii));
                break;
            }
            if (!reverse) {
                w = start;
                while (start < end && !space_at(&sb, start, end, &n)) {
                    start += n;
                }
                w_end = start;
            } else {
                w_end = end;
                while (end > start && !space_before(&sb, start, end, &n)) {
                    end -= n;
                }
                w = end;
            }
        } else {
            const byte *q = maxsplit == 0 ? NULL
                : reverse ? find_rev(start, end - start, s, slen) : find_fwd(start, end - start, s, slen);
            if (q == NULL) {
                mp_obj_list_append(res, sb_new(&sb, start, end - start, sb.ascii));
                break;
            }
            if (!reverse) {
                w = start;
                w_end = q;
                start = q + slen;
            } else {
                w = q + slen;
                w_end = end;
                end = q;
            }
        }
        mp_obj_list_append(res, sb_new(&sb, w, w_end - w, sb.ascii));
        if (maxsplit > 0) {
            maxsplit--;
        }
    }
    if (reverse) {
        list_reverse(res);
    }
    return res;
}

static mp_obj_t strbytes_split(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    return split_common(n_args, args, kw, false);
}
MP_STR_FUN_OBJ(mp_strbytes_split_obj, split, 1, MP_FUN_ARGS_MAX, MP_FUN_KIND_KW, kw, strbytes_split);

static mp_obj_t strbytes_rsplit(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    return split_common(n_args, args, kw, true);
}
MP_STR_FUN_OBJ(mp_strbytes_rsplit_obj, rsplit, 1, MP_FUN_ARGS_MAX, MP_FUN_KIND_KW, kw, strbytes_rsplit);

static const mp_arg_t splitlines_args[] = {
    {MP_QSTR_keepends, MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
};

static mp_obj_t strbytes_splitlines(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    sb_t sb;
    sb_init(&sb, args[0]);
    mp_arg_val_t vals[1];
    mp_arg_parse_all_named(MP_QSTR_splitlines, n_args - 1, args + 1, kw, 1, splitlines_args, vals);
    bool keepends = vals[0].u_obj != MP_OBJ_NULL && get_int_arg(vals[0].u_obj) != 0;
    mp_obj_t res = mp_obj_new_list(0, NULL);
    const byte *p = sb.data, *end = sb.data + sb.len, *line = p;
    while (p < end) {
        size_t eol = 0;  // bytes of the line break at p
        byte c = *p;
        if (c == '\n') {
            eol = 1;
        } else if (c == '\r') {
            eol = (p + 1 < end && p[1] == '\n') ? 2 : 1;
        } else if (sb.is_str) {
            if (c == 0x0B || c == 0x0C || (c >= 0x1C && c <= 0x1E)) {
                eol = 1;
            } else if (c == 0xC2 && p + 1 < end && p[1] == 0x85) {
                eol = 2;
            } else if (c == 0xE2 && p + 2 < end && p[1] == 0x80 && (p[2] == 0xA8 || p[2] == 0xA9)) {
                eol = 3;
            }
        }
        if (eol == 0) {
            p++;
            continue;
        }
        mp_obj_list_append(res, sb_new(&sb, line, (p - line) + (keepends ? eol : 0), sb.ascii));
        p += eol;
        line = p;
    }
    if (line < end) {
        mp_obj_list_append(res, sb_new(&sb, line, end - line, sb.ascii));
    }
    return res;
}
MP_STR_FUN_OBJ(mp_strbytes_splitlines_obj, splitlines, 1, MP_FUN_ARGS_MAX, MP_FUN_KIND_KW, kw, strbytes_splitlines);

static mp_obj_t partition_common(mp_obj_t self_in, mp_obj_t sep_in, bool reverse) {
    sb_t sb;
    sb_init(&sb, self_in);
    size_t slen;
    const byte *s = sb_arg(&sb, sep_in, &slen);
    if (slen == 0) {
        mp_raise_ValueError("empty separator");
    }
    mp_obj_t empty = sb_new(&sb, NULL, 0, true);
    mp_obj_t items[3];
    const byte *q = reverse ? find_rev(sb.data, sb.len, s, slen) : find_fwd(sb.data, sb.len, s, slen);
    if (q == NULL) {
        mp_obj_t whole = sb_same(&sb, self_in);
        if (reverse) {
            items[0] = empty;
            items[1] = sb.type == &mp_type_bytearray ? sb_new(&sb, NULL, 0, true) : empty;
            items[2] = whole;
        } else {
            items[0] = whole;
            items[1] = empty;
            items[2] = sb.type == &mp_type_bytearray ? sb_new(&sb, NULL, 0, true) : empty;
        }
    } else {
        items[0] = sb_new(&sb, sb.data, q - sb.data, sb.ascii);
        items[1] = sb_new(&sb, s, slen, sb.ascii);
        items[2] = sb_new(&sb, q + slen, sb.data + sb.len - (q + slen), sb.ascii);
    }
    return mp_obj_new_tuple(3, items);
}
static mp_obj_t strbytes_partition(mp_obj_t self_in, mp_obj_t sep) {
    return partition_common(self_in, sep, false);
}
static mp_obj_t strbytes_rpartition(mp_obj_t self_in, mp_obj_t sep) {
    return partition_common(self_in, sep, true);
}
MP_STR_FUN_OBJ(mp_strbytes_partition_obj, partition, 2, 2, MP_FUN_KIND_2, _2, strbytes_partition);
MP_STR_FUN_OBJ(mp_strbytes_rpartition_obj, rpartition, 2, 2, MP_FUN_KIND_2, _2, strbytes_rpartition);

// ---------------------------------------------------------------------------
// join

static mp_obj_t strbytes_join(mp_obj_t self_in, mp_obj_t iterable) {
    sb_t sb;
    sb_init(&sb, self_in);
    size_t n;
    mp_obj_t *items;
    if (mp_obj_is_type(iterable, &mp_type_list) || mp_obj_is_type(iterable, &mp_type_tuple)) {
        mp_obj_get_array(iterable, &n, &items);
    } else {
        // Collect the items first so that the size is known.
        mp_obj_t list = mp_obj_new_list(0, NULL);
        if (!is_iterable(iterable)) {
            mp_raise_TypeError("can only join an iterable");
        }
        mp_obj_t it = mp_getiter(iterable, NULL);
        mp_obj_t x;
        while ((x = mp_iternext(it)) != MP_OBJ_STOP_ITERATION) {
            mp_obj_list_append(list, x);
        }
        mp_obj_list_get(list, &n, &items);
        sb_init(&sb, self_in);  // user code ran: a bytearray self may have changed
    }
    if (n == 0) {
        return sb_new(&sb, NULL, 0, true);
    }
    if (n == 1 && sb.type != &mp_type_bytearray && mp_obj_get_type(items[0]) == sb.type) {
        return items[0];
    }
    // Pass 1: total size (and whether everything is ASCII).
    size_t total = sb.len * (n - 1);
    size_t total_chars = sb.charlen * (n - 1);
    if (n > 1 && sb.len != 0 && total / (n - 1) != sb.len) {
        m_malloc_fail(SIZE_MAX);
    }
    for (size_t i = 0; i < n; i++) {
        size_t l;
        mp_obj_t it = items[i];
        if (sb.is_str) {
            if (mp_obj_is_obj(it) && ((mp_obj_base_t *)MP_OBJ_TO_PTR(it))->type == &mp_type_str) {
                mp_obj_str_t *s = MP_OBJ_TO_PTR(it);
                l = s->len;
                total_chars += s->charlen;
            } else {
                const byte *d = mp_obj_str_get_data_maybe(it, &l, false);
                if (d == NULL) {
                    mp_raise_msg_varg(&mp_type_TypeError, "sequence item %u: expected str instance, %s found", (unsigned)i, mp_obj_get_type_str(it));
                }
                total_chars += utf8_charlen(d, l);
            }
        } else {
            const byte *d;
            if (!mp_obj_get_bytes_like(it, &d, &l)) {
                mp_raise_msg_varg(&mp_type_TypeError, "sequence item %u: expected a bytes-like object, %s found", (unsigned)i, mp_obj_get_type_str(it));
            }
        }
        total += l;
        if (total < l) {
            m_malloc_fail(SIZE_MAX);
        }
    }
    // Pass 2: copy.
    byte *out;
    mp_obj_str_t *res = NULL;
    vstr_t v;
    if (sb.type == &mp_type_bytearray) {
        vstr_init_len(&v, total);
        out = (byte *)v.buf;
    } else {
        res = mp_obj_str_alloc(sb.type, total);
        out = MP_STR_INLINE_DATA(res);
    }
    // The separator of a bytearray self could only move through user code,
    // which does not run in this loop.
    byte *o = out;
    for (size_t i = 0; i < n; i++) {
        if (i > 0) {
            memcpy(o, sb.data, sb.len);
            o += sb.len;
        }
        size_t l;
        const byte *d;
        if (sb.is_str) {
            d = mp_obj_str_get_data_maybe(items[i], &l, false);
        } else {
            mp_obj_get_bytes_like(items[i], &d, &l);
        }
        if (o + l > out + total) {
            l = out + total - o;  // an argument shrank meanwhile (cannot happen for str)
        }
        memcpy(o, d, l);
        o += l;
    }
    if (res == NULL) {
        v.len = o - out;
        return sb_from_vstr(&sb, &v);
    }
    res->len = o - out;
    res->charlen = sb.is_str ? total_chars : res->len;
    if (sb.is_str && res->len <= 1) {
        return mp_obj_str_finish(res);
    }
    return MP_OBJ_FROM_PTR(res);
}
MP_STR_FUN_OBJ(mp_strbytes_join_obj, join, 2, 2, MP_FUN_KIND_2, _2, strbytes_join);

mp_obj_t mp_obj_str_join_n(size_t n, const mp_obj_t *items) {
    size_t total = 0, total_chars = 0;
    for (size_t i = 0; i < n; i++) {
        mp_obj_t it = items[i];
        if (mp_obj_is_obj(it) && ((mp_obj_base_t *)MP_OBJ_TO_PTR(it))->type == &mp_type_str) {
            mp_obj_str_t *s = MP_OBJ_TO_PTR(it);
            total += s->len;
            total_chars += s->charlen;
        } else {
            size_t l;
            const byte *d = mp_obj_str_get_data_maybe(it, &l, false);
            if (d == NULL) {
                mp_raise_msg_varg(&mp_type_TypeError, "expected str, not %s", mp_obj_get_type_str(it));
            }
            total += l;
            total_chars += utf8_charlen(d, l);
        }
    }
    mp_obj_str_t *res = mp_obj_str_alloc(&mp_type_str, total);
    byte *o = MP_STR_INLINE_DATA(res);
    for (size_t i = 0; i < n; i++) {
        size_t l;
        const byte *d = mp_obj_str_get_data_maybe(items[i], &l, false);
        memcpy(o, d, l);
        o += l;
    }
    res->charlen = total_chars;
    if (total <= 1) {
        return mp_obj_str_finish(res);
    }
    return MP_OBJ_FROM_PTR(res);
}

// ---------------------------------------------------------------------------
// strip family

// Membership set for strip characters: a 256-bit map for bytes and ASCII,
// plus the list of non-ASCII code points for str.
typedef struct {
    uint64_t bits[4];
    const byte *chars;  // the chars argument (UTF-8) for non-ASCII lookups
    size_t chars_len;
    bool has_non_ascii;
    bool whitespace;    // no chars argument
} charset_t;

static void charset_init(charset_t *cs, const sb_t *sb, const byte *chars, size_t len) {
    memset(cs, 0, sizeof(*cs));
    cs->chars = chars;
    cs->chars_len = len;
    for (size_t i = 0; i < len; i++) {
        byte c = chars[i];
        if (sb->is_str && c >= 0x80) {
            cs->has_non_ascii = true;
        } else {
            cs->bits[c >> 6] |= 1ULL << (c & 63);
        }
    }
}

static bool charset_has(const charset_t *cs, uint32_t c) {
    if (c < 256 && (cs->bits[c >> 6] >> (c & 63)) & 1) {
        return true;
    }
    if (cs->has_non_ascii && c >= 0x80) {
        const byte *p = cs->chars, *end = p + cs->chars_len;
        while (p < end) {
            if (utf8_get_char(&p) == c) {
                return true;
            }
        }
    }
    return false;
}

// Character at p is in the strip set? *n: its byte size.
static inline bool strip_at(const sb_t *sb, const charset_t *cs, const byte *p, const byte *end, size_t *n) {
    if (cs->whitespace) {
        return space_at(sb, p, end, n);
    }
    if (*p < 0x80 || !sb->is_str) {
        *n = 1;
        return (cs->bits[*p >> 6] >> (*p & 63)) & 1;
    }
    const byte *q = p;
    uint32_t c = utf8_get_char(&q);
    *n = q - p;
    return charset_has(cs, c);
}

static inline bool strip_before(const sb_t *sb, const charset_t *cs, const byte *start, const byte *p, size_t *n) {
    if (cs->whitespace) {
        return space_before(sb, start, p, n);
    }
    byte b = p[-1];
    if (b < 0x80 || !sb->is_str) {
        *n = 1;
        return (cs->bits[b >> 6] >> (b & 63)) & 1;
    }
    const byte *q = utf8_prev_char(start, p);
    const byte *r = q;
    uint32_t c = utf8_get_char(&r);
    *n = p - q;
    return charset_has(cs, c);
}

static mp_obj_t strip_common(size_t n_args, const mp_obj_t *args, int which) {
    // which: 1 left, 2 right, 3 both
    sb_t sb;
    sb_init(&sb, args[0]);
    charset_t cs;
    if (n_args < 2 || args[1] == mp_const_none) {
        memset(&cs, 0, sizeof(cs));
        cs.whitespace = true;
    } else {
        size_t clen;
        const byte *chars = sb_arg_maybe(&sb, args[1], &clen);
        if (chars == NULL) {
            if (sb.is_str) {
                mp_raise_msg_varg(&mp_type_TypeError, "%s arg must be None or str",
                    which == 1 ? "lstrip" : which == 2 ? "rstrip" : "strip");
            }
            mp_raise_msg_varg(&mp_type_TypeError, "a bytes-like object is required, not '%s'", mp_obj_get_type_str(args[1]));
        }
        charset_init(&cs, &sb, chars, clen);
    }
    const byte *b = sb.data, *e = sb.data + sb.len;
    size_t n;
    if (which & 1) {
        while (b < e && strip_at(&sb, &cs, b, e, &n)) {
            b += n;
        }
    }
    if (which & 2) {
        while (e > b && strip_before(&sb, &cs, b, e, &n)) {
            e -= n;
        }
    }
    if (b == sb.data && e == sb.data + sb.len) {
        return sb_same(&sb, args[0]);
    }
    return sb_new(&sb, b, e - b, sb.ascii);
}
static mp_obj_t strbytes_strip(size_t n_args, const mp_obj_t *args) {
    return strip_common(n_args, args, 3);
}
static mp_obj_t strbytes_lstrip(size_t n_args, const mp_obj_t *args) {
    return strip_common(n_args, args, 1);
}
static mp_obj_t strbytes_rstrip(size_t n_args, const mp_obj_t *args) {
    return strip_common(n_args, args, 2);
}
MP_STR_FUN_OBJ(mp_strbytes_strip_obj, strip, 1, 2, MP_FUN_KIND_VAR, var, strbytes_strip);
MP_STR_FUN_OBJ(mp_strbytes_lstrip_obj, lstrip, 1, 2, MP_FUN_KIND_VAR, var, strbytes_lstrip);
MP_STR_FUN_OBJ(mp_strbytes_rstrip_obj, rstrip, 1, 2, MP_FUN_KIND_VAR, var, strbytes_rstrip);

static mp_obj_t remove_affix(mp_obj_t self_in, mp_obj_t affix, bool suffix) {
    sb_t sb;
    sb_init(&sb, self_in);
    size_t alen;
    if (sb.is_str && !mp_obj_is_str_like(affix)) {
        mp_raise_msg_varg(&mp_type_TypeError, "%s() argument must be str, not %s", suffix ? "removesuffix" : "removeprefix", arg_type_name(affix));
    }
    const byte *a = sb_arg(&sb, affix, &alen);
    if (alen <= sb.len && alen > 0) {
        const byte *at = suffix ? sb.data + sb.len - alen : sb.data;
        if (memcmp(at, a, alen) == 0) {
            return sb_new(&sb, suffix ? sb.data : sb.data + alen, sb.len - alen, sb.ascii);
        }
    }
    return sb_same(&sb, self_in);
}
static mp_obj_t strbytes_removeprefix(mp_obj_t self_in, mp_obj_t a) {
    return remove_affix(self_in, a, false);
}
static mp_obj_t strbytes_removesuffix(mp_obj_t self_in, mp_obj_t a) {
    return remove_affix(self_in, a, true);
}
MP_STR_FUN_OBJ(mp_strbytes_removeprefix_obj, removeprefix, 2, 2, MP_FUN_KIND_2, _2, strbytes_removeprefix);
MP_STR_FUN_OBJ(mp_strbytes_removesuffix_obj, removesuffix, 2, 2, MP_FUN_KIND_2, _2, strbytes_removesuffix);

// ---------------------------------------------------------------------------
// replace

static mp_obj_t strbytes_replace(size_t n_args, const mp_obj_t *args) {
    sb_t sb;
    sb_init(&sb, args[0]);
    size_t olen, nlen;
    const byte *old = sb_arg_maybe(&sb, args[1], &olen);
    if (old == NULL) {
        if (sb.is_str) {
            mp_raise_msg_varg(&mp_type_TypeError, "replace() argument 1 must be str, not %s", mp_obj_get_type_str(args[1]));
        }
        mp_raise_msg_varg(&mp_type_TypeError, "a bytes-like object is required, not '%s'", mp_obj_get_type_str(args[1]));
    }
    const byte *new_ = sb_arg_maybe(&sb, args[2], &nlen);
    if (new_ == NULL) {
        if (sb.is_str) {
            mp_raise_msg_varg(&mp_type_TypeError, "replace() argument 2 must be str, not %s", mp_obj_get_type_str(args[2]));
        }
        mp_raise_msg_varg(&mp_type_TypeError, "a bytes-like object is required, not '%s'", mp_obj_get_type_str(args[2]));
    }
    mp_int_t max = -1;
    if (n_args > 3) {
        max = get_int_arg(args[3]);
    }
    size_t limit = max < 0 ? SIZE_MAX : (size_t)max;
    size_t n;
    if (olen == 0) {
        // Insert new before every character and at the end.
        n = sb.charlen + 1;
    } else {
        n = count_occurrences(sb.data, sb.len, old, olen, limit);
    }
    if (n > limit) {
        n = limit;
    }
    if (n == 0) {
        return sb_same(&sb, args[0]);
    }
    // Size: len + n * (nlen - olen), with overflow checks.
    size_t total;
    if (nlen >= olen) {
        size_t grow = nlen - olen;
        if (grow != 0 && n > (SIZE_MAX / 2 - sb.len) / grow) {
            m_malloc_fail(SIZE_MAX);
        }
        total = sb.len + n * grow;
    } else {
        total = sb.len - n * (olen - nlen);
    }
    vstr_t v;
    vstr_init(&v, total);
    byte *o = (byte *)v.buf;
    const byte *p = sb.data, *end = sb.data + sb.len;
    for (size_t k = 0; k < n; k++) {
        const byte *q;
        if (olen == 0) {
            q = p;
        } else {
            q = find_fwd(p, end - p, old, olen);
        }
        memcpy(o, p, q - p);
        o += q - p;
        memcpy(o, new_, nlen);
        o += nlen;
        p = q + olen;
        if (olen == 0 && p < end) {
            // Copy one character, then insert again.
            size_t cl = sb.is_str ? utf8_char_size(p, end - p) : 1;
            if (k + 1 < n) {
                memcpy(o, p, cl);
                o += cl;
                p += cl;
            }
        }
    }
    memcpy(o, p, end - p);
    o += end - p;
    v.len = o - (byte *)v.buf;
    return sb_from_vstr(&sb, &v);
}
MP_STR_FUN_OBJ(mp_strbytes_replace_obj, replace, 3, 4, MP_FUN_KIND_VAR, var, strbytes_replace);

// ---------------------------------------------------------------------------
// Case mapping

enum { CASE_UPPER, CASE_LOWER, CASE_SWAP, CASE_TITLE, CASE_CAPITALIZE, CASE_FOLD };

static void add_mapped(vstr_t *v, uint32_t c, int how) {
    uint32_t buf[3];
    int n = 0;
    switch (how) {
        case CASE_UPPER:
            n = unichar_special_upper(c, buf);
            if (n == 0) {
                buf[0] = unichar_toupper(c);
                n = 1;
            }
            break;
        case CASE_LOWER:
            n = unichar_special_lower(c, buf);
            if (n == 0) {
                buf[0] = unichar_tolower(c);
                n = 1;
            }
            break;
        case CASE_TITLE:
            n = unichar_special_title(c, buf);
            if (n == 0) {
                buf[0] = unichar_totitle(c);
                n = 1;
            }
            break;
        case CASE_FOLD:
            n = unichar_casefold(c, buf);
            break;
    }
    for (int i = 0; i < n; i++) {
        vstr_add_char(v, buf[i]);
    }
}

// Final sigma rule of lower(): a capital sigma preceded by a cased letter
// and not followed by one becomes the final form.
static bool final_sigma(const byte *start, const byte *p, const byte *end) {
    // p points just after the sigma's bytes; look before the sigma.
    const byte *s = p - 2;
    bool before = false;
    const byte *q = s;
    while (q > start) {
        q = utf8_prev_char(start, q);
        const byte *r = q;
        uint32_t c = utf8_get_char(&r);
        if (unichar_iscase_ignorable(c)) {
            continue;
        }
        before = unichar_iscased(c);
        break;
    }
    if (!before) {
        return false;
    }
    while (p < end) {
        uint32_t c = utf8_get_char(&p);
        if (unichar_iscase_ignorable(c)) {
            continue;
        }
        return !unichar_iscased(c);
    }
    return true;
}

static mp_obj_t case_map(mp_obj_t self_in, int how) {
    sb_t sb;
    sb_init(&sb, self_in);
    if (sb.ascii) {
        // Byte-wise (all of bytes/bytearray, ASCII str).
        mp_obj_str_t *res = NULL;
        vstr_t v;
        byte *o;
        if (sb.type == &mp_type_bytearray) {
            vstr_init_len(&v, sb.len);
            o = (byte *)v.buf;
        } else {
            res = mp_obj_str_alloc(sb.type, sb.len);
            o = MP_STR_INLINE_DATA(res);
        }
        bool prev_cased = false;
        size_t n = sb.len;
        const byte *src = sb.data;
        // Tight loops for the common conversions.
        if (how == CASE_UPPER) {
            for (size_t i = 0; i < n; i++) {
                byte c = src[i];
                o[i] = (byte)(c - 'a') < 26 ? c - 32 : c;
            }
            n = 0;
        } else if (how == CASE_LOWER || how == CASE_FOLD) {
            for (size_t i = 0; i < n; i++) {
                byte c = src[i];
                o[i] = (byte)(c - 'A') < 26 ? c + 32 : c;
            }
            n = 0;
        }
        for (size_t i = 0; i < n; i++) {
            byte c = src[i];
            bool up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
            switch (how) {  // (upper, lower and casefold were done above)
                case CASE_SWAP:
                    if (up) {
                        c += 32;
                    } else if (lo) {
                        c -= 32;
                    }
                    break;
                case CASE_TITLE:
                    if (prev_cased ? up : lo) {
                        c ^= 32;
                    }
                    prev_cased = up || lo;
                    break;
                case CASE_CAPITALIZE:
                    if (i == 0 ? lo : up) {
                        c ^= 32;
                    }
                    break;
            }
            o[i] = c;
        }
        if (res == NULL) {
            return sb_from_vstr(&sb, &v);
        }
        if (sb.is_str && sb.len <= 1) {
            return mp_obj_str_finish(res);
        }
        return MP_OBJ_FROM_PTR(res);
    }
    vstr_t v;
    vstr_init(&v, sb.len + 8);
    const byte *p = sb.data, *end = sb.data + sb.len;
    bool prev_cased = false, first = true;
    while (p < end) {
        uint32_t c = utf8_get_char(&p);
        switch (how) {
            case CASE_UPPER:
            case CASE_FOLD:
                add_mapped(&v, c, how);
                break;
            case CASE_LOWER:
                if (c == 0x03A3 && final_sigma(sb.data, p, end)) {
                    vstr_add_char(&v, 0x03C2);
                } else {
                    add_mapped(&v, c, CASE_LOWER);
                }
                break;
            case CASE_SWAP:
                if (c == 0x03A3 && final_sigma(sb.data, p, end)) {
                    vstr_add_char(&v, 0x03C2);
                } else if (unichar_isupper(c)) {
                    add_mapped(&v, c, CASE_LOWER);
                } else if (unichar_islower(c)) {
                    add_mapped(&v, c, CASE_UPPER);
                } else {
                    vstr_add_char(&v, c);
                }
                break;
            case CASE_TITLE:
                if (prev_cased && c == 0x03A3 && final_sigma(sb.data, p, end)) {
                    vstr_add_char(&v, 0x03C2);
                } else {
                    add_mapped(&v, c, prev_cased ? CASE_LOWER : CASE_TITLE);
                }
                prev_cased = unichar_iscased(c);
                break;
            case CASE_CAPITALIZE:
                if (!first && c == 0x03A3 && final_sigma(sb.data, p, end)) {
                    vstr_add_char(&v, 0x03C2);
                } else {
                    add_mapped(&v, c, first ? CASE_TITLE : CASE_LOWER);
                }
                break;
        }
        first = false;
    }
    return mp_obj_new_str_from_vstr(&v);
}

static mp_obj_t strbytes_upper(mp_obj_t s) {
    return case_map(s, CASE_UPPER);
}
static mp_obj_t strbytes_lower(mp_obj_t s) {
    return case_map(s, CASE_LOWER);
}
static mp_obj_t strbytes_swapcase(mp_obj_t s) {
    return case_map(s, CASE_SWAP);
}
static mp_obj_t strbytes_title(mp_obj_t s) {
    return case_map(s, CASE_TITLE);
}
static mp_obj_t strbytes_capitalize(mp_obj_t s) {
    return case_map(s, CASE_CAPITALIZE);
}
static mp_obj_t str_casefold(mp_obj_t s) {
    return case_map(s, CASE_FOLD);
}
MP_STR_FUN_OBJ(mp_strbytes_upper_obj, upper, 1, 1, MP_FUN_KIND_1, _1, strbytes_upper);
MP_STR_FUN_OBJ(mp_strbytes_lower_obj, lower, 1, 1, MP_FUN_KIND_1, _1, strbytes_lower);
MP_STR_FUN_OBJ(mp_strbytes_swapcase_obj, swapcase, 1, 1, MP_FUN_KIND_1, _1, strbytes_swapcase);
MP_STR_FUN_OBJ(mp_strbytes_title_obj, title, 1, 1, MP_FUN_KIND_1, _1, strbytes_title);
MP_STR_FUN_OBJ(mp_strbytes_capitalize_obj, capitalize, 1, 1, MP_FUN_KIND_1, _1, strbytes_capitalize);
static MP_STR_FUN_OBJ(str_casefold_obj, casefold, 1, 1, MP_FUN_KIND_1, _1, str_casefold);

// ---------------------------------------------------------------------------
// Classification

enum { IS_ALPHA, IS_DIGIT, IS_ALNUM, IS_SPACE, IS_UPPER, IS_LOWER, IS_TITLE, IS_ASCII,
       IS_DECIMAL, IS_NUMERIC, IS_PRINTABLE, IS_IDENTIFIER };

static bool char_is(uint32_t c, int what, bool is_str) {
    if (!is_str && c >= 0x80) {
        return false;
    }
    switch (what) {
        case IS_ALPHA:
            return unichar_isalpha(c);
        case IS_DIGIT:
            return unichar_isdigit(c);
        case IS_ALNUM:
            return unichar_isalpha(c) || (is_str ? unichar_isnumeric(c) : unichar_isdigit(c));
        case IS_SPACE:
            return is_str ? unichar_isspace(c) : ascii_space_bytes((byte)c);
        case IS_DECIMAL:
            return unichar_isdecimal(c);
        case IS_NUMERIC:
            return unichar_isnumeric(c);
        case IS_PRINTABLE:
            return unichar_isprintable(c);
        default:
            return false;
    }
}

static mp_obj_t classify(mp_obj_t self_in, int what) {
    sb_t sb;
    sb_init(&sb, self_in);
    const byte *p = sb.data, *end = sb.data + sb.len;
    switch (what) {
        case IS_ASCII:
            return mp_obj_new_bool(utf8_is_ascii(sb.data, sb.len));
        case IS_PRINTABLE:
            break;  // empty is printable
        case IS_UPPER:
        case IS_LOWER: {
            bool any = false;
            while (p < end) {
                uint32_t c = sb.is_str ? utf8_get_char(&p) : *p++;
                if (!sb.is_str && c >= 0x80) {
                    continue;
                }
                if (what == IS_UPPER ? unichar_islower(c) || unichar_istitle(c) : unichar_isupper(c) || unichar_istitle(c)) {
                    return mp_const_false;
                }
                if (what == IS_UPPER ? unichar_isupper(c) : unichar_islower(c)) {
                    any = true;
                }
            }
            return mp_obj_new_bool(any);
        }
        case IS_TITLE: {
            // Upper/title case only after uncased, lower only after cased.
            bool any = false, prev_cased = false;
            while (p < end) {
                uint32_t c = sb.is_str ? utf8_get_char(&p) : *p++;
                if (!sb.is_str && c >= 0x80) {
                    prev_cased = false;
                    continue;
                }
                if (unichar_isupper(c) || unichar_istitle(c)) {
                    if (prev_cased) {
                        return mp_const_false;
                    }
                    prev_cased = true;
                    any = true;
                } else if (unichar_islower(c)) {
                    if (!prev_cased) {
                        return mp_const_false;
                    }
                    prev_cased = true;
                } else {
                    prev_cased = false;
                }
            }
            return mp_obj_new_bool(any);
        }
        case IS_IDENTIFIER: {
            if (p == end) {
                return mp_const_false;
            }
            uint32_t c = utf8_get_char(&p);
            if (!unichar_isxid_start(c)) {
                return mp_const_false;
            }
            while (p < end) {
                c = utf8_get_char(&p);
                if (!unichar_isxid_continue(c)) {
                    return mp_const_false;
                }
            }
            return mp_const_true;
        }
        default:
            if (p == end) {
                return mp_const_false;
            }
    }
    while (p < end) {
        uint32_t c = sb.is_str ? utf8_get_char(&p) : *p++;
        if (!char_is(c, what, sb.is_str)) {
            return mp_const_false;
        }
    }
    return mp_const_true;
}

#define DEF_IS(name, what) \
    static mp_obj_t strbytes_##name(mp_obj_t s) { return classify(s, what); } \
    MP_STR_FUN_OBJ(mp_strbytes_##name##_obj, name, 1, 1, MP_FUN_KIND_1, _1, strbytes_##name);
DEF_IS(isalpha, IS_ALPHA)
DEF_IS(isdigit, IS_DIGIT)
DEF_IS(isalnum, IS_ALNUM)
DEF_IS(isspace, IS_SPACE)
DEF_IS(isupper, IS_UPPER)
DEF_IS(islower, IS_LOWER)
DEF_IS(istitle, IS_TITLE)
DEF_IS(isascii, IS_ASCII)
#undef DEF_IS
#define DEF_IS(name, what) \
    static mp_obj_t str_##name(mp_obj_t s) { return classify(s, what); } \
    static MP_STR_FUN_OBJ(str_##name##_obj, name, 1, 1, MP_FUN_KIND_1, _1, str_##name);
DEF_IS(isdecimal, IS_DECIMAL)
DEF_IS(isnumeric, IS_NUMERIC)
DEF_IS(isprintable, IS_PRINTABLE)
DEF_IS(isidentifier, IS_IDENTIFIER)
#undef DEF_IS

// ---------------------------------------------------------------------------
// Padding

// The fill character argument: a single code point (str) or byte (bytes).
static void get_fill(const sb_t *sb, size_t n_args, const mp_obj_t *args, size_t i, const char *name, byte *fill, size_t *fill_len) {
    fill[0] = ' ';
    *fill_len = 1;
    if (n_args <= i) {
        return;
    }
    size_t l;
    const byte *d = sb_arg_maybe(sb, args[i], &l);
    if (sb->is_str) {
        if (d == NULL) {
            mp_raise_msg_varg(&mp_type_TypeError, "The fill character must be a unicode character, not %s", mp_obj_get_type_str(args[i]));
        }
        if (l == 0 || l > 4 || utf8_char_size(d, l) != l) {
            mp_raise_TypeError("The fill character must be exactly one character long");
        }
    } else if (d == NULL || l != 1 || mp_obj_is_str_like(args[i])) {
        mp_raise_msg_varg(&mp_type_TypeError, "%s() argument 2 must be a byte string of length 1, not %s", name, mp_obj_get_type_str(args[i]));
    }
    memcpy(fill, d, l);
    *fill_len = l;
}

static mp_obj_t pad(size_t n_args, const mp_obj_t *args, int align, const char *name) {
    // align: '<' ljust, '>' rjust, '^' center
    sb_t sb;
    sb_init(&sb, args[0]);
    mp_int_t width = get_int_arg(args[1]);
    byte fill[4];
    size_t fill_len;
    get_fill(&sb, n_args, args, 2, name, fill, &fill_len);
    if (width <= (mp_int_t)sb.charlen) {
        return sb_same(&sb, args[0]);
    }
    size_t padn = width - sb.charlen;
    size_t left;
    if (align == '<') {
        left = 0;
    } else if (align == '>') {
        left = padn;
    } else {
        left = padn / 2 + (padn & width & 1);
    }
    size_t right = padn - left;
    if (padn > (SIZE_MAX / 2 - sb.len) / fill_len) {
        m_malloc_fail(SIZE_MAX);
    }
    vstr_t v;
    vstr_init(&v, sb.len + padn * fill_len);
    byte *o = (byte *)v.buf;
    for (size_t i = 0; i < left; i++) {
        memcpy(o, fill, fill_len);
        o += fill_len;
    }
    memcpy(o, sb.data, sb.len);
    o += sb.len;
    for (size_t i = 0; i < right; i++) {
        memcpy(o, fill, fill_len);
        o += fill_len;
    }
    v.len = o - (byte *)v.buf;
    return sb_from_vstr(&sb, &v);
}
static mp_obj_t strbytes_center(size_t n_args, const mp_obj_t *args) {
    return pad(n_args, args, '^', "center");
}
static mp_obj_t strbytes_ljust(size_t n_args, const mp_obj_t *args) {
    return pad(n_args, args, '<', "ljust");
}
static mp_obj_t strbytes_rjust(size_t n_args, const mp_obj_t *args) {
    return pad(n_args, args, '>', "rjust");
}
MP_STR_FUN_OBJ(mp_strbytes_center_obj, center, 2, 3, MP_FUN_KIND_VAR, var, strbytes_center);
MP_STR_FUN_OBJ(mp_strbytes_ljust_obj, ljust, 2, 3, MP_FUN_KIND_VAR, var, strbytes_ljust);
MP_STR_FUN_OBJ(mp_strbytes_rjust_obj, rjust, 2, 3, MP_FUN_KIND_VAR, var, strbytes_rjust);

static mp_obj_t strbytes_zfill(mp_obj_t self_in, mp_obj_t width_in) {
    sb_t sb;
    sb_init(&sb, self_in);
    mp_int_t width = get_int_arg(width_in);
    if (width <= (mp_int_t)sb.charlen) {
        return sb_same(&sb, self_in);
    }
    size_t padn = width - sb.charlen;
    vstr_t v;
    vstr_init(&v, sb.len + padn);
    byte *o = (byte *)v.buf;
    const byte *p = sb.data;
    size_t rest = sb.len;
    if (rest > 0 && (*p == '+' || *p == '-')) {
        *o++ = *p++;
        rest--;
    }
    memset(o, '0', padn);
    o += padn;
    memcpy(o, p, rest);
    v.len = sb.len + padn;
    return sb_from_vstr(&sb, &v);
}
MP_STR_FUN_OBJ(mp_strbytes_zfill_obj, zfill, 2, 2, MP_FUN_KIND_2, _2, strbytes_zfill);

static const mp_arg_t expandtabs_args[] = {
    {MP_QSTR_tabsize, MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
};

static mp_obj_t strbytes_expandtabs(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    sb_t sb;
    sb_init(&sb, args[0]);
    mp_arg_val_t vals[1];
    mp_arg_parse_all_named(MP_QSTR_expandtabs, n_args - 1, args + 1, kw, 1, expandtabs_args, vals);
    mp_int_t tab = vals[0].u_obj == MP_OBJ_NULL ? 8 : get_int_arg(vals[0].u_obj);
    if (tab > INT32_MAX || tab < INT32_MIN) {
        mp_raise_msg(&mp_type_OverflowError, "Python int too large to convert to C int");
    }
    vstr_t v;
    vstr_init(&v, sb.len + 8);
    size_t col = 0;
    const byte *p = sb.data, *end = sb.data + sb.len;
    while (p < end) {
        byte c = *p;
        if (c == '\t') {
            if (tab > 0) {
                size_t n = tab - (col % tab);
                if (n > SIZE_MAX / 4 - v.len) {
                    m_malloc_fail(n);
                }
                memset(vstr_add_len(&v, n), ' ', n);
                col += n;
            }
            p++;
        } else if (c == '\n' || c == '\r') {
            vstr_add_byte(&v, c);
            col = 0;
            p++;
        } else {
            size_t n = (sb.is_str && c >= 0x80) ? utf8_char_size(p, end - p) : 1;
            vstr_add_strn(&v, (const char *)p, n);
            p += n;
            col++;
        }
    }
    return sb_from_vstr(&sb, &v);
}
MP_STR_FUN_OBJ(mp_strbytes_expandtabs_obj, expandtabs, 1, MP_FUN_ARGS_MAX, MP_FUN_KIND_KW, kw, strbytes_expandtabs);

// ---------------------------------------------------------------------------
// translate / maketrans

static mp_obj_t strbytes_translate(size_t n_args, const mp_obj_t *args) {
    sb_t sb;
    sb_init(&sb, args[0]);
    if (!sb.is_str) {
        // bytes.translate(table, delete=b'')
        const byte *table = NULL;
        size_t tlen = 0;
        if (args[1] != mp_const_none) {
            if (!mp_obj_get_bytes_like(args[1], &table, &tlen)) {
                mp_raise_msg_varg(&mp_type_TypeError, "a bytes-like object is required, not '%s'", mp_obj_get_type_str(args[1]));
            }
            if (tlen != 256) {
                mp_raise_ValueError("translation table must be 256 characters long");
            }
        }
        charset_t del;
        memset(&del, 0, sizeof(del));
        if (n_args > 2) {
            size_t dl;
            const byte *d = sb_arg(&sb, args[2], &dl);
            charset_init(&del, &sb, d, dl);
        }
        vstr_t v;
        vstr_init(&v, sb.len);
        for (size_t i = 0; i < sb.len; i++) {
            byte c = sb.data[i];
            if ((del.bits[c >> 6] >> (c & 63)) & 1) {
                continue;
            }
            v.buf[v.len++] = table ? table[c] : c;
        }
        return sb_from_vstr(&sb, &v);
    }
    if (n_args > 2) {
        mp_raise_TypeError("translate() takes exactly one argument (2 given)");
    }
    mp_obj_t table = args[1];
    bool is_dict = mp_obj_is_type(table, &mp_type_dict);
    vstr_t v;
    vstr_init(&v, sb.len);
    const byte *p = sb.data, *end = sb.data + sb.len;
    while (p < end) {
        const byte *cp = p;
        uint32_t c = utf8_get_char(&p);
        mp_obj_t key = MP_OBJ_NEW_SMALL_INT(c);
        mp_obj_t val = MP_OBJ_NULL;
        if (is_dict) {
            mp_map_elem_t *e = mp_map_lookup(mp_obj_dict_get_map(table), key, MP_MAP_LOOKUP);
            if (e != NULL) {
                val = e->value;
            }
        } else {
            nlr_buf_t nlr;
            if (nlr_push(&nlr) == 0) {
                val = mp_obj_subscr(table, key, MP_OBJ_SENTINEL);
                nlr_pop();
            } else {
                mp_obj_t exc = MP_OBJ_FROM_PTR(nlr.ret_val);
                if (!mp_obj_is_instance_of(exc, &mp_type_LookupError)) {
                    nlr_jump(nlr.ret_val);
                }
                val = MP_OBJ_NULL;
            }
        }
        if (val == MP_OBJ_NULL) {
            vstr_add_strn(&v, (const char *)cp, p - cp);
        } else if (val == mp_const_none) {
            // deleted
        } else if (mp_obj_is_small_int(val) || mp_obj_is_type(val, &mp_type_int)) {
            mp_int_t x = mp_obj_get_int(val);
            if (x < 0 || x > 0x10FFFF) {
                mp_raise_ValueError("character mapping must be in range(0x110000)");
            }
            vstr_add_char(&v, (uint32_t)x);
        } else {
            size_t l;
            const byte *d = mp_obj_str_get_data_maybe(val, &l, false);
            if (d == NULL) {
                mp_raise_TypeError("character mapping must return integer, None or str");
            }
            vstr_add_strn(&v, (const char *)d, l);
        }
    }
    return mp_obj_new_str_from_vstr(&v);
}
MP_STR_FUN_OBJ(mp_strbytes_translate_obj, translate, 2, 3, MP_FUN_KIND_VAR, var, strbytes_translate);

// str.maketrans(x[, y[, z]]): a staticmethod.
static mp_obj_t str_maketrans(size_t n_args, const mp_obj_t *args) {
    mp_obj_t d = mp_obj_new_dict(0);
    if (n_args == 1) {
        if (!mp_obj_is_type(args[0], &mp_type_dict)) {
            mp_raise_TypeError("if you give only one argument to maketrans it must be a dict");
        }
        mp_map_t *m = mp_obj_dict_get_map(args[0]);
        size_t cur = 0;
        mp_map_elem_t *e;
        while ((e = mp_map_next(m, &cur)) != NULL) {
            mp_obj_t k = e->key;
            if (mp_obj_is_str_like(k)) {
                if (mp_obj_str_charlen(k) != 1) {
                    mp_raise_ValueError("string keys in translate table must be of length 1");
                }
                k = mp_obj_str_ord(k);
            } else if (!mp_obj_is_int(k)) {
                mp_raise_TypeError("keys in translate table must be strings or integers");
            }
            mp_obj_dict_store(d, k, e->value);
        }
        return d;
    }
    size_t xl, yl;
    const byte *x = mp_obj_str_get_data_maybe(args[0], &xl, false);
    const byte *y = mp_obj_str_get_data_maybe(args[1], &yl, false);
    if (x == NULL) {
        mp_raise_TypeError("first maketrans argument must be a string if there is a second argument");
    }
    if (y == NULL) {
        mp_raise_msg_varg(&mp_type_TypeError, "maketrans() argument 2 must be str, not %s", arg_type_name(args[1]));
    }
    if (utf8_charlen(x, xl) != utf8_charlen(y, yl)) {
        mp_raise_ValueError("the first two maketrans arguments must have equal length");
    }
    const byte *xe = x + xl;
    while (x < xe) {
        uint32_t a = utf8_get_char(&x);
        uint32_t b = utf8_get_char(&y);
        mp_obj_dict_store(d, MP_OBJ_NEW_SMALL_INT(a), MP_OBJ_NEW_SMALL_INT(b));
    }
    if (n_args > 2) {
        size_t zl;
        const byte *z = mp_obj_str_get_data_maybe(args[2], &zl, false);
        if (z == NULL) {
            mp_raise_msg_varg(&mp_type_TypeError, "maketrans() argument 3 must be str, not %s", arg_type_name(args[2]));
        }
        const byte *ze = z + zl;
        while (z < ze) {
            mp_obj_dict_store(d, MP_OBJ_NEW_SMALL_INT(utf8_get_char(&z)), mp_const_none);
        }
    }
    return d;
}
static MP_STR_FUN_OBJ(str_maketrans_fun_obj, maketrans, 1, 3, MP_FUN_KIND_VAR, var, str_maketrans);
static const mp_obj_static_class_method_t str_maketrans_obj = {{&mp_type_staticmethod}, MP_ROM_PTR(&str_maketrans_fun_obj)};

// ---------------------------------------------------------------------------
// encode / format / __format__ glue

static const mp_arg_t encode_args[] = {
    {MP_QSTR_encoding, MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
    {MP_QSTR_errors, MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
};

static mp_obj_t str_encode(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    mp_arg_val_t vals[2];
    mp_arg_parse_all_named(MP_QSTR_encode, n_args - 1, args + 1, kw, 2, encode_args, vals);
    mp_codec_check_args("encode", vals[0].u_obj, vals[1].u_obj);
    return mp_obj_str_encode(args[0], vals[0].u_obj, vals[1].u_obj);
}
static MP_STR_FUN_OBJ(str_encode_obj, encode, 1, MP_FUN_ARGS_MAX, MP_FUN_KIND_KW, kw, str_encode);

static mp_obj_t str___format__(mp_obj_t self_in, mp_obj_t spec) {
    size_t l;
    const byte *d = mp_obj_str_get_data_maybe(spec, &l, false);
    if (d == NULL) {
        mp_raise_msg_varg(&mp_type_TypeError, "__format__() argument must be str, not %s", mp_obj_get_type_str(spec));
    }
    vstr_t v;
    vstr_init(&v, 16);
    mp_obj_format_to_vstr(&v, self_in, d, l);
    return mp_obj_new_str_from_vstr(&v);
}
static MP_STR_FUN_OBJ(str___format___obj, __format__, 2, 2, MP_FUN_KIND_2, _2, str___format__);

// ---------------------------------------------------------------------------
// repr

static const char hexdig[] = "0123456789abcdef";

size_t mp_str_escape_char(char *buf, uint32_t c) {
    int digits = c < 0x100 ? 2 : c < 0x10000 ? 4 : 8;
    buf[0] = '\\';
    buf[1] = digits == 2 ? 'x' : digits == 4 ? 'u' : 'U';
    for (int k = 0; k < digits; k++) {
        buf[2 + k] = hexdig[(c >> (4 * (digits - 1 - k))) & 15];
    }
    return 2 + digits;
}

void mp_str_add_escape(vstr_t *v, uint32_t c) {
    char buf[10];
    vstr_add_strn(v, buf, mp_str_escape_char(buf, c));
}

void mp_str_print_quoted(const mp_print_t *print, const byte *data, size_t len, int flags) {
    bool is_bytes = flags & MP_QUOTE_BYTES;
    // Prefer single quotes unless the text has ' and no ".
    bool has_sq = memchr(data, '\'', len) != NULL;
    bool has_dq = has_sq && memchr(data, '"', len) != NULL;
    byte quote = (has_sq && !has_dq) ? '"' : '\'';
    // bytearray's repr escapes ' even inside double quotes (CPython quirk).
    byte quote2 = (flags & MP_QUOTE_ESCAPE_SQ) ? '\'' : quote;
    char buf[256];
    size_t n = 0;
    if (is_bytes) {
        buf[n++] = 'b';
    }
    buf[n++] = quote;
    const byte *p = data, *end = data + len;
    while (p < end) {
        if (n > sizeof(buf) - 16) {
            print->print_strn(print->data, buf, n);
            n = 0;
        }
        byte c = *p;
        if (c >= 0x20 && c < 0x7F) {
            if (c == quote || c == quote2 || c == '\\') {
                buf[n++] = '\\';
            }
            buf[n++] = c;
            p++;
            continue;
        }
        if (c < 0x80 || is_bytes) {
            p++;
            if (c == '\n' || c == '\r' || c == '\t') {
                buf[n++] = '\\';
                buf[n++] = c == '\n' ? 'n' : c == '\r' ? 'r' : 't';
            } else {
                n += mp_str_escape_char(buf + n, c);
            }
            continue;
        }
        const byte *start = p;
        uint32_t u = utf8_get_char(&p);
        if (unichar_isprintable(u) && p - start > 1) {
            memcpy(buf + n, start, p - start);
            n += p - start;
        } else {
            n += mp_str_escape_char(buf + n, u);
        }
    }
    buf[n++] = quote;
    print->print_strn(print->data, buf, n);
}

mp_obj_t mp_obj_str_escape_non_ascii(mp_obj_t str) {
    size_t len;
    const byte *d = (const byte *)mp_obj_str_get_data(str, &len);
    if (utf8_is_ascii(d, len)) {
        return str;
    }
    vstr_t v;
    vstr_init(&v, len + 16);
    const byte *p = d, *end = d + len;
    while (p < end) {
        if (*p < 0x80) {
            vstr_add_byte(&v, *p++);
            continue;
        }
        mp_str_add_escape(&v, utf8_get_char(&p));
    }
    return mp_obj_new_str_from_vstr(&v);
}

static void str_print(const mp_print_t *print, mp_obj_t o, mp_print_kind_t kind) {
    size_t len;
    const byte *d = mp_obj_str_get_data_maybe(o, &len, false);
    if (d == NULL) {
        d = (const byte *)mp_obj_str_get_data(o, &len);
    }
    if (kind == PRINT_STR) {
        print->print_strn(print->data, (const char *)d, len);
    } else {
        mp_str_print_quoted(print, d, len, false);
    }
}

// ---------------------------------------------------------------------------
// ord / chr

mp_obj_t mp_obj_str_ord(mp_obj_t o) {
    size_t len;
    const byte *d = mp_obj_str_get_data_maybe(o, &len, false);
    if (d != NULL) {
        if (len > 0 && len <= 4 && utf8_char_size(d, len) == len) {
            const byte *p = d;
            return MP_OBJ_NEW_SMALL_INT(utf8_get_char(&p));
        }
        mp_raise_msg_varg(&mp_type_TypeError, "ord() expected a character, but string of length %u found", (unsigned)utf8_charlen(d, len));
    }
    if (mp_obj_get_bytes_like(o, &d, &len) && !mp_obj_is_type(o, &mp_type_memoryview)) {
        if (len == 1) {
            return MP_OBJ_NEW_SMALL_INT(d[0]);
        }
        mp_raise_msg_varg(&mp_type_TypeError, "ord() expected a character, but string of length %u found", (unsigned)len);
    }
    mp_raise_msg_varg(&mp_type_TypeError, "ord() expected string of length 1, but %s found", mp_obj_get_type_str(o));
}

static mp_obj_t str_from_char(uint32_t c) {
    if (c < 256) {
        return char_obj(c);
    }
    mp_obj_str_t *s = mp_obj_str_alloc(&mp_type_str, 4);
    s->len = utf8_encode(c, MP_STR_INLINE_DATA(s));
    MP_STR_INLINE_DATA(s)[s->len] = 0;
    s->charlen = 1;
    return MP_OBJ_FROM_PTR(s);
}

mp_obj_t mp_obj_str_chr(mp_int_t c) {
    if (c < 0 || c > 0x10FFFF) {
        mp_raise_ValueError("chr() arg not in range(0x110000)");
    }
    return str_from_char((uint32_t)c);
}

// ---------------------------------------------------------------------------
// Operators

// Growable buffer behind strings built by concatenation (see top of file).
typedef struct _str_growbuf_t {
    size_t alloc;  // capacity of data (excluding the NUL slot)
    size_t used;   // bytes claimed by the longest string in the buffer
    byte data[];
} str_growbuf_t;

#define GROW_MIN (96)

static str_growbuf_t *growbuf_of(mp_obj_str_t *s) {
    return (str_growbuf_t *)(mp_obj_str_data(s) - offsetof(str_growbuf_t, data));
}

// Header object for a string living in a growbuf (non-atomic: it must keep
// the buffer alive).
static mp_obj_t new_grow_str(const mp_obj_type_t *type, str_growbuf_t *gb, size_t len, size_t charlen) {
    mp_obj_str_t *s = m_malloc(sizeof(mp_obj_str_t) + sizeof(byte *));
    s->base.type = type;
    s->hash = MP_STR_FLAG_EXT | MP_STR_FLAG_GROW;
    s->len = len;
    s->charlen = charlen;
    *(const byte **)(s + 1) = gb->data;
    return MP_OBJ_FROM_PTR(s);
}

static mp_obj_t concat(const mp_obj_type_t *type, mp_obj_t lhs, const byte *d2, size_t l2, size_t c2) {
    mp_obj_str_t *ls = mp_obj_is_obj(lhs) ? MP_OBJ_TO_PTR(lhs) : NULL;
    size_t l1, c1;
    const byte *d1;
    if (ls != NULL) {
        l1 = ls->len;
        c1 = ls->charlen;
        d1 = mp_obj_str_data(ls);
    } else {
        d1 = qstr_data(mp_obj_qstr_value(lhs), &l1);
        c1 = utf8_charlen(d1, l1);
    }
    if (l2 > MP_STR_LEN_MAX - l1) {
        m_malloc_fail(SIZE_MAX);
    }
    size_t total = l1 + l2;
    // Append in place if lhs is the tip of a growable buffer with room.
    if (ls != NULL && (ls->hash & MP_STR_FLAG_GROW)) {
        str_growbuf_t *gb = growbuf_of(ls);
        if (gb->used == l1) {
            if (gb->alloc < total) {
                size_t na = total + total / 2 + 32;
                if (gc_realloc(gb, sizeof(str_growbuf_t) + na + 1, false) != NULL) {
                    gb->alloc = na;
                }
            }
            if (gb->alloc >= total) {
                memcpy(gb->data + l1, d2, l2);
                gb->data[total] = 0;
                gb->used = total;
                return new_grow_str(type, gb, total, c1 + c2);
            }
        }
    }
    if (total >= GROW_MIN) {
        size_t na = total + total / 2 + 32;
        str_growbuf_t *gb = m_malloc_atomic(sizeof(str_growbuf_t) + na + 1);
        gb->alloc = na;
        gb->used = total;
        memcpy(gb->data, d1, l1);
        memcpy(gb->data + l1, d2, l2);
        gb->data[total] = 0;
        return new_grow_str(type, gb, total, c1 + c2);
    }
    mp_obj_str_t *s = mp_obj_str_alloc(type, total);
    memcpy(MP_STR_INLINE_DATA(s), d1, l1);
    memcpy(MP_STR_INLINE_DATA(s) + l1, d2, l2);
    s->charlen = c1 + c2;
    return MP_OBJ_FROM_PTR(s);
}

static mp_obj_t repeat(const mp_obj_type_t *type, const byte *d, size_t len, size_t charlen, mp_int_t n) {
    if (n <= 0 || len == 0) {
        return type == &mp_type_str ? MP_OBJ_NEW_QSTR(MP_QSTR_) : mp_obj_new_bytes(NULL, 0);
    }
    if ((mp_uint_t)n > MP_STR_LEN_MAX / len) {
        if ((mp_uint_t)n > (mp_uint_t)INT64_MAX / len) {
            // Beyond what any length could be (CPython's ssize_t check).
            mp_raise_msg(&mp_type_OverflowError, type == &mp_type_str ? "repeated string is too long" : "repeated bytes are too long");
        }
        m_malloc_fail(SIZE_MAX);
    }
    size_t total = len * n;
    mp_obj_str_t *s = mp_obj_str_alloc(type, total);
    byte *o = MP_STR_INLINE_DATA(s);
    memcpy(o, d, len);
    size_t done = len;
    while (done < total) {
        size_t k = done <= total - done ? done : total - done;
        memcpy(o + done, o, k);
        done += k;
    }
    s->charlen = charlen * n;
    if (type == &mp_type_str && total == 1) {
        return mp_obj_str_finish(s);
    }
    return MP_OBJ_FROM_PTR(s);
}

static int compare_data(const byte *a, size_t la, const byte *b, size_t lb) {
    int c = memcmp(a, b, la < lb ? la : lb);
    if (c != 0) {
        return c;
    }
    return la < lb ? -1 : la > lb ? 1 : 0;
}

// Binary operators of str (lhs is a str value) and bytes (lhs is bytes).
mp_obj_t mp_obj_str_binary_op(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs) {
    const mp_obj_type_t *type = mp_obj_is_qstr(lhs) ? &mp_type_str : ((mp_obj_base_t *)MP_OBJ_TO_PTR(lhs))->type;
    bool is_str = type == &mp_type_str;
    if (type != &mp_type_str && type != &mp_type_bytes) {
        const mp_obj_type_t *nb = native_base(type);
        if (nb != &mp_type_str && nb != &mp_type_bytes) {
            return MP_OBJ_NULL;
        }
        lhs = mp_obj_get_native(lhs, nb);
        type = nb;
        is_str = type == &mp_type_str;
    }
    size_t l1, l2;
    const byte *d1 = mp_str_data_len(lhs, &l1);
    const byte *d2;
    switch (op) {
        case MP_BINARY_OP_ADD:
        case MP_BINARY_OP_INPLACE_ADD: {
            size_t c2;
            if (is_str) {
                if (mp_obj_is_obj(rhs) && ((mp_obj_base_t *)MP_OBJ_TO_PTR(rhs))->type == &mp_type_str) {
                    mp_obj_str_t *r = MP_OBJ_TO_PTR(rhs);
                    d2 = mp_obj_str_data(r);
                    l2 = r->len;
                    c2 = r->charlen;
                } else {
                    d2 = mp_obj_str_get_data_maybe(rhs, &l2, false);
                    if (d2 == NULL) {
                        if (mp_obj_is_obj(rhs) && (mp_obj_get_type(rhs)->flags & MP_TYPE_FLAG_USER)) {
                            return MP_OBJ_NULL;  // let __radd__ have a go
                        }
                        mp_raise_msg_varg(&mp_type_TypeError, "can only concatenate str (not \"%s\") to str", mp_obj_get_type_str(rhs));
                    }
                    c2 = utf8_charlen(d2, l2);
                }
            } else {
                if (!mp_obj_get_bytes_like(rhs, &d2, &l2)) {
                    if (mp_obj_is_obj(rhs) && (mp_obj_get_type(rhs)->flags & MP_TYPE_FLAG_USER)) {
                        return MP_OBJ_NULL;
                    }
                    mp_raise_msg_varg(&mp_type_TypeError, "can't concat %s to bytes", mp_obj_get_type_str(rhs));
                }
                c2 = l2;
            }
            if (l2 == 0) {
                return lhs;
            }
            if (l1 == 0 && mp_obj_get_type(rhs) == type) {
                return rhs;
            }
            return concat(type, lhs, d2, l2, c2);
        }
        case MP_BINARY_OP_MULTIPLY:
        case MP_BINARY_OP_INPLACE_MULTIPLY:
        case MP_BINARY_OP_REVERSE_MULTIPLY: {
            mp_int_t n;
            if (!mp_seq_get_repeat_count(rhs, &n)) {
                // The runtime raises "can't multiply sequence by non-int"
                // naming the right operand whichever side the sequence is.
                return MP_OBJ_NULL;
            }
            if (n == 1) {
                return lhs;
            }
            size_t charlen = mp_obj_is_qstr(lhs) ? utf8_charlen(d1, l1) : ((mp_obj_str_t *)MP_OBJ_TO_PTR(lhs))->charlen;
            return repeat(type, d1, l1, charlen, n);
        }
        case MP_BINARY_OP_MODULO:
        case MP_BINARY_OP_INPLACE_MODULO:
            return mp_str_modulo_format(d1, l1, rhs, !is_str);
        case MP_BINARY_OP_IN:
        case MP_BINARY_OP_NOT_IN: {
            bool found;
            if (is_str) {
                d2 = mp_obj_str_get_data_maybe(rhs, &l2, false);
                if (d2 == NULL) {
                    mp_raise_msg_varg(&mp_type_TypeError, "'in <string>' requires string as left operand, not %s", mp_obj_get_type_str(rhs));
                }
                found = find_fwd(d1, l1, d2, l2) != NULL;
            } else if (mp_obj_is_int(rhs) || mp_obj_is_bool(rhs)) {
                mp_int_t v;
                if (!mp_obj_get_int_maybe(rhs, &v) || v < 0 || v > 255) {
                    mp_raise_ValueError("byte must be in range(0, 256)");
                }
                found = memchr(d1, (int)v, l1) != NULL;
            } else if (mp_obj_get_bytes_like(rhs, &d2, &l2)) {
                found = find_fwd(d1, l1, d2, l2) != NULL;
            } else {
                mp_raise_msg_varg(&mp_type_TypeError, "a bytes-like object is required, not '%s'", mp_obj_get_type_str(rhs));
            }
            return mp_obj_new_bool(found == (op == MP_BINARY_OP_IN));
        }
        case MP_BINARY_OP_EQUAL:
        case MP_BINARY_OP_NOT_EQUAL:
        case MP_BINARY_OP_LESS:
        case MP_BINARY_OP_LESS_EQUAL:
        case MP_BINARY_OP_MORE:
        case MP_BINARY_OP_MORE_EQUAL: {
            if (is_str) {
                if (mp_obj_is_native_str(rhs)) {
                    if (op == MP_BINARY_OP_EQUAL || op == MP_BINARY_OP_NOT_EQUAL) {
                        return mp_obj_new_bool(mp_obj_str_equal(lhs, rhs) == (op == MP_BINARY_OP_EQUAL));
                    }
                    d2 = mp_str_data_len(rhs, &l2);
                } else {
                    d2 = mp_obj_str_get_data_maybe(rhs, &l2, false);
                }
            } else {
                // bytes compares with bytes, bytearray (and memoryview for ==).
                if (mp_obj_is_native_bytes(rhs) || mp_obj_is_type(rhs, &mp_type_bytearray)
                    || (mp_obj_is_obj(rhs) && (mp_obj_get_type(rhs)->flags & MP_TYPE_FLAG_USER))
                    || ((op == MP_BINARY_OP_EQUAL || op == MP_BINARY_OP_NOT_EQUAL) && mp_obj_is_type(rhs, &mp_type_memoryview))) {
                    if (!mp_obj_get_bytes_like(rhs, &d2, &l2)) {
                        d2 = NULL;
                    }
                } else {
                    d2 = NULL;
                }
            }
            if (d2 == NULL) {
                if (op == MP_BINARY_OP_EQUAL) {
                    return mp_const_false;
                }
                if (op == MP_BINARY_OP_NOT_EQUAL) {
                    return mp_const_true;
                }
                return MP_OBJ_NULL;
            }
            // The six comparison operators are the first operator numbers:
            // one bit per operator says which hold for this ordering.
            _Static_assert(MP_BINARY_OP_LESS == 0 && MP_BINARY_OP_MORE == 1 && MP_BINARY_OP_EQUAL == 2
                && MP_BINARY_OP_LESS_EQUAL == 3 && MP_BINARY_OP_MORE_EQUAL == 4 && MP_BINARY_OP_NOT_EQUAL == 5,
                "comparison operator numbers");
            int c = compare_data(d1, l1, d2, l2);
            unsigned holds = c < 0 ? 0x29 : c > 0 ? 0x32 : 0x1C;  // <,<=,!=  >,>=,!=  ==,<=,>=
            return mp_obj_new_bool((holds >> op) & 1);
        }
        default:
            return MP_OBJ_NULL;
    }
}

// Unary operators of str and of bytes (same object layout).
mp_obj_t mp_obj_str_unary_op(mp_unary_op_t op, mp_obj_t o) {
    if (!mp_obj_is_qstr(o)) {
        if (!mp_obj_is_obj(o)) {
            return MP_OBJ_NULL;
        }
        const mp_obj_type_t *t = ((mp_obj_base_t *)MP_OBJ_TO_PTR(o))->type;
        if (t != &mp_type_str && t != &mp_type_bytes) {
            t = native_base(t);
            if (t != &mp_type_str && t != &mp_type_bytes) {
                return MP_OBJ_NULL;
            }
            o = mp_obj_get_native(o, t);
        }
    }
    switch (op) {
        case MP_UNARY_OP_BOOL: {
            size_t len;
            mp_str_data_len(o, &len);
            return mp_obj_new_bool(len != 0);
        }
        case MP_UNARY_OP_LEN: {
            if (mp_obj_is_qstr(o)) {
                size_t len;
                const byte *d = qstr_data(mp_obj_qstr_value(o), &len);
                return MP_OBJ_NEW_SMALL_INT(utf8_charlen(d, len));
            }
            mp_obj_str_t *so = MP_OBJ_TO_PTR(o);
            return MP_OBJ_NEW_SMALL_INT(so->base.type == &mp_type_str ? so->charlen : so->len);
        }
        case MP_UNARY_OP_HASH:
            return MP_OBJ_NEW_SMALL_INT(mp_obj_str_hash(o));
        case MP_UNARY_OP_SIZEOF: {
            size_t len;
            mp_str_data_len(o, &len);
            return MP_OBJ_NEW_SMALL_INT(sizeof(mp_obj_str_t) + len + 1);
        }
        default:
            return MP_OBJ_NULL;
    }
}

// ---------------------------------------------------------------------------
// Subscript

// Normalised index for a sequence of n items; raises IndexError(msg).
static size_t seq_index(mp_obj_t index, size_t n, const char *type_desc, const char *msg) {
    mp_int_t i;
    if (mp_obj_is_small_int(index)) {
        i = mp_small_int_value(index);
    } else if (mp_obj_is_type(index, &mp_type_int) && !mp_obj_get_int_maybe(index, &i)) {
        mp_raise_msg(&mp_type_IndexError, "cannot fit 'int' into an index-sized integer");
    } else if (!mp_seq_get_repeat_count(index, &i)) {
        if (type_desc[0] == 's') {
            mp_raise_msg_varg(&mp_type_TypeError, "string indices must be integers, not '%s'", mp_obj_get_type_str(index));
        }
        mp_raise_msg_varg(&mp_type_TypeError, "%s indices must be integers or slices, not %s", type_desc, mp_obj_get_type_str(index));
    }
    if (i < 0) {
        i += n;
    }
    if (i < 0 || (size_t)i >= n) {
        mp_raise_msg(&mp_type_IndexError, msg);
    }
    return (size_t)i;
}

static mp_obj_t str_subscr(mp_obj_t self_in, mp_obj_t index, mp_obj_t value) {
    if (value != MP_OBJ_SENTINEL) {
        return MP_OBJ_NULL;
    }
    sb_t sb;
    sb_init(&sb, self_in);
    if (mp_obj_is_type(index, &mp_type_slice)) {
        mp_bound_slice_t b;
        mp_int_t n = mp_obj_slice_indices(index, sb.charlen, &b);
        if (n <= 0) {
            return MP_OBJ_NEW_QSTR(MP_QSTR_);
        }
        if (b.step == 1) {
            if ((size_t)n == sb.charlen && self_in == sb.obj) {
                return self_in;
            }
            size_t bs, be;
            sb_window(&sb, b.start, b.start + n, &bs, &be);
            return mp_obj_new_str_with_charlen(sb.data + bs, be - bs, n);
        }
        if (sb.ascii) {
            mp_obj_str_t *s = mp_obj_str_alloc(&mp_type_str, n);
            byte *o = MP_STR_INLINE_DATA(s);
            mp_int_t i = b.start;
            for (mp_int_t k = 0; k < n; k++, i += b.step) {
                o[k] = sb.data[i];
            }
            return mp_obj_str_finish(s);
        }
        // Non-ASCII with a step: offsets of every character first.
        size_t *offs = m_malloc_atomic((sb.charlen + 1) * sizeof(size_t));
        size_t pos = 0;
        for (size_t k = 0; k < sb.charlen; k++) {
            offs[k] = pos;
            pos += utf8_char_size(sb.data + pos, sb.len - pos);
        }
        offs[sb.charlen] = sb.len;
        vstr_t v;
        vstr_init(&v, n * 2);
        mp_int_t i = b.start;
        for (mp_int_t k = 0; k < n; k++, i += b.step) {
            vstr_add_strn(&v, (const char *)sb.data + offs[i], offs[i + 1] - offs[i]);
        }
        m_free(offs);
        return mp_obj_new_str_from_vstr(&v);
    }
    size_t i = seq_index(index, sb.charlen, "string", "string index out of range");
    if (sb.ascii) {
        return char_obj(sb.data[i]);
    }
    size_t bi = sb_char_to_byte(&sb, i);
    const byte *p = sb.data + bi;
    return str_from_char(utf8_get_char(&p));
}

// bytes[index] -> int, bytes[slice] -> bytes (also used for bytearray loads).
mp_obj_t mp_obj_bytes_subscr(mp_obj_t self_in, mp_obj_t index, mp_obj_t value) {
    if (value != MP_OBJ_SENTINEL) {
        return MP_OBJ_NULL;
    }
    sb_t sb;
    sb_init(&sb, self_in);
    if (mp_obj_is_type(index, &mp_type_slice)) {
        mp_bound_slice_t b;
        mp_int_t n = mp_obj_slice_indices(index, sb.len, &b);
        if (n < 0) {
            n = 0;
        }
        if (b.step == 1) {
            if ((size_t)n == sb.len && self_in == sb.obj && sb.type == &mp_type_bytes) {
                return self_in;
            }
            return sb_new(&sb, sb.data + b.start, n, true);
        }
        vstr_t v;
        vstr_init_len(&v, n);
        mp_int_t i = b.start;
        for (mp_int_t k = 0; k < n; k++, i += b.step) {
            v.buf[k] = sb.data[i];
        }
        return sb_from_vstr(&sb, &v);
    }
    size_t i = seq_index(index, sb.len, sb.type == &mp_type_bytearray ? "bytearray" : "byte",
        sb.type == &mp_type_bytearray ? "bytearray index out of range" : "index out of range");
    return MP_OBJ_NEW_SMALL_INT(sb.data[i]);
}

// ---------------------------------------------------------------------------
// Iteration (str yields 1-char strs, bytes yields ints)

typedef struct _mp_obj_str_it_t {
    mp_obj_base_t base;
    mp_obj_t str;
    const byte *data;
    size_t len;
    size_t pos;  // byte offset
    bool is_bytes;
} mp_obj_str_it_t;

static mp_obj_t str_it_iternext(mp_obj_t self_in) {
    mp_obj_str_it_t *it = MP_OBJ_TO_PTR(self_in);
    if (it->pos >= it->len) {
        return MP_OBJ_STOP_ITERATION;
    }
    byte c = it->data[it->pos];
    if (it->is_bytes) {
        it->pos++;
        return MP_OBJ_NEW_SMALL_INT(c);
    }
    if (c < 0x80) {
        it->pos++;
        return char_obj(c);
    }
    const byte *p = it->data + it->pos;
    uint32_t u = utf8_get_char(&p);
    it->pos = p - it->data;
    return str_from_char(u);
}

static const mp_obj_type_t mp_type_str_iterator = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_ITER_IS_SELF,
    .name = MP_QSTR_str_iterator,
    .getiter = mp_identity_getiter,
    .iternext = str_it_iternext,
};

static const mp_obj_type_t mp_type_bytes_iterator = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_ITER_IS_SELF,
    .name = MP_QSTR_bytes_iterator,
    .getiter = mp_identity_getiter,
    .iternext = str_it_iternext,
};

static mp_obj_t str_getiter(mp_obj_t self_in) {
    sb_t sb;
    sb_init(&sb, self_in);
    mp_obj_str_it_t *it = m_new_obj(mp_obj_str_it_t);
    it->base.type = sb.is_str ? &mp_type_str_iterator : &mp_type_bytes_iterator;
    it->str = sb.obj;
    it->data = sb.data;
    it->len = sb.len;
    it->pos = 0;
    it->is_bytes = !sb.is_str;
    return MP_OBJ_FROM_PTR(it);
}

// Used by objbytes.c for bytes (immutable: safe to iterate over the data).
mp_obj_t mp_obj_bytes_getiter(mp_obj_t self_in) {
    return str_getiter(self_in);
}

// ---------------------------------------------------------------------------
// Constructor

static const mp_arg_t str_make_new_args[] = {
    {MP_QSTR_object, MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
    {MP_QSTR_encoding, MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
    {MP_QSTR_errors, MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
};

// str(o): like mp_obj_str, but a user __str__ returning an instance of a
// str subclass gives that instance itself, as in CPython.
static mp_obj_t str_of_obj(mp_obj_t o) {
    // Only for plain Python classes: builtin-derived ones keep the runtime's
    // printing rules (e.g. a float subclass's __repr__ used by str()).
    if (mp_obj_is_obj(o) && (mp_obj_get_type(o)->flags & MP_TYPE_FLAG_USER)
        && mp_obj_get_native(o, NULL) == o && !mp_obj_is_instance_of(o, &mp_type_type)) {
        // Special methods come from the class, never the instance dict.
        const mp_obj_type_t *t = mp_obj_get_type(o);
        mp_obj_t m = mp_type_lookup_special(t, MP_QSTR___str__);
        if (m != MP_OBJ_NULL) {
            mp_obj_t dest[2] = {MP_OBJ_NULL, MP_OBJ_NULL};
            mp_obj_bind_attr(m, o, t, false, dest);
            mp_obj_t r = dest[1] != MP_OBJ_NULL ? mp_call_method_n_kw(0, 0, dest) : mp_call_function_0(dest[0]);
            if (mp_obj_is_str(r) || mp_obj_is_instance_of(r, &mp_type_str)) {
                return r;
            }
            mp_raise_msg_varg(&mp_type_TypeError, "__str__ returned non-string (type %s)", mp_obj_get_type_str(r));
        }
    }
    return mp_obj_str(o);
}

static mp_obj_t str_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    if (n_kw == 0) {
        if (n_args == 0) {
            return MP_OBJ_NEW_QSTR(MP_QSTR_);
        }
        if (n_args == 1) {
            if (mp_obj_is_native_str(args[0])) {
                return args[0];
            }
            if (type == &mp_type_str) {
                return str_of_obj(args[0]);
            }
            return mp_obj_str(args[0]);
        }
    }
    mp_arg_val_t vals[3];
    mp_arg_parse_all_kw_array_named(MP_QSTR_str, n_args, n_kw, args, 3, str_make_new_args, vals);
    mp_obj_t o = vals[0].u_obj;
    if (vals[1].u_obj == MP_OBJ_NULL && vals[2].u_obj == MP_OBJ_NULL) {
        if (o == MP_OBJ_NULL) {
            return MP_OBJ_NEW_QSTR(MP_QSTR_);
        }
        return mp_obj_is_native_str(o) ? o : mp_obj_str(o);
    }
    if (o == MP_OBJ_NULL) {
        return MP_OBJ_NEW_QSTR(MP_QSTR_);
    }
    if (mp_obj_is_str_like(o)) {
        mp_raise_TypeError("decoding str is not supported");
    }
    const byte *d;
    size_t len;
    if (!mp_obj_get_bytes_like(o, &d, &len)) {
        mp_raise_msg_varg(&mp_type_TypeError, "decoding to str: need a bytes-like object, %s found", mp_obj_get_type_str(o));
    }
    mp_codec_check_args("str", vals[1].u_obj, vals[2].u_obj);
    return mp_obj_bytes_decode(d, len, vals[1].u_obj, vals[2].u_obj);
}

// ---------------------------------------------------------------------------
// The type

static const mp_rom_map_elem_t str_locals_table[] = {
    {MP_ROM_QSTR(MP_QSTR_find), MP_ROM_PTR(&mp_strbytes_find_obj)},
    {MP_ROM_QSTR(MP_QSTR_rfind), MP_ROM_PTR(&mp_strbytes_rfind_obj)},
    {MP_ROM_QSTR(MP_QSTR_index), MP_ROM_PTR(&mp_strbytes_index_obj)},
    {MP_ROM_QSTR(MP_QSTR_rindex), MP_ROM_PTR(&mp_strbytes_rindex_obj)},
    {MP_ROM_QSTR(MP_QSTR_count), MP_ROM_PTR(&mp_strbytes_count_obj)},
    {MP_ROM_QSTR(MP_QSTR_startswith), MP_ROM_PTR(&mp_strbytes_startswith_obj)},
    {MP_ROM_QSTR(MP_QSTR_endswith), MP_ROM_PTR(&mp_strbytes_endswith_obj)},
    {MP_ROM_QSTR(MP_QSTR_split), MP_ROM_PTR(&mp_strbytes_split_obj)},
    {MP_ROM_QSTR(MP_QSTR_rsplit), MP_ROM_PTR(&mp_strbytes_rsplit_obj)},
    {MP_ROM_QSTR(MP_QSTR_splitlines), MP_ROM_PTR(&mp_strbytes_splitlines_obj)},
    {MP_ROM_QSTR(MP_QSTR_join), MP_ROM_PTR(&mp_strbytes_join_obj)},
    {MP_ROM_QSTR(MP_QSTR_strip), MP_ROM_PTR(&mp_strbytes_strip_obj)},
    {MP_ROM_QSTR(MP_QSTR_lstrip), MP_ROM_PTR(&mp_strbytes_lstrip_obj)},
    {MP_ROM_QSTR(MP_QSTR_rstrip), MP_ROM_PTR(&mp_strbytes_rstrip_obj)},
    {MP_ROM_QSTR(MP_QSTR_replace), MP_ROM_PTR(&mp_strbytes_replace_obj)},
    {MP_ROM_QSTR(MP_QSTR_partition), MP_ROM_PTR(&mp_strbytes_partition_obj)},
    {MP_ROM_QSTR(MP_QSTR_rpartition), MP_ROM_PTR(&mp_strbytes_rpartition_obj)},
    {MP_ROM_QSTR(MP_QSTR_upper), MP_ROM_PTR(&mp_strbytes_upper_obj)},
    {MP_ROM_QSTR(MP_QSTR_lower), MP_ROM_PTR(&mp_strbytes_lower_obj)},
    {MP_ROM_QSTR(MP_QSTR_capitalize), MP_ROM_PTR(&mp_strbytes_capitalize_obj)},
    {MP_ROM_QSTR(MP_QSTR_title), MP_ROM_PTR(&mp_strbytes_title_obj)},
    {MP_ROM_QSTR(MP_QSTR_swapcase), MP_ROM_PTR(&mp_strbytes_swapcase_obj)},
    {MP_ROM_QSTR(MP_QSTR_casefold), MP_ROM_PTR(&str_casefold_obj)},
    {MP_ROM_QSTR(MP_QSTR_center), MP_ROM_PTR(&mp_strbytes_center_obj)},
    {MP_ROM_QSTR(MP_QSTR_ljust), MP_ROM_PTR(&mp_strbytes_ljust_obj)},
    {MP_ROM_QSTR(MP_QSTR_rjust), MP_ROM_PTR(&mp_strbytes_rjust_obj)},
    {MP_ROM_QSTR(MP_QSTR_zfill), MP_ROM_PTR(&mp_strbytes_zfill_obj)},
    {MP_ROM_QSTR(MP_QSTR_expandtabs), MP_ROM_PTR(&mp_strbytes_expandtabs_obj)},
    {MP_ROM_QSTR(MP_QSTR_isalpha), MP_ROM_PTR(&mp_strbytes_isalpha_obj)},
    {MP_ROM_QSTR(MP_QSTR_isdigit), MP_ROM_PTR(&mp_strbytes_isdigit_obj)},
    {MP_ROM_QSTR(MP_QSTR_isdecimal), MP_ROM_PTR(&str_isdecimal_obj)},
    {MP_ROM_QSTR(MP_QSTR_isnumeric), MP_ROM_PTR(&str_isnumeric_obj)},
    {MP_ROM_QSTR(MP_QSTR_isalnum), MP_ROM_PTR(&mp_strbytes_isalnum_obj)},
    {MP_ROM_QSTR(MP_QSTR_isspace), MP_ROM_PTR(&mp_strbytes_isspace_obj)},
    {MP_ROM_QSTR(MP_QSTR_isupper), MP_ROM_PTR(&mp_strbytes_isupper_obj)},
    {MP_ROM_QSTR(MP_QSTR_islower), MP_ROM_PTR(&mp_strbytes_islower_obj)},
    {MP_ROM_QSTR(MP_QSTR_istitle), MP_ROM_PTR(&mp_strbytes_istitle_obj)},
    {MP_ROM_QSTR(MP_QSTR_isidentifier), MP_ROM_PTR(&str_isidentifier_obj)},
    {MP_ROM_QSTR(MP_QSTR_isprintable), MP_ROM_PTR(&str_isprintable_obj)},
    {MP_ROM_QSTR(MP_QSTR_isascii), MP_ROM_PTR(&mp_strbytes_isascii_obj)},
    {MP_ROM_QSTR(MP_QSTR_removeprefix), MP_ROM_PTR(&mp_strbytes_removeprefix_obj)},
    {MP_ROM_QSTR(MP_QSTR_removesuffix), MP_ROM_PTR(&mp_strbytes_removesuffix_obj)},
    {MP_ROM_QSTR(MP_QSTR_translate), MP_ROM_PTR(&mp_strbytes_translate_obj)},
    {MP_ROM_QSTR(MP_QSTR_maketrans), MP_ROM_PTR(&str_maketrans_obj)},
    {MP_ROM_QSTR(MP_QSTR_encode), MP_ROM_PTR(&str_encode_obj)},
    {MP_ROM_QSTR(MP_QSTR_format), MP_ROM_PTR(&mp_str_format_obj)},
    {MP_ROM_QSTR(MP_QSTR_format_map), MP_ROM_PTR(&mp_str_format_map_obj)},
    {MP_ROM_QSTR(MP_QSTR___format__), MP_ROM_PTR(&str___format___obj)},
};
static MP_DEFINE_CONST_DICT(str_locals_dict, str_locals_table);

const mp_obj_type_t mp_type_str = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_BASETYPE,
    .name = MP_QSTR_str,
    .print = str_print,
    .make_new = str_make_new,
    .unary_op = mp_obj_str_unary_op,
    .binary_op = mp_obj_str_binary_op,
    .subscr = str_subscr,
    .getiter = str_getiter,
    .locals_dict = (mp_obj_dict_t *)&str_locals_dict,
};
