package org.zsyz.scorecard.domain;

/** How a contact is reached: stored by its name in unit_contact and outbound_message. */
public enum ContactChannel implements Labelled {
    /** An e-mail address, sent through spring.mail.*. */
    EMAIL("邮件"),
    /** A 钉钉 / 政务钉钉 custom robot's webhook (signed with its secret when one is set). */
    DINGTALK("钉钉机器人"),
    /** A 企业微信 group robot's webhook. */
    WECOM("企业微信机器人");

    private final String label;

    ContactChannel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
