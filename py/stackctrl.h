// stackctrl.h: extras of the C stack budget (the main API is in runtime.h).
#ifndef MP_PY_STACKCTRL_H
#define MP_PY_STACKCTRL_H

#include "mpconfig.h"

// Bytes of C stack in use below the recorded top.
size_t mp_stack_usage(void);
// Like mp_stack_check, for a caller about to take `extra` more bytes
// (alloca of a frame).
void mp_stack_check_extra(size_t extra);

#endif
