// deflate_enc.c: the DEFLATE compressor (RFC 1951) with zlib/gzip
// wrappers, for zlib.compress and deflate.DeflateIO.
//
// LZ77 over a 64 KiB buffer holding up to 32 KiB of history plus the
// lookahead; when the buffer fills, its upper half slides down. Candidate
// matches are found through hash chains on 3-byte prefixes (head[] holds
// the latest position of each hash, prev[] links each position to the
// previous one with the same hash). Levels 1-3 take the first good match
// (greedy); levels 4-9 defer a match by one byte when the next position
// gives a longer one (lazy matching), with longer chain walks at higher
// levels. Level 0 only stores.
//
// Symbols are collected per block; a block is closed after 16 KiB of input
// (so its raw bytes are still in the buffer) and written in whichever of
// stored, fixed-Huffman or dynamic-Huffman form is smallest, computed
// exactly. Dynamic codes are built with Huffman's algorithm and limited to
// 15 (7 for the code-length code) bits by halving the frequencies until
// the tree is shallow enough.
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "deflate_codec.h"
#include "crc32.h"
#include "binary.h"

#define WSIZE DEFLATE_WSIZE
#define WMASK (WSIZE - 1)
#define WBUF (2 * WSIZE)
#define HBITS 15
#define HSIZE (1 << HBITS)
#define MIN_MATCH 3
#define MAX_MATCH 258
#define MIN_LOOKAHEAD (MAX_MATCH + MIN_MATCH + 1)
#define MAX_DIST_LIMIT (WSIZE - MIN_LOOKAHEAD - 1)
#define BLOCK_RAW_MAX 16384  // level 0: bytes per stored block
#define SYM_MAX 16384        // symbols per block

extern const uint16_t deflate_len_base[29];
extern const uint8_t deflate_len_extra[29];
extern const uint16_t deflate_dist_base[30];
extern const uint8_t deflate_dist_extra[30];
extern const uint8_t deflate_clen_order[19];

struct _deflate_enc_t {
    byte *win;          // WBUF bytes + 8 of padding
    uint16_t *head;     // HSIZE: latest position per hash (0: none)
    uint16_t *prev;     // WSIZE: previous position with the same hash (in
                        // the same block as head, right after it)
    uint32_t *syms;     // literal (dist 0) or (dist << 16 | len - 3)
    size_t strstart;    // current position in win
    size_t lookahead;   // bytes from strstart not processed yet
    ptrdiff_t block_start; // first byte of the current block (< 0: slid out)
    size_t nsyms;
    // lazy matching state
    size_t match_start, prev_match;
    unsigned match_len, prev_len;
    bool match_avail;   // the byte at strstart - 1 is not emitted yet
    // settings
    int fmt;
    int level;
    int wbits;
    unsigned good, lazy, nice, max_chain;
    size_t max_dist;
    // output
    uint32_t check;
    uint32_t total_in;
    bool started, finished;
    bool has_dict;
    uint32_t dict_id;   // adler32 of the preset dictionary (zlib header)
    uint64_t bb;        // bit buffer
    unsigned bc;
    vstr_t *out;
    uint32_t lfreq[286];
    uint32_t dfreq[30];
};

static const struct { uint16_t good, lazy, nice, chain; } level_cfg[10] = {
    {0, 0, 0, 0},
    {4, 4, 8, 4},
    {4, 5, 16, 8},
    {4, 6, 32, 32},
    {4, 4, 16, 16},
    {8, 16, 32, 32},
    {8, 16, 128, 128},
    {8, 32, 128, 256},
    {32, 128, 258, 1024},
    {32, 258, 258, 4096},
};

// Length (3..258) -> length code 0..28; distance -> code 0..29.
static uint8_t len_code_tab[256];
static uint8_t dist_code_tab[512];
static bool tabs_ready;

static void init_tabs(void) {
    if (tabs_ready) {
        return;
    }
    for (int c = 0; c < 29; c++) {
        int n = c == 28 ? 1 : 1 << deflate_len_extra[c];
        for (int k = 0; k < n; k++) {
            len_code_tab[deflate_len_base[c] - 3 + k] = c;
        }
    }
    for (int c = 0; c < 30; c++) {
        int n = 1 << deflate_dist_extra[c];
        for (int k = 0; k < n; k++) {
            unsigned d = deflate_dist_base[c] - 1 + k;
            if (d < 256) {
                dist_code_tab[d] = c;
            } else if ((d & 127) == 0) {
                dist_code_tab[256 + (d >> 7)] = c;
            }
        }
    }
    tabs_ready = true;
}

static inline unsigned dist_code(unsigned dist) {
    unsigned d = dist - 1;
    return d < 256 ? dist_code_tab[d] : dist_code_tab[256 + (d >> 7)];
}

// ---- bit output (the space is reserved beforehand)

static void reserve(deflate_enc_t *e, size_t n) {
    vstr_hint_size(e->out, n + 16);
}

// (Not inlined: it is called from many places and the calls are cheap next
// to the rest of the per-symbol work.)
static MP_NOINLINE void putbits(deflate_enc_t *e, uint32_t v, unsigned n) {
    e->bb |= (uint64_t)v << e->bc;
    e->bc += n;
    if (e->bc >= 32) {
        byte *p = (byte *)e->out->buf + e->out->len;
        p[0] = (byte)e->bb;
        p[1] = (byte)(e->bb >> 8);
        p[2] = (byte)(e->bb >> 16);
        p[3] = (byte)(e->bb >> 24);
        e->out->len += 4;
        e->bb >>= 32;
        e->bc -= 32;
    }
}

// Pad to a byte boundary and write out the buffered bits.
static void align_out(deflate_enc_t *e) {
    byte *p = (byte *)e->out->buf + e->out->len;
    while (e->bc > 0) {
        *p++ = (byte)e->bb;
        e->out->len++;
        e->bb >>= 8;
        e->bc = e->bc > 8 ? e->bc - 8 : 0;
    }
    e->bb = 0;
}

// The low n bytes of v, byte aligned, in the given byte order.
static void put_bytes(deflate_enc_t *e, uint32_t v, size_t n, bool big) {
    mp_binary_put_bits((byte *)e->out->buf + e->out->len, n, big, v);
    e->out->len += n;
}

// ---- Huffman codes

typedef struct { uint32_t freq; uint16_t sym; } leaf_t;

static int leaf_cmp(const void *a, const void *b) {
    const leaf_t *x = a, *y = b;
    if (x->freq != y->freq) {
        return x->freq < y->freq ? -1 : 1;
    }
    return (int)x->sym - (int)y->sym;
}

// Code lengths for the frequencies (0 for unused symbols), none longer
// than maxbits. At least two symbols get a code, so every code is complete.
static void build_lengths(const uint32_t *freq_in, unsigned n, unsigned maxbits, uint8_t *lens) {
    uint32_t freq[286];
    unsigned used = 0;
    for (unsigned i = 0; i < n; i++) {
        freq[i] = freq_in[i];
        used += freq[i] != 0;
    }
    for (unsigned i = 0; used < 2 && i < n; i++) {
        if (freq[i] == 0) {
            freq[i] = 1;
            used++;
        }
    }
    memset(lens, 0, n);
    leaf_t leaves[286];
    uint32_t w[2 * 286];
    uint16_t parent[2 * 286];
    uint8_t depth[2 * 286];
    for (;;) {
        unsigned m = 0;
        for (unsigned i = 0; i < n; i++) {
            if (freq[i]) {
                leaves[m].freq = freq[i];
                leaves[m].sym = i;
                m++;
            }
        }
        qsort(leaves, m, sizeof(leaf_t), leaf_cmp);
        // Two queues: the sorted leaves, and internal nodes (created in
        // increasing weight order). Nodes 0..m-1 are leaves, m.. internal.
        for (unsigned i = 0; i < m; i++) {
            w[i] = leaves[i].freq;
        }
        unsigned li = 0, ni = m, nk = m;
        while (nk < 2 * m - 1) {
            unsigned pick[2];
            for (int t = 0; t < 2; t++) {
                if (li < m && (ni >= nk || w[li] <= w[ni])) {
                    pick[t] = li++;
                } else {
                    pick[t] = ni++;
                }
            }
            w[nk] = w[pick[0]] + w[pick[1]];
            parent[pick[0]] = parent[pick[1]] = nk;
            nk++;
        }
        unsigned root = 2 * m - 2, maxd = 0;
        depth[root] = 0;
        for (int i = (int)root - 1; i >= 0; i--) {
            depth[i] = depth[parent[i]] + 1;
            if (depth[i] > maxd) {
                maxd = depth[i];
            }
        }
        if (maxd <= maxbits) {
            for (unsigned i = 0; i < m; i++) {
                lens[leaves[i].sym] = depth[i];
            }
            return;
        }
        // Too deep: flatten the distribution and retry.
        for (unsigned i = 0; i < n; i++) {
            if (freq[i]) {
                freq[i] = (freq[i] >> 1) | 1;
            }
        }
    }
}

// ---- blocks

typedef struct {
    uint8_t ll[288], dl[30];
    unsigned hlit, hdist, hclen;
    uint8_t cl[19];
    uint16_t ops[286 + 30];  // code-length symbol | extra value << 5
    unsigned nops;
} dyn_t;

static void rle_lengths(dyn_t *d) {
    uint8_t all[286 + 30];
    memcpy(all, d->ll, d->hlit);
    memcpy(all + d->hlit, d->dl, d->hdist);
    unsigned total = d->hlit + d->hdist;
    d->nops = 0;
    for (unsigned i = 0; i < total;) {
        unsigned cur = all[i], run = 1;
        while (i + run < total && all[i + run] == cur) {
            run++;
        }
        i += run;
        if (cur == 0) {
            while (run >= 11) {
                unsigned r = run < 138 ? run : 138;
                d->ops[d->nops++] = 18 | (r - 11) << 5;
                run -= r;
            }
            if (run >= 3) {
                d->ops[d->nops++] = 17 | (run - 3) << 5;
                run = 0;
            }
        } else {
            d->ops[d->nops++] = cur;
            run--;
            while (run >= 3) {
                unsigned r = run < 6 ? run : 6;
                d->ops[d->nops++] = 16 | (r - 3) << 5;
                run -= r;
            }
        }
        while (run-- > 0) {
            d->ops[d->nops++] = cur;
        }
    }
}

static const uint8_t cl_extra[19] = {[16] = 2, [17] = 3, [18] = 7};

// Bits of the symbols (codes + extra bits) with the given lengths.
static size_t data_bits(deflate_enc_t *e, const uint8_t *ll, const uint8_t *dl) {
    size_t bits = 0;
    for (unsigned i = 0; i < 286; i++) {
        bits += (size_t)e->lfreq[i] * (ll[i] + (i >= 257 ? deflate_len_extra[i - 257] : 0));
    }
    for (unsigned i = 0; i < 30; i++) {
        bits += (size_t)e->dfreq[i] * (dl[i] + deflate_dist_extra[i]);
    }
    return bits;
}

static void write_symbols(deflate_enc_t *e, const uint8_t *ll, const uint8_t *dl) {
    uint16_t lc[288], dc[30];
    deflate_gen_codes(ll, 288, lc);
    deflate_gen_codes(dl, 30, dc);
    const uint32_t *sy = e->syms;
    for (size_t i = 0; i < e->nsyms; i++) {
        uint32_t v = sy[i];
        unsigned dist = v >> 16;
        if (dist == 0) {
            putbits(e, lc[v], ll[v]);
            continue;
        }
        unsigned len = (v & 0xffff) + 3;
        unsigned c = len_code_tab[len - 3];
        putbits(e, lc[257 + c], ll[257 + c]);
        if (deflate_len_extra[c]) {
            putbits(e, len - deflate_len_base[c], deflate_len_extra[c]);
        }
        c = dist_code(dist);
        putbits(e, dc[c], dl[c]);
        if (deflate_dist_extra[c]) {
            putbits(e, dist - deflate_dist_base[c], deflate_dist_extra[c]);
        }
    }
    putbits(e, lc[256], ll[256]);
}

static void write_stored(deflate_enc_t *e, const byte *data, size_t len, bool last) {
    // (a stored block holds at most 65535 bytes)
    while (len > 65535) {
        write_stored(e, data, 65535, false);
        data += 65535;
        len -= 65535;
    }
    reserve(e, len + 16);
    putbits(e, last, 3);
    align_out(e);
    put_bytes(e, (uint32_t)len | (uint32_t)(~len & 0xffff) << 16, 4, false);  // LEN, NLEN
    memcpy(e->out->buf + e->out->len, data, len);
    e->out->len += len;
}

// Write the symbols collected for win[block_start, end) as one block.
static void emit_block(deflate_enc_t *e, bool last) {
    size_t end = e->strstart - e->match_avail;
    size_t raw = (size_t)((ptrdiff_t)end - e->block_start);
    // A stored block is possible only while the raw bytes are in the window.
    const byte *rawp = e->block_start >= 0 ? e->win + e->block_start : NULL;
    e->block_start = end;
    if (e->level == 0) {
        write_stored(e, rawp, raw, last);
        return;
    }
    e->lfreq[256] = 1;
    // fixed
    uint8_t fl[288], fd[32];
    deflate_fixed_lens(fl, fd);
    size_t fixed_cost = 3 + data_bits(e, fl, fd);
    // dynamic
    dyn_t d;
    build_lengths(e->lfreq, 286, 15, d.ll);
    d.ll[286] = d.ll[287] = 0;
    build_lengths(e->dfreq, 30, 15, d.dl);
    d.hlit = 286;
    while (d.hlit > 257 && d.ll[d.hlit - 1] == 0) {
        d.hlit--;
    }
    d.hdist = 30;
    while (d.hdist > 1 && d.dl[d.hdist - 1] == 0) {
        d.hdist--;
    }
    rle_lengths(&d);
    uint32_t clfreq[19] = {0};
    for (unsigned i = 0; i < d.nops; i++) {
        clfreq[d.ops[i] & 31]++;
    }
    build_lengths(clfreq, 19, 7, d.cl);
    d.hclen = 19;
    while (d.hclen > 4 && d.cl[deflate_clen_order[d.hclen - 1]] == 0) {
        d.hclen--;
    }
    size_t dyn_cost = 3 + 14 + 3 * d.hclen + data_bits(e, d.ll, d.dl);
    for (unsigned i = 0; i < 19; i++) {
        dyn_cost += (size_t)clfreq[i] * (d.cl[i] + cl_extra[i]);
    }
    size_t stored_cost = rawp == NULL ? SIZE_MAX : (3 + 7 + 32) * (raw / 65535 + 1) + 8 * raw;
    if (stored_cost <= fixed_cost && stored_cost <= dyn_cost) {
        write_stored(e, rawp, raw, last);
    } else if (fixed_cost <= dyn_cost) {
        reserve(e, fixed_cost / 8 + 8);
        putbits(e, last | 2, 3);
        write_symbols(e, fl, fd);
    } else {
        reserve(e, dyn_cost / 8 + 8);
        // BFINAL, BTYPE 2, HLIT (5 bits), HDIST (5), HCLEN (4)
        putbits(e, (last | 4) | (d.hlit - 257) << 3 | (d.hdist - 1) << 8 | (d.hclen - 4) << 13, 17);
        for (unsigned i = 0; i < d.hclen; i++) {
            putbits(e, d.cl[deflate_clen_order[i]], 3);
        }
        uint16_t cc[19];
        deflate_gen_codes(d.cl, 19, cc);
        for (unsigned i = 0; i < d.nops; i++) {
            unsigned sym = d.ops[i] & 31;
            putbits(e, cc[sym], d.cl[sym]);
            if (cl_extra[sym]) {
                putbits(e, d.ops[i] >> 5, cl_extra[sym]);
            }
        }
        write_symbols(e, d.ll, d.dl);
    }
    memset(e->lfreq, 0, sizeof(e->lfreq));
    memset(e->dfreq, 0, sizeof(e->dfreq));
    e->nsyms = 0;
}

// ---- LZ77

static inline unsigned hash3(const byte *p) {
    uint32_t v = (uint32_t)p[0] << 16 | (uint32_t)p[1] << 8 | p[2];
    return (v * 2654435761u) >> (32 - HBITS);
}

// Insert position pos (which has 3 bytes available); returns the previous
// head of its chain.
static inline unsigned insert(deflate_enc_t *e, size_t pos) {
    unsigned h = hash3(e->win + pos);
    unsigned old = e->head[h];
    e->prev[pos & WMASK] = old;
    e->head[h] = (uint16_t)pos;
    return old;
}

static inline void tally_lit(deflate_enc_t *e, byte c) {
    e->syms[e->nsyms++] = c;
    e->lfreq[c]++;
}

static inline void tally_match(deflate_enc_t *e, unsigned dist, unsigned len) {
    e->syms[e->nsyms++] = (uint32_t)dist << 16 | (len - 3);
    e->lfreq[257 + len_code_tab[len - 3]]++;
    e->dfreq[dist_code(dist)]++;
}

static inline unsigned match_length(const byte *a, const byte *b, unsigned max) {
    unsigned len = 0;
    while (len + 8 <= max) {
        uint64_t x, y;
        memcpy(&x, a + len, 8);
        memcpy(&y, b + len, 8);
        uint64_t diff = x ^ y;
        if (diff) {
            #if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
            return len + (__builtin_clzll(diff) >> 3);
            #else
            return len + (__builtin_ctzll(diff) >> 3);
            #endif
        }
        len += 8;
    }
    while (len < max && a[len] == b[len]) {
        len++;
    }
    return len;
}

// Longest match for strstart along the chain starting at cur that beats
// best; sets match_start. Returns the length (< MIN_MATCH: none).
static unsigned longest_match(deflate_enc_t *e, unsigned cur, unsigned best) {
    size_t s = e->strstart;
    unsigned maxlen = e->lookahead < MAX_MATCH ? (unsigned)e->lookahead : MAX_MATCH;
    if (best >= maxlen) {
        return MIN_MATCH - 1;
    }
    unsigned nice = e->nice < maxlen ? e->nice : maxlen;
    unsigned chain = e->max_chain;
    if (best >= e->good) {
        chain >>= 2;
    }
    size_t limit = s > e->max_dist ? s - e->max_dist : 0;
    const byte *scan = e->win + s;
    unsigned found = MIN_MATCH - 1;
    if (best < MIN_MATCH - 1) {
        best = MIN_MATCH - 1;
    }
    while (cur > limit && chain-- > 0) {
        const byte *m = e->win + cur;
        if (m[best] == scan[best] && m[0] == scan[0] && m[1] == scan[1]) {
            unsigned len = match_length(m, scan, maxlen);
            if (len > best) {
                best = found = len;
                e->match_start = cur;
                if (len >= nice) {
                    break;
                }
            }
        }
        cur = e->prev[cur & WMASK];
    }
    return found;
}

static void maybe_end_block(deflate_enc_t *e) {
    if (e->nsyms >= SYM_MAX - 2) {
        emit_block(e, false);
    }
}

// Levels 1-3: take the first match found.
static void compress_greedy(deflate_enc_t *e, bool flush) {
    while (e->lookahead >= MIN_LOOKAHEAD || (flush && e->lookahead > 0)) {
        size_t s = e->strstart;
        unsigned hh = e->lookahead >= MIN_MATCH ? insert(e, s) : 0;
        unsigned len = 0;
        if (hh != 0 && s - hh <= e->max_dist) {
            len = longest_match(e, hh, 0);
            if (len == MIN_MATCH && s - e->match_start > 4096) {
                len = 0;
            }
        }
        if (len >= MIN_MATCH) {
            tally_match(e, s - e->match_start, len);
            if (len <= e->lazy) {
                size_t last = s + e->lookahead - MIN_MATCH;
                for (size_t p = s + 1; p < s + len && p <= last; p++) {
                    insert(e, p);
                }
            }
            e->strstart += len;
            e->lookahead -= len;
        } else {
            tally_lit(e, e->win[s]);
            e->strstart++;
            e->lookahead--;
        }
        maybe_end_block(e);
    }
}

// Levels 4-9: lazy matching.
static void compress_lazy(deflate_enc_t *e, bool flush) {
    while (e->lookahead >= MIN_LOOKAHEAD || (flush && e->lookahead > 0)) {
        size_t s = e->strstart;
        unsigned hh = e->lookahead >= MIN_MATCH ? insert(e, s) : 0;
        e->prev_len = e->match_len;
        e->prev_match = e->match_start;
        e->match_len = MIN_MATCH - 1;
        if (hh != 0 && e->prev_len < e->lazy && s - hh <= e->max_dist) {
            e->match_len = longest_match(e, hh, e->prev_len);
            if (e->match_len == MIN_MATCH && s - e->match_start > 4096) {
                e->match_len = MIN_MATCH - 1;
            }
        }
        if (e->prev_len >= MIN_MATCH && e->match_len <= e->prev_len) {
            // The match found at s - 1 is at least as good: take it.
            size_t last = s + e->lookahead >= MIN_MATCH ? s + e->lookahead - MIN_MATCH : 0;
            tally_match(e, s - 1 - e->prev_match, e->prev_len);
            for (size_t p = s + 1; p <= s + e->prev_len - 2 && p <= last; p++) {
                insert(e, p);
            }
            e->lookahead -= e->prev_len - 1;
            e->strstart = s + e->prev_len - 1;
            e->match_avail = false;
            e->match_len = MIN_MATCH - 1;
        } else if (e->match_avail) {
            tally_lit(e, e->win[s - 1]);
            e->strstart++;
            e->lookahead--;
        } else {
            e->match_avail = true;
            e->strstart++;
            e->lookahead--;
        }
        maybe_end_block(e);
    }
    if (flush && e->match_avail) {
        tally_lit(e, e->win[e->strstart - 1]);
        e->match_avail = false;
    }
    if (flush) {
        e->match_len = MIN_MATCH - 1;
    }
}

static void compress_stored(deflate_enc_t *e, bool flush) {
    while (e->lookahead > 0 && (flush || e->lookahead >= MIN_LOOKAHEAD)) {
        size_t room = BLOCK_RAW_MAX - (size_t)((ptrdiff_t)e->strstart - e->block_start);
        size_t n = e->lookahead < room ? e->lookahead : room;
        e->strstart += n;
        e->lookahead -= n;
        if ((ptrdiff_t)e->strstart - e->block_start >= BLOCK_RAW_MAX) {
            emit_block(e, false);
        }
    }
}

static void compress(deflate_enc_t *e, bool flush) {
    if (e->level == 0) {
        compress_stored(e, flush);
    } else if (e->level <= 3) {
        compress_greedy(e, flush);
    } else {
        compress_lazy(e, flush);
    }
}

static void slide(deflate_enc_t *e) {
    memmove(e->win, e->win + WSIZE, WSIZE);
    e->strstart -= WSIZE;
    e->block_start -= WSIZE;
    e->match_start = e->match_start >= WSIZE ? e->match_start - WSIZE : 0;
    if (e->head == NULL) {
        return;  // level 0 keeps no hash chains
    }
    // (prev follows head in the same block)
    for (size_t i = 0; i < HSIZE + WSIZE; i++) {
        unsigned v = e->head[i];
        e->head[i] = v >= WSIZE ? v - WSIZE : 0;
    }
}

// ---- wrapper

static void write_header(deflate_enc_t *e) {
    e->started = true;
    reserve(e, 16);
    if (e->fmt == DEFLATE_FMT_ZLIB) {
        int w = e->wbits < 9 ? 9 : e->wbits;  // (as zlib: 8 is written as 9)
        unsigned cmf = (unsigned)(w - 8) << 4 | 8;
        unsigned lvl = e->level < 2 ? 0 : e->level < 6 ? 1 : e->level == 6 ? 2 : 3;
        unsigned flg = lvl << 6 | (e->has_dict ? 0x20 : 0);
        flg += (31 - (cmf * 256 + flg) % 31) % 31;
        put_bytes(e, cmf << 8 | flg, 2, true);
        if (e->has_dict) {
            put_bytes(e, e->dict_id, 4, true);
        }
    } else if (e->fmt == DEFLATE_FMT_GZIP) {
        put_bytes(e, 0x00088b1f, 4, false);  // magic, method 8, no flags
        put_bytes(e, 0, 4, false);           // no mtime
        put_bytes(e, (e->level == 9 ? 2 : e->level < 2 ? 4 : 0) | 3 << 8, 2, false);  // XFL, OS: Unix
    }
}

// The common start of write, flush and finish; false once the stream has
// been finished.
static bool begin(deflate_enc_t *e, vstr_t *out) {
    if (e->finished) {
        return false;
    }
    e->out = out;
    if (!e->started) {
        write_header(e);
    }
    return true;
}

deflate_enc_t *deflate_enc_new(int fmt, int level, int wbits) {
    init_tabs();
    deflate_enc_t *e = m_new_obj(deflate_enc_t);
    e->fmt = fmt == DEFLATE_FMT_AUTO ? DEFLATE_FMT_ZLIB : fmt;
    e->level = level < 0 || level > 9 ? 6 : level;
    e->wbits = wbits;
    e->good = level_cfg[e->level].good;
    e->lazy = level_cfg[e->level].lazy;
    e->nice = level_cfg[e->level].nice;
    e->max_chain = level_cfg[e->level].chain;
    size_t md = (size_t)1 << wbits;
    e->max_dist = md < MAX_DIST_LIMIT ? md : MAX_DIST_LIMIT;
    e->win = m_malloc_atomic(WBUF + 8);
    if (e->level > 0) {
        e->head = m_malloc_atomic((HSIZE + WSIZE) * sizeof(uint16_t));
        e->prev = e->head + HSIZE;
        e->syms = m_malloc_atomic(SYM_MAX * sizeof(uint32_t));
    }
    e->match_len = e->prev_len = MIN_MATCH - 1;
    e->check = e->fmt == DEFLATE_FMT_ZLIB ? 1 : 0;
    return e;
}

void deflate_enc_set_dict(deflate_enc_t *e, const byte *dict, size_t len) {
    if (len == 0 || e->started || e->strstart != 0) {
        return;
    }
    e->has_dict = e->fmt == DEFLATE_FMT_ZLIB;
    e->dict_id = deflate_adler32(1, dict, len);
    // Only the last window's worth can be referred to.
    size_t m = len < e->max_dist ? len : e->max_dist;
    memcpy(e->win, dict + len - m, m);
    e->strstart = m;
    e->block_start = m;
    if (e->head != NULL) {
        for (size_t p = 1; p + 2 < m; p++) {
            insert(e, p);
        }
    }
}

void deflate_enc_free(deflate_enc_t *e) {
    m_free(e->win);
    if (e->head != NULL) {
        m_free(e->head);  // (and prev, in the same block)
        m_free(e->syms);
    }
    e->win = NULL;
    e->head = e->prev = NULL;
    e->syms = NULL;
    e->finished = true;
}

void deflate_enc_write(deflate_enc_t *e, const byte *data, size_t len, vstr_t *out) {
    if (!begin(e, out)) {
        return;
    }
    while (len > 0) {
        if (e->strstart + e->lookahead >= WBUF - MIN_LOOKAHEAD && e->strstart >= WSIZE + MAX_DIST_LIMIT) {
            slide(e);
        }
        size_t room = WBUF - (e->strstart + e->lookahead);
        size_t k = len < room ? len : room;
        memcpy(e->win + e->strstart + e->lookahead, data, k);
        if (e->fmt == DEFLATE_FMT_ZLIB) {
            e->check = deflate_adler32(e->check, data, k);
        } else if (e->fmt == DEFLATE_FMT_GZIP) {
            e->check = mp_crc32_update(e->check, data, k);
        }
        e->total_in += k;
        e->lookahead += k;
        data += k;
        len -= k;
        compress(e, false);
    }
    out->buf[out->len] = 0;
}

void deflate_enc_flush(deflate_enc_t *e, vstr_t *out) {
    if (!begin(e, out)) {
        return;
    }
    compress(e, true);
    if (e->nsyms > 0 || (ptrdiff_t)e->strstart != e->block_start) {
        emit_block(e, false);
    }
    // An empty stored block ends on a byte boundary: 00 00 ff ff.
    reserve(e, 16);
    putbits(e, 0, 3);
    align_out(e);
    put_bytes(e, 0xffff0000, 4, false);
    out->buf[out->len] = 0;
}

void deflate_enc_finish(deflate_enc_t *e, vstr_t *out) {
    if (!begin(e, out)) {
        return;
    }
    compress(e, true);
    emit_block(e, true);
    reserve(e, 16);
    align_out(e);
    if (e->fmt == DEFLATE_FMT_ZLIB) {
        put_bytes(e, e->check, 4, true);
    } else if (e->fmt == DEFLATE_FMT_GZIP) {
        put_bytes(e, e->check, 4, false);
        put_bytes(e, e->total_in, 4, false);
    }
    out->buf[out->len] = 0;
    e->finished = true;
}
