/* lex_comments.p4: both kinds of comments, in odd places: before and after
 * tokens, inside declarations and expressions, a block comment that spans
 * lines, comment markers inside comments, and comment-like text in strings. */
#include <core.p4>

// A line comment at the top level.
/* A block comment. */ /* Two on one line. */
/* A block comment with a // line comment and a lone * inside. */
/** A doc-style comment. **/
/***/
const bit<8> A = /* inline */ 8w1; // trailing
const bit</* width */8> B = 8w2/**/;
const bit<8> C = A + // a comment inside an expression
                 B;
/*
 * Multi-line.
 * const bit<8> NOT_DECLARED = 0;
 */
header h_t { // after a brace
    bit<8> f; /* after a field */
    /* before a field */ bit<8> g;
}
const string S = "/* not a comment */ // nor this";
control c(/* no parameters */) {
    apply {
        h_t h; // a header
        h.f = A/B; // `/B` is a division, not a comment
        h.g = A /*/ still a comment /*/ + B;
    }
}
// A last comment with no newline at the end of the file.