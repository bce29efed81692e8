// expect-error: 15:13: infer
// spec: sec-target-instantiation "Example architecture program": "The latter declaration is incorrect because the parser P requires T to be bit<32>, while Pipe2 requires T to be bit<8>."
#include <core.p4>
parser Prs<T>(packet_in b, out T result);
control Pipe<T>(in T data);
package Switch<T>(Prs<T> p, Pipe<T> map);
parser P(packet_in b, out bit<32> index) {
    state start {
        transition accept;
    }
}
control Pipe2(in bit<8> data) {
    apply {}
}
Switch(P(), Pipe2()) main;
