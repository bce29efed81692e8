/* `table` is a reserved keyword and cannot name a constant (unlike `key`). */
const bit<8> table = 1;
