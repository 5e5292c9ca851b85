# format() on objects: empty spec uses str(), non-empty spec on object() is TypeError; __format__ overrides
class P:
    def __str__(self):
        return 'P!'
class Q:
    def __format__(self, spec):
        return 'Q[' + spec + ']'
class Bad:
    def __format__(self, spec):
        return 5
print(format(P()), format(P(), ''), '{}'.format(P()), f'{P()}', format(Q(), 'xyz'), '{:abc}'.format(Q()), f'{Q():>5}')
print(format(None), format([1, 2]), format((1,)), format(True), format(True, 'd'), format(True, '>6'), format(False, '^7'), format(None, ''))
for obj, spec in ((P(), 'x'), (None, '>5'), ([1], 's'), (object(), '10')):
    try:
        print(format(obj, spec))
    except TypeError as e:
        print('TypeError', e)
try:
    format(Bad(), '')
except TypeError as e:
    print('TypeError', e)
try:
    format(1, 2)
except TypeError as e:
    print('TypeError', e)
print(format('x'), format(3), format(2.5), format(1j), format(b'x') if False else '', (3).__format__('05'), 'a'.__format__('>3'), (1.5).__format__('.3f'))
