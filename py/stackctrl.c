// stackctrl.c: C stack budget. The port records the stack top at startup
// and a byte limit; deep recursion (of C code, and of Python code whose
// frames live on the C stack) raises RuntimeError before the real stack
// overflows.
#include "runtime.h"
#include "stackctrl.h"

void mp_stack_set_top(void *top) {
    MP_STATE(stack_top) = top;
}

void mp_stack_set_limit(size_t bytes) {
    MP_STATE(stack_limit) = bytes;
}

size_t mp_stack_usage(void) {
    volatile char here;
    if (MP_STATE(stack_top) == NULL) {
        return 0;
    }
    return (size_t)(MP_STATE(stack_top) - (char *)&here);
}

MP_NORETURN void mp_raise_recursion_depth(void) {
    mp_raise_msg(&mp_type_RecursionError, "maximum recursion depth exceeded");
}

void mp_stack_check(void) {
    if (MP_UNLIKELY(MP_STATE(stack_top) != NULL && mp_stack_usage() >= MP_STATE(stack_limit))) {
        mp_raise_recursion_depth();
    }
}

void mp_stack_check_extra(size_t extra) {
    if (MP_UNLIKELY(MP_STATE(stack_top) != NULL && mp_stack_usage() + extra >= MP_STATE(stack_limit))) {
        mp_raise_recursion_depth();
    }
}
