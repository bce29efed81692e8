// valid: switch on bit<W>, int<W>, plain enums and error, with literal, constant and constant-expression labels, fall-through, default last, switch in action and function bodies
// spec: sec-switch-stmt "Switch statement"
#include <core.p4>

enum Color { Red, Green }

const bit<8> K = 7;

control c(in bit<8> x, in int<4> s, in Color col, in error e, out bit<8> r) {
    action act_switch(bit<8> v) {
        switch (v) {
            0: { r = 1; }
            default: { r = 2; }
        }
    }
    apply {
        switch (x) {
            0x86: { r = 1; }
            0x08:
            0x09: { r = 2; }
            K: { r = 3; }
            K + 10: { r = 4; }
            default: { r = 0; }
        }
        switch (s) {
            -1: { r = 5; }
            1: {}
        }
        switch (col) {
            Color.Red: { r = 6; }
        }
        switch (e) {
            error.NoMatch: { r = 7; }
            default: {}
        }
        switch (x) {
            1:
            2:
        }
        act_switch(x);
    }
}

bit<8> classify(in bit<8> v) {
    bit<8> result = 0;
    switch (v) {
        1: { result = 10; }
        2: { result = 20; }
    }
    return result;
}
