// objset.h: set/frozenset internals used by the other container files.
#ifndef MP_PY_OBJSET_H
#define MP_PY_OBJSET_H

#include "obj.h"

// One slot of the open-addressing table. key MP_OBJ_NULL: never used;
// MP_OBJ_SENTINEL: deleted (hash -1).
typedef struct _mp_set_entry_t {
    mp_obj_t key;
    mp_int_t hash;
} mp_set_entry_t;

#define MP_SET_MINSIZE (8)

typedef struct _mp_obj_set_t {
    mp_obj_base_t base;
    size_t fill;    // active + deleted slots
    size_t used;    // active slots (len)
    size_t mask;    // table has mask + 1 slots
    size_t finger;  // where pop() resumes its search
    mp_int_t hash;  // frozenset hash cache, -1 if not computed
    mp_set_entry_t *table;
    mp_set_entry_t smalltable[MP_SET_MINSIZE];
} mp_obj_set_t;

// True for set, frozenset and instances of their user subclasses.
bool mp_obj_is_set_or_frozenset(mp_obj_t o);
// A new set (type &mp_type_set or &mp_type_frozenset) of the items of
// any iterable.
mp_obj_t mp_obj_new_set_from_iterable(const mp_obj_type_t *type, mp_obj_t iterable);
// A set display {a, b, c}. CPython builds a display of 3+ constants from
// a constant frozenset, which gives a different table layout (so a
// different iteration order) than adding the items one by one; pass
// from_constants to reproduce that. (mp_obj_new_set guesses it from the
// item types.)
mp_obj_t mp_obj_new_set_display(size_t n, const mp_obj_t *items, bool from_constants);
// In place on a set: op OR (update), AND (intersection_update), SUBTRACT
// (difference_update) or XOR (symmetric_difference_update) with any
// iterable.
void mp_obj_set_update_op(mp_obj_t set, mp_binary_op_t op, mp_obj_t iterable);
// The full-width (CPython) hash of a set key, never -1: tuples and
// frozensets are hashed recursively without truncation to a small int.
mp_int_t mp_obj_set_key_hash(mp_obj_t o);
// The full-width (CPython) hash of a tuple of these items, never -1 (what
// tuple's hash truncates).
mp_int_t mp_obj_tuple_items_hash(size_t len, const mp_obj_t *items);

#endif
