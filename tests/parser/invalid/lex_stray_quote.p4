/* P4 has no character literals: `'` is a stray character. */
const bit<8> X = 'a';
