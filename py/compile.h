// compile.h: the compiler proper (AST -> bytecode code objects). The entry
// point mp_compile() is declared in runtime.h.
#ifndef MP_PY_COMPILE_H
#define MP_PY_COMPILE_H

#include "bc.h"
#include "runtime.h"

// Debug aid: disassemble a code object (and its nested code objects) to
// stdout. The lead wires this to "-v -v".
void mp_compile_dump(mp_obj_t code);

#endif
