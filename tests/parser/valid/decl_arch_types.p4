/* decl_arch_types.p4: parser, control and package type declarations (the
 * architecture side): no parameters, type parameters, several type
 * parameters, annotated declarations and parameters, optional and default
 * parameters, packages whose parameters are parser/control types (also
 * specialized ones), and a generic package instantiated with type
 * arguments. */
#include <core.p4>

parser Parser<H, M>(packet_in pkt, out H hdr, inout M meta);
parser SimpleParser(packet_in pkt);
@pipeline control Pipe<H, M>(inout H hdr, inout M meta, in bit<9> port);
control Deparser<H>(packet_out pkt, in H hdr);
control NoParams();
control WithDefault(in bit<8> x, @optional in bit<8> y, in bit<8> z = 8w3);

package Switch<H, M>(Parser<H, M> p, Pipe<H, M> ig, Pipe<H, M> eg, Deparser<H> dp);
package Simple(SimpleParser p, NoParams c);
@deprecated("use Switch")
package Legacy<H>(Deparser<H> dp, @optional NoParams extra);
package Empty();

header h_t { bit<8> a; }
struct hdrs_t { h_t h; }
struct meta_t { bit<9> port; }

parser MyParser(packet_in pkt, out hdrs_t hdr, inout meta_t meta) {
    state start {
        pkt.extract(hdr.h);
        transition accept;
    }
}

control MyPipe(inout hdrs_t hdr, inout meta_t meta, in bit<9> port) {
    apply { meta.port = port; }
}

control MyDeparser(packet_out pkt, in hdrs_t hdr) {
    apply { pkt.emit(hdr); }
}

parser MySimple(packet_in pkt) {
    state start { transition accept; }
}

control MyNoParams() {
    apply { }
}

Switch(MyParser(), MyPipe(), MyPipe(), MyDeparser()) main;
Switch<hdrs_t, meta_t>(MyParser(), MyPipe(), MyPipe(), MyDeparser()) typed_main;
Simple(MySimple(), MyNoParams()) simple;
Legacy(dp = MyDeparser()) legacy;
Empty() empty;
