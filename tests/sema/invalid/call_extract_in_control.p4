// expect-error: 7:9: not allowed
// spec: sec-packet-data-extraction "Data extraction": "Because these operations can cause runtime verification failures (see below), these methods can only be executed within parsers."
#include <core.p4>
header H { bit<8> a; }
control c(packet_in b, out H h) {
    apply {
        b.extract(h);
    }
}
