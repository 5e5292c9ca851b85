// modarray.c: the array module: typed arrays of numbers.
// (Skeleton: the module is being written.)
#include "runtime.h"
#include "objmodule.h"

static const mp_rom_map_elem_t array_globals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_array)},
};
static MP_DEFINE_CONST_DICT(array_globals, array_globals_table);
MP_DEFINE_CONST_MODULE(mp_module_array, array_globals);
