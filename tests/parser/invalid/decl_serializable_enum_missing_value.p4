/* Every member of a serializable enum needs a value. */
enum bit<8> Proto {
    TCP = 6,
    UDP
}
