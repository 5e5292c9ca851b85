// repl.h: the Unix port's interactive prompt (repl.c) as seen by the line
// editor and the rest of the port.
#ifndef MP_UNIX_REPL_H
#define MP_UNIX_REPL_H

#include "py/mpprint.h"

// Tab completion of the dotted name that ends str[0..len) (the text before
// the cursor). Returns 0 if nothing completes; otherwise, when there is one
// match or a longer common prefix, the number of bytes to insert, stored at
// *compl_str; or (size_t)-1 after printing the candidates to `print`
// (starting on a new line and ending with a newline).
size_t mp_unix_repl_complete(const char *str, size_t len, const mp_print_t *print, const char **compl_str);

// Soft reset: a fresh __main__, builtins and sys.modules (the heap,
// sys.path and sys.argv are kept). Call only between statements, never
// from running code.
void mp_unix_soft_reset(void);

#endif
