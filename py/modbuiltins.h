// modbuiltins.h: the builtins module (modbuiltins.c) as seen by the rest
// of the core.
#ifndef MP_PY_MODBUILTINS_H
#define MP_PY_MODBUILTINS_H

#include "obj.h"

// A new mutable dict with everything the builtins module defines (what
// mp_init installs as MP_STATE(dict_builtins)).
mp_obj_dict_t *mp_builtins_make_dict(void);

// Hook for open(): provided by the io layer (weak reference); without it
// open() raises OSError.
mp_obj_t mp_builtin_open(size_t n_args, const mp_obj_t *args, struct _mp_map_t *kwargs);

// pow(base, exp[, mod]) (for int.__pow__ with a modulus).
extern const mp_obj_fun_builtin_t mp_builtin_pow_obj;

#endif
