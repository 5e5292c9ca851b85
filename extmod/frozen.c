// frozen.c: runs the compressed Python sources of library modules (see
// frozen.h). Stored deflated, they cost about a fifth of their text; they
// are inflated into a temporary buffer only while being compiled.
#include "frozen.h"
#include "deflate_codec.h"

void mp_frozen_exec(const mp_frozen_src_t *src, qstr name, mp_obj_t globals) {
    byte *text = m_malloc_atomic(src->len);
    inflate_t inf;
    inflate_init(&inf, DEFLATE_FMT_RAW, 0, src->data, src->zlen, NULL, NULL);
    size_t n = inflate_read(&inf, text, src->len);
    inflate_free(&inf);
    if (n != src->len) {
        // Only a build fault can cause this: the data is generated.
        mp_raise_msg(&mp_type_RuntimeError, "corrupt frozen source");
    }
    mp_obj_t code = mp_compile((const char *)text, n, name, MP_PARSE_FILE_INPUT, true);
    m_free(text);
    mp_exec_code(code, MP_OBJ_TO_PTR(globals), MP_OBJ_TO_PTR(globals));
}
