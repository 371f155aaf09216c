package io.guankou.model.exchange.crypto;

/** Bytes that should hold an SM2 key but do not: not DER, another algorithm or curve, not a point on the curve. */
public final class MalformedKeyException extends Exception {

    public MalformedKeyException(String detail) {
        super(detail);
    }

    public MalformedKeyException(String detail, Throwable cause) {
        super(detail, cause);
    }
}
