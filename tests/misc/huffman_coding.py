# Huffman coding with deterministic tie-breaking; encode and decode round trip
def build_tree(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    # nodes: (weight, order, payload); payload is a char or a (left, right) pair
    nodes = [(w, i, ch) for i, (ch, w) in enumerate(sorted(freq.items()))]
    order = len(nodes)
    while len(nodes) > 1:
        nodes.sort(key=lambda n: (n[0], n[1]))
        a, b = nodes.pop(0), nodes.pop(0)
        nodes.append((a[0] + b[0], order, (a, b)))
        order += 1
    return nodes[0], freq

def codes(node, prefix="", table=None):
    if table is None:
        table = {}
    payload = node[2]
    if isinstance(payload, tuple):
        codes(payload[0], prefix + "0", table)
        codes(payload[1], prefix + "1", table)
    else:
        table[payload] = prefix or "0"
    return table

def encode(text, table):
    return "".join(table[ch] for ch in text)

def decode(bits, root):
    out, node = [], root
    if not isinstance(root[2], tuple):
        return root[2] * len(bits)
    for b in bits:
        node = node[2][0] if b == "0" else node[2][1]
        if not isinstance(node[2], tuple):
            out.append(node[2])
            node = root
    return "".join(out)

for text in ["abracadabra", "mississippi river", "aaaa", "the quick brown fox jumps over the lazy dog"]:
    root, freq = build_tree(text)
    table = codes(root)
    bits = encode(text, table)
    print(repr(text))
    print("  codes:", sorted(table.items()))
    print("  bits:", len(bits), "vs", 8 * len(text), "prefix:", bits[:40])
    print("  roundtrip:", decode(bits, root) == text)
    prefix_free = all(not b.startswith(a) for a in table.values() for b in table.values() if a != b)
    print("  prefix free:", prefix_free)
def pack(bits):
    padded = bits + "0" * (-len(bits) % 8)
    return bytes(int(padded[i:i + 8], 2) for i in range(0, len(padded), 8))
root, _ = build_tree("abracadabra")
print(pack(encode("abracadabra", codes(root))))
