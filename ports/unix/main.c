// main.c: the Unix port's entry point: the micropython command line.
//
//   micropython [options] [-c CMD | -m MODULE | FILE | -] [args...]
//
// Options: -i (REPL after running), -v (verbose), -O[N] / -OO... (opt
// level), -X heapsize=N[k|M], -X emit=bytecode, -h. Exit status: 0 on
// success, 1 on an uncaught exception, 2 when the file cannot be opened,
// the code of SystemExit otherwise.
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/resource.h>
#include "runtime.h"
#include "mphal.h"
#include "unix_port.h"

#define EXIT_FORCED 0x100  // SystemExit seen: low byte is the status

static const char *prog_name = "micropython";
static bool verbose;

static void usage(bool full) {
    mp_hal_stdout_flush();
    printf("usage: %s [<opts>] [-X <implopt>] [-c <command> | -m <module> | <filename>]\n", prog_name);
    if (!full) {
        return;
    }
    printf("Options:\n"
           "-h : print this help message\n"
           "-i : enable inspection via REPL after running command/module/file\n"
           "-v : verbose (trace various operations); repeat for more\n"
           "-O[N] : apply bytecode optimizations of level N (-O, -OO, -O3 ...)\n"
           "\n"
           "Implementation specific options (-X):\n"
           "  emit={bytecode,native,viper} -- set the default code emitter\n"
           "  heapsize=<n>[w][K|M] -- set the heap size for the GC (default %d)\n",
        MICROPY_HEAP_SIZE_DEFAULT);
}

// Parse "N[w][k|K|m|M]" (w: words of 8 bytes).
static long parse_size(const char *s) {
    char *end;
    long v = strtol(s, &end, 0);
    if (end == s || v <= 0) {
        return -1;
    }
    long mul = 1;
    if (*end == 'w' || *end == 'W') {
        mul = sizeof(void *);
        end++;
    }
    if (*end == 'k' || *end == 'K') {
        v *= 1024;
        end++;
    } else if (*end == 'm' || *end == 'M') {
        v *= 1024 * 1024;
        end++;
    }
    if (*end != '\0') {
        return -1;
    }
    return v * mul;
}

// Printing a traceback needs a little memory; when even that fails (the
// heap is exhausted by live data), fall back to the bare type name.
static void print_exception_safely(mp_obj_t exc) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_print_exception(&mp_plat_print, exc);
        nlr_pop();
    } else {
        mp_print_str(&mp_plat_print, "\n");
        mp_print_str(&mp_plat_print, mp_obj_get_type_str(exc));
        mp_print_str(&mp_plat_print, "\n");
    }
}

// Print an uncaught exception, or turn SystemExit into an exit status.
static int handle_uncaught_exception(mp_obj_t exc) {
    // Reporting needs memory: a program that died with the heap locked
    // must not take the report down with it.
    while (gc_is_locked()) {
        gc_unlock();
    }
    if (mp_obj_is_instance_of(exc, &mp_type_SystemExit)) {
        mp_obj_t code = mp_obj_exception_get_value(exc);
        mp_int_t val;
        if (code == mp_const_none) {
            return EXIT_FORCED | 0;
        }
        if (mp_obj_get_int_maybe(code, &val)) {
            return EXIT_FORCED | (val & 255);
        }
        mp_obj_print_helper(&mp_stderr_print, code, PRINT_STR);
        mp_print_str(&mp_stderr_print, "\n");
        return EXIT_FORCED | 1;
    }
    print_exception_safely(exc);
    return 1;
}

// Compile and run source text in __main__; returns 0 or an exit code.
static int execute_source(const char *src, size_t len, qstr filename, mp_parse_input_kind_t kind) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t code = mp_compile(src, len, filename, kind, true);
        mp_exec_code(code, MP_STATE(dict_main), MP_STATE(dict_main));
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
        nlr_pop();
    } else {
        return handle_uncaught_exception(MP_OBJ_FROM_PTR(nlr.ret_val));
    }
    if (src == NULL) {
        mp_hal_stdout_flush();
        fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n", prog_name, path, err, strerror(err));
        return 2;
    }
    mp_obj_dict_store(MP_OBJ_FROM_PTR(MP_STATE(dict_main)), MP_OBJ_NEW_QSTR(MP_QSTR___file__), mp_obj_new_str_from_cstr(path));
    return execute_source(src, len, qstr_from_str(path), MP_PARSE_FILE_INPUT);
}

static int execute_stdin(void) {
    vstr_t v;
    vstr_init(&v, 4096);
    char buf[4096];
    ssize_t n;
    while ((n = read(0, buf, sizeof buf)) > 0) {
        vstr_add_strn(&v, buf, n);
    }
    return execute_source(v.buf, v.len, MP_QSTR__lt_stdin_gt_, MP_PARSE_FILE_INPUT);
}

static int execute_module(const char *name) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_import_run_main(name);
        nlr_pop();
        return 0;
    }
    return handle_uncaught_exception(MP_OBJ_FROM_PTR(nlr.ret_val));
}

static void sigint_handler(int sig) {
    (void)sig;
    mp_keyboard_interrupt();
}

static void set_sys_path(const char *script_dir) {
    mp_obj_t path = MP_STATE(sys_path);
    ((mp_obj_list_t *)MP_OBJ_TO_PTR(path))->len = 0;
    const char *env = getenv("MICROPYPATH");
    mp_obj_list_append(path, script_dir ? mp_obj_new_str_from_cstr(script_dir) : MP_OBJ_NEW_QSTR(MP_QSTR_));
    if (env != NULL) {
        const char *p = env;
        while (*p) {
            const char *colon = strchr(p, ':');
            size_t l = colon ? (size_t)(colon - p) : strlen(p);
            if (l > 0 && p[0] == '~' && getenv("HOME")) {
                vstr_t v;
                vstr_init(&v, 64);
                vstr_add_str(&v, getenv("HOME"));
                vstr_add_strn(&v, p + 1, l - 1);
                mp_obj_list_append(path, mp_obj_new_str_from_vstr(&v));
            } else {
                mp_obj_list_append(path, mp_obj_new_str(p, l));
            }
            p += l;
            if (*p == ':') {
                p++;
            }
        }
    } else {
        const char *home = getenv("HOME");
        if (home != NULL) {
            vstr_t v;
            vstr_init(&v, 64);
            vstr_add_str(&v, home);
            vstr_add_str(&v, "/.micropython/lib");
            mp_obj_list_append(path, mp_obj_new_str_from_vstr(&v));
        }
        mp_obj_list_append(path, mp_obj_new_str_from_cstr("/usr/lib/micropython"));
    }
}

int main(int argc, char **argv) {
    volatile char stack_marker;
    mp_stack_set_top((void *)&stack_marker);
    struct rlimit rl;
    size_t stack_limit = MICROPY_STACK_LIMIT;
    if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < stack_limit + 512 * 1024) {
        stack_limit = rl.rlim_cur > 256 * 1024 ? rl.rlim_cur - 192 * 1024 : rl.rlim_cur / 2;
    }
#if defined(MICROPY_SANITIZE) && MICROPY_SANITIZE
    stack_limit /= 2;  // sanitizer frames are much larger
#endif
    mp_stack_set_limit(stack_limit);

    // First pass over the options: those needed before the heap exists.
    long heap_size = MICROPY_HEAP_SIZE_DEFAULT;
    int opt_level = 0;
    for (int a = 1; a < argc; a++) {
        const char *arg = argv[a];
        if (arg[0] != '-' || strcmp(arg, "-") == 0) {
            break;
        }
        if (strcmp(arg, "-c") == 0 || strcmp(arg, "-m") == 0) {
            break;
        }
        if (strcmp(arg, "-X") == 0 && a + 1 < argc) {
            const char *x = argv[++a];
            if (strncmp(x, "heapsize=", 9) == 0) {
                heap_size = parse_size(x + 9);
                if (heap_size < 0) {
                    fprintf(stderr, "%s: invalid heapsize\n", prog_name);
                    return 1;
                }
                if (heap_size < 4096) {
                    heap_size = 4096;
                }
            }
        }
    }

    void *heap = calloc(1, heap_size);  // zeroed: see MICROPY_GC_HEAP_ZEROED
    if (heap == NULL) {
        fprintf(stderr, "%s: cannot allocate a heap of %ld bytes\n", prog_name, heap_size);
        return 1;
    }
    gc_init(heap, (char *)heap + heap_size);
    qstr_init();
    mp_init();
    mp_unix_init();
    // Ctrl-C: no SA_RESTART, so that a blocking read (input(), a pipe)
    // returns EINTR and the reader raises the KeyboardInterrupt at once.
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = sigint_handler;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);

    // Second pass: everything else.
    bool inspect = false;
    int ret = 0;
    int a = 1;
    const char *cmd = NULL, *module = NULL, *file = NULL;
    for (; a < argc; a++) {
        const char *arg = argv[a];
        if (arg[0] != '-' || strcmp(arg, "-") == 0) {
            file = arg;
            break;
        }
        if (strcmp(arg, "-c") == 0) {
            if (a + 1 >= argc) {
                usage(false);
                return 2;
            }
            cmd = argv[++a];
            break;
        } else if (strcmp(arg, "-m") == 0) {
            if (a + 1 >= argc) {
                usage(false);
                return 2;
            }
            module = argv[++a];
            break;
        } else if (strcmp(arg, "-i") == 0) {
            inspect = true;
        } else if (strcmp(arg, "-v") == 0) {
            verbose = true;
        } else if (strncmp(arg, "-O", 2) == 0) {
            if (arg[2] >= '0' && arg[2] <= '9') {
                opt_level = atoi(arg + 2);
            } else {
                opt_level = 0;
                for (const char *p = arg + 1; *p == 'O'; p++) {
                    opt_level++;
                }
            }
        } else if (strcmp(arg, "-X") == 0 && a + 1 < argc) {
            const char *x = argv[++a];
            if (strncmp(x, "emit=", 5) == 0) {
                const char *e = x + 5;
                if (strcmp(e, "bytecode") != 0 && strcmp(e, "native") != 0 && strcmp(e, "viper") != 0) {
                    fprintf(stderr, "%s: invalid emitter '%s'\n", prog_name, e);
                    return 1;
                }
            } else if (strncmp(x, "heapsize=", 9) != 0) {
                fprintf(stderr, "%s: unknown -X option '%s'\n", prog_name, x);
                return 1;
            }
        } else if (strcmp(arg, "-h") == 0 || strcmp(arg, "--help") == 0) {
            usage(true);
            return 0;
        } else {
            usage(false);
            return 2;
        }
    }
    MP_STATE(opt_level) = opt_level;

    // sys.argv: the script (or '' for -c / the REPL) then its arguments.
    mp_obj_t sys_argv = MP_STATE(sys_argv);
    if (file != NULL) {
        mp_obj_list_append(sys_argv, mp_obj_new_str_from_cstr(file));
    } else if (module != NULL) {
        mp_obj_list_append(sys_argv, mp_obj_new_str_from_cstr(module));
    } else {
        mp_obj_list_append(sys_argv, MP_OBJ_NEW_QSTR(MP_QSTR_));
    }
    for (int i = a + 1; i < argc; i++) {
        mp_obj_list_append(sys_argv, mp_obj_new_str_from_cstr(argv[i]));
    }

    if (file != NULL && strcmp(file, "-") != 0) {
        // sys.path[0] is the script's folder, as in CPython.
        const char *slash = strrchr(file, '/');
        if (slash != NULL) {
            vstr_t dir;
            vstr_init(&dir, slash - file + 1);
            vstr_add_strn(&dir, file, slash == file ? 1 : (size_t)(slash - file));
            set_sys_path(vstr_null_terminated_str(&dir));
        } else {
            set_sys_path(NULL);
        }
        ret = execute_file(file);
    } else {
        set_sys_path(NULL);
        if (cmd != NULL) {
            ret = execute_source(cmd, strlen(cmd), MP_QSTR__lt_stdin_gt_, MP_PARSE_FILE_INPUT);
        } else if (module != NULL) {
            ret = execute_module(module);
        } else if ((file != NULL && strcmp(file, "-") == 0) || (!isatty(0) && !inspect)) {
            // Piped input is a program, unless -i asks for the REPL (which
            // tools then drive over the pipe, raw REPL included).
            ret = execute_stdin();
        } else {
            inspect = true;
        }
    }
    if (inspect && !(ret & EXIT_FORCED)) {
        ret = mp_unix_repl(verbose);
    }
    // Objects still alive get their finalisers (open files are flushed and
    // closed, unfinished generators run their finally blocks), as CPython
    // does at exit.
    gc_collect();
    gc_deinit();
    mp_hal_stdout_flush();
    fflush(stdout);
    mp_deinit();
    return ret & 0xff;
}
