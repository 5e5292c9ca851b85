# items are ordered by their < operator: tuples, user classes
import heapq

tasks = []
for prio, name in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'a2'), (0, 'z')]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(len(tasks))])

class Job:
    calls = 0
    def __init__(self, p, n):
        self.p, self.n = p, n
    def __lt__(self, other):
        Job.calls += 1
        return self.p < other.p
    def __repr__(self):
        return 'Job(%d,%s)' % (self.p, self.n)

jobs = [Job(p, str(p)) for p in [5, 3, 9, 1, 4]]
heapq.heapify(jobs)
print(jobs[0], Job.calls > 0)
heapq.heappush(jobs, Job(0, 'first'))
print([heapq.heappop(jobs) for _ in range(len(jobs))])

class Rev:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v > other.v
h = []
for v in [1, 5, 3]:
    heapq.heappush(h, Rev(v))
print([heapq.heappop(h).v for _ in range(3)])

# a max-heap through negation
h = []
for v in [4, 10, 2]:
    heapq.heappush(h, -v)
print([-heapq.heappop(h) for _ in range(3)])
