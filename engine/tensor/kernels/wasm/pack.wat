;; float32 only, used as is (tools/wasm-kernels.mjs). Addresses and sizes are unsigned byte offsets.
;;
;; Packs `outer` contiguous rows of k float32 (row x at src + 4*k*x) into panels of `width` (4 or 8) lanes, the
;; layout of float.wat's pack_f32 (panel q holds element p of row x at (q*k + p)*width + (x - q*width)): what a
;; row-major A or a transposed B needs. Four rows at a time, four steps of k are loaded as four vectors and
;; transposed with shuffles, instead of moving one element at a time; the last, partial panel goes to pack_f32.
(func $pack_rows_f32 (export "pack_rows_f32")
  (param $src i32) (param $dst i32) (param $outer i32) (param $k i32) (param $width i32)
  (local $first i32) (local $group i32) (local $rowBytes i32) (local $stepBytes i32) (local $wholeSteps i32)
  (local $p i32) (local $to i32) (local $r0 i32) (local $r1 i32) (local $r2 i32) (local $r3 i32)
  (local $v0 v128) (local $v1 v128) (local $v2 v128) (local $v3 v128)
  (local $t0 v128) (local $t1 v128) (local $t2 v128) (local $t3 v128)
  (local.set $rowBytes (i32.shl (local.get $k) (i32.const 2)))
  (local.set $stepBytes (i32.shl (local.get $width) (i32.const 2)))
  (local.set $wholeSteps (i32.and (local.get $k) (i32.const -4)))
  (block $done
    (loop $panels
      (br_if $done (i32.ge_u (local.get $first) (local.get $outer)))
      (if (i32.gt_u (i32.add (local.get $first) (local.get $width)) (local.get $outer))
        (then
          (call $pack_f32 (i32.add (local.get $src) (i32.mul (local.get $first) (local.get $rowBytes))) (local.get $dst)
            (i32.sub (local.get $outer) (local.get $first)) (local.get $k) (local.get $width) (local.get $k) (i32.const 1))
          (br $done)))
      (local.set $group (i32.const 0))
      (loop $groups
        (local.set $r0 (i32.add (local.get $src) (i32.mul (i32.add (local.get $first) (local.get $group)) (local.get $rowBytes))))
        (local.set $r1 (i32.add (local.get $r0) (local.get $rowBytes)))
        (local.set $r2 (i32.add (local.get $r1) (local.get $rowBytes)))
        (local.set $r3 (i32.add (local.get $r2) (local.get $rowBytes)))
        (local.set $to (i32.add (local.get $dst) (i32.shl (local.get $group) (i32.const 2))))
        (local.set $p (i32.const 0))
        (block $quadsDone
          (loop $quads
            (br_if $quadsDone (i32.ge_u (local.get $p) (local.get $wholeSteps)))
            (local.set $v0 (v128.load (local.get $r0)))
            (local.set $v1 (v128.load (local.get $r1)))
            (local.set $v2 (v128.load (local.get $r2)))
            (local.set $v3 (v128.load (local.get $r3)))
            ;; t0 = (v0[0] v1[0] v0[1] v1[1]), t1 = (v0[2] v1[2] v0[3] v1[3]); t2, t3 alike from v2, v3.
            (local.set $t0 (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23 (local.get $v0) (local.get $v1)))
            (local.set $t1 (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31 (local.get $v0) (local.get $v1)))
            (local.set $t2 (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23 (local.get $v2) (local.get $v3)))
            (local.set $t3 (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31 (local.get $v2) (local.get $v3)))
            ;; Step j of the four rows: (v0[j] v1[j] v2[j] v3[j]).
            (v128.store (local.get $to)
              (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $t0) (local.get $t2)))
            (v128.store (i32.add (local.get $to) (local.get $stepBytes))
              (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $t0) (local.get $t2)))
            (local.set $to (i32.add (local.get $to) (i32.shl (local.get $stepBytes) (i32.const 1))))
            (v128.store (local.get $to)
              (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $t1) (local.get $t3)))
            (v128.store (i32.add (local.get $to) (local.get $stepBytes))
              (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $t1) (local.get $t3)))
            (local.set $to (i32.add (local.get $to) (i32.shl (local.get $stepBytes) (i32.const 1))))
            (local.set $r0 (i32.add (local.get $r0) (i32.const 16)))
            (local.set $r1 (i32.add (local.get $r1) (i32.const 16)))
            (local.set $r2 (i32.add (local.get $r2) (i32.const 16)))
            (local.set $r3 (i32.add (local.get $r3) (i32.const 16)))
            (local.set $p (i32.add (local.get $p) (i32.const 4)))
            (br $quads)))
        ;; The last k % 4 steps, one element of each row at a time.
        (block $tailDone
          (loop $tail
            (br_if $tailDone (i32.ge_u (local.get $p) (local.get $k)))
            (f32.store (local.get $to) (f32.load (local.get $r0)))
            (f32.store offset=4 (local.get $to) (f32.load (local.get $r1)))
            (f32.store offset=8 (local.get $to) (f32.load (local.get $r2)))
            (f32.store offset=12 (local.get $to) (f32.load (local.get $r3)))
            (local.set $to (i32.add (local.get $to) (local.get $stepBytes)))
            (local.set $r0 (i32.add (local.get $r0) (i32.const 4)))
            (local.set $r1 (i32.add (local.get $r1) (i32.const 4)))
            (local.set $r2 (i32.add (local.get $r2) (i32.const 4)))
            (local.set $r3 (i32.add (local.get $r3) (i32.const 4)))
            (local.set $p (i32.add (local.get $p) (i32.const 1)))
            (br $tail)))
        (local.set $group (i32.add (local.get $group) (i32.const 4)))
        (br_if $groups (i32.lt_u (local.get $group) (local.get $width))))
      (local.set $dst (i32.add (local.get $dst) (i32.mul (local.get $stepBytes) (local.get $k))))
      (local.set $first (i32.add (local.get $first) (local.get $width)))
      (br $panels))))
