// crc32.c: CRC-32 with the reflected polynomial 0xEDB88320, one table
// lookup per byte. The table is computed once on first use rather than
// stored, to keep the binary small.
#include "crc32.h"

static uint32_t table[256];
static int table_ready;

static void make_table(void) {
    for (uint32_t n = 0; n < 256; n++) {
        uint32_t c = n;
        for (int k = 0; k < 8; k++) {
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        }
        table[n] = c;
    }
    table_ready = 1;
}

uint32_t mp_crc32_update(uint32_t crc, const void *data, size_t len) {
    if (!table_ready) {
        make_table();
    }
    const uint8_t *p = data;
    crc = ~crc;
    while (len--) {
        crc = table[(crc ^ *p++) & 0xff] ^ (crc >> 8);
    }
    return ~crc;
}
