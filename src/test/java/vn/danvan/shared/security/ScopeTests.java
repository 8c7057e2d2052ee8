package vn.danvan.shared.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScopeTests {

    static final String HUNG_YEN = "33";
    static final String PHO_HIEN = "33/11953";

    @Test
    void includesItsOwnAreaAndEverythingBelowIt() {
        Scope phoHien = Scope.of(PHO_HIEN);

        assertThat(phoHien.includes(PHO_HIEN)).isTrue();
        assertThat(phoHien.includes(PHO_HIEN + "/thon-an-tao")).isTrue();
        assertThat(phoHien.includes(HUNG_YEN)).isFalse();
        assertThat(phoHien.includes("33/11983")).isFalse();
    }

    @Test
    void doesNotIncludeASiblingThatMerelySharesAPrefix() {
        Scope scope = Scope.of("33/1195");

        assertThat(scope.includes(PHO_HIEN)).isFalse();
        assertThat(scope.includes(PHO_HIEN + "/thon-an-tao")).isFalse();
        assertThat(scope.includes("33/1195/x")).isTrue();
    }

    @Test
    void aWiderAreaAbsorbsTheNarrowerOnesInside() {
        assertThat(Scope.of(HUNG_YEN, PHO_HIEN)).isEqualTo(Scope.of(HUNG_YEN));
        assertThat(Scope.of(PHO_HIEN, HUNG_YEN)).isEqualTo(Scope.of(HUNG_YEN));
        assertThat(Scope.of(HUNG_YEN, PHO_HIEN, "33/11983").paths()).containsExactly(HUNG_YEN);
    }

    @Test
    void keepsSiblingAreasThatShareAPrefix() {
        assertThat(Scope.of("33/1195", PHO_HIEN).paths()).containsExactlyInAnyOrder("33/1195", PHO_HIEN);
    }

    @Test
    void everythingIncludesEveryAreaAndNothingIncludesNone() {
        assertThat(Scope.everything().isEverything()).isTrue();
        assertThat(Scope.everything().includes(PHO_HIEN)).isTrue();
        assertThat(Scope.everything().includes("01")).isTrue();

        assertThat(Scope.nothing().isNothing()).isTrue();
        assertThat(Scope.nothing().includes(PHO_HIEN)).isFalse();
        assertThat(Scope.of(List.of())).isEqualTo(Scope.nothing());
        assertThat(Scope.of(HUNG_YEN).isEverything()).isFalse();
        assertThat(Scope.of(HUNG_YEN).isNothing()).isFalse();
    }

    @Test
    void refusesABlankArea() {
        assertThatIllegalArgumentException().isThrownBy(() -> Scope.of(HUNG_YEN, " "));
    }

    @Test
    void includesAllOfAnotherScopeOnlyWhenEveryAreaOfItIsInside() {
        Scope province = Scope.of(HUNG_YEN);

        assertThat(province.includesAll(Scope.of(PHO_HIEN, "33/11983"))).isTrue();
        assertThat(province.includesAll(Scope.of(PHO_HIEN, "01/00004"))).isFalse();
        assertThat(Scope.of(PHO_HIEN).includesAll(province)).isFalse();
        assertThat(Scope.of("33/1195").includesAll(Scope.of(PHO_HIEN))).isFalse();
        assertThat(province.includesAll(Scope.everything())).isFalse();
        assertThat(Scope.everything().includesAll(Scope.everything())).isTrue();
        assertThat(Scope.everything().includesAll(province)).isTrue();
        assertThat(province.includesAll(Scope.nothing())).isTrue();
    }

    @Test
    void sqlMatchesTheAreaExactlyOrByALeftAnchoredPattern() {
        Scope.SqlCondition condition = Scope.of(PHO_HIEN).sql("o.path");

        assertThat(condition.sql()).isEqualTo("((o.path = ? OR o.path LIKE ?))");
        assertThat(condition.params()).containsExactly(PHO_HIEN, PHO_HIEN + "/%");
    }

    @Test
    void sqlEscapesLikeWildcardsInTheArea() {
        Scope.SqlCondition condition = Scope.of("33/a_b%c\\d").sql("path");

        assertThat(condition.params()).containsExactly("33/a_b%c\\d", "33/a\\_b\\%c\\\\d/%");
    }

    @Test
    void sqlHasOneConditionPerAreaWithItsOwnParameters() {
        Scope.SqlCondition condition = Scope.of(PHO_HIEN, "33/11983").sql("path");

        assertThat(condition.sql()).isEqualTo("((path = ? OR path LIKE ?) OR (path = ? OR path LIKE ?))");
        List<Object> params = condition.params();
        assertThat(params).hasSize(4);
        assertThat(List.of(params.get(0), params.get(2))).containsExactlyInAnyOrder(PHO_HIEN, "33/11983");
        assertThat(params.get(1)).isEqualTo(params.get(0) + "/%");
        assertThat(params.get(3)).isEqualTo(params.get(2) + "/%");
    }

    @Test
    void sqlOfEverythingAndOfNothingNeedsNoParameters() {
        assertThat(Scope.everything().sql("path")).isEqualTo(new Scope.SqlCondition("TRUE", List.of()));
        assertThat(Scope.nothing().sql("path")).isEqualTo(new Scope.SqlCondition("FALSE", List.of()));
    }
}
