# Float arithmetic: gravitational n-body simulation of the Sun and the four
# gas giants (symplectic Euler steps), energy checked before and after.
import sys

STEPS = 120000
if len(sys.argv) > 1:
    STEPS = int(sys.argv[1])

PI = 3.141592653589793
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24


class Body:
    def __init__(self, name, pos, vel, mass):
        self.name = name
        self.x, self.y, self.z = pos
        # velocities are given in AU/day, convert to AU/year
        self.vx = vel[0] * DAYS_PER_YEAR
        self.vy = vel[1] * DAYS_PER_YEAR
        self.vz = vel[2] * DAYS_PER_YEAR
        self.m = mass * SOLAR_MASS


def make_system():
    bodies = [
        Body("sun", (0.0, 0.0, 0.0), (0.0, 0.0, 0.0), 1.0),
        Body("jupiter",
             (4.84143144246472090e+00, -1.16032004402742839e+00,
              -1.03622044471123109e-01),
             (1.66007664274403694e-03, 7.69901118419740425e-03,
              -6.90460016972063023e-05),
             9.54791938424326609e-04),
        Body("saturn",
             (8.34336671824457987e+00, 4.12479856412430479e+00,
              -4.03523417114321381e-01),
             (-2.76742510726862411e-03, 4.99852801234917238e-03,
              2.30417297573763929e-05),
             2.85885980666130812e-04),
        Body("uranus",
             (1.28943695621391310e+01, -1.51111514016986312e+01,
              -2.23307578892655734e-01),
             (2.96460137564761618e-03, 2.37847173959480950e-03,
              -2.96589568540237556e-05),
             4.36624404335156298e-05),
        Body("neptune",
             (1.53796971148509165e+01, -2.59193146099879641e+01,
              1.79258772950371181e-01),
             (2.68067772490389322e-03, 1.62824170038242295e-03,
              -9.51592254519715870e-05),
             5.15138902046611451e-05),
    ]
    # give the sun the momentum that makes the total zero
    px = py = pz = 0.0
    for b in bodies:
        px += b.vx * b.m
        py += b.vy * b.m
        pz += b.vz * b.m
    sun = bodies[0]
    sun.vx = -px / SOLAR_MASS
    sun.vy = -py / SOLAR_MASS
    sun.vz = -pz / SOLAR_MASS
    return bodies


def pairs_of(bodies):
    out = []
    for i in range(len(bodies)):
        for j in range(i + 1, len(bodies)):
            out.append((bodies[i], bodies[j]))
    return out


def energy(bodies):
    e = 0.0
    n = len(bodies)
    for i in range(n):
        a = bodies[i]
        e += 0.5 * a.m * (a.vx * a.vx + a.vy * a.vy + a.vz * a.vz)
        for j in range(i + 1, n):
            b = bodies[j]
            dx = a.x - b.x
            dy = a.y - b.y
            dz = a.z - b.z
            e -= a.m * b.m / (dx * dx + dy * dy + dz * dz) ** 0.5
    return e


def advance(bodies, pairs, dt, steps):
    for _ in range(steps):
        for a, b in pairs:
            dx = a.x - b.x
            dy = a.y - b.y
            dz = a.z - b.z
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * d2 ** 0.5)
            bm = b.m * mag
            am = a.m * mag
            a.vx -= dx * bm
            a.vy -= dy * bm
            a.vz -= dz * bm
            b.vx += dx * am
            b.vy += dy * am
            b.vz += dz * am
        for b in bodies:
            b.x += dt * b.vx
            b.y += dt * b.vy
            b.z += dt * b.vz


def main():
    bodies = make_system()
    pairs = pairs_of(bodies)
    e0 = energy(bodies)
    advance(bodies, pairs, 0.01, STEPS)
    e1 = energy(bodies)
    # integers only: no dependence on float printing
    q0 = int(round(e0 * 1e9))
    q1 = int(round(e1 * 1e9))
    qx = int(round(bodies[1].x * 1e6))
    print("energy before %d e-9, after %d e-9" % (q0, q1))
    print("checksum %d %d %d" % (q0, q1, qx))


main()
