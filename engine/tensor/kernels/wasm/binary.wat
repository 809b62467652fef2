;; out[i] = a[i] {op} b[i] over n contiguous elements of one float type, whole vectors then the scalar tail:
;; the same correctly rounded operation per element as the TypeScript loops. A template like float.wat,
;; instantiated by tools/wasm-kernels.mjs for each type and each {op} of add, sub, mul and div.
(func $binary_{op}_{t} (export "{op}_{t}") (param $a i32) (param $b i32) (param $out i32) (param $n i32)
  (local $end i32) (local $vectorEnd i32)
  (local.set $end (i32.add (local.get $out) (i32.mul (local.get $n) (i32.const {s*1}))))
  (local.set $vectorEnd (i32.sub (local.get $end) (i32.and (i32.mul (local.get $n) (i32.const {s*1})) (i32.const 15))))
  (block $vectorsDone
    (loop $vectors
      (br_if $vectorsDone (i32.ge_u (local.get $out) (local.get $vectorEnd)))
      (v128.store (local.get $out) ({v}.{op} (v128.load (local.get $a)) (v128.load (local.get $b))))
      (local.set $a (i32.add (local.get $a) (i32.const 16)))
      (local.set $b (i32.add (local.get $b) (i32.const 16)))
      (local.set $out (i32.add (local.get $out) (i32.const 16)))
      (br $vectors)))
  (block $done
    (loop $scalars
      (br_if $done (i32.ge_u (local.get $out) (local.get $end)))
      ({t}.store (local.get $out) ({t}.{op} ({t}.load (local.get $a)) ({t}.load (local.get $b))))
      (local.set $a (i32.add (local.get $a) (i32.const {s*1})))
      (local.set $b (i32.add (local.get $b) (i32.const {s*1})))
      (local.set $out (i32.add (local.get $out) (i32.const {s*1})))
      (br $scalars))))
