package be.jobbonus.io.internal.xml;

/**
 * An error found in a document: the element path at fault (or {@code document}), its line and
 * column (0 when it has none) and the reason, which says what to do. No personal data.
 */
record Problem(String field, long line, int column, String reason) {}
