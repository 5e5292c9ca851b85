# item get/set/del with negative, huge and non-int indices
l = ['a', 'b', 'c']
print(l[0], l[-1], l[-3], l[True])
for i in (3, -4, 100, 2**64, -2**64):
    try:
        l[i]
    except IndexError as e:
        print('IndexError', e)
    try:
        l[i] = 0
    except IndexError as e:
        print('IndexError', e)
    try:
        del l[i]
    except IndexError as e:
        print('IndexError', e)
for k in ('0', 1.0, None, (1,)):
    try:
        l[k]
    except TypeError as e:
        print('TypeError', e)
l[-1] = 'z'
l[0] = l
print(l)
del l[0]
print(l)
class I:
    def __index__(self):
        return -1
print(l[I()])
l[I()] = 'last'
print(l)
del l[I()]
print(l)
