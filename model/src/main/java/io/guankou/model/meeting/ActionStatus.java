package io.guankou.model.meeting;

/** An item is open until it is closed (banjie) with its outcome; a closed one may be reopened. */
public enum ActionStatus {
    OPEN,
    DONE
}
