// modframebuf.c: the framebuf module: drawing into pixel buffers.
// (Skeleton: the module is being written.)
#include "runtime.h"
#include "objmodule.h"

static const mp_rom_map_elem_t framebuf_globals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_framebuf)},
};
static MP_DEFINE_CONST_DICT(framebuf_globals, framebuf_globals_table);
MP_DEFINE_CONST_MODULE(mp_module_framebuf, framebuf_globals);
