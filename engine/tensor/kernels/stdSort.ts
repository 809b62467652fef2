// The C++ standard library's sort, nth_element and partial_sort as libstdc++ (GCC 12, the one PyTorch 1.13 on this
// machine is built with) implements them: introsort with median-of-three pivots and a final insertion sort,
// introselect, heap select. PyTorch's CPU sort, topk, mode and unique call these with comparators that do not
// order equal elements, so which of several equal elements lands where is decided by these exact steps.
// Elements are ids (positions into the caller's data) held in `items`; `less(a, b)` compares two ids.

export type Less = (a: number, b: number) => boolean;

const THRESHOLD = 16;

/** floor(log2(n)) for n >= 1 (std::__lg). */
const lg = (n: number): number => 31 - Math.clz32(n);

function swap(items: Int32Array, i: number, j: number): void {
  const t = items[i]!;
  items[i] = items[j]!;
  items[j] = t;
}

function moveMedianToFirst(items: Int32Array, result: number, a: number, b: number, c: number, less: Less): void {
  const x = items[a]!;
  const y = items[b]!;
  const z = items[c]!;
  if (less(x, y)) {
    if (less(y, z)) swap(items, result, b);
    else if (less(x, z)) swap(items, result, c);
    else swap(items, result, a);
  } else if (less(x, z)) swap(items, result, a);
  else if (less(y, z)) swap(items, result, c);
  else swap(items, result, b);
}

function unguardedPartition(items: Int32Array, first: number, last: number, pivot: number, less: Less): number {
  const p = items[pivot]!;
  for (;;) {
    while (less(items[first]!, p)) first++;
    last--;
    while (less(p, items[last]!)) last--;
    if (!(first < last)) return first;
    swap(items, first, last);
    first++;
  }
}

function unguardedPartitionPivot(items: Int32Array, first: number, last: number, less: Less): number {
  const mid = first + Math.floor((last - first) / 2);
  moveMedianToFirst(items, first, first + 1, mid, last - 1, less);
  return unguardedPartition(items, first + 1, last, first, less);
}

function unguardedLinearInsert(items: Int32Array, last: number, less: Less): void {
  const value = items[last]!;
  let next = last - 1;
  while (less(value, items[next]!)) {
    items[last] = items[next]!;
    last = next;
    next--;
  }
  items[last] = value;
}

function insertionSort(items: Int32Array, first: number, last: number, less: Less): void {
  if (first === last) return;
  for (let i = first + 1; i !== last; i++) {
    const value = items[i]!;
    if (less(value, items[first]!)) {
      items.copyWithin(first + 1, first, i);
      items[first] = value;
    } else unguardedLinearInsert(items, i, less);
  }
}

function pushHeap(items: Int32Array, first: number, hole: number, top: number, value: number, less: Less): void {
  let parent = Math.floor((hole - 1) / 2);
  while (hole > top && less(items[first + parent]!, value)) {
    items[first + hole] = items[first + parent]!;
    hole = parent;
    parent = Math.floor((hole - 1) / 2);
  }
  items[first + hole] = value;
}

function adjustHeap(items: Int32Array, first: number, hole: number, len: number, value: number, less: Less): void {
  const top = hole;
  let second = hole;
  while (second < Math.floor((len - 1) / 2)) {
    second = 2 * (second + 1);
    if (less(items[first + second]!, items[first + second - 1]!)) second--;
    items[first + hole] = items[first + second]!;
    hole = second;
  }
  if ((len & 1) === 0 && second === Math.floor((len - 2) / 2)) {
    second = 2 * (second + 1);
    items[first + hole] = items[first + second - 1]!;
    hole = second - 1;
  }
  pushHeap(items, first, hole, top, value, less);
}

function popHeap(items: Int32Array, first: number, last: number, result: number, less: Less): void {
  const value = items[result]!;
  items[result] = items[first]!;
  adjustHeap(items, first, 0, last - first, value, less);
}

function makeHeap(items: Int32Array, first: number, last: number, less: Less): void {
  const len = last - first;
  if (len < 2) return;
  for (let parent = Math.floor((len - 2) / 2); ; parent--) {
    adjustHeap(items, first, parent, len, items[first + parent]!, less);
    if (parent === 0) return;
  }
}

function heapSelect(items: Int32Array, first: number, middle: number, last: number, less: Less): void {
  makeHeap(items, first, middle, less);
  for (let i = middle; i < last; i++) if (less(items[i]!, items[first]!)) popHeap(items, first, middle, i, less);
}

function sortHeap(items: Int32Array, first: number, last: number, less: Less): void {
  while (last - first > 1) {
    last--;
    popHeap(items, first, last, last, less);
  }
}

/** std::partial_sort(first, middle, last): the smallest `middle - first` elements, in order, at the front. */
export function partialSort(items: Int32Array, first: number, middle: number, last: number, less: Less): void {
  heapSelect(items, first, middle, last, less);
  sortHeap(items, first, middle, less);
}

function introsortLoop(items: Int32Array, first: number, last: number, depthLimit: number, less: Less): void {
  while (last - first > THRESHOLD) {
    if (depthLimit === 0) {
      partialSort(items, first, last, last, less);
      return;
    }
    depthLimit--;
    const cut = unguardedPartitionPivot(items, first, last, less);
    introsortLoop(items, cut, last, depthLimit, less);
    last = cut;
  }
}

/** std::sort(first, last). */
export function stdSort(items: Int32Array, first: number, last: number, less: Less): void {
  if (first === last) return;
  introsortLoop(items, first, last, lg(last - first) * 2, less);
  if (last - first > THRESHOLD) {
    insertionSort(items, first, first + THRESHOLD, less);
    for (let i = first + THRESHOLD; i !== last; i++) unguardedLinearInsert(items, i, less);
  } else insertionSort(items, first, last, less);
}

/** std::nth_element(first, nth, last). */
export function nthElement(items: Int32Array, first: number, nth: number, last: number, less: Less): void {
  if (first === last || nth === last) return;
  let depthLimit = lg(last - first) * 2;
  while (last - first > 3) {
    if (depthLimit === 0) {
      heapSelect(items, first, nth + 1, last, less);
      swap(items, first, nth);
      return;
    }
    depthLimit--;
    const cut = unguardedPartitionPivot(items, first, last, less);
    if (cut <= nth) first = cut;
    else last = cut;
  }
  insertionSort(items, first, last, less);
}
