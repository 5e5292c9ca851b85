// unix_port.h: functions shared between the Unix port's files.
#ifndef MP_UNIX_PORT_H
#define MP_UNIX_PORT_H

#include "py/runtime.h"

void mp_unix_init(void);           // port modules, after mp_init
int mp_unix_repl(int verbose);     // the interactive loop; returns the exit status
void mp_import_run_main(const char *name);  // builtinimport.c: -m

// main.c: -v count (2 or more: code objects are disassembled before they run).
extern int mp_unix_verbose;
// Compile source for the command line or the REPL, disassembling the
// code with -v -v.
mp_obj_t mp_unix_compile(const char *src, size_t len, qstr filename, mp_parse_input_kind_t kind);
// main.c: the exit status a SystemExit asks for, as EXIT_FORCED | status
// (a message that is not an int goes to sys.stderr and gives 1).
#define EXIT_FORCED (0x100)
int mp_unix_exit_status(mp_obj_t system_exit);

// repl.c: the traceback of exc to print; only the type name (and a
// newline) when there is no memory for more. Never raises.
void mp_unix_print_exception(const mp_print_t *print, mp_obj_t exc);

// modos.c: path arguments. The path of an os.PathLike object (other
// objects unchanged), and a NUL-terminated heap copy of a str/bytes path
// (TypeError for other types, ValueError for embedded NULs); *is_bytes, if
// not NULL, tells which it was.
mp_obj_t mp_unix_fspath(mp_obj_t p);
const char *mp_unix_path_cstr(mp_obj_t p, bool *is_bytes);

// unix_mphal.c: the interrupt character (micropython.kbd_intr): 3 or -1.
extern int mp_unix_interrupt_char;

// unix_mphal.c: uos.dupterm. Console output (stdout and stderr) is copied
// to the streams in the slots with their write(); console input is also
// taken from their readinto() (non-blocking; None or 0 when there is
// nothing). A stream that raises is detached with a message on stderr.
#define MP_UNIX_DUPTERM_SLOTS (2)
mp_obj_t mp_unix_dupterm_set(size_t slot, mp_obj_t stream);  // returns the previous one or None
bool mp_unix_dupterm_active(void);
int mp_unix_dupterm_rx(void);  // one byte from a stream, or -1

#endif
