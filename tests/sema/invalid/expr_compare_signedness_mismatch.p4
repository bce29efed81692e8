// expect-error: 6:15: signedness
// spec: sec-illegal-arith "Illegal arithmetic expressions": "x < z | Different signs"
#include <core.p4>
control c(in bit<8> x, in int<8> z, out bool r) {
    apply {
        r = x < z;
    }
}
