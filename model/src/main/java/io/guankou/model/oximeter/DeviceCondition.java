package io.guankou.model.oximeter;

/** The state of one oximeter: only a working one counts towards a holder's minimum. */
public enum DeviceCondition {
    WORKING, BROKEN, LOST
}
