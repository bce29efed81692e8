/* A forward declaration of an extern (`extern Foo;`) is a p4c extension that
 * the specification's grammar does not have. */
extern Foo;
