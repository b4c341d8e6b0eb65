package org.zsyz.scorecard.store.project;

import java.util.List;

/** 产业类别: a configurable closed list (scorecard.industries); this is the default. */
public final class Industries {

    public static final List<String> DEFAULT = List.of("工业", "商贸物流", "农业", "房地产", "现代服务业", "文旅康养", "其他");

    private Industries() {}
}
