// objgenerator.h: generator, coroutine and async-generator objects
// (objgenerator.c), as seen by the VM and the function objects.
#ifndef MP_PY_OBJGENERATOR_H
#define MP_PY_OBJGENERATOR_H

#include "vm.h"
#include "objfun.h"

extern const mp_obj_type_t mp_type_async_generator;

#define MP_GEN_CREATED (0)
#define MP_GEN_SUSPENDED (1)
#define MP_GEN_RUNNING (2)
#define MP_GEN_CLOSED (3)

typedef struct _mp_obj_gen_t {
    mp_obj_base_t base;  // generator, coroutine or async_generator
    uint8_t state;       // MP_GEN_*
    bool hooks_done;     // async generator: first iteration happened
    mp_obj_fun_bc_t *fun;
    mp_obj_t exc_state;  // exception being handled inside, while suspended
    mp_obj_t caller_exc; // while run inline by the VM: the caller's current exception
    mp_frame_t frame;    // variable size: must be last
} mp_obj_gen_t;

static inline mp_obj_gen_t *mp_obj_gen_of_frame(mp_frame_t *f) {
    return (mp_obj_gen_t *)(void *)((char *)f - offsetof(mp_obj_gen_t, frame));
}

// generator.send, which the VM runs inline.
extern const mp_obj_fun_builtin_t mp_gen_send_obj;

// Running a generator inline: the VM resumes a plain generator from
// FOR_ITER or a call of its send() by linking its frame under the running
// one (no C recursion). enter: make it running (sending send_value, None
// for FOR_ITER); NULL if the C path must be used
// (not a plain generator, or not resumable). yield: the frame yielded.
// finish: the frame returned (exc NULL) or lets exc escape; the generator
// is closed and the exception to propagate returned (PEP 479 applied).
mp_frame_t *mp_obj_gen_inline_enter(mp_obj_t gen, mp_obj_t send_value);
void mp_obj_gen_inline_yield(mp_frame_t *f);
mp_obj_t mp_obj_gen_inline_finish(mp_frame_t *f, mp_obj_t exc);

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
