/* harness-smoke.p4: one syntax error; it checks that the test harness
 * compares diagnostics with their golden file. */
header h_t {
    bit<8> f
}
