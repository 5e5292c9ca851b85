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

// Time and entropy (ports/unix/unix_time.c; used by utime and urandom).
// Monotonic clocks from an arbitrary origin; they never go backwards.
uint64_t mp_hal_ticks_ms(void);
uint64_t mp_hal_ticks_us(void);
uint64_t mp_hal_ticks_cpu(void);      // the finest unit available (ns on unix)
uint64_t mp_hal_monotonic_ns(void);
// Wall-clock time in nanoseconds since 1970-01-01 00:00 UTC.
int64_t mp_hal_time_ns(void);
// Offset of local time from UTC, in seconds east of Greenwich, at the UTC
// instant utc_secs (so DST is applied as it was/will be then).
long mp_hal_time_local_offset(int64_t utc_secs);
// Sleep. Pending events are handled while waiting (mp_handle_pending), so
// Ctrl-C ends the sleep at once by raising KeyboardInterrupt.
void mp_hal_delay_us(uint64_t us);
void mp_hal_delay_ms(uint64_t ms);
// 64 bits from the host's entropy source, different at every call.
uint64_t mp_hal_random_seed(void);

#endif
