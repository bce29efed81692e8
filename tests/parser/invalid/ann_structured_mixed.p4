/* A structured annotation mixes key-value pairs and plain expressions. */
@anno[k = 1, 2]
const bit<8> X = 1;
