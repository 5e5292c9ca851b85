// modmicropython.c: the micropython module: access to interpreter internals
// (optimisation level, memory and qstr statistics, heap lock, scheduler).
#include "runtime.h"
#include "objmodule.h"
#include "mphal.h"

// Function objects that carry their name, for repr and error messages.
#define MPY_FUN(obj, name, nmin, nmax, kind, field, f) \
    static const mp_obj_fun_builtin_t obj = {{&mp_type_builtin_function}, nmin, nmax, kind, MP_QSTR_##name, .fun.field = f}

// const(x) is folded by the compiler; at run time it is the identity.
// @micropython.native and @micropython.viper ask MicroPython for machine
// code; here every function runs as bytecode (with the same results for
// code that is valid Python), so the decorators return the function as
// is: the same identity function.
static mp_obj_t mp_micropython_identity(mp_obj_t x) {
    return x;
}
MPY_FUN(mp_micropython_const_obj, const, 1, 1, MP_FUN_KIND_1, _1, mp_micropython_identity);
MPY_FUN(mp_micropython_native_obj, native, 1, 1, MP_FUN_KIND_1, _1, mp_micropython_identity);
MPY_FUN(mp_micropython_viper_obj, viper, 1, 1, MP_FUN_KIND_1, _1, mp_micropython_identity);

static mp_obj_t mp_micropython_opt_level(size_t n_args, const mp_obj_t *args) {
    if (n_args == 0) {
        return MP_OBJ_NEW_SMALL_INT(MP_STATE(opt_level));
    }
    MP_STATE(opt_level) = (int)mp_obj_get_int(args[0]);
    return mp_const_none;
}
MPY_FUN(mp_micropython_opt_level_obj, opt_level, 0, 1, MP_FUN_KIND_VAR, var, mp_micropython_opt_level);

static mp_obj_t mp_micropython_alloc_emergency_exception_buf(mp_obj_t size) {
    // MemoryError is preallocated and tracebacks degrade gracefully when
    // the heap is full, so no separate buffer is needed.
    mp_obj_get_int(size);
    return mp_const_none;
}
MPY_FUN(mp_micropython_alloc_emergency_exception_buf_obj, alloc_emergency_exception_buf, 1, 1, MP_FUN_KIND_1, _1, mp_micropython_alloc_emergency_exception_buf);

static mp_obj_t mp_micropython_stack_use(void) {
    volatile char here;
    return MP_OBJ_NEW_SMALL_INT(MP_STATE(stack_top) - (char *)&here);
}
MPY_FUN(mp_micropython_stack_use_obj, stack_use, 0, 0, MP_FUN_KIND_0, _0, mp_micropython_stack_use);

// Provided by gc.c when it can draw the block map (mem_info(1)).
void gc_dump_alloc_table(void) __attribute__((weak));

// The summary MicroPython prints: stack use, then the heap in bytes and the
// 1-/2-block counts; with verbose, the map of the heap blocks.
static mp_obj_t mp_micropython_mem_info(size_t n_args, const mp_obj_t *args) {
    volatile char here;
    mp_printf(&mp_plat_print, "stack: %u out of %u\n",
        (unsigned)(MP_STATE(stack_top) - (char *)&here), (unsigned)MP_STATE(stack_limit));
    gc_dump_info();
    if (n_args == 1 && mp_obj_is_true(args[0]) && gc_dump_alloc_table != NULL) {
        gc_dump_alloc_table();
    }
    return mp_const_none;
}
MPY_FUN(mp_micropython_mem_info_obj, mem_info, 0, 1, MP_FUN_KIND_VAR, var, mp_micropython_mem_info);

// MicroPython's line about the interned strings made at run time (the
// ones compiled in are not counted); verbose adds them as Q(...) lines,
// the form the documentation suggests pasting into a port's qstr list.
static mp_obj_t mp_micropython_qstr_info(size_t n_args, const mp_obj_t *args) {
    size_t n = qstr_count();
    size_t n_qstr = n > MP_QSTRnumber_of_static ? n - MP_QSTRnumber_of_static : 0;
    size_t data = 0;
    for (size_t q = MP_QSTRnumber_of_static; q < n; q++) {
        data += qstr_len((qstr)q) + 1;
    }
    // Each entry: hash, length, data pointer, and its hash-index slot.
    size_t per_entry = sizeof(mp_uint_t) + sizeof(size_t) + sizeof(char *) + sizeof(uint32_t);
    mp_printf(&mp_plat_print, "qstr pool: n_pool=%u, n_qstr=%u, n_str_data_bytes=%u, n_total_bytes=%u\n",
        (unsigned)(n_qstr > 0), (unsigned)n_qstr, (unsigned)data, (unsigned)(data + n_qstr * per_entry));
    if (n_args == 1 && mp_obj_is_true(args[0])) {
        for (size_t q = MP_QSTRnumber_of_static; q < n; q++) {
            mp_printf(&mp_plat_print, "Q(%s)\n", qstr_str((qstr)q));
        }
    }
    return mp_const_none;
}
MPY_FUN(mp_micropython_qstr_info_obj, qstr_info, 0, 1, MP_FUN_KIND_VAR, var, mp_micropython_qstr_info);

static mp_obj_t mp_micropython_heap_lock(void) {
    gc_lock();
    return mp_const_none;
}
MPY_FUN(mp_micropython_heap_lock_obj, heap_lock, 0, 0, MP_FUN_KIND_0, _0, mp_micropython_heap_lock);

// Returns the lock depth after unlocking (0 when fully unlocked).
static mp_obj_t mp_micropython_heap_unlock(void) {
    gc_unlock();
    return MP_OBJ_NEW_SMALL_INT(gc_lock_depth());
}
MPY_FUN(mp_micropython_heap_unlock_obj, heap_unlock, 0, 0, MP_FUN_KIND_0, _0, mp_micropython_heap_unlock);

static mp_obj_t mp_micropython_heap_locked(void) {
    return MP_OBJ_NEW_SMALL_INT(gc_lock_depth());
}
MPY_FUN(mp_micropython_heap_locked_obj, heap_locked, 0, 0, MP_FUN_KIND_0, _0, mp_micropython_heap_locked);

// kbd_intr(chr): the character that raises KeyboardInterrupt while code
// runs (3, Ctrl-C, by default; -1: none, so that the character reaches
// the program as input). The REPL sets it back to 3 for each statement.
static mp_obj_t mp_micropython_kbd_intr(mp_obj_t chr) {
    mp_int_t c = mp_obj_get_int(chr);
    if (c < -1 || c > 255) {
        mp_raise_ValueError("kbd_intr() character must be in range(-1, 256)");
    }
    mp_hal_set_interrupt_char((int)c);
    return mp_const_none;
}
MPY_FUN(mp_micropython_kbd_intr_obj, kbd_intr, 1, 1, MP_FUN_KIND_1, _1, mp_micropython_kbd_intr);

static mp_obj_t mp_micropython_schedule(mp_obj_t function, mp_obj_t arg) {
    if (!mp_sched_schedule(function, arg)) {
        mp_raise_msg(&mp_type_RuntimeError, "schedule queue full");
    }
    return mp_const_none;
}
MPY_FUN(mp_micropython_schedule_obj, schedule, 2, 2, MP_FUN_KIND_2, _2, mp_micropython_schedule);

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
    {MP_ROM_QSTR(MP_QSTR_native), MP_ROM_PTR(&mp_micropython_native_obj)},
    {MP_ROM_QSTR(MP_QSTR_viper), MP_ROM_PTR(&mp_micropython_viper_obj)},
};
static MP_DEFINE_CONST_DICT(mp_module_micropython_globals, mp_module_micropython_globals_table);
MP_DEFINE_CONST_MODULE(mp_module_micropython, mp_module_micropython_globals);
