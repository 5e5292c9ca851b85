// mpprint.c: formatted printing to an mp_print_t sink (see mpprint.h).
// Our own small printf: it must know qstrs (%q) and must not depend on the
// host's stdio for anything but float conversion.
#include <stdio.h>
#include "runtime.h"

void mp_vstr_print_strn(void *data, const char *str, size_t len) {
    vstr_add_strn((vstr_t *)data, str, len);
}

int mp_print_str(const mp_print_t *print, const char *str) {
    size_t len = strlen(str);
    if (len) {
        print->print_strn(print->data, str, len);
    }
    return (int)len;
}

static const char pad_spaces[] = "                ";
static const char pad_zeros[] = "0000000000000000";

// Writes n fill characters (in chunks of 16 for the usual ones); returns n.
static int print_pad(const mp_print_t *print, char fill, int n) {
    const char *chars = fill == '0' ? pad_zeros : fill == ' ' ? pad_spaces : NULL;
    for (int p = n; p > 0;) {
        int k = chars == NULL ? 1 : p > 16 ? 16 : p;
        print->print_strn(print->data, chars == NULL ? &fill : chars, k);
        p -= k;
    }
    return n > 0 ? n : 0;
}

int mp_print_strn(const mp_print_t *print, const char *str, size_t len, int flags, char fill, int width) {
    int left_pad = 0, right_pad = 0;
    int pad = width - (int)len;
    if (pad > 0) {
        if (flags & PF_FLAG_LEFT_ADJUST) {
            right_pad = pad;
        } else if (flags & PF_FLAG_CENTER_ADJUST) {
            left_pad = pad / 2;
            right_pad = pad - left_pad;
        } else {
            left_pad = pad;
        }
    }
    int total = print_pad(print, fill, left_pad);
    if (len) {
        print->print_strn(print->data, str, len);
        total += (int)len;
    }
    return total + print_pad(print, fill, right_pad);
}

static int print_int(const mp_print_t *print, unsigned long long v, bool neg, int base, bool upper, int flags, char fill, int width) {
    char buf[80];
    char *end = buf + sizeof(buf);
    char *p = end;
    const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    do {
        *--p = digits[v % base];
        v /= base;
    } while (v);
    char sign = neg ? '-' : (flags & PF_FLAG_SHOW_SIGN) ? '+' : (flags & PF_FLAG_SPACE_SIGN) ? ' ' : 0;
    int n = 0;
    if (sign && fill == '0' && width > 0) {
        print->print_strn(print->data, &sign, 1);
        n = 1;
        width--;
    } else if (sign) {
        *--p = sign;
    }
    return n + mp_print_strn(print, p, end - p, flags, fill, width);
}

int mp_printf(const mp_print_t *print, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = mp_vprintf(print, fmt, ap);
    va_end(ap);
    return n;
}

int mp_vprintf(const mp_print_t *print, const char *fmt, va_list args) {
    int chrs = 0;
    for (;;) {
        const char *f = fmt;
        while (*f != '\0' && *f != '%') {
            f++;
        }
        if (f > fmt) {
            print->print_strn(print->data, fmt, f - fmt);
            chrs += f - fmt;
            fmt = f;
        }
        if (*fmt == '\0') {
            break;
        }
        fmt++;  // skip %
        int flags = 0;
        char fill = ' ';
        for (;; fmt++) {
            if (*fmt == '-') {
                flags |= PF_FLAG_LEFT_ADJUST;
            } else if (*fmt == '+') {
                flags |= PF_FLAG_SHOW_SIGN;
            } else if (*fmt == ' ') {
                flags |= PF_FLAG_SPACE_SIGN;
            } else if (*fmt == '#') {
                flags |= PF_FLAG_SHOW_PREFIX;
            } else if (*fmt == '0') {
                fill = '0';
            } else {
                break;
            }
        }
        int width = 0;
        if (*fmt == '*') {
            width = va_arg(args, int);
            fmt++;
        } else {
            while (*fmt >= '0' && *fmt <= '9') {
                width = width * 10 + (*fmt++ - '0');
            }
        }
        int prec = -1;
        if (*fmt == '.') {
            fmt++;
            prec = 0;
            if (*fmt == '*') {
                prec = va_arg(args, int);
                fmt++;
            } else {
                while (*fmt >= '0' && *fmt <= '9') {
                    prec = prec * 10 + (*fmt++ - '0');
                }
            }
        }
        int lng = 0;
        while (*fmt == 'l') {
            lng++;
            fmt++;
        }
        if (*fmt == 'z') {
            lng = 2;
            fmt++;
        }
        char c = *fmt;
        if (c == '\0') {
            break;
        }
        fmt++;
        switch (c) {
            case 'c': {
                char ch = (char)va_arg(args, int);
                chrs += mp_print_strn(print, &ch, 1, flags, fill, width);
                break;
            }
            case 's': {
                const char *s = va_arg(args, const char *);
                if (s == NULL) {
                    s = "(null)";
                }
                size_t len = prec >= 0 ? strnlen(s, prec) : strlen(s);
                chrs += mp_print_strn(print, s, len, flags, fill, width);
                break;
            }
            case 'q': {
                qstr q = va_arg(args, qstr);
                size_t len;
                const byte *s = qstr_data(q, &len);
                if (prec >= 0 && (size_t)prec < len) {
                    len = prec;
                }
                chrs += mp_print_strn(print, (const char *)s, len, flags, fill, width);
                break;
            }
            case 'd':
            case 'i': {
                long long v = lng >= 2 ? va_arg(args, long long) : lng == 1 ? va_arg(args, long) : va_arg(args, int);
                unsigned long long u = v < 0 ? -(unsigned long long)v : (unsigned long long)v;
                chrs += print_int(print, u, v < 0, 10, false, flags, fill, width);
                break;
            }
            case 'u':
            case 'x':
            case 'X':
            case 'o': {
                unsigned long long v = lng >= 2 ? va_arg(args, unsigned long long) : lng == 1 ? va_arg(args, unsigned long) : va_arg(args, unsigned int);
                int base = c == 'u' ? 10 : c == 'o' ? 8 : 16;
                chrs += print_int(print, v, false, base, c == 'X', flags, fill, width);
                break;
            }
            case 'p': {
                uintptr_t v = (uintptr_t)va_arg(args, void *);
                chrs += mp_print_str(print, "0x");
                chrs += print_int(print, v, false, 16, false, flags, fill, width);
                break;
            }
            case 'e':
            case 'E':
            case 'f':
            case 'F':
            case 'g':
            case 'G': {
                double d = va_arg(args, double);
                char spec[16], buf[64];
                snprintf(spec, sizeof spec, "%%%s%s.*%c", (flags & PF_FLAG_SHOW_SIGN) ? "+" : "", (flags & PF_FLAG_SPACE_SIGN) ? " " : "", c);
                int len = snprintf(buf, sizeof buf, spec, prec < 0 ? 6 : prec > 40 ? 40 : prec, d);
                if (len < 0) {
                    len = 0;
                } else if (len >= (int)sizeof buf) {
                    len = sizeof buf - 1;
                }
                chrs += mp_print_strn(print, buf, len, flags, fill, width);
                break;
            }
            case '%':
                print->print_strn(print->data, "%", 1);
                chrs++;
                break;
            default:
                print->print_strn(print->data, fmt - 2, 2);
                chrs += 2;
                break;
        }
    }
    return chrs;
}
