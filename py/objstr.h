// objstr.h: internals of str and bytes (one object layout for both) shared by
// objstr.c, objstrformat.c, objbytes.c, objmemoryview.c and the builtins.
#ifndef MP_PY_OBJSTR_H
#define MP_PY_OBJSTR_H

#include "obj.h"
#include "mpprint.h"

// A heap str or bytes object: a 24-byte header followed either by the
// bytes themselves plus a NUL (the usual case: one allocation), or, when
// MP_STR_FLAG_EXT is set, by a pointer to data living elsewhere (a vstr
// buffer taken over, or a shared growable buffer for strings built by
// repeated `s += t`, see objstr.c). data[len] is NUL except for strings
// that are a prefix of such a shared buffer, so use mp_obj_str_get_str for
// C strings. Lengths are limited to 32 bits.
typedef struct _mp_obj_str_t {
    mp_obj_base_t base;   // &mp_type_str or &mp_type_bytes
    mp_uint_t hash;       // low bits: cached mp_str_hash (0: not computed); high bits: flags
    uint32_t len;         // bytes
    uint32_t charlen;     // code points (== len for ASCII text and for bytes)
} mp_obj_str_t;

#define MP_STR_FLAG_EXT (1ULL << 62)   // a data pointer follows the header
#define MP_STR_FLAG_GROW (1ULL << 63)  // data is in a shared growable buffer
#define MP_STR_HASH_MASK (MP_STR_FLAG_EXT - 1)
#define MP_STR_LEN_MAX ((size_t)0xFFFFFFF0u)

static inline const byte *mp_obj_str_data(const mp_obj_str_t *s) {
    return (s->hash & MP_STR_FLAG_EXT) ? *(const byte *const *)(s + 1) : (const byte *)(s + 1);
}

// Data of a str/bytes value without any check (o is a qstr or a native
// mp_obj_str_t of type str or bytes).
static inline const byte *mp_str_data_len(mp_obj_t o, size_t *len) {
    if (mp_obj_is_qstr(o)) {
        return qstr_data(mp_obj_qstr_value(o), len);
    }
    const mp_obj_str_t *s = (const mp_obj_str_t *)MP_OBJ_TO_PTR(o);
    *len = s->len;
    return mp_obj_str_data(s);
}

// True if o is a str value (qstr or native heap str, not a subclass instance).
static inline bool mp_obj_is_native_str(mp_obj_t o) {
    return mp_obj_is_qstr(o) || (mp_obj_is_obj(o) && ((mp_obj_base_t *)MP_OBJ_TO_PTR(o))->type == &mp_type_str);
}
// A str value or an instance of a user subclass of str.
bool mp_obj_is_str_like(mp_obj_t o);
static inline bool mp_obj_is_native_bytes(mp_obj_t o) {
    return mp_obj_is_obj(o) && ((mp_obj_base_t *)MP_OBJ_TO_PTR(o))->type == &mp_type_bytes;
}

// Builtin function objects that carry their Python name (for error
// messages and reprs), like MP_DEFINE_CONST_FUN_OBJ_* in obj.h.
#define MP_STR_FUN_OBJ(obj, name, nmin, nmax, kind, field, f) \
    const mp_obj_fun_builtin_t obj = {{&mp_type_builtin_function}, nmin, nmax, kind, MP_QSTR_##name, .fun.field = f}

// Constructors of str (type &mp_type_str) or bytes (&mp_type_bytes).
// The data is copied; for str, charlen is computed.
mp_obj_t mp_obj_new_str_of_type(const mp_obj_type_t *type, const byte *data, size_t len);
// Allocate an object with room for len bytes inline (not yet filled; the
// caller writes them to MP_STR_INLINE_DATA(s) and then calls
// mp_obj_str_finish for str).
mp_obj_str_t *mp_obj_str_alloc(const mp_obj_type_t *type, size_t len);
#define MP_STR_INLINE_DATA(s) ((byte *)((s) + 1))
// Compute charlen of a str filled after mp_obj_str_alloc; returns the object
// (the empty str becomes the empty qstr, single ASCII chars shared objects).
mp_obj_t mp_obj_str_finish(mp_obj_str_t *s);
// From a vstr (takes the buffer) for str or bytes.
mp_obj_t mp_obj_new_str_type_from_vstr(const mp_obj_type_t *type, vstr_t *vstr);
// A str whose character count is already known (no scan).
mp_obj_t mp_obj_new_str_with_charlen(const byte *data, size_t len, size_t charlen);

// Native str/bytes of o: handles qstrs, heap objects and instances of user
// subclasses. Returns NULL if o is not a str (or bytes when want_bytes).
const byte *mp_obj_str_get_data_maybe(mp_obj_t o, size_t *len, bool want_bytes);
// Number of code points of a str value (any kind, incl. subclass instances).
size_t mp_obj_str_charlen(mp_obj_t o);
// Hash of a str/bytes value (cached for heap objects).
mp_uint_t mp_obj_str_hash(mp_obj_t o);

// ord() and chr() for the builtins.
mp_obj_t mp_obj_str_ord(mp_obj_t o);   // str of length 1, bytes/bytearray of length 1
mp_obj_t mp_obj_str_chr(mp_int_t c);   // ValueError outside range(0x110000)

// repr() text of str data (CPython's quoting), or of bytes data (b'...')
// with MP_QUOTE_BYTES; MP_QUOTE_ESCAPE_SQ also escapes ' inside "..." (as
// bytearray's repr does).
#define MP_QUOTE_BYTES (1)
#define MP_QUOTE_ESCAPE_SQ (2)
void mp_str_print_quoted(const mp_print_t *print, const byte *data, size_t len, int flags);
// The escape of code point c used by repr and backslashreplace: \xhh (c <
// 0x100), \uhhhh or \Uhhhhhhhh, written to buf (10 bytes); returns its length.
size_t mp_str_escape_char(char *buf, uint32_t c);
void mp_str_add_escape(vstr_t *v, uint32_t c);
// ascii(): the text with every non-ASCII character escaped (\xhh, \uhhhh,
// \Uhhhhhhhh). Applied to a repr this gives ascii(obj).
mp_obj_t mp_obj_str_escape_non_ascii(mp_obj_t str);

// Shared implementation of the methods common to str, bytes and bytearray
// (objstr.c); objbytes.c puts these function objects in its tables.
#define MP_STRBYTES_METHODS(X) \
    X(find) X(rfind) X(index) X(rindex) X(count) X(startswith) X(endswith) \
    X(split) X(rsplit) X(splitlines) X(join) X(strip) X(lstrip) X(rstrip) \
    X(replace) X(partition) X(rpartition) X(upper) X(lower) X(capitalize) \
    X(title) X(swapcase) X(center) X(ljust) X(rjust) X(zfill) X(expandtabs) \
    X(isalpha) X(isdigit) X(isalnum) X(isspace) X(isupper) X(islower) \
    X(istitle) X(isascii) X(removeprefix) X(removesuffix) X(translate)
#define X(name) extern const mp_obj_fun_builtin_t mp_strbytes_##name##_obj;
MP_STRBYTES_METHODS(X)
#undef X

// Unary operators (bool, len, hash, sizeof) shared with bytes (objstr.c).
mp_obj_t mp_obj_str_unary_op(mp_unary_op_t op, mp_obj_t o);
// Concatenation and repetition shared with bytes (objstr.c).
mp_obj_t mp_obj_str_binary_op(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs);
// Load an item or slice of bytes data (ints for an index).
mp_obj_t mp_obj_bytes_subscr(mp_obj_t self, mp_obj_t index, mp_obj_t value);
mp_obj_t mp_obj_bytes_getiter(mp_obj_t self);

// Format engine (objstrformat.c).
mp_obj_t mp_obj_str_format(size_t n_args, const mp_obj_t *args, mp_map_t *kwargs);
extern const mp_obj_fun_builtin_t mp_str_format_obj;
extern const mp_obj_fun_builtin_t mp_str_format_map_obj;
// printf-style formatting of str or bytes (is_bytes) data with args.
mp_obj_t mp_str_modulo_format(const byte *fmt, size_t fmt_len, mp_obj_t args, bool is_bytes);
// Append format(value, spec) to vstr (spec data given directly).
void mp_obj_format_to_vstr(vstr_t *out, mp_obj_t value, const byte *spec, size_t spec_len);

// objbytes.c: bytearray layout and helpers.
typedef struct _mp_obj_bytearray_t {
    mp_obj_base_t base;   // &mp_type_bytearray
    size_t alloc;
    size_t len;
    byte *items;
} mp_obj_bytearray_t;

// Data of any bytes-like object (bytes, bytearray, memoryview, array ...)
// via the buffer protocol; false if o has none.
bool mp_obj_get_bytes_like(mp_obj_t o, const byte **data, size_t *len);
// bytes.decode / str(bytes, encoding, errors).
mp_obj_t mp_obj_bytes_decode(const byte *data, size_t len, mp_obj_t encoding, mp_obj_t errors);
// str.encode.
mp_obj_t mp_obj_str_encode(mp_obj_t str, mp_obj_t encoding, mp_obj_t errors);
// Check the encoding/errors arguments of fname() (MP_OBJ_NULL: not given)
// are str, with CPython's message otherwise.
void mp_codec_check_args(const char *fname, mp_obj_t encoding, mp_obj_t errors);
// Result object of the same kind as a bytes-like self (bytes or bytearray).
mp_obj_t mp_obj_new_bytes_like(mp_obj_t self_kind, const byte *data, size_t len);
mp_obj_t mp_obj_bytes_fromhex(const mp_obj_type_t *type, mp_obj_t str);
// Buffer for the bytes produced from any object by bytes(x) (int, iterable,
// buffer, str with encoding is handled by the caller).
void mp_obj_bytes_from_object(vstr_t *out, mp_obj_t o, const char *type_name);

#endif
