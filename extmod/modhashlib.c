// modhashlib.c: the uhashlib module (importable as hashlib): sha256, sha1
// and md5 hash objects (and sha224, sha512, sha384 as CPython has them) with CPython's interface (update, digest, hexdigest,
// copy, name, digest_size, block_size), plus hashlib.new(name[, data]).
// The digest algorithms live in hashes.c. Like CPython (and unlike the
// 1.9.4 documentation), digest() does not finalise the object: it works on
// a copy of the state, so more data may be fed and digest() called again.
#include "runtime.h"
#include "objmodule.h"
#include "objstr.h"
#include "hashes.h"

typedef struct _hash_obj_t {
    mp_obj_base_t base;
    const mp_hash_algo_t *algo;
    mp_hash_ctx_t ctx;
} hash_obj_t;

#define HASH_FUN(obj, name, nmin, nmax, kind, field, f) \
    static const mp_obj_fun_builtin_t obj = {{&mp_type_builtin_function}, nmin, nmax, kind, MP_QSTR_##name, .fun.field = f}

// The constructors, one type per algorithm, in the order of mp_hash_algos.
extern const mp_obj_type_t mp_type_hashlib[MP_HASH_N];

static const mp_hash_algo_t *algo_of_type(const mp_obj_type_t *type) {
    return &mp_hash_algos[type - mp_type_hashlib];
}

// Feed any object with the buffer protocol; str is refused as CPython does.
static void hash_feed(hash_obj_t *self, mp_obj_t data) {
    const byte *p;
    size_t len;
    if (mp_obj_is_str_like(data)) {
        mp_raise_TypeError("Strings must be encoded before hashing");
    }
    if (!mp_obj_get_bytes_like(data, &p, &len)) {
        mp_raise_msg_varg(&mp_type_TypeError, "object supporting the buffer API required");
    }
    mp_hash_update(&self->ctx, self->algo, p, len);
}

static mp_obj_t hash_new(const mp_obj_type_t *type, mp_obj_t data) {
    // Atomic: the object holds only pointers to static data.
    hash_obj_t *self = m_malloc_atomic(sizeof(hash_obj_t));
    self->base.type = type;
    self->algo = algo_of_type(type);
    mp_hash_init(&self->ctx, self->algo);
    if (data != MP_OBJ_NULL) {
        hash_feed(self, data);
    }
    return MP_OBJ_FROM_PTR(self);
}

// sha256(data=b'', *, usedforsecurity=True, string=None)
static mp_obj_t hash_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    static const mp_arg_t allowed[] = {
        {MP_QSTR_data, MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
        {MP_QSTR_usedforsecurity, MP_ARG_OBJ | MP_ARG_KW_ONLY, {.u_obj = MP_OBJ_NULL}},
        {MP_QSTR_string, MP_ARG_OBJ | MP_ARG_KW_ONLY, {.u_obj = MP_OBJ_NULL}},
    };
    mp_arg_val_t vals[3];
    mp_arg_parse_all_kw_array_named(type->name, n_args, n_kw, args, 3, allowed, vals);
    mp_obj_t data = vals[0].u_obj;
    if (vals[2].u_obj != MP_OBJ_NULL && vals[2].u_obj != mp_const_none) {
        if (data != MP_OBJ_NULL) {
            mp_raise_TypeError("'data' and 'string' are mutually exclusive and support for 'string' keyword parameter is slated for removal in a future version.");
        }
        data = vals[2].u_obj;
    }
    return hash_new(type, data);
}

static void hash_print(const mp_print_t *print, mp_obj_t o, mp_print_kind_t kind) {
    hash_obj_t *self = MP_OBJ_TO_PTR(o);
    mp_printf(print, "<%s HASH object>", self->algo->name);
}

static mp_obj_t hash_update(mp_obj_t self_in, mp_obj_t data) {
    hash_feed(MP_OBJ_TO_PTR(self_in), data);
    return mp_const_none;
}
HASH_FUN(hash_update_obj, update, 2, 2, MP_FUN_KIND_2, _2, hash_update);

static mp_obj_t hash_digest(mp_obj_t self_in) {
    hash_obj_t *self = MP_OBJ_TO_PTR(self_in);
    mp_obj_str_t *s = mp_obj_str_alloc(&mp_type_bytes, self->algo->digest_size);
    mp_hash_digest(&self->ctx, self->algo, MP_STR_INLINE_DATA(s));
    return MP_OBJ_FROM_PTR(s);
}
HASH_FUN(hash_digest_obj, digest, 1, 1, MP_FUN_KIND_1, _1, hash_digest);

static mp_obj_t hash_hexdigest(mp_obj_t self_in) {
    static const char hex[] = "0123456789abcdef";
    hash_obj_t *self = MP_OBJ_TO_PTR(self_in);
    uint8_t d[MP_HASH_MAX_DIGEST];
    mp_hash_digest(&self->ctx, self->algo, d);
    size_t n = self->algo->digest_size;
    char out[2 * MP_HASH_MAX_DIGEST];
    for (size_t i = 0; i < n; i++) {
        out[2 * i] = hex[d[i] >> 4];
        out[2 * i + 1] = hex[d[i] & 15];
    }
    return mp_obj_new_str(out, 2 * n);
}
HASH_FUN(hash_hexdigest_obj, hexdigest, 1, 1, MP_FUN_KIND_1, _1, hash_hexdigest);

static mp_obj_t hash_copy(mp_obj_t self_in) {
    hash_obj_t *self = MP_OBJ_TO_PTR(self_in);
    hash_obj_t *c = m_malloc_atomic(sizeof(hash_obj_t));
    *c = *self;
    return MP_OBJ_FROM_PTR(c);
}
HASH_FUN(hash_copy_obj, copy, 1, 1, MP_FUN_KIND_1, _1, hash_copy);

static void hash_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return;  // read-only attributes: store/delete fall through to the error
    }
    hash_obj_t *self = MP_OBJ_TO_PTR(self_in);
    switch (attr) {
        case MP_QSTR_digest_size:
            dest[0] = MP_OBJ_NEW_SMALL_INT(self->algo->digest_size);
            break;
        case MP_QSTR_block_size:
            dest[0] = MP_OBJ_NEW_SMALL_INT(self->algo->block_size);
            break;
        case MP_QSTR_name:
            dest[0] = mp_obj_new_str_from_cstr(self->algo->name);
            break;
        default:
            break;
    }
}

static const mp_rom_map_elem_t hash_locals_table[] = {
    {MP_ROM_QSTR(MP_QSTR_update), MP_ROM_PTR(&hash_update_obj)},
    {MP_ROM_QSTR(MP_QSTR_digest), MP_ROM_PTR(&hash_digest_obj)},
    {MP_ROM_QSTR(MP_QSTR_hexdigest), MP_ROM_PTR(&hash_hexdigest_obj)},
    {MP_ROM_QSTR(MP_QSTR_copy), MP_ROM_PTR(&hash_copy_obj)},
};
static MP_DEFINE_CONST_DICT(hash_locals_dict, hash_locals_table);

#define HASH_TYPE(qname) { \
        {&mp_type_type}, \
        .name = qname, \
        .print = hash_print, \
        .make_new = hash_make_new, \
        .attr = hash_attr, \
        .locals_dict = (mp_obj_dict_t *)&hash_locals_dict, \
        .base_type = &mp_type_object, \
}
const mp_obj_type_t mp_type_hashlib[MP_HASH_N] = {
    [MP_HASH_SHA256] = HASH_TYPE(MP_QSTR_sha256),
    [MP_HASH_SHA1] = HASH_TYPE(MP_QSTR_sha1),
    [MP_HASH_MD5] = HASH_TYPE(MP_QSTR_md5),
    [MP_HASH_SHA224] = HASH_TYPE(MP_QSTR_sha224),
    [MP_HASH_SHA512] = HASH_TYPE(MP_QSTR_sha512),
    [MP_HASH_SHA384] = HASH_TYPE(MP_QSTR_sha384),
};

// hashlib.new(name, data=b'', **kw): the constructor named by name (any case).
static mp_obj_t hashlib_new(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    static const mp_arg_t allowed[] = {
        {MP_QSTR_name, MP_ARG_OBJ | MP_ARG_REQUIRED, {.u_obj = MP_OBJ_NULL}},
        {MP_QSTR_data, MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
        {MP_QSTR_usedforsecurity, MP_ARG_OBJ | MP_ARG_KW_ONLY, {.u_obj = MP_OBJ_NULL}},
    };
    mp_arg_val_t vals[3];
    mp_arg_parse_all_named(MP_QSTR_new, n_args, args, kw, 3, allowed, vals);
    if (!mp_obj_is_str(vals[0].u_obj)) {
        mp_raise_msg_varg(&mp_type_TypeError, "new() argument 'name' must be str, not %s", mp_obj_get_type_str(vals[0].u_obj));
    }
    size_t len;
    const char *name = mp_obj_str_get_data(vals[0].u_obj, &len);
    char low[8];
    if (len < sizeof(low)) {
        for (size_t i = 0; i < len; i++) {
            char c = name[i];
            low[i] = (c >= 'A' && c <= 'Z') ? c + 32 : c;
        }
        low[len] = 0;
        for (size_t i = 0; i < MP_HASH_N; i++) {
            if (strcmp(low, mp_hash_algos[i].name) == 0) {
                return hash_new(&mp_type_hashlib[i], vals[1].u_obj);
            }
        }
    }
    mp_raise_msg_varg(&mp_type_ValueError, "unsupported hash type %s", mp_obj_str_get_str(vals[0].u_obj));
}
static const mp_obj_fun_builtin_t hashlib_new_obj = {{&mp_type_builtin_function}, 0, 2, MP_FUN_KIND_KW, MP_QSTR_new, .fun.kw = hashlib_new};

static const mp_rom_map_elem_t hashlib_globals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_uhashlib)},
    {MP_ROM_QSTR(MP_QSTR_sha256), MP_ROM_PTR(&mp_type_hashlib[MP_HASH_SHA256])},
    {MP_ROM_QSTR(MP_QSTR_sha1), MP_ROM_PTR(&mp_type_hashlib[MP_HASH_SHA1])},
    {MP_ROM_QSTR(MP_QSTR_md5), MP_ROM_PTR(&mp_type_hashlib[MP_HASH_MD5])},
    {MP_ROM_QSTR(MP_QSTR_sha224), MP_ROM_PTR(&mp_type_hashlib[MP_HASH_SHA224])},
    {MP_ROM_QSTR(MP_QSTR_sha512), MP_ROM_PTR(&mp_type_hashlib[MP_HASH_SHA512])},
    {MP_ROM_QSTR(MP_QSTR_sha384), MP_ROM_PTR(&mp_type_hashlib[MP_HASH_SHA384])},
    {MP_ROM_QSTR(MP_QSTR_new), MP_ROM_PTR(&hashlib_new_obj)},
};
static MP_DEFINE_CONST_DICT(hashlib_globals, hashlib_globals_table);
MP_DEFINE_CONST_MODULE(mp_module_hashlib, hashlib_globals);
