# circular imports see partially initialised modules
import _circ_a
import _circ_b
print(_circ_b.SEEN_A_EARLY, _circ_b.SEEN_A_LATE)
print(_circ_a.use_b(), _circ_a.A_LATE)
print(_circ_a._circ_b is _circ_b, _circ_b._circ_a is _circ_a)
