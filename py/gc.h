// gc.h: the garbage collector. A mark-sweep, non-moving collector over one
// bounded heap region given by the port (-X heapsize). Roots are the C stack
// and registers (scanned conservatively), the interpreter state (mp_state)
// and ranges registered with gc_add_root. Heap blocks are also scanned
// conservatively word by word, except those allocated "atomic" (no
// pointers). So object types need no trace functions.
#ifndef MP_PY_GC_H
#define MP_PY_GC_H

#include "mpconfig.h"

void gc_init(void *start, void *end);
void gc_deinit(void);  // runs pending finalisers at exit

#define GC_ALLOC_FLAG_FINALISER (1)  // run the object's __del__ / type finaliser when freed
#define GC_ALLOC_FLAG_ATOMIC (2)     // contents are not scanned for pointers

// Returns NULL if no memory even after a collection. Memory is zeroed.
void *gc_alloc(size_t n_bytes, unsigned int alloc_flags);
void gc_free(void *ptr);
size_t gc_nbytes(const void *ptr);  // usable size of an allocation
void *gc_realloc(void *ptr, size_t n_bytes, bool allow_move);  // NULL on failure (ptr untouched)
void gc_collect(void);
bool gc_is_heap_ptr(const void *ptr);

// Lock: while locked, any allocation fails (micropython.heap_lock). Nested.
void gc_lock(void);
void gc_unlock(void);
bool gc_is_locked(void);
size_t gc_lock_depth(void);

// Automatic collection control (gc.enable/disable/threshold).
void gc_enable(bool enable);
bool gc_is_enabled(void);
void gc_set_threshold(mp_int_t bytes);  // -1: none
mp_int_t gc_get_threshold(void);

// Extra roots: a range of words scanned at every collection (for C static
// variables holding objects). Up to 64 ranges.
void gc_add_root(void *start, size_t n_words);

typedef struct _gc_info_t {
    size_t total;
    size_t used;
    size_t free;
    size_t max_free;   // largest free run, bytes
    size_t num_1block;
    size_t num_2block;
    size_t max_block;  // largest allocated block, bytes
} gc_info_t;
void gc_info(gc_info_t *info);
void gc_dump_info(void);
void gc_dump_alloc_table(void);  // block map of the used heap

#endif
