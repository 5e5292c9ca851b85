// objdict.h: dict internals for the VM, the builtins and the class system.
#ifndef MP_PY_OBJDICT_H
#define MP_PY_OBJDICT_H

#include "obj.h"

// The native dict of o (a dict or an instance of a user subclass of dict),
// or NULL.
mp_obj_dict_t *mp_obj_dict_native_maybe(mp_obj_t o);

// d.update(other): other is a dict, a mapping with keys(), or an iterable
// of key/value pairs. (Also what {**other} and dict(other) use.)
void mp_obj_dict_update(mp_obj_t dict, mp_obj_t other);
// {**other}: other must be a mapping (TypeError "'int' object is not a
// mapping" otherwise); keys must be hashable.
void mp_obj_dict_update_mapping(mp_obj_t dict, mp_obj_t other);
mp_obj_t mp_obj_dict_copy(mp_obj_t dict);
// d.get(key): the value or MP_OBJ_NULL (no exception, no __missing__).
mp_obj_t mp_obj_dict_get_maybe(mp_obj_t dict, mp_obj_t key);

// self[key] for a dict or dict subclass instance `self` when the key is
// absent: calls a user __missing__ if the class defines one, else raises
// KeyError(key). The class engineer may call this from a subscr wrapper.
mp_obj_t mp_obj_dict_missing(mp_obj_t self, mp_obj_t key);

// The last active entry of a dict's map before slot *pos (slots beyond
// map->used count as the end), or NULL; *pos becomes its slot (0 if none).
// For reverse iteration and popitem().
mp_map_elem_t *mp_obj_dict_prev_elem(mp_map_t *map, size_t *pos);

// Dict views (keys()/values()/items()).
extern const mp_obj_type_t mp_type_dict_keys;
extern const mp_obj_type_t mp_type_dict_values;
extern const mp_obj_type_t mp_type_dict_items;

#endif
