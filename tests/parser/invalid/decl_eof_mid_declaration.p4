/* The file ends in the middle of a header declaration (and without a newline). */
header h_t {
    bit<8> a;
    bit<16> b;