# nested replacement fields in format specs: {:{w}}, {:{f}{a}{w}.{p}}, positional/keyword mixes
data = [('apple', 1.5, 3), ('kiwi', 22.25, 12), ('fig', 0.125, 100)]
for name, price, qty in data:
    print('{:<{w}}|{:>{pw}.{pp}f}|{:0{qw}d}|'.format(name, price, qty, w=8, pw=9, pp=2, qw=5))
print('{0:{1}{2}{3}}'.format('x', '*', '^', 9), '{:{}{}}'.format(3.14159, '.', '3'), '{:{fill}>{width}}'.format(7, fill='-', width=4))
print('{a:{b}}'.format(a='left', b='<10') + '|', '{!r:{w}}'.format('q', w=5) + '|', '{0[1]:{1}}'.format('xy', '>3'))
w = 6
print(f'{"c":{w}}|{"c":^{w}}|{3.14159:{w}.{w - 3}f}|{255:{"#"}{"x"}}|{12345:{","}}|')
for fmt in ('{:{}}', '{:{x}}', '{:{0}}'):
    try:
        print(fmt.format(1))
    except (IndexError, KeyError, ValueError) as e:
        print(type(e).__name__)
