// modules.c: registers the Unix port's own built-in modules (os, ...)
// with the core's module table at start-up.
#include "runtime.h"
#include "unix_port.h"

extern const mp_obj_module_t mp_module_os;  // modos.c

void mp_unix_init(void) {
    mp_module_register(MP_QSTR_uos, MP_OBJ_FROM_PTR(&mp_module_os));
}
