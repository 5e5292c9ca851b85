# explicit line joining with backslash
x = 1 + \
    2 + \
    3
print(x)

if x == 6 and \
   x > 0:
    print("joined condition")

s = "abc" \
    "def"
print(s)

def f(a,
      b):
    return a * b
print(f(3, \
4))

y = [1,
     2,   # comment inside brackets
     3]
print(y)
d = {
    'a': 1,
        'b': 2,
}
print(sorted(d.items()))
t = (
1
,
2
)
print(t)
z = f(
    2,
    5,
)
print(z)
print(1 +
      2 *
      3)
assert x \
    == 6
print("ok")
