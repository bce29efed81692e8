/* A width that is not an integer literal must be parenthesized: `bit<(W)>`. */
const int W = 8;
typedef bit<W> word_t;
