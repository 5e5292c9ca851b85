// main.c: the Unix port's entry point: the micropython command line.
//
//   micropython [options] [-c CMD | -m MODULE | FILE | -] [args...]
//
// Options, as MicroPython's Unix port: -i (REPL after running), -v
// (verbose; twice: disassemble the code before it runs), -O[N] / -OO...
// (micropython.opt_level), -X heapsize=N[w][k|M], -X emit=..., -X
// compile-only, -h. Without CMD, MODULE or FILE the program is read from
// standard input when that is not a terminal, else the REPL starts.
//
// sys.path is the script's folder (or '' without a script), then the
// MICROPYPATH entries (colon-separated, "~/" is $HOME), by default
// ~/.micropython/lib and /usr/lib/micropython.
//
// Exit status: 0 on success, 1 on an uncaught exception (its traceback
// goes to sys.stderr) or a usage error, 2 when the script cannot be
// opened (one line on stderr), the code of SystemExit otherwise (a
// message that is not an int is printed and gives 1).
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/resource.h>
#include "runtime.h"
#include "mphal.h"
#include "compile.h"
#include "modsys.h"
#include "unix_port.h"

// Used when MICROPYPATH is not set (MicroPython's Unix default).
#define DEFAULT_PATH "~/.micropython/lib:/usr/lib/micropython"

// Below this many bytes the interpreter cannot even start.
#define MIN_HEAP_SIZE (700)

int mp_unix_verbose;
static const char *prog_name = "micropython";
static bool compile_only;
static bool file_unreadable;  // the script could not be opened: no -i REPL

static void usage(FILE *f, bool full) {
    mp_hal_stdout_flush();
    fprintf(f, "usage: %s [<opts>] [-X <implopt>] [-c <command> | -m <module> | <filename>]\n", prog_name);
    if (!full) {
        fprintf(f, "Try '%s -h' for more information.\n", prog_name);
        return;
    }
    fprintf(f, "Options:\n"
        "-h : print this help message\n"
        "-i : enable inspection via REPL after running command/module/file\n"
        "-v : verbose (trace various operations); can be multiple\n"
        "-O[N] : apply bytecode optimizations of level N\n"
        "\n"
        "Implementation specific options (-X):\n"
        "  compile-only                 -- parse and compile only\n"
        "  emit={bytecode,native,viper} -- set the default code emitter\n"
        "  heapsize=<n>[w][K|M] -- set the heap size for the GC (default %ld)\n",
        (long)MICROPY_HEAP_SIZE_DEFAULT);
}

static int usage_error(const char *fmt, const char *arg) {
    mp_hal_stdout_flush();
    fprintf(stderr, "%s: ", prog_name);
    fprintf(stderr, fmt, arg);
    fputc('\n', stderr);
    usage(stderr, false);
    return 1;
}

// Parse "N[w][k|K|m|M]" as MicroPython does: 'w' scales a size given for
// 32-bit words to this machine's word size. -1 if malformed or too large.
static long parse_size(const char *s) {
    char *end;
    errno = 0;
    long v = strtol(s, &end, 0);
    if (end == s || v < 0 || errno == ERANGE) {
        return -1;
    }
    bool words = false;
    if (*end == 'w' || *end == 'W') {
        words = true;
        end++;
    }
    long mul = 1;
    if (*end == 'k' || *end == 'K') {
        mul = 1024;
        end++;
    } else if (*end == 'm' || *end == 'M') {
        mul = 1024 * 1024;
        end++;
    }
    if (*end != '\0' || v > LONG_MAX / mul / 2) {
        return -1;
    }
    v *= mul;
    if (words) {
        v = v / 4 * sizeof(void *);
    }
    return v;
}

// An uncaught exception: SystemExit becomes the exit status, anything
// else has its traceback printed to sys.stderr.
int mp_unix_exit_status(mp_obj_t exc) {
    mp_obj_t code = mp_obj_exception_get_value(exc);
    mp_int_t val;
    if (code == mp_const_none) {
        return EXIT_FORCED | 0;
    }
    if (mp_obj_get_int_maybe(code, &val)) {
        return EXIT_FORCED | (val & 255);
    }
    mp_sys_print_str_stderr(code);
    return EXIT_FORCED | 1;
}

static int handle_uncaught_exception(mp_obj_t exc) {
    if (mp_obj_is_instance_of(exc, &mp_type_SystemExit)) {
        return mp_unix_exit_status(exc);
    }
    mp_sys_print_exception_stderr(exc);
    return 1;
}

mp_obj_t mp_unix_compile(const char *src, size_t len, qstr filename, mp_parse_input_kind_t kind) {
    mp_obj_t code = mp_compile(src, len, filename, kind, true);
    if (mp_unix_verbose >= 2) {
        mp_compile_dump(code);
    }
    return code;
}

// Compile and run source text in __main__; returns 0 or an exit code.
static int execute_source(const char *src, size_t len, qstr filename) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_hal_set_interrupt_char(3);
        mp_obj_t code = mp_unix_compile(src, len, filename, MP_PARSE_FILE_INPUT);
        if (!compile_only) {
            mp_exec_code(code, MP_STATE(dict_main), MP_STATE(dict_main));
        }
        nlr_pop();
        return 0;
    }
    return handle_uncaught_exception(MP_OBJ_FROM_PTR(nlr.ret_val));
}

static int execute_file(const char *path) {
    size_t len;
    int err;
    char *src = NULL;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        src = mp_hal_read_file(path, &len, &err);
        if (src != NULL) {
            mp_obj_dict_store(MP_OBJ_FROM_PTR(MP_STATE(dict_main)), MP_OBJ_NEW_QSTR(MP_QSTR___file__), mp_obj_new_str_from_cstr(path));
        }
        nlr_pop();
    } else {
        return handle_uncaught_exception(MP_OBJ_FROM_PTR(nlr.ret_val));
    }
    if (src == NULL) {
        mp_hal_stdout_flush();
        fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n", prog_name, path, err, strerror(err));
        file_unreadable = true;
        return 2;
    }
    return execute_source(src, len, qstr_from_str(path));
}

static int execute_stdin(void) {
    vstr_t v;
    vstr_init(&v, 4096);
    char buf[4096];
    ssize_t n;
    while ((n = read(0, buf, sizeof buf)) > 0 || (n < 0 && errno == EINTR)) {
        if (n > 0) {
            vstr_add_strn(&v, buf, n);
        }
    }
    return execute_source(v.buf, v.len, MP_QSTR__lt_stdin_gt_);
}

static int execute_module(const char *name) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_hal_set_interrupt_char(3);
        mp_import_run_main(name);
        nlr_pop();
        return 0;
    }
    return handle_uncaught_exception(MP_OBJ_FROM_PTR(nlr.ret_val));
}

// The function given to sys.atexit, once everything else has run.
static int run_atexit(int ret) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_sys_run_atexit();
        nlr_pop();
        return ret;
    }
    return handle_uncaught_exception(MP_OBJ_FROM_PTR(nlr.ret_val));
}

static void sigint_handler(int sig) {
    (void)sig;
    mp_keyboard_interrupt();
}

// An entry of the search path: "~/..." is relative to $HOME (left as it
// is when HOME is not set); empty entries stay (they mean the current
// folder).
static void add_path_entry(mp_obj_t path, const char *p, size_t l, const char *home) {
    if (l >= 2 && p[0] == '~' && p[1] == '/' && home != NULL) {
        vstr_t v;
        vstr_init(&v, strlen(home) + l);
        vstr_add_str(&v, home);
        vstr_add_strn(&v, p + 1, l - 1);
        mp_obj_list_append(path, mp_obj_new_str_from_vstr(&v));
    } else {
        mp_obj_list_append(path, mp_obj_new_str(p, l));
    }
}

// sys.path: the script's folder ('' for the current folder), then
// MICROPYPATH or the default.
static void set_sys_path(const char *script) {
    mp_obj_t path = MP_STATE(sys_path);
    ((mp_obj_list_t *)MP_OBJ_TO_PTR(path))->len = 0;
    mp_obj_t first = MP_OBJ_NEW_QSTR(MP_QSTR_);
    if (script != NULL) {
        char *real = realpath(script, NULL);
        if (real != NULL) {
            char *slash = strrchr(real, '/');
            first = mp_obj_new_str(real, slash == real ? 1 : (size_t)(slash - real));
            free(real);
        }
    }
    mp_obj_list_append(path, first);
    const char *p = getenv("MICROPYPATH");
    if (p == NULL) {
        p = DEFAULT_PATH;
    }
    const char *home = getenv("HOME");
    for (;;) {
        const char *colon = strchr(p, ':');
        size_t l = colon != NULL ? (size_t)(colon - p) : strlen(p);
        add_path_entry(path, p, l, home);
        if (colon == NULL) {
            break;
        }
        p = colon + 1;
    }
}

// sys.argv: argv0 (the script, '-c', the module, or '') then the
// arguments after it.
static void set_sys_argv(const char *argv0, int argc, char **argv, int first) {
    mp_obj_t sys_argv = MP_STATE(sys_argv);
    mp_obj_list_append(sys_argv, mp_obj_new_str_from_cstr(argv0));
    for (int i = first; i < argc; i++) {
        mp_obj_list_append(sys_argv, mp_obj_new_str_from_cstr(argv[i]));
    }
}

int main(int argc, char **argv) {
    volatile char stack_marker;
    mp_stack_set_top((void *)&stack_marker);
    if (argc > 0 && argv[0] != NULL && argv[0][0] != '\0') {
        prog_name = argv[0];
    }
    struct rlimit rl;
    size_t stack_limit = MICROPY_STACK_LIMIT;
    if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < stack_limit + 512 * 1024) {
        stack_limit = rl.rlim_cur > 256 * 1024 ? rl.rlim_cur - 192 * 1024 : rl.rlim_cur / 2;
    }
#if defined(MICROPY_SANITIZE) && MICROPY_SANITIZE
    stack_limit /= 2;  // sanitizer frames are much larger
#endif
    mp_stack_set_limit(stack_limit);

    // The options, up to the program (-c, -m, a file or '-'): all are
    // checked before the heap exists, which -X heapsize sizes.
    long heap_size = MICROPY_HEAP_SIZE_DEFAULT;
    int opt_level = 0;
    bool inspect = false;
    const char *cmd = NULL, *module = NULL, *file = NULL;
    int a = 1;
    for (; a < argc; a++) {
        const char *arg = argv[a];
        // (Options are told apart without strcmp: start-up then never
        // binds it, which is a measurable part of running `-c pass`.)
        if (arg[0] != '-' || arg[1] == '\0') {
            file = arg;
            break;
        }
        bool one_letter = arg[1] != '\0' && arg[2] == '\0';
        if (one_letter && (arg[1] == 'c' || arg[1] == 'm')) {
            if (a + 1 >= argc) {
                return usage_error("option %s requires an argument", arg);
            }
            if (arg[1] == 'c') {
                cmd = argv[++a];
            } else {
                module = argv[++a];
            }
            break;
        } else if (one_letter && arg[1] == 'i') {
            inspect = true;
        } else if (arg[1] == 'v' && strspn(arg + 1, "v") == strlen(arg + 1)) {
            mp_unix_verbose += (int)strlen(arg + 1);
        } else if (arg[1] == 'O') {
            if (arg[2] >= '0' && arg[2] <= '9' && arg[3] == '\0') {
                opt_level = arg[2] - '0';
            } else if (strspn(arg + 1, "O") == strlen(arg + 1)) {
                opt_level = (int)strlen(arg + 1);
            } else {
                return usage_error("invalid option '%s'", arg);
            }
        } else if (one_letter && arg[1] == 'X') {
            if (a + 1 >= argc) {
                return usage_error("option %s requires an argument", arg);
            }
            const char *x = argv[++a];
            if (strncmp(x, "heapsize=", 9) == 0) {
                heap_size = parse_size(x + 9);
                if (heap_size < MIN_HEAP_SIZE) {
                    return usage_error("invalid heap size '%s'", x + 9);
                }
            } else if (strncmp(x, "emit=", 5) == 0) {
                // Everything runs as bytecode; the native emitters are
                // accepted so that scripts asking for them still run.
                const char *e = x + 5;
                if (strcmp(e, "bytecode") != 0 && strcmp(e, "native") != 0 && strcmp(e, "viper") != 0) {
                    return usage_error("invalid emitter '%s'", e);
                }
            } else if (strcmp(x, "compile-only") == 0) {
                compile_only = true;
            } else {
                return usage_error("invalid -X option '%s'", x);
            }
        } else if ((one_letter && arg[1] == 'h') || strcmp(arg, "--help") == 0) {
            usage(stdout, true);
            return 0;
        } else {
            return usage_error("invalid option '%s'", arg);
        }
    }

    bool file_is_stdin = file != NULL && file[0] == '-';  // "-" (other '-' words are options)
    void *heap = calloc(1, heap_size);  // zeroed: see MICROPY_GC_HEAP_ZEROED
    if (heap == NULL) {
        fprintf(stderr, "%s: cannot allocate a heap of %ld bytes\n", prog_name, heap_size);
        return 1;
    }
    gc_init(heap, (char *)heap + heap_size);
    qstr_init();
    // Ctrl-C: no SA_RESTART, so that a blocking read (input(), a pipe)
    // returns EINTR and the reader raises the KeyboardInterrupt at once.
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = sigint_handler;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);

    {
        // A heap too small for the interpreter's own start-up is the only
        // way this fails.
        nlr_buf_t nlr;
        if (nlr_push(&nlr) == 0) {
            mp_init();
            m_malloc_init();
            mp_unix_init();
            MP_STATE(opt_level) = opt_level;
            if (file != NULL) {
                set_sys_argv(file, argc, argv, a + 1);
            } else if (cmd != NULL) {
                set_sys_argv("-c", argc, argv, a + 1);
            } else if (module != NULL) {
                set_sys_argv(module, argc, argv, a + 1);
            } else {
                set_sys_argv("", argc, argv, argc);
            }
            set_sys_path(file != NULL && !file_is_stdin ? file : NULL);
            nlr_pop();
        } else {
            mp_hal_stdout_flush();
            fprintf(stderr, "%s: the heap (%ld bytes) is too small to start\n", prog_name, heap_size);
            return 1;
        }
    }

    int ret = 0;
    if (file != NULL && !file_is_stdin) {
        ret = execute_file(file);
    } else if (cmd != NULL) {
        ret = execute_source(cmd, strlen(cmd), MP_QSTR__lt_stdin_gt_);
    } else if (module != NULL) {
        ret = execute_module(module);
    } else if (file != NULL || (!isatty(0) && !inspect)) {
        // '-' or piped input is a program, unless -i asks for the REPL
        // (which tools then drive over the pipe, raw REPL included).
        ret = execute_stdin();
    } else {
        inspect = true;
    }
    if (inspect && !file_unreadable) {
        // As in MicroPython and CPython, -i opens the REPL even after an
        // exception or sys.exit().
        ret = mp_unix_repl(mp_unix_verbose);
    }
    ret = run_atexit(ret);
    // The streams of uos.dupterm get what is pending, then are let go:
    // nothing runs Python code for them once the heap is shut down.
    mp_hal_stdout_flush();
    for (size_t i = 0; i < MP_UNIX_DUPTERM_SLOTS && mp_unix_dupterm_active(); i++) {
        mp_unix_dupterm_set(i, mp_const_none);
    }
    // Objects still alive get their finalisers (open files are flushed and
    // closed, unfinished generators run their finally blocks), as CPython
    // does at exit.
    gc_collect();
    gc_deinit();
    mp_hal_stdout_flush();  // (the C streams are flushed by exit)
    mp_deinit();
    return ret & 0xff;
}
