package io.guankou.model.returnee.sheet;

import io.guankou.model.sheet.SheetText;
import java.util.List;
import java.util.Optional;

/**
 * The columns of a returnee sheet (返乡人员登记表) and the header texts that name each, compared in
 * {@link SheetText#normalise normal form}.
 */
public enum ReturneeColumn {
    NAME("姓名", "返乡人员姓名", "返乡人员"),
    PHONE("电话", "联系电话", "手机号", "手机", "手机号码", "联系方式", "电话号码"),
    VILLAGE("村", "村(社区)", "村社区", "所在村", "所属村", "村委会", "村居", "村(居)"),
    HOUSEHOLD("家庭住址", "户主", "加入的家庭", "住址", "地址", "返回的家庭", "家庭"),
    ARRIVAL("返乡日期", "到达日期", "返回日期", "返乡时间", "到达时间"),
    FROM("从何处返回", "来源地", "返回地", "从何地返回", "从何处返乡", "来自"),
    CLINIC_NUMBER("已告知卫生院电话", "已告知卫生院(村卫生室)电话", "告知卫生院电话"),
    ADVICE("已提示戴口罩少接触老人", "已提示戴口罩、少接触老人", "已提示", "提示戴口罩少接触老人");

    private final List<String> headers;

    ReturneeColumn(String... headers) {
        this.headers = List.of(headers).stream().map(SheetText::normalise).toList();
    }

    /** The column a header cell names, if any. */
    public static Optional<ReturneeColumn> of(String header) {
        String n = SheetText.normalise(header);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        for (ReturneeColumn c : values()) {
            if (c.headers.contains(n)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
