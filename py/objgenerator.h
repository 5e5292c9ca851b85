// objgenerator.h: generator, coroutine and async-generator objects
// (objgenerator.c), as seen by the VM and the function objects.
#ifndef MP_PY_OBJGENERATOR_H
#define MP_PY_OBJGENERATOR_H

#include "vm.h"
#include "objfun.h"

extern const mp_obj_type_t mp_type_async_generator;

// Create the generator / coroutine / async generator object for a call of
// a function whose code has MP_CODE_FLAG_GENERATOR / _COROUTINE /
// _ASYNC_GENERATOR, binding the arguments into its frame.
mp_obj_t mp_obj_new_generator(mp_obj_fun_bc_t *fun, mp_obj_t self, size_t n_args, size_t n_kw, const mp_obj_t *args);

// True for generator and coroutine objects (what YIELD_FROM resumes
// directly).
bool mp_obj_is_generator(mp_obj_t o);

// Resume a generator or coroutine: send a value (send_value, None for
// next()) or throw an exception instance (throw_value, send_value
// ignored). Returns YIELD with the yielded value, NORMAL with the return
// value when it finishes, or EXCEPTION with the exception that escaped.
// Raises itself only for misuse ("generator already executing", sending
// non-None to a just-started generator).
mp_vm_return_kind_t mp_obj_gen_resume(mp_obj_t gen, mp_obj_t send_value, mp_obj_t throw_value, mp_obj_t *ret);

#endif
