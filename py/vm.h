// vm.h: the bytecode interpreter's frames and entry points (vm.c), shared
// with the function and generator objects (objfun.c, objgenerator.c).
//
// A frame holds everything one activation of a code object needs: a fixed
// header, then n_locals slots, the value stack (n_stack slots) and the
// block stack (n_blocks entries), in one piece of memory. Frames of plain
// calls live on the C stack: the first one of each VM run is alloca'd by
// the C caller, and Python-to-Python calls made inside a run are executed
// without C recursion, their frames carved from chunks alloca'd by the run
// (so the GC sees them by scanning the C stack, and everything is released
// when the run returns or an exception unwinds through it). A generator's
// frame lives inside the generator object on the heap.
#ifndef MP_PY_VM_H
#define MP_PY_VM_H

#include "bc.h"

typedef enum {
    MP_VM_RETURN_NORMAL,     // *ret is the return value
    MP_VM_RETURN_YIELD,      // *ret is the yielded value (generators)
    MP_VM_RETURN_EXCEPTION,  // *ret is the exception instance
} mp_vm_return_kind_t;

// Block kinds.
#define MP_VM_BLOCK_EXCEPT (0)
#define MP_VM_BLOCK_FINALLY (1)
#define MP_VM_BLOCK_EXCEPT_HANDLER (2)
// A finally handler entered with an exception: that exception is the
// current one while the handler runs (as in CPython); saved_exc is the one
// to restore. It occupies the slot of its FINALLY block, so the block
// stack of a frame has room for 2 * n_blocks entries.
#define MP_VM_BLOCK_FINALLY_ACTIVE (3)

typedef struct _mp_vm_block_t {
    uint32_t handler;    // bytecode offset of the handler
    uint16_t depth;      // value-stack depth (number of items) at setup
    uint16_t kind;       // MP_VM_BLOCK_*
    mp_obj_t saved_exc;  // EXCEPT_HANDLER: the current exception to restore
} mp_vm_block_t;

struct _mp_obj_fun_bc_t;
typedef struct _mp_vm_chunk_t mp_vm_chunk_t;

typedef struct _mp_frame_t {
    const mp_code_t *code;
    // Position in the bytecode: just past the opcode byte of the
    // instruction being executed (so ip[-1] is its opcode; the line of a
    // fault is that of offset ip - 1), or past the whole instruction for a
    // frame suspended in a call or at a yield. The bytecode start for a
    // frame that has not run yet.
    const byte *ip;
    mp_obj_t *sp;               // top of the value stack; stack base - 1 when empty
    mp_vm_block_t *bp;          // one past the innermost block
    struct _mp_obj_fun_bc_t *fun;  // NULL for module code
    mp_obj_dict_t *globals;
    mp_obj_dict_t *locals_dict; // namespace of module / class-body code (NAME ops), else NULL
    struct _mp_frame_t *back;   // calling frame in the same VM run, NULL for the run's first frame
    mp_vm_chunk_t *chunk;       // where frames called from this one are carved
    char *fs_next;
    // What the caller's instruction does with this frame's return value
    // (inline calls made by the VM for other instructions than calls):
    // MP_VM_RET_* below.
    uintptr_t ret_action;
    mp_obj_t locals[];          // n_locals slots, then the value stack, then the blocks
} mp_frame_t;

#define MP_VM_RET_VALUE (0)   // the value replaces the callee in the caller's stack
#define MP_VM_RET_INIT (1)    // __init__ of a constructor call: must be None; the instance stays
#define MP_VM_RET_BINOP (2)   // a binary operator's special method: lhs rhs -> value (NotImplemented: fall back)
#define MP_VM_RET_GEN (3)     // a generator resumed by FOR_ITER (its frame is in the generator)
#define MP_VM_RET_GEN_SEND (4) // a generator resumed by a call of its send()

static inline mp_obj_t *mp_frame_stack(const mp_frame_t *f) {
    return (mp_obj_t *)f->locals + f->code->n_locals;
}
static inline mp_vm_block_t *mp_frame_blocks(const mp_frame_t *f) {
    return (mp_vm_block_t *)(mp_frame_stack(f) + f->code->n_stack);
}
static inline size_t mp_frame_size(const mp_code_t *code) {
    return sizeof(mp_frame_t) + (code->n_locals + code->n_stack) * sizeof(mp_obj_t)
           + 2 * code->n_blocks * sizeof(mp_vm_block_t);
}
// Set up the header of a frame for `code` (locals are not touched).
static inline void mp_frame_init(mp_frame_t *f, const mp_code_t *code, struct _mp_obj_fun_bc_t *fun, mp_obj_dict_t *globals) {
    f->code = code;
    f->ip = code->bytecode;
    f->sp = (mp_obj_t *)f->locals + code->n_locals - 1;
    f->bp = (mp_vm_block_t *)(f->sp + 1 + code->n_stack);
    f->fun = fun;
    f->globals = globals;
    f->locals_dict = NULL;
    f->back = NULL;
    f->chunk = NULL;
    f->fs_next = NULL;
    f->ret_action = MP_VM_RET_VALUE;
}

// Run a frame (fresh, or suspended at a yield with the sent value already
// pushed) until it returns, yields or lets an exception escape. If
// throw_value is not NULL, that exception is raised in the frame at its
// current instruction first. Never raises itself.
mp_vm_return_kind_t mp_vm_run(mp_frame_t *frame, mp_obj_t throw_value, mp_obj_t *ret);

// Call a Python function (not a generator function) from C.
mp_obj_t mp_vm_call_fun_bc(struct _mp_obj_fun_bc_t *fun, mp_obj_t self, size_t n_args, size_t n_kw, const mp_obj_t *args);

// The innermost running frame (NULL outside any code).
mp_frame_t *mp_vm_current_frame(void);
// locals() of the innermost frame: the namespace dict of module and class
// code, or a new dict of the bound local variables of a function.
mp_obj_t mp_vm_locals_of_current_frame(void);
// The line being executed by a frame.
size_t mp_frame_current_line(const mp_frame_t *f);

#endif
