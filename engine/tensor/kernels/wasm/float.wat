;; Kernels for one float type, written once for both: tools/wasm-kernels.mjs instantiates this template for
;; float32 and float64 and assembles the module. Template tokens:
;;   {t}      the scalar type, f32 or f64
;;   {v}      its vector shape, f32x4 or f64x2
;;   {splat}  the load that fills a vector with one element (v128.load32_splat or v128.load64_splat)
;;   {s*N}    N times the element size in bytes
;; Addresses and sizes are unsigned byte offsets into the exported memory.
;;
;; Matrix product C = A·B (the product of row i of A and column j of B added to C[i][j] in increasing k, every
;; product and every sum rounded to the type: mul then add, never a fused multiply-add), on packed operands:
;; - A (m×k) in panels of 4 rows: panel q holds A[4q+r][p] at element (q*k + p)*4 + r;
;; - B (k×n) in panels of 2 vectors of columns (W = 8 floats or 4 doubles): panel q holds B[p][Wq+c] at
;;   element (q*k + p)*W + c;
;; - C is row-major with whole tiles, ldc = W * (number of B panels) elements; rows and columns past m and n
;;   (zeros in the panels) are computed and ignored. C starts from zero, or when accumulating from the values it
;;   holds (gemm's beta × C start), each output then adding its products onto them in increasing k.
;; Each 4×W tile of C lives in 8 vector registers while one block of k is added into it, then goes back to
;; memory; the next block of k continues from the stored sums, so every output still adds in increasing k.

;; Packs `outer` vectors of length k into panels of `width` (the layout above: element (x, p) of the source is
;; at src[x*outerStride + p*kStride], panel q holds it at (q*k + p)*width + (x - q*width)); padding is zero.
;; A row-major A packs with (outerStride, kStride) = (k, 1), a transposed one (stored k×m) with (1, m); a
;; row-major B with (1, n), a transposed one (stored n×k) with (k, 1). width*size is 16 or 32 bytes.
(func $pack_{t} (export "pack_{t}")
  (param $src i32) (param $dst i32) (param $outer i32) (param $k i32) (param $width i32)
  (param $outerStride i32) (param $kStride i32)
  (local $first i32) (local $rowBytes i32) (local $panelBytes i32) (local $kStep i32) (local $c i32)
  (local $from i32) (local $to i32) (local $end i32)
  (local.set $rowBytes (i32.mul (local.get $width) (i32.const {s*1})))
  (local.set $panelBytes (i32.mul (local.get $rowBytes) (local.get $k)))
  (local.set $kStep (i32.mul (local.get $kStride) (i32.const {s*1})))
  (block $done
    (loop $panels
      (br_if $done (i32.ge_u (local.get $first) (local.get $outer)))
      (local.set $end (i32.add (local.get $dst) (local.get $panelBytes)))
      (if (i32.and (i32.eq (local.get $outerStride) (i32.const 1))
                   (i32.le_u (i32.add (local.get $first) (local.get $width)) (local.get $outer)))
        (then
          ;; A whole panel whose lanes are contiguous: each step of k is one or two vector copies.
          (local.set $from (i32.add (local.get $src) (i32.mul (local.get $first) (i32.const {s*1}))))
          (local.set $to (local.get $dst))
          (loop $steps
            (v128.store (local.get $to) (v128.load (local.get $from)))
            (if (i32.eq (local.get $rowBytes) (i32.const 32))
              (then (v128.store offset=16 (local.get $to) (v128.load offset=16 (local.get $from)))))
            (local.set $from (i32.add (local.get $from) (local.get $kStep)))
            (local.set $to (i32.add (local.get $to) (local.get $rowBytes)))
            (br_if $steps (i32.lt_u (local.get $to) (local.get $end)))))
        (else
          ;; Lane by lane, each walking its vector along k; lanes past `outer` are zero.
          (local.set $c (i32.const 0))
          (loop $lanes
            (local.set $to (i32.add (local.get $dst) (i32.mul (local.get $c) (i32.const {s*1}))))
            (if (i32.lt_u (i32.add (local.get $first) (local.get $c)) (local.get $outer))
              (then
                (local.set $from (i32.add (local.get $src)
                  (i32.mul (i32.mul (i32.add (local.get $first) (local.get $c)) (local.get $outerStride)) (i32.const {s*1}))))
                (loop $steps
                  ({t}.store (local.get $to) ({t}.load (local.get $from)))
                  (local.set $from (i32.add (local.get $from) (local.get $kStep)))
                  (local.set $to (i32.add (local.get $to) (local.get $rowBytes)))
                  (br_if $steps (i32.lt_u (local.get $to) (local.get $end)))))
              (else
                (loop $zeros
                  ({t}.store (local.get $to) ({t}.const 0))
                  (local.set $to (i32.add (local.get $to) (local.get $rowBytes)))
                  (br_if $zeros (i32.lt_u (local.get $to) (local.get $end))))))
            (local.set $c (i32.add (local.get $c) (i32.const 1)))
            (br_if $lanes (i32.lt_u (local.get $c) (local.get $width))))))
      (local.set $dst (local.get $end))
      (local.set $first (i32.add (local.get $first) (local.get $width)))
      (br $panels))))

;; One 4×W tile: C[0..4][0..W] (rows ldc bytes apart) = A panel (kc steps from $a) · B panel (kc steps from $b),
;; added to the sums already in C when $continued (a later block of k, or a start C), else started from zero.
(func $tile_{t} (param $a i32) (param $b i32) (param $c i32) (param $kc i32) (param $ldc i32) (param $continued i32)
  (local $end i32) (local $c1 i32) (local $c2 i32) (local $c3 i32)
  (local $b0 v128) (local $b1 v128) (local $x v128)
  (local $acc00 v128) (local $acc01 v128) (local $acc10 v128) (local $acc11 v128)
  (local $acc20 v128) (local $acc21 v128) (local $acc30 v128) (local $acc31 v128)
  (local.set $c1 (i32.add (local.get $c) (local.get $ldc)))
  (local.set $c2 (i32.add (local.get $c1) (local.get $ldc)))
  (local.set $c3 (i32.add (local.get $c2) (local.get $ldc)))
  (if (local.get $continued)
    (then
      (local.set $acc00 (v128.load (local.get $c)))
      (local.set $acc01 (v128.load offset=16 (local.get $c)))
      (local.set $acc10 (v128.load (local.get $c1)))
      (local.set $acc11 (v128.load offset=16 (local.get $c1)))
      (local.set $acc20 (v128.load (local.get $c2)))
      (local.set $acc21 (v128.load offset=16 (local.get $c2)))
      (local.set $acc30 (v128.load (local.get $c3)))
      (local.set $acc31 (v128.load offset=16 (local.get $c3)))))
  ;; The pointers step before the loads (starting one step back): V8 then adds to them in place and the loop has
  ;; no register moves, only the two additions, the compare and its stack check beside the 22 vector operations.
  (local.set $end (i32.add (local.get $a) (i32.mul (i32.sub (local.get $kc) (i32.const 1)) (i32.const {s*4}))))
  (local.set $a (i32.sub (local.get $a) (i32.const {s*4})))
  (local.set $b (i32.sub (local.get $b) (i32.const 32)))
  (loop $steps
    (local.set $a (i32.add (local.get $a) (i32.const {s*4})))
    (local.set $b (i32.add (local.get $b) (i32.const 32)))
    (local.set $b0 (v128.load (local.get $b)))
    (local.set $b1 (v128.load offset=16 (local.get $b)))
    (local.set $x ({splat} (local.get $a)))
    (local.set $acc00 ({v}.add (local.get $acc00) ({v}.mul (local.get $x) (local.get $b0))))
    (local.set $acc01 ({v}.add (local.get $acc01) ({v}.mul (local.get $x) (local.get $b1))))
    (local.set $x ({splat} offset={s*1} (local.get $a)))
    (local.set $acc10 ({v}.add (local.get $acc10) ({v}.mul (local.get $x) (local.get $b0))))
    (local.set $acc11 ({v}.add (local.get $acc11) ({v}.mul (local.get $x) (local.get $b1))))
    (local.set $x ({splat} offset={s*2} (local.get $a)))
    (local.set $acc20 ({v}.add (local.get $acc20) ({v}.mul (local.get $x) (local.get $b0))))
    (local.set $acc21 ({v}.add (local.get $acc21) ({v}.mul (local.get $x) (local.get $b1))))
    (local.set $x ({splat} offset={s*3} (local.get $a)))
    (local.set $acc30 ({v}.add (local.get $acc30) ({v}.mul (local.get $x) (local.get $b0))))
    (local.set $acc31 ({v}.add (local.get $acc31) ({v}.mul (local.get $x) (local.get $b1))))
    (br_if $steps (i32.lt_u (local.get $a) (local.get $end))))
  (v128.store (local.get $c) (local.get $acc00))
  (v128.store offset=16 (local.get $c) (local.get $acc01))
  (v128.store (local.get $c1) (local.get $acc10))
  (v128.store offset=16 (local.get $c1) (local.get $acc11))
  (v128.store (local.get $c2) (local.get $acc20))
  (v128.store offset=16 (local.get $c2) (local.get $acc21))
  (v128.store (local.get $c3) (local.get $acc30))
  (v128.store offset=16 (local.get $c3) (local.get $acc31)))

;; C = A·B, or C += A·B when $accumulate, over packed panels (k ≥ 1): k in blocks of kc, A in blocks of mcPanels
;; panels, so one block of A and one panel of B stay in cache while the tiles that use them run.
(func $gemm_{t} (export "gemm_{t}")
  (param $a i32) (param $b i32) (param $c i32) (param $aPanels i32) (param $bPanels i32) (param $k i32)
  (param $kc i32) (param $mcPanels i32) (param $accumulate i32)
  (local $ldc i32) (local $pc i32) (local $kb i32) (local $ic i32) (local $icEnd i32) (local $jq i32) (local $iq i32)
  (local $bPanel i32)
  (local.set $ldc (i32.mul (local.get $bPanels) (i32.const 32)))
  (loop $kBlocks
    (local.set $kb (select (local.get $kc) (i32.sub (local.get $k) (local.get $pc))
      (i32.lt_u (local.get $kc) (i32.sub (local.get $k) (local.get $pc)))))
    (local.set $ic (i32.const 0))
    (loop $mBlocks
      (local.set $icEnd (select (i32.add (local.get $ic) (local.get $mcPanels)) (local.get $aPanels)
        (i32.lt_u (i32.add (local.get $ic) (local.get $mcPanels)) (local.get $aPanels))))
      (local.set $jq (i32.const 0))
      (loop $eachBPanel
        (local.set $bPanel (i32.add (local.get $b)
          (i32.mul (i32.add (i32.mul (local.get $jq) (local.get $k)) (local.get $pc)) (i32.const 32))))
        (local.set $iq (local.get $ic))
        (loop $eachAPanel
          (call $tile_{t}
            (i32.add (local.get $a) (i32.mul (i32.add (i32.mul (local.get $iq) (local.get $k)) (local.get $pc)) (i32.const {s*4})))
            (local.get $bPanel)
            (i32.add (local.get $c)
              (i32.add (i32.mul (local.get $iq) (i32.shl (local.get $ldc) (i32.const 2))) (i32.mul (local.get $jq) (i32.const 32))))
            (local.get $kb)
            (local.get $ldc)
            (i32.or (local.get $pc) (local.get $accumulate)))
          (local.set $iq (i32.add (local.get $iq) (i32.const 1)))
          (br_if $eachAPanel (i32.lt_u (local.get $iq) (local.get $icEnd))))
        (local.set $jq (i32.add (local.get $jq) (i32.const 1)))
        (br_if $eachBPanel (i32.lt_u (local.get $jq) (local.get $bPanels))))
      (local.set $ic (local.get $icEnd))
      (br_if $mBlocks (i32.lt_u (local.get $ic) (local.get $aPanels))))
    (local.set $pc (i32.add (local.get $pc) (local.get $kb)))
    (br_if $kBlocks (i32.lt_u (local.get $pc) (local.get $k)))))

;; relu: out[i] = a[i] where it is positive or NaN (its bits kept), else +0, as the TypeScript loop stores.
(func $relu_{t} (export "relu_{t}") (param $a i32) (param $out i32) (param $n i32)
  (local $end i32) (local $vectorEnd i32) (local $x v128) (local $scalar {t})
  (local.set $end (i32.add (local.get $out) (i32.mul (local.get $n) (i32.const {s*1}))))
  (local.set $vectorEnd (i32.sub (local.get $end) (i32.and (i32.mul (local.get $n) (i32.const {s*1})) (i32.const 15))))
  (block $vectorsDone
    (loop $vectors
      (br_if $vectorsDone (i32.ge_u (local.get $out) (local.get $vectorEnd)))
      (local.set $x (v128.load (local.get $a)))
      (v128.store (local.get $out) (v128.and (local.get $x)
        (v128.or ({v}.gt (local.get $x) (v128.const i64x2 0 0)) ({v}.ne (local.get $x) (local.get $x)))))
      (local.set $a (i32.add (local.get $a) (i32.const 16)))
      (local.set $out (i32.add (local.get $out) (i32.const 16)))
      (br $vectors)))
  (block $done
    (loop $scalars
      (br_if $done (i32.ge_u (local.get $out) (local.get $end)))
      (local.set $scalar ({t}.load (local.get $a)))
      ({t}.store (local.get $out) (select (local.get $scalar) ({t}.const 0)
        (i32.or ({t}.gt (local.get $scalar) ({t}.const 0)) ({t}.ne (local.get $scalar) (local.get $scalar)))))
      (local.set $a (i32.add (local.get $a) (i32.const {s*1})))
      (local.set $out (i32.add (local.get $out) (i32.const {s*1})))
      (br $scalars))))
