# A traffic-light state machine driven by a transition table.
TRANSITIONS = {"green": ("yellow", 3), "yellow": ("red", 1), "red": ("green", 4)}
def run(start, ticks):
    state, remaining = start, TRANSITIONS[start][1]
    history = []
    for _ in range(ticks):
        history.append(state[0].upper())
        remaining -= 1
        if remaining == 0:
            state = TRANSITIONS[state][0]
            remaining = TRANSITIONS[state][1]
    return "".join(history)
print(run("green", 16), run("red", 10))
