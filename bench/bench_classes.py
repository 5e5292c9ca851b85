# Method calls and attribute access: a small warehouse simulation with an
# inheritance hierarchy, super() calls, properties, class attributes and
# instance attributes that are read and written constantly.
import sys

STEPS = 45000
if len(sys.argv) > 1:
    STEPS = int(sys.argv[1])


class Rng:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = self.state * 16807 % 2147483647
        return self.state

    def below(self, n):
        return self.next() % n


class Entity:
    count = 0

    def __init__(self, ident, x, y):
        self.ident = ident
        self.x = x
        self.y = y
        Entity.count += 1

    def distance_to(self, other):
        return abs(self.x - other.x) + abs(self.y - other.y)

    def step_towards(self, tx, ty):
        if self.x < tx:
            self.x += 1
        elif self.x > tx:
            self.x -= 1
        elif self.y < ty:
            self.y += 1
        elif self.y > ty:
            self.y -= 1


class Shelf(Entity):
    def __init__(self, ident, x, y, stock):
        super().__init__(ident, x, y)
        self.stock = stock
        self.taken = 0

    def take(self, n):
        if n > self.stock:
            n = self.stock
        self.stock -= n
        self.taken += n
        return n

    def refill(self, n):
        self.stock += n


class Robot(Entity):
    capacity = 5

    def __init__(self, ident, x, y):
        super().__init__(ident, x, y)
        self.load = 0
        self.target = None
        self.moves = 0
        self.delivered = 0

    @property
    def full(self):
        return self.load >= self.capacity

    @property
    def idle(self):
        return self.target is None

    def assign(self, target):
        self.target = target

    def tick(self, depot):
        t = self.target
        if t is None:
            return
        if self.x == t.x and self.y == t.y:
            if t is depot:
                self.delivered += self.load
                depot.receive(self.load)
                self.load = 0
                self.target = None
            else:
                self.load += t.take(self.capacity - self.load)
                self.target = depot
        else:
            self.step_towards(t.x, t.y)
            self.moves += 1


class FastRobot(Robot):
    capacity = 3

    def tick(self, depot):
        super().tick(depot)
        if self.target is not None:
            super().tick(depot)


class Depot(Entity):
    def __init__(self, x, y):
        super().__init__(-1, x, y)
        self.received = 0

    def receive(self, n):
        self.received += n


class Warehouse:
    def __init__(self, rng, nshelves, nrobots):
        self.rng = rng
        self.depot = Depot(0, 0)
        self.shelves = []
        for i in range(nshelves):
            self.shelves.append(Shelf(i, rng.below(40) - 20, rng.below(40) - 20,
                                      rng.below(50)))
        self.robots = []
        for i in range(nrobots):
            cls = FastRobot if i % 3 == 0 else Robot
            self.robots.append(cls(i, 0, 0))

    def pick_shelf(self, robot):
        best = None
        best_d = 1 << 30
        for s in self.shelves:
            if s.stock > 0:
                d = robot.distance_to(s)
                if d < best_d:
                    best_d = d
                    best = s
        return best

    def step(self, t):
        for r in self.robots:
            if r.idle:
                s = self.pick_shelf(r)
                if s is not None:
                    r.assign(s)
            r.tick(self.depot)
        if t % 2 == 0:
            s = self.shelves[self.rng.below(len(self.shelves))]
            s.refill(self.rng.below(10))


def main():
    w = Warehouse(Rng(12345), 30, 12)
    for t in range(STEPS):
        w.step(t)
    moves = sum(r.moves for r in w.robots)
    delivered = sum(r.delivered for r in w.robots)
    taken = sum(s.taken for s in w.shelves)
    stock = sum(s.stock for s in w.shelves)
    print("received", w.depot.received, "moves", moves)
    print("checksum %d %d %d %d %d" % (w.depot.received, moves, delivered,
                                        taken, stock))


main()
