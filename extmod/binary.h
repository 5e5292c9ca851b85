// binary.h: reading and writing one binary item (an integer, float, bool,
// char or pointer) given its struct-module type code, in native layout or
// with an explicit byte order. Shared by the array, ustruct and uctypes
// modules (and the raw byte-order helpers by the deflate encoder); it knows
// nothing about any of them, so memoryview could use it as well.
//
// Byte-order / size prefixes follow the struct module:
//   '@'            native sizes, native alignment, native byte order
//   '=' '<'        standard sizes, no alignment, native / little endian
//   '>' '!'        standard sizes, no alignment, big endian
// Standard sizes: b B c ? x s p 1, h H e 2, i I l L f 4, q Q d 8.
// Native sizes (this port is LP64): l L n N P are 8 bytes.
#ifndef MP_EXTMOD_BINARY_H
#define MP_EXTMOD_BINARY_H

#include "obj.h"

// Size in bytes of one item of type code val_type under the prefix
// struct_type ('@', '<', '>', '=', '!'); 0 if the code is not valid for that
// prefix (n N P exist only with '@'). *palign receives the alignment (the
// size for '@', 1 otherwise); palign may be NULL.
size_t mp_binary_get_size(char struct_type, char val_type, size_t *palign);

// The value of an int-like object reduced to 64 bits, for range checks.
typedef struct _mp_binary_int_t {
    uint64_t bits;  // two's-complement low 64 bits (valid when fits_i64 or fits_u64)
    bool neg;       // value < 0
    bool fits_i64;  // -2**63 <= value < 2**63
    bool fits_u64;  // 0 <= value < 2**64
} mp_binary_int_t;

// Reads an int, bool, int subclass instance or object with __index__ into
// *out. Returns false (without raising) if o is none of these.
bool mp_binary_get_int(mp_obj_t o, mp_binary_int_t *out);

// An index-like argument (an int, or an object with __index__), as
// CPython converts to ssize_t: TypeError for other objects; values beyond
// 64 bits raise OverflowError, or are clamped to +-2**62 if clamp.
mp_int_t mp_binary_ssize_arg(mp_obj_t o, bool clamp);

// The low 64 bits (two's complement) of any int (also bool or subclass),
// however large. Returns false (without raising) if o is not an int.
bool mp_binary_int_low_bits(mp_obj_t o, uint64_t *out);

// Reads a float from a float, int or object with __float__/__index__.
// Returns false (without raising) if o is none of these; raises
// OverflowError for an int too large for a float.
bool mp_binary_get_float(mp_obj_t o, mp_float_t *out);

// Reads one item of type code val_type, size bytes (as given by
// mp_binary_get_size; p need not be aligned) in the given byte order.
// Returns the Python value (an int, float, bool or 1-byte bytes); val_type
// is one of b B h H i I l L q Q n N P f d e ? c.
mp_obj_t mp_binary_get_item(char val_type, size_t size, bool big_endian, const byte *p);

// Writes the low size bytes of bits to p in the given byte order.
void mp_binary_put_bits(byte *p, size_t size, bool big_endian, uint64_t bits);
// Reads size bytes as an unsigned value in the given byte order.
uint64_t mp_binary_get_bits(const byte *p, size_t size, bool big_endian);

// IEEE 754 half precision (binary16) conversions. Packing rounds half to
// even and returns false if the value is finite but too large for a half.
bool mp_binary_float_to_half(mp_float_t f, uint16_t *out);
mp_float_t mp_binary_half_to_float(uint16_t h);

// True if struct_type selects big-endian byte order ('>' or '!').
static inline bool mp_binary_is_big_endian(char struct_type) {
    return struct_type == '>' || struct_type == '!';
}

#endif
