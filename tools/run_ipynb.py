"""Runs the code cells of a Jupyter notebook (.ipynb) the way Jupyter's Run All does, in real CPython (and real
PyTorch, when run with /usr/bin/python3), and prints every code cell's outputs as JSON on stdout. Used to check
that a notebook exported by Autograd Notebooks runs unchanged in Python with PyTorch and prints what it shows.

Usage: /usr/bin/python3 tools/run_ipynb.py NOTEBOOK.ipynb

Cells that were run when the notebook was exported (execution_count set) run in order in one namespace, an error
included (as in a tutorial that shows one and goes on); outputs use the shapes and traceback format of
tools/oracle_notebook.py. The result is a list with one entry per code cell: its outputs, or null if not run.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from oracle_notebook import join_text, run_cell  # noqa: E402


def main(path):
    with open(path, encoding="utf-8") as file:
        notebook = json.load(file)
    namespace = {"__name__": "__main__"}
    count = 0
    results = []
    for cell in notebook["cells"]:
        if cell["cell_type"] != "code":
            continue
        if cell.get("execution_count") is None:
            results.append(None)
            continue
        count += 1
        outputs = []
        run_cell(join_text(cell["source"]), count, namespace, outputs)
        results.append(outputs)
    json.dump(results, sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
