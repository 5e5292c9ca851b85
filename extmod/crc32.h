// crc32.h: the CRC-32 checksum (ISO-HDLC / zlib / gzip / PNG flavour),
// shared by binascii.crc32, zlib.crc32 and the gzip trailer check.
#ifndef MP_EXTMOD_CRC32_H
#define MP_EXTMOD_CRC32_H

#include <stddef.h>
#include <stdint.h>

// Continue a CRC over more data: start with crc = 0; the value returned
// is the finished checksum of everything fed so far.
uint32_t mp_crc32_update(uint32_t crc, const void *data, size_t len);

#endif
