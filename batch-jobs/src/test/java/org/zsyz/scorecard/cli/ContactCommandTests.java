package org.zsyz.scorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zsyz.scorecard.batch.SampleMonth;

/**
 * {@code scorecard contact}: a unit's e-mail and signed robot, the bureau's IT contact, a list and a removal; bad
 * input refused with the reason and exit code 2, with nothing stored. The operator may point a robot at this
 * machine (the portal may not).
 */
class ContactCommandTests {

    @TempDir
    Path home;

    StringWriter out;
    StringWriter err;

    @BeforeEach
    void sampleCity() {
        SampleMonth.prepare(home);
    }

    int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--scorecard.home=" + home);
        return ScorecardCommand.execute(
                all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void contactsAreSetListedAndRemovedAndBadInputIsRefused() {
        assertThat(run("import-targets", home.resolve("targets-2025.xlsx").toString()))
                .isZero();

        assertThat(run(
                        "contact",
                        "set",
                        "--unit",
                        "419921",
                        "--email",
                        "tongji@dongchuan.example.gov.cn",
                        "--webhook",
                        "http://127.0.0.1:9/robot/send?access_token=t",
                        "--secret",
                        "SECabc"))
                .as(err.toString())
                .isZero();
        assertThat(out.toString())
                .contains("单位 419921 的联系人")
                .contains("tongji@dongchuan.example.gov.cn")
                .contains("钉钉机器人")
                .contains("已设置");

        assertThat(run("contact", "set", "--unit", "419921", "--email", "tongji.dongchuan.gov.cn"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("“tongji.dongchuan.gov.cn”不是电子邮件地址");
        assertThat(run("contact", "set", "--unit", "419922", "--email", "a@b.cn", "--webhook", "ftp://x.cn/r"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("必须以 http:// 或 https:// 开头");
        // a secret alone is a robot's secret without its robot: said so, not "give an address"
        assertThat(run("contact", "set", "--unit", "419921", "--secret", "SEC0123"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--secret 是机器人的加签密钥，须与 --webhook 一起给出");
        assertThat(run("contact", "set", "--unit", "999999", "--email", "a@b.cn"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("单位代码 999999 不在任何年度的考核单位中");
        assertThat(run("contact", "set", "--bureau", "it", "--email", "it@shangwu.example.gov.cn"))
                .isZero();

        assertThat(run("contact", "list")).isZero();
        assertThat(out.toString())
                .contains("商务局信息化")
                .contains("it@shangwu.example.gov.cn")
                .doesNotContain("a@b.cn"); // nothing of the refused 419922 change was stored

        assertThat(run("contact", "remove", "--unit", "419921", "--address", "tongji@dongchuan.example.gov.cn"))
                .isZero();
        assertThat(run("contact", "list")).isZero();
        assertThat(out.toString()).doesNotContain("tongji@").contains("127.0.0.1:9");
    }
}
