// objmodule.h: the built-in module objects (each defined in its mod*.c).
#ifndef MP_PY_OBJMODULE_H
#define MP_PY_OBJMODULE_H

#include "obj.h"

extern const mp_obj_module_t mp_module_builtins;     // modbuiltins.c
extern const mp_obj_module_t mp_module_sys;          // modsys.c
extern const mp_obj_module_t mp_module_gc;           // modgc.c
extern const mp_obj_module_t mp_module_micropython;  // modmicropython.c
extern const mp_obj_module_t mp_module_io;           // modio.c (uio)
extern const mp_obj_module_t mp_module_errno;        // moderrno.c (uerrno)

bool mp_module_is_builtin_name(qstr module_name);

#define MP_DEFINE_CONST_MODULE(mod_name, globals_dict) \
    const mp_obj_module_t mod_name = {{&mp_type_module}, (mp_obj_dict_t *)&globals_dict}

#endif
