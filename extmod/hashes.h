// hashes.h: SHA-256, SHA-224, SHA-512, SHA-384, SHA-1 and MD5 message
// digests (used by uhashlib). All share one streaming engine: blocks of 64
// bytes (128 for SHA-512/384), a state of eight 32- or 64-bit words, the
// message length appended in the final block. They differ in byte order,
// word size, initial state and compression function.
#ifndef MP_EXTMOD_HASHES_H
#define MP_EXTMOD_HASHES_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

#define MP_HASH_MAX_BLOCK (128)
#define MP_HASH_MAX_DIGEST (64)

typedef struct _mp_hash_algo_t {
    const char *name;         // "sha256", "sha1", "md5" ...
    uint8_t digest_size;      // bytes: 32, 20, 16 ...
    uint8_t block_size;       // 64, or 128 for the 64-bit SHA-2 functions
    uint8_t word_size;        // 4 or 8 bytes per state word
    uint8_t state_bytes;      // size of the chaining state
    bool little_endian;       // MD5 is little-endian, the SHAs big-endian
    const void *init;         // initial state (state_bytes)
    void (*compress)(void *state, const uint8_t *block);
} mp_hash_algo_t;

typedef struct _mp_hash_ctx_t {
    union {
        uint32_t w32[8];
        uint64_t w64[8];
    } state;
    uint64_t total;           // bytes fed so far
    uint8_t buf[MP_HASH_MAX_BLOCK];  // pending partial block (total % block_size bytes)
} mp_hash_ctx_t;

// The algorithms, in this order (uhashlib's constructors follow it).
enum { MP_HASH_SHA256, MP_HASH_SHA1, MP_HASH_MD5, MP_HASH_SHA224, MP_HASH_SHA512, MP_HASH_SHA384, MP_HASH_N };
extern const mp_hash_algo_t mp_hash_algos[MP_HASH_N];

void mp_hash_init(mp_hash_ctx_t *ctx, const mp_hash_algo_t *algo);
void mp_hash_update(mp_hash_ctx_t *ctx, const mp_hash_algo_t *algo, const void *data, size_t len);
// Writes algo->digest_size bytes to out. Does not modify ctx (works on a
// copy), so hashing can continue afterwards.
void mp_hash_digest(const mp_hash_ctx_t *ctx, const mp_hash_algo_t *algo, uint8_t *out);

#endif
