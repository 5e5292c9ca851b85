# raising and catching many exceptions in a loop
caught = 0
for i in range(20000):
    try:
        if i % 3 == 0:
            raise ValueError(i)
        elif i % 3 == 1:
            {}[i]
        else:
            [][i]
    except ValueError:
        caught += 1
    except LookupError as e:
        caught += 2
print(caught)
class E(Exception):
    pass
def thrower(n):
    raise E(n)
total = 0
for i in range(5000):
    try:
        thrower(i)
    except E as e:
        total += e.args[0]
print(total)
n = 0
for i in range(3000):
    try:
        try:
            raise KeyError
        finally:
            n += 1
    except KeyError:
        n += 1
print(n)
