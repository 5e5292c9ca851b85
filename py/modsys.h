// modsys.h: what the sys module (modsys.c) offers the rest of the
// interpreter: the current standard streams as printers (honouring
// reassignment of sys.stdout / sys.stderr) and the sys.atexit hook.
#ifndef MP_PY_MODSYS_H
#define MP_PY_MODSYS_H

#include "obj.h"
#include "mpprint.h"

// The object currently bound to sys.<name> (stdin, stdout, stderr), or
// MP_OBJ_NULL if there is none.
mp_obj_t mp_sys_get_stream(qstr name);

// Makes *print write to `stream`: the console printers for the console
// streams (fast, no allocation), otherwise calls of stream.write(str).
void mp_sys_printer_for(mp_obj_t stream, mp_print_t *print);

// Prints a traceback to the current sys.stderr, falling back to the
// console's stderr when that object is missing or fails; never raises
// (when even the report cannot be made, the bare type name is printed).
void mp_sys_print_exception_stderr(mp_obj_t exc);

// Prints str(obj) and a newline the same way (SystemExit's message).
void mp_sys_print_str_stderr(mp_obj_t obj);

// Runs the function registered with sys.atexit (if any) once; an
// exception it raises propagates to the caller.
void mp_sys_run_atexit(void);

// Builds the tables of the errno module (moderrno.c); mp_sys_init calls it.
void mp_errno_init(void);

#endif
