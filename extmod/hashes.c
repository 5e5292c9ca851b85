// hashes.c: SHA-256/224, SHA-512/384, SHA-1 (FIPS 180-4) and MD5 (RFC 1321)
// behind one streaming engine; see hashes.h. Portable C, no host headers.
#include <string.h>
#include "hashes.h"

static inline uint32_t rol(uint32_t x, unsigned n) {
    return (x << n) | (x >> (32 - n));
}
static inline uint32_t ror(uint32_t x, unsigned n) {
    return (x >> n) | (x << (32 - n));
}
static inline uint32_t load_be(const uint8_t *p) {
    return ((uint32_t)p[0] << 24) | ((uint32_t)p[1] << 16) | ((uint32_t)p[2] << 8) | p[3];
}
static inline uint32_t load_le(const uint8_t *p) {
    return ((uint32_t)p[3] << 24) | ((uint32_t)p[2] << 16) | ((uint32_t)p[1] << 8) | p[0];
}

// ---------------------------------------------------------------------------
// SHA-256

// SHA-256's round constants are the first 32 bits of SHA-512's (the
// fractional parts of the cube roots of the first 64 primes), so it uses
// the top halves of that table.
static const uint64_t sha512_k[80];
// First 32 bits of the fractional parts of the square roots of the first 8 primes.
static const uint32_t sha256_init[8] = {
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
};

static void sha256_compress(void *state, const uint8_t *block) {
    uint32_t *st = state;
    // The whole message schedule first, so that the round loop is simple.
    uint32_t w[64];
    for (int i = 0; i < 64; i++) {
        if (i < 16) {
            w[i] = load_be(block + 4 * i);
        } else {
            uint32_t x = w[i - 15], y = w[i - 2];
            w[i] = w[i - 16] + (ror(x, 7) ^ ror(x, 18) ^ (x >> 3)) + w[i - 7] + (ror(y, 17) ^ ror(y, 19) ^ (y >> 10));
        }
    }
    uint32_t a = st[0], b = st[1], c = st[2], d = st[3];
    uint32_t e = st[4], f = st[5], g = st[6], h = st[7];
    // One round per iteration, the values moving down the chain: unrolling
    // (the roles rotate every eight rounds) made this four times bigger
    // for a small gain, and hashing is not on any hot path.
    for (int i = 0; i < 64; i++) {
        uint32_t t1 = h + (ror(e, 6) ^ ror(e, 11) ^ ror(e, 25)) + (g ^ (e & (f ^ g))) + (uint32_t)(sha512_k[i] >> 32) + w[i];
        uint32_t t2 = (ror(a, 2) ^ ror(a, 13) ^ ror(a, 22)) + ((a & b) | (c & (a | b)));
        h = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    st[0] += a;
    st[1] += b;
    st[2] += c;
    st[3] += d;
    st[4] += e;
    st[5] += f;
    st[6] += g;
    st[7] += h;
}

// SHA-224: SHA-256 with its own initial state, truncated to 28 bytes.
static const uint32_t sha224_init[8] = {
    0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4,
};

// ---------------------------------------------------------------------------
// SHA-512 and SHA-384

static inline uint64_t ror64(uint64_t x, unsigned n) {
    return (x >> n) | (x << (64 - n));
}
static inline uint64_t load_be64(const uint8_t *p) {
    return ((uint64_t)load_be(p) << 32) | load_be(p + 4);
}

// First 64 bits of the fractional parts of the cube roots of the first 80 primes.
static const uint64_t sha512_k[80] = {
    0x428a2f98d728ae22ULL, 0x7137449123ef65cdULL, 0xb5c0fbcfec4d3b2fULL, 0xe9b5dba58189dbbcULL,
    0x3956c25bf348b538ULL, 0x59f111f1b605d019ULL, 0x923f82a4af194f9bULL, 0xab1c5ed5da6d8118ULL,
    0xd807aa98a3030242ULL, 0x12835b0145706fbeULL, 0x243185be4ee4b28cULL, 0x550c7dc3d5ffb4e2ULL,
    0x72be5d74f27b896fULL, 0x80deb1fe3b1696b1ULL, 0x9bdc06a725c71235ULL, 0xc19bf174cf692694ULL,
    0xe49b69c19ef14ad2ULL, 0xefbe4786384f25e3ULL, 0x0fc19dc68b8cd5b5ULL, 0x240ca1cc77ac9c65ULL,
    0x2de92c6f592b0275ULL, 0x4a7484aa6ea6e483ULL, 0x5cb0a9dcbd41fbd4ULL, 0x76f988da831153b5ULL,
    0x983e5152ee66dfabULL, 0xa831c66d2db43210ULL, 0xb00327c898fb213fULL, 0xbf597fc7beef0ee4ULL,
    0xc6e00bf33da88fc2ULL, 0xd5a79147930aa725ULL, 0x06ca6351e003826fULL, 0x142929670a0e6e70ULL,
    0x27b70a8546d22ffcULL, 0x2e1b21385c26c926ULL, 0x4d2c6dfc5ac42aedULL, 0x53380d139d95b3dfULL,
    0x650a73548baf63deULL, 0x766a0abb3c77b2a8ULL, 0x81c2c92e47edaee6ULL, 0x92722c851482353bULL,
    0xa2bfe8a14cf10364ULL, 0xa81a664bbc423001ULL, 0xc24b8b70d0f89791ULL, 0xc76c51a30654be30ULL,
    0xd192e819d6ef5218ULL, 0xd69906245565a910ULL, 0xf40e35855771202aULL, 0x106aa07032bbd1b8ULL,
    0x19a4c116b8d2d0c8ULL, 0x1e376c085141ab53ULL, 0x2748774cdf8eeb99ULL, 0x34b0bcb5e19b48a8ULL,
    0x391c0cb3c5c95a63ULL, 0x4ed8aa4ae3418acbULL, 0x5b9cca4f7763e373ULL, 0x682e6ff3d6b2b8a3ULL,
    0x748f82ee5defb2fcULL, 0x78a5636f43172f60ULL, 0x84c87814a1f0ab72ULL, 0x8cc702081a6439ecULL,
    0x90befffa23631e28ULL, 0xa4506cebde82bde9ULL, 0xbef9a3f7b2c67915ULL, 0xc67178f2e372532bULL,
    0xca273eceea26619cULL, 0xd186b8c721c0c207ULL, 0xeada7dd6cde0eb1eULL, 0xf57d4f7fee6ed178ULL,
    0x06f067aa72176fbaULL, 0x0a637dc5a2c898a6ULL, 0x113f9804bef90daeULL, 0x1b710b35131c471bULL,
    0x28db77f523047d84ULL, 0x32caab7b40c72493ULL, 0x3c9ebe0a15c9bebcULL, 0x431d67c49c100d4cULL,
    0x4cc5d4becb3e42b6ULL, 0x597f299cfc657e2aULL, 0x5fcb6fab3ad6faecULL, 0x6c44198c4a475817ULL,
};
// Fractional parts of the square roots of the first 8 primes.
static const uint64_t sha512_init[8] = {
    0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL, 0xa54ff53a5f1d36f1ULL,
    0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL, 0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL,
};
// Of the 9th to 16th primes.
static const uint64_t sha384_init[8] = {
    0xcbbb9d5dc1059ed8ULL, 0x629a292a367cd507ULL, 0x9159015a3070dd17ULL, 0x152fecd8f70e5939ULL,
    0x67332667ffc00b31ULL, 0x8eb44a8768581511ULL, 0xdb0c2e0d64f98fa7ULL, 0x47b5481dbefa4fa4ULL,
};

static void sha512_compress(void *state, const uint8_t *block) {
    uint64_t *st = state;
    // As SHA-256, with 64-bit words and 80 rounds.
    uint64_t w[80];
    for (int i = 0; i < 80; i++) {
        if (i < 16) {
            w[i] = load_be64(block + 8 * i);
        } else {
            uint64_t x = w[i - 15], y = w[i - 2];
            w[i] = w[i - 16] + (ror64(x, 1) ^ ror64(x, 8) ^ (x >> 7)) + w[i - 7] + (ror64(y, 19) ^ ror64(y, 61) ^ (y >> 6));
        }
    }
    uint64_t a = st[0], b = st[1], c = st[2], d = st[3];
    uint64_t e = st[4], f = st[5], g = st[6], h = st[7];
    for (int i = 0; i < 80; i++) {
        uint64_t t1 = h + (ror64(e, 14) ^ ror64(e, 18) ^ ror64(e, 41)) + (g ^ (e & (f ^ g))) + sha512_k[i] + w[i];
        uint64_t t2 = (ror64(a, 28) ^ ror64(a, 34) ^ ror64(a, 39)) + ((a & b) | (c & (a | b)));
        h = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    st[0] += a;
    st[1] += b;
    st[2] += c;
    st[3] += d;
    st[4] += e;
    st[5] += f;
    st[6] += g;
    st[7] += h;
}

// ---------------------------------------------------------------------------
// SHA-1

static const uint32_t sha1_init[5] = {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0};

static void sha1_compress(void *state, const uint8_t *block) {
    uint32_t *st = state;
    // The whole message schedule first, so that the round loop is simple.
    uint32_t w[80];
    for (int i = 0; i < 80; i++) {
        w[i] = i < 16 ? load_be(block + 4 * i) : rol(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    }
    uint32_t a = st[0], b = st[1], c = st[2], d = st[3], e = st[4];
    // One round per iteration with the values moving down; the function
    // and constant change every 20 rounds.
    for (int i = 0; i < 80; i++) {
        uint32_t fk;
        if (i < 20) {
            fk = (d ^ (b & (c ^ d))) + 0x5a827999u;
        } else if (i < 40) {
            fk = (b ^ c ^ d) + 0x6ed9eba1u;
        } else if (i < 60) {
            fk = ((b & c) | (d & (b | c))) + 0x8f1bbcdcu;
        } else {
            fk = (b ^ c ^ d) + 0xca62c1d6u;
        }
        uint32_t t = rol(a, 5) + fk + e + w[i];
        e = d;
        d = c;
        c = rol(b, 30);
        b = a;
        a = t;
    }
    st[0] += a;
    st[1] += b;
    st[2] += c;
    st[3] += d;
    st[4] += e;
}

// ---------------------------------------------------------------------------
// MD5

// floor(abs(sin(i + 1)) * 2**32).
static const uint32_t md5_t[64] = {
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
    0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
    0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
    0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
    0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
    0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
};
// Rotation amounts: four per round, repeated four times within the round.
static const uint8_t md5_shift[4][4] = {{7, 12, 17, 22}, {5, 9, 14, 20}, {4, 11, 16, 23}, {6, 10, 15, 21}};
static const uint32_t md5_init[4] = {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476};

static void md5_compress(void *state, const uint8_t *block) {
    uint32_t *st = state;
    uint32_t m[16];
    for (int i = 0; i < 16; i++) {
        m[i] = load_le(block + 4 * i);
    }
    uint32_t a = st[0], b = st[1], c = st[2], d = st[3];
    // One loop per round (function F, message word index g), one step per
    // iteration with the values moving along: half the code of four
    // steps per iteration with rotated roles.
#define MD5_ROUND(from, F, g) \
    for (int i = from; i < from + 16; i++) { \
        uint32_t t = b + rol(a + (F) + m[g] + md5_t[i], md5_shift[i >> 4][i & 3]); \
        a = d; \
        d = c; \
        c = b; \
        b = t; \
    }
    MD5_ROUND(0, (b & c) | (~b & d), i)
    MD5_ROUND(16, (d & b) | (~d & c), (5 * i + 1) & 15)
    MD5_ROUND(32, b ^ c ^ d, (3 * i + 5) & 15)
    MD5_ROUND(48, c ^ (b | ~d), (7 * i) & 15)
#undef MD5_ROUND
    st[0] += a;
    st[1] += b;
    st[2] += c;
    st[3] += d;
}

const mp_hash_algo_t mp_hash_algos[MP_HASH_N] = {
    [MP_HASH_SHA256] = {"sha256", 32, 64, 4, 32, false, sha256_init, sha256_compress},
    [MP_HASH_SHA1] = {"sha1", 20, 64, 4, 20, false, sha1_init, sha1_compress},
    [MP_HASH_MD5] = {"md5", 16, 64, 4, 16, true, md5_init, md5_compress},
    [MP_HASH_SHA224] = {"sha224", 28, 64, 4, 32, false, sha224_init, sha256_compress},
    [MP_HASH_SHA512] = {"sha512", 64, 128, 8, 64, false, sha512_init, sha512_compress},
    [MP_HASH_SHA384] = {"sha384", 48, 128, 8, 64, false, sha384_init, sha512_compress},
};

// ---------------------------------------------------------------------------
// The streaming engine

void mp_hash_init(mp_hash_ctx_t *ctx, const mp_hash_algo_t *algo) {
    memset(ctx, 0, sizeof(*ctx));
    memcpy(&ctx->state, algo->init, algo->state_bytes);
}

void mp_hash_update(mp_hash_ctx_t *ctx, const mp_hash_algo_t *algo, const void *data, size_t len) {
    const uint8_t *p = data;
    size_t bs = algo->block_size;
    size_t have = ctx->total % bs;
    ctx->total += len;
    if (have > 0) {
        size_t n = bs - have;
        if (len < n) {
            memcpy(ctx->buf + have, p, len);
            return;
        }
        memcpy(ctx->buf + have, p, n);
        algo->compress(&ctx->state, ctx->buf);
        p += n;
        len -= n;
    }
    // Whole blocks straight from the caller's data, no copy.
    while (len >= bs) {
        algo->compress(&ctx->state, p);
        p += bs;
        len -= bs;
    }
    if (len > 0) {
        memcpy(ctx->buf, p, len);
    }
}

void mp_hash_digest(const mp_hash_ctx_t *ctx_in, const mp_hash_algo_t *algo, uint8_t *out) {
    mp_hash_ctx_t ctx = *ctx_in;
    size_t bs = algo->block_size;
    // Length field: 8 bytes (16 for 128-byte blocks, the top half zero).
    size_t lenlen = bs / 8;
    uint64_t bits = ctx.total * 8;
    // Padding: 0x80, zeros up to (bs - lenlen) mod bs, then the bit length.
    uint8_t pad[MP_HASH_MAX_BLOCK + 16];
    size_t have = ctx.total % bs;
    size_t npad = (have < bs - lenlen ? bs - lenlen : 2 * bs - lenlen) - have;
    memset(pad, 0, sizeof(pad));
    pad[0] = 0x80;
    for (int i = 0; i < 8; i++) {
        if (algo->little_endian) {
            pad[npad + i] = (uint8_t)(bits >> (8 * i));
        } else {
            pad[npad + lenlen - 1 - i] = (uint8_t)(bits >> (8 * i));
        }
    }
    mp_hash_update(&ctx, algo, pad, npad + lenlen);
    for (size_t i = 0; i < algo->digest_size; i++) {
        size_t w = i / algo->word_size, k = i % algo->word_size;
        uint64_t word = algo->word_size == 8 ? ctx.state.w64[w] : ctx.state.w32[w];
        unsigned shift = algo->little_endian ? 8 * k : 8 * (algo->word_size - 1 - k);
        out[i] = (uint8_t)(word >> shift);
    }
}
