// builtinimport.c: the import system.
//
// import a.b.c loads a, then a.b, then a.b.c, each found either in
// sys.modules, among the built-in modules, or as a .py file / package
// folder (with __init__.py) on sys.path (for a submodule: in the parent
// package's __path__). A module is entered in sys.modules before its code
// runs, so circular imports see the partly initialised module; if its code
// raises, it is removed again.
//
// MicroPython's naming rule: a built-in module named uXXX is also
// importable as XXX, but a XXX.py found on the path wins for the plain name.
#include "runtime.h"
#include "objtype.h"
#include "objexcept.h"
#include "mphal.h"
#include "objmodule.h"
#include "bc.h"

// sys.path as the program sees it: the sys module's attribute (which may
// have been rebound to a new list), else the list made at start-up.
static mp_obj_t current_sys_path(void) {
    mp_map_elem_t *sys = mp_map_lookup_qstr(&MP_STATE(modules)->map, MP_QSTR_sys, MP_MAP_LOOKUP);
    if (sys != NULL && mp_obj_is_type_cold(sys->value, &mp_type_module)) {
        mp_map_elem_t *p = mp_map_lookup_qstr(&mp_obj_module_get_globals(sys->value)->map, MP_QSTR_path, MP_MAP_LOOKUP);
        if (p != NULL) {
            return p->value;
        }
    }
    return MP_STATE(sys_path);
}

static mp_obj_t modules_lookup(qstr name) {
    mp_map_elem_t *e = mp_map_lookup_qstr(&MP_STATE(modules)->map, name, MP_MAP_LOOKUP);
    return e ? e->value : MP_OBJ_NULL;
}

static void modules_store(qstr name, mp_obj_t module) {
    mp_obj_dict_store(MP_OBJ_FROM_PTR(MP_STATE(modules)), MP_OBJ_NEW_QSTR(name), module);
}

static void modules_remove(qstr name) {
    mp_map_lookup_qstr(&MP_STATE(modules)->map, name, MP_MAP_LOOKUP_REMOVE_IF_FOUND);
}

MP_NORETURN static void raise_not_found(const char *name, size_t len) {
    mp_obj_t exc = mp_obj_new_exception_msg_varg(&mp_type_ModuleNotFoundError, "No module named '%.*s'", (int)len, name);
    mp_obj_exception_store_attr(exc, MP_QSTR_name, mp_obj_new_str(name, len));
    nlr_raise(exc);
}

// Looks for <dir>/<name>.py or the package <dir>/<name>/__init__.py.
// On success leaves the file path in `path`, sets *is_pkg, returns true.
static bool find_in_dir(vstr_t *path, const char *dir, size_t dir_len, const char *name, size_t name_len, bool *is_pkg) {
    vstr_reset(path);
    if (dir_len > 0) {
        vstr_add_strn(path, dir, dir_len);
        if (dir[dir_len - 1] != '/') {
            vstr_add_byte(path, '/');
        }
    }
    vstr_add_strn(path, name, name_len);
    size_t base_len = path->len;
    if (mp_hal_import_stat(vstr_null_terminated_str(path)) == MP_IMPORT_STAT_DIR) {
        vstr_add_str(path, "/__init__.py");
        if (mp_hal_import_stat(vstr_null_terminated_str(path)) == MP_IMPORT_STAT_FILE) {
            *is_pkg = true;
            return true;
        }
        // A folder without __init__.py: a namespace package.
        path->len = base_len;
        vstr_null_terminated_str(path);
        *is_pkg = true;
        return true;
    }
    vstr_add_str(path, ".py");
    if (mp_hal_import_stat(vstr_null_terminated_str(path)) == MP_IMPORT_STAT_FILE) {
        *is_pkg = false;
        return true;
    }
    return false;
}

// Search a list of directories (sys.path or a package __path__).
static bool find_in_path_list(vstr_t *path, mp_obj_t dirs, const char *name, size_t name_len, bool *is_pkg) {
    size_t n;
    mp_obj_t *items;
    if (mp_obj_is_str_cold(dirs)) {
        size_t dl;
        const char *d = mp_obj_str_get_data(dirs, &dl);
        return find_in_dir(path, d, dl, name, name_len, is_pkg);
    }
    if (!mp_obj_is_type_cold(dirs, &mp_type_list) && !mp_obj_is_type_cold(dirs, &mp_type_tuple)) {
        return false;
    }
    mp_obj_get_array(dirs, &n, &items);
    for (size_t i = 0; i < n; i++) {
        if (!mp_obj_is_str_cold(items[i])) {
            continue;
        }
        size_t dl;
        const char *d = mp_obj_str_get_data(items[i], &dl);
        if (find_in_dir(path, d, dl, name, name_len, is_pkg)) {
            return true;
        }
    }
    return false;
}

// Length of a package's folder path given the path find_in_dir found:
// the path without a trailing "/__init__.py" (a namespace package's path
// is the folder already).
static size_t package_dir_len(const vstr_t *path) {
    static const char init_suffix[] = "/__init__.py";
    size_t n = sizeof(init_suffix) - 1;
    if (path->len >= n && memcmp(path->buf + path->len - n, init_suffix, n) == 0) {
        return path->len - n;
    }
    return path->len;
}

// Read, compile and run a source file with `globals` as its namespace.
static void exec_file(const char *file_path, mp_obj_dict_t *globals) {
    size_t len;
    int err;
    char *src = mp_hal_read_file(file_path, &len, &err);
    if (src == NULL) {
        mp_raise_OSError(err);
    }
    mp_obj_t code = mp_compile(src, len, qstr_from_str(file_path), MP_PARSE_FILE_INPUT, true);
    m_free(src);
    mp_exec_code(code, globals, globals);
}

// The plain name of a u-module (zlib for uzlib): one module object for
// both names, whichever is imported first. MP_OBJ_NULL if uq is no module.
// (Not inlined: load_module uses nlr, and locals across it must not be clobbered.)
MP_NOINLINE static mp_obj_t load_umodule(qstr full_name, qstr uq) {
    mp_obj_t builtin = modules_lookup(uq);
    if (builtin == MP_OBJ_NULL) {
        builtin = mp_module_get_builtin(uq);
    }
    if (builtin != MP_OBJ_NULL) {
        modules_store(uq, builtin);
        modules_store(full_name, builtin);
    }
    return builtin;
}

// Load one module given its full dotted name (already known not to be in
// sys.modules) and the directory list to search.
// globals[name] = value (one call instead of the boxing at each site).
static MP_NOINLINE void store_qstr(mp_obj_dict_t *globals, qstr name, mp_obj_t value) {
    mp_obj_dict_store(MP_OBJ_FROM_PTR(globals), MP_OBJ_NEW_QSTR(name), value);
}

static mp_obj_t load_module(qstr full_name, const char *leaf, size_t leaf_len, mp_obj_t search_dirs, bool top_level) {
    const char *full = qstr_str(full_name);
    // Built-in modules take precedence (sys, gc, ujson ...), except for
    // the plain name of a u-module, which the path may override.
    if (top_level) {
        mp_obj_t builtin = mp_module_get_builtin(full_name);
        if (builtin != MP_OBJ_NULL) {
            modules_store(full_name, builtin);
            return builtin;
        }
    }
    vstr_t path;
    vstr_init(&path, 64);
    bool is_pkg;
    if (search_dirs == MP_OBJ_NULL || !find_in_path_list(&path, search_dirs, leaf, leaf_len, &is_pkg)) {
        if (top_level) {
            vstr_t uname;
            vstr_init(&uname, leaf_len + 2);
            vstr_add_byte(&uname, 'u');
            vstr_add_strn(&uname, leaf, leaf_len);
            qstr uq = qstr_find_strn(uname.buf, uname.len);
            mp_obj_t builtin = uq != MP_QSTRnull ? load_umodule(full_name, uq) : MP_OBJ_NULL;
            if (builtin != MP_OBJ_NULL) {
                return builtin;
            }
        }
        raise_not_found(full, strlen(full));
    }
    mp_obj_t module = mp_obj_new_module(full_name);
    mp_obj_dict_t *globals = mp_obj_module_get_globals(module);
    if (is_pkg) {
        store_qstr(globals, MP_QSTR___path__, mp_obj_new_str(path.buf, package_dir_len(&path)));
        store_qstr(globals, MP_QSTR___package__, MP_OBJ_NEW_QSTR(full_name));
    } else {
        const char *dot = strrchr(full, '.');
        mp_obj_t pkg = dot ? mp_obj_new_str(full, dot - full) : MP_OBJ_NEW_QSTR(MP_QSTR_);
        store_qstr(globals, MP_QSTR___package__, pkg);
    }
    modules_store(full_name, module);
    bool has_file = !is_pkg || mp_hal_import_stat(vstr_null_terminated_str(&path)) == MP_IMPORT_STAT_FILE;
    if (has_file) {
        store_qstr(globals, MP_QSTR___file__, mp_obj_new_str(path.buf, path.len));
        nlr_buf_t nlr;
        if (nlr_push(&nlr) == 0) {
            exec_file(vstr_null_terminated_str(&path), globals);
            nlr_pop();
        } else {
            modules_remove(full_name);
            nlr_jump(nlr.ret_val);
        }
    }
    vstr_clear(&path);
    return module;
}

// The package the current module belongs to, for relative imports.
static void current_package(vstr_t *out, mp_int_t level) {
    mp_obj_dict_t *g = mp_globals_get();
    if (g == NULL) {
        mp_raise_msg(&mp_type_ImportError, "attempted relative import with no known parent package");
    }
    mp_map_elem_t *pkg = mp_map_lookup_qstr(&g->map, MP_QSTR___package__, MP_MAP_LOOKUP);
    size_t len = 0;
    const char *s = "";
    if (pkg != NULL && mp_obj_is_str_cold(pkg->value)) {
        s = mp_obj_str_get_data(pkg->value, &len);
    } else {
        mp_map_elem_t *name = mp_map_lookup_qstr(&g->map, MP_QSTR___name__, MP_MAP_LOOKUP);
        mp_map_elem_t *path = mp_map_lookup_qstr(&g->map, MP_QSTR___path__, MP_MAP_LOOKUP);
        if (name != NULL && mp_obj_is_str_cold(name->value)) {
            s = mp_obj_str_get_data(name->value, &len);
            if (path == NULL) {
                // a plain module: its package is the parent
                while (len > 0 && s[len - 1] != '.') {
                    len--;
                }
                if (len > 0) {
                    len--;
                }
            }
        }
    }
    if (len == 0) {
        mp_raise_msg(&mp_type_ImportError, "attempted relative import with no known parent package");
    }
    for (mp_int_t i = 1; i < level; i++) {
        while (len > 0 && s[len - 1] != '.') {
            len--;
        }
        if (len == 0) {
            mp_raise_msg(&mp_type_ImportError, "attempted relative import beyond top-level package");
        }
        len--;
    }
    vstr_add_strn(out, s, len);
}

// Import the module with this full dotted name, loading parents first.
// Returns the leaf module; *top receives the top-level package.
static mp_obj_t import_dotted(const char *name, size_t len, mp_obj_t *top) {
    mp_obj_t parent = MP_OBJ_NULL;
    mp_obj_t module = MP_OBJ_NULL;
    size_t start = 0;
    *top = MP_OBJ_NULL;
    for (;;) {
        size_t end = start;
        while (end < len && name[end] != '.') {
            end++;
        }
        if (end == start) {
            mp_raise_ValueError("Empty module name");
        }
        qstr full = qstr_from_strn(name, end);
        module = modules_lookup(full);
        if (module == MP_OBJ_NULL) {
            mp_obj_t dirs;
            if (parent == MP_OBJ_NULL) {
                dirs = current_sys_path();
            } else {
                mp_map_elem_t *p = mp_map_lookup_qstr(&mp_obj_module_get_globals(parent)->map, MP_QSTR___path__, MP_MAP_LOOKUP);
                if (p == NULL) {
                    mp_raise_msg_varg(&mp_type_ModuleNotFoundError, "No module named '%.*s'; '%.*s' is not a package",
                        (int)end, name, (int)(start - 1), name);
                }
                dirs = p->value;
            }
            module = load_module(full, name + start, end - start, dirs, parent == MP_OBJ_NULL);
            if (parent != MP_OBJ_NULL && mp_obj_is_type_cold(parent, &mp_type_module)) {
                mp_store_attr(parent, qstr_from_strn(name + start, end - start), module);
            }
        }
        if (*top == MP_OBJ_NULL) {
            *top = module;
        }
        if (end == len) {
            return module;
        }
        parent = module;
        start = end + 1;
    }
}

mp_obj_t mp_import_name(qstr name, mp_obj_t fromlist, mp_obj_t level_in) {
    mp_int_t level = level_in == MP_OBJ_NULL || level_in == mp_const_none ? 0 : mp_obj_get_int(level_in);
    size_t name_len;
    const char *name_str = (const char *)qstr_data(name, &name_len);
    vstr_t full;
    vstr_init(&full, name_len + 16);
    if (level > 0) {
        current_package(&full, level);
        if (name_len > 0) {
            vstr_add_byte(&full, '.');
        }
    }
    vstr_add_strn(&full, name_str, name_len);
    if (full.len == 0) {
        mp_raise_ValueError("Empty module name");
    }
    mp_obj_t top;
    mp_obj_t leaf = import_dotted(full.buf, full.len, &top);
    bool has_fromlist = fromlist != MP_OBJ_NULL && fromlist != mp_const_none && mp_obj_is_true(fromlist);
    if (!has_fromlist) {
        if (level > 0 && name_len == 0) {
            return leaf;
        }
        // "import a.b.c" binds a; for a relative import the top is the
        // first component after the package, but CPython returns the
        // package itself there too; callers of that form use fromlist.
        return level > 0 ? leaf : top;
    }
    // from package import submodule: load submodules named in fromlist.
    mp_map_elem_t *p = mp_obj_is_type_cold(leaf, &mp_type_module)
        ? mp_map_lookup_qstr(&mp_obj_module_get_globals(leaf)->map, MP_QSTR___path__, MP_MAP_LOOKUP) : NULL;
    if (p != NULL) {
        mp_obj_t iter = mp_getiter(fromlist, NULL);
        mp_obj_t item;
        while ((item = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION) {
            qstr attr = mp_obj_str_get_qstr(item);
            if (attr == MP_QSTR__star_) {
                continue;
            }
            mp_obj_t dest[2] = {MP_OBJ_NULL, MP_OBJ_NULL};
            mp_load_method_maybe(leaf, attr, dest);
            if (dest[0] == MP_OBJ_NULL) {
                vstr_t sub;
                vstr_init(&sub, full.len + 16);
                vstr_add_strn(&sub, full.buf, full.len);
                vstr_add_byte(&sub, '.');
                size_t al;
                const char *as = (const char *)qstr_data(attr, &al);
                vstr_add_strn(&sub, as, al);
                nlr_buf_t nlr;
                if (nlr_push(&nlr) == 0) {
                    mp_obj_t t;
                    import_dotted(sub.buf, sub.len, &t);
                    nlr_pop();
                } else {
                    // Not a submodule either: IMPORT_FROM reports the error.
                    if (!mp_obj_is_instance_of(MP_OBJ_FROM_PTR(nlr.ret_val), &mp_type_ImportError)) {
                        nlr_jump(nlr.ret_val);
                    }
                }
            }
        }
    }
    return leaf;
}

mp_obj_t mp_import_from(mp_obj_t module, qstr name) {
    mp_obj_t dest[2] = {MP_OBJ_NULL, MP_OBJ_NULL};
    mp_load_method_maybe(module, name, dest);
    if (dest[0] != MP_OBJ_NULL) {
        if (dest[1] != MP_OBJ_NULL) {
            return mp_obj_new_bound_meth(dest[0], dest[1]);
        }
        return dest[0];
    }
    // A submodule imported by now but not bound as an attribute.
    if (mp_obj_is_type_cold(module, &mp_type_module)) {
        mp_map_elem_t *n = mp_map_lookup_qstr(&mp_obj_module_get_globals(module)->map, MP_QSTR___name__, MP_MAP_LOOKUP);
        if (n != NULL && mp_obj_is_str_cold(n->value)) {
            vstr_t sub;
            vstr_init(&sub, 32);
            size_t l;
            const char *s = mp_obj_str_get_data(n->value, &l);
            vstr_add_strn(&sub, s, l);
            vstr_add_byte(&sub, '.');
            vstr_add_str(&sub, qstr_str(name));
            qstr sq = qstr_find_strn(sub.buf, sub.len);
            if (sq != MP_QSTRnull) {
                mp_obj_t m = modules_lookup(sq);
                if (m != MP_OBJ_NULL) {
                    return m;
                }
            }
            mp_raise_msg_varg(&mp_type_ImportError, "cannot import name '%q' from '%.*s'", name, (int)l, s);
        }
    }
    mp_raise_msg_varg(&mp_type_ImportError, "cannot import name '%q'", name);
}

void mp_import_all(mp_obj_t module) {
    mp_obj_dict_t *locals = mp_locals_get();
    mp_obj_t dest[2] = {MP_OBJ_NULL, MP_OBJ_NULL};
    mp_load_method_maybe(module, MP_QSTR___all__, dest);
    if (dest[0] != MP_OBJ_NULL) {
        mp_obj_t iter = mp_getiter(dest[0], NULL);
        mp_obj_t item;
        while ((item = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION) {
            qstr q = mp_obj_str_get_qstr(item);
            mp_obj_dict_store(MP_OBJ_FROM_PTR(locals), MP_OBJ_NEW_QSTR(q), mp_load_attr(module, q));
        }
        return;
    }
    if (!mp_obj_is_type_cold(module, &mp_type_module)) {
        return;
    }
    mp_map_t *map = &mp_obj_module_get_globals(module)->map;
    size_t cur = 0;
    mp_map_elem_t *e;
    while ((e = mp_map_next(map, &cur)) != NULL) {
        if (mp_obj_is_str_cold(e->key)) {
            size_t l;
            const char *s = mp_obj_str_get_data(e->key, &l);
            if (l > 0 && s[0] == '_') {
                continue;
            }
        }
        mp_obj_dict_store(MP_OBJ_FROM_PTR(locals), e->key, e->value);
    }
}

// __import__(name, globals=None, locals=None, fromlist=(), level=0)
mp_obj_t mp_builtin___import__(size_t n_args, const mp_obj_t *args) {
    if (!mp_obj_is_str_cold(args[0])) {
        mp_raise_TypeError("module name must be a string");
    }
    mp_obj_t fromlist = n_args > 3 ? args[3] : mp_const_none;
    mp_obj_t level = n_args > 4 ? args[4] : MP_OBJ_NEW_SMALL_INT(0);
    return mp_import_name(mp_obj_str_get_qstr(args[0]), fromlist, level);
}

// Run a module by name as __main__ (the -m option).
void mp_import_run_main(const char *name) {
    size_t len = strlen(name);
    mp_obj_t top;
    // Import parents normally, then run the leaf as __main__.
    const char *dot = strrchr(name, '.');
    mp_obj_t dirs = current_sys_path();
    if (dot != NULL) {
        mp_obj_t parent = import_dotted(name, dot - name, &top);
        mp_map_elem_t *p = mp_map_lookup_qstr(&mp_obj_module_get_globals(parent)->map, MP_QSTR___path__, MP_MAP_LOOKUP);
        dirs = p ? p->value : MP_OBJ_NULL;
    }
    const char *leaf = dot ? dot + 1 : name;
    size_t leaf_len = len - (leaf - name);
    qstr full = qstr_from_strn(name, len);
    mp_obj_t builtin = dot ? MP_OBJ_NULL : mp_module_get_builtin(full);
    if (builtin != MP_OBJ_NULL) {
        return;
    }
    vstr_t path;
    vstr_init(&path, 64);
    bool is_pkg;
    if (dirs == MP_OBJ_NULL || !find_in_path_list(&path, dirs, leaf, leaf_len, &is_pkg)) {
        raise_not_found(name, len);
    }
    if (is_pkg) {
        // python -m pkg runs pkg/__main__.py
        path.len = package_dir_len(&path);
        vstr_add_str(&path, "/__main__.py");
    }
    mp_obj_dict_t *g = MP_STATE(dict_main);
    store_qstr(g, MP_QSTR___file__, mp_obj_new_str(path.buf, path.len));
    exec_file(vstr_null_terminated_str(&path), g);
}
