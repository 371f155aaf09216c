package io.guankou.model.healthpack;

import static org.assertj.core.api.Assertions.assertThat;

import io.guankou.model.person.InfectionState;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 渝新冠指办发〔2023〕3号, 10．加快发放"健康包": "按照先农村后城市，先高龄（80岁以上）后低龄（60—80岁），先正在病程中的人群、再尚未
 * 感染急需药物的人群、后已经感染且康复的人群，先合并有基础性疾病人群、后无基础性疾病人群的原则，加快'健康包'发放工作…有条件的区县可根据实际将
 * '健康包'发放范围扩展到有基础性疾病的重症高风险人群和困境儿童等。"
 */
class HealthPackOrderTest {

    private static long next = 1;

    static PackCandidate c(String name, boolean rural, int age, InfectionState infection, boolean needsMedicine,
                           boolean comorbidity) {
        return new PackCandidate(next++, name, "", "", rural ? 2 : 1, rural ? "龙洞村" : "平安社区", rural, age,
                infection, needsMedicine, comorbidity, false);
    }

    private static List<String> names(List<PackQueueLine> q) {
        return q.stream().map(l -> l.person().name()).toList();
    }

    @Test
    void 先农村后城市() {
        PackCandidate urban = c("城市80岁病程中有基础病", false, 85, InfectionState.INFECTED, false, true);
        PackCandidate rural = c("农村60岁未感染无基础病", true, 61, InfectionState.NEVER, false, false);
        assertThat(names(HealthPackOrder.queue(List.of(urban, rural), false)))
                .containsExactly("农村60岁未感染无基础病", "城市80岁病程中有基础病");
    }

    @Test
    void 先高龄80岁以上后低龄60至80岁() {
        PackCandidate young = c("79岁病程中", true, 79, InfectionState.INFECTED, false, true);
        PackCandidate old = c("80岁已康复", true, 80, InfectionState.RECOVERED, false, false);
        assertThat(names(HealthPackOrder.queue(List.of(young, old), false))).containsExactly("80岁已康复", "79岁病程中");
    }

    @Test
    void 先病程中再尚未感染急需药物后已感染且康复() {
        PackCandidate recovered = c("已康复", true, 70, InfectionState.RECOVERED, true, true);
        PackCandidate other = c("未感染无急需", true, 70, InfectionState.NEVER, false, true);
        PackCandidate need = c("未感染急需药物", true, 70, InfectionState.NEVER, true, true);
        PackCandidate ill = c("病程中", true, 70, InfectionState.INFECTED, false, true);
        assertThat(names(HealthPackOrder.queue(List.of(recovered, other, need, ill), false)))
                .containsExactly("病程中", "未感染急需药物", "已康复", "未感染无急需");
        // a recovered person who needs medicine stays in the recovered group: the notice's second group is the
        // not yet infected ("尚未感染急需药物的人群")
        assertThat(recovered.illnessGroup()).isEqualTo(IllnessGroup.RECOVERED);
    }

    @Test
    void 先合并有基础性疾病后无基础性疾病() {
        PackCandidate without = c("无基础病", true, 75, InfectionState.INFECTED, false, false);
        PackCandidate with = c("有基础病", true, 66, InfectionState.INFECTED, false, true);
        assertThat(names(HealthPackOrder.queue(List.of(without, with), false))).containsExactly("有基础病", "无基础病");
    }

    @Test
    void theKeysApplyInTheNoticesOrderAndTiesGoToTheOlder() {
        List<PackCandidate> all = List.of(
                c("城市85有病", false, 85, InfectionState.INFECTED, false, true),
                c("农村65康复无病", true, 65, InfectionState.RECOVERED, false, false),
                c("农村82未感染无病", true, 82, InfectionState.NEVER, false, false),
                c("农村68病程中有病", true, 68, InfectionState.INFECTED, false, true),
                c("农村90康复有病", true, 90, InfectionState.RECOVERED, false, true),
                c("农村72病程中有病", true, 72, InfectionState.INFECTED, false, true));
        List<PackQueueLine> q = HealthPackOrder.queue(all, false);
        // rural 80+ first (90 recovered before 82 other), then rural 60-79: in course 72, 68 (older first),
        // then recovered 65; urban last
        assertThat(names(q)).containsExactly("农村90康复有病", "农村82未感染无病", "农村72病程中有病", "农村68病程中有病",
                "农村65康复无病", "城市85有病");
        assertThat(q).extracting(PackQueueLine::rank).containsExactly(1, 2, 3, 4, 5, 6);
    }

    @Test
    void theExtensionAddsHighRiskPersonsUnderSixtyAfterEveryoneElse() {
        PackCandidate under = c("55岁有基础病", true, 55, InfectionState.INFECTED, false, true);
        PackCandidate plain = c("50岁无基础病", true, 50, InfectionState.INFECTED, false, false);
        PackCandidate red = new PackCandidate(next++, "58岁红色", "", "", 2, "龙洞村", true, 58, InfectionState.NEVER,
                false, false, true);
        PackCandidate urbanOld = c("城市61岁", false, 61, InfectionState.NEVER, false, false);
        assertThat(names(HealthPackOrder.queue(List.of(under, plain, red, urbanOld), false)))
                .containsExactly("城市61岁");
        List<PackQueueLine> extended = HealthPackOrder.queue(List.of(under, plain, red, urbanOld), true);
        assertThat(names(extended)).containsExactly("城市61岁", "55岁有基础病", "58岁红色");
        assertThat(extended).extracting(PackQueueLine::extension).containsExactly(false, true, true);
    }

    @Test
    void aVillagesLinesKeepTheirRankInTheWholeQueue() {
        PackCandidate a = c("农村", true, 70, InfectionState.NEVER, false, false);
        PackCandidate b = c("城市", false, 90, InfectionState.INFECTED, false, true);
        List<PackQueueLine> q = HealthPackOrder.queue(List.of(a, b), false);
        assertThat(HealthPackOrder.inVillage(q, 1L)).extracting(PackQueueLine::rank).containsExactly(2);
        assertThat(HealthPackOrder.inVillage(q, null)).hasSize(2);
    }
}
