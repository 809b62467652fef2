# A mutable class attribute is shared by all instances.
class Team:
    members = []
    def __init__(self, name):
        self.name = name
    def join(self, person):
        self.members.append(person)
a, b = Team("a"), Team("b")
a.join("x")
b.join("y")
print(a.members, b.members, Team.members, a.members is b.members)
class Fixed:
    def __init__(self):
        self.members = []
c, d = Fixed(), Fixed()
c.members.append(1)
print(c.members, d.members)
