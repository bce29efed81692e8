/* harness-smoke.p4: the smallest valid program; it checks that the test
 * harness runs valid programs at all. */
#include <core.p4>

header h_t {
    bit<8> f;
}
