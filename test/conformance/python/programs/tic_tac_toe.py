# Printing a tic-tac-toe board and detecting the winner.
board = [["X", "O", "X"], [" ", "X", "O"], ["O", " ", "X"]]
def show(board):
    lines = [" | ".join(row) for row in board]
    print("\n---------\n".join(lines))
def winner(b):
    lines = b + [list(col) for col in zip(*b)] + [[b[i][i] for i in range(3)], [b[i][2 - i] for i in range(3)]]
    for line in lines:
        if line[0] != " " and line.count(line[0]) == 3:
            return line[0]
    return None
show(board)
print("winner:", winner(board))
board[0][0] = "O"
print("winner:", winner(board), sum(row.count(" ") for row in board))
