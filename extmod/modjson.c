// modjson.c: the ujson module (importable as json): dumps/dump and
// loads/load with CPython's output format, options and error messages.
//
// The encoder recurses on the C stack with a depth limit (CPython's
// RecursionError at the same nesting); the decoder is iterative with an
// explicit stack of open containers, so no input can exhaust the C stack.
#include <string.h>
#include <math.h>
#include "runtime.h"
#include "objmodule.h"
#include "objtype.h"
#include "objtuple.h"
#include "objlist.h"
#include "objdict.h"
#include "objstr.h"
#include "objint.h"
#include "unicode.h"
#include "frozen.h"

// The deepest nesting of containers that CPython (with its default recursion
// limit) encodes or decodes; deeper data raises RecursionError as there.
#define JSON_MAX_DEPTH (994)

// ---------------------------------------------------------------------------
// json.JSONDecodeError (a ValueError subclass with msg/doc/pos/lineno/colno),
// JSONEncoder and JSONDecoder: written in Python (CPython's constructors and
// attributes; the work is done by the C functions below) and compiled on
// first use; reached through the module's __getattr__ (PEP 562).

static mp_obj_t py_globals;  // dict of the compiled classes (GC root once set)

#include "genhdr/frozen_json.h"  // extmod/frozen/json.py

static const mp_obj_fun_builtin_t json_dumps_obj, json_loads_obj, json_raw_decode_obj;

static mp_obj_t get_py(qstr name) {
    if (py_globals == MP_OBJ_NULL) {
        mp_obj_t g = mp_obj_new_dict(8);
        mp_obj_dict_store(g, MP_OBJ_NEW_QSTR(MP_QSTR___name__), MP_OBJ_NEW_QSTR(MP_QSTR_json));
        mp_obj_dict_store(g, MP_OBJ_NEW_QSTR(MP_QSTR__dumps), MP_OBJ_FROM_PTR(&json_dumps_obj));
        mp_obj_dict_store(g, MP_OBJ_NEW_QSTR(MP_QSTR__loads), MP_OBJ_FROM_PTR(&json_loads_obj));
        mp_obj_dict_store(g, MP_OBJ_NEW_QSTR(MP_QSTR__raw_decode), MP_OBJ_FROM_PTR(&json_raw_decode_obj));
        mp_frozen_exec(&frozen_json, MP_QSTR_json, g);
        py_globals = g;
        gc_add_root(&py_globals, 1);
    }
    return mp_obj_dict_get(py_globals, MP_OBJ_NEW_QSTR(name));
}

static mp_obj_t get_decode_error(void) {
    return get_py(MP_QSTR_JSONDecodeError);
}

// cls(**kw).method(arg) for the cls= argument of dumps/loads: kw are the
// keyword arguments of the call without cls.
static mp_obj_t call_cls(mp_obj_t cls, mp_map_t *kw, qstr method, mp_obj_t arg) {
    size_t n = kw != NULL ? kw->filled : 0;
    mp_obj_t *a = m_new(mp_obj_t, 2 * n + 1);
    size_t j = 0, cur = 0;
    mp_map_elem_t *e;
    while (kw != NULL && (e = mp_map_next(kw, &cur)) != NULL) {
        if (mp_obj_is_str(e->key) && mp_obj_str_get_qstr(e->key) == MP_QSTR_cls) {
            continue;
        }
        a[2 * j] = e->key;
        a[2 * j + 1] = e->value;
        j++;
    }
    mp_obj_t obj = mp_call_function_n_kw(cls, 0, j, a);
    mp_obj_t dest[3];
    mp_load_method(obj, method, dest);
    dest[2] = arg;
    return mp_call_method_n_kw(1, 0, dest);
}

static mp_obj_t json_getattr(mp_obj_t name) {
    qstr q = mp_obj_str_get_qstr(name);
    if (q == MP_QSTR_JSONDecodeError || q == MP_QSTR_JSONEncoder || q == MP_QSTR_JSONDecoder) {
        return get_py(q);
    }
    if (q == MP_QSTR_decoder || q == MP_QSTR_encoder) {
        // json.decoder / json.encoder as namespaces holding the classes
        // (so json.decoder.JSONDecodeError works; not importable).
        static const qstr dec_names[] = {MP_QSTR_JSONDecodeError, MP_QSTR_JSONDecoder};
        static const qstr enc_names[] = {MP_QSTR_JSONEncoder};
        mp_obj_t m = mp_obj_new_module(qstr_from_str(q == MP_QSTR_decoder ? "json.decoder" : "json.encoder"));
        mp_obj_t g = MP_OBJ_FROM_PTR(mp_obj_module_get_globals(m));
        const qstr *names = q == MP_QSTR_decoder ? dec_names : enc_names;
        size_t n = q == MP_QSTR_decoder ? MP_ARRAY_SIZE(dec_names) : MP_ARRAY_SIZE(enc_names);
        for (size_t i = 0; i < n; i++) {
            mp_obj_dict_store(g, MP_OBJ_NEW_QSTR(names[i]), get_py(names[i]));
        }
        return m;
    }
    mp_raise_msg_varg(&mp_type_AttributeError, "module 'json' has no attribute '%q'", q);
}
static MP_DEFINE_NAMED_FUN_OBJ_1(json_getattr_obj, MP_QSTR___getattr__, json_getattr);

// ---------------------------------------------------------------------------
// Encoder

typedef struct _encoder_t {
    vstr_t out;
    bool ensure_ascii;
    bool allow_nan;
    bool sort_keys;
    bool skipkeys;
    bool check_circular;
    bool has_indent;
    mp_obj_t default_fn;     // MP_OBJ_NULL if none
    const char *indent;
    size_t indent_len;
    const char *item_sep;
    size_t item_sep_len;
    const char *key_sep;
    size_t key_sep_len;
    size_t depth;            // nesting of containers and default() results
    size_t level;            // nesting of containers (indentation)
    mp_obj_t *ancestors;     // containers being encoded (circularity check)
    size_t n_ancestors;
    size_t alloc_ancestors;
} encoder_t;

static const char hexdigits[] = "0123456789abcdef";

static void add_u_escape(vstr_t *v, uint32_t c) {
    char *p = vstr_add_len(v, 6);
    p[0] = '\\';
    p[1] = 'u';
    p[2] = hexdigits[(c >> 12) & 0xf];
    p[3] = hexdigits[(c >> 8) & 0xf];
    p[4] = hexdigits[(c >> 4) & 0xf];
    p[5] = hexdigits[c & 0xf];
}

static void encode_str_data(encoder_t *enc, const byte *s, size_t len) {
    vstr_t *v = &enc->out;
    const byte *end = s + len;
    vstr_add_byte(v, '"');
    while (s < end) {
        // Copy the longest run that needs no escaping.
        const byte *run = s;
        if (enc->ensure_ascii) {
            while (s < end && *s >= 0x20 && *s < 0x7f && *s != '"' && *s != '\\') {
                s++;
            }
        } else {
            while (s < end && *s >= 0x20 && *s != '"' && *s != '\\') {
                s++;
            }
        }
        if (s > run) {
            vstr_add_strn(v, (const char *)run, s - run);
        }
        if (s >= end) {
            break;
        }
        byte c = *s;
        const char *esc = NULL;
        switch (c) {
            case '"': esc = "\\\""; break;
            case '\\': esc = "\\\\"; break;
            case '\n': esc = "\\n"; break;
            case '\r': esc = "\\r"; break;
            case '\t': esc = "\\t"; break;
            case '\b': esc = "\\b"; break;
            case '\f': esc = "\\f"; break;
            default: break;
        }
        if (esc != NULL) {
            vstr_add_strn(v, esc, 2);
            s++;
        } else if (c < 0x80) {
            add_u_escape(v, c);
            s++;
        } else {
            uint32_t cp = utf8_get_char(&s);
            if (cp >= 0x10000) {
                cp -= 0x10000;
                add_u_escape(v, 0xd800 + (cp >> 10));
                add_u_escape(v, 0xdc00 + (cp & 0x3ff));
            } else {
                add_u_escape(v, cp);
            }
        }
    }
    vstr_add_byte(v, '"');
}

// A str (qstr, str or a subclass instance: its native str).
static void encode_str(encoder_t *enc, mp_obj_t o) {
    size_t len;
    const char *s = mp_obj_str_get_data(mp_obj_is_str(o) ? o : mp_obj_get_native(o, &mp_type_str), &len);
    encode_str_data(enc, (const byte *)s, len);
}

static void encode_float(encoder_t *enc, mp_float_t f) {
    if (isnan(f) || isinf(f)) {
        if (!enc->allow_nan) {
            mp_raise_ValueError("Out of range float values are not JSON compliant");
        }
        vstr_add_str(&enc->out, isnan(f) ? "NaN" : f > 0 ? "Infinity" : "-Infinity");
        return;
    }
    mp_print_t p = mp_print_for_vstr(&enc->out);
    mp_float_repr(&p, f);
}

static void encode_int(encoder_t *enc, mp_obj_t o) {
    if (mp_obj_is_small_int(o)) {
        char buf[24];
        mp_int_t v = mp_small_int_value(o);
        bool neg = v < 0;
        mp_uint_t u = neg ? -(mp_uint_t)v : (mp_uint_t)v;
        char *p = buf + sizeof(buf);
        do {
            *--p = '0' + u % 10;
            u /= 10;
        } while (u);
        if (neg) {
            *--p = '-';
        }
        vstr_add_strn(&enc->out, p, buf + sizeof(buf) - p);
        return;
    }
    mp_print_t p = mp_print_for_vstr(&enc->out);
    mp_obj_int_print(&p, o, PRINT_REPR);
}

static void newline_indent(encoder_t *enc) {
    vstr_add_byte(&enc->out, '\n');
    for (size_t i = 0; i < enc->level; i++) {
        vstr_add_strn(&enc->out, enc->indent, enc->indent_len);
    }
}

static void check_depth(encoder_t *enc) {
    if (enc->depth >= JSON_MAX_DEPTH) {
        mp_raise_msg(&mp_type_RecursionError, "maximum recursion depth exceeded while encoding a JSON object");
    }
}

static void enter(encoder_t *enc, mp_obj_t o) {
    check_depth(enc);
    mp_stack_check();
    if (enc->check_circular) {
        for (size_t i = 0; i < enc->n_ancestors; i++) {
            if (enc->ancestors[i] == o) {
                mp_raise_ValueError("Circular reference detected");
            }
        }
        if (enc->n_ancestors == enc->alloc_ancestors) {
            size_t n = enc->alloc_ancestors ? enc->alloc_ancestors * 2 : 16;
            enc->ancestors = m_renew(mp_obj_t, enc->ancestors, enc->alloc_ancestors, n);
            enc->alloc_ancestors = n;
        }
        enc->ancestors[enc->n_ancestors++] = o;
    }
    enc->depth++;
}

static void leave(encoder_t *enc) {
    enc->depth--;
    if (enc->check_circular) {
        enc->n_ancestors--;
    }
}

static void encode(encoder_t *enc, mp_obj_t o);
static bool encode_scalar(encoder_t *enc, mp_obj_t o);

// A dict key as JSON text; false if the key is to be skipped.
static bool encode_key(encoder_t *enc, mp_obj_t k) {
    if (mp_obj_is_str(k) || (mp_obj_is_obj(k) && mp_obj_is_instance_of(k, &mp_type_str))) {
        encode_str(enc, k);
        return true;
    }
    // Other scalars as their JSON text in quotes.
    size_t mark = enc->out.len;
    vstr_add_byte(&enc->out, '"');
    if (encode_scalar(enc, k)) {
        vstr_add_byte(&enc->out, '"');
        return true;
    }
    enc->out.len = mark;
    if (enc->skipkeys) {
        return false;
    }
    mp_raise_msg_varg(&mp_type_TypeError, "keys must be str, int, float, bool or None, not %s", mp_obj_get_type_str(k));
}

static void encode_dict(encoder_t *enc, mp_obj_t o, mp_obj_dict_t *d) {
    if (d->map.filled == 0) {
        check_depth(enc);
        vstr_add_str(&enc->out, "{}");
        return;
    }
    enter(enc, o);
    enc->level++;
    vstr_add_byte(&enc->out, '{');
    bool first = true;
    // Sorted: iterate over a sorted list of the keys, else over the map;
    // one loop body for both.
    mp_obj_list_t *kl = NULL;
    if (enc->sort_keys) {
        mp_obj_t keys = mp_obj_new_list(0, NULL);
        size_t cur = 0;
        mp_map_elem_t *e;
        while ((e = mp_map_next(&d->map, &cur)) != NULL) {
            mp_obj_list_append(keys, e->key);
        }
        mp_obj_list_sort(keys, mp_const_none, false);
        kl = MP_OBJ_TO_PTR(keys);
    }
    size_t cur = 0;
    for (size_t i = 0;; i++) {
        mp_map_elem_t *e;
        if (kl != NULL) {
            if (i >= kl->len) {
                break;
            }
            e = mp_map_lookup(&d->map, kl->items[i], MP_MAP_LOOKUP);
            if (e == NULL) {
                continue;
            }
        } else if ((e = mp_map_next(&d->map, &cur)) == NULL) {
            break;
        }
        mp_obj_t key = kl != NULL ? kl->items[i] : e->key, value = e->value;
        size_t mark = enc->out.len;
        if (!first) {
            vstr_add_strn(&enc->out, enc->item_sep, enc->item_sep_len);
        }
        if (enc->has_indent) {
            newline_indent(enc);
        }
        if (!encode_key(enc, key)) {
            enc->out.len = mark;
            continue;
        }
        vstr_add_strn(&enc->out, enc->key_sep, enc->key_sep_len);
        encode(enc, value);
        first = false;
    }
    leave(enc);
    enc->level--;
    if (enc->has_indent && !first) {
        newline_indent(enc);
    }
    vstr_add_byte(&enc->out, '}');
}

// A list or tuple; a list's items are re-read each time (callbacks may
// change it).
static void encode_seq(encoder_t *enc, mp_obj_t o, mp_obj_t native) {
    size_t len;
    mp_obj_t *items;
    mp_seq_get_items(native, &len, &items);
    if (len == 0) {
        check_depth(enc);
        vstr_add_str(&enc->out, "[]");
        return;
    }
    enter(enc, o);
    enc->level++;
    vstr_add_byte(&enc->out, '[');
    for (size_t i = 0;; i++) {
        mp_seq_get_items(native, &len, &items);
        if (i >= len) {
            break;
        }
        if (i > 0) {
            vstr_add_strn(&enc->out, enc->item_sep, enc->item_sep_len);
        }
        if (enc->has_indent) {
            newline_indent(enc);
        }
        encode(enc, items[i]);
    }
    leave(enc);
    enc->level--;
    if (enc->has_indent) {
        newline_indent(enc);
    }
    vstr_add_byte(&enc->out, ']');
}

// Strings, None, booleans and numbers (subclasses of str, int and float
// encode as their base): false if o is none of these. Used for values and
// (quoted, but for strings) for dict keys.
static bool encode_scalar(encoder_t *enc, mp_obj_t o) {
    if (mp_obj_is_small_int(o)) {
        encode_int(enc, o);
        return true;
    }
    if (mp_obj_is_qstr(o)) {
        encode_str(enc, o);
        return true;
    }
    if (mp_obj_is_float(o)) {
        encode_float(enc, mp_obj_float_value(o));
        return true;
    }
    if (o == mp_const_none) {
        vstr_add_str(&enc->out, "null");
        return true;
    }
    if (o == mp_const_true) {
        vstr_add_str(&enc->out, "true");
        return true;
    }
    if (o == mp_const_false) {
        vstr_add_str(&enc->out, "false");
        return true;
    }
    const mp_obj_type_t *t = mp_obj_get_type(o);
    if (t == &mp_type_str) {
        encode_str(enc, o);
        return true;
    }
    if (t == &mp_type_int) {
        encode_int(enc, o);
        return true;
    }
    if (mp_type_is_user(t)) {
        if (mp_obj_is_instance_of(o, &mp_type_str)) {
            encode_str(enc, o);
            return true;
        }
        if (mp_obj_is_instance_of(o, &mp_type_int)) {
            encode_int(enc, mp_obj_get_native(o, &mp_type_int));
            return true;
        }
        if (mp_obj_is_instance_of(o, &mp_type_float)) {
            encode_float(enc, mp_obj_get_float(mp_obj_get_native(o, &mp_type_float)));
            return true;
        }
    }
    return false;
}

static void encode(encoder_t *enc, mp_obj_t o) {
    // The commonest values directly, then the builtin containers (so that
    // they do not go through all the scalar tests), then the scalars.
    if (mp_obj_is_small_int(o)) {
        encode_int(enc, o);
        return;
    }
    const mp_obj_type_t *t = mp_obj_is_obj(o) ? mp_obj_get_type(o) : NULL;
    if (t == &mp_type_str) {
        encode_str(enc, o);
        return;
    }
    if (t == &mp_type_list || t == &mp_type_tuple) {
        encode_seq(enc, o, o);
        return;
    }
    if (t == &mp_type_dict) {
        encode_dict(enc, o, MP_OBJ_TO_PTR(o));
        return;
    }
    if (encode_scalar(enc, o)) {
        return;
    }
    t = mp_obj_get_type(o);
    // Subclasses of the builtin containers encode as their base.
    if (mp_type_is_user(t)) {
        mp_obj_list_t *l = mp_obj_list_native_maybe(o);
        if (l != NULL) {
            encode_seq(enc, o, MP_OBJ_FROM_PTR(l));
            return;
        }
        mp_obj_tuple_t *tu = mp_obj_tuple_native_maybe(o);
        if (tu != NULL) {
            encode_seq(enc, o, MP_OBJ_FROM_PTR(tu));
            return;
        }
        mp_obj_dict_t *d = mp_obj_dict_native_maybe(o);
        if (d != NULL) {
            encode_dict(enc, o, d);
            return;
        }
    }
    if (enc->default_fn == MP_OBJ_NULL) {
        mp_raise_msg_varg(&mp_type_TypeError, "Object of type %s is not JSON serializable", mp_obj_get_type_str(o));
    }
    enter(enc, o);
    mp_obj_t r = mp_call_function_1(enc->default_fn, o);
    encode(enc, r);
    leave(enc);
}

static const char *get_sep(mp_obj_t o, size_t *len) {
    if (!mp_obj_is_str(o)) {
        mp_raise_msg_varg(&mp_type_TypeError, "make_encoder() argument must be str, not %s", mp_obj_get_type_str(o));
    }
    return mp_obj_str_get_data(o, len);
}

enum { ARG_skipkeys, ARG_ensure_ascii, ARG_check_circular, ARG_allow_nan, ARG_cls, ARG_indent, ARG_separators, ARG_default, ARG_sort_keys };

static const mp_arg_t dumps_args[] = {
    {MP_QSTR_skipkeys, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
    {MP_QSTR_ensure_ascii, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
    {MP_QSTR_check_circular, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
    {MP_QSTR_allow_nan, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
    {MP_QSTR_cls, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
    {MP_QSTR_indent, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
    {MP_QSTR_separators, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
    {MP_QSTR_default, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
    {MP_QSTR_sort_keys, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
};
#define N_DUMPS_ARGS MP_ARRAY_SIZE(dumps_args)

static bool opt_bool(mp_obj_t o, bool dflt) {
    return o == MP_OBJ_NULL ? dflt : mp_obj_is_true(o);
}

// dumps(obj, **kw) and the text of dump(obj, fp, **kw): through cls(**kw)
// if given, else with the keyword options.
static mp_obj_t do_dumps(qstr fname, mp_obj_t obj, mp_map_t *kw) {
    mp_map_elem_t *cls = kw != NULL ? mp_map_lookup_qstr(kw, MP_QSTR_cls, MP_MAP_LOOKUP) : NULL;
    if (cls != NULL && cls->value != mp_const_none) {
        return call_cls(cls->value, kw, MP_QSTR_encode, obj);
    }
    mp_arg_val_t vals[N_DUMPS_ARGS];
    mp_arg_parse_all_named(fname, 0, NULL, kw, N_DUMPS_ARGS, dumps_args, vals);
    encoder_t enc;
    memset(&enc, 0, sizeof(enc));
    enc.skipkeys = opt_bool(vals[ARG_skipkeys].u_obj, false);
    enc.ensure_ascii = opt_bool(vals[ARG_ensure_ascii].u_obj, true);
    enc.check_circular = opt_bool(vals[ARG_check_circular].u_obj, true);
    enc.allow_nan = opt_bool(vals[ARG_allow_nan].u_obj, true);
    enc.sort_keys = opt_bool(vals[ARG_sort_keys].u_obj, false);
    mp_obj_t dflt = vals[ARG_default].u_obj;
    enc.default_fn = (dflt == MP_OBJ_NULL || dflt == mp_const_none) ? MP_OBJ_NULL : dflt;
    mp_obj_t indent = vals[ARG_indent].u_obj;
    if (indent != MP_OBJ_NULL && indent != mp_const_none) {
        enc.has_indent = true;
        if (mp_obj_is_str(indent)) {
            enc.indent = mp_obj_str_get_data(indent, &enc.indent_len);
        } else {
            mp_int_t n = mp_obj_get_int(indent);
            if (n < 0) {
                n = 0;
            }
            char *sp = m_new(char, n + 1);
            memset(sp, ' ', n);
            enc.indent = sp;
            enc.indent_len = n;
        }
    }
    mp_obj_t seps = vals[ARG_separators].u_obj;
    if (seps != MP_OBJ_NULL && seps != mp_const_none) {
        mp_obj_t *items;
        size_t n;
        mp_obj_get_array(seps, &n, &items);
        if (n != 2) {
            mp_raise_msg_varg(&mp_type_ValueError, "too many values to unpack (expected 2)");
        }
        enc.item_sep = get_sep(items[0], &enc.item_sep_len);
        enc.key_sep = get_sep(items[1], &enc.key_sep_len);
    } else {
        enc.item_sep = enc.has_indent ? "," : ", ";
        enc.item_sep_len = strlen(enc.item_sep);
        enc.key_sep = ": ";
        enc.key_sep_len = 2;
    }
    vstr_init(&enc.out, 64);
    encode(&enc, obj);
    return mp_obj_new_str_from_vstr(&enc.out);
}

static mp_obj_t json_dumps(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    if (n_args != 1) {
        mp_raise_msg_varg(&mp_type_TypeError, "dumps() takes 1 positional argument but %d were given", (int)n_args);
    }
    return do_dumps(MP_QSTR_dumps, args[0], kw);
}
static MP_DEFINE_NAMED_FUN_OBJ_KW(json_dumps_obj, MP_QSTR_dumps, 1, json_dumps);

static mp_obj_t json_dump(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    if (n_args != 2) {
        mp_raise_msg_varg(&mp_type_TypeError, "dump() takes 2 positional arguments but %d were given", (int)n_args);
    }
    mp_obj_t s = do_dumps(MP_QSTR_dump, args[0], kw);
    mp_obj_t dest[3];
    mp_load_method(args[1], MP_QSTR_write, dest);
    dest[2] = s;
    mp_call_method_n_kw(1, 0, dest);
    return mp_const_none;
}
static MP_DEFINE_NAMED_FUN_OBJ_KW(json_dump_obj, MP_QSTR_dump, 2, json_dump);

// ---------------------------------------------------------------------------
// Decoder

typedef struct _frame_t {
    mp_obj_t container;  // list, dict, or list of pairs (object_pairs_hook)
    mp_obj_t key;        // objects: the key whose value is being parsed
    bool is_object;
} frame_t;

typedef struct _decoder_t {
    const byte *start;
    const byte *p;
    const byte *end;
    mp_obj_t doc;           // the document (str; bytes input decoded)
    bool strict;
    mp_obj_t object_hook;
    mp_obj_t object_pairs_hook;
    mp_obj_t parse_float;
    mp_obj_t parse_int;
    mp_obj_t parse_constant;
    vstr_t buf;             // string unescaping
    // Recently seen object keys: the same str object is reused for keys
    // that repeat (as CPython's memo does), saving an allocation each.
    mp_obj_t key_memo[128];
    size_t size_hint;       // size of the last object decoded
    frame_t *stack;
    size_t depth;
    size_t alloc;
} decoder_t;

MP_NORETURN static void json_error(decoder_t *dec, const char *msg, const byte *at) {
    size_t pos = utf8_charlen(dec->start, at - dec->start);
    mp_obj_t args[3] = {mp_obj_new_str_from_cstr(msg), dec->doc, mp_obj_new_int(pos)};
    nlr_raise(mp_call_function_n_kw(get_decode_error(), 3, 0, args));
}

static inline void skip_ws(decoder_t *dec) {
    const byte *p = dec->p, *end = dec->end;
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')) {
        p++;
    }
    dec->p = p;
}

static int hex4(const byte *p, const byte *end) {
    if (end - p < 4) {
        return -1;
    }
    int v = 0;
    for (int i = 0; i < 4; i++) {
        int d = unichar_xdigit_value(p[i]);
        if (d < 0) {
            return -1;
        }
        v = v * 16 + d;
    }
    return v;
}

// dec->p is at the opening quote.
static mp_obj_t parse_string(decoder_t *dec) {
    const byte *quote = dec->p;
    const byte *p = quote + 1, *end = dec->end;
    const byte *run = p;
    // Fast path: no escapes.
    while (p < end && *p != '"' && *p != '\\' && *p >= 0x20) {
        p++;
    }
    if (p < end && *p == '"') {
        dec->p = p + 1;
        return mp_obj_new_str((const char *)run, p - run);
    }
    vstr_t *v = &dec->buf;
    vstr_reset(v);
    vstr_add_strn(v, (const char *)run, p - run);
    for (;;) {
        if (p >= end) {
            json_error(dec, "Unterminated string starting at", quote);
        }
        byte c = *p;
        if (c == '"') {
            p++;
            break;
        }
        if (c < 0x20) {
            if (dec->strict) {
                json_error(dec, "Invalid control character at", p);
            }
            vstr_add_byte(v, c);
            p++;
            continue;
        }
        if (c != '\\') {
            run = p;
            while (p < end && *p != '"' && *p != '\\' && *p >= 0x20) {
                p++;
            }
            vstr_add_strn(v, (const char *)run, p - run);
            continue;
        }
        // An escape.
        const byte *bs = p;
        if (p + 1 >= end) {
            json_error(dec, "Unterminated string starting at", quote);
        }
        c = p[1];
        p += 2;
        switch (c) {
            case '"': vstr_add_byte(v, '"'); break;
            case '\\': vstr_add_byte(v, '\\'); break;
            case '/': vstr_add_byte(v, '/'); break;
            case 'b': vstr_add_byte(v, '\b'); break;
            case 'f': vstr_add_byte(v, '\f'); break;
            case 'n': vstr_add_byte(v, '\n'); break;
            case 'r': vstr_add_byte(v, '\r'); break;
            case 't': vstr_add_byte(v, '\t'); break;
            case 'u': {
                // (CPython wants a character after the digits too: a
                // string ending there is reported as this error.)
                int u = end - p >= 5 ? hex4(p, end) : -1;
                if (u < 0) {
                    json_error(dec, "Invalid \\uXXXX escape", bs + 1);
                }
                p += 4;
                uint32_t cp = u;
                if (u >= 0xd800 && u <= 0xdbff && end - p > 6 && p[0] == '\\' && p[1] == 'u') {
                    int u2 = hex4(p + 2, end);
                    if (u2 < 0) {
                        json_error(dec, "Invalid \\uXXXX escape", p + 1);
                    }
                    if (u2 >= 0xdc00 && u2 <= 0xdfff) {
                        cp = 0x10000 + (((uint32_t)u - 0xd800) << 10) + ((uint32_t)u2 - 0xdc00);
                        p += 6;
                    }
                }
                vstr_add_char(v, cp);
                break;
            }
            default:
                json_error(dec, "Invalid \\escape", bs);
        }
    }
    dec->p = p;
    return mp_obj_new_str(v->buf, v->len);
}

// dec->p is at '-' or a digit. Returns MP_OBJ_NULL if there is no number.
static mp_obj_t parse_number(decoder_t *dec) {
    const byte *s = dec->p, *p = s, *end = dec->end;
    if (p < end && *p == '-') {
        p++;
    }
    if (p >= end || *p < '0' || *p > '9') {
        return MP_OBJ_NULL;
    }
    if (*p == '0') {
        p++;
    } else {
        while (p < end && *p >= '0' && *p <= '9') {
            p++;
        }
    }
    bool is_float = false;
    if (p + 1 < end && *p == '.' && p[1] >= '0' && p[1] <= '9') {
        p += 2;
        while (p < end && *p >= '0' && *p <= '9') {
            p++;
        }
        is_float = true;
    }
    if (p < end && (*p == 'e' || *p == 'E')) {
        const byte *q = p + 1;
        if (q < end && (*q == '+' || *q == '-')) {
            q++;
        }
        if (q < end && *q >= '0' && *q <= '9') {
            while (q < end && *q >= '0' && *q <= '9') {
                q++;
            }
            p = q;
            is_float = true;
        }
    }
    dec->p = p;
    size_t len = p - s;
    if (is_float) {
        if (dec->parse_float != MP_OBJ_NULL) {
            return mp_call_function_1(dec->parse_float, mp_obj_new_str((const char *)s, len));
        }
        return mp_obj_new_float_from_str_len((const char *)s, len);
    }
    if (dec->parse_int != MP_OBJ_NULL) {
        return mp_call_function_1(dec->parse_int, mp_obj_new_str((const char *)s, len));
    }
    if (len <= 16) {
        mp_int_t v = 0;
        const byte *q = s;
        bool neg = *q == '-';
        q += neg;
        while (q < p) {
            v = v * 10 + (*q++ - '0');
        }
        return mp_obj_new_int(neg ? -v : v);
    }
    return mp_obj_new_int_from_str_len((const char *)s, len, 10);
}

// null, true, false and the constants (through parse_constant) at dec->p.
static mp_obj_t parse_literal(decoder_t *dec) {
    static const char names[6][10] = {"null", "true", "false", "NaN", "Infinity", "-Infinity"};
    static const uint8_t lens[6] = {4, 4, 5, 3, 8, 9};
    for (int i = 0; i < 6; i++) {
        // (the first characters differ: at most one candidate)
        if ((size_t)(dec->end - dec->p) >= lens[i] && *dec->p == names[i][0] && memcmp(dec->p, names[i], lens[i]) == 0) {
            dec->p += lens[i];
            if (i < 3) {
                return i == 0 ? mp_const_none : mp_obj_new_bool(i == 1);
            }
            if (dec->parse_constant != MP_OBJ_NULL) {
                return mp_call_function_1(dec->parse_constant, mp_obj_new_str_from_cstr(names[i]));
            }
            return mp_obj_new_float(i == 3 ? NAN : i == 4 ? INFINITY : -INFINITY);
        }
    }
    json_error(dec, "Expecting value", dec->p);
}

static void check_decode_depth(decoder_t *dec, bool is_object) {
    if (dec->depth >= JSON_MAX_DEPTH) {
        mp_raise_msg(&mp_type_RecursionError, is_object
            ? "maximum recursion depth exceeded while decoding a JSON object from a unicode string"
            : "maximum recursion depth exceeded while decoding a JSON array from a unicode string");
    }
}

static void push(decoder_t *dec, mp_obj_t container, bool is_object) {
    check_decode_depth(dec, is_object);
    if (dec->depth == dec->alloc) {
        size_t n = dec->alloc ? dec->alloc * 2 : 16;
        dec->stack = m_renew(frame_t, dec->stack, dec->alloc, n);
        dec->alloc = n;
    }
    frame_t *f = &dec->stack[dec->depth++];
    f->container = container;
    f->key = MP_OBJ_NULL;
    f->is_object = is_object;
}

// Parse a key and its ':' (dec->p at the first character after '{' or ','
// and whitespace).
static mp_obj_t parse_key(decoder_t *dec) {
    if (dec->p >= dec->end || *dec->p != '"') {
        json_error(dec, "Expecting property name enclosed in double quotes", dec->p);
    }
    mp_obj_t key = MP_OBJ_NULL;
    {
        // Short keys without escapes go through the memo.
        const byte *s = dec->p + 1, *p = s, *end = dec->end;
        uint32_t h = 2166136261u;
        while (p < end && *p != '"' && *p != '\\' && *p >= 0x20 && p - s < 48) {
            h = (h ^ *p) * 16777619u;
            p++;
        }
        if (p < end && *p == '"') {
            size_t len = p - s;
            mp_obj_t *slot = &dec->key_memo[(h ^ (h >> 16)) & (MP_ARRAY_SIZE(dec->key_memo) - 1)];
            size_t klen;
            if (*slot != MP_OBJ_NULL) {
                const char *kd = mp_obj_str_get_data(*slot, &klen);
                if (klen == len && memcmp(kd, s, len) == 0) {
                    key = *slot;
                }
            }
            if (key == MP_OBJ_NULL) {
                key = mp_obj_new_str((const char *)s, len);
                *slot = key;
            }
            dec->p = p + 1;
        }
    }
    if (key == MP_OBJ_NULL) {
        key = parse_string(dec);
    }
    skip_ws(dec);
    if (dec->p >= dec->end || *dec->p != ':') {
        json_error(dec, "Expecting ':' delimiter", dec->p);
    }
    dec->p++;
    skip_ws(dec);
    return key;
}

static mp_obj_t new_object(decoder_t *dec) {
    // Sized like the previous object: documents often hold many objects
    // with the same keys, and this saves the rehashes while filling.
    return dec->object_pairs_hook != MP_OBJ_NULL ? mp_obj_new_list(0, NULL) : mp_obj_new_dict(dec->size_hint);
}

static mp_obj_t finish_object(decoder_t *dec, mp_obj_t o) {
    if (dec->object_pairs_hook != MP_OBJ_NULL) {
        return mp_call_function_1(dec->object_pairs_hook, o);
    }
    if (dec->object_hook != MP_OBJ_NULL) {
        return mp_call_function_1(dec->object_hook, o);
    }
    return o;
}

static void add_member(decoder_t *dec, frame_t *f, mp_obj_t value) {
    if (!f->is_object) {
        mp_obj_list_append(f->container, value);
    } else if (dec->object_pairs_hook != MP_OBJ_NULL) {
        mp_obj_t kv[2] = {f->key, value};
        mp_obj_list_append(f->container, mp_obj_new_tuple(2, kv));
    } else {
        mp_obj_dict_store(f->container, f->key, value);
    }
}

// Parse one JSON value starting at dec->p (after whitespace).
static mp_obj_t parse(decoder_t *dec) {
    mp_obj_t value;
    for (;;) {
        // Read a value, or open a container and go round for its first item.
        const byte *p = dec->p;
        if (p >= dec->end) {
            json_error(dec, "Expecting value", p);
        }
        switch (*p) {
            case '{':
            case '[': {
                // One path for both containers: an empty one is a value,
                // else it is opened (and an object's first key read).
                bool is_object = *p == '{';
                dec->p++;
                skip_ws(dec);
                mp_obj_t c = is_object ? new_object(dec) : mp_obj_new_list(0, NULL);
                if (dec->p < dec->end && *dec->p == (is_object ? '}' : ']')) {
                    check_decode_depth(dec, is_object);
                    dec->p++;
                    value = is_object ? finish_object(dec, c) : c;
                    break;
                }
                push(dec, c, is_object);
                if (is_object) {
                    dec->stack[dec->depth - 1].key = parse_key(dec);
                }
                continue;
            }
            case '"':
                value = parse_string(dec);
                break;
            case 'n':
            case 't':
            case 'f':
            case 'N':
            case 'I':
                value = parse_literal(dec);
                break;
            default:
                value = parse_number(dec);
                if (value == MP_OBJ_NULL) {
                    value = parse_literal(dec);  // -Infinity, or the error
                }
                break;
        }
        // Add the value to the open containers, closing those that end.
        for (;;) {
            if (dec->depth == 0) {
                return value;
            }
            frame_t *f = &dec->stack[dec->depth - 1];
            add_member(dec, f, value);
            skip_ws(dec);
            const byte *q = dec->p;
            byte c = q < dec->end ? *q : 0;
            if (c == ',') {
                dec->p++;
                skip_ws(dec);
                if (f->is_object) {
                    f->key = parse_key(dec);
                }
                break;
            }
            if (c == (f->is_object ? '}' : ']')) {
                dec->p++;
                value = f->container;
                f->container = MP_OBJ_NULL;
                f->key = MP_OBJ_NULL;
                dec->depth--;
                if (f->is_object) {
                    if (dec->object_pairs_hook == MP_OBJ_NULL) {
                        size_t n = mp_obj_dict_len(value);
                        dec->size_hint = n < 64 ? n : 64;
                    }
                    value = finish_object(dec, value);
                }
                continue;
            }
            json_error(dec, "Expecting ',' delimiter", q);
        }
    }
}

static mp_obj_t opt_hook(mp_obj_t o) {
    return (o == MP_OBJ_NULL || o == mp_const_none) ? MP_OBJ_NULL : o;
}

static const mp_arg_t loads_args[] = {
    {MP_QSTR_cls, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
    {MP_QSTR_object_hook, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
    {MP_QSTR_parse_float, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
    {MP_QSTR_parse_int, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
    {MP_QSTR_parse_constant, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
    {MP_QSTR_object_pairs_hook, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
    {MP_QSTR_strict, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
};
#define N_LOADS_ARGS MP_ARRAY_SIZE(loads_args)

// Decode the document s; with raw_idx >= 0, raw_decode: parse one value
// at that character index of a str and return (value, end index).
static mp_obj_t do_loads(mp_obj_t s, mp_arg_val_t *vals, mp_int_t raw_idx) {
    decoder_t dec;
    memset(&dec, 0, sizeof(dec));
    size_t len;
    const byte *data;
    bool is_text = mp_obj_is_str(s) || (mp_obj_is_obj(s) && mp_obj_is_instance_of(s, &mp_type_str));
    bool check_bom = raw_idx < 0 && is_text;  // (a BOM is an error in str input only)
    if (!is_text && raw_idx < 0 && mp_obj_get_bytes_like(s, &data, &len)
        && (mp_obj_is_instance_of(s, &mp_type_bytes) || mp_obj_is_instance_of(s, &mp_type_bytearray))) {
        // Bytes are decoded as UTF-8 (after a BOM, which is skipped, as
        // CPython's utf-8-sig), bad data raising UnicodeDecodeError; the
        // text is then a str document.
        if (len >= 3 && data[0] == 0xef && data[1] == 0xbb && data[2] == 0xbf) {
            data += 3;
            len -= 3;
        }
        s = mp_obj_bytes_decode(data, len, MP_OBJ_NULL, MP_OBJ_NULL);
        is_text = true;
    }
    if (!is_text) {
        mp_raise_msg_varg(&mp_type_TypeError, "the JSON object must be str, bytes or bytearray, not %s", mp_obj_get_type_str(s));
    }
    s = mp_obj_get_native(s, &mp_type_str);
    data = (const byte *)mp_obj_str_get_data(s, &len);
    dec.doc = s;
    if (check_bom && len >= 3 && data[0] == 0xef && data[1] == 0xbb && data[2] == 0xbf) {
        dec.start = data;
        dec.end = data + len;
        json_error(&dec, "Unexpected UTF-8 BOM (decode using utf-8-sig)", data);
    }
    dec.start = data;
    dec.p = data;
    dec.end = data + len;
    dec.object_hook = opt_hook(vals[1].u_obj);
    dec.parse_float = opt_hook(vals[2].u_obj);
    dec.parse_int = opt_hook(vals[3].u_obj);
    dec.parse_constant = opt_hook(vals[4].u_obj);
    dec.object_pairs_hook = opt_hook(vals[5].u_obj);
    dec.strict = vals[6].u_obj == MP_OBJ_NULL || mp_obj_is_true(vals[6].u_obj);
    vstr_init(&dec.buf, 16);
    if (raw_idx >= 0) {
        const byte *p = data;
        for (mp_int_t i = 0; i < raw_idx && p < dec.end; i++) {
            p += utf8_char_size(p, dec.end - p);
        }
        dec.p = p;
        mp_obj_t v = parse(&dec);
        mp_obj_t r[2] = {v, mp_obj_new_int(utf8_charlen(data, dec.p - data))};
        return mp_obj_new_tuple(2, r);
    }
    skip_ws(&dec);
    mp_obj_t v = parse(&dec);
    skip_ws(&dec);
    if (dec.p < dec.end) {
        json_error(&dec, "Extra data", dec.p);
    }
    return v;
}

// loads(s, **kw) and load(fp, **kw) on the text read: through cls(**kw)
// if given, else with the keyword options.
static mp_obj_t loads_kw(qstr fname, mp_obj_t s, mp_map_t *kw) {
    mp_map_elem_t *cls = kw != NULL ? mp_map_lookup_qstr(kw, MP_QSTR_cls, MP_MAP_LOOKUP) : NULL;
    if (cls != NULL && cls->value != mp_const_none) {
        return call_cls(cls->value, kw, MP_QSTR_decode, s);
    }
    mp_arg_val_t vals[N_LOADS_ARGS];
    mp_arg_parse_all_named(fname, 0, NULL, kw, N_LOADS_ARGS, loads_args, vals);
    return do_loads(s, vals, -1);
}

static mp_obj_t json_loads(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    if (n_args != 1) {
        mp_raise_msg_varg(&mp_type_TypeError, "loads() takes 1 positional argument but %d were given", (int)n_args);
    }
    return loads_kw(MP_QSTR_loads, args[0], kw);
}
static MP_DEFINE_NAMED_FUN_OBJ_KW(json_loads_obj, MP_QSTR_loads, 1, json_loads);

static mp_obj_t json_load(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    if (n_args != 1) {
        mp_raise_msg_varg(&mp_type_TypeError, "load() takes 1 positional argument but %d were given", (int)n_args);
    }
    mp_obj_t dest[2];
    mp_load_method(args[0], MP_QSTR_read, dest);
    return loads_kw(MP_QSTR_load, mp_call_method_n_kw(0, 0, dest), kw);
}
static MP_DEFINE_NAMED_FUN_OBJ_KW(json_load_obj, MP_QSTR_load, 1, json_load);

// _raw_decode(s, idx, options): JSONDecoder.raw_decode.
static mp_obj_t json_raw_decode(mp_obj_t s, mp_obj_t idx_in, mp_obj_t opts) {
    if (!mp_obj_is_str(s)) {
        mp_raise_msg_varg(&mp_type_TypeError, "first argument must be a string, not %s", mp_obj_get_type_str(s));
    }
    mp_int_t idx = mp_obj_get_int(idx_in);
    if (idx < 0) {
        mp_raise_ValueError("idx cannot be negative");
    }
    mp_arg_val_t vals[N_LOADS_ARGS];
    mp_arg_parse_all_named(MP_QSTR_raw_decode, 0, NULL, mp_obj_dict_get_map(opts), N_LOADS_ARGS, loads_args, vals);
    return do_loads(s, vals, idx);
}
static MP_DEFINE_NAMED_FUN_OBJ_3(json_raw_decode_obj, MP_QSTR__raw_decode, json_raw_decode);

// __all__ names the lazily made classes too, so that "from json import *"
// fetches them (through __getattr__).
static const struct {
    mp_obj_base_t base;
    size_t len;
    mp_obj_t items[7];
} json_all = {
    {&mp_type_tuple}, 7, {
        MP_ROM_QSTR(MP_QSTR_dump), MP_ROM_QSTR(MP_QSTR_dumps), MP_ROM_QSTR(MP_QSTR_load),
        MP_ROM_QSTR(MP_QSTR_loads), MP_ROM_QSTR(MP_QSTR_JSONDecoder), MP_ROM_QSTR(MP_QSTR_JSONDecodeError),
        MP_ROM_QSTR(MP_QSTR_JSONEncoder),
    }
};

static const mp_rom_map_elem_t json_globals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_ujson)},
    {MP_ROM_QSTR(MP_QSTR_dumps), MP_ROM_PTR(&json_dumps_obj)},
    {MP_ROM_QSTR(MP_QSTR_dump), MP_ROM_PTR(&json_dump_obj)},
    {MP_ROM_QSTR(MP_QSTR_loads), MP_ROM_PTR(&json_loads_obj)},
    {MP_ROM_QSTR(MP_QSTR_load), MP_ROM_PTR(&json_load_obj)},
    {MP_ROM_QSTR(MP_QSTR___getattr__), MP_ROM_PTR(&json_getattr_obj)},
    {MP_ROM_QSTR(MP_QSTR___all__), MP_ROM_PTR(&json_all)},
};
static MP_DEFINE_CONST_DICT(json_globals, json_globals_table);
MP_DEFINE_CONST_MODULE(mp_module_json, json_globals);
