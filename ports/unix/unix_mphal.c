// unix_mphal.c: the Unix implementation of py/mphal.h (console, files) and
// the fatal-error hook of nlr.
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include "runtime.h"
#include "mphal.h"

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

void mp_hal_stdout_flush(void) {
    if (out.len > 0) {
        size_t n = out.len;
        out.len = 0;
        write_all(1, out.buf, n);
    }
}

void mp_hal_stdout_tx_strn(const char *str, size_t len) {
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

void mp_hal_stderr_tx_strn(const char *str, size_t len) {
    mp_hal_stdout_flush();
    write_all(2, str, len);
}

long mp_hal_stdin_read(char *buf, size_t len) {
    mp_hal_stdout_flush();
    for (;;) {
        ssize_t n = read(0, buf, len);
        if (n < 0 && errno == EINTR) {
            mp_handle_pending();
            continue;
        }
        return n;
    }
}

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
