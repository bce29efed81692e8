/* include/broken_header.p4: included by ../error_in_include.p4; the error
 * (a field without its semicolon) is in this file, and the diagnostic must
 * name it. */
header broken_h {
    bit<8> first
    bit<8> second;
}
