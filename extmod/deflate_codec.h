// deflate_codec.h: the DEFLATE codec (RFC 1951) with its zlib (RFC 1950)
// and gzip (RFC 1952) wrappers, shared by the uzlib (zlib) and deflate
// modules. inflate.c decompresses, deflate_enc.c compresses; both are
// streaming so that the stream wrappers (DecompIO, DeflateIO) work on
// inputs of any size with bounded memory.
#ifndef MP_EXTMOD_DEFLATE_CODEC_H
#define MP_EXTMOD_DEFLATE_CODEC_H

#include "runtime.h"

// Stream formats (the values are the deflate module's constants).
#define DEFLATE_FMT_AUTO (0)  // decompression: zlib or gzip, detected
#define DEFLATE_FMT_RAW (1)
#define DEFLATE_FMT_ZLIB (2)
#define DEFLATE_FMT_GZIP (3)

#define DEFLATE_WSIZE (32768)

// zlib.error (modzlib.c): derives from ValueError.
extern const mp_obj_type_t mp_type_zlib_error;

// Checksums. adler32 starts from 1, crc32 (crc32.h) from 0.
uint32_t deflate_adler32(uint32_t adler, const byte *data, size_t len);

// Canonical Huffman codes (RFC 1951 3.2.2) for the code lengths lens[0..n),
// bit-reversed (the order they are sent in); 0 for unused symbols.
void deflate_gen_codes(const uint8_t *lens, unsigned n, uint16_t *codes);
// The code lengths of the fixed Huffman codes: ll[288], dl[32].
void deflate_fixed_lens(uint8_t *ll, uint8_t *dl);

// ---------------------------------------------------------------------------
// Decompressor (inflate.c)

// Supplies more compressed input: sets *buf and returns the number of bytes
// available there (0 at end of input). May raise.
typedef size_t (*inflate_refill_t)(void *ctx, const byte **buf);

typedef struct _inflate_t {
    // input
    const byte *in;
    const byte *in_end;
    inflate_refill_t refill;  // NULL: the input is only [in, in_end)
    void *ctx;
    uint64_t bits;            // bit buffer, next bit in bit 0
    unsigned nbits;
    bool in_eof;
    // settings
    uint8_t format;           // DEFLATE_FMT_*
    int8_t wbits;             // zlib: largest window accepted (0: any)
    bool oserror;             // raise OSError(EINVAL) instead of zlib.error
    // progress
    uint8_t state;
    bool last_block;
    uint8_t kind;             // 1 fixed, 2 dynamic Huffman block
    uint32_t stored_left;     // bytes left in a stored block
    uint32_t match_len;       // pending copy interrupted by a full buffer
    uint32_t match_dist;
    uint64_t total_out;
    uint32_t check;           // running adler32 / crc32 of the output
    // soft mode (decompressobj): running out of input is not an error;
    // inflate_read rolls back to the last checkpoint (the start of the
    // unit being decoded: header, block header, symbol, trailer) and
    // returns what was produced before it.
    // preset dictionary (zdict) for zlib streams that ask for one
    const byte *dict;
    size_t dict_len;
    bool soft;
    bool ck_last;
    uint8_t ck_state;
    const byte *ck_in;
    uint64_t ck_bits;
    unsigned ck_nbits;
    size_t ck_out, ck_done;
    // window (the last 32 KiB of output, circular) and decoding tables
    byte *win;
    uint32_t *lit_tab;
    uint32_t *dist_tab;
} inflate_t;

// Prepare to decompress format fmt. wbits: for zlib, the largest window
// accepted from the header (8..15, 0 for any). The input is [in, in+len)
// followed by whatever refill supplies (refill may be NULL).
void inflate_init(inflate_t *s, int fmt, int wbits, const byte *in, size_t len, inflate_refill_t refill, void *ctx);
// Decompress up to n bytes into dst; returns the count, 0 only at the end
// of the stream (after the trailer has been checked) or, in soft mode, when
// more input is needed. Raises on bad data.
size_t inflate_read(inflate_t *s, byte *dst, size_t n);
static inline bool inflate_done(const inflate_t *s) {
    return s->state == 9;  // INF_DONE in inflate.c
}
// Preset dictionary: raw streams use it at once, zlib streams when their
// header asks for it (the caller keeps dict alive).
void inflate_set_dict(inflate_t *s, const byte *dict, size_t len);
// Give back the scratch memory (the inflater cannot be used afterwards).
void inflate_free(inflate_t *s);

// ---------------------------------------------------------------------------
// Compressor (deflate_enc.c)

typedef struct _deflate_enc_t deflate_enc_t;

// level: -1 (default, 6) or 0..9; wbits: 8..15 (window 2**wbits; for
// DeflateIO also 5..7). Output is appended to out.
deflate_enc_t *deflate_enc_new(int fmt, int level, int wbits);
void deflate_enc_write(deflate_enc_t *e, const byte *data, size_t len, vstr_t *out);
// Sync flush: everything written so far becomes decodable; byte aligned.
void deflate_enc_flush(deflate_enc_t *e, vstr_t *out);
// End the stream (final block and trailer). Later calls do nothing.
void deflate_enc_finish(deflate_enc_t *e, vstr_t *out);
void deflate_enc_free(deflate_enc_t *e);
// Preset dictionary, before any data (raw and zlib formats only).
void deflate_enc_set_dict(deflate_enc_t *e, const byte *dict, size_t len);

// ---------------------------------------------------------------------------
// Stream plumbing shared by DecompIO and DeflateIO (modzlib.c)

#include "stream.h"

#define DEFLATE_OBUF_SIZE (1024)

// Decompresses from an underlying stream: one with the stream protocol, or
// any object with a readinto() or read() method. Decompressed bytes are
// buffered (obuf) so that readline can peek.
typedef struct _deflate_reader_t {
    inflate_t inf;
    mp_obj_t src;
    const mp_stream_p_t *src_p;   // native stream protocol, or NULL
    mp_obj_t meth[2];             // readinto or read method (bound call form)
    bool use_readinto;
    mp_obj_t inbuf_obj;           // bytearray the input is read into
    byte *inbuf;
    size_t inbuf_size;
    mp_obj_t chunk;               // last object returned by read() (kept alive)
    byte *obuf;
    size_t opos, olen;
} deflate_reader_t;

void deflate_reader_init(deflate_reader_t *r, mp_obj_t src, int fmt, int wbits, bool oserror);
mp_uint_t deflate_reader_read(deflate_reader_t *r, void *buf, mp_uint_t size);
const byte *deflate_reader_peek(deflate_reader_t *r, size_t *avail);
void deflate_reader_consume(deflate_reader_t *r, size_t n);

// Write all of data to an underlying stream (protocol or write() method).
void deflate_stream_write(mp_obj_t dst, const byte *data, size_t len);

#endif
