// objmemoryview.c: memoryview, a zero-copy view of any object with the
// buffer protocol (bytes, bytearray, array ...). The view keeps the exporter
// alive and asks it for its buffer on every access, so a bytearray that is
// resized under a view never leaves the view pointing at freed memory (items
// past the new end are out of range). Slicing makes a new view (no copy);
// cast() reinterprets the items with another struct format code, optionally
// as a C-contiguous N-dimensional view (tuple indexing, tolist, first-axis
// slices). Exporters are not locked against resizing (there is no reference
// counting to unlock them), so BufferError is never raised.
#include <string.h>
#include "runtime.h"
#include "objstr.h"
#include "objtuple.h"

typedef struct _mp_obj_memoryview_t {
    mp_obj_base_t base;
    mp_obj_t obj;       // the exporter
    size_t offset;      // byte offset of item 0 in the exporter's buffer
    size_t len;         // number of items
    mp_int_t stride;    // bytes between items (itemsize for contiguous views)
    char fmt;           // struct format code of the items
    uint8_t itemsize;
    bool readonly;
    bool released;
    uint8_t nd;         // dimensions when shape != NULL
    size_t *shape;      // NULL for the usual one-dimensional view; else a
                        // C-contiguous N-d view (from cast) of len items
} mp_obj_memoryview_t;

#define MV_MAX_DIM (64)

static size_t fmt_itemsize(char fmt) {
    switch (fmt) {
        case 'b': case 'B': case 'c': case '?':
            return 1;
        case 'h': case 'H': case 'e':
            return 2;
        case 'i': case 'I': case 'f':
            return 4;
        case 'l': case 'L': case 'q': case 'Q': case 'd': case 'n': case 'N': case 'P':
            return 8;
        default:
            return 0;
    }
}

// Current buffer of the exporter.
static byte *mv_buf(mp_obj_memoryview_t *mv, size_t *buf_len) {
    if (mv->released) {
        mp_raise_ValueError("operation forbidden on released memoryview object");
    }
    const mp_obj_type_t *t = mp_obj_get_type(mv->obj);
    mp_buffer_info_t bi;
    if (t->buffer == NULL || t->buffer(mv->obj, &bi, MP_BUFFER_READ) != 0) {
        // A user subclass of bytes/bytearray: go through the bytes-like path.
        const byte *d;
        size_t l;
        if (!mp_obj_get_bytes_like(mv->obj, &d, &l)) {
            mp_raise_TypeError("memoryview: underlying object lost its buffer");
        }
        *buf_len = l;
        return (byte *)d;
    }
    *buf_len = bi.len;
    return bi.buf;
}

// Number of items available now (the exporter may have shrunk).
static size_t mv_avail(mp_obj_memoryview_t *mv, byte **base) {
    size_t blen;
    byte *b = mv_buf(mv, &blen);
    *base = b;
    if (mv->len == 0) {
        return 0;
    }
    // Last item must fit: offset + (len-1)*stride + itemsize <= blen (stride > 0)
    if (mv->stride > 0) {
        if (mv->offset + mv->itemsize > blen) {
            return 0;
        }
        size_t fit = (blen - mv->offset - mv->itemsize) / mv->stride + 1;
        return fit < mv->len ? fit : mv->len;
    }
    // Negative stride: the view starts at offset and walks down.
    if (mv->offset + mv->itemsize > blen) {
        return 0;
    }
    return mv->len;
}

static mp_obj_t unpack_item(const byte *p, char fmt) {
    switch (fmt) {
        case 'c':
            return mp_obj_new_bytes(p, 1);
        case '?':
            return mp_obj_new_bool(*p != 0);
        case 'f': {
            float v;
            memcpy(&v, p, 4);
            return mp_obj_new_float(v);
        }
        case 'd': {
            double v;
            memcpy(&v, p, 8);
            return mp_obj_new_float(v);
        }
        case 'e':
            break;  // (half floats are not supported)
        default: {
            // Integers: the size gives the bytes (little-endian host, as in
            // pack_item), the case the signedness (b h i l q n are signed).
            size_t n = fmt_itemsize(fmt);
            if (n == 0) {
                break;
            }
            bool is_signed = fmt >= 'a';
            uint64_t u = 0;
            memcpy(&u, p, n);
            if (n == 8) {
                return is_signed ? mp_obj_new_int_from_ll((int64_t)u) : mp_obj_new_int_from_ull(u);
            }
            if (is_signed && (u >> (8 * n - 1))) {
                return MP_OBJ_NEW_SMALL_INT((mp_int_t)u - ((mp_int_t)1 << (8 * n)));  // sign extension
            }
            return MP_OBJ_NEW_SMALL_INT((mp_int_t)u);
        }
    }
    mp_raise_NotImplementedError("memoryview: unsupported format");
}

static void pack_item(byte *p, char fmt, mp_obj_t v) {
    if (fmt == 'f' || fmt == 'd') {
        mp_float_t f = mp_obj_get_float(v);
        if (fmt == 'f') {
            float x = (float)f;
            memcpy(p, &x, 4);
        } else {
            memcpy(p, &f, 8);
        }
        return;
    }
    if (fmt == 'c') {
        const byte *d;
        size_t l;
        if (!mp_obj_get_bytes_like(v, &d, &l) || l != 1) {
            mp_raise_msg_varg(&mp_type_TypeError, "memoryview: invalid type for format 'c'");
        }
        *p = d[0];
        return;
    }
    if (fmt == '?') {
        *p = mp_obj_is_true(v);
        return;
    }
    if (!mp_obj_is_int(v) && !mp_obj_is_bool(v)) {
        mp_raise_msg_varg(&mp_type_TypeError, "memoryview: invalid type for format '%c'", fmt);
    }
    mp_int_t x = mp_obj_get_int(v);
    bool ok;
    switch (fmt) {
        case 'B': ok = x >= 0 && x <= 255; break;
        case 'b': ok = x >= -128 && x <= 127; break;
        case 'H': ok = x >= 0 && x <= 0xFFFF; break;
        case 'h': ok = x >= -32768 && x <= 32767; break;
        case 'I': ok = x >= 0 && x <= 0xFFFFFFFFLL; break;
        case 'i': ok = x >= INT32_MIN && x <= INT32_MAX; break;
        case 'L': case 'Q': case 'N': case 'P': ok = x >= 0; break;
        default: ok = true; break;
    }
    if (!ok) {
        mp_raise_msg_varg(&mp_type_ValueError, "memoryview: invalid value for format '%c'", fmt);
    }
    size_t n = fmt_itemsize(fmt);
    // Little-endian host: the low bytes of x.
    memcpy(p, &x, n);
}

static mp_obj_memoryview_t *mv_native(mp_obj_t o) {
    if (!mp_obj_is_type(o, &mp_type_memoryview)) {
        o = mp_obj_get_native(o, &mp_type_memoryview);
    }
    return MP_OBJ_TO_PTR(o);
}

static mp_obj_t mv_new(mp_obj_t obj) {
    if (mp_obj_is_type(obj, &mp_type_memoryview)) {
        // A view of a view shares the original exporter.
        mp_obj_memoryview_t *src = MP_OBJ_TO_PTR(obj);
        mp_obj_memoryview_t *mv = m_new_obj(mp_obj_memoryview_t);
        *mv = *src;
        return MP_OBJ_FROM_PTR(mv);
    }
    const mp_obj_type_t *t = mp_obj_get_type(obj);
    mp_buffer_info_t bi;
    bool have = false, writable = false;
    if (t->buffer != NULL && t != &mp_type_str) {
        if (t->buffer(obj, &bi, MP_BUFFER_RW) == 0) {
            have = writable = true;
        } else if (t->buffer(obj, &bi, MP_BUFFER_READ) == 0) {
            have = true;
        }
    }
    if (!have) {
        const byte *d;
        size_t l;
        if (!mp_obj_get_bytes_like(obj, &d, &l)) {
            mp_raise_msg_varg(&mp_type_TypeError, "memoryview: a bytes-like object is required, not '%s'", mp_obj_get_type_str(obj));
        }
        bi.buf = (void *)d;
        bi.len = l;
        bi.typecode = 'B';
        writable = mp_obj_is_instance_of(obj, &mp_type_bytearray);
    }
    mp_obj_memoryview_t *mv = m_new_obj(mp_obj_memoryview_t);
    mv->base.type = &mp_type_memoryview;
    mv->obj = obj;
    mv->offset = 0;
    char fmt = bi.typecode ? (char)bi.typecode : 'B';
    size_t isz = fmt_itemsize(fmt);
    if (isz == 0) {
        fmt = 'B';
        isz = 1;
    }
    mv->fmt = fmt;
    mv->itemsize = isz;
    mv->stride = isz;
    mv->len = bi.len / isz;
    mv->readonly = !writable;
    return MP_OBJ_FROM_PTR(mv);
}

static mp_obj_t memoryview_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    static const mp_arg_t allowed[] = {
        {MP_QSTR_object, MP_ARG_OBJ | MP_ARG_REQUIRED, {.u_obj = MP_OBJ_NULL}},
    };
    mp_arg_val_t vals[1];
    mp_arg_parse_all_kw_array_named(MP_QSTR_memoryview, n_args, n_kw, args, 1, allowed, vals);
    return mv_new(vals[0].u_obj);
}

// Bytes of the view, copied into v.
static void mv_to_vstr(mp_obj_memoryview_t *mv, vstr_t *v) {
    byte *base;
    size_t n = mv_avail(mv, &base);
    if (mv->stride == (mp_int_t)mv->itemsize) {
        vstr_add_strn(v, (const char *)base + mv->offset, n * mv->itemsize);
        return;
    }
    for (size_t i = 0; i < n; i++) {
        vstr_add_strn(v, (const char *)base + mv->offset + i * mv->stride, mv->itemsize);
    }
}

static void memoryview_print(const mp_print_t *print, mp_obj_t o, mp_print_kind_t kind) {
    mp_printf(print, mv_native(o)->released ? "<released memory at %p>" : "<memory at %p>", MP_OBJ_TO_PTR(o));
}

static mp_obj_t memoryview_unary_op(mp_unary_op_t op, mp_obj_t o) {
    mp_obj_memoryview_t *mv = mv_native(o);
    byte *base;
    switch (op) {
        case MP_UNARY_OP_LEN:
            if (mv->shape != NULL) {
                mv_avail(mv, &base);  // raises if released
                return MP_OBJ_NEW_SMALL_INT(mv->shape[0]);
            }
            return MP_OBJ_NEW_SMALL_INT(mv_avail(mv, &base));
        case MP_UNARY_OP_BOOL:
            return mp_obj_new_bool(mv_avail(mv, &base) != 0);
        case MP_UNARY_OP_HASH: {
            if (!mv->readonly) {
                mp_raise_ValueError("cannot hash writable memoryview object");
            }
            vstr_t v;
            vstr_init(&v, 16);
            mv_to_vstr(mv, &v);
            mp_int_t h = mp_str_hash((const byte *)v.buf, v.len);
            vstr_clear(&v);
            return MP_OBJ_NEW_SMALL_INT(h);
        }
        default:
            return MP_OBJ_NULL;
    }
}

static mp_obj_t memoryview_binary_op(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs) {
    if (op != MP_BINARY_OP_EQUAL && op != MP_BINARY_OP_NOT_EQUAL) {
        return MP_OBJ_NULL;
    }
    mp_obj_memoryview_t *mv = mv_native(lhs);
    bool eq;
    const mp_obj_type_t *rt = mp_obj_is_obj(rhs) ? mp_obj_get_type(rhs) : NULL;
    mp_buffer_info_t rbi;
    if (lhs == rhs) {
        eq = true;  // even when released, like CPython
    } else if (mv->released || (mp_obj_is_type(rhs, &mp_type_memoryview) && mv_native(rhs)->released)) {
        eq = false;
    } else if (rt != NULL && rt != &mp_type_memoryview && rt->buffer != NULL && !mp_obj_is_str(rhs)
               && rt->buffer(rhs, &rbi, MP_BUFFER_READ) == 0 && rbi.typecode != 'B' && rbi.typecode != 0) {
        // An array-like exporter: equal when the formats and items agree.
        vstr_t a;
        vstr_init(&a, 16);
        mv_to_vstr(mv, &a);
        eq = rbi.typecode == mv->fmt && a.len == rbi.len && memcmp(a.buf, rbi.buf, a.len) == 0;
        vstr_clear(&a);
    } else {
        vstr_t a;
        vstr_init(&a, 16);
        mv_to_vstr(mv, &a);
        const byte *d;
        size_t l;
        if (mp_obj_is_type(rhs, &mp_type_memoryview)) {
            vstr_t b;
            vstr_init(&b, 16);
            mv_to_vstr(MP_OBJ_TO_PTR(rhs), &b);
            eq = a.len == b.len && memcmp(a.buf, b.buf, a.len) == 0 && ((mp_obj_memoryview_t *)MP_OBJ_TO_PTR(rhs))->fmt == mv->fmt;
            vstr_clear(&b);
        } else if (mp_obj_get_bytes_like(rhs, &d, &l) && !mp_obj_is_str(rhs)) {
            eq = mv->itemsize == 1 && a.len == l && memcmp(a.buf, d, l) == 0;
        } else {
            eq = false;
        }
        vstr_clear(&a);
    }
    return mp_obj_new_bool(eq == (op == MP_BINARY_OP_EQUAL));
}

static void pack_item(byte *p, char fmt, mp_obj_t v);

// Item access on an N-d view: only a tuple of N integers is supported
// (like CPython, which has no N-d sub-views).
static mp_obj_t nd_subscr(mp_obj_memoryview_t *mv, byte *base, size_t avail, mp_obj_t index, mp_obj_t value) {
    if (mp_obj_is_type(index, &mp_type_slice) && value == MP_OBJ_SENTINEL) {
        // A contiguous range of the first dimension is again an N-d view.
        size_t rows = mv->shape[0];
        mp_bound_slice_t sl;
        mp_int_t k = mp_obj_slice_indices(index, rows, &sl);
        if (k < 0) {
            k = 0;
        }
        if (sl.step != 1 && k > 1) {
            mp_raise_NotImplementedError("memoryview: strided slicing of multi-dimensional views");
        }
        size_t row_items = mv->len / rows;
        mp_obj_memoryview_t *sub = m_new_obj(mp_obj_memoryview_t);
        *sub = *mv;
        sub->shape = m_new(size_t, mv->nd);
        memcpy(sub->shape, mv->shape, mv->nd * sizeof(size_t));
        sub->shape[0] = k;
        sub->offset = mv->offset + (k > 0 ? sl.start : 0) * row_items * mv->stride;
        sub->len = k * row_items;
        return MP_OBJ_FROM_PTR(sub);
    }
    if (mp_obj_is_type(index, &mp_type_slice)) {
        mp_raise_NotImplementedError("memoryview slice assignments are currently restricted to ndim = 1");
    }
    if (!mp_obj_is_type(index, &mp_type_tuple)) {
        if (mp_obj_is_int(index) || mp_obj_is_bool(index)) {
            mp_raise_NotImplementedError("multi-dimensional sub-views are not implemented");
        }
        mp_raise_TypeError("memoryview: invalid slice key");
    }
    size_t tn;
    mp_obj_t *items;
    mp_obj_tuple_get(index, &tn, &items);
    if (tn < mv->nd) {
        mp_raise_NotImplementedError("sub-views are not implemented");
    }
    if (tn > mv->nd) {
        mp_raise_msg_varg(&mp_type_TypeError, "cannot index %d-dimension view with %d-element tuple", (int)mv->nd, (int)tn);
    }
    size_t n_slices = 0;
    for (size_t d = 0; d < tn; d++) {
        n_slices += mp_obj_is_type(items[d], &mp_type_slice);
    }
    if (n_slices == tn) {
        mp_raise_NotImplementedError("multi-dimensional slicing is not implemented");
    }
    if (n_slices != 0) {
        mp_raise_TypeError("memoryview: invalid slice key");
    }
    size_t flat = 0;
    for (size_t d = 0; d < tn; d++) {
        mp_int_t i = mp_obj_get_index_int(items[d]);
        if (i < 0) {
            i += mv->shape[d];
        }
        if (i < 0 || (size_t)i >= mv->shape[d]) {
            mp_raise_msg_varg(&mp_type_IndexError, "index out of bounds on dimension %d", (int)d + 1);
        }
        flat = flat * mv->shape[d] + i;
    }
    if (flat >= avail) {
        mp_raise_msg(&mp_type_IndexError, "index out of bounds");
    }
    byte *p = base + mv->offset + flat * mv->stride;
    if (value == MP_OBJ_SENTINEL) {
        return unpack_item(p, mv->fmt);
    }
    pack_item(p, mv->fmt, value);
    return mp_const_none;
}

static mp_obj_t memoryview_subscr(mp_obj_t self_in, mp_obj_t index, mp_obj_t value) {
    mp_obj_memoryview_t *mv = mv_native(self_in);
    byte *base;
    size_t n = mv_avail(mv, &base);
    if (value != MP_OBJ_SENTINEL && mv->readonly) {
        mp_raise_TypeError("cannot modify read-only memory");
    }
    if (value == MP_OBJ_NULL) {
        mp_raise_TypeError("cannot delete memory");
    }
    if (mv->shape != NULL) {
        return nd_subscr(mv, base, n, index, value);
    }
    if (mp_obj_is_type(index, &mp_type_slice)) {
        mp_bound_slice_t s;
        mp_int_t k = mp_obj_slice_indices(index, n, &s);
        if (k < 0) {
            k = 0;
        }
        if (value == MP_OBJ_SENTINEL) {
            mp_obj_memoryview_t *sub = m_new_obj(mp_obj_memoryview_t);
            *sub = *mv;
            sub->offset = mv->offset + s.start * mv->stride;
            sub->len = k;
            sub->stride = mv->stride * s.step;
            return MP_OBJ_FROM_PTR(sub);
        }
        // Slice assignment: same size, any bytes-like source.
        const byte *d;
        size_t l;
        if (!mp_obj_get_bytes_like(value, &d, &l)) {
            mp_raise_msg_varg(&mp_type_TypeError, "a bytes-like object is required, not '%s'", mp_obj_get_type_str(value));
        }
        // The source's item format must agree (bytes-likes count as 'B').
        int src_fmt = 'B';
        if (mp_obj_is_type(value, &mp_type_memoryview)) {
            src_fmt = mv_native(value)->fmt;
        } else {
            const mp_obj_type_t *vt = mp_obj_get_type(value);
            mp_buffer_info_t vbi;
            if (vt->buffer != NULL && vt->buffer(value, &vbi, MP_BUFFER_READ) == 0 && vbi.typecode != 0) {
                src_fmt = vbi.typecode;
            }
        }
        bool fmt_ok = src_fmt == mv->fmt || (fmt_itemsize((char)src_fmt) == 1 && mv->itemsize == 1);
        if (!fmt_ok || l != (size_t)k * mv->itemsize) {
            mp_raise_ValueError("memoryview assignment: lvalue and rvalue have different structures");
        }
        // Copy the source first: it may overlap the destination.
        byte *tmp = m_malloc_atomic(l ? l : 1);
        memcpy(tmp, d, l);
        for (mp_int_t i = 0; i < k; i++) {
            memcpy(base + mv->offset + (s.start + i * s.step) * mv->stride, tmp + i * mv->itemsize, mv->itemsize);
        }
        m_free(tmp);
        return mp_const_none;
    }
    mp_int_t i;
    if (mp_obj_is_small_int(index)) {
        i = mp_small_int_value(index);
    } else if (mp_obj_is_type(index, &mp_type_tuple)) {
        // Views are one-dimensional: m[(i,)] is m[i], other tuples fail.
        size_t tn;
        mp_obj_t *titems;
        mp_obj_tuple_get(index, &tn, &titems);
        if (tn == 0) {
            mp_raise_NotImplementedError("sub-views are not implemented");
        }
        if (tn != 1) {
            mp_raise_msg_varg(&mp_type_TypeError, "cannot index 1-dimension view with %d-element tuple", (int)tn);
        }
        if (mp_obj_is_type(titems[0], &mp_type_slice)) {
            mp_raise_NotImplementedError("multi-dimensional slicing is not implemented");
        }
        return memoryview_subscr(self_in, titems[0], value);
    } else if (!mp_seq_get_repeat_count(index, &i)) {
        mp_raise_TypeError("memoryview: invalid slice key");
    }
    if (i < 0) {
        i += n;
    }
    if (i < 0 || (size_t)i >= n) {
        mp_raise_msg(&mp_type_IndexError, "index out of bounds on dimension 1");
    }
    byte *p = base + mv->offset + i * mv->stride;
    if (value == MP_OBJ_SENTINEL) {
        return unpack_item(p, mv->fmt);
    }
    pack_item(p, mv->fmt, value);
    return mp_const_none;
}

typedef struct _mv_it_t {
    mp_obj_base_t base;
    mp_obj_t mv;
    size_t pos;
} mv_it_t;

static mp_obj_t mv_it_iternext(mp_obj_t self_in) {
    mv_it_t *it = MP_OBJ_TO_PTR(self_in);
    mp_obj_memoryview_t *mv = MP_OBJ_TO_PTR(it->mv);
    byte *base;
    size_t n = mv_avail(mv, &base);
    if (it->pos >= n) {
        return MP_OBJ_STOP_ITERATION;
    }
    return unpack_item(base + mv->offset + (it->pos++) * mv->stride, mv->fmt);
}

static const mp_obj_type_t mp_type_memoryview_iterator = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_ITER_IS_SELF,
    .name = MP_QSTR_iterator,
    .getiter = mp_identity_getiter,
    .iternext = mv_it_iternext,
};

static mp_obj_t memoryview_getiter(mp_obj_t self_in) {
    if (mv_native(self_in)->shape != NULL) {
        mp_raise_NotImplementedError("multi-dimensional sub-views are not implemented");
    }
    mv_it_t *it = m_new_obj(mv_it_t);
    it->base.type = &mp_type_memoryview_iterator;
    it->mv = MP_OBJ_FROM_PTR(mv_native(self_in));
    it->pos = 0;
    return MP_OBJ_FROM_PTR(it);
}

static int memoryview_get_buffer(mp_obj_t o, mp_buffer_info_t *bi, int flags) {
    mp_obj_memoryview_t *mv = mv_native(o);
    if ((flags & MP_BUFFER_WRITE) && mv->readonly) {
        return 1;
    }
    if (mv->released) {
        return 1;
    }
    byte *base;
    size_t n = mv_avail(mv, &base);
    if (mv->stride != (mp_int_t)mv->itemsize && n > 1) {
        return 1;  // not contiguous
    }
    bi->buf = base + mv->offset;
    bi->len = n * mv->itemsize;
    bi->typecode = mv->fmt;
    return 0;
}

static mp_obj_t memoryview_tobytes(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    // order= ('C', 'F', 'A' or None) does not matter for one-dimensional views.
    size_t cur = 0;
    mp_map_elem_t *e;
    while (kw != NULL && (e = mp_map_next(kw, &cur)) != NULL) {
        if (mp_obj_str_get_qstr(e->key) != MP_QSTR_order) {
            mp_raise_TypeError("tobytes() got an unexpected keyword argument");
        }
    }
    if (n_args > 2) {
        mp_raise_TypeError("tobytes() takes at most 1 argument");
    }
    vstr_t v;
    vstr_init(&v, 16);
    mv_to_vstr(mv_native(args[0]), &v);
    return mp_obj_new_bytes_from_vstr(&v);
}
static MP_STR_FUN_OBJ(memoryview_tobytes_obj, tobytes, 1, MP_FUN_ARGS_MAX, MP_FUN_KIND_KW, kw, memoryview_tobytes);

// Nested lists for dimensions d.. of an N-d view, items from *flat on.
static mp_obj_t nd_tolist(mp_obj_memoryview_t *mv, const byte *base, size_t avail, size_t d, size_t *flat) {
    mp_obj_t list = mp_obj_new_list(mv->shape[d], NULL);
    for (size_t i = 0; i < mv->shape[d]; i++) {
        mp_obj_t item;
        if (d + 1 < mv->nd) {
            item = nd_tolist(mv, base, avail, d + 1, flat);
        } else {
            if (*flat >= avail) {
                mp_raise_msg(&mp_type_IndexError, "index out of bounds");
            }
            item = unpack_item(base + mv->offset + *flat * mv->stride, mv->fmt);
            (*flat)++;
        }
        mp_obj_list_store(list, i, item);
    }
    return list;
}

static mp_obj_t memoryview_tolist(mp_obj_t self_in) {
    mp_obj_memoryview_t *mv = mv_native(self_in);
    byte *base;
    size_t n = mv_avail(mv, &base);
    if (mv->shape != NULL) {
        size_t flat = 0;
        return nd_tolist(mv, base, n, 0, &flat);
    }
    mp_obj_t list = mp_obj_new_list(n, NULL);
    for (size_t i = 0; i < n; i++) {
        mp_obj_list_store(list, i, unpack_item(base + mv->offset + i * mv->stride, mv->fmt));
    }
    return list;
}
static MP_STR_FUN_OBJ(memoryview_tolist_obj, tolist, 1, 1, MP_FUN_KIND_1, _1, memoryview_tolist);

// Same as bytes.hex (with its sep / bytes_per_sep arguments) on a copy.
static mp_obj_t memoryview_hex(size_t n_args, const mp_obj_t *args) {
    vstr_t v;
    vstr_init(&v, 16);
    mv_to_vstr(mv_native(args[0]), &v);
    mp_obj_t dest[4];
    mp_load_method(mp_obj_new_bytes_from_vstr(&v), MP_QSTR_hex, dest);
    for (size_t i = 1; i < n_args; i++) {
        dest[1 + i] = args[i];
    }
    return mp_call_method_n_kw(n_args - 1, 0, dest);
}
static MP_STR_FUN_OBJ(memoryview_hex_obj, hex, 1, 3, MP_FUN_KIND_VAR, var, memoryview_hex);

static mp_obj_t memoryview_release(mp_obj_t self_in) {
    mv_native(self_in)->released = true;
    return mp_const_none;
}
static MP_STR_FUN_OBJ(memoryview_release_obj, release, 1, 1, MP_FUN_KIND_1, _1, memoryview_release);

static mp_obj_t memoryview_toreadonly(mp_obj_t self_in) {
    mp_obj_memoryview_t *mv = mv_native(self_in);
    byte *base;
    mv_avail(mv, &base);  // raises if released
    mp_obj_memoryview_t *r = m_new_obj(mp_obj_memoryview_t);
    *r = *mv;
    r->readonly = true;
    return MP_OBJ_FROM_PTR(r);
}
static MP_STR_FUN_OBJ(memoryview_toreadonly_obj, toreadonly, 1, 1, MP_FUN_KIND_1, _1, memoryview_toreadonly);

static mp_obj_t memoryview_enter(mp_obj_t self_in) {
    return self_in;
}
static MP_STR_FUN_OBJ(memoryview_enter_obj, __enter__, 1, 1, MP_FUN_KIND_1, _1, memoryview_enter);

static mp_obj_t memoryview_exit(size_t n_args, const mp_obj_t *args) {
    return memoryview_release(args[0]);
}
static MP_STR_FUN_OBJ(memoryview_exit_obj, __exit__, 1, 4, MP_FUN_KIND_VAR, var, memoryview_exit);

static mp_obj_t memoryview_cast(size_t n_args, const mp_obj_t *args) {
    mp_obj_memoryview_t *mv = mv_native(args[0]);
    size_t fl;
    if (!mp_obj_is_str(args[1])) {
        mp_raise_msg_varg(&mp_type_TypeError, "cast() argument 'format' must be str, not %s", mp_obj_get_type_str(args[1]));
    }
    const char *f = mp_obj_str_get_data(args[1], &fl);
    if (fl == 2 && (f[0] == '@' || f[0] == '=' || f[0] == '<')) {
        f++;
        fl--;
    }
    size_t isz = fl == 1 ? fmt_itemsize(f[0]) : 0;
    if (isz == 0) {
        mp_raise_ValueError("memoryview: destination format must be a native single character format prefixed with an optional '@'");
    }
    mp_int_t shape_n = -1;  // the number of items the shape asks for
    size_t sn = 1;
    size_t *shape = NULL;  // for more than one dimension
    if (n_args > 2) {
        if (!mp_obj_is_type(args[2], &mp_type_tuple) && !mp_obj_is_type(args[2], &mp_type_list)) {
            mp_raise_TypeError("shape must be a list or a tuple");
        }
        mp_obj_t *sitems;
        mp_obj_get_array(args[2], &sn, &sitems);
        if (sn > MV_MAX_DIM) {
            mp_raise_ValueError("memoryview: number of dimensions must not exceed 64");
        }
        if (sn == 0) {
            mp_raise_NotImplementedError("memoryview: zero-dimensional views are not supported");
        }
        if (mv->shape != NULL && sn > 1) {
            mp_raise_TypeError("memoryview: cast must be 1D -> ND or ND -> 1D");
        }
        if (sn > 1) {
            shape = m_new(size_t, sn);
        }
        shape_n = 1;
        for (size_t d = 0; d < sn; d++) {
            if (!mp_obj_is_int(sitems[d])) {
                mp_raise_TypeError("memoryview.cast(): elements of shape must be integers");
            }
            mp_int_t k = mp_obj_get_int(sitems[d]);
            if (k <= 0) {
                mp_raise_ValueError("memoryview.cast(): elements of shape must be integers > 0");
            }
            if (shape != NULL) {
                shape[d] = k;
            }
            if (__builtin_mul_overflow(shape_n, k, &shape_n)) {
                mp_raise_ValueError("memoryview.cast(): product(shape) > SSIZE_MAX");
            }
        }
    }
    bool from_byte = mv->fmt == 'B' || mv->fmt == 'b' || mv->fmt == 'c';
    bool to_byte = f[0] == 'B' || f[0] == 'b' || f[0] == 'c';
    if (!from_byte && !to_byte) {
        mp_raise_TypeError("memoryview: cannot cast between two non-byte formats");
    }
    byte *base;
    size_t n = mv_avail(mv, &base);
    if (mv->stride != (mp_int_t)mv->itemsize && n > 1) {
        mp_raise_TypeError("memoryview: casts are restricted to C-contiguous views");
    }
    size_t nbytes = n * mv->itemsize;
    if (nbytes % isz != 0) {
        mp_raise_TypeError("memoryview: length is not a multiple of itemsize");
    }
    if (shape_n >= 0 && (size_t)shape_n * isz != nbytes) {
        mp_raise_TypeError("memoryview: product(shape) * itemsize != buffer size");
    }
    mp_obj_memoryview_t *r = m_new_obj(mp_obj_memoryview_t);
    *r = *mv;
    r->fmt = f[0];
    r->itemsize = isz;
    r->stride = isz;
    r->len = nbytes / isz;
    r->shape = shape;
    r->nd = shape != NULL ? (uint8_t)sn : 1;
    return MP_OBJ_FROM_PTR(r);
}
static MP_STR_FUN_OBJ(memoryview_cast_obj, cast, 2, 3, MP_FUN_KIND_VAR, var, memoryview_cast);

static void memoryview_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return;  // read-only attributes; methods come from locals_dict
    }
    mp_obj_memoryview_t *mv = mv_native(self_in);
    byte *base;
    switch (attr) {
        case MP_QSTR_obj:
            dest[0] = mv->obj;
            break;
        case MP_QSTR_nbytes:
            dest[0] = MP_OBJ_NEW_SMALL_INT(mv_avail(mv, &base) * mv->itemsize);
            break;
        case MP_QSTR_readonly:
            dest[0] = mp_obj_new_bool(mv->readonly);
            break;
        case MP_QSTR_itemsize:
            dest[0] = MP_OBJ_NEW_SMALL_INT(mv->itemsize);
            break;
        case MP_QSTR_format: {
            char f = mv->fmt;
            dest[0] = mp_obj_new_str(&f, 1);
            break;
        }
        case MP_QSTR_ndim:
            mv_avail(mv, &base);  // raises if released
            dest[0] = MP_OBJ_NEW_SMALL_INT(mv->shape != NULL ? mv->nd : 1);
            break;
        case MP_QSTR_shape: {
            if (mv->shape != NULL) {
                mv_avail(mv, &base);
                mp_obj_t t = mp_obj_new_tuple(mv->nd, NULL);
                for (size_t d = 0; d < mv->nd; d++) {
                    ((mp_obj_tuple_t *)MP_OBJ_TO_PTR(t))->items[d] = mp_obj_new_int(mv->shape[d]);
                }
                dest[0] = t;
                break;
            }
            mp_obj_t n = MP_OBJ_NEW_SMALL_INT(mv_avail(mv, &base));
            dest[0] = mp_obj_new_tuple(1, &n);
            break;
        }
        case MP_QSTR_strides: {
            if (mv->shape != NULL) {
                // C-contiguous: each dimension steps over the ones after it.
                mv_avail(mv, &base);
                mp_obj_t t = mp_obj_new_tuple(mv->nd, NULL);
                mp_int_t step = mv->itemsize;
                for (size_t d = mv->nd; d-- > 0;) {
                    ((mp_obj_tuple_t *)MP_OBJ_TO_PTR(t))->items[d] = mp_obj_new_int(step);
                    step *= mv->shape[d];
                }
                dest[0] = t;
                break;
            }
            mp_obj_t s = MP_OBJ_NEW_SMALL_INT(mv->stride);
            dest[0] = mp_obj_new_tuple(1, &s);
            break;
        }
        case MP_QSTR_suboffsets:
            dest[0] = mp_obj_new_tuple(0, NULL);
            break;
        case MP_QSTR_contiguous:
        case MP_QSTR_c_contiguous:
        case MP_QSTR_f_contiguous:
            dest[0] = mp_obj_new_bool(mv->stride == (mp_int_t)mv->itemsize);
            break;
        default:
            break;  // methods: found in locals_dict by the runtime
    }
}

static const mp_rom_map_elem_t memoryview_locals_table[] = {
    {MP_ROM_QSTR(MP_QSTR_tobytes), MP_ROM_PTR(&memoryview_tobytes_obj)},
    {MP_ROM_QSTR(MP_QSTR_tolist), MP_ROM_PTR(&memoryview_tolist_obj)},
    {MP_ROM_QSTR(MP_QSTR_hex), MP_ROM_PTR(&memoryview_hex_obj)},
    {MP_ROM_QSTR(MP_QSTR_release), MP_ROM_PTR(&memoryview_release_obj)},
    {MP_ROM_QSTR(MP_QSTR_toreadonly), MP_ROM_PTR(&memoryview_toreadonly_obj)},
    {MP_ROM_QSTR(MP_QSTR_cast), MP_ROM_PTR(&memoryview_cast_obj)},
    {MP_ROM_QSTR(MP_QSTR___enter__), MP_ROM_PTR(&memoryview_enter_obj)},
    {MP_ROM_QSTR(MP_QSTR___exit__), MP_ROM_PTR(&memoryview_exit_obj)},
};
static MP_DEFINE_CONST_DICT(memoryview_locals_dict, memoryview_locals_table);

const mp_obj_type_t mp_type_memoryview = {
    {&mp_type_type},
    .name = MP_QSTR_memoryview,
    .print = memoryview_print,
    .make_new = memoryview_make_new,
    .unary_op = memoryview_unary_op,
    .binary_op = memoryview_binary_op,
    .attr = memoryview_attr,
    .subscr = memoryview_subscr,
    .getiter = memoryview_getiter,
    .buffer = memoryview_get_buffer,
    .locals_dict = (mp_obj_dict_t *)&memoryview_locals_dict,
};
