# A binary search tree with insertion and the three depth-first traversals.
class Tree:
    def __init__(self, value):
        self.value, self.left, self.right = value, None, None
    def insert(self, value):
        side = "left" if value < self.value else "right"
        child = getattr(self, side)
        if child is None:
            setattr(self, side, Tree(value))
        else:
            child.insert(value)
    def inorder(self):
        if self.left: yield from self.left.inorder()
        yield self.value
        if self.right: yield from self.right.inorder()
    def preorder(self):
        yield self.value
        for child in (self.left, self.right):
            if child: yield from child.preorder()
    def height(self):
        return 1 + max(self.left.height() if self.left else 0, self.right.height() if self.right else 0)
root = Tree(50)
for v in [30, 70, 20, 40, 60, 80, 35]:
    root.insert(v)
print(list(root.inorder()), list(root.preorder()), root.height())
