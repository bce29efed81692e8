// expect-error: 7:13: not allowed
// spec: sec-stmts "Statements": "For example, neither returns nor switch statements are supported in parsers."
#include <core.p4>
parser p(packet_in b, in bit<8> x) {
    state start {
        if (x == 0) {
            switch (x) {
                1: {}
            }
        }
        transition accept;
    }
}
