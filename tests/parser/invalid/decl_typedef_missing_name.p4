/* A typedef without the new name. */
typedef bit<8>;
