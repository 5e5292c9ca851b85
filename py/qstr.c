// qstr.c: the interned-string table (see qstr.h).
//
// Predefined qstrs come from the generated header and live in a const
// table; qstrs made at run time (identifiers in compiled code, attribute
// names from getattr...) are appended to a growable array. A hash index
// (open addressing, linear probing) maps text to qstr for interning.
// Interned strings live for the whole run, so their memory comes from the C
// allocator rather than the GC heap.
#include <stdlib.h>
#include "runtime.h"

typedef struct {
    mp_uint_t hash;
    size_t len;
    const char *data;
} qstr_entry_t;

// The predefined texts back to back, each NUL-terminated, in qstr order
// from MP_QSTR_ (the empty string) on: one array rather than a table of
// pointers, which cost 8 bytes per qstr. qstr_init walks it once.
static const char static_pool[] =
    "\0"
#define QDEF(id, str) str "\0"
#include "genhdr/qstrdefs.generated.h"
#undef QDEF
;

static struct {
    qstr_entry_t *entries;
    size_t n, alloc;
    uint32_t *index;  // qstr numbers; 0 = empty
    size_t index_mask;
    size_t total_bytes;
} qs;

static void oom(void) {
    // The C allocator failing is fatal for interning; report as MemoryError.
    m_malloc_fail(0);
}

static void index_insert(qstr q) {
    size_t i = qs.entries[q].hash & qs.index_mask;
    while (qs.index[i] != 0) {
        i = (i + 1) & qs.index_mask;
    }
    qs.index[i] = q;
}

static void index_grow(void) {
    size_t slots = (qs.index_mask + 1) * 2;
    uint32_t *ni = calloc(slots, sizeof(uint32_t));
    if (ni == NULL) {
        oom();
    }
    free(qs.index);
    qs.index = ni;
    qs.index_mask = slots - 1;
    for (qstr q = 1; q < qs.n; q++) {
        index_insert(q);
    }
}

static qstr add_entry(const char *data, size_t len, mp_uint_t hash) {
    if (qs.n == qs.alloc) {
        size_t na = qs.alloc * 2;
        qstr_entry_t *ne = realloc(qs.entries, na * sizeof(qstr_entry_t));
        if (ne == NULL) {
            oom();
        }
        qs.entries = ne;
        qs.alloc = na;
    }
    qstr q = (qstr)qs.n++;
    qs.entries[q].hash = hash;
    qs.entries[q].len = len;
    qs.entries[q].data = data;
    qs.total_bytes += len + 1;
    if (qs.n * 3 > (qs.index_mask + 1) * 2) {
        index_grow();
    } else {
        index_insert(q);
    }
    return q;
}

void qstr_init(void) {
    size_t n_static = MP_QSTRnumber_of_static;
    qs.alloc = n_static + 256;
    qs.entries = malloc(qs.alloc * sizeof(qstr_entry_t));
    qs.index_mask = 1023;
    while ((qs.index_mask + 1) < n_static * 2) {
        qs.index_mask = qs.index_mask * 2 + 1;
    }
    qs.index = calloc(qs.index_mask + 1, sizeof(uint32_t));
    if (qs.entries == NULL || qs.index == NULL) {
        abort();
    }
    qs.n = 1;
    qs.entries[0].hash = 0;
    qs.entries[0].len = 0;
    qs.entries[0].data = "";
    const char *p = static_pool;
    for (size_t i = 1; i < n_static; i++) {
        size_t len = strlen(p);
        add_entry(p, len, mp_str_hash((const byte *)p, len));
        p += len + 1;
    }
}

qstr qstr_find_strn(const char *str, size_t len) {
    mp_uint_t hash = mp_str_hash((const byte *)str, len);
    for (size_t i = hash & qs.index_mask;; i = (i + 1) & qs.index_mask) {
        qstr q = qs.index[i];
        if (q == 0) {
            return MP_QSTRnull;
        }
        const qstr_entry_t *e = &qs.entries[q];
        if (e->hash == hash && e->len == len && memcmp(e->data, str, len) == 0) {
            return q;
        }
    }
}

qstr qstr_from_strn(const char *str, size_t len) {
    qstr q = qstr_find_strn(str, len);
    if (q != MP_QSTRnull) {
        return q;
    }
    if (len == 0) {
        return MP_QSTR_;
    }
    char *copy = malloc(len + 1);
    if (copy == NULL) {
        oom();
    }
    memcpy(copy, str, len);
    copy[len] = '\0';
    return add_entry(copy, len, mp_str_hash((const byte *)str, len));
}

qstr qstr_from_str(const char *str) {
    return qstr_from_strn(str, strlen(str));
}

const char *qstr_str(qstr q) {
    return qs.entries[q].data;
}

const byte *qstr_data(qstr q, size_t *len) {
    *len = qs.entries[q].len;
    return (const byte *)qs.entries[q].data;
}

size_t qstr_len(qstr q) {
    return qs.entries[q].len;
}

mp_uint_t qstr_hash(qstr q) {
    return qs.entries[q].hash;
}

size_t qstr_count(void) {
    return qs.n;
}

size_t qstr_total_bytes(void) {
    return qs.total_bytes;
}
