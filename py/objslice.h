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

#endif
