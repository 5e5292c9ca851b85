// objstrformat.c: the text formatting engines: format(value, spec) with the
// format mini-language, str.format / str.format_map (field names with
// attribute and index access, conversions, nested specs) and printf-style
// `%` formatting for str and bytes. The digits of numbers come from the
// numbers engine (mp_int_format / mp_float_format / mp_complex_format);
// this file does the parsing, validation, fill and alignment.
#include <string.h>
#include <math.h>
#include "runtime.h"
#include "objstr.h"
#include "objint.h"
#include "objfloat.h"
#include "objcomplex.h"
#include "unicode.h"

// ---------------------------------------------------------------------------
// Format spec: [[fill]align][sign][z][#][0][width][grouping][.precision][type]

typedef struct _fmt_spec_t {
    byte fill[4];       // UTF-8 of the fill character
    size_t fill_len;    // 0: not given
    char align;         // '<' '>' '^' '=' or 0
    char sign;          // '+' '-' ' ' or 0
    bool z;             // 'z': negative zero becomes positive
    bool alt;           // '#'
    bool zero;          // '0' before the width
    char grouping;      // ',' '_' or 0
    mp_int_t width;     // -1 if not given
    mp_int_t precision; // -1 if not given
    char type;          // 0 if not given
} fmt_spec_t;

static bool is_align(byte c) {
    return c == '<' || c == '>' || c == '^' || c == '=';
}

// Parse a decimal number; raises ValueError when too large.
static mp_int_t parse_num(const byte **pp, const byte *end) {
    const byte *p = *pp;
    mp_int_t n = 0;
    while (p < end && *p >= '0' && *p <= '9') {
        // Like CPython: only a value beyond ssize_t is a ValueError; a
        // merely huge width fails later with MemoryError.
        if (n > (INT64_MAX - 9) / 10) {
            mp_raise_ValueError("Too many decimal digits in format string");
        }
        n = n * 10 + (*p - '0');
        p++;
    }
    *pp = p;
    return n;
}

static void parse_spec(const byte *s, size_t len, fmt_spec_t *f, mp_obj_t value, char default_type) {
    memset(f, 0, sizeof(*f));
    f->width = -1;
    f->precision = -1;
    const byte *p = s, *end = s + len;
    if (p < end) {
        size_t cl = utf8_char_size(p, end - p);
        if (p + cl < end && is_align(p[cl])) {
            memcpy(f->fill, p, cl);
            f->fill_len = cl;
            f->align = p[cl];
            p += cl + 1;
        } else if (is_align(*p)) {
            f->align = *p++;
        }
    }
    if (p < end && (*p == '+' || *p == '-' || *p == ' ')) {
        f->sign = *p++;
    }
    if (p < end && *p == 'z') {
        f->z = true;
        p++;
    }
    if (p < end && *p == '#') {
        f->alt = true;
        p++;
    }
    if (p < end && *p == '0' && f->fill_len == 0) {
        // As in CPython 3.11, with an explicit fill character a '0' here
        // starts the width instead of being the zero-padding flag.
        f->zero = true;
        p++;
    }
    if (p < end && *p >= '0' && *p <= '9') {
        f->width = parse_num(&p, end);
    }
    if (p < end && (*p == ',' || *p == '_')) {
        f->grouping = *p++;
        if (p < end && (*p == ',' || *p == '_')) {
            mp_raise_ValueError(*p == f->grouping ? (*p == ',' ? "Cannot specify ',' with ','." : "Cannot specify '_' with '_'.")
                                                  : "Cannot specify both ',' and '_'.");
        }
    }
    if (p < end && *p == '.') {
        p++;
        if (p >= end || *p < '0' || *p > '9') {
            mp_raise_ValueError("Format specifier missing precision");
        }
        f->precision = parse_num(&p, end);
    }
    if (p < end) {
        f->type = *p++;
        if (p < end || (byte)f->type >= 0x80) {
            mp_raise_msg_varg(&mp_type_ValueError, "Invalid format specifier '%.*s' for object of type '%s'",
                (int)len, (const char *)s, mp_obj_get_type_str(value));
        }
    }
    if (f->grouping) {
        // Which types take a thousands separator is checked for every
        // value type, before the type code itself (as CPython does).
        switch (f->type ? f->type : default_type) {
            case 0: case 'd': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
                break;
            case 'b': case 'o': case 'x': case 'X':
                if (f->grouping == '_') {
                    break;
                }
                __attribute__((fallthrough));
            default:
                if (f->type == 0) {
                    mp_raise_msg_varg(&mp_type_ValueError, "Cannot specify '%c' with '%c'.", f->grouping, default_type);
                }
                if ((byte)f->type >= 0x20 && (byte)f->type < 0x7F) {
                    mp_raise_msg_varg(&mp_type_ValueError, "Cannot specify '%c' with '%c'.", f->grouping, f->type);
                }
                mp_raise_msg_varg(&mp_type_ValueError, "Cannot specify '%c' with '\\x%x'.", f->grouping, (unsigned)(byte)f->type);
        }
    }
}

// Append body (len bytes, nchars code points) to out with fill/alignment.
// default_align applies when none was given. For '=' alignment, prefix_len
// bytes of body (sign and base prefix) stay before the padding. The '0'
// flag without a fill character pads with zeros (where the number engine did
// not already zero-pad: with an explicit alignment, and for str and 'c').
static void pad_out(vstr_t *out, const fmt_spec_t *f, const byte *body, size_t len, size_t nchars, char default_align, size_t prefix_len) {
    char align = f->align ? f->align : default_align;
    if (f->width <= (mp_int_t)nchars) {
        vstr_add_strn(out, (const char *)body, len);
        return;
    }
    size_t padn = f->width - nchars;
    byte fill[4] = {' '};
    size_t fl = 1;
    if (f->fill_len) {
        memcpy(fill, f->fill, f->fill_len);
        fl = f->fill_len;
    } else if (f->zero) {
        fill[0] = '0';
    }
    size_t left;
    switch (align) {
        case '<':
            left = 0;
            break;
        case '^':
            left = padn / 2;
            break;
        default:
            left = padn;
            break;
    }
    size_t right = padn - left;
    vstr_hint_size(out, len + padn * fl);
    if (align == '=') {
        vstr_add_strn(out, (const char *)body, prefix_len);
        body += prefix_len;
        len -= prefix_len;
    }
    for (size_t i = 0; i < left; i++) {
        vstr_add_strn(out, (const char *)fill, fl);
    }
    vstr_add_strn(out, (const char *)body, len);
    for (size_t i = 0; i < right; i++) {
        vstr_add_strn(out, (const char *)fill, fl);
    }
}

// Cuts the text d[0..*len) to its first prec characters (prec < 0: no
// limit), counting code points or bytes; returns the number kept.
static size_t cut_text(const byte *d, size_t *len, mp_int_t prec, bool count_chars) {
    size_t n = count_chars ? utf8_charlen(d, *len) : *len;
    if (prec >= 0 && (size_t)prec < n) {
        if (count_chars) {
            size_t i = 0;
            for (mp_int_t k = 0; k < prec; k++) {
                i += utf8_char_size(d + i, *len - i);
            }
            *len = i;
        } else {
            *len = prec;
        }
        n = prec;
    }
    return n;
}

static MP_NORETURN void unknown_code(char type, mp_obj_t value) {
    if (type > 0x20 && type < 0x7F) {
        mp_raise_msg_varg(&mp_type_ValueError, "Unknown format code '%c' for object of type '%s'", type, mp_obj_get_type_str(value));
    }
    mp_raise_msg_varg(&mp_type_ValueError, "Unknown format code '\\x%x' for object of type '%s'", (unsigned)(byte)type, mp_obj_get_type_str(value));
}

static MP_NORETURN void bad_grouping(char grouping, char type) {
    mp_raise_msg_varg(&mp_type_ValueError, "Cannot specify '%c' with '%c'.", grouping, type);
}

static void format_str_data(vstr_t *out, const byte *d, size_t len, const fmt_spec_t *f, mp_obj_t value) {
    if (f->type != 0 && f->type != 's') {
        unknown_code(f->type, value);
    }
    if (f->sign) {
        mp_raise_ValueError(f->sign == ' ' ? "Space not allowed in string format specifier" : "Sign not allowed in string format specifier");
    }
    if (f->z) {
        mp_raise_ValueError("Negative zero coercion (z) not allowed in string format specifier");
    }
    if (f->alt) {
        mp_raise_ValueError("Alternate form (#) not allowed in string format specifier");
    }
    if (f->align == '=') {
        mp_raise_ValueError("'=' alignment not allowed in string format specifier");
    }
    if (f->grouping) {
        bad_grouping(f->grouping, 's');
    }
    size_t nchars = cut_text(d, &len, f->precision, true);
    pad_out(out, f, d, len, nchars, '<', 0);
}

// Length of the sign and base prefix at the start of numeric text.
static size_t num_prefix_len(const byte *d, size_t len) {
    size_t i = 0;
    if (i < len && (d[i] == '-' || d[i] == '+' || d[i] == ' ')) {
        i++;
    }
    if (i + 1 < len && d[i] == '0' && (d[i + 1] == 'x' || d[i + 1] == 'X' || d[i + 1] == 'o' || d[i + 1] == 'b')) {
        i += 2;
    }
    return i;
}

static int num_flags(const fmt_spec_t *f) {
    int flags = 0;
    if (f->alt) {
        flags |= MP_NUMFMT_ALT;
    }
    if (f->sign == '+') {
        flags |= MP_NUMFMT_PLUS;
    } else if (f->sign == ' ') {
        flags |= MP_NUMFMT_SPACE;
    }
    return flags;
}

// Numeric body already formatted into tmp: pad it per the spec. Zero
// padding ('0' flag, or '=' with fill '0') was done by the number engine.
static void finish_number(vstr_t *out, const fmt_spec_t *f, vstr_t *tmp) {
    pad_out(out, f, (const byte *)tmp->buf, tmp->len, utf8_charlen((const byte *)tmp->buf, tmp->len), '>',
        num_prefix_len((const byte *)tmp->buf, tmp->len));
}

// Zero-fill width for the number engine: the '0' flag without explicit
// alignment, or '=' alignment with '0' fill.
static size_t zero_width_of(fmt_spec_t *f) {
    if (f->width < 0) {
        return 0;
    }
    if (f->zero && !f->align) {
        return f->width;
    }
    if (f->align == '=' && ((f->fill_len == 1 && f->fill[0] == '0') || (!f->fill_len && f->zero))) {
        return f->width;
    }
    return 0;
}

static void format_float_value(vstr_t *out, mp_float_t v, fmt_spec_t *f, mp_obj_t value);

static void format_int_value(vstr_t *out, mp_obj_t o, fmt_spec_t *f, mp_obj_t value) {
    char type = f->type;
    int base = 10;
    bool upper = false;
    switch (type) {
        case 0:
        case 'd':
        case 'n':
            base = 10;
            break;
        case 'b':
            base = 2;
            break;
        case 'o':
            base = 8;
            break;
        case 'x':
            base = 16;
            break;
        case 'X':
            base = 16;
            upper = true;
            break;
        case 'c':
            break;
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G':
        case '%':
            format_float_value(out, mp_obj_get_float(o), f, value);
            return;
        default:
            unknown_code(type, value);
    }
    if (f->z) {
        mp_raise_ValueError("Negative zero coercion (z) not allowed in integer format specifier");
    }
    if (f->precision >= 0) {
        mp_raise_ValueError("Precision not allowed in integer format specifier");
    }
    if (f->grouping && (type == 'n' || type == 'c' || (f->grouping == ',' && type != 0 && type != 'd'))) {
        bad_grouping(f->grouping, type);
    }
    if (type == 'c') {
        if (f->sign) {
            mp_raise_ValueError("Sign not allowed with integer format specifier 'c'");
        }
        if (f->alt) {
            mp_raise_ValueError("Alternate form (#) not allowed with integer format specifier 'c'");
        }
        mp_int_t c;
        if (!mp_obj_get_int_maybe(o, &c) || c < 0 || c > 0x10FFFF) {
            mp_raise_msg(&mp_type_OverflowError, "%c arg not in range(0x110000)");
        }
        byte buf[4];
        size_t n = utf8_encode((uint32_t)c, buf);
        pad_out(out, f, buf, n, 1, '>', 0);
        return;
    }
    if (f->width < 0) {
        mp_int_format(out, o, base, upper, f->grouping, num_flags(f), 0);
        return;
    }
    vstr_t tmp;
    vstr_init(&tmp, 24);
    mp_int_format(&tmp, o, base, upper, f->grouping, num_flags(f), zero_width_of(f));
    finish_number(out, f, &tmp);
    vstr_clear(&tmp);
}

static void format_float_value(vstr_t *out, mp_float_t v, fmt_spec_t *f, mp_obj_t value) {
    char type = f->type;
    switch (type) {
        case 0:
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G':
        case '%':
            break;
        case 'n':
            if (f->grouping) {
                bad_grouping(f->grouping, 'n');
            }
            break;
        default:
            unknown_code(type, value);
    }
    vstr_t tmp;
    vstr_init(&tmp, 32);
    if (f->precision > INT32_MAX) {
        mp_raise_ValueError("precision too big");
    }
    mp_float_format(&tmp, v, type, (int)f->precision, num_flags(f), f->grouping, zero_width_of(f));
    if (f->z && tmp.len > 0 && tmp.buf[0] == '-' && !isinf(v)) {
        // 'z': a result that reads as zero loses its minus sign.
        bool nonzero = false;
        for (size_t i = 1; i < tmp.len; i++) {
            char c = tmp.buf[i];
            if (c >= '1' && c <= '9') {
                nonzero = true;
                break;
            }
            if (c == 'e' || c == 'E') {
                break;
            }
        }
        if (!nonzero) {
            vstr_t t2;
            vstr_init(&t2, 32);
            int flags = num_flags(f);
            mp_float_format(&t2, 0.0, type, (int)f->precision, flags, f->grouping, zero_width_of(f));
            vstr_clear(&tmp);
            tmp = t2;
        }
    }
    finish_number(out, f, &tmp);
    vstr_clear(&tmp);
}

static void format_complex_value(vstr_t *out, mp_float_t re, mp_float_t im, fmt_spec_t *f, mp_obj_t value) {
    switch (f->type) {
        case 0:
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G':
        case 'n':
            break;
        default:
            unknown_code(f->type, value);
    }
    if (f->zero || (f->fill_len == 1 && f->fill[0] == '0')) {
        // CPython rejects '0' as an explicit fill character too.
        mp_raise_ValueError("Zero padding is not allowed in complex format specifier");
    }
    if (f->align == '=') {
        mp_raise_ValueError("'=' alignment flag is not allowed in complex format specifier");
    }
    vstr_t tmp;
    vstr_init(&tmp, 32);
    if (f->precision > INT32_MAX) {
        mp_raise_ValueError("precision too big");
    }
    mp_complex_format(&tmp, re, im, f->type, (int)f->precision, num_flags(f) | (f->z ? MP_NUMFMT_Z : 0));
    pad_out(out, f, (const byte *)tmp.buf, tmp.len, tmp.len, '>', 0);
    vstr_clear(&tmp);
}

// Look up a user-defined __format__ (not a builtin one, which would lead
// back here).
static bool user_format_method(mp_obj_t value, mp_obj_t *dest) {
    const mp_obj_type_t *t = mp_obj_get_type(value);
    if (!(t->flags & MP_TYPE_FLAG_USER)) {
        return false;
    }
    mp_load_method_maybe(value, MP_QSTR___format__, dest);
    if (dest[0] == MP_OBJ_NULL) {
        return false;
    }
    return !mp_obj_is_type(dest[0], &mp_type_builtin_function);
}

void mp_obj_format_to_vstr(vstr_t *out, mp_obj_t value, const byte *spec, size_t spec_len) {
    // Fast paths for the common builtin types.
    if (mp_obj_is_qstr(value) || mp_obj_is_type(value, &mp_type_str)) {
        size_t len;
        const byte *d = mp_str_data_len(value, &len);
        if (spec_len == 0) {
            vstr_add_strn(out, (const char *)d, len);
            return;
        }
        fmt_spec_t f;
        parse_spec(spec, spec_len, &f, value, 's');
        format_str_data(out, d, len, &f, value);
        return;
    }
    if (mp_obj_is_small_int(value) || mp_obj_is_type(value, &mp_type_int) || mp_obj_is_bool(value)) {
        if (spec_len == 0) {
            mp_print_t pr = mp_print_for_vstr(out);
            mp_obj_print_helper(&pr, value, PRINT_STR);
            return;
        }
        fmt_spec_t f;
        parse_spec(spec, spec_len, &f, value, 0);
        format_int_value(out, mp_obj_is_bool(value) ? MP_OBJ_NEW_SMALL_INT(value == mp_const_true) : value, &f, value);
        return;
    }
    if (mp_obj_is_float(value)) {
        fmt_spec_t f;
        parse_spec(spec, spec_len, &f, value, 0);
        format_float_value(out, mp_obj_float_value(value), &f, value);
        return;
    }
    if (mp_obj_is_type(value, &mp_type_complex)) {
        if (spec_len == 0) {
            mp_print_t pr = mp_print_for_vstr(out);
            mp_obj_print_helper(&pr, value, PRINT_STR);
            return;
        }
        fmt_spec_t f;
        parse_spec(spec, spec_len, &f, value, 0);
        mp_obj_complex_t *c = MP_OBJ_TO_PTR(value);
        format_complex_value(out, c->real, c->imag, &f, value);
        return;
    }
    mp_obj_t dest[3];
    if (user_format_method(value, dest)) {
        dest[2] = mp_obj_new_str((const char *)spec, spec_len);
        mp_obj_t r = mp_call_method_n_kw(1, 0, dest);
        size_t len;
        const byte *d = mp_obj_str_get_data_maybe(r, &len, false);
        if (d == NULL) {
            mp_raise_msg_varg(&mp_type_TypeError, "__format__ must return a str, not %s", mp_obj_get_type_str(r));
        }
        vstr_add_strn(out, (const char *)d, len);
        return;
    }
    // Instances of user subclasses of the builtin value types.
    const mp_obj_type_t *t = mp_obj_get_type(value);
    if (t->flags & MP_TYPE_FLAG_USER) {
        static const mp_obj_type_t *const natives[] = {&mp_type_str, &mp_type_int, &mp_type_float, &mp_type_complex};
        for (size_t i = 0; i < MP_ARRAY_SIZE(natives); i++) {
            if (mp_obj_is_subclass_fast(t, natives[i])) {
                mp_obj_t nat = mp_obj_get_native(value, natives[i]);
                if (nat != value) {
                    if (spec_len == 0) {
                        // str() of the instance honours an overridden __str__.
                        break;
                    }
                    mp_obj_format_to_vstr(out, nat, spec, spec_len);
                    return;
                }
            }
        }
    }
    if (spec_len != 0) {
        mp_raise_msg_varg(&mp_type_TypeError, "unsupported format string passed to %s.__format__", mp_obj_get_type_str(value));
    }
    mp_print_t pr = mp_print_for_vstr(out);
    mp_obj_print_helper(&pr, value, PRINT_STR);
}

mp_obj_t mp_obj_format(mp_obj_t value, mp_obj_t spec) {
    size_t spec_len = 0;
    const byte *s = (const byte *)"";
    if (spec != MP_OBJ_NULL) {
        s = mp_obj_str_get_data_maybe(spec, &spec_len, false);
        if (s == NULL) {
            mp_raise_msg_varg(&mp_type_TypeError, "format() argument 2 must be str, not %s", mp_obj_get_type_str(spec));
        }
    }
    if (spec_len == 0 && mp_obj_is_native_str(value)) {
        return value;
    }
    if (spec_len == 0 && mp_obj_is_obj(value) && (mp_obj_get_type(value)->flags & MP_TYPE_FLAG_USER)
        && mp_obj_get_native(value, NULL) == value && !mp_obj_is_instance_of(value, &mp_type_type)) {
        // format(x, '') of a plain Python object is str(x), which may be an
        // instance of a str subclass returned by __str__ (as in CPython).
        mp_obj_t dest[2];
        if (!user_format_method(value, dest)) {
            return mp_call_function_1(MP_OBJ_FROM_PTR(&mp_type_str), value);
        }
    }
    vstr_t v;
    vstr_init(&v, 16);
    mp_obj_format_to_vstr(&v, value, s, spec_len);
    return mp_obj_new_str_from_vstr(&v);
}

// ---------------------------------------------------------------------------
// str.format

typedef struct _fmt_state_t {
    size_t n_args;        // positional arguments (after self)
    const mp_obj_t *args;
    mp_map_t *kwargs;     // or NULL
    mp_obj_t mapping;     // format_map's mapping, or MP_OBJ_NULL
    mp_int_t auto_idx;    // next automatic field number; -1 once manual numbering is used
    bool manual;
} fmt_state_t;

static mp_obj_t lookup_kw(fmt_state_t *st, const byte *name, size_t len) {
    if (st->mapping == MP_OBJ_NULL && st->kwargs != NULL) {
        // Keyword names are usually interned: try without allocating.
        qstr q = qstr_find_strn((const char *)name, len);
        if (q != MP_QSTRnull) {
            mp_map_elem_t *e = mp_map_lookup(st->kwargs, MP_OBJ_NEW_QSTR(q), MP_MAP_LOOKUP);
            if (e != NULL) {
                return e->value;
            }
        }
    }
    mp_obj_t key = mp_obj_new_str((const char *)name, len);
    if (st->mapping != MP_OBJ_NULL) {
        return mp_obj_subscr(st->mapping, key, MP_OBJ_SENTINEL);
    }
    if (st->kwargs != NULL) {
        mp_map_elem_t *e = mp_map_lookup(st->kwargs, key, MP_MAP_LOOKUP);
        if (e != NULL) {
            return e->value;
        }
    }
    mp_raise(mp_obj_new_exception_arg1(&mp_type_KeyError, key));
}

static bool all_digits(const byte *p, size_t n) {
    if (n == 0) {
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        if (p[i] < '0' || p[i] > '9') {
            return false;
        }
    }
    return true;
}

static mp_int_t digits_value(const byte *p, size_t n) {
    mp_int_t v = 0;
    for (size_t i = 0; i < n; i++) {
        if (v > (INT64_MAX - 9) / 10) {
            mp_raise_ValueError("Too many decimal digits in format string");
        }
        v = v * 10 + (p[i] - '0');
    }
    return v;
}

// Resolve a field name (e.g. "0", "name", "a.b[0]", "") to its value.
static mp_obj_t resolve_field(fmt_state_t *st, const byte *name, size_t len) {
    const byte *end = name + len;
    // First part: up to '.' or '['.
    const byte *p = name;
    while (p < end && *p != '.' && *p != '[') {
        p++;
    }
    size_t first_len = p - name;
    mp_obj_t obj;
    if (first_len == 0 || all_digits(name, first_len)) {
        mp_int_t idx;
        if (first_len == 0) {
            if (st->manual) {
                mp_raise_ValueError("cannot switch from manual field specification to automatic field numbering");
            }
            idx = st->auto_idx++;
        } else {
            if (st->auto_idx > 0) {
                mp_raise_ValueError("cannot switch from automatic field numbering to manual field specification");
            }
            st->manual = true;
            idx = digits_value(name, first_len);
        }
        if (st->mapping != MP_OBJ_NULL) {
            mp_raise_ValueError("Format string contains positional fields");
        }
        if ((size_t)idx >= st->n_args) {
            mp_raise_msg_varg(&mp_type_IndexError, "Replacement index %d out of range for positional args tuple", (int)idx);
        }
        obj = st->args[idx];
    } else {
        obj = lookup_kw(st, name, first_len);
    }
    // Accessors.
    while (p < end) {
        if (*p == '.') {
            p++;
            const byte *a = p;
            while (p < end && *p != '.' && *p != '[') {
                p++;
            }
            if (p == a) {
                mp_raise_ValueError("Empty attribute in format string");
            }
            obj = mp_load_attr(obj, qstr_from_strn((const char *)a, p - a));
        } else if (*p == '[') {
            p++;
            const byte *k = p;
            while (p < end && *p != ']') {
                p++;
            }
            if (p >= end) {
                mp_raise_ValueError("Missing ']' in format string");
            }
            if (p == k) {
                mp_raise_ValueError("Empty attribute in format string");
            }
            mp_obj_t key = all_digits(k, p - k) ? MP_OBJ_NEW_SMALL_INT(digits_value(k, p - k))
                                                : mp_obj_new_str((const char *)k, p - k);
            obj = mp_obj_subscr(obj, key, MP_OBJ_SENTINEL);
            p++;
            if (p < end && *p != '.' && *p != '[') {
                mp_raise_ValueError("Only '.' or '[' may follow ']' in format field specifier");
            }
        } else {
            mp_raise_ValueError("Only '.' or '[' may follow ']' in format field specifier");
        }
    }
    return obj;
}

static void vformat(vstr_t *out, fmt_state_t *st, const byte *s, size_t len, int depth);

// One replacement field, already split (as CPython's parse_field does) into
// the field name, the conversion character (0 if none) and the format spec
// (NULL if none).
static void format_field(vstr_t *out, fmt_state_t *st, const byte *body, const byte *name_end, uint32_t conv,
    const byte *spec, size_t spec_len, int depth) {
    // The field is looked up before the conversion is checked (CPython's
    // order of errors).
    mp_obj_t value = resolve_field(st, body, name_end - body);
    if (conv != 0 && conv != 'r' && conv != 's' && conv != 'a') {
        if (conv > 0x20 && conv < 0x7F) {
            mp_raise_msg_varg(&mp_type_ValueError, "Unknown conversion specifier %c", (int)conv);
        }
        mp_raise_msg_varg(&mp_type_ValueError, "Unknown conversion specifier \\x%x", (unsigned)conv);
    }
    if (conv == 'r') {
        value = mp_obj_repr(value);
    } else if (conv == 's') {
        value = mp_obj_str(value);
    } else if (conv == 'a') {
        value = mp_obj_str_escape_non_ascii(mp_obj_repr(value));
    }
    if (spec_len > 0 && memchr(spec, '{', spec_len) != NULL) {
        // Nested replacement fields in the spec.
        if (depth >= 1) {
            mp_raise_ValueError("Max string recursion exceeded");
        }
        vstr_t sv;
        vstr_init(&sv, spec_len + 8);
        vformat(&sv, st, spec, spec_len, depth + 1);
        mp_obj_format_to_vstr(out, value, (const byte *)sv.buf, sv.len);
        vstr_clear(&sv);
        return;
    }
    if (spec_len == 0 && mp_obj_is_native_str(value)) {
        size_t l;
        const byte *d = mp_str_data_len(value, &l);
        vstr_add_strn(out, (const char *)d, l);
        return;
    }
    mp_obj_format_to_vstr(out, value, spec ? spec : (const byte *)"", spec_len);
}

static void vformat(vstr_t *out, fmt_state_t *st, const byte *s, size_t len, int depth) {
    const byte *p = s, *end = s + len;
    while (p < end) {
        // Copy the literal run up to the next brace.
        const byte *q = p;
        while (q < end && *q != '{' && *q != '}') {
            q++;
        }
        if (q > p) {
            vstr_add_strn(out, (const char *)p, q - p);
        }
        if (q >= end) {
            break;
        }
        if (*q == '}') {
            if (q + 1 < end && q[1] == '}') {
                vstr_add_byte(out, '}');
                p = q + 2;
                continue;
            }
            mp_raise_ValueError("Single '}' encountered in format string");
        }
        // '{'
        if (q + 1 < end && q[1] == '{') {
            vstr_add_byte(out, '{');
            p = q + 2;
            continue;
        }
        if (q + 1 >= end) {
            mp_raise_ValueError("Single '{' encountered in format string");
        }
        // Split the field like CPython: the name runs to '}', ':' or '!'
        // (brackets may hold any character but '{' is an error); then an
        // optional conversion; then a spec whose nested braces must balance.
        const byte *f = q + 1;
        const byte *name_end = NULL;
        byte c = 0;
        while (f < end) {
            c = *f++;
            if (c == '{') {
                mp_raise_ValueError("unexpected '{' in field name");
            }
            if (c == '[') {
                while (f < end && *f != ']') {
                    f++;
                }
                continue;
            }
            if (c == '}' || c == ':' || c == '!') {
                name_end = f - 1;
                break;
            }
        }
        if (name_end == NULL) {
            mp_raise_ValueError("expected '}' before end of string");
        }
        uint32_t conv = 0;
        const byte *spec = NULL;
        size_t spec_len = 0;
        if (c == '!') {
            if (f >= end) {
                mp_raise_ValueError("end of string while looking for conversion specifier");
            }
            conv = utf8_get_char(&f);  // a code point (error messages show it)
            if (f < end) {
                c = *f++;
                if (c != '}' && c != ':') {
                    mp_raise_ValueError("expected ':' after conversion specifier");
                }
            } else {
                c = ':';  // nothing left: the spec scan below reports it
            }
        }
        if (c == ':') {
            spec = f;
            int count = 1;
            while (f < end) {
                byte d = *f++;
                if (d == '{') {
                    count++;
                } else if (d == '}' && --count == 0) {
                    break;
                }
            }
            if (count != 0) {
                mp_raise_ValueError("unmatched '{' in format spec");
            }
            spec_len = (f - 1) - spec;
        }
        format_field(out, st, q + 1, name_end, conv, spec, spec_len, depth);
        p = f;
    }
}

static mp_obj_t str_format(size_t n_args, const mp_obj_t *args, mp_map_t *kwargs) {
    size_t len;
    const byte *s = mp_obj_str_get_data_maybe(args[0], &len, false);
    if (s == NULL) {
        mp_raise_msg_varg(&mp_type_TypeError, "descriptor 'format' for 'str' objects doesn't apply to a '%s' object", mp_obj_get_type_str(args[0]));
    }
    fmt_state_t st = {n_args - 1, args + 1, kwargs, MP_OBJ_NULL, 0, false};
    vstr_t v;
    vstr_init(&v, len + 16);
    vformat(&v, &st, s, len, 0);
    return mp_obj_new_str_from_vstr(&v);
}
MP_STR_FUN_OBJ(mp_str_format_obj, format, 1, MP_FUN_ARGS_MAX, MP_FUN_KIND_KW, kw, str_format);

mp_obj_t mp_obj_str_format(size_t n_args, const mp_obj_t *args, mp_map_t *kwargs) {
    return str_format(n_args, args, kwargs);
}

static mp_obj_t str_format_map(mp_obj_t self_in, mp_obj_t mapping) {
    size_t len;
    const byte *s = mp_obj_str_get_data_maybe(self_in, &len, false);
    if (s == NULL) {
        mp_raise_TypeError("descriptor 'format_map' requires a 'str' object");
    }
    fmt_state_t st = {0, NULL, NULL, mapping, 0, false};
    vstr_t v;
    vstr_init(&v, len + 16);
    vformat(&v, &st, s, len, 0);
    return mp_obj_new_str_from_vstr(&v);
}
MP_STR_FUN_OBJ(mp_str_format_map_obj, format_map, 2, 2, MP_FUN_KIND_2, _2, str_format_map);

// ---------------------------------------------------------------------------
// printf-style formatting

typedef struct _pct_state_t {
    const mp_obj_t *items;
    size_t n_items;
    size_t next;
    mp_obj_t mapping;  // MP_OBJ_NULL if args is not a mapping
    bool is_bytes;
} pct_state_t;

static mp_obj_t pct_next_arg(pct_state_t *st) {
    if (st->next >= st->n_items) {
        mp_raise_TypeError("not enough arguments for format string");
    }
    return st->items[st->next++];
}

static bool is_int_obj(mp_obj_t o) {
    return mp_obj_is_small_int(o) || mp_obj_is_type(o, &mp_type_int) || mp_obj_is_bool(o);
}

// The value of a '*' width or precision.
static mp_int_t pct_star_arg(pct_state_t *st) {
    mp_obj_t w = pct_next_arg(st);
    if (!is_int_obj(w)) {
        mp_raise_TypeError("* wants int");
    }
    return mp_obj_get_int(w);
}

// Is o usable as a mapping for %(name)s? (not a tuple or str, has __getitem__)
static bool is_mapping(mp_obj_t o, bool is_bytes) {
    if (mp_obj_is_type(o, &mp_type_dict)) {
        return true;
    }
    if (mp_obj_is_str_like(o) || mp_obj_is_type(o, &mp_type_tuple) || !mp_obj_is_obj(o)) {
        return false;
    }
    const mp_obj_type_t *t = mp_obj_get_type(o);
    if (t == &mp_type_str || t == &mp_type_type || (t->flags & MP_TYPE_FLAG_USER && mp_obj_is_subclass_fast(t, &mp_type_type))) {
        return false;  // str, and classes (whose subscription is generic aliasing)
    }
    if (is_bytes && (t == &mp_type_bytes || t == &mp_type_bytearray)) {
        return false;
    }
    if (t->flags & MP_TYPE_FLAG_USER) {
        mp_obj_t dest[2];
        mp_load_method_maybe(o, MP_QSTR___getitem__, dest);
        return dest[0] != MP_OBJ_NULL;
    }
    return t->subscr != NULL;
}

// Append text (bytes of a str) with width/precision/left-adjust.
static void pct_pad_text(vstr_t *out, const byte *d, size_t len, bool count_chars, mp_int_t width, mp_int_t prec, bool left) {
    if (width < 0 && prec < 0) {
        vstr_add_strn(out, (const char *)d, len);
        return;
    }
    size_t nchars = cut_text(d, &len, prec, count_chars);
    size_t padn = width > (mp_int_t)nchars ? width - nchars : 0;
    if (!left) {
        memset(vstr_add_len(out, padn), ' ', padn);
    }
    vstr_add_strn(out, (const char *)d, len);
    if (left) {
        memset(vstr_add_len(out, padn), ' ', padn);
    }
}

// Int value for %d/%i/%u (also from floats and __int__) or %o/%x/%X
// (ints and __index__ only).
static mp_obj_t pct_int_arg(mp_obj_t arg, char conv) {
    if (mp_obj_is_small_int(arg) || mp_obj_is_type(arg, &mp_type_int)) {
        return arg;
    }
    if (mp_obj_is_bool(arg)) {
        return MP_OBJ_NEW_SMALL_INT(arg == mp_const_true);
    }
    bool decimal = conv == 'd' || conv == 'i' || conv == 'u';
    if (mp_obj_is_float(arg) && decimal) {
        return mp_obj_new_int_from_float(mp_obj_float_value(arg));
    }
    if (mp_obj_is_obj(arg)) {
        const mp_obj_type_t *t = mp_obj_get_type(arg);
        if (t->flags & MP_TYPE_FLAG_USER) {
            if (mp_obj_is_subclass_fast(t, &mp_type_int)) {
                return mp_obj_get_native(arg, &mp_type_int);
            }
            mp_obj_t dest[2];
            mp_load_method_maybe(arg, MP_QSTR___index__, dest);
            if (dest[0] == MP_OBJ_NULL && decimal) {
                mp_load_method_maybe(arg, MP_QSTR___int__, dest);
            }
            if (dest[0] != MP_OBJ_NULL) {
                return mp_call_method_n_kw(0, 0, dest);
            }
            if (decimal && mp_obj_is_subclass_fast(t, &mp_type_float)) {
                return mp_obj_new_int_from_float(mp_obj_get_float(mp_obj_get_native(arg, &mp_type_float)));
            }
        }
    }
    if (decimal) {
        mp_raise_msg_varg(&mp_type_TypeError, "%%%c format: a real number is required, not %s", conv, mp_obj_get_type_str(arg));
    }
    mp_raise_msg_varg(&mp_type_TypeError, "%%%c format: an integer is required, not %s", conv, mp_obj_get_type_str(arg));
}

static void pct_format_int(vstr_t *out, mp_obj_t v, char conv, int flags, mp_int_t width, mp_int_t prec, bool left, bool zero) {
    int base = 10;
    bool upper = false;
    if (conv == 'o') {
        base = 8;
    } else if (conv == 'x') {
        base = 16;
    } else if (conv == 'X') {
        base = 16;
        upper = true;
    }
    if (width < 0 && prec < 0 && !(upper && (flags & MP_NUMFMT_ALT))) {
        // Common case: no padding at all.
        mp_int_format(out, v, base, upper, 0, flags, 0);
        return;
    }
    vstr_t tmp;
    vstr_init(&tmp, 24);
    mp_int_format(&tmp, v, base, upper, 0, flags, 0);
    if (upper && (flags & MP_NUMFMT_ALT)) {
        // CPython writes the prefix of %#X as 0X.
        size_t pl = num_prefix_len((const byte *)tmp.buf, tmp.len);
        if (pl >= 2) {
            tmp.buf[pl - 1] = 'X';
        }
    }
    size_t pl = num_prefix_len((const byte *)tmp.buf, tmp.len);
    size_t ndig = tmp.len - pl;
    size_t zeros = 0;
    if (prec >= 0 && (size_t)prec > ndig) {
        zeros = prec - ndig;
    }
    size_t total = tmp.len + zeros;
    if (zero && !left && width > (mp_int_t)total) {
        zeros += width - total;
        total = width;
    }
    size_t padn = width > (mp_int_t)total ? width - total : 0;
    if (!left) {
        memset(vstr_add_len(out, padn), ' ', padn);
    }
    vstr_add_strn(out, tmp.buf, pl);
    memset(vstr_add_len(out, zeros), '0', zeros);
    vstr_add_strn(out, tmp.buf + pl, ndig);
    if (left) {
        memset(vstr_add_len(out, padn), ' ', padn);
    }
    vstr_clear(&tmp);
}

// The float value for %e/%f/%g.
static mp_float_t pct_float_arg(mp_obj_t arg) {
    if (mp_obj_is_float(arg)) {
        return mp_obj_float_value(arg);
    }
    return mp_obj_get_float_strict(arg);
}

// Bytes of an argument for b'%s' / b'%b'.
static void pct_bytes_arg(mp_obj_t arg, const byte **d, size_t *len) {
    if (mp_obj_get_bytes_like(arg, d, len)) {
        return;
    }
    if (mp_obj_is_obj(arg) && (mp_obj_get_type(arg)->flags & MP_TYPE_FLAG_USER)) {
        mp_obj_t dest[2];
        mp_load_method_maybe(arg, MP_QSTR___bytes__, dest);
        if (dest[0] != MP_OBJ_NULL) {
            mp_obj_t r = mp_call_method_n_kw(0, 0, dest);
            if (mp_obj_get_bytes_like(r, d, len)) {
                return;
            }
        }
    }
    mp_raise_msg_varg(&mp_type_TypeError, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", mp_obj_get_type_str(arg));
}

mp_obj_t mp_str_modulo_format(const byte *fmt, size_t fmt_len, mp_obj_t args, bool is_bytes) {
    pct_state_t st;
    st.is_bytes = is_bytes;
    st.mapping = MP_OBJ_NULL;
    st.next = 0;
    mp_obj_t single = args;
    mp_obj_tuple_t *tup = NULL;
    if (mp_obj_is_type(args, &mp_type_tuple)) {
        tup = MP_OBJ_TO_PTR(args);
    } else if (mp_obj_is_obj(args) && (mp_obj_get_type(args)->flags & MP_TYPE_FLAG_USER)
               && mp_obj_is_subclass_fast(mp_obj_get_type(args), &mp_type_tuple)) {
        tup = MP_OBJ_TO_PTR(mp_obj_get_native(args, &mp_type_tuple));
    }
    if (tup != NULL) {
        st.items = tup->items;
        st.n_items = tup->len;
    } else {
        st.items = &single;
        st.n_items = 1;
        if (is_mapping(args, is_bytes)) {
            st.mapping = args;
        }
    }
    vstr_t out;
    vstr_init(&out, fmt_len + 16);
    const byte *p = fmt, *end = fmt + fmt_len;
    while (p < end) {
        const byte *q = memchr(p, '%', end - p);
        if (q == NULL) {
            vstr_add_strn(&out, (const char *)p, end - p);
            break;
        }
        vstr_add_strn(&out, (const char *)p, q - p);
        p = q + 1;
        if (p >= end) {
            mp_raise_ValueError("incomplete format");
        }
        if (*p == '%') {
            vstr_add_byte(&out, '%');
            p++;
            continue;
        }
        mp_obj_t arg = MP_OBJ_NULL;
        if (*p == '(') {
            if (st.mapping == MP_OBJ_NULL) {
                mp_raise_TypeError("format requires a mapping");
            }
            const byte *k = ++p;
            int nest = 1;
            while (p < end) {
                if (*p == '(') {
                    nest++;
                } else if (*p == ')' && --nest == 0) {
                    break;
                }
                p++;
            }
            if (p >= end) {
                mp_raise_ValueError("incomplete format key");
            }
            mp_obj_t key = is_bytes ? mp_obj_new_bytes(k, p - k) : mp_obj_new_str((const char *)k, p - k);
            arg = mp_obj_subscr(st.mapping, key, MP_OBJ_SENTINEL);
            // As in CPython, no positional argument is left after a key.
            st.next = st.n_items;
            p++;
        }
        // Flags.
        bool left = false, zero = false;
        int flags = 0;
        for (; p < end; p++) {
            if (*p == '-') {
                left = true;
            } else if (*p == '+') {
                flags |= MP_NUMFMT_PLUS;
            } else if (*p == ' ') {
                flags |= MP_NUMFMT_SPACE;
            } else if (*p == '#') {
                flags |= MP_NUMFMT_ALT;
            } else if (*p == '0') {
                zero = true;
            } else {
                break;
            }
        }
        if (flags & MP_NUMFMT_PLUS) {
            flags &= ~MP_NUMFMT_SPACE;
        }
        // Width.
        mp_int_t width = -1, prec = -1;
        if (p < end && *p == '*') {
            p++;
            width = pct_star_arg(&st);
            if (width < 0) {
                left = true;
                width = -width;
            }
        } else if (p < end && *p >= '0' && *p <= '9') {
            width = parse_num(&p, end);
        }
        if (p < end && *p == '.') {
            p++;
            if (p < end && *p == '*') {
                p++;
                prec = pct_star_arg(&st);
                if (prec < 0) {
                    prec = 0;
                }
            } else {
                prec = parse_num(&p, end);
            }
            if (prec > INT32_MAX) {
                mp_raise_ValueError(is_bytes ? "prec too big" : "precision too big");
            }
        }
        while (p < end && (*p == 'h' || *p == 'l' || *p == 'L')) {
            p++;
        }
        if (p >= end) {
            mp_raise_ValueError("incomplete format");
        }
        byte conv = *p++;
        if (arg == MP_OBJ_NULL) {
            arg = pct_next_arg(&st);
        }
        if (conv == '%') {
            // "%%" was handled above; with flags, width or a key in between
            // CPython takes an argument and then rejects the conversion.
            goto bad_conv;
        }
        switch (conv) {
            case 's':
            case 'r':
            case 'a':
            case 'b': {
                if (is_bytes && (conv == 's' || conv == 'b')) {
                    const byte *d;
                    size_t l;
                    pct_bytes_arg(arg, &d, &l);
                    pct_pad_text(&out, d, l, false, width, prec, left);
                    break;
                }
                if (!is_bytes && conv == 'b') {
                    goto bad_conv;
                }
                mp_obj_t s;
                if (conv == 's') {
                    s = mp_obj_is_native_str(arg) ? arg : mp_obj_str(arg);
                } else {
                    s = mp_obj_repr(arg);
                    if (conv == 'a' || is_bytes) {
                        s = mp_obj_str_escape_non_ascii(s);
                    }
                }
                size_t l;
                const byte *d = (const byte *)mp_obj_str_get_data(s, &l);
                pct_pad_text(&out, d, l, !is_bytes, width, prec, left);
                break;
            }
            case 'c': {
                byte buf[4];
                size_t n;
                if (is_bytes) {
                    const byte *d;
                    size_t l;
                    if (is_int_obj(arg)) {
                        mp_int_t c;
                        if (!mp_obj_get_int_maybe(arg, &c) || c < 0 || c > 255) {
                            mp_raise_msg(&mp_type_OverflowError, "%c arg not in range(256)");
                        }
                        buf[0] = (byte)c;
                    } else if (mp_obj_get_bytes_like(arg, &d, &l) && l == 1) {
                        buf[0] = d[0];
                    } else {
                        mp_raise_TypeError("%c requires an integer in range(256) or a single byte");
                    }
                    n = 1;
                } else {
                    size_t l;
                    const byte *d = mp_obj_str_get_data_maybe(arg, &l, false);
                    if (d != NULL) {
                        if (l == 0 || l > 4 || utf8_char_size(d, l) != l) {
                            mp_raise_TypeError("%c requires int or char");
                        }
                        memcpy(buf, d, l);
                        n = l;
                    } else if (is_int_obj(arg)) {
                        mp_int_t c;
                        if (!mp_obj_get_int_maybe(arg, &c) || c < 0 || c > 0x10FFFF) {
                            mp_raise_msg(&mp_type_OverflowError, "%c arg not in range(0x110000)");
                        }
                        n = utf8_encode((uint32_t)c, buf);
                    } else {
                        mp_raise_TypeError("%c requires int or char");
                    }
                }
                pct_pad_text(&out, buf, n, !is_bytes, width, -1, left);
                break;
            }
            case 'd':
            case 'i':
            case 'u':
            case 'o':
            case 'x':
            case 'X': {
                mp_obj_t v = pct_int_arg(arg, conv);
                pct_format_int(&out, v, conv, flags, width, prec, left, zero);
                break;
            }
            case 'e':
            case 'E':
            case 'f':
            case 'F':
            case 'g':
            case 'G': {
                mp_float_t v = pct_float_arg(arg);
                vstr_t tmp;
                vstr_init(&tmp, 32);
                size_t zw = (zero && !left && width > 0) ? (size_t)width : 0;
                mp_float_format(&tmp, v, conv, prec < 0 ? 6 : (int)prec, flags, 0, zw);
                pct_pad_text(&out, (const byte *)tmp.buf, tmp.len, false, width, -1, left);
                vstr_clear(&tmp);
                break;
            }
            default:
            bad_conv: {
                // The character and its position (in code points for str).
                const byte *c = p - 1, *q = c;
                int index = is_bytes ? (int)(c - fmt) : (int)utf8_charlen(fmt, c - fmt);
                if (conv >= 0x20 && conv < 0x7F) {
                    mp_raise_msg_varg(&mp_type_ValueError, "unsupported format character '%c' (0x%x) at index %d",
                        conv, (unsigned)conv, index);
                }
                mp_raise_msg_varg(&mp_type_ValueError, "unsupported format character '?' (0x%x) at index %d",
                    is_bytes ? (unsigned)conv : (unsigned)utf8_get_char(&q), index);
            }
        }
    }
    if (st.next < st.n_items && st.mapping == MP_OBJ_NULL) {
        mp_raise_TypeError(is_bytes ? "not all arguments converted during bytes formatting"
                                    : "not all arguments converted during string formatting");
    }
    if (is_bytes) {
        return mp_obj_new_bytes_from_vstr(&out);
    }
    return mp_obj_new_str_from_vstr(&out);
}

mp_obj_t mp_obj_str_modulo(mp_obj_t fmt, mp_obj_t args) {
    size_t len;
    const byte *d = mp_obj_str_get_data_maybe(fmt, &len, false);
    if (d != NULL) {
        return mp_str_modulo_format(d, len, args, false);
    }
    d = mp_obj_str_get_data_maybe(fmt, &len, true);
    if (d != NULL) {
        return mp_str_modulo_format(d, len, args, true);
    }
    mp_raise_msg_varg(&mp_type_TypeError, "unsupported operand type(s) for %%: '%s' and '%s'",
        mp_obj_get_type_str(fmt), mp_obj_get_type_str(args));
}
