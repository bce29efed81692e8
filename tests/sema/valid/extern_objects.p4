// valid: extern objects with constructors (overloaded by arity), generic externs and generic methods, abstract methods implemented in an initializer using this, explicit calls of an abstract method, top-level extern instances passed as constructor arguments, extern functions
// spec: sec_extern "Extern types", sec-abstract-methods, sec-instantiating-abstract-methods, sec-extern-operations
#include <core.p4>

extern Checksum16 {
    Checksum16();
    void clear();
    void update<T>(in T data);
    void remove<T>(in T data);
    bit<16> get();
}

extern Register<T> {
    Register(bit<32> size);
    Register(bit<32> size, T init);
    T read(in bit<32> i);
    void write(in bit<32> i, in T v);
}

extern Balancer {
    Balancer();
    bit<32> getFlowCount();
    abstract bit<4> on_new_flow(in bit<32> address);
}

extern Hasher<O> {
    Hasher();
    O get_hash<D>(in D data);
}

extern void random(in bit<5> logRange, out bit<32> value);

Checksum16() global_ck;

header Ip {
    bit<32> src;
    bit<32> dst;
    bit<16> csum;
    bit<8> ttl;
    bit<8> proto;
}

control uses_ck(inout Ip ip)(Checksum16 unit) {
    apply {
        unit.clear();
        unit.update(ip);
        ip.csum = unit.get();
    }
}

control c(inout Ip ip, out bit<4> port) {
    Checksum16() ck;
    Register<bit<16>>(16) r1;
    Register<bit<16>>(16, 16w7) r2;
    Hasher<bit<16>>() h;
    Balancer() b = {
        bit<4> on_new_flow(in bit<32> address) {
            bit<32> count = this.getFlowCount();
            return (address + count)[3:0];
        }
    };
    uses_ck(global_ck) inner;
    apply {
        ck.clear();
        ck.update(ip.csum);
        ck.remove({ ip.ttl, ip.proto });
        ip.ttl = ip.ttl - 1;
        ck.update({ ip.ttl, ip.proto });
        ip.csum = ck.get();
        bit<16> v = r1.read(0);
        r2.write(1, v);
        ip.csum = h.get_hash(ip);
        bit<32> rnd;
        random(5w3, rnd);
        port = b.on_new_flow(ip.src);
        inner.apply(ip);
    }
}
