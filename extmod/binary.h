// binary.h: reading and writing one binary item (an integer, float, bool,
// char or pointer) given its struct-module type code, in native layout or
// with an explicit byte order. Shared by the array and ustruct modules; it
// knows nothing about either, so memoryview could use it as well.
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

// Reads a float from a float, int or object with __float__/__index__.
// Returns false (without raising) if o is none of these; raises
// OverflowError for an int too large for a float.
bool mp_binary_get_float(mp_obj_t o, mp_float_t *out);

// Item index of a native array: p is the start of a native-layout array
// of items of type code typecode. Supports b B h H i I l L q Q n N P f d
// e ? c. Returns the Python value (an int, float, bool or 1-byte bytes).
mp_obj_t mp_binary_get_val_array(char typecode, const void *p, size_t index);

// Stores raw bits (already range-checked by the caller) into item index of
// a native-layout array of integer type code typecode.
void mp_binary_set_int_array(char typecode, void *p, size_t index, uint64_t bits);
// Stores a float into item index of a native 'f' or 'd' array.
void mp_binary_set_float_array(char typecode, void *p, size_t index, mp_float_t f);

// Reads one item of val_type with the byte order of struct_type from p
// (size bytes as given by mp_binary_get_size; for '@' p need not be aligned).
mp_obj_t mp_binary_get_val(char struct_type, char val_type, const byte *p);

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
