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

// Portable library modules in extmod/.
extern const mp_obj_module_t mp_module_array;         // extmod/modarray.c (array)
extern const mp_obj_module_t mp_module_struct;        // extmod/modstruct.c (ustruct)
extern const mp_obj_module_t mp_module_math;          // extmod/modmath.c (math)
extern const mp_obj_module_t mp_module_cmath;         // extmod/modcmath.c (cmath)
extern const mp_obj_module_t mp_module_binascii;      // extmod/modbinascii.c (ubinascii)
extern const mp_obj_module_t mp_module_hashlib;       // extmod/modhashlib.c (uhashlib)
extern const mp_obj_module_t mp_module_heapq;         // extmod/modheapq.c (uheapq)
extern const mp_obj_module_t mp_module_random;        // extmod/modrandom.c (urandom)
extern const mp_obj_module_t mp_module_time;          // extmod/modtime.c (utime)
extern const mp_obj_module_t mp_module_collections;   // extmod/modcollections.c (ucollections)
extern const mp_obj_module_t mp_module_json;          // extmod/modjson.c (ujson)
extern const mp_obj_module_t mp_module_re;            // extmod/modre.c (ure)
extern const mp_obj_module_t mp_module_zlib;          // extmod/modzlib.c (uzlib)
extern const mp_obj_module_t mp_module_deflate;       // extmod/moddeflate.c (deflate)
extern const mp_obj_module_t mp_module_uctypes;       // extmod/moductypes.c (uctypes)
extern const mp_obj_module_t mp_module_framebuf;      // extmod/modframebuf.c (framebuf)

bool mp_module_is_builtin_name(qstr module_name);
// The globals and import name of the i-th built-in module (const ones
// first, then those registered by the port); NULL past the end.
struct _mp_obj_dict_t *mp_module_builtin_globals(size_t i, qstr *name);

#define MP_DEFINE_CONST_MODULE(mod_name, globals_dict) \
    const mp_obj_module_t mod_name = {{&mp_type_module}, (mp_obj_dict_t *)&globals_dict}

#endif
