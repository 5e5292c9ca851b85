// mpprint.h: formatted output to any sink (stdout, a vstr, a stream).
// mp_printf understands %d %u %x %X %c %s %.*s %p %ld %lu %lld %llu %zu %f %g
// %e and two extensions: %q (a qstr) and the "%v" family is not provided.
#ifndef MP_PY_MPPRINT_H
#define MP_PY_MPPRINT_H

#include <stdarg.h>
#include "obj.h"

typedef void (*mp_print_strn_t)(void *data, const char *str, size_t len);

struct _mp_print_t {
    void *data;
    mp_print_strn_t print_strn;
};

// The port's standard output / error (set up by the port, see mphal.h).
extern const mp_print_t mp_plat_print;
extern const mp_print_t mp_stderr_print;
// A printer writing into a vstr: {vstr, mp_vstr_print_strn}.
void mp_vstr_print_strn(void *data, const char *str, size_t len);
static inline mp_print_t mp_print_for_vstr(vstr_t *vstr) {
    mp_print_t p = {vstr, mp_vstr_print_strn};
    return p;
}

int mp_print_str(const mp_print_t *print, const char *str);
int mp_print_strn(const mp_print_t *print, const char *str, size_t len, int flags, char fill, int width);
int mp_printf(const mp_print_t *print, const char *fmt, ...);
int mp_vprintf(const mp_print_t *print, const char *fmt, va_list args);

// Print an object with str() or repr() semantics (dispatches on the type's
// print slot, or __str__/__repr__ for user classes).
void mp_obj_print_helper(const mp_print_t *print, mp_obj_t o, mp_print_kind_t kind);
void mp_obj_print(mp_obj_t o, mp_print_kind_t kind);  // to stdout

// Flags for mp_print_strn.
#define PF_FLAG_LEFT_ADJUST (0x001)
#define PF_FLAG_SHOW_SIGN (0x002)
#define PF_FLAG_SPACE_SIGN (0x004)
#define PF_FLAG_NO_TRAILZ (0x008)
#define PF_FLAG_SHOW_PREFIX (0x010)
#define PF_FLAG_SHOW_COMMA (0x020)
#define PF_FLAG_PAD_AFTER_SIGN (0x040)
#define PF_FLAG_CENTER_ADJUST (0x080)
#define PF_FLAG_ADD_PERCENT (0x100)

#endif
