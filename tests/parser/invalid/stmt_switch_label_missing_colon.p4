/* A switch label without its colon. */
control c(inout bit<8> x) {
    apply {
        switch (x) {
            1 { x = 2; }
            default: { }
        }
    }
}
