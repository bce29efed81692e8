/* One `}` too many: the control ends early and the rest is out of place. */
control c(inout bit<8> x) {
    apply {
        if (x == 1) {
            x = 2;
        }
        }
        x = 3;
    }
}
