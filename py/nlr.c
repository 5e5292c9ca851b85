// nlr.c: the non-local return stack (see nlr.h). Handlers form a linked
// list through MP_STATE(nlr_top); raising longjmps to the innermost one.
#include "runtime.h"

void nlr_push_tail(nlr_buf_t *nlr) {
    nlr->prev = MP_STATE(nlr_top);
    MP_STATE(nlr_top) = nlr;
}

void nlr_pop(void) {
    MP_STATE(nlr_top) = MP_STATE(nlr_top)->prev;
}

MP_NORETURN void nlr_jump(void *val) {
    nlr_buf_t *top = MP_STATE(nlr_top);
    if (top == NULL) {
        nlr_jump_fail(val);
    }
    top->ret_val = val;
    MP_STATE(nlr_top) = top->prev;
    longjmp(top->jmpbuf, 1);
}
