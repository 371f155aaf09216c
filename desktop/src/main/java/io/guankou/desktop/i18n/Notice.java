package io.guankou.desktop.i18n;

/** A line a view-model wants shown after an action: what to say, and whether it reports a problem. */
public record Notice(Msg text, boolean error) {

    public static Notice ok(String key, Object... args) {
        return new Notice(Msg.of(key, args), false);
    }

    public static Notice error(String key, Object... args) {
        return new Notice(Msg.of(key, args), true);
    }
}
