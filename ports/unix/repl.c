// repl.c: the interactive prompt of the Unix port (a plain line reader for
// now: continuation lines after a block opener or unclosed brackets, the
// value of expressions printed, Ctrl-D to exit).
#include <stdio.h>
#include <string.h>
#include "runtime.h"
#include "mphal.h"
#include "unix_port.h"

// True if more lines are needed: a trailing ':' or '\', or open brackets
// or an unterminated triple-quoted string.
static bool needs_more(const char *s, size_t len) {
    int depth = 0;
    char quote = 0;
    bool triple = false;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (quote) {
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                if (!triple) {
                    quote = 0;
                } else if (i + 2 < len && s[i + 1] == quote && s[i + 2] == quote) {
                    quote = 0;
                    i += 2;
                }
            } else if (c == '\n' && !triple) {
                quote = 0;
            }
            continue;
        }
        if (c == '#') {
            while (i < len && s[i] != '\n') {
                i++;
            }
        } else if (c == '\'' || c == '"') {
            quote = c;
            triple = i + 2 < len && s[i + 1] == c && s[i + 2] == c;
            if (triple) {
                i += 2;
            }
        } else if (c == '(' || c == '[' || c == '{') {
            depth++;
        } else if (c == ')' || c == ']' || c == '}') {
            depth--;
        }
    }
    if (quote && triple) {
        return true;
    }
    if (depth > 0) {
        return true;
    }
    size_t e = len;
    while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\n')) {
        e--;
    }
    return e > 0 && (s[e - 1] == ':' || s[e - 1] == '\\');
}

static bool read_line(vstr_t *line, const char *prompt) {
    mp_hal_stdout_tx_strn(prompt, strlen(prompt));
    vstr_reset(line);
    char c;
    for (;;) {
        long n = mp_hal_stdin_read(&c, 1);
        if (n <= 0) {
            return line->len > 0;
        }
        if (c == '\n') {
            return true;
        }
        vstr_add_byte(line, (byte)c);
    }
}

int mp_unix_repl(bool verbose) {
    (void)verbose;
    printf("MicroPython " MICROPY_VERSION_STRING " on " __DATE__ "; " MICROPY_HW_BOARD_NAME " version\n");
    printf("Type \"help()\" for more information.\n");
    fflush(stdout);
    mp_hal_stdout_flush();
    vstr_t line, code;
    vstr_init(&line, 128);
    vstr_init(&code, 256);
    for (;;) {
        vstr_reset(&code);
        if (!read_line(&line, ">>> ")) {
            mp_hal_stdout_tx_strn("\n", 1);
            return 0;
        }
        vstr_add_strn(&code, line.buf, line.len);
        if (needs_more(code.buf, code.len)) {
            bool block = true;
            while (block) {
                if (!read_line(&line, "... ")) {
                    break;
                }
                if (line.len == 0) {
                    break;
                }
                vstr_add_byte(&code, '\n');
                vstr_add_strn(&code, line.buf, line.len);
            }
        }
        vstr_add_byte(&code, '\n');
        nlr_buf_t nlr;
        if (nlr_push(&nlr) == 0) {
            mp_obj_t c = mp_compile(code.buf, code.len, MP_QSTR__lt_stdin_gt_, MP_PARSE_SINGLE_INPUT, true);
            mp_exec_code(c, MP_STATE(dict_main), MP_STATE(dict_main));
            nlr_pop();
        } else {
            mp_obj_t exc = MP_OBJ_FROM_PTR(nlr.ret_val);
            while (gc_is_locked()) {
                gc_unlock();
            }
            if (mp_obj_is_instance_of(exc, &mp_type_SystemExit)) {
                mp_obj_t v = mp_obj_exception_get_value(exc);
                mp_int_t code_val = 0;
                if (v != mp_const_none && !mp_obj_get_int_maybe(v, &code_val)) {
                    code_val = 1;
                }
                return (int)(0x100 | (code_val & 0xff));
            }
            mp_obj_print_exception(&mp_plat_print, exc);
        }
    }
}
