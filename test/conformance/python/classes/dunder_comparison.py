# __eq__, __lt__ and friends; sorting custom objects; NotImplemented fallbacks.
class Card:
    order = "23456789TJQKA"
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit
    def __eq__(self, other):
        if not isinstance(other, Card):
            return NotImplemented
        return self.rank == other.rank
    def __lt__(self, other):
        return self.order.index(self.rank) < self.order.index(other.rank)
    def __repr__(self):
        return self.rank + self.suit
hand = [Card("K", "s"), Card("3", "h"), Card("A", "d"), Card("T", "c")]
print(sorted(hand), max(hand), min(hand), Card("K", "h") == Card("K", "s"), Card("2", "s") != Card("3", "s"))
print(Card("5", "h") > Card("4", "s"), Card("5", "h") == "5", hand.index(Card("A", "s")), Card("A", "s") in hand)
try:
    Card("5", "h") <= Card("4", "s")
except TypeError as e:
    print(type(e).__name__, e)
