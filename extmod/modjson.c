// modjson.c: the ujson module (importable as json).
// (Skeleton: the module is being written.)
#include "runtime.h"
#include "objmodule.h"

static const mp_rom_map_elem_t json_globals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_ujson)},
};
static MP_DEFINE_CONST_DICT(json_globals, json_globals_table);
MP_DEFINE_CONST_MODULE(mp_module_json, json_globals);
