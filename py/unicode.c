// unicode.c: UTF-8 decoding/encoding and character classification for the
// str type, the lexer and the builtins. Classification is exact for ASCII and
// Latin-1 and uses small range tables for the other common scripts (Greek,
// Cyrillic, Armenian, Hebrew, Arabic, Indic, CJK, Hangul ...); it does not try
// to carry the whole Unicode database.
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
// Classification tables: sorted, inclusive [lo, hi] ranges.

typedef struct {
    uint32_t lo, hi;
} urange_t;

static bool in_ranges(const urange_t *t, size_t n, uint32_t c) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c < t[mid].lo) {
            hi = mid;
        } else if (c > t[mid].hi) {
            lo = mid + 1;
        } else {
            return true;
        }
    }
    return false;
}

// Letters (approximation of categories L*) above Latin-1.
static const urange_t alpha_ranges[] = {
    {0x00AA, 0x00AA}, {0x00B5, 0x00B5}, {0x00BA, 0x00BA}, {0x00C0, 0x00D6},
    {0x00D8, 0x00F6}, {0x00F8, 0x02C1}, {0x02C6, 0x02D1}, {0x02E0, 0x02E4},
    {0x02EC, 0x02EC}, {0x02EE, 0x02EE}, {0x0370, 0x0374}, {0x0376, 0x0377},
    {0x037A, 0x037D}, {0x037F, 0x037F}, {0x0386, 0x0386}, {0x0388, 0x038A},
    {0x038C, 0x038C}, {0x038E, 0x03A1}, {0x03A3, 0x03F5}, {0x03F7, 0x0481},
    {0x048A, 0x052F}, {0x0531, 0x0556}, {0x0559, 0x0559}, {0x0560, 0x0588},
    {0x05D0, 0x05EA}, {0x05EF, 0x05F2}, {0x0620, 0x064A}, {0x066E, 0x066F},
    {0x0671, 0x06D3}, {0x06D5, 0x06D5}, {0x06E5, 0x06E6}, {0x06EE, 0x06EF},
    {0x06FA, 0x06FC}, {0x06FF, 0x06FF}, {0x0710, 0x0710}, {0x0712, 0x072F},
    {0x074D, 0x07A5}, {0x07B1, 0x07B1}, {0x0904, 0x0939}, {0x093D, 0x093D},
    {0x0950, 0x0950}, {0x0958, 0x0961}, {0x0971, 0x0980}, {0x0985, 0x098C},
    {0x098F, 0x0990}, {0x0993, 0x09A8}, {0x09AA, 0x09B0}, {0x09B2, 0x09B2},
    {0x09B6, 0x09B9}, {0x0A05, 0x0A0A}, {0x0A13, 0x0A28}, {0x0A85, 0x0A8D},
    {0x0B05, 0x0B0C}, {0x0B85, 0x0B8A}, {0x0C05, 0x0C0C}, {0x0C85, 0x0C8C},
    {0x0D05, 0x0D0C}, {0x0E01, 0x0E30}, {0x0E32, 0x0E33}, {0x0E40, 0x0E46},
    {0x0E81, 0x0EB0}, {0x0F00, 0x0F00}, {0x0F40, 0x0F6C}, {0x1000, 0x102A},
    {0x10A0, 0x10C5}, {0x10D0, 0x10FA}, {0x10FC, 0x1248}, {0x1250, 0x135A},
    {0x13A0, 0x13F5}, {0x13F8, 0x13FD}, {0x1401, 0x166C}, {0x1780, 0x17B3},
    {0x1820, 0x1878}, {0x1C80, 0x1C88}, {0x1C90, 0x1CBA}, {0x1CBD, 0x1CBF},
    {0x1D00, 0x1DBF}, {0x1E00, 0x1F15}, {0x1F18, 0x1F1D}, {0x1F20, 0x1F45},
    {0x1F48, 0x1F4D}, {0x1F50, 0x1F57}, {0x1F59, 0x1F59}, {0x1F5B, 0x1F5B},
    {0x1F5D, 0x1F5D}, {0x1F5F, 0x1F7D}, {0x1F80, 0x1FB4}, {0x1FB6, 0x1FBC},
    {0x1FBE, 0x1FBE}, {0x1FC2, 0x1FC4}, {0x1FC6, 0x1FCC}, {0x1FD0, 0x1FD3},
    {0x1FD6, 0x1FDB}, {0x1FE0, 0x1FEC}, {0x1FF2, 0x1FF4}, {0x1FF6, 0x1FFC},
    {0x2071, 0x2071}, {0x207F, 0x207F}, {0x2090, 0x209C}, {0x2102, 0x2102},
    {0x2107, 0x2107}, {0x210A, 0x2113}, {0x2115, 0x2115}, {0x2119, 0x211D},
    {0x2124, 0x2124}, {0x2126, 0x2126}, {0x2128, 0x2128}, {0x212A, 0x212D},
    {0x212F, 0x2139}, {0x213C, 0x213F}, {0x2145, 0x2149}, {0x214E, 0x214E},
    {0x2183, 0x2184}, {0x2C00, 0x2CE4}, {0x2CEB, 0x2CEE}, {0x2D00, 0x2D25},
    {0x2D30, 0x2D67}, {0x3005, 0x3006}, {0x3031, 0x3035}, {0x303B, 0x303C},
    {0x3041, 0x3096}, {0x309D, 0x309F}, {0x30A1, 0x30FA}, {0x30FC, 0x30FF},
    {0x3105, 0x312F}, {0x3131, 0x318E}, {0x31A0, 0x31BF}, {0x31F0, 0x31FF},
    {0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xA000, 0xA48C}, {0xA4D0, 0xA4FD},
    {0xA500, 0xA60C}, {0xA640, 0xA66E}, {0xA67F, 0xA69D}, {0xA6A0, 0xA6E5},
    {0xA717, 0xA71F}, {0xA722, 0xA788}, {0xA78B, 0xA7CA}, {0xAC00, 0xD7A3},
    {0xF900, 0xFA6D}, {0xFB00, 0xFB06}, {0xFB1D, 0xFB1D}, {0xFB1F, 0xFB28},
    {0xFB2A, 0xFBB1}, {0xFE70, 0xFEFC}, {0xFF21, 0xFF3A}, {0xFF41, 0xFF5A},
    {0xFF66, 0xFFBE}, {0x10000, 0x1000B}, {0x10400, 0x1049D}, {0x1D400, 0x1D6A5},
    {0x20000, 0x2A6DF}, {0x2A700, 0x2EBE0}, {0x2F800, 0x2FA1D}, {0x30000, 0x3134A},
};

// Decimal digits (category Nd) above ASCII: start of each block of ten.
static const uint32_t decimal_starts[] = {
    0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6,
    0x0C66, 0x0CE6, 0x0D66, 0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x1090,
    0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40,
    0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6,
};

// Digits that are not decimal (superscripts, circled numbers ...): isdigit.
static const urange_t digit_extra_ranges[] = {
    {0x00B2, 0x00B3}, {0x00B9, 0x00B9}, {0x1369, 0x1371}, {0x19DA, 0x19DA},
    {0x2070, 0x2070}, {0x2074, 0x2079}, {0x2080, 0x2089}, {0x2460, 0x2468},
    {0x2474, 0x247C}, {0x2488, 0x2490}, {0x24EA, 0x24EA}, {0x24F5, 0x24FD},
    {0x24FF, 0x24FF}, {0x2776, 0x277E}, {0x2780, 0x2788}, {0x278A, 0x2792},
};

// Other numeric characters (fractions, Roman numerals, CJK numerals): isnumeric.
static const urange_t numeric_extra_ranges[] = {
    {0x00BC, 0x00BE}, {0x09F4, 0x09F9}, {0x0BF0, 0x0BF2}, {0x16EE, 0x16F0},
    {0x2150, 0x2182}, {0x2185, 0x2189}, {0x2469, 0x2473}, {0x247D, 0x2487},
    {0x2491, 0x249B}, {0x24EB, 0x24F4}, {0x24FE, 0x24FE}, {0x277F, 0x277F},
    {0x2789, 0x2789}, {0x2793, 0x2793}, {0x2CFD, 0x2CFD}, {0x3007, 0x3007},
    {0x3021, 0x3029}, {0x3038, 0x303A}, {0x3192, 0x3195}, {0x3220, 0x3229},
    {0x3248, 0x324F}, {0x3251, 0x325F}, {0x3280, 0x3289}, {0x32B1, 0x32BF},
    {0x4E00, 0x4E00}, {0x4E03, 0x4E03}, {0x4E07, 0x4E07}, {0x4E09, 0x4E09},
    {0x4E5D, 0x4E5D}, {0x4E8C, 0x4E8C}, {0x4E94, 0x4E94}, {0x516B, 0x516B},
    {0x516D, 0x516D}, {0x5341, 0x5341}, {0x5343, 0x5343}, {0x56DB, 0x56DB},
    {0x767E, 0x767E}, {0x842C, 0x842C}, {0x96F6, 0x96F6},
};

// Not printable above ASCII: C1 controls, format characters, separators,
// surrogates, private use and non-characters (approximation of categories
// Cc Cf Cs Co Cn Zl Zp Zs).
static const urange_t nonprint_ranges[] = {
    {0x0080, 0x00A0}, {0x00AD, 0x00AD}, {0x0378, 0x0379}, {0x0380, 0x0383},
    {0x038B, 0x038B}, {0x038D, 0x038D}, {0x03A2, 0x03A2}, {0x0530, 0x0530},
    {0x0557, 0x0558}, {0x058B, 0x058C}, {0x0590, 0x0590}, {0x05C8, 0x05CF},
    {0x05EB, 0x05EE}, {0x05F5, 0x0605}, {0x061C, 0x061C}, {0x06DD, 0x06DD},
    {0x070E, 0x070F}, {0x1680, 0x1680}, {0x180E, 0x180E}, {0x2000, 0x200F},
    {0x2028, 0x202F}, {0x205F, 0x2064}, {0x2066, 0x206F}, {0x2072, 0x2073},
    {0x208F, 0x208F}, {0x3000, 0x3000}, {0xD800, 0xF8FF}, {0xFDD0, 0xFDEF},
    {0xFEFF, 0xFEFF}, {0xFFF0, 0xFFFB}, {0xFFFE, 0xFFFF}, {0x110BD, 0x110BD},
    {0x1D173, 0x1D17A}, {0x1FFFE, 0x1FFFF}, {0x2FFFE, 0x2FFFF}, {0xE0000, 0x10FFFF},
};

#define N(t) (sizeof(t) / sizeof((t)[0]))

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
    return in_ranges(alpha_ranges, N(alpha_ranges), c);
}

// Value 0..9 of a decimal digit, or -1.
int unichar_decimal_value(uint32_t c) {
    if (c < 0x80) {
        return (c >= '0' && c <= '9') ? (int)(c - '0') : -1;
    }
    for (size_t i = 0; i < N(decimal_starts); i++) {
        if (c >= decimal_starts[i] && c < decimal_starts[i] + 10) {
            return (int)(c - decimal_starts[i]);
        }
    }
    return -1;
}

bool unichar_isdecimal(uint32_t c) {
    return unichar_decimal_value(c) >= 0;
}

bool unichar_isdigit(uint32_t c) {
    if (c < 0x80) {
        return c >= '0' && c <= '9';
    }
    return unichar_decimal_value(c) >= 0 || in_ranges(digit_extra_ranges, N(digit_extra_ranges), c);
}

bool unichar_isnumeric(uint32_t c) {
    if (c < 0x80) {
        return c >= '0' && c <= '9';
    }
    return unichar_isdigit(c) || in_ranges(numeric_extra_ranges, N(numeric_extra_ranges), c);
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

bool unichar_isprintable(uint32_t c) {
    if (c < 0x80) {
        return c >= 0x20 && c < 0x7F;
    }
    return !in_ranges(nonprint_ranges, N(nonprint_ranges), c);
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

// ---------------------------------------------------------------------------
// Case mapping. Each entry maps [lo, hi] of one case to the other case:
// kind 0: offset (c + delta); kind 1: alternating pairs (upper even/lower odd
// or the reverse, given by the parity of lo): the partner is c ^ 1 style via
// +-1.

typedef struct {
    uint32_t lo, hi;
    int32_t delta;   // for kind 0
    uint8_t pairs;   // 1: upper/lower alternate starting with upper at lo
} case_range_t;

// Upper -> lower.
static const case_range_t to_lower_table[] = {
    {0x00C0, 0x00D6, 32, 0}, {0x00D8, 0x00DE, 32, 0},
    {0x0100, 0x012F, 1, 1}, {0x0132, 0x0137, 1, 1}, {0x0139, 0x0148, 1, 1},
    {0x014A, 0x0177, 1, 1}, {0x0178, 0x0178, -121, 0}, {0x0179, 0x017E, 1, 1},
    {0x0181, 0x0181, 210, 0}, {0x0182, 0x0185, 1, 1}, {0x0186, 0x0186, 206, 0},
    {0x0187, 0x0188, 1, 1}, {0x0189, 0x018A, 205, 0}, {0x018B, 0x018C, 1, 1},
    {0x018E, 0x018E, 79, 0}, {0x018F, 0x018F, 202, 0}, {0x0190, 0x0190, 203, 0},
    {0x0191, 0x0192, 1, 1}, {0x0193, 0x0193, 205, 0}, {0x0194, 0x0194, 207, 0},
    {0x0196, 0x0196, 211, 0}, {0x0197, 0x0197, 209, 0}, {0x0198, 0x0199, 1, 1},
    {0x019C, 0x019C, 211, 0}, {0x019D, 0x019D, 213, 0}, {0x019F, 0x019F, 214, 0},
    {0x01A0, 0x01A5, 1, 1}, {0x01A7, 0x01A8, 1, 1}, {0x01A9, 0x01A9, 218, 0},
    {0x01AC, 0x01AD, 1, 1}, {0x01AE, 0x01AE, 218, 0}, {0x01AF, 0x01B0, 1, 1},
    {0x01B1, 0x01B2, 217, 0}, {0x01B3, 0x01B6, 1, 1}, {0x01B7, 0x01B7, 219, 0},
    {0x01B8, 0x01B9, 1, 1}, {0x01BC, 0x01BD, 1, 1}, {0x01C4, 0x01C4, 2, 0},
    {0x01C7, 0x01C7, 2, 0}, {0x01CA, 0x01CA, 2, 0}, {0x01CD, 0x01DC, 1, 1},
    {0x01DE, 0x01EF, 1, 1}, {0x01F1, 0x01F1, 2, 0}, {0x01F4, 0x01F5, 1, 1},
    {0x01F8, 0x021F, 1, 1}, {0x0222, 0x0233, 1, 1},
    {0x0370, 0x0373, 1, 1}, {0x0376, 0x0377, 1, 1}, {0x0386, 0x0386, 38, 0},
    {0x0388, 0x038A, 37, 0}, {0x038C, 0x038C, 64, 0}, {0x038E, 0x038F, 63, 0},
    {0x0391, 0x03A1, 32, 0}, {0x03A3, 0x03AB, 32, 0}, {0x03D8, 0x03EF, 1, 1},
    {0x0400, 0x040F, 80, 0}, {0x0410, 0x042F, 32, 0}, {0x0460, 0x0481, 1, 1},
    {0x048A, 0x04BF, 1, 1}, {0x04C0, 0x04C0, 15, 0}, {0x04C1, 0x04CE, 1, 1},
    {0x04D0, 0x052F, 1, 1}, {0x0531, 0x0556, 48, 0},
    {0x10A0, 0x10C5, 7264, 0}, {0x13A0, 0x13EF, 38864, 0},
    {0x1E00, 0x1E95, 1, 1}, {0x1EA0, 0x1EFF, 1, 1},
    {0x1F08, 0x1F0F, -8, 0}, {0x1F18, 0x1F1D, -8, 0}, {0x1F28, 0x1F2F, -8, 0},
    {0x1F38, 0x1F3F, -8, 0}, {0x1F48, 0x1F4D, -8, 0}, {0x1F68, 0x1F6F, -8, 0},
    {0x2160, 0x216F, 16, 0}, {0x24B6, 0x24CF, 26, 0}, {0x2C00, 0x2C2F, 48, 0},
    {0x2C80, 0x2CE3, 1, 1}, {0xA640, 0xA66D, 1, 1}, {0xA680, 0xA69B, 1, 1},
    {0xA722, 0xA72F, 1, 1}, {0xA732, 0xA76F, 1, 1}, {0xA779, 0xA77C, 1, 1},
    {0xA77E, 0xA787, 1, 1}, {0xA790, 0xA793, 1, 1}, {0xA796, 0xA7A9, 1, 1},
    {0xFF21, 0xFF3A, 32, 0}, {0x10400, 0x10427, 40, 0},
};

// Lower -> upper (the inverse, plus lower-only mappings).
static const case_range_t to_upper_table[] = {
    {0x00B5, 0x00B5, 0x039C - 0xB5, 0}, {0x00E0, 0x00F6, -32, 0}, {0x00F8, 0x00FE, -32, 0},
    {0x00FF, 0x00FF, 121, 0},
    {0x0100, 0x012F, 1, 1}, {0x0131, 0x0131, -232, 0}, {0x0132, 0x0137, 1, 1},
    {0x0139, 0x0148, 1, 1}, {0x014A, 0x0177, 1, 1}, {0x0179, 0x017E, 1, 1},
    {0x017F, 0x017F, -300, 0}, {0x0180, 0x0180, 195, 0}, {0x0182, 0x0185, 1, 1},
    {0x0187, 0x0188, 1, 1}, {0x018B, 0x018C, 1, 1}, {0x0191, 0x0192, 1, 1},
    {0x0195, 0x0195, 97, 0}, {0x0198, 0x0199, 1, 1}, {0x019A, 0x019A, 163, 0},
    {0x019E, 0x019E, 130, 0}, {0x01A0, 0x01A5, 1, 1}, {0x01A7, 0x01A8, 1, 1},
    {0x01AC, 0x01AD, 1, 1}, {0x01AF, 0x01B0, 1, 1}, {0x01B3, 0x01B6, 1, 1},
    {0x01B8, 0x01B9, 1, 1}, {0x01BC, 0x01BD, 1, 1}, {0x01BF, 0x01BF, 56, 0},
    {0x01C6, 0x01C6, -2, 0}, {0x01C9, 0x01C9, -2, 0}, {0x01CC, 0x01CC, -2, 0},
    {0x01CD, 0x01DC, 1, 1}, {0x01DD, 0x01DD, -79, 0}, {0x01DE, 0x01EF, 1, 1},
    {0x01F3, 0x01F3, -2, 0}, {0x01F4, 0x01F5, 1, 1}, {0x01F8, 0x021F, 1, 1},
    {0x0222, 0x0233, 1, 1}, {0x0253, 0x0253, -210, 0}, {0x0254, 0x0254, -206, 0},
    {0x0256, 0x0257, -205, 0}, {0x0259, 0x0259, -202, 0}, {0x025B, 0x025B, -203, 0},
    {0x0260, 0x0260, -205, 0}, {0x0263, 0x0263, -207, 0}, {0x0268, 0x0268, -209, 0},
    {0x0269, 0x0269, -211, 0}, {0x026F, 0x026F, -211, 0}, {0x0272, 0x0272, -213, 0},
    {0x0275, 0x0275, -214, 0}, {0x0280, 0x0280, -218, 0}, {0x0283, 0x0283, -218, 0},
    {0x0288, 0x0288, -218, 0}, {0x028A, 0x028B, -217, 0}, {0x0292, 0x0292, -219, 0},
    {0x0370, 0x0373, 1, 1}, {0x0376, 0x0377, 1, 1}, {0x03AC, 0x03AC, -38, 0},
    {0x03AD, 0x03AF, -37, 0}, {0x03B1, 0x03C1, -32, 0}, {0x03C2, 0x03C2, -31, 0},
    {0x03C3, 0x03CB, -32, 0}, {0x03CC, 0x03CC, -64, 0}, {0x03CD, 0x03CE, -63, 0},
    {0x03D8, 0x03EF, 1, 1}, {0x0430, 0x044F, -32, 0}, {0x0450, 0x045F, -80, 0},
    {0x0460, 0x0481, 1, 1}, {0x048A, 0x04BF, 1, 1}, {0x04C1, 0x04CE, 1, 1},
    {0x04CF, 0x04CF, -15, 0}, {0x04D0, 0x052F, 1, 1}, {0x0561, 0x0586, -48, 0},
    {0x1E00, 0x1E95, 1, 1}, {0x1EA0, 0x1EFF, 1, 1},
    {0x1F00, 0x1F07, 8, 0}, {0x1F10, 0x1F15, 8, 0}, {0x1F20, 0x1F27, 8, 0},
    {0x1F30, 0x1F37, 8, 0}, {0x1F40, 0x1F45, 8, 0}, {0x1F60, 0x1F67, 8, 0},
    {0x2170, 0x217F, -16, 0}, {0x24D0, 0x24E9, -26, 0}, {0x2C30, 0x2C5F, -48, 0},
    {0x2C80, 0x2CE3, 1, 1}, {0x2D00, 0x2D25, -7264, 0}, {0xA640, 0xA66D, 1, 1},
    {0xA680, 0xA69B, 1, 1}, {0xA722, 0xA72F, 1, 1}, {0xA732, 0xA76F, 1, 1},
    {0xA779, 0xA77C, 1, 1}, {0xA77E, 0xA787, 1, 1}, {0xA790, 0xA793, 1, 1},
    {0xA796, 0xA7A9, 1, 1}, {0xAB70, 0xABBF, -38864, 0},
    {0xFF41, 0xFF5A, -32, 0}, {0x10428, 0x1044F, -40, 0},
};

// For pair ranges: upper case at even offsets from lo. want_lower selects
// the direction. Returns c unchanged if c is already in the wanted case.
static uint32_t case_lookup(const case_range_t *t, size_t n, uint32_t c, bool want_lower) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c < t[mid].lo) {
            hi = mid;
        } else if (c > t[mid].hi) {
            lo = mid + 1;
        } else {
            const case_range_t *r = &t[mid];
            if (!r->pairs) {
                return (uint32_t)((int32_t)c + r->delta);
            }
            bool is_upper = ((c - r->lo) & 1) == 0;
            if (want_lower) {
                return is_upper ? c + 1 : c;
            } else {
                return is_upper ? c : c - 1;
            }
        }
    }
    return c;
}

// The title-case digraphs (Dž Lj Nj Dz) sit between their upper and lower forms.
static bool is_title_digraph(uint32_t c) {
    return c == 0x01C5 || c == 0x01C8 || c == 0x01CB || c == 0x01F2;
}

uint32_t unichar_tolower(uint32_t c) {
    if (c < 0x80) {
        return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    }
    if (is_title_digraph(c)) {
        return c + 1;
    }
    return case_lookup(to_lower_table, N(to_lower_table), c, true);
}

uint32_t unichar_toupper(uint32_t c) {
    if (c < 0x80) {
        return (c >= 'a' && c <= 'z') ? c - 32 : c;
    }
    if (is_title_digraph(c)) {
        return c - 1;
    }
    return case_lookup(to_upper_table, N(to_upper_table), c, false);
}

bool unichar_isupper(uint32_t c) {
    if (c < 0x80) {
        return c >= 'A' && c <= 'Z';
    }
    return (unichar_tolower(c) != c && !is_title_digraph(c)) || (c >= 0x1D400 && c <= 0x1D419);
}

bool unichar_islower(uint32_t c) {
    if (c < 0x80) {
        return c >= 'a' && c <= 'z';
    }
    // Lowercase letters without an uppercase partner still count as lower.
    return (unichar_toupper(c) != c && !is_title_digraph(c)) || (c >= 0xFB00 && c <= 0xFB06) || c == 0xDF || c == 0xAA || c == 0xBA || c == 0x138 || c == 0x149
           || (c >= 0x250 && c <= 0x2AF) || (c >= 0x1D00 && c <= 0x1D2B);
}

// Title case (for str.title/capitalize): the digraphs DŽ/LJ/NJ/DZ have their
// own title forms; otherwise the upper case.
uint32_t unichar_totitle(uint32_t c) {
    if (c >= 0x01C4 && c <= 0x01CC) {
        return 0x01C5 + 3 * ((c - 0x01C4) / 3);
    }
    if (c >= 0x01F1 && c <= 0x01F3) {
        return 0x01F2;
    }
    return unichar_toupper(c);
}

bool unichar_istitle(uint32_t c) {
    return is_title_digraph(c);
}

// A character that has case (upper, lower or title).
bool unichar_iscased(uint32_t c) {
    return unichar_isupper(c) || unichar_islower(c) || unichar_istitle(c);
}

// Multi-character case mappings (the common ones of SpecialCasing.txt).
// Returns the number of code points written to out (0 = no special mapping).
int unichar_special_upper(uint32_t c, uint32_t *out) {
    switch (c) {
        case 0x00DF: out[0] = 'S'; out[1] = 'S'; return 2;
        case 0x0149: out[0] = 0x02BC; out[1] = 'N'; return 2;
        case 0x01F0: out[0] = 'J'; out[1] = 0x030C; return 2;
        case 0xFB00: out[0] = 'F'; out[1] = 'F'; return 2;
        case 0xFB01: out[0] = 'F'; out[1] = 'I'; return 2;
        case 0xFB02: out[0] = 'F'; out[1] = 'L'; return 2;
        case 0xFB03: out[0] = 'F'; out[1] = 'F'; out[2] = 'I'; return 3;
        case 0xFB04: out[0] = 'F'; out[1] = 'F'; out[2] = 'L'; return 3;
        case 0xFB05: case 0xFB06: out[0] = 'S'; out[1] = 'T'; return 2;
        default: return 0;
    }
}

int unichar_special_title(uint32_t c, uint32_t *out) {
    switch (c) {
        case 0x00DF: out[0] = 'S'; out[1] = 's'; return 2;
        case 0xFB00: out[0] = 'F'; out[1] = 'f'; return 2;
        case 0xFB01: out[0] = 'F'; out[1] = 'i'; return 2;
        case 0xFB02: out[0] = 'F'; out[1] = 'l'; return 2;
        case 0xFB03: out[0] = 'F'; out[1] = 'f'; out[2] = 'i'; return 3;
        case 0xFB04: out[0] = 'F'; out[1] = 'f'; out[2] = 'l'; return 3;
        case 0xFB05: case 0xFB06: out[0] = 'S'; out[1] = 't'; return 2;
        case 0x0149: out[0] = 0x02BC; out[1] = 'N'; return 2;
        default: return 0;
    }
}

int unichar_special_lower(uint32_t c, uint32_t *out) {
    if (c == 0x0130) {
        out[0] = 'i';
        out[1] = 0x0307;
        return 2;
    }
    return 0;
}

int unichar_casefold(uint32_t c, uint32_t *out) {
    switch (c) {
        case 0x00DF: out[0] = 's'; out[1] = 's'; return 2;
        case 0x00B5: out[0] = 0x03BC; return 1;
        case 0x017F: out[0] = 's'; return 1;
        case 0x03C2: out[0] = 0x03C3; return 1;
        case 0x0130: out[0] = 'i'; out[1] = 0x0307; return 2;
        case 0xFB00: out[0] = 'f'; out[1] = 'f'; return 2;
        case 0xFB01: out[0] = 'f'; out[1] = 'i'; return 2;
        case 0xFB02: out[0] = 'f'; out[1] = 'l'; return 2;
        case 0xFB03: out[0] = 'f'; out[1] = 'f'; out[2] = 'i'; return 3;
        case 0xFB04: out[0] = 'f'; out[1] = 'f'; out[2] = 'l'; return 3;
        case 0xFB05: case 0xFB06: out[0] = 's'; out[1] = 't'; return 2;
        default:
            out[0] = unichar_tolower(c);
            return 1;
    }
}
