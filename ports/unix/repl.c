// repl.c: the interactive prompt of the Unix port, after the REPL chapter
// of the MicroPython documentation:
//   - the friendly REPL: ">>> " / "... " prompts with line editing and
//     auto-indent (readline.c), expression values printed and kept in _,
//     tracebacks, Ctrl-C cancels the input, Ctrl-D on an empty line exits;
//   - paste mode (Ctrl-E on an empty line): text taken as is, run as a
//     file on Ctrl-D;
//   - the raw REPL (Ctrl-A on an empty line), the machine protocol of
//     pyboard.py / ampy / rshell / mpremote: code without echo up to
//     Ctrl-D, answered with "OK", the output, \x04, the error text, \x04,
//     ">"; Ctrl-D on an empty input is a soft reset, Ctrl-B goes back;
//   - Tab completion of names and dotted attributes (mp_unix_repl_complete).
// The control characters work the same from a pipe as from a terminal.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include "runtime.h"
#include "mphal.h"
#include "objtype.h"
#include "modsys.h"
#include "unix_port.h"
#include "readline.h"
#include "repl.h"

// What one round of the REPL asks for next (exit statuses are >= 0).
#define NEXT_STATEMENT (-1)
#define ENTER_RAW (-2)
#define ENTER_FRIENDLY (-3)

static void outs(const char *s) {
    mp_hal_stdout_tx_strn(s, strlen(s));
}

// The line ending of the REPL's own messages in the raw REPL and after
// Ctrl-A/Ctrl-B: "\r\n" as on a serial line, or "\n" when standard output
// is a terminal that adds the "\r" itself (so a tool on a pty sees exactly
// "\r\n", as it does from a board).
static const char *crlf = "\r\n";

static void outs_crlf(const char *s) {
    outs(s);
    outs(crlf);
}

// ---------------------------------------------------------------------------
// Banner

// __DATE__ ("Nov 21 2025") as ISO "2025-11-21", worked out by the compiler.
#define BUILD_MONTH (__DATE__[2] == 'n' ? (__DATE__[1] == 'a' ? 1 : 6) : __DATE__[2] == 'b' ? 2 \
    : __DATE__[2] == 'r' ? (__DATE__[0] == 'M' ? 3 : 4) : __DATE__[2] == 'y' ? 5 : __DATE__[2] == 'l' ? 7 \
    : __DATE__[2] == 'g' ? 8 : __DATE__[2] == 'p' ? 9 : __DATE__[2] == 't' ? 10 : __DATE__[2] == 'v' ? 11 : 12)
static const char build_date[] = {
    __DATE__[7], __DATE__[8], __DATE__[9], __DATE__[10], '-', '0' + BUILD_MONTH / 10, '0' + BUILD_MONTH % 10,
    '-', __DATE__[4] == ' ' ? '0' : __DATE__[4], __DATE__[5], '\0',
};

static void print_banner(const char *nl) {
    outs("MicroPython v" MICROPY_VERSION_STRING " on ");
    outs(build_date);
    outs("; " MICROPY_HW_BOARD_NAME " version");
    outs(nl);
    outs("Type \"help()\" for more information.");
    outs(nl);
}

// ---------------------------------------------------------------------------
// Is the statement complete?

static bool is_ident_char(char c) {
    unsigned char u = (unsigned char)c;
    return (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u == '_' || u >= 0x80;
}

static bool starts_with_word(const char *s, size_t len, const char *word) {
    size_t n = strlen(word);
    return len >= n && memcmp(s, word, n) == 0 && (len == n || !is_ident_char(s[n]));
}

// More lines are needed when brackets or a triple-quoted string are open,
// the text ends with a backslash, or it is a compound statement whose last
// line is not empty (a block ends with an empty line). A compound
// statement starts with one of its keywords or a decorator, or has a first
// line ending with ':' (match, whose keyword is also a plain name).
// Comments and strings are skipped when counting brackets.
static bool needs_more(const char *s, size_t len) {
    if (len == 0) {
        return false;
    }
    static const char *const compound[] = {"if", "while", "for", "try", "with", "def", "class", "async"};
    bool is_compound = s[0] == '@';
    for (size_t i = 0; i < MP_ARRAY_SIZE(compound) && !is_compound; i++) {
        is_compound = starts_with_word(s, len, compound[i]);
    }
    int depth = 0;
    char quote = 0;
    bool triple = false;
    bool backslash_end = false;  // the text ends with a line-continuing backslash
    bool first_line = true;
    char last_sig = 0;  // last significant character of the first line
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (first_line && !quote) {
            if (c == '\n' && depth == 0) {
                first_line = false;
                is_compound |= last_sig == ':';
            } else if (c != ' ' && c != '\t' && c != '\r' && c != '#') {
                last_sig = c;
            }
        }
        if (quote) {
            if (c == '\\') {
                if (i + 1 == len) {
                    backslash_end = true;
                }
                i++;
            } else if (c == quote) {
                if (!triple) {
                    quote = 0;
                } else if (i + 2 < len && s[i + 1] == quote && s[i + 2] == quote) {
                    quote = 0;
                    i += 2;
                }
            } else if (c == '\n' && !triple) {
                quote = 0;  // unterminated: the compiler will say so
            }
            continue;
        }
        switch (c) {
            case '#':
                while (i + 1 < len && s[i + 1] != '\n') {
                    i++;
                }
                break;
            case '\'':
            case '"':
                quote = c;
                triple = i + 2 < len && s[i + 1] == c && s[i + 2] == c;
                if (triple) {
                    i += 2;
                }
                break;
            case '(':
            case '[':
            case '{':
                depth++;
                break;
            case ')':
            case ']':
            case '}':
                depth--;
                break;
            case '\\':
                if (i + 1 == len) {
                    backslash_end = true;
                }
                break;
            default:
                break;
        }
    }
    if (quote && triple) {
        return true;
    }
    if (depth > 0 && !quote) {
        return true;
    }
    if (backslash_end) {
        return true;
    }
    if (first_line && last_sig == ':') {
        is_compound = true;
    }
    return is_compound && s[len - 1] != '\n';
}

// ---------------------------------------------------------------------------
// Running code

void mp_unix_print_exception(const mp_print_t *print, mp_obj_t exc) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_print_exception(print, exc);
        nlr_pop();
    } else {
        // No memory even for the report: at least the type.
        mp_print_str(print, mp_obj_get_type_str(exc));
        mp_print_str(print, "\n");
    }
}

// Compile and run source in __main__. In the raw REPL the output is framed
// by \x04 markers and the traceback goes between them (on standard output,
// where the tool reads it). Returns 0, or EXIT_FORCED | status on SystemExit.
static int execute(const char *src, size_t len, mp_parse_input_kind_t kind, bool raw) {
    // The tool waits for "OK" (and a person for the echo) before the code
    // runs, which may take long.
    mp_hal_stdout_flush();
    mp_unix_term_set(raw ? MP_TERM_RAWRUN : MP_TERM_RUN);
    int ret = 0;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_hal_set_interrupt_char(3);  // as MicroPython: Ctrl-C again for each run
        mp_obj_t code = mp_unix_compile(src, len, MP_QSTR__lt_stdin_gt_, kind);
        mp_exec_code(code, MP_STATE(dict_main), MP_STATE(dict_main));
        nlr_pop();
        if (raw) {
            outs("\x04");
        }
    } else {
        mp_obj_t exc = MP_OBJ_FROM_PTR(nlr.ret_val);
        // Reporting needs memory, even if the code died with the heap locked.
        while (gc_is_locked()) {
            gc_unlock();
        }
        if (raw) {
            outs("\x04");
        }
        if (mp_obj_is_instance_of(exc, &mp_type_SystemExit)) {
            ret = mp_unix_exit_status(exc);
        } else if (raw) {
            mp_unix_print_exception(&mp_plat_print, exc);
        } else {
            mp_sys_print_exception_stderr(exc);  // sys.stderr may be replaced
        }
    }
    if (raw) {
        outs("\x04");
    }
    mp_hal_stdout_flush();
    // Code may have left the name scopes pointing at a function's module.
    mp_locals_set(MP_STATE(dict_main));
    mp_globals_set(MP_STATE(dict_main));
    return ret;
}

// ---------------------------------------------------------------------------
// Soft reset

void mp_unix_soft_reset(void) {
    // Keep what the command line set up; everything Python-visible is new.
    mp_obj_t path = MP_STATE(sys_path);
    mp_obj_t argv = MP_STATE(sys_argv);
    mp_deinit();
    mp_init();
    m_malloc_init();
    MP_STATE(sys_path) = path;
    MP_STATE(sys_argv) = argv;
    MP_STATE(repl_last_value) = MP_OBJ_NULL;
}

// ---------------------------------------------------------------------------
// The raw REPL

static int raw_repl(vstr_t *code) {
    outs_crlf("raw REPL; CTRL-B to exit");
    for (;;) {
        vstr_reset(code);
        outs(">");
        mp_unix_term_set(MP_TERM_EDIT);
        for (;;) {
            int c = mp_unix_stdin_getc();
            if (c < 0) {
                return 0;  // end of input: leave
            } else if (c == CHAR_CTRL_A) {
                outs_crlf("raw REPL; CTRL-B to exit");
                vstr_reset(code);
                outs(">");
            } else if (c == CHAR_CTRL_B) {
                outs(crlf);
                return ENTER_FRIENDLY;
            } else if (c == CHAR_CTRL_C) {
                vstr_reset(code);
            } else if (c == CHAR_CTRL_D) {
                break;
            } else {
                vstr_add_byte(code, (byte)c);
            }
        }
        outs("OK");
        if (code->len == 0) {
            outs(crlf);
            mp_unix_soft_reset();
            outs_crlf("PYB: soft reboot");
            outs_crlf("raw REPL; CTRL-B to exit");
            continue;
        }
        int ret = execute(code->buf, code->len, MP_PARSE_FILE_INPUT, true);
        if (ret != 0) {
            return ret;
        }
    }
}

// ---------------------------------------------------------------------------
// The friendly REPL

// Paste mode: everything up to Ctrl-D, echoed, "=== " after each newline.
// Returns false if cancelled.
static bool paste_mode(vstr_t *code) {
    outs("\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\n=== ");
    vstr_reset(code);
    mp_unix_term_set(MP_TERM_EDIT);
    bool after_cr = false;
    for (;;) {
        int c = mp_unix_stdin_getc();
        if (c < 0 || c == CHAR_CTRL_D) {
            outs("\n");
            return true;
        }
        if (c == CHAR_CTRL_C) {
            outs("\n");
            return false;
        }
        bool cr = c == '\r';
        if (c == '\r' || c == '\n') {
            if (!(c == '\n' && after_cr)) {
                vstr_add_byte(code, '\n');
                outs("\n=== ");
            }
        } else {
            char ch = (char)c;
            vstr_add_byte(code, (byte)c);
            mp_hal_stdout_tx_strn(&ch, 1);
        }
        after_cr = cr;
    }
}

static bool is_blank(const char *s, size_t len) {
    for (size_t i = 0; i < len; i++) {
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\n') {
            return false;
        }
    }
    return true;
}

// Read and run one statement (or one paste). Returns NEXT_STATEMENT,
// ENTER_RAW, or an exit status.
static int friendly_statement(vstr_t *code) {
    vstr_reset(code);
    int r = mp_readline(code, ">>> ", READLINE_PRIMARY);
    mp_parse_input_kind_t kind = MP_PARSE_SINGLE_INPUT;
    switch (r) {
        case CHAR_CTRL_A:
            outs(crlf);
            return ENTER_RAW;
        case CHAR_CTRL_B:
            outs(crlf);
            print_banner(crlf);
            return NEXT_STATEMENT;
        case CHAR_CTRL_C:
            outs("\n");
            return NEXT_STATEMENT;
        case CHAR_CTRL_D:
            outs("\n");
            return 0;
        case CHAR_CTRL_E:
            if (!paste_mode(code)) {
                return NEXT_STATEMENT;
            }
            kind = MP_PARSE_FILE_INPUT;
            break;
        default:
            if (is_blank(code->buf, code->len)) {
                return NEXT_STATEMENT;
            }
            while (needs_more(code->buf, code->len)) {
                vstr_add_byte(code, '\n');
                r = mp_readline(code, "... ", 0);
                if (r == CHAR_CTRL_C) {
                    outs("\n");
                    return NEXT_STATEMENT;
                }
                if (r == CHAR_CTRL_D) {
                    outs("\n");
                    break;
                }
            }
            break;
    }
    int ret = execute(code->buf, code->len, kind, false);
    return ret != 0 ? ret : NEXT_STATEMENT;
}

int mp_unix_repl(int verbose) {
    (void)verbose;  // -v -v is handled by mp_unix_compile
    mp_unix_term_init();
    struct termios t;
    if (isatty(1) && tcgetattr(1, &t) == 0 && (t.c_oflag & OPOST) && (t.c_oflag & ONLCR)) {
        crlf = "\n";
    }
    vstr_t code;
    vstr_init(&code, 256);
    print_banner("\n");
    bool raw = false;
    int ret;
    for (;;) {
        ret = raw ? raw_repl(&code) : friendly_statement(&code);
        if (ret == NEXT_STATEMENT) {
            continue;
        } else if (ret == ENTER_RAW) {
            raw = true;
        } else if (ret == ENTER_FRIENDLY) {
            raw = false;
            print_banner(crlf);
        } else {
            break;
        }
    }
    mp_hal_stdout_flush();
    mp_unix_term_set(MP_TERM_ORIG);
    return ret;
}

// ---------------------------------------------------------------------------
// Tab completion

typedef struct {
    const char *str;
    size_t len;
} name_t;

#define MAX_NAMES (1024)

typedef struct {
    const char *prefix;
    size_t prefix_len;
    size_t n;
    name_t names[MAX_NAMES];
} candidates_t;

static void add_from_map(candidates_t *c, const mp_map_t *map) {
    if (map == NULL) {
        return;
    }
    size_t cur = 0;
    mp_map_elem_t *e;
    while ((e = mp_map_next(map, &cur)) != NULL && c->n < MAX_NAMES) {
        if (!mp_obj_is_str(e->key)) {
            continue;
        }
        size_t len;
        const char *s = mp_obj_str_get_data(e->key, &len);
        if (len < c->prefix_len || memcmp(s, c->prefix, c->prefix_len) != 0) {
            continue;
        }
        // Private names only when asked for with a leading underscore.
        if (c->prefix_len == 0 && len > 0 && s[0] == '_') {
            continue;
        }
        c->names[c->n].str = s;
        c->names[c->n].len = len;
        c->n++;
    }
}

static bool is_type_obj(mp_obj_t o) {
    return mp_obj_is_obj(o) && mp_obj_is_subclass_fast(mp_obj_get_type(o), &mp_type_type);
}

// Visit the dicts of a type and its bases, in MRO order.
#define MRO_MAX (64)
static size_t type_mro(const mp_obj_type_t *t, const mp_obj_type_t **out) {
    size_t n = 0;
    if (t->mro != NULL) {
        for (size_t i = 0; i < t->mro->len && n < MRO_MAX; i++) {
            out[n++] = MP_OBJ_TO_PTR(t->mro->items[i]);
        }
    } else {
        for (; t != NULL && n < MRO_MAX; t = t->base_type) {
            out[n++] = t;
        }
    }
    return n;
}

// The maps whose names are o's attributes (no code is run to find them).
static size_t attr_maps(mp_obj_t o, const mp_map_t **maps, size_t max) {
    size_t n = 0;
    if (mp_obj_is_type(o, &mp_type_module)) {
        maps[n++] = &mp_obj_module_get_globals(o)->map;
        return n;
    }
    if (mp_obj_is_obj(o)) {
        mp_map_t *members = mp_obj_instance_members(o, false);
        if (members != NULL) {
            maps[n++] = members;
        }
    }
    const mp_obj_type_t *mro[MRO_MAX];
    size_t k = type_mro(is_type_obj(o) ? MP_OBJ_TO_PTR(o) : mp_obj_get_type(o), mro);
    for (size_t i = 0; i < k && n < max; i++) {
        if (mro[i]->locals_dict != NULL) {
            maps[n++] = &mro[i]->locals_dict->map;
        }
    }
    return n;
}

// Attribute `name` of o by looking in its maps only. Properties and other
// descriptors are not evaluated (MP_OBJ_NULL: nothing to complete).
static mp_obj_t find_attr(mp_obj_t o, const char *name, size_t len) {
    qstr q = qstr_find_strn(name, len);
    if (q == 0) {
        return MP_OBJ_NULL;
    }
    const mp_map_t *maps[MRO_MAX + 2];
    size_t n = attr_maps(o, maps, MP_ARRAY_SIZE(maps));
    for (size_t i = 0; i < n; i++) {
        mp_map_elem_t *e = mp_map_lookup_qstr((mp_map_t *)maps[i], q, MP_MAP_LOOKUP);
        if (e != NULL) {
            mp_obj_t v = e->value;
            if (mp_obj_is_type(v, &mp_type_property)) {
                return MP_OBJ_NULL;
            }
            if (mp_obj_is_type(v, &mp_type_staticmethod) || mp_obj_is_type(v, &mp_type_classmethod)) {
                v = ((mp_obj_static_class_method_t *)MP_OBJ_TO_PTR(v))->fun;
            }
            return v;
        }
    }
    return MP_OBJ_NULL;
}

static mp_obj_t find_global(const char *name, size_t len) {
    qstr q = qstr_find_strn(name, len);
    if (q == 0) {
        return MP_OBJ_NULL;
    }
    mp_map_elem_t *e = mp_map_lookup_qstr(&MP_STATE(dict_main)->map, q, MP_MAP_LOOKUP);
    if (e == NULL) {
        e = mp_map_lookup_qstr(&MP_STATE(dict_builtins)->map, q, MP_MAP_LOOKUP);
    }
    return e != NULL ? e->value : MP_OBJ_NULL;
}

static int compare_names(const void *a, const void *b) {
    const name_t *x = a, *y = b;
    size_t n = x->len < y->len ? x->len : y->len;
    int r = memcmp(x->str, y->str, n);
    return r != 0 ? r : (x->len > y->len) - (x->len < y->len);
}

// The candidates in columns: 16-wide slots on lines of up to 64 columns
// (a long name takes several slots), starting on a new line.
static void print_columns(const mp_print_t *print, const candidates_t *c) {
    enum { SLOT = 16, WIDTH = 64 };
    size_t col = WIDTH;  // forces a newline before the first name
    for (size_t i = 0; i < c->n; i++) {
        size_t len = c->names[i].len;
        size_t gap = (SLOT - col % SLOT) % SLOT;
        if (gap < 2 && col > 0) {
            gap += SLOT;
        }
        if (col > 0 && col + gap + len <= WIDTH) {
            for (size_t k = 0; k < gap; k++) {
                mp_print_str(print, " ");
            }
            col += gap;
        } else {
            mp_print_str(print, "\n");
            col = 0;
        }
        mp_print_strn(print, c->names[i].str, len, 0, ' ', 0);
        col += len;
    }
    mp_print_str(print, "\n");
}

static size_t complete(const char *str, size_t len, const mp_print_t *print, const char **compl_str) {
    // The dotted name ending at the cursor.
    const char *top = str + len;
    const char *s = top;
    while (s > str && (is_ident_char(s[-1]) || s[-1] == '.')) {
        s--;
    }
    if (s < top && ((*s >= '0' && *s <= '9') || *s == '.')) {
        return 0;  // a number, or an attribute of something not a name
    }
    // Resolve every component but the last.
    mp_obj_t obj = MP_OBJ_NULL;
    const char *word = s;
    for (;;) {
        const char *dot = memchr(word, '.', top - word);
        if (dot == NULL) {
            break;
        }
        if (dot == word) {
            return 0;  // "a..b"
        }
        obj = obj == MP_OBJ_NULL ? find_global(word, dot - word) : find_attr(obj, word, dot - word);
        if (obj == MP_OBJ_NULL) {
            return 0;
        }
        word = dot + 1;
    }
    // Candidates for the last component, sorted and without repeats.
    candidates_t *c = m_new_obj(candidates_t);
    c->prefix = word;
    c->prefix_len = top - word;
    if (obj == MP_OBJ_NULL) {
        // The user's names first, as in MicroPython (after "import
        // machine", "m" Tab gives "machine"); the builtins when none fits.
        add_from_map(c, &MP_STATE(dict_main)->map);
        if (c->n == 0) {
            add_from_map(c, &MP_STATE(dict_builtins)->map);
        }
    } else {
        const mp_map_t *maps[MRO_MAX + 2];
        size_t n = attr_maps(obj, maps, MP_ARRAY_SIZE(maps));
        for (size_t i = 0; i < n; i++) {
            add_from_map(c, maps[i]);
        }
    }
    qsort(c->names, c->n, sizeof(name_t), compare_names);
    size_t n = 0;
    for (size_t i = 0; i < c->n; i++) {
        if (n == 0 || compare_names(&c->names[n - 1], &c->names[i]) != 0) {
            c->names[n++] = c->names[i];
        }
    }
    c->n = n;
    if (n == 0) {
        // The first word of the line may be the start of "import".
        static const char import_str[] = "import ";
        if (word == str && c->prefix_len > 0 && c->prefix_len < sizeof(import_str) - 1
            && memcmp(word, import_str, c->prefix_len) == 0) {
            *compl_str = import_str + c->prefix_len;
            return sizeof(import_str) - 1 - c->prefix_len;
        }
        return 0;
    }
    // Longest common prefix of the candidates.
    size_t common = c->names[0].len;
    for (size_t i = 1; i < n; i++) {
        size_t k = 0;
        while (k < common && k < c->names[i].len && c->names[i].str[k] == c->names[0].str[k]) {
            k++;
        }
        common = k;
    }
    if (common > c->prefix_len) {
        *compl_str = c->names[0].str + c->prefix_len;
        return common - c->prefix_len;
    }
    if (n == 1) {
        return 0;  // already complete
    }
    if (print != NULL) {
        print_columns(print, c);
    }
    return (size_t)-1;
}

size_t mp_unix_repl_complete(const char *str, size_t len, const mp_print_t *print, const char **compl_str) {
    // Completion must never disturb the session (MemoryError, odd objects).
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        size_t ret = complete(str, len, print, compl_str);
        nlr_pop();
        return ret;
    }
    return 0;
}
