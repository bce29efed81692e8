// expect-error: 4:10: type int
// spec: sec-arbitrary-precision-integers "Arbitrary-precision integers": "Parameters with type int are not supported for actions."
#include <core.p4>
action a(int x) {
}
