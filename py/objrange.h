// objrange.h: the layout of range objects, for the fast paths of list(),
// reversed() and iteration in the other container files.
#ifndef MP_PY_OBJRANGE_H
#define MP_PY_OBJRANGE_H

#include "obj.h"

// Bounds that do not fit 64 bits (or a length that does not) are kept as
// int objects here; see objrange.c.
typedef struct _mp_obj_range_big_t {
    mp_obj_t start, stop, step, len;
} mp_obj_range_big_t;

typedef struct _mp_obj_range_t {
    mp_obj_base_t base;
    mp_int_t start;
    mp_int_t stop;
    mp_int_t step;  // never 0
    // NULL: start/stop/step above are exact and the length fits mp_int_t.
    // Otherwise the int fields are meaningless and big holds the values.
    mp_obj_range_big_t *big;
} mp_obj_range_t;

// Number of items of a range whose big is NULL.
mp_int_t mp_obj_range_len(const mp_obj_range_t *r);

// The iterator of a range with machine-word bounds. The VM's FOR_ITER
// inlines mp_obj_range_it_next for it.
typedef struct _mp_obj_range_it_t {
    mp_obj_base_t base;
    mp_int_t cur;
    mp_int_t remaining;  // counted down, so no bound check can overflow
    mp_int_t step;
} mp_obj_range_it_t;
extern const mp_obj_type_t mp_type_range_it;

static inline mp_obj_t mp_obj_range_it_next(mp_obj_range_it_t *it) {
    if (it->remaining <= 0) {
        return MP_OBJ_STOP_ITERATION;
    }
    mp_int_t v = it->cur;
    it->cur = (mp_int_t)((mp_uint_t)v + (mp_uint_t)it->step);
    it->remaining--;
    if (MP_LIKELY(mp_small_int_fits(v))) {
        return mp_obj_new_small_int(v);
    }
    return mp_obj_new_int(v);
}

#endif
