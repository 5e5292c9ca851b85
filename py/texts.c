// texts.c: expands the compressed exception messages (see
// tools/maketexts.py, which writes the dictionary into genhdr/texts.h and
// the compressed literals into the compiled copies of the sources).
#include <string.h>
#include "runtime.h"
#include "genhdr/texts.h"

_Static_assert((byte)MP_TEXT_MARKER_CHAR == MP_TEXT_MARKER, "tools/maketexts.py and runtime.h disagree on the marker");

const char *mp_text_cstr(const char *msg, char *buf, size_t size) {
    if (*msg != MP_TEXT_MARKER_CHAR) {
        return msg;
    }
    // Runs of plain bytes and dictionary words, copied while they fit.
    char *out = buf, *end = buf + size - 1;
    const byte *p = (const byte *)msg + 1;
    while (*p) {
        const char *piece = (const char *)p;
        size_t n = 0;
        unsigned k = *p - MP_TEXT_FIRST_CODE;
        if (k < MP_TEXT_N_WORDS) {
            piece = text_words + text_word_start[k];
            n = text_word_start[k + 1] - text_word_start[k];
            p++;
        } else {
            while (*p && (unsigned)(*p - MP_TEXT_FIRST_CODE) >= MP_TEXT_N_WORDS) {
                p++, n++;
            }
        }
        if (n > (size_t)(end - out)) {
            n = end - out;
        }
        memcpy(out, piece, n);
        out += n;
    }
    *out = '\0';
    return buf;
}
