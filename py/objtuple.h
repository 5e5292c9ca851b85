// objtuple.h: tuple internals and the sequence helpers shared by tuple,
// list and the other container files (lexicographic comparison, repeat
// counts, count/index searches).
#ifndef MP_PY_OBJTUPLE_H
#define MP_PY_OBJTUPLE_H

#include "obj.h"

// Items of a native tuple or list (re-read after any call out: a list may
// have been resized by user code).
static inline void mp_seq_get_items(mp_obj_t o, size_t *len, mp_obj_t **items) {
    const mp_obj_base_t *b = (const mp_obj_base_t *)MP_OBJ_TO_PTR(o);
    if (b->type == &mp_type_tuple) {
        mp_obj_tuple_t *t = (mp_obj_tuple_t *)b;
        *len = t->len;
        *items = t->items;
    } else {
        mp_obj_list_t *l = (mp_obj_list_t *)b;
        *len = l->len;
        *items = l->items;
    }
}

// The native tuple of o (a tuple or an instance of a user subclass of
// tuple), or NULL.
mp_obj_tuple_t *mp_obj_tuple_native_maybe(mp_obj_t o);

// Lexicographic comparison of two native tuples or two native lists for
// op in LESS, MORE, EQUAL, LESS_EQUAL, MORE_EQUAL, NOT_EQUAL.
bool mp_seq_compare(mp_binary_op_t op, mp_obj_t a, mp_obj_t b);

// If o can be a repeat count (int, bool, __index__), store it in *n (huge
// values raise OverflowError) and return true; otherwise false.
bool mp_seq_get_repeat_count(mp_obj_t o, mp_int_t *n);

// Parse optional start/stop arguments of index(x[, start[, stop]]) against
// a sequence of length len (CPython clamping).
void mp_seq_get_start_stop(size_t n_args, const mp_obj_t *args, size_t len, size_t *start, size_t *stop);

// Create a tuple from any iterable (an exact tuple is returned as is).
mp_obj_t mp_obj_tuple_from_iterable(mp_obj_t iterable);

// CPython's argument-count checks of a builtin constructor or method:
// TypeError "<name>() takes no keyword arguments" if n_kw != 0 and not
// kw_ok, and "<name> expected [at least |at most ]<n> argument(s), got
// <n_args>" if n_args is outside [min, max]. The test is inline (a couple
// of compares with constants); only the raising is shared.
MP_NORETURN void mp_arg_raise_counts(const char *name, size_t n_args, size_t n_kw, bool kw_ok, size_t min, size_t max);
static inline void mp_arg_check_counts(const char *name, size_t n_args, size_t n_kw, bool kw_ok, size_t min, size_t max) {
    if ((n_kw != 0 && !kw_ok) || n_args < min || n_args > max) {
        mp_arg_raise_counts(name, n_args, n_kw, kw_ok, min, max);
    }
}

// TypeError "descriptor for '<tname>' objects doesn't apply to a '<type
// of o>' object": a method of builtin type tname called on another type.
MP_NORETURN void mp_raise_descriptor_error(const char *tname, mp_obj_t o);

// ValueError(fmt % repr(o)): fmt has one %s.
MP_NORETURN void mp_raise_ValueError_repr(const char *fmt, mp_obj_t o);

// Print container o by body(print, o) under the repr recursion guard
// (mp_repr_enter): a container met again inside its own repr prints as
// `again` instead. Shared by the container types' print slots.
void mp_print_guarded(const mp_print_t *print, mp_obj_t o, const char *again, void (*body)(const mp_print_t *print, mp_obj_t o));

#endif
