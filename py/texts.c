// texts.c: expands the compressed exception messages (see
// tools/maketexts.py, which writes the dictionary into genhdr/texts.h and
// the compressed literals into the compiled copies of the sources).
#include "runtime.h"
#include "genhdr/texts.h"

void mp_text_expand(const char *msg, vstr_t *out) {
    for (const byte *p = (const byte *)msg + 1; *p; p++) {
        unsigned k = *p - MP_TEXT_FIRST_CODE;
        if (k < MP_TEXT_N_WORDS) {
            vstr_add_strn(out, text_words + text_word_start[k], text_word_start[k + 1] - text_word_start[k]);
        } else {
            vstr_add_byte(out, *p);
        }
    }
}

_Static_assert((byte)MP_TEXT_MARKER_CHAR == MP_TEXT_MARKER, "tools/maketexts.py and runtime.h disagree on the marker");
