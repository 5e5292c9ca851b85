// objlist.h: list internals shared with the other container files and the
// builtins (sorted, list()), plus the repr recursion guard used by every
// mutable container's printer.
#ifndef MP_PY_OBJLIST_H
#define MP_PY_OBJLIST_H

#include "obj.h"

// The native list of o (a list or an instance of a user subclass of list),
// or NULL.
mp_obj_list_t *mp_obj_list_native_maybe(mp_obj_t o);

// list(iterable): always a new list.
mp_obj_t mp_obj_list_from_iterable(mp_obj_t iterable);
// list.extend(iterable) on a native list.
void mp_obj_list_extend(mp_obj_t list, mp_obj_t iterable);
// Stable in-place sort of a list (native list or subclass instance);
// key_fn may be MP_OBJ_NULL or None. Used by sorted().
void mp_obj_list_sort(mp_obj_t list, mp_obj_t key_fn, bool reverse);
// sort(*, key=None, reverse=False) as a builtin method object.
extern const mp_obj_fun_builtin_t mp_obj_list_sort_obj;

// Drop a native list's storage (it becomes empty).
void mp_obj_list_free_items(mp_obj_list_t *l);

// Recursion guard for repr of self-containing containers. enter returns
// true if o is already being printed (print "[...]" and do not call leave);
// otherwise the caller must call leave when done, also on exceptions.
bool mp_repr_enter(mp_obj_t o);
void mp_repr_leave(void);

// The iterator of a list. The VM's FOR_ITER inlines mp_obj_list_it_next.
typedef struct _mp_obj_list_it_t {
    mp_obj_base_t base;
    mp_obj_list_t *list;
    size_t cur;
} mp_obj_list_it_t;
extern const mp_obj_type_t mp_type_list_it;

static inline mp_obj_t mp_obj_list_it_next(mp_obj_list_it_t *it) {
    mp_obj_list_t *l = it->list;
    if (it->cur < l->len) {
        return l->items[it->cur++];
    }
    it->cur = (size_t)-1 / 2;  // exhausted for good, even if the list grows
    return MP_OBJ_STOP_ITERATION;
}

#endif
