# circular import helper, part B
print("circ_b start")
import _circ_a
B_VALUE = "b value"
SEEN_A_EARLY = getattr(_circ_a, "A_EARLY", "missing")
SEEN_A_LATE = getattr(_circ_a, "A_LATE", "missing")
print("circ_b end")
