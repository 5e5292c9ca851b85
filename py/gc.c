// gc.c: the garbage collector (see gc.h for the contract).
//
// The heap is one region split into 16-byte blocks. Three side tables
// describe the blocks:
//   ATB (allocation table): 2 bits per block: FREE, HEAD (first block of
//       an allocation), TAIL (following blocks), MARK (a HEAD reached
//       during the current mark phase).
//   FTB (finaliser table): 1 bit per block, set on the HEAD of allocations
//       whose object must be finalised (__del__) before being freed.
//   NTB (no-scan table): 1 bit per block, set on the HEAD of atomic
//       allocations, whose contents are never scanned for pointers.
//
// Marking is conservative: any word that points into an allocated block
// (head or interior) keeps the whole allocation alive. Roots are the
// interpreter state struct, registered ranges and the C stack plus the
// registers spilled by setjmp. A small explicit mark stack bounds the C
// recursion; when it overflows the heap is rescanned for marked blocks
// until nothing new is found.
//
// Unreachable allocations with a finaliser are resurrected for one cycle:
// they (and what they reference) are marked, queued, and their __del__ runs
// once the sweep is over; the next collection frees them.
#include <stdio.h>
#include <setjmp.h>
#include "runtime.h"

#define BYTES_PER_BLOCK (16)
#define WORDS_PER_BLOCK (BYTES_PER_BLOCK / sizeof(mp_uint_t))
#define AT_FREE (0)
#define AT_HEAD (1)
#define AT_TAIL (2)
#define AT_MARK (3)
#define MARK_STACK_SIZE (512)
#define MAX_ROOTS (64)
#define FINALISER_QUEUE_SIZE (64)
#define GC_MIN_TRIGGER (4 * 1024 * 1024)

#if defined(MICROPY_SANITIZE) && MICROPY_SANITIZE
#include <sanitizer/asan_interface.h>
#define POISON(p, n) ASAN_POISON_MEMORY_REGION((p), (n))
#define UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION((p), (n))
#define NO_ASAN __attribute__((no_sanitize_address))
#else
#define POISON(p, n) ((void)0)
#define UNPOISON(p, n) ((void)0)
#define NO_ASAN
#endif

static struct {
    byte *atb;          // 4 blocks per byte
    byte *ftb;          // 8 blocks per byte
    byte *ntb;
    byte *pool_start;
    byte *pool_end;
    size_t n_blocks;
    size_t first_free;  // no free block below this index
    size_t alloc_hint;  // where the next search starts (next fit)
    size_t high_water;  // blocks at or above this index have never been used
    size_t lock_depth;
    bool auto_collect;
    bool collecting;
    bool running_finalisers;
    mp_int_t threshold;       // bytes allocated between automatic collections, -1 none
    size_t alloc_since_collect;
    size_t trigger;           // automatic collection after this many bytes
    size_t mark_sp;
    bool mark_overflow;
    size_t mark_stack[MARK_STACK_SIZE];
    struct { void **start; size_t n; } roots[MAX_ROOTS];
    size_t n_roots;
    void *finalise_queue[FINALISER_QUEUE_SIZE];
    size_t n_finalise;
} gc;

static inline unsigned atb_get(size_t b) {
    return (gc.atb[b >> 2] >> ((b & 3) * 2)) & 3;
}
static inline void atb_set(size_t b, unsigned v) {
    byte *p = &gc.atb[b >> 2];
    unsigned shift = (b & 3) * 2;
    *p = (byte)((*p & ~(3u << shift)) | (v << shift));
}
static inline bool bit_get(const byte *t, size_t b) {
    return (t[b >> 3] >> (b & 7)) & 1;
}
static inline void bit_set(byte *t, size_t b) {
    t[b >> 3] |= (byte)(1u << (b & 7));
}
static inline void bit_clear(byte *t, size_t b) {
    t[b >> 3] &= (byte) ~(1u << (b & 7));
}
static inline size_t block_of(const void *p) {
    return (size_t)((const byte *)p - gc.pool_start) / BYTES_PER_BLOCK;
}
static inline void *ptr_of(size_t b) {
    return gc.pool_start + b * BYTES_PER_BLOCK;
}
static size_t alloc_len(size_t head) {
    size_t b = head + 1;
    while (b < gc.n_blocks) {
        if ((b & 3) == 0 && b + 4 <= gc.n_blocks && gc.atb[b >> 2] == 0xAA) {
            b += 4;  // four tails at once
        } else if (atb_get(b) == AT_TAIL) {
            b++;
        } else {
            break;
        }
    }
    return b - head;
}

// Set blocks [from, to) to state `a` (AT_TAIL or AT_FREE), a byte (four
// blocks) at a time where possible: large allocations are common (big
// ints, big lists).
static void set_range(size_t from, size_t to, unsigned a) {
    size_t b = from;
    while (b < to && (b & 3) != 0) {
        atb_set(b++, a);
    }
    if (to - b >= 4) {
        size_t nbytes = (to - b) / 4;
        memset(&gc.atb[b >> 2], a * 0x55, nbytes);  // a repeated in the four 2-bit fields
        b += nbytes * 4;
    }
    while (b < to) {
        atb_set(b++, a);
    }
}

// The region must be zeroed already when the port defines
// MICROPY_GC_HEAP_ZEROED (fresh mmap/calloc memory): then the side tables
// are not written here and untouched heap pages never become resident.
void gc_init(void *start, void *end) {
    // Split the region: tables first, then the pool. Each block costs
    // 16 bytes of pool + 2+1+1 bits of tables.
    size_t total = (byte *)end - (byte *)start;
    size_t n_blocks = (total * 8) / (BYTES_PER_BLOCK * 8 + 4);
    size_t atb_bytes = (n_blocks + 3) / 4;
    size_t bit_bytes = (n_blocks + 7) / 8;
    memset(&gc, 0, sizeof(gc));
    gc.atb = start;
    gc.ftb = gc.atb + atb_bytes;
    gc.ntb = gc.ftb + bit_bytes;
    uintptr_t pool = (uintptr_t)(gc.ntb + bit_bytes);
    pool = (pool + BYTES_PER_BLOCK - 1) & ~(uintptr_t)(BYTES_PER_BLOCK - 1);
    gc.pool_start = (byte *)pool;
    gc.n_blocks = ((byte *)end - gc.pool_start) / BYTES_PER_BLOCK;
    if (gc.n_blocks > n_blocks) {
        gc.n_blocks = n_blocks;
    }
    gc.pool_end = gc.pool_start + gc.n_blocks * BYTES_PER_BLOCK;
#if !MICROPY_GC_HEAP_ZEROED
    memset(start, 0, gc.pool_start - (byte *)start);
#endif
    POISON(gc.pool_start, gc.pool_end - gc.pool_start);
    gc.auto_collect = true;
    gc.threshold = -1;
    gc.trigger = GC_MIN_TRIGGER;
}

bool gc_is_heap_ptr(const void *ptr) {
    return (const byte *)ptr >= gc.pool_start && (const byte *)ptr < gc.pool_end;
}

void gc_add_root(void *start, size_t n_words) {
    if (gc.n_roots < MAX_ROOTS) {
        gc.roots[gc.n_roots].start = start;
        gc.roots[gc.n_roots].n = n_words;
        gc.n_roots++;
    }
}

// ---- marking

// If word w points into an allocated block, mark its allocation and push it.
static inline void mark_candidate(mp_uint_t w) {
    const byte *p = (const byte *)(uintptr_t)w;
    if (p < gc.pool_start || p >= gc.pool_end) {
        return;
    }
    size_t b = block_of(p);
    unsigned a = atb_get(b);
    if (a == AT_FREE || a == AT_MARK) {
        return;
    }
    if (a == AT_TAIL) {
        do {
            b--;
            a = atb_get(b);
        } while (a == AT_TAIL);
        if (a != AT_HEAD) {
            return;
        }
    }
    atb_set(b, AT_MARK);
    if (bit_get(gc.ntb, b)) {
        return;
    }
    if (gc.mark_sp < MARK_STACK_SIZE) {
        gc.mark_stack[gc.mark_sp++] = b;
    } else {
        gc.mark_overflow = true;
    }
}

NO_ASAN static void scan_words(const void *start, size_t n_words) {
    const mp_uint_t *w = start;
    for (size_t i = 0; i < n_words; i++) {
        mark_candidate(w[i]);
    }
}

static void drain_mark_stack(void) {
    while (gc.mark_sp > 0) {
        size_t b = gc.mark_stack[--gc.mark_sp];
        scan_words(ptr_of(b), alloc_len(b) * WORDS_PER_BLOCK);
    }
}

static void mark_all(void) {
    drain_mark_stack();
    while (gc.mark_overflow) {
        gc.mark_overflow = false;
        for (size_t b = 0; b < gc.high_water; b++) {
            if (atb_get(b) == AT_MARK && !bit_get(gc.ntb, b)) {
                scan_words(ptr_of(b), alloc_len(b) * WORDS_PER_BLOCK);
                drain_mark_stack();
            }
        }
    }
}

NO_ASAN MP_NOINLINE static void scan_stack(void) {
    jmp_buf regs;  // spills callee-saved registers onto the stack
    // setjmp leaves parts of the buffer (the signal mask) unwritten: clear
    // it so stale stack garbage there cannot keep dead objects alive.
    memset(&regs, 0, sizeof(regs));
    setjmp(regs);
    volatile char here = 0;
    const char *lo = (const char *)&here;
    const char *hi = MP_STATE(stack_top);
    if (hi == NULL || hi < lo) {
        return;
    }
    lo = (const char *)((uintptr_t)lo & ~(uintptr_t)(sizeof(mp_uint_t) - 1));
    scan_words(lo, (hi - lo) / sizeof(mp_uint_t));
    scan_words(&regs, sizeof(regs) / (sizeof(mp_uint_t)));
}

// ---- finalisers and sweep

static void queue_finalisers(void) {
    for (size_t b = 0; b < gc.high_water; b++) {
        if ((b & 7) == 0 && gc.ftb[b >> 3] == 0) {
            b += 7;  // no finaliser among these eight blocks
            continue;
        }
        if (atb_get(b) == AT_HEAD && bit_get(gc.ftb, b)) {
            // Unreachable with a finaliser: keep it (and what it uses) for
            // one more cycle so that __del__ sees valid objects.
            atb_set(b, AT_MARK);
            if (gc.n_finalise < FINALISER_QUEUE_SIZE) {
                bit_clear(gc.ftb, b);
                gc.finalise_queue[gc.n_finalise++] = ptr_of(b);
            }
            if (!bit_get(gc.ntb, b)) {
                scan_words(ptr_of(b), alloc_len(b) * WORDS_PER_BLOCK);
            }
            mark_all();
        }
    }
}

static void sweep(void) {
    bool in_free = false;  // inside the tail of an allocation being freed
    size_t live = 0;
    size_t b = 0;
    while (b < gc.high_water) {
        // Whole ATB bytes first: four free blocks, or four tails (the body
        // of a large allocation), are settled without looking at each.
        if ((b & 3) == 0 && b + 4 <= gc.high_water) {
            byte x = gc.atb[b >> 2];
            if (x == 0x00) {
                in_free = false;
                b += 4;
                continue;
            }
            if (x == 0xAA) {  // AT_TAIL x 4
                if (in_free) {
                    gc.atb[b >> 2] = 0;
                    POISON(ptr_of(b), 4 * BYTES_PER_BLOCK);
                } else {
                    live += 4;
                }
                b += 4;
                continue;
            }
        }
        switch (atb_get(b)) {
            case AT_HEAD:
                in_free = true;
                atb_set(b, AT_FREE);
                bit_clear(gc.ntb, b);
                bit_clear(gc.ftb, b);
                POISON(ptr_of(b), BYTES_PER_BLOCK);
                if (b < gc.first_free) {
                    gc.first_free = b;
                }
                break;
            case AT_TAIL:
                if (in_free) {
                    atb_set(b, AT_FREE);
                    POISON(ptr_of(b), BYTES_PER_BLOCK);
                } else {
                    live++;
                }
                break;
            case AT_MARK:
                atb_set(b, AT_HEAD);
                in_free = false;
                live++;
                break;
            default:
                in_free = false;
                break;
        }
        b++;
    }
    // The next automatic collection comes after as much new allocation as
    // is live now (at least GC_MIN_TRIGGER): memory use stays within about
    // twice the live data, while collections stay proportionate.
    size_t live_bytes = live * BYTES_PER_BLOCK;
    gc.trigger = live_bytes > GC_MIN_TRIGGER ? live_bytes : GC_MIN_TRIGGER;
}

static void run_finalisers(void) {
    if (gc.running_finalisers) {
        return;
    }
    gc.running_finalisers = true;
    while (gc.n_finalise > 0) {
        void *obj = gc.finalise_queue[--gc.n_finalise];
        gc.finalise_queue[gc.n_finalise] = NULL;
        const mp_obj_base_t *base = obj;
        if (base->type == NULL) {
            continue;
        }
        nlr_buf_t nlr;
        if (nlr_push(&nlr) == 0) {
            mp_obj_t dest[2];
            mp_load_method_maybe(MP_OBJ_FROM_PTR(obj), MP_QSTR___del__, dest);
            if (dest[0] != MP_OBJ_NULL) {
                mp_call_method_n_kw(0, 0, dest);
            }
            nlr_pop();
        } else {
            // Exceptions in __del__ are ignored, as in CPython (which
            // prints a warning on stderr).
        }
    }
    gc.running_finalisers = false;
}

void gc_collect(void) {
    if (gc.collecting || gc.lock_depth > 0) {
        return;
    }
    gc.collecting = true;
    gc.mark_sp = 0;
    gc.mark_overflow = false;
    scan_words(&mp_state, ((mp_uint_t *)&mp_state.gc_scan_end) - (mp_uint_t *)&mp_state);
    for (size_t i = 0; i < gc.n_roots; i++) {
        scan_words(gc.roots[i].start, gc.roots[i].n);
    }
    scan_words(gc.finalise_queue, gc.n_finalise);
    mark_all();
    scan_stack();
    mark_all();
    queue_finalisers();
    sweep();
    gc.alloc_hint = gc.first_free;
    gc.alloc_since_collect = 0;
    gc.collecting = false;
    run_finalisers();
}

void gc_deinit(void) {
    // Finalise everything still alive that asked for it (open files,
    // unfinished generators), as the interpreter exits.
    for (size_t b = 0; b < gc.high_water; b++) {
        if (atb_get(b) == AT_HEAD && bit_get(gc.ftb, b) && gc.n_finalise < FINALISER_QUEUE_SIZE) {
            bit_clear(gc.ftb, b);
            gc.finalise_queue[gc.n_finalise++] = ptr_of(b);
            if (gc.n_finalise == FINALISER_QUEUE_SIZE) {
                run_finalisers();
            }
        }
    }
    run_finalisers();
}

// ---- allocation

// Find n free blocks in [start, end); returns the head index or SIZE_MAX.
// Whole ATB bytes (4 blocks) that are all free or all used are skipped at
// once, so a search over a mostly full heap stays cheap.
static size_t find_run(size_t start, size_t end, size_t n) {
    size_t run = 0;
    size_t b = start;
    while (b < end) {
        if ((b & 3) == 0 && b + 4 <= end) {
            byte x = gc.atb[b >> 2];
            if (x == 0) {
                if (run + 4 >= n) {
                    return b - run;
                }
                run += 4;
                b += 4;
                continue;
            }
            if (((x | (x >> 1)) & 0x55) == 0x55) {
                run = 0;
                b += 4;
                continue;
            }
        }
        if (atb_get(b) == AT_FREE) {
            if (++run == n) {
                return b + 1 - n;
            }
        } else {
            run = 0;
        }
        b++;
    }
    return SIZE_MAX;
}

// Next fit: search on from where the last allocation ended, then wrap
// around once. Allocation is then amortised O(1) between collections.
static void *alloc_blocks(size_t n) {
    size_t head = gc.alloc_hint;
    // Fast path for the small allocations that dominate (strings, tuples,
    // instances): the blocks at the hint are free, as they usually are in
    // swept or fresh memory. Otherwise search.
    if (n <= 4 && head + n <= gc.n_blocks) {
        size_t k = 0;
        while (k < n && atb_get(head + k) == AT_FREE) {
            k++;
        }
        if (k == n) {
            atb_set(head, AT_HEAD);
            for (k = 1; k < n; k++) {
                atb_set(head + k, AT_TAIL);
            }
            goto found;
        }
    }
    head = find_run(gc.alloc_hint, gc.n_blocks, n);
    if (head == SIZE_MAX) {
        size_t limit = gc.alloc_hint + n < gc.n_blocks ? gc.alloc_hint + n : gc.n_blocks;
        head = find_run(gc.first_free, limit, n);
        if (head == SIZE_MAX) {
            return NULL;
        }
    }
    atb_set(head, AT_HEAD);
    set_range(head + 1, head + n, AT_TAIL);
found:
    gc.alloc_hint = head + n;
    if (head + n > gc.high_water) {
        gc.high_water = head + n;
    }
    if (head == gc.first_free) {
        gc.first_free = head + n;
    }
    return ptr_of(head);
}

void *gc_alloc(size_t n_bytes, unsigned int alloc_flags) {
    if (gc.lock_depth > 0 || gc.pool_start == NULL) {
        return NULL;
    }
    if (n_bytes == 0) {
        n_bytes = 1;
    }
    if (n_bytes > (size_t)(gc.pool_end - gc.pool_start)) {
        return NULL;
    }
    size_t n = (n_bytes + BYTES_PER_BLOCK - 1) / BYTES_PER_BLOCK;
#if MICROPY_GC_STRESS
    gc_collect();
#else
    if (gc.auto_collect && !gc.collecting
        && (gc.alloc_since_collect >= gc.trigger
            || (gc.threshold >= 0 && gc.alloc_since_collect >= (size_t)gc.threshold))) {
        gc_collect();
    }
#endif
    void *p = alloc_blocks(n);
    if (p == NULL && gc.auto_collect && !gc.collecting) {
        gc_collect();
        p = alloc_blocks(n);
    }
    if (p == NULL) {
        return NULL;
    }
    size_t b = block_of(p);
    if (alloc_flags & GC_ALLOC_FLAG_FINALISER) {
        bit_set(gc.ftb, b);
    }
    if (alloc_flags & GC_ALLOC_FLAG_ATOMIC) {
        bit_set(gc.ntb, b);
    }
    UNPOISON(p, n * BYTES_PER_BLOCK);
    if (n <= 2) {
        // (inline stores: a libc memset call costs more than the clearing)
        uint64_t *w = p;
        w[0] = w[1] = 0;
        if (n == 2) {
            w[2] = w[3] = 0;
        }
    } else {
        memset(p, 0, n * BYTES_PER_BLOCK);
    }
    gc.alloc_since_collect += n * BYTES_PER_BLOCK;
    return p;
}

void gc_free(void *ptr) {
    if (gc.lock_depth > 0 || gc.collecting || !gc_is_heap_ptr(ptr)) {
        return;
    }
    size_t b = block_of(ptr);
    if (atb_get(b) != AT_HEAD || ptr_of(b) != ptr) {
        return;
    }
    size_t n = alloc_len(b);
    set_range(b, b + n, AT_FREE);
    bit_clear(gc.ftb, b);
    bit_clear(gc.ntb, b);
    POISON(ptr, n * BYTES_PER_BLOCK);
    if (b < gc.first_free) {
        gc.first_free = b;
    }
}

size_t gc_nbytes(const void *ptr) {
    if (!gc_is_heap_ptr(ptr)) {
        return 0;
    }
    size_t b = block_of(ptr);
    unsigned a = atb_get(b);
    if ((a != AT_HEAD && a != AT_MARK) || ptr_of(b) != ptr) {
        return 0;
    }
    return alloc_len(b) * BYTES_PER_BLOCK;
}

void *gc_realloc(void *ptr, size_t n_bytes, bool allow_move) {
    if (ptr == NULL) {
        return gc_alloc(n_bytes, 0);
    }
    if (gc.lock_depth > 0) {
        return NULL;
    }
    size_t old_bytes = gc_nbytes(ptr);
    if (old_bytes == 0) {
        return NULL;
    }
    if (n_bytes == 0) {
        n_bytes = 1;
    }
    size_t b = block_of(ptr);
    size_t old_n = old_bytes / BYTES_PER_BLOCK;
    size_t new_n = (n_bytes + BYTES_PER_BLOCK - 1) / BYTES_PER_BLOCK;
    if (new_n == old_n) {
        return ptr;
    }
    if (new_n < old_n) {
        set_range(b + new_n, b + old_n, AT_FREE);
        POISON(ptr_of(b + new_n), (old_n - new_n) * BYTES_PER_BLOCK);
        if (b + new_n < gc.first_free) {
            gc.first_free = b + new_n;
        }
        return ptr;
    }
    // Grow in place when the following blocks are free.
    size_t end = b + old_n;
    size_t need = new_n - old_n;
    size_t got = 0;
    while (got < need && end + got < gc.n_blocks && atb_get(end + got) == AT_FREE) {
        got++;
    }
    if (got == need) {
        set_range(end, end + need, AT_TAIL);
        if (end + need > gc.high_water) {
            gc.high_water = end + need;
        }
        UNPOISON(ptr_of(end), need * BYTES_PER_BLOCK);
        memset(ptr_of(end), 0, need * BYTES_PER_BLOCK);
        gc.alloc_since_collect += need * BYTES_PER_BLOCK;
        return ptr;
    }
    if (!allow_move) {
        return NULL;
    }
    unsigned flags = (bit_get(gc.ftb, b) ? GC_ALLOC_FLAG_FINALISER : 0) | (bit_get(gc.ntb, b) ? GC_ALLOC_FLAG_ATOMIC : 0);
    void *np = gc_alloc(n_bytes, flags);
    if (np == NULL) {
        return NULL;
    }
    memcpy(np, ptr, old_bytes);
    gc_free(ptr);
    return np;
}

// ---- control

void gc_lock(void) {
    gc.lock_depth++;
}
void gc_unlock(void) {
    if (gc.lock_depth > 0) {
        gc.lock_depth--;
    }
}
bool gc_is_locked(void) {
    return gc.lock_depth > 0;
}
size_t gc_lock_depth(void) {
    return gc.lock_depth;
}
void gc_enable(bool enable) {
    gc.auto_collect = enable;
}
bool gc_is_enabled(void) {
    return gc.auto_collect;
}
void gc_set_threshold(mp_int_t bytes) {
    gc.threshold = bytes;
}
mp_int_t gc_get_threshold(void) {
    return gc.threshold;
}

void gc_info(gc_info_t *info) {
    memset(info, 0, sizeof(*info));
    info->total = gc.n_blocks * BYTES_PER_BLOCK;
    size_t free_run = 0;
    for (size_t b = 0; b < gc.high_water; b++) {
        unsigned a = atb_get(b);
        if (a == AT_FREE) {
            info->free += BYTES_PER_BLOCK;
            free_run++;
            if (free_run * BYTES_PER_BLOCK > info->max_free) {
                info->max_free = free_run * BYTES_PER_BLOCK;
            }
        } else {
            free_run = 0;
            if (a == AT_HEAD || a == AT_MARK) {
                size_t n = alloc_len(b);
                if (n == 1) {
                    info->num_1block++;
                } else if (n == 2) {
                    info->num_2block++;
                }
                if (n * BYTES_PER_BLOCK > info->max_block) {
                    info->max_block = n * BYTES_PER_BLOCK;
                }
            }
        }
    }
    size_t untouched = gc.n_blocks - gc.high_water;
    info->free += untouched * BYTES_PER_BLOCK;
    if ((free_run + untouched) * BYTES_PER_BLOCK > info->max_free) {
        info->max_free = (free_run + untouched) * BYTES_PER_BLOCK;
    }
    info->used = info->total - info->free;
}

void gc_dump_info(void) {
    gc_info_t info;
    gc_info(&info);
    mp_printf(&mp_plat_print, "GC: total: %u, used: %u, free: %u\n",
        (unsigned)info.total, (unsigned)info.used, (unsigned)info.free);
    mp_printf(&mp_plat_print, " No. of 1-blocks: %u, 2-blocks: %u, max blk sz: %u, max free sz: %u\n",
        (unsigned)info.num_1block, (unsigned)info.num_2block,
        (unsigned)(info.max_block / BYTES_PER_BLOCK), (unsigned)(info.max_free / BYTES_PER_BLOCK));
}

// A map of the used part of the heap, 64 blocks a line: '.' free,
// 'h' head of an allocation, '=' its tail (micropython.mem_info(1)).
void gc_dump_alloc_table(void) {
    static const char chars[4] = {'.', 'h', '=', 'm'};
    mp_printf(&mp_plat_print, "GC memory layout; from %p:", gc.pool_start);
    char line[64];
    for (size_t b = 0; b < gc.high_water; b += 64) {
        size_t n = gc.high_water - b < 64 ? gc.high_water - b : 64;
        for (size_t i = 0; i < n; i++) {
            line[i] = chars[atb_get(b + i)];
        }
        mp_printf(&mp_plat_print, "\n%08x: %.*s", (unsigned)(b * BYTES_PER_BLOCK), (int)n, line);
    }
    mp_printf(&mp_plat_print, "\n(%u blocks unused above)\n", (unsigned)(gc.n_blocks - gc.high_water));
}
