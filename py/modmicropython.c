// modmicropython.c: the micropython module: access to interpreter internals
// (optimisation level, memory and qstr statistics, heap lock, scheduler).
#include "runtime.h"
#include "objmodule.h"

// const(x) is folded by the compiler; at run time it is the identity.
static mp_obj_t mp_micropython_const(mp_obj_t x) {
    return x;
}
static MP_DEFINE_CONST_FUN_OBJ_1(mp_micropython_const_obj, mp_micropython_const);

static mp_obj_t mp_micropython_opt_level(size_t n_args, const mp_obj_t *args) {
    if (n_args == 0) {
        return MP_OBJ_NEW_SMALL_INT(MP_STATE(opt_level));
    }
    MP_STATE(opt_level) = (int)mp_obj_get_int(args[0]);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mp_micropython_opt_level_obj, 0, 1, mp_micropython_opt_level);

static mp_obj_t mp_micropython_alloc_emergency_exception_buf(mp_obj_t size) {
    // MemoryError is preallocated and tracebacks degrade gracefully when
    // the heap is full, so no separate buffer is needed.
    mp_obj_get_int(size);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(mp_micropython_alloc_emergency_exception_buf_obj, mp_micropython_alloc_emergency_exception_buf);

static mp_obj_t mp_micropython_stack_use(void) {
    volatile char here;
    return MP_OBJ_NEW_SMALL_INT(MP_STATE(stack_top) - (char *)&here);
}
static MP_DEFINE_CONST_FUN_OBJ_0(mp_micropython_stack_use_obj, mp_micropython_stack_use);

static mp_obj_t mp_micropython_mem_info(size_t n_args, const mp_obj_t *args) {
    gc_info_t info;
    gc_info(&info);
    volatile char here;
    mp_printf(&mp_plat_print, "stack: %u out of %u\n",
        (unsigned)(MP_STATE(stack_top) - (char *)&here), (unsigned)MP_STATE(stack_limit));
    gc_dump_info();
    if (n_args == 1 && mp_obj_is_true(args[0])) {
        mp_printf(&mp_plat_print, "heap blocks: 1-block %u, 2-block %u\n",
            (unsigned)info.num_1block, (unsigned)info.num_2block);
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mp_micropython_mem_info_obj, 0, 1, mp_micropython_mem_info);

static mp_obj_t mp_micropython_qstr_info(size_t n_args, const mp_obj_t *args) {
    size_t n = qstr_count();
    mp_printf(&mp_plat_print, "qstr:\n  n_str=%u\n  n_total_bytes=%u\n  n_static=%u\n",
        (unsigned)n, (unsigned)qstr_total_bytes(), (unsigned)MP_QSTRnumber_of_static);
    if (n_args == 1 && mp_obj_is_true(args[0])) {
        for (size_t q = MP_QSTRnumber_of_static; q < n; q++) {
            mp_printf(&mp_plat_print, "Q(%s)\n", qstr_str((qstr)q));
        }
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mp_micropython_qstr_info_obj, 0, 1, mp_micropython_qstr_info);

static mp_obj_t mp_micropython_heap_lock(void) {
    gc_lock();
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_0(mp_micropython_heap_lock_obj, mp_micropython_heap_lock);

// Returns the lock depth after unlocking (0 when fully unlocked).
static mp_obj_t mp_micropython_heap_unlock(void) {
    gc_unlock();
    return MP_OBJ_NEW_SMALL_INT(gc_lock_depth());
}
static MP_DEFINE_CONST_FUN_OBJ_0(mp_micropython_heap_unlock_obj, mp_micropython_heap_unlock);

static mp_obj_t mp_micropython_heap_locked(void) {
    return MP_OBJ_NEW_SMALL_INT(gc_lock_depth());
}
static MP_DEFINE_CONST_FUN_OBJ_0(mp_micropython_heap_locked_obj, mp_micropython_heap_locked);

static mp_obj_t mp_micropython_kbd_intr(mp_obj_t chr) {
    // The Unix port reads Ctrl-C as SIGINT; the character is accepted for
    // compatibility (-1 disables interrupts on ports with a raw console).
    mp_obj_get_int(chr);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(mp_micropython_kbd_intr_obj, mp_micropython_kbd_intr);

static mp_obj_t mp_micropython_schedule(mp_obj_t function, mp_obj_t arg) {
    if (!mp_sched_schedule(function, arg)) {
        mp_raise_msg(&mp_type_RuntimeError, "schedule queue full");
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(mp_micropython_schedule_obj, mp_micropython_schedule);

static const mp_rom_map_elem_t mp_module_micropython_globals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_micropython)},
    {MP_ROM_QSTR(MP_QSTR_const), MP_ROM_PTR(&mp_micropython_const_obj)},
    {MP_ROM_QSTR(MP_QSTR_opt_level), MP_ROM_PTR(&mp_micropython_opt_level_obj)},
    {MP_ROM_QSTR(MP_QSTR_alloc_emergency_exception_buf), MP_ROM_PTR(&mp_micropython_alloc_emergency_exception_buf_obj)},
    {MP_ROM_QSTR(MP_QSTR_mem_info), MP_ROM_PTR(&mp_micropython_mem_info_obj)},
    {MP_ROM_QSTR(MP_QSTR_qstr_info), MP_ROM_PTR(&mp_micropython_qstr_info_obj)},
    {MP_ROM_QSTR(MP_QSTR_stack_use), MP_ROM_PTR(&mp_micropython_stack_use_obj)},
    {MP_ROM_QSTR(MP_QSTR_heap_lock), MP_ROM_PTR(&mp_micropython_heap_lock_obj)},
    {MP_ROM_QSTR(MP_QSTR_heap_unlock), MP_ROM_PTR(&mp_micropython_heap_unlock_obj)},
    {MP_ROM_QSTR(MP_QSTR_heap_locked), MP_ROM_PTR(&mp_micropython_heap_locked_obj)},
    {MP_ROM_QSTR(MP_QSTR_kbd_intr), MP_ROM_PTR(&mp_micropython_kbd_intr_obj)},
    {MP_ROM_QSTR(MP_QSTR_schedule), MP_ROM_PTR(&mp_micropython_schedule_obj)},
};
static MP_DEFINE_CONST_DICT(mp_module_micropython_globals, mp_module_micropython_globals_table);
MP_DEFINE_CONST_MODULE(mp_module_micropython, mp_module_micropython_globals);
