# Float arithmetic with small objects: a tiny ray tracer with a Vec class
# (operator overloading), spheres, a checkered floor, shadows and one level
# of reflection. Colours are quantised to integers for the checksum.
import sys

WIDTH = 220
if len(sys.argv) > 1:
    WIDTH = int(sys.argv[1])
HEIGHT = WIDTH * 3 // 4


class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def __neg__(self):
        return Vec(-self.x, -self.y, -self.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def length(self):
        return self.dot(self) ** 0.5

    def norm(self):
        return self * (1.0 / self.length())

    def mix(self, o):
        return Vec(self.x * o.x, self.y * o.y, self.z * o.z)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def at(self, t):
        return self.origin + self.direction * t


class Sphere:
    def __init__(self, centre, radius, colour, shine):
        self.centre = centre
        self.radius = radius
        self.colour = colour
        self.shine = shine

    def hit(self, ray):
        oc = ray.origin - self.centre
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        s = disc ** 0.5
        t = -b - s
        if t > 1e-6:
            return t
        t = -b + s
        if t > 1e-6:
            return t
        return None

    def normal_at(self, p):
        return (p - self.centre).norm()

    def colour_at(self, p):
        return self.colour


class Floor:
    def __init__(self, height):
        self.height = height
        self.shine = 0.25
        self.up = Vec(0.0, 1.0, 0.0)

    def hit(self, ray):
        dy = ray.direction.y
        if -1e-9 < dy < 1e-9:
            return None
        t = (self.height - ray.origin.y) / dy
        if t > 1e-6:
            return t
        return None

    def normal_at(self, p):
        return self.up

    def colour_at(self, p):
        if (int(p.x + 1000.0) + int(p.z + 1000.0)) % 2 == 0:
            return Vec(0.9, 0.9, 0.9)
        return Vec(0.2, 0.2, 0.25)


class Scene:
    def __init__(self):
        self.objects = [
            Sphere(Vec(0.0, 1.0, 6.0), 1.0, Vec(0.9, 0.2, 0.2), 0.3),
            Sphere(Vec(-2.2, 0.7, 7.5), 0.7, Vec(0.2, 0.9, 0.3), 0.5),
            Sphere(Vec(2.0, 0.5, 5.0), 0.5, Vec(0.3, 0.4, 1.0), 0.1),
            Sphere(Vec(0.8, 2.6, 9.0), 1.2, Vec(1.0, 0.9, 0.3), 0.6),
            Floor(0.0),
        ]
        self.light = Vec(-4.0, 8.0, 1.0)
        self.ambient = 0.12
        self.background = Vec(0.1, 0.15, 0.3)

    def nearest(self, ray):
        best_t = 1e30
        best = None
        for obj in self.objects:
            t = obj.hit(ray)
            if t is not None and t < best_t:
                best_t = t
                best = obj
        return best, best_t

    def shadowed(self, p, to_light, dist):
        ray = Ray(p, to_light)
        for obj in self.objects:
            t = obj.hit(ray)
            if t is not None and t < dist:
                return True
        return False

    def trace(self, ray, depth):
        obj, t = self.nearest(ray)
        if obj is None:
            return self.background
        p = ray.at(t)
        n = obj.normal_at(p)
        base = obj.colour_at(p)
        lv = self.light - p
        dist = lv.length()
        l = lv * (1.0 / dist)
        diffuse = n.dot(l)
        if diffuse < 0.0 or self.shadowed(p + n * 1e-4, l, dist):
            diffuse = 0.0
        colour = base * (self.ambient + (1.0 - self.ambient) * diffuse)
        if depth > 0 and obj.shine > 0.0:
            d = ray.direction
            r = d - n * (2.0 * d.dot(n))
            refl = self.trace(Ray(p + n * 1e-4, r), depth - 1)
            colour = colour * (1.0 - obj.shine) + refl * obj.shine
        return colour


def clamp255(v):
    i = int(v * 255.0)
    if i < 0:
        return 0
    if i > 255:
        return 255
    return i


def render(scene, w, h, sink):
    eye = Vec(0.0, 1.5, 0.0)
    for j in range(h):
        y = 1.0 - 2.0 * (j + 0.5) / h
        for i in range(w):
            x = (2.0 * (i + 0.5) / w - 1.0) * w / h
            d = Vec(x, y * 0.9, 1.8).norm()
            c = scene.trace(Ray(eye, d), 2)
            sink.put(clamp255(c.x), clamp255(c.y), clamp255(c.z))


class Stats:
    # pixels are folded into sums and a hash as they are produced, so the
    # image is never held in memory
    def __init__(self):
        self.n = 0
        self.r = 0
        self.g = 0
        self.b = 0
        self.h = 0

    def put(self, r, g, b):
        self.n += 1
        self.r += r
        self.g += g
        self.b += b
        self.h = (self.h * 257 + r * 65536 + g * 256 + b) % 2147483647


def main():
    s = Stats()
    render(Scene(), WIDTH, HEIGHT, s)
    print("%dx%d average %d %d %d" % (WIDTH, HEIGHT, s.r // s.n, s.g // s.n,
                                      s.b // s.n))
    print("checksum %d %d %d %d" % (s.r, s.g, s.b, s.h))


main()
