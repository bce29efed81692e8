/* decl_extern.p4: extern object and extern function declarations: empty
 * externs, constructors (several, overloaded), methods with and without
 * type parameters, generic externs, methods that use the extern's and their
 * own type variables, abstract methods, overloads by arity, void, typed and
 * type-variable returns, parameters of every direction, optional-style
 * default arguments, annotations on externs, methods and parameters, and
 * generic extern functions whose return type is a type variable. */
#include <core.p4>

extern Empty { }

extern Counter {
    Counter(bit<32> size);
    void count(in bit<32> index);
}

extern Register<T, I> {
    Register(bit<32> size);
    Register(bit<32> size, T initial);
    T    read(in I index);
    void write(in I index, in T value);
    @noSideEffects T peek(in I index);
}

extern Hash<O> {
    Hash(bit<8> algo);
    O get_hash<D>(in D data);
    O get_hash<T, D>(in T base, in D data, in T max);
}

extern Checksum {
    Checksum();
    void clear();
    void add<T>(in T data);
    void subtract<T>(in T data);
    bit<16> get();
    bit<16> get(in bit<16> initial);
    bit<16> get(in bit<16> initial, in bool fold);
}

extern Overloaded {
    Overloaded();
    void m();
    void m(in bit<8> a);
    void m(in bit<8> a, in bit<16> b);
    void m(in bool flag, out bit<8> res, inout bit<16> acc);
}

extern Visitor<H> {
    Visitor();
    abstract void visit(inout H h);
    abstract bit<8> score(in H h);
    void run();
}

@extern_annotation
extern Meter<I> {
    @name("meter_ctor") Meter(bit<32> n, @optional bit<8> kind);
    void execute(in I index, @optional in bit<32> color);
    void configure(in bit<32> rate = 1000, in bit<32> burst = 10);
}

struct S<T> { T f; }

extern void mark_to_drop();
extern bit<16> compute(in bit<16> a, in bit<16> b);
extern T identity<T>(in T x);
extern void digest<T>(in bit<32> receiver, in T data);
extern bool lookup<K, V>(in K key, out V value);
@pure extern bit<32> crc32<D>(in D data);
extern void random<T>(out T result, in T lo, in T hi);
extern S<T> wrap<T>(in T x);
extern void set_error(in error e);
extern match_kind kind_of(in string name);

extern S<bit<8>> make_s8();

header h_t { bit<8> a; bit<16> b; }

control c(inout h_t h) {
    Counter(1024) counter;
    Register<bit<32>, bit<8>>(256) reg;
    Register<bit<32>, bit<8>>(256, 32w0) reg_init;
    Hash<bit<16>>(1) hash;
    Checksum() ck;
    Overloaded() ov;
    Meter<bit<8>>(16) meter;
    Visitor<h_t>() visitor = {
        void visit(inout h_t hh) { hh.a = hh.a + 1; }
        bit<8> score(in h_t hh) { return hh.a; }
    };
    apply {
        counter.count(1);
        bit<32> v = reg.read(h.a);
        reg.write(h.a, v + 1);
        h.b = hash.get_hash(h.a);
        h.b = hash.get_hash<bit<16>, h_t>(16w0, h, 16w1024);
        ck.clear();
        ck.add(h);
        ck.add<bit<8>>(h.a);
        h.b = ck.get();
        ov.m();
        ov.m(1);
        ov.m(1, 2);
        bit<8> res;
        ov.m(true, res, h.b);
        meter.execute(h.a);
        meter.configure(burst = 20);
        visitor.run();
        mark_to_drop();
        h.b = compute(h.b, 16w1);
        h.a = identity(h.a);
        h.a = identity<bit<8>>(h.a);
        digest(1, h);
        bit<32> crc = crc32(h);
        random(h.a, 0, 255);
        S<bit<8>> s = make_s8();
    }
}
