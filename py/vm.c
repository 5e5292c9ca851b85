// vm.c: the bytecode interpreter. Executes the opcodes of bc.h with a
// computed-goto dispatch loop (switch fallback), inline fast paths for
// small ints, floats, strs, locals, globals, list/tuple/str indexing and
// range/list iteration, and Python-to-Python calls without C recursion: a
// call pushes a new frame carved from stack chunks owned by the current run
// of mp_vm_run (see vm.h) and continues in the same loop; a return pops it.
// The same inline calls run __init__ of constructor calls, the special
// methods of binary operators on user instances and property getters
// (the MP_VM_RET_* actions finish the calling instruction), and generators
// resumed by `for` or send() run inline too (their frames live in the
// generator objects).
//
// Attribute access (LOAD_ATTR, LOAD_METHOD, STORE_ATTR) goes through
// inline caches keyed by instruction and type version, so that a method
// call or an attribute read needs no dictionary walk (see attr_cache_t).
//
// Exceptions: each run of mp_vm_run has one nlr handler. An exception
// (raised by C code via nlr, or by the VM itself) is dispatched to the
// innermost frame of the run: a traceback entry is added, then that frame's
// block stack is unwound (bc.h); if no block handles it, the frame is
// discarded and the exception moves to its caller, until the run's first
// frame, whose exception is returned to the C caller.
#include <alloca.h>
#include <math.h>
#include <string.h>
#include "runtime.h"
#include "vm.h"
#include "objfun.h"
#include "objgenerator.h"
#include "objexcept.h"
#include "stackctrl.h"
#include "objstr.h"
#include "objlist.h"
#include "objset.h"
#include "objdict.h"
#include "objtype.h"
#include "objrange.h"
#include "objfloat.h"

#if defined(__GNUC__) && !defined(MICROPY_VM_SWITCH)
#define VM_COMPUTED_GOTO (1)
#else
#define VM_COMPUTED_GOTO (0)
#endif

// A piece of C stack from which frames of inline calls are carved,
// stack-wise; a frame records where its callees go (chunk, fs_next). Each
// run has a base chunk, alloca'd by its first level when the first call is
// made and kept for the run. When a call does not fit, a new chunk is
// alloca'd by a nested C level (vm_chunk_level) that runs the loop until
// the first frame of that chunk returns or is unwound: then the level
// returns and the chunk's C stack is released (so a deep recursion does not
// leave the C stack used up for the rest of the run).
struct _mp_vm_chunk_t {
    char *end;
    mp_obj_t data[];
};

#define BASE_CHUNK_BYTES (16 * 1024)
#define CHUNK_BYTES (64 * 1024)

// The innermost running frame (for locals() and introspection).
static mp_frame_t *vm_cur_frame;

mp_frame_t *mp_vm_current_frame(void) {
    return vm_cur_frame;
}

size_t mp_frame_current_line(const mp_frame_t *f) {
    size_t off = f->ip - f->code->bytecode;
    if (off > 0) {
        off--;
    }
    return mp_code_line_for_offset(f->code, off);
}

static void add_traceback(mp_obj_t exc, const mp_frame_t *f) {
    size_t off = f->ip - f->code->bytecode;
    if (off > 0) {
        off--;
    }
    mp_obj_exception_add_traceback_code(exc, f->code, off);
}

// ---------------------------------------------------------------------------
// Slow paths, kept out of the dispatch loop

MP_NORETURN static void name_error(qstr q) {
    mp_obj_t exc = mp_obj_new_exception_msg_varg(&mp_type_NameError, "name '%q' is not defined", q);
    mp_obj_exception_store_attr(exc, MP_QSTR_name, MP_OBJ_NEW_QSTR(q));
    nlr_raise(exc);
}

MP_NORETURN static void unbound_local(const mp_frame_t *f, size_t slot) {
    const mp_code_t *c = f->code;
    if (slot >= (size_t)(c->n_locals - c->n_freevars)) {
        mp_raise_msg_varg(&mp_type_NameError, "cannot access free variable '%q' where it is not associated with a value in enclosing scope", c->local_names[slot]);
    }
    mp_raise_msg_varg(&mp_type_UnboundLocalError, "cannot access local variable '%q' where it is not associated with a value", c->local_names[slot]);
}

// A direct-mapped cache of name lookups: (map, qstr) -> position of the
// entry in the map's table. A hit is verified against the table itself
// (position in range, same key), so a stale entry only costs a miss; a
// rebinding changes the value in place and stays valid.
typedef struct _name_cache_entry_t {
    uintptr_t map;
    qstr q;
    uint32_t pos;
} name_cache_entry_t;
#define NAME_CACHE_SIZE (512)
static name_cache_entry_t name_cache[NAME_CACHE_SIZE];

static inline mp_map_elem_t *cached_lookup(mp_map_t *map, qstr q) {
    name_cache_entry_t *ce = &name_cache[(q ^ ((uintptr_t)map >> 4)) & (NAME_CACHE_SIZE - 1)];
    if (MP_LIKELY(ce->map == (uintptr_t)map && ce->q == q)) {
        size_t pos = ce->pos;
        if (MP_LIKELY(pos < map->used && map->table[pos].key == mp_obj_new_qstr(q))) {
            return &map->table[pos];
        }
    }
    mp_map_elem_t *el = mp_map_lookup_qstr(map, q, MP_MAP_LOOKUP);
    if (el != NULL) {
        ce->map = (uintptr_t)map;
        ce->q = q;
        ce->pos = (uint32_t)(el - map->table);
    }
    return el;
}

static mp_obj_t lookup_builtin(qstr q) {
    mp_map_elem_t *el = cached_lookup(&MP_STATE(dict_builtins)->map, q);
    if (el == NULL || el->value == MP_OBJ_NULL) {
        name_error(q);
    }
    return el->value;
}

// ---------------------------------------------------------------------------
// Inline caches for attribute access (LOAD_ATTR, LOAD_METHOD, STORE_ATTR)
//
// One global direct-mapped table, indexed by a hash of the instruction's
// address and of the object's type, so that a site seeing a few types
// (polymorphic code) uses a few entries. An entry records how attribute
// `attr` resolves for objects of one type at one version of that type
// (objtype.c bumps type->version on every change to the class dict of the
// type or of a base), so a hit replaces the walk over the MRO and the
// dict probes. The key of a user class is its serial number (never reused,
// unlike its address); of a builtin type (immutable, static) its address.
//
// Nothing in the table is a GC root: every pointer in it is checked before
// use (the type by key and version; a value from a class dict against the
// entry of that dict it came from, which catches a class dict edited
// through C.__dict__ without a version change; an instance attribute by
// the key at its recorded position in the instance's members table).
typedef struct _attr_cache_t {
    uintptr_t key;        // user class serial or builtin type address; 0: empty
    uint32_t version;     // the type's version when filled
    qstr attr;
    uint32_t idx;         // AC_INST, AC_STORE: position in the members table; class-level kinds: in owner's table
    uint8_t kind;         // AC_*
    mp_obj_t value;       // class-level kinds: the class dict value
    const mp_map_t *owner;  // class-level kinds: the class dict holding value
} attr_cache_t;

// Kinds for instances of user classes (layout PLAIN or NATIVE). All the
// class-level kinds imply that the attribute is not a data descriptor, so
// an entry of the instance's own dict takes precedence: they are used only
// after checking the instance dict does not have the name.
#define AC_NONE (0)
#define AC_INST (1)          // load from the instance dict (no data descriptor; no __getattr(ibute)__)
#define AC_METHOD (2)        // a Python function in a user class dict: binds self
#define AC_CLASS_VALUE (3)   // a class attribute that binds to nothing
#define AC_STATIC (4)        // a staticmethod: its function, unbound
#define AC_CLASSMETHOD (5)   // a classmethod: its function bound to the type
#define AC_PROPERTY (6)      // a property whose getter is a Python function (data descriptor: before the instance dict)
#define AC_NATIVE_METHOD (7) // a builtin method of the native base (class L(list)): binds the native object
#define AC_STORE (8)         // STORE_ATTR: into the instance dict (no data descriptor, no __setattr__, allowed by __slots__)
// Builtin types (no attr slot: list, dict, str, tuple, set ...).
#define AC_BUILTIN_METHOD (9) // a builtin function of the type's table: binds self
// Attributes of a user class object itself (metaclass `type`).
#define AC_TYPE_VALUE (10)   // plain value (functions included: they do not bind through the class)
#define AC_TYPE_STATIC (11)
#define AC_TYPE_CLASSMETHOD (12)
// super(start, obj).m (obj an instance): a function in a user class.
#define AC_SUPER_METHOD (15)
// Nothing the fast paths handle (see attr_cache_negative).
#define AC_NEGATIVE (16)

#define ATTR_CACHE_BITS (11)
static attr_cache_t attr_cache[1 << ATTR_CACHE_BITS];

static inline attr_cache_t *attr_cache_slot(const byte *ip, uintptr_t key) {
    uintptr_t h = (uintptr_t)ip ^ (uintptr_t)((key * 0x9E3779B97F4A7C15ULL) >> (64 - ATTR_CACHE_BITS));
    return &attr_cache[h & ((1 << ATTR_CACHE_BITS) - 1)];
}

static inline const mp_obj_user_type_t *utype_of(const mp_obj_type_t *t) {
    // (The caller checked MP_TYPE_FLAG_USER; the empty asm keeps the
    // compiler from warning about static builtin types it can see.)
    const void *p = t;
    __asm__("" : "+r"(p));
    return (const mp_obj_user_type_t *)p;
}

// The key and version under which attributes of o are cached: instances
// of a user class (serial << 2 | 1), a user class itself (serial << 2 | 3),
// objects of a builtin type (its address, a multiple of 8). Builtin classes
// get key 2, which is never filled. Never 0 (the empty entry).
static inline uintptr_t attr_cache_key(mp_obj_t o, uint32_t *version) {
    const mp_obj_type_t *t = mp_obj_get_type(o);
    if (t->flags & MP_TYPE_FLAG_USER) {
        *version = t->version;
        return ((uintptr_t)utype_of(t)->serial << 2) | 1;
    }
    if (t == &mp_type_type) {
        const mp_obj_type_t *cls = MP_OBJ_TO_PTR(o);
        *version = cls->version;
        if (cls->flags & MP_TYPE_FLAG_USER) {
            return ((uintptr_t)utype_of(cls)->serial << 2) | 3;
        }
        return 2;
    }
    if (t == &mp_type_super) {
        // super(start, obj) with both user classes: both serials
        const mp_obj_super_t *su = MP_OBJ_TO_PTR(o);
        if (su->obj != MP_OBJ_NULL && (su->type->flags & MP_TYPE_FLAG_USER) && (su->obj_type->flags & MP_TYPE_FLAG_USER)) {
            *version = su->obj_type->version;
            return ((uintptr_t)utype_of(su->obj_type)->serial << 2) | 1 | ((uintptr_t)utype_of(su->type)->serial << 34);
        }
        *version = 0;
        return 2;
    }
    *version = t->version;
    return (uintptr_t)t;
}

// The valid entry for attr of o at instruction ip, or NULL. The table is
// 4-way set-associative: an entry is in its primary slot or in one of the
// slots at the same place in the other quarters; a fill takes the primary
// slot and moves what it held to another way (attr_cache_claim).
#define ATTR_CACHE_WAY(c, k) (&attr_cache[((c) - attr_cache) ^ ((size_t)(k) << (ATTR_CACHE_BITS - 2))])

MP_NOINLINE MP_COLD static attr_cache_t *attr_cache_find_slow(const byte *ip, mp_obj_t o, qstr attr) {
    uint32_t version;
    uintptr_t key = attr_cache_key(o, &version);
    attr_cache_t *c0 = attr_cache_slot(ip, key);
    for (unsigned k = 0; k < 4; k++) {
        attr_cache_t *c = ATTR_CACHE_WAY(c0, k);
        if (c->key == key && c->attr == attr && c->version == version) {
            return c;
        }
    }
    return NULL;
}

// (The common case inline: an instance of a user class, in its primary slot.)
static MP_ALWAYS_INLINE attr_cache_t *attr_cache_find(const byte *ip, mp_obj_t o, qstr attr) {
    if (MP_LIKELY(mp_obj_is_obj(o))) {
        const mp_obj_type_t *t = ((const mp_obj_base_t *)MP_OBJ_TO_PTR(o))->type;
        uintptr_t key;
        if (MP_LIKELY(t->flags & MP_TYPE_FLAG_USER)) {
            key = ((uintptr_t)utype_of(t)->serial << 2) | 1;
        } else if (t != &mp_type_type && t != &mp_type_super) {
            key = (uintptr_t)t;  // (a builtin type: list.append ...)
        } else {
            return attr_cache_find_slow(ip, o, attr);
        }
        attr_cache_t *c = attr_cache_slot(ip, key);
        if (MP_LIKELY(c->key == key && c->attr == attr && c->version == t->version)) {
            return c;
        }
    }
    return attr_cache_find_slow(ip, o, attr);
}

// The slot to fill for o at ip (its primary slot, emptied: what it held
// moves to the other way).
static attr_cache_t *attr_cache_claim(const byte *ip, mp_obj_t o) {
    static unsigned victim;
    uint32_t version;
    attr_cache_t *c = attr_cache_slot(ip, attr_cache_key(o, &version));
    if (c->key != 0) {
        // an empty way, else one in turn
        unsigned k = 1;
        while (k < 4 && ATTR_CACHE_WAY(c, k)->key != 0) {
            k++;
        }
        if (k == 4) {
            k = 1 + (victim++ % 3);
        }
        *ATTR_CACHE_WAY(c, k) = *c;
        c->key = 0;
    }
    return c;
}

// An instance's attribute map (the dict it was moved into once __dict__
// was asked for, see objtype.c).
static inline mp_map_t *inst_members(mp_obj_instance_t *o) {
    if (MP_UNLIKELY(o->members.is_const)) {
        return &((mp_obj_dict_t *)(void *)o->members.table)->map;
    }
    return &o->members;
}

// An entry saying that the fast paths cannot handle attr for objects of
// o's type (at its current version), so that misses do not keep trying to
// fill entries (which would evict useful ones).
static void attr_cache_negative(attr_cache_t *c, mp_obj_t o, qstr attr) {
    c->attr = attr;
    c->kind = AC_NEGATIVE;
    c->value = MP_OBJ_NULL;
    c->owner = NULL;
    c->idx = 0;
    c->key = attr_cache_key(o, &c->version);
}

// Record the class dict entry e of map m as the source of a class-level
// entry's value.
static void attr_cache_set_class_entry(attr_cache_t *c, const mp_map_t *m, const mp_map_elem_t *e) {
    c->owner = m;
    c->idx = (uint32_t)(e - m->table);
    c->value = e->value;
}

// Whether the class dict still holds the cached value where it was found
// (the class is alive: the object's type has it in its MRO).
static inline bool class_entry_ok(const attr_cache_t *c) {
    const mp_map_t *m = c->owner;
    return c->idx < m->alloc && m->table[c->idx].value == c->value;
}

// Whether an instance map lacks `attr`. Instances have few attributes: a
// scan of the keys beats hashing.
static inline bool members_lack(const mp_map_t *m, qstr attr) {
    size_t n = m->used;
    if (n <= 8 && m->all_keys_are_qstrs) {
        mp_obj_t k = mp_obj_new_qstr(attr);
        const mp_map_elem_t *t = m->table;
        for (size_t i = 0; i < n; i++) {
            if (t[i].key == k) {
                return false;
            }
        }
        return true;
    }
    return mp_map_lookup_qstr((mp_map_t *)m, attr, MP_MAP_LOOKUP) == NULL;
}

static bool is_dunder_name(qstr q) {
    size_t len;
    const byte *s = qstr_data(q, &len);
    return len > 4 && s[0] == '_' && s[1] == '_' && s[len - 1] == '_' && s[len - 2] == '_';
}

// The class-dict entry holding attr in the first class of type's MRO that
// has it (NULL if none) and that class.
static mp_map_elem_t *class_lookup(const mp_obj_type_t *type, qstr attr, const mp_obj_type_t **owner) {
    const mp_obj_type_t *found_in = NULL;
    mp_obj_t v = mp_type_lookup_ex(type, attr, &found_in);
    if (v == MP_OBJ_NULL || found_in == NULL || found_in->locals_dict == NULL) {
        return NULL;
    }
    mp_map_elem_t *e = mp_map_lookup_qstr(&found_in->locals_dict->map, attr, MP_MAP_LOOKUP);
    if (e == NULL || e->value != v) {
        return NULL;
    }
    *owner = found_in;
    return e;
}

// A value that objtype.c's binding returns unchanged, for instances and
// classes alike (no __get__ can be involved).
static bool binds_to_itself(mp_obj_t v) {
    if (!mp_obj_is_obj(v)) {
        return true;
    }
    const mp_obj_type_t *t = mp_obj_get_type(v);
    return t == &mp_type_int || t == &mp_type_str || t == &mp_type_tuple || t == &mp_type_NoneType
           || t == &mp_type_bool || t == &mp_type_bytes || t == &mp_type_list || t == &mp_type_dict
           || t == &mp_type_set || t == &mp_type_frozenset || t == &mp_type_float || t == &mp_type_type
           || t == &mp_type_range || t == &mp_type_complex;
}

static bool is_user_data_descriptor(mp_obj_t v) {
    if (!mp_obj_is_obj(v)) {
        return false;
    }
    const mp_obj_type_t *t = mp_obj_get_type(v);
    if (t == &mp_type_property) {
        return true;
    }
    return (t->flags & MP_TYPE_FLAG_USER)
           && (mp_type_lookup_special(t, MP_QSTR___set__) != MP_OBJ_NULL || mp_type_lookup_special(t, MP_QSTR___delete__) != MP_OBJ_NULL);
}

// Work out the cache entry for loading attr from o (after the slow path
// succeeded, so the state is what the lookup just saw). Leaves the entry
// empty if the case is not one the fast paths handle.
MP_NOINLINE MP_COLD static void attr_cache_fill_load(const byte *ip, mp_obj_t o, qstr attr) {
    attr_cache_t *c = attr_cache_claim(ip, o);
    const mp_obj_type_t *t = mp_obj_get_type(o);
    if (t != &mp_type_super && is_dunder_name(attr)) {
        goto negative;
    }
    const mp_obj_type_t *owner = NULL;
    uint8_t kind = AC_NONE;
    mp_map_elem_t *e = NULL;
    uint32_t idx = 0;
    if (t->flags & MP_TYPE_FLAG_USER) {
        const mp_obj_user_type_t *ut = utype_of(t);
        if ((ut->layout != MP_INST_LAYOUT_PLAIN && ut->layout != MP_INST_LAYOUT_NATIVE)
            || (t->flags & (MP_TYPE_FLAG_HAS_GETATTR | MP_TYPE_FLAG_HAS_GETATTRIBUTE))) {
            goto negative;
        }
        e = class_lookup(t, attr, &owner);
        if (e != NULL && is_user_data_descriptor(e->value)) {
            if (!mp_obj_is_type(e->value, &mp_type_property) || !(owner->flags & MP_TYPE_FLAG_USER)) {
                goto negative;
            }
            kind = AC_PROPERTY;
        } else {
            mp_map_t *m = inst_members(MP_OBJ_TO_PTR(o));
            mp_map_elem_t *ie = mp_map_lookup_qstr(m, attr, MP_MAP_LOOKUP);
            if (ie != NULL) {
                kind = AC_INST;
                idx = (uint32_t)(ie - m->table);
                e = NULL;
            } else if (e == NULL) {
                return;
            } else if (owner->flags & MP_TYPE_FLAG_USER) {
                mp_obj_t v = e->value;
                const mp_obj_type_t *vt = mp_obj_is_obj(v) ? mp_obj_get_type(v) : NULL;
                if (vt == &mp_type_function || vt == &mp_type_closure) {
                    kind = AC_METHOD;
                } else if (vt == &mp_type_staticmethod) {
                    kind = AC_STATIC;
                } else if (vt == &mp_type_classmethod) {
                    kind = AC_CLASSMETHOD;
                } else if (vt == &mp_type_builtin_function || binds_to_itself(v)) {
                    kind = AC_CLASS_VALUE;
                } else {
                    goto negative;
                }
            } else if (ut->layout == MP_INST_LAYOUT_NATIVE && owner != &mp_type_object
                       && mp_obj_is_type(e->value, &mp_type_builtin_function)) {
                kind = AC_NATIVE_METHOD;
            } else {
                goto negative;
            }
        }
    } else if (t == &mp_type_type) {
        // A class object: its own dict and its bases'.
        const mp_obj_type_t *cls = MP_OBJ_TO_PTR(o);
        if (!(cls->flags & MP_TYPE_FLAG_USER)) {
            goto negative;
        }
        e = class_lookup(cls, attr, &owner);
        if (e == NULL || !(owner->flags & MP_TYPE_FLAG_USER)) {
            goto negative;
        }
        mp_obj_t v = e->value;
        const mp_obj_type_t *vt = mp_obj_is_obj(v) ? mp_obj_get_type(v) : NULL;
        if (vt == &mp_type_staticmethod) {
            kind = AC_TYPE_STATIC;
        } else if (vt == &mp_type_classmethod) {
            kind = AC_TYPE_CLASSMETHOD;
        } else if (vt == &mp_type_function || vt == &mp_type_closure || vt == &mp_type_builtin_function || binds_to_itself(v)) {
            kind = AC_TYPE_VALUE;
        } else {
            goto negative;
        }
    } else if (t == &mp_type_super) {
        // super().m: the first class after the start one in the MRO of
        // obj's class that has m, if it is a user class and m a function
        // (no instance dict involved, dunder names included).
        const mp_obj_super_t *su = MP_OBJ_TO_PTR(o);
        if (attr == MP_QSTR___class__ || attr == MP_QSTR___thisclass__ || attr == MP_QSTR___self__ || attr == MP_QSTR___self_class__
            || su->obj == MP_OBJ_NULL || !(su->type->flags & MP_TYPE_FLAG_USER) || !(su->obj_type->flags & MP_TYPE_FLAG_USER)
            || mp_obj_get_type(su->obj) == &mp_type_type || su->obj_type->mro == NULL) {
            goto negative;
        }
        const mp_obj_tuple_t *mro = su->obj_type->mro;
        size_t i = 0;
        while (i < mro->len && MP_OBJ_TO_PTR(mro->items[i]) != su->type) {
            i++;
        }
        const mp_map_t *m = NULL;
        for (i++; i < mro->len && e == NULL; i++) {
            const mp_obj_type_t *k = MP_OBJ_TO_PTR(mro->items[i]);
            if (!(k->flags & MP_TYPE_FLAG_USER)) {
                goto negative;
            }
            m = &k->locals_dict->map;
            e = mp_map_lookup_qstr((mp_map_t *)m, attr, MP_MAP_LOOKUP);
        }
        if (e == NULL || !(mp_obj_is_type(e->value, &mp_type_function) || mp_obj_is_type(e->value, &mp_type_closure))) {
            goto negative;
        }
        c->attr = attr;
        c->kind = AC_SUPER_METHOD;
        attr_cache_set_class_entry(c, m, e);
        c->key = attr_cache_key(o, &c->version);
        return;
    } else {
        if (t->attr != NULL && t != &mp_type_generator && t != &mp_type_coroutine) {
            // (the attr slot of generators only answers to names that are
            // not in their method tables)
            goto negative;
        }
        e = class_lookup(t, attr, &owner);
        if (e == NULL || !mp_obj_is_type(e->value, &mp_type_builtin_function)) {
            goto negative;
        }
        kind = AC_BUILTIN_METHOD;
    }
    c->attr = attr;
    c->kind = kind;
    if (e != NULL) {
        attr_cache_set_class_entry(c, &owner->locals_dict->map, e);
    } else {
        c->idx = idx;
        c->value = MP_OBJ_NULL;
        c->owner = NULL;
    }
    c->key = attr_cache_key(o, &c->version);
    return;
negative:
    attr_cache_negative(c, o, attr);
}

// The cache entry for storing attr into o (after the slow path stored it).
MP_NOINLINE MP_COLD static void attr_cache_fill_store(const byte *ip, mp_obj_t o, qstr attr) {
    attr_cache_t *c = attr_cache_claim(ip, o);
    if (!mp_obj_is_obj(o) || is_dunder_name(attr)) {
        goto negative;
    }
    const mp_obj_type_t *t = mp_obj_get_type(o);
    if (!(t->flags & MP_TYPE_FLAG_USER) || (t->flags & MP_TYPE_FLAG_HAS_SETATTR)) {
        goto negative;
    }
    const mp_obj_user_type_t *ut = utype_of(t);
    if (ut->layout != MP_INST_LAYOUT_PLAIN && ut->layout != MP_INST_LAYOUT_NATIVE) {
        goto negative;
    }
    if (ut->slots != MP_OBJ_NULL) {
        size_t n;
        mp_obj_t *items;
        mp_obj_tuple_get(ut->slots, &n, &items);
        size_t i = 0;
        while (i < n && items[i] != mp_obj_new_qstr(attr)) {
            i++;
        }
        if (i == n) {
            goto negative;
        }
    }
    const mp_obj_type_t *owner;
    mp_map_elem_t *e = class_lookup(t, attr, &owner);
    if (e != NULL && is_user_data_descriptor(e->value)) {
        goto negative;
    }
    mp_map_t *m = inst_members(MP_OBJ_TO_PTR(o));
    mp_map_elem_t *ie = mp_map_lookup_qstr(m, attr, MP_MAP_LOOKUP);
    c->attr = attr;
    c->idx = ie != NULL ? (uint32_t)(ie - m->table) : 0;
    c->kind = AC_STORE;
    c->value = MP_OBJ_NULL;
    c->owner = NULL;
    c->key = attr_cache_key(o, &c->version);
    return;
negative:
    attr_cache_negative(c, o, attr);
}

// A hit: the lookup of a cached attribute (any kind but AC_PROPERTY and
// AC_STORE) in the protocol of mp_load_method. False if the entry does not
// apply to this object after all (the instance dict has or lacks the
// name; the class dict was edited behind the version's back).
static inline bool attr_cache_use(attr_cache_t *c, mp_obj_t o, qstr attr, mp_obj_t *dest) {
    switch (c->kind) {
        case AC_INST: {
            mp_map_t *m = inst_members(MP_OBJ_TO_PTR(o));
            size_t i = c->idx;
            if (MP_LIKELY(i < m->used && m->table[i].key == mp_obj_new_qstr(attr))) {
                dest[0] = m->table[i].value;
                dest[1] = MP_OBJ_NULL;
                return true;
            }
            // Instances filled in another order: find it, remember where.
            mp_map_elem_t *e = mp_map_lookup_qstr(m, attr, MP_MAP_LOOKUP);
            if (e == NULL) {
                return false;
            }
            c->idx = (uint32_t)(e - m->table);
            dest[0] = e->value;
            dest[1] = MP_OBJ_NULL;
            return true;
        }
        case AC_METHOD:
        case AC_CLASS_VALUE:
        case AC_STATIC:
        case AC_CLASSMETHOD:
        case AC_NATIVE_METHOD: {
            mp_obj_t v = c->value;
            if (MP_UNLIKELY(!class_entry_ok(c)) || !members_lack(inst_members(MP_OBJ_TO_PTR(o)), attr)) {
                return false;
            }
            switch (c->kind) {
                case AC_METHOD:
                    dest[0] = v;
                    dest[1] = o;
                    break;
                case AC_CLASS_VALUE:
                    dest[0] = v;
                    dest[1] = MP_OBJ_NULL;
                    break;
                case AC_STATIC:
                    dest[0] = ((mp_obj_static_class_method_t *)MP_OBJ_TO_PTR(v))->fun;
                    dest[1] = MP_OBJ_NULL;
                    break;
                case AC_CLASSMETHOD:
                    dest[0] = ((mp_obj_static_class_method_t *)MP_OBJ_TO_PTR(v))->fun;
                    dest[1] = MP_OBJ_FROM_PTR(mp_obj_get_type(o));
                    break;
                default: {  // AC_NATIVE_METHOD
                    dest[0] = v;
                    dest[1] = mp_obj_get_native(o, NULL);
                    break;
                }
            }
            return true;
        }
        case AC_BUILTIN_METHOD:
            dest[0] = c->value;
            dest[1] = o;
            return true;
        case AC_SUPER_METHOD:
            if (MP_UNLIKELY(!class_entry_ok(c))) {
                return false;
            }
            dest[0] = c->value;
            dest[1] = ((mp_obj_super_t *)MP_OBJ_TO_PTR(o))->obj;
            return true;
        case AC_TYPE_VALUE:
        case AC_TYPE_STATIC:
        case AC_TYPE_CLASSMETHOD: {
            mp_obj_t v = c->value;
            if (MP_UNLIKELY(!class_entry_ok(c))) {
                return false;
            }
            if (c->kind == AC_TYPE_VALUE) {
                dest[0] = v;
                dest[1] = MP_OBJ_NULL;
            } else {
                dest[0] = ((mp_obj_static_class_method_t *)MP_OBJ_TO_PTR(v))->fun;
                dest[1] = c->kind == AC_TYPE_CLASSMETHOD ? o : MP_OBJ_NULL;
            }
            return true;
        }
        default:
            return false;
    }
}


// ---- constructor calls: C(args) of a plain user class whose __init__ is
// a Python function (and no user __new__) runs __init__ as an inline call
// on a new instance (MP_VM_RET_INIT). Cached at the call site under the
// class's key with attr __init__.
#define AC_CTOR (13)

MP_NOINLINE MP_COLD static void ctor_cache_fill(const byte *ip, mp_obj_t cls_in) {
    attr_cache_t *c = attr_cache_claim(ip, cls_in);
    const mp_obj_type_t *cls = MP_OBJ_TO_PTR(cls_in);
    if (!(cls->flags & MP_TYPE_FLAG_USER) || utype_of(cls)->layout != MP_INST_LAYOUT_PLAIN
        || mp_type_lookup_special(cls, MP_QSTR___new__) != MP_OBJ_NULL) {
        goto negative;
    }
    const mp_obj_type_t *owner;
    mp_map_elem_t *e = class_lookup(cls, MP_QSTR___init__, &owner);
    if (e == NULL || !(owner->flags & MP_TYPE_FLAG_USER) || !mp_obj_is_fun_bc(e->value)) {
        goto negative;
    }
    c->attr = MP_QSTR___init__;
    c->kind = AC_CTOR;
    attr_cache_set_class_entry(c, &owner->locals_dict->map, e);
    c->key = attr_cache_key(cls_in, &c->version);
    return;
negative:
    attr_cache_negative(c, cls_in, MP_QSTR___init__);
}

// A new instance of a plain user class, as objtype.c's constructor makes it.
static inline mp_obj_t new_plain_instance(const mp_obj_type_t *cls) {
    return MP_OBJ_FROM_PTR(mp_obj_instance_alloc(cls, 0));
}

// ---- binary operators on instances of plain user classes: the special
// method (a Python function) runs as an inline call (MP_VM_RET_BINOP).
// Cached at the instruction under the left operand's type with attr the
// name of the operator's method (__iadd__ for +=, even when it is __add__
// that runs because the class has no __iadd__).
#define AC_BINOP (14)

static bool binop_inlinable(mp_binary_op_t op) {
    return op <= MP_BINARY_OP_NOT_EQUAL || (op >= MP_BINARY_OP_INPLACE_OR && op <= MP_BINARY_OP_POWER);
}

static mp_binary_op_t binop_plain(mp_binary_op_t op) {
    if (op >= MP_BINARY_OP_INPLACE_OR && op <= MP_BINARY_OP_INPLACE_POWER) {
        return (mp_binary_op_t)(op + MP_BINARY_OP_INPLACE_DELTA);
    }
    return op;
}

static mp_binary_op_t reflected_compare(mp_binary_op_t op) {
    switch (op) {
        case MP_BINARY_OP_LESS: return MP_BINARY_OP_MORE;
        case MP_BINARY_OP_MORE: return MP_BINARY_OP_LESS;
        case MP_BINARY_OP_LESS_EQUAL: return MP_BINARY_OP_MORE_EQUAL;
        case MP_BINARY_OP_MORE_EQUAL: return MP_BINARY_OP_LESS_EQUAL;
        default: return op;
    }
}

// Whether mp_binary_op would try rhs's reflected method before lhs's own
// (rhs's type a proper user subclass of lhs's); the inline call is not
// made then.
static inline bool binop_rhs_first(const mp_obj_type_t *lt, mp_obj_t rhs) {
    const mp_obj_type_t *rt = mp_obj_get_type(rhs);
    return rt != lt && (rt->flags & MP_TYPE_FLAG_USER) && mp_obj_is_subclass_fast(rt, lt);
}

MP_NOINLINE MP_COLD static void binop_cache_fill(const byte *ip, mp_binary_op_t op, mp_obj_t lhs) {
    attr_cache_t *c = attr_cache_claim(ip, lhs);
    if (!mp_obj_is_obj(lhs) || !binop_inlinable(op)) {
        goto negative;
    }
    const mp_obj_type_t *lt = mp_obj_get_type(lhs);
    if (!(lt->flags & MP_TYPE_FLAG_USER) || utype_of(lt)->layout != MP_INST_LAYOUT_PLAIN) {
        goto negative;
    }
    qstr name = mp_binary_op_method_name(op);
    mp_binary_op_t run = binop_plain(op);
    if (name == 0) {
        goto negative;
    }
    if (run != op && mp_type_lookup_special(lt, name) != MP_OBJ_NULL) {
        goto negative;  // an __iadd__ with its own fall-back rules
    }
    const mp_obj_type_t *owner;
    mp_map_elem_t *e = class_lookup(lt, mp_binary_op_method_name(run), &owner);
    if (e == NULL || !(owner->flags & MP_TYPE_FLAG_USER) || !mp_obj_is_fun_bc(e->value)) {
        goto negative;
    }
    c->attr = name;
    c->kind = AC_BINOP;
    attr_cache_set_class_entry(c, &owner->locals_dict->map, e);
    c->key = attr_cache_key(lhs, &c->version);
    return;
negative:
    attr_cache_negative(c, lhs, mp_binary_op_method_name(op));
}

// The rest of mp_binary_op(orig_op, lhs, rhs) once lhs's method returned
// NotImplemented (rhs's reflected method was not due first).
MP_COLD static mp_obj_t binop_declined(mp_binary_op_t orig_op, mp_obj_t lhs, mp_obj_t rhs) {
    mp_binary_op_t op = binop_plain(orig_op);
    const mp_obj_type_t *lt = mp_obj_get_type(lhs);
    const mp_obj_type_t *rt = mp_obj_get_type(rhs);
    mp_obj_t r = MP_OBJ_NULL;
    if (op <= MP_BINARY_OP_NOT_EQUAL) {
        if (rt->binary_op != NULL) {
            r = rt->binary_op(reflected_compare(op), rhs, lhs);
        }
        if (r != MP_OBJ_NULL && r != mp_const_notimplemented) {
            return r;
        }
        if (op == MP_BINARY_OP_EQUAL) {
            return mp_obj_new_bool(lhs == rhs);
        }
        if (op == MP_BINARY_OP_NOT_EQUAL) {
            return mp_obj_new_bool(lhs != rhs);
        }
        mp_raise_binary_op_error(orig_op, lhs, rhs);
    }
    if (rt != lt && rt->binary_op != NULL) {
        r = rt->binary_op((mp_binary_op_t)(op + MP_BINARY_OP_REVERSE_DELTA), rhs, lhs);
        if (r != MP_OBJ_NULL && r != mp_const_notimplemented) {
            return r;
        }
    }
    mp_raise_binary_op_error(orig_op, lhs, rhs);
}

// The map of a namespace dict (or of the dict a dict subclass wraps).
static mp_map_t *ns_map(mp_obj_dict_t *d) {
    if (MP_LIKELY(d->base.type == &mp_type_dict)) {
        return &d->map;
    }
    return mp_obj_dict_get_map(mp_obj_get_native(MP_OBJ_FROM_PTR(d), &mp_type_dict));
}

static mp_obj_t load_name(const mp_frame_t *f, qstr q) {
    mp_map_elem_t *el;
    if (f->locals_dict != NULL) {
        if (MP_UNLIKELY(f->locals_dict->base.type != &mp_type_dict)) {
            // A mapping from __prepare__: honour its __getitem__.
            mp_obj_t d = MP_OBJ_FROM_PTR(f->locals_dict);
            if (mp_obj_is_true(mp_binary_op(MP_BINARY_OP_IN, MP_OBJ_NEW_QSTR(q), d))) {
                return mp_obj_subscr(d, MP_OBJ_NEW_QSTR(q), MP_OBJ_SENTINEL);
            }
        } else {
            el = cached_lookup(&f->locals_dict->map, q);
            if (el != NULL && el->value != MP_OBJ_NULL) {
                return el->value;
            }
        }
    }
    if (f->globals != f->locals_dict && f->globals != NULL) {
        el = cached_lookup(ns_map(f->globals), q);
        if (el != NULL && el->value != MP_OBJ_NULL) {
            return el->value;
        }
    }
    return lookup_builtin(q);
}

static void store_in(mp_obj_dict_t *d, qstr q, mp_obj_t v) {
    if (MP_LIKELY(d->base.type == &mp_type_dict)) {
        mp_map_elem_t *el = cached_lookup(&d->map, q);
        if (el == NULL) {
            el = mp_map_lookup_qstr(&d->map, q, MP_MAP_LOOKUP_ADD_IF_NOT_FOUND);
        }
        el->value = v;
    } else {
        mp_obj_subscr(MP_OBJ_FROM_PTR(d), MP_OBJ_NEW_QSTR(q), v);
    }
}

static void delete_in(mp_obj_dict_t *d, qstr q) {
    if (MP_UNLIKELY(d->base.type != &mp_type_dict)) {
        mp_obj_t dd = MP_OBJ_FROM_PTR(d);
        if (!mp_obj_is_true(mp_binary_op(MP_BINARY_OP_IN, MP_OBJ_NEW_QSTR(q), dd))) {
            name_error(q);
        }
        mp_obj_subscr(dd, MP_OBJ_NEW_QSTR(q), MP_OBJ_NULL);
        return;
    }
    if (mp_map_lookup_qstr(&d->map, q, MP_MAP_LOOKUP_REMOVE_IF_FOUND) == NULL) {
        name_error(q);
    }
}

static bool is_exception_class(mp_obj_t o) {
    return mp_obj_is_obj(o) && mp_obj_is_subclass_fast(mp_obj_get_type(o), &mp_type_type)
           && mp_obj_is_subclass_fast((const mp_obj_type_t *)MP_OBJ_TO_PTR(o), &mp_type_BaseException);
}

// The exception instance to raise for `raise o`.
MP_COLD static mp_obj_t make_raise_obj(mp_obj_t o) {
    if (mp_obj_exception_check(o)) {
        return o;
    }
    if (is_exception_class(o)) {
        mp_obj_t e = mp_call_function_0(o);
        if (!mp_obj_exception_check(e)) {
            mp_raise_msg_varg(&mp_type_TypeError, "calling %q should have returned an instance of BaseException, not %s",
                ((const mp_obj_type_t *)MP_OBJ_TO_PTR(o))->name, mp_obj_get_type_str(e));
        }
        return e;
    }
    mp_raise_TypeError("exceptions must derive from BaseException");
}

static mp_obj_t make_cause_obj(mp_obj_t o) {
    if (o == mp_const_none || mp_obj_exception_check(o)) {
        return o;
    }
    if (is_exception_class(o)) {
        return make_raise_obj(o);
    }
    mp_raise_TypeError("exception causes must derive from BaseException");
}

static void call_exit(mp_obj_t exit, mp_obj_t a, mp_obj_t b, mp_obj_t c, mp_obj_t *result) {
    mp_obj_t args[3] = {a, b, c};
    *result = mp_call_function_n_kw(exit, 3, 0, args);
}

// SETUP_WITH: the bound __exit__ and the result of __enter__().
static void setup_with(mp_obj_t mgr, mp_obj_t *exit_out, mp_obj_t *enter_out, bool async) {
    mp_obj_t enter[2], exit[2];
    mp_load_method_maybe(mgr, async ? MP_QSTR___aenter__ : MP_QSTR___enter__, enter);
    if (enter[0] == MP_OBJ_NULL) {
        mp_raise_msg_varg(&mp_type_TypeError, async ? "'%s' object does not support the asynchronous context manager protocol"
            : "'%s' object does not support the context manager protocol", mp_obj_get_type_str(mgr));
    }
    mp_load_method_maybe(mgr, async ? MP_QSTR___aexit__ : MP_QSTR___exit__, exit);
    if (exit[0] == MP_OBJ_NULL) {
        mp_raise_msg_varg(&mp_type_TypeError, async ? "'%s' object does not support the asynchronous context manager protocol (missed __aexit__ method)"
            : "'%s' object does not support the context manager protocol (missed __exit__ method)", mp_obj_get_type_str(mgr));
    }
    *exit_out = exit[1] == MP_OBJ_NULL ? exit[0] : mp_obj_new_bound_meth(exit[0], exit[1]);
    *enter_out = mp_call_method_n_kw(0, 0, enter);
}

// The iterator to drive for `await obj`.
MP_COLD static mp_obj_t get_awaitable(mp_obj_t obj) {
    if (mp_obj_is_generator(obj)) {
        return obj;
    }
    mp_obj_t dest[2];
    mp_load_method_maybe(obj, MP_QSTR___await__, dest);
    if (dest[0] == MP_OBJ_NULL) {
        mp_raise_msg_varg(&mp_type_TypeError, "object %s can't be used in 'await' expression", mp_obj_get_type_str(obj));
    }
    mp_obj_t it = mp_call_method_n_kw(0, 0, dest);
    if (mp_obj_is_type(it, &mp_type_coroutine)) {
        mp_raise_TypeError("__await__() returned a coroutine");
    }
    const mp_obj_type_t *t = mp_obj_get_type(it);
    if (t->iternext == NULL && mp_load_attr_default(it, MP_QSTR___next__, MP_OBJ_NULL) == MP_OBJ_NULL) {
        mp_raise_msg_varg(&mp_type_TypeError, "__await__() returned non-iterator of type '%s'", mp_obj_get_type_str(it));
    }
    return it;
}

static mp_obj_t get_aiter(mp_obj_t obj) {
    mp_obj_t dest[2];
    mp_load_method_maybe(obj, MP_QSTR___aiter__, dest);
    if (dest[0] == MP_OBJ_NULL) {
        mp_raise_msg_varg(&mp_type_TypeError, "'async for' requires an object with __aiter__ method, got %s", mp_obj_get_type_str(obj));
    }
    return mp_call_method_n_kw(0, 0, dest);
}

static mp_obj_t get_anext(mp_obj_t aiter) {
    mp_obj_t dest[2];
    mp_load_method_maybe(aiter, MP_QSTR___anext__, dest);
    if (dest[0] == MP_OBJ_NULL) {
        mp_raise_msg_varg(&mp_type_TypeError, "'async for' requires an iterator with __anext__ method, got %s", mp_obj_get_type_str(aiter));
    }
    mp_obj_t aw = mp_call_method_n_kw(0, 0, dest);
    return get_awaitable(aw);
}

// ascii(): repr with non-ASCII characters escaped.
static mp_obj_t ascii_of(mp_obj_t v) {
    mp_obj_t r = mp_obj_repr(v);
    size_t len;
    const byte *s = (const byte *)mp_obj_str_get_data(r, &len);
    const byte *end = s + len;
    vstr_t out;
    vstr_init(&out, len);
    while (s < end) {
        if (*s < 0x80) {
            vstr_add_byte(&out, *s++);
            continue;
        }
        uint32_t c = utf8_get_char(&s);
        if (c < 0x100) {
            vstr_printf(&out, "\\x%02x", (unsigned)c);
        } else if (c < 0x10000) {
            vstr_printf(&out, "\\u%04x", (unsigned)c);
        } else {
            vstr_printf(&out, "\\U%08x", (unsigned)c);
        }
    }
    return mp_obj_new_str_from_vstr(&out);
}

MP_COLD static mp_obj_t format_value(mp_obj_t v, unsigned flags, mp_obj_t spec) {
    switch (flags & 3) {
        case 1:
            v = mp_obj_str(v);
            break;
        case 2:
            v = mp_obj_repr(v);
            break;
        case 3:
            v = ascii_of(v);
            break;
    }
    if (spec == MP_OBJ_NULL) {
        if (mp_obj_is_native_str(v)) {
            return v;
        }
        if ((flags & 3) == 0) {
            return mp_obj_format(v, MP_OBJ_NEW_QSTR(MP_QSTR_));
        }
        return v;
    }
    return mp_obj_format(v, spec);
}

// **mapping into the dict of a call; duplicates are an error.
static void dict_merge(mp_obj_t dict, mp_obj_t mapping) {
    mp_obj_t tmp = mp_obj_new_dict(0);
    mp_obj_dict_update_mapping(tmp, mapping);
    mp_map_t *m = mp_obj_dict_get_map(tmp);
    mp_map_t *dm = mp_obj_dict_get_map(dict);
    size_t cur = 0;
    mp_map_elem_t *el;
    while ((el = mp_map_next(m, &cur)) != NULL) {
        if (!mp_obj_is_str(el->key)) {
            mp_raise_TypeError("keywords must be strings");
        }
        mp_map_elem_t *d = mp_map_lookup(dm, el->key, MP_MAP_LOOKUP_ADD_IF_NOT_FOUND);
        if (d->value != MP_OBJ_NULL) {
            mp_raise_msg_varg(&mp_type_TypeError, "got multiple values for keyword argument '%s'", mp_obj_str_get_str(el->key));
        }
        d->value = el->value;
    }
}

static void print_expr(mp_obj_t v) {
    if (v == mp_const_none) {
        return;
    }
    mp_obj_print_helper(&mp_plat_print, v, PRINT_REPR);
    mp_print_str(&mp_plat_print, "\n");
    if (MP_STATE(dict_builtins) != NULL) {
        mp_obj_dict_store(MP_OBJ_FROM_PTR(MP_STATE(dict_builtins)), MP_OBJ_NEW_QSTR(MP_QSTR__), v);
    }
    MP_STATE(repl_last_value) = v;
}

// Calls with *args / **kwargs: arrange the arguments the way
// mp_call_method_n_kw_var wants them (fun, self, positional, kw pairs,
// star-iterable or NULL, kw-mapping or NULL).
static mp_obj_t call_ex(mp_obj_t fun, mp_obj_t self, size_t n_args, size_t n_kw, const mp_obj_t *args, unsigned flags) {
    size_t n = n_args + 2 * n_kw;
    size_t n_extra = ((flags & 1) ? 1 : 0) + ((flags & 2) ? 1 : 0);
    size_t total = 2 + n + 2;
    mp_obj_t *a = total <= 64 ? alloca(total * sizeof(mp_obj_t)) : m_new(mp_obj_t, total);
    a[0] = fun;
    a[1] = self;
    memcpy(a + 2, args, n * sizeof(mp_obj_t));
    const mp_obj_t *extra = args + n;
    a[2 + n] = (flags & 1) ? extra[0] : MP_OBJ_NULL;
    a[2 + n + 1] = (flags & 2) ? extra[n_extra - 1] : MP_OBJ_NULL;
    return mp_call_method_n_kw_var(self != MP_OBJ_NULL, n_args, n_kw, a);
}

static mp_obj_t make_function(const mp_frame_t *f, mp_obj_t code, unsigned flags, mp_obj_t *sp, size_t n_cells, const mp_obj_t *cells) {
    mp_obj_t kwdefaults = MP_OBJ_NULL, defaults = MP_OBJ_NULL;
    if (flags & 2) {
        kwdefaults = *sp--;
    }
    if (flags & 1) {
        defaults = *sp--;
    }
    mp_obj_t fun = mp_obj_new_fun_bc(MP_OBJ_TO_PTR(code), f->globals, defaults, kwdefaults, n_cells, cells);
    ((mp_obj_fun_bc_t *)MP_OBJ_TO_PTR(fun))->parent = f->fun;
    return fun;
}

// ---------------------------------------------------------------------------
// Fast helpers

// What a returned frame leaves in chunk memory that could keep objects
// alive (the collector scans frames whole): its pointer fields, locals and
// the live part of its value stack (popped slots are cleared as they go,
// and the values left above sp by the fast paths are immediates), and its
// blocks.
static inline void frame_release(mp_frame_t *f, mp_obj_t *sp) {
    const mp_code_t *c = f->code;
    if (c->n_blocks != 0) {
        memset(mp_frame_blocks(f), 0, 2 * c->n_blocks * sizeof(mp_vm_block_t));
    }
    // (globals are module dicts, ip points into the code: left alone)
    f->code = NULL;
    f->fun = NULL;
    mp_zero_words(f->locals, sp + 1 - f->locals);
}

static inline bool is_generator_code(const mp_code_t *c) {
    return (c->flags & (MP_CODE_FLAG_GENERATOR | MP_CODE_FLAG_COROUTINE | MP_CODE_FLAG_ASYNC_GENERATOR)) != 0;
}

static inline mp_obj_t iternext_fast(mp_obj_t it) {
    const mp_obj_type_t *t = mp_obj_get_type(it);
    if (t->iternext != NULL && !(t->flags & MP_TYPE_FLAG_USER)) {
        return t->iternext(it);
    }
    return mp_iternext(it);
}

// a op b for two str values, op a comparison, IN or NOT_IN (a in b).
// UTF-8 byte order is code point order.
static bool str_compare(unsigned op, mp_obj_t a, mp_obj_t b) {
    if (op == MP_BINARY_OP_EQUAL) {
        return mp_obj_str_equal(a, b);
    }
    if (op == MP_BINARY_OP_NOT_EQUAL) {
        return !mp_obj_str_equal(a, b);
    }
    size_t la, lb;
    const byte *da = mp_str_data_len(a, &la);
    const byte *db = mp_str_data_len(b, &lb);
    if (op == MP_BINARY_OP_IN || op == MP_BINARY_OP_NOT_IN) {
        bool found = la == 0;
        if (!found && la <= lb) {
            const byte *end = db + (lb - la);
            for (const byte *p = db; p <= end; p++) {
                p = memchr(p, da[0], end - p + 1);
                if (p == NULL) {
                    break;
                }
                if (memcmp(p, da, la) == 0) {
                    found = true;
                    break;
                }
            }
        }
        return found == (op == MP_BINARY_OP_IN);
    }
    int c = memcmp(da, db, la < lb ? la : lb);
    if (c == 0) {
        c = la < lb ? -1 : la > lb ? 1 : 0;
    }
    switch (op) {
        case MP_BINARY_OP_LESS:
            return c < 0;
        case MP_BINARY_OP_MORE:
            return c > 0;
        case MP_BINARY_OP_LESS_EQUAL:
            return c <= 0;
        default:  // MORE_EQUAL
            return c >= 0;
    }
}

// A C function called with n positional arguments, without the checks of
// the general call path when the argument count fits; MP_OBJ_NULL if the
// general path is needed (keyword functions, a count to complain about).
static inline mp_obj_t call_builtin_direct(const mp_obj_fun_builtin_t *f, size_t n, const mp_obj_t *args) {
    if (n < f->n_args_min || n > f->n_args_max) {
        return MP_OBJ_NULL;
    }
    switch (f->kind) {
        case MP_FUN_KIND_0:
            return f->fun._0();
        case MP_FUN_KIND_1:
            return f->fun._1(args[0]);
        case MP_FUN_KIND_2:
            return f->fun._2(args[0], args[1]);
        case MP_FUN_KIND_3:
            return f->fun._3(args[0], args[1], args[2]);
        case MP_FUN_KIND_VAR:
            return f->fun.var(n, args);
        default:
            return MP_OBJ_NULL;
    }
}

// Floor division and modulo of small ints, Python semantics (b != 0).
static inline mp_int_t floor_div(mp_int_t a, mp_int_t b) {
    mp_int_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) {
        q--;
    }
    return q;
}
static inline mp_int_t floor_mod(mp_int_t a, mp_int_t b) {
    mp_int_t m = a % b;
    if (m != 0 && ((m < 0) != (b < 0))) {
        m += b;
    }
    return m;
}

// ---------------------------------------------------------------------------
// C entry points

mp_obj_t mp_vm_call_fun_bc(mp_obj_fun_bc_t *fun, mp_obj_t self, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    const mp_code_t *code = fun->code;
    size_t sz = mp_frame_size(code);
    mp_stack_check_extra(sz + 1024);
    mp_frame_t *frame = alloca(sz);
    mp_frame_init(frame, code, fun, fun->globals);
    if (!mp_fun_bc_bind_simple(fun, frame->locals, self, n_args, n_kw, args)) {
        mp_fun_bc_bind_args(fun, frame->locals, self, n_args, n_kw, args);
    }
    mp_obj_t ret;
    if (mp_vm_run(frame, MP_OBJ_NULL, &ret) != MP_VM_RETURN_NORMAL) {
        nlr_raise(ret);
    }
    // Leave no stale references for the conservative stack scan.
    memset(frame, 0, sz);
    return ret;
}

MP_COLD mp_obj_t mp_exec_code(mp_obj_t code_in, mp_obj_dict_t *globals, mp_obj_dict_t *locals) {
    if (!mp_obj_is_type(code_in, &mp_type_code)) {
        mp_raise_TypeError("expected a code object");
    }
    const mp_code_t *code = MP_OBJ_TO_PTR(code_in);
    if (code->n_freevars != 0) {
        mp_raise_TypeError("code object passed to exec() may not contain free variables");
    }
    size_t sz = mp_frame_size(code);
    mp_stack_check_extra(sz + 1024);
    mp_frame_t *frame = alloca(sz);
    mp_frame_init(frame, code, NULL, globals);
    memset(frame->locals, 0, code->n_locals * sizeof(mp_obj_t));
    for (size_t k = 0; k < code->n_cells; k++) {
        frame->locals[code->cell_slots[k]] = mp_obj_new_cell(MP_OBJ_NULL);
    }
    frame->locals_dict = locals;
    mp_obj_dict_t *old_locals = MP_STATE(dict_locals);
    mp_obj_dict_t *old_globals = MP_STATE(dict_globals);
    MP_STATE(dict_locals) = locals;
    mp_obj_t ret;
    mp_vm_return_kind_t kind = mp_vm_run(frame, MP_OBJ_NULL, &ret);
    MP_STATE(dict_locals) = old_locals;
    MP_STATE(dict_globals) = old_globals;
    if (kind == MP_VM_RETURN_EXCEPTION) {
        nlr_raise(ret);
    }
    if (kind == MP_VM_RETURN_YIELD) {
        mp_raise_msg(&mp_type_SyntaxError, "'yield' outside function");
    }
    return ret;
}

MP_COLD mp_obj_t mp_obj_fun_call_class_body(mp_obj_t fun_in, mp_obj_dict_t *locals) {
    mp_obj_fun_bc_t *fun = MP_OBJ_TO_PTR(fun_in);
    const mp_code_t *code = fun->code;
    size_t sz = mp_frame_size(code);
    mp_stack_check_extra(sz + 1024);
    mp_frame_t *frame = alloca(sz);
    mp_frame_init(frame, code, fun, fun->globals);
    mp_fun_bc_bind_args(fun, frame->locals, MP_OBJ_NULL, 0, 0, NULL);
    frame->locals_dict = locals;
    mp_obj_dict_t *old_locals = MP_STATE(dict_locals);
    MP_STATE(dict_locals) = locals;
    mp_obj_t ret;
    mp_vm_return_kind_t kind = mp_vm_run(frame, MP_OBJ_NULL, &ret);
    MP_STATE(dict_locals) = old_locals;
    if (kind != MP_VM_RETURN_NORMAL) {
        nlr_raise(ret);
    }
    return ret;
}

MP_COLD mp_obj_t mp_vm_locals_of_current_frame(void) {
    mp_frame_t *f = vm_cur_frame;
    if (f == NULL) {
        return MP_STATE(dict_locals) ? MP_OBJ_FROM_PTR(MP_STATE(dict_locals)) : mp_obj_new_dict(0);
    }
    if (f->locals_dict != NULL) {
        return MP_OBJ_FROM_PTR(f->locals_dict);
    }
    const mp_code_t *c = f->code;
    mp_obj_t d = mp_obj_new_dict(0);
    size_t first_free = c->n_locals - c->n_freevars;
    for (size_t i = 0; i < c->n_locals; i++) {
        mp_obj_t v = f->locals[i];
        bool is_cell = i >= first_free;
        for (size_t k = 0; k < c->n_cells && !is_cell; k++) {
            if (c->cell_slots[k] == i) {
                is_cell = true;
            }
        }
        if (is_cell && v != MP_OBJ_NULL && mp_obj_is_type(v, &mp_type_cell)) {
            v = mp_obj_cell_get(v);
        }
        if (v != MP_OBJ_NULL) {
            mp_obj_dict_store(d, MP_OBJ_NEW_QSTR(c->local_names[i]), v);
        }
    }
    return d;
}

// ---------------------------------------------------------------------------
// The interpreter loop

#define GUARD_NONE (0)
#define GUARD_FOR_ITER (1)      // StopIteration from iternext ends the loop
#define GUARD_YIELD_FROM (2)    // StopIteration from send() is the result

// What the dispatch loop returns to mp_vm_run.
#define VM_RET_RETURN (0)     // st->value: the return value of the base frame
#define VM_RET_YIELD (1)      // st->value: the yielded value
#define VM_RET_EXCEPTION (2)  // st->value: an exception raised by the VM itself
#define VM_RET_CHUNK (3)      // a call needs st->chunk_request more bytes of frame stack
#define VM_RET_CHUNK_POP (4)  // the first frame of st->top_chunk returned

// The state of one run, shared by mp_vm_run (which holds the nlr handler
// and allocates frame chunks) and the dispatch loop (which has no setjmp,
// so that the compiler keeps its registers in registers).
typedef struct _vm_state_t {
    mp_frame_t *base;
    mp_frame_t *frame;          // the innermost frame
    mp_vm_chunk_t *base_chunk;  // kept for the whole run
    mp_vm_chunk_t *top_chunk;   // newest chunk of a nested level, or NULL
    size_t chunk_request;
    mp_obj_t value;
    int guard;                  // GUARD_*
    bool reraise;               // the exception is re-raised: no new traceback entry
    // An inline call's MP_VM_RET_* action left for the outer level when
    // the call's frame was the last of a chunk.
    uintptr_t pending_action;
    mp_obj_t pending_value;
} vm_state_t;

#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Woverride-init"
#endif

MP_NOINLINE static int vm_loop(vm_state_t *st) {
#if VM_COMPUTED_GOTO
    static const void *const dispatch_table[256] = {
        [0 ... 255] = &&L_bad_opcode,
#define X(name, fmt) [MP_BC_##name] = &&L_##name,
        MP_BC_OPCODES(X)
#undef X
    };
#define DISPATCH() goto *dispatch_table[*ip++]
#define CASE(op) L_##op:
#else
#define DISPATCH() goto dispatch
#define CASE(op) case MP_BC_##op:
#endif

    mp_frame_t *const base = st->base;
    mp_frame_t *frame = st->frame;
    const byte *ip;
    mp_obj_t *sp;
    mp_obj_t *fastn;
    // Operands of the shared code paths below (set right before the goto).
    mp_obj_t retval;                // do_return
    mp_obj_t unwind_mark;           // do_unwind_jump
    mp_obj_fun_bc_t *call_fun;      // push_frame: callee, its self (or NULL),
    mp_obj_t call_self;             // the arguments; the result slot is *sp
    size_t call_n_args, call_n_kw;
    const mp_obj_t *call_args;
    const byte *call_ins;           // the call instruction and the stack before
    mp_obj_t *call_sp;              // it (re-executed after a chunk is added)
    // push_frame_expand: *args items and **kwargs map to spread into a
    // temporary array placed after the new frame.
    mp_obj_t *call_expand_star = NULL;
    size_t call_expand_n_star = 0, call_expand_n_args = 0, call_expand_words = 0;
    mp_map_t *call_expand_map = NULL;
    uintptr_t call_ret_action = MP_VM_RET_VALUE;  // for the new frame
    uintptr_t ret_action;           // ret_hook
    mp_obj_t yield_value;           // do_yield

#define LOAD_REGS() do { \
        ip = frame->ip; \
        sp = frame->sp; \
        fastn = frame->locals; \
} while (0)
#define MARK() (frame->ip = ip)
// Truth of v for the conditional jumps: the common constants and small
// ints inline, anything else through mp_obj_is_true (which may raise).
#define TRUTH(v) ((v) == mp_const_true ? true \
    : ((v) == mp_const_false || (v) == mp_const_none) ? false \
    : mp_obj_is_small_int(v) ? mp_small_int_value(v) != 0 \
    : (MARK(), mp_obj_is_true(v)))
#define PUSH(v) (*++sp = (v))
// Popped slots are cleared so that no stale reference keeps an object
// alive (the collector scans frames whole).
#define POP() ({ mp_obj_t v_ = *sp; *sp-- = MP_OBJ_NULL; v_; })
#define DROP() (*sp-- = MP_OBJ_NULL)
#define DROPN(n) do { size_t n_ = (n); while (n_--) { *sp-- = MP_OBJ_NULL; } } while (0)
#define CLEAR_ABOVE(top) do { for (mp_obj_t *p_ = sp + 1; p_ <= (top); p_++) { *p_ = MP_OBJ_NULL; __asm__("" : "+r"(p_)); } } while (0)
#define TOP() (*sp)
#define SET_TOP(v) (*sp = (v))
// (Operands up to 2^14, e.g. most qstr numbers, take the unrolled path.)
#define DECODE_UINT(v) do { \
        byte b_ = *ip++; \
        v = b_; \
        if (MP_UNLIKELY(b_ & 0x80)) { \
            b_ = *ip++; \
            v = (v & 0x7f) | ((size_t)(b_ & 0x7f) << 7); \
            if (MP_UNLIKELY(b_ & 0x80)) { \
                unsigned sh_ = 14; \
                do { b_ = *ip++; v |= (size_t)(b_ & 0x7f) << sh_; sh_ += 7; } while (b_ & 0x80); \
            } \
        } \
} while (0)
#define DECODE_JUMP(v) do { v = (int16_t)(ip[0] | (ip[1] << 8)); ip += 2; } while (0)
#define RAISE(e) do { st->value = (e); return VM_RET_EXCEPTION; } while (0)
#define PENDING_CHECK() do { \
        if (MP_UNLIKELY(MP_STATE(pending_exception) != MP_OBJ_NULL || MP_STATE(sched_len) != 0)) { \
            MARK(); \
            frame->sp = sp; \
            mp_handle_pending(); \
        } \
} while (0)

    LOAD_REGS();

    if (MP_UNLIKELY(st->pending_action != MP_VM_RET_VALUE)) {
        retval = st->pending_value;
        ret_action = st->pending_action;
        st->pending_value = MP_OBJ_NULL;
        st->pending_action = MP_VM_RET_VALUE;
        goto ret_hook;
    }

#if VM_COMPUTED_GOTO
    DISPATCH();
#else
dispatch:
    switch (*ip++) {
#endif

    CASE(NOP)
    DISPATCH();

    CASE(POP_TOP)
    DROP();
    DISPATCH();

    CASE(ROT_TWO) {
        mp_obj_t t = sp[0];
        sp[0] = sp[-1];
        sp[-1] = t;
        DISPATCH();
    }

    CASE(ROT_THREE) {
        mp_obj_t t = sp[0];
        sp[0] = sp[-1];
        sp[-1] = sp[-2];
        sp[-2] = t;
        DISPATCH();
    }

    CASE(DUP_TOP)
    sp[1] = sp[0];
    sp++;
    DISPATCH();

    CASE(DUP_TOP_TWO)
    sp[1] = sp[-1];
    sp[2] = sp[0];
    sp += 2;
    DISPATCH();

    CASE(LOAD_CONST_NONE)
    PUSH(mp_const_none);
    DISPATCH();

    CASE(LOAD_CONST_TRUE)
    PUSH(mp_const_true);
    DISPATCH();

    CASE(LOAD_CONST_FALSE)
    PUSH(mp_const_false);
    DISPATCH();

    CASE(LOAD_CONST_ELLIPSIS)
    PUSH(mp_const_ellipsis);
    DISPATCH();

    CASE(LOAD_CONST_SMALL_INT) {
        size_t u;
        DECODE_UINT(u);
        mp_int_t v = (mp_int_t)(u >> 1) ^ -(mp_int_t)(u & 1);
        if (MP_LIKELY(mp_small_int_fits(v))) {
            PUSH(mp_obj_new_small_int(v));
        } else {
            MARK();
            PUSH(mp_obj_new_int(v));
        }
        DISPATCH();
    }

    CASE(LOAD_CONST) {
        size_t u;
        DECODE_UINT(u);
        PUSH(frame->code->consts[u]);
        DISPATCH();
    }

    CASE(LOAD_CONST_STR) {
        size_t u;
        DECODE_UINT(u);
        PUSH(mp_obj_new_qstr((qstr)u));
        DISPATCH();
    }

    CASE(LOAD_NULL)
    PUSH(MP_OBJ_NULL);
    DISPATCH();

    CASE(LOAD_FAST) {
        size_t u;
        DECODE_UINT(u);
        mp_obj_t v = fastn[u];
        if (MP_UNLIKELY(v == MP_OBJ_NULL)) {
            MARK();
            unbound_local(frame, u);
        }
        PUSH(v);
        DISPATCH();
    }

    CASE(STORE_FAST) {
        size_t u;
        DECODE_UINT(u);
        fastn[u] = POP();
        DISPATCH();
    }

    CASE(DELETE_FAST) {
        size_t u;
        DECODE_UINT(u);
        if (fastn[u] == MP_OBJ_NULL) {
            MARK();
            unbound_local(frame, u);
        }
        fastn[u] = MP_OBJ_NULL;
        DISPATCH();
    }

    CASE(LOAD_DEREF) {
        size_t u;
        DECODE_UINT(u);
        mp_obj_t v = ((mp_obj_cell_t *)MP_OBJ_TO_PTR(fastn[u]))->obj;
        if (MP_UNLIKELY(v == MP_OBJ_NULL)) {
            MARK();
            unbound_local(frame, u);
        }
        PUSH(v);
        DISPATCH();
    }

    CASE(STORE_DEREF) {
        size_t u;
        DECODE_UINT(u);
        ((mp_obj_cell_t *)MP_OBJ_TO_PTR(fastn[u]))->obj = POP();
        DISPATCH();
    }

    CASE(DELETE_DEREF) {
        size_t u;
        DECODE_UINT(u);
        mp_obj_cell_t *c = MP_OBJ_TO_PTR(fastn[u]);
        if (c->obj == MP_OBJ_NULL) {
            MARK();
            unbound_local(frame, u);
        }
        c->obj = MP_OBJ_NULL;
        DISPATCH();
    }

    CASE(LOAD_CLOSURE) {
        size_t u;
        DECODE_UINT(u);
        PUSH(fastn[u]);
        DISPATCH();
    }

    CASE(LOAD_CLASSDEREF) {
        size_t u, q;
        DECODE_UINT(u);
        DECODE_UINT(q);
        MARK();
        mp_obj_t v = MP_OBJ_NULL;
        if (frame->locals_dict != NULL) {
            mp_map_elem_t *el = mp_map_lookup_qstr(ns_map(frame->locals_dict), q, MP_MAP_LOOKUP);
            if (el != NULL) {
                v = el->value;
            }
        }
        if (v == MP_OBJ_NULL) {
            v = ((mp_obj_cell_t *)MP_OBJ_TO_PTR(fastn[u]))->obj;
            if (v == MP_OBJ_NULL) {
                unbound_local(frame, u);
            }
        }
        PUSH(v);
        DISPATCH();
    }

    CASE(LOAD_NAME) {
        size_t q;
        DECODE_UINT(q);
        MARK();
        PUSH(load_name(frame, q));
        DISPATCH();
    }

    CASE(STORE_NAME) {
        size_t q;
        DECODE_UINT(q);
        MARK();
        store_in(frame->locals_dict ? frame->locals_dict : frame->globals, q, sp[0]);
        DROP();
        DISPATCH();
    }

    CASE(DELETE_NAME) {
        size_t q;
        DECODE_UINT(q);
        MARK();
        delete_in(frame->locals_dict ? frame->locals_dict : frame->globals, q);
        DISPATCH();
    }

    CASE(LOAD_GLOBAL) {
        size_t q;
        DECODE_UINT(q);
        mp_map_elem_t *el = cached_lookup(&frame->globals->map, q);
        if (MP_LIKELY(el != NULL && el->value != MP_OBJ_NULL)) {
            PUSH(el->value);
        } else {
            MARK();
            PUSH(lookup_builtin(q));
        }
        DISPATCH();
    }

    CASE(STORE_GLOBAL) {
        size_t q;
        DECODE_UINT(q);
        MARK();
        store_in(frame->globals, q, sp[0]);
        DROP();
        DISPATCH();
    }

    CASE(DELETE_GLOBAL) {
        size_t q;
        DECODE_UINT(q);
        MARK();
        delete_in(frame->globals, q);
        DISPATCH();
    }

    CASE(LOAD_ATTR) {
        size_t q;
        DECODE_UINT(q);
        mp_obj_t o = TOP();
        attr_cache_t *c = attr_cache_find(ip, o, q);
        mp_obj_t dest[2];
        if (MP_LIKELY(c != NULL)) {
            if (MP_LIKELY(c->kind == AC_INST)) {
                // (the most frequent case, inline; a members map moved
                // into a __dict__ has alloc 0; entries past `used` have no
                // key)
                mp_map_t *m = &((mp_obj_instance_t *)MP_OBJ_TO_PTR(o))->members;
                size_t i = c->idx;
                if (MP_LIKELY(i < m->alloc && m->table[i].key == mp_obj_new_qstr(q))) {
                    SET_TOP(m->table[i].value);
                    DISPATCH();
                }
            }
            if (c->kind == AC_PROPERTY) {
                // The getter runs as an inline call; its result replaces o.
                mp_obj_t getter = class_entry_ok(c) ? ((mp_obj_property_t *)MP_OBJ_TO_PTR(c->value))->fget : MP_OBJ_NULL;
                if (MP_LIKELY(mp_obj_is_fun_bc(getter))) {
                    // (the instruction: opcode and q's varint)
                    call_ins = ip - 2 - (q >= 0x80) - (q >= 0x4000) - (q >= 0x200000) - (q >= 0x10000000);
                    call_sp = sp;
                    MARK();
                    call_fun = MP_OBJ_TO_PTR(getter);
                    call_self = o;
                    call_n_args = 0;
                    call_n_kw = 0;
                    call_args = sp + 1;
                    goto push_frame;
                }
            } else if (attr_cache_use(c, o, q, dest)) {
                if (dest[1] != MP_OBJ_NULL) {
                    MARK();
                    dest[0] = mp_obj_new_bound_meth(dest[0], dest[1]);
                }
                SET_TOP(dest[0]);
                DISPATCH();
            }
        }
        MARK();
        SET_TOP(mp_load_attr(o, q));
        if (c == NULL || c->kind != AC_NEGATIVE) {
            attr_cache_fill_load(ip, o, q);
        }
        DISPATCH();
    }

    CASE(STORE_ATTR) {
        size_t q;
        DECODE_UINT(q);
        mp_obj_t o = sp[0];
        attr_cache_t *c = attr_cache_find(ip, o, q);
        if (MP_LIKELY(c != NULL && c->kind == AC_STORE)) {
            mp_map_t *m = &((mp_obj_instance_t *)MP_OBJ_TO_PTR(o))->members;
            size_t i = c->idx;
            if (MP_LIKELY(i < m->alloc && m->table[i].key == mp_obj_new_qstr(q))) {
                m->table[i].value = sp[-1];
                DROPN(2);
                DISPATCH();
            }
        }
        MARK();
        if (c != NULL && c->kind == AC_STORE) {
            // A new attribute (as in __init__), or instances filled in
            // another order.
            mp_map_t *m = inst_members(MP_OBJ_TO_PTR(o));
            mp_map_elem_t *e = mp_map_lookup_qstr(m, q, MP_MAP_LOOKUP_ADD_IF_NOT_FOUND);
            e->value = sp[-1];
            c->idx = (uint32_t)(e - m->table);
            mp_obj_user_type_t *ut = (mp_obj_user_type_t *)utype_of(mp_obj_get_type(o));
            if (m->filled > ut->member_hint && m->filled <= 16) {
                // (objtype.c's presizing hint for new instances)
                ut->member_hint = (uint8_t)m->filled;
            }
            DROPN(2);
            DISPATCH();
        }
        mp_store_attr(o, q, sp[-1]);
        DROPN(2);
        if (c == NULL || c->kind != AC_NEGATIVE) {
            attr_cache_fill_store(ip, o, q);
        }
        DISPATCH();
    }

    CASE(DELETE_ATTR) {
        size_t q;
        DECODE_UINT(q);
        MARK();
        mp_delete_attr(sp[0], q);
        DROP();
        DISPATCH();
    }

    CASE(LOAD_METHOD) {
        size_t q;
        DECODE_UINT(q);
        mp_obj_t o = sp[0];
        attr_cache_t *c = attr_cache_find(ip, o, q);
        if (MP_LIKELY(c != NULL)) {
            if (MP_LIKELY(c->kind == AC_METHOD)) {
                // (the most frequent case, inline)
                mp_map_t *m = &((mp_obj_instance_t *)MP_OBJ_TO_PTR(o))->members;
                if (MP_LIKELY(!m->is_const && class_entry_ok(c) && members_lack(m, q))) {
                    sp[0] = c->value;
                    sp[1] = o;
                    sp++;
                    DISPATCH();
                }
            }
            if (c->kind == AC_BUILTIN_METHOD) {
                sp[0] = c->value;
                sp[1] = o;
                sp++;
                DISPATCH();
            }
            if (attr_cache_use(c, o, q, sp)) {
                sp++;
                DISPATCH();
            }
        }
        MARK();
        mp_load_method(o, q, sp);
        sp++;
        if (c == NULL || c->kind != AC_NEGATIVE) {
            attr_cache_fill_load(ip, o, q);
        }
        DISPATCH();
    }

    CASE(LOAD_SUBSCR) {
        mp_obj_t index = sp[0];
        mp_obj_t obj = sp[-1];
        if (mp_obj_is_small_int(index) && mp_obj_is_obj(obj)) {
            const mp_obj_type_t *t = ((mp_obj_base_t *)MP_OBJ_TO_PTR(obj))->type;
            mp_int_t i = mp_small_int_value(index);
            if (t == &mp_type_list) {
                mp_obj_list_t *l = MP_OBJ_TO_PTR(obj);
                if (i < 0) {
                    i += l->len;
                }
                if ((mp_uint_t)i < l->len) {
                    DROP();
                    SET_TOP(l->items[i]);
                    DISPATCH();
                }
            } else if (t == &mp_type_tuple) {
                mp_obj_tuple_t *tu = MP_OBJ_TO_PTR(obj);
                if (i < 0) {
                    i += tu->len;
                }
                if ((mp_uint_t)i < tu->len) {
                    DROP();
                    SET_TOP(tu->items[i]);
                    DISPATCH();
                }
            } else if (t == &mp_type_str) {
                // ASCII text: a character is a byte (a shared object)
                const mp_obj_str_t *so = MP_OBJ_TO_PTR(obj);
                if (so->charlen == so->len) {
                    if (i < 0) {
                        i += so->len;
                    }
                    if ((mp_uint_t)i < so->len) {
                        mp_obj_t ch = mp_obj_str_chr(mp_obj_str_data(so)[i]);
                        DROP();
                        SET_TOP(ch);
                        DISPATCH();
                    }
                }
            }
        }
        MARK();
        mp_obj_t r = mp_obj_subscr(obj, index, MP_OBJ_SENTINEL);
        DROP();
        SET_TOP(r);
        DISPATCH();
    }

    CASE(STORE_SUBSCR) {
        // v obj index ->
        mp_obj_t index = sp[0];
        mp_obj_t obj = sp[-1];
        if (mp_obj_is_small_int(index) && mp_obj_is_obj(obj)
            && ((mp_obj_base_t *)MP_OBJ_TO_PTR(obj))->type == &mp_type_list) {
            mp_obj_list_t *l = MP_OBJ_TO_PTR(obj);
            mp_int_t i = mp_small_int_value(index);
            if (i < 0) {
                i += l->len;
            }
            if ((mp_uint_t)i < l->len) {
                l->items[i] = sp[-2];
                DROPN(3);
                DISPATCH();
            }
        }
        MARK();
        mp_obj_subscr(obj, index, sp[-2]);
        DROPN(3);
        DISPATCH();
    }

    CASE(DELETE_SUBSCR) {
        MARK();
        mp_obj_subscr(sp[-1], sp[0], MP_OBJ_NULL);
        DROPN(2);
        DISPATCH();
    }

    CASE(LOAD_BUILD_CLASS)
    PUSH(MP_OBJ_FROM_PTR(&mp_builtin___build_class___obj));
    DISPATCH();

    CASE(UNARY_OP) {
        unsigned op = *ip++;
        mp_obj_t v = TOP();
        if (op == MP_UNARY_OP_NOT) {
            if (v == mp_const_true || v == mp_const_false) {
                SET_TOP(mp_obj_new_bool(v == mp_const_false));
                DISPATCH();
            }
            MARK();
            SET_TOP(mp_obj_new_bool(!mp_obj_is_true(v)));
            DISPATCH();
        }
        if (op == MP_UNARY_OP_NEGATIVE) {
            if (mp_obj_is_small_int(v) && mp_small_int_value(v) != MP_SMALL_INT_MIN) {
                SET_TOP(mp_obj_new_small_int(-mp_small_int_value(v)));
                DISPATCH();
            }
            if (mp_obj_is_float(v)) {
                SET_TOP(mp_obj_new_float(-mp_obj_float_value(v)));
                DISPATCH();
            }
        }
        MARK();
        SET_TOP(mp_unary_op(op, v));
        DISPATCH();
    }

    CASE(BINARY_OP) {
        unsigned op = *ip++;
        mp_obj_t rhs = sp[0];
        mp_obj_t lhs = sp[-1];
        unsigned op2 = op;
        if (op >= MP_BINARY_OP_INPLACE_OR && op <= MP_BINARY_OP_INPLACE_POWER) {
            op2 = op + MP_BINARY_OP_INPLACE_DELTA;
        }
        if (MP_LIKELY(mp_obj_is_small_int(lhs) && mp_obj_is_small_int(rhs))) {
            mp_int_t a = mp_small_int_value(lhs), b = mp_small_int_value(rhs), r;
            switch (op2) {
                case MP_BINARY_OP_ADD:
                    r = a + b;
                    goto int_result;
                case MP_BINARY_OP_SUBTRACT:
                    r = a - b;
                    goto int_result;
                case MP_BINARY_OP_MULTIPLY:
                    if (__builtin_mul_overflow(a, b, &r)) {
                        break;
                    }
                    goto int_result;
                case MP_BINARY_OP_FLOOR_DIVIDE:
                    if (b == 0) {
                        break;
                    }
                    r = floor_div(a, b);
                    goto int_result;
                case MP_BINARY_OP_MODULO:
                    if (b == 0) {
                        break;
                    }
                    r = floor_mod(a, b);
                    goto int_result;
                case MP_BINARY_OP_AND:
                    r = a & b;
                    goto int_result;
                case MP_BINARY_OP_OR:
                    r = a | b;
                    goto int_result;
                case MP_BINARY_OP_XOR:
                    r = a ^ b;
                    goto int_result;
                case MP_BINARY_OP_LSHIFT:
                    if (b < 0 || b >= 52) {
                        break;
                    }
                    r = (mp_int_t)((mp_uint_t)a << b);
                    if ((r >> b) != a) {
                        break;
                    }
                    goto int_result;
                case MP_BINARY_OP_RSHIFT:
                    if (b < 0) {
                        break;
                    }
                    r = a >> (b > 63 ? 63 : b);
                    goto int_result;
                case MP_BINARY_OP_TRUE_DIVIDE:
                    if (b == 0) {
                        break;
                    }
                    sp--;
                    SET_TOP(mp_obj_new_float((double)a / (double)b));
                    DISPATCH();
                case MP_BINARY_OP_LESS:
                    sp--;
                    SET_TOP(mp_obj_new_bool(a < b));
                    DISPATCH();
                case MP_BINARY_OP_MORE:
                    sp--;
                    SET_TOP(mp_obj_new_bool(a > b));
                    DISPATCH();
                case MP_BINARY_OP_EQUAL:
                case MP_BINARY_OP_IS:
                    sp--;
                    SET_TOP(mp_obj_new_bool(a == b));
                    DISPATCH();
                case MP_BINARY_OP_LESS_EQUAL:
                    sp--;
                    SET_TOP(mp_obj_new_bool(a <= b));
                    DISPATCH();
                case MP_BINARY_OP_MORE_EQUAL:
                    sp--;
                    SET_TOP(mp_obj_new_bool(a >= b));
                    DISPATCH();
                case MP_BINARY_OP_NOT_EQUAL:
                case MP_BINARY_OP_IS_NOT:
                    sp--;
                    SET_TOP(mp_obj_new_bool(a != b));
                    DISPATCH();
            }
            goto binary_slow;
        int_result:
            if (MP_LIKELY(mp_small_int_fits(r))) {
                sp--;
                SET_TOP(mp_obj_new_small_int(r));
                DISPATCH();
            }
            goto binary_slow;
        }
        if (mp_obj_is_float(lhs) || mp_obj_is_float(rhs)) {
            double a, b;
            if (mp_obj_is_float(lhs)) {
                a = mp_obj_float_value(lhs);
            } else if (mp_obj_is_small_int(lhs)) {
                a = (double)mp_small_int_value(lhs);
            } else {
                goto binary_slow;
            }
            if (mp_obj_is_float(rhs)) {
                b = mp_obj_float_value(rhs);
            } else if (mp_obj_is_small_int(rhs)) {
                b = (double)mp_small_int_value(rhs);
            } else {
                goto binary_slow;
            }
            mp_obj_t r;
            switch (op2) {
                case MP_BINARY_OP_ADD:
                    r = mp_obj_new_float(a + b);
                    break;
                case MP_BINARY_OP_SUBTRACT:
                    r = mp_obj_new_float(a - b);
                    break;
                case MP_BINARY_OP_MULTIPLY:
                    r = mp_obj_new_float(a * b);
                    break;
                case MP_BINARY_OP_TRUE_DIVIDE:
                    if (b == 0) {
                        goto binary_slow;
                    }
                    r = mp_obj_new_float(a / b);
                    break;
                case MP_BINARY_OP_FLOOR_DIVIDE:
                    if (b == 0) {
                        goto binary_slow;
                    }
                    r = mp_obj_new_float(mp_float_floordiv(a, b));
                    break;
                case MP_BINARY_OP_MODULO:
                    if (b == 0) {
                        goto binary_slow;
                    }
                    r = mp_obj_new_float(mp_float_mod(a, b));
                    break;
                case MP_BINARY_OP_POWER: {
                    // (a positive base and a finite result: what CPython
                    // computes with the same pow(); the rest raises or
                    // goes complex in the slow path)
                    if (!(a > 0)) {
                        goto binary_slow;
                    }
                    double p = pow(a, b);
                    if (!isfinite(p)) {
                        goto binary_slow;
                    }
                    r = mp_obj_new_float(p);
                    break;
                }
                case MP_BINARY_OP_LESS:
                    r = mp_obj_new_bool(a < b);
                    break;
                case MP_BINARY_OP_MORE:
                    r = mp_obj_new_bool(a > b);
                    break;
                case MP_BINARY_OP_EQUAL:
                    r = mp_obj_new_bool(a == b);
                    break;
                case MP_BINARY_OP_LESS_EQUAL:
                    r = mp_obj_new_bool(a <= b);
                    break;
                case MP_BINARY_OP_MORE_EQUAL:
                    r = mp_obj_new_bool(a >= b);
                    break;
                case MP_BINARY_OP_NOT_EQUAL:
                    r = mp_obj_new_bool(a != b);
                    break;
                default:
                    goto binary_slow;
            }
            sp--;
            SET_TOP(r);
            DISPATCH();
        }
        if (op == MP_BINARY_OP_IS) {
            DROP();
            SET_TOP(mp_obj_new_bool(lhs == rhs));
            DISPATCH();
        }
        if (op == MP_BINARY_OP_IS_NOT) {
            DROP();
            SET_TOP(mp_obj_new_bool(lhs != rhs));
            DISPATCH();
        }
        if ((op <= MP_BINARY_OP_NOT_EQUAL || op == MP_BINARY_OP_IN || op == MP_BINARY_OP_NOT_IN)
            && mp_obj_is_native_str(lhs) && mp_obj_is_native_str(rhs)) {
            // (comparisons and `in` of two strs: no user code can run)
            DROP();
            SET_TOP(mp_obj_new_bool(str_compare(op, lhs, rhs)));
            DISPATCH();
        }
        if (op == MP_BINARY_OP_EXCEPTION_MATCH) {
            if (mp_obj_is_obj(lhs) && ((mp_obj_base_t *)MP_OBJ_TO_PTR(lhs))->type == MP_OBJ_TO_PTR(rhs)) {
                // (`except C` with C the exception's own class: lhs is always an
                // exception instance here, so C is a valid exception class)
                DROP();
                SET_TOP(mp_const_true);
                DISPATCH();
            }
            MARK();
            mp_obj_t r = mp_binary_op(MP_BINARY_OP_EXCEPTION_MATCH, lhs, rhs);
            DROP();
            SET_TOP(r);
            DISPATCH();
        }
    binary_slow: {
            if (mp_obj_is_obj(lhs) && (((mp_obj_base_t *)MP_OBJ_TO_PTR(lhs))->type->flags & MP_TYPE_FLAG_USER)) {
                // A special method of a user class: an inline call.
                attr_cache_t *c = attr_cache_find(ip, lhs, mp_binary_op_method_name(op));
                if (c != NULL && c->kind == AC_BINOP && class_entry_ok(c)
                    && !binop_rhs_first(((mp_obj_base_t *)MP_OBJ_TO_PTR(lhs))->type, rhs)) {
                    call_ins = ip - 2;
                    call_sp = sp;
                    MARK();
                    sp--;  // lhs's slot gets the result; rhs stays above for a fall-back
                    call_fun = MP_OBJ_TO_PTR(c->value);
                    call_self = lhs;
                    call_n_args = 1;
                    call_n_kw = 0;
                    call_args = sp + 1;
                    call_ret_action = MP_VM_RET_BINOP;
                    goto push_frame_action;
                }
                MARK();
                mp_obj_t r = mp_binary_op(op, lhs, rhs);
                DROP();
                SET_TOP(r);
                if (c == NULL || c->kind != AC_NEGATIVE) {
                    binop_cache_fill(ip, op, lhs);
                }
                DISPATCH();
            }
            MARK();
            mp_obj_t r = mp_binary_op(op, lhs, rhs);
            DROP();
            SET_TOP(r);
            DISPATCH();
        }
    }

    CASE(JUMP) {
        int off;
        DECODE_JUMP(off);
        ip += off;
        if (off < 0) {
            PENDING_CHECK();
        }
        DISPATCH();
    }

    CASE(POP_JUMP_IF_TRUE) {
        int off;
        DECODE_JUMP(off);
        mp_obj_t v = POP();
        bool t = TRUTH(v);
        if (t) {
            ip += off;
            if (off < 0) {
                PENDING_CHECK();
            }
        }
        DISPATCH();
    }

    CASE(POP_JUMP_IF_FALSE) {
        int off;
        DECODE_JUMP(off);
        mp_obj_t v = POP();
        bool t = TRUTH(v);
        if (!t) {
            ip += off;
            if (off < 0) {
                PENDING_CHECK();
            }
        }
        DISPATCH();
    }

    CASE(JUMP_IF_TRUE_OR_POP) {
        int off;
        DECODE_JUMP(off);
        MARK();
        if (mp_obj_is_true(TOP())) {
            ip += off;
        } else {
            DROP();
        }
        DISPATCH();
    }

    CASE(JUMP_IF_FALSE_OR_POP) {
        int off;
        DECODE_JUMP(off);
        MARK();
        if (!mp_obj_is_true(TOP())) {
            ip += off;
        } else {
            DROP();
        }
        DISPATCH();
    }

    // Run the generator frame gf under this one until it yields, returns or
    // raises; ret_action says where its result goes.
#define ENTER_GEN_FRAME(gf, action) do { \
        frame->ip = ip; \
        frame->sp = sp; \
        (gf)->back = frame; \
        (gf)->chunk = frame->chunk; \
        (gf)->fs_next = frame->fs_next; \
        (gf)->ret_action = (action); \
        frame = (gf); \
        st->frame = (gf); \
        vm_cur_frame = (gf); \
        MP_STATE(dict_globals) = (gf)->globals; \
        LOAD_REGS(); \
        DISPATCH(); \
    } while (0)

    CASE(GET_ITER)
    MARK();
    SET_TOP(mp_getiter(TOP(), NULL));
    DISPATCH();

    CASE(FOR_ITER) {
        {
            mp_obj_t it = TOP();
            const mp_obj_type_t *it_type = mp_obj_is_obj(it) ? ((mp_obj_base_t *)MP_OBJ_TO_PTR(it))->type : NULL;
            if (it_type == &mp_type_range_it || it_type == &mp_type_list_it) {
                // (cannot raise, but a big int item may allocate)
                MARK();
                mp_obj_t next = it_type == &mp_type_range_it ? mp_obj_range_it_next(MP_OBJ_TO_PTR(it)) : mp_obj_list_it_next(MP_OBJ_TO_PTR(it));
                if (MP_LIKELY(next != MP_OBJ_STOP_ITERATION)) {
                    ip += 2;
                    PUSH(next);
                } else {
                    int off;
                    DECODE_JUMP(off);
                    DROP();
                    ip += off;
                }
                DISPATCH();
            }
            if (it_type == &mp_type_generator) {
                // A generator runs inline: its frame goes under this one
                // until it yields (do_yield), returns or raises.
                mp_frame_t *gf = mp_obj_gen_inline_enter(it, mp_const_none);
                if (MP_LIKELY(gf != NULL)) {
                    ip += 2;  // past the jump operand: where the yield resumes us
                    ENTER_GEN_FRAME(gf, MP_VM_RET_GEN);
                }
            }
        }
        // The guard makes a StopIteration raised by the iterator end the
        // loop (the handler finds the jump operand at frame->ip).
        MARK();
        frame->sp = sp;
        st->guard = GUARD_FOR_ITER;
        mp_obj_t next = iternext_fast(TOP());
        st->guard = GUARD_NONE;
        int off;
        DECODE_JUMP(off);
        if (next == MP_OBJ_STOP_ITERATION) {
            DROP();
            ip += off;
        } else {
            PUSH(next);
        }
        DISPATCH();
    }

    CASE(SETUP_EXCEPT)
    CASE(SETUP_FINALLY) {
        unsigned kind = ip[-1] == MP_BC_SETUP_EXCEPT ? MP_VM_BLOCK_EXCEPT : MP_VM_BLOCK_FINALLY;
        int off;
        DECODE_JUMP(off);
        mp_vm_block_t *b = frame->bp++;
        b->handler = (uint32_t)(ip + off - frame->code->bytecode);
        b->depth = (uint16_t)(sp + 1 - mp_frame_stack(frame));
        b->kind = kind;
        b->saved_exc = MP_OBJ_NULL;
        DISPATCH();
    }

    CASE(SETUP_WITH) {
        int off;
        DECODE_JUMP(off);
        MARK();
        mp_obj_t exit, enter_res;
        setup_with(TOP(), &exit, &enter_res, false);
        SET_TOP(exit);
        mp_vm_block_t *b = frame->bp++;
        b->handler = (uint32_t)(ip + off - frame->code->bytecode);
        b->depth = (uint16_t)(sp + 1 - mp_frame_stack(frame));
        b->kind = MP_VM_BLOCK_FINALLY;
        b->saved_exc = MP_OBJ_NULL;
        PUSH(enter_res);
        DISPATCH();
    }

    CASE(WITH_CLEANUP) {
        MARK();
        mp_obj_t x = TOP();
        mp_obj_t r;
        if (x == MP_OBJ_UNWIND_RETURN) {
            // exit retval UNWIND_RETURN -> retval UNWIND_RETURN
            call_exit(sp[-2], mp_const_none, mp_const_none, mp_const_none, &r);
            sp[-2] = sp[-1];
            sp[-1] = x;
            DROP();
        } else if (x == mp_const_none || mp_bc_is_unwind_jump_mark(x)) {
            call_exit(sp[-1], mp_const_none, mp_const_none, mp_const_none, &r);
            sp[-1] = x;
            DROP();
        } else {
            // An exception is propagating (and is the current exception).
            call_exit(sp[-1], MP_OBJ_FROM_PTR(mp_obj_get_type(x)), x, mp_const_none, &r);
            sp[-1] = mp_obj_is_true(r) ? mp_const_none : x;
            DROP();
            // X moved down one slot: so did the record of its handler.
            if (frame->bp > mp_frame_blocks(frame) && frame->bp[-1].kind == MP_VM_BLOCK_FINALLY_ACTIVE
                && mp_frame_stack(frame) + frame->bp[-1].depth == sp + 1) {
                frame->bp[-1].depth--;
            }
        }
        DISPATCH();
    }

    CASE(WITH_CLEANUP_ASYNC_START) {
        // aexit X -> X awaitable
        MARK();
        mp_obj_t x = TOP();
        mp_obj_t r;
        if (x == MP_OBJ_UNWIND_RETURN) {
            call_exit(sp[-2], mp_const_none, mp_const_none, mp_const_none, &r);
            sp[-2] = sp[-1];
            sp[-1] = x;
            sp[0] = r;
        } else if (x == mp_const_none || mp_bc_is_unwind_jump_mark(x)) {
            call_exit(sp[-1], mp_const_none, mp_const_none, mp_const_none, &r);
            sp[-1] = x;
            sp[0] = r;
        } else {
            call_exit(sp[-1], MP_OBJ_FROM_PTR(mp_obj_get_type(x)), x, mp_const_none, &r);
            sp[-1] = x;
            sp[0] = r;
            if (frame->bp > mp_frame_blocks(frame) && frame->bp[-1].kind == MP_VM_BLOCK_FINALLY_ACTIVE
                && mp_frame_stack(frame) + frame->bp[-1].depth == sp) {
                frame->bp[-1].depth--;
            }
        }
        DISPATCH();
    }

    CASE(WITH_CLEANUP_ASYNC_FINISH) {
        // X result -> X'
        MARK();
        mp_obj_t r = POP();
        mp_obj_t x = TOP();
        if (x != mp_const_none && x != MP_OBJ_UNWIND_RETURN && !mp_bc_is_unwind_jump_mark(x) && mp_obj_is_true(r)) {
            SET_TOP(mp_const_none);
        }
        DISPATCH();
    }

    CASE(POP_BLOCK) {
        mp_vm_block_t *b = --frame->bp;
        while (MP_UNLIKELY(b->kind == MP_VM_BLOCK_FINALLY_ACTIVE) && b > mp_frame_blocks(frame)) {
            // (defensive: a stale record is dropped with its exception)
            MP_STATE(cur_exception) = b->saved_exc;
            b = --frame->bp;
        }
        DISPATCH();
    }

    CASE(POP_EXCEPT) {
        mp_vm_block_t *b = --frame->bp;
        while (MP_UNLIKELY(b->kind == MP_VM_BLOCK_FINALLY_ACTIVE) && b > mp_frame_blocks(frame)) {
            MP_STATE(cur_exception) = b->saved_exc;
            b = --frame->bp;
        }
        MP_STATE(cur_exception) = b->saved_exc;
        DISPATCH();
    }

    CASE(END_FINALLY) {
        {
            // Leaving a finally handler that was entered with an exception.
            mp_vm_block_t *b = frame->bp - 1;
            if (b >= mp_frame_blocks(frame) && b->kind == MP_VM_BLOCK_FINALLY_ACTIVE
                && mp_frame_stack(frame) + b->depth == sp) {
                MP_STATE(cur_exception) = b->saved_exc;
                frame->bp = b;
            }
        }
        mp_obj_t x = POP();
        if (x == mp_const_none) {
            DISPATCH();
        }
        if (x == MP_OBJ_UNWIND_RETURN) {
            retval = POP();
            goto do_return;
        }
        if (mp_bc_is_unwind_jump_mark(x)) {
            unwind_mark = x;
            goto do_unwind_jump;
        }
        // re-raise the propagating exception
        MARK();
        st->reraise = true;
        RAISE(x);
    }

    CASE(UNWIND_JUMP) {
        int off;
        DECODE_JUMP(off);
        unsigned n = *ip++;
        uint32_t target = (uint32_t)(ip + off - frame->code->bytecode);
        unwind_mark = mp_bc_unwind_jump_mark(target, n);
        goto do_unwind_jump;
    }

    CASE(RAISE_VARARGS) {
        unsigned n = *ip++;
        MARK();
        if (n == 0) {
            mp_obj_t cur = MP_STATE(cur_exception);
            if (cur == MP_OBJ_NULL) {
                RAISE(mp_obj_new_exception_msg(&mp_type_RuntimeError, "No active exception to reraise"));
            }
            st->reraise = true;
            RAISE(cur);
        }
        mp_obj_t cause = MP_OBJ_NULL;
        if (n == 2) {
            cause = make_cause_obj(POP());
        }
        mp_obj_t e = make_raise_obj(POP());
        if (n == 2) {
            mp_obj_exception_set_cause(e, cause);
        }
        if (MP_STATE(cur_exception) != MP_OBJ_NULL) {
            mp_obj_exception_set_context(e, MP_STATE(cur_exception));
        }
        RAISE(e);
    }

    CASE(RETURN_VALUE) {
        retval = TOP();
        goto do_return;
    }

    CASE(YIELD_VALUE) {
        yield_value = POP();
        frame->ip = ip;
        frame->sp = sp;
        goto do_yield;
    }

    CASE(YIELD_FROM) {
        MARK();
        mp_obj_t v = sp[0];
        mp_obj_t it = sp[-1];
        mp_obj_t r;
        frame->sp = sp;
        if (mp_obj_is_generator(it)) {
            mp_vm_return_kind_t k = mp_obj_gen_resume(it, v, MP_OBJ_NULL, &r);
            if (k == MP_VM_RETURN_NORMAL) {
                DROP();
                SET_TOP(r);
                DISPATCH();
            }
            if (k == MP_VM_RETURN_EXCEPTION) {
                RAISE(r);
            }
        } else {
            st->guard = GUARD_YIELD_FROM;
            if (v == mp_const_none) {
                r = iternext_fast(it);
                if (r == MP_OBJ_STOP_ITERATION) {
                    st->guard = GUARD_NONE;
                    DROP();
                    SET_TOP(mp_const_none);
                    DISPATCH();
                }
            } else {
                mp_obj_t dest[3];
                mp_load_method(it, MP_QSTR_send, dest);
                dest[2] = v;
                r = mp_call_method_n_kw(1, 0, dest);
            }
            st->guard = GUARD_NONE;
        }
        // The sub-iterator yielded r: suspend here; on resume the sent
        // value is pushed and this YIELD_FROM runs again.
        DROP();
        frame->sp = sp;
        frame->ip = ip;
        yield_value = r;
        goto do_yield;
    }

    CASE(GET_AWAITABLE)
    MARK();
    SET_TOP(get_awaitable(TOP()));
    DISPATCH();

    CASE(GET_AITER)
    MARK();
    SET_TOP(get_aiter(TOP()));
    DISPATCH();

    CASE(GET_ANEXT) {
        MARK();
        mp_obj_t aw = get_anext(TOP());
        PUSH(aw);
        DISPATCH();
    }

    CASE(BUILD_TUPLE) {
        size_t n;
        DECODE_UINT(n);
        MARK();
        mp_obj_t t = mp_obj_new_tuple(n, sp + 1 - n);
        DROPN(n);
        PUSH(t);
        DISPATCH();
    }

    CASE(BUILD_LIST) {
        size_t n;
        DECODE_UINT(n);
        MARK();
        mp_obj_t l = mp_obj_new_list(n, sp + 1 - n);
        DROPN(n);
        PUSH(l);
        DISPATCH();
    }

    CASE(BUILD_SET) {
        size_t n;
        DECODE_UINT(n);
        MARK();
        mp_obj_t s = mp_obj_new_set(n, sp + 1 - n);
        DROPN(n);
        PUSH(s);
        DISPATCH();
    }

    CASE(BUILD_MAP) {
        size_t n;
        DECODE_UINT(n);
        MARK();
        mp_obj_t d = mp_obj_new_dict(n);
        mp_obj_t *items = sp - 2 * n + 1;
        for (size_t i = 0; i < n; i++) {
            mp_obj_dict_store(d, items[2 * i], items[2 * i + 1]);
        }
        DROPN(2 * n);
        PUSH(d);
        DISPATCH();
    }

    CASE(BUILD_SLICE) {
        size_t n;
        DECODE_UINT(n);
        MARK();
        mp_obj_t step = mp_const_none;
        if (n == 3) {
            step = POP();
        }
        mp_obj_t stop = POP();
        SET_TOP(mp_obj_new_slice(TOP(), stop, step));
        DISPATCH();
    }

    CASE(BUILD_STRING) {
        size_t n;
        DECODE_UINT(n);
        MARK();
        mp_obj_t s = mp_obj_str_join_n(n, sp + 1 - n);
        DROPN(n);
        PUSH(s);
        DISPATCH();
    }

    CASE(FORMAT_VALUE) {
        unsigned flags = *ip++;
        MARK();
        mp_obj_t spec = MP_OBJ_NULL;
        if (flags & 4) {
            spec = POP();
        }
        SET_TOP(format_value(TOP(), flags, spec));
        DISPATCH();
    }

    CASE(LIST_APPEND) {
        size_t n;
        DECODE_UINT(n);
        MARK();
        mp_obj_t v = POP();
        mp_obj_list_append(sp[1 - (mp_int_t)n], v);
        DISPATCH();
    }

    CASE(SET_ADD) {
        size_t n;
        DECODE_UINT(n);
        MARK();
        mp_obj_t v = POP();
        mp_obj_set_store(sp[1 - (mp_int_t)n], v);
        DISPATCH();
    }

    CASE(MAP_ADD) {
        size_t n;
        DECODE_UINT(n);
        MARK();
        mp_obj_t v = POP();
        mp_obj_t k = POP();
        mp_obj_dict_store(sp[1 - (mp_int_t)n], k, v);
        DISPATCH();
    }

    CASE(LIST_EXTEND) {
        size_t n;
        DECODE_UINT(n);
        MARK();
        mp_obj_t it = POP();
        mp_obj_list_extend(sp[1 - (mp_int_t)n], it);
        DISPATCH();
    }

    CASE(SET_UPDATE) {
        size_t n;
        DECODE_UINT(n);
        MARK();
        mp_obj_t it = POP();
        mp_obj_set_update_op(sp[1 - (mp_int_t)n], MP_BINARY_OP_OR, it);
        DISPATCH();
    }

    CASE(DICT_UPDATE) {
        size_t n;
        DECODE_UINT(n);
        MARK();
        mp_obj_t m = POP();
        mp_obj_dict_update_mapping(sp[1 - (mp_int_t)n], m);
        DISPATCH();
    }

    CASE(DICT_MERGE) {
        size_t n;
        DECODE_UINT(n);
        MARK();
        mp_obj_t m = POP();
        dict_merge(sp[1 - (mp_int_t)n], m);
        DISPATCH();
    }

    CASE(LIST_TO_TUPLE) {
        MARK();
        mp_obj_list_t *l = MP_OBJ_TO_PTR(TOP());
        SET_TOP(mp_obj_new_tuple(l->len, l->items));
        DISPATCH();
    }

    CASE(UNPACK_SEQUENCE) {
        size_t n;
        DECODE_UINT(n);
        mp_obj_t seq = TOP();
        if (mp_obj_is_obj(seq)) {
            const mp_obj_type_t *t = ((mp_obj_base_t *)MP_OBJ_TO_PTR(seq))->type;
            if (t == &mp_type_tuple || t == &mp_type_list) {
                size_t len;
                mp_obj_t *items;
                if (t == &mp_type_tuple) {
                    len = ((mp_obj_tuple_t *)MP_OBJ_TO_PTR(seq))->len;
                    items = ((mp_obj_tuple_t *)MP_OBJ_TO_PTR(seq))->items;
                } else {
                    len = ((mp_obj_list_t *)MP_OBJ_TO_PTR(seq))->len;
                    items = ((mp_obj_list_t *)MP_OBJ_TO_PTR(seq))->items;
                }
                if (len == n) {
                    DROP();
                    for (size_t i = 0; i < n; i++) {
                        sp[n - i] = items[i];
                    }
                    sp += n;
                    DISPATCH();
                }
            }
        }
        MARK();
        DROP();
        mp_unpack_sequence(seq, n, sp + 1);
        sp += n;
        DISPATCH();
    }

    CASE(UNPACK_EX) {
        size_t nl, nr;
        DECODE_UINT(nl);
        DECODE_UINT(nr);
        MARK();
        mp_obj_t seq = POP();
        mp_unpack_ex(seq, nl, nr, sp + 1);
        sp += nl + 1 + nr;
        DISPATCH();
    }

    CASE(MAKE_FUNCTION) {
        size_t u;
        DECODE_UINT(u);
        unsigned flags = *ip++;
        MARK();
        mp_obj_t f = make_function(frame, frame->code->consts[u], flags, sp, 0, NULL);
        DROPN(((flags & 1) ? 1 : 0) + ((flags & 2) ? 1 : 0));
        PUSH(f);
        DISPATCH();
    }

    CASE(MAKE_CLOSURE) {
        size_t u, n;
        DECODE_UINT(u);
        unsigned flags = *ip++;
        DECODE_UINT(n);
        MARK();
        mp_obj_t f = make_function(frame, frame->code->consts[u], flags, sp - n, n, sp + 1 - n);
        DROPN(n + ((flags & 1) ? 1 : 0) + ((flags & 2) ? 1 : 0));
        PUSH(f);
        DISPATCH();
    }

    CASE(CALL_FUNCTION) {
        size_t n_args, n_kw;
        call_ins = ip - 1;
        call_sp = sp;
        DECODE_UINT(n_args);
        DECODE_UINT(n_kw);
        MARK();
        PENDING_CHECK();
        sp -= n_args + 2 * n_kw;
        mp_obj_t fun = sp[0];
        if (mp_obj_is_obj(fun)) {
            const mp_obj_type_t *t = ((mp_obj_base_t *)MP_OBJ_TO_PTR(fun))->type;
            if (t == &mp_type_function) {
                call_fun = MP_OBJ_TO_PTR(fun);
                call_self = MP_OBJ_NULL;
                call_n_args = n_args;
                call_n_kw = n_kw;
                call_args = sp + 1;
                goto push_frame;
            }
            if (t == &mp_type_bound_meth || t == &mp_type_bound_builtin_meth) {
                mp_obj_bound_meth_t *bm = MP_OBJ_TO_PTR(fun);
                if (mp_obj_is_fun_bc(bm->meth)) {
                    call_fun = MP_OBJ_TO_PTR(bm->meth);
                    call_self = bm->self;
                    call_n_args = n_args;
                    call_n_kw = n_kw;
                    call_args = sp + 1;
                    goto push_frame;
                }
                if (n_kw == 0 && mp_obj_is_type(bm->meth, &mp_type_builtin_function)) {
                    // (push = stack.append; push(x)): self goes in the
                    // callee's slot, just before the arguments
                    const mp_obj_fun_builtin_t *f = MP_OBJ_TO_PTR(bm->meth);
                    if (n_args + 1 >= f->n_args_min && n_args + 1 <= f->n_args_max && f->kind != MP_FUN_KIND_KW) {
                        sp[0] = bm->self;
                        mp_obj_t r = call_builtin_direct(f, n_args + 1, sp);
                        SET_TOP(r);
                        CLEAR_ABOVE(call_sp);
                        DISPATCH();
                    }
                }
            }
            if (t == &mp_type_builtin_function && n_kw == 0) {
                mp_obj_t r = call_builtin_direct(MP_OBJ_TO_PTR(fun), n_args, sp + 1);
                if (r != MP_OBJ_NULL) {
                    SET_TOP(r);
                    CLEAR_ABOVE(call_sp);
                    DISPATCH();
                }
            }
            if (t == &mp_type_type) {
                // A class: its __init__ can run as an inline call.
                attr_cache_t *c = attr_cache_find(call_ins, fun, MP_QSTR___init__);
                if (c != NULL && c->kind == AC_CTOR && class_entry_ok(c)) {
                    // (the instance is made once the frame has room, as
                    // the call may have to run again for a new chunk)
                    call_fun = MP_OBJ_TO_PTR(c->value);
                    call_self = MP_OBJ_NULL;
                    call_n_args = n_args;
                    call_n_kw = n_kw;
                    call_args = sp + 1;
                    call_ret_action = MP_VM_RET_INIT;
                    goto push_frame_action;
                }
                mp_obj_t r = t->call(fun, n_args, n_kw, sp + 1);
                SET_TOP(r);
                CLEAR_ABOVE(call_sp);
                if (c == NULL || c->kind != AC_NEGATIVE) {
                    ctor_cache_fill(call_ins, fun);
                }
                DISPATCH();
            }
            if (t->call != NULL) {
                mp_obj_t r = t->call(fun, n_args, n_kw, sp + 1);
                SET_TOP(r);
                CLEAR_ABOVE(call_sp);
                DISPATCH();
            }
        }
        mp_obj_t r = mp_call_function_n_kw(fun, n_args, n_kw, sp + 1);
        SET_TOP(r);
        CLEAR_ABOVE(call_sp);
        DISPATCH();
    }

    CASE(CALL_METHOD) {
        size_t n_args, n_kw;
        call_ins = ip - 1;
        call_sp = sp;
        DECODE_UINT(n_args);
        DECODE_UINT(n_kw);
        MARK();
        PENDING_CHECK();
        sp -= n_args + 2 * n_kw + 1;
        mp_obj_t fun = sp[0];
        mp_obj_t self = sp[1];
        if (mp_obj_is_obj(fun)) {
            const mp_obj_type_t *t = ((mp_obj_base_t *)MP_OBJ_TO_PTR(fun))->type;
            if (t == &mp_type_function) {
                call_fun = MP_OBJ_TO_PTR(fun);
                call_self = self;
                call_n_args = n_args;
                call_n_kw = n_kw;
                call_args = sp + 2;
                goto push_frame;
            }
            if (t == &mp_type_builtin_function && n_kw == 0) {
                mp_obj_t r = self == MP_OBJ_NULL ? call_builtin_direct(MP_OBJ_TO_PTR(fun), n_args, sp + 2)
                    : call_builtin_direct(MP_OBJ_TO_PTR(fun), n_args + 1, sp + 1);
                if (r != MP_OBJ_NULL) {
                    SET_TOP(r);
                    CLEAR_ABOVE(call_sp);
                    DISPATCH();
                }
            }
            if (fun == MP_OBJ_FROM_PTR(&mp_gen_send_obj) && n_args == 1 && n_kw == 0
                && mp_obj_is_obj(self) && ((mp_obj_base_t *)MP_OBJ_TO_PTR(self))->type == &mp_type_generator) {
                // gen.send(v): the generator runs inline.
                mp_frame_t *gf = mp_obj_gen_inline_enter(self, sp[2]);
                if (gf != NULL) {
                    // (the generator stays in its slot while it runs)
                    sp[2] = MP_OBJ_NULL;
                    ENTER_GEN_FRAME(gf, MP_VM_RET_GEN_SEND);
                }
            }
            if (t->call != NULL) {
                mp_obj_t r;
                if (self == MP_OBJ_NULL) {
                    r = t->call(fun, n_args, n_kw, sp + 2);
                } else {
                    r = t->call(fun, n_args + 1, n_kw, sp + 1);
                }
                SET_TOP(r);
                CLEAR_ABOVE(call_sp);
                DISPATCH();
            }
        }
        mp_obj_t r;
        if (self == MP_OBJ_NULL) {
            r = mp_call_function_n_kw(fun, n_args, n_kw, sp + 2);
        } else {
            r = mp_call_function_n_kw(fun, n_args + 1, n_kw, sp + 1);
        }
        SET_TOP(r);
        CLEAR_ABOVE(call_sp);
        DISPATCH();
    }

    // ---- a call of a Python function: push its frame and continue there
push_frame:
    call_ret_action = MP_VM_RET_VALUE;
push_frame_action:
    call_expand_words = 0;
push_frame_expand: {
        const mp_code_t *code = call_fun->code;
        if (MP_UNLIKELY(is_generator_code(code))) {
            if (call_ret_action == MP_VM_RET_INIT) {
                call_self = new_plain_instance(MP_OBJ_TO_PTR(TOP()));
                SET_TOP(call_self);
            }
            mp_obj_t g = mp_obj_new_generator(call_fun, call_self, call_n_args, call_n_kw, call_args);
            if (call_ret_action != MP_VM_RET_VALUE) {
                // (a method whose code became a generator's)
                retval = g;
                ret_action = call_ret_action;
                goto ret_hook;
            }
            SET_TOP(g);
            CLEAR_ABOVE(call_sp);
            DISPATCH();
        }
        size_t fsz = mp_frame_size(code);
        size_t sz = fsz + call_expand_words * sizeof(mp_obj_t);
        mp_vm_chunk_t *ch = frame->chunk;
        char *p = frame->fs_next;
        if (ch == NULL) {
            // the run's first frame: its callees start the base chunk
            ch = st->base_chunk;
            p = ch != NULL ? (char *)ch->data : NULL;
        }
        if (MP_UNLIKELY(ch == NULL || p + sz > ch->end)) {
            mp_vm_chunk_t *t = st->top_chunk;
            if (t != NULL && t != ch && (char *)t->data + sz <= t->end) {
                // a newer chunk than ours is necessarily empty: the one
                // just added for this call
                ch = t;
                p = (char *)t->data;
            } else {
                // A chunk is added, then this call runs again.
                frame->ip = call_ins;
                frame->sp = call_sp;
                st->chunk_request = sz;
                return VM_RET_CHUNK;
            }
        }
        if (call_ret_action == MP_VM_RET_INIT) {
            // The class in the callee's slot becomes the new instance.
            call_self = new_plain_instance(MP_OBJ_TO_PTR(TOP()));
            SET_TOP(call_self);
        }
        mp_frame_t *nf = (mp_frame_t *)p;
        if (call_expand_words) {
            // Spread the arguments into the space after the frame.
            mp_obj_t *a = (mp_obj_t *)(p + fsz);
            const mp_obj_t *src = call_args;
            mp_obj_t *d = a;
            for (size_t i = 0; i < call_expand_n_args; i++) {
                *d++ = src[i];
            }
            for (size_t i = 0; i < call_expand_n_star; i++) {
                *d++ = call_expand_star[i];
            }
            for (size_t i = 0; i < 2 * (call_n_kw - (call_expand_map ? call_expand_map->filled : 0)); i++) {
                *d++ = src[call_expand_n_args + i];
            }
            if (call_expand_map != NULL) {
                size_t cur = 0;
                mp_map_elem_t *el;
                while ((el = mp_map_next(call_expand_map, &cur)) != NULL) {
                    *d++ = el->key;
                    *d++ = el->value;
                }
            }
            call_args = a;
        }
        frame->sp = sp;
        frame->ip = ip;
        if (!mp_fun_bc_bind_simple(call_fun, nf->locals, call_self, call_n_args, call_n_kw, call_args)) {
            mp_fun_bc_bind_args(call_fun, nf->locals, call_self, call_n_args, call_n_kw, call_args);
        }
        if (MP_LIKELY(call_ret_action != MP_VM_RET_BINOP)) {
            CLEAR_ABOVE(call_sp);  // the arguments are in the new frame now
        }
        if (call_expand_words) {
            memset(p + fsz, 0, call_expand_words * sizeof(mp_obj_t));
        }
        {
            // (mp_frame_init, for a frame linked under this one)
            mp_obj_t *L = nf->locals;
            nf->code = code;
            nf->ip = code->bytecode;
            nf->sp = L + code->n_locals - 1;
            nf->bp = (mp_vm_block_t *)(L + code->n_locals + code->n_stack);
            nf->fun = call_fun;
            nf->globals = call_fun->globals;
            nf->locals_dict = NULL;
            nf->back = frame;
            nf->chunk = ch;
            nf->fs_next = p + fsz;
            nf->ret_action = call_ret_action;
        }
        frame = nf;
        st->frame = nf;
        vm_cur_frame = nf;
        MP_STATE(dict_globals) = nf->globals;
        LOAD_REGS();
        DISPATCH();
    }

    CASE(CALL_FUNCTION_EX)
    CASE(CALL_METHOD_EX) {
        bool is_method = ip[-1] == MP_BC_CALL_METHOD_EX;
        size_t n_args, n_kw;
        call_ins = ip - 1;
        call_sp = sp;
        DECODE_UINT(n_args);
        DECODE_UINT(n_kw);
        unsigned flags = *ip++;
        MARK();
        PENDING_CHECK();
        size_t n_extra = ((flags & 1) ? 1 : 0) + ((flags & 2) ? 1 : 0);
        sp -= n_args + 2 * n_kw + n_extra + (is_method ? 1 : 0);
        mp_obj_t fun = sp[0];
        mp_obj_t self = is_method ? sp[1] : MP_OBJ_NULL;
        const mp_obj_t *args = sp + (is_method ? 2 : 1);
        mp_obj_t star = (flags & 1) ? args[n_args + 2 * n_kw] : MP_OBJ_NULL;
        mp_obj_t kwmap = (flags & 2) ? args[n_args + 2 * n_kw + n_extra - 1] : MP_OBJ_NULL;
        if (mp_obj_is_obj(fun) && self == MP_OBJ_NULL && mp_obj_is_type(fun, &mp_type_bound_meth)
            && mp_obj_is_fun_bc(((mp_obj_bound_meth_t *)MP_OBJ_TO_PTR(fun))->meth)) {
            self = ((mp_obj_bound_meth_t *)MP_OBJ_TO_PTR(fun))->self;
            fun = ((mp_obj_bound_meth_t *)MP_OBJ_TO_PTR(fun))->meth;
        }
        // A Python function called with a tuple/list and a dict (the
        // decorator wrapper pattern): expand here and call inline.
        if (mp_obj_is_fun_bc(fun) && !is_generator_code(((mp_obj_fun_bc_t *)MP_OBJ_TO_PTR(fun))->code)
            && (star == MP_OBJ_NULL || mp_obj_is_type(star, &mp_type_tuple) || mp_obj_is_type(star, &mp_type_list))
            && (kwmap == MP_OBJ_NULL || (mp_obj_is_type(kwmap, &mp_type_dict) && n_kw == 0))) {
            size_t n_star = 0;
            mp_obj_t *star_items = NULL;
            if (star != MP_OBJ_NULL) {
                mp_obj_get_array(star, &n_star, &star_items);
            }
            mp_map_t *km = kwmap != MP_OBJ_NULL ? mp_obj_dict_get_map(kwmap) : NULL;
            size_t n_dict = km ? km->filled : 0;
            size_t words = n_args + n_star + 2 * (n_kw + n_dict);
            if (words <= 1024) {
                call_fun = MP_OBJ_TO_PTR(fun);
                call_self = self;
                call_n_args = n_args + n_star;
                call_n_kw = n_kw + n_dict;
                call_args = args;
                call_expand_star = star_items;
                call_expand_n_star = n_star;
                call_expand_map = km;
                call_expand_n_args = n_args;
                call_expand_words = words;
                goto push_frame_expand;
            }
        }
        mp_obj_t r = call_ex(sp[0], is_method ? sp[1] : MP_OBJ_NULL, n_args, n_kw, args, flags);
        SET_TOP(r);
        CLEAR_ABOVE(call_sp);
        DISPATCH();
    }

    CASE(IMPORT_NAME) {
        size_t q;
        DECODE_UINT(q);
        MARK();
        mp_obj_t fromlist = POP();
        SET_TOP(mp_import_name(q, fromlist, TOP()));
        DISPATCH();
    }

    CASE(IMPORT_FROM) {
        size_t q;
        DECODE_UINT(q);
        MARK();
        mp_obj_t v = mp_import_from(TOP(), q);
        PUSH(v);
        DISPATCH();
    }

    CASE(IMPORT_STAR) {
        MARK();
        mp_obj_dict_t *old = MP_STATE(dict_locals);
        if (frame->locals_dict != NULL) {
            MP_STATE(dict_locals) = frame->locals_dict;
        }
        mp_import_all(POP());
        MP_STATE(dict_locals) = old;
        DISPATCH();
    }

    CASE(PRINT_EXPR) {
        MARK();
        print_expr(TOP());
        DROP();
        DISPATCH();
    }

#if VM_COMPUTED_GOTO
L_bad_opcode:
#else
    default:
#endif
    MARK();
    RAISE(mp_obj_new_exception_msg_varg(&mp_type_SystemError, "bad opcode %d", (int)ip[-1]));

#if !VM_COMPUTED_GOTO
    }
#endif

    // ---- return: run the finally handlers of the frame, then leave it
    {
    do_return:
        while (frame->bp > mp_frame_blocks(frame)) {
            mp_vm_block_t *b = --frame->bp;
            if (b->kind == MP_VM_BLOCK_EXCEPT_HANDLER || b->kind == MP_VM_BLOCK_FINALLY_ACTIVE) {
                MP_STATE(cur_exception) = b->saved_exc;
            } else if (b->kind == MP_VM_BLOCK_FINALLY) {
                mp_obj_t *top = sp;
                sp = mp_frame_stack(frame) + b->depth - 1;
                CLEAR_ABOVE(top);
                PUSH(retval);
                PUSH(MP_OBJ_UNWIND_RETURN);
                ip = frame->code->bytecode + b->handler;
                DISPATCH();
            }
        }
        if (frame == base) {
            st->value = retval;
            frame->ip = ip;
            return VM_RET_RETURN;
        }
        if (MP_UNLIKELY(frame->ret_action >= MP_VM_RET_GEN)) {
            // A generator running inline is exhausted: the FOR_ITER that
            // resumed it ends the loop; send() raises StopIteration.
            mp_frame_t *gf = frame;
            frame = gf->back;
            bool for_iter = gf->ret_action == MP_VM_RET_GEN;
            mp_obj_gen_inline_finish(gf, MP_OBJ_NULL);
            st->frame = frame;
            vm_cur_frame = frame;
            MP_STATE(dict_globals) = frame->globals;
            LOAD_REGS();
            if (!for_iter) {
                MARK();
                mp_raise_StopIteration(retval);
            }
            int off = (int16_t)(ip[-2] | (ip[-1] << 8));
            DROP();
            ip += off;
            DISPATCH();
        }
        {
            mp_frame_t *callee = frame;
            bool pop = st->top_chunk != NULL && (char *)callee == (char *)st->top_chunk->data;
            ret_action = callee->ret_action;
            frame = callee->back;
            frame_release(callee, sp);
            st->frame = frame;
            vm_cur_frame = frame;
            MP_STATE(dict_globals) = frame->globals;
            LOAD_REGS();
            if (MP_UNLIKELY(pop)) {
                // the chunk is empty now: its level returns (and the outer
                // level's loop finishes the instruction)
                if (ret_action == MP_VM_RET_VALUE) {
                    SET_TOP(retval);
                } else {
                    st->pending_action = ret_action;
                    st->pending_value = retval;
                }
                frame->sp = sp;
                return VM_RET_CHUNK_POP;
            }
            if (MP_LIKELY(ret_action == MP_VM_RET_VALUE)) {
                SET_TOP(retval);
                DISPATCH();
            }
            goto ret_hook;
        }
    }

    // ---- a yield (frame->ip/sp saved): to the C caller of the run, or,
    // for a generator running inline, to the FOR_ITER that resumed it
    {
    do_yield:
        if (frame == base) {
            st->value = yield_value;
            return VM_RET_YIELD;
        }
        mp_frame_t *gf = frame;
        frame = gf->back;
        bool for_iter = gf->ret_action == MP_VM_RET_GEN;
        mp_obj_gen_inline_yield(gf);
        st->frame = frame;
        vm_cur_frame = frame;
        MP_STATE(dict_globals) = frame->globals;
        LOAD_REGS();
        if (for_iter) {
            PUSH(yield_value);
        } else {
            SET_TOP(yield_value);  // the result of send()
            sp[1] = MP_OBJ_NULL;   // (the generator)
        }
        DISPATCH();
    }

    // ---- the end of an instruction that made an inline call
    // (MP_VM_RET_*): the caller's regs are loaded, retval is the result.
    {
    ret_hook:
        if (ret_action == MP_VM_RET_INIT) {
            // TOP is the new instance
            if (MP_UNLIKELY(retval != mp_const_none)) {
                MARK();
                RAISE(mp_obj_new_exception_msg_varg(&mp_type_TypeError, "__init__() should return None, not '%s'", mp_obj_get_type_str(retval)));
            }
            DISPATCH();
        }
        // MP_VM_RET_BINOP: lhs rhs, with sp at lhs
        if (MP_UNLIKELY(retval == mp_const_notimplemented)) {
            MARK();
            frame->sp = sp + 1;
            retval = binop_declined((mp_binary_op_t)ip[-1], sp[0], sp[1]);
        }
        sp[1] = MP_OBJ_NULL;
        SET_TOP(retval);
        DISPATCH();
    }

    // ---- break/continue through blocks (UNWIND_JUMP, END_FINALLY)
    {
    do_unwind_jump:;
        uint32_t target = (uint32_t)(unwind_mark & 0xFFFFFFFFu);
        unsigned n = (unsigned)((unwind_mark >> 32) & 0xFFFF);
        while (n > 0) {
            mp_vm_block_t *b = --frame->bp;
            mp_obj_t *top = sp;
            sp = mp_frame_stack(frame) + b->depth - 1;
            CLEAR_ABOVE(top);
            if (b->kind == MP_VM_BLOCK_FINALLY_ACTIVE) {
                // not counted by the compiler: the slot of a popped block
                MP_STATE(cur_exception) = b->saved_exc;
                continue;
            }
            n--;
            if (b->kind == MP_VM_BLOCK_EXCEPT_HANDLER) {
                MP_STATE(cur_exception) = b->saved_exc;
            } else if (b->kind == MP_VM_BLOCK_FINALLY) {
                PUSH(mp_bc_unwind_jump_mark(target, n));
                ip = frame->code->bytecode + b->handler;
                DISPATCH();
            }
        }
        const byte *dest = frame->code->bytecode + target;
        bool backward = dest <= ip;
        ip = dest;
        if (backward) {
            PENDING_CHECK();
        }
        DISPATCH();
    }

}

#define UNWIND_HANDLED (0)      // st->frame is ready to resume at a handler
#define UNWIND_ESCAPED (1)      // not handled by the run: st->value
#define UNWIND_LEAVE_CHUNK (2)  // the frames of st->top_chunk are gone; go on in the outer level with st->value

// Dispatch an exception to the innermost frame of a run: add the traceback
// entry, set __context__, unwind blocks to a handler, or discard the frame
// and go on with its caller.
static int vm_unwind(vm_state_t *st, mp_obj_t exc) {
    mp_frame_t *frame = st->frame;
    if (st->guard != GUARD_NONE) {
        int g = st->guard;
        st->guard = GUARD_NONE;
        if (mp_obj_is_instance_of(exc, &mp_type_StopIteration)) {
            if (g == GUARD_FOR_ITER) {
                // frame->ip is just past FOR_ITER: its jump operand follows.
                const byte *ip = frame->ip;
                int off = (int16_t)(ip[0] | (ip[1] << 8));
                frame->ip = ip + 2 + off;
                frame->sp--;
                return UNWIND_HANDLED;
            }
            // GUARD_YIELD_FROM: the sub-iterator returned.
            frame->sp--;
            *frame->sp = mp_obj_exception_get_value(exc);
            return UNWIND_HANDLED;
        }
    }
    mp_obj_exception_t *native = mp_obj_exception_get_native(exc);
    if (native == NULL) {
        // Something that is not an exception was raised via nlr.
        exc = mp_obj_new_exception_msg(&mp_type_SystemError, "non-exception raised");
        native = mp_obj_exception_get_native(exc);
    }
    bool first = true;
    for (;;) {
        if (!st->reraise || !first) {
            add_traceback(exc, frame);
        }
        st->reraise = false;
        first = false;
        mp_obj_t cur = MP_STATE(cur_exception);
        if (cur != MP_OBJ_NULL && cur != exc && native != NULL && native->context == MP_OBJ_NULL
            && exc != MP_STATE(memory_error)) {
            mp_obj_exception_set_context(exc, cur);
        }
        mp_vm_block_t *blocks = mp_frame_blocks(frame);
        while (frame->bp > blocks) {
            mp_vm_block_t *b = --frame->bp;
            if (b->kind == MP_VM_BLOCK_EXCEPT_HANDLER || b->kind == MP_VM_BLOCK_FINALLY_ACTIVE) {
                MP_STATE(cur_exception) = b->saved_exc;
                continue;
            }
            mp_obj_t *s = mp_frame_stack(frame) + b->depth - 1;
            mp_obj_t *stack_end = mp_frame_stack(frame) + frame->code->n_stack;
            for (mp_obj_t *p = s + 1; p < stack_end; p++) {
                *p = MP_OBJ_NULL;
            }
            // The handler runs with exc as the current exception.
            b->kind = b->kind == MP_VM_BLOCK_EXCEPT ? MP_VM_BLOCK_EXCEPT_HANDLER : MP_VM_BLOCK_FINALLY_ACTIVE;
            b->saved_exc = MP_STATE(cur_exception);
            frame->bp++;
            MP_STATE(cur_exception) = exc;
            *++s = exc;
            frame->sp = s;
            frame->ip = frame->code->bytecode + b->handler;
            st->frame = frame;
            return UNWIND_HANDLED;
        }
        // Not handled in this frame.
        if (frame == st->base) {
            st->value = exc;
            return UNWIND_ESCAPED;
        }
        mp_frame_t *callee = frame;
        if (callee->ret_action >= MP_VM_RET_GEN) {
            // A generator running inline: it is finished; the exception
            // (PEP 479 applied) goes on in the frame that resumed it.
            frame = callee->back;
            exc = mp_obj_gen_inline_finish(callee, exc);
            native = mp_obj_exception_get_native(exc);
            st->frame = frame;
            vm_cur_frame = frame;
            MP_STATE(dict_globals) = frame->globals;
            continue;
        }
        bool leave = st->top_chunk != NULL && (char *)callee == (char *)st->top_chunk->data;
        frame = callee->back;
        memset(callee, 0, mp_frame_size(callee->code));
        st->frame = frame;
        vm_cur_frame = frame;
        MP_STATE(dict_globals) = frame->globals;
        if (leave) {
            st->value = exc;
            return UNWIND_LEAVE_CHUNK;
        }
    }
}

// The recursion error if `bytes` more of C stack are not available.
static mp_obj_t check_room(size_t bytes) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_stack_check_extra(bytes);
        nlr_pop();
        return MP_OBJ_NULL;
    }
    return MP_OBJ_FROM_PTR(nlr.ret_val);
}

// Results of one C level of a run.
#define LEVEL_RETURN (0)    // the base frame returned: st->value
#define LEVEL_YIELD (1)     // the base frame yielded: st->value
#define LEVEL_ESCAPED (2)   // an exception left the base frame: st->value
#define LEVEL_POP (3)       // the level's chunk is empty: go on in the outer level
#define LEVEL_POP_EXC (4)   // same, with the exception st->value still unwinding
#define LEVEL_RAISE (5)     // raise st->value at the current instruction (no chunk)

static int vm_level(vm_state_t *st, mp_obj_t exc_in);

// A nested level owning a new chunk of `bytes`.
MP_NOINLINE static int vm_chunk_level(vm_state_t *st, size_t bytes) {
    mp_obj_t e = check_room(bytes + sizeof(mp_vm_chunk_t) + 4096);
    if (e != MP_OBJ_NULL) {
        st->value = e;
        return LEVEL_RAISE;
    }
    mp_vm_chunk_t *c = alloca(sizeof(mp_vm_chunk_t) + bytes);
    c->end = (char *)c->data + bytes;
    mp_vm_chunk_t *saved = st->top_chunk;
    st->top_chunk = c;
    int r = vm_level(st, MP_OBJ_NULL);
    st->top_chunk = saved;
    return r;
}

// (Locals written after the setjmp are volatile or live in `st`, whose
// address is passed on; the warnings about the others are spurious.)
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wclobbered"
#endif
// One C level of a run: the nlr handler, the dispatch loop and exception
// unwinding for the frames of one chunk (the first level: the base frame
// and the base chunk, which it allocates).
MP_NOINLINE static int vm_level(vm_state_t *st, mp_obj_t exc_in) {
    mp_obj_t volatile exc = exc_in;
    nlr_buf_t nlr;
    for (;;) {
        if (exc == MP_OBJ_NULL) {
            if (nlr_push(&nlr) == 0) {
                int r = vm_loop(st);
                nlr_pop();
                switch (r) {
                    case VM_RET_RETURN:
                        return LEVEL_RETURN;
                    case VM_RET_YIELD:
                        return LEVEL_YIELD;
                    case VM_RET_CHUNK_POP:
                        return LEVEL_POP;
                    case VM_RET_CHUNK: {
                        size_t want = st->chunk_request;
                        if (st->base_chunk == NULL) {
                            // (only the first level gets here) Allocated in
                            // this C frame; the loop sets the nlr handler
                            // again, so that a longjmp (which restores the
                            // stack pointer saved by setjmp) keeps it.
                            size_t n = want > BASE_CHUNK_BYTES ? want : BASE_CHUNK_BYTES;
                            exc = check_room(n + sizeof(mp_vm_chunk_t) + 4096);
                            if (exc != MP_OBJ_NULL) {
                                st->frame->ip++;  // raised by the call instruction
                            } else {
                                mp_vm_chunk_t *c = alloca(sizeof(mp_vm_chunk_t) + n);
                                c->end = (char *)c->data + n;
                                st->base_chunk = c;
                            }
                            continue;
                        }
                        int r2 = vm_chunk_level(st, want > CHUNK_BYTES ? want : CHUNK_BYTES);
                        if (r2 == LEVEL_POP) {
                            continue;
                        }
                        if (r2 == LEVEL_RAISE) {
                            st->frame->ip++;  // raised by the call instruction
                        }
                        if (r2 == LEVEL_POP_EXC || r2 == LEVEL_RAISE) {
                            exc = st->value;
                            continue;
                        }
                        return r2;
                    }
                    default:  // VM_RET_EXCEPTION
                        exc = st->value;
                        break;
                }
            } else {
                exc = MP_OBJ_FROM_PTR(nlr.ret_val);
            }
        }
        int u = vm_unwind(st, exc);
        exc = MP_OBJ_NULL;
        if (u == UNWIND_ESCAPED) {
            return LEVEL_ESCAPED;
        }
        if (u == UNWIND_LEAVE_CHUNK) {
            return LEVEL_POP_EXC;
        }
    }
}
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

mp_vm_return_kind_t mp_vm_run(mp_frame_t *base, mp_obj_t throw_value, mp_obj_t *ret_out) {
    vm_state_t st;
    st.base = base;
    st.frame = base;
    st.base_chunk = NULL;
    st.top_chunk = NULL;
    st.chunk_request = 0;
    st.value = MP_OBJ_NULL;
    st.guard = GUARD_NONE;
    st.reraise = false;
    st.pending_action = MP_VM_RET_VALUE;
    st.pending_value = MP_OBJ_NULL;
    mp_obj_dict_t *const saved_globals = MP_STATE(dict_globals);
    mp_frame_t *const saved_cur = vm_cur_frame;
    base->back = NULL;
    base->chunk = NULL;
    base->fs_next = NULL;
    MP_STATE(dict_globals) = base->globals;
    vm_cur_frame = base;

    int r = vm_level(&st, throw_value);
    mp_vm_return_kind_t kind = r == LEVEL_RETURN ? MP_VM_RETURN_NORMAL : r == LEVEL_YIELD ? MP_VM_RETURN_YIELD : MP_VM_RETURN_EXCEPTION;
    *ret_out = st.value;
    MP_STATE(dict_globals) = saved_globals;
    vm_cur_frame = saved_cur;
    return kind;
}

#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif
