// mpstate.h: all global interpreter state in one struct, reached only via
// MP_STATE(field). Its object fields are GC roots (the collector scans the
// whole struct), so anything stored here stays alive.
#ifndef MP_PY_MPSTATE_H
#define MP_PY_MPSTATE_H

#include "obj.h"
#include "nlr.h"

typedef struct _mp_state_t {
    // ---- start of GC-scanned area
    mp_obj_dict_t *dict_main;       // globals of __main__
    mp_obj_dict_t *dict_builtins;   // the builtins module's dict (mutable copy)
    mp_obj_dict_t *modules;         // sys.modules
    mp_obj_t sys_path;              // list
    mp_obj_t sys_argv;              // list
    mp_obj_t sys_stdin, sys_stdout, sys_stderr;  // reassignable streams
    mp_obj_t sys_exitfunc;
    mp_obj_t cur_exception;         // exception being handled (sys.exc_info), or NULL
    mp_obj_t keyboard_interrupt;    // preallocated KeyboardInterrupt instance
    mp_obj_t memory_error;          // preallocated MemoryError instance
    mp_obj_t memory_error_locked;   // preallocated MemoryError for allocation under heap_lock
    mp_obj_t pending_exception;     // raised by the VM at the next check (Ctrl-C, schedule)
    mp_obj_t sched_queue[MICROPY_SCHEDULER_DEPTH * 2];  // (callback, arg) pairs
    mp_obj_t repl_last_value;       // "_"
    mp_obj_dict_t *dict_locals;     // current NAME-op locals (module/class body)
    mp_obj_dict_t *dict_globals;    // current globals
    mp_obj_t extra_roots[32];       // free for subsystems that need a rooted slot
    // ---- end of GC-scanned area
    void *gc_scan_end;

    nlr_buf_t *nlr_top;             // innermost exception handler
    char *stack_top;                // C stack address at interpreter entry
    size_t stack_limit;             // bytes of C stack allowed below stack_top
    unsigned sched_len, sched_idx;
    int opt_level;                  // -O count: 0 keeps asserts; >=1 drops them, __debug__ False
    bool sched_locked;
    int recursion_depth;
} mp_state_t;

extern mp_state_t mp_state;
#define MP_STATE(field) (mp_state.field)

#endif
