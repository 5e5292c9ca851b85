// re_engine.h: the regular-expression engine behind the re module
// (extmod/modre.c). re_engine.c parses a pattern into a small tree, compiles
// it into a program of int32 words, and runs that program with a
// backtracking matcher whose choice points and undo records live on an
// explicit heap stack (no C recursion per character, so long subjects and
// pathological patterns cannot overflow the C stack).
#ifndef MP_EXTMOD_RE_ENGINE_H
#define MP_EXTMOD_RE_ENGINE_H

#include "obj.h"

// Flags, with CPython's values.
#define RE_FLAG_TEMPLATE (1)
#define RE_FLAG_IGNORECASE (2)
#define RE_FLAG_LOCALE (4)
#define RE_FLAG_MULTILINE (8)
#define RE_FLAG_DOTALL (16)
#define RE_FLAG_UNICODE (32)
#define RE_FLAG_VERBOSE (64)
#define RE_FLAG_DEBUG (128)
#define RE_FLAG_ASCII (256)

// A named group of a pattern: the name is code points [start, start+len)
// of the pattern text.
typedef struct _re_name_t {
    uint32_t start;
    uint32_t len;
    uint32_t group;
} re_name_t;

typedef struct _re_prog_t {
    int32_t *code;         // the program (GC heap, atomic)
    size_t code_len;
    uint32_t ngroups;      // capturing groups, not counting group 0
    uint32_t ncounters;    // counted-repeat registers used by the program
    uint32_t nmemo;        // loop heads whose failures may be memoised
    int flags;             // final flags (inline flags included)
    bool is_bytes;         // bytes pattern (matches bytes-like subjects)
    bool anchored;         // can only match at position 0 (\A or ^ without M)
    int32_t first_byte;    // every match starts with this byte, or -1
    int32_t *first_class;  // or with a character of this class (OP_CLASS block), or NULL
    re_name_t *names;      // named groups
    size_t n_names;
    uint32_t *pat;         // the pattern as code points (for the names)
    size_t pat_len;
} re_prog_t;

// Compile pattern data (UTF-8 for str, raw for bytes). Raises re.error for
// a bad pattern, ValueError for bad flags.
void re_compile(re_prog_t *prog, const byte *pattern, size_t len, int flags, bool is_bytes);

#define RE_MODE_MATCH (0)      // anchored at start
#define RE_MODE_SEARCH (1)     // first position from start
#define RE_MODE_FULLMATCH (2)  // anchored at start and at end

// Run a program on subj[0..len) (byte offsets; str subjects are UTF-8)
// beginning at byte offset start. If must_advance, a match that is empty
// at start is not accepted (CPython's rule for successive matches).
// On success returns true and fills slots[0..2*(ngroups+1)) with byte
// offsets (-1 for groups that did not participate) and *lastindex with the
// last closed group (-1 if none).
bool re_exec(const re_prog_t *prog, const byte *subj, size_t len, bool is_str, size_t start,
    int mode, bool must_advance, int32_t *slots, int *lastindex);

// The re.error exception type (modre.c) and its raiser: msg plus the
// position in the pattern (pos < 0: none).
extern const mp_obj_type_t mp_type_re_error;
MP_NORETURN void re_raise_error(const char *msg, mp_int_t pos);

#endif
