/* decl_empty_program.p4: a program with no declarations at all, only this
 * comment; the grammar's p4program may be empty. */
