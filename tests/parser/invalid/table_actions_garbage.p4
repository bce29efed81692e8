/* An action list entry that is not an action name: the parser reports it
 * and goes on with the next entry and the rest of the table, where it finds
 * (and reports) a second error, a property without its `;`. */
control c(in bit<8> x) {
    action a() { }
    action b() { }
    table t {
        key = { x : exact; }
        actions = { a; 42; b; }
        size = 16
    }
    apply { t.apply(); }
}
