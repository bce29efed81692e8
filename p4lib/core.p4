/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* core.p4: the declarations every P4-16 program may use (P4-16 spec, appendix
 * "P4 core library"). */
#ifndef _P4EBPF_CORE_P4_
#define _P4EBPF_CORE_P4_

/* The errors a parser can signal. */
error {
    NoError,           /* no error */
    PacketTooShort,    /* not enough bits in the packet for an extract */
    NoMatch,           /* a select expression had no matching case */
    StackOutOfBounds,  /* a header stack was indexed past its size */
    HeaderTooShort,    /* a varbit field was extracted with too large a size */
    ParserTimeout,     /* the parser ran too long */
    ParserInvalidArgument /* an operation got an invalid argument */
}

/* Reads headers from the packet, in a parser. */
extern packet_in {
    /* Copies the next bits of the packet into a fixed-size header and advances. */
    void extract<T>(out T hdr);
    /* Same, for a header with one varbit field that gets variableFieldSizeInBits. */
    void extract<T>(out T variableSizeHeader, in bit<32> variableFieldSizeInBits);
    /* Reads the next bits without advancing. */
    T lookahead<T>();
    /* Skips bits. */
    void advance(in bit<32> sizeInBits);
    /* The packet's length in bytes. */
    bit<32> length();
}

/* Writes headers into the packet, in a deparser. */
extern packet_out {
    /* Writes hdr when it is valid (every valid header of a stack or struct). */
    void emit<T>(in T hdr);
}

/* Stops the parser with `toSignal` when `check` is false. */
extern void verify(in bool check, in error toSignal);

/* The action that does nothing. */
@noWarn("unused")
action NoAction() {}

/* The match kinds of table keys. */
match_kind {
    exact,
    ternary,
    lpm
}

#endif
