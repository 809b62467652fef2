// exp, erf, log, sin and cos in double precision exactly as glibc 2.36 computes them on x86-64 (the FMA
// builds, selected on CPUs with FMA). PyTorch's scalar double code (Box–Muller in torch.randn, the elements
// its vectorised loops leave over) and CPython's math module call these; V8's Math differs from them in the
// last bit for a few percent of inputs, which shows in a printed float64. Each function is its algorithm
// step by step, one rounding per machine instruction: every multiply-add the compiler fused is an fma()
// here, every separate multiply or add a plain one.
import { fma } from './fma';
import { LOG_DATA_BITS, SINCOS_TABLE_BITS } from './glibcTables';

/** For k = 0..127, the tail T and the double H with 2^(k/128) = H (1 + T), as 16 hex digits each. */
const TABLE = [
  '00000000000000003ff00000000000003c9b3b4f1a88bf6e3ff0163da9fb3335bc7160139cd8dc5d3ff02c9a3e778061bc905e7a108766d13ff04315e86e7f85',
  '3c8cd2523567f6133ff059b0d3158574bc8bce8023f98efa3ff0706b29ddf6de3c60f74e61e6c8613ff0874518759bc83c90a3e45b33d3993ff09e3ecac6f383',
  '3c979aa65d837b6d3ff0b5586cf9890f3c8eb51a92fdeffc3ff0cc922b7247f73c3ebe3d702f9cd13ff0e3ec32d3d1a2bc6a033489906e0b3ff0fb66affed31b',
  'bc9556522a2fbd0e3ff11301d0125b51bc5080ef8c4eea553ff12abdc06c31ccbc91c923b9d5f4163ff1429aaea92de03c80d3e3e95c55af3ff15a98c8a58e51',
  'bc801b15eaa593483ff172b83c7d517bbc8f1ff055de323d3ff18af9388c8dea3c8b898c3f1353bf3ff1a35beb6fcb75bc96d99c7611eb263ff1bbe084045cd4',
  '3c9aecf73e3a2f603ff1d4873168b9aabc8fe782cb86389d3ff1ed5022fcd91d3c8a6f4144a6c38d3ff2063b88628cd63c807a05b0e4047d3ff21f49917ddc96',
  '3c968efde3a8a8943ff2387a6e7562383c875e18f274487d3ff251ce4fb2a63f3c80472b981fe7f23ff26b4565e27cddbc96b87b3f71085e3ff284dfe1f56381',
  '3c82f7e16d09ab313ff29e9df51fdee1bc3d219b1a6fbffa3ff2b87fd0dad9903c8b3782720c0ab43ff2d285a6e4030b3c6e149289cecb8f3ff2ecafa93e2f56',
  '3c834d754db0abb63ff306fe0a31b7153c864201e2ac744c3ff32170fc4cd8313c8fdd395dd3f84a3ff33c08b26416ffbc86a3803b8e5b043ff356c55f929ff1',
  'bc924aedcc4b50683ff371a7373aa9cbbc9907f81b512d8e3ff38cae6d05d866bc71d1e83e9436d23ff3a7db34e59ff7bc991919b3ce1b153ff3c32dc313a8e5',
  '3c859f48a72a4c6d3ff3dea64c123422bc9312607a28698a3ff3fa4504ac801cbc58a78f4817895b3ff4160a21f72e2abc7c2c9b67499a1b3ff431f5d950a897',
  '3c4363ed60c2ac113ff44e086061892d3c9666093b0664ef3ff46a41ed1d00573c6ecce1daa103793ff486a2b5c13cd03c93ff8e3f0f12303ff4a32af0d7d3de',
  '3c7690cebb7aafb03ff4bfdad5362a273c931dbdeb54e0773ff4dcb299fddd0dbc8f94340071a38e3ff4f9b2769d2ca7bc87deccdc93a3493ff516daa2cf6642',
  'bc78dec6bd0f385f3ff5342b569d4f82bc861246ec7b5cf63ff551a4ca5d920f3c93350518fdd78e3ff56f4736b527da3c7b98b72f8a9b053ff58d12d497c7fd',
  '3c9063e1e21c54093ff5ab07dd4854293c34c7855019c6ea3ff5c9268a5946b73c9432e62b64c0353ff5e76f15ad2148bc8ce44a6199769f3ff605e1b976dc09',
  'bc8c33c53bef4da83ff6247eb03a5585bc845378892be9ae3ff6434634ccc320bc93cedd785658583ff66238825522253c5710aa807e19643ff68155d44ca973',
  'bc93b3efbf5e22283ff6a09e667f3bcdbc6a12ad8734b9823ff6c012750bdabfbc6367efb86da9ee3ff6dfb23c651a2fbc80dc3d54e088513ff6ff7df9519484',
  'bc781f647e5a3ecf3ff71f75e8ec5f74bc86ee4ac08b7db03ff73f9a48a58174bc8619321e55e68a3ff75feb564267c93c909ccb5e09d4d33ff780694fde5d3f',
  'bc7b32dcb94da51d3ff7a11473eb01873c94ecfd5467c06b3ff7c1ed0130c1323c65ebe1abd66c553ff7e2f336cf4e62bc88a1c52fb3cf423ff80427543e1a12',
  'bc9369b6f13b37343ff82589994cce13bc805e843a19ff1e3ff8471a4623c7adbc94d450d872576e3ff868d99b4492ed3c90ad675b0e8a003ff88ac7d98a6699',
  '3c8db72fc1f0eab43ff8ace5422aa0dbbc65b6609cc5e7ff3ff8cf3216b5448c3c7bf68359f35f443ff8f1ae99157736bc93091fa71e3d833ff9145b0b91ffc6',
  'bc5da9b88b6c1e293ff93737b0cdc5e5bc6c23f97c90b9593ff95a44cbc8520fbc92434322f4f9aa3ff97d829fde4e50bc85ca6cd7668e4b3ff9a0f170ca07ba',
  '3c71affc2b91ce273ff9c49182a3f0903c6dd235e10a73bb3ff9e86319e32323bc87c504226222633ffa0c667b5de5653c8b1c86e3e231d53ffa309bec4a2d33',
  'bc91bbd1d3bcbb153ffa5503b23e255d3c90cc319cee31d23ffa799e1330b3583c8469846e735ab33ffa9e6b5579fdbfbc82dfcd978e9db43ffac36bbfd3f37a',
  '3c8c1a7792cb33873ffae89f995ad3adbc907b8f4ad1d9fa3ffb0e07298db666bc55c3d956dcaeba3ffb33a2b84f15fbbc90a40e3da6f6403ffb59728de5593a',
  'bc68d6f438ad93343ffb7f76f2fb5e47bc91eee26b588a353ffba5b030a1064a3c74ffd70a5fddcd3ffbcc1e904bc1d2bc91bdfbfa9298ac3ffbf2c25bd71e09',
  '3c736eae30af0cb33ffc199bdd85529c3c8ee3325c9ffd943ffc40ab5fffd07a3c84e08fd10959ac3ffc67f12e57d14b3c63cdaf384e1a673ffc8f6d9406e7b5',
  '3c676b2c6c9219683ffcb720dcef9069bc808a1883ccb5d23ffcdf0b555dc3fabc8fad5d3ffffa6f3ffd072d4a07897cbc900dae3875a9493ffd2f87080d89f2',
  '3c74a385a63d07a73ffd5818dcfba487bc82919e2040220f3ffd80e316c983983c8e5a50d5c192ac3ffda9e603db32853c843a59ac016b4b3ffdd321f301b460',
  'bc82d52107b43e1f3ffdfc97337b9b5fbc892ab93b470dc93ffe264614f5a1293c74b604603a88d33ffe502ee78b3ff63c83c5ec519d72713ffe7a51fbc74c83',
  'bc8ff7128fd391f03ffea4afa2a490dabc8dae98e223747d3ffecf482d8e67f13c8ec3bc41aa20083ffefa1bee615a273c842b94c3a9eb323fff252b376bba97',
  '3c8a64a931d185ee3fff50765b6e4540bc8e37bae43be3ed3fff7bfdad9cbe143c77893b4d91cd9d3fffa7c1819e90d83c5305c14160cc893fffd3c22b8f71f1',
].join('');
const HIGH = new Float64Array(128);
const TAIL = new Float64Array(128);
{
  const bits = new BigUint64Array(1);
  const value = new Float64Array(bits.buffer);
  for (let k = 0; k < 128; k++) {
    bits[0] = BigInt(`0x${TABLE.slice(32 * k, 32 * k + 16)}`);
    TAIL[k] = value[0]!;
    bits[0] = BigInt(`0x${TABLE.slice(32 * k + 16, 32 * k + 32)}`);
    HIGH[k] = value[0]!;
  }
}
const INV_LN2_N = 184.6649652337873; // 128 / ln 2
const SHIFT = 6755399441055744; // 0x1.8p52
const NEG_LN2_HI_N = -0.005415212348111709;
const NEG_LN2_LO_N = -1.2864023111638346e-14;
const C2 = 0.49999999999996786;
const C3 = 0.16666666666665886;
const C4 = 0.0416666808410674;
const C5 = 0.008333335853059549;

export function libmExpFloat64(x: number): number {
  const ax = Math.abs(x);
  if (!(ax >= 2 ** -54)) return x !== x ? x : 1 + x;
  if (ax >= 1024) return x !== x ? x : x > 0 ? Infinity : 0;
  const k = fma(INV_LN2_N, x, SHIFT) - SHIFT;
  const r = fma(k, NEG_LN2_LO_N, fma(k, NEG_LN2_HI_N, x));
  const r2 = r * r;
  const tmp = fma(r2 * r2, fma(r, C5, C4), fma(r2, fma(r, C3, C2), TAIL[k & 127]! + r));
  const exponent = Math.floor(k / 128);
  if (ax < 512) {
    const scale = HIGH[k & 127]! * 2 ** exponent;
    return fma(scale, tmp, scale);
  }
  if (exponent > 0) {
    // computed at 2^-1009 times its size, so the scale cannot overflow
    const scale = HIGH[k & 127]! * 2 ** (exponent - 1009);
    return 2 ** 1009 * fma(scale, tmp, scale);
  }
  // a result that may be subnormal: computed at 2^1022 times its size, rounded once, then scaled down
  // (this branch multiplies and adds separately: the product is needed twice)
  const scale = HIGH[k & 127]! * 2 ** (exponent + 1022);
  const product = scale * tmp;
  let y = scale + product;
  if (y < 1) {
    // rounded to the subnormal precision before scaling, avoiding a double rounding
    const hi = 1 + y;
    const lo = scale - y + product;
    y = 1 - hi + y + lo + hi - 1 + 0;
  }
  return 2 ** -1022 * y;
}

// ---- erf: glibc's (fdlibm's rational approximations, its polynomials split into independent pieces), the
// scalar erf PyTorch's float64 loops call for the elements the vector loop leaves over.

const ERX = 8.45062911510467529297e-1;
const EFX = 1.28379167095512586316e-1;
// erf on [0, 0.84375]: x + x * P(x^2) / Q(x^2)
const PP = [1.28379167095512558561e-1, -3.2504210724700149937e-1, -2.84817495755985104766e-2, -5.77027029648944159157e-3, -2.37630166566501626084e-5];
const QQ = [1, 3.97917223959155352819e-1, 6.50222499887672944485e-2, 5.08130628187576562776e-3, 1.32494738004321644526e-4, -3.9602282787753681232e-6];
// erf on [0.84375, 1.25]: erx + P(x - 1) / Q(x - 1)
const PA = [
  -2.36211856075265944077e-3, 4.14856118683748331666e-1, -3.72207876035701323847e-1, 3.18346619901161753674e-1, -1.10894694282396677476e-1,
  3.54783043256182359371e-2, -2.166375594868790843e-3,
];
const QA = [1, 1.06420880400844228286e-1, 5.40397917702171048937e-1, 7.18286544141962662868e-2, 1.26171219808761642112e-1, 1.36370839120290507362e-2, 1.1984499846799107417e-2];
// erfc on [1.25, 1/0.35] and [1/0.35, 6]: exp(-x^2 - 0.5625 + R(1/x^2) / S(1/x^2)) / x
const RA = [
  -9.86494403484714822705e-3, -6.93858572707181764372e-1, -1.05586262253232909814e1, -6.23753324503260060396e1, -1.62396669462573470355e2,
  -1.84605092906711035994e2, -8.12874355063065934246e1, -9.81432934416914548592e0,
];
const SA = [
  1, 1.96512716674392571292e1, 1.376577541435190426e2, 4.34565877475229228821e2, 6.45387271733267880336e2, 4.29008140027567833386e2,
  1.08635005541779435134e2, 6.57024977031928170135e0, -6.04244152148580987438e-2,
];
const RB = [
  -9.86494292470009928597e-3, -7.99283237680523006574e-1, -1.77579549177547519889e1, -1.60636384855821916062e2, -6.37566443368389627722e2,
  -1.02509513161107724954e3, -4.83519191608651397019e2,
];
const SB = [
  1, 3.03380607434824582924e1, 3.25792512996573918826e2, 1.53672958608443695994e3, 3.19985821950859553908e3, 2.55305040643316442583e3,
  4.74528541206955367215e2, -2.24409524465858183362e1,
];

/**
 * c0 + c1 s + c2 s^2 + ... as glibc groups it: pairs (c0 + s c1), (c2 + s c3), ... weighted by s^2, s^4 = s^2 s^2,
 * s^6 = s^4 s^2 and s^8 = s^4 s^4, added in order.
 */
function pairedPolynomial(c: readonly number[], s: number): number {
  const s2 = s * s;
  const s4 = s2 * s2;
  const powers = [1, s2, s4, s4 * s2, s4 * s4];
  let total = c[0]! + s * c[1]!;
  for (let k = 2; k < c.length; k += 2) total += powers[k / 2]! * (k + 1 < c.length ? c[k]! + s * c[k + 1]! : c[k]!);
  return total;
}

const word = new Float64Array(1);
const words = new Uint32Array(word.buffer);
const HIGH_WORD = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

export function libmErfFloat64(x: number): number {
  if (x !== x) return x;
  if (Math.abs(x) === Infinity) return x > 0 ? 1 : -1;
  word[0] = x;
  const ix = words[HIGH_WORD]! & 0x7fffffff;
  const ax = Math.abs(x);
  if (ix < 0x3feb0000) {
    if (ix < 0x3e300000) return ix < 0x00800000 ? 0.0625 * (16 * x + 16 * EFX * x) : x + EFX * x;
    const z = x * x;
    return x + x * (pairedPolynomial(PP, z) / pairedPolynomial(QQ, z));
  }
  if (ix < 0x3ff40000) {
    const s = ax - 1;
    const ratio = pairedPolynomial(PA, s) / pairedPolynomial(QA, s);
    return x >= 0 ? ERX + ratio : -ERX - ratio;
  }
  if (ix >= 0x40180000) return x >= 0 ? 1 : -1;
  const r = erfcTimesX(ax, ix < 0x4006db6e);
  return x >= 0 ? 1 - r / ax : r / ax - 1;
}

/** erfc(ax)·ax for 1.25 <= ax < 28: exp(-ax² - 0.5625 + R/S), ax² split so the exponent keeps its bits. */
function erfcTimesX(ax: number, near: boolean): number {
  const s = 1 / (ax * ax);
  const ratio = pairedPolynomial(near ? RA : RB, s) / pairedPolynomial(near ? SA : SB, s);
  // ax with its low 32 bits cleared
  word[0] = ax;
  words[1 - HIGH_WORD] = 0;
  const z = word[0]!;
  return libmExpFloat64(-z * z - 0.5625) * libmExpFloat64((z - ax) * (z + ax) + ratio);
}

export function libmErfcFloat64(x: number): number {
  if (x !== x) return x;
  if (Math.abs(x) === Infinity) return x > 0 ? 0 : 2;
  word[0] = x;
  const hx = words[HIGH_WORD]! | 0;
  const ix = hx & 0x7fffffff;
  const ax = Math.abs(x);
  if (ix < 0x3feb0000) {
    if (ix < 0x3c700000) return 1 - x;
    const z = x * x;
    const y = pairedPolynomial(PP, z) / pairedPolynomial(QQ, z);
    if (hx < 0x3fd00000) return 1 - (x + x * y);
    return 0.5 - (x * y + (x - 0.5));
  }
  if (ix < 0x3ff40000) {
    const s = ax - 1;
    const ratio = pairedPolynomial(PA, s) / pairedPolynomial(QA, s);
    return x >= 0 ? 1 - ERX - ratio : 1 + (ERX + ratio);
  }
  if (ix >= 0x403c0000) return x > 0 ? 0 : 2;
  if (x < 0 && ix >= 0x40180000) return 2;
  const r = erfcTimesX(ax, ix < 0x4006db6d);
  return x > 0 ? r / ax : 2 - r / ax;
}
const LOW_WORD = 1 - HIGH_WORD;

function fromHex(hex: string): number {
  words[HIGH_WORD] = parseInt(hex.slice(0, 8), 16);
  words[LOW_WORD] = parseInt(hex.slice(8), 16);
  return word[0];
}

const LOG_DATA = Float64Array.from(LOG_DATA_BITS, fromHex);
const SINCOS_TABLE = Float64Array.from(SINCOS_TABLE_BITS, fromHex);

// --- log ---------------------------------------------------------------------------------------

const LN2_HI = LOG_DATA[0];
const LN2_LO = LOG_DATA[1];
const A0 = LOG_DATA[2], A1 = LOG_DATA[3], A2 = LOG_DATA[4], A3 = LOG_DATA[5], A4 = LOG_DATA[6];
const B = LOG_DATA.subarray(7, 18);
const INV_C = 18; // LOG_DATA[INV_C + 2i] = 1/c_i, LOG_DATA[INV_C + 2i + 1] = log(c_i)
const SPLIT_2_27 = 2 ** 27;
const SCALE_2_52 = 2 ** 52;

/** glibc log(x). */
export function libmLogFloat64(x: number): number {
  word[0] = x;
  let high = words[HIGH_WORD];
  let low = words[LOW_WORD];
  // Close to 1 (0x1.ep-1 <= x < 0x1.1090000000000p0): a longer polynomial in r = x - 1, its leading
  // terms split so they add exactly.
  if (high >= 0x3fee0000 && high < 0x3ff10900) {
    if (x === 1) return 0;
    const r = x - 1;
    const r2 = r * r;
    const r3 = r * r2;
    let p = fma(r2, B[9], fma(r, B[8], B[7]));
    p = fma(r3, B[10], p);
    p = fma(p, r3, fma(r2, B[6], fma(r, B[5], B[4])));
    p = fma(p, r3, fma(r2, B[3], fma(r, B[2], B[1])));
    const rHigh = fma(-SPLIT_2_27, r, fma(r, SPLIT_2_27, r));
    const rHigh2 = rHigh * rHigh;
    const rLow = r - rHigh;
    const hi = fma(rHigh2, B[0], r);
    let lo = fma(rHigh2, B[0], r - hi);
    lo = fma(B[0] * rLow, r + rHigh, lo);
    return hi + fma(p, r3, lo);
  }
  const top = high >>> 16;
  if (top - 0x0010 >= 0x7ff0 - 0x0010 || top - 0x0010 < 0) {
    if (x === 0) return -Infinity;
    if (x === Infinity) return Infinity;
    if (x < 0 || x !== x) return NaN;
    // Subnormal: scale into the normal range and take 52 off the exponent.
    word[0] = x * SCALE_2_52;
    high = words[HIGH_WORD] - (52 << 20);
    low = words[LOW_WORD];
  }
  // x = 2^k z with z in [0x1.6p-1, 0x1.6p0); the top 7 bits of z's mantissa pick c_i near z.
  const tmpHigh = (high - 0x3fe60000) | 0;
  const i = (tmpHigh >>> 13) & 0x7f;
  const k = tmpHigh >> 20;
  words[HIGH_WORD] = high - (k << 20);
  words[LOW_WORD] = low;
  const z = word[0];
  const invC = LOG_DATA[INV_C + 2 * i];
  const logC = LOG_DATA[INV_C + 2 * i + 1];
  const r = fma(z, invC, -1);
  const w = fma(k, LN2_HI, logC);
  const hi = r + w;
  const lo = fma(k, LN2_LO, w - hi + r);
  const r2 = r * r;
  const poly = fma(fma(r, A4, A3), r2, fma(r, A2, A1));
  return fma(r * r2, poly, fma(r2, A0, lo)) + hi;
}

// --- sin and cos (IBM Accurate Mathematical Library, as glibc keeps it) -------------------------

const HALF_PI_HIGH = fromHex('3ff921fb54442d18');
const HALF_PI_LOW = fromHex('3c91a62633145c07');
const TWO_OVER_PI = fromHex('3fe45f306dc9c883');
const TO_INT = fromHex('4338000000000000'); // 1.5 * 2^52: adding it rounds to an integer
// pi/2 in four parts for the reduction of |x| < 105414350.
const MP1 = fromHex('3ff921fb58000000');
const MP2 = fromHex('be4dde973c000000');
const PP3 = fromHex('bc8cb3b398000000');
const PP4 = fromHex('bacd747f23e32ed7');
// Adding BIG = 1.5 * 2^45 rounds to a multiple of 1/128, the table's step.
const BIG = fromHex('42c8000000000000');
const TAYLOR_LIMIT = fromHex('3fc020c49ba5e354'); // 0.126
const SN3 = fromHex('bfc5555555555515');
const SN5 = fromHex('3f811110e829872f');
const CS2 = 0.5;
const CS4 = fromHex('bfa5555555555535');
const CS6 = fromHex('3f56c16bedd9e239');
// Taylor series of sin for |x| < 0.126.
const T1 = fromHex('bfc5555555555555');
const T3 = fromHex('3f81111111110ece');
const T5 = fromHex('bf2a01a019db08b8');
const T7 = fromHex('3ec71de27b9a7ed9');
const T9 = fromHex('be5addffc2fcdf59');

/** |x| with the sign of `sign`. */
function withSignOf(magnitude: number, sign: number): number {
  const negative = sign < 0 || Object.is(sign, -0);
  return negative ? -Math.abs(magnitude) : Math.abs(magnitude);
}

/** sin(a + da) for |a| < 0.126 by its Taylor series. */
function taylorSin(a: number, da: number): number {
  const aa = a * a;
  const p = fma(aa, fma(aa, fma(aa, fma(aa, T9, T7), T5), T3), T1);
  return fma(aa, fma(p, a, -(da * CS2)), da) + a;
}

/** Table index (times 4) for |x| rounded to 1/128, and the rest of |x| beyond that point. */
let tableRest = 0;
function tableIndex(absX: number): number {
  const u = absX + BIG;
  tableRest = absX - (u - BIG);
  word[0] = u;
  return words[LOW_WORD] << 2;
}

/** sin(x + dx) for 0.126 <= |x| < 0.855469 via the table: sin(x_k + t) = sn cos t + cs sin t. */
function sinByTable(x: number, dx: number): number {
  if (!(x > 0)) dx = -dx;
  const k = tableIndex(Math.abs(x));
  const t = tableRest;
  const tt = t * t;
  const s = t + fma(t * tt, fma(tt, SN5, SN3), dx);
  const c = fma(t, dx, tt * fma(tt, fma(tt, CS6, CS4), CS2));
  const sn = SINCOS_TABLE[k];
  let cor = fma(s, SINCOS_TABLE[k + 3], SINCOS_TABLE[k + 1]);
  cor = fma(-c, sn, cor);
  cor = fma(s, SINCOS_TABLE[k + 2], cor);
  return withSignOf(sn + cor, x);
}

/** cos(x + dx) for |x| < 0.855469 via the table: cos(x_k + t) = cs cos t - sn sin t. */
function cosByTable(x: number, dx: number): number {
  if (x < 0) dx = -dx;
  const k = tableIndex(Math.abs(x));
  const t = tableRest + dx;
  const tt = t * t;
  const s = fma(t * tt, fma(tt, SN5, SN3), t);
  const c = tt * fma(tt, fma(tt, CS6, CS4), CS2);
  const cs = SINCOS_TABLE[k + 2];
  let cor = fma(-s, SINCOS_TABLE[k + 1], SINCOS_TABLE[k + 3]);
  cor = fma(-c, cs, cor);
  cor = fma(-s, SINCOS_TABLE[k], cor);
  return cs + cor;
}

function sinSmall(a: number, da: number): number {
  return Math.abs(a) < TAYLOR_LIMIT ? taylorSin(a, da) : sinByTable(a, da);
}

/** x - n pi/2 as a + da with n's quadrant bits, for |x| < 105414350. */
let reducedLow = 0;
let reducedQuadrant = 0;
function reduce(x: number): number {
  const t = fma(x, TWO_OVER_PI, TO_INT);
  const xn = t - TO_INT;
  word[0] = t;
  reducedQuadrant = words[LOW_WORD] & 3;
  let y = fma(-xn, MP1, x);
  y = fma(-xn, MP2, y);
  const a = fma(-xn, PP3, y);
  const da = fma(-xn, PP3, y - a);
  const reduced = fma(-xn, PP4, a);
  reducedLow = da + fma(-xn, PP4, a - reduced);
  return reduced;
}

/** sin of the reduced argument a + da in quadrant n. */
function sinQuadrant(a: number, da: number, n: number): number {
  const value = n & 1 ? cosByTable(a, da) : sinSmall(a, da);
  return n & 2 ? -value : value;
}

/** The high word of |x|: the ranges below are bounds on it, as in glibc. */
function highWordOfAbs(x: number): number {
  word[0] = x;
  return words[HIGH_WORD] & 0x7fffffff;
}

/** glibc sin(x); beyond |x| = 105414350 (where glibc's multi-word reduction starts) V8's. */
export function libmSinFloat64(x: number): number {
  const k = highWordOfAbs(x);
  if (k < 0x3e500000) return x; // |x| < 2^-26
  if (k < 0x3feb6000) return Math.abs(x) < TAYLOR_LIMIT ? taylorSin(x, 0) : sinByTable(x, 0); // |x| < 0.855469
  if (k < 0x400368fd) return withSignOf(cosByTable(HALF_PI_HIGH - Math.abs(x), HALF_PI_LOW), x); // |x| < 2.426265
  if (k < 0x419921fb) {
    const a = reduce(x);
    return sinQuadrant(a, reducedLow, reducedQuadrant);
  }
  return Math.sin(x);
}

/** glibc cos(x); beyond |x| = 105414350 V8's. */
export function libmCosFloat64(x: number): number {
  const k = highWordOfAbs(x);
  if (k < 0x3e400000) return 1; // |x| < 2^-27
  if (k < 0x3feb6000) return cosByTable(x, 0);
  if (k < 0x400368fd) {
    const t = HALF_PI_HIGH - Math.abs(x);
    const a = t + HALF_PI_LOW;
    return sinSmall(a, t - a + HALF_PI_LOW);
  }
  if (k < 0x419921fb) {
    const a = reduce(x);
    return sinQuadrant(a, reducedLow, reducedQuadrant + 1);
  }
  return Math.cos(x);
}
