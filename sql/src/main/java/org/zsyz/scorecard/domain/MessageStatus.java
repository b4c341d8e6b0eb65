package org.zsyz.scorecard.domain;

/** Where a message stands: stored by its name in outbound_message. */
public enum MessageStatus implements Labelled {
    /** Waiting for its (next) attempt. */
    PENDING("待发送"),
    /** Claimed by a sender; if that process dies, the claim lapses and another sender retries it. */
    SENDING("发送中"),
    /** Accepted by the mail server or the robot. */
    SENT("已发送"),
    /** Every attempt failed; the last reason is kept. */
    FAILED("发送失败");

    private final String label;

    MessageStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
