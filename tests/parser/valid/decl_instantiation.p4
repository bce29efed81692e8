/* decl_instantiation.p4: instantiations at the top level, in parsers and in
 * controls: no arguments, positional, named and `_` (don't care) arguments,
 * specialized types, global `.Type` names, annotations, nested constructor
 * calls as arguments, and initializer blocks `= { ... }` (empty, with
 * function declarations implementing abstract methods, with nested
 * instantiations, with annotated members). */
#include <core.p4>

extern Counter { Counter(bit<32> size, bit<8> kind); void count(in bit<32> i); }
extern Register<T> { Register(bit<32> size); T read(in bit<32> i); }
extern Profile { Profile(bit<32> size); }
extern Selector { Selector(Profile p, bit<8> algo); }
extern Callback<T> {
    Callback();
    abstract T compute(in T x);
    abstract void notify();
    T run(in T x);
}
extern Holder {
    Holder();
    abstract void hold();
}

Counter(1024, 0) global_counter;
@name("ann") Counter(size = 10, kind = 1) named_args;
@hidden @name("two") Register<bit<8>>(32w16) annotated_twice;
.Counter(1, 2) global_type_name;
Selector(Profile(128), 1) nested_ctor;
Callback<bit<8>>() top_cb = {
    bit<8> compute(in bit<8> x) { return x + 1; }
    void notify() { }
};
Holder() empty_init = { };

control c(inout bit<8> v) {
    Counter(16, _) dont_care;
    Register<bit<16>>(32) reg;
    Callback<bit<16>>() cb = {
        bit<16> compute(in bit<16> x) {
            bit<16> r = reg.read(0);
            return x ^ r;
        }
        @name("notify_impl") void notify() {
            v = 0;
        }
        Counter(1, 1) inner;
    };
    @name("cb2") Callback<bit<8>>() cb2 = {
        bit<8> compute(in bit<8> x) { return x; }
        void notify() { }
    };
    apply {
        bit<16> w = cb.run((bit<16>)v);
        v = top_cb.run(v) + cb2.run(v);
        global_counter.count(0);
    }
}

parser p(packet_in pkt) {
    Counter(8, 0) in_parser;
    Callback<bit<8>>() pcb = {
        bit<8> compute(in bit<8> x) { return x; }
        void notify() { }
    };
    state start {
        in_parser.count(0);
        transition accept;
    }
}
