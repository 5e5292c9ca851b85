// modmath.c: the math module.
// (Skeleton: the module is being written.)
#include "runtime.h"
#include "objmodule.h"

static const mp_rom_map_elem_t math_globals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_math)},
};
static MP_DEFINE_CONST_DICT(math_globals, math_globals_table);
MP_DEFINE_CONST_MODULE(mp_module_math, math_globals);
