// objslice.h: the layout of slice objects.
#ifndef MP_PY_OBJSLICE_H
#define MP_PY_OBJSLICE_H

#include "obj.h"

typedef struct _mp_obj_slice_t {
    mp_obj_base_t base;
    mp_obj_t start;  // any object; None when omitted
    mp_obj_t stop;
    mp_obj_t step;
} mp_obj_slice_t;

// The slice itself, or an equivalent one whose bounds are ints, so that
// the __index__ methods of its bounds run before a mutable sequence reads
// its length (they may change it).
mp_obj_t mp_obj_slice_resolve(mp_obj_t slice);
// The same for any subscript: a slice is resolved, a user object with
// __index__ becomes its int; anything else is returned unchanged.
mp_obj_t mp_obj_subscr_resolve(mp_obj_t index);
// o as an index: an int object for an int, a bool or a user object with
// __index__ (which must return an int: TypeError otherwise); MP_OBJ_NULL
// if o is none of these.
mp_obj_t mp_obj_index_maybe(mp_obj_t o);
// The value of a slice bound or sequence index (int, bool or __index__):
// ints beyond +-2**61 are clamped to that (as CPython clips slice bounds,
// any length being smaller), with *huge set. False if o is not index-like.
bool mp_obj_index_clamped(mp_obj_t o, mp_int_t *out, bool *huge);

#endif
