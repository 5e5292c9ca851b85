// mpconfigport.h: the Unix port's overrides of py/mpconfig.h defaults.
#ifndef MP_UNIX_MPCONFIGPORT_H
#define MP_UNIX_MPCONFIGPORT_H

#define MICROPY_PY_SYS_PLATFORM "linux"
#define MICROPY_HW_BOARD_NAME "linux"
// main.c takes the heap from calloc, which hands out zeroed pages.
#define MICROPY_GC_HEAP_ZEROED (1)

#endif
