// mphal.h: what a port must provide to the core: console output, file
// access for the importer, and time. The core never includes a host
// header; everything host-specific is behind these functions.
#ifndef MP_PY_MPHAL_H
#define MP_PY_MPHAL_H

#include "mpconfig.h"

// Console.
void mp_hal_stdout_tx_strn(const char *str, size_t len);
void mp_hal_stderr_tx_strn(const char *str, size_t len);
// Push out buffered standard output.
void mp_hal_stdout_flush(void);
// Read up to len bytes of standard input; returns the count, 0 at end of
// input, -1 on error.
long mp_hal_stdin_read(char *buf, size_t len);
// The character that raises KeyboardInterrupt while code runs (3 for
// Ctrl-C; -1: none, the character is then plain input). micropython.kbd_intr.
void mp_hal_set_interrupt_char(int c);

// Files, for import. mp_hal_import_stat returns one of these.
typedef enum {
    MP_IMPORT_STAT_NO_EXIST,
    MP_IMPORT_STAT_DIR,
    MP_IMPORT_STAT_FILE,
} mp_import_stat_t;
mp_import_stat_t mp_hal_import_stat(const char *path);
// Read a whole file into a new GC-heap buffer (NUL-terminated); NULL and
// *err_no set if it cannot be read.
char *mp_hal_read_file(const char *path, size_t *len, int *err_no);

#endif
