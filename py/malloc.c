// malloc.c: the m_malloc family (misc.h) over the GC heap: allocation
// failures become MemoryError, using the preallocated instance so that
// reporting needs no memory.
#include "runtime.h"

MP_NORETURN void m_malloc_fail(size_t num_bytes) {
    (void)num_bytes;
    if (gc_is_locked() && MP_STATE(memory_error_locked) != MP_OBJ_NULL) {
        mp_obj_exception_clear_traceback(MP_STATE(memory_error_locked));
        nlr_raise(MP_STATE(memory_error_locked));
    }
    if (MP_STATE(memory_error) != MP_OBJ_NULL) {
        mp_obj_exception_clear_traceback(MP_STATE(memory_error));
        nlr_raise(MP_STATE(memory_error));
    }
    mp_raise_msg(&mp_type_MemoryError, NULL);
}

void *m_malloc_maybe(size_t num_bytes) {
    return gc_alloc(num_bytes, 0);
}

static void *alloc_or_fail(size_t num_bytes, unsigned int flags) {
    void *p = gc_alloc(num_bytes, flags);
    if (p == NULL && num_bytes != 0) {
        m_malloc_fail(num_bytes);
    }
    return p;
}

void *m_malloc(size_t num_bytes) {
    return alloc_or_fail(num_bytes, 0);
}

void *m_malloc_atomic(size_t num_bytes) {
    return alloc_or_fail(num_bytes, GC_ALLOC_FLAG_ATOMIC);
}

void *m_malloc_with_finaliser(size_t num_bytes) {
    return alloc_or_fail(num_bytes, GC_ALLOC_FLAG_FINALISER);
}

void *m_realloc_maybe(void *ptr, size_t new_num_bytes) {
    if (ptr == NULL) {
        return gc_alloc(new_num_bytes, 0);
    }
    return gc_realloc(ptr, new_num_bytes, true);
}

void *m_realloc(void *ptr, size_t new_num_bytes) {
    void *p = m_realloc_maybe(ptr, new_num_bytes);
    if (p == NULL && new_num_bytes != 0) {
        m_malloc_fail(new_num_bytes);
    }
    return p;
}

void m_free(void *ptr) {
    if (ptr != NULL) {
        gc_free(ptr);
    }
}

// Preallocate the exceptions that report a failed allocation: when the
// heap is full or locked there is no memory to build them then.
void m_malloc_init(void) {
    if (MP_STATE(memory_error_locked) == MP_OBJ_NULL) {
        MP_STATE(memory_error_locked) = mp_obj_new_exception_msg(&mp_type_MemoryError,
            "memory allocation failed, heap is locked");
    }
}
