/* `type` introduces a new type from a type reference only; declaring a
 * struct inline (as `typedef` allows) is a p4c extension. */
type struct point_s { bit<16> x; bit<16> y; } point_t;
