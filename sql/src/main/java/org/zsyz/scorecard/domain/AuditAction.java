package org.zsyz.scorecard.domain;

/** What an audit record records; stored by its name, shown by its label. */
public enum AuditAction implements Labelled {
    LOGIN("登录"),
    LOGIN_FAILED("登录失败"),
    RETURN_UPLOAD("上传月报表"),
    RETURN_IMPORT("导入月报表"),
    SEND_BACK("退回"),
    TARGETS_IMPORT("导入目标任务书"),
    RUN("运行"),
    REVISION("更正版"),
    ACCOUNT_ADD("新建账号"),
    ACCOUNT_PASSWORD("修改密码"),
    ACCOUNT_ENABLE("启用账号"),
    ACCOUNT_DISABLE("停用账号"),
    RECOGNITION("认定"),
    DUPLICATE_DECISION("重复项目裁定"),
    SPOT_CHECK("抽查"),
    EVIDENCE("佐证材料");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
