// map.h: the hash table behind dict, instance attributes, module globals and
// keyword arguments. Insertion-ordered: entries live in `table` in insertion
// order (deleted entries become MP_OBJ_SENTINEL keys until the next resize);
// `index` is an open-addressing hash index into `table` (linear probing).
// Fixed (const) maps have no index and are searched linearly: they are the
// method tables of builtin types and modules, compared by qstr identity.
#ifndef MP_PY_MAP_H
#define MP_PY_MAP_H

typedef struct _mp_map_elem_t {
    mp_obj_t key;
    mp_obj_t value;
} mp_map_elem_t;

typedef struct _mp_map_t {
    size_t used : (8 * sizeof(size_t) - 3);  // entries in table, including deleted ones
    size_t all_keys_are_qstrs : 1;
    size_t is_fixed : 1;   // cannot grow (const tables)
    size_t is_const : 1;   // cannot be modified at all
    size_t alloc;          // capacity of table
    size_t filled;         // live entries (len of the dict)
    mp_map_elem_t *table;
    uint32_t *index;       // hash index (NULL for fixed maps); slot values are table position + 1, 0 = empty
    size_t index_mask;     // index has index_mask + 1 slots
} mp_map_t;

typedef enum {
    MP_MAP_LOOKUP,                    // find; NULL if absent
    MP_MAP_LOOKUP_ADD_IF_NOT_FOUND,   // find or add (value MP_OBJ_NULL for a new elem)
    MP_MAP_LOOKUP_REMOVE_IF_FOUND,    // remove; returns the removed elem (key/value still readable) or NULL
} mp_map_lookup_kind_t;

typedef struct _mp_rom_map_elem_t {
    mp_obj_t key;
    mp_obj_t value;
} mp_rom_map_elem_t;

void mp_map_init(mp_map_t *map, size_t n);
void mp_map_init_fixed_table(mp_map_t *map, size_t n, const mp_obj_t *table);  // n key/value pairs
mp_map_t *mp_map_new(size_t n);
void mp_map_deinit(mp_map_t *map);
void mp_map_clear(mp_map_t *map);
// Hashing and equality go through mp_obj_hash / mp_obj_equal (may raise
// TypeError for unhashable keys); qstr keys against qstr entries compare by
// identity without calling out.
mp_map_elem_t *mp_map_lookup(mp_map_t *map, mp_obj_t key, mp_map_lookup_kind_t kind);
// Fast path for qstr keys (attribute and global lookups).
mp_map_elem_t *mp_map_lookup_qstr(mp_map_t *map, qstr key, mp_map_lookup_kind_t kind);
// Iterate: start with *cur = 0; returns NULL at the end. Skips deleted entries.
mp_map_elem_t *mp_map_next(const mp_map_t *map, size_t *cur);
// Copy all entries of src into dest (dest[key] = value, in order).
void mp_map_update(mp_map_t *dest, const mp_map_t *src);

#endif
