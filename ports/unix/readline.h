// readline.h: the Unix port's console input layer (readline.c): terminal
// modes, byte input that turns SIGINT into a Ctrl-C byte, and the line
// editor used by the interactive prompt.
#ifndef MP_UNIX_READLINE_H
#define MP_UNIX_READLINE_H

#include "py/misc.h"

#define CHAR_CTRL_A (1)
#define CHAR_CTRL_B (2)
#define CHAR_CTRL_C (3)
#define CHAR_CTRL_D (4)
#define CHAR_CTRL_E (5)

// Lines remembered for Up/Down.
#define READLINE_HIST_SIZE (100)

// Terminal modes (only applied when stdin is a terminal):
//   ORIG    what we found at start-up (restored at exit and on signals)
//   EDIT    for the line editor: byte-wise, no echo, no signal keys
//           (Ctrl-C arrives as a byte), output post-processing kept
//   RUN     while friendly-REPL code runs: the original mode, so that
//           Ctrl-C raises SIGINT and input() gets a cooked line
//   RAWRUN  while raw-REPL code runs: like EDIT but Ctrl-C raises SIGINT,
//           and bytes a tool sends meanwhile are neither echoed nor held
typedef enum {
    MP_TERM_ORIG,
    MP_TERM_EDIT,
    MP_TERM_RUN,
    MP_TERM_RAWRUN,
} mp_term_mode_t;

// Sets up terminal handling (idempotent); returns whether stdin is a tty.
bool mp_unix_term_init(void);
void mp_unix_term_set(mp_term_mode_t mode);
// Applies the current mode again (after micropython.kbd_intr).
void mp_unix_term_refresh(void);

// One byte of standard input (after flushing standard output); -1 at end
// of input. A SIGINT received while waiting is returned as CHAR_CTRL_C.
int mp_unix_stdin_getc(void);

// mp_readline flags.
#define READLINE_PRIMARY (1)  // Ctrl-A/B/E on an empty line are returned

// Edit one line appended to `line`, which may already hold the previous
// lines of a statement (then ending in '\n'; the new line is auto-indented
// from them). Returns 0 when the line is entered (Enter, or end of input
// after some text), CHAR_CTRL_D at end of input or for Ctrl-D on an empty
// line, CHAR_CTRL_C when the line is cancelled, and with READLINE_PRIMARY
// CHAR_CTRL_A/B/E pressed on an empty line. The line itself holds no
// newline.
int mp_readline(vstr_t *line, const char *prompt, int flags);

// Add a line to the history (empty, blank and repeated lines are skipped).
void mp_readline_push_history(const char *text, size_t len);

#endif
