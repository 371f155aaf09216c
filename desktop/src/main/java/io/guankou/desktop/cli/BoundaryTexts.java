package io.guankou.desktop.cli;

import io.guankou.desktop.i18n.Messages;
import io.guankou.model.boundary.BoundaryFeature;
import io.guankou.model.boundary.BoundaryRefused;

/** The words of a boundary import: a refusal in one line, a feature as the report names it. */
final class BoundaryTexts {

    private final Messages msg;

    BoundaryTexts(Messages msg) {
        this.msg = msg;
    }

    /** The cause, with the feature's number and name where one feature is the cause. */
    String refusal(String file, BoundaryRefused e) {
        String cause = msg.format(Messages.enumKey(e.reason()), e.detail());
        if (e.featureNumber() > 0) {
            cause = msg.format("cli.boundaries.atFeature", e.featureNumber(), e.featureName(), cause);
        }
        return msg.format("cli.boundaries.refused", file, cause);
    }

    /** e.g. "3 Shiqiao: no such village" (feature number, its name, the problem) */
    String feature(BoundaryFeature f) {
        return msg.format("cli.boundaries.feature", f.number(), f.label(), msg.label(f.problem()));
    }
}
