package io.guankou.desktop.resources.oximeter;

import io.guankou.desktop.i18n.Failures;
import io.guankou.desktop.i18n.Messages;
import io.guankou.desktop.i18n.Msg;
import io.guankou.desktop.i18n.Notice;
import io.guankou.persistence.oximeter.OximeterRejectedException;

/** A failed oximeter write in the user's words: what the ledger refused and why, or the failure's kind. */
final class OximeterFailures {

    static final String KEY_FAILED = "oximeter.error.failed";

    private OximeterFailures() {
    }

    static Msg msg(Throwable error) {
        if (error instanceof OximeterRejectedException r) {
            return Msg.of(Messages.enumKey(r.reason()), r.detail() == null ? "" : r.detail());
        }
        return Failures.msg(error);
    }

    static Notice notice(Throwable error) {
        return new Notice(Msg.of(KEY_FAILED, msg(error)), true);
    }
}
