package io.guankou.model.place;

import java.util.Arrays;

/** The urban-rural class code of the national statistical division scheme: 1xx urban, 2xx rural. */
public enum UrbanRuralClass {
    C111("111"), C112("112"), C121("121"), C122("122"), C123("123"), C210("210"), C220("220");

    private final String code;

    UrbanRuralClass(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public boolean isRural() {
        return code.charAt(0) == '2';
    }

    public static UrbanRuralClass fromCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown urban-rural class code: " + code));
    }
}
