/* expr_names.p4: names in expressions: local, parameter and global names,
 * `.global` prefixed names (constants, functions, actions), `this` (in an
 * abstract method implementation, also `this.method();` as a statement),
 * `error.NoError`, enum members `MyEnum.A` and serializable enum members
 * (a type name then `.member`), header methods (`h.minSizeInBits()`),
 * constructor calls `T(args)` and `T<bit<8>>(args)` as arguments, generic
 * calls with explicit type arguments `f<bit<8>>(x)` and `f<_>(x)` in
 * expressions, named arguments, the literals `true` and `false`, and
 * string literals as arguments. */
#include <core.p4>

const bit<8> GLOBAL = 1;
enum Color { RED, GREEN }
enum bit<4> Code { OK = 0, FAIL = 15 }
header h_t { bit<8> a; }

T pick<T>(in T a, in T b) { return a; }
bit<8> inc(in bit<8> x, in bit<8> by) { return x + by; }
action global_act() { }

extern Box<T> {
    Box(T v);
    T get();
    void touch();
    abstract T transform(in T v);
    T apply_transform();
}
extern Profile { Profile(bit<32> size); }
extern Selector { Selector(Profile p, bit<32> size); }
extern Holder<T> { Holder(T initial); }
extern void log_msg<T>(in string fmt, in T data);

control c(inout h_t h, inout error e, inout bit<8> GLOBAL_SHADOW) {
    Box<bit<8>>(8w1) box = {
        bit<8> transform(in bit<8> v) {
            this.touch();
            return this.get() + v;
        }
    };
    Selector(Profile(16), 32) sel;
    Holder<bit<8>>(8w0) holder;
    Holder<Box<bit<8>>>(Box<bit<8>>(8w2)) holder_of_box;
    apply {
        bit<8> GLOBAL = 2;
        h.a = GLOBAL + .GLOBAL;
        h.a = .inc(h.a, 1);
        .global_act();
        global_act();
        e = error.NoError;
        if (e == error.PacketTooShort || e != error.NoMatch) {
            e = error.StackOutOfBounds;
        }
        Color col = Color.RED;
        col = Color.GREEN;
        Code code = Code.FAIL;
        h.a = (bit<8>)(bit<4>)Code.OK;
        h.a = pick<bit<8>>(h.a, 8w1);
        h.a = pick(h.a, 8w1) + pick<bit<8>>(1, 2);
        h.a = pick<_>(h.a, 8w2);
        bool t = pick<bool>(true, false);
        h.a = inc(x = h.a, by = 2);
        h.a = inc(by = 3, x = h.a);
        h.a = box.apply_transform();
        log_msg("value={}", h.a);
        log_msg<bit<8>>("value={}", h.a);
        log_msg<tuple<bit<8>, bool>>("pair={} {}", { h.a, t });
        h.a = h.minSizeInBits() == 8 ? 8w1 : 8w0;
        GLOBAL_SHADOW = .GLOBAL;
    }
}
