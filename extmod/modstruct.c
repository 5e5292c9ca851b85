// modstruct.c: the ustruct module (importable as struct): packing of binary records.
// (Skeleton: the module is being written.)
#include "runtime.h"
#include "objmodule.h"

static const mp_rom_map_elem_t struct_globals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_ustruct)},
};
static MP_DEFINE_CONST_DICT(struct_globals, struct_globals_table);
MP_DEFINE_CONST_MODULE(mp_module_struct, struct_globals);
