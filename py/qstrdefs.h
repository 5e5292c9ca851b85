// qstrdefs.h: predefined qstrs whose text is not a C identifier. Identifier
// qstrs need no entry: writing MP_QSTR_name in any source defines "name".
// tools/makeqstrdefs.py turns each Q(text) into MP_QSTR_<escaped text>, with
// the escapes listed in that tool (e.g. <module> -> MP_QSTR__lt_module_gt_).
Q(<module>)
Q(<lambda>)
Q(<listcomp>)
Q(<dictcomp>)
Q(<setcomp>)
Q(<genexpr>)
Q(<stdin>)
Q(<string>)
Q(*)
Q(.)
Q(/)
Q(__main__)
Q( )
Q(\n)
Q(3.4.0)
