// objmodule.c: the module type and the table of built-in modules.
//
// Built-in modules are defined as const objects with const dicts. When one
// is imported, a heap module with a mutable copy of its dict is made, so
// that programs can set attributes on it (sys.stdout = ..., monkey
// patching) as in CPython.
#include "runtime.h"
#include "objtype.h"
#include "objmodule.h"

static void module_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    mp_obj_module_t *self = MP_OBJ_TO_PTR(self_in);
    mp_map_elem_t *name = mp_map_lookup_qstr(&self->globals->map, MP_QSTR___name__, MP_MAP_LOOKUP);
    mp_map_elem_t *file = mp_map_lookup_qstr(&self->globals->map, MP_QSTR___file__, MP_MAP_LOOKUP);
    mp_print_str(print, "<module '");
    if (name != NULL) {
        mp_obj_print_helper(print, name->value, PRINT_STR);
    }
    mp_print_str(print, "'");
    if (file != NULL) {
        mp_print_str(print, " from '");
        mp_obj_print_helper(print, file->value, PRINT_STR);
        mp_print_str(print, "'");
    }
    mp_print_str(print, ">");
}

static void module_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    mp_obj_module_t *self = MP_OBJ_TO_PTR(self_in);
    mp_map_t *map = &self->globals->map;
    if (dest[0] == MP_OBJ_NULL) {
        mp_map_elem_t *elem = mp_map_lookup_qstr(map, attr, MP_MAP_LOOKUP);
        if (elem != NULL) {
            dest[0] = elem->value;
        } else if (attr == MP_QSTR___dict__) {
            dest[0] = MP_OBJ_FROM_PTR(self->globals);
        } else {
            // PEP 562: a module-level __getattr__ handles missing names.
            mp_map_elem_t *ga = mp_map_lookup_qstr(map, MP_QSTR___getattr__, MP_MAP_LOOKUP);
            if (ga != NULL) {
                dest[0] = mp_call_function_1(ga->value, MP_OBJ_NEW_QSTR(attr));
            }
        }
    } else if (!map->is_const) {
        if (dest[1] == MP_OBJ_NULL) {
            if (mp_map_lookup_qstr(map, attr, MP_MAP_LOOKUP_REMOVE_IF_FOUND) != NULL) {
                dest[0] = MP_OBJ_NULL;
            }
        } else {
            mp_map_lookup_qstr(map, attr, MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = dest[1];
            dest[0] = MP_OBJ_NULL;
        }
    }
}

const mp_obj_type_t mp_type_module = {
    {&mp_type_type},
    .name = MP_QSTR_module,
    .print = module_print,
    .attr = module_attr,
};

mp_obj_t mp_obj_new_module(qstr name) {
    mp_obj_module_t *m = m_new_obj(mp_obj_module_t);
    m->base.type = &mp_type_module;
    m->globals = MP_OBJ_TO_PTR(mp_obj_new_dict(4));
    mp_obj_dict_store(MP_OBJ_FROM_PTR(m->globals), MP_OBJ_NEW_QSTR(MP_QSTR___name__), MP_OBJ_NEW_QSTR(name));
    return MP_OBJ_FROM_PTR(m);
}

mp_obj_dict_t *mp_obj_module_get_globals(mp_obj_t module) {
    return ((mp_obj_module_t *)MP_OBJ_TO_PTR(module))->globals;
}

// ---- the table of built-in modules

// Two parallel tables rather than one of (qstr, pointer) pairs: the names
// fit 16 bits, so this saves the padding of each pair.
#define BUILTIN_MODULE_LIST(X) \
    X(MP_QSTR_builtins, &mp_module_builtins) \
    X(MP_QSTR_sys, &mp_module_sys) \
    X(MP_QSTR_gc, &mp_module_gc) \
    X(MP_QSTR_micropython, &mp_module_micropython) \
    X(MP_QSTR_uio, &mp_module_io) \
    X(MP_QSTR_uerrno, &mp_module_errno) \
    X(MP_QSTR_array, &mp_module_array) \
    X(MP_QSTR_uarray, &mp_module_array) \
    X(MP_QSTR_ustruct, &mp_module_struct) \
    X(MP_QSTR_math, &mp_module_math) \
    X(MP_QSTR_cmath, &mp_module_cmath) \
    X(MP_QSTR_ubinascii, &mp_module_binascii) \
    X(MP_QSTR_uhashlib, &mp_module_hashlib) \
    X(MP_QSTR_uheapq, &mp_module_heapq) \
    X(MP_QSTR_urandom, &mp_module_random) \
    X(MP_QSTR_utime, &mp_module_time) \
    X(MP_QSTR_ucollections, &mp_module_collections) \
    X(MP_QSTR_ujson, &mp_module_json) \
    X(MP_QSTR_ure, &mp_module_re) \
    X(MP_QSTR_uzlib, &mp_module_zlib) \
    X(MP_QSTR_deflate, &mp_module_deflate) \
    X(MP_QSTR_uctypes, &mp_module_uctypes) \
    X(MP_QSTR_framebuf, &mp_module_framebuf)

#define NAME(q, m) q,
static const qstr_short_t builtin_module_names[] = { BUILTIN_MODULE_LIST(NAME) };
#undef NAME
#define MODULE(q, m) m,
static const mp_obj_module_t *const builtin_module_objs[] = { BUILTIN_MODULE_LIST(MODULE) };
#undef MODULE

// Modules registered at run time by ports (mp_module_register).
#define MAX_REGISTERED (32)
static size_t n_registered;
static qstr registered_names[MAX_REGISTERED];

static mp_obj_t *registered_slot(size_t i) {
    // The module objects live in MP_STATE(extra_roots) so the GC sees them.
    return &MP_STATE(extra_roots)[i];
}

void mp_module_register(qstr name, mp_obj_t module) {
    if (n_registered < MAX_REGISTERED && n_registered < MP_ARRAY_SIZE(MP_STATE(extra_roots))) {
        registered_names[n_registered] = name;
        *registered_slot(n_registered) = module;
        n_registered++;
    }
}

// Copy a const module into a heap module with a mutable dict.
static mp_obj_t instantiate(const mp_obj_module_t *rom) {
    if (!rom->globals->map.is_const) {
        return MP_OBJ_FROM_PTR(rom);
    }
    mp_obj_module_t *m = m_new_obj(mp_obj_module_t);
    m->base.type = &mp_type_module;
    mp_obj_t d = mp_obj_new_dict(rom->globals->map.used);
    mp_map_update(mp_obj_dict_get_map(d), &rom->globals->map);
    m->globals = MP_OBJ_TO_PTR(d);
    return MP_OBJ_FROM_PTR(m);
}

mp_obj_t mp_module_get_builtin(qstr module_name) {
    for (size_t i = 0; i < MP_ARRAY_SIZE(builtin_module_names); i++) {
        if (builtin_module_names[i] == module_name) {
            return instantiate(builtin_module_objs[i]);
        }
    }
    for (size_t i = 0; i < n_registered; i++) {
        if (registered_names[i] == module_name) {
            mp_obj_t m = *registered_slot(i);
            if (mp_obj_is_type_cold(m, &mp_type_module)) {
                return instantiate(MP_OBJ_TO_PTR(m));
            }
            return m;
        }
    }
    return MP_OBJ_NULL;
}

mp_obj_dict_t *mp_module_builtin_globals(size_t i, qstr *name) {
    if (i < MP_ARRAY_SIZE(builtin_module_names)) {
        *name = builtin_module_names[i];
        return builtin_module_objs[i]->globals;
    }
    i -= MP_ARRAY_SIZE(builtin_module_names);
    if (i < n_registered) {
        mp_obj_t m = *registered_slot(i);
        *name = registered_names[i];
        if (mp_obj_is_type_cold(m, &mp_type_module)) {
            return mp_obj_module_get_globals(m);
        }
        return mp_module_builtin_globals(i + MP_ARRAY_SIZE(builtin_module_names) + 1, name);
    }
    return NULL;
}

bool mp_module_is_builtin_name(qstr module_name) {
    for (size_t i = 0; i < MP_ARRAY_SIZE(builtin_module_names); i++) {
        if (builtin_module_names[i] == module_name) {
            return true;
        }
    }
    for (size_t i = 0; i < n_registered; i++) {
        if (registered_names[i] == module_name) {
            return true;
        }
    }
    return false;
}
