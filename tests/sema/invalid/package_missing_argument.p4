// expect-error: 6:1: argument
// spec: sec-target-instantiation "Example architecture program": "the P4 program must instantiate a top-level package by passing values for all its arguments"
#include <core.p4>
control C1(inout bit<8> x);
package Pkg(C1 c);
Pkg() main;
