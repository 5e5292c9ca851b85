# format() of floats with every presentation type, precision, width, sign, grouping and alignment
vals = [0.0, -0.0, 1.0, -1.5, 3.14159265358979, 1234567.891, 1e-7, 1.5e-300, 2.5e300, 0.5, 2.5, 1e16, 123456789012345678.0, float("inf"), float("-inf"), float("nan")]
specs = ["", "f", ".0f", ".2f", ".10f", "e", ".0e", ".3E", "g", ".0g", ".1g", ".3g", ".12g", "G", "%", ".1%", "n",
         "10.2f", "<10.1f", ">10.1f", "^10.1f", "=10.1f", "+.2f", " .2f", "-.2f", "010.2f", "+010.2f", ",.2f", "_.1f", ",", ",g",
         "#.0f", "#g", "#.3g", "*^12.3e", "z.1f", "#x" if False else ".3"]
for v in vals:
    out = []
    for s in specs:
        try:
            out.append(format(v, s))
        except ValueError as e:
            out.append("VE")
    print(repr(v), out)
print("%.3f|%10.2e|%-8.1f|%+g|%G|%%|%.0f|%#.0f|% .1f" % (2.0 / 3, 12345.678, 1.25, 0.0001, 1e-10, 0.5, 0.5, 3.25))
print("{:.2f} {:>8.3g} {:<+9.1e} {:^9.0%}".format(1 / 3, 2 / 3, 1e10, 0.125))
for bad in ["d", "x", "c", "s", ",d", "=s"]:
    try:
        print(format(1.5, bad))
    except ValueError as e:
        print("ValueError", e)
