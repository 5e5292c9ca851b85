# Dicts, sets and lists: generate pseudo-random text, count word and bigram
# frequencies with dicts (bigrams per round, frequent ones merged), compare
# vocabularies with set operations and rank the most frequent words
# (sorted, so no dependence on dict ordering).
import sys

ROUNDS = 20
if len(sys.argv) > 1:
    ROUNDS = int(sys.argv[1])
WORDS = 10000   # per round; keeps the live data small for small heaps

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "ta", "shi", "po", "an", "el",
             "ve", "do", "qu", "is", "ho", "ya"]


class Lcg:
    def __init__(self, seed):
        self.s = seed

    def next(self, n):
        # Park-Miller; products stay below 2**46
        self.s = self.s * 16807 % 2147483647
        return (self.s >> 4) % n


def generate_text(n, rng):
    words = []
    for i in range(n):
        # skewed length and syllable choice -> Zipf-like frequencies
        k = 1 + rng.next(3) * rng.next(2)
        w = ""
        for j in range(k):
            w += SYLLABLES[rng.next(1 + rng.next(len(SYLLABLES)))]
        words.append(w)
        if rng.next(12) == 0:
            words.append(".")
    return " ".join(words)


def count_words(text, freq):
    for w in text.split():
        if w == ".":
            continue
        freq[w] = freq.get(w, 0) + 1
    return freq


def count_bigrams(words):
    bigrams = {}
    prev = None
    for w in words:
        if prev is not None:
            key = (prev, w)
            if key in bigrams:
                bigrams[key] += 1
            else:
                bigrams[key] = 1
        prev = w
    return bigrams
    return bigrams


def by_first_letter(freq):
    groups = {}
    for w, c in freq.items():
        groups.setdefault(w[0], []).append(c)
    return sorted((k, len(v), sum(v)) for k, v in groups.items())


def main():
    rng = Lcg(2024)
    freq = {}
    common_pairs = {}
    distinct_pairs = 0
    first = set()
    second = set()
    for r in range(ROUNDS):
        text = generate_text(WORDS, rng)
        count_words(text, freq)
        words = [w for w in text.split() if w != "."]
        bigrams = count_bigrams(words)
        distinct_pairs += len(bigrams)
        # keep only the frequent pairs across rounds (bounded memory)
        for key, c in bigrams.items():
            if c >= 4:
                common_pairs[key] = common_pairs.get(key, 0) + c
        bigrams = None
        if r % 2 == 0:
            first.update(words)
        else:
            second |= set(words)
    common = first & second
    only = (first - second) | (second - first)
    union = first | second
    top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
    groups = by_first_letter(freq)
    best_pair = max(common_pairs.items(), key=lambda kv: (kv[1], kv[0]))
    lengths = {}
    for w in freq:
        lengths[len(w)] = lengths.get(len(w), 0) + freq[w]
    lsum = sum(k * v for k, v in lengths.items())
    print("distinct %d, top %s" % (len(freq), " ".join(w for w, c in top[:5])))
    gsum = 0
    for k, n, s in groups:
        gsum = (gsum * 7 + ord(k) * n + s) % 1000000007
    print("checksum %d %d %d %d %d %d %d %s %d %d %d" % (
        len(freq), distinct_pairs * 1000 + len(common_pairs), len(common), len(only), len(union),
        top[0][1], top[9][1], best_pair[0][0] + "_" + best_pair[0][1],
        best_pair[1], gsum, lsum))


main()
