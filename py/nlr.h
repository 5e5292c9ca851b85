// nlr.h: non-local return, the one mechanism by which Python exceptions
// propagate through C code. A handler pushes an nlr_buf_t; nlr_raise(obj)
// jumps to the innermost handler with obj in buf.ret_val.
//
//   nlr_buf_t nlr;
//   if (nlr_push(&nlr) == 0) {
//       ... code that may raise ...
//       nlr_pop();
//   } else {
//       mp_obj_t exc = MP_OBJ_FROM_PTR(nlr.ret_val);   // handle
//   }
//
// Every nlr_push that returns 0 must be matched by exactly one nlr_pop on
// the normal path. Built on setjmp/longjmp for portability.
#ifndef MP_PY_NLR_H
#define MP_PY_NLR_H

#include <setjmp.h>
#include "mpconfig.h"

typedef struct _nlr_buf_t {
    struct _nlr_buf_t *prev;
    void *ret_val;
    jmp_buf jmpbuf;
} nlr_buf_t;

void nlr_push_tail(nlr_buf_t *nlr);
void nlr_pop(void);
MP_NORETURN void nlr_jump(void *val);
// Called when there is no handler at all: the port prints and aborts.
MP_NORETURN void nlr_jump_fail(void *val);

#define nlr_push(buf) (nlr_push_tail(buf), setjmp((buf)->jmpbuf))
#define nlr_raise(val) nlr_jump(MP_OBJ_TO_PTR(val))

#endif
