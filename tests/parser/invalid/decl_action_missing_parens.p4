/* An action declaration needs a parameter list, even an empty one. */
action drop {
}
