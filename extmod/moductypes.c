// moductypes.c: the uctypes module: structured access to binary data.
// (Skeleton: the module is being written.)
#include "runtime.h"
#include "objmodule.h"

static const mp_rom_map_elem_t uctypes_globals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_uctypes)},
};
static MP_DEFINE_CONST_DICT(uctypes_globals, uctypes_globals_table);
MP_DEFINE_CONST_MODULE(mp_module_uctypes, uctypes_globals);
