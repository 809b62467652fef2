"""Runs an .agnb notebook in real CPython (and real PyTorch, when run with /usr/bin/python3) and writes the
outputs Jupyter would show back into the file. These stored outputs are the expected values our kernel's
outputs are tested against, so they must come from the oracle, never from our own kernel.

Usage: python3 tools/oracle_notebook.py [--allow-errors] NOTEBOOK.agnb [...]

Cells run in one namespace, in order; the last expression's repr is displayed unless it is None; the run
stops at the first cell that raises (later cells lose their outputs), as Run All does, unless --allow-errors
is given: then every cell runs, as in a tutorial that shows an error and goes on. Tracebacks are written
in the kernel's format: frames named `Cell [n], line l, in f`, without CPython 3.11's caret lines.
"""
import ast
import io
import json
import linecache
import re
import sys
import traceback

FORMAT_VERSION = 1


class StreamRecorder(io.TextIOBase):
    """Collects writes to stdout/stderr as nbformat stream outputs, merging consecutive writes."""

    def __init__(self, outputs, name):
        self.outputs = outputs
        self.name = name

    def write(self, text):
        if not text:
            return 0
        last = self.outputs[-1] if self.outputs else None
        if last and last["output_type"] == "stream" and last["name"] == self.name:
            last["text"] += text
        else:
            self.outputs.append({"output_type": "stream", "name": self.name, "text": text})
        return len(text)


def split_lines(text):
    return re.findall(r"[^\n]*\n|[^\n]+$", text)


def join_text(value):
    return "".join(value) if isinstance(value, list) else value


def kernel_traceback(error, origin_prefix="Cell ["):
    """The traceback lines our kernel prints: user frames only, no caret lines."""
    ename = type(error).__name__
    evalue = str(error)
    last = f"{ename}: {evalue}" if evalue else ename
    if isinstance(error, SyntaxError) and error.filename and error.filename.startswith(origin_prefix):
        lines = [f"  {error.filename}, line {error.lineno}"]
        if error.text is not None:
            text = error.text.rstrip("\n")
            stripped = text.lstrip()
            lines.append(f"    {stripped}")
            column = (error.offset or 1) - 1 - (len(text) - len(stripped))
            lines.append("    " + " " * max(column, 0) + "^")
        return lines + [f"{ename}: {error.msg}"]
    lines = ["Traceback (most recent call last):"]
    for frame in traceback.extract_tb(error.__traceback__):
        if not frame.filename.startswith(origin_prefix):
            continue
        lines.append(f"  {frame.filename}, line {frame.lineno}, in {frame.name}")
        if frame.line:
            lines.append(f"    {frame.line.strip()}")
    return lines + [last]


def run_cell(source, count, namespace, outputs):
    origin = f"Cell [{count}]"
    linecache.cache[origin] = (len(source), None, source.splitlines(True), origin)
    stdout, stderr = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = StreamRecorder(outputs, "stdout"), StreamRecorder(outputs, "stderr")
    try:
        tree = ast.parse(source, origin)
        last = tree.body.pop() if tree.body and isinstance(tree.body[-1], ast.Expr) else None
        exec(compile(tree, origin, "exec"), namespace)
        if last is not None:
            value = eval(compile(ast.Expression(last.value), origin, "eval"), namespace)
            if value is not None:
                outputs.append({"output_type": "execute_result", "data": {"text/plain": repr(value)}})
        return True
    except BaseException as error:  # the cell's own exceptions, KeyboardInterrupt and SystemExit included
        sys.stdout, sys.stderr = stdout, stderr
        ename = type(error).__name__
        evalue = error.msg if isinstance(error, SyntaxError) else str(error)
        outputs.append({"output_type": "error", "ename": ename, "evalue": evalue, "traceback": kernel_traceback(error)})
        return False
    finally:
        sys.stdout, sys.stderr = stdout, stderr


def output_on_disk(output):
    kind = output["output_type"]
    if kind == "stream":
        return {"output_type": "stream", "name": output["name"], "text": split_lines(output["text"])}
    if kind == "execute_result":
        return {"output_type": "execute_result", "data": {m: split_lines(output["data"][m]) for m in sorted(output["data"])}}
    return output


def run_notebook(path, allow_errors):
    with open(path, encoding="utf-8") as file:
        notebook = json.load(file)
    metadata = dict(notebook.get("metadata", {}))
    metadata.pop("formatVersion", None)
    namespace = {"__name__": "__main__"}
    count = 0
    failed = False
    cells = []
    for cell in notebook["cells"]:
        source = join_text(cell.get("source", ""))
        if cell["kind"] == "markdown":
            cells.append({"kind": "markdown", "source": split_lines(source)})
            continue
        outputs = []
        execution_count = None
        if not failed or allow_errors:
            count += 1
            execution_count = count
            failed = not run_cell(source, count, namespace, outputs) or failed
        cells.append({
            "kind": "code",
            "language": cell.get("language", "agnb-python"),
            "source": split_lines(source),
            "executionCount": execution_count,
            "outputs": [output_on_disk(output) for output in outputs],
        })
    result = {"metadata": {"formatVersion": FORMAT_VERSION, **dict(sorted(metadata.items()))}, "cells": cells}
    with open(path, "w", encoding="utf-8") as file:
        file.write(json.dumps(result, indent=1, ensure_ascii=False) + "\n")
    return not failed


if __name__ == "__main__":
    arguments = [argument for argument in sys.argv[1:] if argument != "--allow-errors"]
    if not arguments:
        sys.exit(__doc__)
    for notebook_path in arguments:
        ok = run_notebook(notebook_path, "--allow-errors" in sys.argv)
        print(f"{notebook_path}: {'ok' if ok else 'stopped at an error'} ({sys.executable})")
