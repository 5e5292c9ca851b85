# bytes count/replace/find on large inputs and with overlapping/empty patterns (linear time)
big = b'ab' * 200000
print(big.count(b'ab'), big.count(b'ba'), big.count(b'a', 1000, 2000), big.count(b''), len(big.replace(b'a', b'xyz')), big.replace(b'ab', b'')[:3])
print(big.find(b'bb'), big.rfind(b'ab'), big.find(b'ba', -5), big.replace(b'b', b'', 3)[:8], len(big.split(b'a')), len(big.split(b'b', 10)))
hay = b'x' * 300000 + b'needle' + b'x' * 300000
print(hay.find(b'needle'), hay.rfind(b'needle'), hay.index(b'eed'), hay.count(b'xx'), b'needle' in hay, hay.find(b'needlx'))
print(b'aaaa'.count(b'aa'), b'aaaa'.replace(b'aa', b'b'), b''.replace(b'', b'x'), b'ab'.replace(b'', b'-', 2), bytearray(b'aaa').replace(b'a', b'bb'))
