/* `@` must be followed by the annotation's name. */
@ ("x")
const bit<8> X = 1;
