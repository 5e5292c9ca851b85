// moductypes.c: the uctypes module: C-like structured access to raw memory.
//
// A layout is a "descriptor": a dict mapping field names to encoded field
// specifications. A uctypes.struct object pairs a descriptor with a memory
// address and a layout type (endianness/alignment); reading an attribute
// decodes the field at address + offset, writing one encodes it back.
//
// Field encodings are 32-bit words (held in Python ints; bit 31 is ignored
// so that the negative constants work as well as their unsigned forms):
//   scalar      type << 27 | offset                       (offset: 27 bits)
//   bitfield    type << 27 | len << 22 | pos << 17 | offset (offset: 17 bits)
//   aggregate   a tuple whose first item is kind << 29 | offset (29 bits):
//       (offset, {desc})                    nested struct (kind 0)
//       (offset | PTR, TYPE or {desc})       pointer (kind 1)
//       (offset | ARRAY, TYPE | count)       array of scalars (kind 2)
//       (offset | ARRAY, count, {desc})      array of structs (kind 2)
// The numeric values of the constants match MicroPython's, so descriptors
// written for it behave the same.
//
// Descriptors are validated lazily (like MicroPython): a bad one raises
// TypeError/ValueError when the field is used, never crashes. Addresses are
// trusted: they are meant to come from uctypes.addressof() of a real buffer.
#include <string.h>
#include "runtime.h"
#include "objmodule.h"
#include "objstr.h"
#include "objtype.h"
#include "objiter.h"
#include "binary.h"

// Layout types.
#define LAYOUT_LITTLE 0
#define LAYOUT_BIG 1
#define LAYOUT_NATIVE 2

// Scalar types (the 4-bit type field).
enum {
    T_UINT8, T_INT8, T_UINT16, T_INT16, T_UINT32, T_INT32, T_UINT64, T_INT64,
    T_BFUINT8, T_BFINT8, T_BFUINT16, T_BFINT16, T_BFUINT32, T_BFINT32,
    T_FLOAT32, T_FLOAT64,
};
// Aggregate kinds (the 2-bit kind field of a tuple's first item).
enum { AGG_STRUCT, AGG_PTR, AGG_ARRAY };

#define TYPE_SHIFT 27
#define KIND_SHIFT 29
#define BF_POS_SHIFT 17
#define BF_LEN_SHIFT 22
#define SCALAR_OFFSET_MASK ((1u << TYPE_SHIFT) - 1)
#define BF_OFFSET_MASK ((1u << BF_POS_SHIFT) - 1)
#define AGG_OFFSET_MASK ((1u << KIND_SHIFT) - 1)

// The Python value of a type constant: the type in bits 27..30, with bit 31
// copied from bit 30 (so the upper half of the types are negative ints, as
// in MicroPython).
#define TYPE_CONST(t) ((mp_int_t)(int32_t)((uint32_t)(t) << 28) >> 1)

static const uint8_t scalar_size[16] = {1, 1, 2, 2, 4, 4, 8, 8, 1, 1, 2, 2, 4, 4, 4, 8};

static inline bool host_is_big(void) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    return true;
#else
    return false;
#endif
}

static inline bool layout_is_big(int layout) {
    return layout == LAYOUT_BIG || (layout == LAYOUT_NATIVE && host_is_big());
}

// ---------------------------------------------------------------------------
// The struct object

typedef struct _uct_struct_t {
    mp_obj_base_t base;
    mp_obj_t desc;  // a descriptor dict, or an aggregate tuple (array, pointer)
    byte *addr;
    uint8_t layout;
} uct_struct_t;

extern const mp_obj_type_t uctypes_struct_type;

static MP_NOINLINE mp_obj_t struct_new(mp_obj_t desc, byte *addr, int layout) {
    uct_struct_t *s = m_new_obj(uct_struct_t);
    s->base.type = &uctypes_struct_type;
    s->desc = desc;
    s->addr = addr;
    s->layout = (uint8_t)layout;
    return MP_OBJ_FROM_PTR(s);
}

MP_NORETURN static void bad_desc(void) {
    mp_raise_TypeError("struct: invalid descriptor");
}

// The map of a descriptor dict (any dict, OrderedDict or dict subclass), or
// NULL if o is not one.
static mp_map_t *desc_map(mp_obj_t o) {
    if (mp_obj_is_obj(o) && mp_obj_is_instance_of(o, &mp_type_dict)) {
        return mp_obj_dict_get_map(o);
    }
    return NULL;
}

// A field encoding word from an int; TypeError if not an int, ValueError if
// it does not fit in 32 bits.
static uint32_t enc_word(mp_obj_t o) {
    mp_int_t v;
    if (!mp_obj_get_int_maybe(o, &v)) {
        if (mp_obj_is_int(o)) {
            mp_raise_ValueError("struct: field encoding out of range");
        }
        bad_desc();
    }
    if (v < INT32_MIN || v > (mp_int_t)UINT32_MAX) {
        mp_raise_ValueError("struct: field encoding out of range");
    }
    return (uint32_t)v;
}

static inline unsigned word_type(uint32_t w) {
    return (w >> TYPE_SHIFT) & 0xf;
}

// A decoded aggregate tuple.
typedef struct {
    unsigned kind;
    uint32_t offset;
    mp_obj_t sub;       // descriptor dict of the elements/target, or MP_OBJ_NULL for scalars
    unsigned elem_type; // scalar element type when sub is NULL
    size_t count;       // array length
} agg_t;

static mp_obj_tuple_t *as_tuple(mp_obj_t o) {
    if (mp_obj_is_obj(o) && mp_obj_is_type(o, &mp_type_tuple)) {
        return MP_OBJ_TO_PTR(o);
    }
    return NULL;
}

static void agg_decode(mp_obj_tuple_t *t, agg_t *a) {
    if (t->len < 2 || t->len > 3) {
        bad_desc();
    }
    uint32_t w = enc_word(t->items[0]);
    a->kind = (w >> KIND_SHIFT) & 3;
    a->offset = w & AGG_OFFSET_MASK;
    a->sub = MP_OBJ_NULL;
    a->elem_type = 0;
    a->count = 0;
    switch (a->kind) {
        case AGG_STRUCT:
            if (t->len != 2 || desc_map(t->items[1]) == NULL) {
                bad_desc();
            }
            a->sub = t->items[1];
            break;
        case AGG_PTR:
            if (t->len != 2) {
                bad_desc();
            }
            if (desc_map(t->items[1]) != NULL) {
                a->sub = t->items[1];
            } else {
                a->elem_type = word_type(enc_word(t->items[1]));
                if (a->elem_type >= T_BFUINT8 && a->elem_type <= T_BFINT32) {
                    mp_raise_TypeError("struct: pointer to bitfield");
                }
            }
            break;
        case AGG_ARRAY:
            if (t->len == 2) {
                uint32_t e = enc_word(t->items[1]);
                a->elem_type = word_type(e);
                a->count = e & SCALAR_OFFSET_MASK;
                if (a->elem_type >= T_BFUINT8 && a->elem_type <= T_BFINT32) {
                    mp_raise_TypeError("struct: array of bitfields");
                }
            } else {
                mp_int_t n = mp_obj_get_int(t->items[1]);
                if (n < 0) {
                    mp_raise_ValueError("struct: negative array length");
                }
                if (desc_map(t->items[2]) == NULL) {
                    bad_desc();
                }
                a->count = (size_t)n;
                a->sub = t->items[2];
            }
            break;
        default:
            bad_desc();
    }
}

// ---------------------------------------------------------------------------
// Sizes

static size_t struct_size(mp_obj_t desc, int layout, size_t *align);

static size_t mul_size(size_t a, size_t b) {
    if (b != 0 && a > SIZE_MAX / 4 / b) {
        mp_raise_msg(&mp_type_OverflowError, "struct: size too large");
    }
    return a * b;
}

// Size and alignment of an aggregate.
static size_t agg_size(const agg_t *a, int layout, size_t *align) {
    switch (a->kind) {
        case AGG_STRUCT:
            return struct_size(a->sub, layout, align);
        case AGG_PTR:
            *align = sizeof(void *);
            return sizeof(void *);
        default:
            if (a->sub != MP_OBJ_NULL) {
                size_t s = struct_size(a->sub, layout, align);
                return mul_size(a->count, s);
            }
            *align = scalar_size[a->elem_type];
            return mul_size(a->count, scalar_size[a->elem_type]);
    }
}

// Size of a struct: the end of its furthest field, rounded up (NATIVE
// layout only) to the alignment of its largest member, like a C compiler
// would pad it. *align receives that alignment (1 for packed layouts).
static size_t struct_size(mp_obj_t desc, int layout, size_t *align) {
    mp_map_t *map = desc_map(desc);
    if (map == NULL) {
        bad_desc();
    }
    mp_stack_check();  // a descriptor may (pathologically) contain itself
    size_t total = 0, max_align = 1;
    size_t cur = 0;
    mp_map_elem_t *e;
    while ((e = mp_map_next(map, &cur)) != NULL) {
        size_t end, al;
        mp_obj_tuple_t *t = as_tuple(e->value);
        if (t != NULL) {
            agg_t a;
            agg_decode(t, &a);
            al = 1;
            size_t s = agg_size(&a, layout, &al);
            end = a.offset + s;
        } else {
            uint32_t w = enc_word(e->value);
            unsigned ty = word_type(w);
            uint32_t off = (ty >= T_BFUINT8 && ty <= T_BFINT32) ? (w & BF_OFFSET_MASK) : (w & SCALAR_OFFSET_MASK);
            al = scalar_size[ty];
            end = off + al;
        }
        if (al > max_align) {
            max_align = al;
        }
        if (end > total) {
            total = end;
        }
    }
    if (layout == LAYOUT_NATIVE) {
        total = (total + max_align - 1) / max_align * max_align;
        *align = max_align;
    } else {
        *align = 1;
    }
    return total;
}

// Size of what a descriptor (a dict, or an aggregate tuple) describes.
static size_t desc_size(mp_obj_t desc, int layout) {
    size_t align;
    mp_obj_tuple_t *t = as_tuple(desc);
    if (t != NULL) {
        agg_t a;
        agg_decode(t, &a);
        return agg_size(&a, layout, &align);
    }
    return struct_size(desc, layout, &align);
}

// ---------------------------------------------------------------------------
// Loading and storing scalars

// (Raw scalars are read and written by extmod/binary.c.)

static inline uint64_t sign_extend(uint64_t v, unsigned bits) {
    if (bits < 64 && (v >> (bits - 1)) & 1) {
        v |= ~(uint64_t)0 << bits;
    }
    return v;
}

// The low 64 bits (two's complement) of any Python int.
static uint64_t int_bits(mp_obj_t o) {
    uint64_t v;
    if (!mp_binary_int_low_bits(o, &v)) {
        (void)mp_obj_get_int(o);  // raises the TypeError
        mp_raise_TypeError("struct: an integer is required");
    }
    return v;
}

// The struct-module type code of each scalar type (bitfield types never
// get here).
static const char scalar_code[16] = "BbHhIiQq------fd";

static mp_obj_t load_scalar(const byte *p, unsigned ty, int layout) {
    return mp_binary_get_item(scalar_code[ty], scalar_size[ty], layout_is_big(layout), p);
}

static void store_scalar(byte *p, unsigned ty, int layout, mp_obj_t val) {
    bool big = layout_is_big(layout);
    uint64_t v;
    if (ty == T_FLOAT32) {
        float f = (float)mp_obj_get_float(val);
        uint32_t b;
        memcpy(&b, &f, sizeof b);
        v = b;
    } else if (ty == T_FLOAT64) {
        double d = mp_obj_get_float(val);
        memcpy(&v, &d, sizeof v);
    } else {
        v = int_bits(val);
    }
    mp_binary_put_bits(p, scalar_size[ty], big, v);
}

// A bitfield: the container scalar of the type is read whole, then masked.
typedef struct {
    unsigned size;  // container size in bytes
    unsigned pos, len;
    bool is_signed;
} bitfield_t;

static void bf_decode(uint32_t w, unsigned ty, bitfield_t *bf) {
    bf->size = scalar_size[ty];
    bf->pos = (w >> BF_POS_SHIFT) & 0x1f;
    bf->len = (w >> BF_LEN_SHIFT) & 0x1f;
    bf->is_signed = (ty & 1) != 0;
    if (bf->len == 0 || bf->pos + bf->len > bf->size * 8) {
        mp_raise_ValueError("struct: bitfield out of range");
    }
}

static mp_obj_t load_bitfield(const byte *p, const bitfield_t *bf, int layout) {
    uint64_t v = mp_binary_get_bits(p, bf->size, layout_is_big(layout));
    v = (v >> bf->pos) & ((1ull << bf->len) - 1);
    if (bf->is_signed) {
        return mp_obj_new_int_from_ll((long long)sign_extend(v, bf->len));
    }
    return mp_obj_new_int_from_ull(v);
}

static void store_bitfield(byte *p, const bitfield_t *bf, int layout, mp_obj_t val) {
    bool big = layout_is_big(layout);
    uint64_t mask = ((1ull << bf->len) - 1) << bf->pos;
    uint64_t v = mp_binary_get_bits(p, bf->size, big);
    v = (v & ~mask) | ((int_bits(val) << bf->pos) & mask);
    mp_binary_put_bits(p, bf->size, big, v);
}

// Raw addresses are trusted, but the first page is never valid memory: a
// NULL (or nearly NULL) address raises instead of crashing.
static void check_addr(const byte *p) {
    if ((uintptr_t)p < 4096) {
        mp_raise_ValueError("struct: NULL pointer access");
    }
}

// A bytearray viewing memory in place (no copy): writes go to the memory.
// The bytearray owns nothing; growing it later detaches it onto its own
// heap buffer (bytearray never frees or reallocates its items in place).
static MP_NOINLINE mp_obj_t bytearray_by_ref(byte *p, size_t len) {
    mp_obj_bytearray_t *b = m_new_obj(mp_obj_bytearray_t);
    b->base.type = &mp_type_bytearray;
    b->alloc = len;
    b->len = len;
    b->items = p;
    return MP_OBJ_FROM_PTR(b);
}

// Load (val is MP_OBJ_NULL) or store (then returns MP_OBJ_NULL) the scalar
// of type ty at p.
static mp_obj_t scalar_rw(byte *p, unsigned ty, int layout, mp_obj_t val) {
    check_addr(p);
    if (val == MP_OBJ_NULL) {
        return load_scalar(p, ty, layout);
    }
    store_scalar(p, ty, layout, val);
    return MP_OBJ_NULL;
}

// ---------------------------------------------------------------------------
// Struct slots

static uct_struct_t *get_struct(mp_obj_t o) {
    return MP_OBJ_TO_PTR(o);
}

static void struct_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    uct_struct_t *self = get_struct(self_in);
    const char *name = "ERROR";
    if (desc_map(self->desc) != NULL) {
        name = "STRUCT";
    } else {
        mp_obj_tuple_t *t = as_tuple(self->desc);
        mp_int_t w;
        if (t != NULL && t->len >= 1 && mp_obj_get_int_maybe(t->items[0], &w)) {
            unsigned k = ((uint32_t)w >> KIND_SHIFT) & 3;
            name = k == AGG_PTR ? "PTR" : k == AGG_ARRAY ? "ARRAY" : "STRUCT";
        }
    }
    mp_printf(print, "<struct %s %llx>", name, (unsigned long long)(uintptr_t)self->addr);
}

static MP_NOINLINE int layout_arg(mp_obj_t o) {
    mp_int_t l = mp_obj_get_int(o);
    if (l < 0 || l > 2) {
        mp_raise_ValueError("struct: invalid layout type");
    }
    return (int)l;
}

static mp_obj_t struct_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_arg_check_num(n_args, n_kw, 2, 3, false);
    byte *addr = (byte *)(uintptr_t)int_bits(args[0]);
    int layout = n_args == 3 ? layout_arg(args[2]) : LAYOUT_NATIVE;
    return struct_new(args[1], addr, layout);
}

static void struct_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    uct_struct_t *self = get_struct(self_in);
    mp_map_t *map = desc_map(self->desc);
    if (map == NULL) {
        mp_raise_TypeError("struct: no fields");
    }
    mp_map_elem_t *e = mp_map_lookup(map, MP_OBJ_NEW_QSTR(attr), MP_MAP_LOOKUP);
    if (e == NULL) {
        return;  // AttributeError from the runtime
    }
    bool load = dest[0] == MP_OBJ_NULL;
    if (!load && dest[1] == MP_OBJ_NULL) {
        mp_raise_TypeError("struct: cannot delete field");
    }
    mp_obj_t v = e->value;
    mp_obj_tuple_t *t = as_tuple(v);
    if (t == NULL) {
        // A scalar or a bitfield.
        uint32_t w = enc_word(v);
        unsigned ty = word_type(w);
        if (ty >= T_BFUINT8 && ty <= T_BFINT32) {
            bitfield_t bf;
            bf_decode(w, ty, &bf);
            byte *p = self->addr + (w & BF_OFFSET_MASK);
            check_addr(p);
            if (load) {
                dest[0] = load_bitfield(p, &bf, self->layout);
            } else {
                store_bitfield(p, &bf, self->layout, dest[1]);
                dest[0] = MP_OBJ_NULL;
            }
            return;
        }
        dest[0] = scalar_rw(self->addr + (w & SCALAR_OFFSET_MASK), ty, self->layout, load ? MP_OBJ_NULL : dest[1]);
        return;
    }
    agg_t a;
    agg_decode(t, &a);
    if (!load) {
        mp_raise_TypeError("struct: cannot assign to an aggregate field");
    }
    byte *p = self->addr + a.offset;
    if (a.kind == AGG_STRUCT) {
        dest[0] = struct_new(a.sub, p, self->layout);
    } else if (a.kind == AGG_ARRAY && a.sub == MP_OBJ_NULL && a.elem_type == T_UINT8) {
        // Arrays of bytes are plain bytearrays over the memory.
        check_addr(p);
        dest[0] = bytearray_by_ref(p, a.count);
    } else {
        dest[0] = struct_new(v, p, self->layout);
    }
}

static mp_obj_t struct_subscr(mp_obj_t self_in, mp_obj_t index, mp_obj_t value) {
    uct_struct_t *self = get_struct(self_in);
    mp_obj_tuple_t *t = as_tuple(self->desc);
    if (t == NULL) {
        mp_raise_TypeError("struct: cannot index");
    }
    if (value == MP_OBJ_NULL) {
        mp_raise_TypeError("struct: cannot delete item");
    }
    agg_t a;
    agg_decode(t, &a);
    size_t elem_size, align;
    if (a.sub != MP_OBJ_NULL) {
        elem_size = struct_size(a.sub, self->layout, &align);
    } else {
        elem_size = scalar_size[a.elem_type];
    }
    byte *base;
    mp_int_t i;
    if (a.kind == AGG_ARRAY) {
        base = self->addr;
        if (mp_obj_is_type(index, &mp_type_slice)) {
            mp_bound_slice_t sl;
            mp_int_t n = mp_obj_slice_indices(index, a.count, &sl);
            if (sl.step != 1) {
                mp_raise_NotImplementedError("struct: slice step must be 1");
            }
            if (value != MP_OBJ_SENTINEL) {
                mp_raise_TypeError("struct: cannot assign to a slice");
            }
            check_addr(base);
            return bytearray_by_ref(base + sl.start * elem_size, n * elem_size);
        }
        i = mp_obj_get_index_int(index);
        if (i < 0) {
            i += (mp_int_t)a.count;
        }
        if (i < 0 || (size_t)i >= a.count) {
            mp_raise_msg(&mp_type_IndexError, "struct: index out of range");
        }
    } else if (a.kind == AGG_PTR) {
        check_addr(self->addr);
        base = (byte *)(uintptr_t)mp_binary_get_bits(self->addr, sizeof(void *), layout_is_big(self->layout));
        i = mp_obj_get_index_int(index);
    } else {
        mp_raise_TypeError("struct: cannot index");
    }
    byte *p = base + i * (mp_int_t)elem_size;
    if (a.sub != MP_OBJ_NULL) {
        if (value != MP_OBJ_SENTINEL) {
            mp_raise_TypeError("struct: cannot assign to an aggregate item");
        }
        return struct_new(a.sub, p, self->layout);
    }
    mp_obj_t r = scalar_rw(p, a.elem_type, self->layout, value == MP_OBJ_SENTINEL ? MP_OBJ_NULL : value);
    return r != MP_OBJ_NULL ? r : mp_const_none;
}

static mp_obj_t struct_unary_op(mp_unary_op_t op, mp_obj_t self_in) {
    uct_struct_t *self = get_struct(self_in);
    mp_obj_tuple_t *t = as_tuple(self->desc);
    switch (op) {
        case MP_UNARY_OP_HASH:
            mp_raise_TypeError("unhashable type: 'struct'");
        case MP_UNARY_OP_LEN:
        case MP_UNARY_OP_INT:
            if (t != NULL) {
                agg_t a;
                agg_decode(t, &a);
                if (op == MP_UNARY_OP_LEN && a.kind == AGG_ARRAY) {
                    return mp_obj_new_int_from_uint(a.count);
                }
                if (op == MP_UNARY_OP_INT && a.kind == AGG_PTR) {
                    // int(ptr): the address the pointer holds.
                    check_addr(self->addr);
                    return mp_obj_new_int_from_ull(mp_binary_get_bits(self->addr, sizeof(void *), layout_is_big(self->layout)));
                }
            }
            return MP_OBJ_NULL;
        default:
            return MP_OBJ_NULL;
    }
}

// Arrays iterate over their items; a pointer has no end (iterating it
// would run through memory), and plain structs are not sequences.
static mp_obj_t struct_getiter(mp_obj_t self_in) {
    uct_struct_t *self = get_struct(self_in);
    mp_obj_tuple_t *t = as_tuple(self->desc);
    if (t != NULL) {
        agg_t a;
        agg_decode(t, &a);
        if (a.kind == AGG_ARRAY) {
            return mp_obj_new_getitem_iter(self_in);
        }
    }
    mp_raise_TypeError("'struct' object is not iterable");
}

static int struct_buffer(mp_obj_t self_in, mp_buffer_info_t *bi, int flags) {
    uct_struct_t *self = get_struct(self_in);
    bi->buf = self->addr;
    bi->len = desc_size(self->desc, self->layout);
    bi->typecode = 'B';
    return 0;
}

const mp_obj_type_t uctypes_struct_type = {
    {&mp_type_type},
    .name = MP_QSTR_struct,
    .print = struct_print,
    .make_new = struct_make_new,
    .unary_op = struct_unary_op,
    .attr = struct_attr,
    .subscr = struct_subscr,
    .getiter = struct_getiter,
    .buffer = struct_buffer,
};

// ---------------------------------------------------------------------------
// Module functions

static bool get_buffer(mp_obj_t o, mp_buffer_info_t *bi, int flags) {
    const mp_obj_type_t *t = mp_obj_get_type(o);
    return t->buffer != NULL && t->buffer(o, bi, flags) == 0;
}

// sizeof(struct_or_descriptor, layout_type=NATIVE)
static mp_obj_t uctypes_sizeof(size_t n_args, const mp_obj_t *args) {
    mp_obj_t o = args[0];
    int layout = n_args == 2 ? layout_arg(args[1]) : LAYOUT_NATIVE;
    if (mp_obj_is_type(o, &mp_type_bytearray)) {
        // What a UINT8 array field reads as.
        return mp_obj_len(o);
    }
    if (mp_obj_is_type(o, &uctypes_struct_type)) {
        uct_struct_t *st = get_struct(o);
        o = st->desc;
        layout = st->layout;
    } else if (desc_map(o) == NULL && as_tuple(o) == NULL) {
        mp_raise_TypeError("struct: sizeof() needs a struct or a descriptor");
    }
    return mp_obj_new_int_from_uint(desc_size(o, layout));
}
MP_DEFINE_NAMED_FUN_OBJ_VAR_BETWEEN(uctypes_sizeof_obj, MP_QSTR_sizeof, 1, 2, uctypes_sizeof);

static mp_obj_t uctypes_addressof(mp_obj_t o) {
    mp_buffer_info_t bi;
    if (!get_buffer(o, &bi, MP_BUFFER_READ)) {
        mp_raise_msg_varg(&mp_type_TypeError, "a bytes-like object is required, not '%s'", mp_obj_get_type_str(o));
    }
    return mp_obj_new_int_from_ull((uintptr_t)bi.buf);
}
MP_DEFINE_NAMED_FUN_OBJ_1(uctypes_addressof_obj, MP_QSTR_addressof, uctypes_addressof);

static byte *mem_args(mp_obj_t addr_in, mp_obj_t size_in, size_t *size) {
    byte *addr = (byte *)(uintptr_t)int_bits(addr_in);
    mp_int_t n = mp_obj_get_int(size_in);
    if (n < 0) {
        mp_raise_ValueError("negative size");
    }
    if (n > 0) {
        check_addr(addr);
    }
    *size = (size_t)n;
    return addr;
}

static mp_obj_t uctypes_bytes_at(mp_obj_t addr_in, mp_obj_t size_in) {
    size_t n;
    byte *p = mem_args(addr_in, size_in, &n);
    return mp_obj_new_bytes(p, n);
}
MP_DEFINE_NAMED_FUN_OBJ_2(uctypes_bytes_at_obj, MP_QSTR_bytes_at, uctypes_bytes_at);

static mp_obj_t uctypes_bytearray_at(mp_obj_t addr_in, mp_obj_t size_in) {
    size_t n;
    byte *p = mem_args(addr_in, size_in, &n);
    return bytearray_by_ref(p, n);
}
MP_DEFINE_NAMED_FUN_OBJ_2(uctypes_bytearray_at_obj, MP_QSTR_bytearray_at, uctypes_bytearray_at);

static const mp_rom_map_elem_t uctypes_globals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_uctypes)},
    {MP_ROM_QSTR(MP_QSTR_struct), MP_ROM_PTR(&uctypes_struct_type)},
    {MP_ROM_QSTR(MP_QSTR_sizeof), MP_ROM_PTR(&uctypes_sizeof_obj)},
    {MP_ROM_QSTR(MP_QSTR_addressof), MP_ROM_PTR(&uctypes_addressof_obj)},
    {MP_ROM_QSTR(MP_QSTR_bytes_at), MP_ROM_PTR(&uctypes_bytes_at_obj)},
    {MP_ROM_QSTR(MP_QSTR_bytearray_at), MP_ROM_PTR(&uctypes_bytearray_at_obj)},

    {MP_ROM_QSTR(MP_QSTR_LITTLE_ENDIAN), MP_ROM_INT(LAYOUT_LITTLE)},
    {MP_ROM_QSTR(MP_QSTR_BIG_ENDIAN), MP_ROM_INT(LAYOUT_BIG)},
    {MP_ROM_QSTR(MP_QSTR_NATIVE), MP_ROM_INT(LAYOUT_NATIVE)},

    {MP_ROM_QSTR(MP_QSTR_UINT8), MP_ROM_INT(TYPE_CONST(T_UINT8))},
    {MP_ROM_QSTR(MP_QSTR_INT8), MP_ROM_INT(TYPE_CONST(T_INT8))},
    {MP_ROM_QSTR(MP_QSTR_UINT16), MP_ROM_INT(TYPE_CONST(T_UINT16))},
    {MP_ROM_QSTR(MP_QSTR_INT16), MP_ROM_INT(TYPE_CONST(T_INT16))},
    {MP_ROM_QSTR(MP_QSTR_UINT32), MP_ROM_INT(TYPE_CONST(T_UINT32))},
    {MP_ROM_QSTR(MP_QSTR_INT32), MP_ROM_INT(TYPE_CONST(T_INT32))},
    {MP_ROM_QSTR(MP_QSTR_UINT64), MP_ROM_INT(TYPE_CONST(T_UINT64))},
    {MP_ROM_QSTR(MP_QSTR_INT64), MP_ROM_INT(TYPE_CONST(T_INT64))},
    {MP_ROM_QSTR(MP_QSTR_BFUINT8), MP_ROM_INT(TYPE_CONST(T_BFUINT8))},
    {MP_ROM_QSTR(MP_QSTR_BFINT8), MP_ROM_INT(TYPE_CONST(T_BFINT8))},
    {MP_ROM_QSTR(MP_QSTR_BFUINT16), MP_ROM_INT(TYPE_CONST(T_BFUINT16))},
    {MP_ROM_QSTR(MP_QSTR_BFINT16), MP_ROM_INT(TYPE_CONST(T_BFINT16))},
    {MP_ROM_QSTR(MP_QSTR_BFUINT32), MP_ROM_INT(TYPE_CONST(T_BFUINT32))},
    {MP_ROM_QSTR(MP_QSTR_BFINT32), MP_ROM_INT(TYPE_CONST(T_BFINT32))},
    {MP_ROM_QSTR(MP_QSTR_FLOAT32), MP_ROM_INT(TYPE_CONST(T_FLOAT32))},
    {MP_ROM_QSTR(MP_QSTR_FLOAT64), MP_ROM_INT(TYPE_CONST(T_FLOAT64))},
    {MP_ROM_QSTR(MP_QSTR_BF_POS), MP_ROM_INT(BF_POS_SHIFT)},
    {MP_ROM_QSTR(MP_QSTR_BF_LEN), MP_ROM_INT(BF_LEN_SHIFT)},
    {MP_ROM_QSTR(MP_QSTR_PTR), MP_ROM_INT((mp_int_t)(int32_t)((uint32_t)AGG_PTR << 30) >> 1)},
    {MP_ROM_QSTR(MP_QSTR_ARRAY), MP_ROM_INT((mp_int_t)(int32_t)((uint32_t)AGG_ARRAY << 30) >> 1)},

    // Aliases: VOID (for untyped pointers) and the C type names of this
    // (LP64) host.
    {MP_ROM_QSTR(MP_QSTR_VOID), MP_ROM_INT(TYPE_CONST(T_UINT8))},
    {MP_ROM_QSTR(MP_QSTR_UBYTE), MP_ROM_INT(TYPE_CONST(T_UINT8))},
    {MP_ROM_QSTR(MP_QSTR_BYTE), MP_ROM_INT(TYPE_CONST(T_INT8))},
    {MP_ROM_QSTR(MP_QSTR_USHORT), MP_ROM_INT(TYPE_CONST(T_UINT16))},
    {MP_ROM_QSTR(MP_QSTR_SHORT), MP_ROM_INT(TYPE_CONST(T_INT16))},
    {MP_ROM_QSTR(MP_QSTR_UINT), MP_ROM_INT(TYPE_CONST(T_UINT32))},
    {MP_ROM_QSTR(MP_QSTR_INT), MP_ROM_INT(TYPE_CONST(T_INT32))},
    {MP_ROM_QSTR(MP_QSTR_ULONG), MP_ROM_INT(TYPE_CONST(sizeof(long) == 8 ? T_UINT64 : T_UINT32))},
    {MP_ROM_QSTR(MP_QSTR_LONG), MP_ROM_INT(TYPE_CONST(sizeof(long) == 8 ? T_INT64 : T_INT32))},
    {MP_ROM_QSTR(MP_QSTR_ULONGLONG), MP_ROM_INT(TYPE_CONST(T_UINT64))},
    {MP_ROM_QSTR(MP_QSTR_LONGLONG), MP_ROM_INT(TYPE_CONST(T_INT64))},
    {MP_ROM_QSTR(MP_QSTR_FLOAT), MP_ROM_INT(TYPE_CONST(T_FLOAT32))},
    {MP_ROM_QSTR(MP_QSTR_DOUBLE), MP_ROM_INT(TYPE_CONST(T_FLOAT64))},
};
static MP_DEFINE_CONST_DICT(uctypes_globals, uctypes_globals_table);
MP_DEFINE_CONST_MODULE(mp_module_uctypes, uctypes_globals);
