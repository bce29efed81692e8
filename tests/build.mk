# tests/: placeholder until the harness lands.
