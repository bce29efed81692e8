/* A keyword is not a type: a field of "type" `action`. */
header h_t {
    bit<8> a;
    action b;
}
