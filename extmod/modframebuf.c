// modframebuf.c: the framebuf module: drawing into pixel buffers.
//
// A FrameBuffer wraps any writable buffer (bytearray, array, memoryview ...)
// as a width x height image in one of seven pixel formats, and draws pixels,
// lines, rectangles, ellipses, polygons, 8x8 text, scrolls and blits (also
// across formats) with clipping at the edges: nothing is ever written outside
// the image.
//
// Pixel layouts (as MicroPython lays them out, so buffers can be sent to the
// same displays):
//   MONO_VLSB  a byte holds 8 vertical pixels, bit 0 on top; byte rows of
//              `stride` bytes, each covering 8 pixel rows
//   MONO_HLSB  a byte holds 8 horizontal pixels, bit 7 leftmost
//   MONO_HMSB  a byte holds 8 horizontal pixels, bit 0 leftmost
//   GS2_HMSB   4 pixels per byte, the leftmost in bits 0-1
//   GS4_HMSB   2 pixels per byte, the leftmost in bits 4-7
//   GS8        one byte per pixel
//   RGB565     one native 16-bit word per pixel
// For the horizontal formats the stride is rounded up to whole bytes per row.
#include <string.h>
#include "runtime.h"
#include "objmodule.h"
#include "objtype.h"
#include "font_8x8.h"
#include "binary.h"

#define FMT_MVLSB 0
#define FMT_RGB565 1
#define FMT_GS4_HMSB 2
#define FMT_MHLSB 3
#define FMT_MHMSB 4
#define FMT_GS2_HMSB 5
#define FMT_GS8 6

typedef struct _fb_t {
    mp_obj_base_t base;
    mp_obj_t buf_obj;  // keeps the underlying buffer alive
    byte *buf;
    size_t len;        // bytes covered by the image
    mp_int_t width, height, stride;
    uint8_t format;
} fb_t;

extern const mp_obj_type_t framebuf_type;

// ---------------------------------------------------------------------------
// Per-format pixel access. x and y are always inside the image here.
//
// All formats but MONO_VLSB number the pixels row by row (index x + y *
// stride) and pack them into consecutive bits, bpp bits each, so one
// routine serves them all, driven by the bits per pixel and whether the
// leftmost pixel of a byte is in its high bits.

#define MSB_FIRST 0x80
// The per-pixel arithmetic (px_pos, px_shift, pos_set) is MP_ALWAYS_INLINE
// in the few loops that use it (rect_fill_clipped, scroll, px_get): a call
// per pixel would dominate their cost, and -Oz would not inline it by itself.
static const uint8_t fmt_info[7] = {
    [FMT_MVLSB] = 1,
    [FMT_RGB565] = 16,
    [FMT_GS4_HMSB] = 4 | MSB_FIRST,
    [FMT_MHLSB] = 1 | MSB_FIRST,
    [FMT_MHMSB] = 1,
    [FMT_GS2_HMSB] = 2,
    [FMT_GS8] = 8,
};

// Pixels are addressed by a bit position pos: they are in byte pos >> 3,
// at bit pos & 7 counted from the low end (from the high end for the
// MSB_FIRST formats). *step receives the distance to the pixel on the
// right: bpp, or a whole byte for MONO_VLSB (8 vertical pixels a byte).
static MP_ALWAYS_INLINE size_t px_pos(const fb_t *fb, mp_int_t x, mp_int_t y, size_t *step) {
    if (fb->format == FMT_MVLSB) {
        *step = 8;
        return ((size_t)((y >> 3) * fb->stride + x) << 3) + (y & 7);
    }
    size_t bpp = fmt_info[fb->format] & 0x1f;
    *step = bpp;
    return (size_t)(x + y * fb->stride) * bpp;
}

// The shift of the pixel at pos within its byte.
static MP_ALWAYS_INLINE unsigned px_shift(unsigned info, size_t pos) {
    return info & MSB_FIRST ? 8 - (info & 0x1f) - (pos & 7) : pos & 7;
}

// The pixel at bit position pos of buf, in the format described by info.
static uint32_t pos_get(const byte *buf, unsigned info, size_t pos) {
    unsigned bpp = info & 0x1f;
    const byte *p = &buf[pos >> 3];
    if (bpp == 16) {
        uint16_t v;
        memcpy(&v, p, 2);
        return v;
    }
    return (*p >> px_shift(info, pos)) & ((1u << bpp) - 1);
}

static MP_ALWAYS_INLINE void pos_set(byte *buf, unsigned info, size_t pos, uint32_t c) {
    unsigned bpp = info & 0x1f;
    byte *p = &buf[pos >> 3];
    if (bpp == 16) {
        uint16_t v = (uint16_t)c;
        memcpy(p, &v, 2);
        return;
    }
    if (bpp == 1) {
        c = c != 0;  // any non-zero colour sets a mono pixel
    }
    unsigned sh = px_shift(info, pos), m = ((1u << bpp) - 1) << sh;
    *p = (byte)((*p & ~m) | ((c << sh) & m));
}

static uint32_t px_get(const fb_t *fb, mp_int_t x, mp_int_t y) {
    size_t step;
    return pos_get(fb->buf, fmt_info[fb->format], px_pos(fb, x, y, &step));
}

// Fill an already clipped, non-empty rectangle.
static void rect_fill_clipped(const fb_t *fb, mp_int_t x, mp_int_t y, mp_int_t w, mp_int_t h, uint32_t c) {
    unsigned info = fmt_info[fb->format];
    for (mp_int_t j = y; j < y + h; j++) {
        size_t step, pos = px_pos(fb, x, j, &step);
        if ((info & 0x1f) == 8) {
            memset(&fb->buf[pos >> 3], (byte)c, (size_t)w);
            continue;
        }
        for (mp_int_t i = 0; i < w; i++, pos += step) {
            pos_set(fb->buf, info, pos, c);
        }
    }
}

static void px_set(const fb_t *fb, mp_int_t x, mp_int_t y, uint32_t c) {
    rect_fill_clipped(fb, x, y, 1, 1, c);
}

// Fill a rectangle, clipped to the image.
static void rect_fill(const fb_t *fb, mp_int_t x, mp_int_t y, mp_int_t w, mp_int_t h, uint32_t c) {
    if (w < 1 || h < 1 || x >= fb->width || y >= fb->height || x + w <= 0 || y + h <= 0) {
        return;
    }
    mp_int_t x1 = x + w < fb->width ? x + w : fb->width;
    mp_int_t y1 = y + h < fb->height ? y + h : fb->height;
    if (x < 0) {
        x = 0;
    }
    if (y < 0) {
        y = 0;
    }
    rect_fill_clipped(fb, x, y, x1 - x, y1 - y, c);
}

static void px_set_clip(const fb_t *fb, mp_int_t x, mp_int_t y, uint32_t c) {
    if (x >= 0 && y >= 0 && x < fb->width && y < fb->height) {
        px_set(fb, x, y, c);
    }
}

// ---------------------------------------------------------------------------
// Construction

// Bytes needed by an image; also rounds the stride up for the formats that
// pack several pixels of a row into one byte.
static size_t fb_bytes_needed(int format, mp_int_t height, mp_int_t *stride) {
    if (format == FMT_MVLSB) {
        return (size_t)((height + 7) / 8) * (size_t)*stride;
    }
    size_t bpp = fmt_info[format] & 0x1f;
    if (bpp < 8) {
        mp_int_t per_byte = 8 / bpp;
        *stride = (*stride + per_byte - 1) / per_byte * per_byte;
    }
    return (size_t)height * (size_t)*stride * bpp / 8;
}

static void fb_init(fb_t *fb, mp_obj_t buf_obj, mp_int_t width, mp_int_t height, mp_int_t format, mp_int_t stride) {
    if (format < 0 || format > FMT_GS8) {
        mp_raise_ValueError("invalid format");
    }
    if (width < 1 || height < 1 || width > 0xffff || height > 0xffff) {
        mp_raise_ValueError("invalid dimensions");
    }
    if (stride < width || stride > 0xffff) {
        mp_raise_ValueError("invalid stride");
    }
    mp_buffer_info_t bi;
    const mp_obj_type_t *t = mp_obj_get_type(buf_obj);
    if (t->buffer == NULL || t->buffer(buf_obj, &bi, MP_BUFFER_WRITE) != 0) {
        mp_raise_msg_varg(&mp_type_TypeError, "a writable buffer is required, not '%s'", mp_obj_get_type_str(buf_obj));
    }
    size_t need = fb_bytes_needed((int)format, height, &stride);
    if (need > bi.len) {
        mp_raise_ValueError("buffer too small");
    }
    fb->buf_obj = buf_obj;
    fb->buf = bi.buf;
    fb->len = need;
    fb->width = width;
    fb->height = height;
    fb->stride = stride;
    fb->format = (uint8_t)format;
}

static mp_obj_t fb_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    static const mp_arg_t allowed[] = {
        {MP_QSTR_buffer, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
        {MP_QSTR_width, MP_ARG_REQUIRED | MP_ARG_INT, {.u_int = 0}},
        {MP_QSTR_height, MP_ARG_REQUIRED | MP_ARG_INT, {.u_int = 0}},
        {MP_QSTR_format, MP_ARG_REQUIRED | MP_ARG_INT, {.u_int = 0}},
        {MP_QSTR_stride, MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
    };
    mp_arg_val_t v[5];
    mp_arg_parse_all_kw_array_named(MP_QSTR_FrameBuffer, n_args, n_kw, args, 5, allowed, v);
    fb_t *fb = m_new_obj(fb_t);
    fb->base.type = &framebuf_type;
    mp_int_t stride = v[4].u_obj == MP_OBJ_NULL || v[4].u_obj == mp_const_none ? v[1].u_int : mp_obj_get_int(v[4].u_obj);
    fb_init(fb, v[0].u_obj, v[1].u_int, v[2].u_int, v[3].u_int, stride);
    return MP_OBJ_FROM_PTR(fb);
}

// FrameBuffer1(buffer, width, height, stride=width): the legacy MONO_VLSB
// constructor.
static mp_obj_t fb_legacy(size_t n_args, const mp_obj_t *args) {
    fb_t *fb = m_new_obj(fb_t);
    fb->base.type = &framebuf_type;
    mp_int_t w = mp_obj_get_int(args[1]);
    fb_init(fb, args[0], w, mp_obj_get_int(args[2]), FMT_MVLSB, n_args > 3 ? mp_obj_get_int(args[3]) : w);
    return MP_OBJ_FROM_PTR(fb);
}
MP_DEFINE_NAMED_FUN_OBJ_VAR_BETWEEN(framebuf_FrameBuffer1_obj, MP_QSTR_FrameBuffer1, 3, 4, fb_legacy);

static fb_t *get_fb(mp_obj_t o) {
    if (!mp_obj_is_type(o, &framebuf_type)) {
        if (!mp_obj_is_obj(o) || !mp_obj_is_instance_of(o, &framebuf_type)) {
            mp_raise_msg_varg(&mp_type_TypeError, "expected a FrameBuffer, got '%s'", mp_obj_get_type_str(o));
        }
        o = mp_obj_get_native(o, &framebuf_type);
    }
    return MP_OBJ_TO_PTR(o);
}

// Coordinates and sizes: any int; clamped far outside any image (which
// changes nothing visible) so that the arithmetic below cannot overflow.
// Sizes get a larger limit than coordinates so that a huge rectangle
// starting far off to the left/top still reaches across the image.
#define COORD_LIMIT ((mp_int_t)1 << 60)
#define SIZE_LIMIT ((mp_int_t)1 << 62)
static mp_int_t clamp_int(mp_obj_t o, mp_int_t limit) {
    mp_int_t v;
    if (!mp_obj_get_int_maybe(o, &v)) {
        if (!mp_obj_is_int(o)) {
            v = mp_obj_get_int(o);  // raises the TypeError
        }
        v = mp_obj_is_true(mp_binary_op(MP_BINARY_OP_LESS, o, MP_OBJ_NEW_SMALL_INT(0))) ? -limit : limit;
    }
    if (v > limit) {
        v = limit;
    } else if (v < -limit) {
        v = -limit;
    }
    return v;
}
static mp_int_t coord(mp_obj_t o) {
    return clamp_int(o, COORD_LIMIT);
}
static mp_int_t size(mp_obj_t o) {
    return clamp_int(o, SIZE_LIMIT);
}

// A colour: the low bits of any int (each format keeps what it can hold).
static uint32_t color(mp_obj_t o) {
    uint64_t v;
    if (!mp_binary_int_low_bits(o, &v)) {
        (void)mp_obj_get_int(o);  // raises the TypeError
    }
    return (uint32_t)v;
}

// ---------------------------------------------------------------------------
// Methods

static mp_obj_t fb_fill(mp_obj_t self_in, mp_obj_t c) {
    fb_t *fb = get_fb(self_in);
    rect_fill_clipped(fb, 0, 0, fb->width, fb->height, color(c));
    return mp_const_none;
}
MP_DEFINE_NAMED_FUN_OBJ_2(fb_fill_obj, MP_QSTR_fill, fb_fill);

static mp_obj_t fb_pixel(size_t n_args, const mp_obj_t *args) {
    fb_t *fb = get_fb(args[0]);
    mp_int_t x = coord(args[1]), y = coord(args[2]);
    bool inside = x >= 0 && y >= 0 && x < fb->width && y < fb->height;
    if (n_args == 3) {
        return inside ? mp_obj_new_int_from_uint(px_get(fb, x, y)) : mp_const_none;
    }
    uint32_t c = color(args[3]);
    if (inside) {
        px_set(fb, x, y, c);
    }
    return mp_const_none;
}
MP_DEFINE_NAMED_FUN_OBJ_VAR_BETWEEN(fb_pixel_obj, MP_QSTR_pixel, 3, 4, fb_pixel);

// fill_rect(x, y, w, h, c), hline(x, y, w, c) and vline(x, y, h, c): one
// body. The arguments are converted from the last to the first.
enum { SHAPE_RECT, SHAPE_HLINE, SHAPE_VLINE };
static mp_obj_t fill_shape(const mp_obj_t *args, int shape) {
    fb_t *fb = get_fb(args[0]);
    uint32_t c = color(args[shape == SHAPE_RECT ? 5 : 4]);
    mp_int_t w = 1, h = 1;
    if (shape == SHAPE_VLINE) {
        h = size(args[3]);
    } else {
        if (shape == SHAPE_RECT) {
            h = size(args[4]);
        }
        w = size(args[3]);
    }
    mp_int_t y = coord(args[2]);
    rect_fill(fb, coord(args[1]), y, w, h, c);
    return mp_const_none;
}

static mp_obj_t fb_fill_rect(size_t n_args, const mp_obj_t *args) {
    return fill_shape(args, SHAPE_RECT);
}
MP_DEFINE_NAMED_FUN_OBJ_VAR_BETWEEN(fb_fill_rect_obj, MP_QSTR_fill_rect, 6, 6, fb_fill_rect);

static mp_obj_t fb_hline(size_t n_args, const mp_obj_t *args) {
    return fill_shape(args, SHAPE_HLINE);
}
MP_DEFINE_NAMED_FUN_OBJ_VAR_BETWEEN(fb_hline_obj, MP_QSTR_hline, 5, 5, fb_hline);

static mp_obj_t fb_vline(size_t n_args, const mp_obj_t *args) {
    return fill_shape(args, SHAPE_VLINE);
}
MP_DEFINE_NAMED_FUN_OBJ_VAR_BETWEEN(fb_vline_obj, MP_QSTR_vline, 5, 5, fb_vline);

// rect(x, y, w, h, c[, fill])
static mp_obj_t fb_rect(size_t n_args, const mp_obj_t *args) {
    fb_t *fb = get_fb(args[0]);
    mp_int_t x = coord(args[1]), y = coord(args[2]), w = size(args[3]), h = size(args[4]);
    uint32_t c = color(args[5]);
    if (n_args > 6 && mp_obj_is_true(args[6])) {
        rect_fill(fb, x, y, w, h, c);
    } else if (w >= 1 && h >= 1) {
        rect_fill(fb, x, y, w, 1, c);
        rect_fill(fb, x, y + h - 1, w, 1, c);
        rect_fill(fb, x, y, 1, h, c);
        rect_fill(fb, x + w - 1, y, 1, h, c);
    }
    return mp_const_none;
}
MP_DEFINE_NAMED_FUN_OBJ_VAR_BETWEEN(fb_rect_obj, MP_QSTR_rect, 6, 7, fb_rect);

// Line and polygon coordinates are clamped to +-2**20: beyond that they
// would only make the loops long.
static MP_NOINLINE mp_int_t clamp_lim(mp_int_t v) {
    const mp_int_t lim = (mp_int_t)1 << 20;
    return v < -lim ? -lim : v > lim ? lim : v;
}

// Bresenham's line from (x0, y0) to (x1, y1), both ends included. The major
// axis advances every step; the minor one when the error term, which starts
// at 2*minor - major, is non-negative.
static void draw_line(const fb_t *fb, mp_int_t x0, mp_int_t y0, mp_int_t x1, mp_int_t y1, uint32_t c) {
    // Far-off coordinates would only make the loop long.
    x0 = clamp_lim(x0);
    y0 = clamp_lim(y0);
    x1 = clamp_lim(x1);
    y1 = clamp_lim(y1);
    mp_int_t dx = x1 - x0, dy = y1 - y0;
    mp_int_t sx = dx > 0 ? 1 : -1, sy = dy > 0 ? 1 : -1;
    if (dx < 0) {
        dx = -dx;
    }
    if (dy < 0) {
        dy = -dy;
    }
    bool steep = dy > dx;
    // Work in (major, minor) coordinates.
    mp_int_t a = steep ? y0 : x0, b = steep ? x0 : y0;
    mp_int_t da = steep ? dy : dx, db = steep ? dx : dy;
    mp_int_t sa = steep ? sy : sx, sb = steep ? sx : sy;
    mp_int_t a_extent = steep ? fb->height : fb->width;
    mp_int_t err = 2 * db - da;
    for (mp_int_t i = 0; i < da; i++) {
        px_set_clip(fb, steep ? b : a, steep ? a : b, c);
        // Once past the far edge on the major axis nothing more is visible.
        if ((sa > 0 && a >= a_extent) || (sa < 0 && a < 0)) {
            break;
        }
        while (err >= 0) {
            b += sb;
            err -= 2 * da;
        }
        a += sa;
        err += 2 * db;
    }
    px_set_clip(fb, x1, y1, c);
}

static mp_obj_t fb_line(size_t n_args, const mp_obj_t *args) {
    fb_t *fb = get_fb(args[0]);
    draw_line(fb, coord(args[1]), coord(args[2]), coord(args[3]), coord(args[4]), color(args[5]));
    return mp_const_none;
}
MP_DEFINE_NAMED_FUN_OBJ_VAR_BETWEEN(fb_line_obj, MP_QSTR_line, 6, 6, fb_line);

// A source image for blit: a FrameBuffer, or a tuple (buffer, width,
// height, format[, stride]) describing one.
static void blit_source(mp_obj_t o, fb_t *tmp, const fb_t **out) {
    if (mp_obj_is_obj(o) && mp_obj_is_type(o, &mp_type_tuple)) {
        size_t n;
        mp_obj_t *items;
        mp_obj_tuple_get(o, &n, &items);
        if (n < 4 || n > 5) {
            mp_raise_ValueError("blit source tuple must be (buffer, width, height, format[, stride])");
        }
        mp_int_t w = mp_obj_get_int(items[1]);
        fb_init(tmp, items[0], w, mp_obj_get_int(items[2]), mp_obj_get_int(items[3]), n == 5 ? mp_obj_get_int(items[4]) : w);
        *out = tmp;
        return;
    }
    *out = get_fb(o);
}

// blit(source, x, y, key=-1, palette=None)
static mp_obj_t fb_blit(size_t n_args, const mp_obj_t *args) {
    fb_t *fb = get_fb(args[0]);
    fb_t tmp_src, tmp_pal;
    const fb_t *src, *pal = NULL;
    blit_source(args[1], &tmp_src, &src);
    mp_int_t x = coord(args[2]), y = coord(args[3]);
    int64_t key = -1;
    if (n_args > 4 && args[4] != mp_const_none) {
        key = (int64_t)mp_obj_get_int(args[4]);
    }
    if (n_args > 5 && args[5] != mp_const_none) {
        blit_source(args[5], &tmp_pal, &pal);
    }
    if (x >= fb->width || y >= fb->height || -x >= src->width || -y >= src->height) {
        return mp_const_none;
    }
    // Destination rectangle [dx0, dx1) x [dy0, dy1); source starts at sx0, sy.
    mp_int_t dx0 = x < 0 ? 0 : x, dy0 = y < 0 ? 0 : y;
    mp_int_t sx0 = x < 0 ? -x : 0, sy = y < 0 ? -y : 0;
    mp_int_t dx1 = x + src->width < fb->width ? x + src->width : fb->width;
    mp_int_t dy1 = y + src->height < fb->height ? y + src->height : fb->height;
    for (mp_int_t dy = dy0; dy < dy1; dy++, sy++) {
        mp_int_t sx = sx0;
        for (mp_int_t dx = dx0; dx < dx1; dx++, sx++) {
            uint32_t col = px_get(src, sx, sy);
            if (pal != NULL && col < (uint32_t)pal->width) {
                col = px_get(pal, col, 0);
            }
            if ((int64_t)col != key) {
                px_set(fb, dx, dy, col);
            }
        }
    }
    return mp_const_none;
}
MP_DEFINE_NAMED_FUN_OBJ_VAR_BETWEEN(fb_blit_obj, MP_QSTR_blit, 4, 6, fb_blit);

// scroll(dx, dy): move the image; the uncovered band keeps its old pixels.
static mp_obj_t fb_scroll(mp_obj_t self_in, mp_obj_t dx_in, mp_obj_t dy_in) {
    fb_t *fb = get_fb(self_in);
    mp_int_t dx = coord(dx_in), dy = coord(dy_in);
    if (dx >= fb->width || -dx >= fb->width || dy >= fb->height || -dy >= fb->height) {
        return mp_const_none;
    }
    // Visit destinations so that each source pixel is read before it is
    // overwritten: against the direction of the move.
    mp_int_t x_first, x_end, x_step, y_first, y_end, y_step;
    if (dx < 0) {
        x_first = 0, x_end = fb->width + dx, x_step = 1;
    } else {
        x_first = fb->width - 1, x_end = dx - 1, x_step = -1;
    }
    if (dy < 0) {
        y_first = 0, y_end = fb->height + dy, y_step = 1;
    } else {
        y_first = fb->height - 1, y_end = dy - 1, y_step = -1;
    }
    unsigned info = fmt_info[fb->format];
    for (mp_int_t y = y_first; y != y_end; y += y_step) {
        // Along the row, from pixel to pixel by bit positions.
        size_t step, dst = px_pos(fb, x_first, y, &step), src = px_pos(fb, x_first - dx, y - dy, &step);
        size_t delta = x_step * (mp_int_t)step;
        for (mp_int_t x = x_first; x != x_end; x += x_step, dst += delta, src += delta) {
            pos_set(fb->buf, info, dst, pos_get(fb->buf, info, src));
        }
    }
    return mp_const_none;
}
MP_DEFINE_NAMED_FUN_OBJ_3(fb_scroll_obj, MP_QSTR_scroll, fb_scroll);

// text(s, x, y, c=1): 8x8 characters from the top-left corner; only the
// set pixels of each glyph are drawn.
static mp_obj_t fb_text(size_t n_args, const mp_obj_t *args) {
    fb_t *fb = get_fb(args[0]);
    if (!mp_obj_is_str(args[1])) {
        mp_raise_msg_varg(&mp_type_TypeError, "can't convert '%s' object to str implicitly", mp_obj_get_type_str(args[1]));
    }
    size_t len;
    const byte *s = (const byte *)mp_obj_str_get_data(args[1], &len);
    const byte *end = s + len;
    mp_int_t x0 = coord(args[2]), y0 = coord(args[3]);
    uint32_t c = n_args > 4 ? color(args[4]) : 1;
    if (y0 >= fb->height || y0 + 8 <= 0) {
        return mp_const_none;
    }
    while (s < end && x0 < fb->width) {
        uint32_t ch = utf8_get_char(&s);
        if (ch < 32 || ch > 127) {
            ch = 127;
        }
        if (x0 + 8 > 0) {
            const uint8_t *glyph = &font_8x8[(ch - 32) * 8];
            for (int col = 0; col < 8; col++) {
                mp_int_t x = x0 + col;
                if (x < 0 || x >= fb->width) {
                    continue;
                }
                for (int row = 0, bits = glyph[col]; bits != 0; row++, bits >>= 1) {
                    if (bits & 1) {
                        px_set_clip(fb, x, y0 + row, c);
                    }
                }
            }
        }
        x0 += 8;
    }
    return mp_const_none;
}
MP_DEFINE_NAMED_FUN_OBJ_VAR_BETWEEN(fb_text_obj, MP_QSTR_text, 4, 5, fb_text);

// ---------------------------------------------------------------------------
// Ellipses and polygons

// The quadrant bits of ellipse()'s mask: bit 0 is the upper right
// quadrant, then counter-clockwise.
// The points (cx +- x, cy +- y) of the quadrants in mask, or the spans
// between them (and the vertical axis) if filling.
static void ellipse_points(const fb_t *fb, mp_int_t cx, mp_int_t cy, mp_int_t x, mp_int_t y, uint32_t c, bool fill, unsigned mask) {
    for (unsigned q = 0; q < 4; q++) {
        if (!(mask & (1u << q))) {
            continue;
        }
        bool left = q == 1 || q == 2;
        mp_int_t px = left ? cx - x : cx + x, py = q < 2 ? cy - y : cy + y;
        if (fill) {
            rect_fill(fb, left ? px : cx, py, x + 1, 1, c);
        } else {
            px_set_clip(fb, px, py, c);
        }
    }
}

// One pass of the midpoint-style ellipse walk, in coordinates (a, b) where
// a is x (swap false) or y (swap true): from (ra, 0), b advancing every
// step and a when the error term says so, while the slope is steeper than
// -1.
static void ellipse_pass(const fb_t *fb, mp_int_t cx, mp_int_t cy, int64_t ra, int64_t rb, bool swap,
    uint32_t c, bool fill, unsigned mask) {
    int64_t two_a2 = 2 * ra * ra, two_b2 = 2 * rb * rb;
    int64_t a = ra, b = 0;
    int64_t achange = rb * rb * (1 - 2 * ra), bchange = ra * ra;
    int64_t err = 0, stop_a = two_b2 * ra, stop_b = 0;
    while (stop_a >= stop_b) {
        ellipse_points(fb, cx, cy, swap ? b : a, swap ? a : b, c, fill, mask);
        b++;
        stop_b += two_a2;
        err += bchange;
        bchange += two_a2;
        if (2 * err + achange > 0) {
            a--;
            stop_a -= two_b2;
            err += achange;
            achange += two_b2;
        }
    }
}

// ellipse(x, y, xr, yr, c[, fill[, mask]]): two passes, first the flat
// part (from (xr, 0) upwards), then the steep part (from (0, yr) across).
static mp_obj_t fb_ellipse(size_t n_args, const mp_obj_t *args) {
    fb_t *fb = get_fb(args[0]);
    mp_int_t cx = coord(args[1]), cy = coord(args[2]);
    mp_int_t xr = coord(args[3]), yr = coord(args[4]);
    uint32_t c = color(args[5]);
    bool fill = n_args > 6 && mp_obj_is_true(args[6]);
    unsigned mask = n_args > 7 ? (unsigned)mp_obj_get_int(args[7]) & 0xf : 0xf;
    if (xr < 0 || yr < 0) {
        return mp_const_none;
    }
    // Radii beyond any image only make the walk long.
    const mp_int_t lim = (mp_int_t)1 << 16;
    if (xr > lim) {
        xr = lim;
    }
    if (yr > lim) {
        yr = lim;
    }
    if (xr == 0 && yr == 0) {
        if (mask & 0xf) {
            px_set_clip(fb, cx, cy, c);
        }
        return mp_const_none;
    }
    ellipse_pass(fb, cx, cy, xr, yr, false, c, fill, mask);
    ellipse_pass(fb, cx, cy, yr, xr, true, c, fill, mask);
    return mp_const_none;
}
MP_DEFINE_NAMED_FUN_OBJ_VAR_BETWEEN(fb_ellipse_obj, MP_QSTR_ellipse, 6, 8, fb_ellipse);

// The vertex coordinates of poly(): any int sequence or array of pairs.
static mp_int_t poly_coord(mp_obj_t seq, size_t i) {
    return coord(mp_obj_subscr(seq, MP_OBJ_NEW_SMALL_INT(i), MP_OBJ_SENTINEL));
}

// poly(x, y, coords, c[, fill]): a closed polygon with vertices (x + px,
// y + py) for the pairs of coords (an array('h', ...), list or tuple of
// ints). The edges are walked from the first vertex backwards through the
// last one (this fixes which pixels Bresenham picks, as in MicroPython).
// Filling scans each row, collects where it crosses the edges (an edge
// includes its upper end only, so a vertex shared by two edges counts
// once), and fills between pairs of crossings; the rows at the lower ends
// of edges get their end pixels (or flat edges) drawn explicitly.
static mp_obj_t fb_poly(size_t n_args, const mp_obj_t *args) {
    fb_t *fb = get_fb(args[0]);
    mp_int_t ox = coord(args[1]), oy = coord(args[2]);
    mp_obj_t seq = args[3];
    uint32_t c = color(args[4]);
    bool fill = n_args > 5 && mp_obj_is_true(args[5]);
    mp_int_t n_items = mp_obj_get_int(mp_obj_len(seq));
    size_t n = n_items > 0 ? (size_t)n_items / 2 : 0;
    if (n == 0) {
        return mp_const_none;
    }
    // Vertices, read once (the sequence may be any object with len/index).
    mp_int_t *v = m_malloc_atomic(sizeof(mp_int_t) * 2 * n);
    for (size_t i = 0; i < 2 * n; i++) {
        mp_int_t t = poly_coord(seq, i);
        v[i] = clamp_lim(t);
    }
    if (!fill) {
        mp_int_t px1 = v[0], py1 = v[1];
        for (size_t k = n; k-- > 0;) {
            mp_int_t px2 = v[2 * k], py2 = v[2 * k + 1];
            draw_line(fb, ox + px1, oy + py1, ox + px2, oy + py2, c);
            px1 = px2;
            py1 = py2;
        }
        return mp_const_none;
    }
    mp_int_t ymin = v[1], ymax = v[1];
    for (size_t i = 1; i < n; i++) {
        ymin = v[2 * i + 1] < ymin ? v[2 * i + 1] : ymin;
        ymax = v[2 * i + 1] > ymax ? v[2 * i + 1] : ymax;
    }
    // Rows outside the image draw nothing.
    if (ymin < -oy) {
        ymin = -oy;
    }
    if (ymax > fb->height - 1 - oy) {
        ymax = fb->height - 1 - oy;
    }
    mp_int_t *nodes = m_malloc_atomic(sizeof(mp_int_t) * (n + 1));
    for (mp_int_t row = ymin; row <= ymax; row++) {
        size_t nn = 0;
        mp_int_t px1 = v[0], py1 = v[1];
        for (size_t k = n; k-- > 0;) {
            mp_int_t px2 = v[2 * k], py2 = v[2 * k + 1];
            if (py1 != py2 && ((py1 > row && py2 <= row) || (py1 <= row && py2 > row))) {
                // The crossing, rounded to the nearest pixel in 1/32 units.
                int64_t t = (int64_t)32 * (px2 - px1) * (row - py1) / (py2 - py1);
                nodes[nn++] = (mp_int_t)((32 * (int64_t)px1 + t + 16) / 32);
            } else if (row == (py1 > py2 ? py1 : py2)) {
                // The lower end of an edge (missed above), or a flat edge.
                if (py1 < py2) {
                    px_set_clip(fb, ox + px2, oy + py2, c);
                } else if (py2 < py1) {
                    px_set_clip(fb, ox + px1, oy + py1, c);
                } else {
                    draw_line(fb, ox + px1, oy + py1, ox + px2, oy + py2, c);
                }
            }
            px1 = px2;
            py1 = py2;
        }
        // Sort the crossings (few: insertion sort).
        for (size_t i = 1; i < nn; i++) {
            mp_int_t t = nodes[i];
            size_t k = i;
            while (k > 0 && nodes[k - 1] > t) {
                nodes[k] = nodes[k - 1];
                k--;
            }
            nodes[k] = t;
        }
        for (size_t i = 0; i + 1 < nn; i += 2) {
            rect_fill(fb, ox + nodes[i], oy + row, nodes[i + 1] - nodes[i] + 1, 1, c);
        }
    }
    return mp_const_none;
}
MP_DEFINE_NAMED_FUN_OBJ_VAR_BETWEEN(fb_poly_obj, MP_QSTR_poly, 5, 6, fb_poly);

// ---------------------------------------------------------------------------
// Type

static int fb_buffer(mp_obj_t self_in, mp_buffer_info_t *bi, int flags) {
    fb_t *fb = get_fb(self_in);
    bi->buf = fb->buf;
    bi->len = fb->len;
    bi->typecode = 'B';
    return 0;
}

static void fb_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    fb_t *fb = get_fb(self_in);
    mp_printf(print, "<FrameBuffer %dx%d format=%d>", (int)fb->width, (int)fb->height, (int)fb->format);
}

static const mp_rom_map_elem_t fb_locals_table[] = {
    {MP_ROM_QSTR(MP_QSTR_fill), MP_ROM_PTR(&fb_fill_obj)},
    {MP_ROM_QSTR(MP_QSTR_fill_rect), MP_ROM_PTR(&fb_fill_rect_obj)},
    {MP_ROM_QSTR(MP_QSTR_pixel), MP_ROM_PTR(&fb_pixel_obj)},
    {MP_ROM_QSTR(MP_QSTR_hline), MP_ROM_PTR(&fb_hline_obj)},
    {MP_ROM_QSTR(MP_QSTR_vline), MP_ROM_PTR(&fb_vline_obj)},
    {MP_ROM_QSTR(MP_QSTR_rect), MP_ROM_PTR(&fb_rect_obj)},
    {MP_ROM_QSTR(MP_QSTR_line), MP_ROM_PTR(&fb_line_obj)},
    {MP_ROM_QSTR(MP_QSTR_ellipse), MP_ROM_PTR(&fb_ellipse_obj)},
    {MP_ROM_QSTR(MP_QSTR_poly), MP_ROM_PTR(&fb_poly_obj)},
    {MP_ROM_QSTR(MP_QSTR_blit), MP_ROM_PTR(&fb_blit_obj)},
    {MP_ROM_QSTR(MP_QSTR_scroll), MP_ROM_PTR(&fb_scroll_obj)},
    {MP_ROM_QSTR(MP_QSTR_text), MP_ROM_PTR(&fb_text_obj)},
};
static MP_DEFINE_CONST_DICT(fb_locals_dict, fb_locals_table);

const mp_obj_type_t framebuf_type = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_BASETYPE,
    .name = MP_QSTR_FrameBuffer,
    .print = fb_print,
    .make_new = fb_make_new,
    .buffer = fb_buffer,
    .locals_dict = (mp_obj_dict_t *)&fb_locals_dict,
};

static const mp_rom_map_elem_t framebuf_globals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_framebuf)},
    {MP_ROM_QSTR(MP_QSTR_FrameBuffer), MP_ROM_PTR(&framebuf_type)},
    {MP_ROM_QSTR(MP_QSTR_FrameBuffer1), MP_ROM_PTR(&framebuf_FrameBuffer1_obj)},
    {MP_ROM_QSTR(MP_QSTR_MVLSB), MP_ROM_INT(FMT_MVLSB)},
    {MP_ROM_QSTR(MP_QSTR_MONO_VLSB), MP_ROM_INT(FMT_MVLSB)},
    {MP_ROM_QSTR(MP_QSTR_RGB565), MP_ROM_INT(FMT_RGB565)},
    {MP_ROM_QSTR(MP_QSTR_GS2_HMSB), MP_ROM_INT(FMT_GS2_HMSB)},
    {MP_ROM_QSTR(MP_QSTR_GS4_HMSB), MP_ROM_INT(FMT_GS4_HMSB)},
    {MP_ROM_QSTR(MP_QSTR_GS8), MP_ROM_INT(FMT_GS8)},
    {MP_ROM_QSTR(MP_QSTR_MONO_HLSB), MP_ROM_INT(FMT_MHLSB)},
    {MP_ROM_QSTR(MP_QSTR_MONO_HMSB), MP_ROM_INT(FMT_MHMSB)},
};
static MP_DEFINE_CONST_DICT(framebuf_globals, framebuf_globals_table);
MP_DEFINE_CONST_MODULE(mp_module_framebuf, framebuf_globals);
