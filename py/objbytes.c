// objbytes.c: the bytes type (immutable, same object layout as str) and
// the bytearray type (mutable, growable), plus the text codecs behind
// str.encode / bytes.decode (utf-8, utf-8-sig, ascii, latin-1, cp1252,
// utf-16 and utf-32 in both byte orders, with the standard error handlers)
// and hex()/fromhex(). The search/split/strip/case methods are
// the shared implementations in objstr.c.
#include <string.h>
#include "runtime.h"
#include "objslice.h"
#include "objstr.h"
#include "objtuple.h"
#include "unicode.h"


// ---------------------------------------------------------------------------
// Bytes-like access

static const mp_obj_type_t *bytes_native_base(const mp_obj_type_t *t) {
    if (t->flags & MP_TYPE_FLAG_USER) {
        if (mp_obj_is_subclass_fast(t, &mp_type_bytes)) {
            return &mp_type_bytes;
        }
        if (mp_obj_is_subclass_fast(t, &mp_type_bytearray)) {
            return &mp_type_bytearray;
        }
    }
    return NULL;
}

bool mp_obj_get_bytes_like(mp_obj_t o, const byte **data, size_t *len) {
    if (!mp_obj_is_obj(o)) {
        return false;
    }
    const mp_obj_type_t *t = ((mp_obj_base_t *)MP_OBJ_TO_PTR(o))->type;
    if (t == &mp_type_bytes) {
        mp_obj_str_t *s = MP_OBJ_TO_PTR(o);
        *data = mp_obj_str_data(s);
        *len = s->len;
        return true;
    }
    if (t == &mp_type_bytearray) {
        mp_obj_bytearray_t *b = MP_OBJ_TO_PTR(o);
        *data = b->items;
        *len = b->len;
        return true;
    }
    const mp_obj_type_t *nb = bytes_native_base(t);
    if (nb != NULL) {
        return mp_obj_get_bytes_like(mp_obj_get_native(o, nb), data, len);
    }
    if (t->buffer != NULL && t != &mp_type_str) {
        mp_buffer_info_t bi;
        if (t->buffer(o, &bi, MP_BUFFER_READ) == 0) {
            // len is in bytes whatever the item type (arrays of wider items).
            *data = bi.buf;
            *len = bi.len;
            return true;
        }
    }
    return false;
}

mp_obj_t mp_obj_new_bytes_like(mp_obj_t self_kind, const byte *data, size_t len) {
    if (mp_obj_is_type(self_kind, &mp_type_bytearray)) {
        return mp_obj_new_bytearray(len, data);
    }
    return mp_obj_new_bytes(data, len);
}

// ---------------------------------------------------------------------------
// Codecs

typedef enum {
    ENC_UTF8, ENC_UTF8_SIG, ENC_ASCII, ENC_LATIN1, ENC_CP1252,
    ENC_UTF16, ENC_UTF16LE, ENC_UTF16BE, ENC_UTF32, ENC_UTF32LE, ENC_UTF32BE,
} encoding_t;

// cp1252 (windows-1252): code points of bytes 0x80..0x9F (0 = undefined);
// the other bytes are their own code points.
static const uint16_t cp1252_high[32] = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};
typedef enum { ERR_STRICT, ERR_IGNORE, ERR_REPLACE, ERR_BACKSLASH, ERR_XMLCHAR, ERR_SURROGATEESCAPE, ERR_UNKNOWN } errors_t;

void mp_codec_check_args(const char *fname, mp_obj_t encoding, mp_obj_t errors) {
    mp_obj_t a[2] = {encoding, errors};
    for (int i = 0; i < 2; i++) {
        if (a[i] != MP_OBJ_NULL && !mp_obj_is_str_like(a[i])) {
            mp_raise_msg_varg(&mp_type_TypeError, "%s() argument '%s' must be str, not %s", fname, i == 0 ? "encoding" : "errors",
                a[i] == mp_const_none ? "None" : mp_obj_get_type_str(a[i]));
        }
    }
}

// Index of the group of names (space-separated names, each group ended by
// '|') that contains the name s[0..len), or -1.
static int find_name(const char *names, const char *s, size_t len) {
    int group = 0;
    for (const char *w = names; *w; w++) {
        size_t n = strcspn(w, " |");
        if (n == len && memcmp(w, s, len) == 0) {
            return group;
        }
        w += n;
        group += *w == '|';
    }
    return -1;
}

static encoding_t get_encoding(mp_obj_t enc_in) {
    if (enc_in == MP_OBJ_NULL) {
        return ENC_UTF8;
    }
    size_t len;
    const byte *d = mp_obj_str_get_data_maybe(enc_in, &len, false);
    if (d == NULL) {
        mp_raise_msg_varg(&mp_type_TypeError, "encoding must be str, not %s", mp_obj_get_type_str(enc_in));
    }
    // Normalise: lower case, '_' and ' ' become '-'.
    char buf[24];
    if (len < sizeof(buf)) {
        for (size_t i = 0; i < len; i++) {
            char c = d[i];
            if (c >= 'A' && c <= 'Z') {
                c += 32;
            } else if (c == '_' || c == ' ') {
                c = '-';
            }
            buf[i] = c;
        }
        // The accepted names, one '|'-terminated group per encoding_t value.
        static const char names[] =
            "utf-8 utf8 u8 utf cp65001|"
            "utf-8-sig utf8-sig|"
            "ascii us-ascii 646 us|"
            "latin-1 latin1 iso-8859-1 iso8859-1 l1 8859 cp819 latin iso-ir-100|"
            "cp1252 windows-1252 1252|"
            "utf-16 utf16 u16|"
            "utf-16-le utf-16le|"
            "utf-16-be utf-16be|"
            "utf-32 utf32 u32|"
            "utf-32-le utf-32le|"
            "utf-32-be utf-32be|";
        int enc = find_name(names, buf, strnlen(buf, len));  // (a NUL ends the name)
        if (enc >= 0) {
            return (encoding_t)enc;
        }
    }
    mp_raise_msg_varg(&mp_type_LookupError, "unknown encoding: %.*s", (int)len, (const char *)d);
}

static errors_t get_errors(mp_obj_t err_in, const byte **name, size_t *name_len) {
    *name = (const byte *)"strict";
    *name_len = 6;
    if (err_in == MP_OBJ_NULL) {
        return ERR_STRICT;
    }
    size_t len;
    const byte *d = mp_obj_str_get_data_maybe(err_in, &len, false);
    if (d == NULL) {
        mp_raise_msg_varg(&mp_type_TypeError, "errors must be str, not %s", mp_obj_get_type_str(err_in));
    }
    *name = d;
    *name_len = len;
    // One group per errors_t value (surrogatepass only matters for UTF-8/16/32
    // and is checked by name there).
    int e = find_name("strict surrogatepass|ignore|replace|backslashreplace namereplace|xmlcharrefreplace|surrogateescape|",
        (const char *)d, len);
    return e >= 0 ? (errors_t)e : ERR_UNKNOWN;
}

static MP_NORETURN void unknown_handler(const byte *name, size_t len) {
    mp_raise_msg_varg(&mp_type_LookupError, "unknown error handler name '%.*s'", (int)len, (const char *)name);
}

// Lone surrogates (U+D800..U+DFFF, stored as ED A0..BF xx) cannot be
// encoded to UTF-8 except with errors="surrogatepass".
static bool has_surrogate(const byte *d, size_t len) {
    for (size_t i = 0; i + 1 < len; i++) {
        if (d[i] == 0xED && d[i + 1] >= 0xA0) {
            return true;
        }
    }
    return false;
}

// Appends the replacement of an unencodable character c for the error
// handlers that have one (ignore, replace, backslashreplace,
// xmlcharrefreplace); false for the others.
static bool add_replacement(vstr_t *v, errors_t err, uint32_t c) {
    switch (err) {
        case ERR_IGNORE:
            break;
        case ERR_REPLACE:
            vstr_add_byte(v, '?');
            break;
        case ERR_BACKSLASH:
            mp_str_add_escape(v, c);
            break;
        case ERR_XMLCHAR:
            vstr_printf(v, "&#%u;", (unsigned)c);
            break;
        default:
            return false;
    }
    return true;
}

static mp_obj_t encode_utf8_surrogates(const byte *d, size_t len, errors_t err, const byte *ename, size_t ename_len, bool sig) {
    vstr_t v;
    vstr_init(&v, len + 3);
    if (sig) {
        vstr_add_strn(&v, "\xEF\xBB\xBF", 3);
    }
    const byte *p = d, *end = d + len;
    size_t pos = 0;
    while (p < end) {
        const byte *start = p;
        uint32_t c = utf8_get_char(&p);
        if (c < 0xD800 || c > 0xDFFF) {
            vstr_add_strn(&v, (const char *)start, p - start);
            pos++;
            continue;
        }
        if (err == ERR_SURROGATEESCAPE && c >= 0xDC80 && c <= 0xDCFF) {
            vstr_add_byte(&v, (byte)(c - 0xDC00));
        } else if (err == ERR_STRICT || err == ERR_SURROGATEESCAPE) {
            mp_raise_msg_varg(&mp_type_UnicodeEncodeError, "'%s' codec can't encode character '\\u%04x' in position %u: surrogates not allowed",
                "utf-8", (unsigned)c, (unsigned)pos);
        } else if (!add_replacement(&v, err, c)) {
            unknown_handler(ename, ename_len);
        }
        pos++;
    }
    return mp_obj_new_bytes_from_vstr(&v);
}

// The byte for code point c in a single-byte codec, or -1.
static int single_byte(encoding_t enc, uint32_t c) {
    if (c < 0x80 || (c < 0x100 && enc == ENC_LATIN1) || (c >= 0xA0 && c < 0x100 && enc == ENC_CP1252)) {
        return (int)c;
    }
    if (enc == ENC_CP1252) {
        for (int i = 0; i < 32; i++) {
            if (cp1252_high[i] == c && c != 0) {
                return 0x80 + i;
            }
        }
    }
    return -1;
}

// '\xe9' / '\u20ac' / '\U0001f600' text of a code point (static buffer).
static const char *char_escape(uint32_t c) {
    static char buf[11];
    buf[mp_str_escape_char(buf, c)] = 0;
    return buf;
}

static void put_unit(vstr_t *v, uint32_t u, int size, bool big) {
    for (int i = 0; i < size; i++) {
        int shift = big ? 8 * (size - 1 - i) : 8 * i;
        vstr_add_byte(v, (byte)(u >> shift));
    }
}

static void put_code(vstr_t *v, uint32_t c, int size, bool big) {
    if (size == 2 && c >= 0x10000) {
        c -= 0x10000;
        put_unit(v, 0xD800 + (c >> 10), 2, big);
        put_unit(v, 0xDC00 + (c & 0x3FF), 2, big);
    } else {
        put_unit(v, c, size, big);
    }
}

// UTF-16 / UTF-32 (the plain names write a little-endian BOM first).
static mp_obj_t encode_utf16_32(const byte *d, size_t len, encoding_t enc, errors_t err, const byte *ename, size_t ename_len) {
    int size = enc <= ENC_UTF16BE ? 2 : 4;
    bool big = enc == ENC_UTF16BE || enc == ENC_UTF32BE;
    bool pass = ename_len == 13 && memcmp(ename, "surrogatepass", 13) == 0;
    const char *codec = enc == ENC_UTF16 ? "utf-16" : enc == ENC_UTF16LE ? "utf-16-le" : enc == ENC_UTF16BE ? "utf-16-be"
                      : enc == ENC_UTF32 ? "utf-32" : enc == ENC_UTF32LE ? "utf-32-le" : "utf-32-be";
    vstr_t v;
    vstr_init(&v, len * size + 4);
    if (enc == ENC_UTF16 || enc == ENC_UTF32) {
        put_unit(&v, 0xFEFF, size, false);
    }
    const byte *p = d, *end = d + len;
    size_t pos = 0;
    while (p < end) {
        uint32_t c = utf8_get_char(&p);
        if (c < 0xD800 || c > 0xDFFF || pass) {
            put_code(&v, c, size, big);
        } else if (err == ERR_STRICT || err == ERR_SURROGATEESCAPE) {
            mp_raise_msg_varg(&mp_type_UnicodeEncodeError, "'%s' codec can't encode character '\\u%04x' in position %u: surrogates not allowed",
                codec, (unsigned)c, (unsigned)pos);
        } else {
            // The replacement text, one code unit per character.
            char tmp[12];
            vstr_t t;
            vstr_init_fixed_buf(&t, sizeof(tmp), tmp);
            if (!add_replacement(&t, err, c)) {
                unknown_handler(ename, ename_len);
            }
            for (size_t i = 0; i < t.len; i++) {
                put_code(&v, (byte)t.buf[i], size, big);
            }
        }
        pos++;
    }
    return mp_obj_new_bytes_from_vstr(&v);
}

mp_obj_t mp_obj_str_encode(mp_obj_t str, mp_obj_t encoding, mp_obj_t errors) {
    size_t len;
    const byte *d = mp_obj_str_get_data_maybe(str, &len, false);
    if (d == NULL) {
        mp_raise_msg_varg(&mp_type_TypeError, "descriptor 'encode' for 'str' objects doesn't apply to a '%s' object", mp_obj_get_type_str(str));
    }
    const byte *ename;
    size_t ename_len;
    errors_t err = get_errors(errors, &ename, &ename_len);
    encoding_t enc = get_encoding(encoding);
    if ((enc == ENC_UTF8 || enc == ENC_UTF8_SIG) && has_surrogate(d, len)
        && !(ename_len == 13 && memcmp(ename, "surrogatepass", 13) == 0)) {
        return encode_utf8_surrogates(d, len, err, ename, ename_len, enc == ENC_UTF8_SIG);
    }
    if (enc == ENC_UTF8 || enc == ENC_UTF8_SIG) {
        if (enc == ENC_UTF8_SIG) {
            vstr_t v;
            vstr_init(&v, len + 3);
            vstr_add_strn(&v, "\xEF\xBB\xBF", 3);
            vstr_add_strn(&v, (const char *)d, len);
            return mp_obj_new_bytes_from_vstr(&v);
        }
        return mp_obj_new_bytes(d, len);
    }
    if (enc >= ENC_UTF16) {
        return encode_utf16_32(d, len, enc, err, ename, ename_len);
    }
    uint32_t limit = enc == ENC_ASCII ? 0x80 : 0x100;
    const char *codec = enc == ENC_ASCII ? "ascii" : enc == ENC_LATIN1 ? "latin-1" : "charmap";
    if ((enc == ENC_ASCII || enc == ENC_CP1252) && utf8_is_ascii(d, len)) {
        return mp_obj_new_bytes(d, len);
    }
    vstr_t v;
    vstr_init(&v, len);
    const byte *p = d, *end = d + len;
    size_t pos = 0;  // code point index
    while (p < end) {
        uint32_t c = utf8_get_char(&p);
        int b = single_byte(enc, c);
        if (b >= 0) {
            vstr_add_byte(&v, (byte)b);
            pos++;
            continue;
        }
        if (err == ERR_SURROGATEESCAPE && c >= 0xDC80 && c <= 0xDCFF) {
            vstr_add_byte(&v, (byte)(c - 0xDC00));
            pos++;
            continue;
        }
        switch (err) {
            case ERR_STRICT:
            case ERR_SURROGATEESCAPE: {
                // Report the whole run of unencodable characters.
                size_t run = 1;
                const byte *q = p;
                while (q < end) {
                    const byte *r = q;
                    if (single_byte(enc, utf8_get_char(&r)) >= 0) {
                        break;
                    }
                    q = r;
                    run++;
                }
                if (enc == ENC_CP1252) {
                    if (run == 1) {
                        mp_raise_msg_varg(&mp_type_UnicodeEncodeError, "'charmap' codec can't encode character '%s' in position %u: character maps to <undefined>",
                            char_escape(c), (unsigned)pos);
                    }
                    mp_raise_msg_varg(&mp_type_UnicodeEncodeError, "'charmap' codec can't encode characters in position %u-%u: character maps to <undefined>",
                        (unsigned)pos, (unsigned)(pos + run - 1));
                }
                if (run == 1) {
                    mp_raise_msg_varg(&mp_type_UnicodeEncodeError, "'%s' codec can't encode character '%s' in position %u: ordinal not in range(%u)",
                        codec, char_escape(c), (unsigned)pos, (unsigned)limit);
                }
                mp_raise_msg_varg(&mp_type_UnicodeEncodeError, "'%s' codec can't encode characters in position %u-%u: ordinal not in range(%u)",
                    codec, (unsigned)pos, (unsigned)(pos + run - 1), (unsigned)limit);
            }
            default:
                if (!add_replacement(&v, err, c)) {
                    unknown_handler(ename, ename_len);
                }
        }
        pos++;
    }
    return mp_obj_new_bytes_from_vstr(&v);
}

// UnicodeDecodeError(encoding, object, start, end, reason): the exception
// formats its message from these, and programs can read them.
MP_NORETURN static void raise_decode_error(const char *enc, const byte *data, size_t len, size_t start, size_t end, const char *reason) {
    mp_obj_t a[5] = {
        mp_obj_new_str_from_cstr(enc), mp_obj_new_bytes(data, len),
        mp_obj_new_int(start), mp_obj_new_int(end), mp_obj_new_str_from_cstr(reason),
    };
    mp_raise(mp_obj_new_exception_args(&mp_type_UnicodeDecodeError, 5, a));
}

// Applies a decoding error handler to the bad bytes [start, end).
static void decode_error_handler(vstr_t *v, errors_t err, const char *codec, const byte *data, size_t len,
    size_t start, size_t end, const char *reason, const byte *ename, size_t ename_len) {
    switch (err) {
        case ERR_IGNORE:
            break;
        case ERR_REPLACE:
            vstr_add_strn(v, "\xEF\xBF\xBD", 3);
            break;
        case ERR_BACKSLASH:
            for (size_t i = start; i < end; i++) {
                mp_str_add_escape(v, data[i]);
            }
            break;
        case ERR_SURROGATEESCAPE: {
            bool ok = true;
            for (size_t i = start; i < end; i++) {
                ok = ok && data[i] >= 0x80;
            }
            if (ok) {
                for (size_t i = start; i < end; i++) {
                    vstr_add_char(v, 0xDC00 + data[i]);
                }
                break;
            }
            raise_decode_error(codec, data, len, start, end, reason);
        }
        case ERR_STRICT:
        case ERR_XMLCHAR:
            raise_decode_error(codec, data, len, start, end, reason);
        default:
            unknown_handler(ename, ename_len);
    }
}

static uint32_t get_unit(const byte *p, int size, bool big) {
    uint32_t u = 0;
    for (int i = 0; i < size; i++) {
        u = (u << 8) | p[big ? i : size - 1 - i];
    }
    return u;
}

static mp_obj_t decode_utf16_32(const byte *data, size_t len, encoding_t enc, errors_t err, const byte *ename, size_t ename_len) {
    int size = enc <= ENC_UTF16BE ? 2 : 4;
    bool big = enc == ENC_UTF16BE || enc == ENC_UTF32BE;
    size_t i = 0;
    if (enc == ENC_UTF16 || enc == ENC_UTF32) {
        // A byte order mark picks the byte order (and is dropped).
        if (len >= (size_t)size && get_unit(data, size, false) == 0xFEFF) {
            i = size;
        } else if (len >= (size_t)size && get_unit(data, size, true) == 0xFEFF) {
            i = size;
            big = true;
        }
    }
    const char *codec = size == 2 ? (big ? "utf-16-be" : "utf-16-le") : (big ? "utf-32-be" : "utf-32-le");
    vstr_t v;
    vstr_init(&v, len);
    while (i < len) {
        if (len - i < (size_t)size) {
            decode_error_handler(&v, err, codec, data, len, i, len, "truncated data", ename, ename_len);
            break;
        }
        uint32_t u = get_unit(data + i, size, big);
        if (size == 4) {
            if (u > 0x10FFFF) {
                decode_error_handler(&v, err, codec, data, len, i, i + 4, "code point not in range(0x110000)", ename, ename_len);
            } else if (u >= 0xD800 && u <= 0xDFFF) {
                decode_error_handler(&v, err, codec, data, len, i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)", ename, ename_len);
            } else {
                vstr_add_char(&v, u);
            }
            i += 4;
            continue;
        }
        if (u >= 0xDC00 && u <= 0xDFFF) {
            decode_error_handler(&v, err, codec, data, len, i, i + 2, "illegal encoding", ename, ename_len);
            i += 2;
        } else if (u >= 0xD800 && u <= 0xDBFF) {
            if (len - i < 4) {
                decode_error_handler(&v, err, codec, data, len, i, len, "unexpected end of data", ename, ename_len);
                break;
            }
            uint32_t u2 = get_unit(data + i + 2, 2, big);
            if (u2 < 0xDC00 || u2 > 0xDFFF) {
                decode_error_handler(&v, err, codec, data, len, i, i + 2, "illegal UTF-16 surrogate", ename, ename_len);
                i += 2;
            } else {
                vstr_add_char(&v, 0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00));
                i += 4;
            }
        } else {
            vstr_add_char(&v, u);
            i += 2;
        }
    }
    return mp_obj_new_str_from_vstr(&v);
}

mp_obj_t mp_obj_bytes_decode(const byte *data, size_t len, mp_obj_t encoding, mp_obj_t errors) {
    const byte *ename;
    size_t ename_len;
    errors_t err = get_errors(errors, &ename, &ename_len);
    if (len == 0 && (encoding == MP_OBJ_NULL || mp_obj_is_str_like(encoding))) {
        return MP_OBJ_NEW_QSTR(MP_QSTR_);  // CPython does not look up the codec for empty input
    }
    encoding_t enc = get_encoding(encoding);
    if (enc == ENC_UTF8_SIG) {
        if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) {
            data += 3;
            len -= 3;
        }
        enc = ENC_UTF8;
    }
    if (enc == ENC_UTF8) {
        size_t pos, epos;
        int kind;
        if (utf8_check(data, len, &pos, &kind, &epos)) {
            return mp_obj_new_str((const char *)data, len);
        }
        vstr_t v;
        vstr_init(&v, len);
        const byte *p = data, *end = data + len;
        for (;;) {
            vstr_add_strn(&v, (const char *)p, pos);
            // The maximal invalid subpart is [pos, epos) relative to p
            // (at least one byte).
            size_t bad_end = kind == UTF8_ERR_START ? pos + 1 : epos;
            if (bad_end <= pos) {
                bad_end = pos + 1;
            }
            size_t abs_pos = (p - data) + pos;
            const char *why = kind == UTF8_ERR_START ? "invalid start byte" : kind == UTF8_ERR_CONT ? "invalid continuation byte" : "unexpected end of data";
            if (err == ERR_STRICT) {
                size_t abs_end = kind == UTF8_ERR_END ? abs_pos + bad_end - pos : abs_pos + 1;
                raise_decode_error("utf-8", data, len, abs_pos, abs_end, why);
            }
            if (err == ERR_XMLCHAR) {
                unknown_handler(ename, ename_len);  // (decode_error_handler would raise a decode error)
            }
            // The other handlers as for any codec (bytes of an invalid
            // subpart are all >= 0x80, as surrogateescape requires).
            decode_error_handler(&v, err, "utf-8", data, len, abs_pos, abs_pos + bad_end - pos, why, ename, ename_len);
            p += bad_end;
            if (utf8_check(p, end - p, &pos, &kind, &epos)) {
                vstr_add_strn(&v, (const char *)p, end - p);
                break;
            }
        }
        return mp_obj_new_str_from_vstr(&v);
    }
    if (enc == ENC_ASCII) {
        if (utf8_is_ascii(data, len)) {
            return mp_obj_new_str_with_charlen(data, len, len);
        }
        vstr_t v;
        vstr_init(&v, len);
        for (size_t i = 0; i < len; i++) {
            byte b = data[i];
            if (b < 0x80) {
                vstr_add_byte(&v, b);
                continue;
            }
            if (err == ERR_XMLCHAR) {
                unknown_handler(ename, ename_len);  // (decode_error_handler would raise a decode error)
            }
            decode_error_handler(&v, err, "ascii", data, len, i, i + 1, "ordinal not in range(128)", ename, ename_len);
        }
        return mp_obj_new_str_from_vstr(&v);
    }
    if (enc >= ENC_UTF16) {
        return decode_utf16_32(data, len, enc, err, ename, ename_len);
    }
    if (enc == ENC_CP1252) {
        vstr_t v;
        vstr_init(&v, len + len / 2);
        for (size_t i = 0; i < len; i++) {
            byte b = data[i];
            uint32_t c = b >= 0x80 && b < 0xA0 ? cp1252_high[b - 0x80] : b;
            if (c != 0 || b == 0) {
                vstr_add_char(&v, c);
                continue;
            }
            decode_error_handler(&v, err, "charmap", data, len, i, i + 1, "character maps to <undefined>", ename, ename_len);
        }
        return mp_obj_new_str_from_vstr(&v);
    }
    // latin-1: every byte is its code point.
    vstr_t v;
    vstr_init(&v, len + len / 2);
    for (size_t i = 0; i < len; i++) {
        vstr_add_char(&v, data[i]);
    }
    return mp_obj_new_str_from_vstr(&v);
}

// ---------------------------------------------------------------------------
// Construction

// Append the bytes of an iterable of ints in range(256). CPython says
// "bytes must be..." for bytes() and "byte must be..." for bytearray.
static void add_int_items(vstr_t *out, mp_obj_t o, bool ba) {
    if (mp_obj_is_type(o, &mp_type_list) || mp_obj_is_type(o, &mp_type_tuple)) {
        size_t n;
        mp_obj_t *items;
        mp_obj_get_array(o, &n, &items);
        vstr_hint_size(out, n);
        for (size_t i = 0; i < n; i++) {
            mp_obj_t x = items[i];
            mp_int_t v;
            if (mp_obj_is_small_int(x)) {
                v = mp_small_int_value(x);
            } else if (!mp_seq_get_repeat_count(x, &v)) {
                mp_raise_msg_varg(&mp_type_TypeError, "'%s' object cannot be interpreted as an integer", mp_obj_get_type_str(x));
            }
            if (v < 0 || v > 255) {
                mp_raise_ValueError(ba ? "byte must be in range(0, 256)" : "bytes must be in range(0, 256)");
            }
            vstr_add_byte(out, (byte)v);
            mp_obj_get_array(o, &n, &items);  // a list may change under __index__
        }
        return;
    }
    mp_obj_t it = mp_getiter(o, NULL);
    mp_obj_t x;
    while ((x = mp_iternext(it)) != MP_OBJ_STOP_ITERATION) {
        mp_int_t v;
        if (mp_obj_is_small_int(x)) {
            v = mp_small_int_value(x);
        } else if (!mp_seq_get_repeat_count(x, &v)) {
            mp_raise_msg_varg(&mp_type_TypeError, "'%s' object cannot be interpreted as an integer", mp_obj_get_type_str(x));
        }
        if (v < 0 || v > 255) {
            mp_raise_ValueError(ba ? "byte must be in range(0, 256)" : "bytes must be in range(0, 256)");
        }
        vstr_add_byte(out, (byte)v);
    }
}

// Is o iterable (without consuming it)?
static bool is_iterable(mp_obj_t o) {
    const mp_obj_type_t *t = mp_obj_get_type(o);
    if (t->flags & MP_TYPE_FLAG_USER) {
        // A user class's slots exist whatever it defines: ask for the methods
        // (a builtin base such as list provides them too).
        mp_obj_t dest[2];
        mp_load_method_maybe(o, MP_QSTR___iter__, dest);
        if (dest[0] != MP_OBJ_NULL) {
            return dest[0] != mp_const_none;
        }
        mp_load_method_maybe(o, MP_QSTR___getitem__, dest);
        return dest[0] != MP_OBJ_NULL;
    }
    return t->getiter != NULL || t->iternext != NULL;
}

void mp_obj_bytes_from_object(vstr_t *out, mp_obj_t o, const char *type_name) {
    const byte *d;
    size_t len;
    if (mp_obj_get_bytes_like(o, &d, &len)) {
        vstr_add_strn(out, (const char *)d, len);
        return;
    }
    if (mp_obj_is_str_like(o)) {
        mp_raise_TypeError("string argument without an encoding");
    }
    if (mp_obj_is_small_int(o) || mp_obj_is_type(o, &mp_type_int) || mp_obj_is_bool(o)) {
        mp_int_t n;
        if (!mp_obj_get_int_maybe(o, &n)) {
            mp_raise_msg(&mp_type_OverflowError, "cannot fit 'int' into an index-sized integer");
        }
        if (n < 0) {
            mp_raise_ValueError("negative count");
        }
        if ((size_t)n > SIZE_MAX / 4) {
            m_malloc_fail(n);
        }
        memset(vstr_add_len(out, n), 0, n);
        return;
    }
    if (mp_obj_is_obj(o) && (mp_obj_get_type(o)->flags & MP_TYPE_FLAG_USER)) {
        mp_obj_t dest[2];
        // Only bytes() uses __bytes__ (bytearray() does not).
        dest[0] = MP_OBJ_NULL;
        if (type_name[4] != 'a') {
            mp_load_method_maybe(o, MP_QSTR___bytes__, dest);
        }
        if (dest[0] != MP_OBJ_NULL) {
            mp_obj_t r = mp_call_method_n_kw(0, 0, dest);
            if (!mp_obj_is_type(r, &mp_type_bytes) && !mp_obj_get_bytes_like(r, &d, &len)) {
                mp_raise_msg_varg(&mp_type_TypeError, "__bytes__ returned non-bytes (type %s)", mp_obj_get_type_str(r));
            }
            mp_obj_get_bytes_like(r, &d, &len);
            vstr_add_strn(out, (const char *)d, len);
            return;
        }
        mp_load_method_maybe(o, MP_QSTR___index__, dest);
        if (dest[0] != MP_OBJ_NULL) {
            mp_int_t n = mp_obj_get_index_int(o);
            if (n < 0) {
                mp_raise_ValueError("negative count");
            }
            memset(vstr_add_len(out, n), 0, n);
            return;
        }
    }
    if (!is_iterable(o)) {
        mp_raise_msg_varg(&mp_type_TypeError, "cannot convert '%s' object to %s", mp_obj_get_type_str(o), type_name);
    }
    add_int_items(out, o, type_name[4] == 'a');
}

static const mp_arg_t bytes_make_new_args[] = {
    {MP_QSTR_source, MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
    {MP_QSTR_encoding, MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
    {MP_QSTR_errors, MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
};

// Shared by bytes() and bytearray(): fills out.
static void bytes_construct(vstr_t *out, size_t n_args, size_t n_kw, const mp_obj_t *args, const char *type_name) {
    mp_arg_val_t vals[3];
    if (n_kw == 0 && n_args <= 1) {
        vals[0].u_obj = n_args ? args[0] : MP_OBJ_NULL;
        vals[1].u_obj = vals[2].u_obj = MP_OBJ_NULL;
    } else {
        mp_arg_parse_all_kw_array_named(type_name[4] == 'a' ? MP_QSTR_bytearray : MP_QSTR_bytes, n_args, n_kw, args, 3, bytes_make_new_args, vals);
    }
    mp_obj_t src = vals[0].u_obj;
    if (vals[1].u_obj != MP_OBJ_NULL || vals[2].u_obj != MP_OBJ_NULL) {
        if (src == MP_OBJ_NULL || !mp_obj_is_str_like(src)) {
            mp_raise_TypeError(vals[1].u_obj != MP_OBJ_NULL ? "encoding without a string argument" : "errors without a string argument");
        }
        if (vals[1].u_obj == MP_OBJ_NULL) {
            mp_raise_TypeError("string argument without an encoding");
        }
        mp_codec_check_args(type_name, vals[1].u_obj, vals[2].u_obj);
        mp_obj_t b = mp_obj_str_encode(src, vals[1].u_obj, vals[2].u_obj);
        size_t len;
        const byte *d = mp_str_data_len(b, &len);
        vstr_add_strn(out, (const char *)d, len);
        return;
    }
    if (src == MP_OBJ_NULL) {
        return;
    }
    mp_obj_bytes_from_object(out, src, type_name);
}

static mp_obj_t bytes_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    if (n_args == 1 && n_kw == 0 && mp_obj_is_native_bytes(args[0])) {
        return args[0];
    }
    vstr_t v;
    vstr_init(&v, 16);
    bytes_construct(&v, n_args, n_kw, args, "bytes");
    return mp_obj_new_bytes_from_vstr(&v);
}

// ---------------------------------------------------------------------------
// bytes methods

static void bytes_print(const mp_print_t *print, mp_obj_t o, mp_print_kind_t kind) {
    const byte *d;
    size_t len;
    mp_obj_get_bytes_like(o, &d, &len);
    mp_str_print_quoted(print, d, len, MP_QUOTE_BYTES);
}

static int bytes_get_buffer(mp_obj_t o, mp_buffer_info_t *bi, int flags) {
    if (flags & MP_BUFFER_WRITE) {
        return 1;
    }
    const byte *d;
    size_t len;
    if (!mp_obj_get_bytes_like(o, &d, &len)) {
        return 1;
    }
    bi->buf = (void *)d;
    bi->len = len;
    bi->typecode = 'B';
    return 0;
}

static const mp_arg_t decode_args[] = {
    {MP_QSTR_encoding, MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
    {MP_QSTR_errors, MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
};

static mp_obj_t bytes_decode(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    mp_arg_val_t vals[2];
    mp_arg_parse_all_named(MP_QSTR_decode, n_args - 1, args + 1, kw, 2, decode_args, vals);
    const byte *d;
    size_t len;
    if (!mp_obj_get_bytes_like(args[0], &d, &len)) {
        mp_raise_TypeError("descriptor 'decode' requires a 'bytes' object");
    }
    mp_codec_check_args("decode", vals[0].u_obj, vals[1].u_obj);
    return mp_obj_bytes_decode(d, len, vals[0].u_obj, vals[1].u_obj);
}
static MP_STR_FUN_OBJ(bytes_decode_obj, decode, 1, MP_FUN_ARGS_MAX, MP_FUN_KIND_KW, kw, bytes_decode);

static const mp_arg_t hex_args[] = {
    {MP_QSTR_sep, MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
    {MP_QSTR_bytes_per_sep, MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
};

static mp_obj_t bytes_hex(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    mp_arg_val_t vals[2];
    mp_arg_parse_all_named(MP_QSTR_hex, n_args - 1, args + 1, kw, 2, hex_args, vals);
    const byte *d;
    size_t len;
    if (!mp_obj_get_bytes_like(args[0], &d, &len)) {
        mp_raise_TypeError("descriptor 'hex' requires a 'bytes' object");
    }
    mp_int_t per = 1;
    if (vals[1].u_obj != MP_OBJ_NULL) {
        per = mp_obj_get_int(vals[1].u_obj);
    }
    byte sep = 0;
    if (vals[0].u_obj != MP_OBJ_NULL) {
        // CPython's order: the length (of anything) first, then the type.
        mp_obj_t sep_o = vals[0].u_obj;
        if (mp_obj_get_int(mp_obj_len(sep_o)) != 1) {
            mp_raise_ValueError("sep must be length 1.");
        }
        const byte *s;
        size_t sl;
        s = mp_obj_str_get_data_maybe(sep_o, &sl, false);
        if (s == NULL) {
            s = mp_obj_str_get_data_maybe(sep_o, &sl, true);
        }
        if (s == NULL) {
            mp_raise_TypeError("sep must be str or bytes.");
        }
        if (s[0] >= 0x80) {
            mp_raise_ValueError("sep must be ASCII.");
        }
        sep = s[0];
    }
    static const char hexd[] = "0123456789abcdef";
    vstr_t v;
    vstr_init(&v, len * 3);
    size_t group = per < 0 ? -per : per;
    for (size_t i = 0; i < len; i++) {
        if (sep && group > 0 && i > 0) {
            // Groups count from the right for positive bytes_per_sep.
            bool boundary = per > 0 ? ((len - i) % group == 0) : (i % group == 0);
            if (boundary) {
                vstr_add_byte(&v, sep);
            }
        }
        vstr_add_byte(&v, hexd[d[i] >> 4]);
        vstr_add_byte(&v, hexd[d[i] & 15]);
    }
    return mp_obj_new_str_from_vstr(&v);
}
static MP_STR_FUN_OBJ(bytes_hex_obj, hex, 1, MP_FUN_ARGS_MAX, MP_FUN_KIND_KW, kw, bytes_hex);

mp_obj_t mp_obj_bytes_fromhex(const mp_obj_type_t *type, mp_obj_t str) {
    size_t len;
    const byte *s = mp_obj_str_get_data_maybe(str, &len, false);
    if (s == NULL) {
        mp_raise_msg_varg(&mp_type_TypeError, "fromhex() argument must be str, not %s", mp_obj_get_type_str(str));
    }
    vstr_t v;
    vstr_init(&v, len / 2 + 1);
    size_t i = 0;
    while (i < len) {
        byte c = s[i];
        if (c == ' ' || (c >= '\t' && c <= '\r')) {
            i++;
            continue;
        }
        int hi = unichar_xdigit_value(c);
        if (hi < 0) {
            mp_raise_msg_varg(&mp_type_ValueError, "non-hexadecimal number found in fromhex() arg at position %u", (unsigned)i);
        }
        int lo = i + 1 < len ? unichar_xdigit_value(s[i + 1]) : -1;
        if (lo < 0) {
            mp_raise_msg_varg(&mp_type_ValueError, "non-hexadecimal number found in fromhex() arg at position %u", (unsigned)(i + 1));
        }
        vstr_add_byte(&v, (byte)(hi * 16 + lo));
        i += 2;
    }
    if (type == &mp_type_bytearray) {
        mp_obj_t r = mp_obj_new_bytearray(v.len, v.buf);
        vstr_clear(&v);
        return r;
    }
    return mp_obj_new_bytes_from_vstr(&v);
}

// fromhex is a classmethod: (cls, string). As in CPython a subclass gets
// cls(result).
static mp_obj_t bytes_fromhex(mp_obj_t cls, mp_obj_t str) {
    const mp_obj_type_t *t = MP_OBJ_TO_PTR(cls);
    bool ba = mp_obj_is_obj(cls) && mp_obj_is_subclass_fast(t, &mp_type_bytearray);
    mp_obj_t r = mp_obj_bytes_fromhex(ba ? &mp_type_bytearray : &mp_type_bytes, str);
    if (t != &mp_type_bytes && t != &mp_type_bytearray) {
        r = mp_call_function_1(cls, r);
    }
    return r;
}
static MP_STR_FUN_OBJ(bytes_fromhex_fun_obj, fromhex, 2, 2, MP_FUN_KIND_2, _2, bytes_fromhex);
static const mp_obj_static_class_method_t bytes_fromhex_obj = {{&mp_type_classmethod}, MP_ROM_PTR(&bytes_fromhex_fun_obj)};

// bytes.maketrans(from, to): a staticmethod.
static mp_obj_t bytes_maketrans(mp_obj_t from, mp_obj_t to) {
    const byte *f, *t;
    size_t fl, tl;
    if (!mp_obj_get_bytes_like(from, &f, &fl)) {
        mp_raise_msg_varg(&mp_type_TypeError, "a bytes-like object is required, not '%s'", mp_obj_get_type_str(from));
    }
    if (!mp_obj_get_bytes_like(to, &t, &tl)) {
        mp_raise_msg_varg(&mp_type_TypeError, "a bytes-like object is required, not '%s'", mp_obj_get_type_str(to));
    }
    if (fl != tl) {
        mp_raise_ValueError("maketrans arguments must have same length");
    }
    byte table[256];
    for (int i = 0; i < 256; i++) {
        table[i] = (byte)i;
    }
    for (size_t i = 0; i < fl; i++) {
        table[f[i]] = t[i];
    }
    return mp_obj_new_bytes(table, 256);
}
static MP_STR_FUN_OBJ(bytes_maketrans_fun_obj, maketrans, 2, 2, MP_FUN_KIND_2, _2, bytes_maketrans);
static const mp_obj_static_class_method_t bytes_maketrans_obj = {{&mp_type_staticmethod}, MP_ROM_PTR(&bytes_maketrans_fun_obj)};

#define COMMON_METHODS \
    {MP_ROM_QSTR(MP_QSTR_find), MP_ROM_PTR(&mp_strbytes_find_obj)}, \
    {MP_ROM_QSTR(MP_QSTR_rfind), MP_ROM_PTR(&mp_strbytes_rfind_obj)}, \
    {MP_ROM_QSTR(MP_QSTR_index), MP_ROM_PTR(&mp_strbytes_index_obj)}, \
    {MP_ROM_QSTR(MP_QSTR_rindex), MP_ROM_PTR(&mp_strbytes_rindex_obj)}, \
    {MP_ROM_QSTR(MP_QSTR_count), MP_ROM_PTR(&mp_strbytes_count_obj)}, \
    {MP_ROM_QSTR(MP_QSTR_startswith), MP_ROM_PTR(&mp_strbytes_startswith_obj)}, \
    {MP_ROM_QSTR(MP_QSTR_endswith), MP_ROM_PTR(&mp_strbytes_endswith_obj)}, \
    {MP_ROM_QSTR(MP_QSTR_split), MP_ROM_PTR(&mp_strbytes_split_obj)}, \
    {MP_ROM_QSTR(MP_QSTR_rsplit), MP_ROM_PTR(&mp_strbytes_rsplit_obj)}, \
    {MP_ROM_QSTR(MP_QSTR_splitlines), MP_ROM_PTR(&mp_strbytes_splitlines_obj)}, \
    {MP_ROM_QSTR(MP_QSTR_join), MP_ROM_PTR(&mp_strbytes_join_obj)}, \
    {MP_ROM_QSTR(MP_QSTR_strip), MP_ROM_PTR(&mp_strbytes_strip_obj)}, \
    {MP_ROM_QSTR(MP_QSTR_lstrip), MP_ROM_PTR(&mp_strbytes_lstrip_obj)}, \
    {MP_ROM_QSTR(MP_QSTR_rstrip), MP_ROM_PTR(&mp_strbytes_rstrip_obj)}, \
    {MP_ROM_QSTR(MP_QSTR_replace), MP_ROM_PTR(&mp_strbytes_replace_obj)}, \
    {MP_ROM_QSTR(MP_QSTR_partition), MP_ROM_PTR(&mp_strbytes_partition_obj)}, \
    {MP_ROM_QSTR(MP_QSTR_rpartition), MP_ROM_PTR(&mp_strbytes_rpartition_obj)}, \
    {MP_ROM_QSTR(MP_QSTR_upper), MP_ROM_PTR(&mp_strbytes_upper_obj)}, \
    {MP_ROM_QSTR(MP_QSTR_lower), MP_ROM_PTR(&mp_strbytes_lower_obj)}, \
    {MP_ROM_QSTR(MP_QSTR_capitalize), MP_ROM_PTR(&mp_strbytes_capitalize_obj)}, \
    {MP_ROM_QSTR(MP_QSTR_title), MP_ROM_PTR(&mp_strbytes_title_obj)}, \
    {MP_ROM_QSTR(MP_QSTR_swapcase), MP_ROM_PTR(&mp_strbytes_swapcase_obj)}, \
    {MP_ROM_QSTR(MP_QSTR_center), MP_ROM_PTR(&mp_strbytes_center_obj)}, \
    {MP_ROM_QSTR(MP_QSTR_ljust), MP_ROM_PTR(&mp_strbytes_ljust_obj)}, \
    {MP_ROM_QSTR(MP_QSTR_rjust), MP_ROM_PTR(&mp_strbytes_rjust_obj)}, \
    {MP_ROM_QSTR(MP_QSTR_zfill), MP_ROM_PTR(&mp_strbytes_zfill_obj)}, \
    {MP_ROM_QSTR(MP_QSTR_expandtabs), MP_ROM_PTR(&mp_strbytes_expandtabs_obj)}, \
    {MP_ROM_QSTR(MP_QSTR_isalpha), MP_ROM_PTR(&mp_strbytes_isalpha_obj)}, \
    {MP_ROM_QSTR(MP_QSTR_isdigit), MP_ROM_PTR(&mp_strbytes_isdigit_obj)}, \
    {MP_ROM_QSTR(MP_QSTR_isalnum), MP_ROM_PTR(&mp_strbytes_isalnum_obj)}, \
    {MP_ROM_QSTR(MP_QSTR_isspace), MP_ROM_PTR(&mp_strbytes_isspace_obj)}, \
    {MP_ROM_QSTR(MP_QSTR_isupper), MP_ROM_PTR(&mp_strbytes_isupper_obj)}, \
    {MP_ROM_QSTR(MP_QSTR_islower), MP_ROM_PTR(&mp_strbytes_islower_obj)}, \
    {MP_ROM_QSTR(MP_QSTR_istitle), MP_ROM_PTR(&mp_strbytes_istitle_obj)}, \
    {MP_ROM_QSTR(MP_QSTR_isascii), MP_ROM_PTR(&mp_strbytes_isascii_obj)}, \
    {MP_ROM_QSTR(MP_QSTR_removeprefix), MP_ROM_PTR(&mp_strbytes_removeprefix_obj)}, \
    {MP_ROM_QSTR(MP_QSTR_removesuffix), MP_ROM_PTR(&mp_strbytes_removesuffix_obj)}, \
    {MP_ROM_QSTR(MP_QSTR_translate), MP_ROM_PTR(&mp_strbytes_translate_obj)}, \
    {MP_ROM_QSTR(MP_QSTR_maketrans), MP_ROM_PTR(&bytes_maketrans_obj)}, \
    {MP_ROM_QSTR(MP_QSTR_decode), MP_ROM_PTR(&bytes_decode_obj)}, \
    {MP_ROM_QSTR(MP_QSTR_hex), MP_ROM_PTR(&bytes_hex_obj)},

// bytes' methods are the first entries of bytearray's table (below).
static const mp_obj_dict_t bytes_locals_dict;

const mp_obj_type_t mp_type_bytes = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_BASETYPE,
    .name = MP_QSTR_bytes,
    .print = bytes_print,
    .make_new = bytes_make_new,
    .unary_op = mp_obj_str_unary_op,
    .binary_op = mp_obj_str_binary_op,
    .subscr = mp_obj_bytes_subscr,
    .getiter = mp_obj_bytes_getiter,
    .buffer = bytes_get_buffer,
    .locals_dict = (mp_obj_dict_t *)&bytes_locals_dict,
};

// ---------------------------------------------------------------------------
// bytearray

static mp_obj_bytearray_t *ba_native(mp_obj_t o) {
    if (mp_obj_is_obj(o)) {
        const mp_obj_type_t *t = ((mp_obj_base_t *)MP_OBJ_TO_PTR(o))->type;
        if (t == &mp_type_bytearray) {
            return MP_OBJ_TO_PTR(o);
        }
        if (bytes_native_base(t) == &mp_type_bytearray) {
            return MP_OBJ_TO_PTR(mp_obj_get_native(o, &mp_type_bytearray));
        }
    }
    mp_raise_msg_varg(&mp_type_TypeError, "descriptor requires a 'bytearray' object but received a '%s'", mp_obj_get_type_str(o));
}

// Make room for n more bytes.
static void ba_reserve(mp_obj_bytearray_t *b, size_t n) {
    if (n > SIZE_MAX / 4 - b->len) {
        m_malloc_fail(n);
    }
    if (b->len + n <= b->alloc) {
        return;
    }
    size_t na = b->alloc + b->alloc / 2 + 16;
    if (na < b->len + n) {
        na = b->len + n;
    }
    byte *items = m_malloc_atomic(na);
    memcpy(items, b->items, b->len);
    b->items = items;
    b->alloc = na;
}

mp_obj_t mp_obj_new_bytearray(size_t len, const void *items) {
    mp_obj_bytearray_t *b = m_new_obj(mp_obj_bytearray_t);
    b->base.type = &mp_type_bytearray;
    b->alloc = len;
    b->len = len;
    b->items = m_malloc_atomic(len ? len : 1);
    if (items != NULL && len > 0) {
        memcpy(b->items, items, len);
    }
    return MP_OBJ_FROM_PTR(b);
}

static mp_obj_t bytearray_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    vstr_t v;
    vstr_init(&v, 16);
    bytes_construct(&v, n_args, n_kw, args, "bytearray");
    mp_obj_bytearray_t *b = m_new_obj(mp_obj_bytearray_t);
    b->base.type = &mp_type_bytearray;
    b->alloc = v.alloc;
    b->len = v.len;
    b->items = (byte *)v.buf;  // takes the vstr's buffer
    return MP_OBJ_FROM_PTR(b);
}

static void bytearray_print(const mp_print_t *print, mp_obj_t o, mp_print_kind_t kind) {
    mp_obj_bytearray_t *b = ba_native(o);
    mp_printf(print, "%s(", mp_obj_get_type_str(o));
    mp_str_print_quoted(print, b->items, b->len, MP_QUOTE_BYTES | MP_QUOTE_ESCAPE_SQ);
    print->print_strn(print->data, ")", 1);
}

static mp_obj_t bytearray_unary_op(mp_unary_op_t op, mp_obj_t o) {
    mp_obj_bytearray_t *b = ba_native(o);
    switch (op) {
        case MP_UNARY_OP_BOOL:
            return mp_obj_new_bool(b->len != 0);
        case MP_UNARY_OP_LEN:
            return MP_OBJ_NEW_SMALL_INT(b->len);
        case MP_UNARY_OP_HASH:
            mp_raise_TypeError("unhashable type: 'bytearray'");
        case MP_UNARY_OP_SIZEOF:
            return MP_OBJ_NEW_SMALL_INT(sizeof(mp_obj_bytearray_t) + b->alloc);
        default:
            return MP_OBJ_NULL;
    }
}

static void ba_extend_data(mp_obj_bytearray_t *b, const byte *d, size_t n) {
    // d may point into b itself (b += b): remember its offset.
    if (d >= b->items && d < b->items + b->alloc) {
        size_t off = d - b->items;
        ba_reserve(b, n);
        d = b->items + off;
    } else {
        ba_reserve(b, n);
    }
    memmove(b->items + b->len, d, n);
    b->len += n;
}

// Append any iterable of ints / bytes-like object.
static void ba_extend_obj(mp_obj_bytearray_t *b, mp_obj_t o) {
    const byte *d;
    size_t n;
    if (mp_obj_get_bytes_like(o, &d, &n)) {
        ba_extend_data(b, d, n);
        return;
    }
    if (!is_iterable(o)) {
        mp_raise_msg_varg(&mp_type_TypeError, "can't extend bytearray with %s", mp_obj_get_type_str(o));
    }
    vstr_t v;
    vstr_init(&v, 16);
    add_int_items(&v, o, true);
    ba_extend_data(b, (const byte *)v.buf, v.len);
    vstr_clear(&v);
}

static mp_obj_t bytearray_binary_op(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs) {
    mp_obj_bytearray_t *b = ba_native(lhs);
    const byte *d;
    size_t n;
    switch (op) {
        case MP_BINARY_OP_ADD:
        case MP_BINARY_OP_INPLACE_ADD:
            if (!mp_obj_get_bytes_like(rhs, &d, &n)) {
                if (mp_obj_is_obj(rhs) && (mp_obj_get_type(rhs)->flags & MP_TYPE_FLAG_USER)) {
                    return MP_OBJ_NULL;
                }
                mp_raise_msg_varg(&mp_type_TypeError, "can't concat %s to bytearray", mp_obj_get_type_str(rhs));
            }
            if (op == MP_BINARY_OP_INPLACE_ADD) {
                ba_extend_data(b, d, n);
                return lhs;
            } else {
                mp_obj_bytearray_t *r = MP_OBJ_TO_PTR(mp_obj_new_bytearray(b->len + n, NULL));
                memcpy(r->items, b->items, b->len);
                memcpy(r->items + b->len, d, n);
                return MP_OBJ_FROM_PTR(r);
            }
        case MP_BINARY_OP_MULTIPLY:
        case MP_BINARY_OP_INPLACE_MULTIPLY:
        case MP_BINARY_OP_REVERSE_MULTIPLY: {
            mp_int_t k;
            if (!mp_seq_get_repeat_count(rhs, &k)) {
                // The runtime raises "can't multiply sequence by non-int"
                // naming the right operand whichever side the sequence is.
                return MP_OBJ_NULL;
            }
            if (k < 0) {
                k = 0;
            }
            if (b->len != 0 && (size_t)k > (SIZE_MAX / 4) / b->len) {
                m_malloc_fail(SIZE_MAX);
            }
            size_t total = b->len * k;
            byte *items = m_malloc_atomic(total ? total : 1);
            for (mp_int_t i = 0; i < k; i++) {
                memcpy(items + i * b->len, b->items, b->len);
            }
            if (op == MP_BINARY_OP_INPLACE_MULTIPLY) {
                b->items = items;
                b->len = b->alloc = total;
                return lhs;
            }
            mp_obj_bytearray_t *r = m_new_obj(mp_obj_bytearray_t);
            r->base.type = &mp_type_bytearray;
            r->items = items;
            r->len = r->alloc = total;
            return MP_OBJ_FROM_PTR(r);
        }
        case MP_BINARY_OP_MODULO:
        case MP_BINARY_OP_INPLACE_MODULO: {
            mp_obj_t r = mp_str_modulo_format(b->items, b->len, rhs, true);
            size_t len;
            const byte *rd = mp_str_data_len(r, &len);
            return mp_obj_new_bytearray(len, rd);
        }
        case MP_BINARY_OP_IN:
        case MP_BINARY_OP_NOT_IN:
        case MP_BINARY_OP_EQUAL:
        case MP_BINARY_OP_NOT_EQUAL:
        case MP_BINARY_OP_LESS:
        case MP_BINARY_OP_LESS_EQUAL:
        case MP_BINARY_OP_MORE:
        case MP_BINARY_OP_MORE_EQUAL: {
            // Compare/search through a temporary bytes view of the data.
            struct {
                mp_obj_str_t s;
                const byte *data;
            } tmp = {{{&mp_type_bytes}, MP_STR_FLAG_EXT, (uint32_t)b->len, (uint32_t)b->len}, b->items};
            if (b->len > MP_STR_LEN_MAX) {
                mp_raise_msg(&mp_type_OverflowError, "bytearray too large to compare");
            }
            return mp_obj_str_binary_op(op, MP_OBJ_FROM_PTR(&tmp.s), rhs);
        }
        default:
            return MP_OBJ_NULL;
    }
}

// Byte value of an item to store.
static byte ba_item_value(mp_obj_t v) {
    mp_int_t x;
    if (mp_obj_is_small_int(v)) {
        x = mp_small_int_value(v);
    } else if (mp_obj_is_type(v, &mp_type_int)) {
        if (!mp_obj_get_int_maybe(v, &x)) {
            x = -1;  // out of range either way
        }
    } else if (!mp_seq_get_repeat_count(v, &x)) {
        mp_raise_msg_varg(&mp_type_TypeError, "'%s' object cannot be interpreted as an integer", mp_obj_get_type_str(v));
    }
    if (x < 0 || x > 255) {
        mp_raise_ValueError("byte must be in range(0, 256)");
    }
    return (byte)x;
}

static size_t ba_index(mp_obj_bytearray_t *b, mp_obj_t index) {
    mp_int_t i;
    if (mp_obj_is_small_int(index)) {
        i = mp_small_int_value(index);
    } else {
        // Big ints, bools, __index__ objects: the shared rules and messages.
        return mp_get_index(&mp_type_bytearray, b->len, index, false);
    }
    if (i < 0) {
        i += b->len;
    }
    if (i < 0 || (size_t)i >= b->len) {
        mp_raise_msg(&mp_type_IndexError, "bytearray index out of range");
    }
    return (size_t)i;
}

// Replace the n items at [start, start + n) by the len bytes of d.
static void ba_splice(mp_obj_bytearray_t *b, size_t start, size_t n, const byte *d, size_t len) {
    if (len > n) {
        ba_reserve(b, len - n);
    }
    memmove(b->items + start + len, b->items + start + n, b->len - start - n);
    if (len > 0) {
        memcpy(b->items + start, d, len);
    }
    b->len = b->len - n + len;
}

static mp_obj_t bytearray_subscr(mp_obj_t self_in, mp_obj_t index, mp_obj_t value) {
    mp_obj_bytearray_t *b = ba_native(self_in);
    // User code (__index__ of the subscript, of its slice bounds, of the
    // value) runs before the length is read: it may resize the bytearray.
    index = mp_obj_subscr_resolve(index);
    if (value == MP_OBJ_SENTINEL) {
        if (mp_obj_is_small_int(index)) {
            return MP_OBJ_NEW_SMALL_INT(b->items[ba_index(b, index)]);
        }
        return mp_obj_bytes_subscr(MP_OBJ_FROM_PTR(b), index, value);
    }
    if (!mp_obj_is_type(index, &mp_type_slice)) {
        byte v = value != MP_OBJ_NULL ? ba_item_value(value) : 0;
        size_t i = ba_index(b, index);
        if (value == MP_OBJ_NULL) {
            memmove(b->items + i, b->items + i + 1, b->len - i - 1);
            b->len--;
        } else {
            b->items[i] = v;
        }
        return mp_const_none;
    }
    // Slice store/delete. Materialise the right-hand side first (it may be
    // the bytearray itself or an arbitrary iterable).
    vstr_t v;
    const byte *d = NULL;
    size_t len = 0;
    if (value != MP_OBJ_NULL) {
        vstr_init(&v, 16);
        if (mp_obj_get_bytes_like(value, &d, &len)) {
            vstr_add_strn(&v, (const char *)d, len);
        } else if (is_iterable(value) && !mp_obj_is_str_like(value)) {
            add_int_items(&v, value, true);
        } else {
            mp_raise_TypeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        }
        d = (const byte *)v.buf;
        len = v.len;
    }
    mp_bound_slice_t s;
    mp_int_t n = mp_obj_slice_indices(index, b->len, &s);
    if (n < 0) {
        n = 0;
    }
    if (s.step == 1) {
        ba_splice(b, s.start, n, d, len);
        return mp_const_none;
    }
    if (value == MP_OBJ_NULL || len == 0) {
        // Delete every step-th item (assigning an empty value to an
        // extended slice deletes too, as in CPython): compact in one pass.
        if (n == 0) {
            return mp_const_none;
        }
        mp_int_t lo = s.step > 0 ? s.start : s.start + (n - 1) * s.step;
        mp_int_t st = s.step > 0 ? s.step : -s.step;
        size_t w = lo;
        for (size_t r = lo; r < b->len; r++) {
            if ((mp_int_t)r < lo + n * st && (r - lo) % st == 0) {
                continue;
            }
            b->items[w++] = b->items[r];
        }
        b->len = w;
        return mp_const_none;
    }
    if ((size_t)n != len) {
        mp_raise_msg_varg(&mp_type_ValueError, "attempt to assign bytes of size %u to extended slice of size %u", (unsigned)len, (unsigned)n);
    }
    mp_int_t i = s.start;
    for (mp_int_t k = 0; k < n; k++, i += s.step) {
        b->items[i] = d[k];
    }
    return mp_const_none;
}

typedef struct _ba_it_t {
    mp_obj_base_t base;
    mp_obj_bytearray_t *ba;
    size_t pos;
} ba_it_t;

static mp_obj_t ba_it_iternext(mp_obj_t self_in) {
    ba_it_t *it = MP_OBJ_TO_PTR(self_in);
    if (it->pos >= it->ba->len) {
        return MP_OBJ_STOP_ITERATION;
    }
    return MP_OBJ_NEW_SMALL_INT(it->ba->items[it->pos++]);
}

static const mp_obj_type_t mp_type_bytearray_iterator = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_ITER_IS_SELF,
    .name = MP_QSTR_bytearray_iterator,
    .getiter = mp_identity_getiter,
    .iternext = ba_it_iternext,
};

static mp_obj_t bytearray_getiter(mp_obj_t self_in) {
    ba_it_t *it = m_new_obj(ba_it_t);
    it->base.type = &mp_type_bytearray_iterator;
    it->ba = ba_native(self_in);
    it->pos = 0;
    return MP_OBJ_FROM_PTR(it);
}

static int bytearray_get_buffer(mp_obj_t o, mp_buffer_info_t *bi, int flags) {
    mp_obj_bytearray_t *b = ba_native(o);
    bi->buf = b->items;
    bi->len = b->len;
    bi->typecode = 'B';
    return 0;
}

static mp_obj_t bytearray_append(mp_obj_t self_in, mp_obj_t item) {
    mp_obj_bytearray_t *b = ba_native(self_in);
    byte v = ba_item_value(item);
    ba_reserve(b, 1);
    b->items[b->len++] = v;
    return mp_const_none;
}
static MP_STR_FUN_OBJ(bytearray_append_obj, append, 2, 2, MP_FUN_KIND_2, _2, bytearray_append);

static mp_obj_t bytearray_extend(mp_obj_t self_in, mp_obj_t items) {
    ba_extend_obj(ba_native(self_in), items);
    return mp_const_none;
}
static MP_STR_FUN_OBJ(bytearray_extend_obj, extend, 2, 2, MP_FUN_KIND_2, _2, bytearray_extend);

static mp_obj_t bytearray_insert(mp_obj_t self_in, mp_obj_t index, mp_obj_t item) {
    mp_obj_bytearray_t *b = ba_native(self_in);
    mp_int_t i;
    if (mp_obj_is_small_int(index)) {
        i = mp_small_int_value(index);
    } else if (!mp_seq_get_repeat_count(index, &i)) {
        mp_raise_msg_varg(&mp_type_TypeError, "'%s' object cannot be interpreted as an integer", mp_obj_get_type_str(index));
    }
    if (i < 0) {
        i += b->len;
        if (i < 0) {
            i = 0;
        }
    }
    if ((size_t)i > b->len) {
        i = b->len;
    }
    byte v = ba_item_value(item);
    ba_splice(b, i, 0, &v, 1);
    return mp_const_none;
}
static MP_STR_FUN_OBJ(bytearray_insert_obj, insert, 3, 3, MP_FUN_KIND_3, _3, bytearray_insert);

static mp_obj_t bytearray_pop(size_t n_args, const mp_obj_t *args) {
    mp_obj_bytearray_t *b = ba_native(args[0]);
    if (b->len == 0) {
        mp_raise_msg(&mp_type_IndexError, "pop from empty bytearray");
    }
    mp_int_t i = (mp_int_t)b->len - 1;
    if (n_args > 1) {
        if (mp_obj_is_small_int(args[1])) {
            i = mp_small_int_value(args[1]);
        } else if (!mp_seq_get_repeat_count(args[1], &i)) {
            mp_raise_msg_varg(&mp_type_TypeError, "'%s' object cannot be interpreted as an integer", mp_obj_get_type_str(args[1]));
        }
        if (i < 0) {
            i += b->len;
        }
        if (i < 0 || (size_t)i >= b->len) {
            mp_raise_msg(&mp_type_IndexError, "pop index out of range");
        }
    }
    byte v = b->items[i];
    memmove(b->items + i, b->items + i + 1, b->len - i - 1);
    b->len--;
    return MP_OBJ_NEW_SMALL_INT(v);
}
static MP_STR_FUN_OBJ(bytearray_pop_obj, pop, 1, 2, MP_FUN_KIND_VAR, var, bytearray_pop);

static mp_obj_t bytearray_remove(mp_obj_t self_in, mp_obj_t item) {
    mp_obj_bytearray_t *b = ba_native(self_in);
    byte v = ba_item_value(item);
    byte *p = memchr(b->items, v, b->len);
    if (p == NULL) {
        mp_raise_ValueError("value not found in bytearray");
    }
    size_t i = p - b->items;
    memmove(p, p + 1, b->len - i - 1);
    b->len--;
    return mp_const_none;
}
static MP_STR_FUN_OBJ(bytearray_remove_obj, remove, 2, 2, MP_FUN_KIND_2, _2, bytearray_remove);

static mp_obj_t bytearray_clear(mp_obj_t self_in) {
    mp_obj_bytearray_t *b = ba_native(self_in);
    b->len = 0;
    return mp_const_none;
}
static MP_STR_FUN_OBJ(bytearray_clear_obj, clear, 1, 1, MP_FUN_KIND_1, _1, bytearray_clear);

static mp_obj_t bytearray_reverse(mp_obj_t self_in) {
    mp_obj_bytearray_t *b = ba_native(self_in);
    for (size_t i = 0, j = b->len; i + 1 < j; i++, j--) {
        byte t = b->items[i];
        b->items[i] = b->items[j - 1];
        b->items[j - 1] = t;
    }
    return mp_const_none;
}
static MP_STR_FUN_OBJ(bytearray_reverse_obj, reverse, 1, 1, MP_FUN_KIND_1, _1, bytearray_reverse);

static mp_obj_t bytearray_copy(mp_obj_t self_in) {
    mp_obj_bytearray_t *b = ba_native(self_in);
    return mp_obj_new_bytearray(b->len, b->items);
}
static MP_STR_FUN_OBJ(bytearray_copy_obj, copy, 1, 1, MP_FUN_KIND_1, _1, bytearray_copy);

static const mp_rom_map_elem_t bytearray_locals_table[] = {
    COMMON_METHODS
    {MP_ROM_QSTR(MP_QSTR_fromhex), MP_ROM_PTR(&bytes_fromhex_obj)},
    {MP_ROM_QSTR(MP_QSTR_append), MP_ROM_PTR(&bytearray_append_obj)},
    {MP_ROM_QSTR(MP_QSTR_extend), MP_ROM_PTR(&bytearray_extend_obj)},
    {MP_ROM_QSTR(MP_QSTR_insert), MP_ROM_PTR(&bytearray_insert_obj)},
    {MP_ROM_QSTR(MP_QSTR_pop), MP_ROM_PTR(&bytearray_pop_obj)},
    {MP_ROM_QSTR(MP_QSTR_remove), MP_ROM_PTR(&bytearray_remove_obj)},
    {MP_ROM_QSTR(MP_QSTR_clear), MP_ROM_PTR(&bytearray_clear_obj)},
    {MP_ROM_QSTR(MP_QSTR_reverse), MP_ROM_PTR(&bytearray_reverse_obj)},
    {MP_ROM_QSTR(MP_QSTR_copy), MP_ROM_PTR(&bytearray_copy_obj)},
};
static MP_DEFINE_CONST_DICT(bytearray_locals_dict, bytearray_locals_table);
// (the number of COMMON_METHODS, counted by the compiler, plus fromhex)
static MP_DEFINE_CONST_DICT_SLICE(bytes_locals_dict, bytearray_locals_table, 0,
    sizeof((const mp_rom_map_elem_t[]){COMMON_METHODS}) / sizeof(mp_rom_map_elem_t) + 1);

const mp_obj_type_t mp_type_bytearray = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_BASETYPE,
    .name = MP_QSTR_bytearray,
    .print = bytearray_print,
    .make_new = bytearray_make_new,
    .unary_op = bytearray_unary_op,
    .binary_op = bytearray_binary_op,
    .subscr = bytearray_subscr,
    .getiter = bytearray_getiter,
    .buffer = bytearray_get_buffer,
    .locals_dict = (mp_obj_dict_t *)&bytearray_locals_dict,
};
