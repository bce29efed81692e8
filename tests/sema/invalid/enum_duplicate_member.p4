// expect-error: 4:16: duplicate
// spec: sec-scopes "Scopes": "Derived type declarations (struct, header, header_union, enum), which introduce local scopes for field names" and sec-extern-objects: "Functions and methods are the only P4 constructs that support overloading"
#include <core.p4>
enum E { A, B, A }
