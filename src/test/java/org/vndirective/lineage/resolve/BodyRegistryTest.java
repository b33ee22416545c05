package org.vndirective.lineage.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vndirective.lineage.text.Folding;

class BodyRegistryTest {
    static final BodyRegistry REG = BodyRegistry.load();

    @TestFactory
    Stream<DynamicTest> everyExampleMatchesItsEntry() {
        return REG.matchers().stream().flatMap(m -> m.examples().stream().map(ex -> DynamicTest.dynamicTest(
                (m.id() != null ? m.id() : m.suffix()) + ": " + ex, () -> {
                    Optional<BodyRegistry.Body> b = REG.findByName(ex, "lam-dong", "cat-tien");
                    assertTrue(b.isPresent(), ex + " found");
                    String want = m.id() != null ? m.id() : m.level() == BodyRegistry.Level.PROVINCE ? "lam-dong/" + m.suffix()
                            : "lam-dong/cat-tien/" + m.suffix();
                    assertEquals(want, b.get().id(), ex + " (" + Folding.fold(ex) + ")");
                })));
    }

    @Test
    void idsAreUniqueParentsExistLifetimesAreOrdered() {
        Set<String> ids = new HashSet<>();
        for (BodyRegistry.Body b : REG.all()) {
            assertTrue(ids.add(b.id()), "duplicate id " + b.id());
            assertTrue(b.id().matches("[a-z0-9/-]+"), "id is an ASCII path: " + b.id());
        }
        for (BodyRegistry.Body b : REG.all()) {
            if (b.parentId() != null) assertTrue(ids.contains(b.parentId()), b.id() + " parent " + b.parentId());
            if (b.replacedBy() != null) assertTrue(ids.contains(b.replacedBy()), b.id() + " merged into " + b.replacedBy());
            if (b.validFrom() != null && b.validUntil() != null) assertTrue(b.validFrom().isBefore(b.validUntil()), b.id());
        }
    }

    @Test
    void sixtyThreeProvincesAndThirtyFourAfterTheMergers() {
        List<BodyRegistry.Body> committees = REG.all().stream().filter(b -> b.id().endsWith("/tinh-uy") && b.level() == BodyRegistry.Level.PROVINCE).toList();
        assertEquals(63, committees.size());
        assertEquals(34, committees.stream().filter(b -> b.validUntil() == null).count());
    }

    @ParameterizedTest
    @CsvSource({
            "Ban Thường vụ Tỉnh ủy, nghe-an, , nghe-an/ban-thuong-vu-tinh-uy",
            "Ban Thuong vu Tinh ty, lam-dong, , lam-dong/ban-thuong-vu-tinh-uy",
            "Ban Chép hanh Trung wong Pang, , , tw/ban-chap-hanh-trung-uong",
            "Hội nghị Trung ương 4, lam-dong, , tw/ban-chap-hanh-trung-uong",
            "Ban Tổ chức Trung ương, , , tw/ban-to-chuc-trung-uong",
            "Ban Thường vụ Huyện ủy, lam-dong, cat-tien, lam-dong/cat-tien/ban-thuong-vu-huyen-uy",
            "Ban Chấp hành Đảng bộ huyện, nghe-an, do-luong, nghe-an/do-luong/huyen-uy",
            "Ủy ban Thường vụ Quốc hội, lam-dong, , vn/uy-ban-thuong-vu-quoc-hoi",
            "Hội đồng nhân dân tỉnh, binh-thuan, , binh-thuan/hdnd",
            "Thủ tướng Chính phủ, , , vn/thu-tuong-chinh-phu",
            "Văn phòng Chính phủ, lam-dong, , vn/van-phong-chinh-phu",
            "Bộ Nông nghiệp và Môi trường, , , vn/bo-nong-nghiep-va-moi-truong",
            "Bộ Nông nghiệp và Phát triển nông thôn, , , vn/bo-nong-nghiep-va-phat-trien-nong-thon",
    })
    void printedNamesResolveInContext(String printed, String province, String district, String id) {
        assertEquals(Optional.of(id), REG.findByName(printed, province, district).map(BodyRegistry.Body::id));
    }

    @ParameterizedTest
    @CsvSource({"TU, lam-dong, , lam-dong/tinh-uy", "HU, lam-dong, cat-tien, lam-dong/cat-tien/huyen-uy",
            "TW, lam-dong, , tw/ban-chap-hanh-trung-uong", "ĐUK, lam-dong, , lam-dong/dang-uy-khoi-cac-co-quan",
            "BTCTW, , , tw/ban-to-chuc-trung-uong", "UBTVQH14, , , vn/uy-ban-thuong-vu-quoc-hoi", "HĐND, nghe-an, , nghe-an/hdnd",
            "VPCP, lam-dong, , vn/van-phong-chinh-phu", "BNN, , , vn/bo-nong-nghiep-va-phat-trien-nong-thon",
            "BNNMT, , , vn/bo-nong-nghiep-va-moi-truong", "BTNMT, , , vn/bo-tai-nguyen-va-moi-truong"})
    void codesResolveAtAPlace(String code, String province, String district, String id) {
        assertEquals(Optional.of(id), REG.byCode(code, province, district).map(BodyRegistry.Body::id));
    }

    @ParameterizedTest
    @CsvSource({"lam-dong/tinh-uy, lam-dong/ban-thuong-vu-tinh-uy", "nghe-an/tinh-uy, nghe-an/ban-thuong-vu-tinh-uy",
            "lam-dong/cat-tien/huyen-uy, lam-dong/cat-tien/ban-thuong-vu-huyen-uy", "tw/ban-bi-thu, ",
            "lam-dong/ban-thuong-vu-tinh-uy, "})
    void standingCommitteeIsTheCommitteesOwn(String committee, String standing) {
        assertEquals(Optional.ofNullable(standing), REG.standingCommitteeOf(committee).map(BodyRegistry.Body::id));
    }

    @Test
    void aPrintedNameSeenBeforeStillResolvesAtTheNewPlace() {
        assertEquals(Optional.of("lam-dong/ban-thuong-vu-tinh-uy"), REG.findByName("Ban Thường vụ Tỉnh ủy", "lam-dong", null).map(BodyRegistry.Body::id));
        assertEquals(Optional.of("nghe-an/ban-thuong-vu-tinh-uy"), REG.findByName("Ban Thuong vu Tinh uy", "nghe-an", null).map(BodyRegistry.Body::id));
        assertEquals(Optional.empty(), REG.findByName("Ban Thường vụ Tỉnh ủy", null, null));
    }

    @Test
    void placesAreFoundInTextEvenWhenOcrReadsĐAsP() {
        RegistryPlaces p = RegistryPlaces.standard();
        assertEquals("lam-dong", p.findIn("TINH UY LAM PONG").orElseThrow().province());
        assertEquals("nghe-an/do-luong", p.findIn("HUYEN UY DO LUONG").orElseThrow().path());
        assertEquals("binh-thuan", p.findIn("ĐẢNG BỘ TỈNH BÌNH THUẬN").orElseThrow().province());
    }
}
