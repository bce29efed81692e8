/* `@pragma` needs a name before the end of its line. */
@pragma
const bit<8> X = 1;
