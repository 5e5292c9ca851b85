// readline.c: console input for the Unix port's REPL.
//
// Three layers: terminal modes (termios; the original mode is put back at
// exit and on fatal signals), byte input (a SIGINT that arrives while
// waiting becomes a Ctrl-C byte, so that a pipe-driven REPL behaves like a
// raw terminal), and the line editor: cursor keys in the escape-sequence
// variants terminals send, Emacs-style control keys, word moves and
// kills, history, Tab completion and the auto-indent of continuation
// lines described in the REPL chapter of the documentation.
//
// The screen is kept in step by redrawing the edited line from the prompt
// (wrap-aware when the terminal width is known); typing at the end of the
// line, the common case, just echoes, so a transcript over a pipe reads
// naturally.
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <sys/ioctl.h>
#include "runtime.h"
#include "stream.h"
#include "mphal.h"
#include "readline.h"
#include "repl.h"
#include "unix_port.h"

// ---------------------------------------------------------------------------
// Terminal modes

static struct {
    bool inited;
    bool is_tty;
    struct termios orig;
    volatile mp_term_mode_t mode;
} term;

// Async-signal-safe: only tcsetattr on a copy of the saved settings.
static void term_apply(mp_term_mode_t mode) {
    if (!term.is_tty) {
        return;
    }
    struct termios t = term.orig;
    if (mode == MP_TERM_RUN || mode == MP_TERM_RAWRUN) {
        // While code runs, the interrupt key is micropython.kbd_intr's.
        int c = mp_unix_interrupt_char;
        t.c_cc[VINTR] = c < 0 ? _POSIX_VDISABLE : (cc_t)c;
    }
    if (mode == MP_TERM_EDIT || mode == MP_TERM_RAWRUN) {
        // Byte-wise input without echo; Enter arrives as '\r'. Output
        // post-processing (\n -> \r\n) is kept: the terminal does it.
        t.c_iflag &= ~(BRKINT | ICRNL | INLCR | IGNCR | INPCK | ISTRIP | IXON);
        t.c_cflag = (t.c_cflag & ~(CSIZE | PARENB)) | CS8;
        t.c_lflag &= ~(ECHO | ECHONL | ICANON | IEXTEN);
        if (mode == MP_TERM_EDIT) {
            t.c_lflag &= ~ISIG;  // Ctrl-C is read as a byte
        } else {
            // Only Ctrl-C keeps a signal meaning (KeyboardInterrupt).
            t.c_lflag |= ISIG;
            t.c_cc[VQUIT] = _POSIX_VDISABLE;
            t.c_cc[VSUSP] = _POSIX_VDISABLE;
        }
        t.c_cc[VMIN] = 1;
        t.c_cc[VTIME] = 0;
    }
    tcsetattr(0, TCSANOW, &t);
}

static void term_restore_at_exit(void) {
    term_apply(MP_TERM_ORIG);
}

static void on_fatal_signal(int sig) {
    term_apply(MP_TERM_ORIG);
    signal(sig, SIG_DFL);
    raise(sig);
}

static void on_stop_signal(int sig) {
    (void)sig;
    term_apply(MP_TERM_ORIG);
    raise(SIGSTOP);
}

static void on_cont_signal(int sig) {
    (void)sig;
    // Back in the foreground: the shell may have reset the terminal.
    term_apply(term.mode);
}

bool mp_unix_term_init(void) {
    if (term.inited) {
        return term.is_tty;
    }
    term.inited = true;
    term.mode = MP_TERM_ORIG;
    term.is_tty = isatty(0) && tcgetattr(0, &term.orig) == 0;
    if (term.is_tty) {
        atexit(term_restore_at_exit);
        static const int fatal[] = {SIGTERM, SIGHUP, SIGQUIT, SIGABRT};
        for (size_t i = 0; i < MP_ARRAY_SIZE(fatal); i++) {
            struct sigaction sa;
            memset(&sa, 0, sizeof sa);
            sa.sa_handler = on_fatal_signal;
            sigemptyset(&sa.sa_mask);
            sigaction(fatal[i], &sa, NULL);
        }
        signal(SIGTSTP, on_stop_signal);
        signal(SIGCONT, on_cont_signal);
    }
    return term.is_tty;
}

void mp_unix_term_set(mp_term_mode_t mode) {
    mp_unix_term_init();
    if (mode == term.mode) {
        return;
    }
    term.mode = mode;
    term_apply(mode);
}

void mp_unix_term_refresh(void) {
    if (term.inited && (term.mode == MP_TERM_RUN || term.mode == MP_TERM_RAWRUN)) {
        term_apply(term.mode);
    }
}

// ---------------------------------------------------------------------------
// Byte input

static int last_byte = -1;  // the byte returned before, to take "\r\n" as one Enter

static int getc_raw(void) {
    mp_hal_stdout_flush();
    // Bytes that sys.stdin read ahead (input() in a piped session) come first.
    int buffered = mp_sys_stdin_buffered_getc();
    if (buffered >= 0) {
        return buffered;
    }
    for (;;) {
        // poll() is always interrupted by a signal (read() may be restarted),
        // so a Ctrl-C sent as SIGINT is seen here at once.
        if (MP_STATE(pending_exception) != MP_OBJ_NULL
            && MP_STATE(pending_exception) == MP_STATE(keyboard_interrupt)) {
            MP_STATE(pending_exception) = MP_OBJ_NULL;
            return CHAR_CTRL_C;
        }
        // Streams given to uos.dupterm are polled too; they have no file
        // descriptor to wait on, so stdin is waited on in short slices.
        int d = mp_unix_dupterm_rx();
        if (d >= 0) {
            return d;
        }
        struct pollfd p = {.fd = 0, .events = POLLIN};
        int r = poll(&p, 1, mp_unix_dupterm_active() ? 20 : -1);
        if (r < 0) {
            if (errno == EINTR || errno == EAGAIN) {
                continue;
            }
            return -1;
        }
        if (r == 0) {
            continue;
        }
        unsigned char c;
        ssize_t n = read(0, &c, 1);
        if (n == 1) {
            return c;
        }
        if (n < 0 && (errno == EINTR || errno == EAGAIN)) {
            continue;
        }
        return -1;
    }
}

int mp_unix_stdin_getc(void) {
    last_byte = getc_raw();
    return last_byte;
}

// ---------------------------------------------------------------------------
// History and kill buffer (plain C strings: they hold no Python objects)

static char *hist[READLINE_HIST_SIZE];  // hist[0] is the most recent
static char *kill_buf;

static char *dup_n(const char *s, size_t n) {
    char *d = malloc(n + 1);
    if (d != NULL) {
        memcpy(d, s, n);
        d[n] = '\0';
    }
    return d;
}

void mp_readline_push_history(const char *text, size_t len) {
    size_t i = 0;
    while (i < len && (text[i] == ' ' || text[i] == '\t')) {
        i++;
    }
    if (i == len) {
        return;
    }
    if (hist[0] != NULL && strlen(hist[0]) == len && memcmp(hist[0], text, len) == 0) {
        return;
    }
    char *copy = dup_n(text, len);
    if (copy == NULL) {
        return;
    }
    free(hist[READLINE_HIST_SIZE - 1]);
    memmove(hist + 1, hist, (READLINE_HIST_SIZE - 1) * sizeof(char *));
    hist[0] = copy;
}

// ---------------------------------------------------------------------------
// The line editor

enum {
    ESC_NONE,
    ESC_ESC,   // after ESC
    ESC_CSI,   // after ESC [ (collecting parameters)
    ESC_SS3,   // after ESC O
};

static struct {
    vstr_t *line;
    const char *prompt;
    int flags;
    size_t start;     // the edited line is line->buf[start .. line->len)
    size_t cursor;    // byte offset into line->buf
    size_t term_row;  // rows the terminal cursor is below the prompt's row
    int esc;
    bool esc_meta;    // ESC ESC [ ...: Alt held with an arrow key (word move)
    char esc_param[16];
    size_t esc_len;
    int hist_cur;     // -1: the line being typed, else an index into hist
    char *hist_saved; // the line being typed while browsing the history
} rl;

static inline bool is_cont(char c) {
    return ((unsigned char)c & 0xc0) == 0x80;
}

static inline bool is_word(char c) {
    unsigned char u = (unsigned char)c;
    return (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u == '_' || u >= 0x80;
}

static void out(const char *s, size_t n) {
    mp_hal_stdout_tx_strn(s, n);
}

static void outs(const char *s) {
    mp_hal_stdout_tx_strn(s, strlen(s));
}

// "ESC [ n <cmd>"
static void out_csi(size_t n, char cmd) {
    char buf[32];
    int k = snprintf(buf, sizeof buf, "\x1b[%u%c", (unsigned)n, cmd);
    out(buf, k);
}

static size_t term_width(void) {
    struct winsize ws;
    if (ioctl(1, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) {
        return ws.ws_col;
    }
    return 0;  // unknown (not a terminal): treated as unlimited
}

// Display columns of buf[a..b): one per UTF-8 character.
static size_t ncols(size_t a, size_t b) {
    size_t n = 0;
    for (size_t i = a; i < b; i++) {
        n += !is_cont(rl.line->buf[i]);
    }
    return n;
}

static void move_left(size_t n) {
    if (n == 0) {
        return;
    }
    if (n <= 4) {
        out("\b\b\b\b", n);
    } else {
        out_csi(n, 'D');
    }
}

// Redraw prompt and line and put the terminal cursor at rl.cursor.
static void refresh(void) {
    vstr_t *l = rl.line;
    size_t w = term_width();
    size_t plen = strlen(rl.prompt);
    if (w != 0 && rl.term_row > 0) {
        out_csi(rl.term_row, 'A');
    }
    out("\r", 1);
    outs(rl.prompt);
    out(l->buf + rl.start, l->len - rl.start);
    size_t end = plen + ncols(rl.start, l->len);
    size_t cur = plen + ncols(rl.start, rl.cursor);
    if (w == 0) {
        outs("\x1b[K");
        move_left(end - cur);
        rl.term_row = 0;
        return;
    }
    if (end % w == 0) {
        // The terminal holds the cursor in the last column until the next
        // character; step onto the next row so our row count is right.
        out("\n", 1);
    }
    outs("\x1b[J");
    size_t end_row = end / w, cur_row = cur / w;
    if (end_row > cur_row) {
        out_csi(end_row - cur_row, 'A');
    }
    out("\r", 1);
    if (cur % w != 0) {
        out_csi(cur % w, 'C');
    }
    rl.term_row = cur_row;
}

static void set_cursor(size_t pos) {
    if (pos != rl.cursor) {
        rl.cursor = pos;
        refresh();
    }
}

// Put the terminal cursor after the end of the line (before a newline is
// printed), leaving rl.cursor alone.
static void display_to_end(void) {
    if (rl.cursor != rl.line->len) {
        size_t keep = rl.cursor;
        rl.cursor = rl.line->len;
        refresh();
        rl.cursor = keep;
    }
}

// Whether buf[..len) ends with a complete UTF-8 character.
static bool ends_complete(const char *buf, size_t len) {
    size_t p = len;
    while (p > 0 && is_cont(buf[p - 1])) {
        p--;
    }
    if (p == 0) {
        return true;
    }
    unsigned char lead = (unsigned char)buf[p - 1];
    size_t need = lead < 0x80 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
    return len - (p - 1) >= need;
}

static void insert(const char *s, size_t n) {
    vstr_t *l = rl.line;
    bool at_end = rl.cursor == l->len;
    vstr_add_len(l, n);
    memmove(l->buf + rl.cursor + n, l->buf + rl.cursor, l->len - n - rl.cursor);
    memcpy(l->buf + rl.cursor, s, n);
    rl.cursor += n;
    if (!at_end) {
        refresh();
        return;
    }
    out(s, n);
    size_t w = term_width();
    if (w != 0 && ends_complete(l->buf, l->len)) {
        size_t end = strlen(rl.prompt) + ncols(rl.start, l->len);
        if (end % w == 0) {
            out("\n", 1);  // see refresh()
        }
        rl.term_row = end / w;
    }
}

// Remove buf[a..b), saving it in the kill buffer if asked.
static void cut(size_t a, size_t b, bool save) {
    if (b <= a) {
        return;
    }
    if (save) {
        char *k = dup_n(rl.line->buf + a, b - a);
        if (k != NULL) {
            free(kill_buf);
            kill_buf = k;
        }
    }
    vstr_cut_out_bytes(rl.line, a, b - a);
    rl.cursor = a;
    refresh();
}

static size_t char_left(size_t pos) {
    if (pos > rl.start) {
        pos--;
        while (pos > rl.start && is_cont(rl.line->buf[pos])) {
            pos--;
        }
    }
    return pos;
}

static size_t char_right(size_t pos) {
    if (pos < rl.line->len) {
        pos++;
        while (pos < rl.line->len && is_cont(rl.line->buf[pos])) {
            pos++;
        }
    }
    return pos;
}

static size_t word_left(size_t pos) {
    const char *b = rl.line->buf;
    while (pos > rl.start && !is_word(b[pos - 1])) {
        pos--;
    }
    while (pos > rl.start && is_word(b[pos - 1])) {
        pos--;
    }
    return pos;
}

static size_t word_right(size_t pos) {
    const char *b = rl.line->buf;
    size_t len = rl.line->len;
    while (pos < len && !is_word(b[pos])) {
        pos++;
    }
    while (pos < len && is_word(b[pos])) {
        pos++;
    }
    return pos;
}

static bool blank(size_t a, size_t b) {
    for (size_t i = a; i < b; i++) {
        if (rl.line->buf[i] != ' ' && rl.line->buf[i] != '\t') {
            return false;
        }
    }
    return true;
}

static void backspace(void) {
    if (rl.cursor == rl.start) {
        return;
    }
    size_t n = rl.cursor - rl.start;
    bool spaces = true;
    for (size_t i = rl.start; i < rl.cursor; i++) {
        if (rl.line->buf[i] != ' ') {
            spaces = false;
            break;
        }
    }
    if (spaces) {
        // In the indentation: back to the previous multiple of 4 (one level).
        cut(rl.cursor - ((n - 1) % 4 + 1), rl.cursor, false);
    } else {
        cut(char_left(rl.cursor), rl.cursor, false);
    }
}

static void replace_line(const char *text) {
    rl.line->len = rl.start;
    vstr_add_str(rl.line, text);
    rl.cursor = rl.line->len;
    refresh();
}

static void history_move(int dir) {
    int to = rl.hist_cur + dir;
    if (to < -1 || to >= READLINE_HIST_SIZE || (to >= 0 && hist[to] == NULL)) {
        return;
    }
    if (rl.hist_cur == -1) {
        free(rl.hist_saved);
        rl.hist_saved = dup_n(rl.line->buf + rl.start, rl.line->len - rl.start);
    }
    rl.hist_cur = to;
    replace_line(to >= 0 ? hist[to] : (rl.hist_saved != NULL ? rl.hist_saved : ""));
}

static void complete(void) {
    // Only indentation before the cursor: Tab indents to the next level.
    if (blank(rl.start, rl.cursor)) {
        size_t n = 4 - (rl.cursor - rl.start) % 4;
        insert("    ", n);
        return;
    }
    const char *compl_str = NULL;
    size_t n = mp_unix_repl_complete(rl.line->buf + rl.start, rl.cursor - rl.start, NULL, &compl_str);
    if (n == 0) {
        return;
    }
    if (n != (size_t)-1) {
        insert(compl_str, n);
        return;
    }
    // Several candidates: list them under the line, then redraw it.
    display_to_end();
    mp_unix_repl_complete(rl.line->buf + rl.start, rl.cursor - rl.start, &mp_plat_print, &compl_str);
    rl.term_row = 0;
    refresh();
}

// Editing actions. Most are a move of the cursor to a position, or a cut
// between the cursor and a position (into the kill buffer or not); keys
// and escape sequences map to action codes through small tables, and one
// function carries them out.
enum { P_HOME = 1, P_END, P_LEFT, P_RIGHT, P_WORD_LEFT, P_WORD_RIGHT };
#define MOVE(p) (p)
#define DEL(p) (0x10 | (p))   // cut, not saved
#define KILL(p) (0x20 | (p))  // cut into the kill buffer
enum { A_HIST_PREV = 0x40, A_HIST_NEXT, A_BACKSPACE, A_COMPLETE, A_CLEAR, A_YANK };

static size_t position(int p) {
    size_t c = rl.cursor;
    switch (p) {
        case P_HOME:
            return rl.start;
        case P_END:
            return rl.line->len;
        case P_LEFT:
            return char_left(c);
        case P_RIGHT:
            return char_right(c);
        case P_WORD_LEFT:
            return word_left(c);
        default:
            return word_right(c);
    }
}

static void do_action(int a) {
    if (a == 0) {
        return;
    }
    if (a < A_HIST_PREV) {
        size_t p = position(a & 0xf);
        if (a < 0x10) {
            set_cursor(p);
        } else if (p < rl.cursor) {
            cut(p, rl.cursor, a & 0x20);
        } else {
            cut(rl.cursor, p, a & 0x20);
        }
        return;
    }
    switch (a) {
        case A_HIST_PREV:
            history_move(1);
            break;
        case A_HIST_NEXT:
            history_move(-1);
            break;
        case A_BACKSPACE:
            backspace();
            break;
        case A_COMPLETE:
            complete();
            break;
        case A_CLEAR:
            outs("\x1b[H\x1b[2J");
            rl.term_row = 0;
            refresh();
            break;
        default:  // A_YANK
            if (kill_buf != NULL) {
                insert(kill_buf, strlen(kill_buf));
            }
            break;
    }
}

// The final letters of the cursor-key sequences (ESC [ x and ESC O x; the
// last two only after ESC O: rxvt's Ctrl-Right/Ctrl-Left).
static const char key_letters[] = "ABCDHFcd";
static const uint8_t key_actions[] = {
    A_HIST_PREV, A_HIST_NEXT, MOVE(P_RIGHT), MOVE(P_LEFT), MOVE(P_HOME), MOVE(P_END),
    MOVE(P_WORD_RIGHT), MOVE(P_WORD_LEFT),
};

// The action of a cursor key; with a modifier the arrows move by words.
static int key_action(int c, size_t n_letters, bool mod) {
    const char *k = memchr(key_letters, c, n_letters);
    if (k == NULL) {
        return 0;  // function keys etc.: ignored
    }
    int a = key_actions[k - key_letters];
    if (mod && (a == MOVE(P_LEFT) || a == MOVE(P_RIGHT))) {
        a += 2;  // the word moves
    }
    return a;
}

// The action of a complete "ESC [ params final" sequence.
static int csi(char final) {
    rl.esc_param[rl.esc_len] = '\0';
    unsigned p1 = 0, p2 = 0;
    const char *s = rl.esc_param;
    while (*s >= '0' && *s <= '9') {
        p1 = p1 * 10 + (*s++ - '0');
    }
    if (*s == ';') {
        s++;
        while (*s >= '0' && *s <= '9') {
            p2 = p2 * 10 + (*s++ - '0');
        }
    }
    if (final == '~') {
        return p1 == 1 || p1 == 7 ? MOVE(P_HOME) : p1 == 4 || p1 == 8 ? MOVE(P_END) : p1 == 3 ? DEL(P_RIGHT) : 0;
    }
    // A modifier (ESC [ 1 ; 5 D: Ctrl, 3: Alt, ...) on the arrows moves by
    // words; rxvt sends ESC [ 5 D style without the "1;".
    bool mod = p2 > 1 || (p1 > 1 && rl.esc_len == 1) || rl.esc_meta;
    return key_action(final, 6, mod);
}

// One byte of an escape sequence (the state says how far it got).
static void escape_byte(int c) {
    int a = 0;
    switch (rl.esc) {
        case ESC_ESC:
            rl.esc = ESC_NONE;
            if (c == '[') {
                rl.esc = ESC_CSI;
                rl.esc_len = 0;
            } else if (c == 'O') {
                rl.esc = ESC_SS3;
            } else if (c == 127 || c == 8) {
                a = KILL(P_WORD_LEFT);
            } else if (c == 27) {
                rl.esc = ESC_ESC;
                rl.esc_meta = true;
            } else {
                // Alt-b, Alt-f, Alt-d (either case).
                static const uint8_t alt_actions[] = {MOVE(P_WORD_LEFT), MOVE(P_WORD_RIGHT), KILL(P_WORD_RIGHT)};
                const char *k = memchr("bfd", c | 0x20, 3);
                if (k != NULL) {
                    a = alt_actions[k - "bfd"];
                }
            }
            break;
        case ESC_CSI:
            if ((c >= '0' && c <= '9') || c == ';') {
                if (rl.esc_len + 1 < sizeof(rl.esc_param)) {
                    rl.esc_param[rl.esc_len++] = c;
                }
            } else if (c >= 0x40 && c <= 0x7e) {
                rl.esc = ESC_NONE;
                a = csi(c);
            } else if (!(c >= 0x20 && c <= 0x3f)) {
                rl.esc = ESC_NONE;  // malformed: drop it
            }
            break;
        case ESC_SS3:
            rl.esc = ESC_NONE;
            a = key_action(c, 8, rl.esc_meta);
            break;
        default:
            rl.esc = ESC_NONE;
            break;
    }
    do_action(a);
}

// Whether the line before `start` (the previous line of the statement)
// ends with ':' outside a comment or string.
static bool prev_ends_with_colon(const char *s, size_t len) {
    char quote = 0;
    size_t last = (size_t)-1;  // index of the last significant character
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (quote) {
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                quote = 0;
            }
            last = i;
            continue;
        }
        if (c == '#') {
            break;
        }
        if (c == '\'' || c == '"') {
            quote = c;
        }
        if (c != ' ' && c != '\t' && c != '\r') {
            last = i;
        }
    }
    return last != (size_t)-1 && !quote && s[last] == ':';
}

// Continuation line: indent like the previous line, one level more after
// a ':'; but not after two blank lines, so that Enter pressed three times
// ends a block (see the REPL chapter, "Auto-indent").
static void auto_indent(void) {
    const char *b = rl.line->buf;
    size_t e = rl.start - 1;  // the '\n' ending the previous line
    size_t s = e;
    while (s > 0 && b[s - 1] != '\n') {
        s--;
    }
    size_t sp = 0;
    while (s + sp < e && b[s + sp] == ' ') {
        sp++;
    }
    if (blank(s, e) && s > 0) {
        size_t e2 = s - 1, s2 = e2;
        while (s2 > 0 && b[s2 - 1] != '\n') {
            s2--;
        }
        if (blank(s2, e2)) {
            return;
        }
    }
    size_t n = sp / 4 + (prev_ends_with_colon(b + s, e - s) ? 1 : 0);
    for (size_t i = 0; i < n; i++) {
        insert("    ", 4);
    }
}

// The actions of the control keys (Ctrl-A to Ctrl-Y); Enter, Ctrl-C,
// Ctrl-D and ESC are handled by mp_readline itself.
static const uint8_t ctrl_actions[32] = {
    [CHAR_CTRL_A] = MOVE(P_HOME), [CHAR_CTRL_B] = MOVE(P_LEFT), [CHAR_CTRL_E] = MOVE(P_END),
    [6] = MOVE(P_RIGHT),            // Ctrl-F
    [8] = A_BACKSPACE, ['\t'] = A_COMPLETE,
    [11] = KILL(P_END),             // Ctrl-K: kill to end of line
    [12] = A_CLEAR,                 // Ctrl-L: clear the screen
    [14] = A_HIST_NEXT, [16] = A_HIST_PREV,  // Ctrl-N, Ctrl-P
    [21] = KILL(P_HOME),            // Ctrl-U: kill to start of line
    [23] = KILL(P_WORD_LEFT),       // Ctrl-W: kill the word before the cursor
    [25] = A_YANK,                  // Ctrl-Y
};

int mp_readline(vstr_t *line, const char *prompt, int flags) {
    mp_unix_term_set(MP_TERM_EDIT);
    rl.line = line;
    rl.prompt = prompt;
    rl.flags = flags;
    rl.start = line->len;
    rl.cursor = line->len;
    rl.term_row = 0;
    rl.esc = ESC_NONE;
    rl.esc_meta = false;
    rl.hist_cur = -1;
    free(rl.hist_saved);
    rl.hist_saved = NULL;
    outs(prompt);
    // Auto-indent is for people typing. A program feeding lines through a
    // pipe writes its own indentation (and ends blocks with one empty line).
    if (term.is_tty && rl.start > 0 && line->buf[rl.start - 1] == '\n') {
        auto_indent();
    }
    for (;;) {
        bool after_cr = last_byte == '\r';
        int c = mp_unix_stdin_getc();
        if (c < 0) {
            // End of input: what was typed counts as entered.
            if (blank(rl.start, line->len)) {
                return CHAR_CTRL_D;
            }
            c = '\r';
        }
        if (rl.esc != ESC_NONE) {
            escape_byte(c);
            if (rl.esc == ESC_NONE) {
                rl.esc_meta = false;
            }
            continue;
        }
        bool empty = line->len == rl.start;
        if (c >= CHAR_CTRL_A && c <= CHAR_CTRL_E && c != CHAR_CTRL_C && c != CHAR_CTRL_D
            && empty && (flags & READLINE_PRIMARY)) {
            return c;  // raw REPL, friendly REPL reset, paste mode
        }
        switch (c) {
            case '\r':
            case '\n':
                if (c == '\n' && after_cr) {
                    break;
                }
                display_to_end();
                {
                    // A line that ends exactly at the right margin already
                    // put the cursor on the next row (see refresh()).
                    size_t w = term_width();
                    size_t end = strlen(rl.prompt) + ncols(rl.start, line->len);
                    out(w != 0 && end % w == 0 ? "\r" : "\n", 1);
                }
                mp_readline_push_history(line->buf + rl.start, line->len - rl.start);
                return 0;
            case CHAR_CTRL_C:
                display_to_end();
                return CHAR_CTRL_C;
            case CHAR_CTRL_D:
                if (empty || (!(flags & READLINE_PRIMARY) && blank(rl.start, line->len))) {
                    display_to_end();
                    return CHAR_CTRL_D;
                }
                do_action(DEL(P_RIGHT));
                break;
            case 27:
                rl.esc = ESC_ESC;
                break;
            default:
                if (c >= 32 && c != 127) {
                    char ch = (char)c;
                    insert(&ch, 1);
                } else {
                    do_action(c == 127 ? A_BACKSPACE : ctrl_actions[c]);
                }
                break;
        }
    }
}
