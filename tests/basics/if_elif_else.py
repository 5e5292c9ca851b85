# if / elif / else chains
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
for n in (-5, 0, 3, 42, 1000):
    print(n, classify(n))
x = 5
if x:
    print("truthy")
if not x:
    print("never")
if x > 3:
    if x > 4:
        print("nested > 4")
    else:
        print("nested <= 4")
if []:
    print("empty list true?")
elif {}:
    print("empty dict true?")
elif "s":
    print("string true")
if x == 1: print("one")
elif x == 5: print("five")
def grade(s):
    if s >= 90: g = "A"
    elif s >= 80: g = "B"
    else: g = "C"
    return g
print([grade(s) for s in (95, 85, 50)])
