# partition/rpartition: found, not found, at the ends, multi-char and unicode separators, errors
for s in ('', 'a=b', 'a=b=c', '=', '==', 'abc', 'k: v: w', 'é日é'):
    for sep in ('=', ': ', 'é', 'abc', 'b=c', 'zz'):
        print(s.partition(sep), s.rpartition(sep))
for bad in ('', None, 1):
    try:
        'abc'.partition(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
    try:
        'abc'.rpartition(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
