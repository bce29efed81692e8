/* The type arguments of a generic call are not closed before the call's
 * arguments. */
extern T identity<T>(in T x);
control c(inout bit<8> x) {
    apply {
        x = identity<bit<8>(x);
    }
}
