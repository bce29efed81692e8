// valid: plain enums (== and !=, switch, default value), error declarations merged with core.p4's, error comparisons and switch on error, match_kind values compared at compile time
// spec: sec-enum-types, sec-enum-exprs, "The error type", sec-error-exprs, sec-match-kind-exprs
#include <core.p4>

enum Suits { Clubs, Diamonds, Hearts, Spades }

error { MyError, OtherError }
error { ThirdError }

const bool same = exact == lpm;
const bool differ = ternary != lpm;

control c(in Suits s, in error e, out bit<8> r) {
    apply {
        if (s == Suits.Clubs) {
            r = 1;
        }
        if (s != Suits.Spades) {
            r = 2;
        }
        if (e == error.MyError || e == error.ThirdError) {
            r = 3;
        }
        error local = error.NoError;
        Suits d = ...;
        switch (s) {
            Suits.Clubs: { r = 4; }
            Suits.Hearts: {}
            default: { r = 5; }
        }
        switch (e) {
            error.NoError: { r = 0; }
            error.OtherError: {}
        }
    }
}
