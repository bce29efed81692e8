/* Letters glued to a decimal literal: `12abc` is neither a number nor a name. */
const bit<8> X = 12abc;
