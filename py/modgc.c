// modgc.c: the gc module (control of the collector in gc.c).
#include "runtime.h"
#include "objmodule.h"

// Function objects that carry their name, for repr and error messages.
#define GC_FUN(obj, name, nmin, nmax, kind, field, f) \
    static const mp_obj_fun_builtin_t obj = {{&mp_type_builtin_function}, nmin, nmax, kind, MP_QSTR_##name, .fun.field = f}

static mp_obj_t gc_collect_(void) {
    gc_collect();
    return mp_const_none;
}
GC_FUN(gc_collect_obj, collect, 0, 0, MP_FUN_KIND_0, _0, gc_collect_);

static mp_obj_t gc_enable_(void) {
    gc_enable(true);
    return mp_const_none;
}
GC_FUN(gc_enable_obj, enable, 0, 0, MP_FUN_KIND_0, _0, gc_enable_);

static mp_obj_t gc_disable_(void) {
    gc_enable(false);
    return mp_const_none;
}
GC_FUN(gc_disable_obj, disable, 0, 0, MP_FUN_KIND_0, _0, gc_disable_);

static mp_obj_t gc_isenabled_(void) {
    return mp_obj_new_bool(gc_is_enabled());
}
GC_FUN(gc_isenabled_obj, isenabled, 0, 0, MP_FUN_KIND_0, _0, gc_isenabled_);

static mp_obj_t gc_mem_free_(void) {
    gc_info_t info;
    gc_info(&info);
    return mp_obj_new_int(info.free);
}
GC_FUN(gc_mem_free_obj, mem_free, 0, 0, MP_FUN_KIND_0, _0, gc_mem_free_);

static mp_obj_t gc_mem_alloc_(void) {
    gc_info_t info;
    gc_info(&info);
    return mp_obj_new_int(info.used);
}
GC_FUN(gc_mem_alloc_obj, mem_alloc, 0, 0, MP_FUN_KIND_0, _0, gc_mem_alloc_);

// gc.threshold([bytes]): with no argument returns the current value (-1 if
// disabled); with one sets the allocation amount that triggers a collection.
static mp_obj_t gc_threshold_(size_t n_args, const mp_obj_t *args) {
    if (n_args == 0) {
        return mp_obj_new_int(gc_get_threshold());
    }
    mp_int_t v = mp_obj_get_int(args[0]);
    gc_set_threshold(v < 0 ? -1 : v);
    return mp_const_none;
}
GC_FUN(gc_threshold_obj, threshold, 0, 1, MP_FUN_KIND_VAR, var, gc_threshold_);

static const mp_rom_map_elem_t gc_globals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_gc)},
    {MP_ROM_QSTR(MP_QSTR_collect), MP_ROM_PTR(&gc_collect_obj)},
    {MP_ROM_QSTR(MP_QSTR_enable), MP_ROM_PTR(&gc_enable_obj)},
    {MP_ROM_QSTR(MP_QSTR_disable), MP_ROM_PTR(&gc_disable_obj)},
    {MP_ROM_QSTR(MP_QSTR_isenabled), MP_ROM_PTR(&gc_isenabled_obj)},
    {MP_ROM_QSTR(MP_QSTR_mem_free), MP_ROM_PTR(&gc_mem_free_obj)},
    {MP_ROM_QSTR(MP_QSTR_mem_alloc), MP_ROM_PTR(&gc_mem_alloc_obj)},
    {MP_ROM_QSTR(MP_QSTR_threshold), MP_ROM_PTR(&gc_threshold_obj)},
};
static MP_DEFINE_CONST_DICT(gc_globals, gc_globals_table);
MP_DEFINE_CONST_MODULE(mp_module_gc, gc_globals);
