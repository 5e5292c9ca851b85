// modos.c: the uos module of the Unix port (importable as os): files and
// directories, the environment, uname/urandom/system. Failures raise
// OSError (or its errno subclass) carrying the file name, as in CPython.
// There is no os.path.
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/utsname.h>
#include "runtime.h"
#include "mphal.h"
#include "stream.h"
#include "objstr.h"
#include "objmodule.h"
#include "unix_port.h"

extern char **environ;

// Function objects that carry their name, for repr and error messages.
#define OS_FUN(obj, name, nmin, nmax, kind, field, f) \
    static const mp_obj_fun_builtin_t obj = {{&mp_type_builtin_function}, nmin, nmax, kind, MP_QSTR_##name, .fun.field = f}

// ---------------------------------------------------------------------------
// Result records: a tuple whose items are also attributes (stat_result,
// uname_result). `name` is printed before the fields; NULL prints the bare
// "(field=value, ...)" of MicroPython's attribute tuples. A few attributes
// may have values other than their item (stat's st_*time are floats while
// the items are whole seconds): those are in extra_fields/extra.

typedef struct _mp_obj_record_t {
    mp_obj_base_t base;
    const char *name;
    const qstr *fields;          // names of the items
    const qstr *extra_fields;    // n_extra names looked up first
    size_t n_extra;
    mp_obj_t tuple;
    mp_obj_t extra[3];
} mp_obj_record_t;

extern const mp_obj_type_t mp_type_os_record;

static mp_obj_record_t *record_new(const char *name, const qstr *fields, size_t n, const mp_obj_t *items) {
    mp_obj_record_t *r = m_new_obj(mp_obj_record_t);
    r->base.type = &mp_type_os_record;
    r->name = name;
    r->fields = fields;
    r->tuple = mp_obj_new_tuple(n, items);
    return r;
}

static mp_obj_t record_tuple(mp_obj_t o) {
    if (mp_obj_is_type(o, &mp_type_os_record)) {
        return ((mp_obj_record_t *)MP_OBJ_TO_PTR(o))->tuple;
    }
    return o;
}

static void record_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    mp_obj_record_t *r = MP_OBJ_TO_PTR(self_in);
    size_t n;
    mp_obj_t *items;
    mp_obj_tuple_get(r->tuple, &n, &items);
    if (r->name != NULL) {
        mp_print_str(print, r->name);
    }
    mp_print_str(print, "(");
    for (size_t i = 0; i < n; i++) {
        mp_printf(print, i > 0 ? ", %q=" : "%q=", r->fields[i]);
        mp_obj_print_helper(print, items[i], PRINT_REPR);
    }
    mp_print_str(print, ")");
}

static void record_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    mp_obj_record_t *r = MP_OBJ_TO_PTR(self_in);
    size_t n;
    mp_obj_t *items;
    mp_obj_tuple_get(r->tuple, &n, &items);
    for (size_t i = 0; i < r->n_extra; i++) {
        if (r->extra_fields[i] == attr) {
            dest[0] = r->extra[i];
            return;
        }
    }
    for (size_t i = 0; i < n; i++) {
        if (r->fields[i] == attr) {
            dest[0] = items[i];
            return;
        }
    }
    // count/index and the like come from the tuple.
    mp_load_method_maybe(r->tuple, attr, dest);
}

static mp_obj_t record_subscr(mp_obj_t self_in, mp_obj_t index, mp_obj_t value) {
    if (value != MP_OBJ_SENTINEL) {
        return MP_OBJ_NULL;  // read-only
    }
    return mp_obj_subscr(record_tuple(self_in), index, value);
}

static mp_obj_t record_unary_op(mp_unary_op_t op, mp_obj_t self_in) {
    return mp_unary_op(op, record_tuple(self_in));
}

static mp_obj_t record_binary_op(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs) {
    switch (op) {
        case MP_BINARY_OP_EQUAL:
        case MP_BINARY_OP_NOT_EQUAL:
        case MP_BINARY_OP_LESS:
        case MP_BINARY_OP_MORE:
        case MP_BINARY_OP_LESS_EQUAL:
        case MP_BINARY_OP_MORE_EQUAL:
        case MP_BINARY_OP_ADD:
        case MP_BINARY_OP_IN:
            return mp_binary_op(op, record_tuple(lhs), record_tuple(rhs));
        default:
            return MP_OBJ_NULL;
    }
}

static mp_obj_t record_getiter(mp_obj_t self_in) {
    return mp_getiter(record_tuple(self_in), NULL);
}

const mp_obj_type_t mp_type_os_record = {
    {&mp_type_type},
    .name = MP_QSTR_struct_result,
    .print = record_print,
    .unary_op = record_unary_op,
    .binary_op = record_binary_op,
    .attr = record_attr,
    .subscr = record_subscr,
    .getiter = record_getiter,
};

// ---------------------------------------------------------------------------
// Paths

// An os.PathLike object's path (its __fspath__()); other objects as they are.
mp_obj_t mp_unix_fspath(mp_obj_t p) {
    if (mp_obj_is_obj(p) && !mp_obj_is_str_like(p) && !mp_obj_is_type(p, &mp_type_bytes)) {
        mp_obj_t dest[2];
        mp_load_method_maybe(p, MP_QSTR___fspath__, dest);
        if (dest[0] != MP_OBJ_NULL) {
            p = mp_call_method_n_kw(0, 0, dest);
        }
    }
    return p;
}

// A NUL-terminated copy of a str or bytes path; *is_bytes (if not NULL)
// tells whether names derived from it should be bytes.
const char *mp_unix_path_cstr(mp_obj_t p, bool *is_bytes) {
    size_t len;
    const char *s = (const char *)mp_obj_str_get_data_maybe(p, &len, false);
    bool b = false;
    if (s == NULL) {
        s = (const char *)mp_obj_str_get_data_maybe(p, &len, true);
        b = true;
    }
    if (s == NULL) {
        mp_raise_msg_varg(&mp_type_TypeError, "expected str, bytes or os.PathLike object, not %s", mp_obj_get_type_str(p));
    }
    if (memchr(s, 0, len) != NULL) {
        mp_raise_ValueError("embedded null byte");
    }
    if (is_bytes != NULL) {
        *is_bytes = b;
    }
    char *c = m_malloc_atomic(len + 1);
    memcpy(c, s, len);
    c[len] = 0;
    return c;
}

// The C string of a path argument (str, bytes or os.PathLike).
static const char *get_path(mp_obj_t path, bool *is_bytes) {
    return mp_unix_path_cstr(mp_unix_fspath(path), is_bytes);
}

static const char *path_arg(mp_obj_t path) {
    return get_path(path, NULL);
}

static MP_NORETURN void raise_errno(mp_obj_t path) {
    mp_raise_OSError_with_filename(errno, path, MP_OBJ_NULL);
}

// A file name from the system as str (undecodable bytes surrogate-escaped,
// as CPython does) or bytes.
static mp_obj_t fs_name(const char *s, bool as_bytes) {
    size_t len = strlen(s);
    if (as_bytes) {
        return mp_obj_new_bytes((const byte *)s, len);
    }
    if (utf8_is_valid((const byte *)s, len)) {
        return mp_obj_new_str(s, len);
    }
    return mp_obj_bytes_decode((const byte *)s, len, MP_OBJ_NULL, MP_OBJ_NEW_QSTR(MP_QSTR_surrogateescape));
}

// ---------------------------------------------------------------------------
// Functions

// chdir, rmdir, remove: a system call on one path, raising on failure.
static mp_obj_t path_op(int (*fn)(const char *), mp_obj_t path) {
    if (fn(path_arg(path)) != 0) {
        raise_errno(path);
    }
    return mp_const_none;
}

static mp_obj_t os_getcwd(void) {
    char buf[PATH_MAX];
    if (getcwd(buf, sizeof(buf)) == NULL) {
        mp_raise_OSError(errno);
    }
    return fs_name(buf, false);
}
OS_FUN(os_getcwd_obj, getcwd, 0, 0, MP_FUN_KIND_0, _0, os_getcwd);

static mp_obj_t os_chdir(mp_obj_t path) {
    return path_op(chdir, path);
}
OS_FUN(os_chdir_obj, chdir, 1, 1, MP_FUN_KIND_1, _1, os_chdir);

static mp_obj_t os_mkdir(size_t n_args, const mp_obj_t *args) {
    mp_int_t mode = n_args > 1 ? mp_obj_get_int(args[1]) : 0777;
    if (mkdir(path_arg(args[0]), mode) != 0) {
        raise_errno(args[0]);
    }
    return mp_const_none;
}
OS_FUN(os_mkdir_obj, mkdir, 1, 2, MP_FUN_KIND_VAR, var, os_mkdir);

static mp_obj_t os_rmdir(mp_obj_t path) {
    return path_op(rmdir, path);
}
OS_FUN(os_rmdir_obj, rmdir, 1, 1, MP_FUN_KIND_1, _1, os_rmdir);

static mp_obj_t os_remove(mp_obj_t path) {
    return path_op(unlink, path);
}
OS_FUN(os_remove_obj, remove, 1, 1, MP_FUN_KIND_1, _1, os_remove);

static mp_obj_t os_rename(mp_obj_t from, mp_obj_t to) {
    if (rename(path_arg(from), path_arg(to)) != 0) {
        mp_raise_OSError_with_filename(errno, from, to);
    }
    return mp_const_none;
}
OS_FUN(os_rename_obj, rename, 2, 2, MP_FUN_KIND_2, _2, os_rename);

// Directory entries: (name, d_type-ish mode, inode) for each.
static mp_obj_t list_dir(size_t n_args, const mp_obj_t *args, bool names_only) {
    mp_obj_t path = n_args > 0 && args[0] != mp_const_none ? args[0] : MP_OBJ_NEW_QSTR(MP_QSTR__dot_);
    bool as_bytes;
    const char *p = get_path(path, &as_bytes);
    DIR *dir = opendir(p);
    if (dir == NULL) {
        raise_errno(path);
    }
    mp_obj_t list = mp_obj_new_list(0, NULL);
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        struct dirent *e;
        while ((e = readdir(dir)) != NULL) {
            if (e->d_name[0] == '.' && (e->d_name[1] == 0 || (e->d_name[1] == '.' && e->d_name[2] == 0))) {
                continue;
            }
            mp_obj_t name = fs_name(e->d_name, as_bytes);
            if (names_only) {
                mp_obj_list_append(list, name);
                continue;
            }
            mp_int_t type = 0;
            if (e->d_type == DT_DIR) {
                type = 0x4000;
            } else if (e->d_type == DT_REG) {
                type = 0x8000;
            } else if (e->d_type == DT_LNK || e->d_type == DT_UNKNOWN) {
                struct stat st;
                if (fstatat(dirfd(dir), e->d_name, &st, 0) == 0) {
                    type = S_ISDIR(st.st_mode) ? 0x4000 : S_ISREG(st.st_mode) ? 0x8000 : 0;
                }
            }
            mp_obj_t t[3] = {name, MP_OBJ_NEW_SMALL_INT(type), mp_obj_new_int_from_ull(e->d_ino)};
            mp_obj_list_append(list, mp_obj_new_tuple(3, t));
        }
        nlr_pop();
        closedir(dir);
    } else {
        closedir(dir);
        nlr_jump(nlr.ret_val);
    }
    return list;
}

static mp_obj_t os_listdir(size_t n_args, const mp_obj_t *args) {
    return list_dir(n_args, args, true);
}
OS_FUN(os_listdir_obj, listdir, 0, 1, MP_FUN_KIND_VAR, var, os_listdir);

static mp_obj_t os_ilistdir(size_t n_args, const mp_obj_t *args) {
    return mp_getiter(list_dir(n_args, args, false), NULL);
}
OS_FUN(os_ilistdir_obj, ilistdir, 0, 1, MP_FUN_KIND_VAR, var, os_ilistdir);

// The integer fields of a C struct as Python ints, table-driven (offset,
// size, signedness), for stat_result and statvfs_result.
typedef struct {
    uint8_t offset;
    uint8_t size;  // 4 or 8 bytes
    uint8_t is_signed;
} int_field_t;
#define INT_FIELD(type, f, is_signed) {offsetof(type, f), sizeof(((type *)0)->f), is_signed}

static void int_fields(const void *s, const int_field_t *fields, size_t n, mp_obj_t *items) {
    for (size_t i = 0; i < n; i++) {
        const byte *p = (const byte *)s + fields[i].offset;
        int64_t v;
        if (fields[i].size == 4) {
            uint32_t u;
            memcpy(&u, p, 4);
            v = fields[i].is_signed ? (int64_t)(int32_t)u : (int64_t)u;
        } else {
            memcpy(&v, p, 8);
        }
        items[i] = fields[i].is_signed ? mp_obj_new_int_from_ll(v) : mp_obj_new_int_from_ull((uint64_t)v);
    }
}

static const qstr stat_fields[] = {
    MP_QSTR_st_mode, MP_QSTR_st_ino, MP_QSTR_st_dev, MP_QSTR_st_nlink, MP_QSTR_st_uid,
    MP_QSTR_st_gid, MP_QSTR_st_size, MP_QSTR_st_atime, MP_QSTR_st_mtime, MP_QSTR_st_ctime,
};
static const int_field_t stat_int_fields[] = {
    INT_FIELD(struct stat, st_mode, 0), INT_FIELD(struct stat, st_ino, 0), INT_FIELD(struct stat, st_dev, 0),
    INT_FIELD(struct stat, st_nlink, 0), INT_FIELD(struct stat, st_uid, 0), INT_FIELD(struct stat, st_gid, 0),
    INT_FIELD(struct stat, st_size, 1), INT_FIELD(struct stat, st_atim.tv_sec, 1),
    INT_FIELD(struct stat, st_mtim.tv_sec, 1), INT_FIELD(struct stat, st_ctim.tv_sec, 1),
};

static mp_obj_t stat_result(const struct stat *st) {
    // The tuple has whole seconds; the st_*time attributes are floats, as
    // in CPython.
    mp_obj_t items[10];
    int_fields(st, stat_int_fields, 10, items);
    static const qstr time_fields[] = {MP_QSTR_st_atime, MP_QSTR_st_mtime, MP_QSTR_st_ctime};
    mp_obj_record_t *r = record_new("os.stat_result", stat_fields, 10, items);
    r->extra_fields = time_fields;
    r->n_extra = 3;
    const struct timespec *times[3] = {&st->st_atim, &st->st_mtim, &st->st_ctim};
    for (size_t i = 0; i < 3; i++) {
        r->extra[i] = mp_obj_new_float(times[i]->tv_sec + times[i]->tv_nsec * 1e-9);
    }
    return MP_OBJ_FROM_PTR(r);
}

static mp_obj_t do_stat(mp_obj_t path, bool follow) {
    struct stat st;
    int r;
    if (mp_obj_is_int(path) && !mp_obj_is_bool(path)) {
        r = fstat(mp_obj_get_int(path), &st);
    } else {
        const char *p = path_arg(path);
        r = follow ? stat(p, &st) : lstat(p, &st);
    }
    if (r != 0) {
        raise_errno(path);
    }
    return stat_result(&st);
}

static mp_obj_t os_stat(mp_obj_t path) {
    return do_stat(path, true);
}
OS_FUN(os_stat_obj, stat, 1, 1, MP_FUN_KIND_1, _1, os_stat);

static mp_obj_t os_lstat(mp_obj_t path) {
    return do_stat(path, false);
}
OS_FUN(os_lstat_obj, lstat, 1, 1, MP_FUN_KIND_1, _1, os_lstat);

static const qstr statvfs_fields[] = {
    MP_QSTR_f_bsize, MP_QSTR_f_frsize, MP_QSTR_f_blocks, MP_QSTR_f_bfree, MP_QSTR_f_bavail,
    MP_QSTR_f_files, MP_QSTR_f_ffree, MP_QSTR_f_favail, MP_QSTR_f_flag, MP_QSTR_f_namemax,
};
static const int_field_t statvfs_int_fields[] = {
    INT_FIELD(struct statvfs, f_bsize, 0), INT_FIELD(struct statvfs, f_frsize, 0), INT_FIELD(struct statvfs, f_blocks, 0),
    INT_FIELD(struct statvfs, f_bfree, 0), INT_FIELD(struct statvfs, f_bavail, 0), INT_FIELD(struct statvfs, f_files, 0),
    INT_FIELD(struct statvfs, f_ffree, 0), INT_FIELD(struct statvfs, f_favail, 0), INT_FIELD(struct statvfs, f_flag, 0),
    INT_FIELD(struct statvfs, f_namemax, 0),
};

static mp_obj_t os_statvfs(mp_obj_t path) {
    struct statvfs sv;
    if (statvfs(path_arg(path), &sv) != 0) {
        raise_errno(path);
    }
    mp_obj_t items[10];
    int_fields(&sv, statvfs_int_fields, 10, items);
    return MP_OBJ_FROM_PTR(record_new("os.statvfs_result", statvfs_fields, 10, items));
}
OS_FUN(os_statvfs_obj, statvfs, 1, 1, MP_FUN_KIND_1, _1, os_statvfs);

static mp_obj_t os_sync(void) {
    sync();
    return mp_const_none;
}
OS_FUN(os_sync_obj, sync, 0, 0, MP_FUN_KIND_0, _0, os_sync);

static const qstr uname_fields[] = {
    MP_QSTR_sysname, MP_QSTR_nodename, MP_QSTR_release, MP_QSTR_version, MP_QSTR_machine,
};

static mp_obj_t os_uname(void) {
    struct utsname u;
    if (uname(&u) != 0) {
        mp_raise_OSError(errno);
    }
    static const char version[] = MICROPY_VERSION_STRING " on " __DATE__;
    mp_obj_t items[5] = {
        mp_obj_new_str_from_cstr(u.sysname), mp_obj_new_str_from_cstr(u.nodename),
        mp_obj_new_str_from_cstr(u.release), mp_obj_new_str(version, sizeof(version) - 1),
        mp_obj_new_str_from_cstr(u.machine),
    };
    return MP_OBJ_FROM_PTR(record_new(NULL, uname_fields, 5, items));
}
OS_FUN(os_uname_obj, uname, 0, 0, MP_FUN_KIND_0, _0, os_uname);

static mp_obj_t os_urandom(mp_obj_t n_in) {
    mp_int_t n = mp_obj_get_int(n_in);
    if (n < 0) {
        mp_raise_ValueError("negative argument not allowed");
    }
    vstr_t v;
    vstr_init_len(&v, n);
    size_t done = 0;
    while (done < (size_t)n) {
        ssize_t r = getrandom(v.buf + done, n - done, 0);
        if (r < 0) {
            if (errno == EINTR) {
                continue;
            }
            mp_raise_OSError(errno);
        }
        done += r;
    }
    return mp_obj_new_bytes_from_vstr(&v);
}
OS_FUN(os_urandom_obj, urandom, 1, 1, MP_FUN_KIND_1, _1, os_urandom);

static mp_obj_t os_getenv(size_t n_args, const mp_obj_t *args) {
    const char *v = getenv(mp_obj_str_get_str(args[0]));
    if (v == NULL) {
        return n_args > 1 ? args[1] : mp_const_none;
    }
    return fs_name(v, false);
}
OS_FUN(os_getenv_obj, getenv, 1, 2, MP_FUN_KIND_VAR, var, os_getenv);

static mp_obj_t os_putenv(mp_obj_t key, mp_obj_t value) {
    const char *k = path_arg(key), *v = path_arg(value);
    if (k[0] == 0 || strchr(k, '=') != NULL) {
        mp_raise_ValueError("illegal environment variable name");
    }
    if (setenv(k, v, 1) != 0) {
        mp_raise_OSError(errno);
    }
    return mp_const_none;
}
OS_FUN(os_putenv_obj, putenv, 2, 2, MP_FUN_KIND_2, _2, os_putenv);

static mp_obj_t os_unsetenv(mp_obj_t key) {
    if (unsetenv(path_arg(key)) != 0) {
        mp_raise_OSError(errno);
    }
    return mp_const_none;
}
OS_FUN(os_unsetenv_obj, unsetenv, 1, 1, MP_FUN_KIND_1, _1, os_unsetenv);

static mp_obj_t os_system(mp_obj_t cmd) {
    const char *c = mp_obj_str_get_str(cmd);
    // Our buffered output must come before the command's.
    mp_hal_stdout_flush();
    int r = system(c);
    return MP_OBJ_NEW_SMALL_INT(r);
}
OS_FUN(os_system_obj, system, 1, 1, MP_FUN_KIND_1, _1, os_system);

static mp_obj_t os_getpid(void) {
    return MP_OBJ_NEW_SMALL_INT(getpid());
}
OS_FUN(os_getpid_obj, getpid, 0, 0, MP_FUN_KIND_0, _0, os_getpid);

// dupterm(stream_object, index=0): repeat the console (REPL and program
// output, tracebacks) on a stream with write(), and take console input
// from its readinto() too (see unix_mphal.c); None detaches. Returns the
// stream the slot held before.
static mp_obj_t os_dupterm(size_t n_args, const mp_obj_t *args) {
    mp_int_t slot = n_args > 1 ? mp_obj_get_int(args[1]) : 0;
    if (slot < 0 || slot >= MP_UNIX_DUPTERM_SLOTS) {
        mp_raise_ValueError("invalid dupterm index");
    }
    mp_obj_t stream = args[0];
    if (stream != mp_const_none) {
        mp_obj_t dest[2];
        mp_load_method_maybe(stream, MP_QSTR_write, dest);
        if (dest[0] == MP_OBJ_NULL) {
            mp_raise_TypeError("stream object required (with a write() method)");
        }
    }
    return mp_unix_dupterm_set((size_t)slot, stream);
}
OS_FUN(os_dupterm_obj, dupterm, 1, 2, MP_FUN_KIND_VAR, var, os_dupterm);

// os.environ is built when first asked for (module __getattr__) and kept.
static mp_obj_t environ_dict;

static mp_obj_t os_getattr(mp_obj_t name) {
    if (mp_obj_str_get_qstr(name) == MP_QSTR_environ) {
        if (environ_dict == MP_OBJ_NULL) {
            mp_obj_t d = mp_obj_new_dict(32);
            for (char **e = environ; *e != NULL; e++) {
                const char *eq = strchr(*e, '=');
                if (eq != NULL) {
                    mp_obj_dict_store(d, mp_obj_new_str(*e, eq - *e), fs_name(eq + 1, false));
                }
            }
            environ_dict = d;
            gc_add_root(&environ_dict, 1);
        }
        return environ_dict;
    }
    mp_raise_msg_varg(&mp_type_AttributeError, "module 'os' has no attribute '%s'", mp_obj_str_get_str(name));
}
OS_FUN(os_getattr_obj, __getattr__, 1, 1, MP_FUN_KIND_1, _1, os_getattr);

static const mp_rom_map_elem_t os_globals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_uos)},
    {MP_ROM_QSTR(MP_QSTR___getattr__), MP_ROM_PTR(&os_getattr_obj)},
    {MP_ROM_QSTR(MP_QSTR_getcwd), MP_ROM_PTR(&os_getcwd_obj)},
    {MP_ROM_QSTR(MP_QSTR_chdir), MP_ROM_PTR(&os_chdir_obj)},
    {MP_ROM_QSTR(MP_QSTR_listdir), MP_ROM_PTR(&os_listdir_obj)},
    {MP_ROM_QSTR(MP_QSTR_ilistdir), MP_ROM_PTR(&os_ilistdir_obj)},
    {MP_ROM_QSTR(MP_QSTR_mkdir), MP_ROM_PTR(&os_mkdir_obj)},
    {MP_ROM_QSTR(MP_QSTR_rmdir), MP_ROM_PTR(&os_rmdir_obj)},
    {MP_ROM_QSTR(MP_QSTR_remove), MP_ROM_PTR(&os_remove_obj)},
    {MP_ROM_QSTR(MP_QSTR_unlink), MP_ROM_PTR(&os_remove_obj)},
    {MP_ROM_QSTR(MP_QSTR_rename), MP_ROM_PTR(&os_rename_obj)},
    {MP_ROM_QSTR(MP_QSTR_stat), MP_ROM_PTR(&os_stat_obj)},
    {MP_ROM_QSTR(MP_QSTR_lstat), MP_ROM_PTR(&os_lstat_obj)},
    {MP_ROM_QSTR(MP_QSTR_statvfs), MP_ROM_PTR(&os_statvfs_obj)},
    {MP_ROM_QSTR(MP_QSTR_sync), MP_ROM_PTR(&os_sync_obj)},
    {MP_ROM_QSTR(MP_QSTR_uname), MP_ROM_PTR(&os_uname_obj)},
    {MP_ROM_QSTR(MP_QSTR_urandom), MP_ROM_PTR(&os_urandom_obj)},
    {MP_ROM_QSTR(MP_QSTR_getenv), MP_ROM_PTR(&os_getenv_obj)},
    {MP_ROM_QSTR(MP_QSTR_putenv), MP_ROM_PTR(&os_putenv_obj)},
    {MP_ROM_QSTR(MP_QSTR_unsetenv), MP_ROM_PTR(&os_unsetenv_obj)},
    {MP_ROM_QSTR(MP_QSTR_system), MP_ROM_PTR(&os_system_obj)},
    {MP_ROM_QSTR(MP_QSTR_getpid), MP_ROM_PTR(&os_getpid_obj)},
    {MP_ROM_QSTR(MP_QSTR_dupterm), MP_ROM_PTR(&os_dupterm_obj)},
    {MP_ROM_QSTR(MP_QSTR_sep), MP_ROM_QSTR(MP_QSTR__slash_)},
    {MP_ROM_QSTR(MP_QSTR_name), MP_ROM_QSTR(MP_QSTR_posix)},
    {MP_ROM_QSTR(MP_QSTR_curdir), MP_ROM_QSTR(MP_QSTR__dot_)},
    {MP_ROM_QSTR(MP_QSTR_SEEK_SET), MP_ROM_INT(0)},
    {MP_ROM_QSTR(MP_QSTR_SEEK_CUR), MP_ROM_INT(1)},
    {MP_ROM_QSTR(MP_QSTR_SEEK_END), MP_ROM_INT(2)},
};
static MP_DEFINE_CONST_DICT(os_globals, os_globals_table);
MP_DEFINE_CONST_MODULE(mp_module_os, os_globals);
