// objrange.h: the layout of range objects, for the fast paths of list(),
// reversed() and iteration in the other container files.
#ifndef MP_PY_OBJRANGE_H
#define MP_PY_OBJRANGE_H

#include "obj.h"

typedef struct _mp_obj_range_t {
    mp_obj_base_t base;
    mp_int_t start;
    mp_int_t stop;
    mp_int_t step;  // never 0
} mp_obj_range_t;

// Number of items of a range (fits mp_int_t for any 64-bit bounds except
// the extreme full-range cases, which saturate).
mp_int_t mp_obj_range_len(const mp_obj_range_t *r);

#endif
