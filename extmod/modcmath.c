// modcmath.c: the cmath module: math on complex numbers.
// (Skeleton: the module is being written.)
#include "runtime.h"
#include "objmodule.h"

static const mp_rom_map_elem_t cmath_globals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_cmath)},
};
static MP_DEFINE_CONST_DICT(cmath_globals, cmath_globals_table);
MP_DEFINE_CONST_MODULE(mp_module_cmath, cmath_globals);
