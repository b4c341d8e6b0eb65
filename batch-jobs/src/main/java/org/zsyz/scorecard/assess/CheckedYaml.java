package org.zsyz.scorecard.assess;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML file read as snakeyaml's node tree with every problem collected with its line and key path, in Chinese.
 * Values are taken from their text, never through YAML's own number types: every number is parsed as a
 * {@link BigDecimal}, so 0.1 stays 0.1. Duplicate keys and keys nobody read (with the nearest known key) are
 * problems too. Nothing here knows the assessment method.
 */
final class CheckedYaml {

    private final String file;
    private final List<RulesFileException.Problem> problems = new ArrayList<>();

    CheckedYaml(String file) {
        this.file = file;
    }

    /**
     * The top mapping of the text.
     *
     * @throws RulesFileException when the text is too long, not YAML or not a mapping
     */
    Section root(String text, int maxChars) {
        if (text.length() > maxChars) {
            fail(0, null, "文件过大（" + text.length() + " 个字符，上限 " + maxChars + "）");
        }
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setMaxAliasesForCollections(10);
            root = new Yaml(options).compose(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw fail(mark == null ? 0 : mark.getLine() + 1, null, "不是有效的 YAML：" + e.getProblem());
        } catch (YAMLException e) {
            throw fail(0, null, "不是有效的 YAML：" + e.getMessage());
        }
        if (!(root instanceof MappingNode mapping)) {
            throw fail(root == null ? 0 : line(root), null, "文件为空或不是“键: 值”的形式，可用 scorecard rules init 生成");
        }
        return new Section("", mapping);
    }

    /** @throws RulesFileException listing every problem, if there is any */
    void refuseIfAnyProblem() {
        if (!problems.isEmpty()) {
            throw new RulesFileException(problems);
        }
    }

    Section section(Section parent, String key) {
        if (parent == null) {
            return null;
        }
        Node node = parent.take(key);
        if (node == null) {
            problem(line(parent.node), parent.path(key), "缺少此项（可用 scorecard rules init 生成完整文件对照）");
            return null;
        }
        if (!(node instanceof MappingNode m)) {
            problem(line(node), parent.path(key), "应为一组“键: 值”");
            return null;
        }
        return new Section(parent.path(key), m);
    }

    List<Section> list(Section parent, String key) {
        if (parent == null) {
            return null;
        }
        Node node = parent.take(key);
        if (node == null) {
            problem(line(parent.node), parent.path(key), "缺少此项");
            return null;
        }
        if (!(node instanceof SequenceNode seq)) {
            problem(line(node), parent.path(key), "应为以“- ”开头的列表");
            return null;
        }
        List<Section> items = new ArrayList<>();
        int i = 0;
        for (Node item : seq.getValue()) {
            String path = parent.path(key) + "[" + (++i) + "]";
            if (item instanceof MappingNode m) {
                items.add(new Section(path, m));
            } else {
                problem(line(item), path, "应为一组“键: 值”");
                return null;
            }
        }
        return items;
    }

    String text(Section s, String key) {
        if (s == null) {
            return null;
        }
        Node node = s.take(key);
        if (node == null) {
            problem(line(s.node), s.path(key), "缺少此项");
            return null;
        }
        if (!(node instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
            problem(line(node), s.path(key), node instanceof ScalarNode ? "值为空" : "应为单个值");
            return null;
        }
        return scalar.getValue().strip();
    }

    BigDecimal number(Section s, String key) {
        return decimal(s, key, false);
    }

    BigDecimal percent(Section s, String key) {
        return decimal(s, key, true);
    }

    BigDecimal nonNegative(Section s, String key) {
        BigDecimal value = number(s, key);
        if (value != null && value.signum() < 0) {
            problem(s, key, "不能为负数，现为 " + plain(value));
            return null;
        }
        return value;
    }

    /** A number from its text; percentages ({@code 80} or {@code 80%}) become ratios (0.8). */
    BigDecimal decimal(Section s, String key, boolean percent) {
        String value = text(s, key);
        if (value == null) {
            return null;
        }
        String digits = percent && value.endsWith("%")
                ? value.substring(0, value.length() - 1).strip()
                : value;
        try {
            BigDecimal number = new BigDecimal(digits);
            if (number.precision() - number.scale() > 12 || number.scale() > 8) {
                problem(s, key, "数字“" + value + "”超出范围（至多 12 位整数、8 位小数）");
                return null;
            }
            return normal(percent ? number.movePointLeft(2) : number);
        } catch (NumberFormatException e) {
            problem(s, key, "应为数字" + (percent ? "（百分数，如 80 表示 80%）" : "") + "，现为“" + value + "”");
            return null;
        }
    }

    Integer integer(Section s, String key, int min, int max) {
        BigDecimal value = number(s, key);
        if (value == null) {
            return null;
        }
        if (value.scale() > 0
                || value.compareTo(BigDecimal.valueOf(min)) < 0
                || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            problem(s, key, "应为 " + min + " 到 " + max + " 之间的整数，现为 " + plain(value));
            return null;
        }
        return value.intValueExact();
    }

    Boolean bool(Section s, String key) {
        String value = text(s, key);
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "是" -> Boolean.TRUE;
            case "false", "no", "否" -> Boolean.FALSE;
            default -> {
                problem(s, key, "应为 true 或 false，现为“" + value + "”");
                yield null;
            }
        };
    }

    /** Every key of the section that was not read is unknown: reported with the nearest known key. */
    void close(Section s, String... known) {
        if (s == null) {
            return;
        }
        for (Map.Entry<String, NodeTuple> e : s.unused().entrySet()) {
            String hint = nearest(e.getKey(), List.of(known));
            problem(
                    line(e.getValue().getKeyNode()),
                    s.path(e.getKey()),
                    "未知的键" + (hint == null ? "；此处可用的键为 " + String.join("、", known) : "，是否应为“" + hint + "”？"));
        }
        s.markAllUsed();
    }

    void problem(Section s, String key, String message) {
        problem(s.keyLine(key), s.path(key), message);
    }

    void problem(int line, String key, String message) {
        problems.add(new RulesFileException.Problem(file, line, key, message));
    }

    RulesFileException fail(int line, String key, String message) {
        problem(line, key, message);
        return new RulesFileException(problems);
    }

    /** A mapping node with duplicate-key checking and a record of which keys were read. */
    final class Section {
        final String path;
        final MappingNode node;
        final Map<String, NodeTuple> entries = new LinkedHashMap<>();
        final Set<String> used = new LinkedHashSet<>();

        Section(String path, MappingNode node) {
            this.path = path;
            this.node = node;
            for (NodeTuple t : node.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode k)) {
                    problem(CheckedYaml.line(t.getKeyNode()), path, "键应为文字");
                    continue;
                }
                if (entries.putIfAbsent(k.getValue(), t) != null) {
                    problem(
                            CheckedYaml.line(k),
                            path(k.getValue()),
                            "重复的键（第"
                                    + CheckedYaml.line(entries.get(k.getValue()).getKeyNode()) + "行已有）");
                }
            }
        }

        String path(String key) {
            return path.isEmpty() ? key : path + "." + key;
        }

        boolean has(String key) {
            return entries.containsKey(key);
        }

        Node take(String key) {
            NodeTuple t = entries.get(key);
            if (t == null) {
                return null;
            }
            used.add(key);
            return t.getValueNode();
        }

        Node keyNode(String key) {
            NodeTuple t = entries.get(key);
            return t == null ? null : t.getKeyNode();
        }

        Collection<String> keys() {
            return List.copyOf(entries.keySet());
        }

        Map<String, NodeTuple> unused() {
            Map<String, NodeTuple> rest = new LinkedHashMap<>(entries);
            rest.keySet().removeAll(used);
            return rest;
        }

        void markAllUsed() {
            used.addAll(entries.keySet());
        }

        /** The line of the section itself. */
        int line() {
            return CheckedYaml.line(node);
        }

        /** The line of a key, or the section's when the key is absent. */
        int keyLine(String key) {
            Node k = keyNode(key);
            return k == null ? line() : CheckedYaml.line(k);
        }

        /** The keys not read yet, in the file's order. */
        Set<String> unusedKeys() {
            return unused().keySet();
        }
    }

    static int line(Node node) {
        return node == null || node.getStartMark() == null
                ? 0
                : node.getStartMark().getLine() + 1;
    }

    /** The known key closest to a mistyped one, if it is close enough to be a typo. */
    static String nearest(String key, List<String> known) {
        return KeyHints.nearest(key, known);
    }

    /** Numbers compare equal to the same number written another way (25, 25.0): no trailing zeros. */
    static BigDecimal normal(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static String plain(BigDecimal value) {
        return Decimals.plain(value);
    }

    private static String pct(BigDecimal ratio) {
        return Decimals.plain(ratio.movePointRight(2)) + "%";
    }
}
