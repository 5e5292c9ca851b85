# \N{...} escapes: letter names (computed), names with common words, case
# insensitivity, and bad names.
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
for case in ("SMALL", "CAPITAL"):
    print(case, "".join(eval('"\\N{LATIN %s LETTER %s}"' % (case, c)) for c in LETTERS))
greek = ("ALPHA BETA GAMMA DELTA EPSILON ZETA ETA THETA IOTA KAPPA LAMDA MU NU XI OMICRON PI RHO "
         "SIGMA TAU UPSILON PHI CHI PSI OMEGA").split()
for case in ("SMALL", "CAPITAL"):
    print(case, [hex(ord(eval('"\\N{GREEK %s LETTER %s}"' % (case, g)))) for g in greek])
print(hex(ord("\N{GREEK SMALL LETTER FINAL SIGMA}")))
print("\N{latin small letter a with acute}\N{Latin Capital Letter E With Acute}\N{LATIN SMALL LETTER U WITH DIAERESIS}")
print("\N{COPYRIGHT SIGN}\N{DIGIT EIGHT}\N{LEFT DOUBLE QUOTATION MARK}\N{QUOTATION MARK}\N{BLACK STAR}\N{HEAVY BLACK HEART}")
print(ascii("\N{SUPERSCRIPT TWO}\N{CIRCUMFLEX ACCENT}\N{LATIN SMALL LETTER E WITH CIRCUMFLEX}\N{EURO SIGN}\N{SNAKE}\N{NO-BREAK SPACE}"))
for bad in ("GREEK CAPITAL LETTER FINAL SIGMA", "LATIN SMALL LETTER", "COPYRIGHT", "COPYRIGHT SIGNS",
            "DIGIT", "BLACK", "SIGN", "LATIN SMALL LETTER A WITH", "LATIN SMALL LETTER A WITHACUTE", "NO SUCH NAME", ""):
    try:
        eval('"\\N{%s}"' % bad)
        print(bad, "accepted")
    except SyntaxError:
        print(bad, "SyntaxError")
# bytes do not interpret \N
print(b"\N{DIGIT ONE}")
