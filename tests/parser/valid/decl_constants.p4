/* decl_constants.p4: constant declarations of every kind of type, at the top
 * level and inside parsers, controls, blocks and functions, with and without
 * annotations, initialized by constant expressions. */
#include <core.p4>

const bool T = true;
const bool F = false;
const int INF = 5;
const bit<32> MASK32 = 32w0xFFFF_FFFF;
const int<16> NEG = -16s1;
const bit<16> DERIVED = (bit<16>)MASK32[15:0] & 0xFF00;
const string NAME = "constants";
const error ERR = error.NoError;
@hidden const bit<8> HIDDEN = 8w7;
@name("renamed") @brief("two annotations") const bit<8> RENAMED = HIDDEN + 1;
const bit<(INF + 3)> COMPUTED_WIDTH = 0;

struct pair_t { bit<8> a; bit<8> b; }
const pair_t PAIR = { a = 1, b = 2 };
const tuple<bit<8>, bool> TUP = { 8w1, true };

bit<8> twice(in bit<8> x) {
    const bit<8> TWO = 2;
    return x * TWO;
}

parser p(packet_in pkt) {
    const bit<8> PARSER_LOCAL = 3;
    state start {
        const bit<8> IN_STATE = PARSER_LOCAL;
        transition accept;
    }
}

control c(inout bit<8> x) {
    const bit<8> CONTROL_LOCAL = 4;
    apply {
        const bit<8> IN_BLOCK = CONTROL_LOCAL + twice(x);
        x = IN_BLOCK;
    }
}
