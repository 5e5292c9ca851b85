// modzlib.c: the uzlib module (importable as zlib): deflate streams.
// (Skeleton: the module is being written.)
#include "runtime.h"
#include "objmodule.h"

static const mp_rom_map_elem_t zlib_globals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_uzlib)},
};
static MP_DEFINE_CONST_DICT(zlib_globals, zlib_globals_table);
MP_DEFINE_CONST_MODULE(mp_module_zlib, zlib_globals);
