package org.vndirective.lineage.resolve;

// TEMPORARY STUB (not committed): stands in for the registry being built on branch onto.
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.vndirective.lineage.text.Folding;

public final class BodyRegistry {
    public enum Level { CENTRAL, PROVINCE, DISTRICT }
    public record Body(String id, String name, List<String> altNames, String code, String parentId, Level level,
                       boolean state, String province, String district, LocalDate validFrom, LocalDate validUntil) {}
    private static final List<Body> ALL = List.of(
            new Body("tw/ban-chap-hanh-trung-uong", "Ban Chấp hành Trung ương", List.of(), "TW", null, Level.CENTRAL, false, null, null, null, null),
            new Body("tw/ban-bi-thu", "Ban Bí thư", List.of(), "TW", "tw/ban-chap-hanh-trung-uong", Level.CENTRAL, false, null, null, null, null),
            new Body("tw/bo-chinh-tri", "Bộ Chính trị", List.of(), "TW", "tw/ban-chap-hanh-trung-uong", Level.CENTRAL, false, null, null, null, null),
            new Body("lam-dong/tinh-uy", "Tỉnh ủy Lâm Đồng", List.of(), "TU", null, Level.PROVINCE, false, "Lâm Đồng", null, null, null),
            new Body("lam-dong/ban-thuong-vu-tinh-uy", "Ban Thường vụ Tỉnh ủy Lâm Đồng", List.of(), "TU", "lam-dong/tinh-uy", Level.PROVINCE, false, "Lâm Đồng", null, null, null),
            new Body("lam-dong/cat-tien/huyen-uy", "Huyện ủy Cát Tiên", List.of(), "HU", "lam-dong/tinh-uy", Level.DISTRICT, false, "Lâm Đồng", "Cát Tiên", null, null),
            new Body("binh-thuan/tinh-uy", "Tỉnh ủy Bình Thuận", List.of(), "TU", null, Level.PROVINCE, false, "Bình Thuận", null, null, null),
            new Body("nghe-an/tinh-uy", "Tỉnh ủy Nghệ An", List.of(), "TU", null, Level.PROVINCE, false, "Nghệ An", null, null, null),
            new Body("nghe-an/do-luong/huyen-uy", "Huyện ủy Đô Lương", List.of(), "HU", "nghe-an/tinh-uy", Level.DISTRICT, false, "Nghệ An", "Đô Lương", null, null));
    public static BodyRegistry load() { return new BodyRegistry(); }
    public List<Body> all() { return ALL; }
    public Optional<Body> byId(String id) { return ALL.stream().filter(b -> b.id().equals(id)).findFirst(); }
    public Optional<Body> findByName(String text, String provinceContext) {
        String f = Folding.fold(text);
        return ALL.stream().filter(b -> Folding.fold(b.name()).startsWith(f) && (provinceContext == null || b.province() == null || Folding.fold(b.province()).equals(Folding.fold(provinceContext)))).findFirst();
    }
    public Optional<Body> byCode(String code, String provinceContext, String districtContext) {
        return ALL.stream().filter(b -> b.code().equals(code) && b.parentId() == null || b.code().equals(code) && b.level() == Level.DISTRICT).filter(b -> provinceContext == null || b.province() == null || b.province().equals(provinceContext)).findFirst();
    }
    public void writeTo(StreamRDF out, Node graph) {}
}
