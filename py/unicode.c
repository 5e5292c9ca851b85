// unicode.c: UTF-8 decoding/encoding and character classification and case
// mapping for the str type, the lexer and the builtins. ASCII is handled
// inline; everything else uses the compact tables of unicode_tables.h,
// generated from the Unicode Character Database (see unicode_tables.py), so
// that isalpha/isdigit/upper()/casefold()... agree with CPython.
#include <string.h>
#include "misc.h"
#include "unicode.h"

// ---------------------------------------------------------------------------
// UTF-8

// Length of the sequence introduced by lead byte b (1 for ASCII and for bytes
// that cannot start a sequence, which then decode as themselves).
static inline size_t seq_len(byte b) {
    if (b < 0xC0) {
        return 1;
    } else if (b < 0xE0) {
        return 2;
    } else if (b < 0xF0) {
        return 3;
    } else if (b < 0xF8) {
        return 4;
    }
    return 1;
}

// Number of bytes of the character starting at s (at most len), using the
// same stepping as utf8_get_char so that counts and iteration agree.
size_t utf8_char_size(const byte *s, size_t len) {
    size_t n = seq_len(s[0]);
    if (n > len) {
        return 1;
    }
    for (size_t i = 1; i < n; i++) {
        if (!utf8_is_cont(s[i])) {
            return 1;
        }
    }
    return n;
}

uint32_t utf8_get_char(const byte **s) {
    const byte *p = *s;
    byte b = p[0];
    if (b < 0x80) {
        *s = p + 1;
        return b;
    }
    size_t n = seq_len(b);
    // A truncated or malformed sequence decodes its lead byte as itself.
    for (size_t i = 1; i < n; i++) {
        if (!utf8_is_cont(p[i])) {
            *s = p + 1;
            return b;
        }
    }
    uint32_t c;
    if (n == 2) {
        c = ((uint32_t)(b & 0x1F) << 6) | (p[1] & 0x3F);
    } else if (n == 3) {
        c = ((uint32_t)(b & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    } else if (n == 4) {
        c = ((uint32_t)(b & 0x07) << 18) | ((uint32_t)(p[1] & 0x3F) << 12)
            | ((uint32_t)(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
    } else {
        c = b;
    }
    *s = p + n;
    return c;
}

// True if none of the len bytes has its top bit set; checks 8 bytes at a time.
bool utf8_is_ascii(const byte *s, size_t len) {
    size_t i = 0;
    for (; i + 8 <= len; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        if (w & 0x8080808080808080ULL) {
            return false;
        }
    }
    for (; i < len; i++) {
        if (s[i] & 0x80) {
            return false;
        }
    }
    return true;
}

size_t utf8_charlen(const byte *s, size_t len) {
    size_t i = 0;
    // Skip the ASCII prefix quickly.
    for (; i + 8 <= len; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        if (w & 0x8080808080808080ULL) {
            break;
        }
    }
    size_t n = i;
    while (i < len) {
        if (s[i] < 0x80) {
            i++;
        } else {
            i += utf8_char_size(s + i, len - i);
        }
        n++;
    }
    return n;
}

// Strict validation per RFC 3629: no overlongs, no surrogates, <= U+10FFFF.
// On failure *err_pos is the offending byte, *err_kind says why (see unicode.h).
bool utf8_check(const byte *s, size_t len, size_t *err_pos, int *err_kind, size_t *err_end) {
    size_t i = 0;
    while (i < len) {
        byte b = s[i];
        if (b < 0x80) {
            i++;
            continue;
        }
        size_t n;
        byte lo = 0x80, hi = 0xBF;  // allowed range of the second byte
        if (b >= 0xC2 && b <= 0xDF) {
            n = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            n = 3;
            if (b == 0xE0) {
                lo = 0xA0;
            } else if (b == 0xED) {
                hi = 0x9F;
            }
        } else if (b >= 0xF0 && b <= 0xF4) {
            n = 4;
            if (b == 0xF0) {
                lo = 0x90;
            } else if (b == 0xF4) {
                hi = 0x8F;
            }
        } else {
            *err_pos = i;
            *err_end = i + 1;
            *err_kind = UTF8_ERR_START;
            return false;
        }
        for (size_t k = 1; k < n; k++) {
            if (i + k >= len) {
                *err_pos = i;
                *err_end = len;
                *err_kind = UTF8_ERR_END;
                return false;
            }
            byte c = s[i + k];
            byte l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
            if (c < l || c > h) {
                *err_pos = i;
                *err_end = i + k;
                *err_kind = UTF8_ERR_CONT;
                return false;
            }
        }
        i += n;
    }
    return true;
}

bool utf8_is_valid(const byte *s, size_t len) {
    size_t p, e;
    int k;
    return utf8_check(s, len, &p, &k, &e);
}

size_t utf8_encode(uint32_t c, byte *out) {
    if (c < 0x80) {
        out[0] = (byte)c;
        return 1;
    } else if (c < 0x800) {
        out[0] = (byte)(0xC0 | (c >> 6));
        out[1] = (byte)(0x80 | (c & 0x3F));
        return 2;
    } else if (c < 0x10000) {
        out[0] = (byte)(0xE0 | (c >> 12));
        out[1] = (byte)(0x80 | ((c >> 6) & 0x3F));
        out[2] = (byte)(0x80 | (c & 0x3F));
        return 3;
    } else {
        out[0] = (byte)(0xF0 | ((c >> 18) & 0x07));
        out[1] = (byte)(0x80 | ((c >> 12) & 0x3F));
        out[2] = (byte)(0x80 | ((c >> 6) & 0x3F));
        out[3] = (byte)(0x80 | (c & 0x3F));
        return 4;
    }
}

// Pointer to the start of the character that ends just before p (p > start).
const byte *utf8_prev_char(const byte *start, const byte *p) {
    const byte *q = p - 1;
    // Walk back over at most 3 continuation bytes to a lead byte, and accept
    // it only if its sequence really ends at p (otherwise p-1 stands alone).
    int k = 0;
    while (q > start && utf8_is_cont(*q) && k < 3) {
        q--;
        k++;
    }
    if (q + utf8_char_size(q, p - q) == p) {
        return q;
    }
    return p - 1;
}

// ---------------------------------------------------------------------------
// Table lookups

// A packed table of runs of code points (format in unicode_tables.py): the
// varint stream costs 2-3 bytes per run where fixed-width entries cost 4-12.
typedef struct {
    uint16_t index;    // in uindex: per block of runs base | data offset << 21, + sentinel
    uint16_t nblocks;
    uint16_t data;     // in udata
} utable_t;

#include "unicode_tables.h"

#define INDEX_BASE(w) ((w) & 0x1FFFFF)

static MP_NOINLINE uint32_t get_long_varint(const byte **p) {
    uint32_t v = 0;
    unsigned shift = 0;
    byte b;
    do {
        b = *(*p)++;
        v |= (uint32_t)(b & 0x7F) << shift;
        shift += 7;
    } while (b & 0x80);
    return v;
}

// Most varints are one byte: that case is inline.
static MP_ALWAYS_INLINE uint32_t get_varint(const byte **p) {
    byte b = **p;
    if (b < 0x80) {
        (*p)++;
        return b;
    }
    return get_long_varint(p);
}

// True if c is in a run of t. For a map table (value != NULL) the run's
// value follows each run in the stream and is stored to *value on success.
static bool lookup(const utable_t *t, uint32_t c, int32_t *value) {
    const uint32_t *index = uindex + t->index;
    const byte *data = udata + t->data;
    // Last block whose base is <= c (block 0 has base 0).
    size_t lo = 1, hi = t->nblocks;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (INDEX_BASE(index[mid]) <= c) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    uint32_t next = INDEX_BASE(index[lo - 1]);
    const byte *p = data + (index[lo - 1] >> 21);
    const byte *end = data + (index[lo] >> 21);
    while (p < end) {
        uint32_t first = next + get_varint(&p);
        uint32_t n = get_varint(&p);
        uint32_t stride = (n & 1) + 1;
        uint32_t last = first + (n >> 1) * stride;
        if (c < first) {
            return false;
        }
        if (c <= last) {
            if ((c - first) % stride != 0) {
                return false;
            }
            if (value) {
                uint32_t v = get_varint(&p);
                *value = (int32_t)(v >> 1) ^ -(int32_t)(v & 1);  // zigzag
            }
            return true;
        }
        if (value) {
            while (*p++ & 0x80) {  // skip the value of this run
            }
        }
        next = last + 1;
    }
    return false;
}

// Mapped code point, or c itself when the table has no entry.
static uint32_t map_lookup(const utable_t *t, uint32_t c, bool *found) {
    int32_t delta;
    bool f = lookup(t, c, &delta);
    if (found) {
        *found = f;
    }
    return f ? (uint32_t)((int32_t)c + delta) : c;
}

// A multi-character mapping of c from a special table: c + delta followed
// by a tail of one or two code points (see unicode_tables.py). Returns the
// count written to out (2 or 3), or 0 if the table has no entry for c.
static int special_lookup(const utable_t *t, uint32_t c, uint32_t *out) {
    int32_t v;
    if (!lookup(t, c, &v)) {
        return 0;
    }
    unsigned tail = v & 63;
    out[0] = c + (v - (int32_t)tail) / 64;
    out[1] = special_tails[tail][0];
    out[2] = special_tails[tail][1];
    return out[2] ? 3 : 2;
}

// ---------------------------------------------------------------------------
// Classification

bool unichar_isspace(uint32_t c) {
    if (c < 0x80) {
        return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
    }
    return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A)
           || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

bool unichar_isalpha(uint32_t c) {
    if (c < 0x80) {
        return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
    }
    return lookup(&alpha, c, NULL);
}

bool unichar_isdecimal(uint32_t c) {
    return unichar_decimal_value(c) >= 0;
}

// Value 0..9 of a decimal digit, or -1.
int unichar_decimal_value(uint32_t c) {
    if (c < 0x80) {
        return (c >= '0' && c <= '9') ? (int)(c - '0') : -1;
    }
    // Decimal runs are whole blocks of ten digits 0-9; the value of a run is
    // its first code point % 10.
    int32_t first_mod10;
    if (!lookup(&decimal, c, &first_mod10)) {
        return -1;
    }
    return (int)((c - (uint32_t)first_mod10) % 10);
}

bool unichar_isdigit(uint32_t c) {
    if (c < 0x80) {
        return c >= '0' && c <= '9';
    }
    return unichar_isdecimal(c) || lookup(&digit, c, NULL);
}

bool unichar_isnumeric(uint32_t c) {
    if (c < 0x80) {
        return c >= '0' && c <= '9';
    }
    return unichar_isdigit(c) || lookup(&numeric, c, NULL);
}

bool unichar_isalnum(uint32_t c) {
    return unichar_isalpha(c) || unichar_isnumeric(c);
}

bool unichar_isxdigit(uint32_t c) {
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
}

bool unichar_isident(uint32_t c) {
    return c >= 0x80 || c == '_' || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

// Identifier characters per Unicode XID_Start / XID_Continue (str.isidentifier).
// XID_Start is nearly the letters: stored as the few differences from alpha;
// XID_Continue adds marks, digits and connectors to XID_Start.
bool unichar_isxid_start(uint32_t c) {
    if (c < 0x80) {
        return c == '_' || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
    }
    return unichar_isalpha(c) != lookup(&xid_start_diff, c, NULL);
}

bool unichar_isxid_continue(uint32_t c) {
    if (c < 0x80) {
        return c == '_' || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
    }
    return unichar_isxid_start(c) || lookup(&xid_continue_extra, c, NULL);
}

bool unichar_isprintable(uint32_t c) {
    if (c < 0x80) {
        return c >= 0x20 && c < 0x7F;
    }
    if (c >= 0xD800 && c <= 0xDFFF) {
        return false;  // surrogates (not in the generated tables)
    }
    return !lookup(&nonprint, c, NULL);
}

int unichar_xdigit_value(uint32_t c) {
    if (c >= '0' && c <= '9') {
        return (int)(c - '0');
    }
    c |= 0x20;
    if (c >= 'a' && c <= 'f') {
        return (int)(c - 'a' + 10);
    }
    return -1;
}

bool unichar_isupper(uint32_t c) {
    if (c < 0x80) {
        return c >= 'A' && c <= 'Z';
    }
    return lookup(&upper, c, NULL);
}

bool unichar_islower(uint32_t c) {
    if (c < 0x80) {
        return c >= 'a' && c <= 'z';
    }
    return lookup(&lower, c, NULL);
}

bool unichar_istitle(uint32_t c) {
    return c >= 0x80 && lookup(&title, c, NULL);
}

// A character that has case (upper, lower or title).
bool unichar_iscased(uint32_t c) {
    if (c < 0x80) {
        return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    }
    return lookup(&cased, c, NULL);
}

// Case-ignorable characters (apostrophes, marks ...), skipped by the final
// sigma rule of lower().
bool unichar_iscase_ignorable(uint32_t c) {
    if (c < 0x80) {
        return c == '\'' || c == '.' || c == ':' || c == '^' || c == '`';
    }
    return lookup(&case_ignorable, c, NULL);
}

// ---------------------------------------------------------------------------
// Case mapping

uint32_t unichar_tolower(uint32_t c) {
    if (c < 0x80) {
        return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    }
    return map_lookup(&lower_map, c, NULL);
}

uint32_t unichar_toupper(uint32_t c) {
    if (c < 0x80) {
        return (c >= 'a' && c <= 'z') ? c - 32 : c;
    }
    return map_lookup(&upper_map, c, NULL);
}

uint32_t unichar_totitle(uint32_t c) {
    if (c < 0x80) {
        return (c >= 'a' && c <= 'z') ? c - 32 : c;
    }
    bool found;
    uint32_t t = map_lookup(&title_map, c, &found);
    return found ? t : unichar_toupper(c);
}

// Multi-character mappings (SpecialCasing). Return the count written to out
// (up to 3), or 0 if c has a simple mapping.
int unichar_special_upper(uint32_t c, uint32_t *out) {
    if (c < 0x80) {
        return 0;
    }
    return special_lookup(&special_upper, c, out);
}

int unichar_special_lower(uint32_t c, uint32_t *out) {
    if (c < 0x80) {
        return 0;
    }
    return special_lookup(&special_lower, c, out);
}

int unichar_special_title(uint32_t c, uint32_t *out) {
    if (c < 0x80) {
        return 0;
    }
    int n = special_lookup(&special_title, c, out);
    if (n == 0) {
        // Title case equal to the (multi-character) upper case.
        bool found;
        map_lookup(&title_map, c, &found);
        if (!found) {
            n = special_lookup(&special_upper, c, out);
        }
    }
    return n;
}

int unichar_casefold(uint32_t c, uint32_t *out) {
    if (c >= 0x80) {
        // Only the folds that differ from what follows are in the fold tables.
        bool found;
        uint32_t f = map_lookup(&fold_map, c, &found);
        if (found) {
            out[0] = f;
            return 1;
        }
        int n = special_lookup(&special_fold, c, out);
        if (n == 0) {
            // A multi-character upper case folds to its lower case (ß -> SS -> ss).
            n = special_lookup(&special_upper, c, out);
            for (int k = 0; k < n; k++) {
                out[k] = unichar_tolower(out[k]);
            }
        }
        if (n == 0) {
            n = special_lookup(&special_lower, c, out);
        }
        if (n > 0) {
            return n;
        }
    }
    out[0] = unichar_tolower(c);
    return 1;
}
