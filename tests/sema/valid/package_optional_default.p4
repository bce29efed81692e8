// valid: a package with an @optional parameter and a parameter with a default value, instantiated with no arguments (the spec's own example)
// spec: sec-optional-parameters "Optional parameters"
#include <core.p4>

struct Empty {}

control nothing(inout Empty h, inout Empty m) {
    apply {}
}

parser parserProto<H, M>(packet_in p, out H h, inout M m);
control controlProto<H, M>(inout H h, inout M m);

package pack<HP, MP, HC, MC>(
    @optional parserProto<HP, MP> _parser,
    controlProto<HC, MC> _control = nothing());

pack() main;
