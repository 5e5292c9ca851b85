// modarray.c: the array module: compact typed arrays of numbers
// (array('i', [1, 2, 3])). Items are stored natively in one GC block that
// holds no pointers (allocated atomic) and grows geometrically, so append is
// amortised O(1). Item conversion is shared with ustruct through
// extmod/binary.c; the range checks and messages here follow CPython's array
// module. Arrays export their storage through the buffer protocol (writable,
// with their typecode) for memoryview, bytes(), struct.unpack ...
#include <string.h>
#include "runtime.h"
#include "objmodule.h"
#include "objstr.h"
#include "objtuple.h"
#include "objtype.h"
#include "binary.h"

typedef struct _mp_obj_array_t {
    mp_obj_base_t base;
    char typecode;
    uint8_t itemsize;
    size_t len;    // items in use
    size_t alloc;  // items allocated
    byte *items;
} mp_obj_array_t;

extern const mp_obj_type_t mp_type_array;

// 'u' (a unicode character, stored as a 4-byte code point like CPython's
// wchar_t on Linux) is handled here; the numeric codes go through binary.c.
#define TYPECODES "bBuhHiIlLqQfd"

// The native array of o: o itself or the array wrapped by an instance of a
// user subclass. NULL if o is not an array.
static mp_obj_array_t *as_array(mp_obj_t o) {
    if (MP_LIKELY(mp_obj_is_obj(o))) {
        const mp_obj_type_t *t = ((mp_obj_base_t *)MP_OBJ_TO_PTR(o))->type;
        if (t == &mp_type_array) {
            return MP_OBJ_TO_PTR(o);
        }
        if (mp_obj_is_instance_of(o, &mp_type_array)) {
            return MP_OBJ_TO_PTR(mp_obj_get_native(o, &mp_type_array));
        }
    }
    return NULL;
}

static mp_obj_array_t *self_array(mp_obj_t o) {
    mp_obj_array_t *a = as_array(o);
    if (a == NULL) {
        mp_raise_msg_varg(&mp_type_TypeError, "descriptor requires an 'array.array' object but received '%s'",
            mp_obj_get_type_str(o));
    }
    return a;
}

static bool is_float_code(char tc) {
    return tc == 'f' || tc == 'd';
}

// Bytes for n items, raising MemoryError on overflow.
static size_t nbytes(size_t n, size_t itemsize) {
    if (n > ((size_t)INT64_MAX) / itemsize) {
        m_malloc_fail((size_t)-1);
    }
    return n * itemsize;
}

// Storage of arrays that never held an item: a real (static, never
// written) address so that memcpy & co. never see NULL.
static uint64_t no_items[1];
#define NO_ITEMS ((byte *)no_items)

static mp_obj_array_t *array_new(char tc, size_t n) {
    mp_obj_array_t *a = m_new_obj(mp_obj_array_t);
    a->base.type = &mp_type_array;
    a->typecode = tc;
    a->itemsize = tc == 'u' ? 4 : (uint8_t)mp_binary_get_size('@', tc, NULL);
    a->len = n;
    a->alloc = n;
    a->items = n ? m_malloc_atomic(nbytes(n, a->itemsize)) : NO_ITEMS;
    return a;
}

// Room for extra more items beyond len.
static void array_reserve(mp_obj_array_t *a, size_t extra) {
    if (extra <= a->alloc - a->len) {
        return;
    }
    if (extra > ((size_t)INT64_MAX) / a->itemsize - a->len) {
        m_malloc_fail((size_t)-1);
    }
    size_t need = a->len + extra;
    size_t grow = a->alloc + a->alloc / 2 + 4;
    size_t n = need > grow ? need : grow;
    size_t sz = nbytes(n, a->itemsize);
    if (a->items == NO_ITEMS) {
        a->items = m_malloc_atomic(sz);
    } else {
        a->items = m_realloc(a->items, sz);
    }
    a->alloc = n;
}

// ---------------------------------------------------------------------------
// Item conversion with CPython's array messages.

// Names for the "<name> is greater than maximum" errors of the codes
// "bBhHiI" (the narrow ones, whose range is checked here).
static const char narrow_codes[] = "bBhHiI";
static const char *const narrow_names[] = {
    "signed char", "unsigned byte integer", "signed short integer",
    "unsigned short", "signed integer", "unsigned int",
};

// The bits of an integer item, checked against the range of type code tc
// with CPython's messages (which depend on the code in irregular ways).
static uint64_t int_item(char tc, mp_obj_t v) {
    mp_binary_int_t iv;
    if (!mp_binary_get_int(v, &iv)) {
        mp_raise_msg_varg(&mp_type_TypeError, "'%s' object cannot be interpreted as an integer", mp_obj_get_type_str(v));
    }
    // I, L and Q go through an unsigned C conversion, the others through a
    // signed one.
    bool via_unsigned = tc == 'I' || tc == 'L' || tc == 'Q';
    if (via_unsigned && iv.neg) {
        mp_raise_msg(&mp_type_OverflowError, tc == 'Q' ? "can't convert negative int to unsigned"
            : "can't convert negative value to unsigned int");
    }
    if (via_unsigned ? !iv.fits_u64 : !iv.fits_i64) {
        mp_raise_msg(&mp_type_OverflowError, tc == 'q' || tc == 'Q' ? "int too big to convert"
            : via_unsigned ? "Python int too large to convert to C unsigned long"
            : "Python int too large to convert to C long");
    }
    const char *narrow = strchr(narrow_codes, tc);
    if (narrow != NULL) {
        unsigned bits = 8 * (unsigned)mp_binary_get_size('@', tc, NULL);
        bool is_signed = tc >= 'a';
        uint64_t hi = ((uint64_t)1 << (bits - is_signed)) - 1;
        int64_t lo = is_signed ? -(int64_t)hi - 1 : 0;
        if (iv.neg ? (int64_t)iv.bits < lo : iv.bits > hi) {
            mp_raise_msg_varg(&mp_type_OverflowError, "%s is %s", narrow_names[narrow - narrow_codes],
                iv.neg ? "less than minimum" : "greater than maximum");
        }
    }
    return iv.bits;
}

static mp_float_t float_item(mp_obj_t v) {
    mp_float_t f;
    if (!mp_binary_get_float(v, &f)) {
        mp_raise_msg_varg(&mp_type_TypeError, "must be real number, not %s", mp_obj_get_type_str(v));
    }
    return f;
}

// A converted item, ready to be written. Conversion may run Python code
// (__index__, __float__) that changes the array, so callers convert first
// and only then work out where to write.
typedef union _item_t {
    uint64_t bits;
    mp_float_t f;
} item_t;

// Code point of a str of exactly one character, for 'u' arrays.
static uint32_t unicode_item(mp_obj_t v) {
    size_t len;
    const byte *d = mp_obj_str_get_data_maybe(v, &len, false);
    if (d != NULL && len > 0) {
        const byte *p = d;
        uint32_t c = utf8_get_char(&p);
        if ((size_t)(p - d) == len) {
            return c;
        }
    }
    mp_raise_TypeError("array item must be unicode character");
}

static item_t convert(char tc, mp_obj_t v) {
    item_t it;
    if (tc == 'u') {
        it.bits = unicode_item(v);
    } else if (is_float_code(tc)) {
        it.f = float_item(v);
    } else if (mp_obj_is_small_int(v) && tc == 'i'
               && mp_small_int_value(v) >= INT32_MIN && mp_small_int_value(v) <= INT32_MAX) {
        it.bits = (uint64_t)mp_small_int_value(v);  // the common case, no checks needed
    } else {
        it.bits = int_item(tc, v);
    }
    return it;
}

// Write a converted item at index i (< alloc).
static void put(mp_obj_array_t *a, size_t i, item_t it) {
    byte *p = a->items + i * a->itemsize;
    if (a->typecode == 'f') {
        float f = (float)it.f;
        memcpy(p, &f, 4);
    } else if (a->typecode == 'd') {
        memcpy(p, &it.f, 8);
    } else {
        mp_binary_put_bits(p, a->itemsize, false, it.bits);
    }
}

static inline mp_obj_t array_load(const mp_obj_array_t *a, size_t i) {
    if (MP_UNLIKELY(a->typecode == 'u')) {
        return mp_obj_str_chr(((const uint32_t *)a->items)[i]);
    }
    return mp_binary_get_item(a->typecode, a->itemsize, false, a->items + i * a->itemsize);
}

// The characters of a 'u' array as a str.
static mp_obj_t unicode_str(const mp_obj_array_t *a) {
    vstr_t v;
    vstr_init(&v, a->len);
    const uint32_t *cp = (const uint32_t *)a->items;
    for (size_t i = 0; i < a->len; i++) {
        if (cp[i] > 0x10ffff) {
            mp_raise_msg_varg(&mp_type_ValueError, "character U+%x is not in range [U+0000; U+10ffff]", (unsigned)cp[i]);
        }
        vstr_add_char(&v, cp[i]);
    }
    return mp_obj_new_str_from_vstr(&v);
}

// Append the characters of str s to a 'u' array.
static void unicode_extend(mp_obj_array_t *a, mp_obj_t s) {
    size_t len;
    const byte *d = mp_obj_str_get_data_maybe(s, &len, false);
    const byte *end = d + len;
    array_reserve(a, mp_obj_str_charlen(s));
    while (d < end) {
        uint32_t c = utf8_get_char(&d);
        array_reserve(a, 1);
        ((uint32_t *)a->items)[a->len++] = c;
    }
}

// == between an item and a value. Items are fresh objects in CPython, so
// there is no identity shortcut: a NaN item equals nothing.
static bool item_equal(mp_obj_t item, mp_obj_t v) {
    if (mp_obj_is_float(item) && mp_obj_is_float(v)) {
        return mp_obj_float_value(item) == mp_obj_float_value(v);
    }
    return mp_obj_equal(item, v);
}

static void array_append1(mp_obj_array_t *a, mp_obj_t v) {
    item_t it = convert(a->typecode, v);
    array_reserve(a, 1);
    put(a, a->len++, it);
}

// Append n items from the bytes of the bytes-like obj, which are fetched
// after growing (obj may be this very array).
static void append_raw(mp_obj_array_t *a, mp_obj_t obj, size_t n) {
    array_reserve(a, n);
    const byte *d;
    size_t len;
    mp_obj_get_bytes_like(obj, &d, &len);
    memmove(a->items + a->len * a->itemsize, d, n * a->itemsize);
    a->len += n;
}

// Append the items of any iterable (arrays of another typecode are
// converted item by item; the caller checks typecodes where CPython does).
static void array_extend_iter(mp_obj_array_t *a, mp_obj_t iterable) {
    mp_obj_array_t *src = as_array(iterable);
    if (src != NULL) {
        size_t n = src->len;
        if (src->typecode == a->typecode) {
            append_raw(a, iterable, n);
        } else {
            array_reserve(a, n);
            // Plain numbers: converting them runs no Python code.
            for (size_t k = 0; k < n; k++) {
                put(a, a->len, convert(a->typecode, array_load(src, k)));
                a->len++;
            }
        }
        return;
    }
    if (mp_obj_is_type(iterable, &mp_type_list) || mp_obj_is_type(iterable, &mp_type_tuple)) {
        // Re-read the sequence at each step: a conversion may change a list.
        size_t n;
        mp_obj_t *items;
        mp_obj_get_array(iterable, &n, &items);
        array_reserve(a, n);
        for (size_t k = 0;; k++) {
            mp_obj_get_array(iterable, &n, &items);
            if (k >= n) {
                break;
            }
            array_append1(a, items[k]);
        }
        return;
    }
    mp_obj_t it = mp_getiter(iterable, NULL);
    mp_obj_t x;
    while ((x = mp_iternext(it)) != MP_OBJ_STOP_ITERATION) {
        array_append1(a, x);
    }
}

static void array_frombytes_data(mp_obj_array_t *a, mp_obj_t src_obj) {
    const byte *d;
    size_t len;
    if (!mp_obj_get_bytes_like(src_obj, &d, &len)) {
        mp_raise_msg_varg(&mp_type_TypeError, "a bytes-like object is required, not '%s'", mp_obj_get_type_str(src_obj));
    }
    // Like CPython, refuse buffers of wider items (an array('h') ...).
    const mp_obj_type_t *st = mp_obj_get_type(src_obj);
    mp_buffer_info_t bi;
    if (st->buffer != NULL && st->buffer(src_obj, &bi, MP_BUFFER_READ) == 0
        && mp_binary_get_size('@', (char)bi.typecode, NULL) > 1) {
        mp_raise_TypeError("a bytes-like object is required");
    }
    if (len % a->itemsize != 0) {
        mp_raise_ValueError("bytes length not a multiple of item size");
    }
    append_raw(a, src_obj, len / a->itemsize);
}

static mp_obj_t array_copy(mp_obj_t self);
static mp_obj_t array_tolist(mp_obj_t self);
static mp_int_t find(mp_obj_array_t *a, mp_obj_t v, size_t start, size_t stop);

// ---------------------------------------------------------------------------
// Construction and printing

static mp_obj_t array_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    if (n_kw != 0) {
        mp_raise_TypeError("array.array() takes no keyword arguments");
    }
    if (n_args < 1) {
        mp_raise_TypeError("array() takes at least 1 argument (0 given)");
    }
    if (n_args > 2) {
        mp_raise_msg_varg(&mp_type_TypeError, "array() takes at most 2 arguments (%zu given)", n_args);
    }
    size_t tlen;
    const byte *t = mp_obj_str_get_data_maybe(args[0], &tlen, false);
    if (t == NULL || tlen != 1) {
        mp_raise_msg_varg(&mp_type_TypeError, "array() argument 1 must be a unicode character, not %s",
            mp_obj_get_type_str(args[0]));
    }
    char tc = (char)t[0];
    if (tc == 0 || strchr(TYPECODES, tc) == NULL) {
        mp_raise_ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
    }
    mp_obj_array_t *a = array_new(tc, 0);
    if (n_args == 2) {
        mp_obj_t init = args[1];
        mp_obj_array_t *src = as_array(init);
        if (mp_obj_is_str_like(init)) {
            if (tc != 'u') {
                mp_raise_msg_varg(&mp_type_TypeError, "cannot use a str to initialize an array with typecode '%c'", tc);
            }
            unicode_extend(a, init);
        } else if (src != NULL && src->typecode == 'u' && tc != 'u') {
            mp_raise_msg_varg(&mp_type_TypeError, "cannot use a unicode array to initialize an array with typecode '%c'", tc);
        } else if (mp_obj_is_instance_of(init, &mp_type_bytes) || mp_obj_is_instance_of(init, &mp_type_bytearray)) {
            array_frombytes_data(a, init);
        } else {
            array_extend_iter(a, init);
        }
    }
    return MP_OBJ_FROM_PTR(a);
}

static void array_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    mp_obj_array_t *a = self_array(self_in);
    mp_printf(print, "array('%c'", a->typecode);
    if (a->len > 0) {
        // The items as a str ('u') or as a list, whose repr is CPython's.
        mp_print_str(print, ", ");
        mp_obj_print_helper(print, a->typecode == 'u' ? unicode_str(a) : array_tolist(self_in), PRINT_REPR);
    }
    mp_print_str(print, ")");
}

static void array_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    if (attr == MP_QSTR_typecode) {
        mp_obj_array_t *a = self_array(self_in);
        char c = a->typecode;
        dest[0] = mp_obj_new_str_via_qstr(&c, 1);
    } else if (attr == MP_QSTR_itemsize) {
        dest[0] = MP_OBJ_NEW_SMALL_INT(self_array(self_in)->itemsize);
    }
}

// ---------------------------------------------------------------------------
// Operators

static mp_obj_t array_unary_op(mp_unary_op_t op, mp_obj_t self_in) {
    mp_obj_array_t *a = self_array(self_in);
    switch (op) {
        case MP_UNARY_OP_BOOL:
            return mp_obj_new_bool(a->len != 0);
        case MP_UNARY_OP_LEN:
            return MP_OBJ_NEW_SMALL_INT(a->len);
        case MP_UNARY_OP_SIZEOF:
            return MP_OBJ_NEW_SMALL_INT(sizeof(*a) + a->alloc * a->itemsize);
        default:
            return MP_OBJ_NULL;  // HASH: unhashable (we define ==)
    }
}

static mp_obj_t array_concat(mp_obj_array_t *a, mp_obj_array_t *b) {
    mp_obj_array_t *r = array_new(a->typecode, a->len + b->len);
    memcpy(r->items, a->items, a->len * a->itemsize);
    memcpy(r->items + a->len * a->itemsize, b->items, b->len * b->itemsize);
    return MP_OBJ_FROM_PTR(r);
}

// Write n copies of src[0..bytes) to dst (dst may be src: copy 0 is in place).
static void repeat_into(byte *dst, const byte *src, size_t bytes, size_t n) {
    if (bytes == 0 || n == 0) {
        return;
    }
    if (dst != src) {
        memcpy(dst, src, bytes);
    }
    size_t done = bytes, total = bytes * n;
    while (done < total) {
        size_t chunk = done < total - done ? done : total - done;
        memcpy(dst + done, dst, chunk);
        done += chunk;
    }
}

static size_t repeat_count(mp_obj_t n_obj, bool *ok) {
    mp_binary_int_t iv;
    if (mp_obj_is_float(n_obj) || !mp_binary_get_int(n_obj, &iv)) {
        *ok = false;
        return 0;
    }
    *ok = true;
    if (iv.neg) {
        return 0;
    }
    if (!iv.fits_i64) {
        mp_raise_msg(&mp_type_OverflowError, "cannot fit 'int' into an index-sized integer");
    }
    return (size_t)iv.bits;
}

// Lexicographic comparison of two arrays (items compared as Python values).
static mp_obj_t array_compare(mp_binary_op_t op, mp_obj_array_t *a, mp_obj_array_t *b) {
    if ((op == MP_BINARY_OP_EQUAL || op == MP_BINARY_OP_NOT_EQUAL) && a->len != b->len) {
        return mp_obj_new_bool(op == MP_BINARY_OP_NOT_EQUAL);
    }
    if (a->typecode == b->typecode && !is_float_code(a->typecode)
        && (op == MP_BINARY_OP_EQUAL || op == MP_BINARY_OP_NOT_EQUAL)) {
        bool eq = memcmp(a->items, b->items, a->len * a->itemsize) == 0;
        return mp_obj_new_bool(eq == (op == MP_BINARY_OP_EQUAL));
    }
    size_t n = a->len < b->len ? a->len : b->len;
    for (size_t i = 0; i < n && i < a->len && i < b->len; i++) {
        mp_obj_t x = array_load(a, i), y = array_load(b, i);
        if (!item_equal(x, y)) {
            if (op == MP_BINARY_OP_EQUAL) {
                return mp_const_false;
            }
            if (op == MP_BINARY_OP_NOT_EQUAL) {
                return mp_const_true;
            }
            return mp_binary_op(op, x, y);
        }
    }
    // All common items are equal: the lengths decide, compared as ints.
    return mp_binary_op(op, MP_OBJ_NEW_SMALL_INT(a->len), MP_OBJ_NEW_SMALL_INT(b->len));
}

static mp_obj_t array_binary_op(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs) {
    mp_obj_array_t *a = as_array(lhs);
    if (a == NULL) {
        return MP_OBJ_NULL;
    }
    mp_obj_array_t *b = as_array(rhs);
    // A class instance may implement the reflected operator (__radd__,
    // __rmul__ ...): then the runtime must get the chance to try it.
    bool rhs_user = b == NULL && (mp_obj_get_type(rhs)->flags & MP_TYPE_FLAG_USER);
    if (rhs_user && (op == MP_BINARY_OP_ADD || op == MP_BINARY_OP_INPLACE_ADD)) {
        return MP_OBJ_NULL;
    }
    switch (op) {
        case MP_BINARY_OP_ADD:
        case MP_BINARY_OP_INPLACE_ADD: {
            bool inplace = op == MP_BINARY_OP_INPLACE_ADD;
            if (b == NULL) {
                mp_raise_msg_varg(&mp_type_TypeError, inplace ? "can only extend array with array (not \"%s\")"
                    : "can only append array (not \"%s\") to array", mp_obj_get_type_str(rhs));
            }
            if (b->typecode != a->typecode) {
                mp_raise_TypeError(inplace ? "can only extend with array of same kind" : "bad argument type for built-in operation");
            }
            if (!inplace) {
                return array_concat(a, b);
            }
            array_extend_iter(a, MP_OBJ_FROM_PTR(b));
            return lhs;
        }
        case MP_BINARY_OP_MULTIPLY:
        case MP_BINARY_OP_REVERSE_MULTIPLY:  // n * array
        case MP_BINARY_OP_INPLACE_MULTIPLY: {
            bool ok;
            size_t n = repeat_count(rhs, &ok);
            if (!ok) {
                if (rhs_user) {
                    return MP_OBJ_NULL;
                }
                mp_raise_msg_varg(&mp_type_TypeError, "can't multiply sequence by non-int of type '%s'", mp_obj_get_type_str(rhs));
            }
            size_t bytes = a->len * a->itemsize;
            if (n != 0 && a->len > ((size_t)INT64_MAX / a->itemsize) / n) {
                m_malloc_fail((size_t)-1);
            }
            if (op != MP_BINARY_OP_INPLACE_MULTIPLY) {
                mp_obj_array_t *r = array_new(a->typecode, a->len * n);
                repeat_into(r->items, a->items, bytes, n);
                return MP_OBJ_FROM_PTR(r);
            }
            size_t old = a->len;
            if (n == 0) {
                a->len = 0;
            } else {
                array_reserve(a, old * n - old);
                repeat_into(a->items, a->items, bytes, n);
                a->len = old * n;
            }
            return lhs;
        }
        case MP_BINARY_OP_EQUAL:
        case MP_BINARY_OP_NOT_EQUAL:
        case MP_BINARY_OP_LESS:
        case MP_BINARY_OP_LESS_EQUAL:
        case MP_BINARY_OP_MORE:
        case MP_BINARY_OP_MORE_EQUAL:
            if (b == NULL) {
                return MP_OBJ_NULL;
            }
            return array_compare(op, a, b);
        case MP_BINARY_OP_IN:
            return mp_obj_new_bool(find(a, rhs, 0, a->len) >= 0);
        default:
            return MP_OBJ_NULL;
    }
}

// ---------------------------------------------------------------------------
// Subscription

// Index (with __index__) normalised against len; IndexError msg otherwise.
static size_t array_index(mp_obj_array_t *a, mp_obj_t index, const char *msg) {
    mp_int_t i;
    if (MP_LIKELY(mp_obj_is_small_int(index))) {
        i = mp_small_int_value(index);
    } else {
        mp_binary_int_t iv;
        if (mp_obj_is_float(index) || !mp_binary_get_int(index, &iv)) {
            mp_raise_TypeError("array indices must be integers");
        }
        if (!iv.fits_i64) {
            mp_raise_msg(&mp_type_IndexError, "cannot fit 'int' into an index-sized integer");
        }
        i = (mp_int_t)iv.bits;
    }
    if (i < 0) {
        i += (mp_int_t)a->len;
    }
    if (i < 0 || (size_t)i >= a->len) {
        mp_raise_msg(&mp_type_IndexError, msg);
    }
    return (size_t)i;
}

// Remove count items starting at start (step 1).
static void remove_range(mp_obj_array_t *a, size_t start, size_t count) {
    size_t isz = a->itemsize;
    memmove(a->items + start * isz, a->items + (start + count) * isz, (a->len - start - count) * isz);
    a->len -= count;
}

static mp_obj_t array_subscr(mp_obj_t self_in, mp_obj_t index, mp_obj_t value) {
    mp_obj_array_t *a = self_array(self_in);
    size_t isz = a->itemsize;
    if (mp_obj_is_type(index, &mp_type_slice)) {
        mp_bound_slice_t s;
        mp_int_t count = mp_obj_slice_indices(index, a->len, &s);
        if (count < 0) {
            count = 0;
        }
        if (value == MP_OBJ_SENTINEL) {
            mp_obj_array_t *r = array_new(a->typecode, (size_t)count);
            if (s.step == 1) {
                memcpy(r->items, a->items + s.start * isz, count * isz);
            } else {
                for (mp_int_t k = 0; k < count; k++) {
                    memcpy(r->items + k * isz, a->items + (s.start + k * s.step) * isz, isz);
                }
            }
            return MP_OBJ_FROM_PTR(r);
        }
        if (value == MP_OBJ_NULL) {
            if (count == 0) {
                return mp_const_none;
            }
            if (s.step == 1) {
                remove_range(a, (size_t)s.start, (size_t)count);
                return mp_const_none;
            }
            // Walk the deleted items upwards and compact.
            mp_int_t step = s.step, first = s.start;
            if (step < 0) {
                first = s.start + (count - 1) * step;
                step = -step;
            }
            size_t dst = (size_t)first;
            mp_int_t k = 0;
            for (size_t src = (size_t)first; src < a->len; src++) {
                if (k < count && (mp_int_t)src == first + k * step) {
                    k++;
                    continue;
                }
                memmove(a->items + dst * isz, a->items + src * isz, isz);
                dst++;
            }
            a->len = dst;
            return mp_const_none;
        }
        mp_obj_array_t *b = as_array(value);
        if (b == NULL) {
            mp_raise_msg_varg(&mp_type_TypeError, "can only assign array (not \"%s\") to array slice", mp_obj_get_type_str(value));
        }
        if (b->typecode != a->typecode) {
            mp_raise_TypeError("bad argument type for built-in operation");
        }
        // Copy the source first: it may be a itself.
        mp_obj_array_t *copy = MP_OBJ_TO_PTR(array_copy(MP_OBJ_FROM_PTR(b)));
        size_t blen = copy->len;
        const byte *src = copy->items;
        if (s.step == 1) {
            size_t start = (size_t)s.start;
            size_t old = (size_t)count;
            if (blen > old) {
                array_reserve(a, blen - old);
            }
            memmove(a->items + (start + blen) * isz, a->items + (start + old) * isz, (a->len - start - old) * isz);
            memcpy(a->items + start * isz, src, blen * isz);
            a->len = a->len - old + blen;
        } else {
            if ((size_t)count != blen) {
                mp_raise_msg_varg(&mp_type_ValueError, "attempt to assign array of size %zu to extended slice of size %zu",
                    blen, (size_t)count);
            }
            for (mp_int_t k = 0; k < count; k++) {
                memcpy(a->items + (s.start + k * s.step) * isz, src + k * isz, isz);
            }
        }
        return mp_const_none;
    }
    if (value == MP_OBJ_SENTINEL) {
        return array_load(a, array_index(a, index, "array index out of range"));
    }
    size_t i = array_index(a, index, "array assignment index out of range");
    if (value == MP_OBJ_NULL) {
        remove_range(a, i, 1);
    } else {
        item_t it = convert(a->typecode, value);
        if (i >= a->len) {
            // The conversion shrank the array.
            mp_raise_msg(&mp_type_IndexError, "array assignment index out of range");
        }
        put(a, i, it);
    }
    return mp_const_none;
}

// ---------------------------------------------------------------------------
// Iteration and buffer

typedef struct _array_it_t {
    mp_obj_base_t base;
    mp_obj_array_t *array;
    size_t cur;
} array_it_t;

static mp_obj_t array_it_iternext(mp_obj_t self_in) {
    array_it_t *it = MP_OBJ_TO_PTR(self_in);
    if (it->array == NULL) {
        return MP_OBJ_STOP_ITERATION;
    }
    if (it->cur < it->array->len) {
        return array_load(it->array, it->cur++);
    }
    it->array = NULL;  // exhausted iterators stay exhausted
    return MP_OBJ_STOP_ITERATION;
}

static const mp_obj_type_t array_iterator_type = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_ITER_IS_SELF,
    .name = MP_QSTR_arrayiterator,
    .getiter = mp_identity_getiter,
    .iternext = array_it_iternext,
};

static mp_obj_t array_getiter(mp_obj_t self_in) {
    array_it_t *it = m_new_obj(array_it_t);
    it->base.type = &array_iterator_type;
    it->array = self_array(self_in);
    it->cur = 0;
    return MP_OBJ_FROM_PTR(it);
}

static int array_get_buffer(mp_obj_t self_in, mp_buffer_info_t *bi, int flags) {
    mp_obj_array_t *a = as_array(self_in);
    if (a == NULL) {
        return 1;
    }
    bi->buf = a->items;
    bi->len = a->len * a->itemsize;
    bi->typecode = a->typecode == 'u' ? 'I' : a->typecode;  // memoryview knows no 'w'
    return 0;
}

// ---------------------------------------------------------------------------
// Methods

static mp_obj_t array_append(mp_obj_t self, mp_obj_t v) {
    array_append1(self_array(self), v);
    return mp_const_none;
}
static MP_DEFINE_NAMED_FUN_OBJ_2(array_append_obj, MP_QSTR_append, array_append);

static mp_obj_t array_extend(mp_obj_t self, mp_obj_t iterable) {
    mp_obj_array_t *a = self_array(self);
    mp_obj_array_t *b = as_array(iterable);
    if (b != NULL && b->typecode != a->typecode) {
        mp_raise_TypeError("can only extend with array of same kind");
    }
    array_extend_iter(a, iterable);
    return mp_const_none;
}
static MP_DEFINE_NAMED_FUN_OBJ_2(array_extend_obj, MP_QSTR_extend, array_extend);

static mp_obj_t array_fromlist(mp_obj_t self, mp_obj_t list) {
    mp_obj_array_t *a = self_array(self);
    if (!mp_obj_is_instance_of(list, &mp_type_list)) {
        mp_raise_TypeError("arg must be list");
    }
    // All or nothing, like CPython.
    size_t old = a->len;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        array_extend_iter(a, mp_obj_get_native(list, &mp_type_list));
        nlr_pop();
    } else {
        a->len = old;
        nlr_jump(nlr.ret_val);
    }
    return mp_const_none;
}
static MP_DEFINE_NAMED_FUN_OBJ_2(array_fromlist_obj, MP_QSTR_fromlist, array_fromlist);

static mp_obj_t array_frombytes(mp_obj_t self, mp_obj_t b) {
    array_frombytes_data(self_array(self), b);
    return mp_const_none;
}
static MP_DEFINE_NAMED_FUN_OBJ_2(array_frombytes_obj, MP_QSTR_frombytes, array_frombytes);

static mp_obj_t array_tobytes(mp_obj_t self) {
    mp_obj_array_t *a = self_array(self);
    return mp_obj_new_bytes(a->items, a->len * a->itemsize);
}
static MP_DEFINE_NAMED_FUN_OBJ_1(array_tobytes_obj, MP_QSTR_tobytes, array_tobytes);

static mp_obj_t array_tolist(mp_obj_t self) {
    mp_obj_array_t *a = self_array(self);
    mp_obj_t l = mp_obj_new_list(a->len, NULL);
    mp_obj_list_t *lp = MP_OBJ_TO_PTR(l);
    for (size_t i = 0; i < a->len; i++) {
        lp->items[i] = array_load(a, i);
    }
    return l;
}
static MP_DEFINE_NAMED_FUN_OBJ_1(array_tolist_obj, MP_QSTR_tolist, array_tolist);

// A position for insert() and index(): negative counts from the end; then
// clamped to [0, len].
static MP_NOINLINE size_t clamp_pos(mp_int_t i, size_t len) {
    if (i < 0) {
        i += (mp_int_t)len;
        if (i < 0) {
            i = 0;
        }
    }
    return (size_t)i > len ? len : (size_t)i;
}

static mp_obj_t array_insert(mp_obj_t self, mp_obj_t idx, mp_obj_t v) {
    mp_obj_array_t *a = self_array(self);
    size_t i = clamp_pos(mp_binary_ssize_arg(idx, false), a->len);
    item_t it = convert(a->typecode, v);
    if (i > a->len) {
        i = a->len;  // the conversion shrank the array
    }
    array_reserve(a, 1);
    size_t isz = a->itemsize;
    memmove(a->items + (i + 1) * isz, a->items + i * isz, (a->len - i) * isz);
    put(a, i, it);
    a->len++;
    return mp_const_none;
}
static MP_DEFINE_NAMED_FUN_OBJ_3(array_insert_obj, MP_QSTR_insert, array_insert);

static mp_obj_t array_pop(size_t n_args, const mp_obj_t *args) {
    mp_obj_array_t *a = self_array(args[0]);
    mp_int_t i = -1;
    if (n_args > 1) {
        i = mp_binary_ssize_arg(args[1], false);
    }
    if (a->len == 0) {
        mp_raise_msg(&mp_type_IndexError, "pop from empty array");
    }
    if (i < 0) {
        i += (mp_int_t)a->len;
    }
    if (i < 0 || (size_t)i >= a->len) {
        mp_raise_msg(&mp_type_IndexError, "pop index out of range");
    }
    mp_obj_t r = array_load(a, (size_t)i);
    remove_range(a, (size_t)i, 1);
    return r;
}
static MP_DEFINE_NAMED_FUN_OBJ_VAR_BETWEEN(array_pop_obj, MP_QSTR_pop, 1, 2, array_pop);

static mp_int_t find(mp_obj_array_t *a, mp_obj_t v, size_t start, size_t stop) {
    for (size_t i = start; i < stop && i < a->len; i++) {
        if (item_equal(array_load(a, i), v)) {
            return (mp_int_t)i;
        }
    }
    return -1;
}

static mp_obj_t array_remove(mp_obj_t self, mp_obj_t v) {
    mp_obj_array_t *a = self_array(self);
    mp_int_t i = find(a, v, 0, a->len);
    if (i < 0) {
        mp_raise_ValueError("array.remove(x): x not in array");
    }
    remove_range(a, (size_t)i, 1);
    return mp_const_none;
}
static MP_DEFINE_NAMED_FUN_OBJ_2(array_remove_obj, MP_QSTR_remove, array_remove);

static mp_obj_t array_index_m(size_t n_args, const mp_obj_t *args) {
    mp_obj_array_t *a = self_array(args[0]);
    size_t start = n_args > 2 ? clamp_pos(mp_binary_ssize_arg(args[2], true), a->len) : 0;
    size_t stop = n_args > 3 ? clamp_pos(mp_binary_ssize_arg(args[3], true), a->len) : a->len;
    mp_int_t i = find(a, args[1], start, stop);
    if (i < 0) {
        mp_raise_ValueError("array.index(x): x not in array");
    }
    return MP_OBJ_NEW_SMALL_INT(i);
}
static MP_DEFINE_NAMED_FUN_OBJ_VAR_BETWEEN(array_index_obj, MP_QSTR_index, 2, 4, array_index_m);

static mp_obj_t array_count(mp_obj_t self, mp_obj_t v) {
    mp_obj_array_t *a = self_array(self);
    mp_int_t n = 0;
    for (size_t i = 0; i < a->len; i++) {
        if (item_equal(array_load(a, i), v)) {
            n++;
        }
    }
    return MP_OBJ_NEW_SMALL_INT(n);
}
static MP_DEFINE_NAMED_FUN_OBJ_2(array_count_obj, MP_QSTR_count, array_count);

static void reverse_bytes(byte *p, size_t n) {
    for (size_t x = 0, y = n; x + 1 < y; x++, y--) {
        byte t = p[x];
        p[x] = p[y - 1];
        p[y - 1] = t;
    }
}

static mp_obj_t array_byteswap(mp_obj_t self) {
    mp_obj_array_t *a = self_array(self);
    for (size_t i = 0; i < a->len; i++) {
        reverse_bytes(a->items + i * a->itemsize, a->itemsize);
    }
    return mp_const_none;
}
static MP_DEFINE_NAMED_FUN_OBJ_1(array_byteswap_obj, MP_QSTR_byteswap, array_byteswap);

// Reversing all the bytes reverses the order of the items and the bytes in
// each: swapping the bytes of each item back leaves the items reversed.
static mp_obj_t array_reverse(mp_obj_t self) {
    mp_obj_array_t *a = self_array(self);
    reverse_bytes(a->items, a->len * a->itemsize);
    return array_byteswap(self);
}
static MP_DEFINE_NAMED_FUN_OBJ_1(array_reverse_obj, MP_QSTR_reverse, array_reverse);

static mp_obj_t array_buffer_info(mp_obj_t self) {
    mp_obj_array_t *a = self_array(self);
    mp_obj_t t[2] = {mp_obj_new_int_from_ull((uintptr_t)a->items), mp_obj_new_int_from_uint(a->len)};
    return mp_obj_new_tuple(2, t);
}
static MP_DEFINE_NAMED_FUN_OBJ_1(array_buffer_info_obj, MP_QSTR_buffer_info, array_buffer_info);

static mp_obj_t array_copy(mp_obj_t self) {
    mp_obj_array_t *a = self_array(self);
    mp_obj_array_t *r = array_new(a->typecode, a->len);
    if (a->len) {
        memcpy(r->items, a->items, a->len * a->itemsize);
    }
    return MP_OBJ_FROM_PTR(r);
}
static MP_DEFINE_NAMED_FUN_OBJ_1(array_copy_obj, MP_QSTR___copy__, array_copy);

static mp_obj_t array_deepcopy(mp_obj_t self, mp_obj_t memo) {
    return array_copy(self);
}
static MP_DEFINE_NAMED_FUN_OBJ_2(array_deepcopy_obj, MP_QSTR___deepcopy__, array_deepcopy);

// tofile(f): f.write() of the raw bytes, in blocks like CPython.
static mp_obj_t array_tofile(mp_obj_t self, mp_obj_t file) {
    mp_obj_array_t *a = self_array(self);
    mp_obj_t dest[3];
    mp_load_method(file, MP_QSTR_write, dest);
    const size_t block = 64 * 1024;
    size_t total = a->len * a->itemsize;
    for (size_t ofs = 0; ofs < total; ofs += block) {
        size_t n = total - ofs < block ? total - ofs : block;
        if (ofs + n > a->len * a->itemsize) {
            break;  // the array shrank under a write()
        }
        dest[2] = mp_obj_new_bytes(a->items + ofs, n);
        mp_call_method_n_kw(1, 0, dest);
    }
    return mp_const_none;
}
static MP_DEFINE_NAMED_FUN_OBJ_2(array_tofile_obj, MP_QSTR_tofile, array_tofile);

// fromfile(f, n): n items read with f.read(); EOFError if fewer came (the
// whole items that did come are kept).
static mp_obj_t array_fromfile(mp_obj_t self, mp_obj_t file, mp_obj_t n_obj) {
    mp_obj_array_t *a = self_array(self);
    mp_int_t n = mp_binary_ssize_arg(n_obj, false);
    if (n < 0) {
        mp_raise_ValueError("negative count");
    }
    if ((uint64_t)n > (uint64_t)INT64_MAX / a->itemsize) {
        m_malloc_fail((size_t)-1);
    }
    size_t want = (size_t)n * a->itemsize;
    mp_obj_t dest[3];
    mp_load_method(file, MP_QSTR_read, dest);
    dest[2] = mp_obj_new_int_from_uint(want);
    mp_obj_t data = mp_call_method_n_kw(1, 0, dest);
    if (!mp_obj_is_instance_of(data, &mp_type_bytes)) {
        mp_raise_TypeError("read() didn't return bytes");
    }
    const byte *d;
    size_t len;
    mp_obj_get_bytes_like(data, &d, &len);
    append_raw(a, data, len / a->itemsize);  // the whole items that came
    if (len != want) {
        mp_raise_msg(&mp_type_EOFError, "read() didn't return enough bytes");
    }
    return mp_const_none;
}
static MP_DEFINE_NAMED_FUN_OBJ_3(array_fromfile_obj, MP_QSTR_fromfile, array_fromfile);

static mp_obj_t array_fromunicode(mp_obj_t self, mp_obj_t s) {
    mp_obj_array_t *a = self_array(self);
    if (!mp_obj_is_str_like(s)) {
        mp_raise_msg_varg(&mp_type_TypeError, "fromunicode() argument must be str, not %s", mp_obj_get_type_str(s));
    }
    if (a->typecode != 'u') {
        mp_raise_ValueError("fromunicode() may only be called on unicode type arrays");
    }
    unicode_extend(a, s);
    return mp_const_none;
}
static MP_DEFINE_NAMED_FUN_OBJ_2(array_fromunicode_obj, MP_QSTR_fromunicode, array_fromunicode);

static mp_obj_t array_tounicode(mp_obj_t self) {
    mp_obj_array_t *a = self_array(self);
    if (a->typecode != 'u') {
        mp_raise_ValueError("tounicode() may only be called on unicode type arrays");
    }
    return unicode_str(a);
}
static MP_DEFINE_NAMED_FUN_OBJ_1(array_tounicode_obj, MP_QSTR_tounicode, array_tounicode);

static const mp_rom_map_elem_t array_locals_table[] = {
    {MP_ROM_QSTR(MP_QSTR_append), MP_ROM_PTR(&array_append_obj)},
    {MP_ROM_QSTR(MP_QSTR_extend), MP_ROM_PTR(&array_extend_obj)},
    {MP_ROM_QSTR(MP_QSTR_insert), MP_ROM_PTR(&array_insert_obj)},
    {MP_ROM_QSTR(MP_QSTR_pop), MP_ROM_PTR(&array_pop_obj)},
    {MP_ROM_QSTR(MP_QSTR_remove), MP_ROM_PTR(&array_remove_obj)},
    {MP_ROM_QSTR(MP_QSTR_index), MP_ROM_PTR(&array_index_obj)},
    {MP_ROM_QSTR(MP_QSTR_count), MP_ROM_PTR(&array_count_obj)},
    {MP_ROM_QSTR(MP_QSTR_reverse), MP_ROM_PTR(&array_reverse_obj)},
    {MP_ROM_QSTR(MP_QSTR_byteswap), MP_ROM_PTR(&array_byteswap_obj)},
    {MP_ROM_QSTR(MP_QSTR_buffer_info), MP_ROM_PTR(&array_buffer_info_obj)},
    {MP_ROM_QSTR(MP_QSTR_tobytes), MP_ROM_PTR(&array_tobytes_obj)},
    {MP_ROM_QSTR(MP_QSTR_frombytes), MP_ROM_PTR(&array_frombytes_obj)},
    {MP_ROM_QSTR(MP_QSTR_tolist), MP_ROM_PTR(&array_tolist_obj)},
    {MP_ROM_QSTR(MP_QSTR_fromlist), MP_ROM_PTR(&array_fromlist_obj)},
    {MP_ROM_QSTR(MP_QSTR_tofile), MP_ROM_PTR(&array_tofile_obj)},
    {MP_ROM_QSTR(MP_QSTR_fromfile), MP_ROM_PTR(&array_fromfile_obj)},
    {MP_ROM_QSTR(MP_QSTR_fromunicode), MP_ROM_PTR(&array_fromunicode_obj)},
    {MP_ROM_QSTR(MP_QSTR_tounicode), MP_ROM_PTR(&array_tounicode_obj)},
    {MP_ROM_QSTR(MP_QSTR___copy__), MP_ROM_PTR(&array_copy_obj)},
    {MP_ROM_QSTR(MP_QSTR___deepcopy__), MP_ROM_PTR(&array_deepcopy_obj)},
};
static MP_DEFINE_CONST_DICT(array_locals_dict, array_locals_table);

const mp_obj_type_t mp_type_array = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_BASETYPE,
    .name = MP_QSTR_array,
    .print = array_print,
    .make_new = array_make_new,
    .unary_op = array_unary_op,
    .binary_op = array_binary_op,
    .attr = array_attr,
    .subscr = array_subscr,
    .getiter = array_getiter,
    .buffer = array_get_buffer,
    .locals_dict = (mp_obj_dict_t *)&array_locals_dict,
};

static const mp_rom_map_elem_t array_globals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_array)},
    {MP_ROM_QSTR(MP_QSTR_array), MP_ROM_PTR(&mp_type_array)},
    {MP_ROM_QSTR(MP_QSTR_ArrayType), MP_ROM_PTR(&mp_type_array)},
    {MP_ROM_QSTR(MP_QSTR_typecodes), MP_ROM_QSTR(MP_QSTR_bBuhHiIlLqQfd)},
};
static MP_DEFINE_CONST_DICT(array_globals, array_globals_table);
MP_DEFINE_CONST_MODULE(mp_module_array, array_globals);
