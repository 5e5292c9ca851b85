# count/replace/find on longer texts and overlapping patterns
text = ("the quick brown fox jumps over the lazy dog. " * 20).strip()
print(len(text), text.count("the"), text.count("o"), text.count(" "), text.count("dog."), text.count("xyz"))
print(text.find("lazy"), text.rfind("lazy"), text.find("lazy", 100), text.rfind("the", 0, 100), text.index("fox", 50))
r = text.replace("the", "THE", 5)
print(r.count("THE"), r.count("the"), r[:60])
print(text.replace(" ", "")[:30], len(text.replace("o", "00")), text.replace("dog", "cat").count("cat"))
print("aaaa".count("aa"), "aaaa".replace("aa", "b"), "aaa".find("aa", 1), "abababab".rfind("aba"), "abababab".count("aba"))
print("xxxx".split("xx"), "xxxx".rsplit("xx", 1), "xxxxx".partition("xx"), "xxxxx".rpartition("xx"))
w = text.split()
print(len(w), w[:4], len(set(w)), max(w, key=len), sorted(set(w))[:3])
freq = {}
for word in w:
    freq[word] = freq.get(word, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
lines = "\n".join("line %d" % i for i in range(50))
print(len(lines.splitlines()), lines.splitlines()[-1], lines.count("\n"), lines.rsplit("\n", 2)[-2:])
u = "\u00e9t\u00e9 " * 30
print(u.count("\u00e9"), u.replace("\u00e9", "e")[:12], u.find("t\u00e9 \u00e9", 10), u.rfind("\u00e9t"), len(u.split()))
