package org.zsyz.scorecard.domain;

/**
 * A closed-list value shown by its Chinese label. The database keeps either the label (the returns' lists and the
 * 等次, through the mappers' {@code LabelledEnumTypeHandler}) or the constant's name.
 */
public interface Labelled {

    String label();
}
