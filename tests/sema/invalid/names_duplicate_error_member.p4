// expect-error: 4:9: duplicate
// spec: "The error type": "A program can contain multiple error declarations, which the compiler will merge together. It is an error to declare the same identifier multiple times."
#include <core.p4>
error { PacketTooShort }
