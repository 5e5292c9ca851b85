import re
p = re.compile(r"(?P<a>x)(?P<b>y)?")
gi = p.groupindex
print(gi, gi["a"], len(gi), sorted(gi), dict(gi) == {"a": 1, "b": 2}, "a" in gi)
try:
    gi["c"] = 3
except TypeError as e:
    print("TypeError", e)
print(type(gi).__name__)
