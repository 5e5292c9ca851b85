// modrandom.c: the urandom module (importable as random).
// (Skeleton: the module is being written.)
#include "runtime.h"
#include "objmodule.h"

static const mp_rom_map_elem_t random_globals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_urandom)},
};
static MP_DEFINE_CONST_DICT(random_globals, random_globals_table);
MP_DEFINE_CONST_MODULE(mp_module_random, random_globals);
