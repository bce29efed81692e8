// expect-error: 5:11: not allowed
// spec: sec-parser-control-types "Parser and control blocks types": "The types parser, control, and package cannot be used as types of arguments for methods, parsers, controls, tables, or actions. They can be used as types for the arguments passed to constructors"
#include <core.p4>
control C(inout bit<8> x);
control d(C c) {
    apply {}
}
