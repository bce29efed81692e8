/* `return` outside any function, action or block. */
return;
