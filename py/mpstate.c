// mpstate.c: the single instance of the interpreter state.
#include "mpstate.h"

mp_state_t mp_state;
