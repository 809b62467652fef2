# __len__, __getitem__, __setitem__, __delitem__, __contains__ and __iter__ make a container.
class Playlist:
    def __init__(self, *songs):
        self.songs = list(songs)
    def __len__(self):
        return len(self.songs)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Playlist(*self.songs[i])
        return self.songs[i]
    def __setitem__(self, i, song):
        self.songs[i] = song
    def __delitem__(self, i):
        del self.songs[i]
    def __contains__(self, song):
        return song.lower() in (s.lower() for s in self.songs)
    def __iter__(self):
        return iter(self.songs)
    def __repr__(self):
        return f"Playlist{tuple(self.songs)}"
p = Playlist("a", "b", "c", "d")
p[0] = "A"
del p[1]
print(len(p), p[0], p[-1], p[1:], "C" in p, "z" in p, list(p), bool(Playlist()), [s * 2 for s in p])
try:
    p[10]
except IndexError as e:
    print(type(e).__name__, e)
