// modtime.c: the utime module (importable as time).
// (Skeleton: the module is being written.)
#include "runtime.h"
#include "objmodule.h"

static const mp_rom_map_elem_t time_globals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_utime)},
};
static MP_DEFINE_CONST_DICT(time_globals, time_globals_table);
MP_DEFINE_CONST_MODULE(mp_module_time, time_globals);
