// misc.h: small utilities shared by the core: the growable byte buffer
// (vstr), memory allocation wrappers over the GC, UTF-8 helpers.
#ifndef MP_PY_MISC_H
#define MP_PY_MISC_H

#include "mpconfig.h"

// Memory: all core allocations come from the GC heap (gc.c). m_malloc and
// friends raise MemoryError when the heap is exhausted even after a
// collection; the _maybe forms return NULL instead. Memory is zeroed.
void *m_malloc(size_t num_bytes);
void *m_malloc_maybe(size_t num_bytes);
// For data that holds no pointers (string bytes, float arrays): not scanned.
void *m_malloc_atomic(size_t num_bytes);
void *m_malloc_with_finaliser(size_t num_bytes);
void *m_realloc(void *ptr, size_t new_num_bytes);
void *m_realloc_maybe(void *ptr, size_t new_num_bytes);
void m_free(void *ptr);
MP_NORETURN void m_malloc_fail(size_t num_bytes);
// Preallocates the MemoryError instances (called by mp_init's caller).
void m_malloc_init(void);

#define m_new(type, num) ((type *)(m_malloc(sizeof(type) * (num))))
#define m_new_maybe(type, num) ((type *)(m_malloc_maybe(sizeof(type) * (num))))
#define m_new0(type, num) m_new(type, num)
#define m_new_obj(type) (m_new(type, 1))
#define m_new_obj_maybe(type) (m_new_maybe(type, 1))
#define m_new_obj_var(obj_type, var_type, var_num) ((obj_type *)m_malloc(sizeof(obj_type) + sizeof(var_type) * (var_num)))
#define m_new_obj_with_finaliser(type) ((type *)(m_malloc_with_finaliser(sizeof(type))))
#define m_renew(type, ptr, old_num, new_num) ((type *)(m_realloc((ptr), sizeof(type) * (new_num))))
#define m_renew_maybe(type, ptr, old_num, new_num) ((type *)(m_realloc_maybe((ptr), sizeof(type) * (new_num))))
#define m_del(type, ptr, num) m_free(ptr)
#define m_del_obj(type, ptr) m_free(ptr)

// vstr: a growable byte buffer in the GC heap, always kept NUL-terminated
// after len so that vstr_null_terminated_str is cheap.
typedef struct _vstr_t {
    size_t alloc;
    size_t len;
    char *buf;
    bool fixed_buf;  // buf is caller-provided; overflow truncates
} vstr_t;

void vstr_init(vstr_t *vstr, size_t alloc);
void vstr_init_len(vstr_t *vstr, size_t len);  // len bytes, uninitialised
void vstr_init_fixed_buf(vstr_t *vstr, size_t alloc, char *buf);
void vstr_clear(vstr_t *vstr);  // frees the buffer
vstr_t *vstr_new(size_t alloc);
void vstr_free(vstr_t *vstr);
static inline void vstr_reset(vstr_t *vstr) { vstr->len = 0; }
static inline char *vstr_str(vstr_t *vstr) { return vstr->buf; }
static inline size_t vstr_len(vstr_t *vstr) { return vstr->len; }
char *vstr_null_terminated_str(vstr_t *vstr);
char *vstr_extend(vstr_t *vstr, size_t size);     // grow len by size, return pointer to new bytes
char *vstr_add_len(vstr_t *vstr, size_t len);     // same as vstr_extend
void vstr_hint_size(vstr_t *vstr, size_t size);   // ensure room for size more bytes
void vstr_add_byte(vstr_t *vstr, byte v);
void vstr_add_char(vstr_t *vstr, uint32_t codepoint);  // UTF-8 encodes
void vstr_add_str(vstr_t *vstr, const char *str);
void vstr_add_strn(vstr_t *vstr, const char *str, size_t len);
void vstr_ins_byte(vstr_t *vstr, size_t byte_pos, byte b);
void vstr_ins_char(vstr_t *vstr, size_t char_pos, uint32_t chr);
void vstr_cut_head_bytes(vstr_t *vstr, size_t bytes_to_cut);
void vstr_cut_tail_bytes(vstr_t *vstr, size_t bytes_to_cut);
void vstr_cut_out_bytes(vstr_t *vstr, size_t byte_pos, size_t bytes_to_cut);
void vstr_printf(vstr_t *vstr, const char *fmt, ...);

// UTF-8 (unicode.c).
// Decode one code point at *s (advancing *s); invalid bytes decode as themselves.
uint32_t utf8_get_char(const byte **s);
size_t utf8_charlen(const byte *s, size_t len);  // number of code points
bool utf8_is_valid(const byte *s, size_t len);
size_t utf8_encode(uint32_t c, byte *out);       // writes 1..4 bytes
static inline bool utf8_is_cont(byte b) { return (b & 0xC0) == 0x80; }
bool unichar_isspace(uint32_t c);
bool unichar_isalpha(uint32_t c);
bool unichar_isdigit(uint32_t c);
bool unichar_isxdigit(uint32_t c);
bool unichar_isident(uint32_t c);   // letter, digit, '_' or non-ASCII
bool unichar_isupper(uint32_t c);
bool unichar_islower(uint32_t c);
uint32_t unichar_tolower(uint32_t c);
uint32_t unichar_toupper(uint32_t c);
int unichar_xdigit_value(uint32_t c);

#endif
