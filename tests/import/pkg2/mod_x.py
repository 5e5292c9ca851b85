X = "x from pkg2.mod_x"
