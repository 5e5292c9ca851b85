// vstr.c: the growable byte buffer (misc.h). Buffers live in the GC heap
// and grow geometrically so that appending is amortised O(1).
#include <stdio.h>
#include <stdarg.h>
#include "runtime.h"

void vstr_init(vstr_t *vstr, size_t alloc) {
    if (alloc < 1) {
        alloc = 1;
    }
    vstr->alloc = alloc;
    vstr->len = 0;
    vstr->buf = m_malloc_atomic(alloc + 1);
    vstr->fixed_buf = false;
}

void vstr_init_len(vstr_t *vstr, size_t len) {
    vstr_init(vstr, len);
    vstr->len = len;
}

void vstr_init_fixed_buf(vstr_t *vstr, size_t alloc, char *buf) {
    vstr->alloc = alloc - 1;  // room for the NUL
    vstr->len = 0;
    vstr->buf = buf;
    vstr->fixed_buf = true;
    buf[0] = '\0';
}

void vstr_clear(vstr_t *vstr) {
    if (!vstr->fixed_buf) {
        m_free(vstr->buf);
    }
    vstr->buf = NULL;
    vstr->alloc = vstr->len = 0;
}

vstr_t *vstr_new(size_t alloc) {
    vstr_t *v = m_new_obj(vstr_t);
    vstr_init(v, alloc);
    return v;
}

void vstr_free(vstr_t *vstr) {
    if (vstr != NULL) {
        vstr_clear(vstr);
        m_free(vstr);
    }
}

// Make room for size more bytes (plus the NUL); false if a fixed buffer is full.
static bool ensure(vstr_t *vstr, size_t size) {
    if (size > SIZE_MAX / 2 - vstr->len) {
        m_malloc_fail(size);
    }
    if (vstr->len + size <= vstr->alloc) {
        return true;
    }
    if (vstr->fixed_buf) {
        return false;
    }
    size_t na = vstr->alloc + vstr->alloc / 2 + 16;
    if (na < vstr->len + size) {
        na = vstr->len + size;
    }
    vstr->buf = m_realloc(vstr->buf, na + 1);
    vstr->alloc = na;
    return true;
}

char *vstr_null_terminated_str(vstr_t *vstr) {
    vstr->buf[vstr->len] = '\0';
    return vstr->buf;
}

void vstr_hint_size(vstr_t *vstr, size_t size) {
    ensure(vstr, size);
}

char *vstr_extend(vstr_t *vstr, size_t size) {
    if (!ensure(vstr, size)) {
        return NULL;
    }
    char *p = vstr->buf + vstr->len;
    vstr->len += size;
    vstr->buf[vstr->len] = '\0';
    return p;
}

char *vstr_add_len(vstr_t *vstr, size_t len) {
    return vstr_extend(vstr, len);
}

void vstr_add_strn(vstr_t *vstr, const char *str, size_t len) {
    if (!ensure(vstr, len)) {
        // fixed buffer: keep what fits
        len = vstr->alloc - vstr->len;
    }
    memmove(vstr->buf + vstr->len, str, len);
    vstr->len += len;
    vstr->buf[vstr->len] = '\0';
}

void vstr_add_byte(vstr_t *vstr, byte v) {
    char c = (char)v;
    vstr_add_strn(vstr, &c, 1);
}

void vstr_add_char(vstr_t *vstr, uint32_t c) {
    byte tmp[4];
    size_t n = utf8_encode(c, tmp);
    vstr_add_strn(vstr, (const char *)tmp, n);
}

void vstr_add_str(vstr_t *vstr, const char *str) {
    vstr_add_strn(vstr, str, strlen(str));
}

void vstr_ins_byte(vstr_t *vstr, size_t byte_pos, byte b) {
    if (byte_pos > vstr->len) {
        byte_pos = vstr->len;
    }
    if (!ensure(vstr, 1)) {
        return;
    }
    memmove(vstr->buf + byte_pos + 1, vstr->buf + byte_pos, vstr->len - byte_pos);
    vstr->buf[byte_pos] = (char)b;
    vstr->len++;
    vstr->buf[vstr->len] = '\0';
}

void vstr_ins_char(vstr_t *vstr, size_t char_pos, uint32_t chr) {
    byte tmp[4];
    size_t n = utf8_encode(chr, tmp);
    for (size_t i = 0; i < n; i++) {
        vstr_ins_byte(vstr, char_pos + i, tmp[i]);
    }
}

void vstr_cut_head_bytes(vstr_t *vstr, size_t n) {
    if (n > vstr->len) {
        n = vstr->len;
    }
    memmove(vstr->buf, vstr->buf + n, vstr->len - n);
    vstr->len -= n;
    vstr->buf[vstr->len] = '\0';
}

void vstr_cut_tail_bytes(vstr_t *vstr, size_t n) {
    vstr->len = n > vstr->len ? 0 : vstr->len - n;
    vstr->buf[vstr->len] = '\0';
}

void vstr_cut_out_bytes(vstr_t *vstr, size_t pos, size_t n) {
    if (pos >= vstr->len) {
        return;
    }
    if (n > vstr->len - pos) {
        n = vstr->len - pos;
    }
    memmove(vstr->buf + pos, vstr->buf + pos + n, vstr->len - pos - n);
    vstr->len -= n;
    vstr->buf[vstr->len] = '\0';
}

void vstr_printf(vstr_t *vstr, const char *fmt, ...) {
    mp_print_t p = mp_print_for_vstr(vstr);
    va_list ap;
    va_start(ap, fmt);
    mp_vprintf(&p, fmt, ap);
    va_end(ap);
}
