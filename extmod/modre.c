// modre.c: the ure module (importable as re): regular expressions.
// (Skeleton: the module is being written.)
#include "runtime.h"
#include "objmodule.h"

static const mp_rom_map_elem_t re_globals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_ure)},
};
static MP_DEFINE_CONST_DICT(re_globals, re_globals_table);
MP_DEFINE_CONST_MODULE(mp_module_re, re_globals);
