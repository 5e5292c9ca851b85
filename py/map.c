// map.c: the insertion-ordered hash table behind dicts, instance and class
// attributes, module globals and keyword arguments (design in map.h).
//
// Entries live in `table` in insertion order. The open-addressing index
// holds (table position + 1) per slot, 0 meaning empty and SLOT_DELETED a
// removed entry. Probing starts at hash & mask and continues with
// perturbed jumps (i = 5i + 1 + perturb, perturb shifted right each step),
// so sequential int keys land in sequential slots (cache friendly) while
// keys sharing their low bits still spread out. The same atomic
// allocation stores, after the slots, a 32-bit folded hash for every
// table position (probes reject non-matching keys without calling
// __eq__; a resize re-places entries without rehashing any key) and, last,
// the count of non-empty slots. Deleted entries are tombstoned in the
// table (key MP_OBJ_SENTINEL) and dropped when the table is rebuilt.
// Fixed maps (const method tables, keyword arguments) have no index and
// are scanned linearly.
#include "runtime.h"
#include "objstr.h"
// ---------------------------------------------------------------------------
// Hashing

// Fold a full hash to the 32 bits kept in the index.
static inline uint32_t fold_hash(mp_uint_t h) {
    return (uint32_t)(h ^ (h >> 32));
}

// Hash of a key. qstrs and small ints are handled inline; these formulas
// are the ones mp_obj_hash uses, so both routes agree for every key.
static inline uint32_t key_hash(mp_obj_t key) {
    if (mp_obj_is_qstr(key)) {
        return fold_hash(qstr_hash(mp_obj_qstr_value(key)));
    }
    if (mp_obj_is_small_int(key)) {
        return fold_hash((mp_uint_t)mp_small_int_value(key));
    }
    if (mp_obj_is_obj(key) && ((mp_obj_base_t *)MP_OBJ_TO_PTR(key))->type == &mp_type_str) {
        return fold_hash(mp_obj_str_hash(key));  // cached in the object
    }
    return fold_hash((mp_uint_t)mp_obj_hash(key));
}

#define SLOT_EMPTY (0u)
#define SLOT_DELETED (0xFFFFFFFFu)
#define PERTURB_SHIFT (5)

static inline uint32_t *map_hashes(const mp_map_t *map) {
    return map->index + map->index_mask + 1;
}

// The count of non-empty index slots (live + deleted), kept after the hashes.
static inline uint32_t *map_occupied(const mp_map_t *map) {
    return map->index + map->index_mask + 1 + map->alloc;
}

// The first empty slot on h's probe sequence (for a rebuild: no key can be
// equal and there are no deleted slots).
static inline size_t free_slot(const uint32_t *slots, size_t mask, uint32_t h) {
    size_t i = h & mask;
    uint32_t perturb = h;
    while (slots[i] != SLOT_EMPTY) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
    return i;
}

// Key equality for two keys whose hashes matched and which are not
// identical. Sets *called_out when user code may have run.
static inline bool keys_equal(mp_obj_t a, mp_obj_t b, bool *called_out) {
    if (mp_obj_is_qstr(a) && mp_obj_is_qstr(b)) {
        return false;  // distinct interned strings
    }
    if (mp_obj_is_small_int(a) && mp_obj_is_small_int(b)) {
        return false;
    }
    if (mp_obj_is_str(a) && mp_obj_is_str(b)) {
        return mp_obj_str_equal(a, b);
    }
    *called_out = true;
    return mp_obj_equal(a, b);
}

// ---------------------------------------------------------------------------
// Creation and destruction

// Number of index slots for a table of `alloc` entries: load at most 2/3.
static size_t index_slots_for(size_t alloc) {
    size_t need = alloc + alloc / 2 + 1;
    size_t n = 4;
    while (n < need) {
        n <<= 1;
    }
    return n;
}

// Allocate an index block for alloc entries with nslots slots (zeroed
// slots, hashes to be filled, occupied count last).
static uint32_t *new_index_block(size_t nslots, size_t alloc) {
    uint32_t *index = m_malloc_atomic((nslots + alloc + 1) * sizeof(uint32_t));
    memset(index, 0, nslots * sizeof(uint32_t));
    return index;
}

// (Re)build table and index with room for new_alloc entries, keeping the
// live entries in order.
static void map_rebuild(mp_map_t *map, size_t new_alloc) {
    if (new_alloc < map->filled) {
        new_alloc = map->filled;
    }
    if (new_alloc >= 0x40000000u) {
        m_malloc_fail(new_alloc * sizeof(mp_map_elem_t));
    }
    size_t nslots = index_slots_for(new_alloc);
    mp_map_elem_t *new_table = m_new(mp_map_elem_t, new_alloc);
    uint32_t *new_index = new_index_block(nslots, new_alloc);
    uint32_t *new_hashes = new_index + nslots;
    size_t mask = nslots - 1;

    mp_map_elem_t *old_table = map->table;
    uint32_t *old_index = map->index;
    size_t n = 0;
    bool all_qstrs = true;
    if (old_table != NULL) {
        const uint32_t *old_hashes = old_index != NULL ? map_hashes(map) : NULL;
        for (size_t i = 0; i < map->used; i++) {
            mp_obj_t k = old_table[i].key;
            if (k == MP_OBJ_SENTINEL || k == MP_OBJ_NULL) {
                continue;
            }
            all_qstrs &= mp_obj_is_qstr(k);
            uint32_t h = old_hashes != NULL ? old_hashes[i] : key_hash(k);
            new_table[n] = old_table[i];
            new_hashes[n] = h;
            new_index[free_slot(new_index, mask, h)] = (uint32_t)(n + 1);
            n++;
        }
    }
    bool was_fixed = map->is_fixed;
    map->table = new_table;
    map->index = new_index;
    map->index_mask = mask;
    map->alloc = new_alloc;
    map->used = n;
    map->filled = n;
    map->is_fixed = 0;
    map->all_keys_are_qstrs = all_qstrs;
    *map_occupied(map) = (uint32_t)n;
    // The old arrays are ours unless the map was a fixed (borrowed) table.
    if (!was_fixed) {
        if (old_table != NULL) {
            m_free(old_table);
        }
        if (old_index != NULL) {
            m_free(old_index);
        }
    }
}

void mp_map_init(mp_map_t *map, size_t n) {
    map->used = 0;
    map->all_keys_are_qstrs = 1;
    map->is_fixed = 0;
    map->is_const = 0;
    map->alloc = 0;
    map->filled = 0;
    map->table = NULL;
    map->index = NULL;
    map->index_mask = 0;
    if (n > 0) {
        map_rebuild(map, n);
    }
}

void mp_map_init_fixed_table(mp_map_t *map, size_t n, const mp_obj_t *table) {
    map->used = n;
    map->alloc = n;
    map->filled = n;
    map->is_fixed = 1;
    map->is_const = 0;
    map->table = (mp_map_elem_t *)table;
    map->index = NULL;
    map->index_mask = 0;
    bool all_qstr = true;
    for (size_t i = 0; i < n; i++) {
        if (!mp_obj_is_qstr(table[2 * i])) {
            all_qstr = false;
            break;
        }
    }
    map->all_keys_are_qstrs = all_qstr;
}

mp_map_t *mp_map_new(size_t n) {
    mp_map_t *map = m_new_obj(mp_map_t);
    mp_map_init(map, n);
    return map;
}

void mp_map_deinit(mp_map_t *map) {
    if (!map->is_fixed) {
        if (map->table != NULL) {
            m_free(map->table);
        }
        if (map->index != NULL) {
            m_free(map->index);
        }
    }
    map->used = 0;
    map->alloc = 0;
    map->filled = 0;
    map->table = NULL;
    map->index = NULL;
    map->index_mask = 0;
}

static MP_NORETURN void raise_read_only(void) {
    mp_raise_TypeError("'mappingproxy' object does not support item assignment");
}

void mp_map_clear(mp_map_t *map) {
    if (map->is_const) {
        raise_read_only();
    }
    mp_map_deinit(map);
    map->is_fixed = 0;
    map->all_keys_are_qstrs = 1;
}

// ---------------------------------------------------------------------------
// Removal

// The element handed back by a removal: the table entry itself becomes a
// tombstone, so its old contents are copied here. Rooted so the removed
// objects stay valid until the caller has read them.
static mp_map_elem_t removed_elem;
static bool removed_elem_rooted;

static mp_map_elem_t *remember_removed(mp_obj_t key, mp_obj_t value) {
    if (!removed_elem_rooted) {
        removed_elem_rooted = true;
        gc_add_root(&removed_elem, sizeof(removed_elem) / sizeof(void *));
    }
    removed_elem.key = key;
    removed_elem.value = value;
    return &removed_elem;
}

// Remove the entry at table position pos, whose index slot is `slot`.
static mp_map_elem_t *remove_at(mp_map_t *map, size_t slot, size_t pos) {
    mp_map_elem_t *e = &map->table[pos];
    mp_map_elem_t *ret = remember_removed(e->key, e->value);
    e->key = MP_OBJ_SENTINEL;
    e->value = MP_OBJ_NULL;
    map->filled--;
    map->index[slot] = SLOT_DELETED;
    // Trailing tombstones are dropped at once, which keeps popitem() and
    // stack-like use O(1). (Their index slots stay counted as occupied.)
    while (map->used > 0 && map->table[map->used - 1].key == MP_OBJ_SENTINEL) {
        map->used--;
    }
    return ret;
}

// ---------------------------------------------------------------------------
// Lookup in fixed maps: a linear scan.

static mp_map_elem_t *fixed_lookup(mp_map_t *map, mp_obj_t key, mp_map_lookup_kind_t kind) {
    if (kind != MP_MAP_LOOKUP && map->is_const) {
        raise_read_only();
    }
    mp_map_elem_t *found = NULL;
    mp_map_elem_t *table = map->table;
    size_t n = map->used;
    for (size_t i = 0; i < n; i++) {
        if (table[i].key == key) {
            found = &table[i];
            break;
        }
    }
    if (found == NULL && !(mp_obj_is_qstr(key) && map->all_keys_are_qstrs)) {
        for (size_t i = 0; i < map->used; i++) {
            mp_obj_t k = map->table[i].key;
            if (k == MP_OBJ_SENTINEL || k == MP_OBJ_NULL) {
                continue;
            }
            if (mp_obj_is_qstr(k) && mp_obj_is_qstr(key)) {
                continue;
            }
            if (mp_obj_equal(k, key) && i < map->used && map->table[i].key == k) {
                found = &map->table[i];
                break;
            }
        }
    }
    if (found != NULL) {
        if (kind == MP_MAP_LOOKUP_REMOVE_IF_FOUND) {
            mp_map_elem_t *ret = remember_removed(found->key, found->value);
            found->key = MP_OBJ_SENTINEL;
            found->value = MP_OBJ_NULL;
            map->filled--;
            return ret;
        }
        return found;
    }
    if (kind != MP_MAP_LOOKUP_ADD_IF_NOT_FOUND) {
        return NULL;
    }
    // A mutable fixed map (keyword arguments) that must grow: turn it into
    // an ordinary hashed map (copying the borrowed table) and add there.
    map_rebuild(map, map->filled + 4);
    return mp_map_lookup(map, key, kind);
}

// ---------------------------------------------------------------------------
// Lookup in hashed maps.

static mp_map_elem_t *hashed_lookup(mp_map_t *map, mp_obj_t key, uint32_t h, mp_map_lookup_kind_t kind) {
restart:;
    mp_map_elem_t *table = map->table;
    uint32_t *slots = map->index;
    if (MP_UNLIKELY(slots == NULL)) {
        if (kind != MP_MAP_LOOKUP_ADD_IF_NOT_FOUND) {
            return NULL;
        }
        map_rebuild(map, 4);
        table = map->table;
        slots = map->index;
    }
    uint32_t *hashes = map_hashes(map);
    size_t mask = map->index_mask;
    size_t slot = h & mask;
    uint32_t perturb = h;
    size_t first_deleted = (size_t)-1;
    for (;;) {
        uint32_t p = slots[slot];
        if (p == SLOT_EMPTY) {
            break;
        }
        if (p != SLOT_DELETED) {
            mp_map_elem_t *e = &table[p - 1];
            mp_obj_t ek = e->key;
            if (ek == key) {
                goto found;
            }
            if (hashes[p - 1] == h) {
                bool called_out = false;
                bool eq = keys_equal(ek, key, &called_out);
                if (called_out && (map->table != table || map->index != slots || slots[slot] != p || table[p - 1].key != ek)) {
                    // User __eq__ changed the map under us: start again.
                    goto restart;
                }
                if (eq) {
                    goto found;
                }
            }
        } else if (first_deleted == (size_t)-1) {
            first_deleted = slot;
        }
        perturb >>= PERTURB_SHIFT;
        slot = (slot * 5 + 1 + perturb) & mask;
        continue;
    found:
        if (kind == MP_MAP_LOOKUP_REMOVE_IF_FOUND) {
            return remove_at(map, slot, p - 1);
        }
        return &table[p - 1];
    }
    if (kind != MP_MAP_LOOKUP_ADD_IF_NOT_FOUND) {
        return NULL;
    }
    uint32_t *occupied = map_occupied(map);
    if (map->used < map->alloc && first_deleted != (size_t)-1) {
        slot = first_deleted;
    } else if (map->used < map->alloc && (*occupied + 1) * 3 <= (mask + 1) * 2) {
        (*occupied)++;
    } else {
        // Full (or the index is clogged by deleted slots): compact away
        // tombstones, growing unless many were freed.
        size_t live = map->filled;
        size_t new_alloc = live * 2;
        if (new_alloc < 4) {
            new_alloc = 4;
        }
        if (new_alloc < map->alloc && map->used < map->alloc) {
            new_alloc = map->alloc;  // only the index was clogged
        }
        map_rebuild(map, new_alloc);
        table = map->table;
        slots = map->index;
        hashes = map_hashes(map);
        mask = map->index_mask;
        slot = free_slot(slots, mask, h);
        (*map_occupied(map))++;
    }
    size_t pos = map->used;
    mp_map_elem_t *e = &table[pos];
    e->key = key;
    e->value = MP_OBJ_NULL;
    hashes[pos] = h;
    slots[slot] = (uint32_t)(pos + 1);
    map->used = pos + 1;
    map->filled++;
    if (!mp_obj_is_qstr(key)) {
        map->all_keys_are_qstrs = 0;
    }
    return e;
}

// Plain lookup, the most frequent operation: a lean probe loop. Keys whose
// comparison could run user code (which may mutate the map) are handed to
// the general, restartable hashed_lookup.
static mp_map_elem_t *lookup_only(mp_map_t *map, mp_obj_t key, uint32_t h) {
    const uint32_t *slots = map->index;
    if (slots == NULL) {
        return NULL;
    }
    mp_map_elem_t *table = map->table;
    const uint32_t *hashes = map_hashes(map);
    size_t mask = map->index_mask;
    size_t slot = h & mask;
    uint32_t perturb = h;
    for (;;) {
        uint32_t p = slots[slot];
        if (p == SLOT_EMPTY) {
            return NULL;
        }
        if (p != SLOT_DELETED) {
            mp_map_elem_t *e = &table[p - 1];
            mp_obj_t ek = e->key;
            if (ek == key) {
                return e;
            }
            if (hashes[p - 1] == h) {
                if (mp_obj_is_str(ek) && mp_obj_is_str(key)) {
                    if (mp_obj_str_equal(ek, key)) {
                        return e;
                    }
                } else if (!(mp_obj_is_small_int(ek) && mp_obj_is_small_int(key))) {
                    return hashed_lookup(map, key, h, MP_MAP_LOOKUP);
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        slot = (slot * 5 + 1 + perturb) & mask;
    }
}

mp_map_elem_t *mp_map_lookup(mp_map_t *map, mp_obj_t key, mp_map_lookup_kind_t kind) {
    if (MP_UNLIKELY(map->is_fixed)) {
        return fixed_lookup(map, key, kind);
    }
    // Hash first even for an empty map: an unhashable key is a TypeError.
    uint32_t h = key_hash(key);
    if (kind == MP_MAP_LOOKUP) {
        return lookup_only(map, key, h);
    }
    return hashed_lookup(map, key, h, kind);
}

mp_map_elem_t *mp_map_lookup_qstr(mp_map_t *map, qstr q, mp_map_lookup_kind_t kind) {
    mp_obj_t key = MP_OBJ_NEW_QSTR(q);
    if (MP_UNLIKELY(map->is_fixed)) {
        return fixed_lookup(map, key, kind);
    }
    uint32_t *slots = map->index;
    if (slots == NULL) {
        if (kind != MP_MAP_LOOKUP_ADD_IF_NOT_FOUND) {
            return NULL;
        }
        return hashed_lookup(map, key, fold_hash(qstr_hash(q)), kind);
    }
    if (map->all_keys_are_qstrs && kind != MP_MAP_LOOKUP_REMOVE_IF_FOUND && map->used <= 8) {
        // Small all-qstr maps (instance attributes, small classes): an
        // identity scan is cheaper than hashing.
        mp_map_elem_t *table = map->table;
        for (size_t i = 0, n = map->used; i < n; i++) {
            if (table[i].key == key) {
                return &table[i];
            }
        }
        if (kind == MP_MAP_LOOKUP) {
            return NULL;
        }
        return hashed_lookup(map, key, fold_hash(qstr_hash(q)), kind);
    }
    uint32_t h = fold_hash(qstr_hash(q));
    if (map->all_keys_are_qstrs && kind != MP_MAP_LOOKUP_REMOVE_IF_FOUND) {
        // Hottest path (globals, attributes): pure identity probing; only
        // an insertion takes the general route.
        size_t mask = map->index_mask;
        size_t slot = h & mask;
        uint32_t perturb = h;
        mp_map_elem_t *table = map->table;
        for (;;) {
            uint32_t p = slots[slot];
            if (p == SLOT_EMPTY) {
                break;
            }
            if (p != SLOT_DELETED && table[p - 1].key == key) {
                return &table[p - 1];
            }
            perturb >>= PERTURB_SHIFT;
            slot = (slot * 5 + 1 + perturb) & mask;
        }
        if (kind == MP_MAP_LOOKUP) {
            return NULL;
        }
    } else if (kind == MP_MAP_LOOKUP) {
        return lookup_only(map, key, h);
    }
    return hashed_lookup(map, key, h, kind);
}

// ---------------------------------------------------------------------------
// Iteration and bulk update

mp_map_elem_t *mp_map_next(const mp_map_t *map, size_t *cur) {
    for (size_t i = *cur; i < map->used; i++) {
        mp_obj_t k = map->table[i].key;
        if (k != MP_OBJ_SENTINEL && k != MP_OBJ_NULL) {
            *cur = i + 1;
            return &map->table[i];
        }
    }
    *cur = map->used;
    return NULL;
}

void mp_map_update(mp_map_t *dest, const mp_map_t *src) {
    if (dest == src) {
        return;
    }
    if (dest->filled == 0 && !dest->is_fixed && !src->is_fixed && src->index != NULL) {
        // Copy into an empty map: reuse the stored hashes, no key is
        // hashed or compared again.
        size_t n = src->filled;
        size_t alloc = n < 4 ? 4 : n;
        size_t nslots = index_slots_for(alloc);
        mp_map_elem_t *table = m_new(mp_map_elem_t, alloc);
        uint32_t *index = new_index_block(nslots, alloc);
        uint32_t *hashes = index + nslots;
        const uint32_t *src_hashes = map_hashes(src);
        size_t mask = nslots - 1;
        size_t j = 0;
        for (size_t i = 0; i < src->used && j < alloc; i++) {
            mp_obj_t k = src->table[i].key;
            if (k == MP_OBJ_SENTINEL || k == MP_OBJ_NULL) {
                continue;
            }
            table[j] = src->table[i];
            hashes[j] = src_hashes[i];
            index[free_slot(index, mask, hashes[j])] = (uint32_t)(j + 1);
            j++;
        }
        index[nslots + alloc] = (uint32_t)j;
        if (dest->table != NULL) {
            m_free(dest->table);
        }
        if (dest->index != NULL) {
            m_free(dest->index);
        }
        dest->table = table;
        dest->index = index;
        dest->index_mask = mask;
        dest->alloc = alloc;
        dest->used = j;
        dest->filled = j;
        dest->all_keys_are_qstrs = src->all_keys_are_qstrs;
        return;
    }
    size_t cur = 0;
    mp_map_elem_t *e;
    while ((e = mp_map_next(src, &cur)) != NULL) {
        mp_obj_t key = e->key;
        mp_obj_t value = e->value;
        mp_map_lookup(dest, key, MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = value;
    }
}
