# string processing: word counts, frequencies, sorting output
TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""

def words(text):
    cleaned = []
    for ch in text.lower():
        cleaned.append(ch if ch.isalpha() or ch == " " or ch == "\n" else " ")
    return "".join(cleaned).split()

ws = words(TEXT)
print(len(ws), len(set(ws)))
counts = {}
for w in ws:
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for w, c in top[:8]:
    print("%-12s %3d %s" % (w, c, "#" * c))
print(sorted(w for w, c in counts.items() if c == 1))
by_len = {}
for w in set(ws):
    by_len.setdefault(len(w), []).append(w)
for n in sorted(by_len):
    print(n, sorted(by_len[n]))
letters = {}
for ch in TEXT.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print("".join(sorted(letters, key=lambda c: (-letters[c], c)))[:10])
print(max(ws, key=len), min(set(ws), key=lambda w: (len(w), w)))
lines = TEXT.split("\n")
for i, line in enumerate(lines, 1):
    print("%2d: %-3d words, longest %r" % (i, len(line.split()), max(line.split(), key=len)))
def capitalize_sentence(s):
    return " ".join(w[:1].upper() + w[1:] for w in s.split())
print(capitalize_sentence("the quick brown fox"))
def is_palindrome(s):
    t = [c for c in s.lower() if c.isalnum()]
    return t == t[::-1]
print([is_palindrome(s) for s in ["A man, a plan, a canal: Panama", "hello", "Was it a car or a cat I saw", ""]])
anagrams = {}
for w in ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]:
    anagrams.setdefault("".join(sorted(w)), []).append(w)
print(sorted(sorted(g) for g in anagrams.values() if len(g) > 1))
