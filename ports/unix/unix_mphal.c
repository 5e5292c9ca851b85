// unix_mphal.c: the Unix implementation of py/mphal.h (console, files,
// interrupt character), the console duplication of uos.dupterm, and the
// fatal-error hook of nlr.
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <poll.h>
#include <unistd.h>
#include <sys/stat.h>
#include "runtime.h"
#include "mphal.h"
#include "readline.h"
#include "unix_port.h"

static void write_all(int fd, const char *str, size_t len) {
    while (len > 0) {
        ssize_t n = write(fd, str, len);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            return;
        }
        str += n;
        len -= n;
    }
}

// Standard output is buffered (one write per 4 KiB instead of per print),
// except on a terminal, where each line goes out when it ends. The buffer
// is flushed before reading input, before writing to stderr and at exit.
static struct {
    char buf[4096];
    size_t len;
    int is_tty;  // -1: not known yet
} out = {.is_tty = -1};

static void dupterm_flush(void);
static int dupterm_count;  // slots in use: the output paths test only this

void mp_hal_stdout_flush(void) {
    if (MP_UNLIKELY(dupterm_count > 0)) {
        dupterm_flush();
    }
    if (out.len > 0) {
        size_t n = out.len;
        out.len = 0;
        write_all(1, out.buf, n);
    }
}

static void dupterm_tx(const char *str, size_t len);

static void console_tx(const char *str, size_t len) {
    if (out.is_tty < 0) {
        out.is_tty = isatty(1);
    }
    if (len >= sizeof(out.buf)) {
        mp_hal_stdout_flush();
        write_all(1, str, len);
        return;
    }
    if (out.len + len > sizeof(out.buf)) {
        mp_hal_stdout_flush();
    }
    memcpy(out.buf + out.len, str, len);
    out.len += len;
    if (out.is_tty && memchr(str, '\n', len) != NULL) {
        mp_hal_stdout_flush();
    }
}

void mp_hal_stdout_tx_strn(const char *str, size_t len) {
    console_tx(str, len);
    // After the console, so that a failing stream's message comes after
    // the text.
    if (MP_UNLIKELY(dupterm_count > 0)) {
        dupterm_tx(str, len);
    }
}

void mp_hal_stderr_tx_strn(const char *str, size_t len) {
    mp_hal_stdout_flush();
    write_all(2, str, len);
    if (MP_UNLIKELY(dupterm_count > 0)) {
        dupterm_tx(str, len);
        dupterm_flush();
    }
}

long mp_hal_stdin_read(char *buf, size_t len) {
    mp_hal_stdout_flush();
    // With uos.dupterm streams, input comes from whichever has some first.
    while (MP_UNLIKELY(dupterm_count > 0) && len > 0) {
        int c = mp_unix_dupterm_rx();
        if (c >= 0) {
            buf[0] = (char)c;
            return 1;
        }
        struct pollfd p = {.fd = 0, .events = POLLIN};
        if (poll(&p, 1, 20) > 0) {
            break;
        }
        mp_handle_pending();
    }
    for (;;) {
        ssize_t n = read(0, buf, len);
        if (n < 0 && errno == EINTR) {
            mp_handle_pending();
            continue;
        }
        return n;
    }
}

// ---------------------------------------------------------------------------
// The interrupt character (micropython.kbd_intr). SIGINT always raises
// KeyboardInterrupt; what changes is which key of the terminal sends it
// while code runs (readline.c applies it), or none, so that the key
// reaches the program as an ordinary byte.

int mp_unix_interrupt_char = 3;

void mp_hal_set_interrupt_char(int c) {
    if (c != mp_unix_interrupt_char) {
        mp_unix_interrupt_char = c;
        mp_unix_term_refresh();
    }
}

// ---------------------------------------------------------------------------
// uos.dupterm: the console repeated on stream objects.

static mp_obj_t dupterm_slots[MP_UNIX_DUPTERM_SLOTS];  // MP_OBJ_NULL: free
static bool dupterm_busy;  // inside a stream's method: its own output is not copied

// Output for the streams is gathered into lines (a stream such as a socket
// would otherwise get one write per print() item), and passed on at each
// newline, when the buffer is full, and whenever stdout is flushed.
static struct {
    char buf[256];
    size_t len;
} dupterm_out;

static void dupterm_recount(void) {
    dupterm_count = 0;
    for (size_t i = 0; i < MP_UNIX_DUPTERM_SLOTS; i++) {
        dupterm_count += dupterm_slots[i] != MP_OBJ_NULL;
    }
    if (dupterm_count == 0) {
        dupterm_out.len = 0;
    }
}

mp_obj_t mp_unix_dupterm_set(size_t slot, mp_obj_t stream) {
    static bool rooted;
    if (!rooted) {
        rooted = true;
        gc_add_root(dupterm_slots, MP_UNIX_DUPTERM_SLOTS);
    }
    dupterm_flush();  // what the old streams were owed
    mp_obj_t prev = dupterm_slots[slot];
    dupterm_slots[slot] = stream == mp_const_none ? MP_OBJ_NULL : stream;
    dupterm_recount();
    return prev == MP_OBJ_NULL ? mp_const_none : prev;
}

bool mp_unix_dupterm_active(void) {
    return dupterm_count > 0;
}

// A stream method failed: a Ctrl-C that arrived meanwhile is kept for the
// running code; any other error detaches the stream, with a message.
static void dupterm_failed(size_t slot, mp_obj_t exc, const char *method) {
    if (exc == MP_STATE(keyboard_interrupt)) {
        MP_STATE(pending_exception) = exc;
        return;
    }
    dupterm_slots[slot] = MP_OBJ_NULL;
    dupterm_recount();
    mp_printf(&mp_stderr_print, "dupterm: exception in %s() method, deactivating: ", method);
    mp_unix_print_exception(&mp_stderr_print, exc);
}

static void dupterm_flush(void) {
    // Nothing can be passed on without memory: with the heap locked the
    // text waits (and what does not fit is dropped).
    if (dupterm_out.len == 0 || dupterm_busy || gc_is_locked()) {
        return;
    }
    dupterm_busy = true;
    for (size_t i = 0; i < MP_UNIX_DUPTERM_SLOTS; i++) {
        if (dupterm_slots[i] == MP_OBJ_NULL) {
            continue;
        }
        nlr_buf_t nlr;
        if (nlr_push(&nlr) == 0) {
            mp_obj_t dest[3];
            mp_load_method(dupterm_slots[i], MP_QSTR_write, dest);
            dest[2] = mp_obj_new_bytes((const byte *)dupterm_out.buf, dupterm_out.len);
            mp_call_method_n_kw(1, 0, dest);
            nlr_pop();
        } else {
            dupterm_failed(i, MP_OBJ_FROM_PTR(nlr.ret_val), "write");
        }
    }
    dupterm_out.len = 0;
    dupterm_busy = false;
}

static void dupterm_tx(const char *str, size_t len) {
    if (dupterm_busy) {
        return;  // the stream's own output (a print in its write method)
    }
    while (len > 0) {
        size_t room = sizeof(dupterm_out.buf) - dupterm_out.len;
        if (room == 0) {
            dupterm_flush();
            if (dupterm_out.len == sizeof(dupterm_out.buf)) {
                return;  // cannot be passed on now: dropped
            }
            continue;
        }
        size_t n = len < room ? len : room;
        memcpy(dupterm_out.buf + dupterm_out.len, str, n);
        dupterm_out.len += n;
        bool newline = memchr(str, '\n', n) != NULL;
        str += n;
        len -= n;
        if (newline) {
            dupterm_flush();
        }
    }
}

int mp_unix_dupterm_rx(void) {
    if (dupterm_count == 0 || dupterm_busy || gc_is_locked()) {
        return -1;
    }
    int c = -1;
    dupterm_busy = true;
    for (size_t i = 0; i < MP_UNIX_DUPTERM_SLOTS && c < 0; i++) {
        if (dupterm_slots[i] == MP_OBJ_NULL) {
            continue;
        }
        nlr_buf_t nlr;
        if (nlr_push(&nlr) == 0) {
            mp_obj_t dest[3];
            mp_load_method_maybe(dupterm_slots[i], MP_QSTR_readinto, dest);
            if (dest[0] != MP_OBJ_NULL) {
                byte b = 0;
                mp_obj_t buf = mp_obj_new_bytearray(1, &b);
                dest[2] = buf;
                mp_obj_t n = mp_call_method_n_kw(1, 0, dest);
                mp_int_t got;
                mp_buffer_info_t bi;
                if (n != mp_const_none && mp_obj_get_int_maybe(n, &got) && got > 0
                    && mp_obj_get_type(buf)->buffer(buf, &bi, MP_BUFFER_READ) == 0 && bi.len > 0) {
                    c = ((const byte *)bi.buf)[0];
                }
            }
            nlr_pop();
        } else {
            dupterm_failed(i, MP_OBJ_FROM_PTR(nlr.ret_val), "readinto");
        }
    }
    dupterm_busy = false;
    return c;
}

// ---------------------------------------------------------------------------
// Printers

static void stdout_print_strn(void *data, const char *str, size_t len) {
    (void)data;
    mp_hal_stdout_tx_strn(str, len);
}

static void stderr_print_strn(void *data, const char *str, size_t len) {
    (void)data;
    mp_hal_stderr_tx_strn(str, len);
}

const mp_print_t mp_plat_print = {NULL, stdout_print_strn};
const mp_print_t mp_stderr_print = {NULL, stderr_print_strn};

mp_import_stat_t mp_hal_import_stat(const char *path) {
    struct stat st;
    if (stat(path, &st) != 0) {
        return MP_IMPORT_STAT_NO_EXIST;
    }
    if (S_ISDIR(st.st_mode)) {
        return MP_IMPORT_STAT_DIR;
    }
    return MP_IMPORT_STAT_FILE;
}

char *mp_hal_read_file(const char *path, size_t *len, int *err_no) {
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        *err_no = errno;
        return NULL;
    }
    struct stat st;
    if (fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode)) {
        fclose(f);
        *err_no = EISDIR;
        return NULL;
    }
    size_t alloc = 4096, n = 0;
    char *buf = m_malloc_maybe(alloc);
    if (buf == NULL) {
        fclose(f);
        m_malloc_fail(alloc);
    }
    for (;;) {
        if (n + 1 >= alloc) {
            char *nb = m_realloc_maybe(buf, alloc * 2);
            if (nb == NULL) {
                fclose(f);
                m_malloc_fail(alloc * 2);
            }
            buf = nb;
            alloc *= 2;
        }
        size_t got = fread(buf + n, 1, alloc - 1 - n, f);
        if (got == 0) {
            break;
        }
        n += got;
    }
    int e = ferror(f) ? errno : 0;
    fclose(f);
    if (e != 0) {
        *err_no = e;
        return NULL;
    }
    buf[n] = '\0';
    *len = n;
    return buf;
}

MP_NORETURN void nlr_jump_fail(void *val) {
    mp_hal_stdout_flush();
    fprintf(stderr, "FATAL: uncaught exception %p\n", val);
    abort();
}
