// modcollections.c: the ucollections module (importable as collections).
// (Skeleton: the module is being written.)
#include "runtime.h"
#include "objmodule.h"

static const mp_rom_map_elem_t collections_globals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_ucollections)},
};
static MP_DEFINE_CONST_DICT(collections_globals, collections_globals_table);
MP_DEFINE_CONST_MODULE(mp_module_collections, collections_globals);
