/* A hexadecimal literal with a digit that is not hexadecimal. */
const bit<16> X = 0x12G4;
