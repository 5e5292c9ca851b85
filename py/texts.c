// texts.c: expands the compressed exception messages (see
// tools/maketexts.py, which writes the dictionary into genhdr/texts.h and
// the compressed literals into the compiled copies of the sources).
#include "runtime.h"
#include "genhdr/texts.h"

// Calls put(ctx, bytes, n) for each piece of the text of compressed msg.
static void expand(const char *msg, void (*put)(void *, const char *, size_t), void *ctx) {
    for (const byte *p = (const byte *)msg + 1; *p; p++) {
        unsigned k = *p - MP_TEXT_FIRST_CODE;
        if (k < MP_TEXT_N_WORDS) {
            put(ctx, text_words + text_word_start[k], text_word_start[k + 1] - text_word_start[k]);
        } else {
            put(ctx, (const char *)p, 1);
        }
    }
}

static void put_vstr(void *ctx, const char *s, size_t n) {
    vstr_add_strn(ctx, s, n);
}

void mp_text_expand(const char *msg, vstr_t *out) {
    expand(msg, put_vstr, out);
}

typedef struct {
    char *p, *end;
} buf_t;

static void put_buf(void *ctx, const char *s, size_t n) {
    buf_t *b = ctx;
    while (n-- > 0 && b->p < b->end) {
        *b->p++ = *s++;
    }
}

const char *mp_text_cstr(const char *msg, char *buf, size_t size) {
    if (*msg != MP_TEXT_MARKER_CHAR) {
        return msg;
    }
    buf_t b = {buf, buf + size - 1};
    expand(msg, put_buf, &b);
    *b.p = '\0';
    return buf;
}

_Static_assert((byte)MP_TEXT_MARKER_CHAR == MP_TEXT_MARKER, "tools/maketexts.py and runtime.h disagree on the marker");
