/* lex_strings.p4: string literals: empty, with every escape (\" \\ \n \t \r
 * and an escaped newline), with comment markers and non-ASCII text, as
 * constants, annotation arguments and call arguments. */
#include <core.p4>

extern void log_msg(in string msg);

const string EMPTY = "";
const string PLAIN = "hello, world";
const string QUOTE = "say \"hi\"";
const string BACKSLASH = "C:\\path\\to";
const string ESCAPES = "tab\there\nnewline\rreturn";
const string CONTINUED = "first line \
second line";
const string SYMBOLS = "{ } ( ) ; // /* */ @ # $ ` ~";
const string UTF8 = "caf\u00e9 – naïve";

@description("a \"quoted\" description")
@name("strings.ctrl")
control strings() {
    apply {
        log_msg("in a call");
        log_msg("");
        log_msg(PLAIN);
    }
}
