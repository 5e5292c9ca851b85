# A small operating-system-like task scheduler in the spirit of Richards:
# prioritised tasks (idle, workers, handlers, devices) exchange message
# packets through queues, block waiting for messages, get held/released.
# Exercises method dispatch through subclasses, attribute updates, linked
# queues and lots of small conditionals.
import sys

ITERATIONS = 16
if len(sys.argv) > 1:
    ITERATIONS = int(sys.argv[1])

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE = 0
KIND_WORK = 1
DATA_SIZE = 4


class Packet:
    def __init__(self, nxt, dest, kind):
        self.nxt = nxt
        self.dest = dest
        self.kind = kind
        self.count = 0
        self.data = [0] * DATA_SIZE

    def append_to(self, queue):
        # add self at the end of the queue that starts at `queue`
        self.nxt = None
        if queue is None:
            return self
        p = queue
        while p.nxt is not None:
            p = p.nxt
        p.nxt = self
        return queue


class Stats:
    def __init__(self):
        self.queued = 0
        self.holds = 0
        self.switches = 0


class Task:
    def __init__(self, kernel, ident, priority, queue):
        self.kernel = kernel
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.waiting = queue is None
        self.held = False
        self.next_task = None

    def runnable(self):
        if self.held:
            return False
        if not self.waiting:
            return True
        return self.queue is not None

    def take_message(self):
        msg = self.queue
        if msg is not None and self.waiting:
            self.queue = msg.nxt
            self.waiting = False
            return msg
        return None

    def deliver(self, msg):
        # returns True if the receiver should pre-empt the sender
        msg.nxt = None
        if self.queue is None:
            self.queue = msg
            return self.priority > self.kernel.current.priority
        self.queue = msg.append_to(self.queue)
        return False


class IdleTask(Task):
    def __init__(self, kernel, ident, priority, budget):
        Task.__init__(self, kernel, ident, priority, None)
        self.waiting = False
        self.seed = 1
        self.budget = budget

    def step(self, msg):
        k = self.kernel
        self.budget -= 1
        if self.budget == 0:
            return k.hold_self()
        if self.seed & 1:
            self.seed = (self.seed >> 1) ^ 0xD008
            return k.release(DEVICE_B)
        self.seed >>= 1
        return k.release(DEVICE_A)


class WorkerTask(Task):
    def __init__(self, kernel, ident, priority, queue):
        Task.__init__(self, kernel, ident, priority, queue)
        self.target = HANDLER_A
        self.letter = 0

    def step(self, msg):
        k = self.kernel
        if msg is None:
            return k.wait()
        self.target = HANDLER_B if self.target == HANDLER_A else HANDLER_A
        msg.dest = self.target
        msg.count = 0
        for i in range(DATA_SIZE):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            msg.data[i] = self.letter
        return k.send(msg, self.target)


class HandlerTask(Task):
    def __init__(self, kernel, ident, priority, queue):
        Task.__init__(self, kernel, ident, priority, queue)
        self.work = None
        self.devices = None

    def step(self, msg):
        k = self.kernel
        if msg is not None:
            if msg.kind == KIND_WORK:
                self.work = msg.append_to(self.work)
            else:
                self.devices = msg.append_to(self.devices)
        if self.work is not None:
            w = self.work
            i = w.count
            if i >= DATA_SIZE:
                self.work = w.nxt
                return k.send(w, WORKER)
            if self.devices is not None:
                d = self.devices
                self.devices = d.nxt
                d.count = w.data[i]
                w.count = i + 1
                return k.send(d, d.dest)
        return k.wait()


class DeviceTask(Task):
    def __init__(self, kernel, ident, priority):
        Task.__init__(self, kernel, ident, priority, None)
        self.pending = None
        self.output = 0

    def step(self, msg):
        k = self.kernel
        if msg is None:
            if self.pending is None:
                return k.wait()
            p = self.pending
            self.pending = None
            return k.send(p, p.dest_back)
        self.pending = msg
        msg.dest_back = HANDLER_A if self.ident == DEVICE_A else HANDLER_B
        self.output = (self.output * 31 + msg.count) % 1000003
        return k.hold_self()


class Kernel:
    def __init__(self, budget):
        self.stats = Stats()
        self.tasks = [None] * 6
        self.current = None
        self.head = None
        self.add(IdleTask(self, IDLE, 0, budget))

        q = Packet(None, WORKER, KIND_WORK)
        q = Packet(q, WORKER, KIND_WORK)
        self.add(WorkerTask(self, WORKER, 1000, q))

        q = Packet(None, DEVICE_A, KIND_DEVICE)
        q = Packet(q, DEVICE_A, KIND_DEVICE)
        q = Packet(q, DEVICE_A, KIND_DEVICE)
        self.add(HandlerTask(self, HANDLER_A, 2000, q))

        q = Packet(None, DEVICE_B, KIND_DEVICE)
        q = Packet(q, DEVICE_B, KIND_DEVICE)
        q = Packet(q, DEVICE_B, KIND_DEVICE)
        self.add(HandlerTask(self, HANDLER_B, 3000, q))

        self.add(DeviceTask(self, DEVICE_A, 4000))
        self.add(DeviceTask(self, DEVICE_B, 5000))
        for t in self.tasks:
            if t.queue is not None:
                t.waiting = False

    def add(self, task):
        self.tasks[task.ident] = task
        # keep the run list ordered by descending priority
        if self.head is None or task.priority > self.head.priority:
            task.next_task = self.head
            self.head = task
            return
        p = self.head
        while p.next_task is not None and \
                p.next_task.priority >= task.priority:
            p = p.next_task
        task.next_task = p.next_task
        p.next_task = task

    # the actions a task can request; each returns the task to run next
    def wait(self):
        self.current.waiting = True
        return self.current

    def hold_self(self):
        self.stats.holds += 1
        self.current.held = True
        return self.current.next_task

    def release(self, ident):
        t = self.tasks[ident]
        t.held = False
        if t.priority > self.current.priority:
            return t
        return self.current

    def send(self, msg, ident):
        self.stats.queued += 1
        t = self.tasks[ident]
        if t.deliver(msg):
            return t
        return self.current

    def run(self):
        t = self.head
        while t is not None:
            if t.runnable():
                self.current = t
                self.stats.switches += 1
                msg = t.take_message()
                t = t.step(msg)
            else:
                t = t.next_task


def main():
    totals = [0, 0, 0, 0]
    for it in range(ITERATIONS):
        k = Kernel(6000 + it * 7)
        k.run()
        totals[0] += k.stats.queued
        totals[1] += k.stats.holds
        totals[2] += k.stats.switches
        totals[3] = (totals[3] + k.tasks[DEVICE_A].output +
                     k.tasks[DEVICE_B].output) % 1000003
    print("queued %d holds %d" % (totals[0], totals[1]))
    print("checksum %d %d %d %d" % tuple(totals))


main()
