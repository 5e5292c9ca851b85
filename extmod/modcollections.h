// modcollections.h: what the files of the collections module share
// (modcollections.c: the module, namedtuple, OrderedDict; objdeque.c: deque).
#ifndef MP_EXTMOD_MODCOLLECTIONS_H
#define MP_EXTMOD_MODCOLLECTIONS_H

#include "obj.h"

extern const mp_obj_type_t mp_type_deque;

#endif
