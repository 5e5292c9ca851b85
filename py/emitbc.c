// emitbc.c: bytecode emitter (see emitbc.h).
#include <string.h>
#include "emitbc.h"
#include "runtime.h"

void mp_emit_init(emit_t *e, size_t first_line) {
    memset(e, 0, sizeof(*e));
    e->alloc = 64;
    e->code = m_malloc_atomic(e->alloc);
    e->lines_alloc = 16;
    e->lines = m_malloc_atomic(e->lines_alloc);
    e->first_line = first_line;
    e->last_line = first_line;
    e->cur_line = first_line;
}

static void grow(byte **buf, size_t *alloc, size_t need) {
    if (need > *alloc) {
        size_t na = *alloc * 2;
        while (na < need) {
            na *= 2;
        }
        *buf = m_realloc(*buf, na);
        *alloc = na;
    }
}

static inline void put_byte(emit_t *e, byte b) {
    if (e->len >= e->alloc) {
        grow(&e->code, &e->alloc, e->len + 1);
    }
    e->code[e->len++] = b;
}

size_t mp_emit_new_label(emit_t *e) {
    if (e->n_labels >= e->alloc_labels) {
        size_t na = e->alloc_labels ? e->alloc_labels * 2 : 16;
        e->label_off = m_renew(int32_t, e->label_off, e->alloc_labels, na);
        e->label_depth = m_renew(int32_t, e->label_depth, e->alloc_labels, na);
        e->alloc_labels = na;
    }
    e->label_off[e->n_labels] = -1;
    e->label_depth[e->n_labels] = -1;
    return e->n_labels++;
}

static void note_depth(emit_t *e) {
    if (e->depth + e->extra > e->max_depth) {
        e->max_depth = e->depth + e->extra;
    }
}

void mp_emit_label(emit_t *e, size_t label) {
    e->label_off[label] = (int32_t)e->len;
    if (e->label_depth[label] >= 0) {
        if (e->unreachable || e->label_depth[label] > e->depth) {
            e->depth = e->label_depth[label];
        }
    }
    e->unreachable = false;
    note_depth(e);
}

void mp_emit_label_set_depth(emit_t *e, size_t label, int depth) {
    e->label_depth[label] = depth;
    if (depth + e->extra > e->max_depth) {
        e->max_depth = depth + e->extra;
    }
}

void mp_emit_set_line(emit_t *e, size_t line) {
    e->cur_line = line;
}

static void put_line_pair(emit_t *e, size_t bc_delta, int line_delta) {
    if (e->lines_len + 2 > e->lines_alloc) {
        grow(&e->lines, &e->lines_alloc, e->lines_len + 2);
    }
    e->lines[e->lines_len++] = (byte)bc_delta;
    e->lines[e->lines_len++] = (byte)(int8_t)line_delta;
}

static void flush_line(emit_t *e) {
    if (e->cur_line == e->last_line || MP_STATE(opt_level) >= 3) {
        return;  // (no line numbers are kept at optimisation level 3)
    }
    size_t bc_delta = e->len - e->last_line_off;
    long line_delta = (long)e->cur_line - (long)e->last_line;
    while (bc_delta > 255) {
        put_line_pair(e, 255, 0);
        bc_delta -= 255;
    }
    while (line_delta > 127) {
        put_line_pair(e, bc_delta, 127);
        bc_delta = 0;
        line_delta -= 127;
    }
    while (line_delta < -127) {
        put_line_pair(e, bc_delta, -127);
        bc_delta = 0;
        line_delta += 127;
    }
    put_line_pair(e, bc_delta, (int)line_delta);
    e->last_line_off = e->len;
    e->last_line = e->cur_line;
}

bool mp_emit_op(emit_t *e, mp_bc_opcode_t op, int delta) {
    if (e->unreachable) {
        e->emitting = false;
        return false;
    }
    e->emitting = true;
    flush_line(e);
    put_byte(e, (byte)op);
    e->depth += delta;
    note_depth(e);
    if (op == MP_BC_JUMP || op == MP_BC_RETURN_VALUE || op == MP_BC_RAISE_VARARGS || op == MP_BC_UNWIND_JUMP) {
        // RAISE_VARARGS: any operand; the caller finishes the operands
        e->unreachable = true;
    }
    return true;
}

// Operand helpers follow mp_emit_op even when that op made the position
// unreachable, so they test whether the last op was actually emitted.

void mp_emit_uint(emit_t *e, size_t v) {
    if (!e->emitting) {
        return;
    }
    do {
        byte b = v & 0x7f;
        v >>= 7;
        if (v) {
            b |= 0x80;
        }
        put_byte(e, b);
    } while (v);
}

void mp_emit_sint(emit_t *e, mp_int_t v) {
    mp_emit_uint(e, (size_t)(((uint64_t)v << 1) ^ (uint64_t)(v >> 63)));
}

void mp_emit_byte(emit_t *e, byte b) {
    if (!e->emitting) {
        return;
    }
    put_byte(e, b);
}

void mp_emit_op0(emit_t *e, mp_bc_opcode_t op, int delta) {
    e->emitting = mp_emit_op(e, op, delta);
}

void mp_emit_op_u(emit_t *e, mp_bc_opcode_t op, size_t u, int delta) {
    e->emitting = mp_emit_op(e, op, delta);
    mp_emit_uint(e, u);
}

void mp_emit_op_b(emit_t *e, mp_bc_opcode_t op, byte b, int delta) {
    e->emitting = mp_emit_op(e, op, delta);
    mp_emit_byte(e, b);
}

static void add_fixup(emit_t *e, size_t pos, size_t end, size_t label) {
    if (e->n_fixups >= e->alloc_fixups) {
        size_t na = e->alloc_fixups ? e->alloc_fixups * 2 : 16;
        e->fixups = m_renew(emit_fixup_t, e->fixups, e->alloc_fixups, na);
        e->alloc_fixups = na;
    }
    e->fixups[e->n_fixups].pos = (uint32_t)pos;
    e->fixups[e->n_fixups].end = (uint32_t)end;
    e->fixups[e->n_fixups].label = (uint32_t)label;
    e->n_fixups++;
}

static void record_target_depth(emit_t *e, size_t label, int depth) {
    if (e->label_depth[label] < depth) {
        e->label_depth[label] = depth;
    }
    if (depth + e->extra > e->max_depth) {
        e->max_depth = depth + e->extra;
    }
}

void mp_emit_jump(emit_t *e, mp_bc_opcode_t op, size_t label, int delta, int target_delta) {
    if (e->unreachable) {
        e->emitting = false;
        return;
    }
    record_target_depth(e, label, e->depth + target_delta);
    e->emitting = mp_emit_op(e, op, delta);
    size_t pos = e->len;
    put_byte(e, 0);
    put_byte(e, 0);
    add_fixup(e, pos, e->len, label);
}

void mp_emit_unwind_jump(emit_t *e, size_t label, size_t n_blocks) {
    if (e->unreachable) {
        e->emitting = false;
        return;
    }
    e->emitting = mp_emit_op(e, MP_BC_UNWIND_JUMP, 0);
    size_t pos = e->len;
    put_byte(e, 0);
    put_byte(e, 0);
    put_byte(e, (byte)n_blocks);
    add_fixup(e, pos, e->len, label);
}

size_t mp_emit_add_const(emit_t *e, mp_obj_t o) {
    // share equal str/bytes constants and identical objects (looking only
    // at recent ones, to stay linear on big data tables)
    for (size_t i = e->n_consts > 64 ? e->n_consts - 64 : 0; i < e->n_consts; i++) {
        mp_obj_t c = e->consts[i];
        if (c == o) {
            return i;
        }
        if (mp_obj_is_obj(o) && mp_obj_is_obj(c)) {
            const mp_obj_type_t *t = mp_obj_get_type(o);
            if ((t == &mp_type_str || t == &mp_type_bytes) && mp_obj_get_type(c) == t) {
                size_t la, lb;
                const char *a = mp_obj_str_get_data(o, &la);
                const char *b = mp_obj_str_get_data(c, &lb);
                if (la == lb && memcmp(a, b, la) == 0) {
                    return i;
                }
            }
        }
    }
    if (e->n_consts >= e->alloc_consts) {
        size_t na = e->alloc_consts ? e->alloc_consts * 2 : 8;
        e->consts = m_renew(mp_obj_t, e->consts, e->alloc_consts, na);
        e->alloc_consts = na;
    }
    e->consts[e->n_consts] = o;
    return e->n_consts++;
}

void mp_emit_load_const_obj(emit_t *e, mp_obj_t o) {
    if (e->unreachable) {
        return;
    }
    size_t idx = mp_emit_add_const(e, o);
    mp_emit_op_u(e, MP_BC_LOAD_CONST, idx, 1);
}

// The fixup of the jump instruction starting at `off`, if it is a JUMP.
static emit_fixup_t *jump_at(emit_t *e, int32_t off) {
    if (off < 0 || (size_t)off >= e->len || e->code[off] != MP_BC_JUMP) {
        return NULL;
    }
    // fixups are in emission order, hence sorted by position
    size_t lo = 0, hi = e->n_fixups;
    uint32_t pos = (uint32_t)off + 1;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (e->fixups[mid].pos < pos) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    if (lo < e->n_fixups && e->fixups[lo].pos == pos) {
        return &e->fixups[lo];
    }
    return NULL;
}

void mp_emit_finish(emit_t *e, mp_code_t *code, mp_emit_error_fun_t err, void *err_ctx) {
    for (size_t i = 0; i < e->n_fixups; i++) {
        emit_fixup_t *f = &e->fixups[i];
        int32_t target = e->label_off[f->label];
        if (target < 0) {
            err(err_ctx, "internal compiler error: unplaced label");
        }
        // jump threading: a jump to an unconditional JUMP goes straight to
        // that jump's target
        for (int hops = 0; hops < 8; hops++) {
            emit_fixup_t *j = jump_at(e, target);
            if (j == NULL || j == f || e->label_off[j->label] < 0) {
                break;
            }
            target = e->label_off[j->label];
        }
        long off = (long)target - (long)f->end;
        if (off < -32768 || off > 32767) {
            err(err_ctx, "code too large");
        }
        e->code[f->pos] = (byte)(off & 0xff);
        e->code[f->pos + 1] = (byte)((off >> 8) & 0xff);
    }
    if (e->max_depth > 0xffff) {
        err(err_ctx, "code too large");
    }
    byte *bc = m_malloc_atomic(e->len ? e->len : 1);
    memcpy(bc, e->code, e->len);
    code->bytecode = bc;
    code->bytecode_len = e->len;
    if (e->lines_len) {
        byte *li = m_malloc_atomic(e->lines_len);
        memcpy(li, e->lines, e->lines_len);
        code->line_info = li;
    }
    code->line_info_len = e->lines_len;
    if (e->n_consts) {
        mp_obj_t *cs = m_new(mp_obj_t, e->n_consts);
        memcpy(cs, e->consts, e->n_consts * sizeof(mp_obj_t));
        code->consts = cs;
    }
    code->n_consts = e->n_consts;
    code->n_stack = (uint16_t)e->max_depth;
}
