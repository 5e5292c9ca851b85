# short-circuit evaluation
log = []
def t(v, name):
    log.append(name)
    return v
print(t(0, 'a') and t(1, 'b'))
print(log); log.clear()
print(t(1, 'a') and t(2, 'b'))
print(log); log.clear()
print(t(1, 'a') or t(2, 'b'))
print(log); log.clear()
print(t(0, 'a') or t(0, 'b') or t(3, 'c') or t(4, 'd'))
print(log); log.clear()
print(t(1, 'a') and t(0, 'b') and t(1, 'c'))
print(log); log.clear()
print(not t(0, 'a') or t(1, 'b'))
print(log); log.clear()
x = None
print(x is not None and x.attr)
d = {}
print('k' in d and d['k'] > 1)
if t(0, 'p') and 1 / 0:
    print("no")
else:
    print("else branch")
print(log)
print(all(t(i, i) for i in [1, 0, 2]), log[-2:])
log.clear()
print(any(t(i, i) for i in [0, 3, 4]), log)
