package io.guankou.model.tier;

/** Risk tier (DOMAIN.md §3), highest risk first so that ordinal order is urgency order. */
public enum Tier {
    /** 红 — 重点人群（高风险）, 3级服务 */
    RED,
    /** 黄 — 次重点人群（中风险）, 2级服务 */
    YELLOW,
    /** 绿 — 一般人群（低风险）, 1级服务 */
    GREEN;

    public int serviceLevel() {
        return 3 - ordinal();
    }
}
