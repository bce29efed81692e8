/* The syntax error is in an included file: the message names
 * include/broken_header.p4 and its line, not this file. */
#include <core.p4>
#include "include/broken_header.p4"

struct headers_t {
    broken_h h;
}
