# a tiny text adventure as a state machine driven by scripted commands
ROOMS = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "shelves of old books", "exits": {"south": "hall"}, "items": ["key", "book"]},
    "kitchen": {"desc": "a cold kitchen", "exits": {"west": "hall", "down": "cellar"}, "items": []},
    "cellar": {"desc": "a dark cellar", "exits": {"up": "kitchen"}, "items": ["treasure"], "locked": True},
}

class Game:
    def __init__(self, rooms):
        self.rooms = {k: dict(v, items=list(v["items"])) for k, v in rooms.items()}
        self.here = "hall"
        self.inventory = []
        self.moves = 0
        self.over = False

    def say(self, msg):
        print("  " + msg)

    def look(self, _=None):
        room = self.rooms[self.here]
        self.say("You are in %s." % room["desc"])
        if room["items"]:
            self.say("You see: " + ", ".join(sorted(room["items"])))
        self.say("Exits: " + ", ".join(sorted(room["exits"])))

    def go(self, direction):
        exits = self.rooms[self.here]["exits"]
        if direction not in exits:
            self.say("You can't go %s." % direction)
            return
        target = exits[direction]
        if self.rooms[target].get("locked"):
            if "key" in self.inventory:
                self.say("You unlock the way with the key.")
                self.rooms[target]["locked"] = False
            else:
                self.say("It is locked.")
                return
        if target == "cellar" and "lamp" not in self.inventory:
            self.say("Too dark to enter without a lamp.")
            return
        self.here = target
        self.moves += 1
        self.look()

    def take(self, item):
        items = self.rooms[self.here]["items"]
        if item in items:
            items.remove(item)
            self.inventory.append(item)
            self.say("Taken: " + item)
            if item == "treasure":
                self.say("You win in %d moves!" % self.moves)
                self.over = True
        else:
            self.say("No %s here." % item)

    def inv(self, _=None):
        self.say("Carrying: " + (", ".join(self.inventory) or "nothing"))

    def run(self, script):
        commands = {"look": self.look, "go": self.go, "take": self.take, "inventory": self.inv}
        for line in script:
            if self.over:
                break
            print("> " + line)
            words = line.split()
            verb, arg = words[0], (words[1] if len(words) > 1 else None)
            handler = commands.get(verb)
            if handler is None:
                self.say("I don't understand '%s'." % verb)
            else:
                handler(arg)

Game(ROOMS).run([
    "look", "take lamp", "go east", "go down", "go west", "go north",
    "take key", "take sword", "dance", "go south", "go east", "go down",
    "inventory", "take treasure", "look",
])
