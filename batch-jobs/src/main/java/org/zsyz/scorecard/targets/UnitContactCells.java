package org.zsyz.scorecard.targets;

import java.util.List;
import java.util.stream.Stream;
import org.zsyz.scorecard.contact.ContactAddresses;
import org.zsyz.scorecard.contact.ContactException;
import org.zsyz.scorecard.domain.ContactChannel;
import org.zsyz.scorecard.excel.CellRef;
import org.zsyz.scorecard.excel.HeaderMap;
import org.zsyz.scorecard.excel.IssueList;
import org.zsyz.scorecard.excel.RawCell;
import org.zsyz.scorecard.excel.SheetRow;
import org.zsyz.scorecard.excel.TemplateChecks;

/**
 * The optional 联系邮箱 / 机器人地址 / 机器人密钥 columns of 考核单位, checked with the rules of
 * {@code scorecard contact set} (ContactAddresses) so that a bad address refuses the workbook, naming its cell.
 */
record UnitContactCells(int email, int webhook, int secret) {

    static UnitContactCells locate(HeaderMap header) {
        return new UnitContactCells(
                header.column(TargetsTemplate.CONTACT_EMAIL),
                header.column(TargetsTemplate.CONTACT_WEBHOOK),
                header.column(TargetsTemplate.CONTACT_SECRET));
    }

    /** The columns present (to be spared the “模板以外的列” warning). */
    List<Integer> columns() {
        return Stream.of(email, webhook, secret).filter(c -> c >= 0).toList();
    }

    /** E-mail, webhook and secret of one row (each null when blank or absent); problems go to {@code issues}. */
    String[] read(String sheet, SheetRow row, IssueList issues) {
        String mail = text(sheet, row, email, TargetsTemplate.CONTACT_EMAIL, issues);
        String hook = text(sheet, row, webhook, TargetsTemplate.CONTACT_WEBHOOK, issues);
        String key = text(sheet, row, secret, TargetsTemplate.CONTACT_SECRET, issues);
        if (mail != null) {
            try {
                mail = ContactAddresses.email(mail);
            } catch (ContactException e) {
                issues.error(sheet, ref(email, row), TargetsTemplate.CONTACT_EMAIL, mail, e.getMessage());
                mail = null;
            }
        }
        ContactChannel robot = null;
        if (hook != null) {
            try {
                robot = ContactAddresses.robotOf(ContactAddresses.webhook(hook));
            } catch (ContactException e) {
                issues.error(sheet, ref(webhook, row), TargetsTemplate.CONTACT_WEBHOOK, hook, e.getMessage());
            }
        }
        if (key != null) {
            String secretRef = ref(secret, row);
            if (hook == null) {
                issues.error(
                        sheet, secretRef, TargetsTemplate.CONTACT_SECRET, null, "机器人密钥是钉钉机器人的加签密钥，须与同一行的“机器人地址”一起填写");
            } else if (robot == ContactChannel.WECOM) {
                issues.error(
                        sheet,
                        secretRef,
                        TargetsTemplate.CONTACT_SECRET,
                        null,
                        "企业微信机器人不使用加签密钥，机器人密钥只用于钉钉 / 政务钉钉机器人，应留空");
            } else if (key.length() > ContactAddresses.MAX_SECRET) {
                issues.error(
                        sheet,
                        secretRef,
                        TargetsTemplate.CONTACT_SECRET,
                        null,
                        "机器人密钥超过 " + ContactAddresses.MAX_SECRET + " 个字符");
            }
        }
        return new String[] {mail, hook, key};
    }

    private static String text(String sheet, SheetRow row, int column, String field, IssueList issues) {
        if (column < 0) {
            return null;
        }
        RawCell cell = row.cell(column);
        if (cell != null && cell.problem() != null) {
            issues.error(sheet, ref(column, row), field, cell.shown(), cell.problem());
            return null;
        }
        return TemplateChecks.text(cell);
    }

    private static String ref(int column, SheetRow row) {
        return CellRef.of(column, row.rowIndex());
    }
}
