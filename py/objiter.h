// objiter.h: the iterator objects of objiter.c that runtime.c and the
// builtins create directly.
#ifndef MP_PY_OBJITER_H
#define MP_PY_OBJITER_H

#include "obj.h"

// iter(callable, sentinel): calls fun() until it returns sentinel.
mp_obj_t mp_obj_new_callable_iter(mp_obj_t fun, mp_obj_t sentinel);
// The sequence protocol iterator: seq[0], seq[1], ... until IndexError
// (or StopIteration) is raised. For objects without __iter__.
mp_obj_t mp_obj_new_getitem_iter(mp_obj_t seq);
// reversed(seq) as a C call.
mp_obj_t mp_obj_new_reversed(mp_obj_t seq);

#endif
