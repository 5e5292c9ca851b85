// frozen.h: Python source built into the binary for library modules that
// are partly written in Python (collections' OrderedDict/defaultdict/...,
// json's JSONEncoder/JSONDecoder). tools/makefrozen.py compresses each
// extmod/frozen/NAME.py into genhdr/frozen_NAME.h at build time, which
// defines `frozen_NAME`; the module runs it once, on first use.
#ifndef MP_EXTMOD_FROZEN_H
#define MP_EXTMOD_FROZEN_H

#include "runtime.h"

typedef struct _mp_frozen_src_t {
    uint32_t len;   // bytes of source
    uint32_t zlen;  // bytes of compressed data
    const byte *data;
} mp_frozen_src_t;

// Inflate, compile (as file `name`) and run the source with globals as its
// global and local namespace.
void mp_frozen_exec(const mp_frozen_src_t *src, qstr name, mp_obj_t globals);

#endif
