// modheapq.c: the uheapq module (importable as heapq): heap queue on lists.
// (Skeleton: the module is being written.)
#include "runtime.h"
#include "objmodule.h"

static const mp_rom_map_elem_t heapq_globals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_uheapq)},
};
static MP_DEFINE_CONST_DICT(heapq_globals, heapq_globals_table);
MP_DEFINE_CONST_MODULE(mp_module_heapq, heapq_globals);
