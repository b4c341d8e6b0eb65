package org.zsyz.scorecard.project;

/** A closed-list value that is written, stored and shown by its Chinese label. */
public interface Labelled {

    String label();
}
