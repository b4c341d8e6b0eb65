package org.zsyz.scorecard.lock;

import java.time.format.DateTimeFormatter;
import org.zsyz.scorecard.store.lock.RunLockRow;

/** Refused: another process is running a run under the same lock (the same period, or the same targets year). */
public class RunLockedException extends RuntimeException {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final transient RunLockRow holder;

    public RunLockedException(String subject, RunLockRow holder) {
        super(subject + " 正在运行，不能同时再运行一次：" + describe(holder) + "。请等它结束（scorecard jobs 可查看进度）。");
        this.holder = holder;
    }

    public RunLockRow holder() {
        return holder;
    }

    static String describe(RunLockRow holder) {
        StringBuilder text = new StringBuilder();
        text.append(holder.jobName() == null ? "作业" : holder.jobName());
        if (holder.jobExecutionId() != null) {
            text.append("（执行 #").append(holder.jobExecutionId()).append("）");
        }
        text.append("，主机 ").append(holder.hostName()).append(" 进程 ").append(holder.processId());
        if (holder.acquiredAt() != null) {
            text.append("，开始于 ").append(holder.acquiredAt().format(TIME));
        }
        if (holder.heartbeatAgeMillis() != null) {
            text.append("，").append(holder.heartbeatAgeMillis() / 1000).append(" 秒前仍在运行");
        }
        return text.toString();
    }
}
