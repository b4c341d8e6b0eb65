package org.zsyz.scorecard.domain;

/** What a message sent to a contact is about: stored by its name in outbound_message. */
public enum MessageKind implements Labelled {
    /** 催报: a unit without a counting return is reminded of the deadline. */
    REMINDER("催报"),
    /** A unit's own scorecard of a published period. */
    SCORECARD("成绩单"),
    /** The city bulletin of a published period, for the bureau. */
    BULLETIN("全市成绩单"),
    /** A unit's own result of a published term (year or quarter): 公示稿, 正式 or 更正版. */
    TERM_SCORECARD("考核结果"),
    /** The bulletin of a published term, for the bureau. */
    TERM_BULLETIN("考核结果通报"),
    /** A failure the bureau's IT contact must act on. */
    ALERT("故障告警");

    private final String label;

    MessageKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
