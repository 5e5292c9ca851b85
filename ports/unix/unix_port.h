// unix_port.h: functions shared between the Unix port's files.
#ifndef MP_UNIX_PORT_H
#define MP_UNIX_PORT_H

#include "py/obj.h"

void mp_unix_init(void);           // port modules, after mp_init
int mp_unix_repl(bool verbose);    // the interactive loop; returns the exit status
void mp_import_run_main(const char *name);  // builtinimport.c: -m

#endif
