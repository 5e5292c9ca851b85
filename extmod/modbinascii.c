// modbinascii.c: the ubinascii module (importable as binascii).
// (Skeleton: the module is being written.)
#include "runtime.h"
#include "objmodule.h"

static const mp_rom_map_elem_t binascii_globals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_ubinascii)},
};
static MP_DEFINE_CONST_DICT(binascii_globals, binascii_globals_table);
MP_DEFINE_CONST_MODULE(mp_module_binascii, binascii_globals);
