# title()/capitalize()/swapcase() on digits, apostrophes, titlecase digraphs, combining marks, empty strings
for s in ['', ' ', '1st place', "don't stop", 'hello\tworld\nnext', 'ǆemal ǉubav', 'ǅEMAL', 'ﬂoor ﬁt', 'ßa ßb',
          'a1b2c3', '_under_score_', 'ÀÉÎ õü', 'ʼn', 'o\u0301la', 'αβγ ΑΒΓ', 'İi Iı', 'x' * 5 + 'Y' * 5]:
    print(repr(s.title()), repr(s.capitalize()), repr(s.swapcase()), s.istitle(), s.title().istitle())
