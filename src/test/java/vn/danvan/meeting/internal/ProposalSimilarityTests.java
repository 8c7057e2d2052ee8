package vn.danvan.meeting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ProposalSimilarityTests {

    static final String LAND_1 =
            "Tăng cường tuyên truyền, vận động nhân dân bàn giao mặt bằng cho các dự án trọng điểm";
    static final String LAND_2 = "Đẩy mạnh tuyên truyền vận động người dân bàn giao mặt bằng các dự án trọng điểm";
    static final String MEDIATION = "Phát huy vai trò tổ hòa giải ở cơ sở, tạo sự đồng thuận của người dân";
    static final String ENVIRONMENT = "Bảo vệ môi trường, cảnh quan khu dân cư nông thôn mới kiểu mẫu";

    @Test
    void ignoresDiacriticsAndCase() {
        assertThat(ProposalSimilarity.of("GIẢI PHÓNG MẶT BẰNG", "giai phong mat bang"))
                .isEqualTo(1.0);
    }

    @Test
    void theSameProposalWordedDifferentlyIsALikelyDuplicate() {
        assertThat(ProposalSimilarity.of(LAND_1, LAND_2)).isGreaterThanOrEqualTo(ProposalSimilarity.LIKELY_DUPLICATE);
    }

    @Test
    void proposalsOnDifferentTopicsAreNot() {
        assertThat(ProposalSimilarity.of(LAND_1, MEDIATION)).isLessThan(ProposalSimilarity.LIKELY_DUPLICATE);
        assertThat(ProposalSimilarity.of(ENVIRONMENT, MEDIATION)).isLessThan(ProposalSimilarity.LIKELY_DUPLICATE);
        assertThat(ProposalSimilarity.of(LAND_2, ENVIRONMENT)).isLessThan(ProposalSimilarity.LIKELY_DUPLICATE);
    }

    @Test
    void emptyTextsAreNotSimilar() {
        assertThat(ProposalSimilarity.of("", "  ")).isZero();
    }

    @Test
    void groupsOnlyTheLikelyDuplicatesInTheGivenOrder() {
        List<List<String>> groups = ProposalSimilarity.likelyDuplicates(
                List.of(MEDIATION, LAND_1, ENVIRONMENT, LAND_2.toUpperCase()), Function.identity());

        assertThat(groups).containsExactly(List.of(LAND_1, LAND_2.toUpperCase()));
    }

    @Test
    void trigramsArePaddedLikePgTrgm() {
        assertThat(ProposalSimilarity.trigrams("Đê")).containsExactlyInAnyOrder("  d", " de", "de ");
    }
}
