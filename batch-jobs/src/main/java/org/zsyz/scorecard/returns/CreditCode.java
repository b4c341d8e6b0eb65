package org.zsyz.scorecard.returns;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters of 0–9 and the capitals without I, O, Z, S, V; the last is a check
 * character computed from the first 17 with the weights 3^i mod 31.
 */
public final class CreditCode {

    public static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {}

    /** What is wrong with the code, in Chinese, or {@code null} when it is valid. */
    public static String problem(String code) {
        if (code.length() != 18) {
            return "统一社会信用代码应为 18 位，现为 " + code.length() + " 位";
        }
        int sum = 0;
        for (int i = 0; i < 18; i++) {
            int v = CHARSET.indexOf(code.charAt(i));
            if (v < 0) {
                return "第 " + (i + 1) + " 位“" + code.charAt(i) + "”不是统一社会信用代码可用的字符（数字和除 I、O、Z、S、V 以外的大写字母）";
            }
            if (i < 17) {
                sum += v * WEIGHTS[i];
            }
        }
        char expected = CHARSET.charAt((31 - sum % 31) % 31);
        if (code.charAt(17) != expected) {
            return "校验位（第 18 位）不符：按 GB 32100 应为“" + expected + "”，请核对代码是否抄错";
        }
        return null;
    }

    /** The code with its check character for 17 valid characters (sample data and tests). */
    public static String withCheck(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARSET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return first17 + CHARSET.charAt((31 - sum % 31) % 31);
    }
}
