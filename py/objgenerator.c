// objgenerator.c: generators, coroutines and async generators. The frame
// of each lives inside the object (heap); resuming runs it with mp_vm_run.
// Implements send/throw/close, `yield from` delegation of throw/close,
// PEP 479 (StopIteration escaping becomes RuntimeError), closing on
// garbage collection (__del__), coroutine __await__ and the async
// generator protocol (__anext__/asend/athrow/aclose awaitables).
#include <string.h>
#include "runtime.h"
#include "objgenerator.h"
#include "objexcept.h"

#define GEN_CREATED MP_GEN_CREATED
#define GEN_SUSPENDED MP_GEN_SUSPENDED
#define GEN_RUNNING MP_GEN_RUNNING
#define GEN_CLOSED MP_GEN_CLOSED

bool mp_obj_is_generator(mp_obj_t o) {
    if (!mp_obj_is_obj(o)) {
        return false;
    }
    const mp_obj_type_t *t = mp_obj_get_type(o);
    return t == &mp_type_generator || t == &mp_type_coroutine;
}

static const char *kind_name(const mp_obj_gen_t *g) {
    if (g->base.type == &mp_type_coroutine) {
        return "coroutine";
    }
    if (g->base.type == &mp_type_async_generator) {
        return "async generator";
    }
    return "generator";
}

mp_obj_t mp_obj_new_generator(mp_obj_fun_bc_t *fun, mp_obj_t self, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    const mp_code_t *code = fun->code;
    size_t sz = sizeof(mp_obj_gen_t) - sizeof(mp_frame_t) + mp_frame_size(code);
    mp_obj_gen_t *g = m_malloc_with_finaliser(sz);
    if (code->flags & MP_CODE_FLAG_ASYNC_GENERATOR) {
        g->base.type = &mp_type_async_generator;
    } else if (code->flags & MP_CODE_FLAG_COROUTINE) {
        g->base.type = &mp_type_coroutine;
    } else {
        g->base.type = &mp_type_generator;
    }
    g->state = GEN_CLOSED;  // until the arguments are bound
    g->fun = fun;
    mp_frame_init(&g->frame, code, fun, fun->globals);
    if (!mp_fun_bc_bind_simple(fun, g->frame.locals, self, n_args, n_kw, args)) {
        mp_fun_bc_bind_args(fun, g->frame.locals, self, n_args, n_kw, args);
    }
    g->state = GEN_CREATED;
    return MP_OBJ_FROM_PTR(g);
}

static bool frame_in_handler(const mp_frame_t *f) {
    for (const mp_vm_block_t *b = mp_frame_blocks(f); b < f->bp; b++) {
        if (b->kind == MP_VM_BLOCK_EXCEPT_HANDLER || b->kind == MP_VM_BLOCK_FINALLY_ACTIVE) {
            return true;
        }
    }
    return false;
}

static void gen_finish(mp_obj_gen_t *g) {
    g->state = GEN_CLOSED;
    g->exc_state = MP_OBJ_NULL;
    // Drop the references held by the frame.
    const mp_code_t *c = g->frame.code;
    memset(g->frame.locals, 0, (c->n_locals + c->n_stack) * sizeof(mp_obj_t) + 2 * c->n_blocks * sizeof(mp_vm_block_t));
    g->frame.sp = g->frame.locals + c->n_locals - 1;
    g->frame.bp = mp_frame_blocks(&g->frame);
}

// Run the frame, swapping in the generator's own exception state.
static mp_vm_return_kind_t gen_run(mp_obj_gen_t *g, mp_obj_t throw_value, mp_obj_t *ret) {
    mp_obj_t caller_exc = MP_STATE(cur_exception);
    if (g->exc_state != MP_OBJ_NULL) {
        MP_STATE(cur_exception) = g->exc_state;
    }
    g->state = GEN_RUNNING;
    mp_vm_return_kind_t kind = mp_vm_run(&g->frame, throw_value, ret);
    if (kind == MP_VM_RETURN_YIELD) {
        g->exc_state = frame_in_handler(&g->frame) ? MP_STATE(cur_exception) : MP_OBJ_NULL;
        g->state = GEN_SUSPENDED;
    } else {
        gen_finish(g);
        if (kind == MP_VM_RETURN_EXCEPTION) {
            mp_obj_t e = *ret;
            if (mp_obj_is_instance_of(e, &mp_type_StopIteration)) {
                vstr_t v;
                vstr_init(&v, 40);
                vstr_printf(&v, "%s raised StopIteration", kind_name(g));
                *ret = mp_obj_exception_wrap_runtime_error(e, vstr_null_terminated_str(&v));
            } else if (g->base.type == &mp_type_async_generator && mp_obj_is_instance_of(e, &mp_type_StopAsyncIteration)) {
                *ret = mp_obj_exception_wrap_runtime_error(e, "async generator raised StopAsyncIteration");
            }
        }
    }
    MP_STATE(cur_exception) = caller_exc;
    return kind;
}

// ---- inline runs (see objgenerator.h)

// Generator frames running inline use no C stack, so a runaway recursion
// through generators would only stop when the heap is full: beyond this
// many inline ones in progress, resumes take the C path, whose stack check
// raises the recursion error.
#define GEN_INLINE_MAX_DEPTH (256)
static size_t gen_inline_depth;

mp_frame_t *mp_obj_gen_inline_enter(mp_obj_t gen, mp_obj_t send_value) {
    mp_obj_gen_t *g = MP_OBJ_TO_PTR(gen);
    if (g->base.type != &mp_type_generator || gen_inline_depth >= GEN_INLINE_MAX_DEPTH) {
        return NULL;
    }
    mp_frame_t *f = &g->frame;
    if (g->state == GEN_SUSPENDED) {
        *++f->sp = send_value;
        if (f->ip[-1] == MP_BC_YIELD_FROM) {
            f->ip--;  // run the YIELD_FROM again with the sent value
        }
    } else if (g->state != GEN_CREATED || send_value != mp_const_none) {
        return NULL;
    }
    g->caller_exc = MP_STATE(cur_exception);
    if (g->exc_state != MP_OBJ_NULL) {
        MP_STATE(cur_exception) = g->exc_state;
    }
    g->state = GEN_RUNNING;
    gen_inline_depth++;
    return f;
}

void mp_obj_gen_inline_yield(mp_frame_t *f) {
    mp_obj_gen_t *g = mp_obj_gen_of_frame(f);
    gen_inline_depth--;
    g->exc_state = frame_in_handler(f) ? MP_STATE(cur_exception) : MP_OBJ_NULL;
    g->state = GEN_SUSPENDED;
    MP_STATE(cur_exception) = g->caller_exc;
    g->caller_exc = MP_OBJ_NULL;
    f->back = NULL;
    f->chunk = NULL;
    f->fs_next = NULL;
}

// The PEP 479 conversion, never raising (the VM calls this while
// unwinding): a MemoryError replaces it if there is no memory for it.
static mp_obj_t wrap_stop_iteration(mp_obj_t e) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        e = mp_obj_exception_wrap_runtime_error(e, "generator raised StopIteration");
        nlr_pop();
        return e;
    }
    return MP_OBJ_FROM_PTR(nlr.ret_val);
}

mp_obj_t mp_obj_gen_inline_finish(mp_frame_t *f, mp_obj_t exc) {
    mp_obj_gen_t *g = mp_obj_gen_of_frame(f);
    gen_inline_depth--;
    gen_finish(g);
    MP_STATE(cur_exception) = g->caller_exc;
    g->caller_exc = MP_OBJ_NULL;
    f->back = NULL;
    f->chunk = NULL;
    f->fs_next = NULL;
    if (exc != MP_OBJ_NULL && mp_obj_is_instance_of(exc, &mp_type_StopIteration)) {
        exc = wrap_stop_iteration(exc);
    }
    return exc;
}

// Close a sub-iterator of `yield from` (for GeneratorExit).
static void close_subiter(mp_obj_t it) {
    if (mp_obj_is_generator(it)) {
        mp_obj_t dest[2] = {MP_OBJ_NULL, it};
        mp_load_method(it, MP_QSTR_close, dest);
        mp_call_method_n_kw(0, 0, dest);
        return;
    }
    mp_obj_t dest[2];
    mp_load_method_maybe(it, MP_QSTR_close, dest);
    if (dest[0] != MP_OBJ_NULL) {
        mp_call_method_n_kw(0, 0, dest);
    }
}

// throw() into a generator suspended in `yield from it`: the exception
// goes to `it` first. (Kept apart: its nlr buffer would otherwise enlarge
// the C frame of every resume.)
MP_NOINLINE static mp_vm_return_kind_t gen_throw_delegate(mp_obj_gen_t *g, mp_obj_t throw_value, mp_obj_t *ret) {
    mp_frame_t *f = &g->frame;
    mp_obj_t it = *f->sp;
    g->state = GEN_RUNNING;
    mp_vm_return_kind_t kind;
    mp_obj_t r;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        if (mp_obj_is_instance_of(throw_value, &mp_type_GeneratorExit)) {
            close_subiter(it);
            kind = MP_VM_RETURN_EXCEPTION;
            r = throw_value;
        } else if (mp_obj_is_generator(it)) {
            kind = mp_obj_gen_resume(it, MP_OBJ_NULL, throw_value, &r);
        } else {
            mp_obj_t dest[3];
            mp_load_method_maybe(it, MP_QSTR_throw, dest);
            if (dest[0] == MP_OBJ_NULL) {
                kind = MP_VM_RETURN_EXCEPTION;
                r = throw_value;
            } else {
                dest[2] = throw_value;
                r = mp_call_method_n_kw(1, 0, dest);
                kind = MP_VM_RETURN_YIELD;
            }
        }
        nlr_pop();
    } else {
        kind = MP_VM_RETURN_EXCEPTION;
        r = MP_OBJ_FROM_PTR(nlr.ret_val);
        if (!mp_obj_is_generator(it) && mp_obj_is_instance_of(r, &mp_type_StopIteration)) {
            kind = MP_VM_RETURN_NORMAL;
            r = mp_obj_exception_get_value(r);
        }
    }
    g->state = GEN_SUSPENDED;
    if (kind == MP_VM_RETURN_YIELD) {
        *ret = r;
        return MP_VM_RETURN_YIELD;
    }
    if (kind == MP_VM_RETURN_NORMAL) {
        // The sub-iterator finished: its value is the result of the
        // yield from; continue after it.
        *f->sp = r;
        return gen_run(g, MP_OBJ_NULL, ret);
    }
    return gen_run(g, r, ret);
}

mp_vm_return_kind_t mp_obj_gen_resume(mp_obj_t gen, mp_obj_t send_value, mp_obj_t throw_value, mp_obj_t *ret) {
    mp_obj_gen_t *g = MP_OBJ_TO_PTR(gen);
    mp_stack_check();
    switch (g->state) {
        case GEN_RUNNING:
            mp_raise_msg_varg(&mp_type_ValueError, "%s already executing", kind_name(g));
        case GEN_CLOSED:
            if (g->base.type == &mp_type_coroutine && throw_value == MP_OBJ_NULL) {
                mp_raise_msg(&mp_type_RuntimeError, "cannot reuse already awaited coroutine");
            }
            if (throw_value != MP_OBJ_NULL) {
                *ret = throw_value;
                return MP_VM_RETURN_EXCEPTION;
            }
            *ret = mp_const_none;
            return MP_VM_RETURN_NORMAL;
        case GEN_CREATED:
            if (throw_value == MP_OBJ_NULL && send_value != mp_const_none && send_value != MP_OBJ_NULL) {
                mp_raise_TypeError_varg("can't send non-None value to a just-started %s", kind_name(g));
            }
            return gen_run(g, throw_value, ret);
        default:
            break;
    }
    mp_frame_t *f = &g->frame;
    if (throw_value == MP_OBJ_NULL) {
        *++f->sp = send_value == MP_OBJ_NULL ? mp_const_none : send_value;
        if (f->ip[-1] == MP_BC_YIELD_FROM) {
            f->ip--;  // run the YIELD_FROM again with the sent value
        }
        return gen_run(g, MP_OBJ_NULL, ret);
    }
    if (f->ip[-1] != MP_BC_YIELD_FROM) {
        return gen_run(g, throw_value, ret);
    }

    return gen_throw_delegate(g, throw_value, ret);
}

// ---------------------------------------------------------------------------
// Python-level methods

// Resume for send()/throw(): the yielded value; a return raises
// StopIteration(value), an exception propagates.
static mp_obj_t gen_resume_value(mp_obj_t self, mp_obj_t send_value, mp_obj_t throw_value) {
    mp_obj_t r;
    switch (mp_obj_gen_resume(self, send_value, throw_value, &r)) {
        case MP_VM_RETURN_YIELD:
            return r;
        case MP_VM_RETURN_NORMAL:
            mp_raise_StopIteration(r);
        default:
            nlr_raise(r);
    }
}

static mp_obj_t gen_send(mp_obj_t self, mp_obj_t value) {
    return gen_resume_value(self, value, MP_OBJ_NULL);
}
MP_DEFINE_CONST_FUN_OBJ_2(mp_gen_send_obj, gen_send);

static mp_obj_t gen_next(mp_obj_t self) {
    return gen_send(self, mp_const_none);
}
static MP_DEFINE_CONST_FUN_OBJ_1(gen_next_obj, gen_next);

// The exception instance for throw(type[, value[, tb]]).
static mp_obj_t make_throw_exc(size_t n_args, const mp_obj_t *args) {
    mp_obj_t typ = args[0];
    mp_obj_t val = n_args > 1 ? args[1] : mp_const_none;
    if (mp_obj_exception_check(typ)) {
        if (val != mp_const_none) {
            mp_raise_TypeError("instance exception may not have a separate value");
        }
        return typ;
    }
    if (mp_obj_is_obj(typ) && mp_obj_is_subclass_fast(mp_obj_get_type(typ), &mp_type_type)
        && mp_obj_is_subclass_fast((const mp_obj_type_t *)MP_OBJ_TO_PTR(typ), &mp_type_BaseException)) {
        if (val == mp_const_none) {
            return mp_call_function_0(typ);
        }
        if (mp_obj_is_instance_of(val, (const mp_obj_type_t *)MP_OBJ_TO_PTR(typ))) {
            return val;
        }
        if (mp_obj_is_type(val, &mp_type_tuple)) {
            mp_obj_tuple_t *t = MP_OBJ_TO_PTR(val);
            return mp_call_function_n_kw(typ, t->len, 0, t->items);
        }
        return mp_call_function_1(typ, val);
    }
    mp_raise_TypeError_type("exceptions must be classes or instances deriving from BaseException, not %s", typ);
}

static mp_obj_t gen_throw(size_t n_args, const mp_obj_t *args) {
    return gen_resume_value(args[0], MP_OBJ_NULL, make_throw_exc(n_args - 1, args + 1));
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(gen_throw_obj, 2, 4, gen_throw);

static mp_obj_t gen_close(mp_obj_t self) {
    mp_obj_gen_t *g = MP_OBJ_TO_PTR(self);
    if (g->state == GEN_CREATED || g->state == GEN_CLOSED) {
        if (g->state == GEN_CREATED) {
            gen_finish(g);
        }
        return mp_const_none;
    }
    mp_obj_t r;
    mp_obj_t ge = mp_obj_new_exception(&mp_type_GeneratorExit);
    switch (mp_obj_gen_resume(self, MP_OBJ_NULL, ge, &r)) {
        case MP_VM_RETURN_YIELD:
            mp_raise_msg_varg(&mp_type_RuntimeError, "%s ignored GeneratorExit", kind_name(g));
        case MP_VM_RETURN_NORMAL:
            return mp_const_none;
        default:
            if (mp_obj_is_instance_of(r, &mp_type_GeneratorExit) || mp_obj_is_instance_of(r, &mp_type_StopIteration)) {
                return mp_const_none;
            }
            nlr_raise(r);
    }
}
static MP_DEFINE_CONST_FUN_OBJ_1(gen_close_obj, gen_close);

// Finaliser: an unfinished generator is closed when collected, so that its
// finally blocks and __exit__ methods run.
static mp_obj_t gen___del__(mp_obj_t self) {
    mp_obj_gen_t *g = MP_OBJ_TO_PTR(self);
    if (g->state == GEN_SUSPENDED) {
        gen_close(self);
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(gen___del___obj, gen___del__);

static mp_obj_t gen_iternext(mp_obj_t self) {
    mp_obj_t r;
    switch (mp_obj_gen_resume(self, mp_const_none, MP_OBJ_NULL, &r)) {
        case MP_VM_RETURN_YIELD:
            return r;
        case MP_VM_RETURN_NORMAL:
            // The return value is dropped: iteration callers (list(), for
            // ...) only want the end; next() and yield from resume the
            // generator directly to get it.
            return MP_OBJ_STOP_ITERATION;
        default:
            nlr_raise(r);
    }
}

static void gen_print(const mp_print_t *print, mp_obj_t o, mp_print_kind_t kind) {
    mp_obj_gen_t *g = MP_OBJ_TO_PTR(o);
    mp_printf(print, "<%q object ", g->base.type->name);
    mp_obj_fun_print_qualname(print, g->fun);
    mp_printf(print, " at %p>", g);
}

static void gen_locals_lookup(mp_obj_t self, qstr attr, mp_obj_t *dest);

// The gi_/cr_/ag_ attributes (any of the three families is accepted on
// any of the three types): a table of names, grouped by what they give,
// instead of a switch over 14 qstrs.
enum { GA_RUNNING, GA_SUSPENDED, GA_CODE, GA_FRAME, GA_AWAIT };
static const uint16_t gen_attr_names[] = {
    MP_QSTR_gi_running, MP_QSTR_cr_running, MP_QSTR_ag_running,
    MP_QSTR_gi_suspended, MP_QSTR_cr_suspended,
    MP_QSTR_gi_code, MP_QSTR_cr_code, MP_QSTR_ag_code,
    MP_QSTR_gi_frame, MP_QSTR_cr_frame, MP_QSTR_ag_frame,
    MP_QSTR_gi_yieldfrom, MP_QSTR_cr_await, MP_QSTR_ag_await,
};
static const uint8_t gen_attr_kinds[] = {
    GA_RUNNING, GA_RUNNING, GA_RUNNING,
    GA_SUSPENDED, GA_SUSPENDED,
    GA_CODE, GA_CODE, GA_CODE,
    GA_FRAME, GA_FRAME, GA_FRAME,
    GA_AWAIT, GA_AWAIT, GA_AWAIT,
};
_Static_assert(MP_QSTRnumber_of_static <= 0xffff, "gen_attr_names holds qstrs in 16 bits");

static void gen_attr(mp_obj_t self, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    mp_obj_gen_t *g = MP_OBJ_TO_PTR(self);
    if (attr == MP_QSTR___name__) {
        dest[0] = MP_OBJ_NEW_QSTR(mp_obj_fun_get_name(MP_OBJ_FROM_PTR(g->fun)));
        return;
    }
    if (attr == MP_QSTR___qualname__) {
        vstr_t v;
        vstr_init(&v, 16);
        mp_print_t p = mp_print_for_vstr(&v);
        mp_obj_fun_print_qualname(&p, g->fun);
        dest[0] = mp_obj_new_str_from_vstr(&v);
        return;
    }
    for (size_t i = 0; i < MP_ARRAY_SIZE(gen_attr_names); i++) {
        if (attr != gen_attr_names[i]) {
            continue;
        }
        switch (gen_attr_kinds[i]) {
            case GA_RUNNING:
                dest[0] = mp_obj_new_bool(g->state == GEN_RUNNING);
                break;
            case GA_SUSPENDED:
                dest[0] = mp_obj_new_bool(g->state == GEN_SUSPENDED);
                break;
            case GA_CODE:
                dest[0] = MP_OBJ_FROM_PTR(g->frame.code);
                break;
            case GA_FRAME:
                dest[0] = mp_const_none;
                break;
            default:
                if (g->state == GEN_SUSPENDED && g->frame.ip[-1] == MP_BC_YIELD_FROM) {
                    dest[0] = *g->frame.sp;
                } else {
                    dest[0] = mp_const_none;
                }
                break;
        }
        return;
    }
    gen_locals_lookup(self, attr, dest);
}

// Coroutine __await__ gives a wrapper iterator (defined below).
typedef struct _mp_obj_coro_wrapper_t {
    mp_obj_base_t base;
    mp_obj_t coro;
} mp_obj_coro_wrapper_t;

static mp_obj_t coro___await__(mp_obj_t self) {
    mp_obj_coro_wrapper_t *w = m_new_obj(mp_obj_coro_wrapper_t);
    w->base.type = &mp_type_gen_wrap;
    w->coro = self;
    return MP_OBJ_FROM_PTR(w);
}
static MP_DEFINE_CONST_FUN_OBJ_1(coro___await___obj, coro___await__);

// One table for generators and coroutines: a generator's methods are the
// first 5 (__next__ ... __del__), a coroutine's the last 5 (send ...
// __await__).
static const mp_rom_map_elem_t gen_locals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___next__), MP_ROM_PTR(&gen_next_obj)},
    {MP_ROM_QSTR(MP_QSTR_send), MP_ROM_PTR(&mp_gen_send_obj)},
    {MP_ROM_QSTR(MP_QSTR_throw), MP_ROM_PTR(&gen_throw_obj)},
    {MP_ROM_QSTR(MP_QSTR_close), MP_ROM_PTR(&gen_close_obj)},
    {MP_ROM_QSTR(MP_QSTR___del__), MP_ROM_PTR(&gen___del___obj)},
    {MP_ROM_QSTR(MP_QSTR___await__), MP_ROM_PTR(&coro___await___obj)},
};
static const mp_obj_dict_t gen_locals_dict = {
    .base = {&mp_type_dict},
    .map = {.is_fixed = 1, .is_const = 1, .used = 5, .filled = 5, .alloc = 5,
            .table = (mp_map_elem_t *)gen_locals_table},
};

const mp_obj_type_t mp_type_generator = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_EQ_IS_IDENTITY | MP_TYPE_FLAG_ITER_IS_SELF | MP_TYPE_FLAG_HAS_FINALISER,
    .name = MP_QSTR_generator,
    .print = gen_print,
    .attr = gen_attr,
    .getiter = mp_identity_getiter,
    .iternext = gen_iternext,
    .locals_dict = (mp_obj_dict_t *)&gen_locals_dict,
};

// ---------------------------------------------------------------------------
// Coroutines: no iteration protocol; __await__ gives a wrapper iterator.

// coro_locals_dict (a view of gen_locals_table, see there).
static const mp_obj_dict_t coro_locals_dict = {
    .base = {&mp_type_dict},
    .map = {.is_fixed = 1, .is_const = 1, .used = 5, .filled = 5, .alloc = 5,
            .table = (mp_map_elem_t *)&gen_locals_table[1]},
};

const mp_obj_type_t mp_type_coroutine = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_EQ_IS_IDENTITY | MP_TYPE_FLAG_HAS_FINALISER,
    .name = MP_QSTR_coroutine,
    .print = gen_print,
    .attr = gen_attr,
    .locals_dict = (mp_obj_dict_t *)&coro_locals_dict,
};

static mp_obj_t wrap_iternext(mp_obj_t self) {
    // Drivers of coroutines (next(coro.__await__())) need the return value.
    mp_obj_coro_wrapper_t *w = MP_OBJ_TO_PTR(self);
    mp_obj_t r;
    switch (mp_obj_gen_resume(w->coro, mp_const_none, MP_OBJ_NULL, &r)) {
        case MP_VM_RETURN_YIELD:
            return r;
        case MP_VM_RETURN_NORMAL:
            if (r == mp_const_none) {
                return MP_OBJ_STOP_ITERATION;
            }
            mp_raise_StopIteration(r);
        default:
            nlr_raise(r);
    }
}

static mp_obj_t wrap_send(mp_obj_t self, mp_obj_t v) {
    return gen_send(((mp_obj_coro_wrapper_t *)MP_OBJ_TO_PTR(self))->coro, v);
}
static MP_DEFINE_CONST_FUN_OBJ_2(wrap_send_obj, wrap_send);

static mp_obj_t wrap_next(mp_obj_t self) {
    return wrap_send(self, mp_const_none);
}
static MP_DEFINE_CONST_FUN_OBJ_1(wrap_next_obj, wrap_next);

static mp_obj_t wrap_throw(size_t n_args, const mp_obj_t *args) {
    mp_obj_t a[4];
    memcpy(a, args, n_args * sizeof(mp_obj_t));
    a[0] = ((mp_obj_coro_wrapper_t *)MP_OBJ_TO_PTR(args[0]))->coro;
    return gen_throw(n_args, a);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(wrap_throw_obj, 2, 4, wrap_throw);

static mp_obj_t wrap_close(mp_obj_t self) {
    return gen_close(((mp_obj_coro_wrapper_t *)MP_OBJ_TO_PTR(self))->coro);
}
static MP_DEFINE_CONST_FUN_OBJ_1(wrap_close_obj, wrap_close);

static const mp_rom_map_elem_t wrap_locals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___next__), MP_ROM_PTR(&wrap_next_obj)},
    {MP_ROM_QSTR(MP_QSTR_send), MP_ROM_PTR(&wrap_send_obj)},
    {MP_ROM_QSTR(MP_QSTR_throw), MP_ROM_PTR(&wrap_throw_obj)},
    {MP_ROM_QSTR(MP_QSTR_close), MP_ROM_PTR(&wrap_close_obj)},
};
static MP_DEFINE_CONST_DICT(wrap_locals_dict, wrap_locals_table);

const mp_obj_type_t mp_type_gen_wrap = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_EQ_IS_IDENTITY | MP_TYPE_FLAG_ITER_IS_SELF,
    .name = MP_QSTR_coroutine_wrapper,
    .getiter = mp_identity_getiter,
    .iternext = wrap_iternext,
    .locals_dict = (mp_obj_dict_t *)&wrap_locals_dict,
};

// ---------------------------------------------------------------------------
// Async generators. `yield v` (YIELD_VALUE) delivers v to the awaiting
// __anext__/asend; awaits inside (YIELD_FROM) pass their yields through to
// the event loop.

#define AOP_SEND (0)
#define AOP_THROW (1)
#define AOP_CLOSE (2)

typedef struct _mp_obj_agen_op_t {
    mp_obj_base_t base;
    mp_obj_t agen;
    mp_obj_t value;   // value to send (AOP_SEND) or exception (AOP_THROW)
    uint8_t op;
    uint8_t state;    // 0 not started, 1 running, 2 done
} mp_obj_agen_op_t;

extern const mp_obj_type_t mp_type_async_generator_asend;

static MP_NOINLINE mp_obj_t agen_new_op(mp_obj_t agen, unsigned op, mp_obj_t value) {
    mp_obj_agen_op_t *o = m_new_obj(mp_obj_agen_op_t);
    o->base.type = &mp_type_async_generator_asend;
    o->agen = agen;
    o->value = value;
    o->op = op;
    return MP_OBJ_FROM_PTR(o);
}

// Drive the async generator one step for an awaitable op; returns the value
// to yield to the event loop, or raises StopIteration(result) when the op
// completes.
static mp_obj_t agen_op_step(mp_obj_t self, mp_obj_t send_value, mp_obj_t throw_value) {
    mp_obj_agen_op_t *o = MP_OBJ_TO_PTR(self);
    mp_obj_gen_t *g = MP_OBJ_TO_PTR(o->agen);
    if (o->state == 2) {
        mp_raise_msg(&mp_type_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
    }
    mp_obj_t r;
    mp_vm_return_kind_t kind;
    if (o->state == 0) {
        o->state = 1;
        if (throw_value != MP_OBJ_NULL) {
            kind = mp_obj_gen_resume(o->agen, MP_OBJ_NULL, throw_value, &r);
        } else if (o->op == AOP_SEND) {
            mp_obj_t v = send_value == mp_const_none ? o->value : send_value;
            if (g->state == GEN_CLOSED) {
                o->state = 2;
                nlr_raise(mp_obj_new_exception(&mp_type_StopAsyncIteration));
            }
            kind = mp_obj_gen_resume(o->agen, v, MP_OBJ_NULL, &r);
        } else {
            if (g->state == GEN_CLOSED || (g->state == GEN_CREATED && o->op == AOP_CLOSE)) {
                if (g->state == GEN_CREATED) {
                    gen_finish(g);
                }
                o->state = 2;
                if (o->op == AOP_CLOSE) {
                    mp_raise_StopIteration(mp_const_none);
                }
                nlr_raise(o->value);
            }
            mp_obj_t e = o->op == AOP_CLOSE ? mp_obj_new_exception(&mp_type_GeneratorExit) : o->value;
            kind = mp_obj_gen_resume(o->agen, MP_OBJ_NULL, e, &r);
        }
    } else {
        kind = mp_obj_gen_resume(o->agen, send_value, throw_value, &r);
    }
    if (kind == MP_VM_RETURN_YIELD) {
        if (g->frame.ip[-1] == MP_BC_YIELD_FROM) {
            return r;  // an await inside: pass through
        }
        o->state = 2;
        if (o->op == AOP_CLOSE) {
            mp_raise_msg(&mp_type_RuntimeError, "async generator ignored GeneratorExit");
        }
        mp_raise_StopIteration(r);
    }
    o->state = 2;
    if (kind == MP_VM_RETURN_NORMAL) {
        if (o->op == AOP_CLOSE) {
            mp_raise_StopIteration(mp_const_none);
        }
        nlr_raise(mp_obj_new_exception(&mp_type_StopAsyncIteration));
    }
    if (o->op == AOP_CLOSE && (mp_obj_is_instance_of(r, &mp_type_GeneratorExit) || mp_obj_is_instance_of(r, &mp_type_StopAsyncIteration))) {
        mp_raise_StopIteration(mp_const_none);
    }
    nlr_raise(r);
}

static mp_obj_t agen_op_iternext(mp_obj_t self) {
    return agen_op_step(self, mp_const_none, MP_OBJ_NULL);
}

static mp_obj_t agen_op_send(mp_obj_t self, mp_obj_t v) {
    return agen_op_step(self, v, MP_OBJ_NULL);
}
static MP_DEFINE_CONST_FUN_OBJ_2(agen_op_send_obj, agen_op_send);

static MP_DEFINE_CONST_FUN_OBJ_1(agen_op_next_obj, agen_op_iternext);

static mp_obj_t agen_op_throw(size_t n_args, const mp_obj_t *args) {
    return agen_op_step(args[0], MP_OBJ_NULL, make_throw_exc(n_args - 1, args + 1));
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(agen_op_throw_obj, 2, 4, agen_op_throw);

static mp_obj_t agen_op_close(mp_obj_t self) {
    ((mp_obj_agen_op_t *)MP_OBJ_TO_PTR(self))->state = 2;
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(agen_op_close_obj, agen_op_close);

// asend.__await__() and async_generator.__aiter__() both give self: one
// function object for the two.
static mp_obj_t agen_self(mp_obj_t self) {
    return self;
}
static MP_DEFINE_CONST_FUN_OBJ_1(agen_self_obj, agen_self);

static const mp_rom_map_elem_t agen_op_locals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___next__), MP_ROM_PTR(&agen_op_next_obj)},
    {MP_ROM_QSTR(MP_QSTR_send), MP_ROM_PTR(&agen_op_send_obj)},
    {MP_ROM_QSTR(MP_QSTR_throw), MP_ROM_PTR(&agen_op_throw_obj)},
    {MP_ROM_QSTR(MP_QSTR_close), MP_ROM_PTR(&agen_op_close_obj)},
    {MP_ROM_QSTR(MP_QSTR___await__), MP_ROM_PTR(&agen_self_obj)},
};
static MP_DEFINE_CONST_DICT(agen_op_locals_dict, agen_op_locals_table);

const mp_obj_type_t mp_type_async_generator_asend = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_EQ_IS_IDENTITY | MP_TYPE_FLAG_ITER_IS_SELF,
    .name = MP_QSTR_async_generator_asend,
    .getiter = mp_identity_getiter,
    .iternext = agen_op_iternext,
    .locals_dict = (mp_obj_dict_t *)&agen_op_locals_dict,
};


static mp_obj_t agen___anext__(mp_obj_t self) {
    return agen_new_op(self, AOP_SEND, mp_const_none);
}
static MP_DEFINE_CONST_FUN_OBJ_1(agen___anext___obj, agen___anext__);

static mp_obj_t agen_asend(mp_obj_t self, mp_obj_t v) {
    return agen_new_op(self, AOP_SEND, v);
}
static MP_DEFINE_CONST_FUN_OBJ_2(agen_asend_obj, agen_asend);

static mp_obj_t agen_athrow(size_t n_args, const mp_obj_t *args) {
    return agen_new_op(args[0], AOP_THROW, make_throw_exc(n_args - 1, args + 1));
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(agen_athrow_obj, 2, 4, agen_athrow);

static mp_obj_t agen_aclose(mp_obj_t self) {
    return agen_new_op(self, AOP_CLOSE, mp_const_none);
}
static MP_DEFINE_CONST_FUN_OBJ_1(agen_aclose_obj, agen_aclose);

static const mp_rom_map_elem_t agen_locals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___aiter__), MP_ROM_PTR(&agen_self_obj)},
    {MP_ROM_QSTR(MP_QSTR___anext__), MP_ROM_PTR(&agen___anext___obj)},
    {MP_ROM_QSTR(MP_QSTR_asend), MP_ROM_PTR(&agen_asend_obj)},
    {MP_ROM_QSTR(MP_QSTR_athrow), MP_ROM_PTR(&agen_athrow_obj)},
    {MP_ROM_QSTR(MP_QSTR_aclose), MP_ROM_PTR(&agen_aclose_obj)},
};
static MP_DEFINE_CONST_DICT(agen_locals_dict, agen_locals_table);

const mp_obj_type_t mp_type_async_generator = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_EQ_IS_IDENTITY,
    .name = MP_QSTR_async_generator,
    .print = gen_print,
    .attr = gen_attr,
    .locals_dict = (mp_obj_dict_t *)&agen_locals_dict,
};

static void gen_locals_lookup(mp_obj_t self, qstr attr, mp_obj_t *dest) {
    const mp_obj_dict_t *d = mp_obj_get_type(self)->locals_dict;
    if (d == NULL) {
        return;
    }
    const mp_map_t *m = &d->map;
    for (size_t i = 0; i < m->used; i++) {
        if (m->table[i].key == MP_OBJ_NEW_QSTR(attr)) {
            dest[0] = m->table[i].value;
            dest[1] = self;
            return;
        }
    }
}
