"""Builds examples/autograd-tutorial.agnb from the seed tutorial (../shared/seed/autograd-tutorial-zh.md): its
prose becomes markdown cells and its code cells are kept verbatim, with `torch.manual_seed(0)` added first so
the random numbers are PyTorch's. Outputs are then written by the oracle:

    python3 tools/make_tutorial_notebook.py && /usr/bin/python3 tools/oracle_notebook.py --allow-errors examples/autograd-tutorial.agnb
"""
import json
import os

SEED = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "seed", "autograd-tutorial-zh.md")

# (kind, first line, last line) in the seed, 1-based and inclusive; outputs printed in the seed are left out.
CELLS = [
    ("markdown", 1, 6),
    ("code", 9, 17),
    ("markdown", 19, 40),
    ("code", 43, 46),
    ("markdown", 56, 62),
    ("code", 65, 66),
    ("markdown", 72, 73),
    ("code", 76, 82),
    ("markdown", 91, 91),
    ("code", 94, 99),
    ("markdown", 104, 105),
    ("code", 108, 113),
    ("markdown", 115, 115),
    ("code", 118, 120),
    ("markdown", 122, 128),
    ("code", 131, 134),
    ("markdown", 136, 136),
    ("code", 139, 154),
    ("code", 157, 183),
]


def main():
    with open(SEED, encoding="utf-8") as file:
        lines = file.read().split("\n")
    cells = []
    for kind, first, last in CELLS:
        block = lines[first - 1:last]
        # The seed's prose has one statement per line; as markdown each needs its own paragraph.
        source = "\n".join(block).strip("\n") if kind == "code" else "\n\n".join(line for line in block if line.strip())
        if first == 9:
            assert source.startswith("import torch\n"), "the seed's first cell changed"
            source = source.replace("import torch\n", "import torch\n\ntorch.manual_seed(0)", 1)
        cells.append({"kind": kind, "source": source} if kind == "markdown" else
                     {"kind": "code", "language": "agnb-python", "source": source, "executionCount": None, "outputs": []})
    path = os.path.join(os.path.dirname(__file__), "..", "examples", "autograd-tutorial.agnb")
    with open(path, "w", encoding="utf-8") as file:
        file.write(json.dumps({"metadata": {"formatVersion": 1}, "cells": cells}, indent=1, ensure_ascii=False) + "\n")
    print(f"wrote {path}: {len(cells)} cells")


if __name__ == "__main__":
    main()
