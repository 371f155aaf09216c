package io.guankou.model.person;

import java.util.Objects;

public record Comorbidity(Disease disease, Control control) {
    public Comorbidity {
        Objects.requireNonNull(disease, "disease");
        Objects.requireNonNull(control, "control");
    }
}
