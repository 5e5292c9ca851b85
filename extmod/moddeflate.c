// moddeflate.c: the deflate module: DeflateIO compressing/decompressing streams.
// (Skeleton: the module is being written.)
#include "runtime.h"
#include "objmodule.h"

static const mp_rom_map_elem_t deflate_globals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_deflate)},
};
static MP_DEFINE_CONST_DICT(deflate_globals, deflate_globals_table);
MP_DEFINE_CONST_MODULE(mp_module_deflate, deflate_globals);
