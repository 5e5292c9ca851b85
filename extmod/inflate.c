// inflate.c: the DEFLATE decompressor (RFC 1951) with the zlib (RFC 1950)
// and gzip (RFC 1952) wrappers, written for the uzlib and deflate modules.
//
// The decoder is resumable only at the point where the caller's output
// buffer is full: input is pulled through a refill callback (which may
// block or raise), so every other step can run to completion. Output goes
// straight into the caller's buffer; a match that reaches back further
// than the current call's output is served from a 32 KiB circular window
// that keeps the tail of everything produced so far.
//
// Huffman codes are decoded with two-level tables: a root table indexed by
// the next 10 (literal/length) or 8 (distance) input bits, whose entries
// either give the symbol directly or point to a sub-table for the longer
// codes. Entries are pre-resolved to (kind, base value, extra bits) so the
// hot loop does no further table look-ups. The same acceptance rules as
// zlib apply (over-subscribed codes are rejected, incomplete ones only in
// the single one-bit-code case), so the same inputs are refused with the
// same messages as CPython's zlib.
#include <errno.h>
#include <string.h>
#include "deflate_codec.h"
#include "crc32.h"

#define WMASK (DEFLATE_WSIZE - 1)

enum {
    INF_HEADER,
    INF_BLOCK,
    INF_STORED,
    INF_HUFF,
    INF_TRAILER,
    INF_DONE = 9,
    INF_ERROR = 10,
};

// ---- table entries: len (bits to drop) | kind | extra bits | value
enum { K_INVALID, K_LIT, K_LEN, K_END, K_LINK, K_DIST };
#define ENTRY(len, kind, extra, val) ((uint32_t)(len) | ((uint32_t)(kind) << 5) | ((uint32_t)(extra) << 8) | ((uint32_t)(val) << 16))
#define E_LEN(e) ((e) & 31)
#define E_KIND(e) (((e) >> 5) & 7)
#define E_EXTRA(e) (((e) >> 8) & 15)
#define E_VAL(e) ((e) >> 16)

#define LIT_BITS 10
#define DIST_BITS 8
#define CODE_BITS 7
#define LIT_CAP 2048   // root + sub-tables; a valid code needs at most 1332
#define DIST_CAP 1024  // (at most a few hundred)

const uint16_t deflate_len_base[29] = {
    3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31,
    35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258,
};
const uint8_t deflate_len_extra[29] = {
    0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2,
    3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
};
const uint16_t deflate_dist_base[30] = {
    1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193,
    257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
};
const uint8_t deflate_dist_extra[30] = {
    0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6,
    7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
};
// Order in which the code-length code lengths are sent.
const uint8_t deflate_clen_order[19] = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};

uint32_t deflate_adler32(uint32_t adler, const byte *p, size_t len) {
    uint32_t a = adler & 0xffff, b = adler >> 16;
    while (len > 0) {
        // 5552 is the most bytes that cannot overflow b before the modulo.
        size_t n = len < 5552 ? len : 5552;
        len -= n;
        while (n >= 4) {
            a += p[0];
            b += a;
            a += p[1];
            b += a;
            a += p[2];
            b += a;
            a += p[3];
            b += a;
            p += 4;
            n -= 4;
        }
        while (n-- > 0) {
            a += *p++;
            b += a;
        }
        a %= 65521;
        b %= 65521;
    }
    return (b << 16) | a;
}

static void window_add(inflate_t *s, const byte *dst, size_t n);

// ---- errors

static MP_NORETURN void fail_code(inflate_t *s, int code, const char *msg) {
    s->state = INF_ERROR;
    if (s->oserror) {
        mp_raise_OSError(EINVAL);
    }
    if (msg == NULL) {
        mp_raise_msg_varg(&mp_type_zlib_error, "Error %d while decompressing data", code);
    }
    mp_raise_msg_varg(&mp_type_zlib_error, "Error %d while decompressing data: %s", code, msg);
}

static MP_NORETURN void fail(inflate_t *s, const char *msg) {
    fail_code(s, -3, msg);
}

static const byte soft_eof_marker;

static MP_NORETURN void truncated(inflate_t *s) {
    if (s->soft) {
        nlr_jump((void *)&soft_eof_marker);
    }
    fail_code(s, -5, "incomplete or truncated stream");
}

// ---- bit input (slow path; the Huffman loop has its own fast path)

static bool more_input(inflate_t *s) {
    if (s->in_eof || s->refill == NULL) {
        s->in_eof = true;
        return false;
    }
    const byte *b;
    size_t n = s->refill(s->ctx, &b);
    if (n == 0) {
        s->in_eof = true;
        return false;
    }
    s->in = b;
    s->in_end = b + n;
    return true;
}

// Try to have at least n (<= 56) bits buffered; false if the input ends.
// Bits above nbits may hold a copy of the next input byte's bits (see the
// fast refill), which OR-ing the same byte in again leaves unchanged.
static bool fill(inflate_t *s, unsigned n) {
    while (s->nbits < n) {
        if (s->in == s->in_end && !more_input(s)) {
            return false;
        }
        s->bits |= (uint64_t)*s->in++ << s->nbits;
        s->nbits += 8;
    }
    return true;
}

static uint32_t getbits(inflate_t *s, unsigned n) {
    if (n == 0) {
        return 0;
    }
    if (!fill(s, n)) {
        truncated(s);
    }
    uint32_t v = (uint32_t)(s->bits & ((1ULL << n) - 1));
    s->bits >>= n;
    s->nbits -= n;
    return v;
}

static uint32_t getbyte(inflate_t *s) {
    return getbits(s, 8);
}

// A 4-byte number in the given byte order.
static uint32_t get32(inflate_t *s, bool big) {
    uint32_t v = 0;
    for (int i = 0; i < 4; i++) {
        uint32_t b = getbyte(s);
        v = big ? v << 8 | b : v | b << (8 * i);
    }
    return v;
}

static void align_byte(inflate_t *s) {
    unsigned drop = s->nbits & 7;
    s->bits >>= drop;
    s->nbits -= drop;
}

// Remember where the unit about to be decoded starts (soft mode).
static MP_NOINLINE void checkpoint(inflate_t *s, size_t out) {
    s->ck_state = s->state;
    s->ck_last = s->last_block;
    s->ck_in = s->in;
    s->ck_bits = s->bits;
    s->ck_nbits = s->nbits;
    s->ck_out = out;
}

// Decode one symbol with table tab (root of rb bits), one step at a time.
static uint32_t decode_slow(inflate_t *s, const uint32_t *tab, unsigned rb, const char *bad) {
    bool full = fill(s, 15);
    uint32_t e = tab[s->bits & ((1u << rb) - 1)];
    unsigned len = E_LEN(e);
    if (E_KIND(e) == K_LINK) {
        e = tab[E_VAL(e) + ((s->bits >> rb) & ((1u << len) - 1))];
        len = rb + E_LEN(e);
    }
    if (E_KIND(e) == K_INVALID) {
        // A code for an unusable symbol is an error once all its bits are
        // there; a bit pattern with no code may just be cut short.
        if (len == 0 ? !full : len > s->nbits) {
            truncated(s);
        }
        fail(s, bad);
    }
    if (len > s->nbits) {
        truncated(s);
    }
    s->bits >>= len;
    s->nbits -= len;
    return e;
}

// ---- table construction

enum { T_CODES, T_LIT, T_DIST };

static uint32_t sym_entry(int type, unsigned sym) {
    if (type == T_CODES) {
        return ENTRY(0, K_LIT, 0, sym);
    }
    if (type == T_LIT) {
        if (sym < 256) {
            return ENTRY(0, K_LIT, 0, sym);
        }
        if (sym == 256) {
            return ENTRY(0, K_END, 0, 0);
        }
        sym -= 257;
        if (sym >= 29) {
            return ENTRY(0, K_INVALID, 0, 0);
        }
        return ENTRY(0, K_LEN, deflate_len_extra[sym], deflate_len_base[sym]);
    }
    if (sym >= 30) {
        return ENTRY(0, K_INVALID, 0, 0);
    }
    return ENTRY(0, K_DIST, deflate_dist_extra[sym], deflate_dist_base[sym]);
}

// Build the decoding table for the code lengths lens[0..n). False if they
// do not form an acceptable prefix code.
static bool build(uint32_t *tab, size_t cap, unsigned rb, const uint8_t *lens, unsigned n, int type) {
    uint16_t count[16] = {0};
    for (unsigned i = 0; i < n; i++) {
        count[lens[i]]++;
    }
    count[0] = 0;
    unsigned max = 15;
    while (max > 0 && count[max] == 0) {
        max--;
    }
    size_t root = (size_t)1 << rb;
    memset(tab, 0, root * sizeof(uint32_t));
    if (max == 0) {
        // No codes at all: fine for distances (a block of literals only).
        return type != T_CODES;
    }
    int left = 1;
    for (unsigned len = 1; len <= 15; len++) {
        left <<= 1;
        left -= count[len];
        if (left < 0) {
            return false;  // over-subscribed
        }
    }
    if (left > 0 && (type == T_CODES || max != 1)) {
        return false;  // incomplete (only a single 1-bit code may be)
    }
    // The table is indexed by input bits in arrival order: the codes
    // bit-reversed, as the compressor sends them.
    uint16_t rev[288];
    deflate_gen_codes(lens, n, rev);
    uint8_t sub[1 << LIT_BITS];
    memset(sub, 0, root);
    for (unsigned i = 0; i < n; i++) {
        unsigned len = lens[i], r = rev[i];
        if (len > rb) {
            unsigned p = r & (root - 1);
            if (len - rb > sub[p]) {
                sub[p] = len - rb;
            }
        }
    }
    size_t off = root;
    for (size_t p = 0; p < root; p++) {
        if (sub[p]) {
            tab[p] = ENTRY(sub[p], K_LINK, 0, off);
            off += (size_t)1 << sub[p];
            if (off > cap) {
                return false;
            }
        }
    }
    memset(tab + root, 0, (off - root) * sizeof(uint32_t));
    for (unsigned i = 0; i < n; i++) {
        unsigned len = lens[i];
        if (len == 0) {
            continue;
        }
        uint32_t e = sym_entry(type, i);
        unsigned r = rev[i];
        if (len <= rb) {
            e |= len;
            for (size_t j = r; j < root; j += (size_t)1 << len) {
                tab[j] = e;
            }
        } else {
            unsigned p = r & (root - 1);
            size_t base = E_VAL(tab[p]), size = (size_t)1 << sub[p];
            e |= len - rb;
            for (size_t j = r >> rb; j < size; j += (size_t)1 << (len - rb)) {
                tab[base + j] = e;
            }
        }
    }
    return true;
}

void deflate_fixed_lens(uint8_t *ll, uint8_t *dl) {
    memset(ll, 8, 144);
    memset(ll + 144, 9, 112);
    memset(ll + 256, 7, 24);
    memset(ll + 280, 8, 8);  // (286, 287 are unused but shift the 9-bit codes)
    memset(dl, 5, 32);
}

void deflate_gen_codes(const uint8_t *lens, unsigned n, uint16_t *codes) {
    uint16_t count[16] = {0}, next[16];
    for (unsigned i = 0; i < n; i++) {
        count[lens[i]]++;
    }
    count[0] = 0;
    next[0] = 0;
    unsigned code = 0;
    for (unsigned len = 1; len <= 15; len++) {
        code = (code + count[len - 1]) << 1;
        next[len] = code;
    }
    for (unsigned i = 0; i < n; i++) {
        unsigned len = lens[i], c = next[len]++, r = 0;
        for (unsigned k = 0; k < len; k++) {
            r = (r << 1) | ((c >> k) & 1);
        }
        codes[i] = r;  // (0 for unused symbols)
    }
}

static void build_fixed(inflate_t *s) {
    uint8_t ll[288], dl[32];
    deflate_fixed_lens(ll, dl);
    build(s->lit_tab, LIT_CAP, LIT_BITS, ll, 288, T_LIT);
    // (distance codes 30 and 31 are valid codes but invalid symbols)
    build(s->dist_tab, DIST_CAP, DIST_BITS, dl, 32, T_DIST);
}

static void read_dynamic(inflate_t *s) {
    unsigned nlit = getbits(s, 5) + 257;
    unsigned ndist = getbits(s, 5) + 1;
    unsigned nclen = getbits(s, 4) + 4;
    if (nlit > 286 || ndist > 30) {
        fail(s, "too many length or distance symbols");
    }
    uint8_t lens[286 + 30];
    memset(lens, 0, 19);
    for (unsigned i = 0; i < nclen; i++) {
        lens[deflate_clen_order[i]] = getbits(s, 3);
    }
    uint32_t ctab[1 << CODE_BITS];
    if (!build(ctab, 1 << CODE_BITS, CODE_BITS, lens, 19, T_CODES)) {
        fail(s, "invalid code lengths set");
    }
    unsigned total = nlit + ndist;
    for (unsigned i = 0; i < total;) {
        unsigned sym = E_VAL(decode_slow(s, ctab, CODE_BITS, "invalid code lengths set"));
        if (sym < 16) {
            lens[i++] = sym;
            continue;
        }
        unsigned rep, val = 0;
        if (sym == 16) {
            if (i == 0) {
                fail(s, "invalid bit length repeat");
            }
            val = lens[i - 1];
            rep = 3 + getbits(s, 2);
        } else if (sym == 17) {
            rep = 3 + getbits(s, 3);
        } else {
            rep = 11 + getbits(s, 7);
        }
        if (i + rep > total) {
            fail(s, "invalid bit length repeat");
        }
        memset(lens + i, val, rep);
        i += rep;
    }
    if (lens[256] == 0) {
        fail(s, "invalid code -- missing end-of-block");
    }
    if (!build(s->lit_tab, LIT_CAP, LIT_BITS, lens, nlit, T_LIT)) {
        fail(s, "invalid literal/lengths set");
    }
    if (!build(s->dist_tab, DIST_CAP, DIST_BITS, lens + nlit, ndist, T_DIST)) {
        fail(s, "invalid distances set");
    }
}

// ---- headers and trailers

static void read_zlib_header(inflate_t *s) {
    unsigned cmf = getbyte(s), flg = getbyte(s);
    if ((cmf * 256 + flg) % 31 != 0) {
        fail(s, "incorrect header check");
    }
    if ((cmf & 15) != 8) {
        fail(s, "unknown compression method");
    }
    unsigned w = (cmf >> 4) + 8;
    if (w > 15 || (s->wbits != 0 && (int)w > s->wbits)) {
        fail(s, "invalid window size");
    }
    s->check = 1;
    if (flg & 0x20) {
        // A preset dictionary is required (zlib's Z_NEED_DICT without one).
        uint32_t id = get32(s, true);
        if (s->dict == NULL) {
            fail_code(s, 2, NULL);
        }
        if (id != deflate_adler32(1, s->dict, s->dict_len)) {
            s->state = INF_ERROR;
            if (s->oserror) {
                mp_raise_OSError(EINVAL);
            }
            mp_raise_msg(&mp_type_zlib_error, "Error -3 while setting zdict: invalid input data");
        }
        window_add(s, s->dict, s->dict_len);
    }
}

static uint32_t hdr_byte(inflate_t *s, uint32_t *crc) {
    byte b = getbyte(s);
    *crc = mp_crc32_update(*crc, &b, 1);
    return b;
}

static void read_gzip_header(inflate_t *s) {
    uint32_t crc = 0;
    if (!fill(s, 16)) {
        truncated(s);  // (zlib looks at both magic bytes at once)
    }
    if (hdr_byte(s, &crc) != 0x1f || hdr_byte(s, &crc) != 0x8b) {
        fail(s, "incorrect header check");
    }
    if (hdr_byte(s, &crc) != 8) {
        fail(s, "unknown compression method");
    }
    unsigned flg = hdr_byte(s, &crc);
    if (flg & 0xe0) {
        fail(s, "unknown header flags set");
    }
    for (int i = 0; i < 6; i++) {
        hdr_byte(s, &crc);  // mtime, extra flags, OS
    }
    if (flg & 4) {  // FEXTRA
        unsigned xlen = hdr_byte(s, &crc);
        xlen |= hdr_byte(s, &crc) << 8;
        while (xlen-- > 0) {
            hdr_byte(s, &crc);
        }
    }
    if (flg & 8) {  // FNAME
        while (hdr_byte(s, &crc) != 0) {
        }
    }
    if (flg & 16) {  // FCOMMENT
        while (hdr_byte(s, &crc) != 0) {
        }
    }
    if (flg & 2) {  // FHCRC
        unsigned want = getbyte(s);
        want |= getbyte(s) << 8;
        if (want != (crc & 0xffff)) {
            fail(s, "header crc mismatch");
        }
    }
    s->check = 0;
}

static void read_trailer(inflate_t *s) {
    align_byte(s);
    if (s->format == DEFLATE_FMT_ZLIB) {
        if (get32(s, true) != s->check) {
            fail(s, "incorrect data check");
        }
    } else if (s->format == DEFLATE_FMT_GZIP) {
        uint32_t c = get32(s, false), n = get32(s, false);
        if (c != s->check) {
            fail(s, "incorrect data check");
        }
        if (n != (uint32_t)s->total_out) {
            fail(s, "incorrect length check");
        }
    }
}

// ---- output

// Copy a match of len bytes from dist back into dst[out..n); what does not
// fit is left pending in the state. Bytes before this call's output come
// from the window.
static size_t copy_match(inflate_t *s, byte *dst, size_t out, size_t n, uint32_t dist, uint32_t len) {
    size_t room = n - out;
    size_t now = len <= room ? len : room;
    s->match_len = len - now;
    s->match_dist = dist;
    byte *d = dst + out;
    if (dist <= out) {
        const byte *p = d - dist;
        if (dist >= now) {
            memcpy(d, p, now);
        } else {
            for (size_t i = 0; i < now; i++) {
                d[i] = p[i];
            }
        }
    } else {
        for (size_t i = 0; i < now; i++) {
            size_t o = out + i;
            d[i] = o >= dist ? dst[o - dist] : s->win[(size_t)(s->total_out + o - dist) & WMASK];
        }
    }
    return out + now;
}

// Account for the output dst[0..n) of this call: checksum, window, count.
static void commit(inflate_t *s, const byte *dst, size_t n) {
    if (n == 0) {
        return;
    }
    if (s->format == DEFLATE_FMT_ZLIB) {
        s->check = deflate_adler32(s->check, dst, n);
    } else if (s->format == DEFLATE_FMT_GZIP) {
        s->check = mp_crc32_update(s->check, dst, n);
    }
    window_add(s, dst, n);
}

// Append n bytes to the history the matches refer to.
static void window_add(inflate_t *s, const byte *dst, size_t n) {
    size_t m = n < DEFLATE_WSIZE ? n : DEFLATE_WSIZE;
    const byte *src = dst + n - m;
    size_t pos = (size_t)(s->total_out + n - m) & WMASK;
    size_t first = DEFLATE_WSIZE - pos;
    if (first > m) {
        first = m;
    }
    memcpy(s->win + pos, src, first);
    memcpy(s->win, src + first, m - first);
    s->total_out += n;
}

static inline uint64_t load64le(const byte *p) {
    uint64_t v;
    memcpy(&v, p, 8);
    #if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    v = __builtin_bswap64(v);
    #endif
    return v;
}

// Decode symbols of a Huffman block into dst[out..n). Returns the new out;
// the state becomes INF_BLOCK at the end of the block.
static size_t huff_block(inflate_t *s, byte *dst, size_t out, size_t n) {
    const uint32_t *lt = s->lit_tab, *dt = s->dist_tab;
    if (s->match_len > 0) {
        out = copy_match(s, dst, out, n, s->match_dist, s->match_len);
    }
    while (out < n) {
        // Fast path: with 8 input bytes and room for a longest match, a
        // whole symbol (at most 48 bits) is decoded without any checks.
        if (s->in_end - s->in >= 8 && n - out >= 258) {
            uint64_t bits = s->bits;
            unsigned nbits = s->nbits;
            const byte *in = s->in, *in_end = s->in_end;
            uint64_t total = s->total_out;
            while (in_end - in >= 8 && n - out >= 258) {
                if (nbits < 48) {
                    bits |= load64le(in) << nbits;
                    in += (63 - nbits) >> 3;
                    nbits |= 56;
                }
                uint32_t e = lt[bits & ((1u << LIT_BITS) - 1)];
                if (E_KIND(e) == K_LINK) {
                    e = lt[E_VAL(e) + ((bits >> LIT_BITS) & ((1u << E_LEN(e)) - 1))];
                    bits >>= LIT_BITS;
                    nbits -= LIT_BITS;
                }
                unsigned k = E_KIND(e);
                if (k == K_LIT) {
                    bits >>= E_LEN(e);
                    nbits -= E_LEN(e);
                    dst[out++] = (byte)E_VAL(e);
                    continue;
                }
                if (k == K_END) {
                    s->bits = bits >> E_LEN(e);
                    s->nbits = nbits - E_LEN(e);
                    s->in = in;
                    s->state = INF_BLOCK;
                    return out;
                }
                if (k != K_LEN) {
                    // (at least 48 bits are buffered: not a truncation)
                    fail(s, "invalid literal/length code");
                }
                bits >>= E_LEN(e);
                nbits -= E_LEN(e);
                unsigned ex = E_EXTRA(e);
                uint32_t len = E_VAL(e) + (uint32_t)(bits & ((1u << ex) - 1));
                bits >>= ex;
                nbits -= ex;
                e = dt[bits & ((1u << DIST_BITS) - 1)];
                if (E_KIND(e) == K_LINK) {
                    e = dt[E_VAL(e) + ((bits >> DIST_BITS) & ((1u << E_LEN(e)) - 1))];
                    bits >>= DIST_BITS;
                    nbits -= DIST_BITS;
                }
                if (E_KIND(e) != K_DIST) {
                    fail(s, "invalid distance code");
                }
                bits >>= E_LEN(e);
                nbits -= E_LEN(e);
                ex = E_EXTRA(e);
                uint32_t dist = E_VAL(e) + (uint32_t)(bits & ((1u << ex) - 1));
                bits >>= ex;
                nbits -= ex;
                if (dist > total + out) {
                    fail(s, "invalid distance too far back");
                }
                // (there is room for all of it: nothing is left pending)
                out = copy_match(s, dst, out, n, dist, len);
            }
            s->bits = bits;
            s->nbits = nbits;
            s->in = in;
            continue;
        }
        // Slow path: one symbol with every step checked.
        checkpoint(s, out);
        uint32_t e = decode_slow(s, lt, LIT_BITS, "invalid literal/length code");
        unsigned k = E_KIND(e);
        if (k == K_LIT) {
            dst[out++] = (byte)E_VAL(e);
            continue;
        }
        if (k == K_END) {
            s->state = INF_BLOCK;
            return out;
        }
        uint32_t len = E_VAL(e) + getbits(s, E_EXTRA(e));
        e = decode_slow(s, dt, DIST_BITS, "invalid distance code");
        uint32_t dist = E_VAL(e) + getbits(s, E_EXTRA(e));
        if (dist > s->total_out + out) {
            fail(s, "invalid distance too far back");
        }
        out = copy_match(s, dst, out, n, dist, len);
    }
    return out;
}

static size_t stored_block(inflate_t *s, byte *dst, size_t out, size_t n) {
    // Whole bytes still in the bit buffer come first.
    while (s->stored_left > 0 && out < n && s->nbits >= 8) {
        dst[out++] = (byte)s->bits;
        s->bits >>= 8;
        s->nbits -= 8;
        s->stored_left--;
    }
    if (s->stored_left > 0 && s->nbits == 0) {
        // (The buffer may hold a copy of the next input byte: clear it, as
        // the input is now read directly.)
        s->bits = 0;
    }
    while (s->stored_left > 0 && out < n) {
        if (s->in == s->in_end && !more_input(s)) {
            checkpoint(s, out);
            truncated(s);
        }
        size_t k = s->in_end - s->in;
        if (k > s->stored_left) {
            k = s->stored_left;
        }
        if (k > n - out) {
            k = n - out;
        }
        memcpy(dst + out, s->in, k);
        s->in += k;
        out += k;
        s->stored_left -= k;
    }
    if (s->stored_left == 0) {
        s->state = INF_BLOCK;
    }
    return out;
}

// ---- the public interface

void inflate_init(inflate_t *s, int fmt, int wbits, const byte *in, size_t len, inflate_refill_t refill, void *ctx) {
    memset(s, 0, sizeof(*s));
    s->in = in;
    s->in_end = in + len;
    s->refill = refill;
    s->ctx = ctx;
    s->format = fmt;
    s->wbits = wbits;
    s->state = INF_HEADER;
    // Window and tables in one block of pointer-free memory.
    byte *mem = m_malloc_atomic(DEFLATE_WSIZE + (LIT_CAP + DIST_CAP) * sizeof(uint32_t));
    s->lit_tab = (uint32_t *)mem;
    s->dist_tab = s->lit_tab + LIT_CAP;
    s->win = mem + (LIT_CAP + DIST_CAP) * sizeof(uint32_t);
}

void inflate_free(inflate_t *s) {
    if (s->lit_tab != NULL) {
        m_free(s->lit_tab);
    }
    s->lit_tab = s->dist_tab = NULL;
    s->win = NULL;
    s->state = INF_ERROR;
}

void inflate_set_dict(inflate_t *s, const byte *dict, size_t len) {
    if (s->format == DEFLATE_FMT_RAW) {
        window_add(s, dict, len);
    } else {
        s->dict = dict;
        s->dict_len = len;
    }
}

static size_t read_steps(inflate_t *s, byte *dst, size_t n) {
    size_t out = 0, done = 0;
    s->ck_done = 0;
    while (out < n) {
        checkpoint(s, out);
        switch (s->state) {
            case INF_HEADER:
                if (s->format == DEFLATE_FMT_AUTO) {
                    if (!fill(s, 16)) {
                        truncated(s);
                    }
                    s->format = (s->bits & 0xffff) == 0x8b1f ? DEFLATE_FMT_GZIP : DEFLATE_FMT_ZLIB;
                }
                if (s->format == DEFLATE_FMT_ZLIB) {
                    read_zlib_header(s);
                } else if (s->format == DEFLATE_FMT_GZIP) {
                    read_gzip_header(s);
                }
                s->state = INF_BLOCK;
                break;
            case INF_BLOCK: {
                if (s->last_block) {
                    s->state = INF_TRAILER;
                    break;
                }
                unsigned hdr = getbits(s, 3);
                s->last_block = hdr & 1;
                switch (hdr >> 1) {
                    case 0: {
                        align_byte(s);
                        uint32_t len = getbits(s, 16);
                        uint32_t nlen = getbits(s, 16);
                        if (len != (~nlen & 0xffff)) {
                            fail(s, "invalid stored block lengths");
                        }
                        s->stored_left = len;
                        s->state = INF_STORED;
                        break;
                    }
                    case 1:
                        if (s->kind != 1) {
                            build_fixed(s);
                            s->kind = 1;
                        }
                        s->state = INF_HUFF;
                        break;
                    case 2:
                        s->kind = 2;
                        read_dynamic(s);
                        s->state = INF_HUFF;
                        break;
                    default:
                        fail(s, "invalid block type");
                }
                break;
            }
            case INF_STORED:
                out = stored_block(s, dst, out, n);
                break;
            case INF_HUFF:
                out = huff_block(s, dst, out, n);
                break;
            case INF_TRAILER:
                // The checksum must cover everything produced so far.
                commit(s, dst + done, out - done);
                done = out;
                s->ck_done = done;
                read_trailer(s);
                s->state = INF_DONE;
                break;
            case INF_DONE:
                goto end;
            default:
                fail_code(s, -2, "inconsistent stream state");
        }
    }
end:
    commit(s, dst + done, out - done);
    return out;
}

size_t inflate_read(inflate_t *s, byte *dst, size_t n) {
    if (!s->soft) {
        return read_steps(s, dst, n);
    }
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        size_t r = read_steps(s, dst, n);
        nlr_pop();
        return r;
    }
    if (nlr.ret_val != (void *)&soft_eof_marker) {
        nlr_jump(nlr.ret_val);
    }
    // Out of input in the middle of a unit: undo it, keep what came before.
    s->state = s->ck_state;
    s->last_block = s->ck_last;
    s->in = s->ck_in;
    s->bits = s->ck_bits;
    s->nbits = s->ck_nbits;
    s->in_eof = false;
    commit(s, dst + s->ck_done, s->ck_out - s->ck_done);
    return s->ck_out;
}
