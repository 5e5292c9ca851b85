// modheapq.c: the uheapq module (importable as heapq): a binary min-heap
// kept in a plain list, ordered by the items' < operator (so user objects
// with __lt__ work). Comparisons may run user code that mutates the list,
// so the list's items and length are re-read after every comparison.
#include <string.h>
#include "runtime.h"
#include "objexcept.h"
#include "objmodule.h"
#include "objtype.h"
#include "objlist.h"

// The heap list argument of function fname; `one` for the one-argument
// functions (CPython says just "argument" for them).
static mp_obj_list_t *get_heap(mp_obj_t heap, const char *fname, bool one) {
    mp_obj_list_t *l = mp_obj_list_native_maybe(heap);
    if (l == NULL) {
        mp_raise_TypeError_varg("%s() argument %smust be list, not %s", fname, one ? "" : "1 ",
            heap == mp_const_none ? "None" : mp_obj_get_type_str(heap));
    }
    return l;
}

static inline bool less(mp_obj_t a, mp_obj_t b) {
    if (mp_obj_is_small_int(a) && mp_obj_is_small_int(b)) {
        return mp_small_int_value(a) < mp_small_int_value(b);
    }
    return mp_obj_is_true(mp_binary_op(MP_BINARY_OP_LESS, a, b));
}

static void check_size(mp_obj_list_t *l, size_t n) {
    if (l->len != n) {
        mp_raise_msg(&mp_type_RuntimeError, "list changed size during iteration");
    }
}

// Move the item at pos up towards start while it is smaller than its parent.
static void sift_down(mp_obj_list_t *l, size_t start, size_t pos) {
    size_t n = l->len;
    mp_obj_t item = l->items[pos];
    while (pos > start) {
        size_t parent = (pos - 1) >> 1;
        mp_obj_t p = l->items[parent];
        bool lt = less(item, p);
        check_size(l, n);
        if (!lt) {
            break;
        }
        l->items[pos] = p;
        pos = parent;
    }
    l->items[pos] = item;
}

// Fill the hole at pos by moving the smaller child up until a leaf, then
// sift the original item back down (as CPython does: fewer comparisons).
static void sift_up(mp_obj_list_t *l, size_t pos) {
    size_t n = l->len;
    size_t start = pos;
    mp_obj_t item = l->items[pos];
    size_t child = 2 * pos + 1;
    while (child < n) {
        size_t right = child + 1;
        if (right < n) {
            bool lt = less(l->items[child], l->items[right]);
            check_size(l, n);
            if (!lt) {
                child = right;
            }
        }
        l->items[pos] = l->items[child];
        pos = child;
        child = 2 * pos + 1;
    }
    l->items[pos] = item;
    sift_down(l, start, pos);
}

static mp_obj_t heapq_heappush(mp_obj_t heap, mp_obj_t item) {
    mp_obj_list_t *l = get_heap(heap, "heappush", false);
    mp_obj_list_append(MP_OBJ_FROM_PTR(l), item);
    sift_down(l, 0, l->len - 1);
    return mp_const_none;
}
static MP_DEFINE_NAMED_FUN_OBJ_2(heapq_heappush_obj, MP_QSTR_heappush, heapq_heappush);

// Replace the smallest item of a non-empty heap by item; return it.
static mp_obj_t replace_top(mp_obj_list_t *l, mp_obj_t item) {
    if (l->len == 0) {
        mp_raise_msg(&mp_type_IndexError, "index out of range");
    }
    mp_obj_t ret = l->items[0];
    l->items[0] = item;
    sift_up(l, 0);
    return ret;
}

static mp_obj_t heapq_heappop(mp_obj_t heap) {
    mp_obj_list_t *l = get_heap(heap, "heappop", true);
    if (l->len == 0) {
        mp_raise_msg(&mp_type_IndexError, "index out of range");
    }
    mp_obj_t last = l->items[--l->len];
    l->items[l->len] = MP_OBJ_NULL;
    if (l->len == 0) {
        return last;
    }
    return replace_top(l, last);
}
static MP_DEFINE_NAMED_FUN_OBJ_1(heapq_heappop_obj, MP_QSTR_heappop, heapq_heappop);

static mp_obj_t heapq_heapreplace(mp_obj_t heap, mp_obj_t item) {
    return replace_top(get_heap(heap, "heapreplace", false), item);
}
static MP_DEFINE_NAMED_FUN_OBJ_2(heapq_heapreplace_obj, MP_QSTR_heapreplace, heapq_heapreplace);

static mp_obj_t heapq_heappushpop(mp_obj_t heap, mp_obj_t item) {
    mp_obj_list_t *l = get_heap(heap, "heappushpop", false);
    if (l->len == 0 || !less(l->items[0], item)) {
        return item;
    }
    // (The comparison may have emptied the list: replace_top checks.)
    return replace_top(l, item);
}
static MP_DEFINE_NAMED_FUN_OBJ_2(heapq_heappushpop_obj, MP_QSTR_heappushpop, heapq_heappushpop);

static mp_obj_t heapq_heapify(mp_obj_t heap) {
    mp_obj_list_t *l = get_heap(heap, "heapify", true);
    for (size_t i = l->len / 2; i-- > 0;) {
        if (i >= l->len) {
            continue;
        }
        sift_up(l, i);
    }
    return mp_const_none;
}
static MP_DEFINE_NAMED_FUN_OBJ_1(heapq_heapify_obj, MP_QSTR_heapify, heapq_heapify);

// nsmallest/nlargest(n, iterable, key=None): a stable sort of the items (by
// key) and the first n; simple, and exactly CPython's results.
// The keyword arguments of fname: key= (always allowed) into vals[0],
// reverse= (if vals[1] is not NULL) into vals[1]; TypeError for others.
static void get_kwargs(mp_map_t *kw, const char *fname, mp_obj_t *vals[2]) {
    size_t cur = 0;
    mp_map_elem_t *e;
    while (kw != NULL && (e = mp_map_next(kw, &cur)) != NULL) {
        qstr q = mp_obj_is_str(e->key) ? mp_obj_str_get_qstr(e->key) : 0;
        if (q == MP_QSTR_key) {
            *vals[0] = e->value;
        } else if (q == MP_QSTR_reverse && vals[1] != NULL) {
            *vals[1] = e->value;
        } else {
            mp_raise_TypeError_varg("%s() got an unexpected keyword argument '%s'", fname, mp_obj_str_get_str(e->key));
        }
    }
}

static mp_obj_t n_extreme(size_t n_args, const mp_obj_t *args, mp_map_t *kw, bool largest) {
    const char *fname = largest ? "nlargest" : "nsmallest";
    mp_obj_t key = mp_const_none;
    mp_obj_t *kwvals[2] = {&key, NULL};
    get_kwargs(kw, fname, kwvals);
    if (n_args != 2) {
        mp_raise_TypeError_varg("%s() takes 2 positional arguments but %d were given", fname, (int)n_args);
    }
    mp_int_t n = mp_obj_get_int(args[0]);
    mp_obj_t list = mp_obj_list_from_iterable(args[1]);
    mp_obj_list_sort(list, key, largest);
    mp_obj_list_t *l = MP_OBJ_TO_PTR(list);
    if (n < 0) {
        n = 0;
    }
    if ((size_t)n < l->len) {
        l->len = n;
    }
    return list;
}

static mp_obj_t heapq_nsmallest(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    return n_extreme(n_args, args, kw, false);
}
static MP_DEFINE_NAMED_FUN_OBJ_KW(heapq_nsmallest_obj, MP_QSTR_nsmallest, 0, heapq_nsmallest);

static mp_obj_t heapq_nlargest(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    return n_extreme(n_args, args, kw, true);
}
static MP_DEFINE_NAMED_FUN_OBJ_KW(heapq_nlargest_obj, MP_QSTR_nlargest, 0, heapq_nlargest);

// ---------------------------------------------------------------------------
// merge(*iterables, key=None, reverse=False): a lazy iterator over the
// merged sorted inputs, using a heap of the inputs' current items. Ties go
// to the earlier input (stable), as in CPython.

typedef struct _merge_entry_t {
    mp_obj_t key;    // key(value), or value
    mp_obj_t value;
    mp_obj_t iter;
    size_t order;    // index of the input
} merge_entry_t;

typedef struct _merge_t {
    mp_obj_base_t base;
    mp_obj_t iterables;  // tuple, until started (then MP_OBJ_NULL)
    mp_obj_t key;        // MP_OBJ_NULL if none
    bool reverse;
    size_t n;            // live entries
    merge_entry_t *heap;
} merge_t;

// Whether entry a comes out before entry b.
static bool merge_before(merge_t *m, const merge_entry_t *a, const merge_entry_t *b) {
    if (m->reverse ? less(b->key, a->key) : less(a->key, b->key)) {
        return true;
    }
    if (m->reverse ? less(a->key, b->key) : less(b->key, a->key)) {
        return false;
    }
    return a->order < b->order;
}

// Restore the heap below position pos (its entry may have grown).
static void merge_sift(merge_t *m, size_t pos) {
    for (;;) {
        size_t best = pos, l = 2 * pos + 1, r = l + 1;
        if (l < m->n && merge_before(m, &m->heap[l], &m->heap[best])) {
            best = l;
        }
        if (r < m->n && merge_before(m, &m->heap[r], &m->heap[best])) {
            best = r;
        }
        if (best == pos) {
            return;
        }
        merge_entry_t t = m->heap[pos];
        m->heap[pos] = m->heap[best];
        m->heap[best] = t;
        pos = best;
    }
}

// Load the next item of entry e's input; false when the input is exhausted.
static bool merge_advance(merge_t *m, merge_entry_t *e) {
    mp_obj_t v = mp_iternext(e->iter);
    if (v == MP_OBJ_STOP_ITERATION) {
        return false;
    }
    e->value = v;
    e->key = m->key != MP_OBJ_NULL ? mp_call_function_1(m->key, v) : v;
    return true;
}

static mp_obj_t merge_iternext(mp_obj_t self_in) {
    merge_t *m = MP_OBJ_TO_PTR(self_in);
    if (m->iterables != MP_OBJ_NULL) {
        size_t n;
        mp_obj_t *items;
        mp_obj_tuple_get(m->iterables, &n, &items);
        m->iterables = MP_OBJ_NULL;
        m->heap = m_new(merge_entry_t, n ? n : 1);
        for (size_t i = 0; i < n; i++) {
            merge_entry_t *e = &m->heap[m->n];
            e->iter = mp_getiter(items[i], NULL);
            e->order = i;
            if (merge_advance(m, e)) {
                m->n++;
            }
        }
        for (size_t i = m->n / 2; i-- > 0;) {
            merge_sift(m, i);
        }
    }
    if (m->n == 0) {
        return MP_OBJ_STOP_ITERATION;
    }
    merge_entry_t *top = &m->heap[0];
    mp_obj_t v = top->value;
    if (!merge_advance(m, top)) {
        m->heap[0] = m->heap[--m->n];
        memset(&m->heap[m->n], 0, sizeof(merge_entry_t));
    }
    merge_sift(m, 0);
    return v;
}

static const mp_obj_type_t merge_type = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_ITER_IS_SELF,
    .name = MP_QSTR_generator,
    .getiter = mp_identity_getiter,
    .iternext = merge_iternext,
};

static mp_obj_t heapq_merge(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    merge_t *m = m_new_obj(merge_t);
    m->base.type = &merge_type;
    m->iterables = mp_obj_new_tuple(n_args, args);
    mp_obj_t key = mp_const_none, reverse = mp_const_false;
    mp_obj_t *kwvals[2] = {&key, &reverse};
    get_kwargs(kw, "merge", kwvals);
    m->key = key == mp_const_none ? MP_OBJ_NULL : key;
    m->reverse = mp_obj_is_true(reverse);
    return MP_OBJ_FROM_PTR(m);
}
static MP_DEFINE_NAMED_FUN_OBJ_KW(heapq_merge_obj, MP_QSTR_merge, 0, heapq_merge);

static const mp_rom_map_elem_t heapq_globals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_uheapq)},
    {MP_ROM_QSTR(MP_QSTR_heappush), MP_ROM_PTR(&heapq_heappush_obj)},
    {MP_ROM_QSTR(MP_QSTR_heappop), MP_ROM_PTR(&heapq_heappop_obj)},
    {MP_ROM_QSTR(MP_QSTR_heapify), MP_ROM_PTR(&heapq_heapify_obj)},
    {MP_ROM_QSTR(MP_QSTR_heapreplace), MP_ROM_PTR(&heapq_heapreplace_obj)},
    {MP_ROM_QSTR(MP_QSTR_heappushpop), MP_ROM_PTR(&heapq_heappushpop_obj)},
    {MP_ROM_QSTR(MP_QSTR_nsmallest), MP_ROM_PTR(&heapq_nsmallest_obj)},
    {MP_ROM_QSTR(MP_QSTR_nlargest), MP_ROM_PTR(&heapq_nlargest_obj)},
    {MP_ROM_QSTR(MP_QSTR_merge), MP_ROM_PTR(&heapq_merge_obj)},
};
static MP_DEFINE_CONST_DICT(heapq_globals, heapq_globals_table);
MP_DEFINE_CONST_MODULE(mp_module_heapq, heapq_globals);
