// objset.c: set and frozenset. A dedicated open-addressing hash table whose
// probing (linear runs of 9 slots, then perturbed jumps), growth and
// deletion policies follow CPython's documented set behaviour, so that a
// set of ints (or tuples of ints) iterates and prints in the same order as
// in CPython. Each slot stores the full 64-bit hash of its key.
#include "runtime.h"
#include "objtype.h"
#include "objset.h"
#include "objtuple.h"
#include "objlist.h"

#define LINEAR_PROBES (9)
#define PERTURB_SHIFT (5)
#define DUMMY MP_OBJ_SENTINEL

// ---------------------------------------------------------------------------
// Hashing. Sets use CPython's hash values where they are deterministic
// (ints, tuples, frozensets) so the table layout matches; other keys use
// mp_obj_hash. Equal keys always get equal hashes. Never -1 (the
// deleted-slot marker).

static mp_int_t set_hash(mp_obj_t o);

mp_int_t mp_obj_tuple_items_hash(size_t len, const mp_obj_t *items) {
    mp_stack_check();
    const uint64_t p1 = 11400714785074694791ULL;
    const uint64_t p2 = 14029467366897019727ULL;
    const uint64_t p5 = 2870177450012600261ULL;
    uint64_t acc = p5;
    for (size_t i = 0; i < len; i++) {
        uint64_t lane = (uint64_t)set_hash(items[i]);
        acc += lane * p2;
        acc = (acc << 31) | (acc >> 33);
        acc *= p1;
    }
    acc += len ^ (p5 ^ 3527539ULL);
    if (acc == (uint64_t)-1) {
        return 1546275796;
    }
    return (mp_int_t)acc;
}

static mp_int_t tuple_full_hash(mp_obj_t o) {
    size_t len;
    mp_obj_t *items;
    mp_obj_tuple_get(o, &len, &items);
    return mp_obj_tuple_items_hash(len, items);
}

static inline uint64_t shuffle_bits(uint64_t h) {
    return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL;
}

static mp_int_t frozenset_full_hash(mp_obj_set_t *so) {
    if (so->hash != -1) {
        return so->hash;
    }
    uint64_t h = 0;
    for (size_t i = 0; i <= so->mask; i++) {
        mp_set_entry_t *e = &so->table[i];
        if (e->key != MP_OBJ_NULL && e->key != DUMMY) {
            h ^= shuffle_bits((uint64_t)e->hash);
        }
    }
    h ^= ((uint64_t)so->used + 1) * 1927868237ULL;
    h ^= (h >> 11) ^ (h >> 25);
    h = h * 69069U + 907133923ULL;
    if (h == (uint64_t)-1) {
        h = 590923713ULL;
    }
    so->hash = (mp_int_t)h;
    return so->hash;
}

mp_int_t mp_obj_set_key_hash(mp_obj_t o) {
    return set_hash(o);
}

static mp_int_t set_hash(mp_obj_t o) {
    mp_int_t h;
    if (mp_obj_is_small_int(o)) {
        h = mp_small_int_value(o);
    } else if (mp_obj_is_qstr(o)) {
        h = mp_obj_hash(o);
    } else if (mp_obj_is_float(o)) {
        double d = mp_obj_float_value(o);
        if (d > -1e15 && d < 1e15 && d == (double)(mp_int_t)d) {
            h = (mp_int_t)d;  // same as the equal int
        } else {
            h = mp_obj_hash(o);
        }
    } else if (o == mp_const_false) {
        h = 0;
    } else if (o == mp_const_true) {
        h = 1;
    } else if (mp_obj_is_type(o, &mp_type_tuple)) {
        h = tuple_full_hash(o);
    } else if (mp_obj_is_type(o, &mp_type_frozenset)) {
        h = frozenset_full_hash(MP_OBJ_TO_PTR(o));
    } else {
        h = mp_obj_hash(o);
        if (mp_obj_is_obj(o) && mp_type_is_user(mp_obj_get_type(o))) {
            // An instance of a tuple/frozenset subclass that keeps the
            // inherited __hash__ must hash like the equal plain value,
            // which uses the full-width hash above.
            mp_obj_t nat = mp_obj_get_native(o, &mp_type_tuple);
            if (mp_obj_is_type(nat, &mp_type_tuple)) {
                if (mp_obj_hash(nat) == h) {
                    h = tuple_full_hash(nat);
                }
            } else {
                nat = mp_obj_get_native(o, &mp_type_frozenset);
                if (mp_obj_is_type(nat, &mp_type_frozenset) && mp_obj_hash(nat) == h) {
                    h = frozenset_full_hash(MP_OBJ_TO_PTR(nat));
                }
            }
        }
    }
    return h == -1 ? -2 : h;
}

// Equality of two keys with equal hashes that are not identical.
static inline bool keys_equal(mp_obj_t a, mp_obj_t b, bool *called_out) {
    if (mp_obj_is_small_int(a) && mp_obj_is_small_int(b)) {
        return false;
    }
    if (mp_obj_is_qstr(a) && mp_obj_is_qstr(b)) {
        return false;
    }
    if (mp_obj_is_str(a) && mp_obj_is_str(b)) {
        return mp_obj_str_equal(a, b);
    }
    *called_out = true;
    return mp_obj_equal(a, b);
}

// ---------------------------------------------------------------------------
// The table

static void set_init(mp_obj_set_t *so, const mp_obj_type_t *type) {
    so->base.type = type;
    so->fill = 0;
    so->used = 0;
    so->mask = MP_SET_MINSIZE - 1;
    so->finger = 0;
    so->hash = -1;
    so->table = so->smalltable;
    memset(so->smalltable, 0, sizeof(so->smalltable));
}

static mp_obj_set_t *set_alloc(const mp_obj_type_t *type) {
    mp_obj_set_t *so = m_new_obj(mp_obj_set_t);
    set_init(so, type);
    return so;
}

static void insert_clean(mp_set_entry_t *table, size_t mask, mp_obj_t key, mp_int_t hash) {
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    mp_set_entry_t *e;
    for (;;) {
        e = &table[i];
        if (e->key == MP_OBJ_NULL) {
            goto found;
        }
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                e++;
                if (e->key == MP_OBJ_NULL) {
                    goto found;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found:
    e->key = key;
    e->hash = hash;
}

static void set_table_resize(mp_obj_set_t *so, size_t minused) {
    size_t newsize = MP_SET_MINSIZE;
    while (newsize <= minused) {
        newsize <<= 1;
        if (newsize > ((size_t)1 << 56)) {
            m_malloc_fail((size_t)-1);
        }
    }
    mp_set_entry_t *oldtable = so->table;
    size_t oldmask = so->mask;
    bool old_is_small = oldtable == so->smalltable;
    mp_set_entry_t small_copy[MP_SET_MINSIZE];
    mp_set_entry_t *newtable;
    if (newsize == MP_SET_MINSIZE) {
        newtable = so->smalltable;
        if (old_is_small) {
            memcpy(small_copy, oldtable, sizeof(small_copy));
            oldtable = small_copy;
        }
        memset(newtable, 0, sizeof(so->smalltable));
    } else {
        newtable = m_new(mp_set_entry_t, newsize);
    }
    bool had_dummies = so->fill != so->used;
    so->mask = newsize - 1;
    so->table = newtable;
    so->fill = so->used;
    for (size_t i = 0; i <= oldmask; i++) {
        mp_obj_t k = oldtable[i].key;
        if (k != MP_OBJ_NULL && (!had_dummies || k != DUMMY)) {
            insert_clean(newtable, newsize - 1, k, oldtable[i].hash);
        }
    }
    if (!old_is_small) {
        m_free(oldtable);
    }
}

// The one probe loop of the table. Returns the active entry holding key
// if there is one; otherwise where key would go: the first deleted slot
// met on the way, else the unused slot that ended the search. A key
// comparison that runs user code may change the table: the search then
// restarts.
static mp_set_entry_t *set_probe(mp_obj_set_t *so, mp_obj_t key, mp_int_t hash) {
restart:;
    size_t mask = so->mask;
    size_t i = (size_t)hash & mask;
    size_t perturb = (size_t)hash;
    mp_set_entry_t *freeslot = NULL;
    for (;;) {
        mp_set_entry_t *entry = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == MP_OBJ_NULL) {
                return freeslot != NULL ? freeslot : entry;
            }
            if (entry->hash == hash) {
                mp_obj_t startkey = entry->key;
                if (startkey == key) {
                    return entry;
                }
                mp_set_entry_t *table = so->table;
                bool called_out = false;
                bool eq = keys_equal(startkey, key, &called_out);
                if (called_out && (table != so->table || entry->key != startkey)) {
                    goto restart;
                }
                if (eq) {
                    return entry;
                }
            } else if (entry->hash == -1 && entry->key == DUMMY && freeslot == NULL) {
                freeslot = entry;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

static void set_add_entry(mp_obj_set_t *so, mp_obj_t key, mp_int_t hash) {
    mp_set_entry_t *entry = set_probe(so, key, hash);
    if (entry->key != MP_OBJ_NULL && entry->key != DUMMY) {
        return;  // already present
    }
    so->hash = -1;
    so->used++;
    bool reused = entry->key == DUMMY;
    entry->key = key;
    entry->hash = hash;
    if (reused) {
        return;
    }
    so->fill++;
    if (so->fill * 5 < so->mask * 3) {
        return;
    }
    set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

// The active entry holding key, or NULL.
static mp_set_entry_t *set_lookkey(mp_obj_set_t *so, mp_obj_t key, mp_int_t hash) {
    mp_set_entry_t *entry = set_probe(so, key, hash);
    return entry->key == MP_OBJ_NULL || entry->key == DUMMY ? NULL : entry;
}

static bool set_discard_entry(mp_obj_set_t *so, mp_obj_t key, mp_int_t hash) {
    mp_set_entry_t *e = set_lookkey(so, key, hash);
    if (e == NULL) {
        return false;
    }
    e->key = DUMMY;
    e->hash = -1;
    so->used--;
    so->hash = -1;
    return true;
}

static void set_clear_internal(mp_obj_set_t *so) {
    if (so->table != so->smalltable) {
        m_free(so->table);
    }
    so->table = so->smalltable;
    memset(so->smalltable, 0, sizeof(so->smalltable));
    so->mask = MP_SET_MINSIZE - 1;
    so->fill = 0;
    so->used = 0;
    so->hash = -1;
}

// Next active entry at or after *pos.
static mp_set_entry_t *set_next(mp_obj_set_t *so, size_t *pos) {
    while (*pos <= so->mask) {
        mp_set_entry_t *e = &so->table[(*pos)++];
        if (e->key != MP_OBJ_NULL && e->key != DUMMY) {
            return e;
        }
    }
    return NULL;
}

// ---------------------------------------------------------------------------
// Object access

static mp_obj_set_t *set_native_maybe(mp_obj_t o) {
    mp_obj_set_t *s = mp_obj_native_ptr(o, &mp_type_set);
    return s != NULL ? s : mp_obj_native_ptr(o, &mp_type_frozenset);
}

bool mp_obj_is_set_or_frozenset(mp_obj_t o) {
    return set_native_maybe(o) != NULL;
}

static mp_obj_set_t *get_set(mp_obj_t o) {
    mp_obj_set_t *so = set_native_maybe(o);
    if (so == NULL) {
        mp_raise_descriptor_error("set", o);
    }
    return so;
}

// A mutable set (for the mutating methods).
static mp_obj_set_t *get_mutable_set(mp_obj_t o) {
    mp_obj_set_t *so = get_set(o);
    if (so->base.type != &mp_type_set) {
        mp_raise_descriptor_error("set", o);
    }
    return so;
}

// The type for results of an operation on so (set or frozenset): a
// native set's own type is always exactly one of the two.
static inline const mp_obj_type_t *base_type_of(mp_obj_set_t *so) {
    return so->base.type;
}

// ---------------------------------------------------------------------------
// Bulk operations (CPython's algorithms, for the same resulting layout)

static void set_add_key(mp_obj_set_t *so, mp_obj_t key) {
    set_add_entry(so, key, set_hash(key));
}

// Merge another set into so.
static void set_merge(mp_obj_set_t *so, mp_obj_set_t *other) {
    if (other == so || other->used == 0) {
        return;
    }
    if ((so->fill + other->used) * 5 >= so->mask * 3) {
        set_table_resize(so, (so->used + other->used) * 2);
    }
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        // Same size, no deleted slots: copy the slots as they are.
        for (size_t i = 0; i <= other->mask; i++) {
            if (other->table[i].key != MP_OBJ_NULL) {
                so->table[i] = other->table[i];
            }
        }
        so->fill = other->fill;
        so->used = other->used;
        so->hash = -1;
        return;
    }
    if (so->fill == 0) {
        so->fill = other->used;
        so->used = other->used;
        so->hash = -1;
        for (size_t i = 0; i <= other->mask; i++) {
            mp_obj_t k = other->table[i].key;
            if (k != MP_OBJ_NULL && k != DUMMY) {
                insert_clean(so->table, so->mask, k, other->table[i].hash);
            }
        }
        return;
    }
    for (size_t i = 0; i <= other->mask; i++) {
        mp_obj_t k = other->table[i].key;
        if (k != MP_OBJ_NULL && k != DUMMY) {
            set_add_entry(so, k, other->table[i].hash);
        }
    }
}

static void set_update_internal(mp_obj_set_t *so, mp_obj_t other) {
    mp_obj_set_t *os = set_native_maybe(other);
    if (os != NULL) {
        set_merge(so, os);
        return;
    }
    if (mp_obj_is_type(other, &mp_type_dict)) {
        mp_map_t *map = mp_obj_dict_get_map(other);
        if ((so->fill + map->filled) * 5 >= so->mask * 3) {
            set_table_resize(so, (so->used + map->filled) * 2);
        }
        size_t cur = 0;
        mp_map_elem_t *e;
        while ((e = mp_map_next(map, &cur)) != NULL) {
            set_add_key(so, e->key);
        }
        return;
    }
    if (mp_obj_is_type(other, &mp_type_list) || mp_obj_is_type(other, &mp_type_tuple)) {
        for (size_t i = 0;; i++) {
            size_t len;
            mp_obj_t *items;
            mp_seq_get_items(other, &len, &items);
            if (i >= len) {
                break;
            }
            set_add_key(so, items[i]);
        }
        return;
    }
    mp_obj_t it = mp_getiter(other, NULL);
    mp_obj_t item;
    while ((item = mp_iternext(it)) != MP_OBJ_STOP_ITERATION) {
        set_add_key(so, item);
    }
}

static mp_obj_set_t *set_copy_as(const mp_obj_type_t *type, mp_obj_set_t *so) {
    mp_obj_set_t *r = set_alloc(type);
    set_merge(r, so);
    return r;
}

static mp_obj_set_t *new_set_from(const mp_obj_type_t *type, mp_obj_t iterable) {
    mp_obj_set_t *r = set_alloc(type);
    if (iterable != MP_OBJ_NULL) {
        set_update_internal(r, iterable);
    }
    return r;
}

mp_obj_t mp_obj_new_set_from_iterable(const mp_obj_type_t *type, mp_obj_t iterable) {
    return MP_OBJ_FROM_PTR(new_set_from(type, iterable));
}

// A key for lookup: a set used as a key stands for the equal frozenset.
static mp_obj_t lookup_key(mp_obj_t key, mp_int_t *hash) {
    if (mp_obj_is_obj(key) && !mp_obj_is_type(key, &mp_type_frozenset) && !mp_obj_is_type(key, &mp_type_tuple)) {
        mp_obj_set_t *ks = set_native_maybe(key);
        if (ks != NULL && ks->base.type == &mp_type_set) {
            key = MP_OBJ_FROM_PTR(set_copy_as(&mp_type_frozenset, ks));
        }
    }
    *hash = set_hash(key);
    return key;
}

static bool set_contains_key(mp_obj_set_t *so, mp_obj_t key) {
    mp_int_t h;
    key = lookup_key(key, &h);
    return set_lookkey(so, key, h) != NULL;
}

static bool set_discard_key(mp_obj_set_t *so, mp_obj_t key) {
    mp_int_t h;
    key = lookup_key(key, &h);
    return set_discard_entry(so, key, h);
}

static mp_obj_set_t *set_intersection(mp_obj_set_t *so, mp_obj_t other) {
    mp_obj_set_t *result = set_alloc(base_type_of(so));
    mp_obj_set_t *os = set_native_maybe(other);
    if (os != NULL) {
        mp_obj_set_t *a = so, *b = os;
        if (b->used > a->used) {
            mp_obj_set_t *t = a;
            a = b;
            b = t;
        }
        size_t pos = 0;
        mp_set_entry_t *e;
        while ((e = set_next(b, &pos)) != NULL) {
            mp_obj_t k = e->key;
            mp_int_t h = e->hash;
            if (set_lookkey(a, k, h) != NULL) {
                set_add_entry(result, k, h);
            }
        }
        return result;
    }
    mp_obj_t it = mp_getiter(other, NULL);
    mp_obj_t k;
    while ((k = mp_iternext(it)) != MP_OBJ_STOP_ITERATION) {
        mp_int_t h = set_hash(k);
        if (set_lookkey(so, k, h) != NULL) {
            set_add_entry(result, k, h);
        }
    }
    return result;
}

// Replace so's contents by tmp's (tmp is discarded).
static void set_swap_bodies(mp_obj_set_t *so, mp_obj_set_t *tmp) {
    if (so->table != so->smalltable) {
        m_free(so->table);
    }
    so->fill = tmp->fill;
    so->used = tmp->used;
    so->mask = tmp->mask;
    so->hash = -1;
    if (tmp->table == tmp->smalltable) {
        memcpy(so->smalltable, tmp->smalltable, sizeof(so->smalltable));
        so->table = so->smalltable;
    } else {
        so->table = tmp->table;
        tmp->table = tmp->smalltable;
    }
}

static void set_difference_update_internal(mp_obj_set_t *so, mp_obj_t other) {
    mp_obj_set_t *os = set_native_maybe(other);
    if (os == so) {
        set_clear_internal(so);
        return;
    }
    if (os != NULL) {
        if ((os->used >> 3) > so->used) {
            os = set_intersection(so, other);
        }
        size_t pos = 0;
        mp_set_entry_t *e;
        while ((e = set_next(os, &pos)) != NULL) {
            set_discard_entry(so, e->key, e->hash);
        }
    } else {
        mp_obj_t it = mp_getiter(other, NULL);
        mp_obj_t k;
        while ((k = mp_iternext(it)) != MP_OBJ_STOP_ITERATION) {
            set_discard_key(so, k);
        }
    }
    if ((so->fill - so->used) <= so->mask / 4) {
        return;
    }
    set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

static mp_obj_set_t *set_difference(mp_obj_set_t *so, mp_obj_t other) {
    mp_obj_set_t *os = set_native_maybe(other);
    size_t other_size;
    if (os != NULL) {
        other_size = os->used;
    } else if (mp_obj_is_type(other, &mp_type_dict)) {
        other_size = mp_obj_dict_len(other);
    } else {
        mp_obj_set_t *r = set_copy_as(base_type_of(so), so);
        set_difference_update_internal(r, other);
        return r;
    }
    if ((so->used >> 2) > other_size) {
        mp_obj_set_t *r = set_copy_as(base_type_of(so), so);
        set_difference_update_internal(r, other);
        return r;
    }
    mp_obj_set_t *result = set_alloc(base_type_of(so));
    size_t pos = 0;
    mp_set_entry_t *e;
    while ((e = set_next(so, &pos)) != NULL) {
        mp_obj_t k = e->key;
        mp_int_t h = e->hash;
        bool in_other;
        if (os != NULL) {
            in_other = set_lookkey(os, k, h) != NULL;
        } else {
            in_other = mp_map_lookup(mp_obj_dict_get_map(other), k, MP_MAP_LOOKUP) != NULL;
        }
        if (!in_other) {
            set_add_entry(result, k, h);
        }
    }
    return result;
}

static void set_symmetric_difference_update_internal(mp_obj_set_t *so, mp_obj_t other) {
    mp_obj_set_t *os = set_native_maybe(other);
    if (os == so) {
        set_clear_internal(so);
        return;
    }
    // A dict's keys are toggled in the dict's order (as CPython does),
    // anything else through a set of its items.
    mp_map_t *map = NULL;
    if (os == NULL && mp_obj_is_type(other, &mp_type_dict)) {
        map = mp_obj_dict_get_map(other);
    } else if (os == NULL) {
        os = new_set_from(base_type_of(so), other);
    }
    size_t pos = 0;
    for (;;) {
        mp_obj_t k;
        mp_int_t h;
        if (map != NULL) {
            mp_map_elem_t *e = mp_map_next(map, &pos);
            if (e == NULL) {
                break;
            }
            k = e->key;
            h = set_hash(k);
        } else {
            mp_set_entry_t *e = set_next(os, &pos);
            if (e == NULL) {
                break;
            }
            k = e->key;
            h = e->hash;
        }
        if (!set_discard_entry(so, k, h)) {
            set_add_entry(so, k, h);
        }
    }
}

static mp_obj_set_t *set_symmetric_difference(mp_obj_set_t *so, mp_obj_t other) {
    mp_obj_set_t *r = new_set_from(base_type_of(so), other);
    set_symmetric_difference_update_internal(r, MP_OBJ_FROM_PTR(so));
    return r;
}

static bool set_issubset_internal(mp_obj_set_t *so, mp_obj_set_t *other) {
    if (so->used > other->used) {
        return false;
    }
    size_t pos = 0;
    mp_set_entry_t *e;
    while ((e = set_next(so, &pos)) != NULL) {
        if (set_lookkey(other, e->key, e->hash) == NULL) {
            return false;
        }
    }
    return true;
}

void mp_obj_set_update_op(mp_obj_t set, mp_binary_op_t op, mp_obj_t iterable) {
    mp_obj_set_t *so = get_set(set);
    switch (op) {
        case MP_BINARY_OP_OR:
            set_update_internal(so, iterable);
            break;
        case MP_BINARY_OP_AND:
            set_swap_bodies(so, set_intersection(so, iterable));
            break;
        case MP_BINARY_OP_SUBTRACT:
            set_difference_update_internal(so, iterable);
            break;
        default:
            set_symmetric_difference_update_internal(so, iterable);
            break;
    }
}

// ---------------------------------------------------------------------------
// Public constructors

// Could o be a compile-time constant of a set display?
static bool is_constant_like(mp_obj_t o) {
    if (!mp_obj_is_obj(o)) {
        return true;  // small int, qstr, float
    }
    const mp_obj_type_t *t = mp_obj_get_type(o);
    if (t == &mp_type_tuple) {
        mp_obj_tuple_t *tu = MP_OBJ_TO_PTR(o);
        for (size_t i = 0; i < tu->len; i++) {
            if (!is_constant_like(tu->items[i])) {
                return false;
            }
        }
        return true;
    }
    return t == &mp_type_int || t == &mp_type_str || t == &mp_type_bytes || t == &mp_type_complex
        || t == &mp_type_NoneType || t == &mp_type_bool || t == &mp_type_ellipsis;
}

mp_obj_t mp_obj_new_set(size_t n, const mp_obj_t *items) {
    bool all_const = n > 2;
    for (size_t i = 0; i < n && all_const; i++) {
        all_const = is_constant_like(items[i]);
    }
    return mp_obj_new_set_display(n, items, all_const);
}

mp_obj_t mp_obj_new_set_display(size_t n, const mp_obj_t *items, bool from_constants) {
    mp_obj_set_t *so = set_alloc(&mp_type_set);
    if (from_constants && n > 2) {
        // CPython compiles a display of 3+ constants {1, 2, 3} as an empty
        // set updated from a constant frozenset; building it the same way
        // gives the same table layout, hence the same iteration order.
        // Its constant merging then rebuilds that frozenset from its own
        // iteration order, which is reproduced here too.
        mp_obj_set_t *fz1 = set_alloc(&mp_type_frozenset);
        for (size_t i = 0; i < n; i++) {
            set_add_key(fz1, items[i]);
        }
        mp_obj_set_t *fz2 = set_alloc(&mp_type_frozenset);
        size_t pos = 0;
        mp_set_entry_t *e;
        while ((e = set_next(fz1, &pos)) != NULL) {
            set_add_entry(fz2, e->key, e->hash);
        }
        set_merge(so, fz2);
        return MP_OBJ_FROM_PTR(so);
    }
    for (size_t i = 0; i < n; i++) {
        set_add_key(so, items[i]);
    }
    return MP_OBJ_FROM_PTR(so);
}

void mp_obj_set_store(mp_obj_t set, mp_obj_t item) {
    set_add_key(get_set(set), item);
}

static mp_obj_t set_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    bool frozen = type == &mp_type_frozenset;
    mp_arg_check_counts(frozen ? "frozenset" : "set", n_args, n_kw, false, 0, 1);
    if (frozen && n_args == 1 && mp_obj_is_type(args[0], &mp_type_frozenset)) {
        return args[0];
    }
    return MP_OBJ_FROM_PTR(new_set_from(frozen ? &mp_type_frozenset : &mp_type_set, n_args ? args[0] : MP_OBJ_NULL));
}

// ---------------------------------------------------------------------------
// Printing

static void set_print(const mp_print_t *print, mp_obj_t o, mp_print_kind_t kind) {
    mp_obj_set_t *so = get_set(o);
    bool frozen = so->base.type == &mp_type_frozenset;
    mp_stack_check();
    if (so->used == 0) {
        mp_print_str(print, frozen ? "frozenset()" : "set()");
        return;
    }
    if (frozen) {
        mp_print_str(print, "frozenset(");
    }
    mp_print_str(print, "{");
    // Print a snapshot of the keys (as CPython does): a key's __repr__
    // may change the set.
    size_t n = so->used;
    mp_obj_t *keys = m_new(mp_obj_t, n);
    size_t pos = 0;
    mp_set_entry_t *e;
    for (size_t i = 0; i < n && (e = set_next(so, &pos)) != NULL; i++) {
        keys[i] = e->key;
    }
    for (size_t i = 0; i < n; i++) {
        if (i > 0) {
            mp_print_str(print, ", ");
        }
        mp_obj_print_helper(print, keys[i], PRINT_REPR);
    }
    m_free(keys);
    mp_print_str(print, "}");
    if (frozen) {
        mp_print_str(print, ")");
    }
}

// ---------------------------------------------------------------------------
// Iterator

typedef struct _set_it_t {
    mp_obj_base_t base;
    mp_obj_set_t *set;
    size_t pos;
    size_t used;  // set size when iteration started
} set_it_t;

static mp_obj_t set_it_iternext(mp_obj_t self_in) {
    set_it_t *it = MP_OBJ_TO_PTR(self_in);
    if (it->set->used != it->used) {
        it->used = (size_t)-1;
        mp_raise_msg(&mp_type_RuntimeError, "Set changed size during iteration");
    }
    mp_set_entry_t *e = set_next(it->set, &it->pos);
    return e == NULL ? MP_OBJ_STOP_ITERATION : e->key;
}

static const mp_obj_type_t set_it_type = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_ITER_IS_SELF,
    .name = MP_QSTR_set_iterator,
    .getiter = mp_identity_getiter,
    .iternext = set_it_iternext,
};

static mp_obj_t set_getiter(mp_obj_t self_in) {
    mp_obj_set_t *so = get_set(self_in);
    set_it_t *it = m_new_obj(set_it_t);
    it->base.type = &set_it_type;
    it->set = so;
    it->pos = 0;
    it->used = so->used;
    return MP_OBJ_FROM_PTR(it);
}

// ---------------------------------------------------------------------------
// Operators

static mp_obj_t set_unary_op(mp_unary_op_t op, mp_obj_t o) {
    mp_obj_set_t *so = set_native_maybe(o);
    if (so == NULL) {
        return MP_OBJ_NULL;
    }
    switch (op) {
        case MP_UNARY_OP_BOOL:
            return mp_obj_new_bool(so->used != 0);
        case MP_UNARY_OP_LEN:
            return MP_OBJ_NEW_SMALL_INT(so->used);
        case MP_UNARY_OP_HASH:
            if (so->base.type == &mp_type_frozenset) {
                mp_int_t h = frozenset_full_hash(so);
                h = ((int64_t)((uint64_t)h << (64 - MP_SMALL_INT_BITS))) >> (64 - MP_SMALL_INT_BITS);
                return MP_OBJ_NEW_SMALL_INT(h);
            }
            return MP_OBJ_NULL;  // unhashable
        case MP_UNARY_OP_SIZEOF:
            return MP_OBJ_NEW_SMALL_INT(sizeof(mp_obj_set_t) + (so->table == so->smalltable ? 0 : (so->mask + 1) * sizeof(mp_set_entry_t)));
        default:
            return MP_OBJ_NULL;
    }
}

static mp_obj_t set_binary_op(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs) {
    mp_obj_set_t *so = set_native_maybe(lhs);
    if (so == NULL) {
        return MP_OBJ_NULL;
    }
    if (op == MP_BINARY_OP_IN || op == MP_BINARY_OP_NOT_IN) {
        return mp_obj_new_bool(set_contains_key(so, rhs) == (op == MP_BINARY_OP_IN));
    }
    mp_obj_set_t *os = set_native_maybe(rhs);
    if (os == NULL) {
        return MP_OBJ_NULL;  // NotImplemented: the runtime tries the reflection
    }
    if (op <= MP_BINARY_OP_NOT_EQUAL) {
        // Comparisons are subset tests: a <= b, with a and b swapped for >
        // and >=; the strict forms and == also compare the sizes (first,
        // so that no key is compared when they already decide).
        mp_obj_set_t *a = so, *b = os;
        if (op == MP_BINARY_OP_MORE || op == MP_BINARY_OP_MORE_EQUAL) {
            a = os;
            b = so;
        }
        bool r;
        if ((op == MP_BINARY_OP_LESS || op == MP_BINARY_OP_MORE) && a->used >= b->used) {
            r = false;
        } else if ((op == MP_BINARY_OP_EQUAL || op == MP_BINARY_OP_NOT_EQUAL) && a->used != b->used) {
            r = false;
        } else {
            r = set_issubset_internal(a, b);
        }
        return mp_obj_new_bool(op == MP_BINARY_OP_NOT_EQUAL ? !r : r);
    }
    // |, &, -, ^ and their in-place forms (which make a new frozenset for
    // a frozenset). If-tests rather than a switch: no jump table.
    bool inplace = op >= MP_BINARY_OP_INPLACE_OR && op < MP_BINARY_OP_OR;
    if (inplace) {
        op += MP_BINARY_OP_INPLACE_DELTA;
    }
    if (op != MP_BINARY_OP_OR && op != MP_BINARY_OP_AND && op != MP_BINARY_OP_SUBTRACT && op != MP_BINARY_OP_XOR) {
        return MP_OBJ_NULL;
    }
    if (inplace && so->base.type == &mp_type_set) {
        mp_obj_set_update_op(MP_OBJ_FROM_PTR(so), op, rhs);
        return lhs;
    }
    mp_obj_set_t *r;
    if (op == MP_BINARY_OP_OR) {
        r = set_copy_as(base_type_of(so), so);
        set_update_internal(r, rhs);
    } else if (op == MP_BINARY_OP_AND) {
        r = set_intersection(so, rhs);
    } else if (op == MP_BINARY_OP_SUBTRACT) {
        r = set_difference(so, rhs);
    } else {
        r = set_symmetric_difference(so, rhs);
    }
    return MP_OBJ_FROM_PTR(r);
}

// ---------------------------------------------------------------------------
// Methods

static mp_obj_t set_add(mp_obj_t self_in, mp_obj_t item) {
    set_add_key(get_mutable_set(self_in), item);
    return mp_const_none;
}
static MP_DEFINE_NAMED_FUN_OBJ_2(set_add_obj, MP_QSTR_add, set_add);

static mp_obj_t set_discard(mp_obj_t self_in, mp_obj_t item) {
    set_discard_key(get_mutable_set(self_in), item);
    return mp_const_none;
}
static MP_DEFINE_NAMED_FUN_OBJ_2(set_discard_obj, MP_QSTR_discard, set_discard);

static mp_obj_t set_remove(mp_obj_t self_in, mp_obj_t item) {
    if (!set_discard_key(get_mutable_set(self_in), item)) {
        mp_raise(mp_obj_new_exception_arg1(&mp_type_KeyError, item));
    }
    return mp_const_none;
}
static MP_DEFINE_NAMED_FUN_OBJ_2(set_remove_obj, MP_QSTR_remove, set_remove);

static mp_obj_t set_pop(mp_obj_t self_in) {
    mp_obj_set_t *so = get_mutable_set(self_in);
    if (so->used == 0) {
        mp_raise(mp_obj_new_exception_msg(&mp_type_KeyError, "pop from an empty set"));
    }
    size_t i = so->finger & so->mask;
    while (so->table[i].key == MP_OBJ_NULL || so->table[i].key == DUMMY) {
        i = (i + 1) & so->mask;
    }
    mp_obj_t key = so->table[i].key;
    so->table[i].key = DUMMY;
    so->table[i].hash = -1;
    so->used--;
    so->finger = i + 1;
    so->hash = -1;
    return key;
}
static MP_DEFINE_NAMED_FUN_OBJ_1(set_pop_obj, MP_QSTR_pop, set_pop);

static mp_obj_t set_clear(mp_obj_t self_in) {
    set_clear_internal(get_mutable_set(self_in));
    return mp_const_none;
}
static MP_DEFINE_NAMED_FUN_OBJ_1(set_clear_obj, MP_QSTR_clear, set_clear);

static mp_obj_t set_copy(mp_obj_t self_in) {
    mp_obj_set_t *so = get_set(self_in);
    if (so->base.type == &mp_type_frozenset && self_in == MP_OBJ_FROM_PTR(so)) {
        return self_in;
    }
    return MP_OBJ_FROM_PTR(set_copy_as(base_type_of(so), so));
}
static MP_DEFINE_NAMED_FUN_OBJ_1(set_copy_obj, MP_QSTR_copy, set_copy);

static mp_obj_t set_update(size_t n_args, const mp_obj_t *args) {
    mp_obj_set_t *so = get_mutable_set(args[0]);
    for (size_t i = 1; i < n_args; i++) {
        set_update_internal(so, args[i]);
    }
    return mp_const_none;
}
static MP_DEFINE_NAMED_FUN_OBJ_VAR(set_update_obj, MP_QSTR_update, 1, set_update);

static mp_obj_t set_union(size_t n_args, const mp_obj_t *args) {
    mp_obj_set_t *so = get_set(args[0]);
    mp_obj_set_t *r = set_copy_as(base_type_of(so), so);
    for (size_t i = 1; i < n_args; i++) {
        if (set_native_maybe(args[i]) == so) {
            continue;
        }
        set_update_internal(r, args[i]);
    }
    return MP_OBJ_FROM_PTR(r);
}
static MP_DEFINE_NAMED_FUN_OBJ_VAR(set_union_obj, MP_QSTR_union, 1, set_union);

static mp_obj_set_t *intersection_multi(mp_obj_set_t *so, size_t n, const mp_obj_t *others) {
    if (n == 0) {
        return set_copy_as(base_type_of(so), so);
    }
    mp_obj_set_t *r = so;
    for (size_t i = 0; i < n; i++) {
        r = set_intersection(r, others[i]);
    }
    return r;
}

static mp_obj_t set_intersection_meth(size_t n_args, const mp_obj_t *args) {
    mp_obj_set_t *so = get_set(args[0]);
    return MP_OBJ_FROM_PTR(intersection_multi(so, n_args - 1, args + 1));
}
static MP_DEFINE_NAMED_FUN_OBJ_VAR(set_intersection_obj, MP_QSTR_intersection, 1, set_intersection_meth);

static mp_obj_t set_intersection_update(size_t n_args, const mp_obj_t *args) {
    mp_obj_set_t *so = get_mutable_set(args[0]);
    mp_obj_set_t *r = intersection_multi(so, n_args - 1, args + 1);
    set_swap_bodies(so, r);
    return mp_const_none;
}
static MP_DEFINE_NAMED_FUN_OBJ_VAR(set_intersection_update_obj, MP_QSTR_intersection_update, 1, set_intersection_update);

static mp_obj_t set_difference_meth(size_t n_args, const mp_obj_t *args) {
    mp_obj_set_t *so = get_set(args[0]);
    if (n_args == 1) {
        return MP_OBJ_FROM_PTR(set_copy_as(base_type_of(so), so));
    }
    mp_obj_set_t *r = set_difference(so, args[1]);
    for (size_t i = 2; i < n_args; i++) {
        set_difference_update_internal(r, args[i]);
    }
    return MP_OBJ_FROM_PTR(r);
}
static MP_DEFINE_NAMED_FUN_OBJ_VAR(set_difference_obj, MP_QSTR_difference, 1, set_difference_meth);

static mp_obj_t set_difference_update(size_t n_args, const mp_obj_t *args) {
    mp_obj_set_t *so = get_mutable_set(args[0]);
    for (size_t i = 1; i < n_args; i++) {
        set_difference_update_internal(so, args[i]);
    }
    return mp_const_none;
}
static MP_DEFINE_NAMED_FUN_OBJ_VAR(set_difference_update_obj, MP_QSTR_difference_update, 1, set_difference_update);

static mp_obj_t set_symmetric_difference_meth(mp_obj_t self_in, mp_obj_t other) {
    return MP_OBJ_FROM_PTR(set_symmetric_difference(get_set(self_in), other));
}
static MP_DEFINE_NAMED_FUN_OBJ_2(set_symmetric_difference_obj, MP_QSTR_symmetric_difference, set_symmetric_difference_meth);

static mp_obj_t set_symmetric_difference_update(mp_obj_t self_in, mp_obj_t other) {
    set_symmetric_difference_update_internal(get_mutable_set(self_in), other);
    return mp_const_none;
}
static MP_DEFINE_NAMED_FUN_OBJ_2(set_symmetric_difference_update_obj, MP_QSTR_symmetric_difference_update, set_symmetric_difference_update);

static mp_obj_t set_issubset(mp_obj_t self_in, mp_obj_t other) {
    mp_obj_set_t *so = get_set(self_in);
    mp_obj_set_t *os = set_native_maybe(other);
    if (os == NULL) {
        os = new_set_from(&mp_type_set, other);
    }
    return mp_obj_new_bool(set_issubset_internal(so, os));
}
static MP_DEFINE_NAMED_FUN_OBJ_2(set_issubset_obj, MP_QSTR_issubset, set_issubset);

static mp_obj_t set_issuperset(mp_obj_t self_in, mp_obj_t other) {
    mp_obj_set_t *so = get_set(self_in);
    mp_obj_set_t *os = set_native_maybe(other);
    if (os != NULL) {
        return mp_obj_new_bool(set_issubset_internal(os, so));
    }
    mp_obj_t it = mp_getiter(other, NULL);
    mp_obj_t k;
    while ((k = mp_iternext(it)) != MP_OBJ_STOP_ITERATION) {
        if (!set_contains_key(so, k)) {
            return mp_const_false;
        }
    }
    return mp_const_true;
}
static MP_DEFINE_NAMED_FUN_OBJ_2(set_issuperset_obj, MP_QSTR_issuperset, set_issuperset);

static mp_obj_t set_isdisjoint(mp_obj_t self_in, mp_obj_t other) {
    mp_obj_set_t *so = get_set(self_in);
    mp_obj_set_t *os = set_native_maybe(other);
    if (os != NULL) {
        mp_obj_set_t *a = so, *b = os;
        if (a->used > b->used) {
            a = os;
            b = so;
        }
        size_t pos = 0;
        mp_set_entry_t *e;
        while ((e = set_next(a, &pos)) != NULL) {
            if (set_lookkey(b, e->key, e->hash) != NULL) {
                return mp_const_false;
            }
        }
        return mp_const_true;
    }
    mp_obj_t it = mp_getiter(other, NULL);
    mp_obj_t k;
    while ((k = mp_iternext(it)) != MP_OBJ_STOP_ITERATION) {
        if (set_contains_key(so, k)) {
            return mp_const_false;
        }
    }
    return mp_const_true;
}
static MP_DEFINE_NAMED_FUN_OBJ_2(set_isdisjoint_obj, MP_QSTR_isdisjoint, set_isdisjoint);

static mp_obj_t set_contains_meth(mp_obj_t self_in, mp_obj_t item) {
    return mp_obj_new_bool(set_contains_key(get_set(self_in), item));
}
static MP_DEFINE_NAMED_FUN_OBJ_2(set_contains_obj, MP_QSTR___contains__, set_contains_meth);

static mp_obj_t set_len_meth(mp_obj_t self_in) {
    return MP_OBJ_NEW_SMALL_INT(get_set(self_in)->used);
}
static MP_DEFINE_NAMED_FUN_OBJ_1(set_len_obj, MP_QSTR___len__, set_len_meth);

static MP_DEFINE_NAMED_FUN_OBJ_1(set_iter_obj, MP_QSTR___iter__, set_getiter);

// The mutating methods first, then the FROZENSET_N that frozenset has
// too: frozenset's method dict is a view of the tail of set's table.
#define FROZENSET_N (11)
static const mp_rom_map_elem_t set_locals_table[] = {
    {MP_ROM_QSTR(MP_QSTR_add), MP_ROM_PTR(&set_add_obj)},
    {MP_ROM_QSTR(MP_QSTR_clear), MP_ROM_PTR(&set_clear_obj)},
    {MP_ROM_QSTR(MP_QSTR_discard), MP_ROM_PTR(&set_discard_obj)},
    {MP_ROM_QSTR(MP_QSTR_difference_update), MP_ROM_PTR(&set_difference_update_obj)},
    {MP_ROM_QSTR(MP_QSTR_intersection_update), MP_ROM_PTR(&set_intersection_update_obj)},
    {MP_ROM_QSTR(MP_QSTR_pop), MP_ROM_PTR(&set_pop_obj)},
    {MP_ROM_QSTR(MP_QSTR_remove), MP_ROM_PTR(&set_remove_obj)},
    {MP_ROM_QSTR(MP_QSTR_symmetric_difference_update), MP_ROM_PTR(&set_symmetric_difference_update_obj)},
    {MP_ROM_QSTR(MP_QSTR_update), MP_ROM_PTR(&set_update_obj)},
    // frozenset's:
    {MP_ROM_QSTR(MP_QSTR_copy), MP_ROM_PTR(&set_copy_obj)},
    {MP_ROM_QSTR(MP_QSTR_difference), MP_ROM_PTR(&set_difference_obj)},
    {MP_ROM_QSTR(MP_QSTR_intersection), MP_ROM_PTR(&set_intersection_obj)},
    {MP_ROM_QSTR(MP_QSTR_isdisjoint), MP_ROM_PTR(&set_isdisjoint_obj)},
    {MP_ROM_QSTR(MP_QSTR_issubset), MP_ROM_PTR(&set_issubset_obj)},
    {MP_ROM_QSTR(MP_QSTR_issuperset), MP_ROM_PTR(&set_issuperset_obj)},
    {MP_ROM_QSTR(MP_QSTR_symmetric_difference), MP_ROM_PTR(&set_symmetric_difference_obj)},
    {MP_ROM_QSTR(MP_QSTR_union), MP_ROM_PTR(&set_union_obj)},
    {MP_ROM_QSTR(MP_QSTR___contains__), MP_ROM_PTR(&set_contains_obj)},
    {MP_ROM_QSTR(MP_QSTR___len__), MP_ROM_PTR(&set_len_obj)},
    {MP_ROM_QSTR(MP_QSTR___iter__), MP_ROM_PTR(&set_iter_obj)},
};
static MP_DEFINE_CONST_DICT(set_locals_dict, set_locals_table);

static MP_DEFINE_CONST_DICT_SLICE(frozenset_locals_dict, set_locals_table, MP_ARRAY_SIZE(set_locals_table) - FROZENSET_N, FROZENSET_N);

const mp_obj_type_t mp_type_set = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_BASETYPE,
    .name = MP_QSTR_set,
    .print = set_print,
    .make_new = set_make_new,
    .unary_op = set_unary_op,
    .binary_op = set_binary_op,
    .getiter = set_getiter,
    .locals_dict = (mp_obj_dict_t *)&set_locals_dict,
};

const mp_obj_type_t mp_type_frozenset = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_BASETYPE,
    .name = MP_QSTR_frozenset,
    .print = set_print,
    .make_new = set_make_new,
    .unary_op = set_unary_op,
    .binary_op = set_binary_op,
    .getiter = set_getiter,
    .locals_dict = (mp_obj_dict_t *)&frozenset_locals_dict,
};
