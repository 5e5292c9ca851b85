// modhashlib.c: the uhashlib module (importable as hashlib): sha256, sha1, md5.
// (Skeleton: the module is being written.)
#include "runtime.h"
#include "objmodule.h"

static const mp_rom_map_elem_t hashlib_globals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_uhashlib)},
};
static MP_DEFINE_CONST_DICT(hashlib_globals, hashlib_globals_table);
MP_DEFINE_CONST_MODULE(mp_module_hashlib, hashlib_globals);
