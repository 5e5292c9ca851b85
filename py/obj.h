// obj.h: the value representation and the object model shared by the whole
// core. This is the ONE place where the bit layout of a value is defined;
// everything else goes through the accessors below.
#ifndef MP_PY_OBJ_H
#define MP_PY_OBJ_H

#include <string.h>
#include "mpconfig.h"
#include "qstr.h"
#include "misc.h"

/*
 * Values: mp_obj_t is a 64-bit word, NaN-boxed so that floats, small ints,
 * interned strings and object pointers all fit without allocation.
 *
 *   top 16 bits      meaning
 *   0x0000           pointer to an object (48-bit address); 0 is MP_OBJ_NULL
 *   0x0001           qstr (interned str): low 32 bits are the qstr number
 *   0x0002           internal sentinels (MP_OBJ_SENTINEL, MP_OBJ_STOP_ITERATION)
 *   0x0007..0xFFF7   double: the IEEE-754 bits plus MP_FLOAT_OFFSET
 *   0xFFF8..0xFFFF   small int: 51-bit two's complement in the low 51 bits
 *
 * Doubles are shifted up by 7<<48 so that pointers stay raw (no masking on
 * the hot object paths). NaNs are canonicalised to 0x7FF8... before boxing
 * so that no double collides with the small-int range.
 *
 * None, True, False, Ellipsis and NotImplemented are static objects, so they
 * are plain pointers with a type like every other object.
 */
typedef uint64_t mp_obj_t;

#define MP_OBJ_NULL ((mp_obj_t)0)
#define MP_OBJ_SENTINEL ((mp_obj_t)0x0002000000000001ULL)
#define MP_OBJ_STOP_ITERATION ((mp_obj_t)0x0002000000000002ULL)

#define MP_FLOAT_OFFSET 0x0007000000000000ULL
#define MP_SMALL_INT_TAG 0xFFF8000000000000ULL
#define MP_SMALL_INT_BITS 51
#define MP_SMALL_INT_MAX ((mp_int_t)((1LL << 50) - 1))
#define MP_SMALL_INT_MIN ((mp_int_t)(-(1LL << 50)))

// (always inlined: at -Oz GCC would otherwise call it, which is no smaller)
static MP_ALWAYS_INLINE bool mp_obj_is_obj(mp_obj_t o) {
    return (o >> 48) == 0 && o != 0;
}
static inline bool mp_obj_is_small_int(mp_obj_t o) {
    return o >= MP_SMALL_INT_TAG;
}
static inline bool mp_obj_is_qstr(mp_obj_t o) {
    return (o >> 48) == 1;
}
static inline bool mp_obj_is_float(mp_obj_t o) {
    return o - MP_FLOAT_OFFSET < (0xFFF8000000000000ULL - MP_FLOAT_OFFSET);
}

static inline mp_int_t mp_small_int_value(mp_obj_t o) {
    return ((int64_t)(o << (64 - MP_SMALL_INT_BITS))) >> (64 - MP_SMALL_INT_BITS);
}
static inline bool mp_small_int_fits(mp_int_t i) {
    return i >= MP_SMALL_INT_MIN && i <= MP_SMALL_INT_MAX;
}
// The caller guarantees mp_small_int_fits(i).
static inline mp_obj_t mp_obj_new_small_int(mp_int_t i) {
    return ((mp_uint_t)i & ((1ULL << MP_SMALL_INT_BITS) - 1)) | MP_SMALL_INT_TAG;
}
#define MP_OBJ_NEW_SMALL_INT(i) ((mp_obj_t)(((mp_uint_t)(i) & ((1ULL << MP_SMALL_INT_BITS) - 1)) | MP_SMALL_INT_TAG))
#define MP_OBJ_SMALL_INT_VALUE(o) mp_small_int_value(o)

static inline qstr mp_obj_qstr_value(mp_obj_t o) {
    return (qstr)(o & 0xFFFFFFFFu);
}
static inline mp_obj_t mp_obj_new_qstr(qstr q) {
    return ((mp_obj_t)1 << 48) | (mp_obj_t)q;
}
#define MP_OBJ_NEW_QSTR(q) mp_obj_new_qstr(q)
#define MP_OBJ_QSTR_VALUE(o) mp_obj_qstr_value(o)

static inline double mp_obj_float_value(mp_obj_t o) {
    uint64_t bits = o - MP_FLOAT_OFFSET;
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
}
static inline mp_obj_t mp_obj_new_float(double d) {
    uint64_t bits;
    if (MP_UNLIKELY(d != d)) {
        bits = 0x7FF8000000000000ULL;
    } else {
        memcpy(&bits, &d, sizeof bits);
    }
    return bits + MP_FLOAT_OFFSET;
}
typedef double mp_float_t;

static inline void *mp_obj_to_ptr(mp_obj_t o) {
    return (void *)(uintptr_t)o;
}
static inline mp_obj_t mp_obj_from_ptr(const void *p) {
    return (mp_obj_t)(uintptr_t)p;
}
#define MP_OBJ_TO_PTR(o) mp_obj_to_ptr(o)
#define MP_OBJ_FROM_PTR(p) mp_obj_from_ptr(p)

// ---------------------------------------------------------------------------
// Objects and types

typedef struct _mp_obj_type_t mp_obj_type_t;

// Every heap or static object starts with this header.
typedef struct _mp_obj_base_t {
    const mp_obj_type_t *type;
} mp_obj_base_t;

// Printing goes through an mp_print_t: a sink function plus its data
// (a vstr, a stream, stdout ...). See mpprint.h.
typedef struct _mp_print_t mp_print_t;

typedef enum {
    PRINT_STR = 0,   // str()
    PRINT_REPR = 1,  // repr()
} mp_print_kind_t;

// Unary operators. Values are part of the bytecode (UNARY_OP operand).
typedef enum {
    MP_UNARY_OP_POSITIVE,
    MP_UNARY_OP_NEGATIVE,
    MP_UNARY_OP_INVERT,
    MP_UNARY_OP_NOT,
    // The following are used by builtins, not by the bytecode.
    MP_UNARY_OP_BOOL,   // __bool__; must return mp_const_true/false
    MP_UNARY_OP_LEN,    // __len__; must return a small int
    MP_UNARY_OP_HASH,   // __hash__; must return a small int
    MP_UNARY_OP_ABS,    // __abs__
    MP_UNARY_OP_INT,    // __int__ / __index__ for int()
    MP_UNARY_OP_FLOAT,  // __float__
    MP_UNARY_OP_COMPLEX,
    MP_UNARY_OP_SIZEOF,
    MP_UNARY_OP_NUM
} mp_unary_op_t;

// Binary operators. Values are part of the bytecode (BINARY_OP operand).
// The in-place forms come first and mirror the plain forms at
// +MP_BINARY_OP_INPLACE_DELTA, so "op - MP_BINARY_OP_INPLACE_DELTA" gives the
// plain operator.
#define MP_BINARY_OP_LIST(X) \
    X(LESS) X(MORE) X(EQUAL) X(LESS_EQUAL) X(MORE_EQUAL) X(NOT_EQUAL) \
    X(IN) X(IS) X(EXCEPTION_MATCH) \
    X(INPLACE_OR) X(INPLACE_XOR) X(INPLACE_AND) X(INPLACE_LSHIFT) X(INPLACE_RSHIFT) \
    X(INPLACE_ADD) X(INPLACE_SUBTRACT) X(INPLACE_MULTIPLY) X(INPLACE_MAT_MULTIPLY) \
    X(INPLACE_FLOOR_DIVIDE) X(INPLACE_TRUE_DIVIDE) X(INPLACE_MODULO) X(INPLACE_POWER) \
    X(OR) X(XOR) X(AND) X(LSHIFT) X(RSHIFT) \
    X(ADD) X(SUBTRACT) X(MULTIPLY) X(MAT_MULTIPLY) \
    X(FLOOR_DIVIDE) X(TRUE_DIVIDE) X(MODULO) X(POWER) \
    X(DIVMOD) X(NOT_IN) X(IS_NOT) \
    X(REVERSE_OR) X(REVERSE_XOR) X(REVERSE_AND) X(REVERSE_LSHIFT) X(REVERSE_RSHIFT) \
    X(REVERSE_ADD) X(REVERSE_SUBTRACT) X(REVERSE_MULTIPLY) X(REVERSE_MAT_MULTIPLY) \
    X(REVERSE_FLOOR_DIVIDE) X(REVERSE_TRUE_DIVIDE) X(REVERSE_MODULO) X(REVERSE_POWER)

typedef enum {
#define X(name) MP_BINARY_OP_##name,
    MP_BINARY_OP_LIST(X)
#undef X
    MP_BINARY_OP_NUM
} mp_binary_op_t;
// INPLACE_OR + DELTA == OR, ..., INPLACE_POWER + DELTA == POWER.
#define MP_BINARY_OP_INPLACE_DELTA (MP_BINARY_OP_OR - MP_BINARY_OP_INPLACE_OR)
// OR + DELTA == REVERSE_OR, ..., POWER + DELTA == REVERSE_POWER.
#define MP_BINARY_OP_REVERSE_DELTA (MP_BINARY_OP_REVERSE_OR - MP_BINARY_OP_OR)

// Type slots. A slot that cannot handle its arguments returns MP_OBJ_NULL
// ("not supported") and the runtime raises one consistent TypeError.
typedef void (*mp_print_fun_t)(const mp_print_t *print, mp_obj_t o, mp_print_kind_t kind);
// args[0..n_args) are positional, then n_kw (key qstr-or-str, value) pairs.
typedef mp_obj_t (*mp_make_new_fun_t)(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args);
typedef mp_obj_t (*mp_call_fun_t)(mp_obj_t fun, size_t n_args, size_t n_kw, const mp_obj_t *args);
typedef mp_obj_t (*mp_unary_op_fun_t)(mp_unary_op_t op, mp_obj_t o);
typedef mp_obj_t (*mp_binary_op_fun_t)(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs);
// Attribute access, one slot for load/store/delete:
//  load:   dest[0] == MP_OBJ_NULL on entry. Set dest[0] = value; or for a
//          method, dest[0] = function and dest[1] = self (unbound call
//          protocol of mp_load_method). Leave dest[0] NULL if not found.
//  store:  dest[0] == MP_OBJ_SENTINEL, dest[1] = value. Set dest[0] = NULL on success.
//  delete: dest[0] == MP_OBJ_SENTINEL, dest[1] == MP_OBJ_NULL. Set dest[0] = NULL on success.
typedef void (*mp_attr_fun_t)(mp_obj_t self, qstr attr, mp_obj_t *dest);
// value == MP_OBJ_SENTINEL: load (return the item); MP_OBJ_NULL: delete;
// otherwise store. Store/delete return mp_const_none on success.
typedef mp_obj_t (*mp_subscr_fun_t)(mp_obj_t self, mp_obj_t index, mp_obj_t value);
typedef mp_obj_t (*mp_getiter_fun_t)(mp_obj_t self);
// Returns the next item or MP_OBJ_STOP_ITERATION (never raises StopIteration
// just to signal the end).
typedef mp_obj_t (*mp_iternext_fun_t)(mp_obj_t self);
typedef mp_obj_t (*mp_fun_0_t)(void);
typedef mp_obj_t (*mp_fun_1_t)(mp_obj_t);
typedef mp_obj_t (*mp_fun_2_t)(mp_obj_t, mp_obj_t);
typedef mp_obj_t (*mp_fun_3_t)(mp_obj_t, mp_obj_t, mp_obj_t);
typedef mp_obj_t (*mp_fun_var_t)(size_t n, const mp_obj_t *args);
// kw_args is a dict-like map of the keyword arguments (may be NULL).
struct _mp_map_t;  // (map.h) forward declaration so the typedef below has file scope
typedef mp_obj_t (*mp_fun_kw_t)(size_t n, const mp_obj_t *args, struct _mp_map_t *kw_args);

// Buffer protocol.
#define MP_BUFFER_READ (1)
#define MP_BUFFER_WRITE (2)
#define MP_BUFFER_RW (MP_BUFFER_READ | MP_BUFFER_WRITE)
typedef struct _mp_buffer_info_t {
    void *buf;
    size_t len;
    int typecode;  // struct-module type code of the items, 'B' for bytes
} mp_buffer_info_t;
// Returns 0 on success, non-zero if the object has no buffer for these flags.
typedef int (*mp_buffer_fun_t)(mp_obj_t obj, mp_buffer_info_t *bufinfo, int flags);

// Type flags.
#define MP_TYPE_FLAG_IS_SUBCLASSED (0x0001)  // some user class derives from it
#define MP_TYPE_FLAG_HAS_GETATTR (0x0002)    // user class defines __getattr__
#define MP_TYPE_FLAG_HAS_SETATTR (0x0004)    // user class defines __setattr__/__delattr__
#define MP_TYPE_FLAG_HAS_DESCRIPTORS (0x0008) // class dict holds __get__/__set__ objects
#define MP_TYPE_FLAG_USER (0x0010)           // created by a class statement / type()
#define MP_TYPE_FLAG_BASETYPE (0x0020)       // builtin type that may be subclassed
#define MP_TYPE_FLAG_EQ_IS_IDENTITY (0x0040) // == is identity, hash is id
#define MP_TYPE_FLAG_ITER_IS_SELF (0x0080)   // getiter returns self (iterators)
#define MP_TYPE_FLAG_HAS_FINALISER (0x0100)  // instances have __del__
#define MP_TYPE_FLAG_HAS_GETATTRIBUTE (0x0200) // user class overrides __getattribute__ (objtype.c)

struct _mp_obj_type_t {
    mp_obj_base_t base;  // &mp_type_type, or a metaclass
    uint16_t flags;
    qstr name;
    mp_print_fun_t print;
    mp_make_new_fun_t make_new;  // called by type.__call__
    mp_call_fun_t call;          // instances are callable
    mp_unary_op_fun_t unary_op;
    mp_binary_op_fun_t binary_op;
    mp_attr_fun_t attr;  // if NULL, only locals_dict is searched (methods)
    mp_subscr_fun_t subscr;
    mp_getiter_fun_t getiter;
    mp_iternext_fun_t iternext;
    mp_buffer_fun_t buffer;
    const void *protocol;  // type-specific (e.g. stream protocol)
    // Methods and class attributes. For builtin types a const fixed map
    // (see MP_DEFINE_CONST_DICT); for user classes the class __dict__.
    struct _mp_obj_dict_t *locals_dict;
    // The single base of a builtin type (NULL for object), or for user
    // classes the first base. The full linearisation is in mro.
    const mp_obj_type_t *base_type;
    // Tuple of the bases (user classes; NULL for builtins with one base).
    struct _mp_obj_tuple_t *bases;
    // C3 linearisation: tuple (self, ..., object). NULL for builtins: their
    // MRO is the base_type chain.
    struct _mp_obj_tuple_t *mro;
    // Incremented whenever this type's dict (or a base's) changes; inline
    // caches key on it.
    uint32_t version;
};

// Singleton objects.
typedef struct _mp_obj_none_t { mp_obj_base_t base; } mp_obj_none_t;
typedef struct _mp_obj_bool_t { mp_obj_base_t base; bool value; } mp_obj_bool_t;
typedef struct _mp_obj_singleton_t { mp_obj_base_t base; qstr name; } mp_obj_singleton_t;
extern const mp_obj_none_t mp_const_none_obj;
extern const mp_obj_bool_t mp_const_false_obj;
extern const mp_obj_bool_t mp_const_true_obj;
extern const mp_obj_singleton_t mp_const_ellipsis_obj;
extern const mp_obj_singleton_t mp_const_notimplemented_obj;
#define mp_const_none (MP_OBJ_FROM_PTR(&mp_const_none_obj))
#define mp_const_false (MP_OBJ_FROM_PTR(&mp_const_false_obj))
#define mp_const_true (MP_OBJ_FROM_PTR(&mp_const_true_obj))
#define mp_const_ellipsis (MP_OBJ_FROM_PTR(&mp_const_ellipsis_obj))
#define mp_const_notimplemented (MP_OBJ_FROM_PTR(&mp_const_notimplemented_obj))
static inline mp_obj_t mp_obj_new_bool(bool b) {
    return b ? mp_const_true : mp_const_false;
}
#define mp_const_empty_tuple (MP_OBJ_FROM_PTR(&mp_const_empty_tuple_obj))
extern const struct _mp_obj_tuple_t mp_const_empty_tuple_obj;

// Builtin types (each defined in the file named after it).
extern const mp_obj_type_t mp_type_type;     // objtype.c
extern const mp_obj_type_t mp_type_object;   // objobject.c
extern const mp_obj_type_t mp_type_NoneType; // objnone.c
extern const mp_obj_type_t mp_type_bool;     // objbool.c
extern const mp_obj_type_t mp_type_int;      // objint.c
extern const mp_obj_type_t mp_type_float;    // objfloat.c
extern const mp_obj_type_t mp_type_complex;  // objcomplex.c
extern const mp_obj_type_t mp_type_str;      // objstr.c
extern const mp_obj_type_t mp_type_bytes;    // objbytes.c
extern const mp_obj_type_t mp_type_bytearray;
extern const mp_obj_type_t mp_type_memoryview;
extern const mp_obj_type_t mp_type_tuple;    // objtuple.c
extern const mp_obj_type_t mp_type_list;     // objlist.c
extern const mp_obj_type_t mp_type_dict;     // objdict.c
extern const mp_obj_type_t mp_type_mappingproxy; // objmappingproxy.c: read-only view of a class dict
mp_obj_t mp_obj_new_mappingproxy(mp_obj_t dict);
extern const mp_obj_type_t mp_type_set;      // objset.c
extern const mp_obj_type_t mp_type_frozenset;
extern const mp_obj_type_t mp_type_range;    // objrange.c
extern const mp_obj_type_t mp_type_slice;    // objslice.c
extern const mp_obj_type_t mp_type_enumerate;// objiter.c (also zip map filter reversed)
extern const mp_obj_type_t mp_type_zip;
extern const mp_obj_type_t mp_type_map;
extern const mp_obj_type_t mp_type_filter;
extern const mp_obj_type_t mp_type_reversed;
extern const mp_obj_type_t mp_type_ellipsis;
extern const mp_obj_type_t mp_type_NotImplementedType;
extern const mp_obj_type_t mp_type_property;     // objproperty.c
extern const mp_obj_type_t mp_type_staticmethod; // objtype.c
extern const mp_obj_type_t mp_type_classmethod;
extern const mp_obj_type_t mp_type_super;
extern const mp_obj_type_t mp_type_module;       // objmodule.c
extern const mp_obj_type_t mp_type_code;         // objfun.c: compiled code object
extern const mp_obj_type_t mp_type_function;     // objfun.c: Python function
extern const mp_obj_type_t mp_type_closure;
extern const mp_obj_type_t mp_type_cell;
extern const mp_obj_type_t mp_type_bound_meth;
extern const mp_obj_type_t mp_type_bound_builtin_meth; // the same for builtin functions
extern const mp_obj_type_t mp_type_builtin_function; // C functions (mp_obj_fun_builtin_t)
extern const mp_obj_type_t mp_type_generator;    // objgenerator.c
extern const mp_obj_type_t mp_type_coroutine;
extern const mp_obj_type_t mp_type_gen_wrap;

// ---------------------------------------------------------------------------
// C functions exposed to Python (methods of builtin types, module functions).

#define MP_FUN_ARGS_MAX (0xffff)
typedef struct _mp_obj_fun_builtin_t {
    mp_obj_base_t base;  // &mp_type_builtin_function
    // Packed into one 32-bit word, so that with the name the header is one
    // word: the ~640 const function objects are 24 bytes each instead of 32.
    // (Byte-aligned fields: reading them is a plain load.)
    uint32_t n_args_min : 8;
    uint32_t n_args_max : 16;  // MP_FUN_ARGS_MAX: unlimited
    uint32_t kind : 8;         // MP_FUN_KIND_*
    qstr name;            // for repr and error messages (0 if unknown)
    union {
        mp_fun_0_t _0;
        mp_fun_1_t _1;
        mp_fun_2_t _2;
        mp_fun_3_t _3;
        mp_fun_var_t var;
        mp_fun_kw_t kw;
    } fun;
} mp_obj_fun_builtin_t;
#define MP_FUN_KIND_0 0
#define MP_FUN_KIND_1 1
#define MP_FUN_KIND_2 2
#define MP_FUN_KIND_3 3
#define MP_FUN_KIND_VAR 4   // positional only, n_args_min..n_args_max
#define MP_FUN_KIND_KW 5    // positional + keyword map

#define MP_DEFINE_CONST_FUN_OBJ_0(obj, f) \
    const mp_obj_fun_builtin_t obj = {{&mp_type_builtin_function}, 0, 0, MP_FUN_KIND_0, 0, .fun._0 = f}
#define MP_DEFINE_CONST_FUN_OBJ_1(obj, f) \
    const mp_obj_fun_builtin_t obj = {{&mp_type_builtin_function}, 1, 1, MP_FUN_KIND_1, 0, .fun._1 = f}
#define MP_DEFINE_CONST_FUN_OBJ_2(obj, f) \
    const mp_obj_fun_builtin_t obj = {{&mp_type_builtin_function}, 2, 2, MP_FUN_KIND_2, 0, .fun._2 = f}
#define MP_DEFINE_CONST_FUN_OBJ_3(obj, f) \
    const mp_obj_fun_builtin_t obj = {{&mp_type_builtin_function}, 3, 3, MP_FUN_KIND_3, 0, .fun._3 = f}
#define MP_DEFINE_CONST_FUN_OBJ_VAR(obj, n_min, f) \
    const mp_obj_fun_builtin_t obj = {{&mp_type_builtin_function}, n_min, MP_FUN_ARGS_MAX, MP_FUN_KIND_VAR, 0, .fun.var = f}
#define MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(obj, n_min, n_max, f) \
    const mp_obj_fun_builtin_t obj = {{&mp_type_builtin_function}, n_min, n_max, MP_FUN_KIND_VAR, 0, .fun.var = f}
#define MP_DEFINE_CONST_FUN_OBJ_KW(obj, n_min, f) \
    const mp_obj_fun_builtin_t obj = {{&mp_type_builtin_function}, n_min, MP_FUN_ARGS_MAX, MP_FUN_KIND_KW, 0, .fun.kw = f}
#define MP_ROM_PTR(p) ((mp_obj_t)(uintptr_t)(p))
#define MP_ROM_QSTR(q) ((mp_obj_t)(((mp_obj_t)1 << 48) | (q)))
#define MP_ROM_INT(i) ((mp_obj_t)(((mp_uint_t)(i) & ((1ULL << MP_SMALL_INT_BITS) - 1)) | MP_SMALL_INT_TAG))

// ---------------------------------------------------------------------------
// Common object layouts used across files.

typedef struct _mp_obj_tuple_t {
    mp_obj_base_t base;
    size_t len;
    mp_obj_t items[];
} mp_obj_tuple_t;

typedef struct _mp_obj_list_t {
    mp_obj_base_t base;
    size_t alloc;
    size_t len;
    mp_obj_t *items;
} mp_obj_list_t;

#include "map.h"

typedef struct _mp_obj_dict_t {
    mp_obj_base_t base;
    mp_map_t map;
} mp_obj_dict_t;

// A const dict for builtin types' and modules' tables. Lookup is a linear
// scan with qstr identity comparison.
#define MP_DEFINE_CONST_DICT(dict_name, table_name) \
    const mp_obj_dict_t dict_name = { \
        .base = {&mp_type_dict}, \
        .map = { .is_fixed = 1, .is_const = 1, .used = MP_ARRAY_SIZE(table_name), .filled = MP_ARRAY_SIZE(table_name), \
                 .alloc = MP_ARRAY_SIZE(table_name), .table = (mp_map_elem_t *)table_name } }
// A constant dict of the n entries of elems from start on: related types
// share one methods table this way (bytes and bytearray, set and frozenset,
// text and binary streams ...), each type's dict being a slice of it.
#define MP_DEFINE_CONST_DICT_SLICE(dict_name, elems, start, n) \
    const mp_obj_dict_t dict_name = { \
        .base = {&mp_type_dict}, \
        .map = { .is_fixed = 1, .is_const = 1, .used = (n), .filled = (n), .alloc = (n), \
                 .table = (mp_map_elem_t *)(elems) + (start) } }

typedef struct _mp_obj_module_t {
    mp_obj_base_t base;  // &mp_type_module
    mp_obj_dict_t *globals;
} mp_obj_module_t;

// A user-class instance (objtype.c). members holds the instance __dict__.
// If the class derives from a builtin type, subobj[0] is the native base
// instance (e.g. the list object that a subclass of list wraps).
typedef struct _mp_obj_instance_t {
    mp_obj_base_t base;
    mp_map_t members;
    mp_obj_t subobj[];
} mp_obj_instance_t;

// Exception instances (objexcept.c).
typedef struct _mp_obj_exception_t {
    mp_obj_base_t base;
    mp_obj_tuple_t *args;
    mp_obj_t cause;            // __cause__ or MP_OBJ_NULL
    mp_obj_t context;          // __context__ or MP_OBJ_NULL
    bool suppress_context;     // __suppress_context__
    // Traceback: triples (filename qstr, line, block-name qstr) flattened,
    // most recent last. Allocated lazily; dropped silently if no memory.
    size_t traceback_len;
    size_t traceback_alloc;
    size_t *traceback_data;
    mp_map_t *attrs;           // user attributes set on the instance, or NULL
} mp_obj_exception_t;

// staticmethod / classmethod objects (objtype.c): a builtin type may put
// one in its locals_dict, e.g.
//   static const mp_obj_static_class_method_t dict_fromkeys_obj =
//       {{&mp_type_classmethod}, MP_ROM_PTR(&dict_fromkeys_fun_obj)};
typedef struct _mp_obj_static_class_method_t {
    mp_obj_base_t base;
    mp_obj_t fun;
} mp_obj_static_class_method_t;

// ---------------------------------------------------------------------------
// Type queries.

const mp_obj_type_t *mp_obj_get_type_slow(mp_obj_t o);
static inline const mp_obj_type_t *mp_obj_get_type(mp_obj_t o) {
    if (MP_LIKELY(mp_obj_is_obj(o))) {
        return ((const mp_obj_base_t *)MP_OBJ_TO_PTR(o))->type;
    }
    return mp_obj_get_type_slow(o);
}
// True if o's type is exactly t (no subclass check); o may be any value.
static inline bool mp_obj_is_type(mp_obj_t o, const mp_obj_type_t *t) {
    return mp_obj_get_type(o) == t;
}
#define mp_obj_is_int(o) (mp_obj_is_small_int(o) || mp_obj_is_type(o, &mp_type_int))
#define mp_obj_is_str(o) (mp_obj_is_qstr(o) || mp_obj_is_type(o, &mp_type_str))
#define mp_obj_is_bool(o) ((o) == mp_const_true || (o) == mp_const_false)
qstr mp_obj_get_type_qstr(mp_obj_t o);                   // name of o's type
const char *mp_obj_get_type_str(mp_obj_t o);             // same, as C string
bool mp_obj_is_subclass_fast(const mp_obj_type_t *t, const mp_obj_type_t *base); // t derives from base (MRO walk)
bool mp_obj_is_instance_of(mp_obj_t o, const mp_obj_type_t *t);  // isinstance(o, t)
bool mp_obj_is_callable(mp_obj_t o);
bool mp_obj_is_exception_instance(mp_obj_t o);
bool mp_obj_is_exception_type(mp_obj_t o);
// For an instance of a user subclass of a builtin type, the native base
// object it wraps; otherwise o itself.
mp_obj_t mp_obj_get_native(mp_obj_t o, const mp_obj_type_t *native_type);
// The object of exactly `type` that o is or (for a user subclass instance)
// wraps; NULL otherwise.
void *mp_obj_native_ptr(mp_obj_t o, const mp_obj_type_t *type);

// ---------------------------------------------------------------------------
// Constructors and accessors of builtin objects. Each is implemented in the
// file of its type.

// objint.c / mpz.c: arbitrary-precision int. mp_obj_new_int returns a small
// int when it fits.
mp_obj_t mp_obj_new_int(mp_int_t value);
mp_obj_t mp_obj_new_int_from_uint(mp_uint_t value);
mp_obj_t mp_obj_new_int_from_ll(long long value);
mp_obj_t mp_obj_new_int_from_ull(unsigned long long value);
mp_obj_t mp_obj_new_int_from_float(mp_float_t value);  // raises OverflowError/ValueError for inf/nan
// Parse an int literal (digits may include '_' per Python syntax); base 0
// means auto-detect prefix 0x/0o/0b. Raises ValueError on bad syntax
// (with int()'s message). Leading/trailing whitespace and a sign allowed.
mp_obj_t mp_obj_new_int_from_str_len(const char *str, size_t len, int base);
// Value as C int; raises OverflowError if it does not fit, TypeError if not an int/bool.
mp_int_t mp_obj_get_int(mp_obj_t o);
// Like mp_obj_get_int but also accepts objects with __index__.
mp_int_t mp_obj_get_index_int(mp_obj_t o);
// True and *value set if o is an int (or bool) that fits mp_int_t.
bool mp_obj_get_int_maybe(mp_obj_t o, mp_int_t *value);
// Float value of an int/bool/float; raises TypeError otherwise.
mp_float_t mp_obj_get_float(mp_obj_t o);
bool mp_obj_get_float_maybe(mp_obj_t o, mp_float_t *value);
// Binary op of two ints (small or big); returns MP_OBJ_NULL if unsupported.
mp_obj_t mp_obj_int_binary_op(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs);
mp_obj_t mp_obj_float_binary_op(mp_binary_op_t op, mp_float_t lhs, mp_obj_t rhs);
// Hash of any int (small or big), consistent with float hashing.
mp_int_t mp_obj_int_hash(mp_obj_t o);
mp_int_t mp_float_hash(mp_float_t f);
// Parse a float/complex literal (decimal, exponent, inf, nan); raises ValueError.
mp_obj_t mp_obj_new_float_from_str_len(const char *str, size_t len);
mp_obj_t mp_obj_new_complex(mp_float_t real, mp_float_t imag);
// Shortest round-tripping repr of a float ("0.1", "1e+100", "inf", "nan").
void mp_float_repr(const mp_print_t *print, mp_float_t f);

// objstr.c: str is UTF-8 internally; a qstr value is also a str.
mp_obj_t mp_obj_new_str(const char *data, size_t len);        // copies; validates nothing
mp_obj_t mp_obj_new_str_from_cstr(const char *s);
mp_obj_t mp_obj_new_str_via_qstr(const char *data, size_t len); // interned
mp_obj_t mp_obj_new_str_from_vstr(vstr_t *vstr);              // takes the buffer
mp_obj_t mp_obj_new_bytes(const byte *data, size_t len);
mp_obj_t mp_obj_new_bytes_from_vstr(vstr_t *vstr);
mp_obj_t mp_obj_new_bytearray(size_t len, const void *items);
// Data of a str or bytes object (or qstr). Raises TypeError for others.
const char *mp_obj_str_get_data(mp_obj_t o, size_t *len);
// NUL-terminated data of a str; raises TypeError if not a str.
const char *mp_obj_str_get_str(mp_obj_t o);
// Interned qstr of a str object (interning it if needed).
qstr mp_obj_str_get_qstr(mp_obj_t o);
bool mp_obj_str_equal(mp_obj_t a, mp_obj_t b);  // both str (or both bytes)
mp_uint_t mp_str_hash(const byte *data, size_t len);  // the one string hash
// format(value, spec): the format mini-language for any object.
mp_obj_t mp_obj_format(mp_obj_t value, mp_obj_t spec);
// s % args.
mp_obj_t mp_obj_str_modulo(mp_obj_t fmt, mp_obj_t args);
// Concatenate n str objects (used by f-strings).
mp_obj_t mp_obj_str_join_n(size_t n, const mp_obj_t *items);

// objtuple.c, objlist.c, objdict.c, objset.c, objrange.c, objslice.c
mp_obj_t mp_obj_new_tuple(size_t n, const mp_obj_t *items);  // items may be NULL: filled with NULL by caller
void mp_obj_tuple_get(mp_obj_t t, size_t *len, mp_obj_t **items);
mp_obj_t mp_obj_new_list(size_t n, const mp_obj_t *items);   // items may be NULL
void mp_obj_list_get(mp_obj_t l, size_t *len, mp_obj_t **items);
mp_obj_t mp_obj_list_append(mp_obj_t list, mp_obj_t item);
void mp_obj_list_store(mp_obj_t list, size_t index, mp_obj_t value);
// Sequence of any tuple/list: pointer to items (no copy).
void mp_obj_get_array(mp_obj_t o, size_t *len, mp_obj_t **items);
// Exactly len items, else ValueError.
void mp_obj_get_array_fixed_n(mp_obj_t o, size_t len, mp_obj_t **items);
mp_obj_t mp_obj_new_dict(size_t n_hint);
mp_obj_t mp_obj_dict_store(mp_obj_t dict, mp_obj_t key, mp_obj_t value);
mp_obj_t mp_obj_dict_get(mp_obj_t dict, mp_obj_t key);  // raises KeyError
mp_obj_t mp_obj_dict_delete(mp_obj_t dict, mp_obj_t key);
size_t mp_obj_dict_len(mp_obj_t dict);
mp_map_t *mp_obj_dict_get_map(mp_obj_t dict);
mp_obj_t mp_obj_new_set(size_t n, const mp_obj_t *items);
void mp_obj_set_store(mp_obj_t set, mp_obj_t item);
mp_obj_t mp_obj_new_range(mp_int_t start, mp_int_t stop, mp_int_t step);
mp_obj_t mp_obj_new_slice(mp_obj_t start, mp_obj_t stop, mp_obj_t step);
typedef struct _mp_bound_slice_t { mp_int_t start, stop, step; } mp_bound_slice_t;
// Clamp a slice against a sequence length (CPython semantics, any step);
// returns the number of items selected.
mp_int_t mp_obj_slice_indices(mp_obj_t slice, size_t len, mp_bound_slice_t *out);
// Normalise a (possibly negative) index into a sequence of length len;
// raises IndexError("<type name> index out of range").
size_t mp_get_index(const mp_obj_type_t *type, size_t len, mp_obj_t index, bool is_slice_ok);

// objmodule.c
mp_obj_t mp_obj_new_module(qstr name);
mp_obj_dict_t *mp_obj_module_get_globals(mp_obj_t module);

// objexcept.c: exceptions. Exception types are ordinary mp_obj_type_t.
mp_obj_t mp_obj_new_exception(const mp_obj_type_t *exc_type);
mp_obj_t mp_obj_new_exception_arg1(const mp_obj_type_t *exc_type, mp_obj_t arg);
mp_obj_t mp_obj_new_exception_args(const mp_obj_type_t *exc_type, size_t n_args, const mp_obj_t *args);
mp_obj_t mp_obj_new_exception_msg(const mp_obj_type_t *exc_type, const char *msg);
mp_obj_t mp_obj_new_exception_msg_varg(const mp_obj_type_t *exc_type, const char *fmt, ...);
// Append one traceback entry (file, line, block name) to an exception.
void mp_obj_exception_add_traceback(mp_obj_t exc, qstr file, size_t line, qstr block);
void mp_obj_exception_clear_traceback(mp_obj_t exc);
// The exception instance: native exception object of o (handles user
// subclasses of Exception).
mp_obj_exception_t *mp_obj_exception_get_native(mp_obj_t o);
mp_obj_t mp_obj_exception_get_value(mp_obj_t exc);  // args[0] or None (StopIteration.value)
// Print "Traceback (most recent call last):" lines and "Type: msg".
void mp_obj_print_exception(const mp_print_t *print, mp_obj_t exc);

// Builtin exception types (objexcept.c).
#define MP_EXCEPTION_TYPES(X) \
    X(BaseException) X(SystemExit) X(KeyboardInterrupt) X(GeneratorExit) X(Exception) \
    X(StopIteration) X(StopAsyncIteration) X(ArithmeticError) X(OverflowError) \
    X(ZeroDivisionError) X(FloatingPointError) X(AssertionError) X(AttributeError) \
    X(BufferError) X(EOFError) X(ImportError) X(ModuleNotFoundError) X(LookupError) \
    X(IndexError) X(KeyError) X(MemoryError) X(NameError) X(UnboundLocalError) \
    X(OSError) X(TimeoutError) X(ReferenceError) X(RuntimeError) X(NotImplementedError) \
    X(RecursionError) X(SyntaxError) X(IndentationError) X(TabError) X(SystemError) \
    X(TypeError) X(ValueError) X(UnicodeError) X(UnicodeDecodeError) X(UnicodeEncodeError) \
    X(Warning) X(UserWarning) X(DeprecationWarning) X(RuntimeWarning) \
    X(BlockingIOError) X(ConnectionError) X(BrokenPipeError) X(ConnectionAbortedError) \
    X(ConnectionRefusedError) X(ConnectionResetError) X(FileExistsError) X(FileNotFoundError) \
    X(InterruptedError) X(IsADirectoryError) X(NotADirectoryError) X(PermissionError) \
    X(ProcessLookupError) X(ChildProcessError)
#define X(name) extern const mp_obj_type_t mp_type_##name;
MP_EXCEPTION_TYPES(X)
#undef X

#endif
