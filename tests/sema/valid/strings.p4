// valid: string literals passed to directionless string parameters of extern functions, methods and constructors, and compile-time string concatenation with ++
// spec: sec-string-type "Strings", sec-string-ops "Operations on strings", sec-string-literals
#include <core.p4>

extern void log_msg(string message);

extern Logger {
    Logger(string name);
    void note(string msg);
}

control c() {
    Logger("instance " ++ "name") lg;
    apply {
        log_msg("simple string");
        log_msg("one string \" with a quote inside;" ++ (" " ++ "another string"));
        lg.note("x");
    }
}
