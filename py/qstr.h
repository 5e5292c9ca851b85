// qstr.h: interned strings. A qstr is a small integer naming a unique byte
// string; equal qstrs are equal strings, so names compare by identity.
// Predefined qstrs (MP_QSTR_xxx) are collected from the sources at build time
// by tools/makeqstrdefs.py: writing MP_QSTR_foo anywhere in py/ or ports/
// makes "foo" a predefined qstr. Names that are not C identifiers are listed
// in py/qstrdefs.h as Q(<text>) and spelt with escapes (see the tool).
#ifndef MP_PY_QSTR_H
#define MP_PY_QSTR_H

#include "mpconfig.h"

typedef uint32_t qstr;

enum {
    MP_QSTRnull = 0,
    MP_QSTR_ = 1,  // the empty string
#define QDEF(id, str) id,
#include "genhdr/qstrdefs.generated.h"
#undef QDEF
    MP_QSTRnumber_of_static,
};

void qstr_init(void);
// Intern a string (copying it); returns its qstr.
qstr qstr_from_strn(const char *str, size_t len);
qstr qstr_from_str(const char *str);
// The qstr of an already interned string, or MP_QSTRnull.
qstr qstr_find_strn(const char *str, size_t len);
const char *qstr_str(qstr q);        // NUL-terminated
const byte *qstr_data(qstr q, size_t *len);
size_t qstr_len(qstr q);
mp_uint_t qstr_hash(qstr q);         // == mp_str_hash of its bytes
size_t qstr_count(void);             // number of qstrs (for micropython.qstr_info)
size_t qstr_total_bytes(void);

#endif
