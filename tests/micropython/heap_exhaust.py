# cmdline: -X heapsize=64k
# running out of heap raises MemoryError; the interpreter keeps working
# (loops are bounded so that running this under CPython terminates quickly)
def hog():
    chunks = []
    for i in range(100000):
        chunks.append(bytearray(512))
    return len(chunks)
try:
    hog()
    print("no MemoryError?!")
except MemoryError:
    print("MemoryError caught")
total = 0
for i in range(1000):
    total += len([i] * 10)
print(total)
try:
    hog()
    print("no MemoryError?!")
except MemoryError:
    print("MemoryError caught again")
try:
    big = bytearray(1000000)
    print("no MemoryError?!")
except MemoryError:
    print("MemoryError for one big allocation")
s = "".join(str(i) for i in range(100))
print(len(s))
def grow_list():
    l = []
    for i in range(1000000):
        l.append(i)
    return l
try:
    grow_list()
    print("no MemoryError?!")
except MemoryError:
    print("MemoryError growing a list")
d = {}
try:
    for i in range(200000):
        d[i] = i
    print("no MemoryError?!")
except MemoryError:
    d = None
    print("MemoryError growing a dict")
d = None
print("still alive", sum(range(10)))
