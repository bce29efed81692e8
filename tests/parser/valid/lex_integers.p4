/* lex_integers.p4: every form of integer literal: decimal, with `_`
 * separators, hex/octal/binary/explicit-decimal prefixes (upper and lower
 * case), width prefixes `Nw` (unsigned) and `Ns` (signed), and a literal
 * wider than 64 and than 128 bits. */
#include <core.p4>

const int DEC = 42;
const int ZERO = 0;
const int SEP = 1_000_000;
const int HEX = 0xFF;
const int HEX_UPPER = 0XAbCd;
const int HEX_SEP = 0x_FF;
const int HEX_SEP2 = 0xDEAD_BEEF;
const int OCT = 0o17;
const int OCT_UPPER = 0O777;
const int BIN = 0b1010;
const int BIN_UPPER = 0B1111_0000;
const int EXPLICIT_DEC = 0d99;
const int EXPLICIT_DEC_UPPER = 0D1_0;
const bit<8> W8 = 8w255;
const bit<8> W8_HEX = 8w0xFF;
const bit<16> W16_HEX = 16w0xFFFF;
const bit<4> W4_BIN = 4w0b1010;
const bit<9> W9_OCT = 9w0o777;
const bit<7> W7_DEC = 7w0d99;
const int<4> S4 = 4s3;
const int<8> S8_NEG = -8s127;
const int<8> S8_HEX = 8s0x7F;
const bit<1> W1 = 1w1;
const bit<32> W32_SEP = 32w1_000_000;
const bit<72> BIG72 = 72w0xFF_FFFF_FFFF_FFFF_FFFF;
const bit<200> BIG200 = 200w0xFFFF_FFFF_FFFF_FFFF_FFFF_FFFF_FFFF_FFFF_FFFF_FFFF_FFFF_FFFF_FF;
const int HUGE = 1606938044258990275541962092341162602522202993782792835301375;
const bit<8> TRAILING_SEP = 8w1_;
