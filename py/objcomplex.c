// objcomplex.c: the complex type (a heap object holding two doubles), with
// CPython's arithmetic (division, power), parsing, repr and hashing.
#include <string.h>
#include <math.h>
#include <errno.h>
#include "runtime.h"
#include "objcomplex.h"
#include "objfloat.h"
#include "objint.h"
#include "objtype.h"
#include "objstr.h"
#include "parsenum.h"

mp_obj_t mp_obj_new_complex(mp_float_t real, mp_float_t imag) {
    mp_obj_complex_t *o = m_new_obj(mp_obj_complex_t);
    o->base.type = &mp_type_complex;
    o->real = real;
    o->imag = imag;
    return MP_OBJ_FROM_PTR(o);
}

// The native complex object of a complex or complex-subclass instance.
static mp_obj_complex_t *complex_native(mp_obj_t o) {
    if (mp_obj_is_type(o, &mp_type_complex)) {
        return MP_OBJ_TO_PTR(o);
    }
    if (mp_obj_is_obj(o)) {
        const mp_obj_type_t *t = mp_obj_get_type(o);
        if ((t->flags & MP_TYPE_FLAG_USER) && mp_obj_is_subclass_fast(t, &mp_type_complex)) {
            mp_obj_t n = mp_obj_get_native(o, &mp_type_complex);
            if (mp_obj_is_type(n, &mp_type_complex)) {
                return MP_OBJ_TO_PTR(n);
            }
        }
    }
    return NULL;
}

bool mp_obj_get_complex_maybe(mp_obj_t o, mp_float_t *real, mp_float_t *imag) {
    mp_obj_complex_t *c = complex_native(o);
    if (c != NULL) {
        *real = c->real;
        *imag = c->imag;
        return true;
    }
    if (mp_obj_get_float_maybe(o, real)) {
        *imag = 0.0;
        return true;
    }
    return false;
}

// Like mp_obj_get_complex; *is_complex tells whether o was a complex
// (or had __complex__) rather than a real number.
static void get_complex_ex(mp_obj_t o, mp_float_t *real, mp_float_t *imag, bool *is_complex) {
    *is_complex = complex_native(o) != NULL;
    if (mp_obj_get_complex_maybe(o, real, imag)) {
        return;
    }
    if (mp_obj_is_obj(o) && (mp_obj_get_type(o)->flags & MP_TYPE_FLAG_USER)) {
        mp_obj_t dest[2];
        mp_load_method_maybe(o, MP_QSTR___complex__, dest);
        if (dest[0] != MP_OBJ_NULL) {
            mp_obj_t r = mp_call_method_n_kw(0, 0, dest);
            mp_obj_complex_t *c = complex_native(r);
            if (c == NULL) {
                mp_raise_msg_varg(&mp_type_TypeError, "__complex__ returned non-complex (type %s)", mp_obj_get_type_str(r));
            }
            *real = c->real;
            *imag = c->imag;
            *is_complex = true;
            return;
        }
    }
    *real = mp_obj_get_float_strict(o);
    *imag = 0.0;
}

void mp_obj_get_complex(mp_obj_t o, mp_float_t *real, mp_float_t *imag) {
    bool is_complex;
    get_complex_ex(o, real, imag, &is_complex);
}

// ---------------------------------------------------------------------------
// Arithmetic (CPython's _Py_c_* functions)

typedef struct {
    double real, imag;
} cplx_t;

static cplx_t c_mul(cplx_t a, cplx_t b) {
    cplx_t r = {a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real};
    return r;
}

// CPython's _Py_c_quot (Smith's method), shared with cmath.log.
bool mp_complex_quot(mp_float_t ar, mp_float_t ai, mp_float_t br, mp_float_t bi, mp_float_t *out) {
    double abs_breal = fabs(br), abs_bimag = fabs(bi);
    if (abs_breal >= abs_bimag) {
        if (abs_breal == 0.0) {
            out[0] = out[1] = 0.0;
            return false;
        }
        double ratio = bi / br;
        double denom = br + bi * ratio;
        out[0] = (ar + ai * ratio) / denom;
        out[1] = (ai - ar * ratio) / denom;
    } else if (abs_bimag >= abs_breal) {
        double ratio = br / bi;
        double denom = br * ratio + bi;
        out[0] = (ar * ratio + ai) / denom;
        out[1] = (ai * ratio - ar) / denom;
    } else {
        out[0] = out[1] = NAN;  // a NaN in b
    }
    return true;
}

// a / b; sets errno to EDOM for a zero divisor.
static MP_NOINLINE cplx_t c_quot(cplx_t a, cplx_t b) {
    cplx_t r;
    if (!mp_complex_quot(a.real, a.imag, b.real, b.imag, &r.real)) {
        errno = EDOM;
    }
    return r;
}

static cplx_t c_powu(cplx_t x, long n) {
    cplx_t r = {1.0, 0.0}, p = x;
    long mask = 1;
    while (mask > 0 && n >= mask) {
        if (n & mask) {
            r = c_mul(r, p);
        }
        mask <<= 1;
        p = c_mul(p, p);
    }
    return r;
}

// CPython's _Py_c_pow, errno semantics included (libm sets it too).
static cplx_t c_pow(cplx_t a, cplx_t b) {
    cplx_t r;
    if (b.real == 0.0 && b.imag == 0.0) {
        r.real = 1.0;
        r.imag = 0.0;
    } else if (a.real == 0.0 && a.imag == 0.0) {
        if (b.imag != 0.0 || b.real < 0.0) {
            errno = EDOM;
        }
        r.real = 0.0;
        r.imag = 0.0;
    } else {
        double vabs = hypot(a.real, a.imag);
        double len = pow(vabs, b.real);
        double at = atan2(a.imag, a.real);
        double phase = at * b.real;
        if (b.imag != 0.0) {
            len /= exp(at * b.imag);
            phase += b.imag * log(vabs);
        }
        r.real = len * cos(phase);
        r.imag = len * sin(phase);
    }
    return r;
}

// a ** b with CPython's errors: errno is inspected exactly like
// complex_pow does (an infinite result is an overflow, EDOM from the
// division or from libm reads as a zero-division).
static mp_obj_t complex_power(cplx_t a, cplx_t b) {
    cplx_t p;
    errno = 0;
    if (b.imag == 0.0 && b.real == floor(b.real) && fabs(b.real) <= 100.0) {
        long n = (long)b.real;
        if (n > 0) {
            p = c_powu(a, n);
        } else {
            cplx_t one = {1.0, 0.0};
            p = c_quot(one, c_powu(a, -n));
        }
    } else {
        p = c_pow(a, b);
    }
    if (isinf(p.real) || isinf(p.imag)) {
        if (errno == 0) {
            errno = ERANGE;
        }
    } else if (errno == ERANGE) {
        errno = 0;
    }
    if (errno == EDOM) {
        mp_raise_msg(&mp_type_ZeroDivisionError, "0.0 to a negative or complex power");
    }
    if (errno == ERANGE) {
        mp_raise_msg(&mp_type_OverflowError, "complex exponentiation");
    }
    return mp_obj_new_complex(p.real, p.imag);
}

mp_obj_t mp_obj_complex_binary_op(mp_binary_op_t op, mp_float_t lhs_real, mp_float_t lhs_imag, mp_obj_t rhs) {
    if (op >= MP_BINARY_OP_INPLACE_OR && op <= MP_BINARY_OP_INPLACE_POWER) {
        op += MP_BINARY_OP_INPLACE_DELTA;
    }
    bool swapped = false;
    if (op >= MP_BINARY_OP_REVERSE_OR && op <= MP_BINARY_OP_REVERSE_POWER) {
        op -= MP_BINARY_OP_REVERSE_DELTA;
        swapped = true;
    }
    cplx_t a = {lhs_real, lhs_imag}, b;
    mp_obj_complex_t *rc = complex_native(rhs);
    if (rc != NULL) {
        b.real = rc->real;
        b.imag = rc->imag;
    } else if (mp_obj_is_float(rhs) || mp_obj_is_small_int(rhs)) {
        b.real = mp_obj_is_float(rhs) ? mp_obj_float_value(rhs) : (double)MP_OBJ_SMALL_INT_VALUE(rhs);
        b.imag = 0.0;
    } else if (mp_obj_int_check(rhs)) {
        if (op == MP_BINARY_OP_EQUAL || op == MP_BINARY_OP_NOT_EQUAL) {
            // Exact comparison with a big int.
            bool eq = lhs_imag == 0.0 && mp_obj_int_cmp_float(rhs, lhs_real) == 0;
            return mp_obj_new_bool(op == MP_BINARY_OP_EQUAL ? eq : !eq);
        }
        b.real = mp_obj_int_as_float(rhs);
        b.imag = 0.0;
    } else if (mp_obj_get_float_maybe(rhs, &b.real)) {
        b.imag = 0.0;
    } else {
        return MP_OBJ_NULL;
    }
    if (swapped) {
        cplx_t t = a;
        a = b;
        b = t;
    }
    switch (op) {
        case MP_BINARY_OP_ADD:
            return mp_obj_new_complex(a.real + b.real, a.imag + b.imag);
        case MP_BINARY_OP_SUBTRACT:
            return mp_obj_new_complex(a.real - b.real, a.imag - b.imag);
        case MP_BINARY_OP_MULTIPLY: {
            cplx_t r = c_mul(a, b);
            return mp_obj_new_complex(r.real, r.imag);
        }
        case MP_BINARY_OP_TRUE_DIVIDE: {
            errno = 0;
            cplx_t r = c_quot(a, b);
            if (errno == EDOM) {
                mp_raise_msg(&mp_type_ZeroDivisionError, "complex division by zero");
            }
            return mp_obj_new_complex(r.real, r.imag);
        }
        case MP_BINARY_OP_POWER:
            return complex_power(a, b);
        case MP_BINARY_OP_EQUAL:
            return mp_obj_new_bool(a.real == b.real && a.imag == b.imag);
        case MP_BINARY_OP_NOT_EQUAL:
            return mp_obj_new_bool(a.real != b.real || a.imag != b.imag);
        default:
            return MP_OBJ_NULL;
    }
}

static mp_obj_t complex_binary_op_slot(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs) {
    mp_obj_complex_t *c = complex_native(lhs);
    if (c == NULL) {
        return MP_OBJ_NULL;
    }
    return mp_obj_complex_binary_op(op, c->real, c->imag, rhs);
}

mp_int_t mp_complex_hash(mp_float_t real, mp_float_t imag) {
    mp_int_t hr = mp_float_hash(real);
    if (imag == 0.0) {
        return hr;  // equal to the hash of the real part (raw, see objint.c)
    }
    mp_int_t hi = mp_float_hash(imag);
    // CPython adjusts each part's -1 to -2 before combining.
    if (hr == -1) {
        hr = -2;
    }
    if (hi == -1) {
        hi = -2;
    }
    uint64_t combined = (uint64_t)hr + 1000003ULL * (uint64_t)hi;
    return (mp_int_t)combined;
}

static mp_obj_t complex_unary_op(mp_unary_op_t op, mp_obj_t o) {
    mp_obj_complex_t *c = complex_native(o);
    if (c == NULL) {
        return MP_OBJ_NULL;
    }
    switch (op) {
        case MP_UNARY_OP_BOOL:
            return mp_obj_new_bool(c->real != 0.0 || c->imag != 0.0);
        case MP_UNARY_OP_NOT:
            return mp_obj_new_bool(c->real == 0.0 && c->imag == 0.0);
        case MP_UNARY_OP_POSITIVE:
            return mp_obj_new_complex(c->real, c->imag);
        case MP_UNARY_OP_NEGATIVE:
            return mp_obj_new_complex(-c->real, -c->imag);
        case MP_UNARY_OP_ABS: {
            double r = hypot(c->real, c->imag);
            if (isinf(r) && isfinite(c->real) && isfinite(c->imag)) {
                mp_raise_msg(&mp_type_OverflowError, "absolute value too large");
            }
            return mp_obj_float_box(r);
        }
        case MP_UNARY_OP_HASH:
            return mp_obj_int_new_raw_hash(mp_complex_hash(c->real, c->imag));
        case MP_UNARY_OP_COMPLEX:
            return mp_obj_new_complex(c->real, c->imag);
        case MP_UNARY_OP_SIZEOF:
            return MP_OBJ_NEW_SMALL_INT(32);
        default:
            return MP_OBJ_NULL;
    }
}

// ---------------------------------------------------------------------------
// Text

// One part in CPython's PyOS_double_to_string style, with sign handling:
// force_sign adds '+' for non-negative values.
static void format_part(vstr_t *out, double v, char fmt, int precision, int flags, bool force_sign) {
    int f = flags & MP_NUMFMT_ALT;
    if (force_sign) {
        f |= MP_NUMFMT_PLUS;
    } else {
        f |= flags & (MP_NUMFMT_PLUS | MP_NUMFMT_SPACE);
    }
    size_t start = out->len;
    mp_float_format(out, v, fmt, precision, f, 0, 0);
    if ((flags & MP_NUMFMT_Z) && signbit(v) && out->len > start && out->buf[start] == '-') {
        // 'z': a part that reads as zero loses its minus sign.
        bool nonzero = false;
        for (size_t i = start + 1; i < out->len; i++) {
            char c = out->buf[i];
            if (c >= '1' && c <= '9') {
                nonzero = true;
                break;
            }
            if (c == 'e' || c == 'E') {
                break;
            }
        }
        if (!nonzero) {
            if (force_sign || (flags & MP_NUMFMT_PLUS)) {
                out->buf[start] = '+';
            } else if (flags & MP_NUMFMT_SPACE) {
                out->buf[start] = ' ';
            } else {
                memmove(out->buf + start, out->buf + start + 1, out->len - start - 1);
                out->len--;
            }
        }
    }
}

void mp_complex_format(vstr_t *out, mp_float_t real, mp_float_t imag, char fmt, int precision, int flags) {
    bool skip_re = false, parens = false;
    char code = fmt;
    if (fmt == 0) {
        // Like str(): 'r' style digits without ".0", or 'g' with a precision.
        if (real == 0.0 && !signbit(real)) {
            skip_re = true;
        } else {
            parens = true;
        }
        code = precision < 0 ? 'R' : 'g';
    } else if (fmt == 'n') {
        code = 'g';
    }
    if (parens) {
        vstr_add_byte(out, '(');
    }
    if (!skip_re) {
        format_part(out, real, code, precision, flags, false);
    }
    format_part(out, imag, code, precision, flags, !skip_re);
    vstr_add_byte(out, 'j');
    if (parens) {
        vstr_add_byte(out, ')');
    }
}

static void complex_print(const mp_print_t *print, mp_obj_t o, mp_print_kind_t kind) {
    (void)kind;
    mp_obj_complex_t *c = complex_native(o);
    vstr_t vstr;
    char buf[80];
    vstr_init_fixed_buf(&vstr, sizeof(buf), buf);
    mp_complex_format(&vstr, c->real, c->imag, 0, -1, 0);
    print->print_strn(print->data, vstr.buf, vstr.len);
}

static bool is_space(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
}

// Every '_' sits between two ASCII digits.
static bool underscores_ok(const char *s, size_t len) {
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '_' && (i == 0 || i + 1 == len || s[i - 1] < '0' || s[i - 1] > '9' || s[i + 1] < '0' || s[i + 1] > '9')) {
            return false;
        }
    }
    return true;
}

mp_obj_t mp_obj_complex_from_str(const char *s, size_t len) {
    const char *orig = s;
    size_t orig_len = len;
    s = mp_parse_num_ascii_translate(s, &len);
    const char *p = s, *e = s + len;
    while (p < e && is_space(*p)) {
        p++;
    }
    while (e > p && is_space(e[-1])) {
        e--;
    }
    if (p < e && *p == '(') {
        if (e[-1] != ')') {
            goto bad;
        }
        p++;
        e--;
        while (p < e && is_space(*p)) {
            p++;
        }
        while (e > p && is_space(e[-1])) {
            e--;
        }
    }
    double re = 0.0, im = 0.0;
    size_t n = mp_parse_float_prefix(p, e - p, &re);
    if (n > 0) {
        p += n;
        if (p < e && (*p | 0x20) == 'j') {
            // Pure imaginary.
            im = re;
            re = 0.0;
            p++;
        } else if (p < e && (*p == '+' || *p == '-')) {
            size_t m = mp_parse_float_prefix(p, e - p, &im);
            if (m > 0) {
                p += m;
            } else {
                im = *p == '-' ? -1.0 : 1.0;
                p++;
            }
            if (!(p < e && (*p | 0x20) == 'j')) {
                goto bad;
            }
            p++;
        }
    } else {
        // "j", "+j", "-j"
        double sign = 1.0;
        if (p < e && (*p == '+' || *p == '-')) {
            sign = *p == '-' ? -1.0 : 1.0;
            p++;
        }
        if (!(p < e && (*p | 0x20) == 'j')) {
            goto bad;
        }
        im = sign;
        p++;
    }
    if (p != e) {
        goto bad;
    }
    return mp_obj_new_complex(re, im);
bad:
    if (!underscores_ok(s, len)) {
        // CPython's message differs when an underscore is misplaced.
        mp_obj_t rep = mp_obj_repr(mp_obj_new_str(orig, orig_len));
        mp_raise_msg_varg(&mp_type_ValueError, "could not convert string to complex: %s", mp_obj_str_get_str(rep));
    }
    mp_raise_ValueError("complex() arg is a malformed string");
}

// A user object convertible by __complex__, __float__ or __index__.
static bool has_number_method(mp_obj_t o) {
    if (!mp_obj_is_obj(o) || !(mp_obj_get_type(o)->flags & MP_TYPE_FLAG_USER)) {
        return false;
    }
    static const qstr names[] = {MP_QSTR___complex__, MP_QSTR___float__, MP_QSTR___index__};
    for (size_t i = 0; i < MP_ARRAY_SIZE(names); i++) {
        mp_obj_t dest[2];
        mp_load_method_maybe(o, names[i], dest);
        if (dest[0] != MP_OBJ_NULL) {
            return true;
        }
    }
    return false;
}

static mp_obj_t complex_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    (void)type;
    mp_obj_t real = MP_OBJ_NULL, imag = MP_OBJ_NULL;
    if (n_args > 2) {
        mp_raise_msg_varg(&mp_type_TypeError, "complex() takes at most 2 arguments (%d given)", (int)n_args);
    }
    if (n_args >= 1) {
        real = args[0];
    }
    if (n_args >= 2) {
        imag = args[1];
    }
    for (size_t i = 0; i < n_kw; i++) {
        size_t kl;
        const char *k = mp_obj_str_get_data(args[n_args + 2 * i], &kl);
        mp_obj_t v = args[n_args + 2 * i + 1];
        if (kl == 4 && memcmp(k, "real", 4) == 0) {
            if (real != MP_OBJ_NULL) {
                mp_raise_TypeError("argument for complex() given by name ('real') and position (1)");
            }
            real = v;
        } else if (kl == 4 && memcmp(k, "imag", 4) == 0) {
            if (imag != MP_OBJ_NULL) {
                mp_raise_TypeError("argument for complex() given by name ('imag') and position (2)");
            }
            imag = v;
        } else {
            mp_raise_msg_varg(&mp_type_TypeError, "'%.*s' is an invalid keyword argument for complex()", (int)kl, k);
        }
    }
    if (real == MP_OBJ_NULL) {
        real = MP_OBJ_NEW_SMALL_INT(0);
    }
    if (mp_obj_is_str(real)) {
        if (imag != MP_OBJ_NULL) {
            mp_raise_TypeError("complex() can't take second arg if first is a string");
        }
        size_t len;
        const char *s = mp_obj_str_get_data(real, &len);
        return mp_obj_complex_from_str(s, len);
    }
    if (imag != MP_OBJ_NULL && mp_obj_is_str(imag)) {
        mp_raise_TypeError("complex() second arg can't be a string");
    }
    if (imag == MP_OBJ_NULL && mp_obj_is_type(real, &mp_type_complex)) {
        return real;
    }
    double rr, ri, ir = 0.0, ii = 0.0;
    bool r_cplx, i_cplx = false;
    if (!has_number_method(real) && !mp_obj_get_complex_maybe(real, &rr, &ri)) {
        mp_raise_msg_varg(&mp_type_TypeError, "complex() first argument must be a string or a number, not '%s'", mp_obj_get_type_str(real));
    }
    get_complex_ex(real, &rr, &ri, &r_cplx);
    if (imag != MP_OBJ_NULL) {
        if (!has_number_method(imag) && !mp_obj_get_complex_maybe(imag, &ir, &ii)) {
            mp_raise_msg_varg(&mp_type_TypeError, "complex() second argument must be a number, not '%s'", mp_obj_get_type_str(imag));
        }
        get_complex_ex(imag, &ir, &ii, &i_cplx);
    }
    // complex(a, b) == a + b*1j; like CPython, only complex parts are
    // combined so that signed zeros survive (complex(0, -0.0) is -0j).
    double re = rr, im = ir;
    if (i_cplx) {
        re -= ii;
    }
    if (r_cplx) {
        im = imag != MP_OBJ_NULL ? im + ri : ri;
    }
    return mp_obj_new_complex(re, im);
}

static void complex_attr(mp_obj_t self, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    mp_obj_complex_t *c = complex_native(self);
    if (c == NULL) {
        return;
    }
    if (attr == MP_QSTR_real) {
        dest[0] = mp_obj_float_box(c->real);
    } else if (attr == MP_QSTR_imag) {
        dest[0] = mp_obj_float_box(c->imag);
    }
}

static mp_obj_t complex_conjugate(mp_obj_t self) {
    mp_obj_complex_t *c = complex_native(self);
    if (c == NULL) {
        mp_raise_TypeError("descriptor 'conjugate' requires a 'complex' object");
    }
    return mp_obj_new_complex(c->real, -c->imag);
}
static MP_DEFINE_CONST_FUN_OBJ_1(complex_conjugate_obj, complex_conjugate);

static mp_obj_t complex_complex(mp_obj_t self) {
    mp_obj_complex_t *c = complex_native(self);
    if (c == NULL) {
        mp_raise_TypeError("descriptor '__complex__' requires a 'complex' object");
    }
    return mp_obj_new_complex(c->real, c->imag);
}
static MP_DEFINE_CONST_FUN_OBJ_1(complex_complex_obj, complex_complex);

static mp_obj_t complex_format_method(mp_obj_t self, mp_obj_t spec) {
    return mp_obj_format(complex_complex(self), spec);
}
static MP_DEFINE_CONST_FUN_OBJ_2(complex_format_obj, complex_format_method);

static const mp_rom_map_elem_t complex_locals_table[] = {
    {MP_ROM_QSTR(MP_QSTR_conjugate), MP_ROM_PTR(&complex_conjugate_obj)},
    {MP_ROM_QSTR(MP_QSTR___complex__), MP_ROM_PTR(&complex_complex_obj)},
    {MP_ROM_QSTR(MP_QSTR___format__), MP_ROM_PTR(&complex_format_obj)},
};
static MP_DEFINE_CONST_DICT(complex_locals_dict, complex_locals_table);

const mp_obj_type_t mp_type_complex = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_BASETYPE,
    .name = MP_QSTR_complex,
    .print = complex_print,
    .make_new = complex_make_new,
    .unary_op = complex_unary_op,
    .binary_op = complex_binary_op_slot,
    .attr = complex_attr,
    .locals_dict = (mp_obj_dict_t *)&complex_locals_dict,
};
