// expect-error: 6:19: no member
// spec: "The error type": "All elements of the error type are inserted into the error namespace, irrespective of the place where an error is defined."
#include <core.p4>
control c(out error e) {
    apply {
        e = error.NoSuchError;
    }
}
